"""Layouts that carry across notices (issue 15, generalising): paragraph numbers of several levels, pages of
questions and answers, framed and title-case headings, a French copy before the English one. Each notice here
is written for the cause, in words no labelled set uses."""

import datetime as dt

from vacancies.parsing import parse_notice

NUMBERED = """SHAPE - Civilian Job Description
1. IDENTIFICATION
1.1 Job title: Logistics Assistant (Movements)
1.2 Grade: B-4
1.3 Location: Casteau, Belgium
2. DUTIES
2.1 Books strategic lift for exercises and deployments.
3. REQUIREMENTS
3.1 Essential
3.1.1 Secondary education and a diploma in transport or logistics.
3.1.2 At least 4 years' experience in military movements.
3.1.3 English: SLP 3332.
3.2 Desirable
3.2.1 French: SLP 2222.
3.2.2 Knowledge of SDDC tools.
4. CONDITIONS
4.1 Closing date: 15 April 2027.
"""


def test_it_reads_fields_and_lists_under_paragraph_numbers_of_several_levels():
    notice = parse_notice(NUMBERED)
    assert notice.title == "Logistics Assistant (Movements)"
    assert notice.location == "Casteau, Belgium"
    assert notice.degree.level == "secondary"
    assert notice.min_years_experience == 4
    assert [s.slp for s in notice.languages.stanag] == ["3332"]  # French 2222 is only desirable
    assert notice.desirable == ("French: SLP 2222", "Knowledge of SDDC tools")
    assert notice.deadline == dt.date(2027, 4, 15)


def test_a_decimal_figure_or_a_date_opening_a_line_is_no_paragraph_number():
    notice = parse_notice(
        "Budget Officer\nEssential:\n- a university degree in finance;\n"
        "- 2.5 years' experience in budgeting;\n- English SLP 3333.\n"
    )
    assert notice.essential[1] == "2.5 years' experience in budgeting"


QUESTIONS = """NATO Communications and Information Agency - your questions answered
Service Desk Analyst

Q: Where is the post?
A: The Hague, Netherlands.

Question 2: When does the competition close?
A: 30 April 2027 at midnight.

Q. What do we need from you?
A: A bachelor's degree in information technology.
Three years' experience on an IT service desk.
English SLP 3333.

Q: What would give you an edge?
A: ITIL Foundation.
Dutch SLP 2222.

Q: Which behavioural competencies are assessed?
A: Teamwork: Co-operates.
Initiative: Is decisive in a time-sensitive situation.

Q: Do I need a clearance?
A: A NATO SECRET clearance is required.
"""


def test_it_reads_a_page_of_questions_and_answers():
    notice = parse_notice(QUESTIONS)
    assert notice.location == "The Hague, Netherlands"
    assert notice.deadline == dt.date(2027, 4, 30)
    assert notice.degree.level == "bachelor"
    assert notice.min_years_experience == 3
    assert notice.essential[0] == "A bachelor's degree in information technology"
    assert notice.desirable == ("ITIL Foundation", "Dutch SLP 2222")
    assert [c.name for c in notice.competencies] == ["Teamwork", "Initiative"]
    assert notice.clearance == "NATO SECRET"


FRAMED = """Requisition Print
Requisition Title: Contracting Officer
Location: Capellen, Luxembourg

[Minimum Qualifications]
1) Master's degree in law or business administration.
2) 5 years of experience in public procurement.

[Preferred Qualifications]
1) CIPS certification.
2) German SLP 2222.

== Behavioural Competencies ==
Achievement: Works to meet standards.

Competencies You Will Show
Teamwork: Co-operates.

Who Can Apply
Nationals of NATO member nations only.
"""


def test_it_reads_framed_and_title_case_headings():
    notice = parse_notice(FRAMED)
    assert notice.title == "Contracting Officer"
    assert notice.min_years_experience == 5
    assert notice.desirable == ("CIPS certification", "German SLP 2222")
    assert notice.languages.stanag == ()
    assert [c.level_text for c in notice.competencies][-1] == "Co-operates"  # "Who Can Apply" ends the list


BILINGUAL = """NATO / OTAN
Intitulé : Assistant(e) budgétaire
Lieu : Naples (Italie)
Grade : B-5
QUALIFICATIONS ESSENTIELLES
Le/la titulaire doit :
- être titulaire d'un diplôme d'enseignement secondaire ;
- avoir au moins quatre années d'expérience dans la gestion budgétaire ;
- avoir les niveaux suivants dans les langues officielles de l'OTAN : IV dans l'une ; II dans l'autre.
QUALIFICATIONS SOUHAITABLES
- la connaissance de l'italien serait un atout pour le poste.
COMPÉTENCES
- Travail d'équipe : coopère avec les autres membres de l'équipe.

Post title: Budget Assistant
Location: Naples, Italy
Grade: B-5
ESSENTIAL QUALIFICATIONS
The incumbent must:
- have completed secondary education;
- have at least 4 years' experience in budget management;
- have the following levels of NATO's official languages: IV in one; II in the other.
DESIRABLE QUALIFICATIONS
- knowledge of Italian would be an advantage for the post.
COMPETENCIES
- Teamwork: Co-operates.
"""


def test_of_a_french_copy_then_an_english_one_without_a_mark_it_reads_the_english_one():
    notice = parse_notice(BILINGUAL)
    assert notice.title == "Budget Assistant"
    assert notice.location == "Naples, Italy"
    assert notice.essential[0] == "have completed secondary education"
    assert len(notice.essential) == 3
    assert notice.desirable == ("knowledge of Italian would be an advantage for the post",)
    assert [c.name for c in notice.competencies] == ["Teamwork"]


def test_an_english_copy_of_the_essentials_only_keeps_the_french_parts_it_lacks():
    partial = BILINGUAL.replace(
        "DESIRABLE QUALIFICATIONS\n- knowledge of Italian would be an advantage for the post.\n", ""
    )
    notice = parse_notice(partial)
    assert any("italien" in d for d in notice.desirable)  # the French copy's wishes are not lost


def test_a_page_kind_before_the_title_and_an_english_name_in_brackets_are_not_the_title():
    body = BILINGUAL.split("\n\n")[1].replace("Post title: Budget Assistant\n", "")
    assert parse_notice(f"JOB OPENING - Budget Assistant\n\n{body}").title == "Budget Assistant"
    assert parse_notice(f"ANALYSTE PRINCIPAL (Senior Analyst)\n\n{body}").title == "Senior Analyst"
    assert parse_notice(f"Staff Officer (Force Planning)\n\n{body}").title == "Staff Officer (Force Planning)"


def test_a_condition_or_a_share_button_in_the_competencies_block_is_no_competency():
    notice = parse_notice(
        "Logistics Officer\nEssential:\n- a university degree;\n- 5 years' experience in logistics.\n"
        "Competencies:\nTeamwork: Co-operates\nInitiative: Is decisive in a time-sensitive situation\n"
        "Travel: up to 60 days a year in the nations\nShare: LinkedIn X E-mail\n"
    )
    assert [(c.name, c.level_text) for c in notice.competencies] == [
        ("Teamwork", "Co-operates"),
        ("Initiative", "Is decisive in a time-sensitive situation"),
    ]
    assert "competencies" not in notice.unsure


def test_columns_headed_in_words_are_two_lists_and_rows_go_on_where_the_right_column_ran_out():
    notice = parse_notice(
        "Data Engineer\nNATO Communications and Information Agency - The Hague, Netherlands\n\n"
        "What we need | What would help\n"
        "A bachelor's degree in computer science or | Azure certification.\n"
        "software engineering. | Dutch SLP 2222.\n"
        "At least 4 years' experience building data pipelines.\n"
        "English SLP 3333.\n\n"
        "HOW TO APPLY\nBefore 1 May 2027 on our website.\n"
    )
    assert notice.essential == (
        "A bachelor's degree in computer science or software engineering",
        "At least 4 years' experience building data pipelines",
        "English SLP 3333",
    )
    assert notice.desirable == ("Azure certification", "Dutch SLP 2222")
    assert notice.degree.fields == ("computer science", "software engineering")


def test_an_organisation_that_names_no_body_is_flagged_not_trusted():
    body = "Essential:\n- a university degree;\n- 5 years' experience in intelligence.\n"
    guessed = parse_notice(f"Organisation: Staff Officer (ISR Collection)\nAnalyst (ISR)\n{body}")
    assert guessed.unsure.get("organisation") == "not_a_body"
    for named in (
        "NATO Communications and Information Agency",
        "Executive Management",
        "J2 Intelligence Branch",
    ):
        notice = parse_notice(f"Organisation: {named}\nAnalyst (ISR)\n{body}")
        assert notice.organisation == named
        assert "organisation" not in notice.unsure
    parent = parse_notice(f"Analyst (ISR)\nNorth Atlantic Treaty Organization\n{body}")
    assert parent.unsure.get("organisation") == "parent_body"


def test_names_of_regions_share_the_noun_after_the_last_of_them():
    notice = parse_notice(
        "Analyst (Eurasia)\nEssential:\n- a university degree in history, Russian, Caucasus or Central Asian "
        "studies;\n- 5 years' experience in political analysis.\n"
    )
    assert notice.degree.fields == (
        "history",
        "Russian studies",
        "Caucasus studies",
        "Central Asian studies",
    )


def test_a_statement_of_works_place_of_performance_is_the_location():
    notice = parse_notice(
        "Cyber Defence Instructor\n1.2 Place of performance: Oeiras, Portugal, with up to four weeks of travel\n"
        "Essential:\n- a university degree;\n- 5 years' experience in cyber defence training.\n"
    )
    assert notice.location == "Oeiras, Portugal"


def test_letters_and_roman_numbers_with_a_full_stop_mark_items():
    notice = parse_notice(
        "Logistics Officer\nLocation: Mons, Belgium\nESSENTIAL QUALIFICATIONS\n"
        "a. A university degree in logistics.\nb. At least 5 years' experience in logistics planning.\n"
        "DESIRABLE QUALIFICATIONS\ni. French: SLP 2222.\nii. Knowledge of LOGFAS.\n"
    )
    assert notice.essential == (
        "A university degree in logistics",
        "At least 5 years' experience in logistics planning",
    )
    assert notice.desirable == ("French: SLP 2222", "Knowledge of LOGFAS")


def test_a_forms_field_name_and_its_value_after_a_tab_and_an_even_better_list():
    notice = parse_notice(
        "Position\tProcurement Officer\nLocation\tCapellen, Luxembourg\nClosing date\t12 March 2027\n\n"
        "Who you are:\n- You hold a master's degree in law.\n- You have 6 years' experience in procurement.\n"
        "Even better if:\n- You have worked for a NATO agency.\n"
    )
    assert (notice.title, notice.location) == ("Procurement Officer", "Capellen, Luxembourg")
    assert notice.deadline == dt.date(2027, 3, 12)
    assert notice.desirable == ("You have worked for a NATO agency",)


def test_us_and_startup_style_headings_open_the_lists():
    notice = parse_notice(
        "Finance Assistant\nLocation: Capellen, Luxembourg\nCloses: 2027-03-01\n\n"
        "Knowledge, Skills and Abilities\n- Secondary education and a diploma in accounting.\n"
        "- 4 years of experience in accounts payable.\n\nGood to have:\n- Experience with SAP FI.\n"
    )
    assert notice.essential[:2] == (
        "Secondary education and a diploma in accounting",
        "4 years of experience in accounts payable",
    )
    assert notice.desirable == ("Experience with SAP FI",)
    assert notice.deadline == dt.date(2027, 3, 1)
    other = parse_notice(
        "Infrastructure Engineer\nLocation: Brunssum, Netherlands\n\nEducation and Experience\n"
        "- Master's degree in civil engineering.\n- Minimum of 7 years' experience in infrastructure.\n\n"
        "Must-have skills:\n- AutoCAD.\n"
    )
    assert (other.degree.level, other.min_years_experience) == ("master", 7)
    assert "AutoCAD" in other.essential
    assert "essential" not in other.unsure


def test_a_second_requirement_after_the_fields_is_no_field():
    notice = parse_notice(
        "Policy Officer\nThe successful candidate will hold a university degree in law or economics and will "
        "have at least six years of experience in arms control. English V, French I.\n"
    )
    assert notice.degree.fields == ("law", "economics")


def test_a_wish_after_a_semicolon_is_a_desirable_and_the_requirement_before_it_stays():
    notice = parse_notice(
        "Engineer\nLocation: Brunssum, Netherlands\nEssential\n- Master's degree in civil engineering.\n"
        "- English SLP 3333; Dutch would be an asset.\n- A university degree; ideally in law.\n"
    )
    assert "English SLP 3333" in notice.essential
    assert [s.slp for s in notice.languages.stanag] == ["3333"]
    assert notice.desirable == ("Dutch",)
    assert any("ideally in law" in item for item in notice.essential)


def test_a_paragraph_number_before_a_number_of_years_goes():
    notice = parse_notice(
        "Analyst\nLocation: Mons, Belgium\n4. Essential Requirements:\n4.1 University degree in statistics.\n"
        "4.2 3 years' experience in data analysis.\n"
    )
    assert notice.essential == ("University degree in statistics", "3 years' experience in data analysis")
    assert notice.min_years_experience == 3


def test_a_body_and_its_city_on_a_header_line_give_the_location():
    notice = parse_notice(
        "Policy Officer, Arms Control\nNATO Headquarters, Brussels\nEssential\n- University degree in law.\n"
        "- 6 years of experience in arms control.\n"
    )
    assert notice.location == "Brussels, Belgium"


BARE_QUESTIONS = """Payroll Assistant, NATO Support and Procurement Agency

What will I do?
You will run the monthly payroll of the agency's staff and answer their questions.

Where is the post?
Capellen, Luxembourg

Do I need a degree?
No. Higher secondary education is enough.

How many years of experience do I need?
Yes: at least 4 years of experience in payroll administration.

Which languages do I need?
English at level IV and French at level II.

What would help my application?
- a diploma in accounting;
- experience with SAP HCM.

When must I apply by?
15 March 2027
"""


def test_a_page_of_questions_without_q_marks_is_read_as_headings_and_fields():
    notice = parse_notice(BARE_QUESTIONS)
    assert notice.location == "Capellen, Luxembourg"
    assert notice.deadline == dt.date(2027, 3, 15)
    assert notice.min_years_experience == 4
    assert "at least 4 years of experience in payroll administration" in notice.essential
    assert notice.desirable == ("a diploma in accounting", "experience with SAP HCM")
    assert notice.degree.level == "secondary"


def test_a_few_questions_in_a_notice_are_no_page_of_questions():
    text = BARE_QUESTIONS.replace("What would help my application?", "Desirable:")
    text = text.replace("Do I need a degree?", "Education:").replace(
        "Which languages do I need?", "Languages:"
    )
    text = text.replace("How many years of experience do I need?", "Experience:")
    notice = parse_notice(text)
    assert notice.desirable == ("a diploma in accounting", "experience with SAP HCM")
    # Three questions left are headings of their own: "What will I do?" heads no requirement.
    assert not any("payroll of the agency" in line for line in notice.essential)


def test_a_minimum_of_years_in_some_work_is_experience_without_the_word():
    notice = parse_notice(
        "Fuel Logistics Officer\n\nEssential qualifications\n"
        "- At least five years in petroleum, oil and lubricants logistics or pipeline operations. At least two "
        "of those years must have been spent in a military organisation or a NATO body.\n"
        "- At least 18 years of age.\n- A minimum of 3 years of university studies.\n"
    )
    assert notice.min_years_experience == 5
    assert [(c.years, c.context) for c in notice.experience_conditions] == [
        (5, "petroleum, oil and lubricants logistics or pipeline operations"),
        (2, "a military organisation or a NATO body"),
    ]


def test_capital_letters_mark_items_under_a_numbered_heading_with_a_colon():
    notice = parse_notice(
        "Senior Assistant (Infrastructure)\n"
        "4. ESSENTIAL QUALIFICATIONS:\n"
        "   A. HIGHER SECONDARY EDUCATION.\n"
        "   B. MINIMUM 5 YEARS EXPERIENCE IN FACILITIES MAINTENANCE MANAGEMENT.\n"
        "   C. EXPERIENCE WITH MAINTENANCE MANAGEMENT SOFTWARE.\n"
        "5. DESIRABLE QUALIFICATIONS:\n"
        "   A. KNOWLEDGE OF THE NATO SECURITY INVESTMENT PROGRAMME.\n"
    )
    assert notice.essential == (
        "HIGHER SECONDARY EDUCATION",
        "MINIMUM 5 YEARS EXPERIENCE IN FACILITIES MAINTENANCE MANAGEMENT",
        "EXPERIENCE WITH MAINTENANCE MANAGEMENT SOFTWARE",
    )
    assert notice.desirable == ("KNOWLEDGE OF THE NATO SECURITY INVESTMENT PROGRAMME",)
    assert notice.min_years_experience == 5
