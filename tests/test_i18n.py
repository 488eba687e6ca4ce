"""Issue 19, point 3: English and French (README, "English and French").

The catalogues: every entry of every French catalogue is translated and none is fuzzy, and each committed .mo
holds what its .po says. The pages: rendered in French, none still shows a sentence of our templates in
English. The switcher: a visitor's choice sticks from page to page, a signed-in person's is kept on their
account and decides the language of the emails they are sent, whoever asks for them.
"""

from __future__ import annotations

import ast
import gettext
import html
import re
from functools import partial
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import User
from board import alerts as job_alerts
from board.models import JobAlert
from tests.factories import PASSWORD, CandidateFactory, VacancyFactory
from tests.recruiting.conftest import make_match

ROOT = Path(settings.BASE_DIR)
ROOT_CATALOGUE = ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def catalogues() -> list[Path]:
    """Every French catalogue of the project: the root one (templates, config) and each app's."""
    found = [
        path
        for path in ROOT.glob("**/locale/fr/LC_MESSAGES/django.po")
        if not {".venv", "node_modules", "staticfiles"} & set(path.relative_to(ROOT).parts)
    ]
    return sorted(found)


def read_po(path: Path) -> list[dict]:
    """The entries of a .po file: msgctxt, msgid, msgid_plural, msgstr (index -> text) and flags. Obsolete
    entries (#~) are left out, as msgfmt leaves them out."""
    entries, entry, field = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip() or line.startswith("#~"):
            if entry is not None and not line.startswith("#~"):
                entries.append(entry)
                entry = None
            continue
        if entry is None:
            entry = {"flags": set(), "msgctxt": None, "msgid": "", "msgid_plural": None, "msgstr": {}}
        if line.startswith("#,"):
            entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif match := re.match(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])? (\".*\")$", line):
            keyword, index, text = match.groups()
            if keyword == "msgstr":
                field = ("msgstr", int(index or 0))
                entry["msgstr"][field[1]] = ast.literal_eval(text)
            else:
                field = (keyword,)
                entry[keyword] = ast.literal_eval(text)
        elif line.startswith('"'):  # a continuation of the field above
            if field[0] == "msgstr":
                entry["msgstr"][field[1]] += ast.literal_eval(line)
            else:
                entry[field[0]] += ast.literal_eval(line)
    return entries


def test_there_are_catalogues_to_check():
    assert ROOT_CATALOGUE in catalogues()


@pytest.mark.parametrize("path", catalogues(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_entry_is_translated_and_none_is_fuzzy(path):
    entries = [entry for entry in read_po(path) if entry["msgid"]]  # the header has an empty msgid
    untranslated = [entry["msgid"] for entry in entries if not all(entry["msgstr"].values())]
    fuzzy = [entry["msgid"] for entry in entries if "fuzzy" in entry["flags"]]
    assert entries and not untranslated and not fuzzy, f"untranslated: {untranslated}\nfuzzy: {fuzzy}"


@pytest.mark.parametrize("path", catalogues(), ids=lambda path: str(path.relative_to(ROOT)))
def test_the_committed_mo_file_holds_what_the_po_file_says(path):
    """compilemessages (``make messages``) was run after the last change to the .po, and the result committed."""
    mo = path.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run make messages"
    with mo.open("rb") as file:
        compiled = gettext.GNUTranslations(file)._catalog
    expected = {}
    for entry in read_po(path):
        if "fuzzy" in entry["flags"] and entry["msgid"]:
            continue  # msgfmt leaves them out (and the test above fails on them)
        key = entry["msgid"] if entry["msgctxt"] is None else f"{entry['msgctxt']}\x04{entry['msgid']}"
        if entry["msgid_plural"] is None:
            expected[key] = entry["msgstr"][0]
        else:
            expected.update({(key, index): text for index, text in entry["msgstr"].items()})

    # The header, but for the extraction's date, which msgfmt may leave out.
    def header(text: str) -> set[str]:
        return {line for line in text.splitlines() if line and not line.startswith("POT-Creation-Date")}

    assert header(expected.pop("", "")) == header(compiled.pop("", ""))
    assert compiled == expected, f"{mo} is out of date: run make messages"


# Pages in French ----------------------------------------------------------------------------------------


def english_sentences() -> set[str]:
    """The English of our templates: each msgid of the root catalogue cut at its placeholders and tags, the
    pieces of four words or more ("Go to the home page", not "Score", "CSV" or "in the other", which the
    reasons written by the apps' Python code may hold too)."""
    pieces = set()
    for entry in read_po(ROOT_CATALOGUE):
        for msgid in filter(None, (entry["msgid"], entry["msgid_plural"])):
            for piece in re.split(r"%\(\w+\)s|<[^>]+>|%%|[“”\"():;?.!…]", msgid):
                piece = " ".join(piece.split())
                if len(piece.split()) >= 4:
                    pieces.add(piece)
    return pieces


def visible_text(page: str) -> str:
    """The text of the page and of the attributes people meet (labels, titles, placeholders, confirmations),
    without scripts and the like; entities decoded."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    attributes = re.findall(
        r'\b(?:aria-label|title|placeholder|alt|content|hx-confirm|data-confirm|data-label|value)="([^"]*)"',
        page,
    )
    text = re.sub(r"<[^>]+>", " ", page)
    return " ".join(html.unescape(" ".join([text, *attributes])).split())


@pytest.fixture
def world(alice, rita, ada, vacancy):
    """A vacancy with an applicant (alice, scored and applied) and a pool candidate, a draft notice, and a
    visitor's job alert not confirmed yet."""
    make_match(vacancy, alice.candidate, verdict=1, score=71.5)
    make_match(vacancy, CandidateFactory(name="Hanna Berg"), verdict=2, score=88.0, applied=False)
    draft = VacancyFactory(status="draft", title="Draft Officer", published_at=None)
    draft.recruiters.add(rita)
    alert = JobAlert.objects.create(email="vera@example.org", search={"organisation": "NCIA"}, language="fr")
    return {"alice": alice, "rita": rita, "ada": ada, "vacancy": vacancy, "draft": draft, "alert": alert}


HTMX = {"HTTP_HX_REQUEST": "true"}  # an HTMX request: the page's fragment only


def french_pages(world) -> list[tuple[User | None, str]]:
    """(who, path) of each page, or (who, path, how) for a fragment or a post: how holds the request's headers,
    its "data" (a POST) and the "status" expected."""
    vacancy, alice, alert = world["vacancy"], world["alice"], world["alert"]
    confirm = reverse("board:alert_confirm", args=[signing.dumps(alert.pk, salt=job_alerts.CONFIRM_SALT)])
    unsubscribe = job_alerts.unsubscribe_path(alert)
    return [
        # The public board's fragments and the job alerts' pages, from asking to stopping.
        (None, reverse("board:list") + "?organisation=NCIA", HTMX),
        (None, reverse("board:list") + "?text=nothing-matches-this", HTMX),
        (None, reverse("board:alert_new") + "?organisation=NCIA", {"data": {"email": "lea@example.org"}}),
        (None, reverse("board:alert_new"), {"data": {"email": "not an address"}, "status": 400}),
        (None, confirm),
        (None, reverse("board:alert_confirm", args=["not-a-token"]), {"status": 400}),
        (None, unsubscribe),
        (None, unsubscribe, {"data": {}}),
        # Other pages' HTMX fragments.
        (alice, reverse("applicants:matches"), HTMX),
        (world["rita"], reverse("recruiting:vacancies"), HTMX),
        (world["rita"], reverse("recruiting:shortlist", args=[vacancy.pk]), HTMX),
        (world["rita"], reverse("recruiting:shortlist", args=[vacancy.pk]) + "?view=pool", HTMX),
        (None, reverse("home")),
        (None, reverse("board:list")),
        (None, reverse("board:vacancy", args=[vacancy.pk])),
        (None, reverse("board:alert_new")),
        (None, reverse("login")),
        (None, reverse("applicants:signup")),
        (None, reverse("password_reset")),
        (None, reverse("privacy")),
        (alice, reverse("home")),
        (alice, reverse("applicants:matches")),
        (alice, reverse("applicants:vacancy", args=[vacancy.pk])),
        (alice, reverse("applicants:profile")),
        (alice, reverse("applicants:preview")),
        (alice, reverse("applicants:applications")),
        (alice, reverse("board:alerts")),
        (alice, reverse("privacy")),
        (world["rita"], reverse("recruiting:vacancies")),
        (world["rita"], reverse("recruiting:shortlist", args=[vacancy.pk])),
        (world["rita"], reverse("recruiting:shortlist", args=[vacancy.pk]) + "?view=pool"),
        (world["rita"], reverse("recruiting:candidate", args=[vacancy.pk, alice.candidate.pk])),
        (world["rita"], reverse("recruiting:weights", args=[vacancy.pk])),
        (world["rita"], reverse("recruiting:applicant_emails", args=[vacancy.pk])),
        (world["rita"], reverse("vacancies:list")),
        (world["rita"], reverse("vacancies:new")),
        (world["rita"], reverse("vacancies:review", args=[world["draft"].pk])),
    ]


def test_pages_rendered_in_french_show_no_english_sentence_of_our_templates(world):
    sentences = english_sentences()
    assert "Go to the home page" in sentences and len(sentences) > 200  # the catalogue was read
    left = {}
    for user, path, *how in french_pages(world):
        how = how[0] if how else {}
        headers = {k: v for k, v in how.items() if k.startswith("HTTP_")}
        client = Client(HTTP_ACCEPT_LANGUAGE="fr")
        if user is not None:
            client.force_login(user)
        send = partial(client.post, path, how["data"]) if "data" in how else partial(client.get, path)
        response = send(**headers)
        assert response.status_code == how.get("status", 200), path
        page = response.content.decode()
        if headers:  # a fragment: no <html>, but French
            assert "<html" not in page and page.strip(), path
        else:
            assert '<html lang="fr"' in page, path
        text = visible_text(page)
        if found := sorted(sentence for sentence in sentences if sentence in text):
            left[
                f"{user or 'visitor'} {'POST ' if 'data' in how else ''}{path}{' (htmx)' if headers else ''}"
            ] = found
    assert not left, "English left on French pages:\n" + "\n".join(f"{k}: {v}" for k, v in left.items())


def test_the_same_pages_in_english_show_those_sentences(db):
    """The check above can fail: in English the home page shows its sentences."""
    page = visible_text(Client().get(reverse("home")).content.decode())
    assert {
        "Create an account",
        "Match people to vacancies, the way international organisations recruit",
    } <= {sentence for sentence in english_sentences() | {"Create an account"} if sentence in page}


# The switcher and the emails ----------------------------------------------------------------------------


def test_a_signed_in_persons_choice_is_kept_on_their_account_and_set_again_at_log_in(client_for, alice):
    client = client_for(alice)
    response = client.post(reverse("set_language"), {"language": "fr", "next": reverse("applicants:matches")})
    assert response.status_code == 302 and response["Location"] == reverse("applicants:matches")
    alice.refresh_from_db()
    assert alice.preferred_language == "fr" and alice.email_language == "fr"
    # On another device (no cookie), logging in brings the pages back in French.
    other = Client()
    response = other.post(reverse("login"), {"username": alice.email, "password": PASSWORD})
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    assert '<html lang="fr"' in other.get(reverse("applicants:matches")).content.decode()


def test_someone_who_never_chose_keeps_the_language_they_logged_in_with(alice):
    assert alice.preferred_language == ""
    Client(HTTP_ACCEPT_LANGUAGE="fr").post(reverse("login"), {"username": alice.email, "password": PASSWORD})
    alice.refresh_from_db()
    assert alice.preferred_language == "fr"


def test_an_unknown_language_changes_nothing(client_for, alice):
    response = client_for(alice).post(reverse("set_language"), {"language": "xx", "next": "/"})
    alice.refresh_from_db()
    assert response.status_code == 302 and alice.preferred_language == ""
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_signing_up_in_french_sends_the_verification_email_in_french(db):
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    response = client.post(
        reverse("applicants:signup"),
        {"email": "lea@example.org", "full_name": "Léa Dubois", "password1": PASSWORD, "password2": PASSWORD,
         "nationality": ""},
    )  # fmt: skip
    assert response.status_code == 302
    assert User.objects.get(email="lea@example.org").preferred_language == "fr"
    [email] = mail.outbox
    assert email.subject == "Vérifiez votre adresse électronique pour Vacancy Matcher"
    assert "Bonjour Léa," in email.body and "Le lien ne peut servir qu’une fois" in email.body


def test_the_job_alert_emails_in_french_show_no_english_sentence_of_our_templates(db):
    """The confirmation and the alert itself, for a visitor who saved the search in French and one who saved it
    in English (the check can fail: the English emails hold our sentences)."""
    from django.utils import timezone, translation

    from board.search import VacancySearch

    for language, email in (("fr", "lea@example.org"), ("en", "vera@example.org")):
        with translation.override(language):
            assert job_alerts.request_visitor_alert(email, VacancySearch.from_json({"organisation": "NCIA"}))
    JobAlert.objects.update(confirmed_at=timezone.now())
    assert job_alerts.send_job_alerts(VacancyFactory(organisation="NCIA").pk) == 2
    sentences = english_sentences()
    found = {
        (message.to[0], message.subject): sorted(
            s for s in sentences if s in f"{message.subject} {message.body}"
        )
        for message in mail.outbox
    }
    assert len(found) == 4
    assert not any(left for (to, _), left in found.items() if to == "lea@example.org"), found
    assert all(left for (to, _), left in found.items() if to == "vera@example.org"), found


def test_an_email_is_in_its_recipients_language_not_the_askers(alice):
    """A password reset asked from an English browser, for an account whose owner chose French."""
    User.objects.filter(pk=alice.pk).update(preferred_language="fr")
    Client(HTTP_ACCEPT_LANGUAGE="en").post(reverse("password_reset"), {"email": alice.email})
    [email] = mail.outbox
    assert email.subject == "Réinitialisez votre mot de passe Vacancy Matcher"
    assert "choisissez un nouveau mot de passe ici" in email.body


def test_a_visitor_switches_to_french_and_the_choice_sticks_and_an_applicants_choice_decides_their_email(
    page_for, alice, vacancy
):
    # A visitor on the public board.
    page = page_for(None)
    page.goto(reverse("board:list"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Open vacancies")
    page.get_by_role("button", name="Français").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Postes à pourvoir")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    # The choice sticks: the vacancy, then the log-in page, are in French too.
    page.get_by_role("link", name=vacancy.title).click()
    expect(page.get_by_role("button", name="Connectez-vous pour postuler")).to_be_visible()
    page.goto(reverse("login"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Se connecter")
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")

    # alice, signed in, chooses French: her account keeps it.
    applicant = page_for(alice)
    applicant.goto(reverse("applicants:matches"))
    applicant.get_by_role("button", name="Français").click()
    expect(applicant.get_by_role("heading", level=1)).to_have_text("Mes correspondances")
    alice.refresh_from_db()
    assert alice.preferred_language == "fr"
    # Someone asks for a reset of her password from an English page: the email is in her language.
    page.goto(reverse("password_reset"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Reset your password")
    page.get_by_label("Email").fill(alice.email)
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    [email] = mail.outbox
    assert email.to == [alice.email] and email.subject == "Réinitialisez votre mot de passe Vacancy Matcher"


# The admin ---------------------------------------------------------------------------------------------

# The apps whose models the admin shows (config's rate-limit counter and recruiting's generations are
# internal tables no person reads).
ADMIN_APPS = (
    "accounts",
    "applications",
    "audit",
    "board",
    "candidates",
    "matching",
    "reference",
    "vacancies",
)


def test_every_model_and_field_the_admin_shows_is_named_through_gettext():
    """A field without a verbose_name is named by Django from its attribute ("min years experience"),
    in English whatever the language."""
    from django.apps import apps
    from django.utils.functional import Promise

    unnamed = []
    for model in apps.get_models():
        if model._meta.app_label not in ADMIN_APPS:
            continue
        for name in ("verbose_name", "verbose_name_plural"):
            if not isinstance(getattr(model._meta, name), Promise):
                unnamed.append(f"{model.__name__}.Meta.{name}")
        for field in model._meta.get_fields(include_parents=False):
            if field.concrete and not field.auto_created and not isinstance(field.verbose_name, Promise):
                unnamed.append(f"{model.__name__}.{field.name}")
    assert not unnamed, f"no verbose_name through gettext_lazy: {unnamed}"


def test_the_admin_in_french_names_the_fields_in_french(ada, vacancy):
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.force_login(ada)
    page = visible_text(
        client.get(reverse("admin:vacancies_vacancy_change", args=[vacancy.pk])).content.decode()
    )
    assert "Nombre minimal d’années d’expérience" in page and "Règle linguistique" in page
    assert "Min years experience" not in page and "Language rule" not in page
    index = visible_text(client.get(reverse("admin:index")).content.decode())
    assert "Résultats de correspondance" in index and "Mise en correspondance" in index
    assert "Match results" not in index and "Matching" not in index
