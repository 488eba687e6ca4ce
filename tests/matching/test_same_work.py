"""The same work in other words (reference.esco, PreparedVacancy.same_work): pure, no database."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.essentials import MET, NOT_MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from reference.esco import related_concepts, shows_concept

AS_OF = date(2025, 11, 1)
CONTRACTS = "have at least 3 years' experience in drafting, negotiating and administering complex contracts"
INCIDENTS = "have at least 3 years' experience in cyber incident handling or security monitoring"


def notice(line: str) -> dict:
    return {
        "title": "Contracts Officer",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 3,
        "languages": {"rule": "none", "requirements": [], "stanag": [], "raw": []},
        "essential": ["hold a university degree", line],
        "desirable": [],
        "accountabilities": ["Manage the agency's contracts"],
    }


def person(title: str, organisation: str, description: str, start: str = "2015-01") -> dict:
    return {
        "id": "p", "name": "P", "nationality": "Belgium",
        "education": [{"level": "master", "field": "Law"}],
        "experience": [{"title": title, "organisation": organisation, "start": start, "end": None,
                        "description": description}],
    }  # fmt: skip


def status(line: str, candidate: dict):
    result = score(prepare_vacancy(notice(line)), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == line), result.eligible


COMMERCIAL = person(
    "Commercial manager",
    "Aerospace prime contractor",
    "Contract management of export support contracts; claims; bid pricing; price and incentive fee talks",
)
RESPONDER = person(
    "Incident responder",
    "National CERT",
    "Analysis of IT security incidents, forensics, detection rules in Splunk",
)


def test_an_entry_describing_the_work_in_other_words_meets_the_experience_line():
    # Few of the line's own words ("contract"), but the work ESCO's contract-management concepts describe.
    assert status(CONTRACTS, COMMERCIAL) == (MET, True)
    assert status(INCIDENTS, RESPONDER) == (MET, True)


def test_a_line_asking_for_experience_without_years_is_met_the_same_way():
    line = "Proven experience in cyber incident handling or security monitoring"
    assert status(line, RESPONDER) == (MET, True)


def test_an_entry_of_other_work_still_leaves_the_line_to_a_person():
    office = person("Office manager", "Acme", "Ran the office, the front desk and the mail room")
    assert status(CONTRACTS, office) == (TO_ASSESS, None)
    assert status(INCIDENTS, COMMERCIAL) == (TO_ASSESS, None)


def test_the_same_work_never_makes_too_few_years_enough():
    recent = {**COMMERCIAL, "experience": [{**COMMERCIAL["experience"][0], "start": "2024-06"}]}
    assert status(CONTRACTS, recent) == (NOT_MET, False)


def test_a_concept_stands_for_a_requirement_only_when_it_holds_two_of_its_words():
    assert related_concepts(("air",)) == ()  # "air intelligence": one word names too many kinds of work
    concepts = related_concepts(("contract", "negotiat"))
    assert concepts and all({"contract", "negotiat"} <= set(concept) for concept in concepts)


def test_an_entry_shows_a_concept_in_words_beyond_the_requirement_own():
    concept = {"contract": 0.6, "negotiat": 0.5, "claim": 0.4, "bid": 0.3, "pric": 0.3}
    assert shows_concept(("contract", "claim", "bid"), concept, ("contract", "negotiat"))
    assert not shows_concept(
        ("contract", "negotiat"), concept, ("contract", "negotiat")
    )  # its own words only
    assert not shows_concept(("bid", "pric"), concept, ("contract", "negotiat"))  # too little of it
