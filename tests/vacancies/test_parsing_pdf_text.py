"""A notice copied from a PDF or a scan: words hyphenated at the line ends (even in a heading), bullets drawn
with a symbol font's glyph (a Private Use Area character) or a letter "o", or lost, leaving only the list's
hanging indent. Pure: no database.
"""

from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import dehyphenate, join_hanging, symbol_bullets, unhyphenated

HEADER = """NATO UNCLASSIFIED
                 ALLIED MARITIME COMMAND
Post title:         Maritime Planner
NATO Grade:         A-3
Closing date:       31 January 2027

"""


def test_a_word_cut_at_a_line_end_is_made_whole_and_compounds_keep_their_hyphen():
    assert unhyphenated("manage", "ment") == "management"
    assert unhyphenated("Ad", "vanced") == "Advanced"
    assert unhyphenated("QUALIFICA", "TIONS") == "QUALIFICATIONS"
    assert unhyphenated("follow", "up") is None
    assert unhyphenated("problem", "solving") is None
    assert unhyphenated("long", "term") is None


def test_the_rest_of_a_cut_word_moves_up_and_an_emptied_line_goes():
    assert dehyphenate(["   planning in a multinational head-", "   quarters, ideally in NATO;", "x"]) == [
        "   planning in a multinational headquarters,",
        "   ideally in NATO;",
        "x",
    ]
    assert dehyphenate(["2. DESIRABLE QUALIFI-", "CATIONS", "text"]) == [
        "2. DESIRABLE QUALIFICATIONS",
        "text",
    ]
    # A name, a compound and a range stay as written.
    lines = ["work on the NATO-", "Ukraine Council;", "problem-", "solving skills", "from 2019-", "2021"]
    assert dehyphenate(lines) == lines


def test_symbol_font_glyphs_and_letter_o_start_items():
    assert symbol_bullets(["\uf0a7 Knowledge of AJP-3.", "  \uf076  A degree."]) == [
        "• Knowledge of AJP-3.",
        "  • A degree.",
    ]
    # One line opening with "o" is no list.
    assert symbol_bullets(["o Porto office"]) == ["o Porto office"]


def test_a_list_that_lost_its_bullets_keeps_its_items_by_their_hanging_indent():
    joined = join_hanging(
        [
            "  At least five years' experience in maritime operations planning in a",
            "   national or NATO headquarters.",
            "  Knowledge of the NATO Crisis Response System and of the NATO Operations Planning",
            "   Process.",
            "  A university degree.",
        ]
    )
    assert joined == [
        "  At least five years' experience in maritime operations planning in a national or NATO headquarters.",
        "  Knowledge of the NATO Crisis Response System and of the NATO Operations Planning Process.",
        "  A university degree.",
    ]


def test_a_hyphenated_pdf_notice_with_glyph_bullets_reads_its_requirements():
    text = HEADER + (
        "3. ESSENTIAL QUALIFICATIONS AND EXPERI-\n"
        "ENCE\n"
        "\uf0b7 A university degree in naval architecture, engineering or a related techni-\n"
        "   cal discipline.\n"
        "\uf0b7 At least five years' experience in maritime operations planning, of which at least two in a joint head-\n"
        "   quarters.\n"
        "\uf0b7 The following minimum levels of NATO's official languages (English/French): IV (\"Up-\n"
        '   per Intermediate") in one; II ("Elementary") in the other.\n'
        "\n"
        "4. DESIRABLE QUALIFICATIONS\n"
        "\uf0b7 Experience of maritime exercise planning and evalua-\n"
        "   tion.\n"
        "\n"
        "5. COMPETENCIES\n"
        "The incumbent must demonstrate:\n"
        " o Analytical Thinking: Sees multiple relation-\n"
        "   ships;\n"
        " o Teamwork: Co-operates.\n"
    )
    notice = parse_notice(text)
    assert notice.essential == (
        "A university degree in naval architecture, engineering or a related technical discipline",
        "At least five years' experience in maritime operations planning, of which at least two in a "
        "joint headquarters",
        'The following minimum levels of NATO\'s official languages (English/French): IV ("Upper Intermediate") '
        'in one; II ("Elementary") in the other',
    )
    assert notice.desirable == ("Experience of maritime exercise planning and evaluation",)
    assert notice.min_years_experience == 5
    assert (notice.languages.rule, notice.languages.high, notice.languages.low) == (
        "one_high_other_low",
        "IV",
        "II",
    )
    assert [(c.name, c.level_text) for c in notice.competencies] == [
        ("Analytical Thinking", "Sees multiple relationships"),
        ("Teamwork", "Co-operates"),
    ]
