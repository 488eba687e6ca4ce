"""Structures of notices nobody here had seen (issue 15, sets 9 and 10 and readers9's notices): a status column
of letters with its legend and a column saying how each line is checked, skill columns headed by letters, a
matrix whose corner cell was left out, a draft with its tracked changes, a bulleted list hard-wrapped at any
word, a second PDF column that goes on alone, a page's marking inside a list. Each notice here is written for
the cause, in words no labelled set uses, and read through the real parser."""

import datetime as dt

from vacancies.parsing import parse_notice

LETTER_STATUSES = """Vacancy 27/JWC/044 - Exercise Planner

## Requirements

| No. | Requirement | E/D | How assessed |
|---|---|:---:|---|
| 1 | A bachelor's degree in international relations or history | E | Diploma |
| 2 | At least 5 years' experience in planning military exercises | E | Interview |
| 3 | Experience of the JEMM tool | D | |
| 4 | English: SLP 3333 | E | Test |

*E = essential, D = desirable.*

## Competencies
Teamwork: Co-operates.
"""


def test_a_status_column_of_letters_makes_the_lists_and_the_check_column_is_no_part_of_them():
    notice = parse_notice(LETTER_STATUSES)
    assert notice.essential == (
        "A bachelor's degree in international relations or history",
        "At least 5 years' experience in planning military exercises",
        "English: SLP 3333",
    )
    assert notice.desirable == ("Experience of the JEMM tool",)  # the legend is no wish
    assert notice.degree.level == "bachelor"
    assert notice.min_years_experience == 5
    assert "min_years_experience" not in notice.unsure and "essential" not in notice.unsure
    assert notice.title == "Exercise Planner"  # "Vacancy <number> - " is what the page is


SKILL_LETTERS = """Logistics Officer
ESSENTIAL QUALIFICATIONS
a. A university degree in logistics.
b. Language: English and Spanish as below.

LANGUAGES (STANAG 6001)      L   S   R   W
English (essential)          3   3   3   3
Spanish (desirable)          2   2   2   1

DESIRABLE QUALIFICATIONS
a. Knowledge of LOGFAS.
"""


def test_skill_columns_headed_by_their_letters_give_each_language_its_profile_and_list():
    notice = parse_notice(SKILL_LETTERS)
    assert [(s.language, s.slp) for s in notice.languages.stanag] == [("English", "3333")]
    assert any("Spanish" in item for item in notice.desirable)


MATRIX = """Procurement Officer
Requirements
Essential | Desirable
Education | A master's degree in law or economics. | A qualification in public procurement.
Experience | At least 6 years' experience in public procurement. | Experience in a NATO agency.
At least 2 years' experience in drafting framework contracts.
Languages | English: NATO level V (Advanced). | French: NATO level III (Intermediate).
Competencies
Initiative: Is decisive in a time-sensitive situation.
"""


def test_a_matrix_whose_corner_cell_was_left_out_reads_each_column_as_its_list():
    notice = parse_notice(MATRIX)
    assert notice.essential == (
        "A master's degree in law or economics",
        "At least 6 years' experience in public procurement",
        "At least 2 years' experience in drafting framework contracts",  # a cell's further paragraph
        "English: NATO level V (Advanced)",
    )
    assert notice.desirable[-1] == "French: NATO level III (Intermediate)"
    assert notice.degree.level == "master"
    assert notice.min_years_experience == 6


TRACKED = """Analyst, Arms Control[KB1]
Grade: A-2
Security clearance: [Deleted: NATO RESTRICTED][Inserted: NATO SECRET]
Closing date: [Deleted: 2 May 2027][Inserted: 16 May 2027][LV2]

ESSENTIAL
The incumbent must:
- possess a university degree[Inserted: , preferably in law or
  physics];
- have at least [Deleted: four][Inserted: five] years' experience in arms control verification.

Comments
[KB1] Kim Berg (DPP), 02/04/2027 10:12: title agreed.
[LV2] Lea Vos (HR), 03/04/2027 09:00: deadline moved; please
      update the page.
"""


def test_a_draft_with_tracked_changes_reads_as_accepted_and_its_comments_are_dropped():
    notice = parse_notice(TRACKED)
    assert notice.title == "Analyst, Arms Control"
    assert notice.clearance == "NATO SECRET"
    assert notice.deadline == dt.date(2027, 5, 16)
    assert notice.min_years_experience == 5
    assert notice.degree.fields == ("law", "physics")
    assert "Kim Berg" not in notice.cleaned_text


NARROW = """Legal Assistant
ESSENTIAL
The incumbent must:
• have at least four years'
experience in a law firm,
a court or
a government legal service;
• know case management
tools (e.g.
Relativity, iManage
Work);
• hold a degree in law.
"""


def test_a_bulleted_list_hard_wrapped_at_any_word_keeps_each_item_whole():
    notice = parse_notice(NARROW)
    assert notice.essential == (
        "have at least four years' experience in a law firm, a court or a government legal service",
        "know case management tools (e.g. Relativity, iManage Work)",
        "hold a degree in law",
    )


COLUMNS = """Research Engineer
NATO Headquarters, Brussels, Belgium

WHAT YOU WILL DO                            WHAT WE NEED
You will run the laboratory's trials        ● A master's degree in physics or
and write the reports that go to the        electronics.
national directors of research.             ● At least three years of
You will also mentor two interns.           experience in radar testing.

                                            What would help
                                            ● Experience of NATO trials
                                            at sea.
                                            ● Knowledge of Python.

OUR WAY OF WORKING                          THE DETAILS
We assess these competencies:               ● Open to nationals of NATO
Teamwork: Solicits inputs and               member countries only.
encourages others                           ● Three-year contract.
Initiative: Is decisive in a                ● Salary from EUR 7,000 a
time-sensitive situation                    month, tax-free.

Apply online.
"""


def test_a_second_column_that_goes_on_alone_and_lowercase_wraps_of_the_first_are_read_as_columns():
    notice = parse_notice(COLUMNS)
    assert notice.desirable == ("Experience of NATO trials at sea", "Knowledge of Python")
    assert [(c.name, c.level_text) for c in notice.competencies] == [
        ("Teamwork", "Solicits inputs and encourages others"),
        ("Initiative", "Is decisive in a time-sensitive situation"),
    ]


def test_a_page_marking_where_a_table_broke_across_pages_is_no_requirement():
    notice = parse_notice(
        "Finance Assistant\nEssential\n- A diploma in accounting.\n- Three years' experience in accounts payable.\n"
        "NATO UNCLASSIFIED - Vacancy Notice 27-311\n- English: SLP 3332.\nDesirable\n- Knowledge of SAP.\n"
    )
    assert notice.essential == (
        "A diploma in accounting",
        "Three years' experience in accounts payable",
        "English: SLP 3332",
    )


GRID = """Network Engineer
Office of the Chief Engineer

Requirements

+------------+------------------------------------------+
|            |1. A bachelor's degree in                 |
|            |telecommunications or computer science.   |
|            +------------------------------------------+
| ESSENTIAL  |2. At least 4 years' experience in        |
|            |running IP networks.                      |
|            +------------------------------------------+
|            |3. English: SLP 3332.                     |
+------------+------------------------------------------+
|  DESIRABLE |4. A CCNP certification.                  |
+------------+------------------------------------------+

+-------------------------------------------------------+
|                     Competencies                      |
+------------+------------------------------------------+
|Teamwork    |Co-operates                               |
|Initiative  |Is decisive in a time-sensitive situation |
+------------+------------------------------------------+
"""


def test_a_grid_table_with_a_status_cell_spanning_its_rows_gives_the_lists():
    notice = parse_notice(GRID)
    assert notice.essential == (
        "A bachelor's degree in telecommunications or computer science",
        "At least 4 years' experience in running IP networks",
        "English: SLP 3332",
    )
    assert notice.desirable == ("A CCNP certification",)
    assert notice.min_years_experience == 4
    assert [c.name for c in notice.competencies] == ["Teamwork", "Initiative"]


def test_a_unit_named_after_its_head_is_no_title():
    notice = parse_notice(GRID)
    assert notice.title == "Network Engineer"
    notice = parse_notice(
        "Office of the Chief Engineer\n\n" + GRID.replace("Office of the Chief Engineer\n", "")
    )
    assert notice.title == "Network Engineer"


def test_a_clearance_level_hard_wrapped_with_its_sentence_is_read_and_a_neighbours_is_not_borrowed():
    wrapped = "Driver\nEssential\n- A driving licence.\nThe selected candidate must obtain a NATO\nSECRET security clearance.\n"
    assert parse_notice(wrapped).clearance == "NATO SECRET"
    after_label = "Driver\nEssential\n- A driving licence.\nContract: 3 years. Security clearance level:\nNC (NATO CONFIDENTIAL).\n"
    assert parse_notice(after_label).clearance == "NATO CONFIDENTIAL"
    neighbour = "Driver\nDivision: Security Division\nSecurity clearance: NATO RESTRICTED\nEssential\n- A driving licence.\n"
    notice = parse_notice(neighbour)
    assert (notice.clearance, notice.sources["clearance"]) == (
        "NATO RESTRICTED",
        "Security clearance: NATO RESTRICTED",
    )
