"""A CV exported by an HR system as flat "key=value" lines with dotted keys ("person.name=...",
"experience.1.position=...", "language.2=English|C1"), read by its keys as a JSON Resume is read by its
schema: read as lines of text, each record's fields are rows no layout rule knows.

The keys are gathered into records (a key's first part the section, a number after it the record) and each
record's fields are found by the words HR systems use for them ("position", "title", "role"; "employer",
"company"; "from", "start"; ...). A text is such an export when nearly every line is a "key=value" row and
a few keys are dotted; otherwise None, and the layout reader reads it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reference.data import ReferenceData

from .proposal import CvProposal
from .structured import degree, listed, month, post, proposal, spoken, year_of

_ROW = re.compile(r"^\s*(?P<key>[A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*=\s*(?P<value>.*?)\s*$")
_DOTTED = re.compile(r"^[A-Za-z_][\w-]*\.[\w.-]+$")
_COMMENT = re.compile(r"^\s*(?:#|;|//|!)")
# Share of a text's lines that must be rows, and how many dotted keys make it an export.
MIN_ROW_SHARE = 0.8
MIN_DOTTED_KEYS = 5

_SECTIONS = {
    "person": ("person", "personal", "candidate", "applicant", "basics", "contact", "profile", "identity"),
    "work": ("experience", "work", "employment", "positions", "position", "jobs", "job", "career", "posts"),
    "education": ("education", "studies", "study", "degrees", "degree", "qualifications", "schools"),
    "languages": ("language", "languages", "lang"),
    "skills": ("skills", "skill", "competences", "tools", "it"),
}
_FIELDS = {
    "name": ("name", "fullname", "full_name"),
    "given": ("first_name", "firstname", "given_name", "givenname", "forename"),
    "family": ("last_name", "lastname", "surname", "family_name", "familyname"),
    "email": ("email", "e-mail", "mail"),
    "phone": ("phone", "mobile", "telephone", "tel"),
    "nationality": ("citizenship", "nationality", "citizen"),
    "summary": ("summary", "about", "profile", "objective"),
    "title": ("position", "title", "role", "job_title", "jobtitle", "function", "post"),
    "organisation": ("employer", "company", "organisation", "organization", "org", "unit", "name"),
    "start": ("from", "start", "start_date", "startdate", "begin", "since"),
    "end": ("to", "end", "end_date", "enddate", "until", "till"),
    "description": ("text", "description", "summary", "details", "tasks", "duties", "highlights"),
    "degree": ("degree", "type", "qualification", "studytype", "study_type", "level", "title"),
    "field": ("field", "area", "subject", "major", "programme", "program", "speciality", "specialty"),
    "institution": ("institution", "school", "university", "college", "organisation", "organization"),
    "year": ("year", "graduated", "graduation", "end", "to", "end_date", "enddate", "completed"),
    "language": ("language", "name", "lang"),
    "level": ("level", "fluency", "proficiency", "stanag", "slp", "cefr"),
}


def looks_like_export(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip() and not _COMMENT.match(line)]
    rows = [match for line in lines if (match := _ROW.match(line))]
    dotted = sum(1 for row in rows if _DOTTED.match(row["key"]))
    return bool(lines) and len(rows) >= MIN_ROW_SHARE * len(lines) and dotted >= MIN_DOTTED_KEYS


def _records(text: str) -> dict[str, dict[str, dict[str, str]]]:
    """section -> record (its number, "" for the section's own keys) -> field -> value."""
    found: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for line in text.splitlines():
        if _COMMENT.match(line) or not (match := _ROW.match(line)):
            continue
        parts = match["key"].casefold().split(".")
        section = next((kind for kind, words in _SECTIONS.items() if parts[0] in words), None)
        if section is None:
            continue
        rest = parts[1:]
        record = rest.pop(0) if rest and rest[0].isdigit() else ""
        found[section][record][".".join(rest) or "value"] = match["value"]
    return found


def _field(record: dict[str, str], field: str) -> str:
    return next((record[key] for key in _FIELDS[field] if record.get(key)), "")


def _numbered(records: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    return [records[key] for key in sorted((k for k in records if k), key=int)]


def _language(record: dict[str, str]) -> tuple[str, str]:
    """(name, level as written): "English|C1" in one value, or the record's own fields."""
    if "value" in record:
        parts = re.split(r"\s*[|;:]\s*", record["value"], maxsplit=1)
        name, level = parts[0], parts[1] if len(parts) > 1 else ""
        return name, level
    return _field(record, "language"), _field(record, "level")


def profile(text: str, reference: ReferenceData) -> CvProposal | None:
    """The proposal for a key=value export; None for text that is not one."""
    if not looks_like_export(text):
        return None
    records = _records(text)
    person = records["person"].get("", {})
    name = _field(person, "name") or " ".join(
        filter(None, (_field(person, "given"), _field(person, "family")))
    )
    schools = _numbered(records["education"])
    skill_values = [value for record in records["skills"].values() for value in record.values()]
    return proposal(
        name=name,
        email=_field(person, "email"),
        phone=_field(person, "phone"),
        nationality_lines=[f"Nationality: {value}" for value in [_field(person, "nationality")] if value],
        education_entries=[
            degree(
                _field(school, "degree"),
                _field(school, "field"),
                _field(school, "institution"),
                year_of(_field(school, "year")),
            )
            for school in schools
        ],
        education_lines=[
            ", ".join(filter(None, (_field(school, key) for key in ("degree", "field", "institution"))))
            for school in schools
        ],
        posts=[
            post(
                _field(work, "title"),
                _field(work, "organisation"),
                month(_field(work, "start"), end=False),
                month(_field(work, "end"), end=True),
                _field(work, "description"),
            )
            for work in _numbered(records["work"])
        ],
        spoken_languages=spoken((_language(record) for record in _numbered(records["languages"])), reference),
        skill_items=listed(skill_values),
        about=_field(person, "summary"),
        reference=reference,
    )
