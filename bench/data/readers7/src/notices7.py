"""Notices of corpus 7 (n80-n87). Each notice is written with its hand-written label beside it.

The essential/desirable item lists are written once and used both in the document and in the label, so the
label holds the items exactly as the document states them. Every other label field is set by hand.
"""
import html
import os

from docx.shared import Pt

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label

DOCS = []


def write_path(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def add(file, writer, label):
    DOCS.append((file, writer, label))


# =================================================================== n80: IS PDF, requirements table that runs across
# two pages (heading row repeated), competencies after the table on page 2
F = "notice_n80_pdf_reqtable_twopages_is_dia_armaments.pdf"
E80 = [
    "A university degree in engineering, economics or political science.",
    "At least 4 years' experience in defence capability development or armaments cooperation, including 2 years "
    "in a multinational environment.",
    "Knowledge of the NATO Defence Planning Process (NDPP).",
    "Minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in "
    "the other.",
]
D80 = [
    "Experience in a national armaments directorate.",
    "A master's degree in a relevant field.",
]


def n80(path):
    pdf = PDF(format="A4")
    pdf.header_text = "NATO UNCLASSIFIED – Vacancy Notice 270115"
    pdf.footer_text = "Page {p}"
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 7, "Armaments Cooperation Officer", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Defence Investment Division – Armaments Directorate\nNATO Headquarters, Brussels, Belgium\n"
             "Grade: A.2 / NATO Grade G15\nClosing date: Monday, 15 March 2027 (23:59 Brussels time)", 10)
    pdf.heading("1. Summary", 11)
    summ = ("The Armaments Directorate supports the Conference of National Armaments Directors (CNAD) and its "
            "main groups. The incumbent supports multinational capability cooperation projects, prepares CNAD "
            "papers and follows the armaments aspects of the NATO Defence Planning Process. ")
    pdf.para(summ * 3, 10)
    pdf.heading("2. Main responsibilities", 11)
    for r in ["Project management: follows multinational high-visibility projects from inception to delivery.",
              "Policy development: drafts armaments cooperation policy for the CNAD.",
              "Stakeholder management: maintains contacts with national delegations and NATO agencies.",
              "Knowledge management: keeps the project database current.",
              "Representation: represents the Directorate in NATO and EU fora.",
              "Perform any other related duty as assigned."]:
        pdf.para("• " + r, 10)
    pdf.heading("3. Qualifications and experience", 11)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_y(max(pdf.get_y(), 246))  # the table starts low on page 1 and breaks onto page 2
    rows = [(str(i + 1), t, "Essential") for i, t in enumerate(E80)] + \
           [(str(len(E80) + i + 1), t, "Desirable") for i, t in enumerate(D80)]
    with pdf.table(col_widths=(10, 130, 30), first_row_as_headings=True, line_height=5.2,
                   text_align="LEFT", repeat_headings=1) as t:
        h = t.row()
        for c in ("No.", "Requirement", "Type"):
            h.cell(c)
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.heading("4. Competencies", 11)
    pdf.para("The incumbent must demonstrate:\n• Achievement: Creates own measures of excellence;\n"
             "• Change Leadership: Expresses vision for change;\n• Teamwork: Encourages others.", 10)
    pdf.heading("5. Eligibility and security", 11)
    pdf.para("This post is open to nationals of NATO member countries only. The successful candidate must hold or "
             "be able to obtain a NATO SECRET security clearance. Contract: 3 years, renewable.", 10)
    pdf.output(path)


add(F, n80, notice_label(
    F, "Armaments Cooperation Officer", "Defence Investment Division", "Brussels, Belgium", "A-2", "2027-03-15",
    ("university", ["engineering", "economics", "political science"], True, []),
    [(4, "defence capability development or armaments cooperation"), (2, "a multinational environment")],
    ("one_high_other_low", "V", "II", [], []),
    [("Achievement", 3), ("Change Leadership", 2), ("Teamwork", 4)],
    True, [], "NATO SECRET", E80, D80))


# =================================================================== n81: ATS requisition export with "Req ID" fields
F = "notice_n81_ats_reqid_export_ncia_netops.txt"
E81 = [
    "Bachelor's degree in telecommunications, electrical engineering or computer science, or 2 additional years of "
    "relevant experience in lieu of a degree.",
    "A minimum of 3 years of experience in network operations.",
    "Hands-on experience with Cisco routing and switching.",
    "English SLP 3333 (STANAG 6001).",
]
D81 = [
    "CCNP Enterprise certification.",
    "French SLP 2222.",
]
T81 = f"""=====================================================================
REQUISITION EXPORT                       Printed: 14-Jan-2027 09:12
=====================================================================
Req ID ................ 27-0312-NCIA
Req Title ............. Network Operations Engineer
Business Unit ......... NCI Agency - Service Support & Operations
Job Family ............ Engineering / Networks
Work Location ......... Mons (BEL) - SHAPE
Pay Grade ............. NG15 / A2
Req Status ............ Open - Posted External
Posting Start ......... 12-Jan-2027
Posting Expiry ........ 26-Feb-2027
Openings .............. 1
Clearance Required .... NATO Secret
Citizenship Req. ...... NATO Nations only
Related Reqs .......... 27-0298-NCIA (Network Engineer, NG13/A1, expiry 05-Feb-2027)
---------------------------------------------------------------------
[Job Description]
The NATO Communications and Information Agency (NCIA) operates the networks of NATO Headquarters, commands and
agencies. The Network Operations Engineer monitors and restores the NATO General Purpose Segment network at
SHAPE and leads second-line incident resolution.

[Required Qualifications]
{chr(10).join(f"{i + 1}) {t}" for i, t in enumerate(E81))}

[Preferred Qualifications]
{chr(10).join(f"{i + 1}) {t}" for i, t in enumerate(D81))}

[Eligibility]
Only nationals of NATO member nations are eligible. Applications close on 26 February 2027.
---------------------------------------------------------------------
Req History: Created 02-Dec-2026 by HR-BP | Approved 18-Dec-2026 | Posted 12-Jan-2027
=====================================================================
"""
add(F, lambda p, t=T81: write_path(p, t), notice_label(
    F, "Network Operations Engineer", "NATO Communications and Information Agency", "Mons, Belgium", "A-2",
    "2027-02-26",
    ("bachelor", ["telecommunications", "electrical engineering", "computer science"], True,
     ["equivalent_experience"]),
    [(3, "network operations")],
    ("none", None, None, [], ["3333"]),
    [], True, [], "NATO SECRET", E81, D81))


# =================================================================== n82: French-first bilingual DOCX (full French
# version, then full English version); label = the English version
F = "notice_n82_docx_frenchfirst_bilingual_is_dpp_forceplanning.docx"
E82 = [
    "possess a university degree in political science, international relations or economics, or an equivalent "
    "level of qualification;",
    "have at least 5 years' experience in defence planning, of which 2 years in a national ministry of defence or "
    "NATO;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "III (\"Intermediate\") in the other;",
]
D82 = [
    "have experience of the NATO Defence Planning Process;",
    "have a master's degree.",
]
F82E = [
    "être titulaire d'un diplôme universitaire en sciences politiques, relations internationales ou économie, ou "
    "d'une qualification de niveau équivalent ;",
    "avoir au moins cinq années d'expérience en planification de défense, dont deux années dans un ministère "
    "national de la défense ou à l'OTAN ;",
    "avoir au minimum les niveaux suivants dans les langues officielles de l'OTAN (anglais/français) : V (« Avancé ») "
    "dans l'une ; III (« Intermédiaire ») dans l'autre ;",
]
F82D = ["avoir l'expérience du processus OTAN de planification de défense ;", "être titulaire d'un master."]


def n82(path):
    d = new_docx(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OTAN / NATO – Secrétariat international / International Staff"
    d.add_heading("AVIS DE VACANCE – Administrateur/Administratrice (Planification des forces)", 1)
    docx_table(d, [["Division", "Division Planification de la politique de défense"],
                   ["Lieu", "Siège de l'OTAN, Bruxelles (Belgique)"],
                   ["Grade", "A.3 / grade OTAN G17"],
                   ["Date limite de dépôt des candidatures", "22 février 2027"],
                   ["Habilitation de sécurité", "OTAN SECRET"]])
    d.add_heading("QUALIFICATIONS ET EXPÉRIENCE", 2)
    d.add_paragraph("ESSENTIELLES – Le/la titulaire doit :")
    for i in F82E:
        d.add_paragraph(i, style="List Bullet")
    d.add_paragraph("SOUHAITABLES – Les éléments suivants seraient un atout :")
    for i in F82D:
        d.add_paragraph(i, style="List Bullet")
    d.add_paragraph("COMPÉTENCES – Le/la titulaire doit faire preuve des compétences suivantes : Réflexion analytique "
                    "(Analytical Thinking) : élabore des plans ou des analyses complexes ; Impact et influence "
                    "(Impact and Influence) : prend plusieurs mesures pour convaincre ; Connaissance de l'organisation "
                    "(Organisational Awareness) : comprend le climat et la culture de l'organisation.")
    d.add_paragraph("Le poste est ouvert exclusivement aux ressortissants des pays membres de l'OTAN.")
    d.add_page_break()
    d.add_heading("VACANCY NOTICE – Officer (Force Planning)", 1)
    docx_table(d, [["Division", "Defence Policy and Planning Division"],
                   ["Location", "NATO Headquarters, Brussels, Belgium"],
                   ["Grade", "A.3 / NATO Grade G17"],
                   ["Closing date", "22 February 2027"],
                   ["Security clearance", "NATO SECRET"]])
    d.add_heading("QUALIFICATIONS AND EXPERIENCE", 2)
    d.add_paragraph("ESSENTIAL – The incumbent must:")
    for i in E82:
        d.add_paragraph(i, style="List Bullet")
    d.add_paragraph("DESIRABLE – The following would be considered an advantage:")
    for i in D82:
        d.add_paragraph(i, style="List Bullet")
    d.add_paragraph("COMPETENCIES – The incumbent must demonstrate: Analytical Thinking: Makes complex plans or "
                    "analyses; Impact and Influence: Takes multiple actions to persuade; Organisational Awareness: "
                    "Understands organisational climate and culture.")
    d.add_paragraph("This post is open to nationals of NATO member countries only.")
    d.save(path)


add(F, n82, notice_label(
    F, "Officer (Force Planning)", "Defence Policy and Planning Division", "Brussels, Belgium", "A-3", "2027-02-22",
    ("university", ["political science", "international relations", "economics"], True,
     ["equivalent_qualification"]),
    [(5, "defence planning"), (2, "a national ministry of defence or NATO")],
    ("one_high_other_low", "V", "III", [], []),
    [("Analytical Thinking", 4), ("Impact and Influence", 3), ("Organisational Awareness", 3)],
    True, [], "NATO SECRET", E82, D82))


# =================================================================== n83: e-mail thread, notice quoted two levels deep
# (">> ") with inline comments one level up ("> [Tom: ...]"); other dates in the thread
F = "notice_n83_email_nestedquote_act_capdev.txt"
E83 = [
    "A university degree in operations research, mathematics or a related scientific discipline, or have attended a "
    "NATO or national military staff college.",
    "At least 3 years' experience in capability requirements analysis.",
    "Experience with NATO capability development documentation.",
    "English: SLP 3333 (STANAG 6001).",
]
D83 = [
    "Experience in modelling and simulation.",
    "French: SLP 2222.",
]
_q = "\n".join(">> - " + i for i in E83)
T83 = f"""From: Jana Horvat <jana.horvat@example.org>
Sent: Tuesday, 26 January 2027 08:41
To: Tom Reilly <tom.reilly@example.org>
Subject: RE: FW: ACT vacancy - Capability Development Analyst

Thanks Tom - I'll send my CV tonight. Can we talk on 3 February? I heard interviews are planned for April 2027.

Jana

-----Original Message-----
From: Tom Reilly <tom.reilly@example.org>
Sent: Monday, 25 January 2027 17:05
To: Jana Horvat <jana.horvat@example.org>
Subject: FW: ACT vacancy - Capability Development Analyst

> Jana, this one looks made for you - my notes in [brackets]. The other post I mentioned (A-3, closes 12 March
> 2027) is not a fit.
>
> -----Original Message-----
> From: ACT Civilian Recruitment <recruitment@example.int>
> Sent: Friday, 22 January 2027 10:00
> Subject: ACT vacancy - Capability Development Analyst
>
>> Post: Capability Development Analyst
>> Organisation: Allied Command Transformation (HQ SACT)
>> Location: Norfolk, VA, USA
>> Grade: A-2 (NATO Grade 15)
>> Closing Date: 19 February 2027
>>
>> The Capability Development Directorate translates NATO's capability targets into requirements.
>>
>> ESSENTIAL QUALIFICATIONS
{_q}
> [Tom: you have the OR master's and 4 years at the MoD - fine]
>>
>> DESIRABLE QUALIFICATIONS
{chr(10).join(">> - " + i for i in D83)}
>>
>> COMPETENCIES
>> Conceptual Thinking: Applies complex concepts.
>> Flexibility: Adapts strategy.
>>
>> Only nationals of NATO member nations may apply. Security clearance required: NATO SECRET.
"""
add(F, lambda p, t=T83: write_path(p, t), notice_label(
    F, "Capability Development Analyst", "Allied Command Transformation", "Norfolk, Virginia, United States", "A-2",
    "2027-02-19",
    ("university", ["operations research", "mathematics"], True, ["military_staff_college"]),
    [(3, "capability requirements analysis")],
    ("none", None, None, [], ["3333"]),
    [("Conceptual Thinking", 3), ("Flexibility", 4)],
    True, [], "NATO SECRET", E83, D83))


# =================================================================== n84: DOCX job description with numbered paragraphs
# ("3.1.2"), Allied Air Command, B-grade, SLP in words
F = "notice_n84_docx_numberedparas_aircom_finance.docx"
E84 = [
    "Higher secondary education and completed vocational training in accounting or finance.",
    "At least 3 years' experience in budget execution or accounting, of which 1 year using an ERP system.",
    "English: SLP 3322 (Listening 3, Speaking 3, Reading 2, Writing 2).",
]
D84 = [
    "Experience with NATO financial regulations.",
    "German: SLP 2222.",
]


def n84(path):
    d = new_docx(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "HQ AIRCOM – Civilian Post Description – NATO UNCLASSIFIED"
    sec.footer.paragraphs[0].text = "Version 3, reviewed 04.01.2027"
    d.add_heading("JOB DESCRIPTION – CIVILIAN POST", 0)

    def para(num, text, bold=False):
        p = d.add_paragraph()
        r = p.add_run(num + "  ")
        r.bold = True
        r2 = p.add_run(text)
        r2.bold = bold
        indent = num.count(".") - 1 if num.endswith(".") else num.count(".")
        p.paragraph_format.left_indent = Pt(18 * indent)

    para("1.", "POST IDENTIFICATION", True)
    para("1.1", "Post title: Financial Assistant (Budget Execution)")
    para("1.2", "Post number: ACRCFFI0030")
    para("1.3", "Grade: B-5 (NATO Grade 12)")
    para("1.4", "Organisation: Allied Air Command (HQ AIRCOM), Financial Controller's Office")
    para("1.5", "Location: Ramstein Air Base, Germany")
    para("2.", "POST CONTEXT AND DUTIES", True)
    para("2.1", "The Financial Controller's Office executes the headquarters' military budget.")
    para("2.2", "Records commitments and obligations in the ERP system; reconciles accounts monthly.")
    para("2.3", "Prepares payment files and supports the annual financial statements (see Annex A, 12.03.2026).")
    para("3.", "QUALIFICATIONS", True)
    para("3.1", "Essential", True)
    for i, t in enumerate(E84):
        para(f"3.1.{i + 1}", t)
    para("3.2", "Desirable", True)
    for i, t in enumerate(D84):
        para(f"3.2.{i + 1}", t)
    para("4.", "CONDITIONS", True)
    para("4.1", "Closing date for applications: 12.03.2027.")
    para("4.2", "Eligibility: nationals of NATO member states only.")
    para("4.3", "Security clearance: NATO CONFIDENTIAL.")
    para("4.4", "Contract: definite duration of 3 years; probation 6 months.")
    d.save(path)


add(F, n84, notice_label(
    F, "Financial Assistant (Budget Execution)", "Allied Air Command", "Ramstein, Germany", "B-5", "2027-03-12",
    ("secondary", [], False, []),
    [(3, "budget execution or accounting"), (1, "using an ERP system")],
    ("none", None, None, [], ["3322"]),
    [], True, [], "NATO CONFIDENTIAL", E84, D84))


# =================================================================== n85: HTML page with Title Case headings only
# ("What You Must Bring"), <dl> facts, per-language levels, doctorate
F = "notice_n85_html_titlecase_headings_is_ocs_scientist.html"
E85 = [
    "A doctorate (PhD) in physics, computer science or engineering.",
    "At least 6 years' experience in science and technology policy or research management, including 2 years at a "
    "managerial level.",
    "Proven knowledge of emerging and disruptive technologies.",
    "Languages: English V (Advanced); French I (Beginner).",
]
D85 = [
    "Experience working with defence innovation accelerators (e.g. DIANA).",
    "Publications in peer-reviewed journals.",
]
_e = lambda s: html.escape(s, quote=False)
T85 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Scientific Officer (Emerging Technologies) | Careers</title></head>
<body>
<header><a href="#">Home</a> | <a href="#">Vacancies</a> | Posted On 14 Jan 2027 | 212 Views</header>
<h1>Scientific Officer (Emerging Technologies)</h1>
<dl>
<dt>Organisation</dt><dd>Office Of The Chief Scientist, NATO International Staff</dd>
<dt>Location</dt><dd>NATO Headquarters, Brussels, Belgium</dd>
<dt>Grade</dt><dd>A-3 / G17</dd>
<dt>Apply By</dt><dd>Monday 1 March 2027</dd>
<dt>Security Clearance</dt><dd>NATO Secret</dd>
</dl>
<h2>About The Role</h2>
<p>The Office of the Chief Scientist advises the Secretary General on science and technology and supports the
implementation of NATO's emerging and disruptive technologies strategy.</p>
<h2>What You Will Do</h2>
<ul><li>Track technology trends and assess their defence implications.</li>
<li>Support the Chief Scientist's reports to the North Atlantic Council.</li></ul>
<h2>What You Must Bring</h2>
<ul>{''.join('<li>' + _e(i) + '</li>' for i in E85)}</ul>
<h2>What Would Be Nice</h2>
<ul>{''.join('<li>' + _e(i) + '</li>' for i in D85)}</ul>
<h2>Competencies We Look For</h2>
<ul><li>Conceptual Thinking: Creates new concepts</li>
<li>Initiative: Acts 3-12 months ahead</li>
<li>Leadership: Leads the team to results</li></ul>
<h2>Who Can Apply</h2>
<p>Nationals Of NATO Member Countries Only.</p>
<h2>How To Apply</h2>
<p>Apply online before the deadline above. Shortlisted candidates will be tested in March 2027.</p>
</body></html>
"""
add(F, lambda p, t=T85: write_path(p, t), notice_label(
    F, "Scientific Officer (Emerging Technologies)", "Office of the Chief Scientist", "Brussels, Belgium", "A-3",
    "2027-03-01",
    ("doctorate", ["physics", "computer science", "engineering"], True, []),
    [(6, "science and technology policy or research management"), (2, "a managerial level")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Conceptual Thinking", 5), ("Initiative", 5), ("Leadership", 4)],
    True, [], "NATO SECRET", E85, D85))


# =================================================================== n86: PDF recruitment flyer, landscape, boxes side
# by side (essential and desirable boxes next to each other), JALLC Lisbon
F = "notice_n86_pdf_flyer_boxes_jallc_analyst.pdf"
E86 = [
    "Master's degree in operations research, statistics or data science.",
    "Minimum 2 years' experience in data analysis in a military or defence context.",
    "English SLP 3333.",
]
D86 = [
    "Knowledge of Portuguese.",
    "Experience with NATO lessons learned processes.",
]


def n86(path):
    pdf = PDF(orientation="L", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(0, 51, 102)
    pdf.rect(0, 0, 297, 36, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(12, 8)
    pdf.set_font("DejaVu", "B", 22)
    pdf.cell(0, 10, "WE ARE HIRING: Operational Research Analyst")
    pdf.set_xy(12, 21)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 7, "Joint Analysis and Lessons Learned Centre (JALLC) · Lisbon, Portugal · NATO Grade: 15")
    pdf.set_text_color(0, 0, 0)

    def box(x, y, w, h, title, items, numbered=False):
        pdf.set_draw_color(0, 51, 102)
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 4, y + 3)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(w - 8, 7, title)
        pdf.set_xy(x + 4, y + 12)
        pdf.set_font("DejaVu", "", 10)
        for i in items:
            pdf.set_x(x + 4)
            pdf.multi_cell(w - 8, 5.2, ("✓ " if not numbered else "") + i, new_x="LEFT", new_y="NEXT")
            pdf.ln(1.5)

    box(12, 44, 132, 78, "YOU MUST HAVE", E86)
    box(153, 44, 132, 78, "NICE TO HAVE", D86)
    box(12, 130, 132, 58, "KEY FACTS", ["Deadline 07/03/2027", "Clearance: NS",
                                          "Open to nationals of NATO member nations",
                                          "Contract: 3 years, renewable"], numbered=True)
    box(153, 130, 132, 58, "ABOUT JALLC", ["JALLC analyses NATO operations and exercises and runs the NATO "
                                           "Lessons Learned Portal. Join a team of 50 analysts by the Tagus."],
        numbered=True)
    pdf.set_xy(12, 194)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Flyer printed 11/01/2027 · Scan the QR code on our website to apply")
    pdf.output(path)


add(F, n86, notice_label(
    F, "Operational Research Analyst", "Joint Analysis and Lessons Learned Centre", "Lisbon, Portugal", "G15",
    "2027-03-07",
    ("master", ["operations research", "statistics", "data science"], True, []),
    [(2, "data analysis in a military or defence context")],
    ("none", None, None, [], ["3333"]),
    [], True, [], "NATO SECRET", E86, D86))


# =================================================================== n87: TXT notice written as questions and answers
F = "notice_n87_faq_questions_is_hr_assistant.txt"
E87 = [
    "A good general education at least to higher secondary level.",
    "At least 3 years' experience in human resources administration.",
    "IV (\"Upper Intermediate\") in one of NATO's official languages (English/French); II (\"Elementary\") in the "
    "other.",
]
D87 = [
    "Experience with an HR information system such as PeopleSoft.",
    "A university degree in human resources or business administration.",
]
T87 = f"""NATO International Staff - Vacancy explained in 9 questions
Assistant (Human Resources Operations)

Q: What is the job?
A: You will be an Assistant (Human Resources Operations) in Executive Management, handling contracts,
allowances and staff records for some 1,500 International Staff members.

Q: Where will I work?
A: At NATO Headquarters, Brussels, Belgium.

Q: What grade is it?
A: B.4 / NATO Grade G10.

Q: When must I apply by?
A: By 23:59 Brussels time on Wednesday 17 February 2027. (This page was last updated on 8 January 2027.)

Q: What must I have?
{chr(10).join("A: " + i if k == 0 else "   " + i for k, i in enumerate(E87))}

Q: What would help?
{chr(10).join("A: " + i if k == 0 else "   " + i for k, i in enumerate(D87))}

Q: Which competencies will you look at?
A: Customer Service Orientation: Takes personal responsibility for correcting problems;
   Clarity and Accuracy: Checks own and others' work;
   Teamwork: Co-operates.

Q: Who can apply?
A: Nationals of NATO member states only.

Q: Will I need a security clearance?
A: Yes - the successful candidate must obtain a NATO SECRET clearance before taking up the post.
"""
add(F, lambda p, t=T87: write_path(p, t), notice_label(
    F, "Assistant (Human Resources Operations)", "Executive Management", "Brussels, Belgium", "B-4", "2027-02-17",
    ("secondary", [], False, []),
    [(3, "human resources administration")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Customer Service Orientation", 3), ("Clarity and Accuracy", 3), ("Teamwork", 1)],
    True, [], "NATO SECRET", E87, D87))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
