"""A JSON Resume document (jsonresume.org/schema): "basics", "work", "education", "languages", "skills".

Dates are ISO 8601 ("2019-10-01", "2019-10", "2019"); a post without "endDate" is the current one. The
schema has no nationality: it is read where the person writes it, in "basics" ("summary", "label"). Work
done as a volunteer ("volunteer") is no post, as the schema keeps it apart.
"""

from __future__ import annotations

import json
from typing import Any

from reference.data import ReferenceData

from .proposal import CvProposal
from .structured import degree, listed, month, post, proposal, spoken, year_of

# The sections that make a JSON object a résumé (any one of them, of the schema's type).
_SECTIONS = {"basics": dict, "work": list, "education": list}


def profile(text: str, reference: ReferenceData) -> CvProposal | None:
    """The proposal for a JSON Resume document; None for text that is not one (not JSON, or JSON that holds
    none of the schema's sections)."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or not any(
        isinstance(document.get(key), kind) and document.get(key) for key, kind in _SECTIONS.items()
    ):
        return None
    basics = _object(document.get("basics"))
    schools = _objects(document.get("education"))
    return proposal(
        name=_text(basics.get("name")),
        email=_text(basics.get("email")),
        phone=_text(basics.get("phone")),
        nationality_lines=[_text(basics.get("summary")), _text(basics.get("label"))],
        education_entries=[
            degree(
                _text(school.get("studyType")),
                _text(school.get("area")),
                _text(school.get("institution")),
                year_of(_text(school.get("endDate"))),
            )
            for school in schools
        ],
        education_lines=[
            ", ".join(_text(school.get(key)) for key in ("studyType", "area", "institution"))
            for school in schools
        ],
        posts=[
            post(
                _text(work.get("position")),
                # "company" before schema 1.0.0
                _text(work.get("name")) or _text(work.get("company")),
                month(_text(work.get("startDate")), end=False),
                month(_text(work.get("endDate")), end=True),
                "\n".join(
                    filter(None, [_text(work.get("summary")), *map(_text, _list(work.get("highlights")))])
                ),
            )
            for work in _objects(document.get("work"))
        ],
        spoken_languages=spoken(
            (
                (_text(each.get("language")), _text(each.get("fluency")))
                for each in _objects(document.get("languages"))
            ),
            reference,
        ),
        # A skill's keywords are the things the person knows ("ERP": "SAP MM", "SAP WM"); its name when it has none.
        skill_items=listed(
            item
            for skill in _objects(document.get("skills"))
            for item in ([_text(k) for k in _list(skill.get("keywords"))] or [_text(skill.get("name"))])
        ),
        about=_text(basics.get("summary")),
        reference=reference,
    )


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _object(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _objects(value: Any) -> list[dict]:
    return [item for item in _list(value) if isinstance(item, dict)]
