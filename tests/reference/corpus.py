"""Every text of the seed data and the synthetic pool: what the pattern hints (``affirmed``, ``disowned``,
concepts read piece by piece) are checked against, as the same text as their patterns run over it all."""

import json
from pathlib import Path

from candidates.synthetic import synthetic_profiles

ROOT = Path(__file__).resolve().parents[2]


def texts_of(value):
    """The strings of a JSON value, however nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts_of(item)


def corpus_texts() -> list[str]:
    """500 synthetic profiles' texts, every candidate line's texts and every line of the notices under
    bench/data."""
    texts = [t for p in synthetic_profiles(500, seed=5) for t in texts_of(p)]
    for path in sorted((ROOT / "bench" / "data").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += texts_of(json.loads(line))
    for path in sorted((ROOT / "bench" / "data").rglob("*.txt")):
        texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
    return texts
