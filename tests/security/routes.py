"""Every URL pattern of the project, what it is tried on, and what each persona gets (issue 8).

Columns, in this order: anonymous, alice (applicant), bob (another applicant, never alice's objects), rita
(recruiter assigned to the vacancy), sam (recruiter who is not), ada (admin). ``LOGIN`` is a redirect to the
login page. A GET on a POST-only endpoint answers 405, or 403 first when the role check comes first.

The admin site is not listed here: one rule covers all of it (``admin_urls`` below, and
``test_the_admin_is_for_staff_only``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver, reverse
from django.utils.http import urlencode

from tests.factories import PASSWORD
from tests.security.support import PERSONAS

LOGIN = "login"
REFUSALS = {LOGIN, 403, 404, 405}
NOTICE = (
    Path(__file__).parent.parent / "vacancies" / "notices" / "is-associate-policy-officer.txt"
).read_text()
CV = b"Alice Martin\nEducation\n2010 Master of Laws, Leiden University\nLanguages\nEnglish: V (Advanced)\n"
NEW_PASSWORD = "a-new-long-passphrase-42"


@dataclass(frozen=True)
class Post:
    data: Callable[..., dict]  # world -> form data, valid for the persona in ``by``
    answers: tuple  # one per persona
    by: str | None  # who may: with a valid CSRF token, their POST must change the database
    changes: bool = True  # False where success only sends an email or re-renders a page


@dataclass(frozen=True)
class Route:
    name: str
    get: tuple  # one answer per persona
    kwargs: Callable[..., dict] = lambda world: {}
    query: Callable[..., dict] | None = None
    post: Post | None = None
    case: str = ""  # what the objects are, when a pattern is tried on several

    def __post_init__(self):
        assert len(self.get) == len(PERSONAS) and (not self.post or len(self.post.answers) == len(PERSONAS))

    def url(self, world) -> str:
        url = reverse(self.name, kwargs=self.kwargs(world))
        return url + (f"?{urlencode(self.query(world), doseq=True)}" if self.query else "")

    def __str__(self) -> str:
        return f"{self.name} ({self.case})" if self.case else self.name


def swapped(answers: tuple) -> tuple:
    """The same answers with rita's and sam's columns exchanged: the other recruiter's vacancy."""
    anonymous, alice, bob, rita, sam, ada = answers
    return (anonymous, alice, bob, sam, rita, ada)


def on_both_vacancies(name: str, get: tuple, *, kwargs=None, query=None, post: Post | None = None) -> list:
    """The route on rita's vacancy (sam must not reach it) and on sam's (rita must not)."""
    kwargs = kwargs or (lambda world, vacancy: {"pk": vacancy.pk})
    sams_post = post and replace(post, answers=swapped(post.answers), by="sam")
    return [
        Route(name, get, lambda w: kwargs(w, w.vacancy), query, post, "rita's vacancy"),
        Route(name, swapped(get), lambda w: kwargs(w, w.sams_vacancy), query, sams_post, "sam's vacancy"),
    ]


ROW_EDITS = {  # a valid edit of alice's row in each profile section
    "education": {"level": "doctorate", "field": "Law", "institution": "Leiden", "year": ""},
    "experience": {"title": "Adviser", "organisation": "MoD", "start": "2018-01", "end": "", "description": ""},
    "languages": {"language": "English", "level": "VI", "stanag": ""},
    "competencies": {"name": "Teamwork", "rung": "4", "evidence": "Chaired a working group."},
}  # fmt: skip


def alices_rows(name: str, get: tuple, *, post_answers: tuple | None = None) -> list:
    """The route on alice's row in each profile section (bob must get 404)."""

    def kwargs(section):
        return lambda w: {"section": section, "pk": w.rows[section].pk}

    def data(section):
        return lambda w: {f"{section}-{w.rows[section].pk}-{k}": v for k, v in ROW_EDITS[section].items()}

    return [
        Route(name, get, kwargs(section), case=f"alice's {section}",
              post=Post(data(section), post_answers, by="alice") if post_answers else None)
        for section in ROW_EDITS
    ]  # fmt: skip


# Answers shared by many rows.
# fmt: off
#                  anonymous alice bob  rita sam  ada
PUBLIC =          (200,      200,  200, 200, 200, 200)
SIGNED_IN =       (LOGIN,    200,  200, 200, 200, 200)
APPLICANTS =      (LOGIN,    200,  200, 403, 403, 403)
RECRUITERS =      (LOGIN,    403,  403, 200, 200, 200)
RITAS =           (LOGIN,    403,  403, 200, 404, 200)  # an object of rita's vacancy
ALICES =          (LOGIN,    200,  404, 403, 403, 403)  # an object of alice's
POST_ONLY =       (LOGIN,    405,  405, 405, 405, 405)  # GET on an endpoint that takes POST only
NOT_FOUND =       (404,      404,  404, 404, 404, 404)
BAD_LINK =        (400,      400,  400, 400, 400, 400)  # a forged or expired link from an email
# What a POST gets.
ANYONE_POSTS =    (302,      302,  302, 302, 302, 302)
SIGNED_IN_POSTS = (LOGIN,    302,  302, 302, 302, 302)
RITA_POSTS =      (LOGIN,    403,  403, 302, 404, 302)
APPLICANT_POSTS = (LOGIN,    302,  302, 403, 403, 403)
ALICE_POSTS =     (LOGIN,    302,  404, 403, 403, 403)
# fmt: on


def _recruiter_url(world, vacancy) -> dict:
    return {"pk": vacancy.pk, "candidate_id": world.alice.candidate.pk}


def _applicant_url(world, vacancy) -> dict:
    """hanna applied to both vacancies: stages are for applicants."""
    return {"pk": vacancy.pk, "candidate_id": world.hanna.pk}


def _compared(world) -> dict:
    return {"c": [world.alice.candidate.pk, world.hanna.pk]}


def _weights(world) -> dict:
    return dict.fromkeys(("degree", "experience", "languages", "competencies", "desirable", "relevance"), 10)


def _applicant_emails(world) -> dict:
    return {"show_stages_to_applicants": "on", "subject": "About {title}", "body": "Dear {name}, thank you."}


def _cv_upload(world) -> dict:
    return {"file": SimpleUploadedFile("cv.txt", CV, content_type="text/plain")}


def _document_upload(world) -> dict:
    return {
        "kind": "other",
        "file": SimpleUploadedFile("reference.txt", b"To whom it may concern: Alice is good."),
    }


def _alices_document(world) -> dict:
    return {"pk": world.application.pk, "document_id": world.document.pk}


def _recruiters_document(world) -> dict:
    return {
        "pk": world.vacancy.pk,
        "candidate_id": world.alice.candidate.pk,
        "document_id": world.document.pk,
    }


def _signup(world) -> dict:
    return {"email": "new@example.org", "full_name": "New Person", "nationality": "", "consent": "on",
            "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}  # fmt: skip


def _password_change(world) -> dict:
    return {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}


def _personal(world) -> dict:
    return {
        "name": "Alice M. Martin",
        "nationality": "Belgium",
        "summary": "Policy.",
        "skills_text": "planning",
    }


BAD_TOKEN = {"uidb64": "MQ", "token": "not-a-token"}

# fmt: off
ROUTES: list[Route] = [
    # Public pages: the allow-list of LoginRequiredMiddleware.
    Route("home", PUBLIC),
    Route("healthz", PUBLIC),
    Route("privacy", PUBLIC),
    Route("login", PUBLIC,
          post=Post(lambda w: {"username": w.bob.email, "password": PASSWORD}, ANYONE_POSTS, by="anonymous")),
    Route("password_reset", PUBLIC,
          post=Post(lambda w: {"email": w.bob.email}, ANYONE_POSTS, by="anonymous", changes=False)),
    Route("password_reset_done", PUBLIC),
    Route("password_reset_confirm", PUBLIC, kwargs=lambda w: BAD_TOKEN, case="a forged link",
          post=Post(lambda w: {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, PUBLIC,
                    by="anonymous", changes=False)),
    Route("password_reset_complete", PUBLIC),
    Route("applicants:signup", (200, 302, 302, 302, 302, 302), post=Post(_signup, ANYONE_POSTS, by="anonymous")),
    Route("applicants:signup_done", PUBLIC),
    Route("applicants:verify_email", (400, 400, 400, 400, 400, 400), kwargs=lambda w: BAD_TOKEN,
          case="a forged link"),
    # The public vacancy board: open vacancies only, for anyone.
    Route("board:list", PUBLIC),
    Route("board:vacancy", PUBLIC, kwargs=lambda w: {"pk": w.vacancy.pk}, case="open vacancy"),
    Route("board:vacancy", NOT_FOUND, kwargs=lambda w: {"pk": w.draft.pk}, case="draft"),
    Route("board:vacancy", NOT_FOUND, kwargs=lambda w: {"pk": w.closed.pk}, case="closed vacancy"),
    Route("sitemap", PUBLIC),
    Route("robots_txt", PUBLIC),
    # Job alerts: a visitor's (confirmed by the emailed link) or an applicant's; the link in every alert email
    # stops it without a log-in. bob has not verified his address: he is told to, and nothing is saved.
    Route("board:alert_new", (200, 200, 200, 403, 403, 403), query=lambda w: {"text": "officer"},
          post=Post(lambda w: {"email": "vera@example.org", "text": "officer"}, (200, 302, 302, 403, 403, 403),
                    by="anonymous")),
    Route("board:alerts", APPLICANTS),
    Route("board:alert_confirm", PUBLIC, kwargs=lambda w: {"token": w.confirm_token}, case="a visitor's link"),
    Route("board:alert_confirm", BAD_LINK, kwargs=lambda w: {"token": "MQ:forged"}, case="a forged link"),
    Route("board:unsubscribe", PUBLIC, kwargs=lambda w: {"token": w.unsubscribe_token}, case="alice's alert",
          post=Post(lambda w: {}, PUBLIC, by="anonymous")),
    Route("board:unsubscribe", BAD_LINK, kwargs=lambda w: {"token": "MQ:forged"}, case="a forged link",
          post=Post(lambda w: {}, BAD_LINK, by=None)),
    # The language switcher: a POST from any page; a signed-in person's choice is saved on their account.
    Route("set_language", (405, 405, 405, 405, 405, 405),
          post=Post(lambda w: {"language": "fr", "next": "/"}, ANYONE_POSTS, by="alice")),
    # Anyone signed in: their own account.
    Route("logout", POST_ONLY, post=Post(lambda w: {}, SIGNED_IN_POSTS, by="alice")),
    Route("my_data", SIGNED_IN),
    Route("delete_account", SIGNED_IN, post=Post(lambda w: {"password": PASSWORD}, SIGNED_IN_POSTS, by="bob")),
    Route("password_change", SIGNED_IN, post=Post(_password_change, SIGNED_IN_POSTS, by="bob")),
    Route("password_change_done", SIGNED_IN),
    # Notices: recruiters and admins; a vacancy's pages only for its recruiters.
    Route("vacancies:list", RECRUITERS),
    Route("vacancies:rungs", RECRUITERS),  # a competency's ladder, for the review page's picker
    Route("vacancies:new", RECRUITERS,
          post=Post(lambda w: {"text": NOTICE}, (LOGIN, 403, 403, 302, 302, 302), by="rita")),
    *on_both_vacancies("vacancies:review", RITAS),
    *on_both_vacancies("vacancies:field", (LOGIN, 403, 403, 302, 404, 302),
                       kwargs=lambda w, v: {"pk": v.pk, "name": "title"}),
    *on_both_vacancies("vacancies:field-edit", RITAS, kwargs=lambda w, v: {"pk": v.pk, "name": "title"},
                       post=Post(lambda w: {"title": "Senior Policy Officer"}, RITA_POSTS, by="rita")),
    Route("vacancies:publish", (LOGIN, 403, 403, 405, 405, 405), kwargs=lambda w: {"pk": w.draft.pk},
          post=Post(lambda w: {}, RITA_POSTS, by="rita"), case="rita's draft"),
    *on_both_vacancies("vacancies:close", (LOGIN, 403, 403, 405, 405, 405),
                       post=Post(lambda w: {}, RITA_POSTS, by="rita")),
    # The recruiter's shortlist: alice and hanna are scored for both vacancies.
    Route("recruiting:vacancies", RECRUITERS),
    *on_both_vacancies("recruiting:shortlist", RITAS),
    *on_both_vacancies("recruiting:progress", (LOGIN, 403, 403, 286, 404, 286)),  # 286: stop polling
    *on_both_vacancies("recruiting:candidate", RITAS, kwargs=_recruiter_url),
    # alice's CV, attached to her application for rita's vacancy.
    Route("recruiting:document", RITAS, kwargs=_recruiters_document, case="alice's CV"),
    *on_both_vacancies("recruiting:stage", POST_ONLY, kwargs=_applicant_url,
                       post=Post(lambda w: {"stage": "screened"}, RITA_POSTS, by="rita")),
    # alice and hanna applied: an invitation to apply is refused (nothing changes), but only after access.
    *on_both_vacancies("recruiting:invite", POST_ONLY, kwargs=_recruiter_url,
                       post=Post(lambda w: {}, RITA_POSTS, by="rita", changes=False)),
    *on_both_vacancies("recruiting:note", POST_ONLY, kwargs=_recruiter_url,
                       post=Post(lambda w: {"text": "Strong"}, RITA_POSTS, by="rita")),
    *on_both_vacancies("recruiting:rating", POST_ONLY, kwargs=_recruiter_url,
                       post=Post(lambda w: {"stars": "4"}, RITA_POSTS, by="rita")),
    *on_both_vacancies("recruiting:essential", POST_ONLY, kwargs=_recruiter_url,
                       post=Post(lambda w: {"line": "Experience of NATO defence planning", "outcome": "met",
                                            "reason": "Drafted the capability targets"}, RITA_POSTS, by="rita")),
    *on_both_vacancies("recruiting:bulk", POST_ONLY,
                       post=Post(lambda w: {"action": "move", "stage": "shortlisted", "c": [w.hanna.pk]},
                                 RITA_POSTS, by="rita")),
    *on_both_vacancies("recruiting:compare", RITAS, query=_compared),
    *on_both_vacancies("recruiting:blind_review", POST_ONLY,
                       post=Post(lambda w: {"blind_review": "on", "reveal_stage": "interview"}, RITA_POSTS,
                                 by="rita")),
    *on_both_vacancies("recruiting:weights", RITAS, post=Post(_weights, RITA_POSTS, by="rita")),
    *on_both_vacancies("recruiting:applicant_emails", RITAS, post=Post(_applicant_emails, RITA_POSTS, by="rita")),
    *on_both_vacancies("recruiting:export_csv", RITAS),
    *on_both_vacancies("recruiting:export_xlsx", RITAS),
    # The applicant's own profile: someone else's rows answer 404.
    Route("applicants:profile", APPLICANTS),
    Route("applicants:meter", (LOGIN, 302, 302, 403, 403, 403)),  # without HTMX: back to the profile
    Route("applicants:personal", (LOGIN, 405, 405, 403, 403, 403),
          post=Post(_personal, APPLICANT_POSTS, by="alice")),
    Route("applicants:consent", (LOGIN, 405, 405, 403, 403, 403),
          post=Post(lambda w: {}, APPLICANT_POSTS, by="alice")),
    Route("applicants:preview", APPLICANTS),
    Route("applicants:rungs", APPLICANTS),
    Route("applicants:cv-upload", APPLICANTS, post=Post(_cv_upload, APPLICANT_POSTS, by="alice")),
    Route("applicants:cv-review", (LOGIN, 302, 302, 403, 403, 403),  # no CV uploaded: back to the upload
          post=Post(lambda w: {"discard": "1"}, APPLICANT_POSTS, by="alice", changes=False)),
    Route("applicants:row-add", APPLICANTS, kwargs=lambda w: {"section": "education"},
          post=Post(lambda w: {"education-new-level": "bachelor", "education-new-field": "Law"},
                    APPLICANT_POSTS, by="alice")),
    *alices_rows("applicants:row", (LOGIN, 302, 404, 403, 403, 403)),  # without HTMX: back to the profile
    *alices_rows("applicants:row-edit", ALICES, post_answers=ALICE_POSTS),
    *alices_rows("applicants:row-delete", (LOGIN, 405, 405, 403, 403, 403), post_answers=ALICE_POSTS),
    # The applicant's matches and applications.
    Route("applicants:verification", APPLICANTS),
    Route("applicants:resend_verification", POST_ONLY,
          post=Post(lambda w: {}, APPLICANT_POSTS, by="bob", changes=False)),
    Route("applicants:matches", APPLICANTS),
    Route("applicants:vacancy", APPLICANTS, kwargs=lambda w: {"pk": w.vacancy.pk}, case="open vacancy"),
    Route("applicants:vacancy", (LOGIN, 404, 404, 403, 403, 403), kwargs=lambda w: {"pk": w.draft.pk},
          case="draft"),
    # A closed vacancy is still there to read (it says since when): the vacancy of an old application.
    Route("applicants:vacancy", APPLICANTS, kwargs=lambda w: {"pk": w.closed.pk}, case="closed vacancy"),
    Route("applicants:apply", POST_ONLY, kwargs=lambda w: {"pk": w.sams_vacancy.pk}, case="open vacancy",
          post=Post(lambda w: {"motivation": "Logistics is my trade."}, APPLICANT_POSTS, by="alice")),
    Route("applicants:apply", POST_ONLY, kwargs=lambda w: {"pk": w.draft.pk}, case="draft",
          post=Post(lambda w: {"motivation": ""}, (LOGIN, 404, 404, 403, 403, 403), by=None)),
    Route("applicants:applications", APPLICANTS),
    Route("applicants:withdraw", ALICES, kwargs=lambda w: {"pk": w.application.pk}, case="alice's application",
          post=Post(lambda w: {}, ALICE_POSTS, by="alice")),
    Route("applicants:documents", ALICES, kwargs=lambda w: {"pk": w.application.pk}, case="alice's application",
          post=Post(_document_upload, ALICE_POSTS, by="alice")),
    Route("applicants:document", ALICES, kwargs=_alices_document, case="alice's CV"),
    Route("applicants:remove_document", POST_ONLY, kwargs=_alices_document, case="alice's CV",
          post=Post(lambda w: {}, ALICE_POSTS, by="alice")),
]
# fmt: on


# Walking the URL patterns


def url_patterns(patterns=None, prefix: str = "", namespace: str = ""):
    """(key, route, namespace, view) for every URL pattern; the key is the namespaced name, else the route."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            route = prefix + str(pattern.pattern)
            name = ":".join(filter(None, [namespace, pattern.name])) if pattern.name else ""
            yield name or route, route, namespace, pattern.callback


def in_admin(namespace: str) -> bool:
    return namespace.split(":")[0] == "admin"


def admin_urls(world) -> list[tuple[str, str]]:
    """(pattern, URL) for every admin URL pattern, filled in with a real object where it takes one."""
    urls = []
    for key, route, namespace, _ in url_patterns():
        if not in_admin(namespace):
            continue
        if key == "admin:app_list":
            labels = {model._meta.app_label for model in admin.site._registry}
            urls += [(key, f"/admin/{label}/") for label in sorted(labels)]
            continue
        if route.endswith("(?P<url>.*)$"):
            urls.append((key, "/admin/no-such-page/"))
            continue
        parts = route.split("/")
        if "<path:content_type_id>" in route:
            ct = ContentType.objects.get_for_model(world.vacancy)
            route = route.replace("<path:content_type_id>", str(ct.pk))
            route = route.replace("<path:object_id>", str(world.vacancy.pk))
        elif "<path:object_id>" in route or "<id>" in route:
            model = apps.get_model(parts[1], parts[2])
            pk = str(model._base_manager.order_by("pk").values_list("pk", flat=True).first())
            route = route.replace("<path:object_id>", pk).replace("<id>", pk)
        assert "<" not in route and "(?P" not in route, f"the admin rule cannot fill in {key}: {route}"
        urls.append((key, f"/{route}"))
    return urls
