"""``reference.concepts.disowned`` runs its clause pattern only over texts that hold what every clause it
removes holds (issue 18 point 4): the same text as the pattern run over every text, on the seed data, the
synthetic pool and texts made of the pattern's own words in any order."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reference.concepts import _DISOWNED, disowned
from tests.reference.corpus import corpus_texts


def careful(text: str) -> str:
    return _DISOWNED.sub("", text) if "n" in text else text


DISOWNING = [
    "Tracks lift schedules. Host-nation agreements are handled by J4; I do not work with them.",
    "Budgets are set by the ministry, which I have never been involved in.",
    "Procurement is run centrally, but we don't deal with it; logistics plans",
    "Drafted papers; HE was no longer involved in these, which they did not do",
    "Finance, which i did not handle that",
]


def test_every_text_of_the_seed_data_and_the_pool_is_disowned_alike():
    texts = corpus_texts() + DISOWNING
    assert len(texts) > 10_000
    assert all(disowned(text) != text for text in DISOWNING)
    for text in texts:
        assert disowned(text) == careful(text), text


WORDS = ["i", "I", "he", "She", "we", "they", "which", "but", "do", "have", "was", "not", "never", "no",
         "longer", "isn't", "don't", "them", "it", "these", "those", "this", "that", "involved", "in", "budget",
         "İ", "ı", "n"]  # fmt: skip
GAPS = ["", " ", ", ", ",", "; ", ";", ". ", ": ", "\n", "\t", ",\u00a0"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=20), st.lists(st.sampled_from(GAPS), max_size=20))
def test_texts_of_the_pattern_own_words_are_disowned_alike(words, gaps):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    assert disowned(text) == careful(text)
