"""Essentials read as a recruiter reads them (issue 14): concepts under other words, the most telling
word of a line, where versus what, denied mentions, and where experience must have been gained.
Pure: no database."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.essentials import MET, NOT_MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from matching.text import requirement_terms, word_weight
from reference.concepts import affirmed, asked_concepts, concept_tags

AS_OF = date(2026, 6, 1)


def notice(*essential: str, conditions=(), years=3) -> dict:
    return {
        "title": "Officer",
        "degree": {"level": "none", "fields": [], "alternatives": []},
        "min_years_experience": years,
        "experience_conditions": list(conditions),
        "languages": {"rule": "none", "high": None, "low": None, "pair": ["English", "French"],
                      "requirements": [], "stanag": [], "raw": []},
        "nationality_restricted": False,
        "essential": list(essential),
        "desirable": [],
        "accountabilities": ["Prepare the budget"],
    }  # fmt: skip


def person(*posts: tuple[str, str, str], skills=()) -> dict:
    return {
        "id": "p", "name": "P", "nationality": "Belgium",
        "experience": [
            {"title": title, "organisation": organisation, "start": "2015-01", "end": None, "description": what}
            for title, organisation, what in posts
        ],
        "skills": list(skills),
    }  # fmt: skip


def status(vacancy: dict, candidate: dict, line: str) -> str:
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == line)


def test_a_concept_asked_by_its_general_words_is_shown_by_its_instances():
    line = "Experience of working with an enterprise resource planning system"
    assert requirement_terms(line) == ("~erp",)
    sap = person(("Finance officer", "NSPA", "Budgets and statements in SAP FI/CO"))
    assert status(notice(line), sap, line) == MET
    assert status(notice(line), person(("Finance officer", "NSPA", "Budgets")), line) == TO_ASSESS


def test_an_instance_named_in_a_notice_does_not_stand_for_its_whole_category():
    # "knowledge of NATO" is not met by the UN, although both are international organisations.
    assert "~io" not in requirement_terms("Knowledge of NATO")
    assert asked_concepts("knowledge of nato") == ()


def test_words_inside_a_longer_concept_belong_to_it():
    terms = requirement_terms("Design of secure communication and information systems (CIS)")
    assert "~cis" in terms and "~communications" not in terms


def test_the_rarest_word_of_a_line_weighs_most_and_alone_can_show_it():
    assert word_weight("national") < word_weight("planning") < word_weight("doctrine") < word_weight("copd")
    line = "Proven experience in the application of the NATO COPD or an equivalent national planning doctrine"
    planner = person(("Staff officer J5", "Multinational Corps Northeast", "COPD-based plans and briefings"))
    assert status(notice(line), planner, line) == MET


def test_a_line_asking_for_experience_is_shown_by_experience_not_by_a_list_of_skills():
    line = "Proven experience in the application of the NATO COPD"
    stuffer = person(("Event planner", "Hotel chain", "Corporate events"), skills=["COPD", "NATO"])
    assert status(notice(line), stuffer, line) == TO_ASSESS


def test_where_is_a_condition_of_its_own_and_either_place_named_meets_it():
    line = "Experience working in a military or international environment"
    assert status(notice(line), person(("Yeoman", "U.S. Navy", "Admin support")), line) == MET
    assert status(notice(line), person(("Clerk", "OSCE", "Records")), line) == MET
    assert status(notice(line), person(("Clerk", "Local bakery", "Records")), line) == TO_ASSESS


def test_what_an_experience_must_be_in_needs_its_place_too():
    line = "At least 3 years' experience in military logistics"
    vacancy = notice(line, conditions=[{"years": 3, "context": "military logistics", "where": ""}])
    carrier = person(("Supply chain manager", "DHL Supply Chain", "Warehousing and distribution"))
    army = person(("Logistics officer", "Belgian Army", "Supply and movements"))
    assert status(vacancy, carrier, line) == TO_ASSESS
    assert status(vacancy, army, line) == MET


def test_a_mention_denied_is_no_evidence():
    assert affirmed("contributor with no supervisory responsibilities") == "contributor with "
    assert "~military" not in concept_tags(affirmed("never served in the army"))
    line = "At least 3 years' experience in network security"
    vacancy = notice(line, conditions=[{"years": 2, "context": "leading a team", "where": ""}])
    engineer = person(
        ("Engineer", "Ministry of Defence", "Individual contributor with no supervisory duties")
    )
    result = score(prepare_vacancy(vacancy), profile_from_import_json(engineer), AS_OF)
    assert result.eligible is not True


def test_only_months_where_the_notice_says_count_and_an_organisation_decides_it():
    line = "At least 6 years' experience in financial management, gained in a government department"
    where = "a government department or an international organisation"
    vacancy = notice(
        line, years=6, conditions=[{"years": 6, "context": "financial management", "where": where}]
    )
    agency = person(
        ("Finance controller", "Norwegian Defence Estates Agency", "Budget execution; accrual accounting")
    )
    consultant = person(("Audit manager", "Deloitte", "Audits of public sector clients"))
    assert score(prepare_vacancy(vacancy), profile_from_import_json(agency), AS_OF).eligible is True
    refused = score(prepare_vacancy(vacancy), profile_from_import_json(consultant), AS_OF)
    assert refused.eligible is False
    assert status(vacancy, consultant, line) == NOT_MET


def test_a_list_of_alternatives_is_met_by_any_of_them():
    line = "Experience in administrative or financial support to projects or programmes"
    assistant = person(("Programme assistant", "Acme", "Administrative support to the programme board"))
    assert status(notice(line), assistant, line) == MET


def test_the_years_of_an_experience_line_must_be_spent_on_what_it_asks():
    line = "At least 3 years' experience in administrative support to projects"
    vacancy = notice(
        line, conditions=[{"years": 3, "context": "administrative support to projects", "where": ""}]
    )
    mixed = {
        "id": "m", "name": "M", "nationality": "Belgium",
        "experience": [
            {"title": "Project assistant", "organisation": "Acme", "start": "2024-06", "end": None,
             "description": "Administrative support to projects"},
            {"title": "Barista", "organisation": "Cafe", "start": "2015-01", "end": "2024-05",
             "description": "Coffee"},
        ],
    }  # fmt: skip
    result = score(prepare_vacancy(vacancy), profile_from_import_json(mixed), AS_OF)
    assert status(vacancy, mixed, line) == TO_ASSESS  # 2 years on it, 11 in all: a person decides
    assert result.eligible is None
    mixed["experience"][0]["start"] = "2021-01"
    assert status(vacancy, mixed, line) == MET


def test_beyond_the_minimum_only_months_on_the_duties_earn_more():
    vacancy = notice(years=2)
    on_topic = person(("Budget officer", "Ministry", "Prepared the budget"))
    off_topic = person(("Surgeon", "Hospital", "Operations on patients"))
    points = [
        score(prepare_vacancy(vacancy), profile_from_import_json(p), AS_OF).breakdown["experience"].points
        for p in (on_topic, off_topic)
    ]
    assert points[0] > points[1]


def test_a_condition_left_to_a_person_leaves_its_experience_line_to_be_assessed():
    # "with 2 years leading a team" is never refused from words: the experience line is the one a
    # recruiter settles, so it says "to be assessed" with the condition as its evidence.
    line = "At least 3 years' experience in network security, with 2 years leading a team"
    vacancy = notice(
        line,
        conditions=[
            {"years": 3, "context": "network security", "where": ""},
            {"years": 2, "context": "leading a team", "where": ""},
        ],
    )
    engineer = person(("Network security engineer", "", "Firewalls and network security"))
    result = score(prepare_vacancy(vacancy), profile_from_import_json(engineer), AS_OF)
    essential = next(e for e in result.essentials if e.text == line)
    assert result.eligible is None
    assert essential.status == TO_ASSESS
    assert "leading a team" in essential.evidence


def test_a_clause_the_next_one_disowns_is_no_evidence():
    line = "Knowledge of host nation support agreements and technical arrangements"
    vacancy = notice(line)
    planner = person(("Movements planner", "Joint Support Command",
                      "Lift schedules. Host nation support agreements are handled by the plans branch; "
                      "I do not work with them."))  # fmt: skip
    assert status(vacancy, planner, line) == TO_ASSESS
    negotiator = person(("HNS officer", "Joint Support Command",
                         "Negotiated host nation support agreements and technical arrangements."))  # fmt: skip
    assert status(vacancy, negotiator, line) == MET


def test_a_phrase_the_line_spells_out_is_shown_by_its_initialism():
    line = "Experience in integrated logistics support for aircraft programmes"
    vacancy = notice(line)
    by_initials = person(("ILS engineer", "Airbus Defence and Space", "ILS for the aircraft programme"))
    assert status(vacancy, by_initials, line) == MET
    # Initials the line does not spell out show nothing.
    other = person(("LSE engineer", "Airbus Defence and Space", "LSE for the aircraft programme"))
    assert status(vacancy, other, line) == TO_ASSESS
