"""A vacancy's requirements as plain typed values, read from the ``parse_vacancy --json`` format.

Pure: no Django. Missing optional keys are tolerated (a notice often lacks them); values that
cannot mean anything (a level "VII", a degree level "phd") raise ``RequirementsError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reference.data import OFFICIAL_LANGUAGES, ROMAN_LEVELS
from reference.scales import DEGREE_REQUIREMENT_LEVELS
from reference.stanag import StanagProfile

DEGREE_ALTERNATIVES = ("equivalent_qualification", "military_staff_college", "equivalent_experience")
LANGUAGE_RULES = ("one_high_other_low", "each", "none")


class RequirementsError(ValueError):
    """Requirements that cannot be read; the message names the field."""


@dataclass(frozen=True, slots=True)
class DegreeRequirement:
    level: str = "none"  # one of DEGREE_REQUIREMENT_LEVELS; "university" = bachelor or above
    fields: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    # True when the field is part of the essential ("a degree in electrical engineering or ..."), False
    # when it is only preferred ("preferably in economics ...").
    fields_required: bool = False


@dataclass(frozen=True, slots=True)
class ExperienceCondition:
    """One essential experience requirement with what it must be in: 3 years "in an operational headquarters"."""

    years: float
    context: str = ""
    where: str = (
        ""  # where it must have been gained: "a government department or an international organisation"
    )


@dataclass(frozen=True, slots=True)
class LanguageLevelRequirement:
    language: str
    level: int  # 1..6


@dataclass(frozen=True, slots=True)
class StanagRequirement:
    language: str
    slp: StanagProfile


@dataclass(frozen=True, slots=True)
class LanguageRequirements:
    rule: str = "none"
    high: int | None = None
    low: int | None = None
    pair: tuple[str, str] = OFFICIAL_LANGUAGES
    # With one_high_other_low only the languages besides the pair; with "each" one per language.
    requirements: tuple[LanguageLevelRequirement, ...] = ()
    stanag: tuple[StanagRequirement, ...] = ()


@dataclass(frozen=True, slots=True)
class CompetencyRequirement:
    name: str
    level_text: str = ""
    rung: int | None = None


@dataclass(frozen=True, slots=True)
class VacancyRequirements:
    title: str = ""
    degree: DegreeRequirement = DegreeRequirement()
    min_years_experience: int | None = None
    languages: LanguageRequirements = LanguageRequirements()
    competencies: tuple[CompetencyRequirement, ...] = ()
    nationality_restricted: bool = False
    # The nations named when only they may apply (a programme's participating nations); () when the
    # restriction is NATO member nations, or there is none.
    nationalities: tuple[str, ...] = ()
    # Every essential experience requirement with its context, the main one included.
    experience_conditions: tuple[ExperienceCondition, ...] = ()
    essential: tuple[str, ...] = ()
    desirable: tuple[str, ...] = ()
    accountabilities: tuple[str, ...] = ()
    # False when the parser found no essential requirement in the notice (its "unsure" says "none_found").
    essentials_found: bool = True
    # False when the parser read the requirements only in part: its "unsure" says the notice asks for years
    # of experience it did not read, or that the essential list could not be delimited (HALF_READ).
    requirements_read: bool = True
    # (criterion, the line the parser read it from), from ``sources``: a line the engine's own words would
    # not place (a French line, "English: Listening 3, Speaking 3, ...") still states that criterion.
    source_lines: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_parse_json(cls, d: dict[str, Any]) -> VacancyRequirements:
        """Read the ``parse_vacancy --json`` object (extra keys ignored, optional keys may be absent)."""
        if not isinstance(d, dict):
            raise RequirementsError("the vacancy is not a JSON object")
        degree = d.get("degree") or {}
        level = degree.get("level") or "none"
        if level not in DEGREE_REQUIREMENT_LEVELS:
            raise RequirementsError(
                f"degree.level: {level!r} is not one of {', '.join(DEGREE_REQUIREMENT_LEVELS)}"
            )
        alternatives = tuple(degree.get("alternatives") or ())
        for alternative in alternatives:
            if alternative not in DEGREE_ALTERNATIVES:
                raise RequirementsError(f"degree.alternatives: {alternative!r} is not a known alternative")
        years = d.get("min_years_experience")
        if years is not None and (isinstance(years, bool) or not isinstance(years, int | float) or years < 0):
            raise RequirementsError(f"min_years_experience: {years!r} is not a number of years")
        return cls(
            title=d.get("title") or "",
            degree=DegreeRequirement(
                level, _strings(degree.get("fields")), alternatives, bool(degree.get("fields_required"))
            ),
            min_years_experience=None if years is None else years,
            languages=_languages(d.get("languages") or {}),
            competencies=tuple(
                CompetencyRequirement(c["name"], c.get("level_text") or "", c.get("rung"))
                for c in d.get("competencies") or ()
                if isinstance(c, dict) and c.get("name")
            ),
            nationality_restricted=bool(d.get("nationality_restricted")),
            nationalities=_strings(d.get("nationalities")),
            experience_conditions=_experience_conditions(d.get("experience_conditions")),
            essential=_strings(d.get("essential")),
            desirable=_strings(d.get("desirable")),
            accountabilities=_strings(d.get("accountabilities")),
            essentials_found=_essentials_found(d.get("unsure")),
            requirements_read=_requirements_read(d.get("unsure")),
            source_lines=_source_lines(d.get("sources")),
        )


def _essentials_found(unsure: Any) -> bool:
    return not (isinstance(unsure, dict) and unsure.get("essential") == "none_found")


# The parser's "unsure" reasons that leave a notice half read (vacancies.parsing.result.UNSURE_REASONS).
HALF_READ = frozenset({"years_not_read", "not_delimited"})


def _requirements_read(unsure: Any) -> bool:
    return not (
        isinstance(unsure, dict) and any(why in HALF_READ for why in unsure.values() if isinstance(why, str))
    )


# The parser's ``sources`` keys of the criteria an essential line can state.
_SOURCE_CRITERIA = {
    "nationality_restricted": "nationality",
    "nationalities": "nationality",
    "degree": "degree",
    "min_years_experience": "experience",
    "languages": "languages",
}


def _source_lines(sources: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(sources, dict):
        return ()
    return tuple(
        (criterion, " ".join(str(sources[key]).split()))
        for key, criterion in _SOURCE_CRITERIA.items()
        if isinstance(sources.get(key), str) and sources[key].strip()
    )


def _experience_conditions(value: Any) -> tuple[ExperienceCondition, ...]:
    conditions = []
    for i, c in enumerate(value or ()):
        years = c.get("years") if isinstance(c, dict) else None
        if isinstance(years, bool) or not isinstance(years, int | float) or years < 0:
            raise RequirementsError(f"experience_conditions[{i}].years: {years!r} is not a number of years")
        conditions.append(
            ExperienceCondition(
                float(years), str(c.get("context") or "").strip(), str(c.get("where") or "").strip()
            )
        )
    return tuple(conditions)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v).strip() for v in value or () if str(v).strip())


def _level(value: Any, where: str) -> int | None:
    if value in (None, ""):
        return None
    if value not in ROMAN_LEVELS:
        raise RequirementsError(f"{where}: {value!r} is not one of I..VI")
    return ROMAN_LEVELS.index(value) + 1


def _language_name(name: Any) -> str:
    return " ".join(str(name).split()).title()


def _languages(d: dict) -> LanguageRequirements:
    rule = d.get("rule") or "none"
    if rule not in LANGUAGE_RULES:
        raise RequirementsError(f"languages.rule: {rule!r} is not one of {', '.join(LANGUAGE_RULES)}")
    pair = tuple(_language_name(p) for p in d.get("pair") or ()) or OFFICIAL_LANGUAGES
    if len(pair) != 2:
        raise RequirementsError(f"languages.pair: {list(pair)!r} is not two languages")
    high, low = _level(d.get("high"), "languages.high"), _level(d.get("low"), "languages.low")
    if rule == "one_high_other_low" and (high is None or low is None):
        raise RequirementsError("languages: rule one_high_other_low needs both high and low levels")
    requirements = []
    for i, r in enumerate(d.get("requirements") or ()):
        level = _level(r.get("level"), f"languages.requirements[{i}].level")
        if level is not None and r.get("language"):
            requirements.append(LanguageLevelRequirement(_language_name(r["language"]), level))
    stanag = []
    for i, s in enumerate(d.get("stanag") or ()):
        try:
            stanag.append(
                StanagRequirement(_language_name(s["language"]), StanagProfile.parse(str(s.get("slp"))))
            )
        except (KeyError, ValueError) as error:
            raise RequirementsError(f"languages.stanag[{i}]: {error}") from None
    return LanguageRequirements(
        rule=rule,
        high=high,
        low=low,
        pair=(pair[0], pair[1]),
        requirements=tuple(requirements),
        stanag=tuple(stanag),
    )
