"""Notices of corpus 17 (n136-n143). Each writer renders its document from the same hand-written item lists as the label;
the label fields are typed by hand beside it."""
import os

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label

DOCS = []
VI = 'The following minimum levels of NATO\'s official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other.'


def add(file, writer, label):
    DOCS.append((file, writer, label))


def txt_writer(text):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return w


def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)


def li(items):
    return "".join(f"<li>{i}</li>" for i in items)


# ------------------------------------------------------------------ n136 HTML agency job page: chips with icons for the
# facts, share-button bar above and below, "Related jobs" cards with their own grades and closing dates, curly quotes
F = "notice_n136_html_jobchips_sharebar_relatedcards_ncia_cybersecurityengineer.html"
E136 = ["A university degree in computer science, information security or a related discipline.",
        "At least 5 years' experience in the engineering of cyber defence capabilities, including 2 years with "
        "intrusion detection or security monitoring tools.",
        "Experience with Linux system administration and scripting.",
        "The following minimum levels of NATO's official languages (English/French): V (“Advanced”) in one; "
        "I (“Beginner”) in the other."]
D136 = ["CISSP, GIAC or equivalent certification.", "Experience in a military or NATO environment."]
H136 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Principal Cyber Security Engineer – NCIA Careers</title></head>
<body>
<header><a href="/">NCIA Careers</a> <nav><a href="#">Jobs</a> <a href="#">Life at NCIA</a> <a href="#">Graduate programme</a> <a href="#">Sign in</a></nav></header>
<main>
<a href="/jobs">&larr; Back to all jobs</a>
<h1>Principal Cyber Security Engineer</h1>
<div class="share">Share: <a href="#">in LinkedIn</a> <a href="#">𝕏 Post</a> <a href="#">✉ Email</a> <a href="#">🔗 Copy link</a></div>
<div class="chips">
<span class="chip">🏢 NATO Communications and Information Agency (NCIA)</span>
<span class="chip">📍 The Hague, Netherlands</span>
<span class="chip">🎓 NATO Grade G15</span>
<span class="chip">🔒 NATO SECRET</span>
<span class="chip">⏳ Apply by 22 February 2027</span>
<span class="chip">👥 Nationals of NATO Member Nations only</span>
</div>
<p class="posted">Posted 11 January 2027 · Ref. NCIA/TH/27-014</p>
<h2>About the role</h2>
<p>The Cyber Security Service Line designs the protection of the NATO Enterprise networks. The incumbent leads the
engineering of intrusion detection and security monitoring services.</p>
<h2>What we are looking for</h2>
<h3>Essential</h3>
<ul>{li(E136)}</ul>
<h3>Desirable</h3>
<ul>{li(D136)}</ul>
<h2>Competencies</h2>
<p>Analytical Thinking: Makes complex plans or analyses. Initiative: Is decisive in a time-sensitive situation.
Teamwork: Co-operates.</p>
<h2>What we offer</h2>
<p>A three-year definite duration contract, tax-free salary and expatriation allowance where eligible.</p>
<a class="btn" href="#">Apply now</a>
<div class="share">Share: <a href="#">in LinkedIn</a> <a href="#">𝕏 Post</a> <a href="#">✉ Email</a> <a href="#">🔗 Copy link</a></div>
</main>
<aside><h2>Related jobs</h2>
<div class="card"><h3>Senior Network Security Engineer</h3><p>Mons, Belgium · NATO Grade G17 · Apply by 08 February 2027</p></div>
<div class="card"><h3>Cyber Threat Analyst</h3><p>Mons, Belgium · NATO Grade G13 · Apply by 01 March 2027</p></div>
</aside>
<footer>© 2027 NCIA · Accessibility · Privacy notice · Cookie settings</footer>
</body></html>
"""
add(F, txt_writer(H136), notice_label(
    F, "Principal Cyber Security Engineer", "NATO Communications and Information Agency (NCIA)",
    "The Hague, Netherlands", "A-2", "2027-02-22",
    ("university", ["computer science", "information security"], True, []),
    [(5, "the engineering of cyber defence capabilities"), (2, "intrusion detection or security monitoring tools")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 4), ("Initiative", 3), ("Teamwork", 1)],
    True, [], "NATO SECRET", E136, D136))


# ------------------------------------------------------------------ n137 text-browser dump (lynx -dump) of a SHAPE
# careers page: [n] link markers everywhere, "References" list at the end, ACO format with sub-headed essentials
F = "notice_n137_lynxdump_linkrefs_acoformat_shape_logisticsplans.txt"
E137 = ["Professional/Experience: At least 6 years' experience in logistics planning for deployed forces, of which "
        "2 years in a multinational headquarters.",
        "Professional/Experience: Experience in the use of LOGFAS.",
        "Education/Training: University degree in logistics, business administration or a related discipline, or "
        "completion of a national or NATO staff college.",
        "Language: English - SLP 3333 (Listening, Speaking, Reading and Writing)."]
D137 = ["Professional/Experience: Experience in host nation support arrangements.",
        "Education/Training: NATO Logistics Officer Course (NSO).",
        "Language: French - SLP 2222."]
T137 = f"""   [1]Skip to main content
   [2]SHAPE Home   [3]About   [4]Operations   [5]Careers   [6]Media   [7]Contact

   [8]Careers > [9]Civilian vacancies > Logistics Plans Officer

                             Logistics Plans Officer

   Vacancy ID: SHAPE-27-0061
   Organisation: Supreme Headquarters Allied Powers Europe (SHAPE), J4 Logistics Directorate
   Location: Mons, Belgium
   NATO Grade: G17
   Security clearance: NATO SECRET
   Closing date: 09 March 2027
   Open to nationals of NATO member nations only.

   [10]Print   [11]Share on LinkedIn   [12]Share by e-mail

POST CONTEXT

   The J4 Logistics Directorate plans the sustainment of NATO operations and
   exercises. The incumbent drafts the logistics annexes of operation plans.

PRINCIPAL DUTIES

   The incumbent's duties are to: draft logistics estimates; lead the [13]LOGFAS
   data preparation for force planning; chair the logistics working group.

ESSENTIAL QUALIFICATIONS

{bullets(E137, "     * ")}

DESIRABLE QUALIFICATIONS

{bullets(D137, "     * ")}

ATTRIBUTES/COMPETENCIES

     * Personal attributes: Clarity and Accuracy: Checks own and others' work.
       Organisational Awareness: Understands organisational climate and culture.
     * Managerial responsibilities: none.

REMARKS

   Duration of contract: three years, renewable. [14]How to apply (NATO
   Talent Acquisition Platform).

   [15]Back to vacancies   [16]Subscribe to job alerts

References

   1. https://shape.nato.int/#main
   2. https://shape.nato.int/
   5. https://shape.nato.int/careers
   13. https://shape.nato.int/resources/logfas
   14. https://nato.taleo.net/careersection/2/jobsearch.ftl
   16. https://shape.nato.int/careers/alerts
"""
add(F, txt_writer(T137), notice_label(
    F, "Logistics Plans Officer", "Supreme Headquarters Allied Powers Europe (SHAPE), J4 Logistics Directorate",
    "Mons, Belgium", "A-3",
    "2027-03-09",
    ("university", ["logistics", "business administration"], True, ["military_staff_college"]),
    [(6, "logistics planning for deployed forces"), (2, "a multinational headquarters")],
    ("none", None, None, [], ["3333"]),
    [("Clarity and Accuracy", 3), ("Organisational Awareness", 3)],
    True, [], "NATO SECRET", E137, D137))


# ------------------------------------------------------------------ n138 PDF: JFC Naples notice, facts in a two-column
# box (labels left and right), lettered essentials, deadline written "23:59 hrs (CET) on 15 Mar 27"
F = "notice_n138_pdf_factsbox_twopairs_letteredreqs_jfcnaples_financeofficer.pdf"
E138 = ["A university degree in finance, accounting or economics.",
        "Minimum five years' experience in budget execution or financial accounting in a public administration or "
        "an international organisation.",
        "Knowledge of IPSAS.",
        "Experience with an ERP financial module (SAP or Oracle).",
        VI]
D138 = ["Professional accounting qualification (ACCA, CPA or national equivalent).",
        "Experience of NATO common funding."]


def n138(path):
    pdf = PDF(format="A4")
    pdf.header_text = "NATO UNCLASSIFIED"
    pdf.footer_text = "NATO UNCLASSIFIED – JFCNP-27-05 – {p}"
    pdf.add_page()
    pdf.para("ALLIED JOINT FORCE COMMAND NAPLES", 13, "B", align="C")
    pdf.para("CIVILIAN VACANCY NOTICE", 11, "B", align="C")
    pdf.ln(2)
    x0, y0 = pdf.l_margin, pdf.get_y()
    pdf.rect(x0, y0, 190, 30)
    pairs = [("Post title:", "Finance Officer", "Grade:", "G15"),
             ("Organisation:", "JFC Naples, Financial Control", "Location:", "Naples, Italy"),
             ("Vacancy no.:", "JFCNP-27-05", "Clearance:", "NATO SECRET"),
             ("Closing:", "23:59 hrs (CET) on 15 Mar 27", "Eligibility:", "NATO nations' citizens")]
    for k, (a, b, c, d) in enumerate(pairs):
        y = y0 + 2 + k * 6.5
        pdf.set_xy(x0 + 2, y)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(26, 5, a)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(70, 5, b)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(24, 5, c)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(60, 5, d)
    pdf.set_xy(x0, y0 + 33)
    pdf.para("POST CONTEXT: The Financial Control branch executes the budgets of the headquarters. The incumbent "
             "manages the accounts payable and year-end closure.", 10)
    pdf.ln(2)
    pdf.para("ESSENTIAL QUALIFICATIONS", 10.5, "B")
    for k, i in enumerate(E138):
        pdf.para(f"{'abcdefg'[k]}. {i}", 10)
    pdf.ln(2)
    pdf.para("DESIRABLE QUALIFICATIONS", 10.5, "B")
    for k, i in enumerate(D138):
        pdf.para(f"{'abcdefg'[k]}. {i}", 10)
    pdf.ln(2)
    pdf.para("COMPETENCIES: Clarity and Accuracy: Monitors and corrects existing systems; Achievement: Works to meet "
             "others' standards.", 10)
    pdf.para("CONTRACT: Three years; the first six months are probationary. Selected candidates will be invited to a "
             "written test in the week of 12 April 2027.", 10)
    pdf.output(path)


add(F, n138, notice_label(
    F, "Finance Officer", "JFC Naples, Financial Control", "Naples, Italy", "A-2", "2027-03-15",
    ("university", ["finance", "accounting", "economics"], True, []),
    [(5, "budget execution or financial accounting in a public administration or an international organisation")],
    ("one_high_other_low", "V", "I", [], []),
    [("Clarity and Accuracy", 4), ("Achievement", 2)],
    True, [], "NATO SECRET", E138, D138))


# ------------------------------------------------------------------ n139 DOCX: IS notice without section headings
# ("The incumbent must:" / "The following would be considered an advantage:"), grade range A.2/A.3, equivalent
# qualification alternative, run-on competency line
F = "notice_n139_docx_noheadings_mustadvantage_a2a3_is_pdd_mediaanalyst.docx"
E139 = ["possess a university degree in communications, journalism or political science, or an equivalent level of "
        "qualification;",
        "have at least 4 years' experience in media monitoring and analysis;",
        "have experience in drafting reports for senior leadership under tight deadlines;",
        "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
        "II (\"Elementary\") in the other."]
D139 = ["experience of working in a newsroom;", "knowledge of Russian or Arabic."]


def n139(path):
    d = new_docx()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "NATO International Staff – Public Diplomacy Division – Vacancy 270109"
    sec.footer.paragraphs[0].text = "Reviewed 05/01/2027 – HR/IS/TA"
    d.add_heading("Media Analyst", level=1)
    d.add_paragraph("Public Diplomacy Division, Media Operations Centre – Brussels, Belgium")
    d.add_paragraph("Grade: A.2/A.3 · Security clearance: NATO SECRET · Applications by: 19 February 2027")
    d.add_paragraph("Open to nationals of NATO member states only.")
    d.add_paragraph("The Media Operations Centre follows the international media 24/7 and provides the Secretary "
                    "General's Private Office with analysis of coverage of NATO.")
    d.add_paragraph("The incumbent must:")
    for i in E139:
        d.add_paragraph(i, style="List Bullet")
    d.add_paragraph("The following would be considered an advantage:")
    for i in D139:
        d.add_paragraph(i, style="List Bullet")
    d.add_paragraph("The incumbent must demonstrate: Analytical Thinking: Sees multiple relationships; Flexibility: "
                    "Adapts to unforeseen situations; Impact and Influence: Takes multiple actions to persuade; "
                    "Teamwork: Solicits inputs.")
    d.add_paragraph("Contract: three years; the first six months are probationary. Shift work including weekends.")
    d.save(path)


add(F, n139, notice_label(
    F, "Media Analyst", "Public Diplomacy Division, Media Operations Centre", "Brussels, Belgium", "A-2/A-3",
    "2027-02-19",
    ("university", ["communications", "journalism", "political science"], True, ["equivalent_qualification"]),
    [(4, "media monitoring and analysis")],
    ("one_high_other_low", "V", "II", [], []),
    [("Analytical Thinking", 3), ("Flexibility", 3), ("Impact and Influence", 3), ("Teamwork", 3)],
    True, [], "NATO SECRET", E139, D139))


# ------------------------------------------------------------------ n140 job aggregator copy: "Save job ☆", tags,
# "Posted 3 days ago", "Apply on employer site", dotted European date "Closing: 28.02.2027", a B grade, similar jobs
F = "notice_n140_aggregatorcopy_savejob_tags_dotteddate_bgrade_nspa_procurementassistant.txt"
E140 = ["Completed secondary education at least to higher secondary level.",
        "At least 4 years' experience in procurement or contract administration.",
        "Experience with ERP purchasing modules.",
        "The following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in "
        "one; II (\"Elementary\") in the other."]
D140 = ["A post-secondary diploma in business administration.", "Experience in a multinational organisation."]
T140 = f"""IntOrgJobs.example  |  Jobs  ·  Organisations  ·  Salary guide  ·  Post a job        Log in  Sign up
Search: [ procurement            ] [ Luxembourg ▾ ]  (Search)

← Back to results (38)

Procurement Assistant
NATO Support and Procurement Agency (NSPA) · Capellen, Luxembourg
Posted 3 days ago · 57 views            ☆ Save job    ⤴ Share    ⚑ Report

Tags: #procurement #NATO #Luxembourg #B-grade #full-time

Grade: B-4
Closing: 28.02.2027
Clearance: NATO SECRET
Who can apply: nationals of NATO Member Nations

[ Apply on employer site ]

Job description
The Procurement Assistant supports the procurement officers of the Land Systems Programme in the preparation of
invitations for bid and the administration of contracts.

Essential qualifications
{bullets(E140, "• ")}

Desirable qualifications
{bullets(D140, "• ")}

Competencies
Customer Service Orientation: Takes personal responsibility for correcting problems. Teamwork: Expresses positive
expectations of the team.

Information: contract of 3 years, renewable.

Get job alerts for "procurement" in Luxembourg   [ Create alert ]

Similar jobs
Contracting Officer – NSPA – Capellen, Luxembourg – closes 14.02.2027
Finance Assistant – NSPA – Capellen, Luxembourg – closes 03.03.2027
Buyer (temporary) – European Investment Bank – Luxembourg – closes 20.02.2027

© IntOrgJobs.example 2027 – We are not the employer. Always apply via the official site.
"""
add(F, txt_writer(T140), notice_label(
    F, "Procurement Assistant", "NATO Support and Procurement Agency (NSPA)", "Capellen, Luxembourg", "B-4",
    "2027-02-28",
    ("secondary", [], False, []),
    [(4, "procurement or contract administration")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Customer Service Orientation", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E140, D140))


# ------------------------------------------------------------------ n141 HTML programme agency: participating nations
# as an HTML list inside an "Eligibility" panel, "Who we are" / "Your tasks" / "Your profile", SLP only, G17
F = "notice_n141_html_eligibilitypanel_nationlist_napma_systemsengineer.html"
NAT141 = ["Canada", "Denmark", "Germany", "Italy", "Netherlands", "Norway", "Poland", "Spain", "United States"]
E141 = ["A university degree in aerospace, electrical or systems engineering.",
        "At least 7 years' experience in systems engineering of airborne mission systems, including 3 years in "
        "programme management of weapon system upgrades.",
        "Experience with configuration management and requirements management tools.",
        "English: SLP 3333."]
D141 = ["Master's degree in systems engineering.", "Experience with the E-3A aircraft or similar platforms."]
H141 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vacancy – Senior Systems Engineer (Mission Systems)</title></head>
<body>
<div class="topbar">NAPMA · NATO Airborne Early Warning &amp; Control Programme Management Agency <span class="lang">EN | FR</span></div>
<nav><a href="#">Home</a> | <a href="#">Programme</a> | <a href="#">Vacancies</a> | <a href="#">Procurement</a> | <a href="#">Contact</a></nav>
<article>
<h1>Senior Systems Engineer (Mission Systems)</h1>
<p class="ref">Vacancy 27/03 · Brunssum, Netherlands · NATO Grade G17 · Security clearance: NATO SECRET</p>
<p><strong>Deadline:</strong> Sunday, 7 March 2027 (midnight CET)</p>
<div class="panel"><h2>Eligibility</h2>
<p>This post is open only to nationals of the NAPMO participating nations:</p>
<ul>{li(NAT141)}</ul></div>
<h2>Who we are</h2><p>NAPMA manages the modernisation of the NATO E-3A fleet on behalf of its participating nations.</p>
<h2>Your tasks</h2><p>You lead the engineering of mission system upgrades from requirements to acceptance.</p>
<h2>Your profile</h2>
<h3>Essential</h3><ul>{li(E141)}</ul>
<h3>Desirable</h3><ul>{li(D141)}</ul>
<h2>Competencies</h2><ul><li>Conceptual Thinking: Applies complex concepts.</li><li>Achievement: Sets challenging goals.</li></ul>
<p class="social">Follow us: LinkedIn · YouTube · Facebook</p>
<div class="more"><h2>More vacancies</h2><ul><li>Contracts Officer – deadline 21 February 2027</li><li>Secretary (B-3) – deadline 28 March 2027</li></ul></div>
</article>
<footer>NAPMA, Akerstraat 7, Brunssum · Disclaimer · Privacy</footer>
</body></html>
"""
add(F, txt_writer(H141), notice_label(
    F, "Senior Systems Engineer (Mission Systems)",
    "NATO Airborne Early Warning & Control Programme Management Agency", "Brunssum, Netherlands", "A-3",
    "2027-03-07",
    ("university", ["aerospace engineering", "electrical engineering", "systems engineering"], True, []),
    [(7, "systems engineering of airborne mission systems"), (3, "programme management of weapon system upgrades")],
    ("none", None, None, [], ["3333"]),
    [("Conceptual Thinking", 3), ("Achievement", 5)],
    True, NAT141, "NATO SECRET", E141, D141))


# ------------------------------------------------------------------ n142 PDF two pages: NATO Defense College faculty
# post, master's level degree, essentials continue on page 2 under a running header, V/III, "12 March 2027"
F = "notice_n142_pdf_twopage_itemsacrossbreak_master_viii_ndc_facultyadviser.pdf"
E142 = ["A university degree at master's level in international relations, security studies or history.",
        "At least 8 years' experience in security and defence policy, of which 3 years in teaching or research at "
        "a university or a defence college.",
        "A record of publications on Euro-Atlantic security.",
        "Experience in facilitating seminars for senior military and civilian participants.",
        "The following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
        "III (\"Intermediate\") in the other."]
D142 = ["A doctorate in a relevant discipline.", "Graduate of a senior course at a defence college."]


def n142(path):
    pdf = PDF(format="A4")
    pdf.header_text = "NATO Defense College – Vacancy Notice NDC 27/02"
    pdf.footer_text = "Page {p} of 2"
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_y(16)
    pdf.para("NATO DEFENSE COLLEGE, ROME", 14, "B")
    pdf.para("Faculty Adviser (Euro-Atlantic Security)", 12, "B")
    for ln in ["Division: Academic Policy Division", "Location: Rome, Italy", "Grade: A.3 (NATO Grade 17)",
               "Security clearance: NATO SECRET", "Closing date: 12 March 2027",
               "Nationality: open to nationals of NATO member countries only"]:
        pdf.para(ln, 10)
    pdf.ln(3)
    pdf.para("1. BACKGROUND", 10.5, "B")
    pdf.para("The NATO Defense College educates senior officers and officials of Allied and partner nations. Faculty "
             "Advisers lead committees of course members through the Senior Course curriculum, moderate discussion "
             "and assess course members' written work. " * 3, 10)
    pdf.ln(2)
    pdf.para("2. MAIN RESPONSIBILITIES", 10.5, "B")
    pdf.para("Lead a committee of up to 12 course members; prepare and moderate seminars; contribute to research "
             "papers of the Research Division; organise the field studies of the course. " * 3, 10)
    pdf.ln(2)
    pdf.para("3. QUALIFICATIONS AND EXPERIENCE", 10.5, "B")
    pdf.para("ESSENTIAL", 10, "B")
    for i in E142[:2]:
        pdf.para("- " + i, 10)
    pdf.add_page()
    pdf.set_y(16)
    for i in E142[2:]:
        pdf.para("- " + i, 10)
    pdf.ln(2)
    pdf.para("DESIRABLE", 10, "B")
    for i in D142:
        pdf.para("- " + i, 10)
    pdf.ln(2)
    pdf.para("4. COMPETENCIES", 10.5, "B")
    pdf.para("- Impact and Influence: Takes multiple actions to persuade;\n- Conceptual Thinking: Clarifies complex "
             "data or situations;\n- Organisational Awareness: Understands organisational politics.", 10)
    pdf.ln(2)
    pdf.para("5. CONTRACT", 10.5, "B")
    pdf.para("Three-year contract, renewable for a further three years. Interviews are foreseen in April 2027.", 10)
    pdf.output(path)


add(F, n142, notice_label(
    F, "Faculty Adviser (Euro-Atlantic Security)", "NATO Defense College", "Rome, Italy",
    "A-3", "2027-03-12",
    ("master", ["international relations", "security studies", "history"], True, []),
    [(8, "security and defence policy"), (3, "teaching or research at a university or a defence college")],
    ("one_high_other_low", "V", "III", [], []),
    [("Impact and Influence", 3), ("Conceptual Thinking", 4), ("Organisational Awareness", 4)],
    True, [], "NATO SECRET", E142, D142))


# ------------------------------------------------------------------ n143 DOCX: IMS notice whose facts sit in the page
# header table, essentials and desirables as numbered Word lists, deadline in a closing sentence, B.5 grade
F = "notice_n143_docx_factsinheadertable_numberedlists_b5_ims_executiveassistant.docx"
E143 = ["A good general education at least to higher secondary level.",
        "At least 3 years' experience as an assistant to a senior manager, including 1 year in a military or "
        "international environment.",
        "Advanced knowledge of Microsoft Office (Word, Excel, Outlook, PowerPoint).",
        "The following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in "
        "one; III (\"Intermediate\") in the other."]
D143 = ["Experience with NATO document management (TRIM/HPE Content Manager).", "Knowledge of protocol procedures."]


def n143(path):
    d = new_docx()
    sec = d.sections[0]
    ht = sec.header.add_table(rows=2, cols=3, width=sec.page_width - sec.left_margin - sec.right_margin)
    for (r, c), v in {(0, 0): "NATO International Military Staff", (0, 1): "Vacancy IMS 27/04",
                      (0, 2): "Grade: B.5 (G12)", (1, 0): "Office of the Director General",
                      (1, 1): "Brussels, Belgium", (1, 2): "Clearance: NATO SECRET"}.items():
        ht.cell(r, c).text = v
    d.add_heading("Executive Assistant", level=1)
    d.add_paragraph("The Office of the Director General supports the Director General of the International Military "
                    "Staff. The incumbent manages the Director General's agenda and correspondence.")
    d.add_paragraph("Eligibility: nationals of NATO member states only.")
    d.add_heading("Essential qualifications and experience", level=2)
    for i in E143:
        d.add_paragraph(i, style="List Number")
    d.add_heading("Desirable qualifications and experience", level=2)
    for i in D143:
        d.add_paragraph(i, style="List Number")
    d.add_heading("Competencies", level=2)
    docx_table(d, [["Competency", "Level"], ["Clarity and Accuracy", "Checks own work"],
                   ["Customer Service Orientation", "Makes self fully available"],
                   ["Self-Control", "Responds calmly"]], bold_first_row=True)
    d.add_paragraph()
    d.add_paragraph("Applications must be submitted through the NATO Talent Acquisition Platform no later than "
                    "26 February 2027. Incomplete applications will not be considered. Tests are planned for 15 March "
                    "2027.")
    d.save(path)


add(F, n143, notice_label(
    F, "Executive Assistant", "NATO International Military Staff, Office of the Director General", "Brussels, Belgium",
    "B-5", "2027-02-26",
    ("secondary", [], False, []),
    [(3, "as an assistant to a senior manager"), (1, "a military or international environment")],
    ("one_high_other_low", "IV", "III", [], []),
    [("Clarity and Accuracy", 2), ("Customer Service Orientation", 4), ("Self-Control", 2)],
    True, [], "NATO SECRET", E143, D143))


def build():
    for file, writer, label in DOCS:
        write_label(NOTICES, label)
        writer(os.path.join(NOTICES, file))
    return DOCS
