"""Workflows around vacancies: create from a notice or a file, correct, publish, close, re-parse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from documents.extraction import extract_text
from reference.loading import current_reference

from . import signals
from .models import DEGREE_ALTERNATIVES, CompetencyRequirement, LanguageRequirement, NoticeText, Vacancy
from .parsing.twins import COMPARED_FIELDS, compared, twin_disagreements
from .signals import request_rescoring


def parse_to_json(raw_text: str) -> tuple[dict, str, str]:
    """Parse a notice; returns (structured JSON, cleaned text, parser version). Raises NotANoticeError."""
    from .parsing import PARSER_VERSION, parse_notice

    parsed = parse_notice(raw_text, current_reference())
    return parsed.to_json(), parsed.cleaned_text, PARSER_VERSION


@transaction.atomic
def create_vacancy_from_text(raw_text: str, *, created_by=None, source_filename: str = "") -> Vacancy:
    """A draft vacancy from a notice's text, parsed and ready for a recruiter's review; or, when the same
    notice in the other official language is already stored (``find_twin``), that vacancy with this text
    added to it (``NoticeText``): one vacancy, one set of requirements, one matching run."""
    parsed, cleaned, version = parse_to_json(raw_text)
    twin = find_twin(parsed, created_by=created_by)
    if twin is not None:
        # The caller may say so ("kept as the French notice of ..."); the twin's requirements stay as they are.
        twin.attached_notice = add_notice_text(
            twin, raw_text, parsed, cleaned, source_filename=source_filename
        )
        return twin
    vacancy = Vacancy(
        raw_text=raw_text,
        cleaned_text=cleaned,
        parser_version=version,
        created_by=created_by,
        source_filename=source_filename[:255],
    )
    vacancy.apply_parse(parsed)
    add_notice_text(vacancy, raw_text, parsed, cleaned, source_filename=source_filename)
    return vacancy


# Notices in English and in French (issue 19, point 4) ---------------------------------------------------


def _stored_parse(vacancy: Vacancy) -> dict:
    """What the parser read from the vacancy's first notice (for a vacancy stored before notice texts, its
    own fields)."""
    first = vacancy.notice_texts.order_by("created_at", "pk").first()
    return first.parsed if first is not None and first.parsed else vacancy.requirements_json()


def find_twin(parsed: dict, *, created_by=None) -> Vacancy | None:
    """The stored vacancy whose notice is this one in the other language: the same reference number
    ("Référence : IS 123/26" / "Reference: IS 123/26"), else, when neither states one, the same grade,
    deadline and location and the same structured requirements (``COMPARED_FIELDS`` other than those).
    Only a vacancy without a notice in this language yet, not closed, that the submitter may edit (a
    recruiter: their own; staff or an import: any)."""
    from .parsing.header import reference_key

    language = parsed.get("language") or "en"
    candidates = Vacancy.objects.exclude(status=Vacancy.Status.CLOSED).exclude(
        notice_texts__language=language
    )
    if created_by is not None and getattr(created_by, "is_recruiter", False) and not created_by.is_staff:
        candidates = candidates.filter(Q(created_by=created_by) | Q(recruiters=created_by)).distinct()
    candidates = candidates.prefetch_related(
        "notice_texts", "language_requirements", "competency_requirements"
    )
    key = reference_key(parsed.get("reference"))
    if key:
        for vacancy in candidates.filter(notice_texts__reference__isnull=False).distinct():
            if any(reference_key(t.reference) == key for t in vacancy.notice_texts.all()):
                return vacancy
        return None
    degree = parsed.get("degree") or {}
    if not parsed.get("deadline") or (
        degree.get("level") in (None, "none") and parsed.get("min_years_experience") is None
    ):
        return None  # too little to tell two notices apart
    for vacancy in candidates.filter(deadline=parsed["deadline"]):
        stored = _stored_parse(vacancy)
        if (stored.get("language") or "en") == language or reference_key(stored.get("reference")):
            continue
        if not twin_disagreements(stored, parsed):
            return vacancy
    return None


# How the review page names the compared fields.
COMPARED_LABELS = {
    "grade": _("Grade"), "deadline": _("Deadline"), "location": _("Location"), "clearance": _("Security clearance"),
    "nationality_restricted": _("Nationality restricted"), "nationalities": _("Nations named"),
    "degree.level": _("Degree level"), "degree.alternatives": _("Alternatives to the degree"),
    "degree.fields_required": _("Field of study required"), "min_years_experience": _("Years of experience"),
    "experience_years": _("Experience conditions (years)"), "languages.rule": _("Language rule"),
    "languages.high": _("Higher language level"), "languages.low": _("Lower language level"),
    "languages.requirements": _("Language levels"), "languages.stanag": _("STANAG 6001 profiles"),
    "competencies": _("Competencies (rungs)"),
}  # fmt: skip


def _shown(value) -> str:
    if value in (None, "", [], ()):
        return "–"
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, (list, tuple)):
        return ", ".join(_shown(v) if isinstance(v, (list, tuple)) else str(v) for v in value) or "–"
    return str(value)


def _shown_field(name: str, value) -> str:
    if name == "competencies" and value:
        return "; ".join(f"{n} ({_('rung')} {r})" if r else str(n) for n, r in value)
    if name == "degree.alternatives" and value:
        labels = dict(DEGREE_ALTERNATIVES)
        return "; ".join(str(labels.get(v, v)) for v in value)
    return _shown(value)


def notice_comparison(vacancy: Vacancy) -> dict | None:
    """For the review page of a vacancy with notices in two languages: the notices, one row per compared
    field with what each notice's parse gave, and the fields on which they disagree. None with one notice."""
    texts = list(vacancy.notice_texts.all())
    if len(texts) < 2:
        return None
    rows = []
    for name in COMPARED_FIELDS:
        values = [compared(t.parsed, name) for t in texts]
        rows.append(
            {
                "label": COMPARED_LABELS[name],
                "values": [_shown_field(name, v) for v in values],
                "differs": any(v != values[0] for v in values[1:]),
            }
        )
    return {
        "texts": texts,
        "rows": rows,
        "disagreements": [row["label"] for row in rows if row["differs"]],
    }


def add_notice_text(
    vacancy: Vacancy, raw_text: str, parsed: dict, cleaned: str, *, source_filename: str = ""
) -> NoticeText:
    """Keep a notice's text in its language on the vacancy (a vacancy stored before notice texts gets its
    first text kept too). The vacancy's requirements do not change: the recruiter corrects them once."""
    language = parsed.get("language") or "en"
    if not vacancy.notice_texts.exists() and vacancy.raw_text != raw_text:
        first, first_cleaned, _version = parse_to_json(vacancy.raw_text)
        NoticeText.objects.create(
            vacancy=vacancy,
            language=first.get("language") or "en",
            raw_text=vacancy.raw_text,
            cleaned_text=first_cleaned,
            parsed=first,
            reference=(first.get("reference") or "")[:60],
            source_filename=vacancy.source_filename,
        )
    notice, _created = NoticeText.objects.update_or_create(
        vacancy=vacancy,
        language=language,
        defaults={
            "raw_text": raw_text,
            "cleaned_text": cleaned,
            "parsed": parsed,
            "reference": (parsed.get("reference") or "")[:60],
            "source_filename": source_filename[:255],
        },
    )
    return notice


@transaction.atomic
def reparse_vacancy(vacancy: Vacancy) -> Vacancy:
    """Parse the stored raw text again (e.g. after a parser upgrade); recruiter corrections are replaced,
    and a published vacancy is rescored against its new requirements."""
    parsed, cleaned, version = parse_to_json(vacancy.raw_text)
    vacancy.cleaned_text = cleaned
    vacancy.parser_version = version
    vacancy.apply_parse(parsed)
    vacancy.bump_requirements_version()
    if vacancy.status == Vacancy.Status.PUBLISHED:
        _requirements_changed(vacancy, reason="re-parsed from the raw text")
    return vacancy


def close_expired_vacancies(*, today: dt.date | None = None) -> int:
    """Close every published vacancy whose deadline has passed; returns how many were closed."""
    today = today or timezone.localdate()
    return Vacancy.objects.past_deadline(today).update(
        status=Vacancy.Status.CLOSED, closed_at=timezone.now(), updated_at=timezone.now()
    )


# Recruiter workflows: submit a notice, correct it, publish, close.


class VacancyStateError(ValueError):
    """A workflow step that the vacancy's status does not allow (e.g. publishing a closed vacancy)."""


# The fields the scorer reads (see matching.requirements.VacancyRequirements): changing one makes every
# stored score for the vacancy stale.
SCORED_FIELDS = frozenset(
    {
        "title", "degree_level", "degree_fields", "degree_alternatives", "degree_fields_required",
        "min_years_experience", "experience_conditions", "nationalities",
        "language_rule", "language_high", "language_low", "language_pair", "language_raw",
        "language_requirements", "competencies", "nationality_restricted",
        "essential", "desirable", "accountabilities",
    }
)  # fmt: skip
ROW_FIELDS = ("language_requirements", "competencies")
# A model field's key in the parser's JSON (and so in ``Vacancy.sources`` and ``Vacancy.missing``).
PARSE_KEYS = {
    "degree_level": "degree", "degree_fields": "degree", "degree_alternatives": "degree",
    "degree_fields_required": "degree",
    "language_rule": "languages", "language_high": "languages", "language_low": "languages",
    "language_pair": "languages", "language_raw": "languages", "language_requirements": "languages",
}  # fmt: skip


def _requirements_changed(vacancy: Vacancy, *, reason: str) -> None:
    """The one place where a published vacancy's new requirements reach the matching pipeline."""
    request_rescoring(vacancy, reason=reason)


@transaction.atomic
def submit_notice(text: str, *, by, source_filename: str = "") -> Vacancy:
    """A recruiter's new draft: parsed, created by them and, if they are a recruiter, assigned to them."""
    vacancy = create_vacancy_from_text(text, created_by=by, source_filename=source_filename)
    if getattr(by, "is_recruiter", False):
        vacancy.recruiters.add(by)
    return vacancy


def _language_rows(vacancy: Vacancy) -> list[dict]:
    return [
        {"language": r.language, "level": r.level, "slp": r.slp} for r in vacancy.language_requirements.all()
    ]


def _competency_rows(vacancy: Vacancy) -> list[dict]:
    return [
        {"name": c.name, "level_text": c.level_text, "rung": c.rung}
        for c in vacancy.competency_requirements.all()
    ]


@transaction.atomic
def update_vacancy_requirements(
    vacancy: Vacancy, changes: dict, *, by, checked: str | None = None
) -> list[str]:
    """Apply a recruiter's correction; returns the names of the fields that really changed.

    ``changes`` maps model field names to new values, plus two row lists:
    ``language_requirements`` ([{"language", "level", "slp"}]) and ``competencies``
    ([{"name", "level_text", "rung"}]). A field the recruiter fills in is no longer "missing", nor
    "unsure"; so is the field ``checked`` (the parser's key) that they saved unchanged. A field that
    changed is recorded in ``corrections`` as corrected by ``by``, now.
    A change to a scored field bumps ``requirements_version`` (and, once published, rescores):

    >>> update_vacancy_requirements(vacancy, {"min_years_experience": 5}, by=rita)
    ['min_years_experience']
    """
    current = {"language_requirements": _language_rows(vacancy), "competencies": _competency_rows(vacancy)}
    changed = [
        name
        for name, value in changes.items()
        if (current[name] if name in ROW_FIELDS else getattr(vacancy, name)) != value
    ]
    if not changed:
        if checked in (vacancy.unsure or {}):
            vacancy.unsure = {key: why for key, why in vacancy.unsure.items() if key != checked}
            vacancy.save(update_fields=["unsure", "updated_at"])
        return []
    for name in changed:
        if name not in ROW_FIELDS:
            setattr(vacancy, name, changes[name])
    corrected = {PARSE_KEYS.get(name, name) for name in changed}
    vacancy.missing = [key for key in vacancy.missing if key not in corrected]
    vacancy.unsure = {
        key: why for key, why in (vacancy.unsure or {}).items() if key not in corrected | {checked}
    }
    by_hand = {"by": getattr(by, "pk", None), "at": timezone.now().isoformat()}
    vacancy.corrections = {**(vacancy.corrections or {}), **dict.fromkeys(sorted(corrected), by_hand)}
    vacancy.save()
    if "language_requirements" in changed:
        vacancy.language_requirements.all().delete()
        LanguageRequirement.objects.bulk_create(
            [LanguageRequirement(vacancy=vacancy, **row) for row in changes["language_requirements"]]
        )
    if "competencies" in changed:
        vacancy.competency_requirements.all().delete()
        CompetencyRequirement.objects.bulk_create(
            [
                CompetencyRequirement(vacancy=vacancy, order=i, **row)
                for i, row in enumerate(changes["competencies"])
            ]
        )
    if SCORED_FIELDS.intersection(changed):
        requirements_corrected(vacancy, by=by, what=", ".join(changed))
    return changed


def requirements_corrected(vacancy: Vacancy, *, by, what: str) -> None:
    """A scored field changed (on the review page or in the admin): stored scores are now stale."""
    vacancy.bump_requirements_version()
    if vacancy.status == Vacancy.Status.PUBLISHED:
        _requirements_changed(vacancy, reason=f"corrected by user #{getattr(by, 'pk', None)}: {what}")


@transaction.atomic
def publish_vacancy(vacancy: Vacancy, *, by) -> Vacancy:
    """Open a draft to matching and to applicants."""
    if vacancy.status != Vacancy.Status.DRAFT:
        raise VacancyStateError(
            gettext("Only a draft can be published; this vacancy is %(status)s.")
            % {"status": vacancy.get_status_display().lower()}
        )
    if vacancy.deadline and vacancy.deadline < timezone.localdate():
        # Applicants could not apply and the hourly job would close it again: the recruiter must know now.
        raise VacancyStateError(
            gettext("The deadline, %(deadline)s, has passed: correct it (or remove it) before publishing.")
            % {"deadline": date_format(vacancy.deadline, "j F Y")}
        )
    vacancy.publish()
    _requirements_changed(vacancy, reason=f"published by user #{getattr(by, 'pk', None)}")
    signals.published.send(sender=Vacancy, vacancy=vacancy)
    return vacancy


@transaction.atomic
def close_vacancy(vacancy: Vacancy, *, by) -> Vacancy:
    """Stop a published vacancy taking applications."""
    if vacancy.status != Vacancy.Status.PUBLISHED:
        raise VacancyStateError(
            gettext("Only a published vacancy can be closed; this one is %(status)s.")
            % {"status": vacancy.get_status_display().lower()}
        )
    vacancy.close()
    return vacancy


# Importing notice files (the import_vacancies command and the admin's import page).


@dataclass(frozen=True)
class ImportOutcome:
    filename: str
    vacancy: Vacancy | None = None
    error: str = ""

    def __str__(self) -> str:
        if self.vacancy is None:
            return gettext("error: %(file)s: %(error)s") % {"file": self.filename, "error": self.error}
        return gettext("ok: %(file)s -> vacancy #%(pk)d '%(title)s'") % {
            "file": self.filename,
            "pk": self.vacancy.pk,
            "title": self.vacancy.title,
        }


def create_vacancy_from_file(data: bytes, *, filename: str, created_by=None) -> Vacancy:
    """A draft from a notice file (txt, html, pdf, docx; typed by content). Raises DocumentError or
    NotANoticeError, both ValueErrors with a message fit for the user; nothing is saved then."""
    text = extract_text(
        data, filename=filename, max_bytes=settings.UPLOAD_MAX_BYTES, max_chars=settings.UPLOAD_MAX_TEXT_CHARS
    )
    return create_vacancy_from_text(text, created_by=created_by, source_filename=filename)


def import_notice_files(files: Iterable[tuple[str, bytes]], *, created_by=None) -> list[ImportOutcome]:
    """Each (filename, content) becomes a draft or an error line; one bad file does not stop the rest."""
    outcomes = []
    for filename, data in files:
        try:
            vacancy = create_vacancy_from_file(data, filename=filename, created_by=created_by)
        except ValueError as error:
            outcomes.append(ImportOutcome(filename, error=str(error) or error.__class__.__name__))
        else:
            outcomes.append(ImportOutcome(filename, vacancy=vacancy))
    return outcomes
