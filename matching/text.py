"""Text similarity for the scorer: which of a vacancy's key terms a candidate's words cover.

A vacancy's desirable criteria and duties become sets of key terms (function words and notice
boilerplate dropped, light stemming). A candidate's text becomes one set of terms. Coverage of an
item is the share of its terms that the candidate's terms match, exactly or by rapidfuzz similarity
(``fuzz.ratio`` >= TERM_SIMILARITY on the stems, so "defense"/"defence" and "plans"/"planning" meet).

Coverage only grows when a candidate adds words, so scores built from it are monotone; an average
over the candidate's sentences would not be.

Speed: the vacancy's terms are numbered once and each item is a bit mask over them. A candidate
word is compared with the vacancy's terms once per vacancy (``TermIndex`` remembers the answer), and
``matched`` looks a candidate's words up once for all the vacancies scored together: one C-level set
intersection and a few integer ORs per candidate. Words and texts repeat across candidates (skills,
job titles, organisations), so their stems and terms are remembered too.
"""

from __future__ import annotations

import functools
import itertools
import operator
import os
import re
from collections.abc import Iterable, Iterator, Sequence

from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from reference.concepts import asked_concepts, class_words, concept_tags
from reference.letters import unaccented
from reference.work_words import MIN_STEM, english_words

# Two stems at least this similar (rapidfuzz ratio, 0-100) count as the same term.
TERM_SIMILARITY = 88.0
# A word of another language is the notice's word when it begins with most of it, and with COGNATE_START
# letters at least: the international vocabulary of member nations' CVs ("auditai", "standartus",
# "processus", "Organisation" for "audit", "standard", "process"). Only for a word that is not English
# (rarer than FOREIGN_ZIPF in English), so that English words keep their own meanings ("internal" is not
# "international").
COGNATE_START = 5
COGNATE_SHARE = 0.8
FOREIGN_ZIPF = 2.0

# A word in any script; its accents are dropped (``unaccented``) so that "sécurité" is one term, "securite",
# on both sides, not the fragments "s", "curit" that weighed as the rarest English words.
_WORD = re.compile(r"[^\W_]+")
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
# The same in French, NATO's other official language (notices come in both), written without accents as
# ``unaccented`` leaves a word; not those that are also English words or acronyms ("son", "ILS", "EST").
_STOPWORD_TEXT_FR = """
    au aux avec cette dans de des du elle et etre la le les leur leurs par pour qu que qui sans ses sont
    sur un une
    annee annees ans avoir competence competences connaissance connaissances domaine domaines essentiel
    essentielle essentielles experience experiences justifier minimum moins niveau niveaux pertinent
    pertinente posseder souhaitable souhaitables titulaire
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split()) | frozenset(_STOPWORD_TEXT_FR.split())


@functools.lru_cache(maxsize=100_000)
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


class _TokenTerms(dict):
    """A token (text between spaces) -> its key terms; words repeat, so each is read once."""

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) >= TOKEN_TERMS_LIMIT:
            self.clear()
        found = self[token] = tuple(
            stem(word)
            for word in map(unaccented, _WORD.findall(token))
            if word not in STOPWORDS and (len(word) > 1 or word.isdigit())
        )
        return found


TOKEN_TERMS_LIMIT = 200_000
_TOKEN_TERMS = _TokenTerms()


@functools.lru_cache(maxsize=10_000)
def terms(text: str) -> tuple[str, ...]:
    """The key terms of a text, in order of first appearance, without repeats.

    >>> terms("Knowledge of the NATO Defense Planning Process; co-operation with partners")
    ('nato', 'defence', 'plann', 'process', 'cooper', 'partn', '~io', '~international', '~military', '~operations_planning', '~defence_planning')
    """
    folded = fold(text)
    # No word runs across a space, so the tokens' terms, in order, are the text's. The concepts the text
    # shows (reference.concepts) follow as tag terms ("~erp"), matched only exactly.
    found = itertools.chain.from_iterable(map(_TOKEN_TERMS.__getitem__, folded.split()))
    tags = concept_tags(folded)
    # A member of a class named shows the class's words ("NH90": helicopter, aircraft; reference.concepts);
    # not the class named by its own words ("on helicopters" asks for no aircraft of any kind).
    named = class_words(tags)
    if named:
        asked = {tag for tag, _ in asked_concepts(folded)}
        named = class_words(tuple(tag for tag in tags if tag not in asked))
    classes = itertools.chain.from_iterable(map(_TOKEN_TERMS.__getitem__, named))
    return tuple(dict.fromkeys(itertools.chain(found, classes, tags)))


# An acronym's plural is the acronym: "SLAs", "KPIs" (lower case, "slas" would not lose its "s").
_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,6})s\b")


def _acronym(plural: re.Match[str]) -> str:
    return plural[1]


def fold(text: str) -> str:
    # The acronym by a function, not the template r"\1": Python reads a template again at every call, which
    # cost more than the search (folding a summary took twice as long).
    folded = _ACRONYM_PLURAL.sub(_acronym, text).casefold()
    for old, new in _SPELLINGS:
        folded = folded.replace(old, new)
    return folded


# How much a requirement's term weighs grows as the word gets rarer in general English (wordfreq's Zipf
# scale: 7 for "the", 3 for one word per million... ): "COPD" or "IPSAS" says far more about a line
# than "national" or "application". Twice the weight per Zipf step below COMMON_ZIPF, within bounds.
COMMON_ZIPF = 4.5
WEIGHT_BOUNDS = (0.25, 4.0)
# A concept (reference.concepts) weighs as a word used about three times per 10 million words.
TAG_WEIGHT = 2.0


@functools.lru_cache(maxsize=100_000)
def word_weight(word: str) -> float:
    """The weight of a (case-folded) word by its rarity in general English.

    >>> word_weight("national") < word_weight("planning") < word_weight("doctrine") < word_weight("copd")
    True
    """
    low, high = WEIGHT_BOUNDS
    return min(high, max(low, 2.0 ** (COMMON_ZIPF - zipf_frequency(word, "en"))))


@functools.lru_cache(maxsize=10_000)
def term_weights(text: str) -> dict[str, float]:
    """Each key term of a text (``terms``) with its weight: a tag TAG_WEIGHT, a stem the weight of the
    rarest word it stands for."""
    found: dict[str, float] = {}
    for word in map(unaccented, _WORD.findall(fold(text))):
        for term in _TOKEN_TERMS[word]:
            found[term] = max(found.get(term, 0.0), word_weight(word))
    for tag in concept_tags(fold(text)):
        found[tag] = TAG_WEIGHT
    return found


@functools.lru_cache(maxsize=10_000)
def requirement_terms(text: str) -> tuple[str, ...]:
    """The key terms of a requirement: a concept it asks for by its general words ("an ERP system",
    "an international organisation") stands as its tag in place of those words, so that a profile
    showing the concept in other words ("SAP", "NATO") meets it; the other words stay as terms.

    >>> requirement_terms("Experience of working with an ERP system")
    ('~erp',)
    """
    folded = fold(text)
    asked = asked_concepts(folded)
    if not asked:
        return tuple(term for term in terms(text) if not term.startswith("~"))
    kept = list(folded)
    for _, (start, end) in asked:
        kept[start:end] = " " * (end - start)
    rest = "".join(kept)
    found = itertools.chain.from_iterable(map(_TOKEN_TERMS.__getitem__, rest.split()))
    return tuple(dict.fromkeys(itertools.chain(found, (tag for tag, _ in asked))))


@functools.lru_cache(maxsize=20_000)
def term_set(texts: tuple[str, ...]) -> frozenset[str]:
    """The key terms of the texts, as one set.

    Remembered: candidates often list the same posts, and ``matched`` reads a set it is given
    several times (the same object) once.
    """
    return frozenset().union(*map(terms, filter(None, texts)))


@functools.lru_cache(maxsize=100_000)
def english_terms(term: str) -> frozenset[str]:
    """The English terms (``terms``) of a candidate's term of another language, by the domain's work
    vocabulary (reference.work_words: "onderhandel" is "negoti", "finanzkontrolle" "financ", "control"...).
    Only for a word that is not English (rarer than FOREIGN_ZIPF), so that an English word keeps its own
    meaning; none for a word the vocabulary does not know.

    >>> sorted(english_terms("vyjednavani"))
    ['negoti', 'negotiate']
    """
    if len(term) < MIN_STEM or term.startswith("~") or zipf_frequency(term, "en") >= FOREIGN_ZIPF:
        return frozenset()
    # "negocies" is stemmed "negocy" (as "policies" is "policy"): the vocabulary knows "negoci".
    words = english_words(term) or (english_words(term[:-1] + "i") if term.endswith("y") else frozenset())
    return frozenset(itertools.chain.from_iterable(map(_TOKEN_TERMS.__getitem__, words)))


def _shared_start(one: str, other: str) -> int:
    """How many first letters two words share.

    >>> _shared_start("standartus", "standard")
    7
    """
    return len(os.path.commonprefix((one, other)))


class TermIndex:
    """A vacancy's items (desirable criteria, duties) as bit masks over their numbered terms."""

    __slots__ = (
        "items",
        "item_masks",
        "item_sizes",
        "_vocabulary",
        "_spellings",
        "_bits",
        "_learnt",
        "_hits",
        "_masks",
        "_text_masks",
        "_english",
    )

    # Unbounded growth would follow a stream of unseen words; forget and relearn instead.
    LEARNT_LIMIT = 200_000

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
        # Tags (reference.concepts) match only themselves: blanked out of the spelling comparison.
        self._spellings = ["" if term.startswith("~") else term for term in self._vocabulary]
        # Candidate term -> mask of the vacancy terms it matches; _hits holds those with a match.
        self._learnt: dict[str, int] = {}
        self._hits: set[str] = set()
        # A tuple of terms (``terms``'s: of a post, a skill...) -> its mask: texts repeat from candidate to
        # candidate. A term's mask never changes, so neither does a tuple's.
        self._masks: dict[tuple[str, ...], int] = {}
        self._text_masks: dict[tuple[str, ...], int] = {}  # ``mask_of_text``'s
        self._english: dict[str, int] = {}  # ``_glossary``'s, per English term

    def learn(self, candidate_terms: Iterable[str]) -> None:
        """Compare the terms not seen yet with the vacancy's terms, each once."""
        asked = set(candidate_terms)
        unseen = asked.difference(self._learnt)
        if len(self._learnt) + len(unseen) > self.LEARNT_LIMIT:
            # Forget all, then learn every term of this call again: the ones learnt before were forgotten too.
            self._learnt.clear()
            self._hits.clear()
            unseen = asked
        for term in unseen:
            mask = self._spelled(term)
            if not mask and not term.startswith("~"):
                mask = self._cognates(term) or self._glossary(term)
            self._learnt[term] = mask
            if mask:
                self._hits.add(term)

    def _spelled(self, term: str) -> int:
        """The mask of the items' terms a term is, or is spelt nearly as (TERM_SIMILARITY)."""
        mask = self._bits.get(term, 0)
        if not term.startswith("~"):
            for _, _, position in process.extract(
                term, self._spellings, scorer=fuzz.ratio, score_cutoff=TERM_SIMILARITY, limit=None
            ):
                mask |= 1 << position
        return mask

    def _glossary(self, term: str) -> int:
        """The mask of the items' terms that a word of another language is in English (``english_terms``)."""
        mask = 0
        for english in english_terms(term):
            found = self._english.get(english)
            if found is None:
                found = self._english[english] = self._spelled(english)
            mask |= found
        return mask

    def _cognates(self, term: str) -> int:
        """The mask of the items' terms a word of another language is a cognate of (COGNATE_SHARE)."""
        if len(term) < COGNATE_START or zipf_frequency(term, "en") >= FOREIGN_ZIPF:
            return 0
        mask = 0
        start = term[:COGNATE_START]
        for position, spelling in enumerate(self._spellings):
            if spelling.startswith(start) and _shared_start(term, spelling) >= COGNATE_SHARE * len(spelling):
                mask |= 1 << position
        return mask

    def __len__(self) -> int:
        """How many distinct terms the items have (the masks' width)."""
        return len(self._vocabulary)

    def term(self, bit: int) -> str:
        """The term at a position of the masks (``bit``'s inverse)."""
        return self._vocabulary[bit]

    def bit(self, term: str) -> int | None:
        """The position of one of the items' own terms in the masks; None for another word."""
        bit = self._bits.get(term)
        return None if bit is None else bit.bit_length() - 1

    def mask_of(self, candidate_terms: Iterable[str]) -> int:
        """The mask of the items' terms that these words match (as ``matched`` computes it); a tuple of
        them once per distinct tuple."""
        if type(candidate_terms) is not tuple:
            return self._mask_of(candidate_terms)
        mask = self._masks.get(candidate_terms)
        if mask is None:
            if len(self._masks) >= self.LEARNT_LIMIT:
                self._masks.clear()
            mask = self._masks[candidate_terms] = self._mask_of(candidate_terms)
        return mask

    def mask_of_text(self, *parts: str) -> int:
        """``mask_of(terms(" ".join(parts)))``, once per distinct parts: the evidence quotes a profile's posts
        and skills, which many profiles share, and finding them again costs less than reading them."""
        mask = self._text_masks.get(parts)
        if mask is None:
            if len(self._text_masks) >= self.LEARNT_LIMIT:
                self._text_masks.clear()
            mask = self._text_masks[parts] = self.mask_of(terms(" ".join(parts)))
        return mask

    def _mask_of(self, candidate_terms: Iterable[str]) -> int:
        candidate_terms = set(candidate_terms)
        self.learn(candidate_terms)
        mask = 0
        for term in candidate_terms:
            mask |= self._learnt.get(term, 0)
        return mask

    @property
    def size(self) -> int:
        """The number of distinct terms over all the items (the width of a mask)."""
        return len(self._vocabulary)

    def hits(self, words: set[str]) -> Iterator[tuple[str, int]]:
        """(word, mask of the terms it matches) for the learnt words that match any term."""
        for word in self._hits.intersection(words):
            yield word, self._learnt[word]

    def coverage(self, mask: int, first: int = 0, last: int | None = None) -> list[float]:
        """Per item (items[first:last]), the share of its terms within the mask (no terms: 0)."""
        return [
            (mask & item).bit_count() / size if size else 0.0
            for item, size in zip(self.item_masks[first:last], self.item_sizes[first:last])
        ]


def matched(
    indexes: Sequence[TermIndex], candidates: Sequence[tuple[frozenset[str], frozenset[str]]]
) -> list[list[tuple[int, int]]]:
    """Per index, per candidate (the terms of its experience, its other terms): the masks of the
    index's terms that all the candidate's terms match, and that those of its experience match.

    A candidate's terms are looked up once for all the indexes: the masks sit side by side in one
    integer, each index at its own offset, and are cut apart at the end. A set of experience terms
    shared by several candidates (see ``term_set``) is looked up once.

    >>> duties, desirable = TermIndex(["defence planning"]), TermIndex(["procurement", "planning"])
    >>> posts, words = frozenset(terms("procurement")), frozenset(terms("defense plans"))
    >>> [[(bin(a), bin(b)) for a, b in masks] for masks in matched([duties, desirable], [(posts, words)])]
    [[('0b11', '0b0')], [('0b111', '0b11')]]
    """
    experience_sets = set(map(operator.itemgetter(0), candidates))
    words = set().union(*experience_sets, *map(operator.itemgetter(1), candidates))
    side_by_side: dict[str, int] = {}
    offsets = []
    offset = 0
    for index in indexes:
        index.learn(words)
        for word, mask in index.hits(words):
            side_by_side[word] = side_by_side.get(word, 0) | mask << offset
        offsets.append(offset)
        offset += index.size
    hits = set(side_by_side)
    experience_masks = {}
    for experience in experience_sets:
        mask = 0
        for word in experience.intersection(hits):
            mask |= side_by_side[word]
        experience_masks[experience] = mask
    found = []
    for experience, other in candidates:
        mask = experience_mask = experience_masks[experience]
        for word in other.intersection(hits):
            mask |= side_by_side[word]
        found.append((mask, experience_mask))
    if len(indexes) == 1:
        return [found]
    return [
        [((mask >> offset) & width, (experience_mask >> offset) & width) for mask, experience_mask in found]
        for offset, width in zip(offsets, [(1 << index.size) - 1 for index in indexes])
    ]
