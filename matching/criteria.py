"""The criteria: the rules that turn what decides a criterion into its points and its reasons.

Pure: no Django. Each criterion is a function ``(prepared vacancy, key) -> Outcome``, where the key
is what decides it for a candidate (a number of months, the levels of the languages the notice reads,
the rungs claimed...); ``matching.prepared`` remembers outcomes per vacancy by that key, so these
run once per distinct case, not once per pair. Eligibility reasons are ``matching.reasons.Reason``
items; only the breakdown's one-line explanations are written here, lazily: outcomes are kept per
vacancy, so each sentence is put into words (gettext) when it is read, in the language active then
(a page in French, the rank command in English).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils.functional import lazy
from django.utils.translation import get_language, gettext, ngettext

from reference.companies import is_company, is_university
from reference.concepts import (
    LOCATIONS,
    affirmed,
    asked_concepts,
    concept_tags,
    evidence_pattern,
    places_shown,
)
from reference.data import OFFICIAL_LANGUAGES, ROMAN_LEVELS, STANAG_TO_NATO_APPROX
from reference.disciplines import known_field
from reference.languages import displayed_language
from reference.posts import LEADERSHIP_ASKED, LEADERSHIP_SHOWN, STAFF_POST_SHOWN
from reference.scales import EDUCATION_REASON_LABELS as _EDUCATION_LABEL
from reference.scales import REQUIREMENT_LABELS as _REQUIREMENT_LABEL
from reference.scales import gettext_noop

from .cases import claimed_and_backed
from .compact import tenths
from .contexts import ContextSlot, meets_slots
from .reasons import _ALTERNATIVE_LABEL, Reason

if TYPE_CHECKING:
    from .prepared import PreparedVacancy


# Fractions of a criterion's weight: meeting an essential earns MEETS, going beyond it earns the rest.
MEETS = 0.7
# Preferred fields of study are worth this share of the degree points.
FIELD_SHARE = 0.2
# A field of study at least this similar (rapidfuzz token_set_ratio) to a preferred one matches fully.
FIELD_MATCH = 90.0
FIELD_FLOOR = 50.0
# A required field at least this similar to a stated one, or sharing a family of disciplines with it
# (reference.disciplines.FAMILIES), is a related field that a person assesses.
FIELD_RELATED = 70.0
# A competency rung claimed without evidence (matching.claims) earns this share of what it would with it.
BARE_CLAIM_SHARE = 0.6
# Experience beyond the minimum earns the rest of its points over max(minimum, 2 years) more.
EXTRA_MONTHS_FLOOR = 24
# With no minimum stated, 5 years earn all experience points.
NO_MINIMUM_FULL_MONTHS = 60
# Three language levels above the minimum (summed over the languages required) earn all points.
EXTRA_LEVELS_FULL = 3.0
# Coverage of an item's key terms that earns it in full (desirable: half, as counts are clipped there).
DESIRABLE_FULL_COVERAGE = 0.5
# Share of the notice's terms, weighed by the pool (matching.pool), that earns relevance in full.
# Share of the notice's terms, weighed by the pool (matching.pool), that earns relevance in full.
RELEVANCE_FULL_COVERAGE = 0.2
# A term only in the skills, the summary or a field of study counts this share of one shown in experience:
# a list of keywords is not work done (a keyword-stuffed profile must not come first).
SAID_ELSEWHERE_SHARE = 0.25
# A profile whose experience is written mostly in words of another language than the notice's (under this
# share of words of the notice's language, matching.prepared.written_in) cannot show its relevance by the
# notice's terms: it earns UNREAD_RELEVANCE of the points (half: neither shown nor refuted), or more if its
# words match more, and the reason says a person judges it. Counting it near 0 ranked applicants who write in
# their own language below English profiles of the same substance (sets 6-8: tau-b +0.03 to +0.12; set 5
# -0.03; sets 1-4 within 0.005).
READABLE_SHARE = 0.5
UNREAD_RELEVANCE = 0.5
OTHER_LANGUAGE = -1.0  # the relevance key of such a profile
# A NATO level whose bridged STANAG level is this far above every skill of an SLP meets it; this far
# below the weakest skill, it does not; in between a person decides (reference.scales' bridge is approximate).
BRIDGE_MARGIN = 1
BRIDGE_BELOW = 2
# A language item with rule "none" is read against the usual "V in one, I in the other".
USUAL_HIGH, USUAL_LOW = 5, 1


class Sentence:
    """A breakdown sentence, put into words when read, in the language active then, and once per language:
    outcomes are shared by every pair of their case (a gettext that misses walks every fallback catalogue,
    some 100 µs a breakdown). Reads like the str it gives: compares, hashes and formats as that str."""

    __slots__ = ("message", "values", "_words")

    def __init__(self, message: str, values: dict | None = None) -> None:
        self.message, self.values, self._words = message, values, {}

    def __str__(self) -> str:
        return self.worded(get_language())

    def worded(self, language: str | None) -> str:
        """In ``language``, the active one (asking Django which one it is costs more than the rest)."""
        words = self._words.get(language)
        if words is None:
            # Many outcomes word the same sentence ("2 of 6 competencies at the level asked"): kept by what
            # the words are made of, the message and its values as text.
            # (A sentence among the values in the same language, without asking Django which it is.)
            values = (
                {k: v.worded(language) if type(v) is Sentence else str(v) for k, v in self.values.items()}
                if self.values
                else None
            )
            key = (language, self.message, tuple(values.items()) if values else None)
            words = _WORDED.get(key)
            if words is None:
                words = gettext(self.message)
                if values:
                    words %= values
                if len(_WORDED) >= WORDED_KEPT:
                    _WORDED.clear()
                _WORDED[key] = words
            self._words[language] = words
        return words

    def __getattr__(self, name: str):  # str's methods: .startswith, .split...
        if name.startswith("__") or name in Sentence.__slots__:
            raise AttributeError(name)
        return getattr(str(self), name)

    def __eq__(self, other) -> bool:
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, part: str) -> bool:
        return part in str(self)

    def __len__(self) -> int:
        return len(str(self))

    def __add__(self, other) -> str:
        return str(self) + other

    def __radd__(self, other) -> str:
        return other + str(self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return repr(str(self))


WORDED_KEPT = 50_000
_WORDED: dict[tuple, str] = {}

# A breakdown sentence: _say(gettext_noop("%(have)s meets '%(wanted)s'"), {"have": ..., ...}).
_say = Sentence
# A word of reference data (an English msgid), translated when read.
_word = Sentence


def _lower_now(text: object) -> str:
    return str(text).lower()  # a Sentence too ("None stated"), which str.lower refuses


_lower = lazy(_lower_now, str)


def _language_now(name: str) -> str:
    # In English the name stays as the notice wrote it (the rank command's output is checked as is).
    return name if (get_language() or "en").startswith("en") else displayed_language(name)


_language = lazy(_language_now, str)

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


# What may replace a degree, to be assessed by a person.
EQUIVALENTS = frozenset(_ALTERNATIVE_LABEL)


# Outcomes


@dataclass(frozen=True, slots=True)
class CriterionScore:
    points: float  # out of weight
    weight: int
    reason: str
    # Reasons about an essential that is met, but only by a rule a person may want to see (an SLP met
    # by the approximate bridge from a NATO level).
    notes: tuple[Reason, ...] = ()
    # The points as stored (matching.compact.tenths): worked out once per outcome, which many pairs share.
    tenths: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tenths", tenths(self.points))


# An outcome of one criterion: its score and what it adds to unmet, to_assess and hints.
Outcome = tuple[CriterionScore, tuple[Reason, ...], tuple[Reason, ...], tuple[Reason, ...]]


# Criteria. Each is computed from a key (what decides it) by a function (prepared, key) -> Outcome.


def _degree(prepared: PreparedVacancy, signature: tuple) -> Outcome:
    """Level part up to 0.8 (meeting it 0.6, +0.1 per level above, two at most), field part 0.2.

    Below the requirement the level part is 0.6 x rank / required rank, or 0.6 where the notice
    accepts the military staff college the candidate attended. Without preferred fields the level
    part is scaled to the whole weight.
    """
    have, highest, fields, staff_college, unfielded = signature
    staff_college = staff_college and "military_staff_college" in prepared.alternatives
    fit = None
    if prepared.preferred_fields:
        similarity = max([prepared.field_similarity(f) for f in fields], default=0.0)
        fit = min(1.0, max(0.0, (similarity - FIELD_FLOOR) / (FIELD_MATCH - FIELD_FLOOR)))
        if any(prepared.field_close(f) for f in fields):
            fit = 1.0
    weight = prepared.weights["degree"]
    required = prepared.required_rank
    level = prepared.requirements.degree.level
    wanted = _word(_REQUIREMENT_LABEL[level])
    described = education_label(highest)
    unmet, to_assess, hints = (), (), ()
    if have >= required:
        share = 0.6 + 0.1 * min(have - required, 2)
        reason = (
            _say(gettext_noop("%(have)s meets '%(wanted)s'"), {"have": described, "wanted": wanted})
            if required
            else _say(gettext_noop("No degree required; %(have)s"), {"have": _lower(described)})
        )
    elif staff_college:
        share = 0.6
        reason = _say(
            gettext_noop("Military staff college accepted instead of a %(wanted)s"), {"wanted": wanted}
        )
    else:
        share = 0.6 * have / required
        reason = _say(
            gettext_noop("%(have)s does not meet '%(wanted)s'"), {"have": described, "wanted": wanted}
        )
        missing = {"required": level, "highest": highest[0] if highest else "none"}
        equivalents = [a for a in sorted(prepared.alternatives) if a in EQUIVALENTS]
        staff_college = "military_staff_college" in prepared.alternatives
        if highest is None:
            # A profile silent on education is to be assessed, as a recruiter reads it (the graded sets'
            # experts, every time): silence is not a lower degree. Stating a lower one then decides "not
            # met"; adding a degree still never turns eligible into not eligible (issue 5's rule).
            to_assess = (Reason("degree", "education_not_stated", {"required": level}),)
            hints = (Reason("degree", "add_education", {"required": level, "staff_college": staff_college}),)
        elif equivalents:
            to_assess = (Reason("degree", "equivalent_to_assess", {**missing, "equivalents": equivalents}),)
            hints = (Reason("degree", "add_equivalent", {"equivalents": equivalents}),)
        else:
            unmet = (Reason("degree", "below_required", missing),)
            hints = (Reason("degree", "obtain_degree", {"required": level, "staff_college": staff_college}),)
    if prepared.fields_required and have >= required and not unmet:
        # The field is part of the essential (a degree met by a staff college instead needs no field).
        field_unmet, field_assess, field_hints = _required_field(
            prepared, fields, not staff_college, unfielded
        )
        unmet, to_assess, hints = unmet + field_unmet, to_assess + field_assess, hints + field_hints
    if fit is None:
        fraction = share / (1.0 - FIELD_SHARE)
    else:
        fraction = share + FIELD_SHARE * fit
        if fit >= 1.0:
            reason = _say(gettext_noop("%(reason)s; a preferred field of study"), {"reason": reason})
        elif fit > 0:
            reason = _say(
                gettext_noop("%(reason)s; a field of study close to a preferred one"), {"reason": reason}
            )
    return CriterionScore(weight * min(1.0, fraction), weight, reason), unmet, to_assess, hints


def _required_field(
    prepared: PreparedVacancy, fields: tuple[str, ...], applies: bool, unfielded: bool
) -> tuple:
    """(unmet, to_assess, hints) of a required field of study: close meets, related is assessed, else not.

    It does not apply where an accepted staff college meets the essential. An unrelated field is still
    assessed where a degree gives no field or the notice accepts an equivalent (so that adding a degree
    never makes a candidate worse off).
    """
    if not applies:
        return (), (), ()
    required = list(prepared.requirements.degree.fields)
    if not fields:
        return (), (Reason("degree", "field_not_stated", {"fields": required}),), ()
    if any(prepared.field_close(f) for f in fields):
        return (), (), ()  # the field asked, or the same discipline under another name
    best = max(fields, key=prepared.field_similarity)
    if any(prepared.field_related(f) for f in fields):
        related = next(f for f in fields if prepared.field_related(f))
        return (), (Reason("degree", "field_to_assess", {"field": related, "fields": required}),), ()
    if any(not known_field(f) for f in required if f.strip() and not _VAGUE_FIELD.search(f)):
        # Nor is a field the notice names in words the engine cannot place (a notice's French half):
        # whether the candidate's is related to it, a person reads.
        return (), (Reason("degree", "field_to_assess", {"field": best, "fields": required}),), ()
    unread = [f for f in fields if not known_field(f)]
    if unread:
        # A field named in words the engine cannot place (another language, a rare discipline) is no
        # proof of an unrelated one: a person reads it.
        return (), (Reason("degree", "field_unread", {"field": unread[0], "fields": required}),), ()
    unrelated = (Reason("degree", "field_unrelated", {"field": best, "fields": required}),)
    if unfielded or prepared.alternatives & EQUIVALENTS:
        return (), unrelated, ()
    return unrelated, (), (Reason("degree", "obtain_field", {"fields": required}),)


def education_label(highest: tuple[str, str] | None) -> str:
    """A person's degree as the score and the essentials word it: ("master", "Law") -> "Master's in Law"."""
    if highest is None:
        return _word(gettext_noop("No education stated"))
    label = _word(_EDUCATION_LABEL[highest[0]])
    return (
        _say(gettext_noop("%(level)s in %(field)s"), {"level": label, "field": highest[1]})
        if highest[1]
        else label
    )


def _experience(prepared: PreparedVacancy, key: int | tuple[int, int]) -> Outcome:
    """Meeting the minimum earns 0.7; more **relevant** experience, up to max(minimum, 2 years) more,
    earns the rest.

    ``key``: the months of experience, or (months, relevant months) where the vacancy reads which entries
    are relevant to its duties (``PreparedVacancy.entry_reading``): only those earn beyond the minimum,
    so that ten years off the post's subject do not outrank five on it. Below the minimum: 0.7 x months /
    minimum. No minimum: relevant months / 60, capped at 1.
    """
    months, relevant = key if isinstance(key, tuple) else (key, key)
    weight = prepared.weights["experience"]
    required = prepared.required_months
    have = (
        _say(gettext_noop("%(duration)s of experience"), {"duration": _duration(months)})
        if months
        else _word(gettext_noop("No experience"))
    )
    if relevant < months:
        have = (
            _say(
                gettext_noop("%(have)s, %(duration)s of it on the post's duties"),
                {"have": have, "duration": _duration(relevant)},
            )
            if relevant
            else _say(gettext_noop("%(have)s, none on the post's duties"), {"have": have})
        )
    if not required:
        fraction = min(1.0, relevant / NO_MINIMUM_FULL_MONTHS)
        reason = _say(gettext_noop("%(have)s; no minimum stated"), {"have": have})
        return CriterionScore(weight * fraction, weight, reason), (), (), ()
    if months >= required:
        beyond = max(0, relevant - required)
        fraction = MEETS + (1 - MEETS) * min(1.0, beyond / max(required, EXTRA_MONTHS_FLOOR))
        reason = _say(
            gettext_noop("%(have)s, %(duration)s required"), {"have": have, "duration": _duration(required)}
        )
        return CriterionScore(weight * fraction, weight, reason), (), (), ()
    return (
        CriterionScore(
            weight * MEETS * months / required,
            weight,
            _say(
                gettext_noop("%(have)s, at least %(duration)s required"),
                {"have": have, "duration": _duration(required)},
            ),
        ),
        (Reason("experience", "below_minimum", {"months": months, "required_months": required}),),
        (),
        (Reason("experience", "more_experience", {"months": required - months}),),
    )


def _duration_now(months: int) -> str:
    """The breakdown's wording of a duration (``reasons.duration`` words the reasons').

    >>> _duration_now(16), _duration_now(36), _duration_now(1)
    ('1 year 4 months', '3 years', '1 month')
    """
    # Kept per language and number of months: an ngettext that misses walks every fallback catalogue.
    key = (get_language(), months)
    words = _DURATIONS.get(key)
    if words is None:
        years, rest = divmod(months, 12)
        parts = [ngettext("%(n)d year", "%(n)d years", years) % {"n": years}] if years else []
        if rest or not years:
            parts.append(ngettext("%(n)d month", "%(n)d months", rest) % {"n": rest})
        words = " ".join(parts)
        if len(_DURATIONS) >= WORDED_KEPT:
            _DURATIONS.clear()
        _DURATIONS[key] = words
    return words


_DURATIONS: dict[tuple, str] = {}
_duration = lazy(_duration_now, str)


def _roman(level: int) -> str:
    return ROMAN_LEVELS[level - 1] if level else _word(gettext_noop("not stated"))


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
    stanag_unmet, stanag_assess, notes = [], [], []
    for (name, _, slp), (level, profile) in zip(prepared.stanag, stanags):
        if profile is None and level:
            # Only a NATO level: by the approximate bridge, clearly above every skill asked meets it,
            # clearly below (two levels or more) does not, near it a person decides.
            approximate = _NATO_TO_STANAG_APPROX[level]
            skills = (approximate,) * 4
            values = {
                "language": name,
                "required": str(slp),
                "stated": _roman(level),
                "approximate": approximate,
            }
            if approximate >= max(slp.skills) + BRIDGE_MARGIN:
                notes.append(Reason("languages", "slp_by_bridge", values))
            elif approximate <= min(slp.skills) - BRIDGE_BELOW:
                stanag_unmet.append(("level_below_slp", values))
            else:
                stanag_assess.append(values)
        else:
            skills = profile.skills if profile else (0.0,) * 4
            if any(h < n for h, n in zip(skills, slp.skills)):
                stanag_unmet.append(
                    (
                        "below_slp",
                        {"language": name, "required": str(slp), "stated": str(profile) if profile else None},
                    )
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
        stated = _say(
            gettext_noop("%(strong)s %(strong_level)s and %(weak)s %(weak_level)s"),
            {
                "strong": _language(strong),
                "strong_level": _roman(strong_level),
                "weak": _language(weak),
                "weak_level": _roman(weak_level),
            },
        )
        wanted = _say(
            gettext_noop("'%(high)s in one, %(low)s in the other'"),
            {"high": _roman(high), "low": _roman(low)},
        )
    else:
        # Nothing required: the official languages' levels, V and III earning all the points.
        fraction = _language_fraction(have_sum, need_sum, extra) if need_sum else min(1.0, (a + b) / 8)
        first, second = prepared.pair
        stated = _say(
            gettext_noop("%(first)s %(a)s, %(second)s %(b)s"),
            {"first": _language(first), "a": _roman(a), "second": _language(second), "b": _roman(b)},
        )
        listed = [
            _say(
                gettext_noop("%(language)s %(level)s"),
                {"language": _language(n), "level": ROMAN_LEVELS[lv - 1]},
            )
            for n, _, lv in prepared.other_languages
        ]
        listed += [
            _say(gettext_noop("%(language)s SLP %(slp)s"), {"language": _language(n), "slp": slp})
            for n, _, slp in prepared.stanag
        ]
        wanted = _say(gettext_noop("'%(listed)s'"), {"listed": _joined(listed)}) if listed else ""
    unmet, to_assess, hints = [], [], []
    for name, have, need in shortfalls:
        level = _roman(have) if have else None
        unmet.append(
            Reason("languages", "below_level", {"language": name, "required": need, "stated": level})
        )
        hints.append(Reason("languages", "raise_level", {"language": name, "required": need}))
    for kind, values in stanag_unmet:
        unmet.append(Reason("languages", kind, values))
        hints.append(
            Reason("languages", "raise_slp", {"language": values["language"], "required": values["required"]})
        )
    for values in stanag_assess:
        to_assess.append(Reason("languages", "slp_to_assess", values))
        hints.append(Reason("languages", "add_slp", {"language": values["language"]}))
    if isinstance(wanted, str) and not wanted:
        reason = _say(gettext_noop("%(stated)s; no language level required"), {"stated": stated})
    elif unmet:
        reason = _say(gettext_noop("%(stated)s do not meet %(wanted)s"), {"stated": stated, "wanted": wanted})
    else:
        reason = _say(gettext_noop("%(stated)s meet %(wanted)s"), {"stated": stated, "wanted": wanted})
    if notes and not unmet:
        reason = _say(
            gettext_noop("%(reason)s (SLP by the approximate bridge from NATO levels)"), {"reason": reason}
        )
    score = CriterionScore(weight * fraction, weight, reason, tuple(notes))
    return score, tuple(unmet), tuple(to_assess), tuple(hints)


def _language_fraction(have_sum: float, need_sum: float, extra: float) -> float:
    if have_sum >= need_sum:
        return MEETS + (1 - MEETS) * min(1.0, extra / EXTRA_LEVELS_FULL)
    return MEETS * have_sum / need_sum


def _competencies(
    prepared: PreparedVacancy, claimed: int | tuple[tuple[int, ...], tuple[int, ...]]
) -> Outcome:
    """Mean over the required competencies of the claim's credit: the rungs backed by evidence
    (matching.claims) count in full, the rungs claimed above them BARE_CLAIM_SHARE, over the rung required.

    ``claimed``: claimed & required in unary (matching.cases), or the rungs claimed and the rungs backed
    per required competency. Rung 3 asked, rung 4 claimed with experience showing rung 1: (1 + 0.6 * 2) / 3.
    """
    weight = prepared.weights["competencies"]
    if not prepared.competencies:
        return (
            CriterionScore(0.0, weight, _word(gettext_noop("The notice lists no competencies"))),
            (),
            (),
            (),
        )
    pairs = claimed_and_backed(claimed, prepared.competencies) if isinstance(claimed, int) else zip(*claimed)
    credit = 0.0
    below = []  # (name, rung claimed, rung asked); only the first three are written out
    stated = with_evidence = in_part = 0
    for (name, rung), (have, shown) in zip(prepared.competencies, pairs):
        credit += (shown + BARE_CLAIM_SHARE * (have - shown)) / rung
        if have:
            stated += 1
            if shown == have:
                with_evidence += 1
            elif shown:
                in_part += 1
        if have < rung:
            below.append((name, have, rung))
    count = len(prepared.competencies)
    reason = _say(
        gettext_noop("%(met)s of %(count)s competencies at the level asked"),
        {"met": count - len(below), "count": count},
    )
    if stated:
        reason = _say(
            gettext_noop("%(reason)s; %(backed)s of %(stated)s claims with evidence"),
            {"reason": reason, "backed": with_evidence, "stated": stated},
        )
        if in_part:
            reason = _say(
                gettext_noop("%(reason)s, %(in_part)s in part"), {"reason": reason, "in_part": in_part}
            )
    if below:
        named = [
            _say(
                gettext_noop("%(name)s at level %(have)s, %(asked)s asked"),
                {"name": n, "have": have, "asked": r},
            )
            if have
            else _say(gettext_noop("%(name)s not stated"), {"name": n})
            for n, have, r in below[:3]
        ]
        listed = _say(
            gettext_noop("%(reason)s; below: %(names)s"), {"reason": reason, "names": _joined(named)}
        )
        reason = _say(gettext_noop("%(reason)s, ..."), {"reason": listed}) if len(below) > 3 else listed
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
        return (
            CriterionScore(0.0, weight, _word(gettext_noop("The notice lists no desirable criteria"))),
            (),
            (),
            (),
        )
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
    reason = _say(
        gettext_noop("%(met)s of %(count)s desirable criteria met"), {"met": met, "count": len(credits)}
    )
    if partly:
        reason = _say(gettext_noop("%(reason)s, %(in_part)s in part"), {"reason": reason, "in_part": partly})
    best = max(credits)
    if best > 0:
        best_item = _shorten(prepared.requirements.desirable[credits.index(best)])
        reason = _say(gettext_noop("%(reason)s (best: '%(best)s')"), {"reason": reason, "best": best_item})
    return CriterionScore(weight * sum(credits) / len(credits), weight, reason), (), (), ()


def _relevance(prepared: PreparedVacancy, fraction: float) -> Outcome:
    """``fraction`` (0-1, ``matching.prepared.relevance_fraction``) of the relevance points: the share of the
    notice's terms (its requirements, duties and desirables) that the profile's experience uses (skills,
    summary and fields count SAID_ELSEWHERE_SHARE), each term weighed by how few candidates of the pool use it
    (``matching.pool``), / RELEVANCE_FULL_COVERAGE, capped at 1.

    Measured against experts' grades on the graded sets, this orders candidates better than the share of
    each duty's terms counted alike (README, issue 14, "Relevance weighed by the pool"): what everyone in
    the pool has done says little about who fits; what few have done, and the notice asks for, does."""
    weight = prepared.weights["relevance"]
    if not prepared.relevance_weights:
        return (
            CriterionScore(0.0, weight, _word(gettext_noop("The notice lists no duties to compare with"))),
            (),
            (),
            (),
        )
    if fraction == OTHER_LANGUAGE:
        reason = _word(
            gettext_noop(
                "Experience written in another language than the notice: half the points, to be judged"
            )
        )
        return CriterionScore(weight * UNREAD_RELEVANCE, weight, reason), (), (), ()
    reason = _say(
        gettext_noop("Experience and skills cover %(percent)s%% of what is particular to this post's duties"),
        {"percent": round(100 * fraction)},
    )
    return CriterionScore(weight * fraction, weight, reason), (), (), ()


def _joined_now(items: list) -> str:
    return ", ".join(str(item) for item in items)


_joined = lazy(_joined_now, str)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def nationality_outcome(nationality: str, member_nation: bool | None) -> tuple[tuple[Reason, ...], ...]:
    """What a notice restricted to nationals of member states adds to unmet, to_assess and hints."""
    if member_nation is None:
        return (), (Reason("nationality", "not_stated"),), ()
    if not member_nation:
        return (
            (Reason("nationality", "not_member", {"nationality": nationality}),),
            (),
            (Reason("nationality", "member_only"),),
        )
    return (), (), ()


def named_nations_outcome(
    nationality: str, code: str | None, nations: tuple[str, ...], codes: frozenset[str]
) -> tuple[tuple[Reason, ...], ...]:
    """What a notice open only to the nations it names adds to unmet, to_assess and hints."""
    named = list(nations)
    if not nationality:
        return (), (Reason("nationality", "not_stated_named", {"nations": named}),), ()
    if code in codes:
        return (), (), ()
    return (
        (Reason("nationality", "not_named", {"nationality": nationality, "nations": named}),),
        (),
        (Reason("nationality", "named_only", {"nations": named}),),
    )


# Experience conditions. A context such as "in an operational headquarters" is read through the domain's
# concepts (what the entries of a CV that meet it say), else through its key terms.
# Where an experience must have been gained, by the words a context uses and the concept
# (reference.concepts) an entry's organisation must show.
_ORGANISATION_CONTEXTS = (
    (re.compile(r"operational (headquarters|hq|level|command)", re.I), "~operational_hq"),
    (re.compile(r"international organi[sz]ation", re.I), "~io"),
    (
        re.compile(
            # "government" as a place, not as what the work was about ("government contracts", "government
            # relations": contracts and relations with governments, in any organisation).
            r"government(?! (contracts?|contracting|procurement|relations|affairs|clients?|customers?|funding|"
            r"grants?|tenders?|bonds?|securities|debt|programmes?|programs?|projects?)\b)|national administration|"
            r"public[- ](sector|administration|service)|civil service|ministr",
            re.I,
        ),
        "~government",
    ),
)
# Each context concept: (the words that name it in a context, the pattern an entry meets it by). The
# first ones, by index, say where an entry was (ORGANISATION_CONCEPTS, their tags ORGANISATION_TAGS).
CONTEXT_CONCEPTS = (
    *((trigger, evidence_pattern(tag)) for trigger, tag in _ORGANISATION_CONTEXTS),
    (
        re.compile(LEADERSHIP_ASKED, re.I),
        LEADERSHIP_SHOWN,
    ),
    (
        re.compile(
            r"\bstaff (post|appointment|position|officer|role|tour|experience|work)s?\b|headquarters staff",
            re.I,
        ),
        STAFF_POST_SHOWN,
    ),
    (
        re.compile(r"strategic level|strategic[- ]level", re.I),
        re.compile(
            r"\b(strategic|nato hq|nato headquarters|shape|defence staff|ministry|mod|policy)\b", re.I
        ),
    ),
)
ORGANISATION_TAGS = {i: tag for i, (_, tag) in enumerate(_ORGANISATION_CONTEXTS)}
ORGANISATION_CONCEPTS = frozenset(ORGANISATION_TAGS)
# Contexts of the main requirement strong enough to restrict its months: where it must have been gained.
STRONG_CONTEXT = re.compile(
    r"\b(gained|acquired|obtained|spent)\b|\b(in|within|at|with) (a |an |the )?([\w-]+ )?(government|national "
    r"administration|international organi[sz]ation|ministr|public[- ](sector|administration)|civil service|"
    r"operational headquarters)|\bpublic[- ]sector\b",
    re.I,
)


# A public body named for defence in English, whose kind the vocabulary cannot tell (an agency, a laboratory).
_DEFENCE_BODY = re.compile(r"\bdefen[cs]e\b", re.I)


@dataclass(frozen=True, slots=True)
class Condition:
    """An experience condition prepared: the months it asks and how an entry's text meets its context."""

    context: str
    months: int
    patterns: tuple[re.Pattern, ...]  # the concepts the context names; an entry meets one of them
    slots: tuple[ContextSlot, ...]  # what the context asks, when it names no such concept (matching.contexts)
    main: bool  # the main requirement: its months replace the total
    # Where an entry was (an organisation) decides it, so an entry naming its organisation can be judged.
    # What an entry was about ("leading a team", "at the strategic level") is written in too many ways for
    # words to refuse it ("led a planning cell", "platoon commander"): such months are left to a person.
    by_organisation: bool = False
    # Where it must have been gained, as concepts (reference.concepts: "~government", "~io"); an entry
    # showing any of them meets it.
    tags: tuple[str, ...] = ()
    # The places the organisation concepts of ``patterns`` stand for: an entry whose title and organisation
    # show one of them, or a place within one (``reference.concepts.PART_OF``: an army is part of its
    # nation's government), meets the context even where its words are not the pattern's.
    places: tuple[str, ...] = ()

    def reading(self, text: str, entry_terms: frozenset[str], organisation: str) -> bool | None:
        """Whether an entry ("title organisation\ndescription") meets the context: True, False, or None
        when the profile says too little to tell.

        Where an entry was is refused only from what its title and organisation show: a company, by its
        legal form or its trade, or another kind of place than any the context names, in its general words
        or by an instance (a ministry for "an operational headquarters"; but NSPA, a NATO body, for "a
        military organisation, a defence ministry or a NATO body"). An organisation the vocabulary does not
        know ("Forsvarsbygg", "Bundesanstalt für Immobilienaufgaben") is left to a person."""
        if self.meets(text, entry_terms):
            return True
        if not (organisation and self.by_organisation):
            return None
        named = self._named_places()
        if not named - LOCATIONS:
            return None  # where the work was done, which a description may say: a person tells
        if is_company(organisation):
            # A university whose work the entry says was at a military school or faculty ("teaching and research
            # at the military doctoral school") may have been a military place asked for: a person tells. Not
            # where it was with others ("advised ministers"): the work was still the university's.
            if is_university(organisation) and "~military" in named & places_shown(text.casefold()):
                return None
            return False
        places = places_shown(text.split("\n", 1)[0].casefold()) - LOCATIONS
        if places <= {"~government"} and _DEFENCE_BODY.search(organisation):
            # "Defense Logistics Agency", "Defence Science and Technology Laboratory": a public body of a defence
            # ministry the vocabulary knows no more of, military or not as the context means it: a person tells.
            # (A defence ministry itself is known: a military place, refused where a headquarters is asked.)
            return None
        return False if places and places.isdisjoint(named) else None

    def _named_places(self) -> frozenset[str]:
        """The places the context names: its concepts' general words ("a military organisation") and the
        international organisations it names ("a NATO body", "an EU agency"): a body of theirs is one."""
        names = " ".join(re.findall(r"\b[A-Z][\w&-]*", self.context)).casefold()
        bodies = {"~io"}.intersection(concept_tags(names))
        return frozenset({*self.tags, *(tag for tag, _ in asked_concepts(self.context.casefold())), *bodies})

    def meets(self, text: str, entry_terms: frozenset[str]) -> bool:
        if self.tags:
            # Where an entry was is its title and organisation ("title organisation\ndescription"): a
            # consultant's "audits of public sector clients" was not gained in the public sector.
            return not places_shown(text.split("\n", 1)[0].casefold()).isdisjoint(self.tags)
        if self.patterns:
            if self.places and not places_shown(text.split("\n", 1)[0].casefold()).isdisjoint(self.places):
                return True
            text = affirmed(text.casefold())
            return any(p.search(text) for p in self.patterns)
        return meets_slots(self.slots, entry_terms)


def repeats_shortfall(condition_unmet: tuple[Reason, ...], experience_unmet: tuple[Reason, ...]) -> bool:
    """Whether a condition's shortfall says all the general one does: the same months of the same years
    asked, only with where they count. The general one is then left out, so that a recruiter reads the
    shortfall once.

    >>> general = (Reason("experience", "below_minimum", {"months": 38, "required_months": 60}),)
    >>> where = {"context": "a national administration", "required_months": 60}
    >>> repeats_shortfall((Reason("experience", "condition_below", {**where, "months": 38}),), general)
    True
    >>> repeats_shortfall((Reason("experience", "condition_below", {**where, "months": 12}),), general)
    False
    """
    said = {
        (r.values["months"], r.values["required_months"])
        for r in experience_unmet
        if r.kind == "below_minimum"
    }
    return any(
        (r.values["months"], r.values["required_months"]) in said
        for r in condition_unmet
        if r.kind == "condition_below"
    )


# A post held while training, not yet as a professional: an internship or a student's job, in the words of
# member nations' CVs. ("Trainee" is left out: a trainee auditor or solicitor is employed in the profession;
# a post that goes on past the training, "Intern, then analyst", is a professional's.)
_TRAINING_POST = re.compile(
    r"\b(?:interns?|internship|stagiaire|praktikant(?:in)?|praktikum|becari[oa]|stagista|tirocinante|tirocinio"
    r"|estagi[áa]ri[oa]|sta[żz]ysta|sta[żz]ystka|werkstudent(?:in)?|working student|student (?:assistant|job))\b"
    r"(?!.*\b(?:then|to|puis|dann|poi|luego)\b)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=2**16)  # posts repeat across a pool
def in_training(entry: str) -> bool:
    """Whether an experience entry ("title organisation\ndescription") was held as an intern or a student."""
    return bool(_TRAINING_POST.search(entry.split("\n", 1)[0]))


def training_reasons(professional: int, months: int, required: int) -> tuple[Reason, ...]:
    """The to_assess reason of a minimum met only with the months of internships: whether they count as
    professional experience, a person decides (never refused: some notices count them)."""
    if months < required or professional >= required:
        return ()
    values = {"months": professional, "training_months": months - professional, "required_months": required}
    return (Reason("experience", "training_to_assess", values),)


def condition_reasons(condition: Condition, met: int, unjudged: int) -> tuple[tuple[Reason, ...], ...]:
    """(unmet, to_assess, hints) of a condition with ``met`` months in entries meeting its context and
    ``unjudged`` more months in entries whose profile says too little to tell."""
    if met >= condition.months:
        return (), (), ()
    values = {"context": condition.context, "months": met, "required_months": condition.months}
    if met + unjudged >= condition.months:
        return (), (Reason("experience", "condition_to_assess", values),), ()
    return (
        (Reason("experience", "condition_below", values),),
        (),
        (Reason("experience", "more_condition", {**values, "months": condition.months - met}),),
    )
