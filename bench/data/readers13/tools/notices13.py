"""Notices of corpus 13 (n104-n111). Each notice is written with its hand-written label beside it.

The essential/desirable item lists are written once and used both in the document and in the label, so the
label holds the items exactly as the document states them. Every other label field is set by hand.
"""
import html
import os
import textwrap

from docx.shared import Pt

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label

DOCS = []


def add(file, writer, label):
    DOCS.append((file, writer, label))


def write_path(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def wrap(s, w=96, ind=""):
    return textwrap.fill(s, w, initial_indent=ind, subsequent_indent=" " * len(ind), break_long_words=False,
                         break_on_hyphens=False)


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# =================================================================== n104: NCIA notice forwarded as plain-text e-mail,
# quoted headers of the original message, every line of the notice prefixed "> "
F = "notice_n104_email_forward_quotedheaders_ncia_csirtanalyst.txt"
E104 = [
    "A university degree in computer science, information security, electrical engineering or a related "
    "discipline, or a higher secondary education with 2 additional years of related experience in lieu of the "
    "degree.",
    "At least 5 years of experience in cyber security operations, including 2 years in incident handling in a "
    "CSIRT or SOC.",
    "Hands-on experience with SIEM platforms and network forensics tools.",
    "English: SLP 3333 (Listening, Speaking, Reading and Writing).",
]
D104 = [
    "Professional certification such as GCIH, GCFA or CISSP.",
    "Experience in a NATO or national military CSIRT.",
    "French: SLP 2222.",
]
body104 = "\n".join([
    "NATO Communications and Information Agency (NCI Agency)",
    "VACANCY NOTICE 270118",
    "",
    "Post Title:      Cyber Security Analyst (Incident Handling)",
    "Grade:           NG15",
    "Location:        The Hague, Netherlands",
    "Directorate:     Cyber Security / NATO Cyber Security Centre (NCSC)",
    "Closing date:    14 February 2027",
    "Clearance:       NATO SECRET",
    "",
    "ELIGIBILITY: Open to nationals of NATO member nations only.",
    "",
    "POST CONTEXT",
    wrap("The NCSC protects NATO's networks around the clock. The incumbent handles security incidents from "
         "detection to closure and writes the incident reports.", 90),
    "",
    "ESSENTIAL QUALIFICATIONS",
] + [wrap(e, 88, ind="- ") for e in E104] + [
    "",
    "DESIRABLE QUALIFICATIONS",
] + [wrap(d, 88, ind="- ") for d in D104] + [
    "",
    "Applications are only accepted through the NCIA careers portal. Interviews are planned for week 12/2027.",
])
T104 = "\n".join([
    "From: Jeroen de Vries <j.devries@mindef.example.nl>",
    "Sent: Friday, 22 January 2027 16:05",
    "To: Cyber-CSIRT-NL <csirt-staff@mindef.example.nl>",
    "Subject: FW: NCIA vacancy 270118 - Cyber Security Analyst (Incident Handling)",
    "",
    "All,",
    "",
    "FYI - a good opening at NCIA in The Hague, NG15. Note the closing date. Nomination by the national HR",
    "desk is NOT required for agency posts; apply directly. Questions to me before 5 Feb please.",
    "",
    "Jeroen",
    "",
    "-----Original Message-----",
    "> From: NCIA Talent Acquisition <noreply@ncia.example.int>",
    "> Sent: Thursday, 21 January 2027 09:12",
    "> To: National Liaison Officers distribution",
    "> Subject: New vacancy published: 270118",
    ">",
    quote(body104),
    ">",
    "> This e-mail was generated automatically on 21/01/2027. Please do not reply.",
    "",
])
add(F, lambda p: write_path(p, T104), notice_label(
    F, "Cyber Security Analyst (Incident Handling)", "NATO Communications and Information Agency",
    "The Hague, Netherlands", "A-2", "2027-02-14",
    ("university", ["computer science", "information security", "electrical engineering"], True,
     ["equivalent_experience"]),
    [(5, "cyber security operations"), (2, "incident handling in a CSIRT or SOC")],
    ("none", None, None, [], ["3333"]),
    [], True, [], "NATO SECRET", E104, D104))


# =================================================================== n105: DOCX, facts table then a requirements
# table No. | Requirement | Type (E/D), competencies table Competency | Behaviour
F = "notice_n105_docx_requirementstable_typecolumn_jfcbs_budgetofficer.docx"
E105 = [
    "University degree in finance, accounting, economics or business administration, or a recognised "
    "professional accountancy qualification (ACCA, CIMA, CPA or national equivalent).",
    "At least 4 years' experience in public-sector budgeting or financial management, of which 2 years in "
    "budget preparation.",
    "Working knowledge of NATO common funding rules.",
    "Minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in one; II "
    "(\"Elementary\") in the other.",
]
D105 = [
    "Experience with an ERP financial module (e.g. SAP FI/CO).",
    "Experience in a multinational headquarters.",
]


def n105(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    r = p.add_run("ALLIED JOINT FORCE COMMAND BRUNSSUM — CIVILIAN VACANCY")
    r.bold = True
    r.font.size = Pt(14)
    docx_table(d, [
        ["Post", "Staff Officer (Budget and Finance)"],
        ["Post number", "JFCBS FIN 0140"],
        ["Branch", "Financial Controller (FINCON)"],
        ["Grade", "A.2"],
        ["Location", "Brunssum, Netherlands"],
        ["Security clearance", "NATO SECRET"],
        ["Closing date", "5 March 2027"],
        ["Eligibility", "Nationals of NATO member nations"],
    ])
    d.add_paragraph("")
    d.add_paragraph("Main duties: prepares the command's annual budget submission, monitors execution and "
                    "drafts the mid-year review.")
    p = d.add_paragraph()
    p.add_run("Qualifications and experience").bold = True
    rows = [["No.", "Requirement", "Type"]]
    n = 1
    for item, typ in [(E105[0], "E"), (D105[0], "D"), (E105[1], "E"), (E105[2], "E"), (D105[1], "D"),
                      (E105[3], "E")]:
        rows.append([str(n), item, typ])
        n += 1
    docx_table(d, rows, bold_first_row=True)
    d.add_paragraph("E = essential, D = desirable.")
    p = d.add_paragraph()
    p.add_run("Competencies").bold = True
    docx_table(d, [
        ["Competency", "Behaviour"],
        ["Clarity and Accuracy", "Checks own and others' work"],
        ["Analytical Thinking", "Sees multiple relationships"],
        ["Teamwork", "Solicits inputs"],
    ], bold_first_row=True)
    d.add_paragraph("Document version 2 — 1 February 2027")
    d.save(path)


add(F, n105, notice_label(
    F, "Staff Officer (Budget and Finance)", "Allied Joint Force Command Brunssum", "Brunssum, Netherlands", "A-2",
    "2027-03-05",
    ("university", ["finance", "accounting", "economics", "business administration"], True,
     ["equivalent_qualification"]),
    [(4, "public-sector budgeting or financial management"), (2, "budget preparation")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Clarity and Accuracy", 3), ("Analytical Thinking", 3), ("Teamwork", 3)],
    True, [], "NATO SECRET", E105, D105))


# =================================================================== n106: PDF in two columns: duties in the left
# column, qualifications in the right one, facts in a band across the top
F = "notice_n106_pdf_twocolumns_rightquals_cmre_autonomyscientist.pdf"
E106 = [
    "A doctorate in robotics, computer science, electrical engineering or a closely related discipline.",
    "At least 6 years of post-doctoral research experience in autonomous underwater or surface vehicles.",
    "A record of peer-reviewed publications in the field.",
    "English: V (\"Advanced\").",
]
D106 = [
    "Experience of sea trials.",
    "Familiarity with ROS 2.",
]


def n106(path):
    pdf = PDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Centre for Maritime Research and Experimentation (CMRE)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "NATO Science and Technology Organization · Viale San Bartolomeo 400, La Spezia",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_fill_color(230, 236, 245)
    pdf.rect(15, pdf.get_y(), 180, 16, style="F")
    y = pdf.get_y() + 2
    pdf.set_xy(18, y)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, "Scientist (Autonomous Systems)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(18)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Grade A-3  ·  La Spezia, Italy  ·  Vacancy CMRE 27/05  ·  Apply by 22 March 2027  ·  "
                   "Clearance: NATO SECRET", new_x="LMARGIN", new_y="NEXT")
    top = y + 20
    LX, RX, W = 15, 108, 87

    def col(x, yy, blocks):
        pdf.set_xy(x, yy)
        for head, lines in blocks:
            pdf.set_x(x)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.cell(W, 6, head, new_x="LEFT", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9.5)
            for ln in lines:
                pdf.set_x(x)
                pdf.multi_cell(W, 4.8, ln, new_x="LEFT", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(3)

    col(LX, top, [
        ("The Centre", ["CMRE conducts maritime research for the Alliance, operating the research vessel NRV "
                        "Alliance and a fleet of autonomous vehicles."]),
        ("Duties", ["Leads research on collaborative autonomy for heterogeneous vehicle teams.",
                    "Plans and leads at-sea experiments with Allied navies.",
                    "Supervises two junior scientists and visiting researchers.",
                    "Publishes results and represents CMRE at STO panels."]),
        ("Contract", ["Three-year definite-duration contract, renewable. Only nationals of NATO member "
                      "nations are eligible."]),
    ])
    col(RX, top, [
        ("Essential qualifications", ["• " + e for e in E106]),
        ("Desirable qualifications", ["• " + d for d in D106]),
        ("How to apply", ["Through the STO recruitment portal. Published 25 January 2027."]),
    ])
    pdf.output(path)


add(F, n106, notice_label(
    F, "Scientist (Autonomous Systems)", "Centre for Maritime Research and Experimentation", "La Spezia, Italy",
    "A-3", "2027-03-22",
    ("doctorate", ["robotics", "computer science", "electrical engineering"], True, []),
    [(6, "post-doctoral research experience in autonomous underwater or surface vehicles")],
    ("each", None, None, [("English", "V")], []),
    [], True, [], "NATO SECRET", E106, D106))


# =================================================================== n107: French-first bilingual plain text: the
# complete French notice, then "ENGLISH VERSION" with the same content; labelled from the English version
F = "notice_n107_frenchfirst_bilingual_txt_is_em_protocolassistant.txt"
E107 = [
    "A good general education at least to higher secondary level.",
    "At least 3 years' experience in protocol, event organisation or VIP support, including 1 year in an "
    "international organisation or embassy.",
    "The following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") "
    "in one; III (\"Intermediate\") in the other.",
    "Advanced user of Microsoft Office.",
]
D107 = [
    "Knowledge of a third NATO language.",
    "Experience in a ministry of foreign affairs or defence.",
]
F107 = [
    "Avoir une bonne formation générale, au moins du niveau de l'enseignement secondaire supérieur.",
    "Avoir au moins 3 ans d'expérience dans le protocole, l'organisation d'événements ou l'accueil de "
    "personnalités, dont 1 an dans une organisation internationale ou une ambassade.",
    "Avoir au minimum les niveaux suivants dans les langues officielles de l'OTAN (anglais/français) : IV "
    "(« Intermédiaire supérieur ») dans l'une ; III (« Intermédiaire ») dans l'autre.",
    "Maîtriser la suite Microsoft Office (utilisateur avancé).",
]
FD107 = ["Connaissance d'une troisième langue de l'OTAN.",
         "Expérience dans un ministère des affaires étrangères ou de la défense."]
T107 = "\n".join([
    "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD / NORTH ATLANTIC TREATY ORGANIZATION",
    "Secrétariat international / International Staff",
    "",
    "=== VERSION FRANÇAISE ===",
    "",
    "Titre du poste : Assistant(e) (Protocole)",
    "Division : Division Gestion exécutive (EM) – Service du protocole",
    "Lieu : Bruxelles (Belgique)",
    "Grade : B.4",
    "Date limite de dépôt des candidatures : 8 mars 2027",
    "Habilitation de sécurité : OTAN SECRET",
    "Ouvert uniquement aux ressortissants des pays membres de l'OTAN.",
    "",
    "QUALIFICATIONS ET EXPÉRIENCE",
    "ESSENTIELLES",
    "Le/la titulaire doit :",
] + [wrap(x, 92, ind="- ") for x in F107] + [
    "SOUHAITABLES",
    "Les éléments suivants seraient un atout :",
] + [wrap(x, 92, ind="- ") for x in FD107] + [
    "",
    "COMPÉTENCES",
    "- Souci du service au client : Assume personnellement la correction des problèmes ;",
    "- Flexibilité : S'adapte aux situations imprévues ;",
    "- Sensibilité organisationnelle : Comprend le climat et la culture de l'organisation.",
    "",
    "=== ENGLISH VERSION ===",
    "",
    "Post title: Assistant (Protocol)",
    "Division: Executive Management Division (EM) – Protocol Service",
    "Location: Brussels, Belgium",
    "Grade: B.4",
    "Closing date: 8 March 2027",
    "Security clearance: NATO SECRET",
    "Open to nationals of NATO member countries only.",
    "",
    "QUALIFICATIONS AND EXPERIENCE",
    "ESSENTIAL",
    "The incumbent must have:",
] + [wrap(x, 92, ind="- ") for x in E107] + [
    "DESIRABLE",
    "The following would be considered an advantage:",
] + [wrap(x, 92, ind="- ") for x in D107] + [
    "",
    "COMPETENCIES",
    "- Customer Service Orientation: Takes personal responsibility for correcting problems;",
    "- Flexibility: Adapts to unforeseen situations;",
    "- Organisational Awareness: Understands organisational climate and culture.",
    "",
    "Publié le / Published: 28/01/2027",
    "",
])
add(F, lambda p: write_path(p, T107), notice_label(
    F, "Assistant (Protocol)", "Executive Management Division", "Brussels, Belgium", "B-4", "2027-03-08",
    ("secondary", [], True, []),
    [(3, "protocol, event organisation or VIP support"), (1, "an international organisation or embassy")],
    ("one_high_other_low", "IV", "III", [], []),
    [("Customer Service Orientation", 3), ("Flexibility", 3), ("Organisational Awareness", 3)],
    True, [], "NATO SECRET", E107, D107))


# =================================================================== n108: HTML with Bootstrap-style accordions
# (button headers, collapsed div bodies with aria attributes), facts as badges, a "similar jobs" rail
F = "notice_n108_html_bootstrapaccordion_act_wargamingspecialist.html"
E108 = [
    "A university degree in operations research, game design, political science or a related discipline, or "
    "completion of a national or NATO staff college.",
    "At least 7 years' experience designing or running wargames or exercises, 2 of them at the operational or "
    "strategic level.",
    "Knowledge of NATO's defence planning and exercise processes.",
    "English: SLP 3333.",
]
D108 = [
    "Experience with computer-assisted wargaming tools.",
    "Publications or conference papers on wargaming.",
]


def acc(i, head, inner, shown=False):
    return (f'<div class="accordion-item">\n<h2 class="accordion-header" id="h{i}">'
            f'<button class="accordion-button{"" if shown else " collapsed"}" type="button" data-bs-toggle="collapse" '
            f'data-bs-target="#c{i}" aria-expanded="{str(shown).lower()}" aria-controls="c{i}">{head}</button></h2>\n'
            f'<div id="c{i}" class="accordion-collapse collapse{" show" if shown else ""}" aria-labelledby="h{i}">'
            f'<div class="accordion-body">\n{inner}\n</div></div></div>')


def ul(items):
    return "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in items) + "</ul>"


T108 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Wargaming Specialist | HQ SACT Careers</title>
<link rel="stylesheet" href="/css/bootstrap.min.css"></head>
<body>
<nav class="navbar"><a href="/">ACT Careers</a> <a href="/jobs">All jobs</a> <a href="/login">Sign in</a></nav>
<main class="container">
<p class="breadcrumb">Home › Jobs › 2027-ACT-031</p>
<h1>Wargaming Specialist</h1>
<p class="lead">Headquarters Supreme Allied Commander Transformation — Capability Development Directorate</p>
<p><span class="badge">Norfolk, United States</span> <span class="badge">A-3</span>
<span class="badge">NATO SECRET</span> <span class="badge">Closes 15 March 2027</span></p>
<div class="accordion" id="jobAccordion">
{acc(1, "About the role", "<p>HQ SACT is building NATO's wargaming capability. You will design and run "
     "analytical wargames that inform capability development and the NATO Defence Planning Process.</p>", True)}
{acc(2, "Essential requirements", ul(E108))}
{acc(3, "Desirable requirements", ul(D108))}
{acc(4, "Competencies", "<ul><li>Conceptual Thinking: Creates new concepts.</li>"
     "<li>Impact and Influence: Takes multiple actions to persuade.</li></ul>")}
{acc(5, "Eligibility and contract", "<p>Only nationals of NATO member nations may apply. Initial contract of "
     "three years.</p>")}
</div>
<aside class="similar"><h3>Similar jobs</h3><ul><li>Operational Research Analyst — Norfolk — closes 2 April 2027</li>
<li>Exercise Planner — Stavanger — closes 28 February 2027</li></ul></aside>
<footer><p>Posted 2 February 2027 · Job ID 2027-ACT-031 · <a href="/privacy">Privacy</a></p></footer>
</main></body></html>
"""
add(F, lambda p: write_path(p, T108), notice_label(
    F, "Wargaming Specialist", "Headquarters Supreme Allied Commander Transformation", "Norfolk, United States",
    "A-3", "2027-03-15",
    ("university", ["operations research", "game design", "political science"], True, ["military_staff_college"]),
    [(7, "designing or running wargames or exercises"), (2, "the operational or strategic level")],
    ("none", None, None, [], ["3333"]),
    [("Conceptual Thinking", 5), ("Impact and Influence", 3)],
    True, [], "NATO SECRET", E108, D108))


# =================================================================== n109: modern plain-text notice: essentials only
# under "What you bring", desirables under "Nice to have", facts in a one-line header
F = "notice_n109_whatyoubring_nicetohave_nspa_dataengineer.txt"
E109 = [
    "A bachelor's degree in computer science, data engineering or mathematics.",
    "4+ years building data pipelines in production, ideally in a cloud environment.",
    "Strong SQL and Python.",
    "English at NATO level V (\"Advanced\").",
]
D109 = [
    "French at NATO level II.",
    "Experience with Azure Synapse or Databricks.",
    "A master's degree.",
]
T109 = "\n".join([
    "NSPA | Data Engineer | Capellen, Luxembourg | A-2 | apply by 28 Feb 2027",
    "",
    "Hi! We're the NATO Support and Procurement Agency's Data & Analytics team.",
    "",
    "What you'll do",
    "* Build and run the pipelines that feed our supply-chain dashboards.",
    "* Work with logisticians and buyers to turn questions into data products.",
    "",
    "What you bring",
] + ["* " + x for x in E109] + [
    "",
    "Nice to have",
] + ["* " + x for x in D109] + [
    "",
    "Good to know",
    "* Open to nationals of NATO member countries only.",
    "* You'll need a NATO SECRET security clearance (we start the process after the offer).",
    "* Contract: 3 years, renewable. Hybrid work up to 2 days a week.",
    "",
    "Posted 30 Jan 2027 · 412 views · Share",
    "",
])
add(F, lambda p: write_path(p, T109), notice_label(
    F, "Data Engineer", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "A-2", "2027-02-28",
    ("bachelor", ["computer science", "data engineering", "mathematics"], True, []),
    [(4, "building data pipelines in production")],
    ("each", None, None, [("English", "V")], []),
    [], True, [], "NATO SECRET", E109, D109))


# =================================================================== n110: DOCX whose grade is stated only in the
# page footer (with the reference and classification); the body never names a grade
F = "notice_n110_docx_gradeinfooter_is_ops_crisisexercises.docx"
E110 = [
    "possess a university degree in international relations, political science, security studies or a related "
    "discipline, or an equivalent level of qualification;",
    "have at least 3 years' experience in crisis management or exercise planning;",
    "have experience of drafting scenarios and exercise instructions;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "I (\"Beginner\") in the other.",
]
D110 = [
    "experience in a national crisis centre or a NATO/EU body;",
    "knowledge of the NATO Crisis Response System.",
]


def n110(path):
    d = new_docx(10.5)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "NATO UNCLASSIFIED  ·  IS/OPS/27-017  ·  Grade A.2  ·  Officer (Crisis Management Exercises)"
    hp = sec.header.paragraphs[0]
    hp.text = "NORTH ATLANTIC TREATY ORGANIZATION — INTERNATIONAL STAFF"
    p = d.add_paragraph()
    r = p.add_run("Officer (Crisis Management Exercises)")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Operations Division, Crisis Management and Preparedness Directorate")
    d.add_paragraph("Location: Brussels, Belgium")
    d.add_paragraph("Closing date: 1 March 2027 (midnight Brussels time)")
    d.add_paragraph("Open to nationals of NATO member states only. Security clearance: NATO SECRET.")
    p = d.add_paragraph()
    p.add_run("1. SUMMARY").bold = True
    d.add_paragraph("The Crisis Management Exercises Section plans NATO's annual crisis management exercise "
                    "(CMX) and supports national exercises.")
    p = d.add_paragraph()
    p.add_run("2. QUALIFICATIONS AND EXPERIENCE").bold = True
    d.add_paragraph("ESSENTIAL — The incumbent must:")
    for e in E110:
        d.add_paragraph(e, style="List Bullet")
    d.add_paragraph("DESIRABLE — The following would be considered an advantage:")
    for x in D110:
        d.add_paragraph(x, style="List Bullet")
    p = d.add_paragraph()
    p.add_run("3. COMPETENCIES").bold = True
    d.add_paragraph("The incumbent must demonstrate:")
    for c in ["Achievement: Creates own measures of excellence;",
              "Initiative: Is decisive in a time-sensitive situation;",
              "Teamwork: Solicits inputs and encourages others."]:
        d.add_paragraph(c, style="List Bullet")
    d.save(path)


add(F, n110, notice_label(
    F, "Officer (Crisis Management Exercises)", "Operations Division", "Brussels, Belgium", "A-2", "2027-03-01",
    ("university", ["international relations", "political science", "security studies"], True,
     ["equivalent_qualification"]),
    [(3, "crisis management or exercise planning")],
    ("one_high_other_low", "V", "I", [], []),
    [("Achievement", 3), ("Initiative", 3), ("Teamwork", 4)],
    True, [], "NATO SECRET", E110, D110))


# =================================================================== n111: PDF notice of a programme office that names
# its eligible nations (twelve Strategic Airlift Capability nations) in a boxed eligibility panel
F = "notice_n111_pdf_namednations_box_namp_airworthiness.pdf"
E111 = [
    "A university degree in aeronautical or mechanical engineering.",
    "At least 5 years' experience in continuing airworthiness management of large transport aircraft.",
    "Knowledge of EMAR or EASA Part-M/Part-CAMO requirements.",
    "English: NATO level V (\"Advanced\").",
]
D111 = [
    "Experience with the C-17 or a comparable military transport aircraft.",
    "A master's degree in engineering.",
]
N111 = ["Bulgaria", "Estonia", "Finland", "Hungary", "Lithuania", "Netherlands", "Norway", "Poland", "Romania",
        "Slovenia", "Sweden", "United States"]


def n111(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.footer_text = "NSPA/NAMP/VN/27-09  ·  page {p}"
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "NATO SUPPORT AND PROCUREMENT AGENCY", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, "NATO Airlift Management Programme (NAMP) — Pápa Air Base, Hungary", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Airworthiness Engineer", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Grade: A-2    Location: Pápa, Hungary    Closing date: 10 March 2027    Security clearance: "
             "NATO SECRET", 9.5)
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_draw_color(0, 70, 140)
    pdf.set_fill_color(235, 242, 250)
    pdf.rect(20, y, 170, 24, style="DF")
    pdf.set_xy(23, y + 2)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(0, 5, "ELIGIBILITY", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(23)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(164, 4.6, "This post is open only to nationals of the twelve nations participating in the "
                   "Strategic Airlift Capability: " + ", ".join(N111[:-1]) + " and the " + N111[-1] + ".")
    pdf.set_xy(20, y + 28)
    pdf.heading("Role", 11)
    pdf.para("The Airworthiness Engineer keeps the continuing airworthiness of the three C-17 aircraft of the "
             "Heavy Airlift Wing under EMAR and national regulations.", 9.5)
    pdf.heading("Essential qualifications", 11)
    for e in E111:
        pdf.para("– " + e, 9.5)
    pdf.heading("Desirable qualifications", 11)
    for x in D111:
        pdf.para("– " + x, 9.5)
    pdf.output(path)


add(F, n111, notice_label(
    F, "Airworthiness Engineer", "NATO Support and Procurement Agency", "Pápa, Hungary", "A-2", "2027-03-10",
    ("university", ["aeronautical engineering", "mechanical engineering"], True, []),
    [(5, "continuing airworthiness management of large transport aircraft")],
    ("each", None, None, [("English", "V")], []),
    [], True, N111, "NATO SECRET", E111, D111))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
