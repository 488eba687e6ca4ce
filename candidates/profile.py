"""A candidate's profile as plain, validated Python: what the scorer reads.

Pure: no Django. ``profile_from_import_json`` reads one object of the bulk-import format (one JSON
object per line) and raises ``ProfileError`` naming the broken field, so the import command and the
admin can report "line N: experience[1].end: '2020-13' is not a YYYY-MM month".
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz, utils

from reference.data import DEFAULT_REFERENCE, ROMAN_LEVELS, ReferenceData
from reference.scales import EDUCATION_LEVELS, STANAG_TO_NATO_APPROX
from reference.stanag import StanagProfile

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Below this similarity a competency text is not taken to describe any rung of the ladder.
RUNG_CUTOFF = 60.0
# Rungs scoring at least this are all "named" by a text joining two rungs; the highest one counts.
JOINED_RUNG_SCORE = 90.0
# A competency's evidence is a sentence or two of what the person did, not a story.
EVIDENCE_MAX_LENGTH = 1000


class ProfileError(ValueError):
    """A candidate profile that cannot be read; the message names the field."""


@dataclass(frozen=True, order=True, slots=True)
class YearMonth:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        match = _MONTH.match(text)
        if not match or not 1 <= int(match[2]) <= 12:
            raise ValueError(f"{text!r} is not a YYYY-MM month")
        return cls(int(match[1]), int(match[2]))

    @classmethod
    def of(cls, day: date) -> YearMonth:
        return cls(day.year, day.month)

    @property
    def index(self) -> int:
        """Months since year 0, so that consecutive months differ by one."""
        return self.year * 12 + self.month - 1

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class Education:
    level: str
    field: str = ""
    institution: str = ""
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Experience:
    title: str
    start: YearMonth
    end: YearMonth | None = None  # None: the current post
    organisation: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class LanguageSkill:
    language: str
    level: int  # 1..6 for NATO levels I..VI
    stanag: StanagProfile | None = None

    @property
    def roman(self) -> str:
        return ROMAN_LEVELS[self.level - 1]


@dataclass(frozen=True, slots=True)
class CompetencyClaim:
    name: str  # canonical where the ladder is known
    rung: int
    level_text: str = ""
    evidence: str = ""  # what the person did that shows it (matching.claims decides whether it does)


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    id: str
    name: str = ""
    email: str = ""
    nationality: str = ""  # canonical member-nation name, or as written
    education: tuple[Education, ...] = ()
    military_staff_college: bool = False
    experience: tuple[Experience, ...] = ()
    languages: tuple[LanguageSkill, ...] = ()
    competencies: tuple[CompetencyClaim, ...] = ()
    skills: tuple[str, ...] = ()
    summary: str = ""


def experience_months(entries: Iterable[Experience], as_of: date) -> int:
    """Distinct months covered by the entries, up to and including the as-of month.

    Each entry covers its start month to its end month inclusive (an open end: up to the as-of
    month); a month covered twice counts once; months after the as-of month count nothing.

    >>> a = Experience("Analyst", YearMonth(2020, 1), YearMonth(2020, 12))  # 12 months
    >>> b = Experience("Adviser", YearMonth(2020, 7), None)  # overlaps a from July 2020
    >>> experience_months([a, b], date(2021, 3, 15))  # Jan 2020 .. Mar 2021
    15
    """
    return months_covered(experience_spans(entries), YearMonth.of(as_of).index)


def experience_spans(entries: Iterable[Experience]) -> tuple[tuple[int, int | None], ...]:
    """(start, end) month indices sorted by start; end None for a current post. Reusable per as-of."""
    return tuple(sorted([(e.start.index, e.end.index if e.end else None) for e in entries], key=_start))


_start = operator.itemgetter(0)


def months_covered(spans: Sequence[tuple[int, int | None]], last: int) -> int:
    """Distinct months covered by sorted spans up to month index ``last`` (see experience_months)."""
    total, covered_to = 0, -1
    for start, end in spans:
        if start > last:
            break
        end = last if end is None or end > last else end
        if start <= covered_to:
            start = covered_to + 1
        if end >= start:
            total += end - start + 1
            covered_to = end
    return total


def resolve_rung(ladder: Sequence[str], text: str) -> int | None:
    """The rung (1-based) of a ladder that a behavioural text describes, by rapidfuzz similarity.

    A text joining two rungs ("Creates own measures of excellence and improves performance") names
    both; the higher one counts. None when no rung is similar enough.
    """
    query = utils.default_process(text)
    if not query:
        return None
    rungs = [utils.default_process(rung) for rung in ladder]
    if query in rungs:
        return rungs.index(query) + 1  # a rung's own words ("Checks own work" is not "... and others' work")
    scores = [fuzz.token_set_ratio(query, rung) for rung in rungs]
    best = max(scores, default=0.0)
    if best < RUNG_CUTOFF:
        return None
    if best >= JOINED_RUNG_SCORE:
        return max(i for i, s in enumerate(scores) if s >= JOINED_RUNG_SCORE) + 1
    return scores.index(best) + 1


# Reading the import format


def _text(obj: dict, key: str, where: str, *, required: bool = False) -> str:
    value = obj.get(key)
    if value is None:
        if required:
            raise ProfileError(f"{where}{key}: missing")
        return ""
    if not isinstance(value, str):
        raise ProfileError(f"{where}{key}: {value!r} is not text")
    if required and not value.strip():
        raise ProfileError(f"{where}{key}: empty")
    return value.strip()


def _list(obj: dict, key: str) -> list:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ProfileError(f"{key}: {value!r} is not a list")
    return value


def _entries(obj: dict, key: str) -> Iterable[tuple[str, dict]]:
    for i, entry in enumerate(_list(obj, key)):
        where = f"{key}[{i}]"
        if not isinstance(entry, dict):
            raise ProfileError(f"{where}: {entry!r} is not an object")
        yield where, entry


def _education(where: str, entry: dict) -> Education:
    level = entry.get("level")
    if level not in EDUCATION_LEVELS:
        raise ProfileError(f"{where}.level: {level!r} is not one of {', '.join(EDUCATION_LEVELS)}")
    year = entry.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100):
        raise ProfileError(f"{where}.year: {year!r} is not a year")
    return Education(
        level=level,
        field=_text(entry, "field", f"{where}."),
        institution=_text(entry, "institution", f"{where}."),
        year=year,
    )


def _month(entry: dict, key: str, where: str) -> YearMonth:
    value = entry.get(key)
    if not isinstance(value, str):
        raise ProfileError(f"{where}.{key}: {value!r} is not a YYYY-MM month")
    try:
        return YearMonth.parse(value)
    except ValueError as error:
        raise ProfileError(f"{where}.{key}: {error}") from None


def _experience(where: str, entry: dict) -> Experience:
    start = _month(entry, "start", where)
    end = None if entry.get("end") is None else _month(entry, "end", where)
    if end is not None and end < start:
        raise ProfileError(f"{where}: end {end} is before start {start}")
    return Experience(
        title=_text(entry, "title", f"{where}.", required=True),
        organisation=_text(entry, "organisation", f"{where}."),
        start=start,
        end=end,
        description=_text(entry, "description", f"{where}."),
    )


def _language(where: str, entry: dict) -> LanguageSkill:
    language = _text(entry, "language", f"{where}.", required=True)
    level = entry.get("level")
    stanag = None
    if entry.get("stanag") not in (None, ""):
        try:
            stanag = StanagProfile.parse(str(entry["stanag"]))
        except ValueError as error:
            raise ProfileError(f"{where}.stanag: {error}") from None
    if level in (None, "") and stanag is not None:
        level = implied_level(stanag)
    if level not in ROMAN_LEVELS:
        raise ProfileError(f"{where}.level: {level!r} is not one of I..VI")
    return LanguageSkill(
        language=" ".join(language.split()).title(), level=ROMAN_LEVELS.index(level) + 1, stanag=stanag
    )


def implied_level(slp: StanagProfile) -> str:
    """The NATO level an SLP alone implies by the approximate bridge, read from its weakest skill (at least I).

    >>> implied_level(StanagProfile.parse("3333")), implied_level(StanagProfile.parse("4443")), implied_level(StanagProfile.parse("4444"))
    ('IV', 'IV', 'V')
    """
    return STANAG_TO_NATO_APPROX[int(min(slp.skills))] or ROMAN_LEVELS[0]


def _competency(where: str, entry: dict, reference: ReferenceData) -> CompetencyClaim:
    written = _text(entry, "name", f"{where}.", required=True)
    name = reference.canonical_competency(written)
    ladder = reference.competency_ladders.get(name) if name else None
    rung = entry.get("rung")
    level_text = _text(entry, "level_text", f"{where}.")
    if rung is None:
        if not level_text:
            raise ProfileError(f"{where}: needs a rung or a level_text")
        if ladder is None:
            raise ProfileError(
                f"{where}.name: {written!r} is not a known competency, so level_text cannot be read"
            )
        rung = resolve_rung(ladder, level_text)
        if rung is None:
            raise ProfileError(f"{where}.level_text: {level_text!r} matches no rung of {name}")
    elif isinstance(rung, bool) or not isinstance(rung, int) or rung < 1:
        raise ProfileError(f"{where}.rung: {rung!r} is not a rung number (1 or more)")
    elif ladder is not None and rung > len(ladder):
        raise ProfileError(f"{where}.rung: {rung} is above the top rung of {name} ({len(ladder)})")
    evidence = _text(entry, "evidence", f"{where}.")
    if len(evidence) > EVIDENCE_MAX_LENGTH:
        raise ProfileError(f"{where}.evidence: longer than {EVIDENCE_MAX_LENGTH} characters")
    return CompetencyClaim(name=name or written, rung=rung, level_text=level_text, evidence=evidence)


def profile_from_import_json(obj: Any, reference: ReferenceData = DEFAULT_REFERENCE) -> CandidateProfile:
    """Validate one bulk-import object and return the profile; ``ProfileError`` names the field.

    >>> profile_from_import_json({"id": "c1", "nationality": "turkey"}).nationality
    'Türkiye'
    """
    if not isinstance(obj, dict):
        raise ProfileError(f"the line is not a JSON object but {type(obj).__name__}")
    raw_id = obj.get("id")
    if raw_id is None:
        raise ProfileError("id: missing")  # as "name: missing" says it, not "None is not an identifier"
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or not str(raw_id).strip():
        raise ProfileError(f"id: {raw_id!r} is not an identifier")
    nationality = _text(obj, "nationality", "")
    staff_college = obj.get("military_staff_college", False)
    if not isinstance(staff_college, bool):
        raise ProfileError(f"military_staff_college: {staff_college!r} is not true or false")
    skills = _list(obj, "skills")
    for i, skill in enumerate(skills):
        if not isinstance(skill, str):
            raise ProfileError(f"skills[{i}]: {skill!r} is not text")
    languages = [_language(where, entry) for where, entry in _entries(obj, "languages")]
    seen: dict[str, int] = {}
    for i, skill in enumerate(languages):
        if skill.language.casefold() in seen:
            raise ProfileError(f"languages[{i}]: {skill.language} is listed twice")
        seen[skill.language.casefold()] = i
    return CandidateProfile(
        id=str(raw_id).strip(),
        name=_text(obj, "name", ""),
        email=_text(obj, "email", ""),
        nationality=(reference.canonical_nation(nationality) or nationality) if nationality else "",
        education=tuple(_education(where, entry) for where, entry in _entries(obj, "education")),
        military_staff_college=staff_college,
        experience=tuple(_experience(where, entry) for where, entry in _entries(obj, "experience")),
        languages=tuple(languages),
        competencies=tuple(
            _competency(where, entry, reference) for where, entry in _entries(obj, "competencies")
        ),
        skills=tuple(s.strip() for s in skills if s.strip()),
        summary=_text(obj, "summary", ""),
    )
