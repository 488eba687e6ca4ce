"""Every essential accounted for (matching.essentials): pure, no database."""

from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.essentials import MET, NOT_MET, TO_ASSESS, classify
from matching.scoring import prepare_vacancy, score

AS_OF = date(2025, 11, 1)
EVERY = frozenset({"degree", "experience", "languages", "nationality"})

LOGISTICS = "have proven experience in logistics planning for deployed forces"
TRAVEL = "be available to travel frequently"


def notice(*essential: str, **changes) -> dict:
    vacancy = {
        "title": "Logistics Planner",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 3,
        "languages": {"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"],
                      "requirements": [], "stanag": [], "raw": []},
        "nationality_restricted": True,
        "essential": [
            "hold a university degree",
            "have at least 3 years' experience",
            "possess the following minimum levels of NATO's official languages (English/French): V in one; I in the other",
            *essential,
        ],
        "desirable": [],
        "accountabilities": ["Plan the logistic support of deployed forces"],
    }  # fmt: skip
    vacancy.update(changes)
    return vacancy


def person(**changes) -> dict:
    """alice: a member national with a master's, 8 years of work and English V / French II."""
    alice = {
        "id": "alice", "name": "Alice Martin", "nationality": "Belgium",
        "education": [{"level": "master", "field": "Supply Chain Management", "institution": "KU Leuven"}],
        "experience": [{"title": "Office manager", "organisation": "Acme", "start": "2017-01", "end": None,
                        "description": "Ran the office"}],
        "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "II"}],
        "skills": [], "summary": "",
    }  # fmt: skip
    alice.update(changes)
    return alice


def result_for(vacancy: dict, candidate: dict):
    return score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)


def statuses(result) -> dict[str, str]:
    return {e.text: e.status for e in result.essentials}


def evidence(result, text: str) -> str:
    return next(e.evidence for e in result.essentials if e.text == text)


PLANNER = [{"title": "Logistics planning officer", "organisation": "Joint Logistics Command", "start": "2017-01",
            "end": None, "description": "Planned the logistics of forces deployed on operations"}]  # fmt: skip


@pytest.mark.parametrize(
    "line, expected",
    [
        ("hold a university degree in economics", ("degree", True)),
        ("have at least five years' experience in finance", ("experience", True)),
        ("Language: English - SLP 3232", ("languages", True)),
        ("Only nationals of NATO member states may apply", ("nationality", True)),
        ("knowledge of the NATO Defence Planning Process", (None, True)),
        ("be an advanced user of Microsoft Office", (None, True)),
        ("be able to communicate clearly and persuasively", (None, False)),
        ("possess cultural awareness", (None, False)),
        ("be available to travel", (None, False)),
        # How long the person must be ready for, not experience: assessed at interview.
        ("Prepared to deploy on operations and exercises for periods of up to six months", (None, False)),
        ("the ability to deploy at short notice for up to six months", (None, False)),
        ("Must be able to deploy on exercises and operations for up to six months", (None, False)),
        ("be willing to travel up to 40 days a year", (None, False)),
        ("be able to show 3 years' experience of deployed operations", ("experience", True)),
        (
            "The successful candidate will be required to obtain a NATO SECRET security clearance",
            (None, False),
        ),
    ],
)
def test_it_tells_lines_checkable_from_a_profile_from_those_assessed_at_interview(line, expected):
    assert classify(line, EVERY) == expected


def test_an_essential_the_profile_gives_no_evidence_for_is_to_be_assessed_never_a_silent_eligible():
    result = result_for(notice(LOGISTICS), person())
    assert statuses(result)[LOGISTICS] == TO_ASSESS
    assert evidence(result, LOGISTICS) == "Nothing in the profile speaks to it"
    assert result.eligible is None
    # Without that line, the same candidate is eligible.
    assert result_for(notice(), person()).eligible is True


def test_an_essential_met_by_an_entry_quotes_the_entry():
    result = result_for(notice(LOGISTICS), person(experience=PLANNER))
    assert statuses(result)[LOGISTICS] == MET
    assert evidence(result, LOGISTICS) == "Logistics planning officer, Joint Logistics Command"
    assert result.eligible is True


def test_a_skill_can_be_the_evidence():
    line = "be an advanced user of Microsoft Excel and SharePoint"
    result = result_for(notice(line), person(skills=["Microsoft Excel", "SharePoint"]))
    assert statuses(result)[line] == MET
    assert evidence(result, line).startswith("Skill: ")


def test_a_line_assessed_at_interview_does_not_block_eligibility():
    result = result_for(notice(TRAVEL), person())
    assert statuses(result)[TRAVEL] == TO_ASSESS
    assert "interview" in evidence(result, TRAVEL)
    assert result.eligible is True


def test_criterion_lines_take_the_criterion_outcome_and_its_evidence():
    result = result_for(notice(), person())
    assert set(statuses(result).values()) == {MET}
    assert evidence(result, "hold a university degree") == "Master's in Supply Chain Management, KU Leuven"
    assert evidence(result, "have at least 3 years' experience").startswith("8 years 11 months of experience")

    no_degree = result_for(notice(), person(education=[{"level": "secondary"}]))
    assert statuses(no_degree)["hold a university degree"] == NOT_MET
    assert evidence(no_degree, "hold a university degree").startswith("Degree: no university degree")
    assert no_degree.eligible is False


def test_a_language_line_naming_one_language_reads_only_its_reasons():
    english = "English: SLP 3333"
    french = "French: SLP 2222"
    vacancy = notice(
        english,
        french,
        languages={"rule": "none", "pair": ["English", "French"], "requirements": [], "raw": [],
                   "stanag": [{"language": "English", "slp": "3333"}, {"language": "French", "slp": "2222"}]},
    )  # fmt: skip
    candidate = person(
        languages=[
            {"language": "English", "level": "V", "stanag": "3333"},
            {"language": "French", "level": "I"},
        ]
    )
    found = statuses(result_for(vacancy, candidate))
    assert (found[english], found[french]) == (MET, TO_ASSESS)


def test_a_criterion_stated_elsewhere_gets_a_line_of_its_own():
    result = result_for(notice(), person(nationality="Switzerland"))
    line = next(e for e in result.essentials if e.text.startswith("Nationality"))
    assert line.status == NOT_MET
    assert "Switzerland is not a NATO member state" in line.evidence
    assert result.eligible is False


def test_an_essential_line_about_nationality_restricts_the_notice():
    line = "Only nationals of NATO member states may apply"
    result = result_for(notice(line, nationality_restricted=False), person(nationality="Switzerland"))
    assert statuses(result)[line] == NOT_MET
    assert result.eligible is False


def test_an_experience_line_that_says_in_what_needs_an_entry_that_speaks_to_it():
    line = "have at least 3 years' experience in logistics planning"
    vacancy = notice(essential=["hold a university degree", line])
    office = result_for(vacancy, person())
    assert statuses(office)[line] == TO_ASSESS
    assert office.eligible is None
    planner = result_for(vacancy, person(experience=PLANNER))
    assert statuses(planner)[line] == MET
    assert planner.eligible is True


def test_more_words_in_a_profile_never_turn_a_met_essential_into_anything_else():
    sparse = result_for(notice(LOGISTICS), person(experience=PLANNER))
    richer = result_for(
        notice(LOGISTICS), person(experience=PLANNER, skills=["SAP", "Excel"], summary="Planner")
    )
    assert statuses(sparse)[LOGISTICS] == statuses(richer)[LOGISTICS] == MET


def test_the_scoring_loop_and_the_statuses_agree_on_the_verdict():
    # The loop decides the verdict from masks; the statuses are worked out when read: same answer.
    for candidate in (person(), person(experience=PLANNER), person(nationality=""), person(education=[])):
        result = result_for(notice(LOGISTICS, TRAVEL), candidate)
        checked = [e.status for e in result.essentials if e.checkable]
        expected = False if NOT_MET in checked else None if TO_ASSESS in checked else True
        assert result.eligible is expected


def test_the_verdict_reads_the_initialisms_the_statuses_read():
    # "service level management" stands with its initialism (spelled_out): an entry writing "SLM" shows
    # the line, in its status and in the verdict alike.
    line = "have experience in service level management"
    slm = [{"title": "SLM lead", "organisation": "Acme", "start": "2017-01", "end": None,
            "description": "SLM for the data centre"}]  # fmt: skip
    result = result_for(notice(line), person(experience=slm))
    assert statuses(result)[line] == MET
    assert result.eligible is True


def test_a_language_requirement_stated_in_no_line_is_worded_from_the_requirements():
    vacancy = notice(essential=["hold a university degree"])
    texts = [e.text for e in result_for(vacancy, person()).essentials]
    assert "Languages: V in one of English and French, I in the other" in texts


def test_a_line_with_no_key_term_to_look_for_is_left_to_a_person():
    line = "have relevant experience"
    result = result_for(notice(line), person())
    assert [e.checkable for e in result.essentials if e.text == line] == [False]
    assert result.eligible is True


def test_the_words_kept_from_pair_to_pair_are_the_words_worked_out_afresh():
    """The essentials' evidence of a whole pool, worked out with the words each vacancy keeps (and each
    reason's words remembered), equals each pair's worked out alone by a vacancy prepared afresh and with
    nothing remembered: the keys name everything the words depend on."""
    from pathlib import Path

    from candidates.synthetic import synthetic_profiles
    from matching import reasons
    from matching.management.commands.rank import read_vacancy
    from matching.scoring import prepare_profile, score_many

    notices = Path(__file__).resolve().parents[2] / "bench" / "data" / "quality" / "notices"
    vacancies = [notice(LOGISTICS, TRAVEL), read_vacancy(notices / "is-dpp-capability-targets-officer.txt")]
    profiles = [prepare_profile(profile_from_import_json(p)) for p in synthetic_profiles(300, seed=11)]
    for vacancy in vacancies:
        warm = prepare_vacancy(vacancy)
        kept = [result.essentials_json() for _, result in score_many(warm, profiles, AS_OF)]
        assert warm._words  # the words were kept
        afresh = []
        for profile in profiles:
            reasons._DESCRIBED.clear()
            reasons._DESCRIBED_VALUES.clear()
            afresh += [
                result.essentials_json()
                for _, result in score_many(prepare_vacancy(vacancy), [profile], AS_OF)
            ]
        assert kept == afresh
        statuses = {e["status"] for lines in kept for e in lines}
        assert statuses == {MET, NOT_MET, TO_ASSESS}
