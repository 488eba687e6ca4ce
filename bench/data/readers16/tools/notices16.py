"""Notices of corpus 16 (n128-n135). Each writer renders its document from the same hand-written item lists as the label;
the label fields are typed by hand beside it."""
import os

from docx.shared import Pt

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label, write_text

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


# ------------------------------------------------------------------ n128 HTML careers-site print, cookie banner first,
# menu, "Views", related vacancies with their own dates
F = "notice_n128_html_careersprint_cookiebanner_is_capabilitydelivery.html"
E128 = ["A university degree in engineering, economics or a related discipline.",
        "At least 5 years' experience in defence acquisition or capability development.",
        "Experience in drafting policy papers for senior committees.",
        VI]
D128 = ["Experience in a national armaments directorate.", "Knowledge of the NATO Defence Planning Process."]
H128 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Officer (Capability Delivery) | NATO Careers</title></head>
<body>
<div id="cookie-banner"><p>We use cookies to improve your experience. By clicking "Accept all" you agree to the storing of
cookies on your device. <a href="#">Cookie policy</a></p><button>Accept all</button> <button>Reject non-essential</button></div>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">Vacancies</a></li><li><a href="#">Working at NATO</a></li><li><a href="#">FAQ</a></li></ul></nav>
<p class="crumbs">Home &gt; Vacancies &gt; 270012</p>
<h1>Officer (Capability Delivery)</h1>
<table class="facts">
<tr><th>Organisation</th><td>NATO International Staff, Defence Investment Division</td></tr>
<tr><th>Location</th><td>Brussels, Belgium</td></tr>
<tr><th>Grade</th><td>A.2</td></tr>
<tr><th>Clearance</th><td>NATO SECRET</td></tr>
<tr><th>Closing date</th><td>14 February 2027, 23:59 (Brussels time)</td></tr>
</table>
<p class="meta">Views: 1,284 · Printed 08/01/2027</p>
<p>OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</p>
<h2>1. SUMMARY</h2>
<p>The Defence Investment Division helps Allies deliver capabilities together. The incumbent follows multinational
capability delivery projects from approval to fielding.</p>
<h2>2. QUALIFICATIONS AND EXPERIENCE</h2>
<h3>ESSENTIAL</h3><p>The incumbent must have:</p>
<ul>{"".join(f"<li>{i}</li>" for i in E128).replace('"', '&quot;')}</ul>
<h3>DESIRABLE</h3><p>The following would be considered an advantage:</p>
<ul>{"".join(f"<li>{i}</li>" for i in D128)}</ul>
<h2>3. COMPETENCIES</h2>
<p>The incumbent must demonstrate:</p>
<ul><li>Achievement: Creates own measures of excellence;</li><li>Analytical Thinking: Sees multiple relationships;</li>
<li>Teamwork: Solicits inputs and encourages others.</li></ul>
<h2>4. CONTRACT</h2><p>Contract will be offered for a period of three years, of which the first six months is probationary.</p>
<aside><h4>Similar vacancies</h4><ul><li>Officer (Armaments Cooperation) – closing 02 February 2027</li>
<li>Assistant (Conference Services) – closing 20 January 2027</li></ul></aside>
<footer>© NATO 2027 · Privacy · Terms of use</footer>
</body></html>
"""
add(F, txt_writer(H128), notice_label(
    F, "Officer (Capability Delivery)", "NATO International Staff, Defence Investment Division", "Brussels, Belgium",
    "A-2", "2027-02-14",
    ("university", ["engineering", "economics"], True, []),
    [(5, "defence acquisition or capability development")],
    ("one_high_other_low", "V", "I", [], []),
    [("Achievement", 3), ("Analytical Thinking", 3), ("Teamwork", 4)],
    True, [], "NATO SECRET", E128, D128))

# ------------------------------------------------------------------ n129 ATS export: "Field: value" header, US-style
# posting end date, NG17, Bachelor's degree with years in lieu, SLP only
F = "notice_n129_atsexport_fieldvalue_ng17_slponly_ncia_networkengineer.txt"
E129 = ["Bachelor's degree in computer science, telecommunications or electrical engineering; two additional years of "
        "relevant experience may be accepted in lieu of the degree.",
        "Minimum 6 years' experience in network engineering, including 3 years in a military or government environment.",
        "Cisco CCNP Enterprise certification or equivalent.",
        "English: STANAG 6001 SLP 3333."]
D129 = ["Experience with Federated Mission Networking.", "French: SLP 2222."]
T129 = f"""Requisition ID: 27-0419
Job Title: Senior Network Engineer
Job Family: Engineering - Networks
Organization: NATO Communications and Information Agency
Business Unit: Infrastructure Services
Location: Mons, Belgium
Grade: NG17
Security Clearance: NATO SECRET
Eligibility: Nationals of NATO Member Nations only
Contract Type: Definite duration (3 years)
Posting Start Date: 01/12/2027
Posting End Date: 03/15/2027
Recruiter: ncia-talent@example.int
Status: Open

Job Description:
The Senior Network Engineer designs and maintains the deployable wide-area networks of the Agency.

Qualifications - Essential:
{bullets(E129, "* ")}

Qualifications - Desirable:
{bullets(D129, "* ")}

Attachments: none
Created By: ATS_EXPORT_SERVICE  Export Date: 01/13/2027 09:14
"""
add(F, txt_writer(T129), notice_label(
    F, "Senior Network Engineer", "NATO Communications and Information Agency", "Mons, Belgium", "A-3", "2027-03-15",
    ("bachelor", ["computer science", "telecommunications", "electrical engineering"], True, ["equivalent_experience"]),
    [(6, "network engineering"), (3, "a military or government environment")],
    ("none", None, None, [], ["3333"]),
    [], True, [], "NATO SECRET", E129, D129))


# ------------------------------------------------------------------ n130 PDF with numbered paragraphs (1., 4.1, 4.2 ...),
# staff-college alternative, SLP only
F = "notice_n130_pdf_numberedparas_staffcollege_slp_jwc_exerciseplanner.pdf"
E130 = ["A university degree in international relations, political science or a related field, or have attended a "
        "NATO or national military staff college.",
        "At least 4 years' experience in the planning of military exercises, including 2 years at an operational "
        "level headquarters.",
        "Experience in using the NATO Exercise Planning Guide.",
        "English: SLP 3333 (Listening, Speaking, Reading, Writing)."]
D130 = ["Experience in a NATO Command Structure headquarters.", "Knowledge of JEMM or similar exercise tools."]


def n130(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "JWC/HR/27-011 · Page {p}"
    pdf.add_page()
    pdf.para("JOINT WARFARE CENTRE", 13, "B", align="C")
    pdf.para("VACANCY NOTICE JWC/HR/27-011", 11, "B", align="C")
    pdf.ln(3)
    for ln in ["Post title: Exercise Planning Officer", "Organisation: Joint Warfare Centre (JWC), Allied Command Transformation",
               "Location: Stavanger, Norway", "Grade: A-2 (NG15)", "Closing date: 05 March 2027",
               "Security clearance: NATO SECRET"]:
        pdf.para(ln, 10)
    pdf.ln(2)
    pdf.para("1. ELIGIBILITY. This post is open to nationals of NATO member nations only.", 10)
    pdf.para("2. POST CONTEXT. The JWC plans and delivers collective training for NATO headquarters. The incumbent "
             "plans exercises of the STEADFAST series.", 10)
    pdf.para("3. PRINCIPAL DUTIES. 3.1 Drafts exercise specifications. 3.2 Chairs main planning conferences.", 10)
    pdf.para("4. ESSENTIAL QUALIFICATIONS.", 10, "B")
    for k, i in enumerate(E130, 1):
        pdf.para(f"4.{k} " + i, 10)
    pdf.para("5. DESIRABLE QUALIFICATIONS.", 10, "B")
    for k, i in enumerate(D130, 1):
        pdf.para(f"5.{k} " + i, 10)
    pdf.para("6. COMPETENCIES. 6.1 Initiative: Is decisive in a time-sensitive situation. 6.2 Flexibility: Adapts to "
             "unforeseen situations.", 10)
    pdf.para("7. CONTRACT. Three years, renewable. The first six months are probationary. Interviews are planned for "
             "week 14 (April 2027).", 10)
    pdf.output(path)


add(F, n130, notice_label(
    F, "Exercise Planning Officer", "Joint Warfare Centre", "Stavanger, Norway", "A-2", "2027-03-05",
    ("university", ["international relations", "political science"], True, ["military_staff_college"]),
    [(4, "the planning of military exercises"), (2, "an operational level headquarters")],
    ("none", None, None, [], ["3333"]),
    [("Initiative", 3), ("Flexibility", 3)], True, [], "NATO SECRET", E130, D130))


# ------------------------------------------------------------------ n131 DOCX whose essentials are a two-column table
# (Requirement | Essential), desirables as a short list, facts in a header table
F = "notice_n131_docx_essentialstable_reqcolumn_nspa_airworthiness.docx"
E131 = ["A university degree in mechanical or aeronautical engineering.",
        "Minimum 8 years' experience in aircraft maintenance engineering, of which 3 years in airworthiness management.",
        "Knowledge of EMAR 145 and EMAR M regulations.",
        VI]
D131 = ["Part-66 licence or military equivalent.", "Experience with the C-130 or A400M fleet."]


def n131(path):
    d = new_docx()
    d.add_heading("NATO Support and Procurement Agency – Vacancy Notice 27/0088", level=1)
    docx_table(d, [["Post title", "Senior Engineer (Airworthiness)"], ["Directorate", "Programmes Directorate"],
                   ["Location", "Capellen, Luxembourg"], ["Grade", "A-3"], ["Deadline for applications", "1 March 2027"],
                   ["Security clearance", "NATO SECRET"],
                   ["Eligibility", "Nationals of NATO member nations only"]])
    d.add_paragraph()
    d.add_paragraph("The incumbent manages the continuing airworthiness of the aircraft fleets supported by the Agency.")
    d.add_heading("Qualifications", level=2)
    docx_table(d, [["Requirement", "Essential"], ["Education", E131[0]], ["Experience", E131[1]],
                   ["Technical knowledge", E131[2]], ["Languages", E131[3]]], bold_first_row=True)
    d.add_paragraph()
    d.add_paragraph("Desirable:")
    for i in D131:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("Competencies", level=2)
    d.add_paragraph("Analytical Thinking: Makes complex plans or analyses; Clarity and Accuracy: Checks own and "
                    "others' work.")
    d.add_paragraph("Document version 3, 12 December 2026.")
    d.save(path)


add(F, n131, notice_label(
    F, "Senior Engineer (Airworthiness)", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "A-3",
    "2027-03-01",
    ("university", ["mechanical engineering", "aeronautical engineering"], True, []),
    [(8, "aircraft maintenance engineering"), (3, "airworthiness management")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 4), ("Clarity and Accuracy", 3)], True, [], "NATO SECRET", E131, D131))

# ------------------------------------------------------------------ n132 French/English bilingual notice, each section
# French then English; labelled from the English block
F = "notice_n132_bilingual_fr_en_alternating_bgrade_is_adminassistant.txt"
E132 = ["Possess a good general education at least to higher secondary level.",
        "Have at least 3 years' experience in an administrative support role.",
        "Have experience with Microsoft Office and a document management system.",
        'Possess the following minimum levels of NATO\'s official languages (English/French): IV ("Upper '
        'Intermediate") in one; I ("Beginner") in the other.']
D132 = ["Experience in an international organisation.", "Knowledge of NATO's records management policy."]
T132 = f"""ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD / NORTH ATLANTIC TREATY ORGANIZATION
Secrétariat international / International Staff

Assistant(e) administratif(ve) – Division Affaires politiques et politique de sécurité
Administrative Assistant – Political Affairs and Security Policy Division

Lieu / Location : Bruxelles, Belgique / Brussels, Belgium
Grade : B.4 (G10)
Date limite / Closing date : 21 février 2027 / 21 February 2027
Habilitation / Clearance : OTAN SECRET / NATO SECRET
Réservé aux ressortissants des pays membres de l'OTAN / Open to nationals of NATO member states only

1. QUALIFICATIONS ET EXPÉRIENCE / QUALIFICATIONS AND EXPERIENCE

ESSENTIELLES
Le/la titulaire doit :
- avoir une bonne formation générale, au moins du niveau de l'enseignement secondaire supérieur ;
- avoir au moins trois années d'expérience dans une fonction de soutien administratif ;
- avoir l'expérience de Microsoft Office et d'un système de gestion documentaire ;
- avoir au minimum le niveau de compétence suivant dans l'une et l'autre des langues officielles de l'OTAN
  (anglais/français) : IV (« Intermédiaire supérieur ») dans l'une ; I (« Débutant ») dans l'autre.

ESSENTIAL
The incumbent must:
{bullets(E132)}

SOUHAITABLES
- expérience au sein d'une organisation internationale ;
- connaissance de la politique de gestion des archives de l'OTAN.

DESIRABLE
{bullets(D132)}

2. COMPÉTENCES / COMPETENCIES
Souci de clarté et d'exactitude / Clarity and Accuracy : Vérifie son propre travail / Checks own work;
Orientation client / Customer Service Orientation : Assume personnellement la responsabilité de la correction des
problèmes / Takes personal responsibility for correcting problems;
Travail en équipe / Teamwork : Coopère / Co-operates.

3. CONTRAT / CONTRACT
Contrat de trois ans / Three-year contract. Publié le 10 janvier 2027 / Published 10 January 2027.
"""
add(F, txt_writer(T132), notice_label(
    F, "Administrative Assistant", "International Staff", "Brussels, Belgium", "B-4", "2027-02-21",
    ("secondary", [], False, []),
    [(3, "an administrative support role")],
    ("one_high_other_low", "IV", "I", [], []),
    [("Clarity and Accuracy", 2), ("Customer Service Orientation", 3), ("Teamwork", 1)],
    True, [], "NATO SECRET", E132, D132))

# ------------------------------------------------------------------ n133 e-mail forward: Gmail-style forwarded header with
# its own date, forwarder's note, the notice below; Master's degree, V/II
F = "notice_n133_emailforward_fwdheader_master_vii_aircom_airpolicy.txt"
E133 = ["A Master's degree in international relations, security studies or a related discipline.",
        "At least 7 years' experience in air power policy or doctrine, of which 2 years in a multinational headquarters.",
        "Experience in drafting concept papers for senior military committees.",
        'The following minimum levels of NATO\'s official languages (English/French): V ("Advanced") in one; II '
        '("Elementary") in the other.']
D133 = ["Graduate of a national air war college.", "Operational experience in an air operations centre."]
T133 = f"""From: Lt Col Pieter Janssens <p.janssens@example.be>
Sent: Friday, 8 January 2027 16:02
To: Air Staff Policy Section
Subject: FW: AIRCOM vacancy – Plans Officer (Air Policy) – closing 28 Feb

All, FYI – please pass to anyone interested. Our own nomination deadline is 15 February.
Pieter

---------- Forwarded message ---------
From: AIRCOM Civilian Human Resources <aircom.chr@example.int>
Date: Thu, 7 Jan 2027 at 09:31
Subject: AIRCOM vacancy – Plans Officer (Air Policy)
To: National Military Representatives

VACANCY NOTICE AIRCOM 27-004
Title: Plans Officer (Air Policy)
Organisation: Allied Air Command (AIRCOM)
Location: Ramstein, Germany
Grade: A-3
Closing date: 28 February 2027
Clearance: NATO SECRET
Open to nationals of NATO member nations only.

ESSENTIAL QUALIFICATIONS
{bullets(E133)}

DESIRABLE QUALIFICATIONS
{bullets(D133)}

COMPETENCIES
Organisational Awareness: Understands organisational politics;
Impact and Influence: Uses indirect influence.

Regards,
AIRCOM CHR
"""
add(F, txt_writer(T133), notice_label(
    F, "Plans Officer (Air Policy)", "Allied Air Command", "Ramstein, Germany", "A-3", "2027-02-28",
    ("master", ["international relations", "security studies"], True, []),
    [(7, "air power policy or doctrine"), (2, "a multinational headquarters")],
    ("one_high_other_low", "V", "II", [], []),
    [("Organisational Awareness", 4), ("Impact and Influence", 5)], True, [], "NATO SECRET", E133, D133))

# ------------------------------------------------------------------ n134 LinkedIn job post copied as text: "Promoted",
# applicants count, "About the job", "Show more", hiring team
F = "notice_n134_linkedin_postcopy_applicants_showmore_act_datascientist.txt"
E134 = ["A Master's degree in data science, statistics, computer science or a related discipline.",
        "At least 5 years' experience in applied data science or machine learning.",
        "Proven experience with Python and SQL in production environments.",
        VI]
D134 = ["Experience with defence or intelligence data.", "Knowledge of NATO data governance policies."]
T134 = f"""Data Scientist
NATO Allied Command Transformation · Norfolk, VA, United States · 3 weeks ago · 214 applicants
Promoted by hirer · Actively reviewing applicants
On-site · Full-time · Mid-Senior level
Easy Apply    Save

Meet the hiring team
Sarah K. · Talent Acquisition Partner · 2nd

About the job
Allied Command Transformation (ACT) is looking for a Data Scientist to join its Innovation Branch in Norfolk,
Virginia, United States.
NATO Grade: A-3 | Clearance: NATO SECRET | Closing date: 28 February 2027
Open to nationals of NATO member nations only.

Essential requirements:
{bullets(E134, "• ")}

Desirable:
{bullets(D134, "• ")}

Competencies: Conceptual Thinking: Applies complex concepts; Achievement: Sets challenging goals.

… Show more

Set alert for similar jobs
Data Scientist, Norfolk, VA
People also viewed: Analyst (Operations Research) · NATO · 1 week ago
"""
add(F, txt_writer(T134), notice_label(
    F, "Data Scientist", "NATO Allied Command Transformation", "Norfolk, VA, United States", "A-3", "2027-02-28",
    ("master", ["data science", "statistics", "computer science"], True, []),
    [(5, "applied data science or machine learning")],
    ("one_high_other_low", "V", "I", [], []),
    [("Conceptual Thinking", 3), ("Achievement", 5)], True, [], "NATO SECRET", E134, D134))


# ------------------------------------------------------------------ n135 agency PDF naming the participating nations in a
# sentence; two SLPs; equivalent qualification
F = "notice_n135_pdf_agency_sevennations_twoslps_nahema_logisticsengineer.pdf"
E135 = ["A university degree in engineering or logistics, or an equivalent level of qualification.",
        "At least 6 years' experience in integrated logistic support for military helicopters.",
        "Experience in managing spare parts and repair contracts with industry.",
        "English: SLP 3333; French: SLP 2222."]
D135 = ["Experience with the NH90 programme.", "Knowledge of S3000L."]


def n135(path):
    pdf = PDF(format="A4")
    pdf.header_text = "NAHEMA – NATO Helicopter Management Agency – Vacancy 2027/03"
    pdf.add_page()
    pdf.para("Logistics Support Engineer (NH90)", 14, "B")
    pdf.para("NATO Helicopter Management Agency (NAHEMA)\nAix-en-Provence, France\nGrade: A-2\n"
             "Closing date: 12 March 2027\nSecurity clearance: NATO SECRET", 10)
    pdf.ln(2)
    pdf.para("Eligibility: this post is open only to nationals of the NAHEMA participating nations: Belgium, France, "
             "Germany, Italy, the Netherlands, Portugal and Spain.", 10, "B")
    pdf.ln(2)
    pdf.para("Essential requirements", 11, "B")
    for i in E135:
        pdf.para("– " + i, 10)
    pdf.para("Desirable requirements", 11, "B")
    for i in D135:
        pdf.para("– " + i, 10)
    pdf.ln(2)
    pdf.para("Applications are to be sent through the national delegations. Interviews: April 2027.", 9, "I")
    pdf.output(path)


add(F, n135, notice_label(
    F, "Logistics Support Engineer (NH90)", "NATO Helicopter Management Agency", "Aix-en-Provence, France", "A-2",
    "2027-03-12",
    ("university", ["engineering", "logistics"], True, ["equivalent_qualification"]),
    [(6, "integrated logistic support for military helicopters")],
    ("none", None, None, [], ["3333", "2222"]),
    [], True, ["Belgium", "France", "Germany", "Italy", "Netherlands", "Portugal", "Spain"], "NATO SECRET",
    E135, D135))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
