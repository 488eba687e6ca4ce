"""Requirements written only as paragraphs of running text, wrapped over lines, with no Essential or
Desirable heading: each paragraph is read sentence by sentence, a wish ("It would be an advantage to ...")
is desirable, a duty ("will hold", "He or she will bring", "must also be able to") essential; competencies
named with their level in brackets; nested figures of experience ("at least two of which were gained in
...", "not less than 24 months"). Pure: no database.
"""

from vacancies.parsing import parse_notice
from vacancies.parsing.experience import experience_conditions, min_years

NOTICE = """Data Scientist, Capability Analysis
Allied Air Command, Ramstein, Germany
Civilian post, grade A-3

Our Capability Analysis Branch supports the planning of air operations with data science and modelling,
working with partners from national air forces and industry across the Alliance.

The successful candidate will hold a university degree, preferably in mathematics, statistics or computer
science. He or she will bring at least five years of experience in data analysis, such as forecasting or
machine learning, at least two of which were gained in a military or government organisation. The
candidate must also be able to show practical use of Python on large data sets.

A professional command of English, equivalent to NATO level IV, is required.

We expect the successful candidate to show Achievement (sets challenging goals), Teamwork (solicits
inputs) and Flexibility (adapts to unforeseen situations), and to be willing to travel within Europe.

It would be an advantage to hold a doctorate, to have worked in an air operations centre, or to know
German at level III.
"""


def test_prose_paragraphs_wrapped_over_lines_give_one_item_per_requirement():
    notice = parse_notice(NOTICE)
    assert notice.essential == (
        "hold a university degree, preferably in mathematics, statistics or computer science",
        "bring at least five years of experience in data analysis, such as forecasting or machine learning, "
        "at least two of which were gained in a military or government organisation",
        "be able to show practical use of Python on large data sets",
        "A professional command of English, equivalent to NATO level IV, is required",
        "be willing to travel within Europe",
    )
    assert notice.desirable == (
        "hold a doctorate",
        "have worked in an air operations centre",
        "know German at level III",
    )


def test_prose_requirements_give_the_fields():
    notice = parse_notice(NOTICE)
    assert notice.min_years_experience == 5
    assert notice.degree.level == "university"
    assert notice.degree.fields == ("mathematics", "statistics", "computer science")
    assert [(c.name, c.rung) for c in notice.competencies] == [
        ("Achievement", 5),
        ("Teamwork", 3),
        ("Flexibility", 3),
    ]
    assert [(r.language, r.level) for r in notice.languages.requirements] == [("English", "IV")]


def test_nested_figures_of_experience():
    assert experience_conditions(
        [
            "at least four years of experience in media analysis, such as audience research, at least two of "
            "which were gained in an international organisation"
        ]
    ) == ((4, "media analysis", ""), (2, "an international organisation", ""))
    # "not less than" is a minimum, in months as in years.
    assert min_years(["not less than six years' experience in logistics engineering"]) == 6
    assert experience_conditions(
        [
            "a minimum of 60 months of experience in cyber security, of which not less than 24 months delivering "
            "technical training"
        ]
    ) == ((5, "cyber security", ""), (2, "delivering technical training", ""))
    # A kind of work at a place: both.
    assert experience_conditions(
        [
            "5 years of experience in air intelligence, of which 2 years in ISR tasking at an air operations centre"
        ]
    )[1] == (2, "ISR tasking", "an air operations centre")


PAGE = """NATO CENTRE OF EXCELLENCE
Home | About us | Research | Training | Careers | Contact

SENIOR RESEARCHER, HYBRID THREATS
Hybrid Threats Centre, Helsinki, Finland

The successful candidate will hold a master's degree in political science or international relations.

How to apply
Send your CV to the address below. Applications must reach the Centre no later than 9 January 2027.
"""


def test_a_page_heading_in_capitals_is_the_title_and_the_site_menu_is_not():
    notice = parse_notice(PAGE)
    assert notice.title == "Senior Researcher, Hybrid Threats"
    assert "Research" not in notice.cleaned_text.splitlines()


def test_a_deadline_stated_in_a_sentence_about_applications():
    assert parse_notice(PAGE).deadline.isoformat() == "2027-01-09"


def test_kinds_of_a_field_in_brackets_are_fields_and_a_staff_college_route_is_none():
    from vacancies.parsing.degree import degree_fields, fields_required

    text = "a degree in science (physical, chemical or biological), data management or a related discipline"
    assert degree_fields(text) == (
        "physical science",
        "chemical science",
        "biological science",
        "data management",
    )
    assert fields_required(text)
    assert degree_fields(
        "A degree, preferably in economics or law, or successful completion of a national defence college course."
    ) == ("economics", "law")


def test_the_kind_of_contract_before_a_title_is_no_part_of_it():
    from vacancies.parsing.header import find_title

    assert find_title(["STATEMENT OF WORK", "Consultancy Services - Cyber Range Engineer (Exercises)"])[
        0
    ] == ("Cyber Range Engineer (Exercises)")


def test_a_numbered_desired_section_opens_the_desirable_list():
    notice = parse_notice(
        "Cyber Range Engineer\nNATO Communications and Information Agency\n\n"
        "3.1 Mandatory requirements (the consultant shall):\n"
        " a) hold a degree in computer science;\n"
        " b) have 5 years of experience in network engineering.\n\n"
        "3.2 Desired (scored in the evaluation):\n"
        " a) experience with cyber ranges;\n"
        " b) German at any level.\n"
    )
    assert notice.essential == (
        "hold a degree in computer science",
        "have 5 years of experience in network engineering",
    )
    assert notice.desirable == ("experience with cyber ranges", "German at any level")


def test_a_header_strip_of_short_cells_is_no_menu_and_a_desired_candidate_no_wish():
    from vacancies.parsing.cleaning import site_menus
    from vacancies.parsing.sections import opener_kind

    strip = ["NSPA | Capellen | Luxembourg | Procurement Division"]
    assert site_menus(strip) == strip
    assert opener_kind("The desired candidate must have the following:") == ("essential", "")


def test_a_line_runs_on_with_a_word_but_not_with_markup_or_a_requirement_of_its_own():
    from vacancies.parsing.cleaning import Line
    from vacancies.parsing.sections import running_text

    def paragraphs(*texts):
        return [text for text, _ in running_text([Line(t) for t in texts])]

    assert len(paragraphs("It would be an advantage to have worked in an air operations centre, or to know",
                          "German at level III.")) == 1  # fmt: skip
    assert len(paragraphs("Experience in budget execution for multinational programmes of the Alliance",
                          "Knowledge of IPSAS and of an ERP system")) == 2  # fmt: skip
    assert len(paragraphs("<ul><li>have at least 4 years' experience in budget execution or accounting</li></ul>",
                          "<p>DESIRABLE<br/>The following would be considered an advantage:</p>")) == 2  # fmt: skip


# A notice addressing the reader, "must" for what is required and "should" for what is wished beside it.
MUST_AND_SHOULD = """Head of Budget Execution
NATO Support and Procurement Agency, Capellen, Luxembourg

Qualifications
You must hold a university degree in finance, economics or public administration. You should hold a
master's degree, and formal training in IPSAS would be welcome.

Experience
You must have at least 8 years of experience in budget execution, of which at least 3 years in an
international organisation. You must have closed the annual accounts of a public body. You should have
managed a team of analysts, and you should have worked with SAP or another ERP.
"""


def test_where_requirements_say_must_should_states_a_wish():
    notice = parse_notice(MUST_AND_SHOULD)
    assert notice.essential == (
        "hold a university degree in finance, economics or public administration",
        "have at least 8 years of experience in budget execution, of which at least 3 years in an "
        "international organisation",
        "have closed the annual accounts of a public body",  # what the person has done: a requirement
    )
    assert notice.desirable == (
        "hold a master's degree, and formal training in IPSAS",
        "have managed a team of analysts",
        "have worked with SAP or another ERP",
    )


def test_where_requirements_never_say_must_should_is_how_they_require():
    notice = parse_notice(MUST_AND_SHOULD.replace("must", "should"))
    assert "hold a university degree in finance, economics or public administration" in notice.essential
    assert "have closed the annual accounts of a public body" in notice.essential
    assert "have managed a team of analysts" in notice.essential
    assert not any("annual accounts" in item for item in notice.desirable)


def test_a_language_rule_said_with_should_stays_a_rule_beside_must():
    notice = parse_notice(
        MUST_AND_SHOULD.replace(
            "formal training in IPSAS would be welcome.",
            "formal training in IPSAS would be welcome. You should have level V in one of English and French and "
            "level I in the other.",
        )
    )
    assert notice.languages.rule == "one_high_other_low"
    assert any("level V" in item for item in notice.essential)
    assert not any("level V" in item for item in notice.desirable)
