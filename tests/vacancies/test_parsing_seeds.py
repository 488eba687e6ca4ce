"""The two real seed notices, field by field. Pure: no database."""

import datetime as dt
from pathlib import Path

import pytest

from vacancies.parsing import PARSER_VERSION, parse_notice

SEEDS = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"


@pytest.fixture(scope="module")
def dicb():
    return parse_notice((SEEDS / "nato-dicb-country-coordinator.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mcc():
    return parse_notice((SEEDS / "nato-mcc-programme-officer.txt").read_text(encoding="utf-8"))


def test_it_has_a_version():
    assert PARSER_VERSION == "1.0"


def test_it_reads_the_dicb_header(dicb):
    assert dicb.title == "Officer, Country Coordinator"
    assert dicb.organisation == "Operations Division"
    assert dicb.location == "Brussels, Belgium"
    assert dicb.grade is None
    assert dicb.deadline is None
    # Not stated, but an International Staff post: open to nationals of member nations (domain.md 4b).
    assert dicb.nationality_restricted is True
    assert dicb.clearance is None
    assert dicb.contract.startswith("Definite duration contract of three years")


def test_it_reads_the_dicb_degree(dicb):
    assert dicb.degree.level == "university"
    assert dicb.degree.fields == ("political science", "international relations", "security studies")
    # "or equivalent" after the staff college qualifies the college, not the degree.
    assert dicb.degree.alternatives == ("military_staff_college",)


def test_it_reads_the_dicb_experience_and_languages(dicb):
    assert dicb.min_years_experience == 5
    languages = dicb.to_json()["languages"]
    assert (languages["rule"], languages["high"], languages["low"]) == ("one_high_other_low", "V", "I")
    assert languages["pair"] == ["English", "French"]
    assert languages["requirements"] == [] and languages["stanag"] == []
    assert languages["raw"] == [
        "possess the following minimum levels of NATO's official languages (English/French): "
        'V ("Advanced") in one; I ("Beginner") in the other'
    ]


def test_it_reads_the_eight_dicb_essentials_and_seven_desirables(dicb):
    assert len(dicb.essential) == 8
    assert dicb.essential[0].startswith(
        "possess a University degree from an institute of recognised standing"
    )
    assert dicb.essential[-1] == "be available to travel frequently and to work outside normal business hours"
    assert len(dicb.desirable) == 7
    assert dicb.desirable[0] == "higher level of the NATO's second official language"
    assert dicb.desirable[-1].endswith("personnel, facilities, and interoperability")
    assert not any(item.endswith((";", ".")) or item.startswith(("•", "-")) for item in dicb.essential)


def test_it_reads_the_dicb_competencies_with_merged_rungs_as_the_higher(dicb):
    assert [(c.name, c.rung) for c in dicb.competencies] == [
        ("Achievement", 4),
        ("Analytical Thinking", 3),
        ("Change Leadership", 2),
        ("Impact and Influence", 5),
        ("Initiative", 3),
        ("Organisational Awareness", 4),
        ("Teamwork", 4),
    ]
    assert dicb.competencies[-1].level_text == "Solicits inputs and encourages others"


def test_it_reads_the_dicb_accountabilities(dicb):
    # A duty area's heading is no duty of its own: it heads the one paragraph under it.
    assert dicb.accountabilities[0].startswith(
        "Expertise Development: Follow and advise on the different steps"
    )
    assert any(a.startswith("Stakeholder Management: Develop relations") for a in dicb.accountabilities)
    assert "Project Management" not in dicb.accountabilities
    assert not any("Direct reports" in a for a in dicb.accountabilities)


def test_it_reads_the_mcc_header(mcc):
    assert mcc.title == "Programme Officer, Multinational Capability Cooperation (MCC)"
    assert mcc.organisation == "Defence Investment Division"
    assert mcc.location == "Brussels, Belgium"  # the duty station's country added
    assert mcc.grade is None
    assert mcc.deadline == dt.date(2025, 12, 31)  # not the "Update day", nor a similar job's date
    assert mcc.nationality_restricted is True
    assert mcc.clearance is None
    assert "subject to receipt of a security clearance" in mcc.sources["clearance"]


def test_it_reads_the_mcc_requirements(mcc):
    assert mcc.degree.level == "university"
    assert mcc.degree.fields == ()
    assert mcc.degree.alternatives == ("equivalent_qualification",)
    assert mcc.min_years_experience == 2
    assert (mcc.languages.rule, mcc.languages.high, mcc.languages.low) == ("one_high_other_low", "V", "I")
    assert len(mcc.essential) == 8
    assert mcc.essential[0] == (
        "hold a university degree, or an equivalent level of qualification, from an institute of recognised standing"
    )


def test_it_recovers_the_mcc_desirables_displaced_after_the_interrelationships(mcc):
    assert mcc.desirable == (
        "demonstrable customer service mindset and an associated high degree of attention to detail",
        "be driven to continuously seek opportunities for improvement in her/his line of work and desire to "
        "reduce organizational stovepipes and inefficiencies",
        "relevant professional experience with international armaments co-operation, including procurement "
        "policies and related institutional and industrial developments",
    )


def test_it_reads_the_mcc_competencies(mcc):
    assert [(c.name, c.rung) for c in mcc.competencies] == [
        ("Analytical Thinking", 3),
        ("Flexibility", 3),
        ("Impact and Influence", 3),
        ("Initiative", 3),
        ("Organisational Awareness", 3),
        ("Teamwork", 1),
    ]


def test_it_keeps_repeated_sections_once_and_drops_the_noise(mcc):
    text = mcc.cleaned_text
    assert text.count("MAIN ACCOUNTABILITIES") == 1
    assert text.count("INTERRELATIONSHIPS") == 1
    assert text.count("The Defence Investment Division (DI) is responsible") == 1
    for noise in ("Loading", "View: 130", "Update day", "Click to apply", "Report job", "SIMILAR JOBS", "⏰"):
        assert noise not in text
    assert len(mcc.accountabilities) == len(set(mcc.accountabilities))


def test_its_sources_are_lines_of_the_cleaned_text(dicb, mcc):
    for notice in (dicb, mcc):
        for field, source in notice.sources.items():
            assert source in notice.cleaned_text, field


def test_it_names_the_missing_fields(dicb, mcc):
    assert dicb.missing == ("grade", "deadline", "clearance")
    assert mcc.missing == ("grade", "clearance")


def test_its_json_has_the_public_keys(mcc):
    data = mcc.to_json()
    assert list(data)[:14] == [
        "title", "organisation", "location", "grade", "deadline", "degree", "min_years_experience",
        "languages", "competencies", "nationality_restricted", "clearance", "essential", "desirable",
        "contract",
    ]  # fmt: skip
    assert data["deadline"] == "2025-12-31"
    assert data["degree"] == {
        "level": "university",
        "fields": [],
        "alternatives": ["equivalent_qualification"],
        "fields_required": False,
    }
    assert data["competencies"][0] == {
        "name": "Analytical Thinking",
        "level_text": "Sees multiple relationships",
        "rung": 3,
    }
    assert set(data["languages"]) == {"rule", "high", "low", "pair", "requirements", "stanag", "raw"}


def test_it_is_frozen(mcc):
    with pytest.raises(AttributeError):
        mcc.title = "x"
