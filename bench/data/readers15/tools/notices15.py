"""Notices of corpus 15 (n120-n127). Each notice is written with its hand-written label beside it.

The essential/desirable item lists are written once and used both in the document and in the label, so the
label holds the items exactly as the document states them. Every other label field is set by hand.
"""
import html
import os

from docx.shared import Pt

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label

DOCS = []


def add(file, writer, label):
    DOCS.append((file, writer, label))


def write_path(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# =================================================================== n120: a plain e-mail from a colleague with the
# notice pasted into the body (no quote marks), chatty dates and a signature with a phone around it
F = "notice_n120_email_pastedbody_chattydates_ncia_servicedelivery.txt"
E120 = [
    "A university degree in information technology, computer science or business administration, or equivalent "
    "professional experience.",
    "At least 5 years' experience in IT service management, of which 2 years managing service level agreements "
    "with external customers.",
    "ITIL 4 Foundation certification.",
    "Experience in preparing service performance reports for senior management.",
    "The following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "I (\"Beginner\") in the other.",
]
D120 = [
    "ITIL 4 Managing Professional or Strategic Leader designation.",
    "Experience with ServiceNow.",
    "Knowledge of NATO's Federated Mission Networking.",
]


def n120(path):
    t = "\n".join([
        "From: Tomas Berg <tomas.berg@example.no>",
        "To: Ingrid Solheim <ingrid.solheim@example.no>",
        "Date: Wed, 13 Jan 2027 08:41:12 +0100",
        "Subject: job for you? NCIA service delivery manager",
        "",
        "Hi Ingrid,",
        "",
        "saw this on the NCIA careers site last night and thought of you straight away. I think the deadline is",
        "end of February but check below - I copied the whole thing in because the link wants a login. Let's talk",
        "about it after the section meeting on 3 March if you don't get to it before... no, do it before :)",
        "",
        "Tomas",
        "",
        "",
        "Service Delivery Manager",
        "NATO Communications and Information Agency (NCIA)",
        "Location: The Hague, Netherlands",
        "Grade: NG15",
        "Vacancy number: 270118",
        "Closing date: 26 February 2027",
        "Security clearance: NATO SECRET",
        "Contract: 3 years, renewable",
        "",
        "Post context",
        "The Service Delivery Manager is accountable for the end-to-end delivery of the NCIA services provided to "
        "customers in the Netherlands and ensures that service levels are met.",
        "",
        "Main responsibilities",
        "Manages the service catalogue; chairs monthly service reviews with customers; coordinates incident and "
        "problem management with the Service Operations Centre.",
        "",
        "Essential qualifications",
    ] + ["- " + e for e in E120] + [
        "",
        "Desirable qualifications",
    ] + ["- " + e for e in D120] + [
        "",
        "Competencies",
        "Customer Service Orientation: Takes personal responsibility for correcting problems;",
        "Achievement: Improves performance;",
        "Teamwork: Expresses positive expectations of the team.",
        "",
        "Eligibility: this post is open to nationals of NATO member states only.",
        "",
        "--",
        "Tomas Berg",
        "Senior Engineer, Norwegian Defence Materiel Agency",
        "Mob: +47 555 12 345",
        "",
    ])
    write_path(path, t)


add(F, n120, notice_label(
    F, "Service Delivery Manager", "NATO Communications and Information Agency", "The Hague, Netherlands", "A-2",
    "2027-02-26",
    ("university", ["information technology", "computer science", "business administration"], True,
     ["equivalent_experience"]),
    [(5, "IT service management"), (2, "managing service level agreements with external customers")],
    ("one_high_other_low", "V", "I", [], []),
    [("Customer Service Orientation", 3), ("Achievement", 4), ("Teamwork", 2)],
    True, [], "NATO SECRET", E120, D120))

# =================================================================== n121: PDF whose requirements are two columns side
# by side: ESSENTIAL on the left, DESIRABLE on the right, starting on the same line
F = "notice_n121_pdf_twocolreqs_essentialleft_desirableright_jfcnp_cimic.pdf"
E121 = [
    "A university degree in political science, international relations, law or a related discipline.",
    "At least 6 years' experience in civil-military cooperation or stabilisation, including 2 years deployed in a "
    "crisis area.",
    "Experience in liaison with international organisations and non-governmental organisations.",
    "The following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "II (\"Elementary\") in the other.",
]
D121 = [
    "Completion of the NATO CIMIC Staff Course.",
    "A master's degree in a relevant field.",
    "Knowledge of Arabic.",
]


def n121(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "JFCNP Civilian Vacancy 27/031 – page {p}"
    pdf.add_page()
    pdf.set_margins(18, 16, 18)
    pdf.set_xy(18, 16)
    pdf.para("ALLIED JOINT FORCE COMMAND NAPLES", 10, "B", 5)
    pdf.para("CIMIC Analyst", 17, "B", 9)
    pdf.para("Location: Naples, Italy    Grade: A-3 (NATO Grade G17)    Closing date: 05 March 2027", 9.5, "", 5)
    pdf.para("Security clearance: NATO SECRET    Open to nationals of NATO member nations only.", 9.5, "", 5)
    pdf.heading("POST CONTEXT", 11)
    pdf.para("The CIMIC Analyst assesses the civil environment in the Joint Operations Area and advises the J9 "
             "Branch on interaction with civilian actors during crisis response operations.", 9.5, "", 5)
    pdf.heading("QUALIFICATIONS AND EXPERIENCE", 11)
    y0 = pdf.get_y()
    colw, gap = 84, 6
    xs = (18, 18 + colw + gap)
    for x, head, items in ((xs[0], "ESSENTIAL", E121), (xs[1], "DESIRABLE", D121)):
        pdf.set_xy(x, y0)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(colw, 6, head, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for it in items:
            pdf.set_x(x)
            pdf.multi_cell(colw, 4.8, "▪ " + it, new_x="LEFT", new_y="NEXT")
            pdf.ln(1.5)
        if x == xs[0]:
            y_end = pdf.get_y()
    pdf.set_xy(18, max(y_end, pdf.get_y()) + 3)
    pdf.heading("COMPETENCIES", 11)
    pdf.para("Flexibility: Adapts strategy.", 9.5, "", 5)
    pdf.para("Organisational Awareness: Understands informal structure.", 9.5, "", 5)
    pdf.para("Impact and Influence: Calculates the impact of one's actions or words.", 9.5, "", 5)
    pdf.heading("CONTRACT", 11)
    pdf.para("Three-year definite duration contract; the first six months are probationary. Published 18 January "
             "2027.", 9.5, "", 5)
    pdf.output(path)


add(F, n121, notice_label(
    F, "CIMIC Analyst", "Allied Joint Force Command Naples", "Naples, Italy", "A-3", "2027-03-05",
    ("university", ["political science", "international relations", "law"], True, []),
    [(6, "civil-military cooperation or stabilisation"), (2, "deployed in a crisis area")],
    ("one_high_other_low", "V", "II", [], []),
    [("Flexibility", 4), ("Organisational Awareness", 2), ("Impact and Influence", 4)],
    True, [], "NATO SECRET", E121, D121))

# =================================================================== n122: HTML careers page with nested lists
# (Requirements > Essential / Desirable > items; competencies as a nested list), "Posted" before "Closing date"
F = "notice_n122_html_nestedlists_postedclosing_nspa_fuelengineer.html"
E122 = [
    "A university degree in mechanical engineering, civil engineering or chemical engineering.",
    "A minimum of 7 years' experience in the design or maintenance of fuel infrastructure, of which at least 3 "
    "years in petroleum pipeline systems.",
    "Knowledge of international standards for petroleum installations (e.g. API, EN).",
    "English: NATO level V; French: NATO level II.",
]
D122 = [
    "Chartered engineer status or equivalent.",
    "Experience with SCADA systems.",
]


def n122(path):
    li = lambda xs: "\n".join(f"            <li>{html.escape(x, quote=False)}</li>" for x in xs)
    t = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Engineer (Fuel Infrastructure) | NSPA Careers</title></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Vacancies</a><ul><li><a href="/jobs/civ">Civilian</a></li>
<li><a href="/jobs/int">Internships</a></li></ul></li><li><a href="/faq">FAQ</a></li></ul></nav></header>
<main>
<h1>Engineer (Fuel Infrastructure)</h1>
<ul class="facts">
  <li>Organisation: NATO Support and Procurement Agency</li>
  <li>Location: Capellen, Luxembourg</li>
  <li>Grade: G15</li>
  <li>Posted: 20.01.2027</li>
  <li>Closing date: 19.03.2027</li>
  <li>Clearance: NATO SECRET</li>
</ul>
<h2>Role</h2>
<p>The incumbent supports NATO nations with the engineering of fuel storage and pipeline systems and reviews
designs submitted by contractors.</p>
<h2>Profile</h2>
<ul class="requirements">
  <li>Requirements
    <ul>
      <li>Essential
        <ul>
{li(E122)}
        </ul>
      </li>
      <li>Desirable
        <ul>
{li(D122)}
        </ul>
      </li>
    </ul>
  </li>
  <li>Competencies
    <ul>
      <li>Analytical Thinking
        <ul><li>Makes complex plans or analyses</li></ul></li>
      <li>Clarity and Accuracy
        <ul><li>Checks own and others' work</li></ul></li>
      <li>Initiative
        <ul><li>Acts up to 2 months ahead</li></ul></li>
    </ul>
  </li>
</ul>
<p>Only nationals of NATO member countries are eligible.</p>
</main>
<aside><h3>Related vacancies</h3><ul><li>Procurement Officer (Fuels) – closing 02.03.2027</li>
<li>Technician (Pipeline Control) – closing 28.02.2027</li></ul></aside>
<footer><p>&copy; 2027 NSPA · Privacy · Cookies</p></footer>
</body>
</html>
"""
    write_path(path, t)


add(F, n122, notice_label(
    F, "Engineer (Fuel Infrastructure)", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "A-2",
    "2027-03-19",
    ("university", ["mechanical engineering", "civil engineering", "chemical engineering"], True, []),
    [(7, "the design or maintenance of fuel infrastructure"), (3, "petroleum pipeline systems")],
    ("each", None, None, [("English", "V"), ("French", "II")], []),
    [("Analytical Thinking", 4), ("Clarity and Accuracy", 3), ("Initiative", 4)],
    True, [], "NATO SECRET", E122, D122))

# =================================================================== n123: DOCX whose requirements are a two-column
# table Essential | Desirable, rows pairing unrelated items, right column shorter (empty cells)
F = "notice_n123_docx_essdestable_sidebyside_shape_resilience.docx"
E123 = [
    "A university degree in political science, public administration, emergency management or a related field, or "
    "completion of a national or NATO staff college.",
    "At least 8 years' experience in civil preparedness or crisis management, of which 3 years at a national "
    "strategic level.",
    "Knowledge of NATO's seven baseline requirements for national resilience.",
    "English: SLP 3333 (STANAG 6001).",
]
D123 = [
    "Experience of working in a multinational headquarters.",
    "French: SLP 2222 (STANAG 6001).",
]


def n123(path):
    d = new_docx()
    p = d.add_paragraph()
    r = p.add_run("SUPREME HEADQUARTERS ALLIED POWERS EUROPE")
    r.bold = True
    d.add_paragraph("Civilian Human Resources Management – Vacancy Notice SHAPE 27/019")
    p = d.add_paragraph()
    r = p.add_run("Staff Officer (Resilience)")
    r.bold = True
    r.font.size = Pt(16)
    docx_table(d, [("Location", "Mons, Belgium"), ("NATO Grade", "G17"), ("Application deadline", "10 March 2027"),
                   ("Security clearance", "NATO SECRET"), ("Eligibility", "Nationals of NATO member nations")])
    d.add_paragraph()
    d.add_paragraph("Post summary: the incumbent supports the assessment of Allies' civil preparedness and the "
                    "Civil Military Planning and Support Section in resilience planning.")
    p = d.add_paragraph()
    p.add_run("Qualifications").bold = True
    rows = [("Essential", "Desirable")]
    for i in range(max(len(E123), len(D123))):
        rows.append((E123[i] if i < len(E123) else "", D123[i] if i < len(D123) else ""))
    docx_table(d, rows, bold_first_row=True)
    d.add_paragraph()
    d.add_paragraph("Competencies: Conceptual Thinking: Applies complex concepts; Teamwork: Solicits inputs.")
    d.add_paragraph("Form version 4.2 of 01 October 2025.").runs[0].font.size = Pt(8)
    d.save(path)


add(F, n123, notice_label(
    F, "Staff Officer (Resilience)", "Supreme Headquarters Allied Powers Europe", "Mons, Belgium", "A-3",
    "2027-03-10",
    ("university", ["political science", "public administration", "emergency management"], True,
     ["military_staff_college"]),
    [(8, "civil preparedness or crisis management"), (3, "a national strategic level")],
    ("none", None, None, [], ["3333"]),
    [("Conceptual Thinking", 3), ("Teamwork", 3)],
    True, [], "NATO SECRET", E123, D123))

# =================================================================== n124: notice wholly in French (IS), field
# "de préférence", years in words, V/I in French quotes, competencies with French names only
F = "notice_n124_fr_francais_depreference_cinqannees_is_planificationdefense.txt"
E124 = [
    "être titulaire d'un diplôme universitaire, de préférence en sciences politiques, relations internationales "
    "ou économie.",
    "avoir au moins cinq années d'expérience dans la planification de défense, dont deux années dans une "
    "administration nationale de défense.",
    "avoir une connaissance approfondie du processus OTAN de planification de défense (NDPP).",
    "posséder les niveaux minimums suivants dans les langues officielles de l'OTAN (anglais/français) : V "
    "(« Avancé ») dans l'une ; I (« Débutant ») dans l'autre.",
]
D124 = [
    "un diplôme de niveau master.",
    "une expérience au sein d'une organisation internationale.",
]


def n124(path):
    t = "\n".join([
        "OTAN – AVIS DE VACANCE",
        "",
        "Intitulé du poste : Administrateur/Administratrice (Planification de défense)",
        "Organisation : Secrétariat international de l'OTAN",
        "Lieu : Bruxelles, Belgique",
        "Grade : A.2",
        "Date de publication : 15 janvier 2027",
        "Date limite de dépôt des candidatures : 7 mars 2027",
        "Référence : 270107",
        "",
        "1. RÉSUMÉ",
        "Au sein de la Division Politique de défense et planification, le/la titulaire contribue à la "
        "préparation des objectifs capacitaires et à l'évaluation des plans nationaux.",
        "",
        "2. QUALIFICATIONS ET EXPÉRIENCE",
        "ESSENTIELLES",
        "Le/la titulaire doit :",
    ] + ["- " + e for e in E124] + [
        "",
        "SOUHAITABLES",
        "Les éléments suivants seraient un atout :",
    ] + ["- " + e for e in D124] + [
        "",
        "3. COMPÉTENCES",
        "Le/la titulaire doit faire preuve des compétences suivantes :",
        "Réflexion analytique : Fait des analyses complexes ;",
        "Travail en équipe : Sollicite les contributions et encourage les autres ;",
        "Initiative : Fait preuve d'esprit de décision dans une situation urgente.",
        "",
        "4. CONDITIONS",
        "Ce poste est ouvert uniquement aux ressortissants des pays membres de l'OTAN. Le/la candidat(e) retenu(e) "
        "devra obtenir une habilitation de sécurité OTAN SECRET. Contrat de trois ans, renouvelable.",
        "",
    ])
    write_path(path, t)


add(F, n124, notice_label(
    F, "Administrateur/Administratrice (Planification de défense)", "Secrétariat international de l'OTAN",
    "Bruxelles, Belgique", "A-2", "2027-03-07",
    ("university", ["sciences politiques", "relations internationales", "économie"], False, []),
    [(5, "la planification de défense"), (2, "une administration nationale de défense")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 4), ("Teamwork", 4), ("Initiative", 3)],
    True, [], "NATO SECRET", E124, D124))

# =================================================================== n125: agency notice (DOCX, annex to a letter,
# Word numbered list) open only to the four participating nations named in a sentence
F = "notice_n125_docx_annexletter_fournations_netma_contracts.docx"
E125 = [
    "A university degree in law, business administration or economics, or equivalent professional experience.",
    "At least 4 years' experience in the negotiation and management of complex defence contracts.",
    "Experience in applying international contract law.",
    "English: SLP 3333.",
]
D125 = [
    "Knowledge of German, Italian or Spanish at SLP 2222.",
    "Familiarity with the Eurofighter programme.",
]


def n125(path):
    d = new_docx()
    d.add_paragraph("NETMA/HR/27/004                                                  Hallbergmoos, 11 January 2027")
    d.add_paragraph("To: National Delegations (DEU, ITA, ESP, GBR)")
    d.add_paragraph("Subject: Publication of vacancy – Contracts Officer (Typhoon Support)")
    d.add_paragraph("Please find at Annex A the vacancy notice, which we kindly ask you to circulate nationally.")
    d.add_paragraph("Head of Human Resources")
    d.add_page_break()
    p = d.add_paragraph()
    r = p.add_run("ANNEX A – VACANCY NOTICE")
    r.bold = True
    p = d.add_paragraph()
    r = p.add_run("Contracts Officer (Typhoon Support)")
    r.bold = True
    r.font.size = Pt(15)
    for ln in ("Agency: NATO Eurofighter and Tornado Management Agency", "Duty station: Hallbergmoos, Germany",
               "Grade: A-2", "Closing date: 26 March 2027", "Security clearance: NATO SECRET"):
        d.add_paragraph(ln)
    d.add_paragraph("Eligibility: This post is open only to nationals of the four NETMA nations: Germany, Italy, "
                    "Spain and the United Kingdom.")
    d.add_paragraph("Duties: the incumbent negotiates and administers support contracts with the industrial "
                    "partners of the Typhoon programme.")
    p = d.add_paragraph()
    p.add_run("Essential requirements").bold = True
    for e in E125:
        d.add_paragraph(e, style="List Number")
    p = d.add_paragraph()
    p.add_run("Desirable requirements").bold = True
    for e in D125:
        d.add_paragraph(e, style="List Bullet")
    d.save(path)


add(F, n125, notice_label(
    F, "Contracts Officer (Typhoon Support)", "NATO Eurofighter and Tornado Management Agency",
    "Hallbergmoos, Germany", "A-2", "2027-03-26",
    ("university", ["law", "business administration", "economics"], True, ["equivalent_experience"]),
    [(4, "the negotiation and management of complex defence contracts")],
    ("none", None, None, [], ["3333"]),
    [],
    True, ["Germany", "Italy", "Spain", "United Kingdom"], "NATO SECRET", E125, D125))

# =================================================================== n126: two-page PDF, B-grade (G12), facts table,
# secondary education "preferably with", IV/I, "Page x of 2" furniture, desirable list on page 2
F = "notice_n126_pdf_bgrade_factstable_pagebreak_jfcbs_financeassistant.pdf"
E126 = [
    "A good general education at least to higher secondary level, preferably with a qualification in accounting "
    "or bookkeeping.",
    "At least 3 years' experience in financial administration, including 1 year using an ERP system.",
    "Advanced knowledge of Microsoft Excel.",
    "The following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in "
    "one; I (\"Beginner\") in the other.",
]
D126 = [
    "Experience with NATO Financial Regulations.",
    "Knowledge of Dutch or German.",
]


def n126(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "Page {p} of 2"
    pdf.header_text = "NATO UNCLASSIFIED – JFCBS Vacancy 27/012"
    pdf.add_page()
    pdf.set_margins(20, 18, 20)
    pdf.set_xy(20, 18)
    pdf.para("Allied Joint Force Command Brunssum", 11, "B", 6)
    pdf.para("Assistant (Budget and Finance)", 16, "B", 9)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(50, 120), width=170, line_height=6, first_row_as_headings=False) as t:
        for a, b in (("Location", "Brunssum, Netherlands"), ("Grade", "B-5 (G12)"),
                     ("Deadline for applications", "15/03/2027"), ("Security clearance", "NATO SECRET"),
                     ("Eligibility", "Nationals of NATO member states")):
            r = t.row()
            r.cell(a)
            r.cell(b)
    pdf.ln(4)
    pdf.heading("1. Duties", 11)
    pdf.para("Records commitments and payments, prepares budget execution reports and supports the annual "
             "financial statements of the Headquarters. " * 3, 9.5, "", 5)
    pdf.heading("2. Essential qualifications", 11)
    for e in E126:
        pdf.para("• " + e, 9.5, "", 5)
        pdf.ln(1)
    pdf.heading("3. Competencies", 11)
    pdf.para("Clarity and Accuracy: Checks own work.", 9.5, "", 5)
    pdf.para("Customer Service Orientation: Maintains clear communication.", 9.5, "", 5)
    pdf.add_page()
    pdf.set_xy(20, 18)
    pdf.heading("4. Desirable qualifications", 11)
    for e in D126:
        pdf.para("• " + e, 9.5, "", 5)
    pdf.heading("5. How to apply", 11)
    pdf.para("Apply through the NATO Talent Acquisition Platform. Tests are planned for April 2027.", 9.5, "", 5)
    pdf.output(path)


add(F, n126, notice_label(
    F, "Assistant (Budget and Finance)", "Allied Joint Force Command Brunssum", "Brunssum, Netherlands", "B-5",
    "2027-03-15",
    ("secondary", ["accounting", "bookkeeping"], False, []),
    [(3, "financial administration"), (1, "using an ERP system")],
    ("one_high_other_low", "IV", "I", [], []),
    [("Clarity and Accuracy", 2), ("Customer Service Orientation", 2)],
    True, [], "NATO SECRET", E126, D126))

# =================================================================== n127: linguist post, capitals military date
# "24 FEB 2027", L-grade, two STANAG profiles (English and Polish), facts as a tab-separated block
F = "notice_n127_lgrade_twoslps_capsdate_mncne_translator.txt"
E127 = [
    "A university degree in translation, linguistics or English philology.",
    "A minimum of 3 years' experience in translation and interpretation in a military or government "
    "environment.",
    "English: STANAG 6001 SLP 4443.",
    "Polish: STANAG 6001 SLP 4444.",
]
D127 = [
    "Experience in simultaneous interpretation.",
    "Knowledge of German.",
]


def n127(path):
    t = "\n".join([
        "HEADQUARTERS MULTINATIONAL CORPS NORTHEAST",
        "CIVILIAN VACANCY NOTICE 01/27",
        "",
        "POST TITLE:\tTranslator/Interpreter (Polish-English)",
        "LOCATION:\tSzczecin, Poland",
        "GRADE:\t\tL-2",
        "CLOSING DATE:\t24 FEB 2027",
        "CLEARANCE:\tNATO SECRET",
        "ISSUED:\t\t18 JAN 2027",
        "",
        "ELIGIBILITY",
        "Applicants must be nationals of a NATO member state.",
        "",
        "DUTIES",
        "Translates staff documents between Polish and English, interprets at meetings with Polish authorities "
        "and maintains the HQ terminology database.",
        "",
        "ESSENTIAL QUALIFICATIONS",
    ] + [f"{i}) {e}" for i, e in enumerate(E127, 1)] + [
        "",
        "DESIRABLE QUALIFICATIONS",
    ] + [f"{i}) {e}" for i, e in enumerate(D127, 1)] + [
        "",
        "Testing (written translation test) will take place in week 11/2027 in Szczecin.",
        "",
    ])
    write_path(path, t)


add(F, n127, notice_label(
    F, "Translator/Interpreter (Polish-English)", "Headquarters Multinational Corps Northeast", "Szczecin, Poland",
    "L-2", "2027-02-24",
    ("university", ["translation", "linguistics", "English philology"], True, []),
    [(3, "translation and interpretation in a military or government environment")],
    ("none", None, None, [], ["4443", "4444"]),
    [],
    True, [], "NATO SECRET", E127, D127))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
