"""Notices of corpus 11 (n96-n103). Each notice is written with its hand-written label beside it.

The essential/desirable item lists are written once and used both in the document and in the label, so the
label holds the items exactly as the document states them. Every other label field is set by hand.
"""
import html
import json
import os
import textwrap

from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label

DOCS = []


def write_path(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def add(file, writer, label):
    DOCS.append((file, writer, label))


def wrap(s, w=96, ind=""):
    return textwrap.fill(s, w, initial_indent=ind, subsequent_indent=" " * len(ind), break_long_words=False,
                         break_on_hyphens=False)


# =================================================================== n96: PDF printed to text: page furniture ("NATO
# UNCLASSIFIED", "- 2 -", running title) cuts an essential item and the competencies in the middle
F = "notice_n96_pdftotext_pagefurniture_ndc_facultyadviser.txt"
E96 = [
    "A university degree in political science, international relations, history or a related discipline.",
    "At least 7 years' experience in security and defence policy, of which at least 3 years in teaching or research "
    "at a university, think tank or defence college.",
    "A record of publications on Euro-Atlantic security.",
    "The following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; III "
    "(\"Intermediate\") in the other.",
]
D96 = [
    "A doctorate in a relevant discipline.",
    "Experience of curriculum design for senior military and civilian students.",
    "Experience in a NATO or EU body.",
]
FURN = "\n\n                                     NATO UNCLASSIFIED\n\n\x0c                                     NATO UNCLASSIFIED\n" \
       "NDC/HR/VN 27-04                                                    Faculty Adviser (Security Policy)\n"
e2 = wrap(E96[1], ind="   b.  ").split("\n")
T96 = "\n".join([
    "                                     NATO UNCLASSIFIED",
    "                               Releasable to the Public",
    "",
    "                                 NATO DEFENSE COLLEGE",
    "                           Via Giorgio Pelosi 1, 00143 Roma",
    "",
    "NDC/HR/VN 27-04                                                              11 January 2027",
    "",
    "                                  VACANCY NOTICE",
    "",
    "Post title:        Faculty Adviser (Security Policy)",
    "Division:          Academic Policy Division (Faculty)",
    "Grade:             NATO A.3 (G17)",
    "Location:          Rome, Italy",
    "Closing date:      Monday, 8 March 2027 (23:59 Rome time)",
    "",
    "1. POST CONTEXT",
    wrap("The NATO Defense College (NDC) educates senior officers and officials of Allied and partner nations. The "
         "Faculty Adviser leads a committee of about twelve course members through the Senior Course, designs "
         "lectures and supervises research papers."),
    "",
    "2. QUALIFICATIONS AND EXPERIENCE",
    "ESSENTIAL",
    wrap(E96[0], ind="   a.  "),
    "\n".join(e2[:2]) + FURN + "\n".join(e2[2:]) if len(e2) > 2 else "\n".join(e2) + FURN,
    wrap(E96[2], ind="   c.  "),
    wrap(E96[3], ind="   d.  "),
    "",
    "DESIRABLE",
    "\n".join(wrap(x, ind=f"   {k}.  ") for k, x in zip("abc", D96)),
    "",
    "3. COMPETENCIES",
    "The incumbent must demonstrate:",
    "   Conceptual Thinking: Creates new concepts;",
    "   Impact and Influence: Uses indirect",
    "",
    "                                     NATO UNCLASSIFIED",
    "                                          - 2 -",
    "\x0c                                     NATO UNCLASSIFIED",
    "NDC/HR/VN 27-04                                                    Faculty Adviser (Security Policy)",
    "influence;",
    "   Organisational Awareness: Understands organisational politics.",
    "",
    "4. CONTRACT AND ELIGIBILITY",
    wrap("Open to nationals of NATO member states only. The successful candidate will be offered a 3-year "
         "definite-duration contract and must obtain a NATO SECRET security clearance before taking up the post. "
         "Interviews are planned for the week of 12 April 2027."),
    "",
    "                                     NATO UNCLASSIFIED",
    "                                          - 3 -",
    "",
])
add(F, lambda p, t=T96: write_path(p, t), notice_label(
    F, "Faculty Adviser (Security Policy)", "NATO Defense College", "Rome, Italy", "A-3", "2027-03-08",
    ("university", ["political science", "international relations", "history"], True, []),
    [(7, "security and defence policy"), (3, "teaching or research at a university, think tank or defence college")],
    ("one_high_other_low", "V", "III", [], []),
    [("Conceptual Thinking", 5), ("Impact and Influence", 5), ("Organisational Awareness", 4)],
    True, [], "NATO SECRET", E96, D96))


# =================================================================== n97: DOCX bilingual notice, English and French
# side by side in a two-column table (one row per paragraph)
F = "notice_n97_docx_bilingual_sidebyside_is_pasp_armscontrol.docx"
E97 = [
    "possess a university degree in political science, international relations, law or physics, or an equivalent "
    "level of qualification;",
    "have at least 4 years' experience in arms control, disarmament or non-proliferation;",
    "have a sound knowledge of the CFE Treaty, the Vienna Document and the Open Skies Treaty;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "I (\"Beginner\") in the other.",
]
F97 = [
    "être titulaire d'un diplôme universitaire en science politique, relations internationales, droit ou physique, "
    "ou d'une qualification de niveau équivalent ;",
    "avoir au moins 4 années d'expérience dans le domaine de la maîtrise des armements, du désarmement ou de la "
    "non-prolifération ;",
    "avoir une bonne connaissance du Traité FCE, du Document de Vienne et du Traité Ciel ouvert ;",
    "avoir au minimum les niveaux suivants dans les langues officielles de l'OTAN (anglais/français) : V (« Avancé ») "
    "dans l'une ; I (« Débutant ») dans l'autre.",
]
D97 = ["experience in a verification agency or on inspection teams;", "knowledge of Russian."]
FD97 = ["une expérience au sein d'une agence de vérification ou d'équipes d'inspection ;", "la connaissance du russe."]


def w97(path):
    d = new_docx(9.5)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.8)
    s.header.paragraphs[0].text = "NATO International Staff – Vacancy / Secrétariat international – Avis de vacance"
    rows = [
        ["POLITICAL AFFAIRS AND SECURITY POLICY DIVISION (PASP)",
         "DIVISION AFFAIRES POLITIQUES ET POLITIQUE DE SÉCURITÉ (PASP)"],
        ["Arms Control, Disarmament and WMD Non-Proliferation Centre",
         "Centre pour la maîtrise des armements, le désarmement et la non-prolifération des ADM"],
        ["Officer (Arms Control and Disarmament)", "Administrateur/Administratrice (maîtrise des armements et "
                                                   "désarmement)"],
        ["Grade: A.2", "Grade : A.2"],
        ["Location: NATO Headquarters, Brussels, Belgium", "Lieu : siège de l'OTAN, Bruxelles (Belgique)"],
        ["Closing date: 22 February 2027", "Date de clôture : 22 février 2027"],
        ["1. SUMMARY", "1. RÉSUMÉ"],
        ["The Officer supports Allies' implementation of conventional arms control agreements and prepares the "
         "meetings of the High-Level Task Force.",
         "L'administrateur appuie la mise en œuvre par les Alliés des accords de maîtrise des armements "
         "conventionnels et prépare les réunions de la Task Force de haut niveau."],
        ["2. QUALIFICATIONS AND EXPERIENCE", "2. QUALIFICATIONS ET EXPÉRIENCE"],
        ["ESSENTIAL\nThe incumbent must:", "ESSENTIELLES\nLe/la titulaire doit :"],
    ]
    rows += [[e, f] for e, f in zip(E97, F97)]
    rows += [["DESIRABLE\nThe following would be considered an advantage:", "SOUHAITABLES\nSeraient un atout :"]]
    rows += [[e, f] for e, f in zip(D97, FD97)]
    rows += [["3. COMPETENCIES\nThe incumbent must demonstrate:", "3. COMPÉTENCES\nLe/la titulaire doit faire preuve "
                                                                   "des compétences suivantes :"],
             ["Analytical Thinking: Makes complex plans or analyses;", "Réflexion analytique : établit des plans ou "
                                                                       "des analyses complexes ;"],
             ["Flexibility: Adapts to unforeseen situations;", "Flexibilité : s'adapte aux situations imprévues ;"],
             ["Teamwork: Solicits inputs and encourages others.", "Travail en équipe : sollicite les contributions et "
                                                                  "encourage les autres."],
             ["4. ELIGIBILITY\nOnly nationals of NATO member states may apply. The successful candidate must obtain a "
              "NATO SECRET security clearance.",
              "4. CONDITIONS\nSeuls les ressortissants des pays membres de l'OTAN peuvent postuler. Le/la candidat(e) "
              "retenu(e) devra obtenir une habilitation de sécurité OTAN SECRET."]]
    t = docx_table(d, rows, style="Table Grid")
    for r in (0, 2, 6, 8, 9):
        for c in t.rows[r].cells:
            for run in c.paragraphs[0].runs:
                run.bold = True
    d.sections[0].footer.paragraphs[0].text = "Published 18 January 2027 / Publié le 18 janvier 2027"
    d.save(path)


add(F, w97, notice_label(
    F, "Officer (Arms Control and Disarmament)", "Political Affairs and Security Policy Division", "Brussels, Belgium",
    "A-2", "2027-02-22",
    ("university", ["political science", "international relations", "law", "physics"], True,
     ["equivalent_qualification"]),
    [(4, "arms control, disarmament or non-proliferation")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 4), ("Flexibility", 3), ("Teamwork", 4)],
    True, [], "NATO SECRET", E97, D97))


# =================================================================== n98: PDF, a headquarters' cover memorandum to
# national delegations (own dates, a nominations line) followed by the notice as a boxed form on page 2
F = "notice_n98_pdf_covermemo_boxedform_marcom_msa.pdf"
E98 = [
    "A university degree in a relevant discipline or completion of a national or NATO staff college.",
    "Minimum 5 years' experience in maritime operations or maritime intelligence, including 2 years in a NATO or "
    "national maritime headquarters.",
    "Experience with maritime situational awareness tools (e.g. MCCIS, TRITON).",
    "English: SLP 3333 (Listening, Speaking, Reading, Writing).",
]
D98 = ["Knowledge of AIS and LRIT data analysis.", "Completion of the NATO Maritime Interdiction Operations course."]


def w98(path):
    pdf = PDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.footer_text = "NATO UNCLASSIFIED  –  page {p} of 2"
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "HEADQUARTERS ALLIED MARITIME COMMAND", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Northwood Headquarters, Sandy Lane, Northwood, Middlesex HA6 3HP, United Kingdom", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.para("MC CPD/2027/0142                                                              18 January 2027", 9.5)
    pdf.ln(3)
    pdf.para("TO:        See distribution (National Delegations and National Military Representatives)\n"
             "SUBJECT:   Civilian vacancy MC 27/06 – Maritime Situational Awareness Analyst\n"
             "REFERENCE: A. AC/16-D(2023)0002, NATO Civilian Personnel Regulations", 9.5)
    pdf.ln(3)
    pdf.para("1. Please find attached the vacancy notice for the above post. Nations are kindly requested to give it "
             "the widest possible circulation among qualified nationals.\n\n2. Applications must be made online; "
             "paper nominations are not accepted. The Civilian Personnel Office will acknowledge receipt within five "
             "working days.\n\n3. Point of contact: Civilian Personnel Office, MARCOM.", 9.5)
    pdf.ln(6)
    pdf.para("FOR THE COMMANDER:\n\n\nChief of Staff", 9.5)
    pdf.ln(4)
    pdf.para("Annex: Vacancy notice MC 27/06", 9)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "ANNEX – VACANCY NOTICE MC 27/06", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(45, 121), text_align="LEFT", line_height=5) as t:
        for a, b in [("Post title", "Maritime Situational Awareness Analyst"),
                     ("Organisation", "Allied Maritime Command (MARCOM), Intelligence Division (J2)"),
                     ("Location", "Northwood, United Kingdom"),
                     ("Grade", "NATO Grade G15"),
                     ("Security clearance", "NATO SECRET"),
                     ("Closing date", "Applications must be received by 1200Z on 26 February 2027"),
                     ("Eligibility", "Nationals of NATO member nations only")]:
            r = t.row()
            r.cell(a)
            r.cell(b)
    pdf.ln(3)
    for head, items in [("ESSENTIAL QUALIFICATIONS", E98), ("DESIRABLE QUALIFICATIONS", D98)]:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "", 9.5)
        for it in items:
            pdf.set_x(26)
            pdf.multi_cell(158, 5, "■  " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.rect(23, y0 - 1, 163, pdf.get_y() - y0 + 2)
        pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "PRINCIPAL DUTIES", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Fuses maritime data into the recognised maritime picture; produces pattern-of-life analyses; briefs the "
             "J2 and the Maritime Operations Centre.", 9.5)
    pdf.output(path)


add(F, w98, notice_label(
    F, "Maritime Situational Awareness Analyst", "Allied Maritime Command", "Northwood, United Kingdom", "A-2",
    "2027-02-26",
    ("university", [], True, ["military_staff_college"]),
    [(5, "maritime operations or maritime intelligence"), (2, "a NATO or national maritime headquarters")],
    ("none", None, None, [], ["3333"]),
    [], True, [], "NATO SECRET", E98, D98))


# =================================================================== n99: HTML careers page with schema.org JobPosting
# JSON-LD in the head (datePosted vs validThrough) and the notice as definition lists and paragraphs
F = "notice_n99_html_jsonld_jobposting_nspa_aviationprocurement.html"
E99 = [
    "A bachelor's degree in business administration, law, economics or engineering, or an additional 4 years of "
    "relevant procurement experience in lieu of the degree.",
    "At least 5 years' experience in public or defence procurement, of which 2 years with aviation or aerospace "
    "contracts.",
    "Knowledge of international competitive bidding procedures.",
    "English: NATO level V (Advanced).",
    "French: NATO level II (Elementary).",
]
D99 = ["A professional procurement qualification (e.g. CIPS Level 6).", "Experience with SAP SRM."]
LD99 = {
    "@context": "https://schema.org/", "@type": "JobPosting", "title": "Procurement Officer (Aviation)",
    "datePosted": "2027-01-11", "validThrough": "2027-03-03T23:59:00+01:00", "employmentType": "FULL_TIME",
    "hiringOrganization": {"@type": "Organization", "name": "NATO Support and Procurement Agency (NSPA)",
                           "sameAs": "https://www.nspa.nato.int"},
    "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Capellen",
                                                   "addressCountry": "LU"}},
    "identifier": {"@type": "PropertyValue", "name": "NSPA", "value": "NSPA-27-0031"},
    "description": "<p>Manages the full procurement cycle for aviation support contracts.</p>",
}


def w99(path):
    li = lambda xs: "\n".join(f"      <li>{html.escape(x)}</li>" for x in xs)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Procurement Officer (Aviation) | NSPA Careers</title>
<script type="application/ld+json">
{json.dumps(LD99, indent=2)}
</script>
<style>dl{{display:grid;grid-template-columns:10em 1fr}} .chip{{background:#eef;padding:2px 6px}}</style>
</head><body>
<nav>Home › Careers › Vacancies › NSPA-27-0031</nav>
<main>
  <h1>Procurement Officer (Aviation)</h1>
  <p><span class="chip">Procurement Directorate</span> <span class="chip">Aviation Support Programmes</span></p>
  <dl>
    <dt>Agency</dt><dd>NATO Support and Procurement Agency</dd>
    <dt>Duty station</dt><dd>Capellen, Luxembourg</dd>
    <dt>Grade</dt><dd>A.2</dd>
    <dt>Clearance</dt><dd>NATO CONFIDENTIAL</dd>
    <dt>Closing date</dt><dd>03 March 2027</dd>
    <dt>Published</dt><dd>11 January 2027</dd>
  </dl>
  <h2>Your mission</h2>
  <p>You will run the procurement of spares, repairs and engineering services for the multinational fleets supported
  by NSPA, from requirement definition to contract award.</p>
  <h2>What we ask</h2>
  <p><strong>Essential</strong></p>
  <ul>
{li(E99)}
  </ul>
  <p><strong>Desirable</strong></p>
  <ul>
{li(D99)}
  </ul>
  <h2>Competencies</h2>
  <p>Achievement: Improves performance. Impact and Influence: Takes multiple actions to persuade. Customer Service
  Orientation: Takes personal responsibility for correcting problems.</p>
  <h2>Eligibility</h2>
  <p>Only nationals of NATO member nations are eligible.</p>
</main>
<aside><h3>You may also like</h3><p>Contracting Assistant (B.4) – closes 15 Feb 2027</p></aside>
<footer>© NSPA 2027 · Last updated 12 January 2027</footer>
</body></html>
"""
    write_path(path, page)


add(F, w99, notice_label(
    F, "Procurement Officer (Aviation)", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "A-2",
    "2027-03-03",
    ("bachelor", ["business administration", "law", "economics", "engineering"], True, ["equivalent_experience"]),
    [(5, "public or defence procurement"), (2, "aviation or aerospace contracts")],
    ("each", None, None, [("English", "V"), ("French", "II")], []),
    [("Achievement", 4), ("Impact and Influence", 3), ("Customer Service Orientation", 3)],
    True, [], "NATO CONFIDENTIAL", E99, D99))


# =================================================================== n100: Confluence wiki markup (h2., ||header||
# table, {status} macro, {panel}), B grade, vocational secondary, 17 named programme nations
F = "notice_n100_confluence_wikimarkup_naewcf_maintplanner.txt"
E100 = [
    "Completed secondary education plus vocational training in aircraft maintenance (e.g. EASA Part-66 B1 licence).",
    "At least 4 years' experience in aircraft maintenance planning, including 1 year on E-3A or other Boeing "
    "707-derived aircraft.",
    "Working knowledge of a maintenance information system (e.g. CAMP, AMOS).",
    "English: SLP 3222 (Listening-Speaking-Reading-Writing).",
]
D100 = ["Experience in a military flying unit.", "German: SLP 2222."]
NAT100 = ("Belgium, Canada, Czech Republic, Denmark, Germany, Greece, Hungary, Italy, Luxembourg, Netherlands, Norway, "
          "Poland, Portugal, Romania, Spain, Turkey and the United States")
T100 = f"""h1. Vacancy NAEW&CF-C-27-011: Aircraft Maintenance Planner

{{status:colour=Red|title=Closes 12 Mar 2027}} {{status:colour=Grey|title=Draft v3}}

{{panel:title=Post data|borderStyle=solid}}
*Organisation:* NATO Airborne Early Warning and Control Force (NAEW&CF), E-3A Component
*Location:* Geilenkirchen, Germany
*Grade:* B.6 (NATO Grade 14)
*Clearance:* NATO SECRET
*Closing date:* 12 March 2027
{{panel}}

h2. Role
The planner schedules inspections and modifications of the E-3A fleet and keeps the maintenance programme in the
maintenance information system current.

h2. Requirements
||#||Requirement||Essential / Desirable||
""" + "\n".join(f"|{i}|{x}|Essential|" for i, x in enumerate(E100, 1)) + "\n" + \
    "\n".join(f"|{i}|{x}|Desirable|" for i, x in enumerate(D100, len(E100) + 1)) + f"""

h2. Competencies
* *Clarity and Accuracy:* Checks own and others' work
* *Initiative:* Addresses current opportunities or problems

h2. Eligibility
{{info}}Open only to nationals of the NAEW&C Programme nations: {NAT100}.{{info}}

----
_Page created by HR Recruitment on 14 Jan 2027, last edited 20 Jan 2027. Labels: vacancy, e-3a, b-grade_
"""
add(F, lambda p, t=T100: write_path(p, t), notice_label(
    F, "Aircraft Maintenance Planner", "NATO Airborne Early Warning and Control Force", "Geilenkirchen, Germany",
    "B-6", "2027-03-12",
    ("secondary", ["aircraft maintenance"], True, []),
    [(4, "aircraft maintenance planning"), (1, "on E-3A or other Boeing 707-derived aircraft")],
    ("none", None, None, [], ["3222"]),
    [("Clarity and Accuracy", 3), ("Initiative", 2)],
    True, ["Belgium", "Canada", "Czechia", "Denmark", "Germany", "Greece", "Hungary", "Italy", "Luxembourg",
           "Netherlands", "Norway", "Poland", "Portugal", "Romania", "Spain", "Türkiye", "United States"],
    "NATO SECRET", E100, D100))


# =================================================================== n101: informal start-up wording ("You will
# need", "It would be great if", "The small print"), master or bachelor + 2 years, per-language levels
F = "notice_n101_informal_youwillneed_diana_programmemanager.txt"
E101 = [
    "A master's degree in engineering, natural sciences, economics or business, or a bachelor's degree plus two "
    "further years of relevant experience.",
    "At least 8 years running innovation, R&D or venture programmes, 3 of them managing a budget above EUR 5 million.",
    "Excellent English – we mean NATO level V (“Advanced”) – and at least basic French (NATO level I).",
    "Comfort talking to founders, investors and generals in the same afternoon.",
]
D101 = ["Experience in a start-up or venture capital fund.", "A network in the dual-use technology community."]
T101 = "\n".join([
    "DIANA is hiring 🚀  Innovation Programme Manager",
    "London, UK  ·  NATO grade A3 (G17)  ·  3-year contract  ·  Apply by 23:59 CET, Friday 19 February 2027",
    "",
    "Who we are",
    wrap("The Defence Innovation Accelerator for the North Atlantic (DIANA) helps start-ups turn deep-tech ideas "
         "into solutions for Allied security. Our London regional office runs two challenge programmes a year."),
    "",
    "What you'll do",
    "- Own a challenge programme end to end: call, selection, accelerator, demo day.",
    "- Manage a cohort of 30 companies and a budget of about EUR 8 million.",
    "",
    "You will need:",
    "\n".join("- " + x for x in E101),
    "",
    "It would be great if you also had:",
    "\n".join("- " + x for x in D101),
    "",
    "How we'll assess you",
    wrap("Against three NATO competencies: Change Leadership (Challenges the status quo), Initiative (Acts 3-12 "
         "months ahead) and Achievement (Sets challenging goals)."),
    "",
    "The small print",
    wrap("Open to nationals of NATO member countries. You'll need NATO SECRET clearance (we'll sponsor it). Last "
         "year's cohort demo day was on 14 November 2026; this year's is planned for 10 December 2027."),
    "",
    "#NATO #DIANA #deeptech #hiring",
    "",
])
add(F, lambda p, t=T101: write_path(p, t), notice_label(
    F, "Innovation Programme Manager", "Defence Innovation Accelerator for the North Atlantic", "London, United Kingdom",
    "A-3", "2027-02-19",
    ("master", ["engineering", "natural sciences", "economics", "business"], True, ["equivalent_experience"]),
    [(8, "running innovation, R&D or venture programmes"), (3, "managing a budget above EUR 5 million")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Change Leadership", 4), ("Initiative", 5), ("Achievement", 5)],
    True, [], "NATO SECRET", E101, D101))


# =================================================================== n102: HTML with requirement cards in a CSS grid
# and a per-skill STANAG table (English essential, French desirable), COSMIC TOP SECRET
F = "notice_n102_html_cardsgrid_slptable_aircom_airopsanalyst.html"
E102 = [
    "University degree in operations research, mathematics, aeronautical engineering or a related discipline, or "
    "completion of a national or NATO staff college together with relevant experience.",
    "Minimum 5 years' experience in air operations analysis or air operations planning.",
    "Experience with the Joint Targeting Cycle or the Air Tasking Order cycle.",
    "English: STANAG 6001 profile as shown in the language table (essential row).",
]
D102 = ["Experience at a Combined Air Operations Centre (CAOC).",
        "French: STANAG 6001 profile as shown in the language table (desirable row)."]


def w102(path):
    card = lambda h, xs: (f'  <section class="card"><h3>{h}</h3>\n' +
                          "\n".join(f'    <p class="req">{html.escape(x)}</p>' for x in xs) + "\n  </section>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Air Operations Analyst – AIRCOM</title>
<style>.grid{{display:grid;grid-template-columns:1fr 1fr;gap:1em}} .card{{border:1px solid #ccd;border-radius:8px;padding:1em}}
table td,table th{{border:1px solid #999;padding:3px 8px}}</style></head>
<body>
<header><img src="aircom-logo.svg" alt="Allied Air Command logo"> <span>Allied Air Command · Civilian Careers</span></header>
<h1>Air Operations Analyst</h1>
<div class="facts">
  <span>🏢 Allied Air Command (AIRCOM), A3 Operations Assessment</span>
  <span>📍 Ramstein, Germany</span>
  <span>🎖 A-2 (G15)</span>
  <span>🔒 COSMIC TOP SECRET</span>
  <span>⏰ Deadline: 2027-03-19</span>
</div>
<p>The analyst assesses the effectiveness of NATO air operations and exercises and advises COM AIRCOM on
air power employment.</p>
<div class="grid">
{card("Essential requirements", E102)}
{card("Desirable requirements", D102)}
</div>
<h2>Language requirements (STANAG 6001)</h2>
<table>
  <tr><th>Language</th><th>Requirement</th><th>Listening</th><th>Speaking</th><th>Reading</th><th>Writing</th></tr>
  <tr><td>English</td><td>Essential</td><td>3</td><td>3</td><td>3</td><td>3</td></tr>
  <tr><td>French</td><td>Desirable</td><td>2</td><td>2</td><td>1</td><td>1</td></tr>
</table>
<h2>Competencies</h2>
<ul><li>Analytical Thinking – Makes very complex plans or analyses</li><li>Teamwork – Co-operates</li></ul>
<p>Eligibility: nationals of NATO member nations. Posted 2027-01-20.</p>
</body></html>
"""
    write_path(path, page)


add(F, w102, notice_label(
    F, "Air Operations Analyst", "Allied Air Command", "Ramstein, Germany", "A-2", "2027-03-19",
    ("university", ["operations research", "mathematics", "aeronautical engineering"], True,
     ["military_staff_college"]),
    [(5, "air operations analysis or air operations planning")],
    ("none", None, None, [], ["3333"]),
    [("Analytical Thinking", 5), ("Teamwork", 1)],
    True, [], "COSMIC TOP SECRET", E102, D102))


# =================================================================== n103: DOCX with Word auto-numbered lists (the
# numbers are not in the text), organisation only in the page header, competency table with behaviours
F = "notice_n103_docx_autonumbering_headerorg_sto_cso_panelexec.docx"
E103 = [
    "A master's degree or doctorate in operations research, systems engineering or a related scientific discipline.",
    "At least 10 years' experience in defence research and development, including 5 years managing international "
    "collaborative research programmes.",
    "Proven ability to chair multinational scientific meetings.",
    "The following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; I "
    "(\"Beginner\") in the other.",
]
D103 = ["Experience as a member of an STO panel or technical team.", "Publications in peer-reviewed journals."]

NUMBERING = """<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="91"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num><w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>
</w:numbering>"""


def w103(path):
    d = new_docx(10.5)
    # replace the numbering part's content with ours
    npart = d.part.numbering_part
    new = parse_xml(NUMBERING)
    el = npart.element
    first_num = el.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for child in list(new):
        if child.tag.endswith("abstractNum") and first_num is not None:
            first_num.addprevious(child)
        else:
            el.append(child)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "NATO Science and Technology Organization – Collaboration Support Office (CSO)\t\tVacancy CSO/27/02"
    d.sections[0].footer.paragraphs[0].text = "CSO Human Resources · 8 rue Ancelle, 92200 Neuilly-sur-Seine · " \
                                              "issued 25 January 2027"

    def numbered(text, num):
        p = d.add_paragraph(text)
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                             f'<w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
        return p

    p = d.add_paragraph()
    r = p.add_run("PANEL EXECUTIVE (SYSTEMS ANALYSIS AND STUDIES)")
    r.bold = True
    r.font.size = Pt(14)
    docx_table(d, [["Grade", "A.3/A.4"], ["Location", "Neuilly-sur-Seine, France"],
                   ["Closing date", "5 April 2027"], ["Security clearance", "NATO SECRET"]])
    d.add_paragraph()
    d.add_paragraph("The Panel Executive manages the programme of work of the System Analysis and Studies (SAS) "
                    "Panel, supports the Panel Chair and runs about 40 research task groups.")
    d.add_paragraph().add_run("Essential qualifications").bold = True
    for x in E103:
        numbered(x, 90)
    d.add_paragraph().add_run("Desirable qualifications").bold = True
    for x in D103:
        numbered(x, 91)
    d.add_paragraph().add_run("Competencies").bold = True
    docx_table(d, [["Competency", "Expected behaviour"],
                   ["Organisational Awareness", "Understands underlying organisational issues"],
                   ["Impact and Influence", "Uses complex influence strategies"],
                   ["Leadership", "Communicates a compelling vision"]], bold_first_row=True)
    d.add_paragraph()
    d.add_paragraph("Eligibility: open to nationals of NATO member nations only.")
    d.save(path)


add(F, w103, notice_label(
    F, "Panel Executive (Systems Analysis and Studies)", "Collaboration Support Office", "Neuilly-sur-Seine, France",
    "A-3/A-4", "2027-04-05",
    ("master", ["operations research", "systems engineering"], True, []),
    [(10, "defence research and development"), (5, "managing international collaborative research programmes")],
    ("one_high_other_low", "V", "I", [], []),
    [("Organisational Awareness", 5), ("Impact and Influence", 6), ("Leadership", 5)],
    True, [], "NATO SECRET", E103, D103))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
