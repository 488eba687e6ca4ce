"""A CV saved as structured data (a JSON Resume file, a Europass XML CV) read by its schema's fields, not by
the layout reader: its text, read as lines, runs one record's fields into another's.

Each schema's fields become the values the layout reader's own rules read (a degree's name, a language's
level, a list of skills, a date), so that a CEFR level, a degree or a nation is read by one rule whatever
the CV's form. A text that is not such a document, or holds none of its schema's sections, gives None: the
layout reader reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reference.data import ReferenceData

from .dates import month_of
from .education import attended_staff_college, degree_in, education
from .languages import languages
from .nationality import nationality_in
from .proposal import CvProposal, ProposedEducation, ProposedExperience, ProposedLanguage
from .skills import skills, summary


def structured_profile(text: str, reference: ReferenceData) -> CvProposal | None:
    """The proposal for a JSON Resume or Europass XML document or an HR system's key=value export; None for
    any other text."""
    from . import europass_xml, json_resume, key_values

    start = text.lstrip("\ufeff \t\n")[:1]
    if start == "{":
        return json_resume.profile(text, reference)
    if start == "<":
        return europass_xml.profile(text, reference)
    return key_values.profile(text, reference)


def month(value: str | None, *, end: bool) -> str | None:
    """YYYY-MM of a schema's date ("2019-10-01", "2019-10", "2019"); None when it holds no date."""
    return month_of(value.strip(), end=end) if value and value.strip() else None


def post(title: str, organisation: str, start: str | None, end: str | None, description: str):
    """A post with a start (a post without one is left out, as the layout reader leaves it); ``end`` None:
    the current post."""
    if not start or not (title or organisation):
        return None
    return ProposedExperience(
        " ".join(title.split()), " ".join(organisation.split()), start, end, description
    )


def degree(
    name: str, field: str, institution: str, year: int | None, *, level: str | None = None
) -> ProposedEducation | None:
    """An entry of education: the level named in the degree's name (or the schema's own ``level``), the
    field given or else read from the degree's name ("Master's degree in Physics"); a bracket that ends
    the name is the degree as awarded in its own language, its field read there only when the name gives
    none ("Bachelor's degree in Law (diplomirani pravnik (UN))")."""
    translated = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$", "", name)
    read = [entry for text in (translated, name) if text for entry in education([text]) if entry.field][:1]
    named = degree_in(name) if name else None
    level = (named[0] if named else None) or level
    if not level:
        return None
    field = " ".join(field.split()) or (read[0].field if read else "")
    return ProposedEducation(level, field, " ".join(institution.split()), year)


def year_of(value: str | None) -> int | None:
    found = re.match(r"\s*(\d{4})\b", value or "")
    return int(found[1]) if found else None


def spoken(stated: Iterable[tuple[str, str]], reference: ReferenceData) -> tuple[ProposedLanguage, ...]:
    """Languages from (name, level as written) pairs, read by the layout reader's rule for a line of the
    languages section ("English: C1 (CEFR)" -> V)."""
    lines = [f"{name}: {level}".strip(" :") for name, level in stated if name]
    return languages(lines, lines, reference)


def listed(items: Iterable[str]) -> tuple[str, ...]:
    """Skills given one per item, or as a list in one text, read by the layout reader's rule for a list."""
    return skills([item for item in items if item and item.strip()])


def proposal(
    *,
    name: str,
    email: str,
    phone: str,
    nationality_lines: list[str],
    education_entries: Iterable[ProposedEducation | None],
    education_lines: list[str],
    posts: Iterable[ProposedExperience | None],
    spoken_languages: tuple[ProposedLanguage, ...],
    skill_items: tuple[str, ...],
    about: str,
    reference: ReferenceData,
) -> CvProposal:
    return CvProposal(
        name=" ".join(name.split()) or None,
        email=email.strip() or None,
        phone=" ".join(phone.split()) or None,
        nationality=nationality_in([line for line in nationality_lines if line], reference),
        education=tuple(entry for entry in education_entries if entry),
        military_staff_college=attended_staff_college([line for line in education_lines if line]),
        experience=tuple(entry for entry in posts if entry),
        languages=spoken_languages,
        skills=skill_items,
        summary=summary([line for line in about.splitlines() if line.strip()]) if about.strip() else None,
    )
