"""Workflows on an applicant's own profile: first visit, every change, consent, completeness, CV entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from reference.data import OFFICIAL_LANGUAGES
from reference.languages import displayed_language, language_key, stored_language
from reference.loading import current_reference
from reference.nations import stored_nationality

from . import signals
from .models import Candidate, CompetencyAssessment, Education, Experience, LanguageSkill
from .profile import Experience as ExperienceSpan
from .profile import YearMonth, experience_months

# The privacy notice an applicant consents to (sign-up and the consent switch record this version); 2026-12:
# consent to matching became optional, an application being its own ground (issue 17, point 7).
PRIVACY_NOTICE_VERSION = "2026-12"


def candidate_for_applicant(user) -> Candidate:
    """The applicant's own candidate row, created (named after the user) on the first visit."""
    candidate, _ = Candidate.objects.get_or_create(
        user=user, defaults={"name": user.get_full_name(), "email": user.email}
    )
    return candidate


def profile_changed(candidate: Candidate) -> None:
    """Every change to a profile comes through here: stored scores compare this version to know they are
    stale, and the candidate is rescored against every open vacancy once the change is committed (or,
    without consent, their scores are dropped: matching.rescoring decides)."""
    candidate.bump_profile_version()
    signals.profile_changed.send(sender=Candidate, candidate=candidate)


def set_consent(candidate: Candidate, *, given: bool) -> None:
    if given and candidate.consent_at is None:
        candidate.consent_at, candidate.consent_version = timezone.now(), PRIVACY_NOTICE_VERSION
    elif not given:
        candidate.consent_at, candidate.consent_version = None, ""
    else:
        return
    candidate.save(update_fields=["consent_at", "consent_version", "updated_at"])
    profile_changed(candidate)


@dataclass(frozen=True)
class Completeness:
    todo: tuple[tuple[str, str], ...]  # (what is missing, the profile section to fill it in)
    total: int

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.todo)

    @property
    def percent(self) -> int:
        return round(100 * (self.total - len(self.missing)) / self.total)

    @property
    def complete(self) -> bool:
        return not self.missing


def profile_completeness(candidate: Candidate) -> Completeness:
    """What is still missing before the matcher can judge the profile fairly."""
    levels = set(candidate.languages.values_list("language", flat=True))
    checks = [
        (gettext("your nationality"), "personal", bool(candidate.nationality)),
        (gettext("at least one education entry"), "education", candidate.education.exists()),
        (gettext("at least one experience entry"), "experience", candidate.experience.exists()),
        *[
            (
                gettext("your %(language)s level") % {"language": displayed_language(lang)},
                "languages",
                language_key(lang) in levels,
            )
            for lang in OFFICIAL_LANGUAGES
        ],
        (gettext("at least one competency"), "competencies", candidate.competencies.exists()),
        (gettext("your skills"), "personal", bool(candidate.skills)),
    ]
    return Completeness(
        todo=tuple((label, anchor) for label, anchor, done in checks if not done), total=len(checks)
    )


def total_experience_months(candidate: Candidate, *, as_of: date) -> int:
    spans = [
        ExperienceSpan(x.title, YearMonth.of(x.start), YearMonth.of(x.end) if x.end else None)
        for x in candidate.experience.all()
    ]
    return experience_months(spans, as_of)


@dataclass
class CvChoices:
    """The entries an applicant kept from a CV proposal, already validated (cleaned form data)."""

    education: list[dict]
    experience: list[dict]
    languages: list[dict]
    skills: list[str]
    nationality: str = ""
    military_staff_college: bool = False
    competencies: list[dict] = field(default_factory=list)  # name, rung, evidence


def find_post(candidate: Candidate, *, title: str, start) -> Experience | None:
    """The candidate's post with this title (any case) starting in this month (a date or "YYYY-MM")."""
    if isinstance(start, str):
        year, _, month = start.partition("-")
        if not (year.isdigit() and month[:2].isdigit()):
            return None
        start = date(int(year), int(month[:2]), 1)
    return candidate.experience.filter(
        title__iexact=" ".join(title.split()), start__year=start.year, start__month=start.month
    ).first()


@transaction.atomic
def add_cv_entries(candidate: Candidate, *, choices: CvChoices) -> int:
    """Add the kept entries in one go (all or none); an existing language, competency or post (same title
    and start month) is updated rather than duplicated, an identical education entry skipped. Returns the
    rows written."""
    written = 0
    for entry in choices.education:
        _, created = Education.objects.get_or_create(candidate=candidate, **entry)
        written += created
    for entry in choices.experience:
        post = find_post(candidate, title=entry["title"], start=entry["start"])
        if post is None:
            Experience.objects.create(candidate=candidate, **entry)
        else:
            Experience.objects.filter(pk=post.pk).update(**entry)
        written += 1
    existing = {lang.language: lang for lang in candidate.languages.all()}
    for entry in choices.languages:
        row = existing.get(stored_language(entry["language"]))
        if row is None:
            LanguageSkill.objects.create(candidate=candidate, **entry)
        else:
            row.level = entry["level"]
            row.save(update_fields=["level"])
        written += 1
    for entry in choices.competencies:
        CompetencyAssessment.objects.update_or_create(
            candidate=candidate,
            name=entry["name"],
            defaults={"rung": entry["rung"], "evidence": entry["evidence"]},
        )
        written += 1
    new_skills = [s for s in choices.skills if s.casefold() not in {k.casefold() for k in candidate.skills}]
    candidate.skills = [*candidate.skills, *new_skills]
    candidate.nationality = stored_nationality(choices.nationality) or candidate.nationality
    candidate.military_staff_college = candidate.military_staff_college or choices.military_staff_college
    candidate.save(update_fields=["skills", "nationality", "military_staff_college", "updated_at"])
    profile_changed(candidate)
    return written + len(new_skills)


def propose_from_cv(upload) -> dict:
    """Read an uploaded CV in memory and propose profile entries (JSON, for the session).

    The file itself is never stored. Raises ``DocumentError`` (a ValueError with a message for the
    applicant) for a file that is not a readable PDF, DOCX or text file.
    """
    # Imported here: the CV reader (its document libraries, its patterns) is a third of what every manage.py
    # command imports when Django starts (the admin imports this module), and only an upload reads a CV.
    # A web process has it already (config.wsgi warms it up).
    from .cv import read_cv

    proposal = read_cv(
        upload.read(),
        filename=upload.name,
        reference=current_reference(),
        max_bytes=settings.UPLOAD_MAX_BYTES,
        max_chars=settings.UPLOAD_MAX_TEXT_CHARS,
    )
    return proposal.to_json()
