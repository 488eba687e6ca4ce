"""A vacancy's term index gives the mask of a tuple of terms once per distinct tuple
(``matching.text.TermIndex.mask_of``, issue 18 point 4): the same mask as a fresh index's, worked out
from the terms, for every text of a pool, asked again; and no more of them are kept than terms learnt."""

from candidates.synthetic import synthetic_profiles
from matching.text import TermIndex, terms

ITEMS = [
    "knowledge of the NATO Defence Planning Process (NDPP)",
    "experience in capability development and force planning",
    "programme management, budgeting and procurement",
    "Analysed international affairs and security policy issues",
]


def texts():
    for profile in synthetic_profiles(400, seed=13):
        for entry in profile["experience"]:
            yield " ".join((entry["title"], entry["organisation"], entry["description"]))
        yield from profile["skills"]
        yield profile["summary"]


def test_a_tuple_of_terms_has_the_mask_a_fresh_index_works_out():
    index = TermIndex(ITEMS)
    seen = 0
    for text in texts():
        found = terms(text)
        expected = TermIndex(ITEMS).mask_of(set(found))  # not a tuple: worked out
        assert index.mask_of(found) == expected, text
        assert index.mask_of(found) == expected, text
        seen += bool(expected)
    assert seen > 100


def test_the_masks_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(TermIndex, "LEARNT_LIMIT", 30)
    index = TermIndex(ITEMS)
    for text in list(texts())[:300]:
        index.mask_of(terms(text))
        assert len(index._masks) <= 30
    assert index._masks


def test_terms_learnt_before_the_index_forgets_are_learnt_again(monkeypatch):
    """When the learnt terms reach the limit the index forgets them all; a call that both brings new terms
    and repeats earlier ones must still match the earlier ones (they were forgotten with the rest)."""
    monkeypatch.setattr(TermIndex, "LEARNT_LIMIT", 12)
    index = TermIndex(ITEMS)
    asked = 0
    for text in list(texts())[:200]:
        found = set(terms(text)) | set(terms(ITEMS[2]))  # terms of the items, asked every time
        expected = TermIndex(ITEMS).mask_of(found)  # a fresh index learns every term of the call
        assert index.mask_of(found) == expected, text
        asked += 1
    assert asked == 200


def test_a_text_has_the_mask_of_its_terms_asked_again():
    """``mask_of_text(*parts)``: the mask of the terms of the parts joined by spaces, kept per parts."""
    index = TermIndex(ITEMS)
    seen = 0
    for profile in synthetic_profiles(200, seed=15):
        for entry in profile["experience"]:
            parts = (entry["title"], entry["organisation"], entry["description"])
            expected = TermIndex(ITEMS).mask_of(set(terms(" ".join(parts))))
            assert index.mask_of_text(*parts) == index.mask_of_text(*parts) == expected, parts
            seen += bool(expected)
        for skill in profile["skills"]:
            assert index.mask_of_text(skill) == TermIndex(ITEMS).mask_of(set(terms(skill))), skill
    assert seen > 50


def test_the_texts_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(TermIndex, "LEARNT_LIMIT", 30)
    index = TermIndex(ITEMS)
    for text in list(texts())[:300]:
        index.mask_of_text(text)
        assert len(index._text_masks) <= 30


def test_a_profiles_summary_keeps_the_terms_of_its_summary():
    """Read past the cache of ``terms`` when a profile is prepared, kept for the evidence: the same terms."""
    import json

    from candidates.import_lines import read_line
    from matching.scoring import prepare_profile

    for profile in synthetic_profiles(100, seed=16):
        prepared = prepare_profile(read_line(json.dumps(profile)))
        assert prepared.summary_terms == (terms(profile["summary"]) if profile["summary"] else ())
        assert set(prepared.summary_terms) <= prepared.other_terms
