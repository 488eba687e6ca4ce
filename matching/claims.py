"""Which self-claimed competency rungs are backed by evidence (issue 14, point 8).

Pure: no Django. A rung claimed with evidence counts in full, a bare one for less
(``matching.criteria.BARE_CLAIM_SHARE``). A claim is backed up to:
- the rung claimed, when its evidence sentence says what the person did: enough key terms beyond the
  competency's name and ladder, and beyond every ladder's words (EVIDENCE_MIN_TERMS,
  EVIDENCE_UNLADDERED_TERMS). "Analytical Thinking: sees multiple relationships" (a CV line that restates
  the claim, or goes on to another competency and its rung) backs nothing; "Built the readiness model
  linking budget and basing for three nations" does;
- or the highest rung, up to the one claimed, whose behaviour one experience entry shows: every key term
  of the rung's text (generic verbs such as "makes" and the competency's own name aside; at least two
  terms) in the entry's title or description. "Prepared complex plans and analyses for multinational
  exercises" shows Analytical Thinking's "Makes complex plans or analyses" (and not "Makes very complex
  plans or analyses": a rung told from a lower one by no word of its own is not recognised).

Only ever more backing for more words, more entries or a higher claim, so scores stay monotone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from .text import terms

# An evidence sentence says something of its own: at least EVIDENCE_MIN_TERMS key terms beyond its
# competency's name and ladder, EVIDENCE_UNLADDERED_TERMS of them in no ladder at all (a CV line that goes on
# to another competency and its rung says nothing of its own).
EVIDENCE_MIN_TERMS = 3
EVIDENCE_UNLADDERED_TERMS = 2
# A rung's behaviour is shown by experience only through at least this many key terms.
BEHAVIOUR_MIN_TERMS = 2
# Key terms compare by their first PREFIX letters ("complex" meets "complexity" but not "complete"), and a
# rung's shorter term meets the longer words that start with it ("plan" meets "planning"), from SHORT letters.
PREFIX = 7
SHORT = 4
# The verbs that open many rungs ("Makes complex plans", "Takes multiple actions") say nothing by themselves.
# (As matching.text stems them: "ensur" is "ensures", "stat" is "states".)
GENERIC_VERBS = frozenset(
    {"acts", "ensur", "give", "keep", "make", "manag", "sees", "sets", "show", "stat", "take", "understand",
     "uses", "want", "work"}
)  # fmt: skip


def _words(text: str) -> list[str]:
    """The key terms of a text (matching.text), without the concept tags it adds."""
    return [t for t in terms(text) if t[0] != "~"]


def _behaviours(name: str, ladder: Sequence[str]) -> tuple[frozenset[str] | None, ...]:
    """Each rung's behaviour: the prefixes it is recognised by, None when it cannot be.

    A rung is recognised beyond the competency's own name ("Shows organisational commitment" is not shown
    by an organisation's committees), by at least BEHAVIOUR_MIN_TERMS terms, and not by words a lower rung
    holds too ("Makes very complex plans" is "Makes complex plans" to the words).
    """
    named = _prefixes(name)
    rungs = [
        frozenset([t[:PREFIX] for t in _words(text) if t not in GENERIC_VERBS]) - named for text in ladder
    ]
    return tuple(
        [
            None if len(found) < BEHAVIOUR_MIN_TERMS or any(found <= lower for lower in rungs[:i]) else found
            for i, found in enumerate(rungs)
        ]
    )


@functools.lru_cache(maxsize=10_000)
def _prefixes(text: str) -> frozenset[str]:
    return frozenset([t[:PREFIX] for t in _words(text)])


# What the ladders say, per ladders mapping (kept with it, so that its id is not another's): every ladder's
# words, and per competency (its name's and its ladder's words, its rungs' behaviours).
_LADDER_FACTS: dict[int, tuple[Mapping, frozenset[str], dict]] = {}


def _ladder_facts(
    ladders: Mapping[str, Sequence[str]],
) -> tuple[frozenset[str], dict[str, tuple[frozenset[str], tuple[frozenset[str] | None, ...]]]]:
    kept = _LADDER_FACTS.get(id(ladders))
    if kept is not None and kept[0] is ladders:
        return kept[1], kept[2]
    per_name = {
        name: (_prefixes(name).union(*map(_prefixes, ladder)), _behaviours(name, ladder))
        for name, ladder in ladders.items()
    }
    vocabulary = frozenset().union(*[words for words, _ in per_name.values()])
    if len(_LADDER_FACTS) >= 8:
        _LADDER_FACTS.clear()
    _LADDER_FACTS[id(ladders)] = (ladders, vocabulary, per_name)
    return vocabulary, per_name


class ExperienceWords(NamedTuple):
    """What a candidate's experience entries say, as the prefixes ``backed_rung`` compares with rung texts."""

    everything: frozenset[str]  # of all the entries: a behaviour no entry can show is ruled out at once
    entries: tuple[frozenset[str], ...]


def experience_words(entries: Iterable[tuple[str, str]]) -> ExperienceWords:
    """Of (title, description) pairs."""
    found = tuple([_entry_prefixes(title, description) for title, description in entries])
    return ExperienceWords(frozenset().union(*found), found)


@functools.lru_cache(maxsize=10_000)
def _entry_prefixes(title: str, description: str) -> frozenset[str]:
    words = _words(f"{title}\n{description}")
    return frozenset([*words, *[t[:n] for t in words for n in range(SHORT, PREFIX + 1)]])


def is_evidence(evidence: str, name: str, ladders: Mapping[str, Sequence[str]]) -> bool:
    """Does an evidence sentence say what the person did, beyond naming competencies and rungs?

    >>> ladders = {"Analytical Thinking": ("Breaks down problems", "Sees multiple relationships"),
    ...            "Initiative": ("Shows persistence", "Acts up to 2 months ahead")}
    >>> is_evidence("Analytical Thinking: sees multiple relationships", "Analytical Thinking", ladders)
    False
    >>> is_evidence("Analytical Thinking: sees multiple relationships. Initiative: acts up to 2 months ahead",
    ...             "Analytical Thinking", ladders)  # a CV line naming two competencies
    False
    >>> is_evidence("Mapped the supply risks of 40 depots for the 2023 review", "Analytical Thinking", ladders)
    True
    """
    vocabulary, per_name = _ladder_facts(ladders)
    own_words = per_name[name][0] if name in per_name else _prefixes(name)
    return bool(evidence) and _says_more(evidence, own_words, vocabulary)


def _says_more(evidence: str, own_words: frozenset[str], vocabulary: frozenset[str]) -> bool:
    own = _prefixes(evidence) - own_words
    return len(own) >= EVIDENCE_MIN_TERMS and len(own - vocabulary) >= EVIDENCE_UNLADDERED_TERMS


def backed_rung(
    name: str, rung: int, evidence: str, ladders: Mapping[str, Sequence[str]], experience: ExperienceWords
) -> int:
    """Up to which rung a claim of ``rung`` is backed: the rung itself with evidence, else the highest rung
    up to it whose behaviour an experience entry shows (``experience_words``), else 0."""
    vocabulary, per_name = _ladder_facts(ladders)
    own_words, behaviours = per_name[name] if name in per_name else (_prefixes(name), ())
    if evidence and _says_more(evidence, own_words, vocabulary):
        return rung
    everything = experience.everything
    for shown in range(min(rung, len(behaviours)), 0, -1):
        behaviour = behaviours[shown - 1]
        if (
            behaviour is not None
            and behaviour <= everything
            and any(behaviour <= e for e in experience.entries)
        ):
            return shown
    return 0
