"""Notices of corpus 21 (n180-n191). Each writer renders its document from the same hand-written item lists as the
label; the label fields are typed by hand beside it. build.py writes every label first, then the documents.
Theme: notices as NATO bodies really publish them (careers pages, agency pages, Word/PDF vacancy notices)."""
import html
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from common import NOTICES, PDF, docx_table, new_docx, notice_label

DOCS = []


def add(file, writer, label):
    DOCS.append((file, writer, label))


def txt_writer(text):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return w


def esc(s):
    return html.escape(s, quote=False)


def li(items):
    return "\n".join(f"      <li>{esc(i)}</li>" for i in items)


def bl(items, mark="- "):
    return "\n".join(mark + i for i in items)


# ================================================================== n180 TXT: NATO IS careers page copied as text,
# the usual IS headings (SUMMARY / QUALIFICATIONS AND EXPERIENCE / ESSENTIAL / DESIRABLE / MAIN ACCOUNTABILITIES /
# INTERRELATIONSHIPS / COMPETENCIES / CONTRACT / RECRUITMENT PROCESS), semicolon items, publication date (not a deadline)
F = "notice_n180_txt_iscareerspage_ordinaryheadings_semicolonitems_a2_vi_is_pasp_partnershipswesternbalkans.txt"
E180 = ["possess a university degree in political science, international relations, history or a related discipline;",
        "have at least 4 years' experience in foreign, security or defence policy, of which at least 2 years dealing "
        "with the Western Balkans;",
        "have proven experience in drafting policy documents, speeches and reports;",
        "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
        "I (\"Beginner\") in the other."]
D180 = ["a master's degree in a relevant field;",
        "working knowledge of one of the languages of the region (Albanian, Bosnian, Croatian, Macedonian, Montenegrin "
        "or Serbian);",
        "experience in a national delegation or an international organisation."]
add(F, txt_writer(f"""Officer, Partnerships (Western Balkans)

Primary Location: Belgium-Brussels
NATO Body: NATO International Staff (NATO IS)
Schedule: Full-time
Application Deadline: 02-Feb-2027, 11:59:00 PM
Publication date: 08-Dec-2026
Salary (Pay Basis): 8,217.21 Euro (EUR) Monthly
Grade: NATO Grade A-2
Description:

1. SUMMARY

The Political Affairs and Security Policy Division (PASP) leads on the political aspects of NATO's partnerships.
The Western Balkans Section manages NATO's relations with Bosnia and Herzegovina and Serbia and follows
regional security. The incumbent will advise on the implementation of the partnership programmes, prepare
meetings of the North Atlantic Council on the region and draft speeches and talking points for senior officials.

Organisation: NATO International Staff, Political Affairs and Security Policy Division, Western Balkans Section
Location: NATO Headquarters, Brussels, Belgium

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:
{bl(E180)}

DESIRABLE

The following would be considered an advantage:
{bl(D180)}

3. MAIN ACCOUNTABILITIES

Policy Development
Follow political and security developments in the Western Balkans and propose policy options;

Stakeholder Management
Maintain contacts with the missions of partner countries, the EU and the OSCE;

Knowledge Management
Keep the Section's country files and briefing material up to date.

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Western Balkans Section, and works closely with the Operations Division and
NATO Headquarters Sarajevo.

5. COMPETENCIES

The incumbent must demonstrate:
- Analytical Thinking: Sees multiple relationships;
- Flexibility: Adapts to unforeseen situations;
- Impact and Influence: Takes multiple actions to persuade;
- Organisational Awareness: Understands organisational climate and culture;
- Teamwork: Solicits inputs and encourages others.

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years;
possibility of renewal for up to three more years.

7. RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries.
Applications must be submitted by 2 February 2027 (23:59 Brussels time).
Please note that the competition for this post is provisionally scheduled for March 2027.

8. ADDITIONAL INFORMATION

The successful applicant will be required to obtain a NATO SECRET security clearance.
NATO is committed to diversity and inclusion.
"""), notice_label(
    F, "Officer, Partnerships (Western Balkans)", "NATO International Staff", "Brussels, Belgium", "A-2", "2027-02-02",
    ("university", ["political science", "international relations", "history"], True, []),
    [(4, "foreign, security or defence policy"), (2, "the Western Balkans")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 3), ("Flexibility", 3), ("Impact and Influence", 3), ("Organisational Awareness", 3),
     ("Teamwork", 4)],
    True, [], "NATO SECRET", E180, D180))


# ================================================================== n181 TXT: NSPA vacancy notice as plain text (the
# agency's "Ref / Post title / Grade / Directorate" block, then DUTIES and QUALIFICATIONS), B-4, dd.mm.yyyy
F = "notice_n181_txt_nspavacancynotice_refblock_ddmmyyyy_b4_iv_ii_nspa_payrollassistant.txt"
E181 = ["Higher secondary education, completed by a recognised qualification in accounting or payroll administration.",
        "At least 3 years' experience in payroll processing, including salary calculation and reconciliation.",
        "Very good knowledge of Microsoft Excel.",
        "The following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in "
        "one; II (\"Elementary\") in the other."]
D181 = ["Experience with SAP HCM or another ERP payroll module.",
        "Knowledge of the NATO Civilian Personnel Regulations."]
add(F, txt_writer(f"""NATO SUPPORT AND PROCUREMENT AGENCY (NSPA)
VACANCY NOTICE

Ref.:            NSPA/VN/26-1184
Post title:      Payroll Assistant
Grade:           B-4
Directorate:     Human Resources Directorate, Pay and Allowances Section
Location:        Capellen, Luxembourg
Closing date:    15.02.2027
Contract:        3 years, renewable

NSPA is NATO's integrated logistics and procurement organisation. The Pay and Allowances Section processes the
salaries and allowances of about 1,400 international civilian staff.

DUTIES
- Calculates monthly salaries, allowances and deductions and processes changes in staff situations;
- Reconciles payroll accounts with the Finance and Accounting Directorate;
- Answers staff queries on pay, allowances and pension contributions;
- Keeps payroll files and archives in order.

QUALIFICATIONS AND EXPERIENCE

Essential
{bl(E181, "* ")}

Desirable
{bl(D181, "* ")}

COMPETENCIES
Clarity and Accuracy: Checks own and others' work.
Customer Service Orientation: Takes personal responsibility for correcting problems.
Teamwork: Expresses positive expectations of the team.

REMARKS
Only nationals of NATO member nations may apply. The successful candidate will be required to hold a NATO SECRET
security clearance before taking up duty. Tests are expected to take place in Capellen in March 2027.
Applications must be made through the NATO Talent Acquisition Platform by 15.02.2027 at 23:59 CET.
"""), notice_label(
    F, "Payroll Assistant", "NATO Support and Procurement Agency (NSPA)", "Capellen, Luxembourg", "B-4", "2027-02-15",
    ("secondary", ["accounting", "payroll administration"], True, []),
    [(3, "payroll processing")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Clarity and Accuracy", 3), ("Customer Service Orientation", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E181, D181))


# ================================================================== n182 TXT: ACO civilian job description (LANDCOM):
# POST CONTEXT / PRINCIPAL DUTIES / ESSENTIAL QUALIFICATIONS with a./b./c. sub-headings / DESIRABLE /
# ATTRIBUTES (no competency ladder) / REMARKS, SLP only
F = "notice_n182_txt_acojobdescription_abcsubheadings_attributesnoladder_a3_slp3333_landcom_legaladviseroplaw.txt"
E182a = ["At least 8 years' post-qualification experience as a lawyer, of which 3 years in international humanitarian "
         "law or the law of armed conflict.",
         "Experience in providing legal advice to a military headquarters."]
E182b = ["University degree in law and qualification to practise law in a NATO nation."]
E182c = ["English – SLP 3333 (Listening, Speaking, Reading and Writing)."]
D182 = ["Experience of NATO operations or exercises.",
        "Completion of the Operational Law course at the NATO School Oberammergau.",
        "French – SLP 2222."]
add(F, txt_writer(f"""ALLIED LAND COMMAND (LANDCOM)
CIVILIAN VACANCY

POST TITLE:        Legal Adviser (Operational Law)
POST NUMBER:       LCXX LEGA 0020
NATO GRADE:        A-3
DIVISION/BRANCH:   Allied Land Command (LANDCOM), Office of the Legal Adviser
LOCATION:          Izmir, Türkiye
CLOSING DATE:      28 February 2027

POST CONTEXT
Allied Land Command is the NATO headquarters responsible for the land domain. The Office of the Legal Adviser
provides legal advice to the Commander and the staff on operations, exercises and host-nation matters.

PRINCIPAL DUTIES
The incumbent's duties are:
1. Advises on the legal aspects of operations plans, rules of engagement and targeting.
2. Provides legal training to the headquarters staff before exercises.
3. Drafts and reviews technical arrangements with host nations.

ESSENTIAL QUALIFICATIONS
a. Professional/Experience:
{bl(E182a, "   - ")}
b. Education/Training:
{bl(E182b, "   - ")}
c. Language:
{bl(E182c, "   - ")}
   NOTE: The following will be used to determine the language level: STANAG 6001 profile in the order
   Listening, Speaking, Reading, Writing.

DESIRABLE QUALIFICATIONS
{bl(D182, "   - ")}

ATTRIBUTES/COMPETENCIES
a. Personal attributes: sound judgement, discretion and the ability to work under pressure.
b. Professional contacts: frequent contacts with the legal advisers of NATO commands and national delegations.
c. Contribution to objectives: the advice given directly affects the conduct of operations.

REMARKS
Only nationals from the 32 NATO member nations can apply.
Security clearance: NATO SECRET.
Duty travel: up to 30 days per year, including deployment to exercises.
"""), notice_label(
    F, "Legal Adviser (Operational Law)", "Allied Land Command (LANDCOM)", "Izmir, Türkiye", "A-3", "2027-02-28",
    ("university", ["law"], True, []),
    [(8, "as a lawyer"), (3, "international humanitarian law or the law of armed conflict")],
    ("none", None, None, [], ["3333"]),
    [],
    True, [], "NATO SECRET", E182a + E182b + E182c, D182))


# ================================================================== n183 HTML: NCIA job page (agency site: header
# facts as a <ul>, sections "About the role", "Requirements", "What we offer"), NATO Grade G17, SLP, dd/mm/yyyy
F = "notice_n183_html_agencyjobpage_factsul_requirements_whatweoffer_g17_slp_ncia_satcomprojectmanager.html"
E183 = ["A university degree in electrical engineering, telecommunications, computer science or a related discipline.",
        "At least 6 years' experience in managing projects in the field of satellite or radio communications.",
        "A recognised project management certification (PRINCE2 Practitioner, PMP or equivalent).",
        "Language proficiency: English SLP 3333."]
D183 = ["Experience with NATO SATCOM services or national military satellite programmes.",
        "A master's degree in a technical discipline."]


def n183(path):
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Project Manager (Satellite Communications) | NCIA Careers</title></head>
<body>
<header><a href="/">NATO Communications and Information Agency</a>
  <nav><a href="/about">About us</a> <a href="/careers">Careers</a> <a href="/business">Business</a></nav></header>
<main>
  <p class="breadcrumb"><a href="/careers">Careers</a> &gt; <a href="/careers/vacancies">Vacancies</a> &gt; Project Manager</p>
  <h1>Project Manager (Satellite Communications)</h1>
  <ul class="job-facts">
    <li><strong>Organisation:</strong> NATO Communications and Information Agency (NCIA), Space and Satellite Programme</li>
    <li><strong>Location:</strong> Mons, Belgium</li>
    <li><strong>Grade:</strong> NATO Grade G17</li>
    <li><strong>Req ID:</strong> 24817</li>
    <li><strong>Closing date:</strong> 21/02/2027</li>
    <li><strong>Security clearance:</strong> NATO SECRET</li>
  </ul>
  <h2>About the role</h2>
  <p>The Satellite Communications Programme delivers NATO's SATCOM capability, combining services bought from
  nations with commercial capacity. As Project Manager you will run projects from the approval of funding to
  final acceptance, leading a team of engineers and working with industry and the NATO Office of Resources.</p>
  <h2>Responsibilities</h2>
  <ul>
    <li>Plan and control cost, schedule and performance of assigned projects.</li>
    <li>Report to the Programme Board and to customers.</li>
    <li>Manage risks, issues and changes with the contractors.</li>
  </ul>
  <h2>Requirements</h2>
  <h3>Essential</h3>
  <ul>
{li(E183)}
  </ul>
  <h3>Desirable</h3>
  <ul>
{li(D183)}
  </ul>
  <h2>What we offer</h2>
  <p>A tax-free salary, an expatriation allowance for eligible staff, 30 days' annual leave and an initial
  contract of three years. Interviews are planned for the week of 22 March 2027.</p>
  <h2>Eligibility</h2>
  <p>Only nationals of NATO member nations are eligible. Applications must be submitted through the NATO Talent
  Acquisition Platform before the closing date.</p>
  <p><a class="button" href="/apply/24817">Apply now</a></p>
</main>
<footer>© NATO Communications and Information Agency · Page updated 02/12/2026</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc)


add(F, n183, notice_label(
    F, "Project Manager (Satellite Communications)", "NATO Communications and Information Agency (NCIA)",
    "Mons, Belgium", "A-3", "2027-02-21",
    ("university", ["electrical engineering", "telecommunications", "computer science"], True, []),
    [(6, "managing projects in the field of satellite or radio communications")],
    ("none", None, None, [], ["3333"]),
    [],
    True, [], "NATO SECRET", E183, D183))


# ================================================================== n184 HTML: JFC Brunssum command website vacancy
# (one article, facts as bold labels with <br> in one paragraph, "Qualifications" with "Essential:"/"Desirable:"
# paragraphs before <ul>), language sentence with the quotes stripped, "or equivalent experience"
F = "notice_n184_html_commandsite_article_factsbrlines_quotesstripped_equivexperience_a2_jfcbs_mediaoperations.html"
E184 = ["University degree in journalism, communication studies, public relations or a related discipline, or "
        "equivalent experience.",
        "Minimum five years' experience in media relations, of which at least two years in a military or government "
        "organisation.",
        "Experience in drafting press releases and preparing spokespersons for interviews.",
        "The following minimum levels of NATO's official languages (English/French): V (Advanced) in one; "
        "I (Beginner) in the other."]
D184 = ["Dutch or German language skills.", "Experience of social media analytics tools."]


def n184(path):
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: Media Operations Officer – JFC Brunssum</title></head>
<body>
<div id="top">Allied Joint Force Command Brunssum | Home | News | Media | Vacancies | Contact</div>
<article>
<h1>Media Operations Officer</h1>
<p class="meta">Posted 04 December 2026</p>
<p><b>Post number:</b> JFBS PAOX 0030<br>
<b>Division:</b> Allied Joint Force Command Brunssum (JFC Brunssum), Public Affairs Office<br>
<b>Grade:</b> A-2<br>
<b>Location:</b> Brunssum, Netherlands<br>
<b>Closing date:</b> 14 February 2027<br>
<b>Clearance:</b> NATO SECRET</p>
<p>JFC Brunssum is one of NATO's two standing joint force commands. The Public Affairs Office explains the
Command's activities to the media and the public. The Media Operations Officer runs the press desk during
exercises and operations and advises the Commander and the Chief of Staff on media engagement.</p>
<h2>Principal duties</h2>
<ul>
  <li>Plans and conducts media events, press conferences and media embeds.</li>
  <li>Drafts press releases, statements and responses to queries.</li>
  <li>Prepares and coaches spokespersons.</li>
</ul>
<h2>Qualifications</h2>
<p><b>Essential:</b></p>
<ul>
{li(E184)}
</ul>
<p><b>Desirable:</b></p>
<ul>
{li(D184)}
</ul>
<h2>Competencies</h2>
<p>Impact and Influence: Uses indirect influence; Initiative: Is decisive in a time-sensitive situation;
Self-Control: Manages stress effectively.</p>
<h2>How to apply</h2>
<p>This post is open to nationals of NATO member nations only. Apply via the NATO Talent Acquisition Platform.
Shortlisted candidates will be invited to a written test and interview in Brunssum (provisionally 9-10 March 2027).</p>
</article>
<div id="related"><h3>Other vacancies</h3><p>Budget Assistant (B-4) – closing 31 January 2027</p></div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc)


add(F, n184, notice_label(
    F, "Media Operations Officer", "Allied Joint Force Command Brunssum (JFC Brunssum)", "Brunssum, Netherlands", "A-2",
    "2027-02-14",
    ("university", ["journalism", "communication studies", "public relations"], True, ["equivalent_experience"]),
    [(5, "media relations"), (2, "a military or government organisation")],
    ("one_high_other_low", "V", "I", [], []),
    [("Impact and Influence", 5), ("Initiative", 3), ("Self-Control", 3)],
    True, [], "NATO SECRET", E184, D184))


# ================================================================== n185 HTML: NAEW&CF careers page (breadcrumb,
# "Apply now" button, definition of the post in a short intro, h2 sections, English V + German III as one essential)
F = "notice_n185_html_careerspage_breadcrumb_applybutton_englishv_germaniii_each_a2_naewcf_environmentalofficer.html"
E185 = ["A university degree in environmental science, environmental engineering or a related discipline.",
        "At least 5 years' experience in environmental management, including 2 years on an airfield or industrial site.",
        "Knowledge of ISO 14001 environmental management systems.",
        "Language: English NATO level V (Advanced) and German NATO level III (Intermediate)."]
D185 = ["A master's degree in environmental science.",
        "Experience with German environmental legislation (BImSchG)."]


def n185(path):
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Environmental Protection Officer - NAEW&amp;CF</title></head>
<body>
<nav class="crumbs">Home / Careers / Civilian vacancies / Environmental Protection Officer</nav>
<section class="job">
  <h1>Environmental Protection Officer</h1>
  <p><strong>NATO Airborne Early Warning &amp; Control Force (NAEW&amp;CF)</strong>, Main Operating Base, Base Support Wing</p>
  <p>Geilenkirchen, Germany &middot; NATO grade A-2 &middot; Vacancy 27/003</p>
  <p><strong>Application deadline:</strong> Friday, 26 February 2027</p>
  <p><a class="btn" href="https://example.int/apply/27-003">Apply now</a></p>
  <h2>Your tasks</h2>
  <p>The NAEW&amp;CF operates NATO's fleet of E-3A aircraft from the Main Operating Base in Geilenkirchen. The
  Environmental Protection Officer manages the base's environmental programme: soil and groundwater protection,
  waste management, noise monitoring and the relations with the German environmental authorities.</p>
  <h2>Essential requirements</h2>
  <ul>
{li(E185)}
  </ul>
  <h2>Desirable requirements</h2>
  <ul>
{li(D185)}
  </ul>
  <h2>Competencies</h2>
  <ul>
    <li>Clarity and Accuracy: Monitors and corrects existing systems</li>
    <li>Conceptual Thinking: Applies complex concepts</li>
    <li>Achievement: Creates own measures of excellence</li>
  </ul>
  <h2>Further information</h2>
  <p>Applicants must be nationals of a NATO member nation. The selected candidate must obtain a NATO SECRET
  clearance. Initial contract: 3 years. Starting date: 1 June 2027.</p>
</section>
<footer>NAEW&amp;CF Public Affairs Office &middot; Last updated 30.11.2026</footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc)


add(F, n185, notice_label(
    F, "Environmental Protection Officer", "NATO Airborne Early Warning & Control Force (NAEW&CF)",
    "Geilenkirchen, Germany", "A-2", "2027-02-26",
    ("university", ["environmental science", "environmental engineering"], True, []),
    [(5, "environmental management"), (2, "an airfield or industrial site")],
    ("each", None, None, [("English", "V"), ("German", "III")], []),
    [("Clarity and Accuracy", 4), ("Conceptual Thinking", 3), ("Achievement", 3)],
    True, [], "NATO SECRET", E185, D185))


# ================================================================== DOCX helpers
def dhead(d, text, size=11):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def dbul(d, items):
    for i in items:
        d.add_paragraph(i, style="List Bullet")


def dpara(d, text, bold=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    return p


# ================================================================== n186 DOCX: the IS vacancy notice as a Word file
# (bold capital headings, List Bullet items, header line "NATO International Staff" and footer with the vacancy number)
F = "notice_n186_docx_isvacancyword_boldcapsheadings_listbullets_headerfooter_a2_vii_is_emd_talentacquisition.docx"
E186 = ["possess a university degree in human resources management, psychology, business administration or a related "
        "discipline;",
        "have at least 5 years' experience in recruitment, of which 2 years in an international organisation;",
        "have experience in competency-based interviewing and assessment centres;",
        "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
        "II (\"Elementary\") in the other."]
D186 = ["a professional qualification in occupational psychology or psychometric testing (e.g. BPS Level A/B);",
        "experience with Oracle Taleo or another applicant tracking system;",
        "experience in employer branding and social media recruitment."]


def n186(path):
    d = new_docx(10.5)
    s = d.sections[0]
    s.header.paragraphs[0].text = "NATO International Staff – Vacancy Notice"
    s.footer.paragraphs[0].text = "Vacancy 270015 – Officer, Talent Acquisition"
    p = d.add_paragraph()
    r = p.add_run("Officer, Talent Acquisition")
    r.bold = True
    r.font.size = Pt(16)
    dpara(d, "NATO International Staff, Executive Management Division, Human Resources")
    dpara(d, "Location: Brussels, Belgium")
    dpara(d, "Grade: A-2")
    dpara(d, "Closing date: 7 March 2027")
    dhead(d, "1. SUMMARY")
    dpara(d, "Human Resources (HR) in the Executive Management Division attracts, recruits and develops the "
             "International Staff. The Talent Acquisition team runs about 250 competitions a year. The incumbent "
             "manages a portfolio of competitions from the vacancy notice to the offer and contributes to NATO's "
             "employer branding.")
    dhead(d, "2. QUALIFICATIONS AND EXPERIENCE")
    dpara(d, "ESSENTIAL", bold=True)
    dpara(d, "The incumbent must:")
    dbul(d, E186)
    dpara(d, "DESIRABLE", bold=True)
    dpara(d, "The following would be considered an advantage:")
    dbul(d, D186)
    dhead(d, "3. MAIN ACCOUNTABILITIES")
    dbul(d, ["Runs recruitment campaigns for a portfolio of divisions;",
             "Designs written tests and interview questions with the hiring managers;",
             "Advises candidates and managers on the recruitment rules."])
    dhead(d, "4. COMPETENCIES")
    dpara(d, "The incumbent must demonstrate:")
    dbul(d, ["Achievement: Creates own measures of excellence and improves performance;",
             "Empathy: Understands unexpressed meanings;",
             "Teamwork: Solicits inputs."])
    dhead(d, "5. CONTRACT")
    dpara(d, "Contract to be offered to the successful applicant (if non-seconded): definite duration contract of "
             "three years. The selection panel is expected to meet in April 2027.")
    dhead(d, "6. RECRUITMENT PROCESS")
    dpara(d, "Please note that we can only accept applications from nationals of NATO member countries. The "
             "successful applicant will be offered a contract subject to a NATO SECRET security clearance.")
    d.save(path)


add(F, n186, notice_label(
    F, "Officer, Talent Acquisition", "NATO International Staff", "Brussels, Belgium", "A-2", "2027-03-07",
    ("university", ["human resources management", "psychology", "business administration"], True, []),
    [(5, "recruitment"), (2, "an international organisation")],
    ("one_high_other_low", "V", "II", [], []),
    [("Achievement", 4), ("Empathy", 3), ("Teamwork", 3)],
    True, [], "NATO SECRET", E186, D186))


# ================================================================== n187 DOCX: NSO vacancy with a post-data table at
# the top (label | value) and then ordinary headings; L-grade language post, English VI + French V, equivalent
# qualification
F = "notice_n187_docx_postdatatabletop_ordinaryheadings_lgrade_vi_v_each_equivqual_l2_nso_terminologist.docx"
E187 = ["A university degree in translation, linguistics or terminology, or an equivalent qualification.",
        "At least 3 years' experience in terminology work or translation in a defence or security context.",
        "Experience with terminology management systems (e.g. NATOTerm, SDL MultiTerm).",
        "English: NATO level VI (Proficiency); French: NATO level V (Advanced)."]
D187 = ["Knowledge of a third NATO language.",
        "Familiarity with NATO standardization documents (STANAGs and Allied Publications)."]


def n187(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    r = p.add_run("VACANCY NOTICE")
    r.bold = True
    r.font.size = Pt(15)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_table(d, [["Post title", "Terminologist"],
                   ["Organisation", "NATO Standardization Office (NSO), Terminology Section"],
                   ["Grade", "L-2"],
                   ["Location", "Brussels, Belgium"],
                   ["Closing date", "19 February 2027"],
                   ["Security clearance", "NATO SECRET"]], style="Table Grid")
    dhead(d, "Background")
    dpara(d, "The NATO Standardization Office initiates, coordinates and manages standardization activities. The "
             "Terminology Section manages NATOTerm, the Alliance's official terminology database, and the "
             "terminology of the NATO glossaries in English and French.")
    dhead(d, "Duties")
    dbul(d, ["Researches, drafts and validates NATO terms and definitions in English and French.",
             "Supports the terminology panels of the NSO and the military committees.",
             "Maintains entries in NATOTerm."])
    dhead(d, "Essential qualifications")
    dbul(d, E187)
    dhead(d, "Desirable qualifications")
    dbul(d, D187)
    dhead(d, "Competencies")
    dbul(d, ["Clarity and Accuracy: Checks own and others' work.", "Conceptual Thinking: Sees patterns."])
    dhead(d, "Conditions")
    dpara(d, "Open to nationals of NATO member nations. A translation test will be held in Brussels in March 2027.")
    d.save(path)


add(F, n187, notice_label(
    F, "Terminologist", "NATO Standardization Office (NSO)", "Brussels, Belgium", "L-2", "2027-02-19",
    ("university", ["translation", "linguistics", "terminology"], True, ["equivalent_qualification"]),
    [(3, "terminology work or translation in a defence or security context")],
    ("each", None, None, [("English", "VI"), ("French", "V")], []),
    [("Clarity and Accuracy", 3), ("Conceptual Thinking", 2)],
    True, [], "NATO SECRET", E187, D187))


# ================================================================== n188 DOCX: CAOC Torrejón job description in
# Word (organisation in the page header, Heading 1 styles, dd.mm.yyyy closing date), SLP 3332, COSMIC TOP SECRET
F = "notice_n188_docx_headingstyles_orginpageheader_ddmmyyyy_slp3332_cts_a2_caoctj_infosecofficer.docx"
E188 = ["A university degree in computer science, information security or a related discipline.",
        "At least 4 years' experience in information systems security, of which 1 year in a military environment.",
        "A current security certification such as CISSP, CISM or CompTIA Security+.",
        "English: SLP 3332 (Listening, Speaking, Reading, Writing)."]
D188 = ["Spanish: SLP 2222.", "Experience with NATO INFOSEC directives and accreditation of CIS."]


def n188(path):
    d = new_docx(10.5)
    d.sections[0].header.paragraphs[0].text = "Combined Air Operations Centre Torrejón (CAOC TJ), CIS Branch"
    d.add_heading("Information Systems Security Officer", level=0)
    dpara(d, "NATO Grade: A-2          Location: Torrejón de Ardoz, Spain          Closing date: 24.02.2027")
    d.add_heading("Post context", level=1)
    dpara(d, "CAOC Torrejón plans, directs and coordinates NATO air operations in the southern part of the Alliance. "
             "The CIS Branch provides and secures the Centre's communication and information systems.")
    d.add_heading("Principal duties", level=1)
    dbul(d, ["Acts as the Information Systems Security Officer for the CAOC's classified networks.",
             "Prepares security accreditation documentation and conducts security audits.",
             "Manages security incidents together with the NATO Cyber Security Centre."])
    d.add_heading("Essential qualifications", level=1)
    dbul(d, E188)
    d.add_heading("Desirable qualifications", level=1)
    dbul(d, D188)
    d.add_heading("Competencies", level=1)
    dpara(d, "Analytical Thinking: Makes complex plans or analyses. Initiative: Acts up to 2 months ahead.")
    d.add_heading("Remarks", level=1)
    dpara(d, "Only nationals of NATO member nations may apply. The incumbent must hold or be able to obtain a "
             "COSMIC TOP SECRET security clearance. Shift work may be required during exercises.")
    d.save(path)


add(F, n188, notice_label(
    F, "Information Systems Security Officer", "Combined Air Operations Centre Torrejón (CAOC TJ)",
    "Torrejón de Ardoz, Spain", "A-2", "2027-02-24",
    ("university", ["computer science", "information security"], True, []),
    [(4, "information systems security"), (1, "a military environment")],
    ("none", None, None, [], ["3332"]),
    [("Analytical Thinking", 4), ("Initiative", 4)],
    True, [], "COSMIC TOP SECRET", E188, D188))


# ================================================================== PDF notices
def pbul(pdf, items, size=9.5):
    for i in items:
        pdf.set_font("DejaVu", "", size)
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(4, size * 0.5, "•")
        pdf.multi_cell(0, size * 0.5, i, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


# ------------------------------------------------------------------ n189 PDF: NSPA vacancy notice exported from Word
# (header line with the agency name and reference, numbered headings 1-6, bullets, "Page x of 2"), English V +
# French I as separate levels
F = "notice_n189_pdf_wordexport_numberedheadings_refheader_pagexof2_englishv_frenchi_each_a3_nspa_internalauditor.pdf"
E189 = ["A university degree in accounting, finance, business administration or a related discipline.",
        "A professional audit qualification (CIA, CISA, ACCA or a national chartered accountancy title).",
        "At least 6 years' experience in internal or external audit, including 2 years of audit team leadership.",
        "Languages: English – V (Advanced); French – I (Beginner)."]
D189 = ["Experience of auditing procurement or logistics activities.",
        "Knowledge of IIA International Standards and COSO."]


def n189(path):
    pdf = PDF(format="A4")
    pdf.header_text = "NATO Support and Procurement Agency – Vacancy Notice NSPA/VN/26-1207"
    pdf.footer_text = "Page {p} of 2"
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.para("Internal Auditor", 17, "B", h=9)
    pdf.para("NATO Support and Procurement Agency (NSPA), Internal Audit Office", 10)
    pdf.para("Grade: A-3        Location: Capellen, Luxembourg        Closing date: 12 February 2027", 10)
    pdf.heading("1. POST CONTEXT", 11)
    pdf.para("The Internal Audit Office provides independent assurance to the General Manager and the Agency "
             "Supervisory Board on governance, risk management and internal control across NSPA's programmes.", 9.5)
    pdf.heading("2. PRINCIPAL DUTIES", 11)
    pbul(pdf, ["Plans and leads risk-based audit engagements and reports the findings.",
               "Follows up the implementation of audit recommendations.",
               "Supports the Chief Internal Auditor in the annual audit plan."])
    pdf.heading("3. ESSENTIAL QUALIFICATIONS", 11)
    pbul(pdf, E189)
    pdf.heading("4. DESIRABLE QUALIFICATIONS", 11)
    pbul(pdf, D189)
    pdf.add_page()
    pdf.heading("5. COMPETENCIES", 11)
    pbul(pdf, ["Analytical Thinking: Makes complex plans or analyses;",
               "Clarity and Accuracy: Checks own and others' work;",
               "Organisational Awareness: Understands organisational politics;",
               "Self-Control: Responds calmly."])
    pdf.heading("6. REMARKS", 11)
    pdf.para("Only nationals of NATO member nations may apply. The successful candidate must obtain a NATO SECRET "
             "security clearance. Assessment: written test and interview, planned for the second half of March "
             "2027. Contract: three years, renewable.", 9.5)
    pdf.output(path)


add(F, n189, notice_label(
    F, "Internal Auditor", "NATO Support and Procurement Agency (NSPA)", "Capellen, Luxembourg", "A-3", "2027-02-12",
    ("university", ["accounting", "finance", "business administration"], True, []),
    [(6, "internal or external audit"), (2, "audit team leadership")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Analytical Thinking", 4), ("Clarity and Accuracy", 3), ("Organisational Awareness", 4), ("Self-Control", 2)],
    True, [], "NATO SECRET", E189, D189))


# ------------------------------------------------------------------ n190 PDF: ACT job description form (bordered
# post-data table of four rows at the top, then headed paragraphs), US date, SLP only, no competency ladder
F = "notice_n190_pdf_jobdescriptionform_postdatatable_usdate_slp3333_equivqual_a2_hqsact_resourceanalyst.pdf"
E190 = ["University degree in finance, economics, accounting or business administration, or equivalent qualification.",
        "Minimum 4 years' experience in budget preparation and execution in a public sector organisation.",
        "Advanced skills in Microsoft Excel and ERP systems (SAP preferred).",
        "Languages: English – Standardized Language Profile (SLP) 3333."]
D190 = ["Knowledge of NATO common funding and the Military Budget.",
        "Professional qualification such as CPA, CMA or ACCA."]


def n190(path):
    pdf = PDF(format="Letter")
    pdf.set_margins(20, 16, 20)
    pdf.footer_text = "NATO UNCLASSIFIED – Releasable to the public"
    pdf.add_page()
    pdf.para("JOB DESCRIPTION", 14, "B", align="C")
    pdf.ln(2)
    rows = [("Title", "Resource Management Analyst"),
            ("Organisation", "HQ Supreme Allied Commander Transformation (HQ SACT), Financial Management Division"),
            ("Location", "Norfolk, Virginia, United States"),
            ("Grade / Closing date", "A-2  /  March 8, 2027")]
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(45, 6, k, border=1)
        pdf.set_xy(pdf.l_margin + 45, y)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Post Context", 11)
    pdf.para("Allied Command Transformation leads NATO's military adaptation. The Financial Management Division "
             "prepares and executes the Command's share of the NATO Military Budget.", 9.5)
    pdf.heading("Principal Duties", 11)
    pbul(pdf, ["Prepares budget estimates and the mid-year review.",
               "Monitors commitments and expenditures and reports variances.",
               "Maintains the budget structure in the ERP system."])
    pdf.heading("Essential Qualifications", 11)
    pbul(pdf, E190)
    pdf.heading("Desirable Qualifications", 11)
    pbul(pdf, D190)
    pdf.heading("Attributes", 11)
    pdf.para("Accuracy, discretion and the ability to explain financial information to non-specialists.", 9.5)
    pdf.heading("Remarks", 11)
    pdf.para("Open to nationals of NATO member nations only. Security clearance required: NATO SECRET. "
             "Date of issue: December 3, 2026.", 9.5)
    pdf.output(path)


add(F, n190, notice_label(
    F, "Resource Management Analyst", "HQ Supreme Allied Commander Transformation (HQ SACT)", "Norfolk, United States",
    "A-2", "2027-03-08",
    ("university", ["finance", "economics", "accounting", "business administration"], True,
     ["equivalent_qualification"]),
    [(4, "budget preparation and execution in a public sector organisation")],
    ("none", None, None, [], ["3333"]),
    [],
    True, [], "NATO SECRET", E190, D190))


# ------------------------------------------------------------------ n191 PDF: CMRE vacancy, two pages with a coloured
# title band, "Requirements" split into Essential / Desirable, footers "Page 1 of 2", standard V/I sentence
F = "notice_n191_pdf_titleband_twopages_requirementssplit_pagefooters_a3_vi_cmre_hrofficer.pdf"
E191 = ["A university degree in human resources management, law, psychology or a related discipline.",
        "At least 7 years' experience in human resources management, of which 3 years in a supervisory role.",
        "Knowledge of employment law and staff regulations in an international organisation.",
        "The following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
        "I (\"Beginner\") in the other."]
D191 = ["Italian: NATO level III (Intermediate).",
        "A master's degree in human resources management or law."]


def n191(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "CMRE Vacancy 27-02 – Page {p} of 2"
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    pdf.set_fill_color(0x00, 0x3A, 0x70)
    pdf.rect(0, 0, 210, 34, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 9)
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Human Resources Officer")
    pdf.set_xy(20, 20)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Centre for Maritime Research and Experimentation (CMRE)  |  La Spezia, Italy")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 40)
    pdf.para("Grade: A-3     Closing date: 3 March 2027     Clearance: NATO SECRET", 10, "B")
    pdf.heading("About CMRE", 11)
    pdf.para("CMRE is the executive body of NATO's Science and Technology Organization that conducts maritime "
             "research and experimentation at sea. It employs about 150 scientists, engineers and support staff "
             "and operates two research vessels.", 9.5)
    pdf.heading("The role", 11)
    pbul(pdf, ["Leads the HR team (recruitment, contracts, pay and staff development).",
               "Advises the Director on the application of the NATO Civilian Personnel Regulations.",
               "Manages the relations with the staff association."])
    pdf.heading("Requirements", 11)
    pdf.para("Essential", 10, "B")
    pbul(pdf, E191)
    pdf.add_page()
    pdf.para("Desirable", 10, "B")
    pbul(pdf, D191)
    pdf.heading("Competencies", 11)
    pbul(pdf, ["Leadership: Leads the team to results.", "Developing Others: Gives specific feedback.",
               "Empathy: Understands underlying issues."])
    pdf.heading("Eligibility and application", 11)
    pdf.para("This vacancy is open to nationals of NATO member nations. Applications must reach CMRE by 3 March "
             "2027 through the NATO Talent Acquisition Platform. Interviews are scheduled for April 2027.", 9.5)
    pdf.output(path)


add(F, n191, notice_label(
    F, "Human Resources Officer", "Centre for Maritime Research and Experimentation (CMRE)", "La Spezia, Italy", "A-3",
    "2027-03-03",
    ("university", ["human resources management", "law", "psychology"], True, []),
    [(7, "human resources management"), (3, "a supervisory role")],
    ("one_high_other_low", "V", "I", [], []),
    [("Leadership", 4), ("Developing Others", 4), ("Empathy", 4)],
    True, [], "NATO SECRET", E191, D191))


def labels():
    return [(NOTICES, lab) for _, _, lab in DOCS]


def build():
    for file, writer, _ in DOCS:
        writer(os.path.join(NOTICES, file))
    return DOCS
