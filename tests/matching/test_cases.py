"""The scorer's case ids and unary competency codes. Pure: no database."""

from datetime import date

from candidates.profile import CandidateProfile, CompetencyClaim, profile_from_import_json
from matching import cases
from matching.cases import case_id, claimed_and_backed, competency_code, required_code
from matching.scoring import prepare_profile, prepare_vacancy, score

AS_OF = date(2025, 11, 1)
VACANCY = {
    "degree": {"level": "none"},
    "competencies": [{"name": "Teamwork", "rung": 3}, {"name": "Initiative", "rung": 2}],
}


def test_it_gives_equal_signatures_one_id_and_different_ones_different_ids():
    assert case_id((2, ("master", "Law"))) == case_id((2, ("master", "Law")))
    assert case_id((2, ("master", "Law"))) != case_id((3, ("master", "Law")))


def test_it_never_gives_a_forgotten_id_to_another_signature(monkeypatch):
    before = case_id(("a signature", 1))
    monkeypatch.setattr(cases, "CASE_ID_LIMIT", 0)  # forget everything at the next new signature
    assert case_id(("another signature", 2)) != before


def test_it_reads_the_lower_of_the_rung_claimed_and_the_rung_required():
    required = [("Teamwork", 3), ("Initiative", 2), ("Achievement", 4)]
    code = competency_code({"Teamwork": 5, "Initiative": 1})
    assert claimed_and_backed(code & required_code(required), required) == [(3, 0), (1, 0), (0, 0)]


def test_it_reads_the_rungs_backed_by_evidence_beside_the_rungs_claimed():
    required = [("Teamwork", 3), ("Initiative", 2), ("Achievement", 4)]
    code = competency_code(
        {"Teamwork": 5, "Initiative": 2, "Achievement": 3}, {"Teamwork": 4, "Achievement": 1}
    )
    assert claimed_and_backed(code & required_code(required), required) == [(3, 3), (2, 0), (3, 1)]


def test_it_reads_a_competency_required_twice_at_each_rung():
    required = [("Teamwork", 2), ("Teamwork", 4)]
    code = competency_code({"Teamwork": 3}, {"Teamwork": 3})
    assert claimed_and_backed(code & required_code(required), required) == [(2, 2), (3, 3)]


def test_it_writes_no_code_for_rungs_it_cannot_write():
    assert competency_code({"Teamwork": -1}) is None
    assert competency_code({"Teamwork": 2}, {"Teamwork": -1}) is None
    assert required_code([("Teamwork", 9)]) is None


def test_it_scores_a_candidate_without_a_code_like_one_with_it(monkeypatch):
    prepared = prepare_vacancy(VACANCY)
    evidence = "Ran the joint logistics cell of 12 people from 5 nations in 2023"
    person = {
        "id": "alice",
        "competencies": [
            {"name": "Teamwork", "rung": 4, "evidence": evidence},
            {"name": "Initiative", "rung": 1},
        ],
    }
    expected = score(prepared, profile_from_import_json(person), AS_OF)
    monkeypatch.setattr(cases, "SLOTS_LIMIT", 0)
    odd = CandidateProfile(id="bob", competencies=(CompetencyClaim("A new one", 2),
                                                  CompetencyClaim("Teamwork", 4, evidence=evidence),
                                                  CompetencyClaim("Initiative", 1)))  # fmt: skip
    assert prepare_profile(odd).competency_code is None
    assert score(prepared, odd, AS_OF).breakdown == expected.breakdown
