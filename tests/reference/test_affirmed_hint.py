"""``reference.concepts.affirmed`` runs its denial pattern only over texts that hold what every denial holds
(issue 18 point 4): the same text as the pattern run over every text, on the seed data, the synthetic pool
and texts made of the pattern's own words in any case and order."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reference.concepts import NEGATED, affirmed
from tests.reference.corpus import corpus_texts


def careful(text: str) -> str:
    return NEGATED.sub("", text)


def test_every_text_of_the_seed_data_and_the_pool_is_affirmed_alike():
    texts = corpus_texts()
    assert len(texts) > 10_000
    changed = 0
    for text in texts:
        assert affirmed(text) == careful(text), text
        assert affirmed(text.casefold()) == careful(text.casefold()), text
        changed += affirmed(text) != text
    assert changed > 100


WORDS = ["no", "No", "NOT", "non", "Non-", "never", "NEVER", "without", "WithOut", "wıthout", "wİthout",
         "isn't", "DON'T", "n't", "n’t", "only", "least", "less", "limited", "budget", "knowledge", "nO",
         "ſ", "K", "ne", "ver", "with", "out"]  # fmt: skip
GAPS = ["", " ", ", ", ",", "; ", ".", ": ", "\n", "-", "(", ")", "'"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=20), st.lists(st.sampled_from(GAPS), max_size=20))
def test_texts_of_the_pattern_own_words_are_affirmed_alike(words, gaps):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    assert affirmed(text) == careful(text)
    assert affirmed(text.casefold()) == careful(text.casefold())
