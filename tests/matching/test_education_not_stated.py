"""A profile silent on education leaves a degree requirement to be assessed; a lower one stated decides it."""

from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.reasons import describe
from matching.scoring import prepare_vacancy, score

AS_OF = date(2026, 12, 1)
NOTICE = {
    "degree": {"level": "university", "fields": ["economics"], "alternatives": []},
    "min_years_experience": 3,
    "languages": {"rule": "none"},
    "nationality_restricted": True,
    "essential": [],
    "desirable": [],
    "accountabilities": ["Prepare the budget"],
}
PERSON = {
    "id": "c1",
    "nationality": "Belgium",
    "experience": [{"title": "Budget officer", "start": "2015-01", "end": None, "description": "Budgets"}],
    "languages": [],
}


def result(notice: dict, education: list[dict], staff_college: bool = False):
    person = {**PERSON, "education": education, "military_staff_college": staff_college}
    return score(prepare_vacancy(notice), profile_from_import_json(person), AS_OF)


def test_no_education_stated_is_to_be_assessed_with_a_hint_to_add_it():
    found = result(NOTICE, [])
    assert found.eligible is None
    assert [r.kind for r in found.unmet] == []
    assert [(r.criterion, r.kind) for r in found.to_assess] == [("degree", "education_not_stated")]
    assert (
        describe(found.to_assess[0])
        == "Degree: no education stated (university degree required), to be assessed"
    )
    assert [r.kind for r in found.hints] == ["add_education"]
    assert "Add your education to your profile" in describe(found.hints[0])


@pytest.mark.parametrize("level", ["secondary", "none"])
def test_a_lower_education_stated_is_not_met(level):
    found = result(NOTICE, [{"level": level, "field": "Economics"}])
    assert found.eligible is False
    assert [(r.criterion, r.kind) for r in found.unmet] == [("degree", "below_required")]


def test_a_degree_stated_meets_it_and_a_staff_college_accepted_needs_no_education():
    assert result(NOTICE, [{"level": "bachelor", "field": "Economics"}]).eligible is True
    accepting = {**NOTICE, "degree": {**NOTICE["degree"], "alternatives": ["military_staff_college"]}}
    assert result(accepting, [], staff_college=True).eligible is True
    hint = result(accepting, []).hints[0]
    assert hint.values["staff_college"] is True
    assert "military staff college" in describe(hint)


def test_silence_ranks_above_a_lower_degree_stated_and_below_a_degree():
    silent, lower, met = (
        result(NOTICE, []),
        result(NOTICE, [{"level": "secondary"}]),
        result(NOTICE, [{"level": "bachelor", "field": "Economics"}]),
    )
    order = {True: 0, None: 1, False: 2}
    assert order[met.eligible] < order[silent.eligible] < order[lower.eligible]
