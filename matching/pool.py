"""How common each term is among the candidates of a pool: what makes a notice's term distinctive.

A term that nearly every candidate uses ("management", "NATO", the post's own trade among its applicants)
separates no one; a term few use ("performance audit", "LOGFAS") says who has done this work. The
relevance criterion (``matching.criteria._relevance``) weighs the notice's terms a candidate covers by
their inverse document frequency in the pool, as Okapi BM25 does: measured on the graded sets this ranks
as experts do better than counting every term alike or weighing terms by their rarity in general English
(README, issue 14, "Relevance weighed by the pool").

The pool is the candidates being ranked: the file given to ``rank``, or the whole candidate base in the
app, where a snapshot is kept (``matching.models.TermPoolSnapshot``) and replaced only now and then, with
a rescoring of everything, so that every stored score was worked out from the snapshot it names.

Pure: no Django.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol


class _HasTerms(Protocol):
    experience_terms: frozenset[str]
    other_terms: frozenset[str]


# Terms fewer candidates than this use are not kept (a rare employer's or place's name could point at one person).
KEPT_FROM = 2


@dataclass(frozen=True, slots=True)
class TermPool:
    """``candidates``: how many profiles were counted; ``frequencies``: per term, how many of them use it."""

    candidates: int = 0
    frequencies: Mapping[str, int] = field(default_factory=dict)

    def weight(self, term: str) -> float:
        """The term's inverse document frequency (BM25's, always above 0). With an empty pool every term
        weighs the same (log 2), so relevance is then the plain share of the notice's terms covered.

        >>> pool = TermPool(10, {"nato": 9, "logfas": 1})
        >>> pool.weight("unused") > pool.weight("logfas") > pool.weight("nato") > 0
        True
        """
        used = self.frequencies.get(term, 0)
        return math.log(1 + (self.candidates - used + 0.5) / (used + 0.5))

    @classmethod
    def of(cls, profiles: Iterable[_HasTerms]) -> TermPool:
        """The pool of these prepared profiles (``matching.prepared.PreparedProfile``): each candidate counts
        a term once, from their experience, skills, summary or fields of study. A term only one candidate
        uses is left out (weighed as unused): what the pool keeps then names no one."""
        return cls.of_counts([counts(profiles)])

    @classmethod
    def of_counts(cls, parts: Iterable[tuple[int, Counter[str]]]) -> TermPool:
        """The pool of profiles counted in parts (``counts`` of each), as ``of`` of them all."""
        counted, frequencies = 0, Counter()
        for part_counted, part_frequencies in parts:
            counted += part_counted
            frequencies.update(part_frequencies)
        return cls(counted, {term: used for term, used in frequencies.items() if used >= KEPT_FROM})


def counts(profiles: Iterable[_HasTerms]) -> tuple[int, Counter[str]]:
    """How many profiles, and per term how many of them use it (all of them, even those one alone uses)."""
    counted = 0
    frequencies: Counter[str] = Counter()
    for profile in profiles:
        counted += 1
        frequencies.update(profile.experience_terms | profile.other_terms)
    return counted, frequencies


EMPTY_POOL = TermPool()
