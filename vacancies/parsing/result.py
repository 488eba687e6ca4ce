"""The parser's output: frozen dataclasses and their public JSON form (the ``parse_vacancy --json`` format)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Why a field's value may be wrong, as ``ParsedNotice.unsure`` names it.
UNSURE_REASONS = (
    "cut_from_text",  # taken out of a longer line or a sentence, not from a field of its own
    "no_job_word",  # the title is a Title Case line naming no job
    "day_month_order",  # a numeric date whose day and month could be either way round
    "outside_requirements",  # read from the introduction or a section, not from a list of requirements
    "no_list_heading",  # requirements read from unlabelled bullets or running text
    "not_on_ladder",  # a competency whose behaviour is no rung of its ladder (or an unknown competency)
    "levels_from_words",  # language levels inferred from words ("fluent", "working knowledge"), no I-VI
    "implied_by_body",  # no sentence restricts nationality: the NATO body the notice names implies it
    "parent_body",  # only a body that holds others was found ("NATO", "International Staff")
    "not_a_body",  # the organisation read names no known body and no word of one (a title, a slogan, chrome)
    "none_found",  # no essential requirement was found: every applicant would seem to meet them
    # The text asks for years of experience that the parse did not read: the requirements are half read.
    "years_not_read",
    # The essential list could not be told apart from the text around it (no heading or opener of its own
    # while a desirable list had one): the requirements may be half read.
    "not_delimited",
)


class NotANoticeError(ValueError):
    """The text is not a vacancy notice (a recipe, a CV, random words, nothing at all)."""


@dataclass(frozen=True)
class Degree:
    level: str = "none"  # none | secondary | bachelor | master | doctorate | university
    fields: tuple[str, ...] = ()  # preferred fields, as written
    alternatives: tuple[
        str, ...
    ] = ()  # equivalent_qualification | military_staff_college | equivalent_experience
    # True when the field is part of the essential ("a degree in electrical engineering or a closely
    # related discipline"); False when it is only preferred ("preferably in economics") or none is named.
    fields_required: bool = False

    def to_json(self) -> dict:
        return {
            "level": self.level,
            "fields": list(self.fields),
            "alternatives": list(self.alternatives),
            "fields_required": self.fields_required,
        }


@dataclass(frozen=True)
class ExperienceCondition:
    """One essential experience requirement: its years and what they must be in ("" when unstated)."""

    years: float
    context: str = ""
    # Where it must have been gained ("a government department or an international organisation"), when
    # the notice says so apart from what it is in.
    where: str = ""

    def to_json(self) -> dict:
        years = int(self.years) if float(self.years).is_integer() else self.years
        return {"years": years, "context": self.context, "where": self.where}


@dataclass(frozen=True)
class LanguageLevel:
    language: str
    level: str  # I..VI

    def to_json(self) -> dict:
        return {"language": self.language, "level": self.level}


@dataclass(frozen=True)
class StanagProfile:
    language: str
    slp: str  # digits in the order listening, speaking, reading, writing; "+" kept: "3333", "3+3+3+3+"

    def to_json(self) -> dict:
        return {"language": self.language, "slp": self.slp}


@dataclass(frozen=True)
class Languages:
    rule: str = "none"  # one_high_other_low | each | none
    high: str | None = None
    low: str | None = None
    pair: tuple[str, ...] = ()
    requirements: tuple[LanguageLevel, ...] = ()
    stanag: tuple[StanagProfile, ...] = ()
    raw: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return self.rule != "none" or bool(self.requirements or self.stanag)

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "high": self.high,
            "low": self.low,
            "pair": list(self.pair),
            "requirements": [r.to_json() for r in self.requirements],
            "stanag": [s.to_json() for s in self.stanag],
            "raw": list(self.raw),
        }


@dataclass(frozen=True)
class Competency:
    name: str  # canonical where the ladder is known, else as written
    level_text: str  # as written in the notice
    rung: int | None  # None only for an unknown competency or a text that matches no rung

    def to_json(self) -> dict:
        return {"name": self.name, "level_text": self.level_text, "rung": self.rung}


@dataclass(frozen=True)
class ParsedNotice:
    title: str | None = None
    organisation: str | None = None
    location: str | None = None
    grade: str | None = None
    deadline: dt.date | None = None
    contract: str | None = None
    nationality_restricted: bool = False
    # The nations named when only they may apply (a programme's participating nations), as English
    # country names; () when the restriction is NATO member nations or there is none.
    nationalities: tuple[str, ...] = ()
    clearance: str | None = None
    degree: Degree = Degree()
    min_years_experience: int | None = None
    # Every essential experience requirement with its context, the main one included.
    experience_conditions: tuple[ExperienceCondition, ...] = ()
    languages: Languages = Languages()
    competencies: tuple[Competency, ...] = ()
    essential: tuple[str, ...] = ()
    desirable: tuple[str, ...] = ()
    accountabilities: tuple[str, ...] = ()
    cleaned_text: str = ""
    sources: dict[str, str] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    # Field -> why the reader is not sure of its value (one of UNSURE_REASONS): the review page says so.
    unsure: dict[str, str] = field(default_factory=dict)
    # The language the notice is written in: "en" or "fr" (issue 19, point 4). Degree fields, experience
    # contexts and requirement items are kept in that language; names, levels and codes are the same.
    language: str = "en"
    # The notice's reference number as written ("IS 123/26"), None when it states none.
    reference: str | None = None
    # The place in English ("Brussels, Belgium") whatever the notice's language: what the board's filter,
    # the search and the pairing of a notice with its twin read (``location`` is as the notice writes it).
    place: str | None = None

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "organisation": self.organisation,
            "location": self.location,
            "grade": self.grade,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "degree": self.degree.to_json(),
            "min_years_experience": self.min_years_experience,
            "languages": self.languages.to_json(),
            "competencies": [c.to_json() for c in self.competencies],
            "nationality_restricted": self.nationality_restricted,
            "clearance": self.clearance,
            "essential": list(self.essential),
            "desirable": list(self.desirable),
            "contract": self.contract,
            "accountabilities": list(self.accountabilities),
            "missing": list(self.missing),
            "sources": dict(self.sources),
            # Added by issue 14, after the older keys so their order stays as it was.
            "nationalities": list(self.nationalities),
            "experience_conditions": [c.to_json() for c in self.experience_conditions],
            # Added by issue 15.
            "unsure": dict(self.unsure),
            # Added by issue 19.
            "language": self.language,
            "reference": self.reference,
            "place": self.place,
        }
