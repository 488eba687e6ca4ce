"""Concepts read piece by piece (``reference.concepts.concept_tags``, issue 18 point 4) are the concepts
read over the whole text: on every text of the seed data and the synthetic pool, and on texts made of the
patterns' own words, the separators and denials in any order."""

from hypothesis import given, settings
from hypothesis import strategies as st

from matching.text import fold as _folded
from reference import concepts
from reference.concepts import concept_tags, concept_tags_whole
from tests.reference.corpus import corpus_texts


def test_every_text_of_the_seed_data_and_the_pool_gives_the_same_tags():
    texts = corpus_texts()
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
