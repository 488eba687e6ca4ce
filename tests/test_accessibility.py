"""axe-core finds nothing on any page of the three roles, the admin included (issue 17, point 11).

One Chromium and one live server over the demo data (``load_demo``, fewer candidates) plus what the demo
lacks (a draft with fields to check, a note, a rating, a decision on an essential, an invitation, an email
waiting in its undo window, a row of every model the admin lists). Every page of the site is visited as the
person it is for: each URL name of the project is either in ``PAGES`` or in ``NOT_PAGES`` with the reason,
so a new view fails this test until it is listed. The HTMX fragments are checked in the page they are
swapped into (``STATES``). In the admin, every registered model's list, add and change pages, and the
generic pages once. axe runs with its default rules (WCAG 2.x A and AA, and its best practices).

axe-core is vendored in tests/vendor/axe-core/ (MPL-2.0, unmodified; see its VERSION file): it is loaded
into each page by Playwright, never by the app.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps as django_apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import expect

from accounts.models import User
from applications.attachments import attach
from applications.models import Application, OutcomeEmail, Stage
from board.alerts import CONFIRM_SALT, UNSUBSCRIBE_SALT
from board.models import JobAlert
from matching.models import EssentialDecision, MatchResult
from recruiting import services as recruiting
from tests.conftest import htmx_settled
from tests.factories import PASSWORD
from vacancies.models import CompetencyRequirement, Vacancy
from vacancies.services import submit_notice

AXE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
RUN_AXE = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}"""
NOTICE = Path(__file__).parent / "vacancies" / "notices" / "is-associate-policy-officer.txt"
WAIT = 15_000  # ms: what an HTMX swap may take on a busy machine, for the expectations below
CV = b"Alice Martin\nEducation\n2010 Master of Laws, Leiden University\nLanguages\nEnglish: V (Advanced)\n"


def seed_reference_data() -> None:
    """The reference data its migrations write, which a transactional test before this one may have flushed
    (the admin lists it). The migrations' own functions, so it is the same data."""
    for migration, function in [("0002_seed_reference_data", "seed"), ("0003_relevance_weighs_more", "move")]:
        getattr(importlib.import_module(f"reference.migrations.{migration}"), function)(django_apps, None)


@pytest.fixture
def world(django_capture_on_commit_callbacks, settings):
    """The demo data, and what it lacks."""
    seed_reference_data()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STAGE_EMAIL_DELAY_SECONDS = 600  # an email waits in its undo window: the row says "Undo"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", "--candidates", "40", "--password", PASSWORD, stdout=open("/dev/null", "w"))  # noqa: SIM115
    users = {user.email.split("@")[0]: user for user in User.objects.all()}
    alice, bob, rita = users["alice"], users["bob"], users["rita"]
    vacancy = Vacancy.objects.get(title="Officer, Country Coordinator")
    other = Vacancy.objects.exclude(pk=vacancy.pk).get(status=Vacancy.Status.PUBLISHED)
    draft = submit_notice(NOTICE.read_text(encoding="utf-8"), by=rita)
    draft.unsure = {**draft.unsure, "competencies": "not_on_ladder", "title": "cut_from_text"}
    draft.save(update_fields=["unsure"])
    CompetencyRequirement.objects.create(
        vacancy=draft, order=8, name="Initiative", level_text="Works well with everyone"
    )
    CompetencyRequirement.objects.create(
        vacancy=draft, order=9, name="Negotiation", level_text="Closes deals"
    )
    applicants = list(
        Application.objects.filter(vacancy=vacancy).exclude(candidate=alice.candidate).order_by("pk")
    )
    hanna = applicants[0].candidate
    # Her email waits: an offer is news to her (the demo told her "Under review").
    recruiting.move_candidates(vacancy, [alice.candidate.pk], Stage.OFFER, by=rita)
    recruiting.add_note(vacancy, alice.candidate.pk, "Strong drafting.\nAsk about PARP.", by=rita)
    recruiting.rate(vacancy, alice.candidate.pk, 4, by=rita)
    to_assess = MatchResult.objects.filter(vacancy=vacancy, candidate__in=[a.candidate for a in applicants])
    for match in to_assess:
        line = next((e for e in match.essentials if e["status"] == "to_assess" and e["checkable"]), None)
        if line:
            recruiting.decide_essential(vacancy, match, line["text"], "met", "Shown at interview", by=rita)
            break
    pool = MatchResult.objects.filter(vacancy=vacancy).exclude(candidate__applications__vacancy=vacancy)
    recruiting.invite_to_apply(vacancy, [pool.order_by("-score").first().candidate_id], by=rita)
    bob.email_verified_at = None  # bob sees "check your email"
    bob.save(update_fields=["email_verified_at"])
    Group.objects.create(name="Reviewers")
    AccessAttempt.objects.create(
        username="x@example.org", ip_address="10.0.0.1", path_info="/accounts/login/", failures_since_start=1
    )
    AccessLog.objects.create(username="x@example.org", ip_address="10.0.0.1", path_info="/accounts/login/")
    AccessFailureLog.objects.create(
        username="x@example.org", ip_address="10.0.0.1", path_info="/accounts/login/", locked_out=False
    )
    assert EssentialDecision.objects.exists()
    OutcomeEmail.objects.get_or_create(vacancy=None)  # the admin's default outcome email
    application = alice.candidate.applications.get(vacancy=vacancy)
    attach(application, SimpleUploadedFile("Alice CV.pdf", b"%PDF-1.4\n%%EOF\n"), kind="cv", file_type="pdf")
    # alice's job alert, and a visitor's waiting for the link that confirms it.
    alert = JobAlert.objects.create(user=alice, email=alice.email, search={"text": "officer", "grade": "A-2"},
                                    confirmed_at=timezone.now())  # fmt: skip
    visitors_alert = JobAlert.objects.create(
        email="vera@example.org", search={"location": "Brussels, Belgium"}
    )
    return SimpleNamespace(
        **users, vacancy=vacancy, other=other, draft=draft, hanna=hanna,
        application=application,
        unsubscribe_token=signing.dumps(alert.pk, salt=UNSUBSCRIBE_SALT),
        confirm_token=signing.dumps(visitors_alert.pk, salt=CONFIRM_SALT),
        compared=[alice.candidate.pk, hanna.pk, applicants[1].candidate_id],
    )  # fmt: skip


def reset_link(w) -> str:
    return reverse(
        "password_reset_confirm",
        args=[urlsafe_base64_encode(force_bytes(w.bob.pk)), default_token_generator.make_token(w.bob)],
    )


# Every page of the site: URL name -> (who, the URL on the world). Where one name serves several pages,
# the extra ones are in STATES.
PAGES = {
    "home": ("anonymous", lambda w: "/"),
    "login": ("anonymous", lambda w: reverse("login")),
    "password_reset": ("anonymous", lambda w: reverse("password_reset")),
    "password_reset_done": ("anonymous", lambda w: reverse("password_reset_done")),
    "password_reset_confirm": ("anonymous", reset_link),  # redirects to its set-password form
    "password_reset_complete": ("anonymous", lambda w: reverse("password_reset_complete")),
    "privacy": ("anonymous", lambda w: reverse("privacy")),
    "applicants:signup": ("anonymous", lambda w: reverse("applicants:signup")),
    "applicants:signup_done": ("anonymous", lambda w: reverse("applicants:signup_done")),
    "applicants:verify_email": ("anonymous", lambda w: reverse("applicants:verify_email", args=["x", "y"])),
    "board:list": ("anonymous", lambda w: reverse("board:list")),
    "board:vacancy": ("anonymous", lambda w: reverse("board:vacancy", args=[w.vacancy.pk])),
    "board:alert_new": ("anonymous", lambda w: reverse("board:alert_new") + "?text=officer&grade=A-2"),
    "board:alert_confirm": ("anonymous", lambda w: reverse("board:alert_confirm", args=[w.confirm_token])),
    "board:unsubscribe": ("anonymous", lambda w: reverse("board:unsubscribe", args=[w.unsubscribe_token])),
    "board:alerts": ("alice", lambda w: reverse("board:alerts")),
    "applicants:verification": ("bob", lambda w: reverse("applicants:verification")),
    "applicants:matches": ("alice", lambda w: reverse("applicants:matches")),
    "applicants:vacancy": ("alice", lambda w: reverse("applicants:vacancy", args=[w.vacancy.pk])),
    "applicants:applications": ("alice", lambda w: reverse("applicants:applications")),
    "applicants:withdraw": ("alice", lambda w: reverse("applicants:withdraw", args=[w.application.pk])),
    "applicants:documents": ("alice", lambda w: reverse("applicants:documents", args=[w.application.pk])),
    "applicants:profile": ("alice", lambda w: reverse("applicants:profile")),
    "applicants:preview": ("alice", lambda w: reverse("applicants:preview")),
    "applicants:cv-upload": ("alice", lambda w: reverse("applicants:cv-upload")),
    "applicants:row-add": ("alice", lambda w: reverse("applicants:row-add", args=["competencies"])),
    "applicants:row-edit": (
        "alice",
        lambda w: reverse(
            "applicants:row-edit", args=["experience", w.alice.candidate.experience.first().pk]
        ),
    ),  # fmt: skip
    "delete_account": ("alice", lambda w: reverse("delete_account")),
    "password_change": ("alice", lambda w: reverse("password_change")),
    "password_change_done": ("alice", lambda w: reverse("password_change_done")),
    "recruiting:vacancies": ("rita", lambda w: reverse("recruiting:vacancies")),
    "recruiting:shortlist": ("rita", lambda w: reverse("recruiting:shortlist", args=[w.vacancy.pk])),
    "recruiting:candidate": (
        "rita",
        lambda w: reverse("recruiting:candidate", args=[w.vacancy.pk, w.alice.candidate.pk]),
    ),  # fmt: skip
    "recruiting:compare": (
        "rita",
        lambda w: (
            reverse("recruiting:compare", args=[w.vacancy.pk]) + "?" + "&".join(f"c={c}" for c in w.compared)
        ),
    ),  # fmt: skip
    "recruiting:weights": ("rita", lambda w: reverse("recruiting:weights", args=[w.vacancy.pk])),
    "recruiting:applicant_emails": (
        "rita",
        lambda w: reverse("recruiting:applicant_emails", args=[w.vacancy.pk]),
    ),
    "vacancies:list": ("rita", lambda w: reverse("vacancies:list")),
    "vacancies:new": ("rita", lambda w: reverse("vacancies:new")),
    "vacancies:review": ("rita", lambda w: reverse("vacancies:review", args=[w.draft.pk])),
    "vacancies:field-edit": (
        "rita",
        lambda w: reverse("vacancies:field-edit", args=[w.draft.pk, "languages"]),
    ),  # fmt: skip
}
NOT_PAGES = {
    "healthz": "JSON for load balancers",
    "sitemap": "XML for search engines",
    "robots_txt": "text for search engines",
    "logout": "POST only; lands on the log-in page",
    "set_language": "POST only (the switcher in every page's header); lands back on the page it was sent from",
    "my_data": "a JSON download",
    "applicants:resend_verification": "POST only; lands on applicants:verification",
    "applicants:apply": "POST only; lands on the vacancy page",
    "applicants:meter": "a fragment: checked in the profile page",
    "applicants:personal": "POST only (the profile page's form)",
    "applicants:consent": "POST only (the profile page's form)",
    "applicants:rungs": "a fragment: checked in the profile page (STATES)",
    "applicants:cv-review": "checked after an upload (STATES)",
    "applicants:row": "a fragment: checked in the profile page (STATES)",
    "applicants:row-delete": "POST only",
    "recruiting:progress": "a fragment: the progress bar of the shortlist",
    "recruiting:stage": "POST only; its confirmation page without JavaScript is in STATES",
    "recruiting:invite": "POST only; answers a shortlist row",
    "recruiting:note": "POST only; answers the notes of the expanded row (STATES)",
    "recruiting:rating": "POST only; answers the rating of the expanded row (STATES)",
    "recruiting:essential": "POST only; answers the checklist of the expanded row",
    "recruiting:bulk": "POST only",
    "recruiting:blind_review": "POST only",
    "recruiting:export_csv": "a download",
    "recruiting:document": "a download (an attachment)",
    "applicants:document": "a download (an attachment)",
    "applicants:remove_document": "POST only; lands on applicants:documents",
    "recruiting:export_xlsx": "a download",
    "vacancies:field": "a fragment: the review page's field (STATES)",
    "vacancies:rungs": "a fragment: checked in the review page's competencies (STATES)",
    "vacancies:publish": "POST only",
    "vacancies:close": "POST only",
}


def site_url_names() -> set[str]:
    """Every named URL of the project outside the admin."""

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace != "admin":
                    yield from walk(pattern.url_patterns, pattern.namespace or namespace)
            elif pattern.name:
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name

    return set(walk(get_resolver().url_patterns))


def test_every_url_is_a_page_checked_here_or_says_why_not():
    names = site_url_names()
    assert not names - PAGES.keys() - NOT_PAGES.keys(), "add these URL names to PAGES or NOT_PAGES"
    assert not (PAGES.keys() | NOT_PAGES.keys()) - names, "these URL names are gone"


# Pages in a state reached by doing something there: (who, what to do, what it shows).


def expanded_row(page, w):
    page.goto(reverse("recruiting:shortlist", args=[w.vacancy.pk]))
    page.locator(f"#row-{w.alice.candidate.pk} .who a").click()
    detail = page.locator(f"#detail-{w.alice.candidate.pk}")
    expect(detail).to_contain_text("Why this score", timeout=WAIT)
    detail.locator(".rating select").select_option("5")
    detail.locator(".rating").get_by_role("button", name="Rate").click()
    expect(page.locator(f"#row-rating-{w.alice.candidate.pk}")).to_contain_text("5.0", timeout=WAIT)
    detail.get_by_label("Add a note").fill("Second interview.\nAsk about DCB.")
    detail.get_by_role("button", name="Add note").click()
    expect(detail.locator(".note-list")).to_contain_text("Second interview.", timeout=WAIT)


def pool(page, w):
    page.goto(reverse("recruiting:shortlist", args=[w.vacancy.pk]) + "?view=pool")
    expect(page.locator(".invited").first).to_be_visible(timeout=WAIT)


def filtered_shortlist(page, w):
    page.goto(reverse("recruiting:shortlist", args=[w.vacancy.pk]) + "?verdict=eligible&sort=score&q=zzz")
    expect(page.locator("#shortlist-table")).to_contain_text(
        "No candidate matches these filters", timeout=WAIT
    )


def confirm_move_without_javascript(page, w):
    """The server's own question before a rejection, as a browser without JavaScript gets it."""
    page.goto(reverse("recruiting:candidate", args=[w.vacancy.pk, w.hanna.pk]))
    form = page.locator("form.inline-fields", has=page.get_by_role("button", name="Set stage"))
    form.locator("input[name=confirmed]").evaluate("input => input.remove()")  # stages.js asks no more
    form.locator("select[name=stage]").select_option("rejected")
    form.get_by_role("button", name="Set stage").click()
    expect(page.locator("h1")).to_contain_text("Reject", timeout=WAIT)


def email_waiting(page, w):
    page.goto(reverse("recruiting:candidate", args=[w.vacancy.pk, w.alice.candidate.pk]))
    expect(page.locator(".email-pending")).to_be_visible(timeout=WAIT)
    expect(page.get_by_role("button", name="Undo: back to Screened")).to_be_visible(timeout=WAIT)


def review_competencies(page, w):
    page.goto(reverse("vacancies:review", args=[w.draft.pk]))
    field = page.locator("#field-competencies")
    field.get_by_role("link", name="Edit").click()
    blank = field.locator(".competency-row").last
    expect(blank).to_be_visible(timeout=WAIT)
    htmx_settled(page, WAIT)
    blank.get_by_label("Competency", exact=True).select_option("Teamwork")
    expect(blank.get_by_label("Level asked")).to_contain_text("Encourages others", timeout=WAIT)
    blank.get_by_label("Level asked").select_option("3")
    rows = field.locator(".competency-row").count()
    field.get_by_role("button", name="Add a competency").click()
    expect(page.locator("#field-competencies .competency-row")).to_have_count(rows + 1, timeout=WAIT)
    expect(page.locator("#field-competencies")).to_contain_text(
        "The notice says: “Works well with everyone”", timeout=WAIT
    )


def review_saved(page, w):
    page.goto(reverse("vacancies:review", args=[w.draft.pk]))
    field = page.locator("#field-grade")
    field.get_by_role("link", name="Edit").click()
    field.get_by_role("textbox", name="Grade").fill("A-2")
    field.get_by_role("button", name="Save").click()
    expect(page.locator("#field-grade")).to_contain_text("Corrected by Rita Recruiter", timeout=WAIT)


def published_review(page, w):
    page.goto(reverse("vacancies:review", args=[w.vacancy.pk]))


def profile_editing(page, w):
    page.goto(reverse("applicants:profile"))
    row = w.alice.candidate.competencies.first()
    page.locator(f"#competencies-{row.pk}").get_by_role("link", name="Edit").click()
    form = page.locator(f"form#competencies-{row.pk}")
    expect(form).to_be_visible(timeout=WAIT)
    htmx_settled(page, WAIT)
    form.get_by_label("Competency").select_option("Achievement")
    expect(form.get_by_label("What describes you best")).to_contain_text(
        "Wants to do the job well", timeout=WAIT
    )
    page.locator("#experience details.add-row summary").click()
    expect(page.locator("#experience details.add-row form")).to_be_visible(timeout=WAIT)


def cv_review(page, w):
    page.goto(reverse("applicants:cv-upload"))
    page.locator("input[type=file]").set_input_files(
        {"name": "cv.txt", "mimeType": "text/plain", "buffer": CV}
    )
    page.get_by_role("button", name="Read my CV").click()
    expect(page).to_have_url(re.compile(r"/profile/cv/review/$"), timeout=WAIT)


def other_match(page, w):
    page.goto(reverse("applicants:vacancy", args=[w.other.pk]))


def logged_in_home(page, w):
    page.goto("/")


def board_filtered_to_nothing(page, w):
    page.goto(reverse("board:list"))
    page.get_by_role("searchbox", name="Search").fill("zzz")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#results")).to_contain_text("No open vacancy matches this search", timeout=WAIT)


def board_vacancy_signed_in(page, w):
    page.goto(reverse("board:vacancy", args=[w.other.pk]))


def alert_requested(page, w):
    page.goto(reverse("board:alert_new") + "?text=officer")
    page.get_by_role("button", name="Save the alert").click()  # no address: the error
    expect(page.locator("main form")).to_contain_text("This field is required", timeout=WAIT)
    page.get_by_label("Your email address").fill("walt@example.org")
    page.get_by_role("button", name="Save the alert").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible(timeout=WAIT)


def applicants_alert(page, w):
    page.goto(reverse("board:list") + "?grade=A-2")
    page.get_by_role("link", name="Email me when a new vacancy matches this search").click()
    page.get_by_role("button", name="Save the alert").click()
    expect(page.locator(".messages")).to_contain_text("Your alert is saved", timeout=WAIT)


def alert_stopped(page, w):
    page.goto(reverse("board:unsubscribe", args=[w.unsubscribe_token]))
    page.get_by_role("button", name="Stop this alert").click()
    expect(page.get_by_role("heading", name="The alert is stopped")).to_be_visible(timeout=WAIT)


STATES = {
    "shortlist, a row expanded, rated and noted": ("rita", expanded_row),
    "shortlist, the candidate pool": ("rita", pool),
    "shortlist, filtered to nobody": ("rita", filtered_shortlist),
    "a move to Rejected, confirmed by the server": ("rita", confirm_move_without_javascript),
    "a candidate whose email waits": ("rita", email_waiting),
    "review, the competencies being corrected": ("rita", review_competencies),
    "review, a field corrected": ("rita", review_saved),
    "review of a published vacancy": ("rita", published_review),
    "profile, a row being edited": ("alice", profile_editing),
    "CV review": ("alice", cv_review),
    "a vacancy alice has not applied to": ("alice", other_match),
    "home, logged in": ("alice", logged_in_home),
    "board, searched to nothing": ("anonymous", board_filtered_to_nothing),
    "board, a vacancy read by an applicant": ("alice", board_vacancy_signed_in),
    "a visitor's job alert, its address missing then asked to confirm": ("anonymous", alert_requested),
    "an applicant's job alert saved, in the list of her alerts": ("alice", applicants_alert),
    "a job alert stopped": ("anonymous", alert_stopped),
}


def admin_urls(w) -> list[str]:
    """The admin's index, every registered model's list, add and change pages, and the generic pages once."""
    request = RequestFactory().get("/admin/")
    request.user = w.ada
    urls = ["/admin/", "/admin/vacancies/", "/admin/password_change/", "/admin/password_change/done/"]
    for model, model_admin in admin.site._registry.items():
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        urls.append(base)
        if model_admin.has_add_permission(request):
            urls.append(f"{base}add/")
        pk = model._base_manager.order_by("pk").values_list("pk", flat=True).first()
        assert pk is not None, f"give the world a {model._meta.label} row"
        urls.append(f"{base}{pk}/change/")
    user = f"/admin/accounts/user/{w.alice.pk}/"
    urls += [f"{user}history/", f"{user}delete/", f"{user}password/"]
    urls += ["/admin/candidates/candidate/import/", "/admin/vacancies/vacancy/import/"]
    return urls


def violations_on(page) -> list[dict]:
    page.evaluate(AXE)
    return page.evaluate(RUN_AXE)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_axe_finds_nothing_on_any_page(world, page_for, live_server):
    w = world
    pages = {"anonymous": page_for(None)}
    for who in ("alice", "bob", "rita", "ada"):
        pages[who] = page_for(getattr(w, who))
    found, visited = [], 0

    def check(page, what: str) -> None:
        nonlocal visited
        visited += 1
        for v in violations_on(page):
            nodes = ", ".join(v["nodes"][:4]) + (f" (+{len(v['nodes']) - 4})" if len(v["nodes"]) > 4 else "")
            found.append(f"{what}: {v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']} -- {nodes}")

    for name, (who, url) in PAGES.items():
        page = pages[who]
        response = page.goto(url(w))
        assert response.status < 500, f"{name}: {response.status}"
        check(page, f"{name} ({who}) {page.url.removeprefix(live_server.url)}")
    for what, (who, act) in STATES.items():
        act(pages[who], w)
        check(pages[who], f"{what} ({who})")
    pages["anonymous"].goto("/admin/login/")
    check(pages["anonymous"], "admin:login")
    for url in admin_urls(w):
        response = pages["ada"].goto(url)
        assert response.status == 200, f"{url}: {response.status}"
        check(pages["ada"], f"admin {url}")
    assert visited > 90  # every page above was reached
    assert not found, f"axe found {len(found)} violations:\n" + "\n".join(found)
