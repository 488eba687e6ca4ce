"""Whole CV files in layouts of the second reader corpus, written for the test and read through
``read_cv`` (the sandboxed document reader, then the proposer), as the upload page and ``parse_cv`` read
them."""

from __future__ import annotations

import io

from docx import Document
from fpdf import FPDF

from candidates.cv import read_cv

SIDEBAR = [
    "CONTACT",
    "alistair.maxwell@example.co.uk",
    "+44 7700 900461",
    "Andover, Hampshire",
    "Nationality: British",
    "LANGUAGES",
    "French - SLP 3-3-2-2",
    "KEY SKILLS",
    "Force generation",
    "Crisis management",
]
MAIN = [
    "Lieutenant Colonel Alistair J. Maxwell",
    "MBE",
    "CAREER",
    "08/22 - present",
    "SO1 J5 Future Plans",
    "Permanent Joint Headquarters (PJHQ), Northwood",
    "08/19 - 07/22",
    "Commanding Officer",
    "3rd Battalion The Royal Anglian Regiment",
]


def _two_column_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for x, lines in ((10, SIDEBAR), (80, MAIN)):  # the sidebar is drawn first, then the main column
        for n, line in enumerate(lines):
            pdf.set_xy(x, 20 + 7 * n)
            pdf.cell(65, 6, line)
    return bytes(pdf.output())


def test_a_two_column_pdf_with_its_sidebar_first_gives_the_name_posts_and_skills():
    proposal = read_cv(_two_column_pdf(), filename="cv.pdf")
    assert proposal.name == "Alistair J. Maxwell"
    assert proposal.nationality == "United Kingdom"
    assert proposal.skills == ("Force generation", "Crisis management")
    assert [(p.title, p.organisation, p.start, p.end) for p in proposal.experience] == [
        ("SO1 J5 Future Plans", "Permanent Joint Headquarters (PJHQ)", "2022-08", None),
        ("Commanding Officer", "3rd Battalion The Royal Anglian Regiment", "2019-08", "2022-07"),
    ]


def _docx_in_tables() -> bytes:
    document = Document()
    document.add_paragraph("Dr. Zsófia Nagy")
    blocks = [
        ("", [("E-mail", "zsofia.nagy@example.hu"), ("Nationality", "Hungarian")]),
        (
            "Professional experience",
            [
                ("Period", "Position", "Employer"),
                ("2018.09. – jelenleg (present)", "Senior Researcher, Cyber Defence", "NATO CCDCOE, Tallinn"),
                ("2010.07. – 2015.01.", "Network Security Engineer", "Magyar Telekom Nyrt."),
            ],
        ),
        (
            "Education",
            [
                ("Period", "Qualification", "Institution"),
                ("2011 – 2015", "PhD in Computer Science (Doctoral School of Informatics)", "BME"),
            ],
        ),
    ]
    for heading, rows in blocks:
        if heading:
            document.add_paragraph(heading)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_docx_laid_out_in_tables_gives_its_posts_and_degrees():
    proposal = read_cv(_docx_in_tables(), filename="cv.docx")
    assert (proposal.name, proposal.nationality) == ("Zsófia Nagy", "Hungary")
    assert [(p.title, p.start, p.end) for p in proposal.experience] == [
        ("Senior Researcher, Cyber Defence", "2018-09", None),
        ("Network Security Engineer", "2010-07", "2015-01"),
    ]
    assert [(e.level, e.field, e.year) for e in proposal.education] == [
        ("doctorate", "Computer Science", 2015)
    ]


def test_a_name_given_only_in_the_docx_page_footer_is_read():
    document = Document()
    document.sections[0].footer.paragraphs[0].text = "Marta Kowalczyk – Curriculum Vitae – page 1"
    document.add_paragraph("Profile")
    for n in range(70):
        document.add_paragraph(f"Drafted note {n} on defence planning for the ministry.")
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_cv(buffer.getvalue(), filename="cv.docx").name == "Marta Kowalczyk"
