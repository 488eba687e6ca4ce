from lib import *

NOTICES = []

UV = 'V ("Advanced") in one; I ("Beginner") in the other'


def langs(rule="none", high=None, low=None, pair=None, stanag=(), requirements=()):
    return {"rule": rule, "high": high, "low": low, "pair": list(pair) if pair else None,
            "requirements": [dict(language=l, level=v) for l, v in requirements],
            "stanag": list(stanag)}


EF = ["English", "French"]


def nlabel(title, organisation, location, grade, deadline, level, fields, alternatives, fields_required,
           min_years, languages, competencies, restricted, nationalities, clearance, conditions):
    return {
        "title": title, "organisation": organisation, "location": location, "grade": grade,
        "deadline": deadline,
        "degree": {"level": level, "fields": list(fields), "alternatives": list(alternatives),
                   "fields_required": fields_required},
        "min_years_experience": min_years, "languages": languages,
        "competencies": list(competencies), "nationality_restricted": restricted,
        "nationalities": list(nationalities), "clearance": clearance,
        "experience_conditions": [{"years": y, "context": c} for y, c in conditions],
    }


def add(fname, fmt, style, content, label):
    NOTICES.append((fname, fmt, style, content, label))


CONTRACT = """Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of renewal for up to three years, during which the incumbent may apply for conversion to an indefinite duration contract."""

RECRUIT = """Please note that we can only accept applications from nationals of NATO member countries.
Applications must be submitted using e-recruitment system, as applicable:
- For NATO civilian staff members only: please apply via the internal recruitment portal;
- For all other applications: www.nato.int/recruitment
Appointment will be subject to receipt of a security clearance (provided by the national Authorities of the selected candidate) and approval of the candidate's medical file by the NATO Medical Adviser."""

# ======================================================================= n01 NATO IS, formal
add("notice_n01_is_dpp_officer.txt", "txt", "NATO IS formal", f"""
Officer, Defence Policy and Capability Planning
Defence Policy and Planning Division
Location: NATO Headquarters, Brussels, Belgium
Grade: A.2 / NATO Grade G15
Vacancy number: 260411
Closing date: 12 January 2027

1. SUMMARY
The Defence Policy and Planning Division (DPP) leads the NATO Defence Planning Process (NDPP) on behalf of the
International Staff. The Capability Planning Directorate apportions capability targets to Allies and reviews
national plans. The Officer contributes to the setting of capability targets and to the Defence Planning
Capability Review.

2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
- possess a university degree from an institute of recognised standing, preferably in the field of political science, international relations, security studies or economics; or have attended a NATO or national military staff college;
- have at least 4 years' experience in defence planning in a national administration or an international organisation;
- have a sound knowledge of the NATO Defence Planning Process;
- possess the following minimum levels of NATO's official languages (English/French): {UV};
- be able to draft clearly and concisely.

DESIRABLE
The following would be considered an advantage:
- a Master's degree in a relevant discipline;
- experience in force planning or capability development in a military headquarters;
- higher level of NATO's second official language.

3. MAIN ACCOUNTABILITIES
Policy Development
Contribute to the development of defence planning policy and to the NATO Defence Planning Capability Survey.
Knowledge Management
Draft capability assessments and summaries for Allies.
Perform any other related duty as assigned.

4. INTERRELATIONSHIPS
The incumbent reports to the Head, Capability Targets Section.
Direct reports: N/a. Indirect reports: N/a.

5. COMPETENCIES
The incumbent must demonstrate:
- Analytical Thinking: Sees multiple relationships;
- Achievement: Creates own measures of excellence;
- Flexibility: Adapts to unforeseen situations;
- Impact and Influence: Takes multiple actions to persuade;
- Initiative: Is decisive in a time-sensitive situation;
- Organisational Awareness: Understands organisational climate and culture;
- Teamwork: Solicits inputs and encourages others.

6. CONTRACT
{CONTRACT}

7. RECRUITMENT PROCESS
{RECRUIT}
""", nlabel(
    "Officer, Defence Policy and Capability Planning", "Defence Policy and Planning Division", "Brussels, Belgium",
    "A-2", "2027-01-12", "university",
    ["political science", "international relations", "security studies", "economics"],
    ["military_staff_college"], False, 4, langs("one_high_other_low", "V", "I", EF),
    ["Analytical Thinking", "Achievement", "Flexibility", "Impact and Influence", "Initiative",
     "Organisational Awareness", "Teamwork"], True, [], None,
    [(4, "defence planning in a national administration or an international organisation")]))

# ======================================================================= n02 NCIA
add("notice_n02_ncia_software_engineer.txt", "txt", "NCIA agency notice", """
NATO Communications and Information Agency
Agence OTAN d'information et de communication

Vacancy: Senior Software Engineer (Java)
Req ID: 25874
Grade: A-3
Location: The Hague, Netherlands
Clearance Level NS
Application deadline: 2027-01-20

Primary Location: Netherlands-The Hague
NATO Grade: G17
Schedule: Full-time
Post Number: IC 0123

1. POST CONTEXT
The NATO Communications and Information Agency (NCI Agency) delivers secure, coherent and interoperable
communications and information systems. The Service Support and Business Applications Centre develops the
Agency's enterprise applications.

2. MAIN RESPONSIBILITIES
- Design, develop and maintain Java-based enterprise applications.
- Act as technical lead for a team of four developers.

3. ESSENTIAL QUALIFICATIONS / EXPERIENCE
- A Bachelor's degree in computer science, software engineering or a closely related discipline; or equivalent relevant professional experience.
- At least 5 years' experience in software development, including 2 years in Java-based enterprise applications.
- Experience with Spring, REST APIs and relational databases.
- Language: English - SLP 3333 (Listening, Speaking, Reading and Writing).

4. DESIRABLE QUALIFICATIONS / EXPERIENCE
- A Master's degree in computer science.
- Knowledge of French - SLP 2222.
- Experience with Kubernetes.

5. ATTRIBUTES/COMPETENCIES
- Analytical Thinking: Makes complex plans or analyses.
- Teamwork: Encourages others.
- Initiative: Acts up to 2 months ahead.

6. SECURITY CLEARANCE
The successful candidate must be able to obtain a NATO SECRET security clearance.

7. REMARKS
Only nationals from NATO member states can apply for vacancies at NCI Agency.
""", nlabel(
    "Senior Software Engineer (Java)", "NATO Communications and Information Agency", "The Hague, Netherlands",
    "A-3", "2027-01-20", "bachelor",
    ["computer science", "software engineering"], ["equivalent_experience"], True, 5,
    langs("none", stanag=["3333"]),
    ["Analytical Thinking", "Teamwork", "Initiative"], True, [], "NATO SECRET",
    [(5, "software development"), (2, "Java-based enterprise applications")]))

# ======================================================================= n03 NSPA finance, preferably economics...
add("notice_n03_nspa_finance.txt", "txt", "NSPA agency notice", """
NATO Support and Procurement Agency (NSPA)

Title: Finance Officer (Accounts Payable)
Location: Capellen, Luxembourg
Grade: A.2 / NATO Grade G15
Directorate: Finance and Accounting Directorate
Closing date: 31.01.2027

NSPA is the executive body of the NATO Support and Procurement Organisation (NSPO). It brings together in a
single organisation NATO's logistics and procurement support activities.

MAIN DUTIES
The incumbent processes supplier invoices, reconciles accounts and supports the year-end closure.

QUALIFICATIONS AND EXPERIENCE

Essential
- a university degree, preferably in economics, finance or accounting;
- at least three years experience in accounts payable or general accounting, gained in a government department or an international organisation;
- experience with an ERP system (SAP preferred);
- possess the following minimum levels of NATO's official languages (English/French): V (Advanced) in one; I (Beginner) in the other.

Desirable
- a professional accounting qualification (ACCA, CPA or equivalent);
- knowledge of IPSAS.

COMPETENCIES
Clarity and Accuracy: Checks own and others' work; Customer Service Orientation: Takes personal responsibility for correcting problems; Teamwork: Co-operates.

SECURITY CLEARANCE: NATO CONFIDENTIAL

Applicants must be nationals of a NATO member state.
""", nlabel(
    "Finance Officer (Accounts Payable)", "NATO Support and Procurement Agency", "Capellen, Luxembourg",
    "A-2", "2027-01-31", "university", ["economics", "finance", "accounting"], [], False, 3,
    langs("one_high_other_low", "V", "I", EF),
    ["Clarity and Accuracy", "Customer Service Orientation", "Teamwork"], True, [], "NATO CONFIDENTIAL",
    [(3, "accounts payable or general accounting, gained in a government department or an international organisation")]))

# ======================================================================= n04 ACT, master required, nested years
add("notice_n04_act_capability_engineer.txt", "txt", "ACT / HQ SACT", """
HEADQUARTERS SUPREME ALLIED COMMANDER TRANSFORMATION
Organisation: Allied Command Transformation (ACT)
Post title: Capability Development Engineer
Location: Norfolk, Virginia, United States
NATO Grade: G17
Post number: TCC ACW 0410
Closing date: 5 Jan 2027

POST DESCRIPTION
The Capability Development Directorate delivers capability requirements across all DOTMLPF-I lines of
development. The incumbent leads requirement definition for multi-domain command and control.

ESSENTIAL QUALIFICATIONS
a. Professional/Experience
1. Minimum eight years' experience in capability development, of which at least three years in a NATO or national defence staff.
2. Experience in requirements engineering and in the preparation of capability programme plans.
b. Education/Training
1. A Master's degree in systems engineering, operations research or a related discipline.
c. Language
English - SLP 3333 - (Listening, Speaking, Reading and Writing)
NOTE: The work both in and out of the NATO environment requires excellent communications skills.

DESIRABLE QUALIFICATIONS
a. Professional Experience
1. Experience in NATO common-funded capability delivery.
b. Education/Training
1. Attendance at the NATO School Oberammergau Capability Development course.

CIVILIAN POSTS
1. Security clearance: the selected candidate must hold a valid COSMIC TOP SECRET clearance.
2. Only nationals of NATO member nations are eligible.
""", nlabel(
    "Capability Development Engineer", "Allied Command Transformation", "Norfolk, Virginia, United States",
    "G17", "2027-01-05", "master", ["systems engineering", "operations research"], [], True, 8,
    langs("none", stanag=["3333"]), [], True, [], "COSMIC TOP SECRET",
    [(8, "capability development"), (3, "a NATO or national defence staff")]))

# ======================================================================= n05 SHAPE, NATO Grade: 17
add("notice_n05_shape_intel_analyst.txt", "txt", "SHAPE / ACO", """
SUPREME HEADQUARTERS ALLIED POWERS EUROPE (SHAPE)
ALLIED COMMAND OPERATIONS

Vacancy Notice
Post Title: Intelligence Analyst (Open Source)
NATO Grade: 17
Location: Mons, Belgium
Post Number: SHAPE J2 ISR 0070
Closing Date: 22/01/2027

Post Context
The J2 Intelligence Directorate provides all-source intelligence to the Supreme Allied Commander Europe.

Principal Duties
Collect, evaluate and fuse open-source information; draft intelligence assessments.

Essential Qualifications
1. Professional/Experience
- At least 5 years of relevant professional experience in intelligence analysis, including 2 years in open-source intelligence (OSINT).
- Experience in drafting written intelligence assessments.
2. Education/Training
- University degree in intelligence studies, political science, international relations or a related discipline, or equivalent level of qualification (such as a high-level military education).
3. Language
- English - SLP 3333; French - SLP 2222.

Desirable Qualifications
- Russian - SLP 3322.
- Completion of the NATO OSINT Practitioner course.

Attributes/Competencies
Personal Attributes: Sound judgement, integrity and discretion.

Security Clearance: COSMIC TOP SECRET
Open to nationals of NATO member nations only.
""", nlabel(
    "Intelligence Analyst (Open Source)", "Supreme Headquarters Allied Powers Europe", "Mons, Belgium",
    "G17", "2027-01-22", "university",
    ["intelligence studies", "political science", "international relations"], ["equivalent_qualification"], True, 5,
    langs("none", stanag=["3333", "2222"]), [], True, [], "COSMIC TOP SECRET",
    [(5, "intelligence analysis"), (2, "open-source intelligence (OSINT)")]))

# ======================================================================= n06 Programme agency with participating nations
add("notice_n06_nahema_engineer.txt", "txt", "programme agency, participating nations", """
NATO Helicopter Management Agency (NAHEMA)
Aix-en-Provence, France

VACANCY NOTICE NAH-26-07
Post: Airworthiness Engineer
Grade: A-3 (G17)
Location: Aix-en-Provence, France
Deadline for applications: Friday, 22 January 2027 at 23:59 (CET)

Eligibility: this post is open only to nationals of the participating nations of the NH90 programme:
Belgium, France, Germany, Italy, Netherlands, Portugal and Spain.

Duties
The Airworthiness Engineer manages type-certification activities for NH90 configurations.

Qualifications
Essential:
* an engineering degree at Master level in aeronautical or mechanical engineering;
* minimum 6 years of experience in aircraft certification or airworthiness, with 3 years in military rotorcraft;
* knowledge of EMAR 21 and EASA Part 21;
* English: V ("Advanced"); French: III ("Intermediate").

Desirable:
* knowledge of German or Italian;
* experience in a multinational programme.

Clearance: NATO SECRET.
""", nlabel(
    "Airworthiness Engineer", "NATO Helicopter Management Agency", "Aix-en-Provence, France",
    "A-3", "2027-01-22", "master", ["aeronautical engineering", "mechanical engineering"], [], True, 6,
    langs("each", requirements=[("English", "V"), ("French", "III")]), [], True,
    ["Belgium", "France", "Germany", "Italy", "Netherlands", "Portugal", "Spain"], "NATO SECRET",
    [(6, "aircraft certification or airworthiness"), (3, "military rotorcraft")]))

# ======================================================================= n07 Job board scrape, B grade
add("notice_n07_scrape_hr_assistant.txt", "txt", "job-board scrape with noise (B grade)", """
Loading ...
Loading ...
Assistant, Human Resources (Recruitment)
View: 87
Update day: 20-11-2026
Location: Brussels Brussels Capital
Category: Human Resources Administration
Industry:
Loading ...
Job content
Assistant, Human Resources (Recruitment) Executive Management; NATO Headquarters; B-4/G-10
1. SUMMARY
The Human Resources Service of Executive Management supports NATO's International Staff with recruitment, talent management and
staff policies. The Assistant supports recruitment campaigns from publication to offer.
2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
- have a good general education at least to higher secondary level;
- have at least 2 years' experience in an administrative role, preferably in human resources;
- have experience with applicant tracking systems and MS Office;
- possess the following minimum levels of NATO's official languages (English/French): IV ("Upper Intermediate") in one; II ("Elementary") in the other.
DESIRABLE
The following would be considered an advantage:
- a university degree in human resources management;
3. MAIN ACCOUNTABILITIES
Administrative support: schedule interviews, prepare files, answer candidate queries.
5. COMPETENCIES
The incumbent must demonstrate:
- Clarity and Accuracy: Checks own work;
- Customer Service Orientation: Maintains clear communication;
- Flexibility: Applies rules flexibly;
- Teamwork: Co-operates.
Please note that we can only accept applications from nationals of NATO member countries.
Loading ...
Deadline: 15-01-2027
Click to apply for free candidate
Report job
Loading ...
SIMILAR JOBS
-
⏰ 29-12-2026🌏 Evere, Brussels Capital
-
⏰ 02-01-2027🌏 Brussels, Brussels Capital
Loading ...
""", nlabel(
    "Assistant, Human Resources (Recruitment)", "Executive Management", "Brussels, Belgium",
    "B-4", "2027-01-15", "secondary", [], [], False, 2,
    langs("one_high_other_low", "IV", "II", EF),
    ["Clarity and Accuracy", "Customer Service Orientation", "Flexibility", "Teamwork"], True, [], None,
    [(2, "an administrative role")]))

# ======================================================================= n08 Taleo-like cut fields
add("notice_n08_taleo_cut.txt", "txt", "Taleo-like cut fields, truncated", """
Job Title:Officer, Nuclear Policy
Organisation:Nuclear Policy Directorate (NPD), International Staff
Location-BELGIUM-Brussels
Job Posting : Nov 24, 2026 Closing Date: Jan 18, 2027
Grade :A-3 Requisition # : 260377
Clearance:
Description
SUMMARY
The Nuclear Policy Directorate supports the Nuclear Planning Group. The Officer drafts policy papers on
NATO's nuclear deterrence posture.
QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
possess a university degree in international relations, political science, physics or a related field;
have at least 6 years' experience in nuclear policy or deterrence issues, gained in a national administration or international organisation;
possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other;
DESIRABLE
The following would be considered an advantage:
a postgraduate degree in security studies;
COMPETENCIES
The incumbent must demonstrate:
Analytical Thinking: Makes complex plans or analyses;
Impact and Influence: Calculates the impact of one's actions or words;
Organisational Awareness: Understands organisational politics;
Initiative: Acts 3-12 months ahead;
Teamwork: Builds the team and resolves
""", nlabel(
    "Officer, Nuclear Policy", "Nuclear Policy Directorate", "Brussels, Belgium",
    "A-3", "2027-01-18", "university", ["international relations", "political science", "physics"], [], True, 6,
    langs("one_high_other_low", "V", "I", EF),
    ["Analytical Thinking", "Impact and Influence", "Organisational Awareness", "Initiative", "Teamwork"],
    False, [], None,
    [(6, "nuclear policy or deterrence issues, gained in a national administration or international organisation")]))

# ======================================================================= n09 title with body appended
add("notice_n09_title_body_appended.txt", "txt", "title with body appended (scrape)", """
Officer, Resource Policy and Planning The Resource Policy and Planning Board (RPPB) is the senior advisory body to the North Atlantic Council on the management of NATO resources. The Officer supports the RPPB through the Office of Resources.
Office of Resources (OR) | NATO Headquarters, Brussels, Belgium | A-2 | Deadline 10/01/2027

QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
- possess a university degree, preferably in economics, finance, business administration or public administration; or an equivalent level of qualification;
- have at least five years' experience in resource management, budgeting or financial planning in a national administration or international organisation;
- have sound knowledge of NATO common funding;
- possess the following minimum levels of NATO's official languages (English/French): V (Advanced) in one; III (Intermediate) in the other.
DESIRABLE
- knowledge of IPSAS.

COMPETENCIES
The incumbent must demonstrate: Achievement: Creates own measures of excellence and improves performance; Analytical Thinking: Sees multiple relationships; Clarity and Accuracy: Checks own and others' work; Empathy: Understands unexpressed meanings; Teamwork: Expresses positive expectations of the team.

Please note that we can only accept applications from nationals of NATO member countries.
""", nlabel(
    "Officer, Resource Policy and Planning", "Office of Resources", "Brussels, Belgium",
    "A-2", "2027-01-10", "university",
    ["economics", "finance", "business administration", "public administration"], ["equivalent_qualification"], False, 5,
    langs("one_high_other_low", "V", "III", EF),
    ["Achievement", "Analytical Thinking", "Clarity and Accuracy", "Empathy", "Teamwork"], True, [], None,
    [(5, "resource management, budgeting or financial planning in a national administration or international organisation")]))

# ======================================================================= n10 French IS notice
add("notice_n10_fr_administrateur.txt", "txt", "French-language IS notice", """
Administrateur/Administratrice (Partenariats)
Division Affaires politiques et politique de sécurité (PASP)
Lieu : Siège de l'OTAN, Bruxelles (Belgique)
Grade : A.2 / grade OTAN G15
Date limite de dépôt des candidatures : 8 janvier 2027

1. RÉSUMÉ
La Division Affaires politiques et politique de sécurité assure la coordination des partenariats de l'Alliance.

2. QUALIFICATIONS ET EXPÉRIENCE
ESSENTIELLES
Le/la titulaire doit :
- être titulaire d'un diplôme universitaire délivré par un établissement de réputation reconnue, de préférence en relations internationales, en sciences politiques ou en droit ;
- avoir au moins cinq années d'expérience dans le domaine des affaires étrangères ou de la sécurité, acquise dans une administration nationale ou une organisation internationale ;
- avoir le niveau minimum requis ci-après dans les deux langues officielles de l'OTAN (anglais/français) : V (« Avancé ») dans l'une ; I (« Débutant ») dans l'autre.

SOUHAITABLES
Les éléments suivants seraient un atout :
- une expérience des programmes de partenariat de l'OTAN ;
- connaissance de l'ukrainien ou du russe.

5. COMPÉTENCES
Le/la titulaire doit faire preuve des compétences suivantes :
- Réflexion analytique (Analytical Thinking) : Voit de multiples relations ;
- Influence et impact (Impact and Influence) : Agit de plusieurs manières pour persuader ;
- Travail en équipe (Teamwork) : Sollicite les contributions et encourage les autres.

7. PROCESSUS DE RECRUTEMENT
Veuillez noter que nous ne pouvons accepter que les candidatures de ressortissants de pays membres de l'OTAN.
La nomination sera subordonnée à l'obtention d'une habilitation de sécurité OTAN SECRET.
""", nlabel(
    "Administrateur/Administratrice (Partenariats)", "Division Affaires politiques et politique de sécurité",
    "Brussels, Belgium", "A-2", "2027-01-08", "university",
    ["relations internationales", "sciences politiques", "droit"], [], False, 5,
    langs("one_high_other_low", "V", "I", EF),
    ["Analytical Thinking", "Impact and Influence", "Teamwork"], True, [], "NATO SECRET",
    [(5, "affaires étrangères ou de la sécurité, acquise dans une administration nationale ou une organisation internationale")]))

# ======================================================================= n11 Russian IV + V/I
add("notice_n11_is_russia_analyst.txt", "txt", "extra language level (Russian IV)", """
Political Affairs Officer (Russia and Eastern Europe)
Political Affairs and Security Policy Division
Location: NATO Headquarters, Brussels, Belgium
NATO Grade: A-3/G-17
Application deadline: January 12, 2027

QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
- possess a university degree in political science, international relations, history, or Slavic studies;
- have ten years of relevant professional experience in political analysis, including three in a diplomatic post or international organisation;
- possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other;
- possess good working level of Russian (IV: "Upper Intermediate");
- have in-depth knowledge of Russian foreign and security policy.
DESIRABLE
The following would be considered an advantage:
- knowledge of Ukrainian;
- a doctorate in a relevant field.

COMPETENCIES
The incumbent must demonstrate:
• Analytical Thinking: Makes complex plans or analyses;
• Conceptual Thinking: Clarifies complex data or situations;
• Impact and Influence: Uses indirect influence;
• Organisational Awareness: Understands organisational politics;
• Teamwork: Solicits inputs and encourages others.

Please note that we can only accept applications from nationals of NATO member countries.
Appointment will be subject to receipt of a security clearance.
""", nlabel(
    "Political Affairs Officer (Russia and Eastern Europe)", "Political Affairs and Security Policy Division",
    "Brussels, Belgium", "A-3", "2027-01-12", "university",
    ["political science", "international relations", "history", "Slavic studies"], [], True, 10,
    langs("one_high_other_low", "V", "I", EF, requirements=[("Russian", "IV")]),
    ["Analytical Thinking", "Conceptual Thinking", "Impact and Influence", "Organisational Awareness", "Teamwork"],
    True, [], None,
    [(10, "political analysis"), (3, "a diplomatic post or international organisation")]))

# ======================================================================= n12 NCIA junior, 6-month
add("notice_n12_ncia_service_desk.txt", "txt", "sub-year experience", """
NCI Agency - Vacancy
Service Desk Technician
Location: Mons, Belgium
Grade: B-4
Closing date: 28 December 2026

The NCI Agency's Service Operations Centre provides 24/7 IT support to NATO users.

ESSENTIAL QUALIFICATIONS
- Higher secondary education and completed advanced vocational training in information technology, or equivalent professional experience.
- At least 6-month work experience in an IT service desk.
- ITIL Foundation certification.
- English - SLP 3322.

DESIRABLE QUALIFICATIONS
- French - SLP 2211.

SECURITY CLEARANCE
NATO SECRET

Only nationals from NATO member states may apply.
""", nlabel(
    "Service Desk Technician", "NATO Communications and Information Agency", "Mons, Belgium",
    "B-4", "2026-12-28", "secondary", [], ["equivalent_experience"], False, 0,
    langs("none", stanag=["3322"]), [], True, [], "NATO SECRET",
    [(0.5, "an IT service desk")]))
