"""Notices of corpus 14 (n112-n119). Each notice is written with its hand-written label beside it.

The essential/desirable item lists are written once and used both in the document and in the label, so the
label holds the items exactly as the document states them. Every other label field is set by hand.
"""
import html
import os
import textwrap

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

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


# =================================================================== n112: job-board scrape with page noise (views, update
# day, share/report buttons, emoji, similar jobs with their own dates); quotes of the level names stripped
F = "notice_n112_jobboard_scrape_noise_nspa_procurementammo.txt"
E112 = [
    "A university degree in business administration, law, economics, engineering or a related discipline.",
    "At least 5 years' experience in public procurement or contracting, including 2 years with ammunition or "
    "explosives contracts.",
    "Experience of competitive bidding procedures in an international or government organisation.",
    "The following minimum levels of NATO's official languages (English/French): V (Advanced) in one; I (Beginner) "
    "in the other.",
]
D112 = [
    "A professional procurement qualification (e.g. CIPS).",
    "Knowledge of NSPA procurement regulations.",
    "Knowledge of a third NATO language.",
]


def n112(path):
    t = "\n".join([
        "Loading ...",
        "☰ Menu   🔍 Search jobs   👤 Sign in",
        "",
        "Procurement Officer (Ammunition)",
        "🏢 NATO Support and Procurement Agency   📍 Capellen, Luxembourg",
        "👁 View: 212      Update day: 09-01-2027",
        "💼 Full time · NATO Grade G15 · 3-year contract",
        "⏰ Deadline: 28/02/2027",
        "[ Click to apply ]   [ Share this job ]   [ ♡ Save ]",
        "",
        "Job description",
        "The Procurement Officer manages the end-to-end acquisition of conventional ammunition for NSPA customers "
        "and the Ammunition Support Partnership.",
        "",
        "Qualifications and experience",
        "ESSENTIAL",
    ] + ["• " + e for e in E112] + [
        "",
        "DESIRABLE",
    ] + ["• " + e for e in D112] + [
        "",
        "Competencies",
        "Achievement: Creates own measures of excellence; Teamwork: Co-operates; Impact and Influence: Takes multiple "
        "actions to persuade.",
        "",
        "Eligibility: open to nationals of NATO member states only. Selected candidates must obtain a NATO SECRET "
        "security clearance before appointment.",
        "",
        "🚩 Report job",
        "",
        "SIMILAR JOBS",
        "Contracting Officer (Fuel) — NSPA — Capellen — Deadline 14/02/2027",
        "Buyer (Spare Parts) — NSPA — Capellen — Deadline 31/03/2027",
        "Legal Officer (Contracts) — NCIA — The Hague — Deadline 20/02/2027",
        "",
        "© jobs portal 2027 · Cookies · Privacy",
    ]) + "\n"
    write_path(path, t)


add(F, n112, notice_label(
    F, "Procurement Officer (Ammunition)", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "A-2",
    "2027-02-28",
    ("university", ["business administration", "law", "economics", "engineering"], True, []),
    [(5, "public procurement or contracting"), (2, "ammunition or explosives contracts")],
    ("one_high_other_low", "V", "I", [], []),
    [("Achievement", 3), ("Teamwork", 1), ("Impact and Influence", 3)],
    True, [], "NATO SECRET", E112, D112))


# =================================================================== n113: plain-text intranet print of an IS notice with
# numbered sections, the facts block ("Reference / Grade / Closing date") only at the END
F = "notice_n113_numberedsections_factsattheend_is_pdd_digitalcontent.txt"
E113 = [
    "possess a university degree in communications, journalism, marketing or a related discipline;",
    "have at least three years' experience in producing digital content for an institutional or corporate "
    "audience;",
    "have experience of managing social media accounts with a large following;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "III (\"Intermediate\") in the other;",
]
D113 = [
    "a master's degree in a relevant discipline;",
    "experience of working in an international organisation;",
    "video editing with Adobe Premiere or a similar tool.",
]


def n113(path):
    lines = [
        "NATO INTERNATIONAL STAFF",
        "PUBLIC DIPLOMACY DIVISION",
        "",
        "OFFICER (DIGITAL CONTENT)",
        "",
        "1. SUMMARY",
        wrap("The Public Diplomacy Division (PDD) communicates NATO's policies to audiences worldwide. The "
             "incumbent plans, produces and evaluates digital content for NATO's corporate channels."),
        "",
        "2. QUALIFICATIONS AND EXPERIENCE",
        "",
        "ESSENTIAL",
        "The incumbent must:",
    ] + [wrap(e, ind="   - ") for e in E113] + [
        "",
        "DESIRABLE",
        "The following would be considered an advantage:",
    ] + [wrap(e, ind="   - ") for e in D113] + [
        "",
        "3. MAIN ACCOUNTABILITIES",
        wrap("Content production: drafts and edits articles, videos and posts. Analysis: measures the reach of "
             "campaigns and proposes improvements."),
        "",
        "4. INTERRELATIONSHIPS",
        wrap("Reports to the Head, Digital Content Section. Works with the Press Office and national delegations."),
        "",
        "5. COMPETENCIES",
        "The incumbent must demonstrate:",
        "   - Change Leadership: Expresses vision for change;",
        "   - Flexibility: Adapts to unforeseen situations;",
        "   - Initiative: Is decisive in a time-sensitive situation.",
        "",
        "6. CONTRACT",
        wrap("Contract to be offered to the successful applicant (if non-seconded): definite duration contract of "
             "three years; possibility of renewal for up to three years. Security clearance required: NATO SECRET."),
        "",
        "7. RECRUITMENT PROCESS",
        wrap("Please note that only nationals of NATO member countries may apply. Applications must be submitted "
             "using the e-recruitment system. Interviews are planned for the week of 12 April 2027."),
        "",
        "---------------------------------------------------------------",
        "Reference:        270034",
        "Grade:            A.2",
        "Location:         Brussels, Belgium",
        "Closing date:     22 February 2027",
        "Printed:          15/01/2027 10:42",
        "---------------------------------------------------------------",
    ]
    write_path(path, "\n".join(lines) + "\n")


add(F, n113, notice_label(
    F, "Officer (Digital Content)", "Public Diplomacy Division", "Brussels, Belgium", "A-2", "2027-02-22",
    ("university", ["communications", "journalism", "marketing"], True, []),
    [(3, "producing digital content for an institutional or corporate audience")],
    ("one_high_other_low", "V", "III", [], []),
    [("Change Leadership", 2), ("Flexibility", 3), ("Initiative", 3)],
    True, [], "NATO SECRET", E113, D113))


# =================================================================== n114: capitals "FIELD:" intranet form of the AGS Force,
# lettered items (a)-(d), participating nations named in a sentence in the eligibility paragraph, "CLEARANCE: NS"
F = "notice_n114_capsfields_lettereditems_namednations_agsf_missionplanner.txt"
E114 = [
    "University degree in aeronautics, engineering, geography or a related discipline, or completion of a national "
    "or NATO staff college, or equivalent professional experience.",
    "Minimum six years' experience in ISR or air mission planning, of which three years in a NATO or national air "
    "operations centre.",
    "Experience with ISR collection management.",
    "English: STANAG 6001 SLP 3333.",
]
D114 = [
    "French: STANAG 6001 SLP 2222.",
    "Experience with RQ-4 or comparable RPAS operations.",
    "Knowledge of the JISR doctrine AJP-2.7.",
]


def n114(path):
    lines = [
        "NATO ALLIANCE GROUND SURVEILLANCE FORCE (NAGSF) - CIVILIAN VACANCY",
        "",
        "POST TITLE:      MISSION PLANNER",
        "POST NUMBER:     AGSF OPS 0120",
        "GRADE:           NG15",
        "LOCATION:        SIGONELLA, ITALY",
        "CLEARANCE:       NS",
        "CLOSING DATE:    19 FEB 2027",
        "",
        "POST CONTEXT:",
        wrap("The Mission Planner prepares RQ-4D Phoenix mission plans, airspace requests and collection plans for "
             "the Force's ISR missions."),
        "",
        "ESSENTIAL QUALIFICATIONS:",
    ] + [wrap(e, ind=f"({c}) ") for c, e in zip("abcd", E114)] + [
        "",
        "DESIRABLE QUALIFICATIONS:",
    ] + [wrap(e, ind=f"({c}) ") for c, e in zip("efg", D114)] + [
        "",
        "ELIGIBILITY:",
        wrap("As the NAGSF is funded by the AGS participating nations, only nationals of Bulgaria, Czech Republic, "
             "Denmark, Estonia, Germany, Italy, Latvia, Lithuania, Luxembourg, Norway, Romania, Slovakia, Slovenia "
             "and the United States may apply. Candidates must be between 21 and 60 years of age."),
        "",
        "REMARKS:",
        wrap("Shift work including weekends. Medical examination required. Previous announcement AGSF OPS 0120 "
             "of 10 OCT 2026 is cancelled."),
    ]
    write_path(path, "\n".join(lines) + "\n")


add(F, n114, notice_label(
    F, "Mission Planner", "NATO Alliance Ground Surveillance Force", "Sigonella, Italy", "A-2", "2027-02-19",
    ("university", ["aeronautics", "engineering", "geography"], True,
     ["military_staff_college", "equivalent_experience"]),
    [(6, "ISR or air mission planning"), (3, "a NATO or national air operations centre")],
    ("none", None, None, [], ["3333"]),
    [],
    True, ["Bulgaria", "Czechia", "Denmark", "Estonia", "Germany", "Italy", "Latvia", "Lithuania", "Luxembourg",
           "Norway", "Romania", "Slovakia", "Slovenia", "United States"],
    "NATO SECRET", E114, D114))


# =================================================================== n115: DOCX, requirements as a table
# Requirement | Essential | Desirable with tick marks (✓) in the E/D columns, rows mixed; facts in a two-column table
F = "notice_n115_docx_requirementsgrid_ticks_ims_armscontrol.docx"
E115 = [
    "A university degree in international relations, political science, law or a related discipline, or an "
    "equivalent level of qualification such as a high-level military education.",
    "At least 8 years' experience in arms control, verification or non-proliferation, including 3 years in a "
    "multinational environment.",
    "Working knowledge of the CFE Treaty, the Vienna Document and the Open Skies regime.",
    "NATO official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other.",
]
D115 = [
    "A master's degree in a relevant field.",
    "Experience as an inspector in a national verification agency.",
    "Knowledge of Russian at level III (\"Intermediate\").",
]


def n115(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("VACANCY NOTICE")
    r.bold = True
    r.font.size = Pt(16)
    docx_table(d, [["Post", "Staff Officer (Arms Control and Disarmament)"],
                   ["Organisation", "NATO International Military Staff"],
                   ["Location", "Brussels, Belgium"],
                   ["Grade", "A.3 (NATO Grade G17)"],
                   ["Security clearance", "NATO SECRET"],
                   ["Closing date", "3 March 2027"],
                   ["Eligibility", "Nationals of NATO member states only"]])
    d.add_paragraph()
    d.add_paragraph("The post sits in the Cooperative Security Division and supports the Military Committee on "
                    "conventional arms control and verification.")
    p = d.add_paragraph()
    p.add_run("Requirements").bold = True
    rows = [["Requirement", "Essential", "Desirable"],
            [E115[0], "✓", ""], [D115[0], "", "✓"], [E115[1], "✓", ""], [E115[2], "✓", ""],
            [D115[1], "", "✓"], [E115[3], "✓", ""], [D115[2], "", "✓"]]
    docx_table(d, rows, bold_first_row=True)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Competencies").bold = True
    docx_table(d, [["Competency", "Expected behaviour"],
                   ["Analytical Thinking", "Makes complex plans or analyses"],
                   ["Organisational Awareness", "Understands organisational politics"],
                   ["Teamwork", "Encourages others"]], bold_first_row=True)
    d.add_paragraph("Applications received after the closing date will not be considered. Form version 3.1 "
                    "(11 January 2027).")
    d.save(path)


add(F, n115, notice_label(
    F, "Staff Officer (Arms Control and Disarmament)", "NATO International Military Staff", "Brussels, Belgium",
    "A-3", "2027-03-03",
    ("university", ["international relations", "political science", "law"], True, ["equivalent_qualification"]),
    [(8, "arms control, verification or non-proliferation"), (3, "a multinational environment")],
    ("one_high_other_low", "V", "II", [], []),
    [("Analytical Thinking", 4), ("Organisational Awareness", 4), ("Teamwork", 4)],
    True, [], "NATO SECRET", E115, D115))


# =================================================================== n116: DOCX, Word heading styles and list bullets, facts
# as "Key: value" lines, languages given PER LANGUAGE ("V in English; I in French"), master's in law
F = "notice_n116_docx_headingstyles_perlanguage_shape_legaladviser.docx"
E116 = [
    "A university degree in law (a master's degree or equivalent), qualifying the holder to practise law in a NATO "
    "member nation.",
    "Minimum seven years' experience as a legal adviser, of which at least two years in operational law or the law "
    "of armed conflict.",
    "Experience in drafting legal opinions on rules of engagement and targeting.",
    "NATO official languages: V (\"Advanced\") in English; I (\"Beginner\") in French.",
]
D116 = [
    "Experience in a NATO headquarters or a multinational operation.",
    "Knowledge of Status of Forces Agreement issues.",
]


def n116(path):
    d = new_docx(10.5)
    d.add_heading("Legal Adviser (Operational Law)", level=0)
    for k, v in [("Headquarters", "Supreme Headquarters Allied Powers Europe"), ("Location", "Mons, Belgium"),
                 ("NATO Grade", "17"), ("Date of issue", "20 January 2027")]:
        p = d.add_paragraph()
        p.add_run(k + ": ").bold = True
        p.add_run(v)
    p = d.add_paragraph()
    r = p.add_run("Closing date for applications: 26 February 2027 (23:59 Brussels time)")
    r.bold = True
    r.font.color.rgb = RGBColor(180, 0, 0)
    d.add_heading("Post context", level=1)
    d.add_paragraph("The Office of Legal Affairs advises the Supreme Allied Commander Europe on the legal aspects "
                    "of operations, exercises and host-nation arrangements.")
    d.add_heading("Essential qualifications", level=1)
    for e in E116:
        d.add_paragraph(e, style="List Bullet")
    d.add_heading("Desirable qualifications", level=1)
    for e in D116:
        d.add_paragraph(e, style="List Bullet")
    d.add_heading("Competencies", level=1)
    for e in ["Analytical Thinking: Makes very complex plans or analyses.",
              "Impact and Influence: Uses indirect influence.",
              "Initiative: Acts up to 2 months ahead."]:
        d.add_paragraph(e, style="List Bullet")
    d.add_heading("Remarks", level=1)
    d.add_paragraph("Only nationals of NATO member nations are eligible. The successful candidate will be subject "
                    "to a NATO SECRET security clearance. Contract of three years, renewable.")
    d.save(path)


add(F, n116, notice_label(
    F, "Legal Adviser (Operational Law)", "Supreme Headquarters Allied Powers Europe", "Mons, Belgium", "A-3",
    "2027-02-26",
    ("master", ["law"], True, []),
    [(7, "as a legal adviser"), (2, "operational law or the law of armed conflict")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Analytical Thinking", 5), ("Impact and Influence", 5), ("Initiative", 4)],
    True, [], "NATO SECRET", E116, D116))


# =================================================================== n117: PDF in two text columns; the essential list starts
# at the foot of the left column and continues at the top of the right column; SLP 3332 only
F = "notice_n117_pdf_twocolumns_listcontinues_landcom_logplans.pdf"
E117 = [
    "A university degree in logistics, supply chain management, engineering or business administration, or "
    "completion of a national staff college.",
    "At least 5 years' experience in logistics planning for deployed forces, including 1 year in a multinational "
    "headquarters.",
    "Knowledge of LOGFAS and NATO logistics doctrine (AJP-4).",
    "English: SLP 3332 (listening, speaking, reading, writing).",
]
D117 = [
    "Experience in host-nation support planning.",
    "Turkish language skills.",
]


def n117(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(0, 50, 100)
    pdf.rect(0, 0, 210, 30, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(12, 8)
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 8, "Logistics Plans Officer")
    pdf.set_xy(12, 18)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 6, "Allied Land Command  ·  Izmir, Türkiye  ·  Grade A.3  ·  Closing date 12 March 2027")
    pdf.set_text_color(0, 0, 0)
    colw, lx, rx = 88, 12, 110

    def col(x, y, blocks):
        pdf.set_xy(x, y)
        for kind, txt in blocks:
            if kind == "h":
                pdf.ln(2)
                pdf.set_x(x)
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.multi_cell(colw, 5.5, txt, new_x="LEFT", new_y="NEXT")
            else:
                pdf.set_x(x)
                pdf.set_font("DejaVu", "", 9.2)
                pdf.multi_cell(colw, 4.6, txt, new_x="LEFT", new_y="NEXT")
                pdf.ln(1.2)
    col(lx, 38, [
        ("h", "Post context"),
        ("p", "LANDCOM is the NATO land component command. The Logistics Plans Officer works in the G4 Division "
              "and develops sustainment plans for land forces deployed under NATO command, including reception, "
              "staging and onward movement."),
        ("h", "Principal duties"),
        ("p", "Drafts the logistics annexes of operation plans; coordinates with NSPA and host nations; maintains "
              "logistics data in LOGFAS; contributes to exercises of the NATO Force Structure."),
        ("h", "Essential qualifications"),
        ("p", "• " + E117[0]),
        ("p", "• " + E117[1]),
    ])
    col(rx, 38, [
        ("p", "• " + E117[2]),
        ("p", "• " + E117[3]),
        ("h", "Desirable qualifications"),
        ("p", "• " + D117[0]),
        ("p", "• " + D117[1]),
        ("h", "Competencies"),
        ("p", "Clarity and Accuracy: Monitors and corrects existing systems.\nTeamwork: Builds the team and "
              "resolves conflicts."),
        ("h", "Conditions"),
        ("p", "Open to nationals of NATO member states only. A NATO SECRET clearance is required before "
              "appointment. Definite-duration contract of three years."),
    ])
    pdf.set_xy(12, 280)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(0, 4, "LANDCOM Civilian Human Resources · Published 18 January 2027 · Page 1/1", align="C")
    pdf.output(path)


add(F, n117, notice_label(
    F, "Logistics Plans Officer", "Allied Land Command", "Izmir, Türkiye", "A-3", "2027-03-12",
    ("university", ["logistics", "supply chain management", "engineering", "business administration"], True,
     ["military_staff_college"]),
    [(5, "logistics planning for deployed forces"), (1, "a multinational headquarters")],
    ("none", None, None, [], ["3332"]),
    [("Clarity and Accuracy", 4), ("Teamwork", 5)],
    True, [], "NATO SECRET", E117, D117))


# =================================================================== n118: PDF recruitment flyer, "At a glance" box with the
# facts, "You must have" / "An advantage" sections, curly quotes, years in words
F = "notice_n118_pdf_flyer_ataglancebox_jwc_scenariodeveloper.pdf"
E118 = [
    "A university degree in political science, international relations, history or journalism, or equivalent "
    "experience.",
    "At least four years' experience writing exercise scenarios, intelligence products or news content.",
    "Experience with exercise management tools such as JEMM or JTLS.",
    "NATO's official languages (English/French): IV (“Upper Intermediate”) in one; II (“Elementary”) in the other.",
]
D118 = [
    "Experience in a NATO or national exercise planning team.",
    "Knowledge of open-source intelligence techniques.",
]


def n118(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_text_color(0, 90, 140)
    pdf.cell(0, 5, "JOINT WARFARE CENTRE · STAVANGER · WE ARE HIRING", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.para("Exercise Scenario Developer", 20, "B", 10)
    pdf.para("Write the worlds our commanders train in.", 11, "I")
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_fill_color(230, 240, 248)
    pdf.rect(10, y, 190, 30, "F")
    pdf.set_xy(14, y + 3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 5, "At a glance", new_x="LMARGIN", new_y="NEXT")
    for k, (a, b) in enumerate([("Grade: A-2", "Location: Stavanger, Norway"),
                                ("Closing: 5 March 2027", "Clearance: NATO SECRET"),
                                ("Contract: 3 years", "Open to: nationals of NATO nations")]):
        pdf.set_xy(14, y + 9 + 6 * k)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(90, 5, a)
        pdf.cell(90, 5, b)
    pdf.set_y(y + 36)
    pdf.heading("What you will do", 12)
    pdf.para("Build the road-to-crisis storylines, injects and media products for NATO's command post exercises; "
             "keep the synthetic world consistent across exercise series.", 9.5)
    pdf.heading("You must have", 12)
    for e in E118:
        pdf.para("▸ " + e, 9.5)
        pdf.ln(1)
    pdf.heading("An advantage", 12)
    for e in D118:
        pdf.para("▸ " + e, 9.5)
        pdf.ln(1)
    pdf.heading("How we work", 12)
    pdf.para("Conceptual Thinking – Applies complex concepts.   Flexibility – Adapts strategy.", 9.5)
    pdf.ln(4)
    pdf.para("Scan the code or visit the NATO careers site. Next information session: 10 February 2027.", 8.5, "I")
    pdf.output(path)


add(F, n118, notice_label(
    F, "Exercise Scenario Developer", "Joint Warfare Centre", "Stavanger, Norway", "A-2", "2027-03-05",
    ("university", ["political science", "international relations", "history", "journalism"], True,
     ["equivalent_experience"]),
    [(4, "writing exercise scenarios, intelligence products or news content")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Conceptual Thinking", 3), ("Flexibility", 4)],
    True, [], "NATO SECRET", E118, D118))


# =================================================================== n119: HTML careers page: navigation, cookie banner,
# <dl> facts with a "Published" date beside the closing date, <ul> requirements, competency <table>, footer
F = "notice_n119_html_dlfacts_cookiebanner_competencytable_is_esc_climate.html"
E119 = [
    "A university degree in environmental science, climate science, security studies or a related discipline.",
    "At least 6 years' experience in policy analysis, of which 3 years on climate, energy or environmental "
    "security.",
    "Demonstrable knowledge of NATO's Climate Change and Security Action Plan.",
    "The following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; I "
    "(\"Beginner\") in the other.",
]
D119 = [
    "A master's degree or doctorate in a relevant field.",
    "Experience in a national defence ministry or an international organisation.",
    "Experience of greenhouse-gas accounting methodologies.",
]


def n119(path):
    e = html.escape
    li = lambda items: "\n".join(f"      <li>{e(x)}</li>" for x in items)
    t = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Officer (Climate Security) | NATO careers</title></head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button></div>
<nav><a href="/">Home</a> | <a href="/jobs">Vacancies</a> | <a href="/faq">FAQ</a> | <a href="/login">Log in</a></nav>
<main>
  <p class="breadcrumb">Home › Vacancies › International Staff › 270041</p>
  <h1>Officer (Climate Security)</h1>
  <dl class="facts">
    <dt>Division</dt><dd>Emerging Security Challenges Division</dd>
    <dt>Location</dt><dd>Brussels, Belgium</dd>
    <dt>Grade</dt><dd>A.2/A.3</dd>
    <dt>Published</dt><dd>14 January 2027</dd>
    <dt>Closing date</dt><dd>28 February 2027</dd>
    <dt>Security clearance</dt><dd>NATO SECRET</dd>
  </dl>
  <h2>Summary</h2>
  <p>The incumbent leads analysis of the security implications of climate change and supports the annual
  Climate Change and Security Impact Assessment.</p>
  <h2>Qualifications and experience</h2>
  <h3>Essential</h3>
  <ul>
{li(E119)}
  </ul>
  <h3>Desirable</h3>
  <ul>
{li(D119)}
  </ul>
  <h2>Competencies</h2>
  <table class="comp">
    <tr><th>Competency</th><th>Level</th></tr>
    <tr><td>Analytical Thinking</td><td>Makes complex plans or analyses</td></tr>
    <tr><td>Change Leadership</td><td>Expresses vision for change</td></tr>
    <tr><td>Organisational Awareness</td><td>Understands organisational climate and culture</td></tr>
    <tr><td>Teamwork</td><td>Solicits inputs and encourages others</td></tr>
  </table>
  <h2>Eligibility</h2>
  <p>This post is open to nationals of NATO member countries only. Appointment is subject to a NATO SECRET
  security clearance and a medical certificate.</p>
  <a class="btn" href="/apply/270041">Apply now</a>
</main>
<aside><h4>You may also like</h4><ul><li>Officer (Energy Security) – closes 10 March 2027</li>
<li>Assistant (Resilience) – closes 2 March 2027</li></ul></aside>
<footer>© NATO 2027 · Terms · Privacy · Accessibility</footer>
</body>
</html>
"""
    write_path(path, t)


add(F, n119, notice_label(
    F, "Officer (Climate Security)", "Emerging Security Challenges Division", "Brussels, Belgium", "A-2/A-3",
    "2027-02-28",
    ("university", ["environmental science", "climate science", "security studies"], True, []),
    [(6, "policy analysis"), (3, "climate, energy or environmental security")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 4), ("Change Leadership", 2), ("Organisational Awareness", 3), ("Teamwork", 4)],
    True, [], "NATO SECRET", E119, D119))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
