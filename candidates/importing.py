"""Bulk import of candidates from JSON Lines (one profile per line, the format of ``profile_json``).

Idempotent: a candidate is keyed on its ``id`` (``Candidate.external_id``), so importing the same file
twice updates and never duplicates. Each batch of about 1,000 lines is one transaction: the candidates
are upserted with one ``bulk_create(update_conflicts=True)`` and their rows (education, experience,
languages, competencies) replaced with one delete and one ``bulk_create`` per table.

- A candidate whose profile is unchanged is left alone: same rows, same ``profile_version``, so its
  scores stay fresh. A changed one gets its rows replaced and its version bumped.
- Imported candidates are consented with ``consent_version="import"`` at the time of their first import:
  the organisation that supplies the file vouches for the people's consent to be matched.
- A line that cannot be read is reported with its number and the reason; every other line is imported.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from reference.data import ReferenceData
from reference.languages import stored_language
from reference.loading import current_reference
from reference.nations import stored_nationality

from .models import Candidate, CompetencyAssessment, Education, Experience, LanguageSkill
from .profile import CandidateProfile, ProfileError, YearMonth, profile_from_import_json

BATCH_SIZE = 1000
IMPORT_CONSENT_VERSION = "import"
CANDIDATE_FIELDS = ["name", "email", "nationality", "military_staff_college", "skills", "summary"]
# Column widths of the models, so that a too-long value fails its own line, not its whole batch.
MAX_LENGTHS = {"id": 100, "name": 200, "email": 254, "nationality": 100}
ROW_MAX_LENGTHS = {
    "education": {"field": 200, "institution": 200},
    "experience": {"title": 200, "organisation": 200},
    "languages": {"language": 60},
    "competencies": {"name": 100},
}


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0  # re-imported ids, changed or not
    unchanged: int = 0  # of the updated, those whose profile was already the same
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)
    changed_ids: list[int] = field(default_factory=list)  # candidates created or changed: to be rescored

    def add(self, other: ImportReport) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.errors.extend(other.errors)
        self.changed_ids.extend(other.changed_ids)

    def summary(self) -> str:
        return gettext("imported %(created)d new, updated %(updated)d, %(errors)d lines with errors") % {
            "created": self.created,
            "updated": self.updated,
            "errors": len(self.errors),
        }


def import_jsonl(lines: Iterable[str], reference: ReferenceData | None = None) -> ImportReport:
    """Import one profile per line; blank lines are skipped, broken ones reported by their number.

    ``['{"id": "c1", "name": "Ann"}', "", "{oops"]`` creates c1 and reports
    ``(3, "not valid JSON: Expecting property name enclosed in double quotes (column 2)")``.
    """
    reference = reference or current_reference()
    report = ImportReport()
    for batch in _batches(_read(lines, reference, report)):
        report.add(_import_batch(batch))
    report.errors.sort()
    return report


def import_profiles(
    profiles: Iterable[CandidateProfile | dict], reference: ReferenceData | None = None
) -> ImportReport:
    """Import profiles given as ``CandidateProfile`` or as import-format dicts (numbered from 1 in errors)."""
    reference = reference or current_reference()
    report = ImportReport()
    entries: list[tuple[int, CandidateProfile]] = []
    for number, profile in enumerate(profiles, 1):
        try:
            if not isinstance(profile, CandidateProfile):
                profile = profile_from_import_json(profile, reference)
            _check_fits(profile)
        except ProfileError as error:
            report.errors.append((number, str(error)))
        else:
            entries.append((number, profile))
    for batch in _batches(iter(entries)):
        report.add(_import_batch(batch))
    report.errors.sort()
    return report


def _read(
    lines: Iterable[str], reference: ReferenceData, report: ImportReport
) -> Iterator[tuple[int, CandidateProfile]]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            profile = profile_from_import_json(json.loads(line), reference)
            _check_fits(profile)
        except json.JSONDecodeError as error:
            report.errors.append((number, f"not valid JSON: {error.msg} (column {error.colno})"))
        except ProfileError as error:
            report.errors.append((number, str(error)))
        else:
            yield number, profile


def _check_fits(profile: CandidateProfile) -> None:
    """What the database would refuse for this profile alone: overlong text, a competency given twice."""
    if not profile.name:
        raise ProfileError("name: missing")
    for key, limit in MAX_LENGTHS.items():
        if len(getattr(profile, key)) > limit:
            raise ProfileError(f"{key}: longer than {limit} characters")
    for section, limits in ROW_MAX_LENGTHS.items():
        for i, entry in enumerate(getattr(profile, section)):
            for key, limit in limits.items():
                if len(getattr(entry, key)) > limit:
                    raise ProfileError(f"{section}[{i}].{key}: longer than {limit} characters")
    seen: set[str] = set()
    for i, claim in enumerate(profile.competencies):
        if claim.name in seen:
            raise ProfileError(f"competencies[{i}]: {claim.name} is listed twice")
        if claim.rung > 32767:
            raise ProfileError(f"competencies[{i}].rung: {claim.rung} is not a rung number")
        seen.add(claim.name)


def _batches(entries: Iterator[tuple[int, CandidateProfile]]) -> Iterator[list[tuple[int, CandidateProfile]]]:
    """Batches of BATCH_SIZE; an id seen again starts a new batch, so that its later line updates the earlier."""
    batch: list[tuple[int, CandidateProfile]] = []
    ids: set[str] = set()
    for number, profile in entries:
        if len(batch) >= BATCH_SIZE or profile.id in ids:
            yield batch
            batch, ids = [], set()
        batch.append((number, profile))
        ids.add(profile.id)
    if batch:
        yield batch


def _import_batch(batch: list[tuple[int, CandidateProfile]]) -> ImportReport:
    try:
        with transaction.atomic():
            return _write_batch([profile for _, profile in batch])
    except DatabaseError:
        if len(batch) == 1:
            number, profile = batch[0]
            return ImportReport(errors=[(number, f"the database refused candidate {profile.id!r}")])
        # Find the line the database refuses, one by one, and keep the rest.
        report = ImportReport()
        for entry in batch:
            report.add(_import_batch([entry]))
        return report


def _write_batch(profiles: list[CandidateProfile]) -> ImportReport:
    existing = {
        row["external_id"]: row
        for row in Candidate.objects.filter(external_id__in=[p.id for p in profiles]).values(
            "id", "external_id", "profile_version", *CANDIDATE_FIELDS
        )
    }
    stored = _stored_rows([row["id"] for row in existing.values()])
    now = timezone.now()
    changed: list[tuple[Candidate, CandidateProfile]] = []
    report = ImportReport()
    for profile in profiles:
        old = existing.get(profile.id)
        candidate = Candidate(
            external_id=profile.id,
            name=profile.name,
            email=profile.email,
            nationality=stored_nationality(profile.nationality),
            military_staff_college=profile.military_staff_college,
            skills=list(profile.skills),
            summary=profile.summary,
            consent_at=now,
            consent_version=IMPORT_CONSENT_VERSION,
            profile_version=1,
        )
        if old is None:
            report.created += 1
        else:
            report.updated += 1
            if _signature_of_candidate(candidate) + _signature_of_rows(profile) == _signature_of_candidate(
                old
            ) + stored.get(old["id"], _EMPTY_ROWS):
                report.unchanged += 1
                continue
            candidate.profile_version = old["profile_version"] + 1
        changed.append((candidate, profile))
    if not changed:
        return report
    Candidate.objects.bulk_create(
        [candidate for candidate, _ in changed],
        update_conflicts=True,
        unique_fields=["external_id"],
        # consent_at and consent_version are not updated: consent dates from the first import.
        update_fields=[*CANDIDATE_FIELDS, "profile_version", "updated_at"],
    )
    pks = dict(
        Candidate.objects.filter(external_id__in=[c.external_id for c, _ in changed]).values_list(
            "external_id", "id"
        )
    )
    _replace_rows({pks[profile.id]: profile for _, profile in changed})
    report.changed_ids = [pks[profile.id] for _, profile in changed]
    return report


def _replace_rows(profiles_by_pk: dict[int, CandidateProfile]) -> None:
    pks = list(profiles_by_pk)
    for model in (Education, Experience, LanguageSkill, CompetencyAssessment):
        model.objects.filter(candidate_id__in=pks).delete()
    education, experience, languages, competencies = [], [], [], []
    for pk, p in profiles_by_pk.items():
        education += [
            Education(candidate_id=pk, level=e.level, field=e.field, institution=e.institution, year=e.year)
            for e in p.education
        ]
        experience += [
            Experience(
                candidate_id=pk,
                title=x.title,
                organisation=x.organisation,
                start=_first_day(x.start),
                end=_first_day(x.end) if x.end else None,
                description=x.description,
            )
            for x in p.experience
        ]
        languages += [
            LanguageSkill(
                candidate_id=pk,
                language=stored_language(s.language),
                level=s.roman,
                stanag=str(s.stanag or ""),
            )
            for s in p.languages
        ]
        competencies += [
            CompetencyAssessment(candidate_id=pk, name=c.name, rung=c.rung, evidence=c.evidence)
            for c in p.competencies
        ]
    for model, rows in (
        (Education, education),
        (Experience, experience),
        (LanguageSkill, languages),
        (CompetencyAssessment, competencies),
    ):
        model.objects.bulk_create(rows, batch_size=2000)


def _first_day(month: YearMonth) -> dt.date:
    return dt.date(month.year, month.month, 1)


# Comparing a profile with what is stored, to leave unchanged candidates alone.

_EMPTY_ROWS: tuple = ((), (), (), ())


def _signature_of_candidate(candidate) -> tuple:
    get = candidate.get if isinstance(candidate, dict) else lambda key: getattr(candidate, key)
    return tuple(get(key) for key in CANDIDATE_FIELDS)


def _sorted(rows: Iterable[tuple]) -> tuple:
    return tuple(sorted(rows, key=repr))


def _signature_of_rows(p: CandidateProfile) -> tuple:
    return (
        _sorted((e.level, e.field, e.institution, e.year) for e in p.education),
        _sorted(
            (
                x.title,
                x.organisation,
                _first_day(x.start),
                _first_day(x.end) if x.end else None,
                x.description,
            )
            for x in p.experience
        ),
        _sorted((stored_language(s.language), s.roman, str(s.stanag or "")) for s in p.languages),
        _sorted((c.name, c.rung, c.evidence) for c in p.competencies),
    )


def _stored_rows(pks: list[int]) -> dict[int, tuple]:
    if not pks:
        return {}
    tables = (
        (Education, ("level", "field", "institution", "year")),
        (Experience, ("title", "organisation", "start", "end", "description")),
        (LanguageSkill, ("language", "level", "stanag")),
        (CompetencyAssessment, ("name", "rung", "evidence")),
    )
    found: dict[int, list[list[tuple]]] = {pk: [[], [], [], []] for pk in pks}
    for index, (model, fields) in enumerate(tables):
        for candidate_id, *values in model.objects.filter(candidate_id__in=pks).values_list(
            "candidate_id", *fields
        ):
            found[candidate_id][index].append(tuple(values))
    return {pk: tuple(_sorted(rows) for rows in lists) for pk, lists in found.items()}
