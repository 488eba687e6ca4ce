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


FORWARDED = """From: Liaison Officer <liaison@delegation.example.mil>
To: Circulation List <list@delegation.example.mil>
Date: Tue, 2 Feb 2027 09:00:00 +0100
Subject: Fwd: vacancy at the Centre, closing 1 March

Dear all, please pass this on to suitable candidates.

Regards,
Liaison Officer

-------- Forwarded Message --------
> From: Centre HR <hr@centre.example.int>
> Date: Mon, 1 Feb 2027 10:00:00 +0100
> Subject: Vacancy notice 27/05
>
> NATO MODELLING AND SIMULATION CENTRE OF EXCELLENCE (M&S COE), Rome, Italy
>
> Post: Simulation Engineer
> Closing date: 1 March 2027
>
> ESSENTIAL
> The incumbent must:
> - hold a university degree in computer science or engineering;
> - have at least four years' experience in simulation;
> - have the following levels of NATO's official languages:
>   English V ("Advanced") and French II ("Elementary").
>
> DESIRABLE
> - experience of distributed simulation standards.
--
Liaison Officer
This e-mail is intended for the addressee only.
"""


def test_of_a_forwarded_email_only_the_quoted_notice_is_read():
    parsed = parse_notice(FORWARDED)
    assert parsed.title == "Simulation Engineer"
    assert parsed.location == "Rome, Italy"
    assert parsed.deadline.isoformat() == "2027-03-01"
    assert (
        parsed.essential[-1] == "have the following levels of NATO's official languages: English V "
        '("Advanced") and French II ("Elementary")'
    )
    assert len(parsed.essential) == 3 and parsed.desirable == (
        "experience of distributed simulation standards",
    )
    assert {(r.language, r.level) for r in parsed.languages.requirements} == {
        ("English", "V"),
        ("French", "II"),
    }
    assert "Liaison" not in parsed.cleaned_text and "Forwarded" not in parsed.cleaned_text
    assert "Subject:" not in parsed.cleaned_text


def test_a_reply_under_a_quoted_question_keeps_its_own_text():
    from vacancies.parsing.cleaning import unmark

    lines = [
        "> Is the post still open?",
        "> Thanks",
        "> A.",
        "Yes: the notice follows.",
        "Post: Clerk",
        "Grade: B-3",
        "Closing date: 1 March 2027",
        "Essential",
        "- a secondary school diploma",
    ]
    assert unmark(lines)[3:] == lines[3:]


def test_a_place_after_the_body_in_a_header_line_is_the_location():
    for line in (
        "JOINT FORCE TRAINING CENTRE | Bydgoszcz, Poland",
        "Centre of Excellence (CCD COE), Tallinn, Estonia",
    ):
        parsed = parse_notice(
            f"{line}\n\nPost: Training Officer\nClosing date: 1 March 2027\n\nEssential\n"
            "- a university degree;\n- five years' experience in training.\n"
        )
        assert (
            parsed.location == line.replace(" |", ",").split(", ", 1)[1]
            if "|" in line
            else "Tallinn, Estonia"
        )


def test_the_two_languages_named_before_the_other():
    from vacancies.parsing.languages import parse_languages

    found = parse_languages(["Advanced (V) in either English or French and Elementary (II) in the other."])
    assert (found.rule, found.high, found.low, found.pair) == (
        "one_high_other_low",
        "V",
        "II",
        ("English", "French"),
    )
    found = parse_languages(['have a knowledge of Arabic at least at level IV ("Upper Intermediate")'])
    assert [(r.language, r.level) for r in found.requirements] == [("Arabic", "IV")]


PDF_TEXT = """NATO UNCLASSIFIED                              HQ/HR/VN/27-004
                 HEADQUARTERS ALLIED AIR COMMAND
                      Ramstein, Germany

1.  POST DETAILS
    (a) Post title:       Staff Officer (Air Planning)
    (b) Closing date:     06 March 2027

2.  PRINCIPAL DUTIES
    The incumbent's duties are:
    (a) to plan the air exercises of the command from their specification
        to their after-action review;
    (b) to draft the Exercise Specification and the Exercise
        Planning Guidance;

- 1 -
NATO UNCLASSIFIED
NATO UNCLASSIFIED                              HQ/HR/VN/27-004

    (c) to represent the Branch at planning conferences.

3.  ESSENTIAL QUALIFICATIONS
    (a) Professional/Experience:
        (1) a minimum of five years' experience in air operations planning,
            of which at least two years in a NATO headquarters;
    (b) Education/Training:
        (1) a university degree in a relevant field.

4.  DESIRABLE QUALIFICATIONS
    (a) Language:
        (1) French - SLP 2222.

- 2 -
NATO UNCLASSIFIED
"""


def test_a_pdfs_page_furniture_goes_and_a_list_cut_by_the_page_runs_on():
    parsed = parse_notice(PDF_TEXT)
    assert parsed.accountabilities == (
        "to plan the air exercises of the command from their specification to their after-action review",
        "to draft the Exercise Specification and the Exercise Planning Guidance",
        "to represent the Branch at planning conferences.",
    )
    assert parsed.essential == (
        "a minimum of five years' experience in air operations planning, of which at least two years in a "
        "NATO headquarters",
        "a university degree in a relevant field",
    )
    assert parsed.desirable == ("French - SLP 2222",)
    assert "- 1 -" not in parsed.cleaned_text and parsed.cleaned_text.count("UNCLASSIFIED") == 1


def test_marks_under_essential_and_desirable_columns_class_each_row():
    for mark in ("X", "✓", "x", "Yes"):
        parsed = parse_notice(
            "Post: Knowledge Manager\nClosing date: 1 March 2027\n\nREQUIREMENTS\n\n"
            "Criterion | Essential | Desirable\n"
            f"University degree in information management | {mark} |\n"
            f"At least five years' experience in knowledge management | {mark} |\n"
            f"Experience with SharePoint | | {mark}\n"
        )
        assert parsed.essential == (
            "University degree in information management",
            "At least five years' experience in knowledge management",
        )
        assert parsed.desirable == ("Experience with SharePoint",)
        assert parsed.min_years_experience == 5


def test_a_body_spelled_out_in_the_notice_and_a_unit_by_its_label():
    parsed = parse_notice(
        "NAHEMA - Vacancy Notice 27/004\nNATO Helicopter Design and Development Production and Logistics "
        "Management Agency\n(NAHEMA)\n\nPost: Logistics Officer\nDivision: Support\nDuty station: SHAPE, Casteau, "
        "Mons (Belgium)\nClosing date: 1 March 2027\n\nEssential\n- a university degree in law and be "
        "qualified to practise;\n- five years' experience in logistics.\n"
    )
    assert (
        parsed.organisation
        == "NATO Helicopter Design and Development Production and Logistics Management Agency"
    )
    assert parsed.location == "Mons, Belgium"
    assert parsed.degree.fields == ("law",)
