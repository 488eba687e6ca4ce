"""Notices n24-n39, part 2: PDF (reportlab) and DOCX (python-docx) files, each next to its label."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import NOTICES, notice_label, write_notice_label
from pdfkit import (BODY, BUL, H1, H2, H3, IND, SMALL, P, Spacer, bullets, grid, mm, one_column,
                    sidebar_layout)

BUILT = []


def out(name):
    BUILT.append(name)
    return os.path.join(NOTICES, name)


# ---------------------------------------------------------------------------
# n27: ACT notice, PDF with a real two-column layout (facts sidebar | body), "Minimum
# qualifications" / "Preferred qualifications", NATO Grade 17, "Feb 5th, 2027".
def n27():
    name = "notice_n27_act_datasci_twocol.pdf"
    side = [
        P("KEY FACTS", H2),
        P("<b>Post number</b><br/>ACT CAPDEV 0420"),
        P("<b>Grade</b><br/>NATO Grade 17"),
        P("<b>Location</b><br/>Norfolk, VA, USA"),
        P("<b>Directorate</b><br/>Capability Development"),
        P("<b>Contract</b><br/>Definite duration, 3 years"),
        P("<b>Closing date</b><br/>Feb 5th, 2027"),
        P("<b>Security clearance</b><br/>NATO SECRET"),
        Spacer(1, 8),
        P("Applicants must be nationals of a NATO member nation.", SMALL),
    ]
    main = [
        P("Senior Data Scientist", H1),
        P("Allied Command Transformation (ACT) – Headquarters Supreme Allied Commander "
          "Transformation, Norfolk"),
        P("Post context", H2),
        P("Allied Command Transformation leads the warfare development of NATO's military "
          "structures, forces and capabilities. The Data Science and Artificial Intelligence Branch "
          "of the Capability Development Directorate develops data-driven tools that support "
          "capability planning and the NATO Defence Planning Process."),
        P("Principal duties", H2),
        *bullets([
            "Lead the design of statistical and machine-learning models for capability "
            "requirements analysis;",
            "Translate operational questions from the Strategic Commands into analytical "
            "projects;",
            "Mentor junior analysts and review their products;",
            "Represent the Branch in NATO data science communities of interest.",
        ]),
        P("Minimum qualifications", H2),
        *bullets([
            "Master's degree in data science, statistics, operations research or computer "
            "science.",
            "Minimum eight years of professional experience in data analytics, including 3 years "
            "in a NATO or national headquarters.",
            "Demonstrated proficiency in Python or R and in SQL.",
            "English: SLP 3333 (Listening, Speaking, Reading, Writing).",
            "Ability to obtain a NATO SECRET security clearance.",
        ]),
        P("Preferred qualifications", H2),
        *bullets([
            "PhD in a quantitative discipline.",
            "2 years of experience in a multinational environment.",
            "French: SLP 2222.",
        ]),
        P("How to apply", H2),
        P("Applications must be submitted through the NATO Talent Acquisition Platform before "
          "the closing date. Only short-listed candidates will be contacted."),
    ]
    sidebar_layout(out(name), side, main)
    write_notice_label(notice_label(
        name, title="Senior Data Scientist", organisation="Allied Command Transformation",
        location="Norfolk, Virginia, United States", grade="G17", deadline="2027-02-05",
        degree_level="master",
        fields=["data science", "statistics", "operations research", "computer science"],
        alternatives=[], fields_required=True, min_years=8, rule="none", stanag=["3333"],
        competencies=[], clearance="NATO SECRET",
        conditions=[(8, "data analytics"), (3, "a NATO or national headquarters")]))


# ---------------------------------------------------------------------------
# n31: ACO/SHAPE post description, one-column PDF, lettered parts a./b./c., (1)/(2) items,
# "University Degree ... and 2 years post related experience, or Higher Secondary education ...
# with 4 years post related experience", NATO GRADE: G15, "SECURITY CLEARANCE: NS".
def n31():
    name = "notice_n31_shape_aco_lettered.pdf"
    flow = [
        P("ALLIED COMMAND OPERATIONS – CIVILIAN POST DESCRIPTION", H2),
        P("HEADQUARTERS: Supreme Headquarters Allied Powers Europe"),
        P("DIVISION: J4 Logistics – Logistics Plans Branch"),
        P("POST NUMBER: SHJ LGX 0150"),
        P("POST TITLE: Logistics Plans Officer"),
        P("NATO GRADE: G15"),
        P("LOCATION: SHAPE, Mons (BEL)"),
        P("SECURITY CLEARANCE: NS"),
        P("CLOSING DATE: 03 Mar 2027"),
        P("1. POST CONTEXT", H2),
        P("SHAPE J4 plans and coordinates the logistic support of NATO operations, missions and "
          "exercises. The Logistics Plans Branch develops the logistic annexes of operation plans "
          "and the sustainment concept for deployed forces."),
        P("2. PRINCIPAL DUTIES", H2),
        P("The incumbent's duties are:"),
        P("a. Develops the logistic input to SACEUR's operation plans.", IND),
        P("b. Assesses the sustainability of forces offered by nations.", IND),
        P("c. Maintains the logistic estimates for NATO exercises.", IND),
        P("d. Performs other related duties as assigned.", IND),
        P("3. ESSENTIAL QUALIFICATIONS", H2),
        P("a. Professional/Experience:", H3),
        P("(1) At least 6 years' experience in logistics planning for deployed forces, including "
          "3 years in a NATO or national headquarters.", IND),
        P("(2) Experience in drafting operational planning documents.", IND),
        P("(3) Knowledge of NATO logistics doctrine (AJP-4).", IND),
        P("b. Education/Training:", H3),
        P("University Degree in logistics, business administration or a related discipline and 2 "
          "years post related experience, or Higher Secondary education and completed advanced "
          "vocational training in that discipline leading to a professional qualification or "
          "professional accreditation with 4 years post related experience.", IND),
        P("c. Language:", H3),
        P("English - SLP 3333 - (Listening, Speaking, Reading and Writing)", IND),
        P("NOTE: The work both oral and written in this post and in the Headquarters as a whole is "
          "conducted mainly in English.", SMALL),
        P("4. DESIRABLE QUALIFICATIONS", H2),
        P("a. Professional Experience:", H3),
        P("(1) 2 years' experience in a multinational logistics organisation.", IND),
        P("b. Education/Training:", H3),
        P("(1) NATO Logistics Course (NATO School Oberammergau).", IND),
        P("c. Language:", H3),
        P("French - SLP 2222 - (Listening, Speaking, Reading and Writing)", IND),
        P("5. ATTRIBUTES/COMPETENCIES", H2),
        P("a. Personal Attributes: The incumbent must be able to work under pressure and to tight "
          "deadlines.", IND),
        P("b. Professional Contacts: Regular contacts with national logistic staffs and NATO "
          "agencies.", IND),
        P("c. Contribution To Objectives: The work directly affects the sustainability of NATO "
          "operations.", IND),
        P("6. REMARKS", H2),
        P("Duty travel up to 30 days per year. The successful candidate will be offered a 3-year "
          "definite duration contract."),
    ]
    one_column(out(name), flow)
    write_notice_label(notice_label(
        name, title="Logistics Plans Officer",
        organisation="Supreme Headquarters Allied Powers Europe",
        location="Mons, Belgium", grade="G15", deadline="2027-03-03",
        degree_level="university", fields=["logistics", "business administration"],
        alternatives=["equivalent_experience"], fields_required=True, min_years=6,
        rule="none", stanag=["3333"], competencies=[], clearance="NATO SECRET",
        conditions=[(6, "logistics planning for deployed forces"),
                    (3, "a NATO or national headquarters"),
                    (2, "post related")]))


# ---------------------------------------------------------------------------
# n36: JFC Naples, one-column PDF with tables (header table, per-skill language table),
# staff college alternative, "19 MAR 2027".
def n36():
    name = "notice_n36_jfcnp_finance_tables.pdf"
    flow = [
        P("Allied Joint Force Command Naples", H2),
        P("VACANCY NOTIFICATION – Budget and Finance Officer", H1),
        grid([["Field", "Details"],
              ["Post title", "Budget and Finance Officer"],
              ["Organisation", "Allied Joint Force Command Naples – Financial Controller's Office"],
              ["Location", "Lago Patria, Naples (ITA)"],
              ["NATO Civilian Grade", "A-3"],
              ["Security Clearance", "NS"],
              ["Closing Date", "19 MAR 2027"]], [50 * mm, 120 * mm]),
        P("Post context", H2),
        P("The Financial Controller's Office of JFC Naples prepares, executes and reports the "
          "Headquarters' military budget and provides financial advice to the Commander."),
        P("Essential qualifications", H2),
        *bullets([
            "University degree in finance, accounting or business administration, or have attended "
            "a NATO or national military staff college.",
            "At least 6 years' experience in budget and finance, including 2 years in a NATO or "
            "national headquarters.",
            "Working knowledge of IPSAS and NATO Financial Regulations.",
            "English language proficiency, STANAG 6001 profile as follows:",
        ]),
        grid([["Language", "Listening", "Speaking", "Reading", "Writing"],
              ["English", "3", "3", "3", "3"]], [40 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm]),
        P("Desirable qualifications", H2),
        *bullets([
            "Professional accounting certification.",
            "Experience with the NATO Financial System (FinS).",
            "Italian, STANAG 6001 profile as follows:",
        ]),
        grid([["Language", "Listening", "Speaking", "Reading", "Writing"],
              ["Italian", "2", "2", "2", "2"]], [40 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm]),
        P("Competencies", H2),
        grid([["Competency", "Level"],
              ["Analytical Thinking", "Makes complex plans or analyses"],
              ["Clarity and Accuracy", "Monitors and corrects existing systems"],
              ["Achievement", "Improves performance"]], [60 * mm, 110 * mm]),
        P("Remarks", H2),
        P("Only nationals of NATO nations may apply. The successful applicant will be offered a "
          "3-year definite duration contract, which may be renewed."),
    ]
    one_column(out(name), flow)
    write_notice_label(notice_label(
        name, title="Budget and Finance Officer",
        organisation="Allied Joint Force Command Naples",
        location="Naples, Italy", grade="A-3", deadline="2027-03-19",
        degree_level="university", fields=["finance", "accounting", "business administration"],
        alternatives=["military_staff_college"], fields_required=True, min_years=6,
        rule="none", stanag=["3333"],
        competencies=["Analytical Thinking", "Clarity and Accuracy", "Achievement"],
        clearance="NATO SECRET",
        conditions=[(6, "budget and finance"), (2, "a NATO or national headquarters")]))


# ---------------------------------------------------------------------------
def _table(doc, rows, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


# n32: NATO STO Collaboration Support Office, DOCX with tables: facts table, a requirements table
# whose E/D column says essential or desirable, a competency table.
def n32():
    name = "notice_n32_sto_cso_docx_tables.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    h = doc.add_heading("NATO Science and Technology Organization", level=1)
    doc.add_paragraph("Collaboration Support Office (CSO)")
    doc.add_heading("Vacancy: Panel Executive, Applied Vehicle Technology (AVT) Panel", level=2)
    _table(doc, [["Reference", "CSO/27/02"],
                 ["Grade", "A.3"],
                 ["Location", "Neuilly-sur-Seine, France"],
                 ["Security clearance", "NATO SECRET"],
                 ["Deadline for applications", "26 February 2027"]], header=False)
    doc.add_heading("Background", level=3)
    doc.add_paragraph(
        "The Collaboration Support Office supports the NATO collaborative programme of work in "
        "science and technology. Each of the seven Panels of the STO is supported by a Panel "
        "Executive who manages the Panel's programme of work, its meetings and its publications.")
    doc.add_heading("Main responsibilities", level=3)
    for t in ["Manage the AVT Panel programme of work and its technical teams;",
              "Organise Panel business meetings and scientific symposia;",
              "Advise the Panel Chair and the Director CSO on scientific matters;",
              "Perform any other related duty as assigned."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Qualifications (E = essential, D = desirable)", level=3)
    _table(doc, [
        ["No.", "Requirement", "E/D"],
        ["1", "A university degree at Master level, preferably in aeronautical engineering, "
              "mechanical engineering or materials science.", "E"],
        ["2", "At least 8 years' experience in defence research and technology, gained in a "
              "national administration or an international organisation.", "E"],
        ["3", "Experience in organising international scientific meetings.", "E"],
        ["4", "A doctorate in an engineering discipline.", "D"],
        ["5", "At least 2 years' experience in a NATO body.", "D"],
        ["6", "Languages: English – V (Advanced); French – IV (Upper Intermediate).", "E"],
        ["7", "Knowledge of a third NATO language.", "D"],
    ])
    doc.add_heading("Competencies", level=3)
    _table(doc, [
        ["Competency", "Required behaviour"],
        ["Conceptual Thinking", "Clarifies complex data or situations"],
        ["Impact and Influence", "Calculates the impact of one's actions or words"],
        ["Organisational Awareness", "Understands underlying organisational issues"],
        ["Teamwork", "Builds the team and resolves conflicts"],
    ])
    doc.add_heading("Remarks", level=3)
    doc.add_paragraph("Only nationals of NATO member nations are eligible. The post is offered on "
                      "a 3-year definite duration contract.")
    doc.save(out(name))
    write_notice_label(notice_label(
        name, title="Panel Executive, Applied Vehicle Technology (AVT) Panel",
        organisation="Collaboration Support Office",
        location="Neuilly-sur-Seine, France", grade="A-3", deadline="2027-02-26",
        degree_level="master",
        fields=["aeronautical engineering", "mechanical engineering", "materials science"],
        alternatives=[], fields_required=False, min_years=8,
        rule="each", requirements=[("English", "V"), ("French", "IV")],
        competencies=["Conceptual Thinking", "Impact and Influence", "Organisational Awareness",
                      "Teamwork"],
        clearance="NATO SECRET",
        conditions=[(8, "defence research and technology, gained in a national administration "
                        "or an international organisation")]))


# n37: JFTC, DOCX, requirement tables, bachelor's with "additional 4 years ... in lieu of a degree",
# per-skill STANAG words (Professional / Functional), ISO-like date with slashes.
def n37():
    name = "notice_n37_jftc_docx_slp_words.docx"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("NATO Joint Force Training Centre")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Bydgoszcz, Poland")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Training Analyst (Modelling and Simulation)", level=1)
    _table(doc, [["Post ID", "JFTC TRA 0310"],
                 ["Grade", "A-2"],
                 ["Branch", "Training Support Branch"],
                 ["Application deadline", "2027/03/05"],
                 ["Security clearance", "NATO SECRET"]], header=False)
    doc.add_heading("Role", level=2)
    doc.add_paragraph(
        "The Joint Force Training Centre (JFTC) conducts collective training for NATO "
        "headquarters and forces. The Training Analyst designs the simulation architecture of "
        "computer-assisted exercises and analyses training outcomes.")
    doc.add_heading("Essential qualifications", level=2)
    _table(doc, [
        ["Requirement", "Detail"],
        ["Education", "Bachelor's degree in computer science, operations research or a related "
                      "field. An additional 4 years of relevant experience may be accepted in "
                      "lieu of a degree."],
        ["Experience", "Minimum 3 years' experience in modelling and simulation for military "
                       "training."],
        ["Knowledge", "Knowledge of JTLS-GO, JCATS or comparable constructive simulations."],
        ["Language", "English: Professional (Level 3) in Listening and Speaking; Functional "
                     "(Level 2) in Reading and Writing (STANAG 6001)."],
    ])
    doc.add_heading("Desirable qualifications", level=2)
    _table(doc, [
        ["Requirement", "Detail"],
        ["Education", "Master's degree in modelling and simulation."],
        ["Experience", "Experience of exercise planning in a NATO headquarters."],
        ["Language", "Polish."],
    ])
    doc.add_heading("Eligibility", level=2)
    doc.add_paragraph("Only nationals of NATO member states are eligible.")
    doc.save(out(name))
    write_notice_label(notice_label(
        name, title="Training Analyst (Modelling and Simulation)",
        organisation="Joint Force Training Centre",
        location="Bydgoszcz, Poland", grade="A-2", deadline="2027-03-05",
        degree_level="bachelor", fields=["computer science", "operations research"],
        alternatives=["equivalent_experience"], fields_required=True, min_years=3,
        rule="none", stanag=["3322"], competencies=[], clearance="NATO SECRET",
        conditions=[(3, "modelling and simulation for military training")]))


def build():
    for f in (n27, n31, n36, n32, n37):
        f()
    return list(BUILT)


if __name__ == "__main__":
    print("\n".join(build()))
