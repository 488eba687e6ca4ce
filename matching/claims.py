"""Which self-claimed competency rungs are backed by evidence (issue 14, point 8).

Pure: no Django. A rung claimed with evidence counts in full, a bare one for less
(``matching.criteria.BARE_CLAIM_SHARE``). A claim is backed up to:
- the rung claimed, when its evidence sentence says what the person did: at least EVIDENCE_MIN_TERMS key
  terms that are not the competency's name nor its ladder's words. "Analytical Thinking: sees multiple
  relationships" (a CV line that restates the claim) backs nothing; "Built the readiness model linking
  budget and basing for three nations" does;
- or the highest rung, up to the one claimed, whose behaviour one experience entry shows: every key term
  of the rung's text (generic verbs such as "makes" and the competency's own name aside; at least two
  terms) in the entry's title or description. "Prepared complex plans and analyses for multinational
  exercises" shows Analytical Thinking's "Makes complex plans or analyses" (and not "Makes very complex
  plans or analyses": a rung told from a lower one by no word of its own is not recognised).

Only ever more backing for more words, more entries or a higher claim, so scores stay monotone.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .text import terms

# An evidence sentence says something of its own with at least this many key terms.
EVIDENCE_MIN_TERMS = 3
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


@functools.lru_cache(maxsize=1_000)
def _ladder(name: str, ladder: tuple[str, ...]) -> tuple[frozenset[str], tuple[frozenset[str] | None, ...]]:
    """(the prefixes of every key term of the competency's name and rung texts, each rung's behaviour:
    the prefixes it is recognised by, None when it cannot be).

    A rung is recognised beyond the competency's own name ("Shows organisational commitment" is not shown
    by an organisation's committees), by at least BEHAVIOUR_MIN_TERMS terms, and not by words a lower rung
    holds too ("Makes very complex plans" is "Makes complex plans" to the words).
    """
    named = {t[:PREFIX] for t in _words(name)}
    rungs = [
        frozenset([t[:PREFIX] for t in _words(text) if t not in GENERIC_VERBS]) - named for text in ladder
    ]
    known = frozenset(named.union(*[[t[:PREFIX] for t in _words(text)] for text in ladder]))
    behaviours = tuple(
        [
            None if len(found) < BEHAVIOUR_MIN_TERMS or any(found <= lower for lower in rungs[:i]) else found
            for i, found in enumerate(rungs)
        ]
    )
    return known, behaviours


@functools.lru_cache(maxsize=10_000)
def entry_prefixes(title: str, description: str) -> frozenset[str]:
    """What an experience entry says, as the prefixes ``backed_rung`` compares with rung texts."""
    words = _words(f"{title}\n{description}")
    return frozenset([*words, *[t[:n] for t in words for n in range(SHORT, PREFIX + 1)]])


def is_evidence(evidence: str, name: str, ladder: Sequence[str]) -> bool:
    """Does an evidence sentence say what the person did, beyond naming the competency and a rung?

    >>> ladder = ("Breaks down problems", "Sees basic relationships", "Sees multiple relationships")
    >>> is_evidence("Analytical Thinking: sees multiple relationships", "Analytical Thinking", ladder)
    False
    >>> is_evidence("Mapped the supply risks of 40 depots for the 2023 review", "Analytical Thinking", ladder)
    True
    """
    return bool(evidence) and _says_more(evidence, _ladder(name, tuple(ladder))[0])


def _says_more(evidence: str, known: frozenset[str]) -> bool:
    return len({t[:PREFIX] for t in _words(evidence)} - known) >= EVIDENCE_MIN_TERMS


def backed_rung(
    name: str, rung: int, evidence: str, ladder: Sequence[str], entries: Sequence[frozenset[str]]
) -> int:
    """Up to which rung a claim of ``rung`` is backed: the rung itself with evidence, else the highest rung
    up to it whose behaviour an entry (``entry_prefixes``) shows, else 0."""
    known, behaviours = _ladder(name, tuple(ladder))
    if evidence and _says_more(evidence, known):
        return rung
    for shown in range(min(rung, len(behaviours)), 0, -1):
        behaviour = behaviours[shown - 1]
        if behaviour is not None and any(behaviour <= entry for entry in entries):
            return shown
    return 0
