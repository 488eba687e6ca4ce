"""The French catalogues of the apps' Python code (issue 19, point 3): complete, compiled, and used.

Each app has its own ``<app>/locale/fr/LC_MESSAGES/django.po`` (``scripts/messages.sh`` makes and compiles
them); the templates' strings are in the root catalogue. A catalogue fails here when an entry is untranslated
or fuzzy, when its ``.mo`` is not the compiled ``.po``, or when the app's code has a string that the catalogue
lacks (makemessages not run). The rest checks that what people read comes out in French under French, and as
before under English.
"""

from __future__ import annotations

import ast
import datetime as dt
import gettext
import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import translation

from applications.models import OutcomeEmail, StageChange
from applications.notifications import send_application_received_email
from applications.services import apply
from candidates.profile import profile_from_import_json
from documents.errors import DocumentError
from matching.reasons import Reason, describe
from matching.scoring import prepare_vacancy, score
from recruiting import exports
from recruiting.forms import WeightsForm
from reference.scales import LEVEL_CHOICES, level_label
from tests.factories import CandidateFactory, UserFactory, VacancyFactory
from vacancies.forms import parse_language_lines

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "accounts", "access", "applicants", "applications", "audit", "board", "candidates", "config", "documents",
    "matching", "recruiting", "reference", "vacancies",
]  # fmt: skip
# What Django's makemessages passes to xgettext for Python files.
KEYWORDS = [
    "gettext_noop", "gettext_lazy", "ngettext_lazy:1,2", "pgettext:1c,2", "npgettext:1c,2,3",
    "pgettext_lazy:1c,2", "npgettext_lazy:1c,2,3",
]  # fmt: skip


def _po_entries(path: Path) -> list[dict]:
    """The entries of a .po file: msgctxt, msgid, msgid_plural, msgstr / msgstr[n] (unescaped), flags."""
    entries, current, key = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if current:
                entries.append(current)
            current, key = None, None
            continue
        current = current or {"flags": set()}
        if line.startswith("#,"):
            current["flags"] |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif match := re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) (".*")$', line):
            key = match[1]
            current[key] = ast.literal_eval(match[2])
        else:
            current[key] += ast.literal_eval(line.strip())
    return [e for e in entries if "msgid" in e]


def _catalogue(app: str) -> Path:
    return ROOT / app / "locale" / "fr" / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("app", APPS)
def test_every_entry_of_the_apps_catalogues_is_translated_and_none_is_fuzzy(app):
    entries = _po_entries(_catalogue(app))
    assert len(entries) > 1, f"{app}: no catalogue; run scripts/messages.sh"
    header = entries[0]
    assert header["msgid"] == "" and "fuzzy" not in header["flags"], f"{app}: the header is fuzzy"
    assert "nplurals=2; plural=(n > 1);" in header["msgstr"]
    untranslated = [
        e["msgid"]
        for e in entries[1:]
        if not all(e[k] for k in e if k.startswith("msgstr")) or "fuzzy" in e["flags"]
    ]
    assert untranslated == [], f"{app}: untranslated or fuzzy: {untranslated}"


@pytest.mark.parametrize("app", APPS)
def test_each_compiled_catalogue_is_its_po_file(app):
    """The committed .mo holds exactly the .po's translations: compiled after the last edit."""
    po = _catalogue(app)
    with po.with_suffix(".mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    expected = {}
    for entry in _po_entries(po)[1:]:
        msgid = f"{entry['msgctxt']}\x04{entry['msgid']}" if "msgctxt" in entry else entry["msgid"]
        if "msgid_plural" in entry:
            for n in (0, 1):
                expected[(msgid, n)] = entry[f"msgstr[{n}]"]
        else:
            expected[msgid] = entry["msgstr"]
    compiled = {k: v for k, v in compiled.items() if k != ""}  # the header
    assert compiled == expected, f"{app}: run scripts/messages.sh --compile"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext's xgettext (apt: gettext)")
@pytest.mark.parametrize("app", APPS)
def test_each_catalogue_has_every_string_of_its_app(app):
    """What makemessages would extract from the app's Python code is all in its catalogue."""
    folder = ROOT / app
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.py") if "migrations" not in p.parts)
    with tempfile.TemporaryDirectory() as out:
        pot = Path(out) / "django.pot"
        subprocess.run(
            ["xgettext", "-L", "Python", "--from-code=UTF-8", "--force-po", "-o", str(pot)]
            + [f"--keyword={k}" for k in KEYWORDS]
            + files,
            cwd=folder,
            check=True,
            capture_output=True,
        )
        extracted = {(e.get("msgctxt"), e["msgid"]) for e in _po_entries(pot)[1:]}
    present = {(e.get("msgctxt"), e["msgid"]) for e in _po_entries(_catalogue(app))[1:]}
    assert extracted - present == set(), f"{app}: run scripts/messages.sh and translate the new entries"


# What people read, in French and in English.


def test_a_language_level_reads_in_the_active_language():
    with translation.override("fr"):
        assert level_label("V") == "V (Avancé)"
        assert level_label("I") == "I (Débutant)"
        assert str(dict(LEVEL_CHOICES)["VI"]) == "VI (Maîtrise)"
    with translation.override("en"):
        assert level_label("V") == "V (Advanced)"
        assert str(dict(LEVEL_CHOICES)["VI"]) == "VI (Proficiency)"


def test_a_form_error_reads_in_the_active_language():
    form_data = {"degree": "0", "experience": "0"}
    with translation.override("fr"):
        form = WeightsForm(form_data, defaults={"degree": 20, "experience": 20})
        assert not form.is_valid()
        assert form.non_field_errors() == ["Au moins un critère doit avoir une pondération supérieure à 0."]
        assert form.fields["degree"].label == "Diplôme"
        with pytest.raises(ValidationError, match="le niveau doit être compris entre I et VI"):
            parse_language_lines(["Russian: SLP 9999"])
    with translation.override("en"):
        form = WeightsForm(form_data, defaults={"degree": 20, "experience": 20})
        assert not form.is_valid()
        assert form.non_field_errors() == ["At least one criterion needs a weight above 0."]
        with pytest.raises(ValidationError, match="the level must be I to VI"):
            parse_language_lines(["Russian: SLP 9999"])


def test_a_document_refusal_reads_in_the_active_language():
    refusal = DocumentError("This PDF has %(pages)s pages; the limit is %(limit)s.", pages=1200, limit=500)
    with translation.override("fr"):
        # Grouped the French way (a non-breaking space), whichever space the locale data gives.
        assert re.sub(r"\s", " ", str(refusal)) == "Ce PDF compte 1 200 pages ; la limite est de 500."
    with translation.override("en"):
        assert str(refusal) == "This PDF has 1,200 pages; the limit is 500."


def test_the_engines_explanation_is_worded_when_read_in_the_language_active_then():
    """The engine keeps outcomes per vacancy: one result reads in French under French and in English
    under English (the rank command), whichever language was active when it was scored."""
    vacancy = prepare_vacancy({"title": "T", "min_years_experience": 5, "degree": {"level": "master"}})
    profile = profile_from_import_json(
        {"id": "x", "name": "X", "education": [{"level": "bachelor", "field": "Law"}],
         "experience": [{"title": "Officer", "start": "2021-01", "end": "2023-12"}]}
    )  # fmt: skip
    with translation.override("fr"):
        result = score(vacancy, profile, dt.date(2025, 1, 1))
        french = result.breakdown_json()
        unmet = [describe(reason) for reason in result.unmet]
    assert french["experience"]["reason"] == "3 ans d’expérience, au moins 5 ans exigés"
    assert french["degree"]["reason"] == "Licence en Law ne satisfait pas à « master »"
    assert "Expérience : 3 ans, au moins 5 ans exigés" in unmet
    with translation.override("en"):
        english = result.breakdown_json()
        assert describe(Reason("experience", "below_minimum", {"months": 36, "required_months": 60})) == (
            "Experience: 3 years, at least 5 years required"
        )
    assert english["experience"]["reason"] == "3 years of experience, at least 5 years required"
    assert english["degree"]["reason"] == "Bachelor's in Law does not meet 'master's degree'"


def test_the_shortlist_exports_header_reads_in_the_active_language():
    with translation.override("fr"):
        first_line = exports.as_csv([]).splitlines()[0]
        assert first_line.startswith("Rang,Identifiant du candidat,Nom,")
        assert "Diplôme : points" in first_line and "Critères essentiels non remplis" in first_line
    with translation.override("en"):
        assert exports.as_csv([]).splitlines()[0].split(",") == exports.HEADER


@pytest.mark.django_db
def test_an_email_subject_reads_in_the_active_language(settings):
    """The built-in outcome email and the receipt of an application, as sent, in French and in English."""
    with translation.override("fr"):
        subject, body = OutcomeEmail().render({"name": "Ada", "title": "Policy Officer", "url": "/me/"})
    assert subject == "Votre candidature au poste de Policy Officer"
    assert body.startswith("Bonjour Ada,") and "L’équipe de recrutement" in body
    with translation.override("en"):
        assert OutcomeEmail().render({"name": "Ada", "title": "Policy Officer", "url": "/me/"})[0] == (
            "Your application for Policy Officer"
        )
    settings.CELERY_TASK_ALWAYS_EAGER = False  # sent below, by hand, in each language
    vacancy = VacancyFactory(title="Policy Officer")
    for language, expected in (
        ("fr", "Nous avons bien reçu votre candidature au poste de Policy Officer"),
        ("en", "We received your application for Policy Officer"),
    ):
        alice = UserFactory(email=f"alice-{language}@example.org", email_verified_at=dt.datetime.now(dt.UTC))
        alice.preferred_language = language  # an email goes out in its recipient's language
        alice.save(update_fields=["preferred_language"])
        candidate = CandidateFactory(user=alice, email=alice.email)
        application = apply(candidate, vacancy)
        change = StageChange.objects.filter(application=application).latest("pk")
        mail.outbox.clear()
        with translation.override("en" if language == "fr" else "fr"):  # whatever the sender's language
            assert send_application_received_email(change.pk)
        assert [m.subject for m in mail.outbox] == [expected]


@pytest.mark.django_db
def test_a_commands_messages_to_people_read_in_the_active_language_and_its_json_does_not(tmp_path):
    """Commands run in ``LANGUAGE_CODE`` (English) unless a language is active; their errors and summaries
    are in it, their JSON (a public interface) is the same in every language."""
    from django.core.management import CommandError, call_command

    missing = str(tmp_path / "nowhere")
    with translation.override("fr"), pytest.raises(CommandError, match="n’est pas un dossier"):
        call_command("import_vacancies", missing)
    with translation.override("en"), pytest.raises(CommandError, match="is not a folder"):
        call_command("import_vacancies", missing)

    notice = (
        Path(__file__).resolve().parents[1]
        / "vacancies"
        / "fixtures"
        / "notices"
        / "fr"
        / "ncia-cyber-analyst.fr.txt"
    )
    outputs = {}
    for language in ("en", "fr"):
        with translation.override(language):
            summary, as_json = io.StringIO(), io.StringIO()
            call_command("parse_vacancy", str(notice), stdout=summary)
            call_command("parse_vacancy", str(notice), "--json", stdout=as_json)
        outputs[language] = summary.getvalue(), as_json.getvalue()
    assert "degree: master; experience: 7 year(s)" in outputs["en"][0]
    assert "diplôme : master ; expérience : 7 an(s)" in outputs["fr"][0]
    assert outputs["fr"][1] == outputs["en"][1] and '"degree": {"level": "master"' in outputs["en"][1]
