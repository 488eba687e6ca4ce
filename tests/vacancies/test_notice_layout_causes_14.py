"""Notices on the causes of the fourteenth blind set's misses (issue 15): competencies joined to their
behaviour by any dash or set in a two-cell table, and after the last list under a heading of the page's own;
a tick grid whose empty Word cells give each tick its column; a staff-college alternative followed by
another; a strip of pictograph badges. Each notice is written for the cause, in words no labelled set uses,
and read as an upload is (the page's text, then the parser)."""

import io

from docx import Document

from documents.extraction import NOTICE_KINDS, extract_text
from vacancies.parsing import parse_notice
from vacancies.parsing.degree import degree_alternatives


def _notice(data: bytes, filename: str = "notice.txt"):
    return parse_notice(extract_text(data, filename=filename, kinds=NOTICE_KINDS))


def _rungs(notice) -> list[tuple[str, int | None]]:
    return [(c.name, c.rung) for c in notice.competencies]


FLYER = """NATO CIS GROUP - JOIN US
Network Planner
Grade: A-2 | Location: Mons, Belgium
Essential
- A university degree in telecommunications or computer science.
- At least five years' experience planning deployable networks.
Nice to have
- Knowledge of federated mission networking.
What we value
Achievement \u2014 Sets challenging goals. Teamwork \u2014 Solicits inputs and encourages others.

Apply through the NATO careers site.
"""


def test_competencies_joined_by_a_long_dash_after_the_last_list_are_no_wish():
    notice = _notice(FLYER.encode())
    assert _rungs(notice) == [("Achievement", 5), ("Teamwork", 4)]
    assert not any("Achievement" in item for item in notice.desirable)


TABLE = b"""<html><body><h1>Legal Officer</h1><p>Grade: A-3</p>
<h2>Essential</h2><ul><li>A university degree in law.</li></ul>
<h2>Competencies</h2>
<table><tr><th>Competency</th><th>Level</th></tr>
<tr><td>Initiative</td><td>Is decisive in a crisis</td></tr>
<tr><td>Flexibility</td><td>Adapts tactics</td></tr></table>
<h2>How to apply</h2><p>Apply online.</p></body></html>"""


def test_a_competency_table_read_as_one_cell_a_line():
    assert _rungs(_notice(TABLE, "notice.html")) == [("Initiative", 3), ("Flexibility", 3)]


def _tick_grid() -> bytes:
    document = Document()
    document.add_paragraph("Budget Analyst")
    document.add_paragraph("Grade: A-2")
    document.add_paragraph("Qualifications")
    table = document.add_table(rows=4, cols=3)
    rows = [
        ("Criterion", "Essential", "Desirable"),
        ("A university degree in accounting or finance.", "\u2714", ""),
        ("A professional accountancy qualification (ACCA, CIMA).", "", "\u2714"),
        ("At least four years' experience in public-sector budgeting.", "\u2714", ""),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_tick_grids_empty_cells_keep_each_tick_in_its_column():
    data = _tick_grid()
    text = extract_text(data, filename="notice.docx", kinds=NOTICE_KINDS)
    assert "A professional accountancy qualification (ACCA, CIMA). |  | \u2714" in text.splitlines()
    notice = _notice(data, "notice.docx")
    assert [item.rstrip(".") for item in notice.desirable] == [
        "A professional accountancy qualification (ACCA, CIMA)"
    ]
    assert len(notice.essential) == 2


def test_a_staff_college_alternative_ends_at_the_next_alternative():
    text = (
        "A master's degree in engineering, or graduation from a national command and staff college, or "
        "equivalent work experience in defence acquisition."
    )
    assert degree_alternatives(text) == ("military_staff_college", "equivalent_experience")
    # A clause that goes on about the college is still no experience of its own.
    assert degree_alternatives("A degree, or a staff college with experience as a staff officer.") == (
        "military_staff_college",
    )


BADGES = """Careers at NATO
Cyber Threat Analyst
\U0001f3db NATO Communications and Information Agency    \U0001f4cd The Hague, Netherlands
\U0001f4bc Full time \u00b7 A-2
Essential
- A degree in computer science.
"""


def test_a_strip_of_pictograph_badges_is_read_cell_by_cell():
    notice = _notice(BADGES.encode())
    assert notice.organisation == "NATO Communications and Information Agency"
    assert notice.location == "The Hague, Netherlands"


def test_a_list_marked_by_shapes_is_no_strip_of_badges():
    # "●" marks items of two columns typed side by side: not badges to split.
    text = extract_text(
        "Essential\n\u25cf A degree in law.             \u25cf English SLP 3333.\n".encode(),
        filename="notice.txt",
        kinds=NOTICE_KINDS,
    )
    assert any("A degree in law." in line and "English" in line for line in text.splitlines())
