"""A member nation's demonym or formal name is that nation, wherever a nationality is read.

A candidate line with "nationality": "German" or "Slovak Republic" was read as a country that is no member
nation, so the candidate was "not eligible" (and not among a notice's named nations).
"""

import json
from datetime import date

import pytest

from candidates.import_lines import read_line
from matching.scoring import prepare_profile, prepare_vacancy, score_many
from reference.data import DEFAULT_REFERENCE
from reference.nations import nation_code

WRITTEN = [
    ("German", "Germany", "DE"),
    ("polish", "Poland", "PL"),
    ("belge", "Belgium", "BE"),
    ("Slovak Republic", "Slovakia", "SK"),
    ("Hellenic Republic", "Greece", "GR"),
    ("Federal Republic of Germany", "Germany", "DE"),
    ("Kingdom of the Netherlands", "Netherlands", "NL"),
    ("Grand Duchy of Luxembourg", "Luxembourg", "LU"),
    ("Republic of Türkiye", "Türkiye", "TR"),
    ("Portuguese Republic", "Portugal", "PT"),
    ("United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "GB"),
]


@pytest.mark.parametrize(("written", "nation", "code"), WRITTEN)
def test_a_demonym_or_formal_name_is_the_member_nation(written, nation, code):
    assert DEFAULT_REFERENCE.canonical_nation(written) == nation
    assert nation_code(written) == code


@pytest.mark.parametrize(
    "written", ["Swiss", "Ukrainian", "Republic of Moldova", "Swiss Confederation", "Other"]
)
def test_other_countries_and_other_words_are_no_member_nation(written):
    assert DEFAULT_REFERENCE.canonical_nation(written) is None


def _verdicts(notice: dict, nationalities: list[str]) -> dict[str, bool | None]:
    prepared = prepare_vacancy(notice, reference=DEFAULT_REFERENCE)
    profiles = []
    for i, nationality in enumerate(nationalities):
        line = {"id": f"c{i}", "nationality": nationality, "education": [{"level": "secondary"}],
                "experience": [{"title": "Fire safety inspector", "start": "2015-01", "end": None}]}  # fmt: skip
        profiles.append(prepare_profile(read_line(json.dumps(line), DEFAULT_REFERENCE), DEFAULT_REFERENCE))
    return {
        nationalities[int(cid[1:])]: r.eligible
        for cid, r in score_many(prepared, profiles, date(2026, 12, 1))
    }


NOTICE = {
    "degree": {"level": "secondary"},
    "min_years_experience": 3,
    "languages": {"rule": "none"},
    "nationality_restricted": True,
    "essential": [],
    "desirable": [],
    "accountabilities": ["Inspect fire safety"],
}


def test_candidate_lines_with_demonyms_are_member_nationals():
    verdicts = _verdicts(NOTICE, ["German", "Slovak Republic", "Swiss"])
    assert verdicts == {"German": True, "Slovak Republic": True, "Swiss": False}


def test_a_notice_open_to_named_nations_reads_their_demonyms():
    named = {**NOTICE, "nationalities": ["Germany", "Poland", "Slovakia"]}
    verdicts = _verdicts(named, ["German", "Polish", "Slovak Republic", "Italian"])
    assert verdicts == {"German": True, "Polish": True, "Slovak Republic": True, "Italian": False}
