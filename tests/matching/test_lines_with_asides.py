"""What a line adds in brackets (a category, a standard, examples, alternatives) is read as a recruiter reads
it: the line is shown by what it asks without the brackets ("hold a valid driving licence (category B or US
equivalent)" by "Full UK driving licence"), by an item of the brackets shown in full, or as before by the whole
line; never less than before. What a summary denies is no evidence. Pure, no database (issue 14, point 4)."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score

AS_OF = date(2026, 6, 1)
LICENCE = "hold a valid driving licence (category B or US equivalent)"


def notice(*essential: str) -> dict:
    return {
        "title": "Security Assistant",
        "degree": {"level": "secondary", "fields": [], "alternatives": []},
        "min_years_experience": 2,
        "essential": list(essential),
        "accountabilities": ["Control access to the headquarters site"],
    }


def person(skills=(), summary="", description="Access control and CCTV monitoring.") -> dict:
    return {
        "id": "p", "name": "P", "nationality": "Denmark",
        "education": [{"level": "secondary", "field": "General upper secondary"}],
        "experience": [{"title": "Security officer", "organisation": "G4S", "start": "2015-01", "end": None,
                        "description": description}],
        "skills": list(skills), "summary": summary,
    }  # fmt: skip


def status(line: str, candidate: dict) -> str:
    result = score(prepare_vacancy(notice(line)), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == line)


def test_what_the_line_asks_without_its_brackets_shows_it():
    assert status(LICENCE, person(skills=["Full UK driving licence"])) == MET
    assert status(LICENCE, person(summary="Holds a valid driving licence.")) == MET


def test_a_profile_silent_on_it_leaves_it_to_be_assessed():
    assert status(LICENCE, person(skills=["First aid"])) == TO_ASSESS


def test_what_a_summary_denies_is_no_evidence():
    assert (
        status(LICENCE, person(summary="Does not hold a driving licence (uses public transport)."))
        == TO_ASSESS
    )


def test_an_item_in_the_brackets_shown_in_full_shows_the_line():
    line = "hold a recognised professional accountancy qualification (Chartered Accountant, expert-comptable)"
    assert status(line, person(skills=["Expert-comptable diplômé"])) == MET


def test_a_line_met_through_the_words_in_its_brackets_is_still_met():
    line = "knowledge of terminology management systems (SDL MultiTerm, Termbase, IATE)"
    assert status(line, person(skills=["SDL MultiTerm"])) == MET


def test_a_line_a_summary_denies_is_not_met_by_that_summary():
    line = "hold a valid driving licence"
    assert status(line, person(summary="Does not hold a driving licence.")) == TO_ASSESS
    assert status(line, person(summary="Holds a driving licence.")) == MET


def test_a_driving_licence_in_the_words_of_member_nations_shows_the_line():
    for skill in (
        "Patente B",
        "Führerschein Klasse B",
        "Rijbewijs B",
        "Ontario driver's licence G",
        "Prawo jazdy kat. B",
    ):
        assert status(LICENCE, person(skills=[skill])) == MET, skill


def test_competitive_bidding_is_procurement_in_any_member_language():
    line = "Experience of running international competitive bidding procedures up to contract award"
    tenders = (
        "Marchés publics : procédures d'appels d'offres internationaux jusqu'à l'attribution du contrat."
    )
    assert status(line, person(description=tenders)) == MET
    assert status(line, person(description="Access control and CCTV monitoring.")) == TO_ASSESS
