"""The matching engine: is a candidate eligible for a vacancy, and how well do they fit?

Pure: no Django. Prepare a vacancy once (``prepare_vacancy``) and a candidate once
(``prepare_profile``), then ``score`` any pair, or many at once with ``score_many`` (one vacancy)
and ``score_all`` (several); ``rank`` orders the results.

Eligibility (``MatchResult.eligible``) follows the notice's essentials exactly: True, False, or None
when a person must judge (an "equivalent qualification" instead of a degree, a STANAG profile
against a candidate who stated only a NATO level, an unstated nationality). A clearly unmet
essential makes it False even when something else is still to be assessed.

The score (0-100, one decimal) is sum(points) / sum(weights) * 100 over the criteria below; each
criterion earns a fraction of its weight (see the ``_degree``, ``_experience``... functions of
``matching.criteria`` for the formulas). A criterion the notice gives nothing to score against (no competencies, no desirable
criteria, no duties) gets weight 0 and leaves the score to the others.

Everything only grows when a candidate adds a degree, months, a language level, a competency rung
or a skill: points use maxima and coverage, never averages over the candidate's own entries.

The engine is split at its seams: ``matching.criteria`` (the rules of each criterion),
``matching.prepared`` (a vacancy and a candidate prepared once, and the per-vacancy caches of
outcomes) and this module (the scoring loop and the public entry points, which the others are
imported through). ``matching.reasons`` says why in words.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.translation import get_language

from candidates.profile import CandidateProfile, months_covered
from reference.scales import CRITERIA, DEGREE_RANK, REQUIRED_RANK

from .compact import CompactResult, criteria_flags, line_flags
from .criteria import (
    _OFFICIAL_KEY_SET,
    OFFICIAL_KEYS,
    OTHER_LANGUAGE,
    UNREAD_RELEVANCE,
    USUAL_HIGH,
    USUAL_LOW,
    CriterionScore,
    Sentence,
    _competencies,
    _desirable,
    _experience,
    _relevance,
    in_training,
    named_nations_outcome,
    repeats_shortfall,
    training_reasons,
)
from .essentials import Essential, EssentialLine, account, account_statuses, covered, shown_in_profile
from .prepared import (
    OUTCOME_CACHE_LIMIT,
    PreparedProfile,
    PreparedVacancy,
    _degree_outcome,
    _desirable_credits,
    _language_outcome,
    _outcome,
    condition_outcome,
    prepare_profile,
    prepare_profiles,
    prepare_vacancy,
    relevance_fraction,
)
from .reasons import Reason, reasons_json
from .text import matched

__all__ = [
    "CRITERIA", "DEGREE_RANK", "ENGINE_VERSION", "REQUIRED_RANK", "CriterionScore", "MatchResult",
    "PreparedProfile", "PreparedVacancy", "Reason", "prepare_profile", "prepare_profiles", "prepare_vacancy",
    "rank", "score", "score_all", "score_many",
]  # fmt: skip

# Stored with every result: a result of another engine version shows as being updated.
ENGINE_VERSION = "30"


# Results


# Not frozen: a frozen dataclass's __init__ costs three times as much, and this one is made per pair.
@dataclass(slots=True)
class MatchResult:
    eligible: bool | None  # None: to be assessed by a person
    score: float  # 0-100, one decimal
    unmet: tuple[Reason, ...]
    to_assess: tuple[Reason, ...]
    hints: tuple[Reason, ...]  # the smallest changes that would make the candidate eligible
    breakdown: Mapping[str, CriterionScore]
    # What ``essentials`` are worked out from (matching.essentials.account's arguments); None once they are.
    # The scoring loop decides only the verdict; the statuses and the evidence wait until read.
    _essentials_source: tuple | None = field(default=None, compare=False, repr=False)
    _essentials: tuple[Essential, ...] = field(default=(), compare=False, repr=False)

    @property
    def essentials(self) -> tuple[Essential, ...]:
        """Each essential line of the notice with its status and evidence (matching.essentials)."""
        return self.essentials_in(None)

    def essentials_in(self, language: str | None) -> tuple[Essential, ...]:
        """``essentials``, worked out (when first read) in ``language``, the active one (``get_language()``):
        pass it when reading many, asking Django for it costs more than the rest."""
        if self._essentials_source is not None:
            self._essentials = account(*self._essentials_source, language=language)
            self._essentials_source = None
        return self._essentials

    def compact(self) -> CompactResult:
        """What is stored of this result (matching.compact): figures and statuses, no words, so no gettext."""
        source = self._essentials_source
        if source is not None:
            statuses = account_statuses(*source[:6], *source[7:])  # all but the months
        else:
            statuses = [essential.status for essential in self._essentials]
        return CompactResult(
            self.eligible,
            self.score,
            tuple([self.breakdown[name].tenths if name in self.breakdown else 0 for name in CRITERIA]),
            criteria_flags([r.criterion for r in self.unmet], [r.criterion for r in self.to_assess]),
            line_flags(statuses),
        )

    def essentials_json(self, language: str | None = None) -> list[dict[str, Any]]:
        """As the rank command writes them: [{"text", "status", "evidence"}] (``language``: ``essentials_in``)."""
        return [essential_json(e) for e in self.essentials_in(language)]

    @property
    def missing_for_eligibility(self) -> tuple[Reason, ...]:
        return self.hints

    def breakdown_json(self, language: str | None = None) -> dict[str, dict[str, Any]]:
        """The breakdown with its reasons worded in the active language (matching.criteria.Sentence); pass
        ``language`` (``get_language()``) when wording many: asking Django for it costs more than the rest."""
        language = language or get_language()
        return {name: criterion_json(c, language) for name, c in self.breakdown.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "score": self.score,
            "unmet": reasons_json(self.unmet),
            "to_assess": reasons_json(self.to_assess),
            "hints": reasons_json(self.hints),
            "breakdown": self.breakdown_json(),
            "essentials": self.essentials_json(),
        }


def essential_json(essential: Essential) -> dict[str, Any]:
    """One essential as the rank command writes it (``MatchResult.essentials_json``)."""
    return {"text": essential.text, "status": essential.status, "evidence": essential.evidence}


def criterion_json(outcome: CriterionScore, language: str) -> dict[str, Any]:
    """One criterion's part of ``MatchResult.breakdown_json``, worded in ``language``."""
    reason = outcome.reason
    return {
        "points": round(outcome.points, 1),
        "weight": outcome.weight,
        "reason": reason.worded(language) if isinstance(reason, Sentence) else str(reason),
        **({"notes": reasons_json(outcome.notes)} if outcome.notes else {}),
    }


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
            _score_vacancy(prepared, candidates, months, vacancy_masks, last)
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
    last: int,
) -> list[MatchResult]:
    # Written out, with the vacancy's parts held in locals: this runs 100,000 times a second.
    # Each criterion's outcome is looked up by a key that decides it, an int or a small tuple of
    # ints (caches in the order of CRITERIA), and computed on a miss.
    degrees, experiences, languages_, competencies_, desirables, relevances = prepared._outcomes.values()
    names, rungs = prepared.competency_names, prepared.competency_rungs
    required_code = prepared.competency_code
    nothing_claimed = (0,) * len(names)
    desirable_credits = prepared._desirable_credits
    relevance_fractions = prepared._relevance_fractions
    notice_language = prepared.notice_language
    desirable_bits, relevance_bits = prepared.desirable_bits, prepared.relevance_bits
    pair_keys = prepared.pair_keys
    official = pair_keys == OFFICIAL_KEYS
    # Reading no language but English and French, the languages criterion has far fewer cases.
    official_only = prepared.language_keys <= _OFFICIAL_KEY_SET
    high, low = prepared.high or USUAL_HIGH, prepared.low or USUAL_LOW
    language_desirables = prepared.language_desirables
    restricted = prepared.nationality_restricted
    nations, nation_codes = prepared.requirements.nationalities, prepared.nation_codes
    conditions = prepared.conditions
    required_months = prepared.required_months
    reads_relevance = bool(prepared.duty_items) and bool(prepared.weights["experience"])
    total_weight = prepared.total_weight
    essential_lines = prepared.essential_lines
    term_lines = prepared._essential_term_lines
    no_nationality = ((), (), ())
    results = []
    append = results.append
    for candidate, months_, (text_mask, experience_mask) in zip(candidates, months, masks):
        # Beyond the minimum only the months on the post's duties earn more (criteria._experience).
        key = months_
        if reads_relevance and months_ > required_months and candidate.entries:
            relevant = prepared.relevant_months(candidate, last, months_)
            if relevant < months_:
                key = (months_, relevant)
        experience = experiences.get(key) or _outcome(experiences, key, _experience, prepared)
        degree = degrees.get(candidate.degree_case) or _degree_outcome(prepared, candidate)
        key = candidate.official_language_case if official_only else candidate.language_case
        languages = languages_.get(key) or _language_outcome(prepared, candidate, key)
        # Rungs above the required one earn nothing more: clipped, fewer distinct outcomes. The key holds
        # the rungs claimed and the rungs backed by evidence.
        code = candidate.competency_code
        if code is None or required_code is None:
            key = (
                tuple(map(min, map(candidate.competencies.get, names, nothing_claimed), rungs)),
                tuple(map(min, map(candidate.backed.get, names, nothing_claimed), rungs)),
            )
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
        key = (experience_mask & relevance_bits, text_mask & relevance_bits)
        fraction = relevance_fractions.get(key)
        if fraction is None:
            fraction = relevance_fraction(prepared, key)
        if fraction < UNREAD_RELEVANCE and candidate.written and candidate.written != notice_language:
            # Written in another language than the notice: its words cannot show what the work was about.
            fraction = OTHER_LANGUAGE
        relevance = relevances.get(fraction) or _outcome(relevances, fraction, _relevance, prepared)
        condition = condition_outcome(prepared, candidate, last) if conditions else None
        training = ()
        if (
            required_months
            and months_ >= required_months
            and any(in_training(e[2]) for e in candidate.entries)
        ):
            # The minimum is met only with internships' months: a person decides whether they count.
            professional = months_covered([e[:2] for e in candidate.entries if not in_training(e[2])], last)
            training = training_reasons(professional, months_, required_months)
            if training:
                experience = (experience[0], experience[1], experience[2] + training, experience[3])
        if condition and repeats_shortfall(condition[0], experience[1]):
            # The condition says it with where the years count: the general shortfall and its hint go.
            experience = (experience[0], (), experience[2], ())
        # Only degree, experience and languages (and nationality) decide eligibility.
        unmet = degree[1] + experience[1] + languages[1]
        to_assess = degree[2] + languages[2] + training
        hints = degree[3] + experience[3] + languages[3]
        nationality = no_nationality
        if condition:
            unmet += condition[0]
            to_assess += condition[1]
            hints += condition[2]
            if condition[0]:  # the experience essential is not met either
                experience = (experience[0], experience[1] + condition[0], *experience[2:])
            elif condition[1]:  # nor is it met: a person judges the condition on its line
                experience = (experience[0], experience[1], experience[2] + condition[1], experience[3])
        if nation_codes:
            nationality = named_nations_outcome(
                candidate.profile.nationality, candidate.nationality_code, nations, nation_codes
            )
            unmet += nationality[0]
            to_assess += nationality[1]
            hints += nationality[2]
        elif restricted:
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
        if essential_lines:
            # Criterion lines add nothing to the verdict (their reasons are the criteria's, already in
            # unmet and to_assess), and a line met by the profile's words is never "not met": only an
            # eligible candidate can change, to "to be assessed", when a checkable line's terms are not covered.
            if eligible:
                for line, on_experience, bits, covered_by in term_lines:
                    mask = (experience_mask if on_experience else text_mask) & bits
                    is_covered = covered_by.get(mask)
                    if is_covered is None:
                        is_covered = _line_covered(covered_by, mask, line)
                    if not shown_in_profile(prepared, candidate, line, is_covered, last):
                        eligible = None
                        break
                if prepared.essentials_unread:
                    eligible = None
            source = (prepared, candidate, degree, experience, languages, nationality, months_, text_mask,
                      experience_mask, last)  # fmt: skip
            append(MatchResult(eligible, value, unmet, to_assess, hints, breakdown, source))
        else:
            append(MatchResult(eligible, value, unmet, to_assess, hints, breakdown))
    return results


def _line_covered(cache: dict, mask: int, line: EssentialLine) -> bool:
    if len(cache) >= OUTCOME_CACHE_LIMIT:
        cache.clear()
    found = cache[mask] = covered(line, mask)
    return found


def rank(results: Iterable[tuple[str, MatchResult]]) -> list[tuple[str, MatchResult]]:
    """Eligible first, then to be assessed, then not eligible; by score, highest first; ties by id.

    >>> ok = MatchResult(True, 50.0, (), (), (), {})
    >>> [cid for cid, _ in rank([("b", ok), ("a", ok)])]
    ['a', 'b']
    """
    return sorted(results, key=rank_key)


def rank_key(pair: tuple[str, MatchResult]) -> tuple[int, float, str]:
    """Where a (candidate id, result) goes in ``rank``'s order (parts ranked apart merge by it)."""
    return (_VERDICT_ORDER[pair[1].eligible], -pair[1].score, str(pair[0]))


_VERDICT_ORDER = {True: 0, None: 1, False: 2}
