"""Layouts the notices of other bodies and platforms use: requirements in tables, numbered lists, "Must
have" blocks, one paragraph; fields as a platform's labels. Each notice is written here, in the test.
Pure: no database."""

import datetime as dt

import pytest

from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import clean_lines
from vacancies.parsing.degree import parse_degree
from vacancies.parsing.header.location import place_name
from vacancies.parsing.tables import linearise_tables

HEADER = """Title: Finance Officer
Organisation: NATO Support and Procurement Agency
Location: Capellen, Luxembourg
Grade: A-2
Closing date: 14 March 2027

Summary
The Finance Division keeps the Agency's accounts.
"""


def notice(body: str, header: str = HEADER):
    return parse_notice(header + "\n" + body)


def test_it_reads_a_table_with_a_status_column_and_wrapped_cells():
    parsed = notice(
        """QUALIFICATIONS
| Criterion                                  | Essential / Desirable |
|--------------------------------------------|-----------------------|
| A university degree, preferably in         | Essential             |
| economics, finance or accounting           |                       |
| At least 5 years of experience in public   | Essential             |
| sector accounting                          |                       |
| Knowledge of IPSAS                         | Desirable             |
"""
    )
    assert parsed.essential == (
        "A university degree, preferably in economics, finance or accounting",
        "At least 5 years of experience in public sector accounting",
    )
    assert parsed.desirable == ("Knowledge of IPSAS",)
    assert parsed.degree.fields == ("economics", "finance", "accounting")
    assert parsed.min_years_experience == 5


def test_it_reads_a_table_of_marks_under_essential_and_desirable():
    lines = linearise_tables(
        [
            "| Requirement | Essential | Desirable |",
            "|---|---|---|",
            "| Degree in law | X | |",
            "| Experience of NATO | | X |",
            "| legal affairs | | |",
        ]
    )
    assert lines == ["Essential", "- Degree in law", "Desirable", "- Experience of NATO legal affairs"]


def test_it_reads_columns_padded_with_spaces_as_two_lists():
    parsed = notice(
        """REQUIREMENTS
Essential                                         Desirable
Higher secondary education                        A degree in accounting
At least 3 years' experience in accounting        Experience with SAP
in a public administration
"""
    )
    assert parsed.essential == (
        "Higher secondary education",
        "At least 3 years' experience in accounting in a public administration",
    )
    assert parsed.desirable == ("A degree in accounting", "Experience with SAP")
    assert parsed.degree.level == "secondary"


def test_it_reads_label_and_value_cells_and_a_header_strip_of_cells():
    parsed = parse_notice(
        """Officer, Resource Policy
Division | Office of Resources
Location | NATO Headquarters, Brussels, Belgium
Grade | A-2
Closing date | 10 January 2027

Essential
- a university degree in economics;
- at least 5 years' experience in budgeting.
"""
    )
    assert (parsed.organisation, parsed.location, parsed.grade) == (
        "Office of Resources",
        "Brussels, Belgium",
        "A.2",
    )
    assert parsed.deadline == dt.date(2027, 1, 10)
    strip = [line.text for line in clean_lines("Office of Resources (OR) | Brussels, Belgium | A-2")]
    assert strip == ["Office of Resources (OR)", "Brussels, Belgium", "A-2"]


def test_it_drops_a_menu_of_page_chrome_instead_of_reading_its_links_as_lines():
    # Its links are no lines of the notice: read one by one, "Vacancies" or "Research" was taken for the title.
    assert [line.text for line in clean_lines("NATO JOBS | Vacancies | Search | Login\nFinance Officer")] == [
        "Finance Officer"
    ]


def test_it_reads_a_taleo_page_whose_labels_stand_above_their_values():
    parsed = parse_notice(
        """Job Title
Senior Auditor
Job Requisition ID
250123
Primary Location
Belgium-Brussels
NATO Body
International Board of Auditors for NATO (IBAN)
Unposting Date
Jan 15, 2027, 11:59:00 PM
Grade
NATO Grade G18

Qualifications
Essential
- A university degree in accounting, auditing or finance.
- At least 7 years of experience in public sector audit.
"""
    )
    assert parsed.title == "Senior Auditor"
    assert parsed.location == "Brussels, Belgium"
    assert parsed.organisation == "International Board of Auditors for NATO"
    assert parsed.deadline == dt.date(2027, 1, 15)  # "Unposting Date" is when the page comes down
    assert parsed.grade == "G18"


def test_it_reads_a_workday_page_with_lower_case_labels():
    parsed = parse_notice(
        """Programme Manager, Airlift
locations
Papa, Hungary
time type
Full time
job requisition id
JR-1044
Posting End Date: 28-Feb-2027

Basic Qualifications
- University degree in aeronautical engineering
- 10 years' experience in aviation programme management
"""
    )
    assert parsed.location == "Papa, Hungary"
    assert parsed.deadline == dt.date(2027, 2, 28)
    assert parsed.min_years_experience == 10


def test_it_reads_a_security_clearance_heading_with_its_level_below():
    parsed = notice("Essential\n- a degree in finance.\n\nSECURITY CLEARANCE\nNATO SECRET\n")
    assert parsed.clearance == "NATO SECRET"


def test_it_writes_places_as_city_and_country_in_english():
    assert place_name("NATO Headquarters, Brussels, Belgium") == "Brussels, Belgium"
    assert place_name("Siège de l'OTAN, Bruxelles (Belgique)") == "Brussels, Belgium"
    assert place_name("Capellen, Luxembourg (Grand-Duché)") == "Capellen, Luxembourg"
    assert place_name("Brussels Brussels Capital") == "Brussels, Belgium"
    assert place_name("Norfolk, VA, USA") == "Norfolk, Virginia, United States"
    assert place_name("Mons") == "Mons, Belgium"  # a duty station named alone: its country is known
    assert place_name("Remote") == "Remote"


def test_it_puts_back_the_space_that_removed_markup_took_between_words():
    parsed = notice(
        "Essential\n- possess a university degree,preferably in economics,finance or accounting;\n"
        "- have at least 8 years'experience in audit.\n"
    )
    assert parsed.degree.fields == ("economics", "finance", "accounting")
    assert parsed.min_years_experience == 8


def test_it_reads_numbered_requirements_after_a_sentence_that_opens_them():
    parsed = notice(
        """Requirements
The incumbent must meet the following criteria:
1. A university degree in political science, international relations or law.
2. At least 5 years of professional experience in arms control.
3. Proven drafting skills in English.

The following would be an advantage:
(1) Experience in a multilateral negotiation.
(2) Knowledge of Russian.
"""
    )
    assert parsed.essential == (
        "A university degree in political science, international relations or law",
        "At least 5 years of professional experience in arms control",
        "Proven drafting skills in English",
    )
    assert parsed.desirable == ("Experience in a multilateral negotiation", "Knowledge of Russian")
    assert parsed.degree.fields == ("political science", "international relations", "law")


def test_it_reads_must_have_and_nice_to_have_blocks_written_without_bullets():
    parsed = notice(
        """Must have:
Master's degree in aerospace engineering or physics
Minimum 6 years of experience in satellite communications
Python and SQL

Nice to have:
PRINCE2 certification
Experience with SAP

What you will do:
Design the space segment of the services.
"""
    )
    assert parsed.essential == (
        "Master's degree in aerospace engineering or physics",
        "Minimum 6 years of experience in satellite communications",
        "Python and SQL",
    )
    assert parsed.desirable == ("PRINCE2 certification", "Experience with SAP")
    assert parsed.accountabilities == ("Design the space segment of the services.",)
    assert (parsed.degree.level, parsed.min_years_experience) == ("master", 6)


def test_it_reads_minimum_and_preferred_qualifications():
    parsed = notice(
        """Minimum qualifications
Bachelor's degree in statistics, mathematics or computer science
5 years of experience in data analysis

Preferred qualifications
Master's degree in data science
"""
    )
    assert parsed.essential == (
        "Bachelor's degree in statistics, mathematics or computer science",
        "5 years of experience in data analysis",
    )
    assert parsed.desirable == ("Master's degree in data science",)
    assert (parsed.degree.level, parsed.min_years_experience) == ("bachelor", 5)


def test_it_reads_requirements_stated_in_one_paragraph():
    parsed = parse_notice(
        """Logistics Officer - Joint Force Command Naples
Location: Naples, Italy
Closing date: 10 August 2027

The Joint Force Command Naples is looking for a Logistics Officer. The successful candidate must hold a university degree in logistics or engineering, must have at least 5 years of experience in military logistics planning and must be able to work under pressure. English V ("Advanced") and French I ("Beginner") are required. Experience in a NATO headquarters would be an advantage, as would knowledge of SAP. Applications must be submitted by 10 August 2027.
"""
    )
    assert parsed.essential == (
        "hold a university degree in logistics or engineering",
        "have at least 5 years of experience in military logistics planning",
        "be able to work under pressure",
        'English V ("Advanced") and French I ("Beginner") are required',
    )
    assert parsed.desirable == ("Experience in a NATO headquarters", "knowledge of SAP")
    assert parsed.degree.fields == ("logistics", "engineering")
    assert parsed.languages.requirements  # English V, French I


def test_it_moves_an_advantage_stated_inside_an_essential_item_to_the_desirable_ones():
    parsed = notice(
        "Essential\n- A university degree in economics. A master's degree in finance would be an asset.\n"
        "- At least 5 years of experience in budgeting.\n"
    )
    assert parsed.essential == (
        "A university degree in economics",
        "At least 5 years of experience in budgeting",
    )
    assert parsed.desirable == ("A master's degree in finance",)
    assert parsed.degree.level == "university"  # the master's is only preferred


def test_it_splits_headings_a_page_ran_into_the_text_after_them():
    parsed = notice(
        "QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must:\n"
        "- possess a university degree in law;\n- have at least 8 years' experience in public international law.\n"
        "DESIRABLE The following would be considered an advantage:\n- a Master's degree in international law.\n"
        "COMPETENCIES The incumbent must demonstrate: Analytical Thinking: Makes complex plans or analyses.\n"
    )
    assert parsed.essential == (
        "possess a university degree in law",
        "have at least 8 years' experience in public international law",
    )
    assert parsed.desirable == ("a Master's degree in international law",)
    assert [(c.name, c.rung) for c in parsed.competencies] == [("Analytical Thinking", 4)]


def test_it_keeps_a_list_closed_at_the_page_number_of_a_pdf():
    parsed = notice(
        "Must have:\nUniversity degree in law\n5 years of experience in contracting\n"
        "NATO UNCLASSIFIED                                   Page 2 of 3\n"
        "The Agency offers a competitive salary.\n"
    )
    assert parsed.essential == ("University degree in law", "5 years of experience in contracting")


def test_it_reads_the_title_a_scraper_ran_the_body_into_and_says_it_cut_it():
    parsed = parse_notice(
        "Officer, Resource Policy and Planning The Resource Policy and Planning Board (RPPB) is the senior "
        "advisory body to the North Atlantic Council on the management of NATO resources.\n"
        "Office of Resources (OR) | NATO Headquarters, Brussels, Belgium | A-2 | Deadline 10/01/2027\n\n"
        "ESSENTIAL\nThe incumbent must:\n- possess a university degree in economics;\n"
        "- have at least five years' experience in budgeting.\n"
    )
    assert parsed.title == "Officer, Resource Policy and Planning"
    assert (parsed.organisation, parsed.location, parsed.grade) == (
        "Office of Resources",
        "Brussels, Belgium",
        "A.2",
    )
    assert parsed.unsure == {
        "title": "cut_from_text",
        "deadline": "day_month_order",  # 10/01: January or October?
        "nationality_restricted": "implied_by_body",  # no sentence says who may apply
    }
    assert parsed.to_json()["unsure"] == parsed.unsure


def test_it_flags_a_behaviour_that_is_no_rung_of_its_ladder_instead_of_guessing_one():
    parsed = notice(
        "Essential\n- a degree in finance.\n\nCOMPETENCIES\nThe incumbent must demonstrate:\n"
        "- Teamwork: Is nice to colleagues;\n- Achievement: Creates own measures of excellence.\n"
    )
    assert [(c.name, c.rung) for c in parsed.competencies] == [("Teamwork", None), ("Achievement", 3)]
    assert parsed.unsure["competencies"] == "not_on_ladder"


def test_it_says_which_fields_it_read_without_a_label_or_a_list():
    parsed = parse_notice(
        "Programme Assistant\nClosing date: 2027-05-03\n\n"
        "If you have minimum 3 years of experience in programme support, join us.\n"
        "- A good general education to higher secondary level.\n- Experience with SAP and Excel.\n"
        "- Knowledge of NATO budget procedures.\n"
        "The candidate must be fluent in one official language and have a working knowledge of the other.\n"
    )
    assert parsed.unsure.get("essential") == "no_list_heading"
    assert parsed.unsure.get("languages") == "levels_from_words"
    assert "deadline" not in parsed.unsure  # an ISO date is read one way only
    assert "title" not in parsed.unsure  # a line naming a job


def test_it_is_sure_of_fields_read_from_their_labels_and_lists():
    parsed = notice(
        "Essential\n- a university degree in economics.\n- at least 5 years' experience.\n\n"
        "Only nationals of NATO member states may apply.\n"
    )
    assert parsed.unsure == {}


def test_it_reads_a_notice_written_in_french():
    parsed = parse_notice(
        """Administrateur/Administratrice (Partenariats)
Lieu : Siège de l'OTAN, Bruxelles (Belgique)
Date limite de dépôt des candidatures : 8 janvier 2027

2. QUALIFICATIONS ET EXPÉRIENCE
ESSENTIELLES
Le/la titulaire doit :
- être titulaire d'un diplôme universitaire, de préférence en relations internationales, en sciences politiques ou en droit ;
- avoir au moins cinq années d'expérience dans le domaine des affaires étrangères ;
- avoir le niveau minimum requis dans les deux langues officielles de l'OTAN (anglais/français) : V (« Avancé ») dans l'une ; I (« Débutant ») dans l'autre.

SOUHAITABLES
Les éléments suivants seraient un atout :
- connaissance du russe.

5. COMPÉTENCES
Le/la titulaire doit faire preuve des compétences suivantes :
- Influence et impact (Impact and Influence) : Agit de plusieurs manières pour persuader ;
- Travail en équipe (Teamwork) : Sollicite les contributions et encourage les autres.

La nomination sera subordonnée à l'obtention d'une habilitation de sécurité OTAN SECRET.
"""
    )
    # As the French notice writes the place; in English for the filters and the pairing.
    assert (parsed.location, parsed.place) == ("Bruxelles, Belgique", "Brussels, Belgium")
    assert parsed.deadline == dt.date(2027, 1, 8)
    assert (parsed.degree.level, parsed.degree.fields) == (
        "university",
        ("relations internationales", "sciences politiques", "droit"),
    )
    assert parsed.degree.fields_required is False  # "de préférence"
    assert parsed.min_years_experience == 5
    assert (parsed.languages.rule, parsed.languages.high, parsed.languages.low) == (
        "one_high_other_low",
        "V",
        "I",
    )
    assert parsed.desirable == ("connaissance du russe",)
    # The English names in brackets; the French behaviours are rungs of the ladders' French wording
    # (reference/ladders_fr.py, issue 19 point 4), merged rungs giving the higher one as in English.
    assert [(c.name, c.rung) for c in parsed.competencies] == [("Impact and Influence", 3), ("Teamwork", 4)]
    assert "competencies" not in parsed.unsure
    assert parsed.clearance == "NATO SECRET"


@pytest.mark.parametrize(
    ("requirement", "level", "fields", "required"),
    [
        ("a universitydegree, preferably in economics, finance or accounting", "university",
         ("economics", "finance", "accounting"), False),
        ("University degree in aeronautical or mechanical engineering", "university",
         ("aeronautical engineering", "mechanical engineering"), True),
        ("University degree (economics, finance or accounting)", "university", ("economics", "finance", "accounting"), True),
        ("University degree (or equivalent)", "university", (), False),
        ("a university degree in a relevant discipline, preferably economics or finance", "university",
         ("economics", "finance"), False),
        ("hold a university degree in one of the following fields: economics, finance, accounting", "university",
         ("economics", "finance", "accounting"), True),
        ("Master of Science in electrical engineering", "master", ("electrical engineering",), True),
        ("a degree in engineering and at least 5 years of experience", "university", ("engineering",), True),
    ],
)  # fmt: skip
def test_it_reads_the_ways_notices_state_degree_fields(requirement, level, fields, required):
    degree = parse_degree([requirement])
    assert (degree.level, degree.fields, degree.fields_required) == (level, fields, required)


def test_a_specialisation_refines_the_degrees_own_fields_and_does_not_replace_them():
    degree = parse_degree(
        ["A doctorate (PhD) in marine geology, hydrography or civil engineering with a specialisation in "
         "coastal processes, or in a closely related discipline."]
    )  # fmt: skip
    assert degree.level == "doctorate"
    assert degree.fields == ("marine geology", "hydrography", "civil engineering")
    assert parse_degree(["A degree with a specialisation in coastal processes"]).fields == (
        "coastal processes",
    )
