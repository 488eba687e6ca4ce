"""Notices on the causes of the eighteenth blind set's misses (issue 15): a header of field names over their
values, one a line or between bars (a web page's header row over its value row, a Word row of chips, a PDF
strip of boxed chips); requirements coded by their status ("E1", "D1"); an "Attributes / competencies"
heading; a competency's name wrapped at the line's end and a footer that names the page; the kinds of a
discipline ("a physical or engineering discipline"); a page's number after "VACANCY NOTICE"; a notice
written in English and French side by side (a PDF's two halves) or one after the other. Each notice is
written for the cause, in words no labelled set uses, and read as an upload is (the page's text, then the
parser)."""

import datetime as dt

from fpdf import FPDF

from documents.extraction import NOTICE_KINDS, extract_text
from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import header_table, status_codes


def _notice(data: bytes, filename: str = "notice.txt"):
    return parse_notice(extract_text(data, filename=filename, kinds=NOTICE_KINDS))


REQUIREMENTS = """Essential qualifications
- A university degree in geodesy or surveying.
- At least 5 years' experience in geospatial data management.
- The following minimum levels of NATO's official languages (English/French): IV in one; II in the other.
Desirable qualifications
- Experience of NATO geospatial standards.
"""

HEADER_ROW = (
    """<html><body><h1>Geospatial Analyst</h1>
<table><tr><th>Grade</th><th>Duty station</th><th>Closing date</th><th>Contract</th><th>Clearance</th></tr>
<tr><td>A-2</td><td>Mons, Belgium</td><td>Monday, 8 March 2027, 23:59 CET</td><td>3 years</td>
<td>NATO SECRET</td></tr></table>
"""
    + "".join(f"<p>{line}</p>" for line in REQUIREMENTS.splitlines())
    + "</body></html>"
)


def test_a_header_row_over_a_row_of_values_gives_each_field_its_value():
    notice = _notice(HEADER_ROW.encode(), "notice.html")
    assert notice.grade == "A.2"
    assert notice.location == "Mons, Belgium"
    assert notice.deadline == dt.date(2027, 3, 8)
    assert notice.clearance == "NATO SECRET"


def test_names_between_bars_over_values_one_a_line_are_paired():
    text = "Geospatial Analyst\nGRADE | DUTY STATION | DEADLINE | CONTRACT\nB4\nBrunssum, Netherlands\n"
    text += "4 April 2027\nindefinite\n" + REQUIREMENTS
    notice = _notice(text.encode())
    assert notice.grade == "B.4"
    assert notice.location == "Brunssum, Netherlands"
    assert notice.deadline == dt.date(2027, 4, 4)


def test_values_that_are_not_field_names_are_not_read_as_a_header():
    # A place in brackets between two labels is a value, not a third name.
    lines = ["Location", "Mons (Belgium)", "Grade", "A-3", "Closing date for applications", "5 May 2027"]
    assert header_table(lines) == lines
    assert header_table(["Grade", "Contract", "Location", "A-3", "3 years", "Mons"]) == [
        "Grade: A-3",
        "Contract: 3 years",
        "Location: Mons",
    ]


def test_a_pdf_strip_of_boxed_chips_is_read_label_by_label():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.set_xy(10, 10)
    pdf.cell(0, 8, "Logistics Data Officer")
    pdf.set_font("Helvetica", size=7)
    for x, label, value in (
        (10, "GRADE", "A2"),
        (40, "DUTY STATION", "Capellen, Luxembourg"),
        (110, "DEADLINE", "14/02/2027"),
    ):
        pdf.rect(x, 22, 60 if x == 40 else 28, 12)
        pdf.set_xy(x + 2, 23)
        pdf.cell(20, 4, label)
        pdf.set_font("Helvetica", size=10)
        pdf.set_xy(x + 2, 28)
        pdf.cell(20, 4, value)
        pdf.set_font("Helvetica", size=7)
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(10, 40)
    pdf.multi_cell(0, 5, REQUIREMENTS)
    notice = _notice(bytes(pdf.output()), "notice.pdf")
    assert notice.grade == "A.2"
    assert notice.location == "Capellen, Luxembourg"
    assert notice.deadline == dt.date(2027, 2, 14)


CODED = """Fleet Maintenance Technician
Grade: B-4
Location: Geilenkirchen, Germany
Requirements
E1: Completed vocational training in aircraft mechanics.
E2: At least 4 years' experience in aircraft maintenance.
E3: English: NATO level III; French: NATO level I.
D1: Experience of E-3A systems.
D2: Knowledge of German.
(E = essential; D = desirable)
"""


def test_requirements_coded_by_their_status_are_essential_and_desirable_lists():
    notice = _notice(CODED.encode())
    assert notice.min_years_experience == 4
    assert [(r.language, r.level) for r in notice.languages.requirements] == [
        ("English", "III"),
        ("French", "I"),
    ]
    assert len(notice.essential) == 3
    assert [item.rstrip(".") for item in notice.desirable] == [
        "Experience of E-3A systems",
        "Knowledge of German",
    ]


def test_codes_that_do_not_run_from_one_are_left_as_written():
    lines = ["E3 Building", "E5 Car park", "D2 Annex"]
    assert status_codes(lines) == lines
    assert status_codes(
        ["M1 A degree.", "M2 Five years.", "P1 German.", "(M = mandatory, P = preferred)"]
    ) == [
        "Essential",
        "- A degree.",
        "- Five years.",
        "Desirable",
        "- German.",
    ]


COMPETENCIES = """Programme Support Officer
Grade: A-2
Location: Brussels, Belgium
Essential qualifications
- A university degree in a physical or engineering discipline.
- At least 5 years' experience in programme management.
Desirable qualifications
- Experience of NATO common funding.
Attributes / competencies
Achievement: Sets and works to meet challenging goals. Customer Service
Orientation: Takes personal responsibility. Teamwork: Solicits inputs.
Programme Office – Vacancy PO-27-09 – page 1
"""


def test_competencies_under_an_attributes_heading_with_a_name_wrapped_at_the_line_end():
    notice = _notice(COMPETENCIES.encode())
    assert [(c.name, c.rung is not None) for c in notice.competencies] == [
        ("Achievement", True),
        ("Customer Service Orientation", True),
        ("Teamwork", True),
    ]
    assert "page 1" not in notice.competencies[-1].level_text


def test_the_kinds_of_a_discipline_are_the_fields():
    notice = _notice(COMPETENCIES.encode())
    assert notice.degree.fields == ("physical", "engineering")


def test_the_aco_post_descriptions_other_parts_are_no_competencies():
    text = COMPETENCIES.split("Attributes")[0] + (
        "ATTRIBUTES / COMPETENCIES\n- Personal Attributes: sound judgement and discretion.\n"
        "- Professional Contacts: regular contacts with the nations' liaison officers.\n"
    )
    assert _notice(text.encode()).competencies == ()


def test_the_title_after_the_vacancy_notices_number():
    text = "JOINT FORCE TRAINING CENTRE (JFTC)\n\nVACANCY NOTICE JFTC-27-14: Exercise Planner (Land)\n\n"
    notice = _notice((text + "Grade: A-2\nLocation: Bydgoszcz, Poland\n" + REQUIREMENTS).encode())
    assert notice.title == "Exercise Planner (Land)"


def test_a_pdf_in_english_and_french_side_by_side_is_read_in_english():
    english = [
        "Budget Assistant",
        "Location: Mons, Belgium",
        "Grade: B-4",
        "Essential",
        "- Higher secondary education.",
        "- At least 3 years' experience in budget",
        "administration and financial reporting.",
        "- NATO level IV (Upper Intermediate) in English",
        "and NATO level I (Beginner) in French.",
        "Desirable",
        "- Knowledge of the NATO Financial Regulations",
        "and of the budget procedures of the Alliance.",
    ]
    french = [
        "Assistant(e) budgétaire",
        "Lieu : Mons, Belgique",
        "Grade : B-4",
        "Essentiel",
        "- Études secondaires supérieures.",
        "- Au moins 3 années d'expérience en gestion",
        "budgétaire et en rapports financiers.",
        "- Niveau OTAN IV (Intermédiaire supérieur) en",
        "anglais et niveau OTAN I (Débutant) en français.",
        "Souhaitable",
        "- Connaissance du Règlement financier de l'OTAN",
        "et des procédures budgétaires de l'Alliance.",
    ]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for n, (left, right) in enumerate(zip(english, french)):
        # Drawn paragraph by paragraph, each English line and its French twin at the same height.
        for x, line in ((10, left), (108, right)):
            pdf.set_xy(x, 20 + 6 * n)
            pdf.cell(92, 5, line)
    notice = _notice(bytes(pdf.output()), "notice.pdf")
    assert notice.title == "Budget Assistant"
    assert notice.degree.level == "secondary"
    assert [(r.language, r.level) for r in notice.languages.requirements] == [
        ("English", "IV"),
        ("French", "I"),
    ]


def test_a_notice_in_english_then_french_ends_its_competencies_where_the_french_copy_starts():
    english = """Research Adviser
NATO Defense College
Grade: A-2
Closing date: 15 January 2027
Essential – The incumbent must have:
a university degree in history or political science;
at least 5 years' experience in research on security policy;
the following minimum levels of NATO's official languages (English/French): V in one; III in the other.
Desirable
experience of teaching senior officers.
Competencies
Analytical Thinking: Makes very complex plans or analyses; Teamwork: Encourages others.
"""
    french = """Conseiller/Conseillère de recherche
Grade : A.2
Date limite : 15 janvier 2027
Essentiel – Le/la titulaire doit posséder :
un diplôme universitaire en histoire ou en science politique ;
au moins 5 années d'expérience dans la recherche sur la politique de sécurité ;
les niveaux minimums suivants dans les langues officielles de l'OTAN (anglais/français) : V dans l'une ; III dans l'autre.
Souhaitable
une expérience de l'enseignement à des officiers supérieurs.
Compétences
Réflexion analytique : élabore des plans ou analyses très complexes ; Travail d'équipe : encourage les autres.
"""
    notice = _notice((english + french).encode())
    assert [c.name for c in notice.competencies] == ["Analytical Thinking", "Teamwork"]
    assert notice.competencies[-1].level_text == "Encourages others"


def test_a_notice_in_english_and_french_line_by_line_reads_each_requirement_once():
    text = """Stock Control Assistant
Grade: B-3
Location: Capellen, Luxembourg
Essential / Essentiel
- Higher secondary education and 3 years' experience in stock control.
- Études secondaires supérieures et 3 années d'expérience en gestion des stocks.
- Experience with an inventory management system.
- Expérience d'un système de gestion des inventaires.
- Working knowledge of spreadsheets and of database queries.
- Bonne connaissance des tableurs et des requêtes de bases de données.
Desirable / Souhaitable
- Experience in a NATO agency.
"""
    notice = _notice(text.encode())
    assert [c.years for c in notice.experience_conditions] == [3]
    assert len(notice.essential) == 3
