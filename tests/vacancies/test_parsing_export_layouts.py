"""Layouts of recruitment systems' exports and copies, as families: print views whose fields are joined to
their values by leaders, requirements exported as one record per requirement with the status in the
record's header, tables with a mark in an Essential or a Desirable column, quoted mail, page furniture.
Each notice is written here, in the test. Pure: no database."""

from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import leaders
from vacancies.parsing.tables import records


def test_leaders_of_any_kind_join_a_field_to_its_value():
    assert leaders(
        [
            "POST TITLE ........ Budget Analyst",
            "Duty station ____________ The Hague, Netherlands",
            "Closing date . . . . . . 12 March 2027",
            "GRADE ··········· A-3",
            "Clearance:………… NATO SECRET",
            "Contract --------- 3 years",
        ]
    ) == [
        "POST TITLE: Budget Analyst",
        "Duty station: The Hague, Netherlands",
        "Closing date: 12 March 2027",
        "GRADE: A-3",
        "Clearance: NATO SECRET",
        "Contract: 3 years",
    ]
    # An ellipsis inside a sentence, a rule alone and a sentence ending in dots stay as they are.
    assert leaders(["We offer... a lot", "-----------", "To be continued..."]) == [
        "We offer... a lot",
        "-----------",
        "To be continued...",
    ]


PRINT_VIEW = """Applicant Tracking System - Requisition Print View
=====================================================
REQUISITION ID .......... 77120
POSTING TITLE ........... Budget Analyst (Capital Programmes)
ORGANISATION ............ NATO Communications and Information Agency (NCIA)
LOCATION ................ The Hague, Netherlands
NATO GRADE .............. A-3
POSTING END DATE ........ 12/03/2027
-----------------------------------------------------
JOB DESCRIPTION
The Budget Analyst prepares the capital budget and follows its execution.
-----------------------------------------------------
REQUIREMENTS
Requirement 1 | Priority: MANDATORY | Area: Education
    Master's degree in finance, economics or accounting.
Requirement 2 | Priority: MANDATORY | Area: Experience
    At least seven years' experience in public budgeting, of which
    three years in an international organisation.
Requirement 3 | Priority: MANDATORY | Area: Language
    NATO official languages: V ("Advanced") in one; II ("Elementary") in the other.
Requirement 4 | Priority: PREFERRED | Area: Systems
    Experience with SAP FM.
-----------------------------------------------------
COMPETENCIES
C1 | Achievement | Sets challenging goals
C2 | Teamwork | Encourages others
"""


def test_it_reads_a_print_view_with_leaders_and_one_record_per_requirement():
    parsed = parse_notice(PRINT_VIEW)
    assert parsed.title == "Budget Analyst (Capital Programmes)"
    assert parsed.location == "The Hague, Netherlands"
    assert parsed.grade == "A.3"
    assert parsed.deadline.isoformat() == "2027-03-12"
    assert parsed.essential == (
        "Master's degree in finance, economics or accounting",
        "At least seven years' experience in public budgeting, of which three years in an international organisation",
        'NATO official languages: V ("Advanced") in one; II ("Elementary") in the other',
    )
    assert parsed.desirable == ("Experience with SAP FM",)
    assert parsed.degree.level == "master"
    assert parsed.min_years_experience == 7
    assert (parsed.languages.rule, parsed.languages.high, parsed.languages.low) == (
        "one_high_other_low",
        "V",
        "II",
    )
    assert [(c.name, c.rung) for c in parsed.competencies] == [("Achievement", 5), ("Teamwork", 4)]
    assert "essential" not in parsed.unsure and "essential" not in parsed.missing


def test_records_take_their_status_from_the_header_in_any_of_its_forms():
    lines = [
        "[Essential] Education",
        "A degree in law.",
        "",
        "#2 - Desirable - Languages",
        "French.",
        "Req 3 | Type: REQUIRED",
        "  Five years in a legal office.",
    ]
    assert records(lines, 0) == (
        ["Essential", "- A degree in law.", "- Five years in a legal office.", "Desirable", "- French."],
        7,
    )


def test_one_record_alone_or_a_table_of_statuses_is_no_run_of_records():
    assert records(["Req 01 | Type: ESSENTIAL", "  A degree."], 0) == ([], 0)
    table = ["Education | A degree in law | Essential", "Languages | French | Desirable"]
    assert records(table, 0) == ([], 0)
