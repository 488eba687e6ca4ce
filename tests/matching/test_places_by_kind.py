"""Essential lines and experience conditions that ask for a place by its kind, met by the bodies of member
nations that are of that kind and by work written in the candidate's own words (issue 14). Pure, no
database."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.requirements import ExperienceCondition, VacancyRequirements
from matching.scoring import prepare_vacancy, score

AS_OF = date(2026, 6, 1)


def person(*entries: tuple[str, str, str]) -> dict:
    return {
        "id": "c1",
        "nationality": "Belgium",
        "education": [{"level": "master", "field": "Political science"}],
        "experience": [
            {
                "title": title,
                "organisation": organisation,
                "start": "2012-01",
                "end": None,
                "description": text,
            }
            for title, organisation, text in entries
        ],
        "languages": [{"language": "English", "level": "V"}],
    }


def line_status(requirements, candidate: dict, line: str) -> str:
    result = score(prepare_vacancy(requirements), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == line)


def years_of_which(line: str, years: int, what: str, some: int, where: str) -> VacancyRequirements:
    """A notice whose one essential line asks ``years`` in ``what``, ``some`` of them in ``where``."""
    return VacancyRequirements(
        min_years_experience=years,
        experience_conditions=(ExperienceCondition(years, what), ExperienceCondition(some, where)),
        essential=(line,),
    )


def test_a_place_listed_by_its_kinds_is_met_by_a_body_of_one_of_them():
    # Rita's notice asks for two years in "a military organisation, a defence ministry or a NATO body".
    line = (
        "At least five years in fuel logistics. At least two of those years must have been spent in a military "
        "organisation, a defence ministry or a NATO body"
    )
    vacancy = VacancyRequirements(
        min_years_experience=5,
        experience_conditions=(
            ExperienceCondition(5, "fuel logistics"),
            ExperienceCondition(2, "a military organisation, a defence ministry or a NATO body"),
        ),
        essential=(line,),
    )
    # A French army regiment's fuel officer: the army is military, in its own words.
    army = person(("Officier logistique", "Armée de Terre, 2e régiment", "Fuel logistics for the units."))
    assert line_status(vacancy, army, line) == MET
    # A refinery's fuel planner: a company, no such place.
    company = person(("Fuel logistics planner", "Raffinerie du Nord SA", "Fuel logistics for the refinery."))
    assert line_status(vacancy, company, line) != MET


def test_a_line_for_a_public_institution_or_a_news_media_organisation_is_met_there_in_other_words():
    line = (
        "have at least four years' professional experience in digital communications or social media "
        "management for a public institution, an international organisation or a news media organisation"
    )
    vacancy = VacancyRequirements(
        min_years_experience=4,
        experience_conditions=(
            ExperienceCondition(
                4,
                "digital communications or social media management for a public institution, an international "
                "organisation or a news media organisation",
            ),
        ),
        essential=(line,),
    )
    # A Norwegian adviser who runs a ministry's social media, in Norwegian.
    ministry = person(("Kommunikasjonsrådgiver", "Samferdselsdepartementet", "Ansvar for sosiale medier."))
    assert line_status(vacancy, ministry, line) == MET
    # The same work for a shoe retailer is not where the line asks.
    retailer = person(("Kommunikasjonsrådgiver", "Skobutikken AS", "Ansvar for sosiale medier."))
    assert line_status(vacancy, retailer, line) == TO_ASSESS


def test_military_or_civil_aircraft_asks_for_aircraft_of_any_kind_and_a_helicopter_type_is_one():
    line = (
        "have at least six years' experience in airworthiness or certification of military or civil aircraft"
    )
    vacancy = VacancyRequirements(
        min_years_experience=6,
        experience_conditions=(ExperienceCondition(6, "airworthiness or certification of military or civil aircraft"),),
        essential=(line,),
    )  # fmt: skip
    # A certification engineer at a helicopter maker's supplier names the types, not the word "aircraft".
    engineer = person(
        ("Certification engineer", "Rotor Parts BV", "Airworthiness and certification of the AW139.")
    )
    assert line_status(vacancy, engineer, line) == MET
    # A payroll officer's work is neither.
    payroll = person(("Payroll officer", "Rotor Parts BV", "Monthly payroll and pension contributions."))
    assert line_status(vacancy, payroll, line) == TO_ASSESS


def test_classified_material_is_read_in_the_candidates_words():
    line = (
        "At least three years' experience in registry work, of which one year handling classified or otherwise "
        "sensitive records"
    )
    vacancy = VacancyRequirements(
        min_years_experience=3,
        experience_conditions=(ExperienceCondition(3, "registry work"), ExperienceCondition(1, "handling classified or otherwise sensitive records")),  # noqa: E501
        essential=(line,),
    )  # fmt: skip
    dutch = person(("Registry clerk", "Ministerie van Financiën", "Registratie van gerubriceerde stukken."))
    assert line_status(vacancy, dutch, line) == MET
    plain = person(("Registry clerk", "Ministerie van Financiën", "Registratie van inkomende post."))
    assert line_status(vacancy, plain, line) != MET


def test_work_in_a_partner_country_is_where_the_entry_places_it_not_what_it_was_about():
    line = (
        "have at least 5 years' experience in defence reform, of which at least 2 years in a partner country"
    )
    vacancy = VacancyRequirements(
        min_years_experience=5,
        experience_conditions=(ExperienceCondition(5, "defence reform"), ExperienceCondition(2, "in a partner country")),  # noqa: E501
        essential=(line,),
    )  # fmt: skip
    # An adviser at an embassy in Chișinău, named in the CV's own spelling of the city.
    adviser = person(
        ("Defence reform adviser", "Embassy of Romania, Chișinău", "Defence reform of the army.")
    )
    assert line_status(vacancy, adviser, line) == MET
    # The same reform run from a capital of the Alliance: about a partner country, not in one; a person tells
    # (the description may say where the work was done), the profile does not refuse it.
    remote = person(("Defence reform adviser", "Ministry of Defence, London", "Defence reform for Ukraine."))
    assert line_status(vacancy, remote, line) == TO_ASSESS


def test_an_international_organisation_asked_is_not_any_body_with_international_in_its_name():
    line = "have at least 4 years' experience in security policy, gained in an international organisation"
    vacancy = VacancyRequirements(
        min_years_experience=4,
        experience_conditions=(ExperienceCondition(4, "security policy", "an international organisation"),),
        essential=(line,),
    )
    think_tank = person(
        ("Research fellow", "Institute of International Relations", "Security policy research.")
    )
    assert line_status(vacancy, think_tank, line) != MET
    osce = person(("Political officer", "OSCE Secretariat", "Security policy advice."))
    assert line_status(vacancy, osce, line) == MET


def _in_a_military_organisation() -> tuple[VacancyRequirements, str]:
    line = (
        "At least five years in fuel logistics. At least two of those years must have been spent in a military "
        "organisation, a defence ministry or a NATO body"
    )
    where = "a military organisation, a defence ministry or a NATO body"
    return years_of_which(line, 5, "fuel logistics", 2, where), line


def test_a_nations_defence_agency_is_left_to_a_person_not_refused_as_another_government_office():
    vacancy, line = _in_a_military_organisation()
    # A defence ministry's agency: military or not as the context means it, a person tells.
    agency = person(
        ("Contracting officer", "Defense Logistics Agency Energy", "Bulk fuel logistics contracts.")
    )
    assert line_status(vacancy, agency, line) == TO_ASSESS
    # Another ministry's agency is another kind of place.
    other = person(
        ("Logistics officer", "Ministry of Finance, Customs Agency", "Fuel logistics for the customs.")
    )
    assert line_status(vacancy, other, line) not in (MET, TO_ASSESS)


def test_a_university_whose_work_was_at_a_military_school_is_left_to_a_person():
    vacancy, line = _in_a_military_organisation()
    # A lecturer at a university, supervising at its military doctoral school: maybe a military place.
    military_school = person(
        (
            "Egyetemi docens",
            "Nemzeti Közszolgálati Egyetem",
            "Fuel logistics research at the Katonai Doktori Iskola.",
        )
    )
    assert line_status(vacancy, military_school, line) == TO_ASSESS
    # A lecturer at a university, nothing military said: not such a place.
    lecturer = person(("Lecturer", "University of Ghent", "Fuel logistics research and teaching."))
    assert line_status(vacancy, lecturer, line) not in (MET, TO_ASSESS)


def test_a_university_that_worked_with_ministries_was_still_a_university():
    line = "At least five years in security policy, gained in a national administration or an international organisation"
    vacancy = VacancyRequirements(
        min_years_experience=5,
        experience_conditions=(
            ExperienceCondition(
                5, "security policy", where="a national administration or an international organisation"
            ),
        ),
        essential=(line,),
    )
    professor = person(
        (
            "Professor of law",
            "Comenius University",
            "Security policy research; advised the Ministers of Justice.",
        )
    )
    assert line_status(vacancy, professor, line) not in (MET, TO_ASSESS)


def test_government_contracts_are_what_the_work_was_about_not_where():
    line = (
        "At least eight years of legal experience, including at least four years advising on public procurement, "
        "government contracts or international commercial contracts"
    )
    what = "advising on public procurement, government contracts or international commercial contracts"
    vacancy = years_of_which(line, 8, "legal experience", 4, what)
    # An in-house lawyer at a defence company, drafting export contracts: at a company, yet the work asked.
    lawyer = person(
        (
            "Legal counsel",
            "Airbus Defence and Space GmbH",
            "Legal experience: international commercial contracts.",
        )
    )
    assert line_status(vacancy, lawyer, line) != "not_met"
    # "Advising on" says how a lawyer works on contracts: drafting and negotiating them is the work asked.
    drafter = person(
        (
            "Legal counsel",
            "Ministry of Defence",
            "Drafting and negotiating international commercial contracts.",
        )
    )
    assert line_status(vacancy, drafter, line) == MET


def test_a_high_readiness_corps_is_a_multinational_headquarters():
    line = "At least five years in CIMIC, of which two in a multinational headquarters or an international organisation"
    vacancy = years_of_which(
        line, 5, "CIMIC", 2, "a multinational headquarters or an international organisation"
    )
    officer = person(
        ("CIMIC staff officer", "Rapid Reaction Corps - France (Lille)", "CIMIC planning for the NRF.")
    )
    assert line_status(vacancy, officer, line) == MET


def test_a_defence_ministry_is_known_and_refused_where_a_headquarters_is_asked():
    line = "At least six years in operations planning, including 3 in an operational headquarters"
    vacancy = years_of_which(line, 6, "operations planning", 3, "an operational headquarters")
    ministry = person(
        ("Staff officer, strategic effects", "Ministry of Defence (UK), Whitehall", "Operations planning.")
    )
    assert line_status(vacancy, ministry, line) not in (MET, TO_ASSESS)
