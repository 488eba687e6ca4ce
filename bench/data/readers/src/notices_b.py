from notices_a import langs, nlabel, EF, UV, CONTRACT, RECRUIT

NOTICES = []


def add(fname, fmt, style, content, label):
    NOTICES.append((fname, fmt, style, content, label))


# ======================================================================= n13 HTML NATO IS page
add("notice_n13_is_energy_security.html", "html", "NATO IS page (HTML)", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Officer, Energy Security | NATO Careers</title>
<style>body{font-family:Arial} .hdr td{padding:2px 8px}</style></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/careers">Careers</a> &gt; Vacancies</nav>
<h1>Officer, Energy Security</h1>
<table class="hdr">
<tr><td>Division</td><td>Innovation, Hybrid and Cyber Division</td></tr>
<tr><td>Location</td><td>NATO Headquarters, Brussels, Belgium</td></tr>
<tr><td>Grade</td><td>A-2</td></tr>
<tr><td>Closing date</td><td>26 January 2027</td></tr>
</table>
<h2>1. SUMMARY</h2>
<p>The Innovation, Hybrid and Cyber Division (IHC) leads NATO&rsquo;s work on energy security, including the protection
of critical energy infrastructure.</p>
<h2>2. QUALIFICATIONS AND EXPERIENCE</h2>
<h3>ESSENTIAL</h3>
<p>The incumbent must:</p>
<ul>
<li>possess a university degree in engineering, energy economics or a related field; or have equivalent relevant professional experience;</li>
<li>have at least 3 years&rsquo; experience in energy security or critical infrastructure protection;</li>
<li>have experience working in an international environment;</li>
<li>possess the following minimum levels of NATO&rsquo;s official languages (English/French): V (&ldquo;Advanced&rdquo;) in one; I (&ldquo;Beginner&rdquo;) in the other.</li>
</ul>
<h3>DESIRABLE</h3>
<p>The following would be considered an advantage:</p>
<ul><li>experience in a national energy ministry or regulator;</li><li>knowledge of operational energy in military forces.</li></ul>
<h2>5. COMPETENCIES</h2>
<p>The incumbent must demonstrate:</p>
<ul>
<li>Analytical Thinking: Sees multiple relationships;</li>
<li>Change Leadership: Expresses vision for change;</li>
<li>Initiative: Is decisive in a time-sensitive situation;</li>
<li>Teamwork: Co-operates.</li>
</ul>
<h2>6. CONTRACT</h2>
<p>""" + CONTRACT + """</p>
<h2>7. RECRUITMENT PROCESS</h2>
<p>Please note that we can only accept applications from nationals of NATO member countries.</p>
<footer>&copy; NATO 2026 &middot; <a href="/privacy">Privacy</a></footer>
</body></html>
""", nlabel(
    "Officer, Energy Security", "Innovation, Hybrid and Cyber Division", "Brussels, Belgium", "A-2", "2027-01-26",
    "university", ["engineering", "energy economics"], ["equivalent_experience"], True, 3,
    langs("one_high_other_low", "V", "I", EF),
    ["Analytical Thinking", "Change Leadership", "Initiative", "Teamwork"], True, [], None,
    [(3, "energy security or critical infrastructure protection")]))

# ======================================================================= n14 HTML French chrome, run-together words
add("notice_n14_scrape_fr_chrome_legal.html", "html", "French page chrome, words run together", """<html><head><meta charset="utf-8"><title>Offre d'emploi : Legal Adviser - Emploi Bruxelles</title></head>
<body>
<div class="cookie">Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button></div>
<div class="crumbs">Accueil &gt; Offres d'emploi &gt; Organisations internationales &gt; Bruxelles</div>
<div class="meta">Publiée il y a 3 jours · Vues : 212 · <a href="#">Partager cette offre</a></div>
<h1>Legal Adviser</h1>
<div class="employer">Office of Legal Affairs (OLA) &middot; NATO International Staff</div>
<div class="loc">Location: NATO Headquarters, Brussels, Belgium</div>
<div class="grade">Grade: A.3 / NATO Grade G17</div>
<div class="body">
<p>SUMMARY The Office of Legal Affairs provides legal advice to the Secretary General and the International Staff.</p>
<p>QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must:</p>
<p>- possess auniversity degree in law from an institute of recognised standing;</p>
<p>- have at least 8 years'experience in public international law,including 3 years in an international organisation;</p>
<p>- be qualified to practise law in a NATO member nation;</p>
<p>- possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one;III ("Intermediate") in the other.</p>
<p>DESIRABLE The following would be considered an advantage:</p>
<p>- a Master's degree (LL.M.) in international law;</p>
<p>COMPETENCIES The incumbent must demonstrate: Analytical Thinking: Makes complex plans or analyses; Clarity and Accuracy: Monitors and corrects existing systems; Impact and Influence: Calculates the impact of one's actions or words; Self-Control: Responds constructively.</p>
<p>Please note that we can only accept applications from nationals of NATO member countries.</p>
</div>
<div class="deadline">Date limite : 02/02/2027</div>
<div class="apply"><a href="#">Postuler</a> · <a href="#">Signaler cette offre</a></div>
<h3>Offres similaires</h3>
<ul><li>Juriste (H/F) - Bruxelles - 25/01/2027</li><li>Legal Officer - Luxembourg - 30/01/2027</li></ul>
</body></html>
""", nlabel(
    "Legal Adviser", "Office of Legal Affairs", "Brussels, Belgium", "A-3", "2027-02-02",
    "university", ["law"], [], True, 8,
    langs("one_high_other_low", "V", "III", EF),
    ["Analytical Thinking", "Clarity and Accuracy", "Impact and Influence", "Self-Control"], True, [], None,
    [(8, "public international law"), (3, "an international organisation")]))

# ======================================================================= n15 HTML NSPA with header table
add("notice_n15_nspa_logistics.html", "html", "NSPA HTML with field table", """<html><head><meta charset="iso-8859-1"><title>NSPA Vacancy</title></head>
<body>
<h2>NATO Support and Procurement Agency</h2>
<table border="1">
<tr><th>Vacancy</th><td>Logistics Officer (Ammunition)</td></tr>
<tr><th>Reference</th><td>NSPA-26-LO-114</td></tr>
<tr><th>Grade</th><td>NATO Grade G15</td></tr>
<tr><th>Duty station</th><td>Capellen, Luxembourg (Grand-Duché)</td></tr>
<tr><th>Deadline</th><td>2027-01-24</td></tr>
<tr><th>Security clearance</th><td>NATO SECRET</td></tr>
</table>
<h3>Qualifications</h3>
<b>Essential</b>
<ol>
<li>A university degree in logistics, supply chain management or engineering, or have attended a national military staff college.</li>
<li>Minimum 3 years' experience in ammunition logistics or explosive ordnance management, with 1 year in a multinational environment.</li>
<li>English: SLP 3333.</li>
</ol>
<b>Desirable</b>
<ol><li>French: SLP 2222.</li><li>Knowledge of NATO Ammunition Safety Group publications.</li></ol>
<h3>Competencies</h3>
<p>Initiative: Shows persistence. Clarity and Accuracy: Checks own work. Teamwork: Expresses positive expectations of the team.</p>
<p>Applicants must be nationals of NATO member nations.</p>
</body></html>
""", nlabel(
    "Logistics Officer (Ammunition)", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "G15", "2027-01-24",
    "university", ["logistics", "supply chain management", "engineering"], ["military_staff_college"], True, 3,
    langs("none", stanag=["3333"]),
    ["Initiative", "Clarity and Accuracy", "Teamwork"], True, [], "NATO SECRET",
    [(3, "ammunition logistics or explosive ordnance management"), (1, "a multinational environment")]))

# ======================================================================= n16 PDF NATO IS, grade range
add("notice_n16_is_di_principal.pdf", "pdf", "NATO IS notice (PDF), grade range", [
    ("title", "Principal Officer, Capability Delivery"),
    ("kv", "Division", "Defence Investment Division"),
    ("kv", "Location", "NATO Headquarters, Brussels, Belgium"),
    ("kv", "Grade", "A.4/A.5"),
    ("kv", "Closing date", "15 February 2027"),
    ("h", "1. Summary"),
    ("p", "The Defence Investment Division (DI) develops and delivers capabilities for the Alliance. The Principal Officer leads the Capability Delivery Section."),
    ("h", "2. Qualifications and experience"),
    ("h2", "ESSENTIAL"),
    ("p", "The incumbent must:"),
    ("bullet", "possess a university degree, preferably in engineering, physics or management; or an equivalent level of qualification (such as a high-level military education);"),
    ("bullet", "have at least 12 years' experience in defence acquisition or capability development, including 5 years in a managerial role;"),
    ("bullet", "possess the following minimum levels of NATO's official languages (English/French): V (\u201cAdvanced\u201d) in one; II (\u201cElementary\u201d) in the other;"),
    ("bullet", "have proven leadership of multinational teams."),
    ("h2", "DESIRABLE"),
    ("p", "The following would be considered an advantage:"),
    ("bullet", "a Master's degree in engineering or business administration;"),
    ("bullet", "experience of NATO Common Funding."),
    ("h", "5. Competencies"),
    ("p", "The incumbent must demonstrate:"),
    ("bullet", "Achievement: Sets challenging goals;"),
    ("bullet", "Change Leadership: Visibly reinforces the change vision;"),
    ("bullet", "Leadership: Communicates a compelling vision;"),
    ("bullet", "Organisational Awareness: Understands underlying organisational issues;"),
    ("bullet", "Developing Others: Arranges longer-term development."),
    ("h", "7. Recruitment process"),
    ("p", RECRUIT),
], nlabel(
    "Principal Officer, Capability Delivery", "Defence Investment Division", "Brussels, Belgium", "A-4/A-5", "2027-02-15",
    "university", ["engineering", "physics", "management"], ["equivalent_qualification"], False, 12,
    langs("one_high_other_low", "V", "II", EF),
    ["Achievement", "Change Leadership", "Leadership", "Organisational Awareness", "Developing Others"], True, [], None,
    [(12, "defence acquisition or capability development"), (5, "a managerial role")]))

# ======================================================================= n17 PDF NCIA, 3-3-3-3, Clearance Level NS
add("notice_n17_ncia_cyber_architect.pdf", "pdf", "NCIA notice (PDF), SLP dashed", [
    ("title", "Principal Cyber Security Architect"),
    ("table", [
        ["Organisation", "NATO Communications and Information Agency (NCIA)"],
        ["Location", "Brussels, Belgium"],
        ["Grade", "A-4 (NATO Grade G20)"],
        ["Clearance Level", "NS"],
        ["Closing date", "2027-02-01"],
    ], False, (45, 135)),
    ("h", "Role"),
    ("p", "The Principal Cyber Security Architect defines the security architecture of NATO's federated mission networks."),
    ("h", "Essential qualifications"),
    ("bullet", "A university degree in computer science, information security, electrical engineering or a closely related discipline."),
    ("bullet", "Minimum 10 years' experience in cyber security, with 5 years in security architecture roles."),
    ("bullet", "Certified Information Systems Security Professional (CISSP) or equivalent."),
    ("bullet", "English: 3-3-3-3 (STANAG 6001)."),
    ("h", "Desirable qualifications"),
    ("bullet", "A Master's degree in information security."),
    ("bullet", "Knowledge of Federated Mission Networking."),
    ("h", "Competencies"),
    ("p", "Conceptual Thinking: Creates new concepts; Impact and Influence: Uses complex influence strategies; Leadership: Leads the team to results."),
    ("h", "Remarks"),
    ("p", "Only nationals from NATO member states can apply. The successful applicant must hold or be able to obtain a NATO SECRET clearance."),
], nlabel(
    "Principal Cyber Security Architect", "NATO Communications and Information Agency", "Brussels, Belgium",
    "A-4", "2027-02-01", "university",
    ["computer science", "information security", "electrical engineering"], [], True, 10,
    langs("none", stanag=["3333"]),
    ["Conceptual Thinking", "Impact and Influence", "Leadership"], True, [], "NATO SECRET",
    [(10, "cyber security"), (5, "security architecture roles")]))

# ======================================================================= n18 DOCX programme agency, participating nations
add("notice_n18_nagsma_contracting.docx", "docx", "programme agency (DOCX), participating nations", [
    ("title", "NATO Alliance Ground Surveillance Management Agency (NAGSMA)"),
    ("table", [
        ["Post title", "Contracting Officer"],
        ["Grade", "A-2 / G15"],
        ["Location", "Brussels, Belgium"],
        ["Closing date", "12/02/2027"],
        ["Security clearance", "NATO SECRET"],
    ], False),
    ("h", "Eligibility"),
    ("p", "Applications are accepted only from nationals of the AGS participating nations: Bulgaria, Czechia, Denmark, Estonia, Germany, Italy, Latvia, Lithuania, Luxembourg, Norway, Romania, Slovakia, Slovenia and the United States."),
    ("h", "Duties"),
    ("p", "The Contracting Officer prepares, negotiates and administers contracts for AGS in-service support."),
    ("h", "Essential qualifications"),
    ("bullet", "A university degree in law, business administration or a related discipline, or an equivalent level of qualification."),
    ("bullet", "At least 5 years' experience in public procurement or contract management."),
    ("bullet", "English: SLP 3333."),
    ("h", "Desirable qualifications"),
    ("bullet", "Experience with NATO procurement regulations."),
    ("bullet", "French: SLP 2222."),
], nlabel(
    "Contracting Officer", "NATO Alliance Ground Surveillance Management Agency", "Brussels, Belgium",
    "A-2", "2027-02-12", "university", ["law", "business administration"], ["equivalent_qualification"], True, 5,
    langs("none", stanag=["3333"]), [], True,
    ["Bulgaria", "Czechia", "Denmark", "Estonia", "Germany", "Italy", "Latvia", "Lithuania", "Luxembourg",
     "Norway", "Romania", "Slovakia", "Slovenia", "United States"], "NATO SECRET",
    [(5, "public procurement or contract management")]))

# ======================================================================= n19 DOCX IS translator, each rule
add("notice_n19_is_translator.docx", "docx", "L-grade translator (DOCX), per-language levels", [
    ("title", "Translator (English)"),
    ("pb", "Organisation: ", "Executive Management, Translation Service"),
    ("pb", "Location: ", "NATO Headquarters, Brussels, Belgium"),
    ("pb", "Grade: ", "L.2 / NATO Grade G16"),
    ("pb", "Closing date: ", "19 January 2027"),
    ("h", "2. Qualifications and experience"),
    ("h2", "Essential"),
    ("p", "The incumbent must:"),
    ("bullet", "possess a university degree in translation, modern languages or a related field;"),
    ("bullet", "have at least 2 years' experience as a translator into English;"),
    ("bullet", "possess the following minimum levels: English: VI (\"Proficiency\"); French: V (\"Advanced\");"),
    ("bullet", "be familiar with computer-assisted translation tools."),
    ("h2", "Desirable"),
    ("bullet", "knowledge of a third NATO language;"),
    ("bullet", "experience of military or political terminology."),
    ("h", "5. Competencies"),
    ("p", "The incumbent must demonstrate:"),
    ("bullet", "Clarity and Accuracy: Checks own and others' work;"),
    ("bullet", "Flexibility: Adapts to unforeseen situations;"),
    ("bullet", "Achievement: Works to meet others' standards;"),
    ("bullet", "Teamwork: Co-operates."),
    ("p", "Please note that we can only accept applications from nationals of NATO member countries."),
], nlabel(
    "Translator (English)", "Executive Management", "Brussels, Belgium", "L-2", "2027-01-19",
    "university", ["translation", "modern languages"], [], True, 2,
    langs("each", requirements=[("English", "VI"), ("French", "V")]),
    ["Clarity and Accuracy", "Flexibility", "Achievement", "Teamwork"], True, [], None,
    [(2, "translator into English")]))

# ======================================================================= n20 CMRE doctorate
add("notice_n20_cmre_scientist.txt", "txt", "STO/CMRE science post, doctorate", """
NATO Science and Technology Organization
Centre for Maritime Research and Experimentation (CMRE)
Viale San Bartolomeo 400, La Spezia, Italy

VACANCY: Scientist, Underwater Acoustics
Grade: A-3
Location: La Spezia, Italy
Closing date: 31 January 2027

Essential qualifications
- a PhD in physics, acoustics, oceanography or a related discipline;
- at least 3 years' post-doctoral research experience in underwater acoustics;
- a record of publications in peer-reviewed journals;
- English: level V ("Advanced").

Desirable qualifications
- experience at sea on research vessels;
- programming in MATLAB or Python.

Competencies
- Conceptual Thinking: Applies complex concepts;
- Achievement: Improves performance;
- Teamwork: Solicits inputs.

The post is open to nationals of NATO member nations only. A NATO SECRET clearance is required.
""", nlabel(
    "Scientist, Underwater Acoustics", "Centre for Maritime Research and Experimentation", "La Spezia, Italy",
    "A-3", "2027-01-31", "doctorate", ["physics", "acoustics", "oceanography"], [], True, 3,
    langs("each", requirements=[("English", "V")]),
    ["Conceptual Thinking", "Achievement", "Teamwork"], True, [], "NATO SECRET",
    [(3, "post-doctoral research in underwater acoustics")]))

# ======================================================================= n21 JFC Brunssum
add("notice_n21_jfcbs_infrastructure.txt", "txt", "ACO headquarters notice", """
ALLIED JOINT FORCE COMMAND BRUNSSUM
CIVILIAN VACANCY NOTICE

POST TITLE:        Engineer (Infrastructure)
POST NUMBER:       JFCBS JENG 0030
NATO GRADE:        G15
LOCATION:          Brunssum, Netherlands
CLOSING DATE:      03.02.2027

POST CONTEXT/POST SUMMARY
The Joint Engineering Branch plans infrastructure support for deployed NATO forces and manages NSIP projects
in the Joint Operations Area.

ESSENTIAL QUALIFICATIONS
a. Professional/Experience
   1. Minimum 5 years experience in the design and construction of military infrastructure.
   2. Experience in NATO Security Investment Programme (NSIP) project management.
b. Education/Training
   University degree in civil engineering or architecture.
c. Language
   English - SLP 3333 - (Listening, Speaking, Reading and Writing)

DESIRABLE QUALIFICATIONS
   1. Chartered engineer status.
   2. German or French - SLP 2222.

SECURITY CLEARANCE: NATO SECRET
ELIGIBILITY: nationals of NATO member nations.
""", nlabel(
    "Engineer (Infrastructure)", "Allied Joint Force Command Brunssum", "Brunssum, Netherlands", "G15", "2027-02-03",
    "university", ["civil engineering", "architecture"], [], True, 5,
    langs("none", stanag=["3333"]), [], True, [], "NATO SECRET",
    [(5, "the design and construction of military infrastructure")]))

# ======================================================================= n22 repeated sections, Visualizza
add("notice_n22_scrape_repeated_pdd.txt", "txt", "scrape with repeated sections (Italian chrome)", """
Caricamento ...
Officer, Digital Content
Visualizza: 45
Update day: 02-12-2026
Location: Brussels Brussels Capital
Loading ...
Job content
Public Diplomacy Division | NATO Headquarters | A-2
1. SUMMARY
The Public Diplomacy Division (PDD) communicates NATO's policies to audiences worldwide. The Officer produces
digital content for NATO's social media channels.
2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
DESIRABLE
The following would be considered an advantage:
1. SUMMARY
The Public Diplomacy Division (PDD) communicates NATO's policies to audiences worldwide. The Officer produces
digital content for NATO's social media channels.
2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
- possess a university degree in communications, journalism, marketing or a related field;
- have at least 3 years' experience in digital communications or social media management;
- have experience producing video content;
- possess the following minimum levels of NATO’s official languages (English/French): V (“Advanced”) in one; I (“Beginner”) in the other.
DESIRABLE
The following would be considered an advantage:
- experience in a government or international organisation press office;
5. COMPETENCIES
The incumbent must demonstrate:
• Achievement: Creates own measures of excellence;
- Flexibility: Adapts to unforeseen situations;
- Initiative: Is decisive in a time-sensitive situation;
- Teamwork: Co-operates.
5. COMPETENCIES
The incumbent must demonstrate:
• Achievement: Creates own measures of excellence;
- Flexibility: Adapts to unforeseen situations;
- Initiative: Is decisive in a time-sensitive situation;
- Teamwork: Co-operates.
Please note that we can only accept applications from nationals of NATO member countries.
Loading ...
Deadline: 18-01-2027
Click to apply for free candidate
Report job
SIMILAR JOBS
-
⏰ 05-01-2027🌏 Evere, Brussels Capital
""", nlabel(
    "Officer, Digital Content", "Public Diplomacy Division", "Brussels, Belgium", "A-2", "2027-01-18",
    "university", ["communications", "journalism", "marketing"], [], True, 3,
    langs("one_high_other_low", "V", "I", EF),
    ["Achievement", "Flexibility", "Initiative", "Teamwork"], True, [], None,
    [(3, "digital communications or social media management")]))

# ======================================================================= n23 NSPA MMF participating nations, bachelor + staff college
add("notice_n23_nspa_mmf_fleet.txt", "txt", "programme partnership, participating nations", """
NSPA - Multinational Multi-Role Tanker Transport Fleet (MMF) Support Partnership
Multinational MRTT Unit (MMU) Support Office

Fleet Logistics Officer
Grade: A-2 (NATO Grade 15)
Location: Eindhoven, Netherlands
Closing date: 29 Jan. 2027

ELIGIBILITY
This post is open only to nationals of the participating nations: Belgium, Czechia, Germany, Luxembourg,
Netherlands and Norway.

ESSENTIAL QUALIFICATIONS AND EXPERIENCE
The incumbent must:
- hold a Bachelor's degree in logistics, aeronautical engineering or business administration, or have attended a national military staff college;
- have at least 4 years' experience in aircraft fleet logistics;
- have experience with Airbus A330 MRTT or comparable large aircraft support;
- English: SLP 3333.

DESIRABLE
- experience in a NATO agency;
- French or German: SLP 2222.

SECURITY CLEARANCE: NATO SECRET
""", nlabel(
    "Fleet Logistics Officer", "NATO Support and Procurement Agency", "Eindhoven, Netherlands", "A-2", "2027-01-29",
    "bachelor", ["logistics", "aeronautical engineering", "business administration"], ["military_staff_college"], True, 4,
    langs("none", stanag=["3333"]), [], True,
    ["Belgium", "Czechia", "Germany", "Luxembourg", "Netherlands", "Norway"], "NATO SECRET",
    [(4, "aircraft fleet logistics")]))
