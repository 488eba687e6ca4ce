"""The matching engine: is a candidate eligible for a vacancy, and how well do they fit?

Pure: no Django. Prepare a vacancy once (``prepare_vacancy``) and a candidate once
(``prepare_profile``), then ``score`` any pair, or many at once with ``score_many`` (one vacancy)
and ``score_all`` (several); ``rank`` orders the results.

Eligibility (``MatchResult.eligible``) follows the notice's essentials exactly: True, False, or None
when a person must judge (an "equivalent qualification" instead of a degree, a STANAG profile
against a candidate who stated only a NATO level, an unstated nationality). A clearly unmet
essential makes it False even when something else is still to be assessed.

The score (0-100, one decimal) is sum(points) / sum(weights) * 100 over the criteria below; each
criterion earns a fraction of its weight (see the ``_degree``, ``_experience``... functions for the
formulas). A criterion the notice gives nothing to score against (no competencies, no desirable
criteria, no duties) gets weight 0 and leaves the score to the others.

Everything only grows when a candidate adds a degree, months, a language level, a competency rung
or a skill: points use maxima and coverage, never averages over the candidate's own entries.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import operator
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process, utils

from candidates.profile import (
    CandidateProfile,
    Education,
    StanagProfile,
    experience_spans,
    months_covered,
    resolve_rung,
)
from reference.data import (
    DEFAULT_REFERENCE,
    OFFICIAL_LANGUAGES,
    ROMAN_LEVELS,
    STANAG_TO_NATO_APPROX,
    ReferenceData,
)
from reference.scales import CRITERIA, DEGREE_RANK, REQUIRED_RANK
from reference.scales import EDUCATION_REASON_LABELS as _EDUCATION_LABEL
from reference.scales import HIGHEST_EDUCATION_LABELS as _HIGHEST_LABEL
from reference.scales import REQUIREMENT_LABELS as _REQUIREMENT_LABEL

from .cases import case_id, claimed_rungs, competency_code, required_code
from .requirements import VacancyRequirements
from .text import TermIndex, matched, term_set, terms

ENGINE_VERSION = "2"
_ALTERNATIVE_LABEL = {
    "equivalent_qualification": "an equivalent level of qualification",
    "equivalent_experience": "equivalent relevant professional experience",
}

# Fractions of a criterion's weight: meeting an essential earns MEETS, going beyond it earns the rest.
MEETS = 0.7
# Preferred fields of study are worth this share of the degree points.
FIELD_SHARE = 0.2
# A field of study at least this similar (rapidfuzz token_set_ratio) to a preferred one matches fully.
FIELD_MATCH = 90.0
FIELD_FLOOR = 50.0
# Experience beyond the minimum earns the rest of its points over max(minimum, 2 years) more.
EXTRA_MONTHS_FLOOR = 24
# With no minimum stated, 5 years earn all experience points.
NO_MINIMUM_FULL_MONTHS = 60
# Three language levels above the minimum (summed over the languages required) earn all points.
EXTRA_LEVELS_FULL = 3.0
# Coverage of an item's key terms that earns it in full (desirable: half, as counts are clipped there).
DESIRABLE_FULL_COVERAGE = 0.5
RELEVANCE_FULL_COVERAGE = 0.4
# A language item with rule "none" is read against the usual "V in one, I in the other".
USUAL_HIGH, USUAL_LOW = 5, 1

_LANGUAGE_ITEM = re.compile(r"\blanguages?\b", re.I)
_OFFICIAL_LANGUAGE_ITEM = re.compile(r"official\s+languages?", re.I)
# Essentials that the eligibility rules already check; they say nothing about the duties.
_FORMAL_ESSENTIAL = re.compile(r"\b(degree|languages?|diploma|staff college|nationals?)\b|\d+\s*years?", re.I)
# Preferred-field phrases that name no field.
_VAGUE_FIELD = re.compile(r"\b(other|another|relevant|related|similar|equivalent)\b", re.I)
OFFICIAL_KEYS = (OFFICIAL_LANGUAGES[0].casefold(), OFFICIAL_LANGUAGES[1].casefold())
_OFFICIAL_KEY_SET = frozenset(OFFICIAL_KEYS)
# NATO level -> the STANAG level it suggests, from reference.data's approximate bridge, inverted.
_NATO_TO_STANAG_APPROX = {
    level: max(
        s for s, nato in STANAG_TO_NATO_APPROX.items() if nato and ROMAN_LEVELS.index(nato) + 1 <= level
    )
    for level in range(1, 7)
}


# Results


@dataclass(frozen=True, slots=True)
class CriterionScore:
    points: float  # out of weight
    weight: int
    reason: str


# Not frozen: a frozen dataclass's __init__ costs three times as much, and this one is made per pair.
@dataclass(slots=True)
class MatchResult:
    eligible: bool | None  # None: to be assessed by a person
    score: float  # 0-100, one decimal
    unmet: tuple[str, ...]
    to_assess: tuple[str, ...]
    hints: tuple[str, ...]  # the smallest changes that would make the candidate eligible
    breakdown: Mapping[str, CriterionScore]

    @property
    def missing_for_eligibility(self) -> tuple[str, ...]:
        return self.hints

    def breakdown_json(self) -> dict[str, dict[str, Any]]:
        return {
            name: {"points": round(c.points, 1), "weight": c.weight, "reason": c.reason}
            for name, c in self.breakdown.items()
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "score": self.score,
            "unmet": list(self.unmet),
            "to_assess": list(self.to_assess),
            "hints": list(self.hints),
            "breakdown": self.breakdown_json(),
        }


# Preparing a candidate


# Not frozen, like MatchResult: a frozen dataclass's __init__ sets each field through
# object.__setattr__, several times slower (2 of the 15 microseconds that preparing a profile takes).
@dataclass(slots=True, eq=False)
class PreparedProfile:
    """What every vacancy asks of a candidate, computed once for all of them."""

    profile: CandidateProfile
    id: str
    degree_rank: int
    highest: Education | None
    fields: tuple[str, ...]
    staff_college: bool
    levels: dict[str, int]  # casefolded language -> 1..6
    stanag: dict[str, StanagProfile]
    competencies: dict[str, int]  # name -> highest rung claimed
    member_nation: bool | None  # None: nationality not stated
    experience_terms: frozenset[str]  # titles, organisations, descriptions (often one shared object)
    other_terms: frozenset[str]  # skills, summary, fields of study
    experience_spans: tuple[tuple[int, int | None], ...]
    # Everything the degree and the language criteria read, as hashable keys for per-vacancy caches,
    # and their ids (matching.cases), which those caches are looked up by.
    degree_signature: tuple
    language_signature: tuple
    degree_case: int
    language_case: int
    official_language_case: int  # of the levels of English and French only (most notices read no other)
    # The rungs claimed in unary (matching.cases.competency_code); None: a rung it cannot write.
    competency_code: int | None
    # What a notice restricted to nationals of member states adds to unmet, to_assess and hints.
    nationality_outcome: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    # (the weaker level of English and French, the best level of any other language); 0: none.
    beside_official: tuple[int, int]

    def months(self, as_of: date) -> int:
        return months_covered(self.experience_spans, as_of.year * 12 + as_of.month - 1)

    def beside_pair(self, pair_keys: tuple[str, str]) -> tuple[int, int]:
        """(the weaker level of the pair of languages, the best level of any other language); 0: none."""
        return self.beside_official if pair_keys == OFFICIAL_KEYS else _beside(self.levels, pair_keys)


def _beside(levels: dict[str, int], pair_keys: tuple[str, str]) -> tuple[int, int]:
    a, b = pair_keys
    others = [level for language, level in levels.items() if language != a and language != b]
    return min(levels.get(a, 0), levels.get(b, 0)), max(others, default=0)


def _nationality_outcome(nationality: str, member_nation: bool | None) -> tuple[tuple[str, ...], ...]:
    if member_nation is None:
        return (), ("Nationality: not stated; only nationals of NATO member states may apply",), ()
    if not member_nation:
        return (
            (f"Nationality: {nationality} is not a NATO member state",),
            (),
            ("Only nationals of NATO member states may apply",),
        )
    return (), (), ()


def _education_rank(education: Education) -> int:
    return DEGREE_RANK[education.level]


def prepare_profile(
    profile: CandidateProfile, reference: ReferenceData = DEFAULT_REFERENCE
) -> PreparedProfile:
    """Everything about a candidate that does not depend on the vacancy; reuse it across vacancies."""
    education = profile.education
    highest = max(education, key=_education_rank, default=None) if education else None
    competencies: dict[str, int] = {}
    ladders = reference.competency_ladders
    for claim in profile.competencies:
        # Profiles read by candidates.profile already carry canonical names: no need to look them up.
        name = (
            claim.name if claim.name in ladders else reference.canonical_competency(claim.name) or claim.name
        )
        competencies[name] = max(competencies.get(name, 0), claim.rung)
    experience_terms = term_set(
        tuple([t for x in profile.experience for t in (x.title, x.organisation, x.description)])
    )
    fields = tuple(dict.fromkeys([e.field for e in education if e.field]))
    other_terms = frozenset().union(*map(terms, [*profile.skills, profile.summary, *fields]))
    nationality = profile.nationality
    member_nation = (
        (nationality in reference.member_nations or reference.canonical_nation(nationality) is not None)
        if nationality
        else None
    )
    levels, stanag, language_signature, language_case, official_language_case, beside_official = (
        _language_facts(tuple([(s.language, s.level, s.stanag) for s in profile.languages]))
    )
    degree_rank = DEGREE_RANK[highest.level] if highest else 0
    degree_signature = (
        degree_rank,
        (highest.level, highest.field) if highest else None,
        fields,
        profile.military_staff_college,
    )
    return PreparedProfile(
        profile=profile,
        id=profile.id,
        degree_rank=degree_rank,
        highest=highest,
        fields=fields,
        staff_college=profile.military_staff_college,
        levels=levels,
        stanag=stanag,
        competencies=competencies,
        member_nation=member_nation,
        experience_terms=experience_terms,
        other_terms=other_terms,
        experience_spans=experience_spans(profile.experience),
        degree_signature=degree_signature,
        language_signature=language_signature,
        degree_case=case_id(degree_signature),
        language_case=language_case,
        official_language_case=official_language_case,
        competency_code=competency_code(competencies),
        nationality_outcome=_nationality_outcome(nationality, member_nation),
        beside_official=beside_official,
    )


# A few combinations of languages and levels are shared by many candidates, so their facts are too
# (the dicts are only read).
@functools.lru_cache(maxsize=10_000)
def _language_facts(
    skills: tuple[tuple[str, int, StanagProfile | None], ...],
) -> tuple[dict[str, int], dict[str, StanagProfile], tuple, int, tuple[int, int]]:
    """(levels, STANAG profiles, signature, its case id, the case id of English and French only,
    beside_official) of (language, level, SLP)s."""
    levels = {language.casefold(): level for language, level, _ in skills}
    signature = tuple(sorted([(language.casefold(), level, slp) for language, level, slp in skills]))
    return (
        levels,
        {language.casefold(): slp for language, _, slp in skills if slp},
        signature,
        case_id(signature),
        case_id(tuple([entry for entry in signature if entry[0] in OFFICIAL_KEYS])),
        _beside(levels, OFFICIAL_KEYS),
    )


def prepare_profiles(
    profiles: Iterable[CandidateProfile], reference: ReferenceData = DEFAULT_REFERENCE
) -> list[PreparedProfile]:
    return [prepare_profile(p, reference) for p in profiles]


# Preparing a vacancy

# An outcome of one criterion: its score and what it adds to unmet, to_assess and hints.
Outcome = tuple[CriterionScore, tuple[str, ...], tuple[str, ...], tuple[str, ...]]
# Outcomes are remembered per vacancy by what decides them (a number of months, a pair of
# levels...), so the sentences are written once per distinct case, not once per pair.
OUTCOME_CACHE_LIMIT = 50_000


@dataclass(frozen=True, slots=True, eq=False)
class PreparedVacancy:
    """A vacancy's requirements with everything per-vacancy computed once."""

    requirements: VacancyRequirements
    weights: dict[str, int]  # effective: 0 where the notice gives nothing to score against
    required_rank: int
    alternatives: frozenset[str]
    preferred_fields: tuple[str, ...]  # rapidfuzz-processed
    required_months: int
    pair: tuple[str, str]
    pair_keys: tuple[str, str]
    high: int | None
    low: int | None
    other_languages: tuple[tuple[str, str, int], ...]  # (name, key, level)
    stanag: tuple[tuple[str, str, StanagProfile], ...]
    competencies: tuple[tuple[str, int], ...]  # (canonical name, required rung)
    competency_names: tuple[str, ...]
    competency_rungs: tuple[int, ...]
    competency_code: int | None  # the rungs required in unary (matching.cases); None: cannot be written
    language_keys: frozenset[str]  # the casefolded languages the languages criterion reads
    desirable_kinds: tuple[str, ...]  # per item: "text", "second_language", "other_languages"
    terms: TermIndex  # the desirable text items, then the duties
    # Per desirable text item and per duty: (mask of its terms, number of terms).
    desirable_items: tuple[tuple[int, int], ...]
    duty_items: tuple[tuple[int, int], ...]
    desirable_bits: int  # all terms of the desirable text items
    duty_bits: int
    total_weight: int
    language_desirables: bool  # any "second official language" or "other languages" item
    _field_similarity: dict[str, float] = field(default_factory=dict)
    _desirable_credits: dict[int, tuple[float, ...]] = field(default_factory=dict)
    # Per criterion (in the order of CRITERIA), outcomes by the key the scoring loop computes per pair.
    _outcomes: dict[str, dict[Any, Outcome]] = field(default_factory=lambda: {name: {} for name in CRITERIA})
    # Language outcomes by the levels of only the languages the vacancy reads (few distinct cases).
    _language_outcomes: dict[tuple, Outcome] = field(default_factory=dict)

    def field_similarity(self, written: str) -> float:
        """0-100: how close a field of study is to the nearest preferred field (cached)."""
        similarity = self._field_similarity.get(written)
        if similarity is None:
            best = process.extractOne(
                written, self.preferred_fields, scorer=fuzz.token_set_ratio, processor=utils.default_process
            )
            similarity = self._field_similarity[written] = best[1] if best else 0.0
        return similarity


def prepare_vacancy(
    requirements: VacancyRequirements | Mapping[str, Any],
    weights: Mapping[str, int] | None = None,
    reference: ReferenceData = DEFAULT_REFERENCE,
) -> PreparedVacancy:
    """Precompute a vacancy; ``requirements`` may also be the ``parse_vacancy --json`` dict.

    ``weights`` override ``reference.default_weights`` per criterion (non-negative integers).
    """
    if not isinstance(requirements, VacancyRequirements):
        requirements = VacancyRequirements.from_parse_json(dict(requirements))
    merged = {**reference.default_weights, **(weights or {})}
    for name, weight in merged.items():
        if name not in CRITERIA:
            raise ValueError(f"weights: {name!r} is not a criterion ({', '.join(CRITERIA)})")
        if isinstance(weight, bool) or not isinstance(weight, int) or weight < 0:
            raise ValueError(f"weights: {name} = {weight!r} is not a non-negative integer")
    degree, languages = requirements.degree, requirements.languages
    competencies = []
    for c in requirements.competencies:
        name = reference.canonical_competency(c.name) or c.name
        rung = c.rung
        if rung is None and name in reference.competency_ladders:
            rung = resolve_rung(reference.competency_ladders[name], c.level_text)
        competencies.append((name, rung or 1))
    desirable_kinds = tuple(
        "second_language" if _OFFICIAL_LANGUAGE_ITEM.search(item)
        else "other_languages" if _LANGUAGE_ITEM.search(item)
        else "text"
        for item in requirements.desirable
    )  # fmt: skip
    desirable_texts = [i for i, k in zip(requirements.desirable, desirable_kinds) if k == "text"]
    duties = requirements.accountabilities + tuple(
        e for e in requirements.essential if not _FORMAL_ESSENTIAL.search(e)
    )
    index = TermIndex([*desirable_texts, *duties])
    effective = {name: merged.get(name, 0) for name in CRITERIA}
    if not competencies:
        effective["competencies"] = 0
    if not requirements.desirable:
        effective["desirable"] = 0
    if not any(index.item_sizes[len(desirable_texts) :]):
        effective["relevance"] = 0
    pair = languages.pair
    other_languages = _level_requirements(requirements)
    return PreparedVacancy(
        requirements=requirements,
        weights=effective,
        required_rank=REQUIRED_RANK[degree.level],
        alternatives=frozenset(degree.alternatives),
        preferred_fields=tuple(
            utils.default_process(f) for f in degree.fields if not _VAGUE_FIELD.search(f) and f.strip()
        ),
        required_months=round(12 * (requirements.min_years_experience or 0)),
        pair=pair,
        pair_keys=(pair[0].casefold(), pair[1].casefold()),
        high=languages.high,
        low=languages.low,
        other_languages=other_languages,
        stanag=tuple((s.language, s.language.casefold(), s.slp) for s in languages.stanag),
        competencies=tuple(competencies),
        competency_names=tuple(name for name, _ in competencies),
        competency_rungs=tuple(rung for _, rung in competencies),
        competency_code=required_code(competencies),
        language_keys=frozenset(
            [*(name.casefold() for name in pair), *(key for _, key, _ in other_languages)]
            + [s.language.casefold() for s in languages.stanag]
        ),
        desirable_kinds=desirable_kinds,
        terms=index,
        desirable_items=tuple(zip(index.item_masks, index.item_sizes))[: len(desirable_texts)],
        duty_items=tuple(zip(index.item_masks, index.item_sizes))[len(desirable_texts) :],
        desirable_bits=functools.reduce(operator.or_, index.item_masks[: len(desirable_texts)], 0),
        duty_bits=functools.reduce(operator.or_, index.item_masks[len(desirable_texts) :], 0),
        total_weight=sum(effective.values()),
        language_desirables=any(kind != "text" for kind in desirable_kinds),
    )


def _level_requirements(requirements: VacancyRequirements) -> tuple[tuple[str, str, int], ...]:
    languages = requirements.languages
    listed = [(r.language, r.language.casefold(), r.level) for r in languages.requirements]
    if languages.rule == "each" and not listed and languages.high:
        listed = [(name, name.casefold(), languages.high) for name in languages.pair]
    return tuple(listed)


# Scoring


def score(prepared: PreparedVacancy, profile: CandidateProfile | PreparedProfile, as_of: date) -> MatchResult:
    """Eligibility, score, breakdown and hints of one candidate for one vacancy, as of a date.

    Pass a ``PreparedProfile`` when scoring the same candidate against several vacancies; for many
    pairs, ``score_many`` and ``score_all`` are several times faster.
    """
    return score_all([prepared], [profile], as_of)[0][0]


def score_many(
    prepared: PreparedVacancy, profiles: Iterable[PreparedProfile | CandidateProfile], as_of: date
) -> list[tuple[str, MatchResult]]:
    """(candidate id, result) for each profile, in the given order."""
    profiles = list(profiles)
    with _collector_paused():
        results = score_all([prepared], profiles, as_of)[0]
        return [(profile.id, result) for profile, result in zip(profiles, results)]


def score_all(
    vacancies: Sequence[PreparedVacancy], profiles: Iterable[PreparedProfile | CandidateProfile], as_of: date
) -> list[list[MatchResult]]:
    """For each vacancy, the result of each profile: ``score_all(v, p, d)[i][j] == score(v[i], p[j], d)``.

    What depends only on the candidate is computed once for all the vacancies: the profile (when it
    is not a ``PreparedProfile`` already), the months of experience, and which of the vacancies'
    key terms its words match.
    """
    with _collector_paused():
        candidates = [p if isinstance(p, PreparedProfile) else prepare_profile(p) for p in profiles]
        last = as_of.year * 12 + as_of.month - 1
        months = [months_covered(candidate.experience_spans, last) for candidate in candidates]
        masks = matched(
            [prepared.terms for prepared in vacancies],
            [(candidate.experience_terms, candidate.other_terms) for candidate in candidates],
        )
        return [
            _score_vacancy(prepared, candidates, months, vacancy_masks)
            for prepared, vacancy_masks in zip(vacancies, masks)
        ]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Results hold no cycles, and with a large pool of profiles alive the cycle collector's full
    passes, set off by the many results made, would cost more than the scoring itself."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _score_vacancy(
    prepared: PreparedVacancy,
    candidates: list[PreparedProfile],
    months: list[int],
    masks: list[tuple[int, int]],
) -> list[MatchResult]:
    # Written out, with the vacancy's parts held in locals: this runs 100,000 times a second.
    # Each criterion's outcome is looked up by a key that decides it, an int or a small tuple of
    # ints (caches in the order of CRITERIA), and computed on a miss.
    degrees, experiences, languages_, competencies_, desirables, relevances = prepared._outcomes.values()
    names, rungs = prepared.competency_names, prepared.competency_rungs
    required_code = prepared.competency_code
    nothing_claimed = (0,) * len(names)
    desirable_credits = prepared._desirable_credits
    desirable_bits, duty_bits = prepared.desirable_bits, prepared.duty_bits
    pair_keys = prepared.pair_keys
    official = pair_keys == OFFICIAL_KEYS
    # Reading no language but English and French, the languages criterion has far fewer cases.
    official_only = prepared.language_keys <= _OFFICIAL_KEY_SET
    high, low = prepared.high or USUAL_HIGH, prepared.low or USUAL_LOW
    language_desirables = prepared.language_desirables
    restricted = prepared.requirements.nationality_restricted
    total_weight = prepared.total_weight
    results = []
    append = results.append
    for candidate, key, (text_mask, experience_mask) in zip(candidates, months, masks):
        experience = experiences.get(key) or _outcome(experiences, key, _experience, prepared)
        degree = degrees.get(candidate.degree_case) or _degree_outcome(prepared, candidate)
        key = candidate.official_language_case if official_only else candidate.language_case
        languages = languages_.get(key) or _language_outcome(prepared, candidate, key)
        # Rungs above the required one earn nothing more: clipped, fewer distinct outcomes.
        code = candidate.competency_code
        if code is None or required_code is None:
            key = tuple(map(min, map(candidate.competencies.get, names, nothing_claimed), rungs))
        else:
            key = code & required_code
        competencies = competencies_.get(key) or _outcome(competencies_, key, _competencies, prepared)
        # Only the bits of the desirable items' and the duties' own terms decide them.
        mask = text_mask & desirable_bits
        credits = desirable_credits.get(mask)
        if credits is None:
            credits = _desirable_credits(prepared, mask)
        if language_desirables:
            weaker, other = candidate.beside_official if official else candidate.beside_pair(pair_keys)
            key = (credits, min(max(weaker, low), high), min(other, 4))
        else:
            key = (credits,)
        desirable = desirables.get(key) or _outcome(desirables, key, _desirable, prepared)
        key = experience_mask & duty_bits
        relevance = relevances.get(key) or _outcome(relevances, key, _relevance, prepared)
        # Only degree, experience and languages (and nationality) decide eligibility.
        unmet = degree[1] + experience[1] + languages[1]
        to_assess = degree[2] + languages[2]
        hints = degree[3] + experience[3] + languages[3]
        if restricted:
            nationality = candidate.nationality_outcome
            unmet += nationality[0]
            to_assess += nationality[1]
            hints += nationality[2]
        total = (
            degree[0].points
            + experience[0].points
            + languages[0].points
            + competencies[0].points
            + desirable[0].points
            + relevance[0].points
        )
        value = min(100.0, max(0.0, round(100.0 * total / total_weight, 1))) if total_weight else 0.0
        breakdown = {
            "degree": degree[0],
            "experience": experience[0],
            "languages": languages[0],
            "competencies": competencies[0],
            "desirable": desirable[0],
            "relevance": relevance[0],
        }
        eligible = False if unmet else (None if to_assess else True)
        append(MatchResult(eligible, value, unmet, to_assess, hints, breakdown))
    return results


def _remember(cache: dict, key: Any, outcome: Outcome) -> Outcome:
    if len(cache) >= OUTCOME_CACHE_LIMIT:
        cache.clear()
    cache[key] = outcome
    return outcome


def _outcome(cache: dict, key: Any, compute, prepared: PreparedVacancy) -> Outcome:
    return _remember(cache, key, compute(prepared, key))


def _degree_outcome(prepared: PreparedVacancy, candidate: PreparedProfile) -> Outcome:
    outcome = _degree(prepared, candidate.degree_signature)
    return _remember(prepared._outcomes["degree"], candidate.degree_case, outcome)


def _language_outcome(prepared: PreparedVacancy, candidate: PreparedProfile, case: int) -> Outcome:
    """The languages outcome, computed once per distinct levels of the languages the vacancy reads."""
    relevant = tuple([entry for entry in candidate.language_signature if entry[0] in prepared.language_keys])
    found = prepared._language_outcomes.get(relevant) or _outcome(
        prepared._language_outcomes, relevant, _languages, prepared
    )
    return _remember(prepared._outcomes["languages"], case, found)


def _desirable_credits(prepared: PreparedVacancy, mask: int) -> tuple[float, ...]:
    """The credit (0-1) of each desirable text item: the share of its terms matched / 0.5, capped at 1.

    Counts are clipped where the item earns in full first, so that the same counts give the very
    same floats however many more terms match.
    """
    credits = tuple(
        [min(1.0, min((mask & item).bit_count(), -(-size // 2)) / size / DESIRABLE_FULL_COVERAGE) if size else 0.0
         for item, size in prepared.desirable_items]
    )  # fmt: skip
    if len(prepared._desirable_credits) >= OUTCOME_CACHE_LIMIT:
        prepared._desirable_credits.clear()
    prepared._desirable_credits[mask] = credits
    return credits


def rank(results: Iterable[tuple[str, MatchResult]]) -> list[tuple[str, MatchResult]]:
    """Eligible first, then to be assessed, then not eligible; by score, highest first; ties by id.

    >>> ok = MatchResult(True, 50.0, (), (), (), {})
    >>> [cid for cid, _ in rank([("b", ok), ("a", ok)])]
    ['a', 'b']
    """
    order = {True: 0, None: 1, False: 2}
    return sorted(results, key=lambda pair: (order[pair[1].eligible], -pair[1].score, str(pair[0])))


# Criteria. Each is computed from a key (what decides it) by a function (prepared, key) -> Outcome.


def _degree(prepared: PreparedVacancy, signature: tuple) -> Outcome:
    """Level part up to 0.8 (meeting it 0.6, +0.1 per level above, two at most), field part 0.2.

    Below the requirement the level part is 0.6 x rank / required rank, or 0.6 where the notice
    accepts the military staff college the candidate attended. Without preferred fields the level
    part is scaled to the whole weight.
    """
    have, highest, fields, staff_college = signature
    staff_college = staff_college and "military_staff_college" in prepared.alternatives
    fit = None
    if prepared.preferred_fields:
        similarity = max([prepared.field_similarity(f) for f in fields], default=0.0)
        fit = min(1.0, max(0.0, (similarity - FIELD_FLOOR) / (FIELD_MATCH - FIELD_FLOOR)))
    weight = prepared.weights["degree"]
    required = prepared.required_rank
    level = prepared.requirements.degree.level
    wanted = _REQUIREMENT_LABEL[level]
    described = _education_label(highest)
    unmet, to_assess, hints = (), (), ()
    if have >= required:
        share = 0.6 + 0.1 * min(have - required, 2)
        reason = f"{described} meets '{wanted}'" if required else f"No degree required; {described.lower()}"
    elif staff_college:
        share = 0.6
        reason = f"Military staff college accepted instead of a {wanted}"
    else:
        share = 0.6 * have / required
        reason = f"{described} does not meet '{wanted}'"
        missing = f"Degree: no {wanted} (highest: {_HIGHEST_LABEL[highest[0] if highest else 'none']})"
        equivalents = [
            _ALTERNATIVE_LABEL[a] for a in sorted(prepared.alternatives) if a in _ALTERNATIVE_LABEL
        ]
        if equivalents:
            to_assess = (f"{missing}; {' or '.join(equivalents)} may replace it, to be assessed",)
            hints = (
                f"Add the details of {' or '.join(equivalents)} to your profile so that a recruiter can assess it",
            )
        else:
            unmet = (missing,)
            also = (
                " or attend a NATO or national military staff college"
                if "military_staff_college" in prepared.alternatives
                else ""
            )
            hints = (f"Obtain a {wanted}{' (bachelor or above)' if level == 'university' else ''}{also}",)
    if fit is None:
        fraction = share / (1.0 - FIELD_SHARE)
    else:
        fraction = share + FIELD_SHARE * fit
        if fit >= 1.0:
            reason += "; a preferred field of study"
        elif fit > 0:
            reason += "; a field of study close to a preferred one"
    return CriterionScore(weight * min(1.0, fraction), weight, reason), unmet, to_assess, hints


def _education_label(highest: tuple[str, str] | None) -> str:
    if highest is None:
        return "No education stated"
    label = _EDUCATION_LABEL[highest[0]]
    return f"{label} in {highest[1]}" if highest[1] else label


def _experience(prepared: PreparedVacancy, months: int) -> Outcome:
    """Meeting the minimum earns 0.7; more, up to max(minimum, 2 years) more, earns the rest.

    Below the minimum: 0.7 x months / minimum. No minimum: months / 60, capped at 1.
    """
    weight = prepared.weights["experience"]
    required = prepared.required_months
    have = f"{_duration(months)} of experience" if months else "No experience"
    if not required:
        fraction = min(1.0, months / NO_MINIMUM_FULL_MONTHS)
        return CriterionScore(weight * fraction, weight, f"{have}; no minimum stated"), (), (), ()
    if months >= required:
        fraction = MEETS + (1 - MEETS) * min(1.0, (months - required) / max(required, EXTRA_MONTHS_FLOOR))
        reason = f"{have}, {_duration(required)} required"
        return CriterionScore(weight * fraction, weight, reason), (), (), ()
    short = required - months
    hint = (
        f"You need {short // 12} more year{'s' if short > 12 else ''} of experience"
        if short % 12 == 0
        else f"You need {_duration(short)} more experience"
    )
    return (
        CriterionScore(
            weight * MEETS * months / required,
            weight,
            f"{have}, at least {_duration(required)} required",
        ),
        (f"Experience: {_duration(months) if months else 'none'}, at least {_duration(required)} required",),
        (),
        (hint,),
    )


def _duration(months: int) -> str:
    """
    >>> _duration(16), _duration(36), _duration(1)
    ('1 year 4 months', '3 years', '1 month')
    """
    years, rest = divmod(months, 12)
    parts = [f"{years} year{'s' if years != 1 else ''}"] if years else []
    if rest or not years:
        parts.append(f"{rest} month{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _roman(level: int) -> str:
    return ROMAN_LEVELS[level - 1] if level else "not stated"


def _languages(prepared: PreparedVacancy, signature: tuple) -> Outcome:
    """Levels summed over what is required: all met earns 0.7, plus 0.1 per level above (3 at most).

    Not all met: 0.7 x sum(min(have, need)) / sum(need). "V in one, I in the other" is tried both
    ways round and the better way counts. A STANAG profile counts per skill, a quarter level each;
    a candidate with only a NATO level is "to be assessed" against it, scored by the approximate
    bridge of reference.data.
    """
    weight = prepared.weights["languages"]
    levels = {language: level for language, level, _ in signature}
    profiles = {language: stanag for language, _, stanag in signature if stanag}
    a, b = levels.get(prepared.pair_keys[0], 0), levels.get(prepared.pair_keys[1], 0)
    others = [levels.get(key, 0) for _, key, _ in prepared.other_languages]
    stanags = [(levels.get(key, 0), profiles.get(key)) for _, key, _ in prepared.stanag]
    have_sum = need_sum = extra = 0.0
    shortfalls: list[tuple[str, int, str]] = []  # (language, level stated, level needed)
    for (name, _, need), have in zip(prepared.other_languages, others):
        have_sum += min(have, need)
        need_sum += need
        extra += max(0, have - need)
        if have < need:
            shortfalls.append((name, have, ROMAN_LEVELS[need - 1]))
    stanag_unmet, stanag_assess = [], []
    for (name, _, slp), (level, profile) in zip(prepared.stanag, stanags):
        if profile is None and level:
            approximate = _NATO_TO_STANAG_APPROX[level]
            skills = (approximate,) * 4
            stanag_assess.append(
                (
                    name,
                    f"Languages: {name} SLP {slp} required, only NATO level {_roman(level)} stated"
                    f" (approximately SLP {approximate} per skill by an unofficial bridge)",
                )
            )
        else:
            skills = profile.skills if profile else (0.0,) * 4
            if any(h < n for h, n in zip(skills, slp.skills)):
                stanag_unmet.append(
                    (name, f"SLP {profile} stated" if profile else "not stated", f"SLP {slp}")
                )
        for h, n in zip(skills, slp.skills):
            have_sum += min(h, n) / 4
            need_sum += n / 4
            extra += max(0.0, h - n) / 4
    if prepared.requirements.languages.rule == "one_high_other_low":
        high, low = prepared.high, prepared.low
        first, second = prepared.pair
        ways = [((first, a, high), (second, b, low)), ((second, b, high), (first, a, low))]
        fraction = max(
            _language_fraction(
                have_sum + min(h1, n1) + min(h2, n2),
                need_sum + n1 + n2,
                extra + max(0, h1 - n1) + max(0, h2 - n2),
            )
            for (_, h1, n1), (_, h2, n2) in ways
        )
        # The way round that needs the fewest steps is the one to report and to advise.
        steps = [max(0, n1 - h1) + max(0, n2 - h2) for (_, h1, n1), (_, h2, n2) in ways]
        best = ways[0] if steps[0] < steps[1] or (steps[0] == steps[1] and a >= b) else ways[1]
        shortfalls = [(name, h, ROMAN_LEVELS[n - 1]) for name, h, n in best if h < n] + shortfalls
        (strong, strong_level, _), (weak, weak_level, _) = best
        stated = f"{strong} {_roman(strong_level)} and {weak} {_roman(weak_level)}"
        wanted = f"'{_roman(high)} in one, {_roman(low)} in the other'"
    else:
        # Nothing required: the official languages' levels, V and III earning all the points.
        fraction = _language_fraction(have_sum, need_sum, extra) if need_sum else min(1.0, (a + b) / 8)
        stated = f"{prepared.pair[0]} {_roman(a)}, {prepared.pair[1]} {_roman(b)}"
        listed = [f"{n} {ROMAN_LEVELS[lv - 1]}" for n, _, lv in prepared.other_languages]
        listed += [f"{n} SLP {slp}" for n, _, slp in prepared.stanag]
        wanted = f"'{', '.join(listed)}'" if listed else ""
    unmet, to_assess, hints = [], [], []
    for name, have, need in shortfalls:
        unmet.append(f"Languages: {name} below {need} ({_roman(have) + ' stated' if have else 'not stated'})")
        hints.append(f"Raise your {name} to level {need}")
    for name, have, need in stanag_unmet:
        unmet.append(f"Languages: {name} below {need} ({have})")
        hints.append(f"Raise your {name} to {need}")
    for name, reason in stanag_assess:
        to_assess.append(reason)
        hints.append(f"Add your {name} STANAG 6001 profile (SLP)")
    if not wanted:
        reason = f"{stated}; no language level required"
    elif unmet:
        reason = f"{stated} do not meet {wanted}"
    else:
        reason = f"{stated} meet {wanted}"
    return CriterionScore(weight * fraction, weight, reason), tuple(unmet), tuple(to_assess), tuple(hints)


def _language_fraction(have_sum: float, need_sum: float, extra: float) -> float:
    if have_sum >= need_sum:
        return MEETS + (1 - MEETS) * min(1.0, extra / EXTRA_LEVELS_FULL)
    return MEETS * have_sum / need_sum


def _competencies(prepared: PreparedVacancy, claimed: int | tuple[int, ...]) -> Outcome:
    """Mean over the required competencies of min(1, rung claimed / rung required).

    ``claimed``: the rungs claimed per required competency, or claimed & required in unary.
    """
    weight = prepared.weights["competencies"]
    if not prepared.competencies:
        return CriterionScore(0.0, weight, "The notice lists no competencies"), (), (), ()
    if isinstance(claimed, int):
        claimed = claimed_rungs(claimed, prepared.competencies)
    credit = 0.0
    below = []
    for (name, rung), have in zip(prepared.competencies, claimed):
        credit += min(1.0, have / rung)
        if have < rung:
            below.append(f"{name} at level {have}, {rung} asked" if have else f"{name} not stated")
    count = len(prepared.competencies)
    reason = f"{count - len(below)} of {count} competencies at the level asked"
    if below:
        reason += "; below: " + ", ".join(below[:3]) + (", ..." if len(below) > 3 else "")
    return CriterionScore(weight * credit / count, weight, reason), (), (), ()


def _desirable(prepared: PreparedVacancy, key: tuple) -> Outcome:
    """Mean over the desirable criteria of each one's credit (0-1).

    A text criterion earns (share of its key terms the candidate's words cover) / 0.5, capped at 1;
    the words are experience, skills, summary and fields of study. "Higher level of the second
    official language" earns the weaker official language's place between the required low and
    high levels; "other languages" earns the best other language's level / IV.
    """
    weight = prepared.weights["desirable"]
    kinds = prepared.desirable_kinds
    if not kinds:
        return CriterionScore(0.0, weight, "The notice lists no desirable criteria"), (), (), ()
    credits = key[0]  # of the text items (see _desirable_credits)
    if prepared.language_desirables:
        high, low = prepared.high or USUAL_HIGH, prepared.low or USUAL_LOW
        second = min(1.0, max(0.0, (key[1] - low) / (high - low))) if high > low else float(key[1] > low)
        other = min(1.0, key[2] / 4)
        text = iter(credits)
        credits = [
            next(text) if kind == "text" else second if kind == "second_language" else other for kind in kinds
        ]
    met = credits.count(1.0)  # no credit is above 1
    partly = sum([0 < c < 1.0 for c in credits])
    reason = f"{met} of {len(credits)} desirable criteria met" + (f", {partly} in part" if partly else "")
    best = max(credits)
    if best > 0:
        reason += f" (best: '{_shorten(prepared.requirements.desirable[credits.index(best)])}')"
    return CriterionScore(weight * sum(credits) / len(credits), weight, reason), (), (), ()


def _relevance(prepared: PreparedVacancy, mask: int) -> Outcome:
    """Mean over the duties (accountabilities, non-formal essentials) of coverage / 0.4, capped at 1."""
    weight = prepared.weights["relevance"]
    if not prepared.duty_bits:
        return CriterionScore(0.0, weight, "The notice lists no duties to compare with"), (), (), ()
    fraction = sum(
        min(1.0, (mask & item).bit_count() / size / RELEVANCE_FULL_COVERAGE) if size else 0.0
        for item, size in prepared.duty_items
    ) / len(prepared.duty_items)
    reason = f"Experience matches the post's duties at {round(100 * fraction)}%"
    return CriterionScore(weight * fraction, weight, reason), (), (), ()


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
