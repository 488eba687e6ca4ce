"""Concepts read piece by piece (``reference.concepts.concept_tags``, issue 18 point 4) are the concepts
read over the whole text: on every text of the seed data and the synthetic pool, and on texts made of the
patterns' own words, the separators and denials in any order."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from candidates.synthetic import synthetic_profiles
from matching.text import fold as _folded
from reference import concepts
from reference.concepts import concept_tags, concept_tags_whole

ROOT = Path(__file__).resolve().parents[2]


def texts_of(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts_of(item)


def test_every_text_of_the_seed_data_and_the_pool_gives_the_same_tags():
    texts = [t for p in synthetic_profiles(500, seed=5) for t in texts_of(p)]
    for path in sorted((ROOT / "bench" / "data").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += texts_of(json.loads(line))
    for path in sorted((ROOT / "bench" / "data").rglob("*.txt")):
        texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
    assert len(texts) > 10_000
    for text in texts:
        folded = _folded(text)
        assert concept_tags(folded) == concept_tags_whole(folded), text


def test_the_text_is_cut_for_most_patterns():
    cut = [patterns for split, patterns, _ in concepts._GROUPS if split is not concepts._whole]
    assert sum(map(len, cut)) == len(concepts._ANY_PATTERNS)


WORDS = sorted(
    {word for _, pattern in concepts._ANY for word in pattern.replace("|", " ").split() if word.isalpha()}
)[:400] + ["no", "not", "without", "never", "non", "only", "least", "ge/nl", "1", "(erp)", "-", "sap"]
PIECES = st.one_of(st.sampled_from(WORDS), st.sampled_from(list(".,;:() ")), st.text(max_size=3))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(PIECES, max_size=30), st.lists(st.sampled_from(["", " ", ", ", ". ", " (", ") "]), max_size=30)
)
def test_texts_of_the_patterns_own_words_give_the_same_tags(words, gaps):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    folded = _folded(text)
    concept_tags.cache_clear()
    for _, _, seen in concepts._GROUPS:
        seen.clear()
    assert concept_tags(folded) == concept_tags_whole(folded)


def test_a_pattern_that_matches_a_separator_reads_across_it():
    for text in ["served in 1 (ge/nl) corps, then isaf", "intelligence, surveillance and reconnaissance (isr)",
                 "enterprise resource planning (erp) systems; no sap", "foreign, security and defence policy"]:  # fmt: skip
        assert concept_tags(_folded(text)) == concept_tags_whole(_folded(text)) != ()
