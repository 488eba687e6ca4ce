"""Notices of corpus 9 (n88-n95). Each notice is written with its hand-written label beside it.

The essential/desirable item lists are written once and used both in the document and in the label, so the
label holds the items exactly as the document states them. Every other label field is set by hand.
"""
import html
import os
import textwrap

from docx.shared import Pt

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label

DOCS = []


def write_path(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def add(file, writer, label):
    DOCS.append((file, writer, label))


def wrap(s, w=34):
    return textwrap.fill(s, w, break_long_words=False, break_on_hyphens=False)


# =================================================================== n88: mobile-app share/copy: every line hard-broken
# at ~34 characters, app chrome ("Posted 3d ago", "Expires in 41 days", "Read more ▾", tab bar)
F = "notice_n88_mobileapp_brokenlines_nspa_dataanalyst.txt"
E88 = [
    "A university degree in statistics, computer science, operations research or a related discipline, or "
    "equivalent relevant professional experience.",
    "At least 4 years' experience in data analysis, including 2 years with logistics or supply chain data.",
    "Proficiency in SQL and in one statistical programming language (R or Python).",
    "The following minimum levels of NATO's official languages (English/French): V (“Advanced”) in one; II "
    "(“Elementary”) in the other.",
]
D88 = [
    "Experience with SAP BW or another enterprise data warehouse.",
    "Knowledge of NATO logistics doctrine.",
]
T88 = "\n".join([
    "9:41                    ▮▮▮ 78%",
    "←  Job details            ♡  ⤴",
    "",
    "Logistics Data Analyst",
    "NATO Support and Procurement",
    "Agency (NSPA)",
    "📍 Capellen, Luxembourg",
    "Posted 3d ago · Expires in 41",
    "days",
    "",
    "Grade: A.2 / NATO",
    "Grade G15",
    "Closing date: 19",
    "February 2027",
    "",
    "[ Apply now ]",
    "",
    "About the role",
    wrap("NSPA's Logistics Operations Directorate turns consumption and stock data from multinational "
         "support partnerships into forecasts. The analyst builds data pipelines, dashboards and demand "
         "models for weapon-system partnerships."),
    "Read more ▾",
    "",
    "Essential",
    "\n".join("• " + wrap(e) for e in E88),
    "",
    "Desirable",
    "\n".join("• " + wrap(e) for e in D88),
    "",
    "Competencies",
    wrap("Analytical Thinking: Makes complex plans or analyses; Clarity and Accuracy: Checks own and others' "
         "work; Initiative: Is decisive in a time-sensitive situation."),
    "",
    "Eligibility",
    wrap("Open to nationals of NATO member nations only. The selected candidate must obtain a NATO SECRET "
         "security clearance."),
    "",
    "Similar jobs",
    "Inventory Analyst · Capellen",
    "A.1 · closes 02 Mar 2027",
    "",
    "⌂ Home   🔍 Search   ♡ Saved   👤 Me",
    "",
])
add(F, lambda p, t=T88: write_path(p, t), notice_label(
    F, "Logistics Data Analyst", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "A-2", "2027-02-19",
    ("university", ["statistics", "computer science", "operations research"], True, ["equivalent_experience"]),
    [(4, "data analysis"), (2, "logistics or supply chain data")],
    ("one_high_other_low", "V", "II", [], []),
    [("Analytical Thinking", 4), ("Clarity and Accuracy", 3), ("Initiative", 3)],
    True, [], "NATO SECRET", E88, D88))


# =================================================================== n89: Markdown wiki page: facts table, a
# Requirement | Essential | Desirable table with ✔ marks, master or bachelor + in-lieu years, SLP in the table
F = "notice_n89_markdown_checkmarktable_act_modsim.txt"
E89 = [
    "Master's degree in computer science, systems engineering or mathematics, or a Bachelor's degree with 2 "
    "additional years of relevant experience in lieu of the Master's degree",
    "At least 5 years' experience in modelling and simulation for military training or analysis, including at "
    "least 2 years with HLA or DIS federations",
    "Experience of the NATO Modelling and Simulation Group (NMSG) standards",
    "English: SLP 3333 (Listening, Speaking, Reading, Writing)",
]
D89 = [
    "Experience in a NATO or national training centre",
    "Knowledge of the MSaaS reference architecture",
    "French: SLP 2222",
]
rows89 = [(e, "✔", "") for e in E89[:2]] + [(D89[0], "", "✔")] + [(E89[2], "✔", ""), (D89[1], "", "✔"),
                                                                   (E89[3], "✔", ""), (D89[2], "", "✔")]
T89 = f"""# Vacancy 270227 — Modelling and Simulation Engineer

> **Eligibility:** only nationals of NATO member nations may apply.

| Field | Value |
|---|---|
| Organisation | Headquarters Supreme Allied Commander Transformation (HQ SACT) |
| Branch | Capability Development — Modelling & Simulation |
| Location | Norfolk, VA, USA |
| Grade | NATO Grade 17 (A-3) |
| Closing date | 2027-03-08 |
| Security clearance | NATO SECRET |
| Contract | 3 years, renewable |

## The role

The engineer designs and runs distributed simulation federations for ACT's experimentation programme and
for the computer-assisted exercises of the NATO Command Structure.

## Requirements

| Requirement | Essential | Desirable |
|---|:---:|:---:|
""" + "\n".join(f"| {r} | {e} | {d} |" for r, e, d in rows89) + """

## Competencies

- **Conceptual Thinking** — Applies complex concepts
- **Teamwork** — Expresses positive expectations of the team

---
_Page last edited 2027-01-04 by hr-wiki-bot · 3 comments_
"""
add(F, lambda p, t=T89: write_path(p, t), notice_label(
    F, "Modelling and Simulation Engineer", "Allied Command Transformation", "Norfolk, Virginia, United States",
    "A-3", "2027-03-08",
    ("master", ["computer science", "systems engineering", "mathematics"], True, ["equivalent_experience"]),
    [(5, "modelling and simulation for military training or analysis"), (2, "HLA or DIS federations")],
    ("none", None, None, [], ["3333"]),
    [("Conceptual Thinking", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E89, D89))


# =================================================================== n90: IS PDF set in TWO COLUMNS (text flows from the
# left column into the right one), grade range A.2-A.3, staff-less "equivalent level of qualification", five comps
F = "notice_n90_pdf_twocolumns_is_ihc_cyberpolicy.pdf"
E90 = [
    "possess a university degree, preferably in international relations, political science or computer science, "
    "or an equivalent level of qualification;",
    "have at least 5 years' experience in cyber security or cyber defence policy, of which at least 2 in a "
    "national administration or an international organisation;",
    "have a sound knowledge of NATO's cyber defence policy and of the Cyber Defence Pledge;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "I (\"Beginner\") in the other.",
]
D90 = [
    "a master's degree in cyber security or international law;",
    "experience of working with industry and academia on cyber defence;",
    "knowledge of the EU's cyber diplomacy toolbox.",
]


def n90(path):
    pdf = PDF(format="A4")
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 7, "Officer (Cyber Defence Policy)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "Innovation, Hybrid and Cyber Division (IHC) – NATO Headquarters, Brussels, Belgium\n"
                   "Grade: A.2-A.3   |   Vacancy 270118   |   Closing date: 22 February 2027",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    body = [
        ("B", "1. SUMMARY"),
        ("", "The Innovation, Hybrid and Cyber Division leads NATO's work on cyber defence policy. The incumbent "
             "drafts policy papers for the Cyber Defence Committee, supports the implementation of the Cyber "
             "Defence Pledge and follows cyber-related cooperation with partners, the European Union and "
             "industry. " * 2),
        ("B", "2. QUALIFICATIONS AND EXPERIENCE"),
        ("B", "ESSENTIAL"),
        ("", "The incumbent must:"),
    ] + [("", "• " + e) for e in E90] + [
        ("B", "DESIRABLE"),
        ("", "The following would be considered an advantage:"),
    ] + [("", "• " + d) for d in D90] + [
        ("B", "3. MAIN ACCOUNTABILITIES"),
        ("", "Policy development: drafts and coordinates cyber defence policy documents. Stakeholder "
             "management: maintains working relations with national delegations and NATO commands. "
             "Representation: represents the Division in committees and conferences. Knowledge management: "
             "keeps the Division's cyber policy library current. Perform any other related duty as assigned."),
        ("B", "4. COMPETENCIES"),
        ("", "The incumbent must demonstrate:\n"
             "• Achievement: Creates own measures of excellence and improves performance;\n"
             "• Analytical Thinking: Sees multiple relationships;\n"
             "• Change Leadership: Expresses vision for change;\n"
             "• Impact and Influence: Uses indirect influence;\n"
             "• Teamwork: Solicits inputs and encourages others."),
        ("B", "5. CONTRACT AND ELIGIBILITY"),
        ("", "Contract: definite duration of three years; possibility of renewal for up to three more years. "
             "Applications are accepted only from nationals of NATO member countries. Security clearance level: "
             "NS (NATO SECRET)."),
    ]
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", balance=True) as cols:
        for style, txt in body:
            with cols.paragraph(text_align="LEFT") as par:
                pdf.set_font("DejaVu", style, 10 if style else 9)
                par.write(txt + "\n")
    pdf.output(path)


add(F, n90, notice_label(
    F, "Officer (Cyber Defence Policy)", "Innovation, Hybrid and Cyber Division", "Brussels, Belgium", "A-2/A-3",
    "2027-02-22",
    ("university", ["international relations", "political science", "computer science"], False,
     ["equivalent_qualification"]),
    [(5, "cyber security or cyber defence policy"), (2, "a national administration or an international organisation")],
    ("one_high_other_low", "V", "I", [], []),
    [("Achievement", 4), ("Analytical Thinking", 3), ("Change Leadership", 2), ("Impact and Influence", 5),
     ("Teamwork", 4)],
    True, [], "NATO SECRET", E90, D90))


# =================================================================== n91: ACO notice, requirements in a NUMBERED list with
# SUB-LETTERS (1.a, 1.b, 2.a ...), each item tagged (E) or (D) at its end; SLP only
F = "notice_n91_numbered_subletters_ed_tags_jfcnp_legad.txt"
E91 = [
    "A university degree in law.",
    "Qualified to practise law in a NATO nation.",
    "At least 6 years' experience as a legal practitioner, of which 3 years in operational law or the law of armed "
    "conflict.",
    "English: SLP 3333 (STANAG 6001).",
]
D91 = [
    "LL.M. in international law.",
    "Experience as a legal adviser in a NATO or national headquarters.",
    "Italian: SLP 2222.",
]
T91 = f"""ALLIED JOINT FORCE COMMAND NAPLES
CIVILIAN VACANCY NOTICE 27/014

POST TITLE:     Legal Advisor (Operational Law)
POST NUMBER:    JLAX 0120
DIVISION:       Office of the Legal Advisor
LOCATION:       Lago Patria, Naples (ITA)
GRADE:          A-3 (NATO Grade G17)
CLOSING DATE:   05.03.2027

1. POST CONTEXT
The Office of the Legal Advisor advises the Commander JFC Naples on all legal aspects of operations, exercises
and the administration of the headquarters.

2. PRINCIPAL DUTIES
The incumbent advises on the legal basis of operations, rules of engagement and targeting, reviews operation
plans, and trains staff in the law of armed conflict.

3. REQUIREMENTS (E = essential, D = desirable)
   1. Education
      a. {E91[0]} (E)
      b. {E91[1]} (E)
      c. {D91[0]} (D)
   2. Experience
      a. {E91[2]} (E)
      b. {D91[1]} (D)
   3. Languages
      a. {E91[3]} (E)
      b. {D91[2]} (D)

4. ELIGIBILITY AND CLEARANCE
Applicants must be nationals of a NATO member nation. The post requires a NATO SECRET clearance.

5. REMARKS
Notice issued 11.01.2027. Interviews are planned for the week of 12.04.2027.
"""
add(F, lambda p, t=T91: write_path(p, t), notice_label(
    F, "Legal Advisor (Operational Law)", "Allied Joint Force Command Naples", "Naples, Italy", "A-3", "2027-03-05",
    ("university", ["law"], True, []),
    [(6, "as a legal practitioner"), (3, "operational law or the law of armed conflict")],
    ("none", None, None, [], ["3333"]),
    [],
    True, [], "NATO SECRET", E91, D91))


# =================================================================== n92: DOCX, requirements as a MATRIX table (rows
# Education / Experience / Languages / Other × columns Essential | Desirable); 17 named programme nations
F = "notice_n92_docx_matrixtable_napma_configmgmt.docx"
E92 = [
    "Bachelor's degree in engineering or computer science.",
    "Minimum 5 years' experience in configuration management of aircraft or weapon systems.",
    "At least 2 years' experience with a PLM tool (e.g. Windchill, Teamcenter).",
    "English: NATO level IV (Upper Intermediate).",
    "Knowledge of configuration management standards (EIA-649, ACMP-2000).",
]
D92 = [
    "Master's degree in systems engineering.",
    "Experience in an AWACS or other airborne surveillance programme.",
    "French: NATO level II (Elementary).",
    "Certified configuration management professional (CMII).",
]


def n92(path):
    d = new_docx(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "NAPMA – VACANCY NOTICE 27-05"
    sec.footer.paragraphs[0].text = "Issued 15 January 2027 – page 1"
    p = d.add_paragraph()
    r = p.add_run("Configuration Management Engineer")
    r.bold = True
    r.font.size = Pt(16)
    docx_table(d, [["Agency", "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)"],
                   ["Location", "Brunssum, the Netherlands"],
                   ["Grade", "A2 (G15)"],
                   ["Closing date", "12 March 2027"],
                   ["Security clearance", "NATO SECRET"]], style="Table Grid")
    d.add_heading("Background", 2)
    d.add_paragraph("NAPMA manages the modernisation programmes of the NATO E-3A fleet on behalf of the NAPMO "
                    "nations. The engineer keeps the fleet's configuration baseline and chairs the configuration "
                    "control board.")
    d.add_heading("Requirements", 2)
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    grid = [("", [("Essential", True)], [("Desirable", True)]),
            ("Education", [(E92[0], False)], [(D92[0], False)]),
            ("Experience", [(E92[1], False), (E92[2], False)], [(D92[1], False)]),
            ("Languages", [(E92[3], False)], [(D92[2], False)]),
            ("Other", [(E92[4], False)], [(D92[3], False)])]
    for i, (head, ess, des) in enumerate(grid):
        t.cell(i, 0).paragraphs[0].add_run(head).bold = True
        for col, items in ((1, ess), (2, des)):
            cell = t.cell(i, col)
            for k, (txt, bold) in enumerate(items):
                par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                par.add_run(txt).bold = bold
    d.add_heading("Competencies", 2)
    d.add_paragraph("Clarity and Accuracy: Monitors and corrects existing systems; Teamwork: Co-operates.")
    d.add_heading("Eligibility", 2)
    d.add_paragraph("This post is open only to nationals of the NAPMO participating nations: Belgium, Canada, Czech "
                    "Republic, Denmark, Germany, Greece, Hungary, Italy, Luxembourg, Netherlands, Norway, Poland, "
                    "Portugal, Romania, Spain, Turkey and the United States.")
    d.save(path)


add(F, n92, notice_label(
    F, "Configuration Management Engineer", "NATO Airborne Early Warning and Control Programme Management Agency",
    "Brunssum, Netherlands", "A-2", "2027-03-12",
    ("bachelor", ["engineering", "computer science"], True, []),
    [(5, "configuration management of aircraft or weapon systems"),
     (2, "with a PLM tool (e.g. Windchill, Teamcenter)")],
    ("each", None, None, [("English", "IV")], []),
    [("Clarity and Accuracy", 4), ("Teamwork", 1)],
    True, ["Belgium", "Canada", "Czechia", "Denmark", "Germany", "Greece", "Hungary", "Italy", "Luxembourg",
           "Netherlands", "Norway", "Poland", "Portugal", "Romania", "Spain", "Türkiye", "United States"],
    "NATO SECRET", E92, D92))


# =================================================================== n93: careers-site HTML with NESTED lists (a heading
# item per group with its own <ul>), B-5, secondary, IV/II, posted and related-job dates
F = "notice_n93_html_nestedlists_is_conference_b5.html"
E93 = [
    "a good general education at least to higher secondary level;",
    "at least 3 years' experience in event or conference management, including 1 year in an international "
    "environment;",
    "advanced user of MS Office (Outlook, Word, Excel, PowerPoint);",
    "IV (\"Upper Intermediate\") in one; II (\"Elementary\") in the other of NATO's official languages "
    "(English/French).",
]
D93 = [
    "experience with a conference registration system;",
    "knowledge of NATO's committee structure.",
]


def n93(path):
    e = [html.escape(x, quote=False) for x in E93]
    dd = [html.escape(x, quote=False) for x in D93]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Senior Assistant, Conference Services | NATO Careers</title></head>
<body>
<header><nav><a href="/">Careers home</a> › <a href="/jobs">Jobs</a> › Senior Assistant</nav>
<button>Sign in</button></header>
<main>
<h1>Senior Assistant, Conference Services</h1>
<p class="meta">Executive Management – Conference Services · NATO Headquarters, Brussels, Belgium ·
B.5 / NATO Grade G12 · Posted: 18 January 2027</p>
<p class="deadline"><strong>Application deadline:</strong> Sunday, 28 February 2027 (midnight Brussels time)</p>
<section><h2>What you will do</h2>
<p>Organise and support the meetings of the North Atlantic Council and its committees: room bookings,
interpretation requests, participant registration and on-site support.</p></section>
<section><h2>Requirements</h2>
<ul class="req">
  <li><strong>Essential</strong>
    <ul>
      <li>Education and experience
        <ul>
          <li>{e[0]}</li>
          <li>{e[1]}</li>
        </ul>
      </li>
      <li>Skills
        <ul><li>{e[2]}</li></ul>
      </li>
      <li>Languages
        <ul><li>{e[3]}</li></ul>
      </li>
    </ul>
  </li>
  <li><strong>Desirable</strong>
    <ul>
      <li>{dd[0]}</li>
      <li>{dd[1]}</li>
    </ul>
  </li>
</ul></section>
<section><h2>Competencies</h2>
<ul>
  <li>Customer Service Orientation
    <ul><li>Takes personal responsibility for correcting problems</li></ul></li>
  <li>Flexibility
    <ul><li>Adapts to unforeseen situations</li></ul></li>
  <li>Teamwork
    <ul><li>Expresses positive expectations of the team</li></ul></li>
</ul></section>
<section><h2>Eligibility</h2>
<p>Open only to nationals of NATO member states. The successful applicant will have to obtain a NATO SECRET
security clearance.</p></section>
<aside><h3>Related jobs</h3>
<ul><li>Assistant, Registry (B.3) – closing 10 March 2027</li>
<li>Interpreter (L.2) – closing 5 April 2027</li></ul></aside>
</main>
<footer>© NATO 2027 · Privacy · Cookies</footer>
</body></html>
"""
    write_path(path, page)


add(F, n93, notice_label(
    F, "Senior Assistant, Conference Services", "Executive Management", "Brussels, Belgium", "B-5", "2027-02-28",
    ("secondary", [], False, []),
    [(3, "event or conference management"), (1, "an international environment")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Customer Service Orientation", 3), ("Flexibility", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E93, D93))


# =================================================================== n94: HR-system CSV export "Field;Value" (one field a
# line, a quoted value containing semicolons), Publication/Last_Modified vs Closing_Date, doctorate, English V only
F = "notice_n94_csv_fieldvalue_export_cmre_acoustics.txt"
E94 = [
    "A PhD in physics, ocean engineering or applied mathematics.",
    "At least 3 years of post-doctoral research experience in underwater acoustics or sonar signal processing.",
    "A record of peer-reviewed publications in underwater acoustics.",
    "English: NATO level V (Advanced).",
]
D94 = [
    "Experience at sea on research vessels.",
    "Italian: NATO level II (Elementary).",
    "Experience with autonomous underwater vehicles.",
]
T94 = "\ufeff" + "\n".join([
    "Field;Value",
    "Requisition_ID;CMRE-27-006",
    "Job_Title;Scientist (Underwater Acoustics)",
    "Organisation;NATO STO Centre for Maritime Research and Experimentation (CMRE)",
    "Location;La Spezia, IT",
    "Grade;A3",
    "Publication_Date;2027-01-10",
    "Last_Modified;2027-01-12",
    "Closing_Date;2027-03-31",
    "Security_Clearance;NATO SECRET",
    "Nationality_Requirement;Nationals of NATO member nations only",
    "Contract;Definite duration, 3 years",
    "\"Summary\";\"CMRE conducts maritime research for the Alliance; the scientist designs sea trials; analyses "
    "acoustic propagation data; and publishes results.\"",
] + [f"Essential_{i + 1};{x}" for i, x in enumerate(E94)] + [
    f"Desirable_{i + 1};{x}" for i, x in enumerate(D94)] + [
    "Competency_1;Conceptual Thinking - Creates new concepts",
    "Competency_2;Achievement - Sets challenging goals",
    "Export_Timestamp;2027-01-12T16:03:55Z",
]) + "\n"
add(F, lambda p, t=T94: write_path(p, t), notice_label(
    F, "Scientist (Underwater Acoustics)", "Centre for Maritime Research and Experimentation", "La Spezia, Italy",
    "A-3", "2027-03-31",
    ("doctorate", ["physics", "ocean engineering", "applied mathematics"], True, []),
    [(3, "underwater acoustics or sonar signal processing")],
    ("each", None, None, [("English", "V")], []),
    [("Conceptual Thinking", 5), ("Achievement", 5)],
    True, [], "NATO SECRET", E94, D94))


# =================================================================== n95: careers HTML with <details> accordions for the
# requirement groups, a countdown widget, facts as a card; A4, in-lieu route, 8 + nested 3 years, SLP 3-3-3-3
F = "notice_n95_html_accordions_countdown_ncia_sdm.html"
E95 = [
    "A university degree in information technology, business administration or a related discipline, or an "
    "additional 4 years of relevant experience in lieu of the degree.",
    "Minimum 8 years' experience in IT service management, of which at least 3 years leading a service delivery "
    "team.",
    "ITIL 4 Foundation certification.",
    "Language proficiency in English: STANAG 6001 Standardized Language Profile 3-3-3-3.",
]
D95 = [
    "ITIL 4 Managing Professional certification.",
    "Experience with ServiceNow.",
    "A master's degree in a relevant field.",
]


def n95(path):
    e = "\n".join(f"      <li>{html.escape(x, quote=False)}</li>" for x in E95)
    dd = "\n".join(f"      <li>{html.escape(x, quote=False)}</li>" for x in D95)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Service Delivery Manager – NCIA careers</title></head>
<body>
<div class="cookie">We use cookies. <button>Accept all</button></div>
<div class="job-card">
  <h1>Service Delivery Manager</h1>
  <dl>
    <dt>Organisation</dt><dd>NATO Communications and Information Agency</dd>
    <dt>Location</dt><dd>The Hague, NL</dd>
    <dt>Grade</dt><dd>A4</dd>
    <dt>Closing date</dt><dd>15/03/2027</dd>
    <dt>Clearance</dt><dd>NATO SECRET</dd>
  </dl>
  <div class="countdown">⏳ Applications close in 23 days</div>
  <a class="btn" href="#apply">Apply</a>
</div>
<p>The Service Delivery Manager owns the end-to-end delivery of the Agency's enterprise services to NATO
Headquarters and agencies in the Netherlands, manages service level agreements and leads a team of 14.</p>
<details open><summary>Essential qualifications</summary>
  <ul>
{e}
  </ul>
</details>
<details><summary>Desirable qualifications</summary>
  <ul>
{dd}
  </ul>
</details>
<details><summary>Competencies</summary>
  <p>Leadership: Leads the team to results. Customer Service Orientation: Acts as a trusted adviser.
  Organisational Awareness: Understands organisational climate and culture.</p>
</details>
<details><summary>Eligibility</summary>
  <p>Candidates must be nationals of a NATO member nation.</p>
</details>
<p class="small">Job posted 20/01/2027 · Reference 270331</p>
</body></html>
"""
    write_path(path, page)


add(F, n95, notice_label(
    F, "Service Delivery Manager", "NATO Communications and Information Agency", "The Hague, Netherlands", "A-4",
    "2027-03-15",
    ("university", ["information technology", "business administration"], True, ["equivalent_experience"]),
    [(8, "IT service management"), (3, "leading a service delivery team")],
    ("none", None, None, [], ["3333"]),
    [("Leadership", 4), ("Customer Service Orientation", 6), ("Organisational Awareness", 3)],
    True, [], "NATO SECRET", E95, D95))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
