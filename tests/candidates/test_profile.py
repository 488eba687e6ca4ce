from datetime import date

import pytest

from candidates.profile import (
    Experience,
    ProfileError,
    StanagProfile,
    YearMonth,
    experience_months,
    profile_from_import_json,
)


def alice_json(**changes) -> dict:
    """alice: an applicant with a complete, valid profile."""
    alice = {
        "id": "alice",
        "name": "Alice Martin",
        "email": "alice@example.org",
        "nationality": "Belgium",
        "education": [
            {"level": "master", "field": "International Relations", "institution": "KU Leuven", "year": 2015}
        ],
        "military_staff_college": False,
        "experience": [
            {
                "title": "Policy Officer",
                "organisation": "MoD",
                "start": "2016-01",
                "end": "2019-12",
                "description": "",
            },
            {
                "title": "Adviser",
                "organisation": "NATO",
                "start": "2020-01",
                "end": None,
                "description": "Defence",
            },
        ],
        "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "II"}],
        "competencies": [{"name": "Teamwork", "rung": 3}],
        "skills": ["defence planning"],
        "summary": "Defence policy",
    }
    alice.update(changes)
    return alice


def job(start: str, end: str | None) -> Experience:
    return Experience("Job", YearMonth.parse(start), YearMonth.parse(end) if end else None)


def test_it_reads_a_complete_profile():
    profile = profile_from_import_json(alice_json())
    assert profile.id == "alice"
    assert profile.education[0].level == "master"
    assert profile.experience[1].end is None
    assert [(s.language, s.level) for s in profile.languages] == [("English", 5), ("French", 2)]
    assert profile.competencies[0].rung == 3


def test_it_canonicalises_a_member_nation():
    assert profile_from_import_json(alice_json(nationality="turkey")).nationality == "Türkiye"
    assert profile_from_import_json(alice_json(nationality="USA")).nationality == "United States"


def test_it_keeps_a_non_member_nationality_as_written():
    assert profile_from_import_json(alice_json(nationality="Switzerland")).nationality == "Switzerland"


def test_it_tolerates_missing_optional_fields():
    profile = profile_from_import_json({"id": 7})
    assert profile.id == "7"
    assert profile.education == profile.experience == profile.languages == ()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"id": ""}, "id: '' is not an identifier"),
        ({"id": None}, "id: missing"),
        ({"education": [{"level": "phd"}]}, "education[0].level: 'phd' is not one of"),
        (
            {
                "experience": [
                    {"title": "A", "start": "2020-01", "end": None},
                    {"title": "B", "start": "2019-01", "end": "2020-13"},
                ]
            },
            "experience[1].end: '2020-13' is not a YYYY-MM month",
        ),
        (
            {"experience": [{"title": "A", "start": "2020-03", "end": "2019-01"}]},
            "experience[0]: end 2019-01 is before start 2020-03",
        ),
        (
            {"experience": [{"title": "A", "start": "March 2020"}]},
            "experience[0].start: 'March 2020' is not a YYYY-MM month",
        ),
        ({"experience": [{"start": "2020-03"}]}, "experience[0].title: missing"),
        (
            {"languages": [{"language": "English", "level": "VII"}]},
            "languages[0].level: 'VII' is not one of I..VI",
        ),
        ({"languages": [{"language": "English", "level": "V", "stanag": "33"}]}, "languages[0].stanag:"),
        (
            {"languages": [{"language": "English", "level": "V"}, {"language": "english", "level": "I"}]},
            "languages[1]: English is listed twice",
        ),
        (
            {"competencies": [{"name": "Teamwork", "rung": 9}]},
            "competencies[0].rung: 9 is above the top rung of Teamwork",
        ),
        ({"competencies": [{"name": "Teamwork"}]}, "competencies[0]: needs a rung or a level_text"),
        (
            {"competencies": [{"name": "Teamwork", "level_text": "Juggles"}]},
            "competencies[0].level_text: 'Juggles'",
        ),
        (
            {"competencies": [{"name": "Teamwork", "rung": 2, "evidence": ["led", "a team"]}]},
            "competencies[0].evidence: ['led', 'a team'] is not text",
        ),
        (
            {"competencies": [{"name": "Teamwork", "rung": 2, "evidence": "x" * 1001}]},
            "competencies[0].evidence: longer than 1000 characters",
        ),
        ({"military_staff_college": "yes"}, "military_staff_college: 'yes' is not true or false"),
        ({"skills": "planning"}, "skills: 'planning' is not a list"),
    ],
)
def test_it_names_the_broken_field(changes, message):
    with pytest.raises(
        ProfileError, match=message.replace("[", r"\[").replace(".", r"\.").replace("(", r"\(")
    ):
        profile_from_import_json(alice_json(**changes))


def test_it_rejects_a_line_that_is_not_an_object():
    with pytest.raises(ProfileError, match="not a JSON object"):
        profile_from_import_json(["alice"])


def test_it_resolves_a_competency_text_to_its_rung():
    profile = profile_from_import_json(
        alice_json(competencies=[{"name": "teamwork and co-operation", "level_text": "Solicits inputs"}])
    )
    assert (profile.competencies[0].name, profile.competencies[0].rung) == ("Teamwork", 3)


def test_it_takes_the_higher_rung_of_a_text_joining_two():
    profile = profile_from_import_json(
        alice_json(
            competencies=[
                {
                    "name": "Achievement",
                    "level_text": "Creates own measures of excellence and improves performance",
                }
            ]
        )
    )
    assert profile.competencies[0].rung == 4


def test_it_reads_a_stanag_profile_with_pluses():
    assert StanagProfile.parse("3+3+2+2+").skills == (3.5, 3.5, 2.5, 2.5)
    assert StanagProfile.parse("3+322").skills == (3.5, 3, 2, 2)
    assert StanagProfile.parse("SLP 3-3-3-3").skills == (3, 3, 3, 3)


def test_it_counts_every_month_from_start_to_end_inclusive():
    assert experience_months([job("2020-01", "2020-12")], date(2030, 1, 1)) == 12
    assert experience_months([job("2020-05", "2020-05")], date(2030, 1, 1)) == 1


def test_it_counts_overlapping_months_once():
    entries = [job("2020-01", "2020-12"), job("2020-07", "2021-06"), job("2020-03", "2020-04")]
    assert experience_months(entries, date(2030, 1, 1)) == 18


def test_it_adds_separate_periods():
    assert experience_months([job("2018-01", "2018-06"), job("2020-01", "2020-06")], date(2030, 1, 1)) == 12


def test_it_counts_an_open_end_up_to_the_as_of_month():
    assert experience_months([job("2024-01", None)], date(2024, 12, 31)) == 12
    assert experience_months([job("2024-01", None)], date(2024, 1, 1)) == 1


def test_it_clips_an_end_after_the_as_of_month():
    assert experience_months([job("2024-01", "2026-12")], date(2024, 6, 15)) == 6


def test_it_ignores_an_entry_starting_after_the_as_of_month():
    assert experience_months([job("2025-01", None), job("2026-01", "2026-05")], date(2024, 12, 1)) == 0


def test_it_counts_nothing_without_entries():
    assert experience_months([], date(2024, 12, 1)) == 0


def test_it_counts_a_future_part_of_an_overlap_not_at_all():
    entries = [job("2024-01", "2024-03"), job("2024-02", "2025-12")]
    assert experience_months(entries, date(2024, 4, 1)) == 4


def test_it_reads_a_competencys_evidence_and_leaves_it_optional():
    profile = profile_from_import_json(
        alice_json(
            competencies=[
                {"name": "Teamwork", "rung": 3, "evidence": "  Ran the PARP working group of 9 nations. "},
                {"name": "Initiative", "level_text": "Acts up to 2 months ahead"},
            ]
        )
    )
    assert [(c.name, c.rung, c.evidence) for c in profile.competencies] == [
        ("Teamwork", 3, "Ran the PARP working group of 9 nations."),
        ("Initiative", 4, ""),
    ]
