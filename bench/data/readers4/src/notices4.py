"""Notices of corpus 4 (n40-n49). Each notice is written with its hand-written label beside it.

The essential/desirable item lists are written once and used both in the document and in the label, so the
label holds the items exactly as the document states them. Every other label field is set by hand.
"""
import html
import os
import textwrap

from docx.enum.section import WD_SECTION

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label


def write_path(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)

DOCS = []


def add(file, writer, label):
    DOCS.append((file, writer, label))


def bullets(items, mark="•", indent=""):
    return "\n".join(f"{indent}{mark} {i}" for i in items)


# =================================================================== n40: ATS page (iCIMS-like) text copy, NCIA
F = "notice_n40_ats_icims_ncia_incident.txt"
E40 = [
    "A university degree in computer science, information security or a related discipline, or an additional "
    "2 years of relevant experience in lieu of a degree.",
    "At least 5 years' experience in cyber incident handling, including 2 years leading incident response teams.",
    "Hands-on experience with SIEM and EDR tools in an enterprise or military network.",
    "Proficiency in English at SLP 3333 (STANAG 6001).",
]
D40 = [
    "GIAC GCIH, GCFA or equivalent certification.",
    "Experience of NATO or national military CIS environments.",
    "Knowledge of French (SLP 2222).",
]
T40 = f"""Skip to main content
NCIA Careers   |   Search jobs   |   Talent community   |   Sign in
< Back to search results

Senior Cyber Security Engineer (Incident Response)
Requisition ID 2027-271344   ·   Posted 5 days ago   ·   Apply now   ·   Save job

Job Locations   BE-WHT-Mons
Category        Cyber Security
Organisation    NATO Communications and Information Agency (NCIA)
Grade           A3 | NATO Grade G17
Clearance       NATO SECRET
Closing date    14 February 2027 (23:59 CET)

Overview
The NATO Cyber Security Centre (NCSC), part of the NCIA, protects NATO's networks around the clock. The
Incident Response Section investigates and contains cyber incidents affecting NATO Enterprise systems.

Responsibilities
- Lead technical investigations of major incidents and coordinate containment with service owners.
- Develop and maintain incident response playbooks.
- Mentor junior analysts and provide on-call cover on a rotational basis.

Qualifications

Essential
{bullets(E40, '-')}

Desirable
{bullets(D40, '-')}

Competencies
Analytical Thinking: Makes complex plans or analyses; Initiative: Is decisive in a time-sensitive situation;

Eligibility
Open to nationals of NATO member nations only.

Contract
Definite duration contract of three years; first six months probationary period.

Apply now      Share this job      Report job

SIMILAR JOBS
Cyber Security Analyst (SOC)           Mons, BE      Closing 01/03/2027
Principal Engineer, Zero Trust          The Hague, NL  Closing 10/03/2027
© NCIA 2027 · Privacy · Cookies
"""
add(F, lambda p, t=T40: write_path(p, t), notice_label(
    F, "Senior Cyber Security Engineer (Incident Response)", "NATO Communications and Information Agency",
    "Mons, Belgium", "A-3", "2027-02-14",
    ("university", ["computer science", "information security"], True, ["equivalent_experience"]),
    [(5, "cyber incident handling"), (2, "leading incident response teams")],
    ("none", None, None, [], ["3333"]),
    [("Analytical Thinking", 4), ("Initiative", 3)],
    True, [], "NATO SECRET", E40, D40))


# =================================================================== n41: IS notice as a multi-page PDF with running header/footer
F = "notice_n41_pdf_is_pdd_digital_engagement.pdf"
E41 = [
    "possess a university degree in communications, journalism, political science or a related discipline, or an "
    "equivalent level of qualification;",
    "have at least three years' experience in digital or social media communication, of which at least one year in "
    "a public institution or international organisation;",
    "have experience in producing video and graphic content for social media;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "II (\"Elementary\") in the other.",
]
D41 = [
    "a master's degree in communication or a related field;",
    "experience in audience analytics and social listening tools;",
    "knowledge of a third language of a NATO member nation.",
]
C41 = [
    "Achievement: Creates own measures of excellence and improves performance;",
    "Change Leadership: Expresses vision for change;",
    "Empathy: Understands both meanings and emotions;",
    "Flexibility: Adapts to unforeseen situations;",
    "Impact and Influence: Takes multiple actions to persuade;",
    "Teamwork: Solicits inputs and encourages others.",
]


def w41(path):
    pdf = PDF(format="A4")
    pdf.header_text = "NATO UNCLASSIFIED – Vacancy notice 270118 – Public Diplomacy Division"
    pdf.footer_text = "NATO UNCLASSIFIED                          Page {p} of 2"
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, "Officer, Digital Engagement", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(50, 120), first_row_as_headings=False, line_height=5) as t:
        for a, b in [("Primary location", "NATO Headquarters, Brussels, Belgium"),
                     ("Division", "Public Diplomacy Division (PDD)"),
                     ("Grade", "A.2 / NATO Grade G15"),
                     ("Clearance", "NATO SECRET"),
                     ("Closing date for applications", "08 March 2027")]:
            r = t.row(); r.cell(a); r.cell(b)
    pdf.heading("1. SUMMARY", 11)
    pdf.para("The Public Diplomacy Division (PDD) communicates NATO's policies to global audiences. The "
             "Digital Engagement Section plans and runs NATO's corporate social media channels. The incumbent "
             "will produce and publish content, analyse audience data and support campaigns across the Alliance.",
             9.5)
    pdf.heading("2. QUALIFICATIONS AND EXPERIENCE", 11)
    pdf.para("ESSENTIAL", 10, "B")
    pdf.para("The incumbent must:", 9.5)
    for i in E41:
        pdf.para("• " + i, 9.5)
    pdf.ln(1)
    pdf.para("DESIRABLE", 10, "B")
    pdf.para("The following would be considered an advantage:", 9.5)
    for i in D41:
        pdf.para("• " + i, 9.5)
    pdf.heading("3. MAIN ACCOUNTABILITIES", 11)
    for i in ["Expertise Development: keeps abreast of platform developments and digital trends.",
              "Project Management: plans and delivers multi-platform campaigns.",
              "Stakeholder Management: works with national delegations and other NATO bodies.",
              "Knowledge Management: maintains the content archive and style guide."]:
        pdf.para("• " + i, 9.5)
    pdf.add_page()
    pdf.heading("4. COMPETENCIES", 11)
    pdf.para("The incumbent must demonstrate:", 9.5)
    for c in C41:
        pdf.para(c, 9.5)
    pdf.heading("5. CONTRACT", 11)
    pdf.para("Contract to be offered to the successful applicant (if non-seconded): definite duration contract of "
             "three years; possibility of a further contract of up to three years.", 9.5)
    pdf.heading("6. RECRUITMENT PROCESS", 11)
    pdf.para("Please note that we can only accept applications from nationals of NATO member countries. "
             "Applications must be submitted using e-recruitment system. Appointment will be subject to receipt "
             "of a security clearance (provided by the national Authorities of the selected candidate).", 9.5)
    pdf.output(path)


add(F, w41, notice_label(
    F, "Officer, Digital Engagement", "Public Diplomacy Division", "Brussels, Belgium", "A-2", "2027-03-08",
    ("university", ["communications", "journalism", "political science"], True, ["equivalent_qualification"]),
    [(3, "digital or social media communication"), (1, "a public institution or international organisation")],
    ("one_high_other_low", "V", "II", [], []),
    [("Achievement", 4), ("Change Leadership", 2), ("Empathy", 2), ("Flexibility", 3),
     ("Impact and Influence", 3), ("Teamwork", 4)],
    True, [], "NATO SECRET", E41, D41))


# =================================================================== n42: forwarded e-mail with quoted ("> ") notice, NSPA
F = "notice_n42_email_fw_nspa_procurement.txt"
E42 = [
    "Bachelor's degree in business administration, law or economics.",
    "Minimum 4 years' experience in public procurement, of which 2 years in defence procurement.",
    "Working knowledge of the NSPA or EU procurement regulations.",
    "Proficiency in English (NATO level IV) and French (NATO level II).",
]
D42 = [
    "Master's degree in public procurement law.",
    "CIPS Level 4 or equivalent professional certification.",
]
_q = "\n".join([
    "VACANCY NOTICE 27-0042",
    "Post title: Procurement Officer",
    "Organisation: NATO Support and Procurement Agency (NSPA), Procurement Directorate",
    "Location: Capellen, Luxembourg",
    "Grade: A.2",
    "Security clearance: NATO CONFIDENTIAL",
    "Closing date: 05/02/2027",
    "",
    "The NSPA Procurement Directorate awards contracts for weapon systems support, fuel and services on behalf of",
    "NATO nations. The incumbent prepares solicitations, evaluates bids and negotiates contracts up to EUR 5M.",
    "",
    "ESSENTIAL QUALIFICATIONS",
    bullets(E42, "*"),
    "",
    "DESIRABLE QUALIFICATIONS",
    bullets(D42, "*"),
    "",
    "ELIGIBILITY",
    "This vacancy is open to nationals of NATO member nations.",
    "",
    "Applications through the NSPA e-recruitment portal only. Incomplete applications will not be considered.",
])
T42 = """From: Recruitment Cell <recruitment@example.nspa.int>
Sent: Monday, 11 January 2027 09:14
To: hr-network@example.org
Cc: national-delegation-lu@example.org
Subject: FW: Vacancy notice 27-0042 – Procurement Officer (A-2) – closing 05/02/2027

Dear colleagues,

Please circulate the vacancy below in your networks. Note that applications sent by e-mail cannot be accepted.
Deadline reminder: we will send a last reminder on 29 January 2027.

Kind regards,
Recruitment Cell
NSPA Human Resources

-----Original Message-----
From: Procurement Directorate Front Office
Sent: Friday, 8 January 2027 16:40
Subject: Vacancy notice 27-0042

""" + "\n".join("> " + ln if ln else ">" for ln in _q.split("\n")) + "\n"
add(F, lambda p, t=T42: write_path(p, t), notice_label(
    F, "Procurement Officer", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "A-2", "2027-02-05",
    ("bachelor", ["business administration", "law", "economics"], True, []),
    [(4, "public procurement"), (2, "defence procurement")],
    ("each", None, None, [("English", "IV"), ("French", "II")], []),
    [],
    True, [], "NATO CONFIDENTIAL", E42, D42))


# =================================================================== n43: HTML job page with bilingual FR/EN chrome, IS notice in English
F = "notice_n43_html_bilingual_chrome_pasp_armscontrol.html"
E43 = [
    "possess a university degree in international relations, law, physics or a related discipline, or have attended "
    "a NATO or national military staff college;",
    "have at least five years' experience in arms control, disarmament or non-proliferation, including two years in "
    "a national delegation or an international organisation;",
    "have drafted policy papers for senior decision makers;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "III (\"Intermediate\") in the other;",
]
D43 = [
    "possess good working level of Russian (IV: \"Upper Intermediate\");",
    "have experience of verification or inspection activities under the Treaty on Conventional Armed Forces in Europe or the Vienna Document;",
    "hold a post-graduate degree in a relevant field.",
]
C43 = [
    "Analytical Thinking: Sees multiple relationships;",
    "Clarity and Accuracy: Checks own and others' work;",
    "Conceptual Thinking: Applies complex concepts;",
    "Impact and Influence: Uses indirect influence;",
    "Organisational Awareness: Understands organisational politics.",
]


def li(items):
    return "\n".join(f"      <li>{html.escape(i, quote=False)}</li>" for i in items)


T43 = f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Officer, Arms Control and Disarmament | Emplois / Jobs – OTAN / NATO</title></head>
<body>
<header>
  <nav>Accueil / Home › Offres d'emploi / Vacancies › Bruxelles / Brussels</nav>
  <div class="lang">FR | EN</div>
  <div class="meta">Publiée le / Published on : 12/01/2027 · Vues / Views : 212 · Partager / Share</div>
</header>
<main>
  <h1>Officer, Arms Control and Disarmament</h1>
  <table class="facts">
    <tr><th>Lieu / Location</th><td>Siège de l'OTAN, Bruxelles (Belgique) / NATO HQ, Brussels, Belgium</td></tr>
    <tr><th>Division</th><td>Political Affairs and Security Policy Division (PASP)</td></tr>
    <tr><th>Grade</th><td>A.3 / NATO Grade G17</td></tr>
    <tr><th>Habilitation / Clearance</th><td>COSMIC TOP SECRET</td></tr>
    <tr><th>Date limite / Closing date</th><td>22/03/2027</td></tr>
  </table>
  <h2>1. SUMMARY</h2>
  <p>The Arms Control, Disarmament and WMD Non-Proliferation Centre of the Political Affairs and Security Policy
  Division supports Allies' consultations on conventional and nuclear arms control. The incumbent drafts policy
  advice and supports the High-Level Task Force.</p>
  <h2>2. QUALIFICATIONS AND EXPERIENCE</h2>
  <h3>ESSENTIAL</h3>
  <p>The incumbent must:</p>
  <ul>
{li(E43)}
  </ul>
  <h3>DESIRABLE</h3>
  <p>The following would be considered an advantage:</p>
  <ul>
{li(D43)}
  </ul>
  <h2>4. COMPETENCIES</h2>
  <p>The incumbent must demonstrate:</p>
  <ul>
{li(C43)}
  </ul>
  <h2>7. RECRUITMENT PROCESS</h2>
  <p>Please note that we can only accept applications from nationals of NATO member countries.</p>
</main>
<aside>
  <h2>Offres similaires / Similar jobs</h2>
  <ul><li>Conseiller juridique / Legal Adviser – Bruxelles – clôture / closing 30/03/2027</li>
      <li>Officer, Nuclear Policy – Brussels – 15/04/2027</li></ul>
  <p>Postuler / Apply · Signaler / Report</p>
</aside>
<footer>© OTAN / NATO · Mentions légales · Cookies</footer>
</body>
</html>
"""
add(F, lambda p, t=T43: write_path(p, t), notice_label(
    F, "Officer, Arms Control and Disarmament", "Political Affairs and Security Policy Division",
    "Brussels, Belgium", "A-3", "2027-03-22",
    ("university", ["international relations", "law", "physics"], True, ["military_staff_college"]),
    [(5, "arms control, disarmament or non-proliferation"), (2, "a national delegation or an international organisation")],
    ("one_high_other_low", "V", "III", [], []),
    [("Analytical Thinking", 3), ("Clarity and Accuracy", 3), ("Conceptual Thinking", 3),
     ("Impact and Influence", 5), ("Organisational Awareness", 4)],
    True, [], "COSMIC TOP SECRET", E43, D43))


# =================================================================== n44: ATS HTML (SmartRecruiters-like) with JSON-LD, ACT
F = "notice_n44_ats_jsonld_act_modsim.html"
E44 = [
    "Master's degree in computer science, simulation engineering or operations research, or a Bachelor's degree "
    "with 2 additional years of relevant experience in lieu of the Master's degree.",
    "At least 4 years' experience in distributed simulation (HLA/DIS).",
    "Experience with computer-assisted exercise (CAX) support.",
    "English: SLP 3333 (STANAG 6001).",
]
D44 = [
    "French: SLP 2222.",
    "Knowledge of the NATO Modelling and Simulation Group (NMSG) standards.",
]
T44 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Modelling and Simulation Engineer – HQ SACT careers</title>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"JobPosting","title":"Modelling and Simulation Engineer",
 "datePosted":"2027-01-18","validThrough":"2027-02-26T23:59:00-05:00","employmentType":"FULL_TIME",
 "hiringOrganization":{{"@type":"Organization","name":"Allied Command Transformation"}},
 "jobLocation":{{"@type":"Place","address":{{"addressLocality":"Norfolk","addressRegion":"VA","addressCountry":"US"}}}}}}
</script></head>
<body>
<div class="sr-header"><a href="#">All jobs</a> · <a href="#">Sign in</a> · <button>I'm interested</button></div>
<h1 class="job-title">Modelling and Simulation Engineer</h1>
<ul class="job-details">
  <li>Norfolk, VA, United States</li><li>Full-time</li><li>Posted 18 Jan 2027</li>
</ul>
<section><h2>Company Description</h2>
<p>Headquarters Supreme Allied Commander Transformation (HQ SACT) leads the warfare development of NATO's
military structures, forces, capabilities and doctrine.</p></section>
<section><h2>Job Description</h2>
<p><b>Post number:</b> TNB-MS-0120 &nbsp; <b>Grade:</b> NATO Grade 15 &nbsp; <b>Security Clearance:</b> NS</p>
<p><b>Application deadline:</b> 26 February 2027</p>
<p>The incumbent designs and federates simulations for NATO exercises and experiments and manages the
simulation architecture of the Joint Warfare Centre's exercise network.</p></section>
<section><h2>Qualifications</h2>
<p><b>Required</b></p>
<ul>
{li(E44)}
</ul>
<p><b>Preferred</b></p>
<ul>
{li(D44)}
</ul></section>
<section><h2>Additional Information</h2>
<p>This post is open to nationals of NATO nations only. Contract: three years, renewable.</p>
<p>Applicants must be able to obtain a NATO SECRET security clearance.</p></section>
<div class="sr-footer">Powered by an applicant tracking system · Privacy Policy · Cookie settings</div>
</body></html>
"""
add(F, lambda p, t=T44: write_path(p, t), notice_label(
    F, "Modelling and Simulation Engineer", "Allied Command Transformation", "Norfolk, Virginia, United States",
    "G15", "2027-02-26",
    ("master", ["computer science", "simulation engineering", "operations research"], True, ["equivalent_experience"]),
    [(4, "distributed simulation (HLA/DIS)")],
    ("none", None, None, [], ["3333"]),
    [],
    True, [], "NATO SECRET", E44, D44))


# =================================================================== n45: ACO post description PDF, JFC Brunssum, header box
F = "notice_n45_pdf_aco_jfcbs_hns.pdf"
E45 = [
    "a. University Degree in logistics, business administration or a related discipline and 2 years post related "
    "experience, or Higher Secondary education and completed advanced vocational training in logistics with 4 years "
    "post related experience.",
    "b. Minimum 3 years' experience in host nation support planning in a national or NATO headquarters.",
    "c. Working knowledge of the NATO Logistics Functional Services (LOGFS).",
    "d. Language: English – SLP 3333 (Listening, Speaking, Reading, Writing).",
]
D45 = [
    "a. Experience in a multinational deployment.",
    "b. Completion of the NATO Host Nation Support Course (NATO School Oberammergau).",
    "c. Language: German or Dutch – SLP 2222.",
]


def w45(path):
    pdf = PDF(format="A4")
    pdf.header_text = "NATO UNCLASSIFIED – Releasable to the Public"
    pdf.footer_text = "JFCBS Civilian Vacancy 27/014 – {p}"
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, "HEADQUARTERS ALLIED JOINT FORCE COMMAND BRUNSSUM\nCIVILIAN POST DESCRIPTION", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(45, 45, 40, 40), line_height=5) as t:
        r = t.row()
        for c in ["POST NUMBER", "POST TITLE", "GRADE", "LOCATION"]:
            r.cell(c)
        r = t.row()
        for c in ["JBSXLGX0210", "Logistics Staff Officer (Host Nation Support)", "A-2 (NATO Grade 15)",
                  "Brunssum, NLD"]:
            r.cell(c)
    pdf.ln(2)
    pdf.para("Closing date: 19.03.2027        Security clearance required: NATO SECRET", 9.5, "B")
    pdf.heading("1. POST CONTEXT", 11)
    pdf.para("Allied Joint Force Command Brunssum (JFCBS) plans and conducts the full spectrum of joint operations. "
             "The J4 Logistics Division's Host Nation Support Section coordinates host nation support arrangements "
             "with NATO nations for the reception, staging and onward movement of forces.", 9.5)
    pdf.heading("2. PRINCIPAL DUTIES", 11)
    pdf.para("The incumbent's duties are: (1) to draft and negotiate HNS technical arrangements and joint "
             "implementation arrangements; (2) to maintain HNS data in LOGFS; (3) to advise the J4 on host nation "
             "capabilities during exercises.", 9.5)
    pdf.heading("3. ESSENTIAL QUALIFICATIONS", 11)
    for i in E45:
        pdf.para(i, 9.5)
    pdf.heading("4. DESIRABLE QUALIFICATIONS", 11)
    for i in D45:
        pdf.para(i, 9.5)
    pdf.heading("5. REMARKS", 11)
    pdf.para("Only nationals of NATO member nations are eligible. The contract is for a definite duration of three "
             "years; the first six months are probationary. Candidates are to be aged between 21 and 60 at "
             "appointment.", 9.5)
    pdf.output(path)


add(F, w45, notice_label(
    F, "Logistics Staff Officer (Host Nation Support)", "Allied Joint Force Command Brunssum", "Brunssum, Netherlands",
    "A-2", "2027-03-19",
    ("university", ["logistics", "business administration"], True, ["equivalent_experience"]),
    [(2, "post related experience"), (3, "host nation support planning in a national or NATO headquarters")],
    ("none", None, None, [], ["3333"]),
    [],
    True, [], "NATO SECRET", E45, D45))


# =================================================================== n46: DOCX with two sections / bilingual running headers, NDC Rome
F = "notice_n46_docx_ndc_research_adviser.docx"
E46 = [
    "hold a doctorate (PhD) in international relations, security studies or history;",
    "have at least eight years' experience in research or teaching in security and defence;",
    "have a record of peer-reviewed publications on Euro-Atlantic security;",
    "possess the following minimum levels of NATO's official languages: English V (\"Advanced\"); French III "
    "(\"Intermediate\").",
]
D46 = [
    "experience in curriculum design for senior officers and officials;",
    "knowledge of Italian.",
]
C46 = [
    ("Achievement", "Sets challenging goals"),
    ("Conceptual Thinking", "Creates new concepts"),
    ("Developing Others", "Gives specific feedback"),
]


def w46(path):
    d = new_docx()
    s = d.sections[0]
    s.header.paragraphs[0].text = "NATO DEFENSE COLLEGE – COLLÈGE DE DÉFENSE DE L'OTAN · VACANCY NOTICE / AVIS DE VACANCE"
    s.footer.paragraphs[0].text = "NATO UNCLASSIFIED"
    d.add_heading("Research Adviser (Academic Research Division)", 1)
    docx_table(d, [["Organisation", "NATO Defense College (NDC)"],
                   ["Location", "Rome, Italy"],
                   ["Grade", "A-4"],
                   ["Security clearance", "NATO SECRET"],
                   ["Deadline for applications", "2027-03-31"],
                   ["Eligibility", "Nationals of NATO member countries only"]])
    d.add_heading("Background", 2)
    d.add_paragraph("The NATO Defense College in Rome educates senior officers and officials and conducts research on "
                    "issues of importance to the Alliance. The Research Division produces policy-relevant analysis "
                    "for the Military Committee and the North Atlantic Council.")
    d.add_heading("Main accountabilities", 2)
    for i in ["Leads research projects and edits the NDC Research Paper series.",
              "Lectures on the Senior Course and supervises course members' research.",
              "Represents the College at academic conferences."]:
        d.add_paragraph(i, style="List Bullet")
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.header.is_linked_to_previous = False
    s2.header.paragraphs[0].text = "Research Adviser – Qualifications and competencies / Qualifications et compétences"
    d.add_heading("Qualifications and experience", 2)
    d.add_paragraph("Essential – the incumbent must:").runs[0].bold = True
    for i in E46:
        d.add_paragraph(i, style="List Number")
    d.add_paragraph("Desirable:").runs[0].bold = True
    for i in D46:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("Competencies", 2)
    docx_table(d, [["Competency", "Level required"]] + [[a, b] for a, b in C46], bold_first_row=True)
    d.add_heading("Contract", 2)
    d.add_paragraph("Definite duration contract of three years, renewable for a further period of up to three years.")
    d.save(path)


add(F, w46, notice_label(
    F, "Research Adviser (Academic Research Division)", "NATO Defense College", "Rome, Italy", "A-4", "2027-03-31",
    ("doctorate", ["international relations", "security studies", "history"], True, []),
    [(8, "research or teaching in security and defence")],
    ("each", None, None, [("English", "V"), ("French", "III")], []),
    [("Achievement", 5), ("Conceptual Thinking", 5), ("Developing Others", 4)],
    True, [], "NATO SECRET", E46, D46))


# =================================================================== n47: bilingual EN/FR notice in one file (both versions), B grade
F = "notice_n47_bilingual_en_fr_is_travel_assistant.txt"
E47 = [
    "have a good general education at least to higher secondary level;",
    "have at least two years' experience in an administrative or travel-management role;",
    "be proficient in MS Office and in an online travel booking tool;",
    "possess the following minimum levels of NATO's official languages (English/French): IV (\"Upper "
    "Intermediate\") in one; II (\"Elementary\") in the other;",
]
D47 = [
    "experience in an international organisation;",
    "knowledge of the NATO travel regulations.",
]
E47_FR = [
    "avoir une bonne formation générale, au moins du niveau de l'enseignement secondaire supérieur ;",
    "avoir au moins deux années d'expérience dans une fonction administrative ou de gestion des voyages ;",
    "maîtriser MS Office et un outil de réservation de voyages en ligne ;",
    "avoir au minimum les niveaux suivants dans les langues officielles de l'OTAN (anglais/français) : IV "
    "(« Intermédiaire supérieur ») dans l'une ; II (« Élémentaire ») dans l'autre ;",
]
D47_FR = [
    "expérience dans une organisation internationale ;",
    "connaissance de la réglementation de l'OTAN en matière de voyages.",
]
T47 = f"""NORTH ATLANTIC TREATY ORGANIZATION / ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD
INTERNATIONAL STAFF / SECRÉTARIAT INTERNATIONAL

=============================== ENGLISH VERSION ===============================

ASSISTANT (TRAVEL AND CONFERENCES)
Executive Management – Conference and Travel Services
NATO Headquarters, Brussels, Belgium
Grade: B.3 / NATO Grade G8
Security clearance: NATO SECRET
Closing date: 15 February 2027

1. SUMMARY
The Conference and Travel Services section arranges official travel for the International Staff and supports
meetings at NATO Headquarters. The incumbent books travel, checks claims and assists meeting organisers.

2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
{bullets(E47, '-')}

DESIRABLE
The following would be considered an advantage:
{bullets(D47, '-')}

4. COMPETENCIES
The incumbent must demonstrate:
- Customer Service Orientation: Takes personal responsibility for correcting problems;
- Clarity and Accuracy: Checks own work;
- Teamwork: Co-operates;
- Flexibility: Applies rules flexibly.

7. RECRUITMENT PROCESS
Please note that we can only accept applications from nationals of NATO member countries.

=============================== VERSION FRANÇAISE ===============================

ASSISTANT(E) (VOYAGES ET CONFÉRENCES)
Direction de la gestion exécutive – Services des conférences et des voyages
Siège de l'OTAN, Bruxelles (Belgique)
Grade : B.3 / grade OTAN G8
Habilitation de sécurité : OTAN SECRET
Date limite de dépôt des candidatures : 15 février 2027

2. QUALIFICATIONS ET EXPÉRIENCE
ESSENTIELLES
Le/la titulaire doit :
{bullets(E47_FR, '-')}

SOUHAITABLES
Les éléments suivants seraient un atout :
{bullets(D47_FR, '-')}

4. COMPÉTENCES
Le/la titulaire doit faire preuve des compétences suivantes :
- Orientation service (Customer Service Orientation) : assume personnellement la correction des problèmes ;
- Clarté et précision (Clarity and Accuracy) : vérifie son propre travail ;
- Travail en équipe (Teamwork) : coopère ;
- Flexibilité (Flexibility) : applique les règles avec souplesse.

7. PROCESSUS DE RECRUTEMENT
Seules les candidatures de ressortissants des pays membres de l'OTAN peuvent être acceptées.
"""
add(F, lambda p, t=T47: write_path(p, t), notice_label(
    F, "Assistant (Travel and Conferences)", "Executive Management", "Brussels, Belgium", "B-3", "2027-02-15",
    ("secondary", [], False, []),
    [(2, "an administrative or travel-management role")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Customer Service Orientation", 3), ("Clarity and Accuracy", 2), ("Teamwork", 1), ("Flexibility", 2)],
    True, [], "NATO SECRET", E47, D47))


# =================================================================== n48: job board with Turkish chrome, LANDCOM Izmir, B-6
F = "notice_n48_html_tr_chrome_landcom_budget.html"
E48 = [
    "Higher secondary education and completed vocational training in finance or accounting.",
    "At least 3 years' experience in budget execution or accounting in a public organisation.",
    "Working knowledge of an ERP system (SAP preferred).",
    "English: SLP 3322 (Listening 3, Speaking 3, Reading 2, Writing 2).",
]
D48 = [
    "Experience with the NATO Financial Regulations.",
    "French: SLP 2222.",
]
T48 = f"""<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8"><title>Financial Analyst (Budget Execution) – İş ilanı</title></head>
<body>
<div class="topbar">Ana sayfa › İş ilanları › İzmir · Giriş yap · Üye ol</div>
<div class="job-meta">İlan tarihi: 20.01.2027 · Görüntülenme: 88 · Son başvuru tarihi: 26.02.2027 · <a>Başvur</a> · <a>Paylaş</a></div>
<article>
<h1>Financial Analyst (Budget Execution)</h1>
<p>Allied Land Command (LANDCOM) – Budget and Finance Branch<br>
Location: Izmir, Türkiye<br>
Grade: B-6 (NATO Grade G14)<br>
Security Clearance: NATO SECRET<br>
Closing Date: 26 February 2027</p>
<p>Headquarters Allied Land Command is the NATO land domain component command. The Budget and Finance Branch
executes the headquarters' military budget. The incumbent processes commitments and obligations, reconciles
accounts and prepares monthly execution reports.</p>
<h2>ESSENTIAL QUALIFICATIONS</h2>
<ol>
{li(E48)}
</ol>
<h2>DESIRABLE QUALIFICATIONS</h2>
<ol>
{li(D48)}
</ol>
<h2>ELIGIBILITY</h2>
<p>Applicants must be nationals of a NATO member nation and aged between 21 and 60.</p>
</article>
<div class="similar"><h3>Benzer ilanlar</h3>
<p>Logistics Assistant – İzmir – Son başvuru: 05.03.2027</p><p>IT Technician – Ankara – 12.03.2027</p></div>
<footer>Kişisel verilerin korunması · Çerez politikası</footer>
</body></html>
"""
add(F, lambda p, t=T48: write_path(p, t), notice_label(
    F, "Financial Analyst (Budget Execution)", "Allied Land Command", "Izmir, Türkiye", "B-6", "2027-02-26",
    ("secondary", [], False, []),
    [(3, "budget execution or accounting in a public organisation")],
    ("none", None, None, [], ["3322"]),
    [],
    True, [], "NATO SECRET", E48, D48))


# =================================================================== n49: pdftotext output (form feeds, running heads, hyphenation), MMF/NSPA
F = "notice_n49_pdftotext_nspa_mmf_airworthiness.txt"
E49 = [
    "A university degree at Master level in aeronautical or mechanical engineering.",
    "Minimum six years' experience in military or civil airworthiness, including three years in continuing "
    "airworthiness management of large transport aircraft.",
    "Knowledge of EMAR/EASA Part-M and Part-CAMO requirements.",
    "Proficiency in English at NATO level V (\"Advanced\").",
]
D49 = [
    "Experience with the A330 MRTT or another A330-derived platform.",
    "Knowledge of French or Dutch.",
]


def hyphenate(text, width=84):
    """Wrap like a PDF text extraction, breaking one long word with a hyphen per wrapped paragraph."""
    out = []
    for para in text.split("\n"):
        lines = textwrap.wrap(para, width) or [""]
        if len(lines) > 1:
            first, nxt = lines[0], lines[1]
            w = nxt.split(" ")[0]
            if len(w) > 7 and w.isalpha():
                cut = len(w) // 2
                lines[0] = first + " " + w[:cut] + "-"
                lines[1] = w[cut:] + nxt[len(w):]
        out.extend(lines)
    return "\n".join(out)


_body1 = hyphenate(
    "NATO SUPPORT AND PROCUREMENT AGENCY (NSPA)\n"
    "Multinational MRTT Fleet (MMF) Programme – Support Partnership Division\n"
    "\n"
    "VACANCY NOTICE 27-0091\n"
    "Airworthiness Engineer (MRTT)\n"
    "Location: Eindhoven Air Base, Eindhoven, the Netherlands\n"
    "Grade: A.3\n"
    "Security Clearance: NATO SECRET\n"
    "Closing date: 2027-03-12\n"
    "\n"
    "BACKGROUND\n"
    "The Multinational MRTT Fleet programme operates A330 Multi Role Tanker Transport aircraft owned by NATO on "
    "behalf of the participating nations. The Airworthiness Engineer ensures the continuing airworthiness of the "
    "fleet in accordance with the applicable military airworthiness requirements and supports the Type "
    "Certificate Holder interface.\n"
    "\n"
    "ELIGIBILITY\n"
    "This post is open only to nationals of the MMF participating nations: Belgium, Czech Republic, Germany, "
    "Luxembourg, the Netherlands and Norway.")
_body2 = ("ESSENTIAL QUALIFICATIONS\n" + hyphenate("\n".join("- " + i for i in E49)) + "\n\n"
          "DESIRABLE QUALIFICATIONS\n" + hyphenate("\n".join("- " + i for i in D49)) + "\n\n"
          "DUTIES\n" + hyphenate(
              "Maintains the continuing airworthiness management exposition; reviews maintenance programmes and "
              "reliability data; represents the programme in airworthiness review meetings with the national "
              "military airworthiness authorities.") + "\n")
T49 = ("\n" + _body1 + "\n\n\n                                                                          Page 1/2\n"
       "NSPA – VACANCY NOTICE 27-0091 – NATO UNCLASSIFIED\n\f"
       "NSPA – VACANCY NOTICE 27-0091 – NATO UNCLASSIFIED\n\n" + _body2 +
       "\n\n                                                                          Page 2/2\n\f")
add(F, lambda p, t=T49: write_path(p, t), notice_label(
    F, "Airworthiness Engineer (MRTT)", "NATO Support and Procurement Agency", "Eindhoven, Netherlands", "A-3",
    "2027-03-12",
    ("master", ["aeronautical engineering", "mechanical engineering"], True, []),
    [(6, "military or civil airworthiness"),
     (3, "continuing airworthiness management of large transport aircraft")],
    ("each", None, None, [("English", "V")], []),
    [],
    True, ["Belgium", "Czechia", "Germany", "Luxembourg", "Netherlands", "Norway"], "NATO SECRET", E49, D49))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
