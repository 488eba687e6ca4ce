"""An experience line is read as the parser read it (issue 14, points 3 and 4): the line that states the years
is the experience line even when its words name education ("academic courses or professional military
education programmes"), and verbs listed before one object share it ("drafting, negotiating and
administering complex contracts": drafting contracts, not drafting anything). Pure: the notice goes through
the parser as `rank` reads it."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.contexts import context_slots
from matching.essentials import MET
from matching.scoring import prepare_vacancy, score
from vacancies.parsing import parse_notice

AS_OF = date(2026, 6, 1)

COURSES_NOTICE = """VACANCY NOTICE
Course Coordinator
NATO School Oberammergau
Location: Oberammergau, Germany
Grade: B-5

ESSENTIAL REQUIREMENTS
The incumbent must:
- hold a university degree;
- have at least 4 years' experience in the organisation of academic courses or professional military \
education programmes;
- possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in \
one; I ("Beginner") in the other.
"""


def person(*posts: dict) -> dict:
    return {
        "id": "p", "name": "P", "nationality": "Netherlands",
        "education": [{"level": "master", "field": "Political Science", "institution": "Universiteit Leiden"}],
        "experience": list(posts),
        "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "II"}],
    }  # fmt: skip


def post(title: str, organisation: str, start: str, end: str | None, description: str) -> dict:
    return {
        "title": title,
        "organisation": organisation,
        "start": start,
        "end": end,
        "description": description,
    }


def experience_line(notice: str, candidate: dict):
    vacancy = parse_notice(notice).to_json()
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return next(e for e in result.essentials if "years' experience" in e.text)


def test_verbs_listed_before_one_object_share_it():
    (slot,) = context_slots("drafting, negotiating and administering complex contracts")
    assert {"draft", "complex", "contract"} in [set(a) for a in slot.alternatives]
    (slot,) = context_slots("planning, conducting and evaluating exercises")
    assert all(any(t.startswith("exercis") for t in alternative) for alternative in slot.alternatives)
    # A list of kinds of work, the last not a verb with its object, is left as it is.
    (slot,) = context_slots("budgeting, accounting or financial management")
    assert sorted(map(sorted, slot.alternatives)) == [["account"], ["budget"], ["financial", "manage"]]


def test_the_line_that_states_the_years_is_the_experience_line_whatever_its_words_name():
    vacancy = parse_notice(COURSES_NOTICE).to_json()
    lines = {line.text[:25]: line.criterion for line in prepare_vacancy(vacancy).essential_lines}
    assert lines["have at least 4 years' ex"] == "experience"
    assert lines["hold a university degree"] == "degree"
    candidate = person(
        post("Course director", "Netherlands Defence Academy", "2016-01", None,
             "Organisation of academic courses and professional military education programmes."),
    )  # fmt: skip
    line = experience_line(COURSES_NOTICE, candidate)
    assert line.status == MET
    assert "of experience" in line.evidence  # the years, not the degree, are its evidence
