"""Notices n24-n39, part 1: TXT and HTML files. Each text is written next to its label."""
from common import NOTICES, notice_label, write_notice_label, write_text

DOCS = []


def add(name, text, label, encoding="utf-8"):
    DOCS.append((name, text, label, encoding))


# ---------------------------------------------------------------------------
# n24: NATO IS notice, requirements as numbered lists "1. ... 2. ...", competencies numbered too,
# language sentence with the low level first ("I in one; V in the other").
add("notice_n24_is_pdd_digital_numbered.txt", """NATO International Staff - Vacancy Notice

Post title:      Officer, Digital Communications
Division:        Public Diplomacy Division (PDD)
Grade:           A.2
Location:        NATO HQ, Brussels (Belgium)
Reference:       270117
Closing date:    Sunday 7 February 2027, 23:59 (Brussels time)

1. SUMMARY

The Public Diplomacy Division (PDD) communicates NATO's policies and activities to audiences
in Allied and partner countries. Within PDD, the Digital Communications Section plans and runs
NATO's presence on the web and on social media platforms, produces digital content and measures
its reach.

The Officer plans, produces and evaluates digital campaigns for the Organisation's corporate
channels, advises senior staff on digital engagement and coordinates with national delegations
and with the NATO Military Authorities on joint campaigns.

2. QUALIFICATIONS AND EXPERIENCE

Essential requirements
1. A university degree in communications, journalism, marketing or a related discipline.
2. At least four years' experience in digital communications, of which at least two in a
   government department or an international organisation.
3. Demonstrated experience in running social media campaigns on several platforms at the same
   time, including paid promotion.
4. Excellent drafting and editing skills; the ability to turn complex policy into plain language.
5. The following minimum levels of NATO's official languages (English/French):
   I ("Beginner") in one; V ("Advanced") in the other.

Desirable requirements
1. A master's degree in strategic communications or a related field.
2. Two years' experience with audience analytics tools and A/B testing.
3. Experience of video production and motion graphics.
4. A higher level of proficiency in NATO's second official language.

3. MAIN ACCOUNTABILITIES

1. Planning: draft the annual digital engagement plan of the Section and keep it aligned with
   the NATO communications strategy.
2. Content: produce and commission text, photo and video content for nato.int and the corporate
   social media accounts.
3. Analysis: measure the reach of each campaign and report to the Head of Section.
4. Stakeholder management: coordinate with national delegations, the Divisions of the
   International Staff and NATO commands.
5. Perform any other related duty as assigned.

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Digital Communications Section.
Direct reports: N/a. Indirect reports: N/a.

5. COMPETENCIES

The incumbent must demonstrate:
1. Achievement: Creates own measures of excellence;
2. Analytical Thinking: Sees multiple relationships;
3. Change Leadership: Expresses vision for change;
4. Flexibility: Adapts to unforeseen situations;
5. Impact and Influence: Takes multiple actions to persuade;
6. Teamwork: Solicits inputs and encourages others.

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract
of three years; possibility of renewal for up to three years, during which the incumbent may
apply for conversion to an indefinite duration contract.

7. RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries.
Applications must be submitted through the NATO e-recruitment system.
Appointment will be subject to receipt of a security clearance (provided by the national
Authorities of the selected candidate) and approval of the candidate's medical file by the NATO
Medical Adviser.

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion, and strives to provide equal access to employment,
advancement and retention, independent of gender, age, nationality, ethnic origin, religion or
belief, cultural background, sexual orientation, and disability.
""", notice_label(
    "notice_n24_is_pdd_digital_numbered.txt",
    title="Officer, Digital Communications", organisation="Public Diplomacy Division",
    location="Brussels, Belgium", grade="A-2", deadline="2027-02-07",
    degree_level="university", fields=["communications", "journalism", "marketing"],
    alternatives=[], fields_required=True, min_years=4,
    rule="one_high_other_low", high="V", low="I", pair=["English", "French"],
    competencies=["Achievement", "Analytical Thinking", "Change Leadership", "Flexibility",
                  "Impact and Influence", "Teamwork"],
    clearance=None,
    conditions=[(4, "digital communications"),
                (2, "a government department or an international organisation")]))


# ---------------------------------------------------------------------------
# n25: NCIA job-board HTML with "Must have:" / "Nice to have:" lists, bachelor's "or an additional
# 4 years of relevant experience in lieu of a degree", SLP dashed, no nationality sentence.
add("notice_n25_ncia_cloud_musthave.html", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Senior Cloud Platform Engineer | NCIA | DefenceJobs Europe</title>
</head>
<body>
<header class="site"><a href="/">DefenceJobs Europe</a> <nav><a href="/jobs">Jobs</a> <a href="/employers">Employers</a> <a href="/login">Sign in</a></nav></header>
<main>
<article class="job">
<h1>Senior Cloud Platform Engineer</h1>
<div class="job-meta">
  <span class="employer">NATO Communications and Information Agency (NCIA)</span> &middot;
  <span class="location">Mons, BEL</span> &middot;
  <span class="grade">Grade: A3 (NATO Grade 17)</span>
</div>
<p class="dates">Posted: 11 January 2027 &nbsp;|&nbsp; Closing date: 2027-02-14</p>
<p class="ref">Vacancy number: 27/CSU/0113 &nbsp; Contract: 3 years, renewable</p>
<button>Apply now</button> <button>Save job</button>

<h2>About the role</h2>
<p>The NATO Communications and Information Agency (NCIA) delivers secure, coherent and
interoperable communications and information systems to NATO and Allies. The Cloud Services
Branch of the Core Services Directorate runs the Agency's private cloud in Mons and the hybrid
cloud landing zones used by NATO commands.</p>
<p>As Senior Cloud Platform Engineer you design, build and operate the container platform on
which NATO's next-generation applications run, lead a small team of engineers and contractors
and act as the technical authority for platform changes.</p>

<h2>What you will do</h2>
<ul>
  <li>Design and evolve the Kubernetes-based platform and its CI/CD tooling;</li>
  <li>Automate provisioning with infrastructure as code;</li>
  <li>Lead incident response for platform outages and run post-incident reviews;</li>
  <li>Coach engineers and review the work of contractors;</li>
  <li>Perform any other related duty as assigned.</li>
</ul>

<h2>Must have:</h2>
<ul>
  <li>Bachelor's degree in computer science, software engineering or information systems
      &ndash; or an additional 4 years of relevant experience in lieu of a degree;</li>
  <li>Minimum 7 years of experience in designing and operating cloud platforms, including
      3 years with Kubernetes in production;</li>
  <li>Hands-on experience with infrastructure as code (Terraform, Ansible) and GitOps;</li>
  <li>Working knowledge of Linux system administration and networking;</li>
  <li>English: SLP 3-3-3-3 (Listening, Speaking, Reading, Writing);</li>
  <li>Ability to obtain and maintain a NATO SECRET security clearance.</li>
</ul>

<h2>Nice to have:</h2>
<ul>
  <li>Master's degree in a technical discipline;</li>
  <li>Certified Kubernetes Administrator (CKA) or equivalent;</li>
  <li>2 years of experience operating classified networks;</li>
  <li>French: SLP 2-2-2-2.</li>
</ul>

<h2>What we offer</h2>
<p>Tax-free salary, expatriation allowance where eligible, 30 days of annual leave, private
health insurance and a pension scheme.</p>
</article>

<aside class="similar">
<h3>Similar jobs</h3>
<ul>
<li>Cloud Security Engineer &ndash; The Hague &ndash; closes 2027-02-02</li>
<li>DevOps Engineer (contract) &ndash; Mons &ndash; closes 2027-01-30</li>
</ul>
</aside>
</main>
<footer>&copy; 2027 DefenceJobs Europe &middot; <a href="/privacy">Privacy</a> &middot; Report this job</footer>
</body>
</html>
""", notice_label(
    "notice_n25_ncia_cloud_musthave.html",
    title="Senior Cloud Platform Engineer",
    organisation="NATO Communications and Information Agency",
    location="Mons, Belgium", grade="A-3", deadline="2027-02-14",
    degree_level="bachelor",
    fields=["computer science", "software engineering", "information systems"],
    alternatives=["equivalent_experience"], fields_required=True, min_years=7,
    rule="none", stanag=["3333"], competencies=[],
    clearance="NATO SECRET",
    conditions=[(7, "designing and operating cloud platforms"),
                (3, "Kubernetes in production")]))


# ---------------------------------------------------------------------------
# n26: NSPA notice whose requirements are a plain-text table (| columns, wrapped cells), per-language
# levels, competencies in a second table.
add("notice_n26_nspa_procurement_table.txt", """NSPA - NATO Support and Procurement Agency
VACANCY ANNOUNCEMENT                                   Ref. NSPA/PRO/27/014

Position:     Procurement Officer (Weapon Systems)
Directorate:  Procurement Directorate
Grade:        A-2
Location:     Capellen, Luxembourg
Closing:      12.03.2027

GENERAL BACKGROUND
The NATO Support and Procurement Agency (NSPA) is NATO's integrated logistics and procurement
organisation, bringing together in a single organisation NATO's logistics and procurement
support activities. The Procurement Directorate awards and administers contracts on behalf of
the Agency's customers, following NSPA Procurement Regulations.

DUTIES
Under the supervision of the Head of Section, the incumbent runs competitive procurements for
weapon systems support, from the statement of work to the award, and administers the resulting
contracts.

QUALIFICATIONS

+---------------+-----------+-----------------------------------------------------+
| Area          | Level     | Requirement                                         |
+---------------+-----------+-----------------------------------------------------+
| Education     | Essential | University degree in business administration, law,  |
|               |           | economics or public administration, or equivalent   |
|               |           | relevant professional experience.                   |
+---------------+-----------+-----------------------------------------------------+
| Experience    | Essential | Minimum 5 years' experience in public procurement,  |
|               |           | gained in a national administration or an           |
|               |           | international organisation.                         |
+---------------+-----------+-----------------------------------------------------+
| Experience    | Essential | Experience in drafting, negotiating and             |
|               |           | administering contracts for defence equipment.      |
+---------------+-----------+-----------------------------------------------------+
| Languages     | Essential | English: V (Advanced)                               |
|               |           | French: II (Elementary)                             |
+---------------+-----------+-----------------------------------------------------+
| Security      | Essential | NATO SECRET                                         |
+---------------+-----------+-----------------------------------------------------+
| Education     | Desirable | Master's degree in procurement, supply chain        |
|               |           | management or contract law.                         |
+---------------+-----------+-----------------------------------------------------+
| Experience    | Desirable | 2 years' experience of NATO or EU procurement       |
|               |           | rules.                                              |
+---------------+-----------+-----------------------------------------------------+
| Languages     | Desirable | French: III (Intermediate)                          |
+---------------+-----------+-----------------------------------------------------+

COMPETENCIES

+------------------------------+--------------------------------------------------+
| Competency                   | Level expected                                   |
+------------------------------+--------------------------------------------------+
| Clarity and Accuracy         | Checks own and others' work                      |
| Customer Service Orientation | Takes personal responsibility for correcting     |
|                              | problems                                         |
| Organisational Awareness     | Understands organisational politics              |
| Teamwork                     | Encourages others                                |
+------------------------------+--------------------------------------------------+

REMARKS
This post is open to nationals of NATO member nations only.
Applicants must apply through the NSPA e-recruitment portal. Incomplete applications will not be
considered. Only short-listed candidates will be contacted.
The initial contract is for a period of 3 years, with the possibility of renewal.
""", notice_label(
    "notice_n26_nspa_procurement_table.txt",
    title="Procurement Officer (Weapon Systems)",
    organisation="NATO Support and Procurement Agency",
    location="Capellen, Luxembourg", grade="A-2", deadline="2027-03-12",
    degree_level="university",
    fields=["business administration", "law", "economics", "public administration"],
    alternatives=["equivalent_experience"], fields_required=True, min_years=5,
    rule="each", requirements=[("English", "V"), ("French", "II")],
    competencies=["Clarity and Accuracy", "Customer Service Orientation",
                  "Organisational Awareness", "Teamwork"],
    clearance="NATO SECRET",
    conditions=[(5, "public procurement, gained in a national administration or an "
                    "international organisation")]))


# ---------------------------------------------------------------------------
# n28: the whole notice run together in ONE paragraph (bullets, headings and line breaks lost).
add("notice_n28_is_iamd_one_paragraph.txt",
    "Senior Officer, Integrated Air and Missile Defence Job content Location: Brussels, Belgium "
    "Grade: A-4 Security Clearance Level: NS Closing date: 31-Jan-2027 1. SUMMARY The Defence "
    "Investment Division (DI) is responsible for the development of investments in assets and "
    "capabilities aimed at enhancing the Alliance's defence capacity, including armaments planning, "
    "space, integrated air and missile defence (IAMD), airspace management and aviation command and "
    "control. The IAMD Capabilities Directorate supports the NATO IAMD Policy Committee and leads "
    "the coherence of NATO's IAMD capability delivery. The Senior Officer leads the Directorate's "
    "work on ballistic missile defence capability requirements and acts as secretary of the "
    "relevant working groups. 2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must: "
    "possess a university degree in engineering, physics or a related scientific discipline, or an "
    "equivalent level of qualification (such as a high-level military education); have at least 10 "
    "years' experience in air and missile defence, of which at least 3 at managerial level; have "
    "in-depth knowledge of NATO's capability development and defence planning processes; be able to "
    "lead multinational working groups to consensus; possess the following minimum levels of "
    "NATO's official languages (English/French): V (\"Advanced\") in one; III (\"Intermediate\") "
    "in the other; DESIRABLE The following would be considered an advantage: a master's degree in "
    "systems engineering; 2 years' experience in a NATO agency; experience of NATO Common Funding "
    "procedures. 3. MAIN ACCOUNTABILITIES Expertise Development Provide expert advice on the "
    "development of IAMD capabilities. Stakeholder Management Develop and maintain contacts with "
    "national delegations, NATO commands and agencies. People Management Lead and develop a team "
    "of four staff. Perform any other related duty as assigned. 4. INTERRELATIONSHIPS The incumbent "
    "reports to the Director, IAMD Capabilities. Direct reports: 4. 5. COMPETENCIES The incumbent "
    "must demonstrate: Analytical Thinking: Makes complex plans or analyses; Change Leadership: "
    "Expresses vision for change; Impact and Influence: Uses indirect influence; Initiative: Acts "
    "up to 2 months ahead; Leadership: Leads the team to results; Organisational Awareness: "
    "Understands organisational politics; Teamwork: Builds the team and resolves conflicts. "
    "6. CONTRACT Definite duration contract of three years; possibility of renewal for up to three "
    "years. 7. RECRUITMENT PROCESS Please note that we can only accept applications from nationals "
    "of NATO member countries. Appointment will be subject to receipt of a security clearance and "
    "approval of the candidate's medical file by the NATO Medical Adviser. Click to apply Report job\n",
    notice_label(
        "notice_n28_is_iamd_one_paragraph.txt",
        title="Senior Officer, Integrated Air and Missile Defence",
        organisation="Defence Investment Division",
        location="Brussels, Belgium", grade="A-4", deadline="2027-01-31",
        degree_level="university", fields=["engineering", "physics"],
        alternatives=["equivalent_qualification"], fields_required=True, min_years=10,
        rule="one_high_other_low", high="V", low="III", pair=["English", "French"],
        competencies=["Analytical Thinking", "Change Leadership", "Impact and Influence",
                      "Initiative", "Leadership", "Organisational Awareness", "Teamwork"],
        clearance="NATO SECRET",
        conditions=[(10, "air and missile defence"), (3, "managerial level")]))


# ---------------------------------------------------------------------------
# n29: Workday-style page (field labels, chrome) of the NAEW&C Force, C grade, vocational training,
# named participating nations with old spellings ("Czech Republic", "Turkey").
add("notice_n29_naewc_workday_c6.html", """<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Aircraft Maintenance Technician (Avionics) - Workday</title></head>
<body>
<div data-automation-id="skipToMainContent"><a href="#main">Skip to main content</a></div>
<div data-automation-id="header">NAEW&amp;C Force Careers &nbsp; <a href="#">Search for Jobs</a> &nbsp; <a href="#">Sign In</a> &nbsp; English</div>
<main id="main">
<div data-automation-id="jobPostingHeader"><h2>Aircraft Maintenance Technician (Avionics)</h2></div>
<button data-automation-id="adventureButton">Apply</button>
<ul data-automation-id="jobPostingDetails">
  <li><dl><dt>locations</dt><dd>Geilenkirchen, Germany</dd></dl></li>
  <li><dl><dt>time type</dt><dd>Full time</dd></dl></li>
  <li><dl><dt>posted on</dt><dd>Posted 30+ Days Ago</dd></dl></li>
  <li><dl><dt>job requisition id</dt><dd>R-00482</dd></dl></li>
</ul>
<div data-automation-id="jobPostingDescription">
<p><b>NATO Airborne Early Warning and Control Force &ndash; E-3A Component</b></p>
<p>Grade: C-6 (NATO Grade 9) &nbsp;&nbsp; Post number: MXA 0215</p>
<p>The E-3A Component at NATO Air Base Geilenkirchen operates the NATO fleet of E-3A AWACS
aircraft. The Aircraft Maintenance Wing carries out scheduled and unscheduled maintenance on the
fleet in accordance with NATO and national airworthiness regulations.</p>
<p><b>Principal duties</b></p>
<ul>
<li>Troubleshoot, repair and test avionics, navigation and communication systems of the E-3A;</li>
<li>Perform scheduled inspections and record all work in the maintenance information system;</li>
<li>Train and supervise junior technicians.</li>
</ul>
<p><b>Essential qualifications</b></p>
<ul>
<li>Higher secondary education and a completed vocational training leading to a recognised
professional qualification (e.g. EASA Part-66 B2 licence or military equivalent).</li>
<li>At least 5 years' experience in aircraft maintenance, including 2 years on Boeing 707/E-3A
airframes or comparable large aircraft.</li>
<li>Language: English &ndash; SLP 3222 (Listening 3, Speaking 2, Reading 2, Writing 2).</li>
<li>Security clearance required: NATO SECRET.</li>
</ul>
<p><b>Desirable qualifications</b></p>
<ul>
<li>Experience with the Mission System Upgrade of the E-3A.</li>
<li>German: SLP 2222.</li>
</ul>
<p><b>Eligibility</b></p>
<p>This position is open only to nationals of the NAEW&amp;C Force participating nations: Belgium,
Canada, Czech Republic, Denmark, Germany, Greece, Hungary, Italy, Luxembourg, the Netherlands,
Norway, Poland, Portugal, Romania, Spain, Turkey and the United States.</p>
<p>Applications close on 1st March 2027. Interviews are expected in April 2027.</p>
</div>
<div data-automation-id="similarJobs"><h3>Similar Jobs (3)</h3>
<ul><li>Aircraft Mechanic (Structures) &ndash; Geilenkirchen, Germany &ndash; Posted 7 Days Ago</li>
<li>Supply Technician &ndash; Geilenkirchen, Germany &ndash; Posted Today</li></ul></div>
</main>
<footer>&copy; 2027 Workday, Inc. All rights reserved. &nbsp; Cookie Settings</footer>
</body>
</html>
""", notice_label(
    "notice_n29_naewc_workday_c6.html",
    title="Aircraft Maintenance Technician (Avionics)",
    organisation="NATO Airborne Early Warning and Control Force",
    location="Geilenkirchen, Germany", grade="C-6", deadline="2027-03-01",
    degree_level="secondary", fields=[], alternatives=[], fields_required=False,
    min_years=5, rule="none", stanag=["3222"], competencies=[],
    nationalities=["Belgium", "Canada", "Czechia", "Denmark", "Germany", "Greece", "Hungary",
                   "Italy", "Luxembourg", "Netherlands", "Norway", "Poland", "Portugal",
                   "Romania", "Spain", "Türkiye", "United States"],
    clearance="NATO SECRET",
    conditions=[(5, "aircraft maintenance"),
                (2, "Boeing 707/E-3A airframes or comparable large aircraft")]))


# ---------------------------------------------------------------------------
# n30: Taleo page of NCIA with field labels; "Job Posting" date is not the deadline; SLP as bare
# digits; "additional 4 years of experience in lieu of a degree"; no nationality sentence.
add("notice_n30_ncia_taleo_fields.txt", """Job Description
Service Delivery Manager - 270214

Job Requisition ID   270214
Title                Service Delivery Manager
Primary Location     Netherlands-Zuid-Holland-The Hague
Organization         NCI Agency
Schedule             Full-time
Job Posting          Jan 12, 2027, 9:00:00 AM
Unposting Date       Feb 21, 2027, 11:59:00 PM
Grade                A-2
Clearance Level      NATO SECRET

Apply Online   Add to My Job Cart   Send to a friend

Background
The NATO Communications and Information Agency (NCI Agency) connects Alliance forces and
delivers secure C4ISR and cyber capabilities. The Service Operations Centre in The Hague manages
the end-to-end delivery of IT services to NATO Headquarters, commands and agencies.

Responsibilities
- Own the service catalogue for the assigned customer portfolio;
- Chair monthly service reviews and report on service level agreements;
- Manage a team of service coordinators;
- Drive continual service improvement initiatives.

Qualifications
ESSENTIAL QUALIFICATIONS / EXPERIENCE
- A University degree in information technology, business administration or a related
  discipline. Candidates without a degree may be considered with a higher secondary education
  and an additional 4 years of experience in lieu of a degree.
- At least 5 years' experience in IT service management, of which 2 years in a supervisory role.
- ITIL v4 Foundation certification.
- Experience of negotiating service level agreements with demanding customers.
- Language: English - 3332 (Listening, Speaking, Reading, Writing).

DESIRABLE QUALIFICATIONS / EXPERIENCE
- ITIL v4 Managing Professional.
- 3 years' experience in a military or international organisation.
- Knowledge of French.

ATTRIBUTES / COMPETENCIES
- Personal Attributes: sound judgement, tact and discretion.
- Professional Contacts: regular contacts with senior customers in NATO commands.
- Contribution to Objectives: the incumbent's service reviews directly influence customer
  satisfaction.

Salary: starting basic salary of 7,612.82 EUR per month, tax free.
NCI Agency is an equal opportunity employer.
Job Field: Service Management
""", notice_label(
    "notice_n30_ncia_taleo_fields.txt",
    title="Service Delivery Manager",
    organisation="NATO Communications and Information Agency",
    location="The Hague, Netherlands", grade="A-2", deadline="2027-02-21",
    degree_level="university",
    fields=["information technology", "business administration"],
    alternatives=["equivalent_experience"], fields_required=True, min_years=5,
    rule="none", stanag=["3332"], competencies=[],
    clearance="NATO SECRET",
    conditions=[(5, "IT service management"), (2, "a supervisory role")]))


# ---------------------------------------------------------------------------
# n33: French-language job-board chrome around an English NATO IS notice (B grade).
add("notice_n33_fr_chrome_is_budget_b5.txt", """Accueil > Emplois > Finance > Bruxelles
Offre d'emploi
Assistant (Budget) - OTAN
Publiée le 14/01/2027 · Mise à jour : 20/01/2027 · Vues : 312
Lieu : Bruxelles (Belgique)
Type de contrat : CDD · Temps plein
Secteur : Organisations internationales
Postuler maintenant     Enregistrer     Partager l'offre

Description du poste

Assistant (Budget)
Office of Resources - Budget and Finance Branch
NATO Headquarters, Brussels
Grade: B-5
Closing date: 15 February 2027

1. SUMMARY
The Office of Resources (NOR) supports the Resource Policy and Planning Board and the Budget
Committee. The Budget and Finance Branch prepares the NATO military budget documentation and
monitors its execution. The Assistant supports the Budget Officers in preparing budget
submissions, tracking commitments and producing execution reports.

2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
have a good general education at least to higher secondary level;
have at least 3 years' experience in budget or financial administration;
have an advanced knowledge of Microsoft Excel;
possess the following minimum levels of NATO's official languages (English/French): IV (Upper Intermediate) in one; II (Elementary) in the other.
DESIRABLE
The following would be considered an advantage:
experience of the NATO financial information system (FinS);
a university degree in accounting or finance.

3. MAIN ACCOUNTABILITIES
Financial Management: maintain the budget execution database and prepare monthly reports.
Information Management: keep the Branch records and files in order.
Perform any other related duty as assigned.

4. COMPETENCIES
The incumbent must demonstrate:
Achievement: Works to meet others' standards;
Clarity and Accuracy: Checks own and others' work;
Customer Service Orientation: Takes personal responsibility for correcting problems;
Flexibility: Adapts to unforeseen situations;
Organisational Awareness: Understands formal structure;
Teamwork: Co-operates.

5. RECRUITMENT PROCESS
Please note that we can only accept applications from nationals of NATO member countries.
Appointment will be subject to receipt of a security clearance and approval of the candidate's
medical file by the NATO Medical Adviser.

Postuler maintenant
Signaler cette offre
Offres similaires
Comptable (H/F) - Evere - 05/02/2027
Assistant administratif - Bruxelles - 28/01/2027
Gestionnaire budgétaire - Zaventem - 12/02/2027
© 2027 EmploisBruxelles.example - Mentions légales - Cookies
""", notice_label(
    "notice_n33_fr_chrome_is_budget_b5.txt",
    title="Assistant (Budget)", organisation="Office of Resources",
    location="Brussels, Belgium", grade="B-5", deadline="2027-02-15",
    degree_level="secondary", fields=[], alternatives=[], fields_required=False,
    min_years=3, rule="one_high_other_low", high="IV", low="II", pair=["English", "French"],
    competencies=["Achievement", "Clarity and Accuracy", "Customer Service Orientation",
                  "Flexibility", "Organisational Awareness", "Teamwork"],
    clearance=None,
    conditions=[(3, "budget or financial administration")]))


# ---------------------------------------------------------------------------
# n34: programme agency HTML (NETMA), <table> of facts, participating nations in remarks.
add("notice_n34_netma_contracts.html", """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>NETMA Vacancy 27-03 Contracts Officer</title></head>
<body>
<h1>VACANCY NOTICE 27-03</h1>
<h2>NATO Eurofighter and Tornado Management Agency (NETMA)</h2>
<table border="1" cellpadding="4">
<tr><th>Post title</th><td>Contracts Officer (Eurofighter In-Service Support)</td></tr>
<tr><th>Division</th><td>Commercial Division</td></tr>
<tr><th>Grade</th><td>A-3/G17</td></tr>
<tr><th>Duty station</th><td>Hallbergmoos (near Munich), Germany</td></tr>
<tr><th>Security clearance</th><td>NATO SECRET</td></tr>
<tr><th>Closing date</th><td>28 February 2027</td></tr>
</table>

<h3>Background</h3>
<p>NETMA manages the Eurofighter and Tornado weapon system programmes on behalf of the NETMA
Nations. The Commercial Division places and administers the development, production and in-service
support contracts with industry.</p>

<h3>Main tasks</h3>
<ul>
<li>Prepare requests for quotation and evaluate industrial offers;</li>
<li>Lead contract negotiations for in-service support of the Eurofighter fleet;</li>
<li>Administer contracts, including amendments and claims;</li>
<li>Report to the programme management board on contractual matters.</li>
</ul>

<h3>Qualifications and experience</h3>
<p><b>Essential:</b></p>
<ul>
<li>A university degree in law, economics or business administration, or equivalent relevant
professional experience.</li>
<li>A minimum of 6 years' experience in contracting for complex defence equipment, including
2 years in a multinational programme.</li>
<li>Sound knowledge of cost and price analysis.</li>
<li>English: Level V (Advanced).</li>
</ul>
<p><b>Desirable:</b></p>
<ul>
<li>A working knowledge (Level III) of German, Italian or Spanish.</li>
<li>Experience of NATO or European cooperative programmes.</li>
</ul>

<h3>Remarks</h3>
<p>Applications are only accepted from nationals of the NETMA Nations (Germany, Italy, Spain and
the United Kingdom). Candidates should apply using the NETMA application form, sent by e-mail to
recruitment@netma.example.int before the closing date.</p>
</body>
</html>
""", notice_label(
    "notice_n34_netma_contracts.html",
    title="Contracts Officer (Eurofighter In-Service Support)",
    organisation="NATO Eurofighter and Tornado Management Agency",
    location="Hallbergmoos, Germany", grade="A-3", deadline="2027-02-28",
    degree_level="university", fields=["law", "economics", "business administration"],
    alternatives=["equivalent_experience"], fields_required=True, min_years=6,
    rule="each", requirements=[("English", "V")], competencies=[],
    nationalities=["Germany", "Italy", "Spain", "United Kingdom"],
    clearance="NATO SECRET",
    conditions=[(6, "contracting for complex defence equipment"),
                (2, "a multinational programme")]))


# ---------------------------------------------------------------------------
# n35: NAHEMA, "Your profile / Required / An asset", per-skill language words with SLPs for two
# languages, nations listed, "of which at least 2 at managerial level".
add("notice_n35_nahema_fincontroller.txt", """NAHEMA - NATO Helicopter Management Agency
Aix-en-Provence, France

JOB OPENING No. 2027-05
Financial Controller
Grade: A-2
Application deadline: 15/03/2027

Who we are
NAHEMA manages the NH90 helicopter programme on behalf of the NAHEMA Nations: Belgium, France,
Germany, Italy, the Netherlands, Portugal and Spain. Only nationals of these Nations are eligible
for this post.

Your mission
Within the Finance Division, you will control the commitment and payment of programme funds,
prepare the annual financial statements of the Agency and act as the focal point for the
International Board of Auditors for NATO.

Your profile
Required:
 > University degree in finance, accounting or economics;
 > At least 5 years of experience in financial control or audit, of which at least 2 at
   managerial level;
 > Knowledge of IPSAS;
 > English: Professional in listening, speaking, reading and writing (SLP 3333);
 > French: Functional in all four skills (SLP 2222);
 > Security clearance: NATO SECRET.
An asset:
 > Professional accounting qualification (ACCA, CPA, expert-comptable);
 > Experience of multinational defence programmes;
 > German or Italian.

What we offer
A three-year contract, renewable, tax-free salary and allowances under the NATO Civilian
Personnel Regulations.

How to apply
Send your application form by e-mail to hr@nahema.example.int, quoting the job opening number.
""", notice_label(
    "notice_n35_nahema_fincontroller.txt",
    title="Financial Controller", organisation="NATO Helicopter Management Agency",
    location="Aix-en-Provence, France", grade="A-2", deadline="2027-03-15",
    degree_level="university", fields=["finance", "accounting", "economics"],
    alternatives=[], fields_required=True, min_years=5,
    rule="none", stanag=["3333", "2222"], competencies=[],
    nationalities=["Belgium", "France", "Germany", "Italy", "Netherlands", "Portugal", "Spain"],
    clearance="NATO SECRET",
    conditions=[(5, "financial control or audit"), (2, "managerial level")]))


# ---------------------------------------------------------------------------
# n38: SuccessFactors-style HTML page of CMRE; "Posting Start Date" is not the deadline;
# grade range "A2/A3"; SLP with a CEFR equivalent.
add("notice_n38_cmre_successfactors.html", """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Career Opportunities: Scientist (Underwater Acoustics) (2710)</title></head>
<body>
<div class="header">Career Opportunities &nbsp; | &nbsp; <a href="#">View Profile</a> &nbsp; <a href="#">Sign Out</a></div>
<div id="job">
<h1>Scientist (Underwater Acoustics) (2710)</h1>
<table class="jobFields">
<tr><td>Requisition ID</td><td>2710</td></tr>
<tr><td>Posting Start Date</td><td>15/01/2027</td></tr>
<tr><td>Posting End Date</td><td>10/03/2027</td></tr>
<tr><td>Location</td><td>La Spezia, IT</td></tr>
<tr><td>Organisation</td><td>NATO STO - Centre for Maritime Research and Experimentation (CMRE)</td></tr>
<tr><td>Grade</td><td>A2/A3</td></tr>
</table>
<p><a href="#">Apply now &raquo;</a></p>

<h2>Job Description</h2>
<p>The Centre for Maritime Research and Experimentation (CMRE), an executive body of the NATO
Science and Technology Organization, conducts maritime research and experimentation in support of
NATO's operational and capability requirements. The Ocean Science and Acoustics Programme seeks a
scientist to design and analyse at-sea experiments in underwater acoustic propagation.</p>

<h2>Qualifications</h2>
<p><b>Required</b></p>
<ul>
<li>Master's degree in electrical engineering, physics or oceanography;</li>
<li>at least 3 years of post-graduate research experience in underwater acoustics or signal
processing;</li>
<li>a publication record in peer-reviewed journals;</li>
<li>willingness to embark on research vessels for periods of up to four weeks;</li>
<li>English: SLP 3333 or CEFR C1.</li>
</ul>
<p><b>Preferred</b></p>
<ul>
<li>A PhD in a relevant discipline;</li>
<li>experience with sonar performance modelling;</li>
<li>Italian or French.</li>
</ul>

<h2>Additional information</h2>
<p>The post requires a NATO SECRET security clearance. The vacancy is open to nationals of NATO
Nations. Candidates appointed at A-2 may progress to A-3 after a satisfactory review.</p>
</div>
<div class="footer">Powered by SAP SuccessFactors &nbsp; | &nbsp; Privacy &nbsp; | &nbsp; Cookie Consent Settings</div>
</body>
</html>
""", notice_label(
    "notice_n38_cmre_successfactors.html",
    title="Scientist (Underwater Acoustics)",
    organisation="Centre for Maritime Research and Experimentation",
    location="La Spezia, Italy", grade="A-2/A-3", deadline="2027-03-10",
    degree_level="master", fields=["electrical engineering", "physics", "oceanography"],
    alternatives=[], fields_required=True, min_years=3,
    rule="none", stanag=["3333"], competencies=[],
    clearance="NATO SECRET",
    conditions=[(3, "underwater acoustics or signal processing")]))


# ---------------------------------------------------------------------------
# n39: LinkedIn-like scrape, per-language levels in IS style, CTS, merged competency rung.
add("notice_n39_linkedin_jisd_analyst.txt", """LinkedIn
Intelligence Analyst (Euro-Atlantic Security)
NATO · Brussels, Brussels Region, Belgium (On-site)
2 weeks ago · Over 200 applicants
Full-time · Mid-Senior level
Apply   Save

About the job
Intelligence Analyst (Euro-Atlantic Security)
Joint Intelligence and Security Division (JISD)
Grade: A.4
Application deadline: Jan 24, 2027

Summary
The Joint Intelligence and Security Division (JISD) provides strategic intelligence and security
analysis to the North Atlantic Council, the Military Committee and NATO senior leadership. The
Intelligence Analyst leads the production of strategic assessments on Euro-Atlantic security and
coordinates contributions from Allied intelligence services.

Qualifications and experience
Essential
The incumbent must:
possess a university degree, preferably in international relations, history or political science, or have attended a NATO or national military staff college;
have at least 8 years' experience in intelligence analysis, gained in a national administration or an international organisation, including 3 years covering Euro-Atlantic security issues;
have drafted assessments for senior political or military leadership;
possess the following minimum levels of NATO's official languages: English - V ("Advanced"); French - I ("Beginner");
hold or be able to obtain a COSMIC TOP SECRET security clearance.
Desirable
The following would be considered an advantage:
knowledge of Russian;
experience working in a NATO or EU intelligence structure.

Competencies
The incumbent must demonstrate:
Conceptual Thinking: Clarifies complex data or situations;
Impact and Influence: Calculates the impact of one's actions or words;
Initiative: Acts 3-12 months ahead;
Organisational Awareness: Understands underlying organisational issues;
Teamwork: Solicits inputs and encourages others.

Recruitment process
Please note that we can only accept applications from nationals of NATO member countries.
…see more

Seniority level
Mid-Senior level
Employment type
Full-time
Job function
Research and Analyst
Industries
International Affairs

Referrals increase your chances of interviewing at NATO by 2x
See who you know

Similar jobs
Policy Officer · European Commission · Brussels · 1 week ago
Senior Analyst · Europol · The Hague · 3 days ago
""", notice_label(
    "notice_n39_linkedin_jisd_analyst.txt",
    title="Intelligence Analyst (Euro-Atlantic Security)",
    organisation="Joint Intelligence and Security Division",
    location="Brussels, Belgium", grade="A-4", deadline="2027-01-24",
    degree_level="university",
    fields=["international relations", "history", "political science"],
    alternatives=["military_staff_college"], fields_required=False, min_years=8,
    rule="each", requirements=[("English", "V"), ("French", "I")],
    competencies=["Conceptual Thinking", "Impact and Influence", "Initiative",
                  "Organisational Awareness", "Teamwork"],
    clearance="COSMIC TOP SECRET",
    conditions=[(8, "intelligence analysis, gained in a national administration or an "
                    "international organisation"),
                (3, "covering Euro-Atlantic security issues")]))


def build():
    for name, text, label, enc in DOCS:
        assert label["file"] == name
        write_text(NOTICES, name, text, encoding=enc)
        write_notice_label(label)
    return [d[0] for d in DOCS]


if __name__ == "__main__":
    print("\n".join(build()))
