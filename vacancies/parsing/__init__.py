"""The vacancy-notice parser: raw scraped text in, a ``ParsedNotice`` out. Pure Python, no Django.

>>> notice = parse_notice(open("vacancies/fixtures/notices/nato-mcc-programme-officer.txt").read())
>>> notice.title, notice.deadline.isoformat(), notice.min_years_experience
('Programme Officer, Multinational Capability Cooperation (MCC)', '2025-12-31', 2)

Fields the text does not state are None/empty and named in ``missing`` (a field is "missing" when its
value is empty, even if a vague sentence exists: "subject to a security clearance" leaves clearance None
and puts the sentence in ``sources["clearance"]``); nationality_restricted is False and "missing" when
the notice says nothing about nationality. ``sources`` maps a field to the line of ``cleaned_text`` it
was read from; ``unsure`` maps a field to why its value may be wrong (``UNSURE_REASONS``), so the review
page asks a person instead of the parser guessing.
"""

from __future__ import annotations

from .notice import parse_notice
from .result import (
    UNSURE_REASONS,
    Competency,
    Degree,
    ExperienceCondition,
    LanguageLevel,
    Languages,
    NotANoticeError,
    ParsedNotice,
    StanagProfile,
)

__all__ = [
    "PARSER_VERSION",
    "Competency",
    "Degree",
    "ExperienceCondition",
    "LanguageLevel",
    "Languages",
    "NotANoticeError",
    "ParsedNotice",
    "StanagProfile",
    "UNSURE_REASONS",
    "parse_notice",
]

PARSER_VERSION = "1.0"
