"""``reference.concepts.disowned`` runs its clause pattern only over texts that hold what every clause it
removes holds (issue 18 point 4): the same text as the pattern run over every text, on the seed data, the
synthetic pool and texts made of the pattern's own words in any order."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from candidates.synthetic import synthetic_profiles
from reference.concepts import _DISOWNED, disowned

ROOT = Path(__file__).resolve().parents[2]


def careful(text: str) -> str:
    return _DISOWNED.sub("", text) if "n" in text else text


def texts_of(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts_of(item)


DISOWNING = [
    "Tracks lift schedules. Host-nation agreements are handled by J4; I do not work with them.",
    "Budgets are set by the ministry, which I have never been involved in.",
    "Procurement is run centrally, but we don't deal with it; logistics plans",
    "Drafted papers; HE was no longer involved in these, which they did not do",
    "Finance, which i did not handle that",
]


def test_every_text_of_the_seed_data_and_the_pool_is_disowned_alike():
    texts = [t for p in synthetic_profiles(500, seed=5) for t in texts_of(p)] + DISOWNING
    for path in sorted((ROOT / "bench" / "data").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += texts_of(json.loads(line))
    for path in sorted((ROOT / "bench" / "data").rglob("*.txt")):
        texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
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
