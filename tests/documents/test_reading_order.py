"""Documents read in the order a person reads them: PDF columns, rows and ruled tables; DOCX page headers,
text boxes and tables used for layout."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml
from fpdf import FPDF

from documents.extraction import CV_KINDS, extract_text

LEFT = ["CONTACT", "jane@example.org", "Nationality: Belgian", "LANGUAGES", "French: C1", "Dutch: B2"]
RIGHT = [
    "EXPERIENCE",
    "Policy Officer",
    "European Defence Agency, Brussels",
    "2019 - present",
    "Analyst",
    "Egmont Institute",
    "2015 - 2019",
]


def _pdf(draw) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    draw(pdf)
    return bytes(pdf.output())


def _column(pdf: FPDF, x: float, lines: list[str], *, top: float = 30, pitch: float = 7) -> None:
    for n, line in enumerate(lines):
        pdf.set_xy(x, top + n * pitch)
        pdf.cell(70, 6, line)


def test_it_reads_a_two_column_pdf_a_column_at_a_time():
    def draw(pdf):
        pdf.set_xy(10, 12)
        pdf.cell(0, 6, "Jane Doe")
        _column(pdf, 10, LEFT, pitch=6)  # the sidebar is drawn first, with its own line pitch
        _column(pdf, 90, RIGHT, pitch=8)

    assert extract_text(_pdf(draw), kinds=CV_KINDS).splitlines() == ["Jane Doe", *LEFT, *RIGHT]


def test_it_keeps_rows_of_a_pdf_drawn_row_by_row():
    rows = [("2019 - present", "Policy Officer, European Defence Agency")] + [
        (f"{2000 + n} - {2001 + n}", f"Analyst {n}, Egmont Institute") for n in range(8)
    ]

    def draw(pdf):
        for n, (dates, post) in enumerate(rows):
            _column(pdf, 10, [dates], top=30 + 8 * n)
            _column(pdf, 90, [post], top=30 + 8 * n)

    assert extract_text(_pdf(draw), kinds=CV_KINDS).splitlines() == [f"{d} | {p}" for d, p in rows]


def test_it_reads_a_ruled_pdf_table_one_row_a_line():
    def draw(pdf):
        with pdf.table(col_widths=(30, 60, 60)) as table:
            for cells in (("Dates", "Title", "Organisation"), ("2019 - present", "Policy Officer", "EDA")):
                row = table.row()
                for cell in cells:
                    row.cell(cell)

    assert extract_text(_pdf(draw), kinds=CV_KINDS).splitlines() == [
        "Dates | Title | Organisation",
        "2019 - present | Policy Officer | EDA",
    ]


def test_it_does_not_cut_a_justified_line_into_cells():
    def draw(pdf):
        pdf.set_xy(10, 30)
        pdf.multi_cell(
            80,
            6,
            "Open-source intelligence; disinformation analysis; scenario planning; wargaming",
            align="J",
        )

    assert extract_text(_pdf(draw), kinds=CV_KINDS).replace("\n", " ") == (
        "Open-source intelligence; disinformation analysis; scenario planning; wargaming"
    )


def _docx(build) -> bytes:
    document = Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_it_reads_the_page_header_of_a_docx_first():
    def build(document):
        document.sections[0].header.paragraphs[0].text = "Tomáš Novák – Curriculum Vitae"
        document.add_paragraph("Born 1982 in Brno | Nationality: Czech")

    assert extract_text(_docx(build), kinds=CV_KINDS).splitlines() == [
        "Tomáš Novák – Curriculum Vitae",
        "Born 1982 in Brno | Nationality: Czech",
    ]


def test_it_reads_a_docx_layout_table_a_cell_at_a_time():
    def build(document):
        table = document.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        left.text = LEFT[0]
        for line in LEFT[1:]:
            left.add_paragraph(line)
        right.text = RIGHT[0]
        for line in RIGHT[1:]:
            right.add_paragraph(line)

    assert extract_text(_docx(build), kinds=CV_KINDS).splitlines() == [*LEFT, *RIGHT]


def test_it_reads_a_docx_value_table_a_row_a_line_with_a_cells_further_paragraphs_after_it():
    def build(document):
        table = document.add_table(rows=1, cols=2)
        dates, post = table.rows[0].cells
        dates.text = "2019.04 – present"
        post.text = "Infrastructure Project Manager"
        post.add_paragraph("NATO Support and Procurement Agency, Capellen")

    assert extract_text(_docx(build), kinds=CV_KINDS).splitlines() == [
        "2019.04 – present | Infrastructure Project Manager",
        "NATO Support and Procurement Agency, Capellen",
    ]


TEXT_BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
      <w:p><w:r><w:t>Nationality: Latvian</w:t></w:r></w:p>
    </w:txbxContent></wps:txbx></w:drawing></mc:Choice>
    <mc:Fallback><w:pict><v:textbox><w:txbxContent>
      <w:p><w:r><w:t>Nationality: Latvian</w:t></w:r></w:p>
    </w:txbxContent></v:textbox></w:pict></mc:Fallback>
  </mc:AlternateContent>
</w:r>"""


def test_it_reads_a_docx_text_box_once_after_its_paragraph():
    def build(document):
        paragraph = document.add_paragraph("Anna Bērziņa")
        paragraph._p.append(parse_xml(TEXT_BOX))
        document.add_paragraph("Experience")

    assert extract_text(_docx(build), kinds=CV_KINDS).splitlines() == [
        "Anna Bērziņa",
        "Nationality: Latvian",
        "Experience",
    ]
