"""Text similarity for the scorer: which of a vacancy's key terms a candidate's words cover.

A vacancy's desirable criteria and duties become sets of key terms (function words and notice
boilerplate dropped, light stemming). A candidate's text becomes one set of terms. Coverage of an
item is the share of its terms that the candidate's terms match, exactly or by rapidfuzz similarity
(``fuzz.ratio`` >= TERM_SIMILARITY on the stems, so "defense"/"defence" and "plans"/"planning" meet).

Coverage only grows when a candidate adds words, so scores built from it are monotone; an average
over the candidate's sentences would not be.

Speed: the vacancy's terms are numbered once and each item is a bit mask over them. A candidate
word is compared with the vacancy's terms once per vacancy (``TermIndex`` remembers the answer), so
scoring a pair costs two C-level set operations and a few integer ORs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

# Two stems at least this similar (rapidfuzz ratio, 0-100) count as the same term.
TERM_SIMILARITY = 88.0

_WORD = re.compile(r"[a-z0-9]+")
_SPELLINGS = (("’", "'"), ("'s ", " "), ("co-op", "coop"), ("ization", "isation"), ("defense", "defence"))
_SUFFIXES = (
    ("ations", ""), ("ation", ""), ("ments", ""), ("ment", ""), ("ings", ""), ("ing", ""), ("ies", "y"),
    ("ers", ""), ("er", ""), ("es", ""), ("ed", ""), ("s", ""),
)  # fmt: skip

_STOPWORD_TEXT = """
    a about above across after all also among an and any are as at be been being both but by can could
    did do does during each either etc for from had has have having he her his how i if in into is it its
    least may might more most must no nor not of on one or other others our out over own per s she should
    so some such than that the their them then there these they this those through to under up upon us
    very via was we well were what when where which while who whom why will with within would you your
    ability able advantage aspects areas considerable considered demonstrable demonstrated desirable
    essential excellent experience experienced field good high higher including incumbent knowledge
    level levels must particular possess possessing proven related relevant s he skill skills strong
    understanding using various work working year years
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def stem(word: str) -> str:
    """A crude suffix stripper; rapidfuzz similarity absorbs what it misses.

    >>> [stem(w) for w in ("developments", "policies", "planning", "procurement")]
    ['develop', 'policy', 'plann', 'procure']
    """
    if word.endswith(("ss", "us", "is")):
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    return word


def terms(text: str) -> tuple[str, ...]:
    """The key terms of a text, in order of first appearance, without repeats.

    >>> terms("Knowledge of the NATO Defense Planning Process; co-operation with partners")
    ('nato', 'defence', 'plann', 'process', 'cooper', 'partn')
    """
    folded = text.casefold()
    for old, new in _SPELLINGS:
        folded = folded.replace(old, new)
    seen: dict[str, None] = {}
    for word in _WORD.findall(folded):
        if word not in STOPWORDS and (len(word) > 1 or word.isdigit()):
            seen.setdefault(stem(word), None)
    return tuple(seen)


def term_set(texts: Iterable[str]) -> frozenset[str]:
    found: set[str] = set()
    for text in texts:
        if text:
            found.update(terms(text))
    return frozenset(found)


class TermIndex:
    """A vacancy's items (desirable criteria, duties) as bit masks over their numbered terms."""

    __slots__ = ("items", "item_masks", "item_sizes", "_vocabulary", "_bits", "_learnt", "_hits")

    def __init__(self, items: Sequence[str]):
        self.items = tuple(items)
        self._bits: dict[str, int] = {}
        masks = []
        for item in self.items:
            mask = 0
            for term in terms(item):
                mask |= self._bits.setdefault(term, 1 << len(self._bits))
            masks.append(mask)
        self.item_masks = tuple(masks)
        self.item_sizes = tuple(mask.bit_count() for mask in masks)
        self._vocabulary = list(self._bits)
        # Candidate term -> mask of the vacancy terms it matches; _hits holds those with a match.
        self._learnt: dict[str, int] = {}
        self._hits: set[str] = set()

    def _learn(self, term: str) -> None:
        mask = self._bits.get(term, 0)
        for _, _, position in process.extract(
            term, self._vocabulary, scorer=fuzz.ratio, score_cutoff=TERM_SIMILARITY, limit=None
        ):
            mask |= 1 << position
        # Unbounded growth would follow a stream of unseen words; forget and relearn instead.
        if len(self._learnt) > 200_000:
            self._learnt.clear()
            self._hits.clear()
        self._learnt[term] = mask
        if mask:
            self._hits.add(term)

    def matched(self, candidate_terms: frozenset[str]) -> int:
        """The mask of vacancy terms that the candidate's terms match."""
        learnt = self._learnt
        for term in candidate_terms.difference(learnt):
            self._learn(term)
        mask = 0
        for term in candidate_terms.intersection(self._hits):
            mask |= learnt[term]
        return mask

    def coverage(self, mask: int, first: int = 0, last: int | None = None) -> list[float]:
        """Per item (items[first:last]), the share of its terms within the mask (no terms: 0)."""
        return [
            (mask & item).bit_count() / size if size else 0.0
            for item, size in zip(self.item_masks[first:last], self.item_sizes[first:last])
        ]
