"""A requirements table a word processor saved as text: drawn with "+---+" rules whose top rule has no column
marks, rows drawn a few places wider than the rules, a heading line just above it. Read as a table, cell by
cell, not as two columns of text side by side (quality14's environmental protection notice). Pure."""

from vacancies.parsing import parse_notice
from vacancies.parsing.tables import grid_table

TABLE = [
    "+--------------------------------------------------------------+",
    "| Education   | University degree in environmental science,      |",
    "|             | chemistry, geology or a related discipline.        |",
    "+-------------+------------------------------------------------+",
    "| Experience  | At least 5 years' experience in environmental     |",
    "|             | protection, of which at least 2 years in a          |",
    "|             | military context.                                  |",
    "+-------------+------------------------------------------------+",
    "| Language    | English: NATO level V (Advanced).                  |",
    "+--------------------------------------------------------------+",
]


def test_a_top_rule_without_column_marks_takes_its_columns_from_the_rule_below():
    rows, end = grid_table(TABLE, 0)
    assert end == len(TABLE)
    assert rows == [
        "Education: University degree in environmental science, chemistry, geology or a related discipline.",
        "Experience: At least 5 years' experience in environmental protection, of which at least 2 years in a "
        "military context.",
        "Language: English: NATO level V (Advanced).",
    ]


def test_a_heading_above_the_table_does_not_make_it_two_columns_of_text():
    notice = parse_notice(
        "Environmental Protection Officer\nAllied Joint Force Command, Oeiras, Portugal\n\n"
        "3. ESSENTIAL QUALIFICATIONS\n" + "\n".join(TABLE) + "\n"
    )
    assert "chemistry" in notice.degree.fields and "geology" in notice.degree.fields
    assert [(c.years, c.context) for c in notice.experience_conditions] == [
        (5, "environmental protection"),
        (2, "a military context"),
    ]
    assert not any(item.startswith(("+", "|")) for item in notice.essential)
