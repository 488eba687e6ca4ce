"""The same work in other words, from ESCO's occupations and skills (``esco_concepts.tsv.gz``).

A notice asks for "at least 3 years' experience in physical security"; a CV says "Security Control Room
Supervisor: Lenel access control, Genetec CCTV, intrusion alarms". ESCO (the European Commission's
classification of occupations and skills) describes each occupation and skill in many words; those
words, weighed, are a vocabulary of the work it names. A requirement's words find the concepts they
describe best (``related_concepts``: pseudo-relevance feedback, TF-IDF), and an experience entry whose
words make up enough of one of those concepts shows that work (``shows_concept``).

The data file is derived from ESCO by ``scripts/build_esco_vocabulary.py`` (per concept its key terms as
``matching.text`` stems them, TF-IDF weighed, normalised). ESCO, European Commission, reused under the
Commission's reuse policy (Decision 2011/833/EU).
"""

from __future__ import annotations

import functools
import gzip
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

DATA = Path(__file__).resolve().parent / "esco_concepts.tsv.gz"
# How many concepts a requirement's words stand for: the best few, each a different reading of it.
CONCEPTS_PER_REQUIREMENT = 5
# A concept stands for a requirement when it holds this many of its terms: one word alone ("air" of "air
# intelligence", the rest a concept tag) names too many kinds of work.
QUERY_TERMS_SHARED = 2
# An entry shows a concept when its terms carry this share of the concept's weight (its vector's squares
# add up to 1, so the share is the cosine with the entry's terms, each counted once) ...
SHOWN_SHARE = 0.5
# ... in at least this many terms beyond the requirement's own words.
OTHER_TERMS_SHOWN = 2


@functools.cache
def _vocabulary() -> tuple[tuple[str, ...], dict[str, tuple[array, array]], dict[str, float]]:
    """(each concept's line, the concepts of each term with the term's weight in them (percent), each
    term's idf over the concepts). Compact: about 7 MB in memory; a concept is read in full when asked."""
    with gzip.open(DATA, "rt", encoding="utf-8") as read:
        lines = tuple(line.rstrip("\n") for line in read)
    found: dict[str, tuple[list[int], list[int]]] = {}
    for number, line in enumerate(lines):
        for pair in line.partition("\t")[2].split():
            term, _, weight = pair.rpartition(":")
            numbers, weights = found.setdefault(term, ([], []))
            numbers.append(number)
            weights.append(int(weight))
    postings = {
        term: (array("I", numbers), array("B", weights)) for term, (numbers, weights) in found.items()
    }
    idf = {term: math.log(len(lines) / len(numbers)) for term, (numbers, _) in postings.items()}
    return lines, postings, idf


def _concept(line: str) -> dict[str, float]:
    return {t: int(w) / 100 for t, _, w in (pair.rpartition(":") for pair in line.partition("\t")[2].split())}


@functools.lru_cache(maxsize=1_000)
def related_concepts(query: tuple[str, ...]) -> tuple[Mapping[str, float], ...]:
    """The concepts whose words best match a requirement's key terms (stems), best first: each the sum of
    its weights of the terms, times their idf, holding QUERY_TERMS_SHARED of them."""
    lines, postings, idf = _vocabulary()
    scores: Counter[int] = Counter()
    shared: Counter[int] = Counter()
    for term in set(query):
        numbers, weights = postings.get(term, ((), ()))
        for number, weight in zip(numbers, weights):
            scores[number] += weight * idf[term]
            shared[number] += 1
    best = sorted((n for n in scores if shared[n] >= QUERY_TERMS_SHARED), key=lambda n: (-scores[n], n))
    return tuple(_concept(lines[n]) for n in best[:CONCEPTS_PER_REQUIREMENT])


def shows_concept(entry_terms: Iterable[str], concept: Mapping[str, float], query: Iterable[str]) -> bool:
    """Whether an entry's terms make up enough of a concept, in words beyond the requirement's own."""
    found = [term for term in set(entry_terms) if term in concept]
    others = set(found) - set(query)
    return len(others) >= OTHER_TERMS_SHOWN and sum(concept[t] ** 2 for t in found) ** 0.5 >= SHOWN_SHARE
