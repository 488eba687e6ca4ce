"""A stored vacancy keeps the parser's named nations, required fields and experience conditions: the
requirements the engine reads for it carry them, and a recruiter's correction of another field keeps them."""

import pytest

from matching.requirements import ExperienceCondition, VacancyRequirements
from vacancies.services import create_vacancy_from_text, reparse_vacancy

pytestmark = pytest.mark.django_db

NOTICE = """Systems Engineer
Open only to nationals of the nations taking part in the programme: Denmark, Norway and Poland.
The incumbent must:
- hold a university degree in electrical engineering or a closely related discipline;
- have at least 7 years' experience in systems engineering, including 2 in a multinational programme;
- possess the following minimum levels of NATO's official languages (English/French): V in one; I in the other.
"""


@pytest.fixture
def vacancy(rita):
    vacancy = create_vacancy_from_text(NOTICE, created_by=rita)
    vacancy.recruiters.add(rita)
    return vacancy


def test_it_stores_the_new_keys_and_the_engine_reads_them(vacancy):
    vacancy.refresh_from_db()
    requirements = VacancyRequirements.from_parse_json(vacancy.requirements_json())
    assert requirements.nationality_restricted is True
    assert requirements.nationalities == ("Denmark", "Norway", "Poland")
    assert requirements.degree.fields == ("electrical engineering",)
    assert requirements.degree.fields_required is True
    assert requirements.experience_conditions == (
        ExperienceCondition(7, "systems engineering"),
        ExperienceCondition(2, "a multinational programme"),
    )


def test_a_correction_of_the_degree_keeps_the_other_new_keys(vacancy, rita, client_for):
    data = {"degree_level": "master", "degree_fields": "Electrical Engineering", "degree_alternatives": []}
    response = client_for(rita).post(f"/vacancies/{vacancy.pk}/fields/degree/edit/", data)
    assert response.status_code in (200, 302)
    vacancy.refresh_from_db()
    assert vacancy.degree_level == "master"
    stored = vacancy.requirements_json()
    assert stored["degree"]["fields_required"] is True
    assert stored["nationalities"] == ["Denmark", "Norway", "Poland"]
    assert [c["years"] for c in stored["experience_conditions"]] == [7, 2]


def test_reparsing_fills_the_new_keys_of_a_vacancy_stored_before_them(vacancy):
    vacancy.nationalities, vacancy.experience_conditions, vacancy.degree_fields_required = [], [], False
    vacancy.save()
    reparse_vacancy(vacancy)
    vacancy.refresh_from_db()
    assert vacancy.nationalities == ["Denmark", "Norway", "Poland"]
    assert vacancy.degree_fields_required is True
    assert vacancy.experience_conditions[0] == {"years": 7, "context": "systems engineering", "where": ""}


SKILL_BY_SKILL = """Medical Plans Officer
Open to nationals of NATO member nations.
The incumbent must:
- hold a university degree in medicine or public health;
- have at least 5 years' experience in medical planning;
- English (essential): Listening 3, Speaking 3, Reading 3, Writing 2
"""


def test_the_stored_vacancy_places_each_line_as_the_parser_read_it(rita):
    # The engine reads the parser's sources from the stored vacancy too, not only from `rank`'s parse.
    from matching.scoring import prepare_vacancy
    from vacancies.parsing import parse_notice

    vacancy = create_vacancy_from_text(SKILL_BY_SKILL, created_by=rita)
    stored = {
        line.text: line.criterion for line in prepare_vacancy(vacancy.requirements_json()).essential_lines
    }
    parsed = {
        line.text: line.criterion
        for line in prepare_vacancy(parse_notice(SKILL_BY_SKILL).to_json()).essential_lines
    }
    assert stored == parsed
    assert stored["English (essential): Listening 3, Speaking 3, Reading 3, Writing 2"] == "languages"
