"""Notices as the blind reader corpora write them (bench/data/readers*), one test per cause of a miss, each
written for every notice that states the field that way, not for one of them."""

import datetime as dt

import pytest

from vacancies.parsing import parse_notice

REQUIREMENTS = (
    "ESSENTIAL\nThe incumbent must:\n- possess a university degree in economics;\n"
    "- have at least 5 years' experience in budgeting;\n"
    "- possess the following minimum levels of NATO's official languages (English/French): "
    'V ("Advanced") in one; I ("Beginner") in the other.\n'
)


def parse(header: str, body: str = REQUIREMENTS):
    return parse_notice(f"{header}\n\n{body}")


# Grade ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "grade"),
    [
        ("Grade: A.2 / NATO Grade G15", "A.2"),
        ("Grade: A-3/G-17", "A.3"),
        ("NATO Grade: G15 (A-2)", "A.2"),
        ("Grade: L.2 / NATO Grade G16", "L.2"),
        ("NATO Grade: 17", "G17"),
    ],
)
def test_it_gives_the_category_grade_without_the_nato_grade_it_stands_for(line, grade):
    assert parse(f"Budget Officer\n{line}").grade == grade


def test_it_reads_a_grade_in_a_cell_of_a_header_strip():
    notice = parse("Assistant, Human Resources\nExecutive Management; NATO Headquarters; B-4/G-10")
    assert notice.grade == "B.4"


# Organisation --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "organisation"),
    [
        ("Organisation: Nuclear Policy Directorate (NPD), International Staff", "Nuclear Policy Directorate"),
        ("Organisation: Executive Management, Translation Service", "Executive Management"),
        ("NCI Agency - Vacancy", "NATO Communications and Information Agency"),
        ("SUPREME HEADQUARTERS ALLIED POWERS EUROPE (SHAPE)", "Supreme Headquarters Allied Powers Europe"),
        ("Organisation: NATO Joint Force Training Centre", "Joint Force Training Centre"),
        (
            "Organisation: Allied Joint Force Command Naples - Financial Controller's Office",
            "Allied Joint Force Command Naples",
        ),
        (
            "Organisation: NATO STO - Centre for Maritime Research and Experimentation (CMRE)",
            "Centre for Maritime Research and Experimentation",
        ),
        ("NSPA - Multinational Fleet Support Partnership", "NATO Support and Procurement Agency"),
    ],
)
def test_it_names_the_body_offering_the_post_without_acronym_unit_or_parent(header, organisation):
    assert parse(f"{header}\nBudget Officer").organisation == organisation


def test_it_prefers_the_body_inside_a_parent_named_above_it():
    notice = parse(
        "NATO Science and Technology Organization\nCollaboration Support Office (CSO)\nPanel Officer"
    )
    assert notice.organisation == "Collaboration Support Office"


def test_it_prefers_the_agency_in_the_header_to_its_division():
    notice = parse(
        "VACANCY NOTICE 27-03\nNATO Eurofighter and Tornado Management Agency (NETMA)\n"
        "Post title: Contracts Officer\nDivision: Commercial Division"
    )
    assert notice.organisation == "NATO Eurofighter and Tornado Management Agency"


def test_it_reads_the_division_the_intro_names_when_the_header_names_the_international_staff():
    notice = parse(
        "Head, Counter-Hybrid Policy Section\nNATO International Staff · Brussels, Belgium\n\nJob description\n"
        "The Innovation, Hybrid and Cyber Division (IHC) of NATO's International Staff leads the work on "
        "hybrid threats."
    )
    assert notice.organisation == "Innovation, Hybrid and Cyber Division"


def test_it_reads_an_international_staff_office_in_a_header_strip():
    notice = parse(
        "Assistant (Recruitment)\n\nJob content\nAssistant (Recruitment) Executive Management; NATO Headquarters"
    )
    assert notice.organisation == "Executive Management"


# A notice on one line ------------------------------------------------------------------------------------


def test_it_reads_a_notice_a_scraper_ran_into_one_paragraph():
    notice = parse_notice(
        "Senior Officer, Air Defence Job content\nLocation: Brussels, Belgium\n"
        "Closing date: 31-Jan-2027 1. SUMMARY The Defence Investment Division (DI) is responsible for the "
        "development of investments in assets and capabilities aimed at enhancing the Alliance's defence "
        "capacity. 2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must: possess a university degree "
        "in engineering, physics or a related scientific discipline; have at least 10 years' experience in air "
        "and missile defence; possess the following minimum levels of NATO's official languages "
        '(English/French): V ("Advanced") in one; III ("Intermediate") in the other; DESIRABLE The following '
        "would be considered an advantage: a master's degree in systems engineering; 2 years' experience in a "
        "NATO agency. 3. COMPETENCIES The incumbent must demonstrate: Analytical Thinking: Makes complex plans "
        "or analyses; Teamwork: Builds the team and resolves conflicts. 4. CONTRACT Definite duration contract "
        "of three years."
    )
    assert notice.title == "Senior Officer, Air Defence"
    assert notice.organisation == "Defence Investment Division"
    assert notice.deadline == dt.date(2027, 1, 31)
    assert (notice.degree.level, notice.degree.fields) == ("university", ("engineering", "physics"))
    assert notice.min_years_experience == 10
    assert (notice.languages.rule, notice.languages.high, notice.languages.low) == (
        "one_high_other_low",
        "V",
        "III",
    )
    assert [c.name for c in notice.competencies] == ["Analytical Thinking", "Teamwork"]
    assert len(notice.desirable) == 2


# Title ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Scientist (Underwater Acoustics) (2710)", "Scientist (Underwater Acoustics)"),
        ("Finance Officer - Multinational Counter-UAS Programme Office (MCUAS PO)", "Finance Officer"),
        ("CIVILIAN POST: STAFF OFFICER (OPERATIONS PLANNING)", "Staff Officer (Operations Planning)"),
        ("Research Analyst - Undersea Protection (civilian post)", "Research Analyst - Undersea Protection"),
    ],
)
def test_it_reads_the_title_without_what_the_page_put_around_it(line, title):
    assert parse(line).title == title


def test_it_reads_the_title_announced_after_we_are_hiring():
    notice = parse(
        "Public Affairs Officer at a Centre\nMaritime security\n\nWE'RE HIRING\nResearch Analyst, Seabed"
    )
    assert notice.title == "Research Analyst, Seabed"


# Competencies --------------------------------------------------------------------------------------------


def test_a_competency_table_header_row_is_no_competency():
    notice = parse(
        "Budget Officer",
        REQUIREMENTS + "\nCompetencies\nCompetency: Required behaviour\n"
        "Conceptual Thinking: Clarifies complex data or situations\nTeamwork: Builds the team and resolves conflicts\n",
    )
    assert [(c.name, c.rung) for c in notice.competencies] == [("Conceptual Thinking", 4), ("Teamwork", 5)]


def test_it_reads_competencies_with_their_behaviour_in_brackets():
    notice = parse(
        "Budget Officer",
        REQUIREMENTS
        + "\nCOMPETENCIES\nFlexibility (Adapts to unforeseen situations) | Teamwork (Solicits inputs)\n",
    )
    assert [c.name for c in notice.competencies] == ["Flexibility", "Teamwork"]


# Deadline ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Application deadline: 2027/03/05", dt.date(2027, 3, 5)),
        ("Bewerbungsschluss / Closing date: 5. März 2027", dt.date(2027, 3, 5)),
        ("Closing Date: 19 MAR 2027", dt.date(2027, 3, 19)),
        ("Closing date: 12 de febrero de 2027", dt.date(2027, 2, 12)),
    ],
)
def test_it_reads_deadlines_in_other_orders_and_languages(line, date):
    assert parse(f"Budget Officer\n{line}").deadline == date


# Requirements --------------------------------------------------------------------------------------------


def test_it_sorts_a_requirements_table_by_its_essential_or_desirable_column():
    notice = parse(
        "Panel Officer",
        "Qualifications (E = essential, D = desirable)\nNo. | Requirement | E/D\n"
        "1 | A university degree at Master level, preferably in mechanical engineering. | E\n"
        "2 | At least 8 years' experience in defence research. | E\n"
        "3 | A doctorate in an engineering discipline. | D\n"
        "4 | Languages: English - V (Advanced); French - IV (Upper Intermediate). | E\n",
    )
    assert notice.degree.level == "master"
    assert notice.min_years_experience == 8
    assert notice.desirable == ("A doctorate in an engineering discipline",)
    assert notice.languages.rule == "each"


def test_it_reads_the_higher_level_first_whichever_way_the_notice_writes_it():
    notice = parse(
        "Officer",
        "ESSENTIAL\n1. A university degree.\n2. The following minimum levels of NATO's official languages "
        '(English/French):\nI ("Beginner") in one; V ("Advanced") in the other.\n',
    )
    assert (notice.languages.high, notice.languages.low) == ("V", "I")


def test_it_reads_numbered_parts_under_a_requirements_heading():
    notice = parse(
        "Intelligence Analyst",
        "Essential Qualifications\n1. Professional/Experience\nAt least 5 years of relevant professional "
        "experience in intelligence analysis.\n2. Education/Training\nUniversity degree in political science.\n",
    )
    assert notice.min_years_experience == 5
    assert notice.degree.level == "university"


def test_a_secondary_route_after_a_university_degree_is_its_alternative():
    notice = parse(
        "Logistics Plans Officer",
        "ESSENTIAL QUALIFICATIONS\nUniversity Degree in logistics or business administration and 2 years post "
        "related experience, or Higher Secondary education and completed advanced vocational training in that "
        "discipline with 4 years post related experience.\n",
    )
    assert notice.degree.level == "university"
    assert notice.degree.fields == ("logistics", "business administration")
    assert notice.degree.alternatives == ("equivalent_experience",)


def test_examples_of_a_professional_qualification_are_no_field_of_study():
    notice = parse(
        "Avionics Technician",
        "Essential qualifications\nHigher secondary education and a completed vocational training leading to a "
        "recognised professional qualification (e.g. EASA Part-66 B2 licence or military equivalent).\n",
    )
    assert (notice.degree.level, notice.degree.fields) == ("secondary", ())


# Location ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("NATO Communications and Information Agency (NCIA) · Mons, BEL · Grade: A3", "Mons, Belgium"),
        ("NATO · Brussels, Brussels Region, Belgium (On-site)", "Brussels, Belgium"),
        ("Primary Location: Netherlands-Zuid-Holland-The Hague", "The Hague, Netherlands"),
        ("Duty station: Hallbergmoos (near Munich), Germany", "Hallbergmoos, Germany"),
        ("LOCATION: NATO Air Base Geilenkirchen, Germany", "Geilenkirchen, Germany"),
        ("Gdynia, Poland (on site, with travel across the Baltic region)", "Gdynia, Poland"),
    ],
)
def test_it_reads_the_place_however_the_header_writes_it(line, location):
    assert parse(f"Budget Officer\n{line}").location == location


# What the reader is not sure of --------------------------------------------------------------------------


def test_it_says_a_nationality_restriction_was_implied_by_the_body_not_stated():
    implied = parse("Budget Officer\nOrganisation: NATO Support and Procurement Agency")
    assert implied.nationality_restricted is True
    assert implied.unsure["nationality_restricted"] == "implied_by_body"
    stated = parse(
        "Budget Officer\nOrganisation: NATO Support and Procurement Agency",
        REQUIREMENTS + "\nOnly nationals of NATO member states may apply.\n",
    )
    assert "nationality_restricted" not in stated.unsure


def test_it_says_when_it_found_only_the_parent_body():
    notice = parse("Budget Officer\nOrganisation: NATO International Staff")
    assert notice.organisation == "International Staff"
    assert notice.unsure["organisation"] == "parent_body"


# Pages of recruitment platforms, e-mails and bilingual notices ------------------------------------------


def test_it_reads_a_notice_forwarded_in_an_e_mail():
    notice = parse_notice(
        "From: Recruitment Cell\nSubject: FW: Vacancy notice 27-0042\n\nDear colleagues,\n\n"
        "> VACANCY NOTICE 27-0042\n> Post title: Procurement Officer\n"
        "> Organisation: NATO Support and Procurement Agency (NSPA), Procurement Directorate\n"
        "> Location: Capellen, Luxembourg\n>\n> ESSENTIAL QUALIFICATIONS\n"
        "> * Bachelor's degree in business administration, law or economics.\n"
        "> * Minimum 4 years' experience in public procurement.\n"
        "> * Proficiency in English (NATO level IV) and French (NATO level II).\n"
    )
    assert (notice.title, notice.location) == ("Procurement Officer", "Capellen, Luxembourg")
    assert notice.organisation == "NATO Support and Procurement Agency"
    assert (notice.degree.level, notice.min_years_experience) == ("bachelor", 4)
    assert notice.languages.rule == "each"


def test_it_reads_header_rows_without_a_colon():
    notice = parse(
        "Senior Cyber Security Engineer\n\nJob Locations BE-WHT-Mons\n"
        "Organisation NATO Communications and Information Agency (NCIA)\nClosing date 14 February 2027 (23:59 CET)"
    )
    assert notice.organisation == "NATO Communications and Information Agency"
    assert notice.location == "Mons, Belgium"
    assert notice.deadline == dt.date(2027, 2, 14)


def test_it_reads_bilingual_field_names_above_their_values():
    notice = parse(
        "Officer, Arms Control\nLieu / Location\nSiège de l'OTAN, Bruxelles (Belgique) / NATO HQ, Brussels, Belgium\n"
        "Habilitation / Clearance\nCOSMIC TOP SECRET\nDate limite / Closing date\n22/03/2027"
    )
    assert notice.location == "Brussels, Belgium"
    assert notice.clearance == "COSMIC TOP SECRET"
    assert notice.deadline == dt.date(2027, 3, 22)


def test_it_reads_a_header_table_of_field_names_over_values():
    notice = parse(
        "NATO UNCLASSIFIED - Releasable to the Public\nHEADQUARTERS ALLIED JOINT FORCE COMMAND BRUNSSUM\n"
        "POST NUMBER | POST TITLE | GRADE | LOCATION\n"
        "JBSXLGX0210 | Logistics Staff Officer (Host Nation Support) | A-2 (NATO Grade 15) | Brunssum, NLD"
    )
    assert notice.title == "Logistics Staff Officer (Host Nation Support)"
    assert notice.organisation == "Allied Joint Force Command Brunssum"
    assert (notice.grade, notice.location) == ("A.2", "Brunssum, Netherlands")


def test_a_place_line_is_no_body_and_hq_sact_is_allied_command_transformation():
    notice = parse(
        "Modelling and Simulation Engineer\nNorfolk, VA, United States\nCompany Description\n"
        "Headquarters Supreme Allied Commander Transformation (HQ SACT) leads the warfare development of NATO."
    )
    assert notice.organisation == "Allied Command Transformation"


def test_the_years_of_a_secondary_route_are_no_experience_requirement():
    notice = parse(
        "Logistics Staff Officer",
        "3. ESSENTIAL QUALIFICATIONS\na. University Degree in logistics and 2 years post related experience, or "
        "Higher Secondary education and completed advanced vocational training in logistics with 4 years post "
        "related experience.\nb. Minimum 3 years' experience in host nation support planning.\n",
    )
    assert notice.min_years_experience == 3


def test_a_bilingual_parent_staff_gives_way_to_the_office_below_it():
    notice = parse(
        "INTERNATIONAL STAFF / SECRÉTARIAT INTERNATIONAL\n\nASSISTANT (TRAVEL AND CONFERENCES)\n"
        "Executive Management - Conference and Travel Services\nNATO Headquarters, Brussels, Belgium"
    )
    assert notice.organisation == "Executive Management"
    assert notice.title == "Assistant (Travel and Conferences)"


# Nations named ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Applications are only accepted from nationals of the NETMA Nations (Germany, Italy, Spain and\n"
        "the United Kingdom).",
        "NETMA manages the programme on behalf of the NETMA Nations: Germany, Italy, Spain and the United\n"
        "Kingdom. Only nationals of these Nations are eligible for this post.",
    ],
)
def test_it_reads_the_nations_of_a_programme_however_the_notice_names_them(sentence):
    notice = parse("Contracts Officer", REQUIREMENTS + "\n" + sentence + "\n")
    assert notice.nationalities == ("Germany", "Italy", "Spain", "United Kingdom")


def test_it_reads_a_nation_whose_name_a_page_wrapped():
    notice = parse(
        "Airworthiness Engineer",
        REQUIREMENTS
        + "\nThis post is open only to nationals of the MMF participating nations: Belgium, Czech\n"
        "Republic, Germany and Norway.\n",
    )
    assert notice.nationalities == ("Belgium", "Czechia", "Germany", "Norway")


# Experience ------------------------------------------------------------------------------------------


def test_a_line_indented_under_an_item_is_that_item_wrapped():
    notice = parse(
        "Financial Controller",
        "Your profile\nRequired:\nUniversity degree in finance;\nAt least 5 years of experience in financial "
        "control or audit, of which at least 2 at\n  managerial level;\nKnowledge of IPSAS;\nAn asset:\n"
        "Experience of multinational defence programmes;\n",
    )
    assert [(c.years, c.context) for c in notice.experience_conditions] == [
        (5, "financial control or audit"),
        (2, "managerial level"),
    ]
    assert notice.desirable == ("Experience of multinational defence programmes",)


def test_the_context_of_a_figure_is_what_the_experience_is_in():
    notice = parse(
        "Scientist",
        "Required\nMaster's degree in physics;\nat least 3 years of post-graduate research experience in "
        "underwater acoustics or signal processing;\n",
    )
    assert [(c.years, c.context) for c in notice.experience_conditions] == [
        (3, "underwater acoustics or signal processing")
    ]


# Phrasings of the same fields in other notices ------------------------------------------------------


@pytest.mark.parametrize(
    ("requirement", "level", "fields"),
    [
        ("Bachelor's degree or higher in electrical engineering", "bachelor", ("electrical engineering",)),
        ("Licence ou master en droit international", "bachelor", ("droit international",)),
        (
            "a first-level university degree in engineering (electrical or electronic)",
            "bachelor",
            ("electrical engineering", "electronic engineering"),
        ),
        ("Degree level education in engineering or science", "university", ("engineering", "science")),
        ("auniversity degree,preferably in economics,finance or accounting", "university",
         ("economics", "finance", "accounting")),
    ],
)  # fmt: skip
def test_it_reads_degrees_however_the_requirement_words_them(requirement, level, fields):
    notice = parse("Budget Officer", f"ESSENTIAL\n- {requirement};\n- have at least 5 years' experience.\n")
    assert (notice.degree.level, notice.degree.fields) == (level, fields)


@pytest.mark.parametrize(
    ("line", "title", "location", "deadline"),
    [
        ("Budget Officer\nPlace of duty: Mons (Belgium)", "Budget Officer", "Mons, Belgium", None),
        ("Budget Officer\nLieu d'affectation : Mons (Belgique)", "Budget Officer", "Mons, Belgium", None),
        ("Budget Officer\nArbeitsort: 52511 Geilenkirchen", "Budget Officer", "Geilenkirchen, Germany", None),
        ("Budget Officer\nScadenza: 31 gennaio 2027", "Budget Officer", None, dt.date(2027, 1, 31)),
        ("Vacancy Notice: Budget Officer (A-2)", "Budget Officer", None, None),
        ("Job Title - Budget Officer", "Budget Officer", None, None),
        ("Position: Budget Officer | NSPA | Capellen", "Budget Officer", "Capellen, Luxembourg", None),
    ],
)
def test_it_reads_header_fields_in_other_wordings(line, title, location, deadline):
    notice = parse(line)
    assert (notice.title, notice.location, notice.deadline) == (title, location, deadline)


@pytest.mark.parametrize(
    ("line", "requirements"),
    [
        ("- English - Advanced (V); French - Elementary (II).", [("English", "V"), ("French", "II")]),
        ("- Langues : anglais niveau V, français niveau III.", [("English", "V"), ("French", "III")]),
    ],
)
def test_it_reads_a_level_per_language_after_its_name_or_in_french(line, requirements):
    notice = parse("Budget Officer", f"ESSENTIAL\n- a university degree in economics;\n{line}\n")
    assert notice.languages.rule == "each"
    assert [(r.language, r.level) for r in notice.languages.requirements] == requirements


def test_each_stanag_profile_is_for_the_language_named_before_it():
    notice = parse(
        "Budget Officer", "ESSENTIAL\n- a university degree;\n- English: SLP 3333; French: SLP 2222.\n"
    )
    assert [(p.language, p.slp) for p in notice.languages.stanag] == [("English", "3333"), ("French", "2222")]


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [
        ("Qualifications - Essential", "Qualifications - Desirable"),
        ("Key requirements", "Additional desirable qualifications"),
        ("Your qualifications", "It would be a plus if you have:"),
        ("Exigences essentielles", "Atouts"),
    ],
)
def test_it_reads_requirement_headings_in_other_wordings(essential, desirable):
    notice = parse(
        "Budget Officer\nOrganisation: NATO Support and Procurement Agency",
        f"{essential}\n- University degree in economics;\n- 5 years' experience in budgeting.\n\n"
        f"{desirable}\n- Experience with SAP.\n",
    )
    assert (len(notice.essential), notice.desirable) == (2, ("Experience with SAP",))
