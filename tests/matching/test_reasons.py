import importlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from candidates.profile import profile_from_import_json
from candidates.synthetic import synthetic_profiles
from matching.reasons import Reason, criterion_label, describe, duration
from matching.scoring import prepare_vacancy, score_many

migration = importlib.import_module("matching.migrations.0004_reasons_as_data")
ROOT = Path(__file__).resolve().parents[2]

# Every kind of reason and its words, as engine version 2 wrote them before reasons were data.
SENTENCES = [
    (Reason("degree", "below_required", {"required": "university", "highest": "secondary"}),
     "Degree: no university degree (highest: secondary)"),
    (Reason("degree", "below_required", {"required": "master", "highest": "none"}),
     "Degree: no master's degree (highest: none stated)"),
    (Reason("degree", "equivalent_to_assess", {"required": "university", "highest": "secondary",
                                               "equivalents": ["equivalent_experience", "equivalent_qualification"]}),
     "Degree: no university degree (highest: secondary); equivalent relevant professional experience or "
     "an equivalent level of qualification may replace it, to be assessed"),
    (Reason("degree", "obtain_degree", {"required": "university", "staff_college": True}),
     "Obtain a university degree (bachelor or above) or attend a NATO or national military staff college"),
    (Reason("degree", "obtain_degree", {"required": "master", "staff_college": False}),
     "Obtain a master's degree"),
    (Reason("degree", "add_equivalent", {"equivalents": ["equivalent_qualification"]}),
     "Add the details of an equivalent level of qualification to your profile so that a recruiter can assess it"),
    (Reason("experience", "below_minimum", {"months": 0, "required_months": 24}),
     "Experience: none, at least 2 years required"),
    (Reason("experience", "below_minimum", {"months": 13, "required_months": 60}),
     "Experience: 1 year 1 month, at least 5 years required"),
    (Reason("experience", "more_experience", {"months": 12}), "You need 1 more year of experience"),
    (Reason("experience", "more_experience", {"months": 36}), "You need 3 more years of experience"),
    (Reason("experience", "more_experience", {"months": 14}), "You need 1 year 2 months more experience"),
    (Reason("languages", "below_level", {"language": "French", "required": "I", "stated": None}),
     "Languages: French below I (not stated)"),
    (Reason("languages", "below_level", {"language": "Bosnian Serbo-Croat", "required": "V", "stated": "IV"}),
     "Languages: Bosnian Serbo-Croat below V (IV stated)"),
    (Reason("languages", "below_slp", {"language": "English", "required": "3333", "stated": "3+332"}),
     "Languages: English below SLP 3333 (SLP 3+332 stated)"),
    (Reason("languages", "below_slp", {"language": "English", "required": "3333", "stated": None}),
     "Languages: English below SLP 3333 (not stated)"),
    (Reason("languages", "slp_to_assess", {"language": "English", "required": "3333", "stated": "V",
                                           "approximate": 4}),
     "Languages: English SLP 3333 required, only NATO level V stated (approximately SLP 4 per skill by an "
     "unofficial bridge)"),
    (Reason("languages", "raise_level", {"language": "French", "required": "II"}), "Raise your French to level II"),
    (Reason("languages", "raise_slp", {"language": "English", "required": "3333"}), "Raise your English to SLP 3333"),
    (Reason("languages", "add_slp", {"language": "English"}), "Add your English STANAG 6001 profile (SLP)"),
    (Reason("nationality", "not_member", {"nationality": "Switzerland"}),
     "Nationality: Switzerland is not a NATO member state"),
    (Reason("nationality", "not_stated"), "Nationality: not stated; only nationals of NATO member states may apply"),
    (Reason("nationality", "member_only"), "Only nationals of NATO member states may apply"),
]  # fmt: skip


@pytest.mark.parametrize(("reason", "sentence"), SENTENCES)
def test_it_words_each_kind_of_reason_as_before(reason, sentence):
    assert describe(reason) == sentence


@pytest.mark.parametrize(("reason", "sentence"), SENTENCES)
def test_it_reads_a_stored_sentence_back_as_the_same_reason(reason, sentence):
    assert migration.reason_of_line(sentence) == reason.to_json()
    assert Reason.from_json(reason.to_json()) == reason


def test_it_keeps_the_words_of_a_line_it_cannot_read_back():
    item = migration.reason_of_line("Languages: something an older engine wrote")
    assert item == {
        "criterion": "languages",
        "kind": "text",
        "values": {"text": "Languages: something an older engine wrote"},
    }
    assert describe(Reason.from_json(item)) == "Languages: something an older engine wrote"


def test_it_writes_durations_and_labels():
    assert [duration(m) for m in (0, 1, 12, 25)] == ["0 months", "1 month", "1 year", "2 years 1 month"]
    assert [criterion_label(c) for c in ("degree", "nationality")] == ["Degree", "Nationality"]


def _notices() -> list[dict]:
    base = {
        "title": "Officer", "min_years_experience": 5, "nationality_restricted": True,
        "degree": {"level": "master", "fields": [], "alternatives": ["military_staff_college"]},
        "languages": {"rule": "one_high_other_low", "high": "V", "low": "II", "pair": ["English", "French"]},
    }  # fmt: skip
    return [
        base,
        {**base, "degree": {"level": "university", "alternatives": ["equivalent_qualification",
                                                                    "equivalent_experience"]}},
        {**base, "min_years_experience": 3, "languages": {
            "rule": "each", "requirements": [{"language": "German", "level": "III"}],
            "stanag": [{"language": "English", "slp": "3333"}], "pair": ["English", "French"]}},
    ]  # fmt: skip


# Kinds the engine gives since issue 14, after the migration that read stored sentences back.
KINDS_AFTER_MIGRATION = frozenset(
    {"level_below_slp", "field_unrelated", "field_to_assess", "field_not_stated", "obtain_field",
     "condition_below", "condition_to_assess", "more_condition", "not_named", "not_stated_named", "named_only",
     "education_not_stated", "add_education"}
)  # fmt: skip


def test_every_reason_the_engine_gives_reads_back_from_its_words():
    """What the migration relies on: each stored sentence of the engine becomes exactly its reason."""
    profiles = [profile_from_import_json(p) for p in synthetic_profiles(400, seed=7)]
    profiles.append(
        profile_from_import_json(
            {"id": "slp", "name": "S", "languages": [{"language": "English", "level": "V", "stanag": "3332"}]}
        )
    )
    reasons = set()
    for notice in _notices():
        for _, result in score_many(prepare_vacancy(notice), profiles, date(2025, 11, 1)):
            for reason in (*result.unmet, *result.to_assess, *result.hints):
                reasons.add(repr(reason))
                if reason.kind in KINDS_AFTER_MIGRATION:
                    continue  # no row stored before reasons were data can hold them
                assert migration.reason_of_line(describe(reason)) == reason.to_json(), describe(reason)
    kinds = {r.split("kind='")[1].split("'")[0] for r in reasons}
    assert kinds >= {"below_required", "equivalent_to_assess", "obtain_degree", "add_equivalent", "below_minimum",
                     "more_experience", "below_level", "below_slp", "slp_to_assess", "raise_level", "raise_slp",
                     "add_slp", "not_member", "member_only"}  # fmt: skip


def test_the_engine_scores_without_django_settings():
    """The engine stays pure: reasons are made while scoring, words only when someone asks for them."""
    code = (
        "from datetime import date\n"
        "from candidates.profile import profile_from_import_json\n"
        "from matching.scoring import prepare_vacancy, score\n"
        "vacancy = prepare_vacancy({'title': 'T', 'min_years_experience': 5, 'nationality_restricted': True,"
        " 'degree': {'level': 'master'}})\n"
        "result = score(vacancy, profile_from_import_json({'id': 'x', 'name': 'X'}), date(2025, 1, 1))\n"
        "print(sorted(r.kind for r in result.unmet + result.to_assess + result.hints))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(
        sorted(["education_not_stated", "add_education", "below_minimum", "more_experience", "not_stated"])
    )
