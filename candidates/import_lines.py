"""Reading bulk-import lines fast: typed decoding, for commands that read many thousands (``rank``).

``read_line(line)`` returns what ``profile_from_import_json(json.loads(line))`` returns, and raises what
it raises (``json.JSONDecodeError`` or ``ProfileError`` with the same message), several times faster:
the line is decoded straight into typed structures by msgspec, and the look-ups (canonical nations and
competencies, months, rungs of a ladder) are cached. Anything out of the ordinary, a value of another
type, a field that does not validate, JSON that msgspec refuses, goes to the careful path of
``candidates.profile``, so that the rules and the messages stay in one place;
``tests/candidates/test_import_lines.py`` checks both paths give the same on varied lines.

Pure: no Django.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from functools import lru_cache

import msgspec

from reference.data import DEFAULT_REFERENCE, ROMAN_LEVELS, ReferenceData
from reference.scales import EDUCATION_LEVELS
from reference.stanag import StanagProfile

from .profile import (
    EVIDENCE_MAX_LENGTH,
    CandidateProfile,
    CompetencyClaim,
    Education,
    Experience,
    LanguageSkill,
    YearMonth,
    implied_level,
    profile_from_import_json,
    resolve_rung,
)

# The import format as types. A null is allowed where the careful path takes null as "not given";
# anything else that does not fit (a number for a text, true for a year) fails and takes the careful path.
# An entry is frozen, so hashable: the same entry written again (a language and level, a degree, a rung of a
# competency; not a post: its dates make most posts their own) is read once (``ENTRIES_KEPT``): its frozen dataclass costs more to make than to find.


class _Education(msgspec.Struct, frozen=True):
    level: str
    field: str | None = None
    institution: str | None = None
    year: int | None = None


class _Experience(msgspec.Struct, frozen=True):
    title: str
    start: str
    end: str | None = None
    organisation: str | None = None
    description: str | None = None


class _Language(msgspec.Struct, frozen=True):
    language: str
    level: str | None = None
    stanag: str | None = None


class _Competency(msgspec.Struct, frozen=True):
    name: str
    rung: int | None = None
    level_text: str | None = None
    evidence: str | None = None


class _Line(msgspec.Struct):
    id: str | int
    name: str | None = None
    email: str | None = None
    nationality: str | None = None
    education: list[_Education] | None = None
    military_staff_college: bool = False
    experience: list[_Experience] | None = None
    languages: list[_Language] | None = None
    competencies: list[_Competency] | None = None
    skills: list[str] | None = None
    summary: str | None = None


_decode = msgspec.json.Decoder(_Line).decode
ENTRIES_KEPT = 10_000


class _Unusual(Exception):
    """The line needs the careful path (which says what is wrong with it, if anything)."""


def read_line(line: str | bytes, reference: ReferenceData = DEFAULT_REFERENCE) -> CandidateProfile:
    """One bulk-import line as a profile: ``profile_from_import_json(json.loads(line), reference)``, faster."""
    try:
        return _profile(_decode(line), reference)
    except (msgspec.DecodeError, _Unusual, ValueError, TypeError):
        return profile_from_import_json(json.loads(line), reference)


def _profile(line: _Line, reference: ReferenceData) -> CandidateProfile:
    identifier = str(line.id).strip()
    if not identifier:
        raise _Unusual
    lookups = _lookups(reference)
    nationality = line.nationality.strip() if line.nationality else ""
    languages = tuple([_language(entry) for entry in line.languages or ()])
    if len({skill.language.casefold() for skill in languages}) != len(languages):
        raise _Unusual  # a language listed twice
    skills = line.skills or ()
    return CandidateProfile(
        id=identifier,
        name=line.name.strip() if line.name else "",
        email=line.email.strip() if line.email else "",
        nationality=(lookups.nation(nationality) or nationality) if nationality else "",
        education=tuple([_education(entry) for entry in line.education or ()]),
        military_staff_college=line.military_staff_college,
        experience=tuple([_experience(entry) for entry in line.experience or ()]),
        languages=languages,
        competencies=tuple([_competency(entry, lookups) for entry in line.competencies or ()]),
        skills=tuple([s.strip() for s in skills if s.strip()]),
        summary=line.summary.strip() if line.summary else "",
    )


@lru_cache(maxsize=ENTRIES_KEPT)
def _education(entry: _Education) -> Education:
    year = entry.year
    if entry.level not in EDUCATION_LEVELS or (year is not None and not 1900 <= year <= 2100):
        raise _Unusual
    return Education(
        level=entry.level,
        field=entry.field.strip() if entry.field else "",
        institution=entry.institution.strip() if entry.institution else "",
        year=year,
    )


def _experience(entry: _Experience) -> Experience:
    start = _month(entry.start)
    end = None if entry.end is None else _month(entry.end)
    title = entry.title.strip()
    if (end is not None and end < start) or not title:
        raise _Unusual
    return Experience(
        title=title,
        organisation=entry.organisation.strip() if entry.organisation else "",
        start=start,
        end=end,
        description=entry.description.strip() if entry.description else "",
    )


@lru_cache(maxsize=4096)
def _month(text: str) -> YearMonth:
    return YearMonth.parse(text)  # ValueError: the careful path names the field


@lru_cache(maxsize=ENTRIES_KEPT)
def _language(entry: _Language) -> LanguageSkill:
    language = entry.language.strip()
    if not language:
        raise _Unusual
    level, stanag = entry.level, None
    if entry.stanag:  # neither null nor ""
        stanag = StanagProfile.parse(entry.stanag)  # ValueError: the careful path names the field
    if not level and stanag is not None:
        level = implied_level(stanag)
    if level not in ROMAN_LEVELS:
        raise _Unusual
    return LanguageSkill(
        language=_language_name(language), level=ROMAN_LEVELS.index(level) + 1, stanag=stanag
    )


@lru_cache(maxsize=1024)
def _language_name(language: str) -> str:
    return " ".join(language.split()).title()


@lru_cache(maxsize=ENTRIES_KEPT)
def _competency(entry: _Competency, lookups: _Lookups) -> CompetencyClaim:
    written = entry.name.strip()
    if not written:
        raise _Unusual
    name = lookups.competency(written)
    ladder = lookups.ladders.get(name) if name else None
    rung = entry.rung
    level_text = entry.level_text.strip() if entry.level_text else ""
    if rung is None:
        if not level_text or ladder is None:
            raise _Unusual
        rung = _rung(ladder, level_text)
        if rung is None:
            raise _Unusual
    elif rung < 1 or (ladder is not None and rung > len(ladder)):
        raise _Unusual
    evidence = entry.evidence.strip() if entry.evidence else ""
    if len(evidence) > EVIDENCE_MAX_LENGTH:
        raise _Unusual
    return CompetencyClaim(name=name or written, rung=rung, level_text=level_text, evidence=evidence)


@lru_cache(maxsize=4096)
def _rung(ladder: tuple[str, ...], text: str) -> int | None:
    return resolve_rung(ladder, text)


class _Lookups:
    """A reference's canonical nations and competencies, remembered by the name as written."""

    def __init__(self, reference: ReferenceData) -> None:
        self.reference = reference
        self.ladders = {name: tuple(rungs) for name, rungs in reference.competency_ladders.items()}
        self._nations: dict[str, str | None] = {}
        self._competencies: dict[str, str | None] = {}

    def nation(self, name: str) -> str | None:
        if name not in self._nations:
            if len(self._nations) > 10_000:
                self._nations.clear()
            self._nations[name] = self.reference.canonical_nation(name)
        return self._nations[name]

    def competency(self, name: str) -> str | None:
        if name not in self._competencies:
            if len(self._competencies) > 10_000:
                self._competencies.clear()
            self._competencies[name] = self.reference.canonical_competency(name)
        return self._competencies[name]


# By the reference object itself (held, so that its id is not reused), for the last few references.
_LOOKUPS: OrderedDict[int, _Lookups] = OrderedDict()


def _lookups(reference: ReferenceData) -> _Lookups:
    found = _LOOKUPS.get(id(reference))
    if found is None or found.reference is not reference:
        found = _LOOKUPS[id(reference)] = _Lookups(reference)
        while len(_LOOKUPS) > 4:
            _LOOKUPS.popitem(last=False)
    return found
