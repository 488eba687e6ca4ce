"""An experience condition that names a role ("of which 2 years as a HUMINT instructor", "as a military,
police or border-guard dog handler") is met by entries that show that role, not by any entry in the field
(issue 14, the sixteenth blind set). Pure, no database."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.contexts import context_slots
from matching.essentials import MET, TO_ASSESS
from matching.requirements import ExperienceCondition, VacancyRequirements
from matching.scoring import prepare_vacancy, score
from matching.text import terms

AS_OF = date(2026, 12, 1)


def person(title: str, organisation: str, text: str, start: str = "2012-01") -> dict:
    return {
        "id": "c1",
        "nationality": "Poland",
        "education": [{"level": "bachelor", "field": "Military science"}],
        "experience": [
            {"title": title, "organisation": organisation, "start": start, "end": None, "description": text}
        ],
        "languages": [{"language": "English", "level": "IV"}],
    }


LINE = "Minimum 7 years of experience in human intelligence, of which at least 2 years as a HUMINT instructor"
VACANCY = VacancyRequirements(
    min_years_experience=7,
    experience_conditions=(
        ExperienceCondition(7, "human intelligence"),
        ExperienceCondition(2, "a HUMINT instructor"),
    ),
    essential=(LINE,),
)


def status(candidate: dict) -> str:
    result = score(prepare_vacancy(VACANCY), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == LINE)


def test_the_years_as_a_role_are_met_by_that_role_only():
    instructor = person(
        "Senior HUMINT instructor", "Military Intelligence School", "Human intelligence courses."
    )
    assert status(instructor) == MET
    # Seventeen years of HUMINT as a team leader: the field, not the role; a person tells whether he taught.
    leader = person(
        "HUMINT team leader", "Military Intelligence Service", "Human intelligence source operations."
    )
    assert status(leader) == TO_ASSESS


def test_fields_listed_before_one_role_share_it():
    (slot,) = context_slots("a military, police, customs or border-guard dog handler")

    def meets(entry: str) -> bool:
        return slot.met_by(frozenset(terms(entry)))

    assert meets("Military dog handler") and meets("Police dog handler, K9 unit")
    # Military work of another kind, or a police officer without a dog, is not the role asked.
    assert not meets("Military police officer")
    assert not meets("Customs officer")


def test_a_role_alone_and_a_field_without_a_role_read_as_before():
    (role,) = context_slots("instructor")
    assert role.heads == ()
    (field,) = context_slots("national or NATO headquarters")
    assert field.heads == ()
