"""A profile's language is told from its titles' and descriptions' words counted once per distinct text
(``matching.prepared._written_in_parts``, issue 18 point 4): the same as ``written_in`` over the texts
joined, on the synthetic pool, the seed data and texts of any characters."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from candidates.synthetic import synthetic_profiles
from matching.prepared import _written_in_parts, written_in
from matching.scoring import prepare_profile
from reference.data import DEFAULT_REFERENCE

ROOT = Path(__file__).resolve().parents[2]


def parts_of(profile) -> list[str]:
    return [
        t for x in profile.get("experience") or [] for t in (x.get("title") or "", x.get("description") or "")
    ]


def test_the_pool_and_the_seed_data_are_told_alike():
    profiles = synthetic_profiles(500, seed=7)
    for path in sorted((ROOT / "bench" / "data").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            value = json.loads(line) if line.strip() else None
            if isinstance(value, dict) and isinstance(value.get("experience"), list):
                profiles.append(value)
    languages = set()
    for profile in profiles:
        parts = [p for p in parts_of(profile) if isinstance(p, str)]
        assert _written_in_parts(parts) == written_in(" ".join(parts)), parts
        languages.add(written_in(" ".join(parts)))
    assert {"en"} <= languages


def test_a_prepared_profile_is_told_as_its_texts_joined():
    from candidates.profile import profile_from_import_json

    for raw in synthetic_profiles(200, seed=8):
        profile = profile_from_import_json(raw, DEFAULT_REFERENCE)
        joined = " ".join([t for x in profile.experience for t in (x.title, x.description)])
        assert prepare_profile(profile).written == written_in(joined)


PIECES = list("abcdeéßΣσςİıAZ _-'1\n.,") + [
    "defence ",
    "planning ",
    "planification ",
    "obronne ",
    "the ",
    "les ",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(TEXTS, max_size=8))
def test_texts_of_any_characters_are_told_alike(parts):
    assert _written_in_parts(parts) == written_in(" ".join(parts))
