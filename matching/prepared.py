"""Preparing for the scoring loop: a candidate once for all vacancies, a vacancy once for all
candidates, and the per-vacancy caches of outcomes that make most pairs a few dictionary look-ups.

Pure: no Django.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process, utils
from wordfreq import zipf_frequency

from candidates.profile import (
    CandidateProfile,
    Education,
    StanagProfile,
    experience_spans,
    months_covered,
    resolve_rung,
)
from reference.concepts import ROLE_TAGS, affirmed, asked_concepts, disowned, is_where, lapsed, narrowest
from reference.data import DEFAULT_REFERENCE, ReferenceData
from reference.disciplines import (
    asked_disciplines,
    close_disciplines,
    cognate_field,
    families_of,
    kindred_disciplines,
)
from reference.esco import related_concepts, shows_concept
from reference.nations import nation_code
from reference.scales import CRITERIA, DEGREE_RANK, REQUIRED_RANK

from .cases import case_id, competency_code, required_code
from .claims import backed_rung, experience_words
from .contexts import context_slots
from .criteria import (
    _FORMAL_ESSENTIAL,
    _LANGUAGE_ITEM,
    _OFFICIAL_LANGUAGE_ITEM,
    _VAGUE_FIELD,
    CONTEXT_CONCEPTS,
    DESIRABLE_FULL_COVERAGE,
    FIELD_MATCH,
    FIELD_RELATED,
    OFFICIAL_KEYS,
    ORGANISATION_CONCEPTS,
    ORGANISATION_TAGS,
    READABLE_SHARE,
    RELEVANCE_FULL_COVERAGE,
    SAID_ELSEWHERE_SHARE,
    STRONG_CONTEXT,
    Condition,
    Outcome,
    _degree,
    _languages,
    condition_reasons,
    nationality_outcome,
)
from .essentials import (
    UNREAD,
    EssentialLine,
    active_criteria,
    covered,
    covered_bits,
    line_texts,
    prepare_essentials,
)
from .pool import EMPTY_POOL, TermPool
from .reasons import Reason
from .requirements import VacancyRequirements
from .text import TermIndex, requirement_terms, term_set, terms

# Preparing a candidate


# Not frozen, like scoring.MatchResult: a frozen dataclass's __init__ sets each field through
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
    backed: dict[str, int]  # name -> highest rung backed by evidence (matching.claims); absent: none
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
    # The rungs claimed and backed in unary (matching.cases.competency_code); None: a rung it cannot write.
    competency_code: int | None
    # What a notice restricted to nationals of member states adds to unmet, to_assess and hints.
    nationality_outcome: tuple[tuple[Reason, ...], tuple[Reason, ...], tuple[Reason, ...]]
    # (the weaker level of English and French, the best level of any other language); 0: none.
    beside_official: tuple[int, int]
    nationality_code: str | None  # ISO alpha-2 code; None: names no country (or not stated)
    # Experience entries by start: (start, end or None, "title organisation\ndescription", the
    # organisation, has a description), for notices whose experience carries a context.
    entries: tuple[tuple[int, int | None, str, str, bool], ...]
    # The language its experience is written in (``written``); None: not worked out yet.
    _written: str | None = None
    # The summary's key terms, as ``terms`` reads them (the evidence quotes it: ``essentials._sources``).
    summary_terms: tuple[str, ...] = ()
    # The skills it still holds: one stated as expired or lapsed ("CISSP (expired 2019)") is no evidence
    # (``reference.concepts.lapsed``; read by ``other_terms`` and quoted by ``essentials._sources``).
    skills_held: tuple[str, ...] = ()

    @property
    def written(self) -> str:
        """The language its experience is written in: "en", "fr", "other", or "" when too short to tell
        (``written_in``). Worked out when first read: only a pair whose relevance the notice's terms leave
        low asks (``matching.scoring``), and counting the words cost 5 µs a profile."""
        if self._written is None:
            self._written = _written_in_parts(
                [t for x in self.profile.experience for t in (x.title, x.description)]
            )
        return self._written

    def months(self, as_of: date) -> int:
        return months_covered(self.experience_spans, as_of.year * 12 + as_of.month - 1)

    def beside_pair(self, pair_keys: tuple[str, str]) -> tuple[int, int]:
        """(the weaker level of the pair of languages, the best level of any other language); 0: none."""
        return self.beside_official if pair_keys == OFFICIAL_KEYS else _beside(self.levels, pair_keys)


def _beside(levels: dict[str, int], pair_keys: tuple[str, str]) -> tuple[int, int]:
    a, b = pair_keys
    others = [level for language, level in levels.items() if language != a and language != b]
    return min(levels.get(a, 0), levels.get(b, 0)), max(others, default=0)


def _education_rank(education: Education) -> int:
    return DEGREE_RANK[education.level]


def prepare_profile(
    profile: CandidateProfile, reference: ReferenceData = DEFAULT_REFERENCE
) -> PreparedProfile:
    """Everything about a candidate that does not depend on the vacancy; reuse it across vacancies."""
    education = profile.education
    highest = max(education, key=_education_rank, default=None) if education else None
    competencies: dict[str, int] = {}
    backed: dict[str, int] = {}
    ladders = reference.competency_ladders
    if profile.competencies:
        experience = experience_words([(x.title, x.description) for x in profile.experience])
    for claim in profile.competencies:
        # Profiles read by candidates.profile already carry canonical names: no need to look them up.
        name = (
            claim.name if claim.name in ladders else reference.canonical_competency(claim.name) or claim.name
        )
        competencies[name] = max(competencies.get(name, 0), claim.rung)
        shown = backed_rung(name, claim.rung, claim.evidence, ladders, experience)
        if shown > backed.get(name, 0):
            backed[name] = shown
    # What a description denies ("no deployments or NATO posts") is no evidence of it.
    said = {x.description: _said(x.description) for x in profile.experience}
    experience_terms = term_set(
        tuple([t for x in profile.experience for t in (x.title, x.organisation, said[x.description])])
    )
    fields = tuple(dict.fromkeys([e.field for e in education if e.field]))
    summary_terms = _summary_terms(profile.summary) if profile.summary else ()
    skills_held = tuple(skill for skill in profile.skills if not lapsed(skill))
    other_terms = frozenset().union(summary_terms, *map(terms, [*skills_held, *fields]))
    nationality = profile.nationality
    member_nation, nationality_facts, nationality_code = _nationality(nationality, reference)
    levels, stanag, language_signature, language_case, official_language_case, beside_official = (
        _language_facts(tuple([(s.language, s.level, s.stanag) for s in profile.languages]))
    )
    degree_rank = DEGREE_RANK[highest.level] if highest else 0
    degree_signature = (
        degree_rank,
        (highest.level, highest.field) if highest else None,
        fields,
        profile.military_staff_college,
        any(not e.field and DEGREE_RANK[e.level] >= _BACHELOR for e in education),  # a degree, no field
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
        backed=backed,
        member_nation=member_nation,
        experience_terms=experience_terms,
        other_terms=other_terms,
        experience_spans=experience_spans(profile.experience),
        degree_signature=degree_signature,
        language_signature=language_signature,
        degree_case=case_id(degree_signature),
        language_case=language_case,
        official_language_case=official_language_case,
        competency_code=competency_code(competencies, backed),
        nationality_outcome=nationality_facts,
        beside_official=beside_official,
        nationality_code=nationality_code,
        summary_terms=summary_terms,
        skills_held=skills_held,
        entries=tuple(
            sorted(
                [
                    (
                        x.start.index,
                        x.end.index if x.end else None,
                        f"{x.title} {x.organisation}\n{said[x.description]}",
                        x.organisation or "",
                        bool(x.description),
                    )
                    for x in profile.experience
                ],
                key=_start,
            )
        ),
    )


@functools.lru_cache(maxsize=100_000)
def _said(description: str) -> str:
    """What a description affirms, once per distinct description (many profiles share one)."""
    return affirmed(disowned(description))


@functools.lru_cache(maxsize=100_000)
def _summary_terms(summary: str) -> tuple[str, ...]:
    """A summary's key terms, once per distinct summary, in a cache of their own: a summary is most often a
    candidate's own, and would push out of the cache of ``terms`` (and of ``_said``) the texts that many
    profiles share (skills, fields, titles, descriptions). What it denies ("does not hold a driving
    licence") is no evidence, as in a description."""
    return _uncached_terms(affirmed(disowned(summary)))


_start = operator.itemgetter(0)
_uncached_terms = terms.__wrapped__
_LETTERS = re.compile(r"[^\W\d_]{3,}")
# A profile whose experience has fewer words than this says too little to tell its language.
_FEW_WORDS = 6


@functools.lru_cache(maxsize=100_000)
def _known(word: str, language: str) -> bool:
    return zipf_frequency(word, language) >= 2.5


def written_in(text: str) -> str:
    """The language of a text among the official ones: "en" or "fr" when most of its words are words of it
    (and no fewer than of the other), "other" when neither, "" for a text too short to tell.

    >>> written_in("Defence planning and preparation of the national positions for the committees")
    'en'
    >>> written_in("Planowanie obronne, przygotowywanie stanowisk na posiedzenia komitetów")
    'other'
    """
    return _written_in_parts([text])


def _written_in_parts(parts: list[str]) -> str:
    """``written_in(" ".join(parts))``, from the words of each part counted once per distinct part: a
    title or a description is often shared by many profiles of a pool. The same, since no word spans the
    space between two parts and case-folding reads one character at a time."""
    count = english = french = 0
    for part in parts:
        words, en, fr = _word_counts(part)
        count += words
        english += en
        french += fr
    if count < _FEW_WORDS:
        return ""
    english, french = english / count, french / count
    if max(english, french) < READABLE_SHARE:
        return "other"
    return "en" if english >= french else "fr"


@functools.lru_cache(maxsize=100_000)
def _word_counts(text: str) -> tuple[int, int, int]:
    """(words, words of English, words of French) of a text, as ``written_in`` counts them."""
    words = _LETTERS.findall(text.casefold())
    return len(words), sum([_known(w, "en") for w in words]), sum([_known(w, "fr") for w in words])


_BACHELOR = DEGREE_RANK["bachelor"]


def _nationality(nationality: str, reference: ReferenceData) -> tuple[bool | None, tuple, str | None]:
    """(member nation, ``nationality_outcome``, ISO code) of a profile's nationality, once per nationality and
    reference: a pool holds a few dozen, and a name not among the member nations is looked for among
    their other names, one by one."""
    kept = _NATIONALITIES.get(id(reference))
    if kept is None or kept[0] is not reference:
        if len(_NATIONALITIES) >= 8:
            _NATIONALITIES.clear()
        kept = _NATIONALITIES[id(reference)] = (reference, {})
    facts = kept[1].get(nationality)
    if facts is None:
        member_nation = (
            (nationality in reference.member_nations or reference.canonical_nation(nationality) is not None)
            if nationality
            else None
        )
        facts = (
            member_nation,
            nationality_outcome(nationality, member_nation),
            _nation_code(nationality) if nationality else None,
        )
        if len(kept[1]) >= NATIONALITIES_KEPT:
            kept[1].clear()
        kept[1][nationality] = facts
    return facts


NATIONALITIES_KEPT = 10_000
# Per reference (kept with it, so that its id is not another's): nationality -> ``_nationality``'s facts.
_NATIONALITIES: dict[int, tuple[ReferenceData, dict[str, tuple]]] = {}


@functools.lru_cache(maxsize=1_000)
def _nation_code(nationality: str) -> str | None:
    """A profile's nationality (a name, an alias or already a code) as its code."""
    return nation_code(nationality)


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

# Outcomes are remembered per vacancy by what decides them (a number of months, a pair of
# levels...), so the reasons are made once per distinct case, not once per pair.
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
    terms: TermIndex  # the desirable text items, then the duties, then the essential lines
    # Per desirable text item and per duty: (mask of its terms, number of terms).
    desirable_items: tuple[tuple[int, int], ...]
    duty_items: tuple[tuple[int, int], ...]
    desirable_bits: int  # all terms of the desirable text items
    duty_bits: int
    # Per term (by bit), its weight in the pool (matching.pool); the mask of all the notice's terms.
    relevance_weights: tuple[float, ...]
    relevance_bits: int
    relevance_total: float
    notice_language: str  # "fr" when its requirements are written in French, else "en" (``written_in``)
    total_weight: int
    language_desirables: bool  # any "second official language" or "other languages" item
    fields_required: bool  # a named field of study is part of the essential
    field_families: frozenset[int]  # reference.disciplines.FAMILIES (by index) the named fields belong to
    field_disciplines: frozenset[str]  # reference.disciplines.DISCIPLINES the named fields are names of
    nation_codes: frozenset[str]  # the named nations' codes; empty: no named list
    conditions: tuple[Condition, ...]  # experience conditions that count only some entries' months
    essential_lines: tuple[EssentialLine, ...]  # matching.essentials
    essential_bits: int  # all terms the essential lines are matched by
    # Nationals of member nations only: as parsed, or an essential line says so.
    nationality_restricted: bool
    _field_related: dict[str, bool] = field(default_factory=dict)
    _field_close: dict[str, bool] = field(default_factory=dict)
    # Per entry text: whether it meets each condition.
    _entry_meets: dict[tuple[str, str], tuple[bool | None, ...]] = field(default_factory=dict)
    # Per entry text: (in the experience line's context, on the post's duties, the same_work lines it shows)
    # (``entry_reading``).
    _entry_readings: dict[str, tuple[bool, bool, int]] = field(default_factory=dict)
    _field_similarity: dict[str, float] = field(default_factory=dict)
    _desirable_credits: dict[int, tuple[float, ...]] = field(default_factory=dict)
    _relevance_fractions: dict[tuple[int, int], float] = field(default_factory=dict)
    # Per criterion (in the order of CRITERIA), outcomes by the key the scoring loop computes per pair.
    _outcomes: dict[str, dict[Any, Outcome]] = field(default_factory=lambda: {name: {} for name in CRITERIA})
    # Language outcomes by the levels of only the languages the vacancy reads (few distinct cases).
    _language_outcomes: dict[tuple, Outcome] = field(default_factory=dict)
    # Per checkable line with key terms: (line, matched against the experience only, the bits ``covered``
    # reads, covered by those bits of a mask).
    _essential_term_lines: tuple[tuple[EssentialLine, bool, int, dict[int, bool]], ...] = ()
    # Per line with key terms, in order: (line, the bits ``covered`` reads, its answers by those bits of a
    # mask) (matching.essentials.account_statuses).
    _line_answers: tuple[tuple[EssentialLine, int, dict[int, bool]], ...] = ()
    # No requirement could be read from the notice (matching.essentials.unread): no one is eligible yet.
    essentials_unread: bool = False
    # Per line asking for experience in something (the experience line's what the years must be in, and
    # "experience in ..." lines): (the line, its key words, the ESCO concepts those words describe best:
    # reference.esco). An entry showing one of them in other words speaks to the line (``entry_reading``).
    same_work: tuple[tuple[EssentialLine, tuple[str, ...], tuple[Mapping[str, float], ...]], ...] = ()
    # The essentials' words that repeat from candidate to candidate, by language (matching.essentials).
    _words: dict[tuple, str] = field(default_factory=dict)
    # Each essential's outcome, once per distinct (text, status, evidence, checkable): many candidates share
    # one, and a frozen dataclass costs more to make than to find (matching.essentials.account).
    _essentials_kept: dict[tuple, Any] = field(default_factory=dict)
    # The essential lines' statuses by what decides them (matching.essentials.account_statuses).
    _statuses: dict[tuple, tuple] = field(default_factory=dict)
    # The reasons of each condition (``condition_outcome``), by (its position, months met, months unjudged).
    _condition_reasons: dict[tuple[int, int, int], tuple] = field(default_factory=dict)
    # What a source's words weigh on an essential line, by (line's position, mask) (matching.essentials).
    _source_weights: dict[tuple[int, int], float] = field(default_factory=dict)

    def field_similarity(self, written: str) -> float:
        """0-100: how close a field of study is to the nearest preferred field (cached)."""
        similarity = self._field_similarity.get(written)
        if similarity is None:
            best = process.extractOne(
                written, self.preferred_fields, scorer=fuzz.token_set_ratio, processor=utils.default_process
            )
            similarity = self._field_similarity[written] = best[1] if best else 0.0
        return similarity

    def field_close(self, written: str) -> bool:
        """Whether a field of study is one the notice names: nearly the same words, the same discipline
        under another name ("computer engineering" for "computer science") or in another language
        ("Magister meteorologii"; cached)."""
        close = self._field_close.get(written)
        if close is None:
            close = self._field_close[written] = (
                self.field_similarity(written) >= FIELD_MATCH
                or bool(close_disciplines(written) & self.field_disciplines)
                or any(cognate_field(written, named) for named in self.preferred_fields)
            )
        return close

    def field_related(self, written: str) -> bool:
        """Whether a field of study is plausibly related to a required one (a person assesses it)."""
        related = self._field_related.get(written)
        if related is None:
            related = self._field_related[written] = (
                self.field_similarity(written) >= FIELD_RELATED
                or bool(families_of(written) & self.field_families)
                or kindred_disciplines(close_disciplines(written), self.field_disciplines)
            )
        return related

    def entry_reading(self, text: str) -> tuple[bool, bool, int]:
        """Of one experience entry (cached: posts repeat): (whether it speaks to what the experience line
        asks, "3 years in administrative or financial support to projects", in its words or in others;
        whether it is on the post's duties: it covers a share of one duty's terms, RELEVANT_ENTRY_COVERAGE
        and two terms at least, or the experience line's what; bit i set when it shows the work of the
        i-th line of ``same_work`` in other words)."""
        found = self._entry_readings.get(text)
        if found is None:
            entry_terms = terms(text)
            mask = self.terms.mask_of(entry_terms)
            lines = [line for line in self.essential_lines if line.criterion == "experience"]
            shown = 0
            for i, (line, words, concepts) in enumerate(self.same_work):
                if (not line.where_mask or mask & line.where_mask) and any(
                    shows_concept(entry_terms, concept, words) for concept in concepts
                ):
                    shown |= 1 << i
            in_context = any(covered(line, mask) for line in lines) or any(
                shown >> i & 1
                for i, (line, _, _) in enumerate(self.same_work)
                if line.criterion == "experience"
            )
            relevant = any(
                size and (hits := (mask & item).bit_count()) >= 2 and hits >= RELEVANT_ENTRY_COVERAGE * size
                for item, size in self.duty_items
            ) or any(covered(line, mask) for line in lines if line.what)
            if len(self._entry_readings) >= OUTCOME_CACHE_LIMIT:
                self._entry_readings.clear()
            found = self._entry_readings[text] = (in_context, relevant, shown)
        return found

    def in_other_words(self, line: EssentialLine) -> bool:
        """Whether an entry may show the line's work in other words (it has ESCO concepts: ``same_work``)."""
        return any(line is worded for worded, _, _ in self.same_work)

    def shows_same_work(self, candidate: PreparedProfile, line: EssentialLine) -> bool:
        """Whether one of the candidate's entries shows what a line asks experience in, in other words
        (``same_work``)."""
        for i, (worded, _, _) in enumerate(self.same_work):
            if worded is line:
                return any(self.entry_reading(entry[2])[2] >> i & 1 for entry in candidate.entries)
        return False

    def context_months(self, candidate: PreparedProfile, last: int) -> int:
        """The months of the entries that speak to what the experience line asks, as of month ``last``."""
        return self._months_where(candidate, last, 0, None)

    def relevant_months(self, candidate: PreparedProfile, last: int, months: int) -> int:
        """The months of the candidate's entries that are on the post's duties, as of month index ``last``;
        ``months``: those of all the entries (the answer when every entry is relevant)."""
        return self._months_where(candidate, last, 1, months)

    def _months_where(self, candidate: PreparedProfile, last: int, which: int, months: int | None) -> int:
        flags = [self.entry_reading(entry[2])[which] for entry in candidate.entries]
        if months is not None and all(flags):
            return months
        if not any(flags):
            return 0
        spans = [(entry[0], entry[1]) for entry, flag in zip(candidate.entries, flags) if flag]
        return months_covered(spans, last)

    def entry_meets(self, text: str, organisation: str) -> tuple[bool | None, ...]:
        """Whether an experience entry meets each condition: True, False, or None when a person must tell
        (``Condition.reading``; cached: posts repeat)."""
        key = (text, organisation)
        found = self._entry_meets.get(key)
        if found is None:
            entry_terms = frozenset(terms(text))
            if len(self._entry_meets) >= OUTCOME_CACHE_LIMIT:
                self._entry_meets.clear()
            found = self._entry_meets[key] = tuple(
                [c.reading(text, entry_terms, organisation) for c in self.conditions]
            )
        return found


def prepare_vacancy(
    requirements: VacancyRequirements | Mapping[str, Any],
    weights: Mapping[str, int] | None = None,
    reference: ReferenceData = DEFAULT_REFERENCE,
    pool: TermPool = EMPTY_POOL,
) -> PreparedVacancy:
    """Precompute a vacancy; ``requirements`` may also be the ``parse_vacancy --json`` dict.

    ``weights`` override ``reference.default_weights`` per criterion (non-negative integers). ``pool``:
    how common each term is among the candidates ranked (``matching.pool``), which weighs the notice's
    terms for the relevance criterion.
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
    # The essential lines' terms come last: the desirable and duty masks, and so the scores, stay as they were.
    index = TermIndex([*desirable_texts, *duties, *line_texts(requirements)])
    duties_end = len(desirable_texts) + len(duties)
    effective = {name: merged.get(name, 0) for name in CRITERIA}
    if not competencies:
        effective["competencies"] = 0
    if not requirements.desirable:
        effective["desirable"] = 0
    # Relevance reads every term of the notice's requirements, each weighed by how few candidates use it; a
    # role ("~leadership") says how senior, not what about: it counts for what asks for it, not for the duties.
    roles = sum(1 << bit for bit in range(len(index)) if index.term(bit) in ROLE_TAGS)
    relevance_weights = tuple(
        0.0 if roles >> bit & 1 else pool.weight(index.term(bit)) for bit in range(len(index))
    )
    if not relevance_weights:
        effective["relevance"] = 0
    pair = languages.pair
    other_languages = _level_requirements(requirements)
    if languages.rule == "none" and not other_languages and not languages.stanag:
        # A notice that asks for no language gives the languages nothing to score (desirables may).
        effective["languages"] = 0
    named_fields = [f for f in degree.fields if not _VAGUE_FIELD.search(f) and f.strip()]
    required_rank = REQUIRED_RANK[degree.level]
    required_months = round(12 * (requirements.min_years_experience or 0))
    essential_lines = prepare_essentials(
        requirements,
        index,
        active_criteria(requirements, required_rank, required_months),
        [*pair, *(name for name, _, _ in other_languages), *(s.language for s in languages.stanag)],
    )
    return PreparedVacancy(
        requirements=requirements,
        weights=effective,
        required_rank=required_rank,
        alternatives=frozenset(degree.alternatives),
        preferred_fields=tuple(
            utils.default_process(f) for f in degree.fields if not _VAGUE_FIELD.search(f) and f.strip()
        ),
        required_months=required_months,
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
        duty_items=tuple(
            (mask & ~roles, size - (mask & roles).bit_count())
            for mask, size in zip(index.item_masks, index.item_sizes)
        )[len(desirable_texts) : duties_end],
        desirable_bits=functools.reduce(operator.or_, index.item_masks[: len(desirable_texts)], 0),
        duty_bits=functools.reduce(operator.or_, index.item_masks[len(desirable_texts) : duties_end], 0)
        & ~roles,
        relevance_weights=relevance_weights,
        relevance_bits=(1 << len(relevance_weights)) - 1,
        relevance_total=sum(relevance_weights),
        notice_language=written_in(" ".join([*requirements.essential, *requirements.accountabilities]))
        or "en",
        total_weight=sum(effective.values()),
        language_desirables=any(kind != "text" for kind in desirable_kinds),
        fields_required=degree.fields_required and bool(named_fields),
        field_families=frozenset().union(*(families_of(f) for f in named_fields)),
        field_disciplines=frozenset().union(*(asked_disciplines(f) for f in named_fields)),
        nation_codes=frozenset(nation_code(n) or n for n in requirements.nationalities),
        conditions=_conditions(requirements),
        essential_lines=essential_lines,
        nationality_restricted=requirements.nationality_restricted
        or any(line.criterion == "nationality" for line in essential_lines),
        essential_bits=functools.reduce(operator.or_, index.item_masks[duties_end:], 0),
        _essential_term_lines=tuple(
            (line, line.on_experience, covered_bits(line), {})
            for line in essential_lines
            if line.weights and line.checkable
        ),
        _line_answers=tuple((line, covered_bits(line), {}) for line in essential_lines if line.weights),
        essentials_unread=any(line.criterion == UNREAD for line in essential_lines),
        same_work=_same_work(essential_lines),
    )


def _same_work(
    lines: tuple[EssentialLine, ...],
) -> tuple[tuple[EssentialLine, tuple[str, ...], tuple[Mapping[str, float], ...]], ...]:
    """The experience lines' ESCO concepts (``PreparedVacancy.same_work``); concept tags aside, words only."""
    found = []
    for line in lines:
        if line.what and (
            line.criterion == "experience"
            or (line.criterion is None and line.on_experience and line.checkable)
        ):
            words = tuple(sorted(term for term in line.terms if not term.startswith("~")))
            concepts = related_concepts(words) if words else ()
            if concepts:
                found.append((line, words, concepts))
    return tuple(found)


# Words that name a place and nothing it was about, beside the where-concepts ("a NATO headquarters").
_PLACE_WORDS = frozenset(terms("nato hq headquarters organisation agency body command"))


def _conditions(requirements: VacancyRequirements) -> tuple[Condition, ...]:
    """The experience conditions that count only the months of some entries.

    The main requirement (the largest figure) does so only when its context says where the experience
    must have been gained; the others always do when their context names anything.
    """
    conditions = requirements.experience_conditions
    if not conditions:
        return ()
    main_years = requirements.min_years_experience or max(c.years for c in conditions)
    main = next((c for c in conditions if c.years == main_years), None)
    prepared: list[Condition] = []
    for condition in conditions:
        context = condition.context
        is_main = condition is main
        where_tags = narrowest(tuple(a for a in asked_concepts(condition.where.casefold()) if is_where(a[0])))
        if where_tags:
            # "... gained in a government department or an international organisation": only the months of
            # entries at such an organisation count, judged from the entry's organisation.
            prepared.append(
                Condition(
                    context=condition.where,
                    months=round(12 * condition.years),
                    patterns=(),
                    slots=(),
                    main=is_main,
                    by_organisation=True,
                    tags=tuple(dict.fromkeys(where_tags)),
                )
            )
        if not context:
            continue
        if is_main and not STRONG_CONTEXT.search(context):
            continue  # counted as today: all months
        found = [i for i, (trigger, _) in enumerate(CONTEXT_CONCEPTS) if trigger.search(context)]
        places = narrowest(tuple(a for a in asked_concepts(context.casefold()) if is_where(a[0])))
        only_places = all(is_where(term) or term in _PLACE_WORDS for term in requirement_terms(context))
        if (
            only_places
            and set(places) - {ORGANISATION_TAGS.get(i) for i in found}
            and all(i in ORGANISATION_CONCEPTS for i in found)
        ):
            # A list of places, some of which no organisation concept covers ("a NATO or multinational
            # headquarters or an international organisation"): an entry at any of them meets it, judged
            # from its title and organisation like where an experience was gained.
            prepared.append(
                Condition(
                    context=context,
                    months=round(12 * condition.years),
                    patterns=(),
                    slots=(),
                    main=is_main,
                    by_organisation=True,
                    tags=places,
                )
            )
            continue
        if is_main:
            # Only where it was gained restricts the main requirement, not what it was about.
            found = [i for i in found if i in ORGANISATION_CONCEPTS]
            if not found:
                continue
        slots = context_slots(context)
        if not found and not slots:
            continue
        prepared.append(
            Condition(
                context=context,
                months=round(12 * condition.years),
                patterns=tuple(CONTEXT_CONCEPTS[i][1] for i in found),
                slots=slots,
                main=is_main,
                by_organisation=bool(found) and all(i in ORGANISATION_CONCEPTS for i in found),
                places=tuple(ORGANISATION_TAGS[i] for i in found if i in ORGANISATION_TAGS),
            )
        )
    return tuple(prepared)


def _level_requirements(requirements: VacancyRequirements) -> tuple[tuple[str, str, int], ...]:
    languages = requirements.languages
    listed = [(r.language, r.language.casefold(), r.level) for r in languages.requirements]
    if languages.rule == "each" and not listed and languages.high:
        listed = [(name, name.casefold(), languages.high) for name in languages.pair]
    return tuple(listed)


# An entry covering this share of one duty's terms is on the post's duties (its months earn beyond the minimum).
RELEVANT_ENTRY_COVERAGE = 0.25


# The caches of outcomes, filled by the scoring loop on a miss


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


def relevance_fraction(prepared: PreparedVacancy, masks: tuple[int, int]) -> float:
    """The relevance criterion's share of its points (``criteria._relevance``) for the notice's terms that a
    profile's experience matches and those all its words match, rounded to 3 places so that the outcomes
    are shared by many profiles (cached)."""
    experience_mask, text_mask = masks
    weights = prepared.relevance_weights
    if not weights:
        return 0.0
    covered = _weighed(weights, experience_mask) + SAID_ELSEWHERE_SHARE * _weighed(
        weights, text_mask & ~experience_mask
    )
    fraction = round(min(1.0, covered / prepared.relevance_total / RELEVANCE_FULL_COVERAGE), 3)
    if len(prepared._relevance_fractions) >= OUTCOME_CACHE_LIMIT:
        prepared._relevance_fractions.clear()
    prepared._relevance_fractions[masks] = fraction
    return fraction


def _weighed(weights: tuple[float, ...], mask: int) -> float:
    """The sum of the weights of the bits set in ``mask``."""
    total = 0.0
    while mask:
        low = mask & -mask
        total += weights[low.bit_length() - 1]
        mask ^= low
    return total


def condition_outcome(prepared: PreparedVacancy, candidate: PreparedProfile, last: int) -> tuple:
    """(unmet, to_assess, hints) of the vacancy's experience conditions for a candidate, as of month
    index ``last``: only the months of entries meeting a condition's context count toward it."""
    unmet, to_assess, hints = (), (), ()
    entries = candidate.entries
    meets = [prepared.entry_meets(text, organisation) for _, _, text, organisation, _ in entries]
    kept = prepared._condition_reasons
    for i, condition in enumerate(prepared.conditions):
        met = [(start, end) for (start, end, *_), m in zip(entries, meets) if m[i]]
        open_ = [(start, end) for (start, end, *_), m in zip(entries, meets) if m[i] is not False]
        met_months = months_covered(met, last)
        key = (i, met_months, months_covered(open_, last) - met_months)
        # Kept by the months that decide them: the same reasons for every candidate with those months.
        reasons = kept.get(key)
        if reasons is None:
            if len(kept) >= OUTCOME_CACHE_LIMIT:
                kept.clear()
            reasons = kept[key] = condition_reasons(condition, *key[1:])
        unmet, to_assess, hints = unmet + reasons[0], to_assess + reasons[1], hints + reasons[2]
    return unmet, to_assess, hints
