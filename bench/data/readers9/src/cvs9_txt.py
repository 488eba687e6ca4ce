"""TXT CVs of corpus 9 (t56-t61). Each document is followed by its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t56: Latvian, application written in the e-mail
# body (no attachment), "from 03.2015 to date", prose + short career list, recipient and dates as distractors
F = "cv_t56_lv_email_body_todate_berzins.txt"
add(F, """From: Jānis Bērziņš <janis.berzins@example.lv>
To: recruitment@example.int
Date: Mon, 11 Jan 2027 08:47:12 +0200
Subject: Application - vacancy 270041 Capability Planning Officer (closing 5 Feb 2027)

Dear Ms Hallworth,

I would like to apply for the post of Capability Planning Officer (vacancy 270041). As the notice allows, I set
out my background in this e-mail instead of attaching a CV.

I am a Latvian citizen living in Riga. From 03.2015 to date I have been working as Senior Desk Officer (Defence
Planning) at the Ministry of Defence of the Republic of Latvia, where I prepare Latvia's answers to the NATO
Defence Planning Capability Survey and follow the capability targets apportioned to Latvia. Before that, from
09.2011 to 02.2015, I was an analyst at the Centre for East European Policy Studies, and I started my career at
the State Chancellery.

Career in brief:
- from 03.2015 to date: Senior Desk Officer (Defence Planning), Ministry of Defence of the Republic of Latvia
- 09.2011 - 02.2015: Analyst, Centre for East European Policy Studies
- 07.2009 - 08.2011: Junior Specialist, State Chancellery of the Republic of Latvia

Education:
- 2011: Professional master's degree in Public Administration (profesionālā maģistra grāds), University of Latvia
- 2009: Bachelor of Social Sciences in Political Science, Rīga Stradiņš University
- 2005: secondary school diploma, Riga State Gymnasium No. 1

I also completed the NATO School Defence Planning Course (2017).

Languages: Latvian mother tongue; English - SLP 3/3/3/3 (tested 2022); Russian - fluent; French - NATO level II.

IT skills: MS Office, Power BI, R

I am available for an interview at any time and can take up the post from June 2027.

Kind regards,
Jānis Bērziņš
+371 2955 4410
""", cv_label(
    F, "Jānis Bērziņš", "janis.berzins@example.lv", "+371 2955 4410", "Latvia",
    [("master", "Public Administration", "University of Latvia", 2011),
     ("bachelor", "Political Science", "Rīga Stradiņš University", 2009),
     ("secondary", None, "Riga State Gymnasium No. 1", 2005)],
    False,
    [("Senior Desk Officer (Defence Planning)", "Ministry of Defence of the Republic of Latvia", "2015-03", None),
     ("Analyst", "Centre for East European Policy Studies", "2011-09", "2015-02"),
     ("Junior Specialist", "State Chancellery of the Republic of Latvia", "2009-07", "2011-08")],
    [("Latvian", None, None), ("English", None, "3333"), ("Russian", None, None), ("French", "II", None)],
    [],
    ["MS Office", "Power BI", "R"]))


# ------------------------------------------------------------------ t57: North Macedonian, careers-portal review page
# pasted as "Field: value" pairs; "I currently work here: [x] Yes" instead of an end date; ISCED levels
F = "cv_t57_mk_webform_fieldvalue_stojanoski.txt"
add(F, """Application review - NATO Careers portal
Step 5 of 6: Review your data          [Edit]  [Back]  [Save draft]  [Submit]

PERSONAL DATA
Title: Mr
First name: Dragan
Middle name:
Last name: Stojanoski
Date of birth: 14/05/1986
Citizenship (1): North Macedonia
Citizenship (2):
E-mail address: d.stojanoski@example.mk
Confirm e-mail address: d.stojanoski@example.mk
Mobile phone: +389 70 555 218
Country of residence: North Macedonia

EDUCATION
Education entry 1 of 3
Level (ISCED): Master's or equivalent level (ISCED 7)
Degree title: Master of Science (Магистер по безбедност, одбрана и мир)
Field of study: Security, Defence and Peace Studies
Institution: Ss. Cyril and Methodius University in Skopje
Start date (MM/YYYY): 10/2010
End date (MM/YYYY): 09/2012
Diploma obtained: Yes

Education entry 2 of 3
Level (ISCED): Bachelor's or equivalent level (ISCED 6)
Degree title: Graduated political scientist (Дипломиран политиколог)
Field of study: Political Science
Institution: Ss. Cyril and Methodius University in Skopje
Start date (MM/YYYY): 10/2005
End date (MM/YYYY): 07/2009
Diploma obtained: Yes

Education entry 3 of 3
Level (ISCED): Upper secondary (ISCED 3)
Degree title: Secondary school diploma
Field of study:
Institution: SUGS Gymnasium "Josip Broz Tito"
Start date (MM/YYYY): 09/2001
End date (MM/YYYY): 06/2005
Diploma obtained: Yes

Have you attended a national or NATO command and staff college?: No

OTHER TRAINING
Course 1: NATO School Oberammergau - Comprehensive Operations Planning Course (2019)

WORK EXPERIENCE
Work experience 1 of 3
Job title: Head of Unit for NATO Integration
Employer: Ministry of Defence of the Republic of North Macedonia
Country: North Macedonia
Start date (MM/YYYY): 09/2017
End date (MM/YYYY):
I currently work here: [x] Yes
Main duties: Coordinates the national NATO Defence Planning inputs; secretary of the inter-ministerial working group.
Supervisor name: Biljana Trajkova
May we contact this employer?: No

Work experience 2 of 3
Job title: Senior Advisor
Employer: Secretariat for European Affairs
Country: North Macedonia
Start date (MM/YYYY): 03/2013
End date (MM/YYYY): 08/2017
I currently work here: [ ] No
Main duties: Alignment with the EU Common Foreign and Security Policy; donor coordination.
Supervisor name: Petar Nikolovski
May we contact this employer?: Yes

Work experience 3 of 3
Job title: Research Associate
Employer: Institute for Democracy Societas Civilis (IDSCS)
Country: North Macedonia
Start date (MM/YYYY): 10/2009
End date (MM/YYYY): 02/2013
I currently work here: [ ] No
Main duties: Public opinion surveys on Euro-Atlantic integration.
Supervisor name:
May we contact this employer?: Yes

LANGUAGES
Language 1: Macedonian | Mother tongue: Yes | STANAG 6001 SLP (L/S/R/W): | NATO level (self-assessed):
Language 2: English | Mother tongue: No | STANAG 6001 SLP (L/S/R/W): 3+/3/3/2+ | NATO level (self-assessed):
Language 3: Serbian | Mother tongue: No | STANAG 6001 SLP (L/S/R/W): | NATO level (self-assessed): V
Language 4: French | Mother tongue: No | STANAG 6001 SLP (L/S/R/W): | NATO level (self-assessed): II

COMPETENCIES
Which NATO core competencies can you best evidence? (max. 3): Teamwork; Organisational Awareness; Initiative

ADDITIONAL INFORMATION
IT skills (comma-separated): MS Office, SharePoint, SPSS
Driving licence: B
Security clearance held: NATO SECRET (valid until 11/2028)
How did you hear about this vacancy?: LinkedIn

[Back]  [Submit application]
""", cv_label(
    F, "Dragan Stojanoski", "d.stojanoski@example.mk", "+389 70 555 218", "North Macedonia",
    [("master", "Security, Defence and Peace Studies", "Ss. Cyril and Methodius University in Skopje", 2012),
     ("bachelor", "Political Science", "Ss. Cyril and Methodius University in Skopje", 2009),
     ("secondary", None, "SUGS Gymnasium \"Josip Broz Tito\"", 2005)],
    False,
    [("Head of Unit for NATO Integration", "Ministry of Defence of the Republic of North Macedonia", "2017-09", None),
     ("Senior Advisor", "Secretariat for European Affairs", "2013-03", "2017-08"),
     ("Research Associate", "Institute for Democracy Societas Civilis (IDSCS)", "2009-10", "2013-02")],
    [("Macedonian", None, None), ("English", None, "3332"), ("Serbian", "V", None), ("French", "II", None)],
    ["Teamwork", "Organisational Awareness", "Initiative"],
    ["MS Office", "SharePoint", "SPSS"]))


# ------------------------------------------------------------------ t58: Lithuanian, reverse-chronological list of
# start month + length ("3 yrs 2 mos"), "ongoing"; end = start + length - 1 month
F = "cv_t58_lt_startplusduration_yrsmos_vaitkus.txt"
add(F, """ŽYGIMANTAS VAITKUS
Logistics and supply chain professional · Kaunas, Lithuania
zygimantas.vaitkus@example.lt | +370 612 55 807
Citizenship: Lithuanian

EXPERIENCE  (most recent first · month started ▸ length of the post)

2021 Mar ▸ ongoing       Logistics Officer — Lithuanian Armed Forces Logistics Command
                         Host-nation support planning for the enhanced Forward Presence battlegroup;
                         fuel and ammunition stock reporting to NATO.
2018 Jan ▸ 3 yrs 2 mos   Supply Chain Analyst — UAB "Girteka Logistics"
                         Network planning for 1,400 trucks; built the Power BI control tower.
2015 Sep ▸ 2 yrs 4 mos   Warehouse Shift Manager — UAB "Rimi Lietuva"
                         Led a shift of 45 staff in the Vilnius distribution centre.
2014 Jun ▸ 3 mos         Summer Trainee — Klaipėda State Seaport Authority
                         Port statistics and berth planning.

Total professional experience: 9 yrs 7 mos (as of Jan 2027)

EDUCATION
2020  Magistras (Master), Tiekimo grandinės valdymas — Kaunas University of Technology (part-time)
2015  Bakalauras (Bachelor), Logistikos inžinerija — Vilnius Gediminas Technical University (VILNIUS TECH)
2011  Brandos atestatas — Kaunas Jesuit Gymnasium

CERTIFICATES
APICS CPIM (2019); NATO Logistics Familiarisation Course (2022)

LANGUAGES
Lithuanian — native; English — C1 (IELTS 7.5); Russian — B2; Polish — conversational

SKILLS
SAP EWM · Power BI · Excel (VBA) · Lean
""", cv_label(
    F, "Žygimantas Vaitkus", "zygimantas.vaitkus@example.lt", "+370 612 55 807", "Lithuania",
    [("master", "Tiekimo grandinės valdymas", "Kaunas University of Technology", 2020),
     ("bachelor", "Logistikos inžinerija", "Vilnius Gediminas Technical University (VILNIUS TECH)", 2015),
     ("secondary", None, "Kaunas Jesuit Gymnasium", 2011)],
    False,
    [("Logistics Officer", "Lithuanian Armed Forces Logistics Command", "2021-03", None),
     ("Supply Chain Analyst", "UAB \"Girteka Logistics\"", "2018-01", "2021-02"),
     ("Warehouse Shift Manager", "UAB \"Rimi Lietuva\"", "2015-09", "2017-12"),
     ("Summer Trainee", "Klaipėda State Seaport Authority", "2014-06", "2014-08")],
    [("Lithuanian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Polish", None, None)],
    [],
    ["SAP EWM", "Power BI", "Excel (VBA)", "Lean"]))


# ------------------------------------------------------------------ t59: Romanian CV in Romanian, months in roman
# numerals ("IX.2017 – prezent"), surname-first name line, STANAG written per skill in Romanian, doctorate in progress
F = "cv_t59_ro_romana_lunicuromane_ionita.txt"
add(F, """CURRICULUM VITAE

Nume și prenume: IONIȚĂ Andreea-Maria
Data nașterii: 12.IV.1987
Cetățenie: română
Adresă: Str. Fabricii nr. 14, Cluj-Napoca
Telefon: 0745 555 392
E-mail: andreea.ionita@example.ro

EXPERIENȚĂ PROFESIONALĂ

IX.2017 – prezent
    Consilier superior – Ministerul Apărării Naționale (MApN), Direcția Generală pentru Politica de Apărare
    Elaborarea pozițiilor naționale pentru Comitetul pentru Politica și Planificarea Apărării (DPPC).

III.2012 – VIII.2017
    Cercetător științific – Institutul Diplomatic Român
    Analize privind securitatea la Marea Neagră; organizarea seminarului anual „Black Sea Security”.

X.2010 – II.2012
    Asistent de proiect – New Strategy Center
    Coordonarea unor proiecte de cercetare finanțate de Divizia Diplomație Publică a NATO.

EDUCAȚIE ȘI FORMARE

X.2014 – prezent   Doctorat în științe politice (în curs) – Universitatea Babeș-Bolyai
X.2009 – VII.2011  Diplomă de master – Managementul Securității Naționale, Școala Națională de Studii Politice
                   și Administrative (SNSPA)
X.2006 – VII.2009  Diplomă de licență – Relații Internaționale și Studii Europene, Universitatea Babeș-Bolyai
VII.2006           Diplomă de bacalaureat – Colegiul Național „George Coșbuc”

LIMBI STRĂINE
Limba maternă: română
Engleză – STANAG 6001: Ascultare 3, Vorbire 3, Citire 3, Scriere 2 (testat în 2021)
Franceză – C1 (DALF)
Germană – noțiuni de bază

COMPETENȚE DIGITALE
MS Office, SPSS, Atlas.ti

Permis de conducere: categoria B
""", cv_label(
    F, "Andreea-Maria Ioniță", "andreea.ionita@example.ro", "0745 555 392", "Romania",
    [("master", "Managementul Securității Naționale",
      "Școala Națională de Studii Politice și Administrative (SNSPA)", 2011),
     ("bachelor", "Relații Internaționale și Studii Europene", "Universitatea Babeș-Bolyai", 2009),
     ("secondary", None, "Colegiul Național „George Coșbuc”", 2006)],
    False,
    [("Consilier superior", "Ministerul Apărării Naționale (MApN)", "2017-09", None),
     ("Cercetător științific", "Institutul Diplomatic Român", "2012-03", "2017-08"),
     ("Asistent de proiect", "New Strategy Center", "2010-10", "2012-02")],
    [("Romanian", None, None), ("English", None, "3332"), ("French", "V", None), ("German", None, None)],
    [],
    ["MS Office", "SPSS", "Atlas.ti"]))


# ------------------------------------------------------------------ t60: French CV in French, quarters as "T3 2019"
# (trimestre), a summer internship "Été 2012", academic years "2012/13", PLS with slashes, French competency names
F = "cv_t60_fr_trimestres_ete_anneeuniv_roux.txt"
add(F, """Mathilde ROUX
Chargée d'études – prospective et stratégie
12 rue Saint-Dominique, 75007 Paris
mathilde.roux@example.fr – 06 55 12 34 87
Nationalité : française

PARCOURS PROFESSIONNEL

T3 2019 – aujourd'hui
    Chargée d'études « Europe orientale »
    Direction générale des relations internationales et de la stratégie (DGRIS), ministère des Armées
    Suivi des questions OTAN relatives au flanc Est ; préparation des réunions ministérielles.

T1 2016 – T2 2019
    Analyste risque pays
    Coface
    Notation du risque politique de 24 pays d'Europe centrale et orientale.

T4 2013 – T4 2015
    Chargée de mission
    Institut français des relations internationales (Ifri)
    Coordination du programme Russie/NEI ; organisation de séminaires.

Été 2012
    Stagiaire de recherche
    Fondation pour la recherche stratégique (FRS)

FORMATION

2012/13   Master 2 « Relations internationales – sécurité et défense », Université Paris 2 Panthéon-Assas
2010/11   Licence de science politique, Université Lumière Lyon 2
2007/08   Baccalauréat ES, Lycée du Parc

Auditrice de la 72e session nationale « Politique de défense » de l'IHEDN (2021).

LANGUES
Français : langue maternelle
Anglais : PLS 3/3/3/3 (2020)
Russe : B2
Allemand : notions

COMPÉTENCES (référentiel OTAN)
Réflexion analytique (Analytical Thinking) ; Souplesse (Flexibility) ; Travail en équipe (Teamwork)

INFORMATIQUE
Pack Office, Tableau, QGIS
""", cv_label(
    F, "Mathilde Roux", "mathilde.roux@example.fr", "06 55 12 34 87", "France",
    [("master", "Relations internationales – sécurité et défense", "Université Paris 2 Panthéon-Assas", 2013),
     ("bachelor", "science politique", "Université Lumière Lyon 2", 2011),
     ("secondary", None, "Lycée du Parc", 2008)],
    False,
    [("Chargée d'études « Europe orientale »",
      "Direction générale des relations internationales et de la stratégie (DGRIS)", "2019-07", None),
     ("Analyste risque pays", "Coface", "2016-01", "2019-06"),
     ("Chargée de mission", "Institut français des relations internationales (Ifri)", "2013-10", "2015-12"),
     ("Stagiaire de recherche", "Fondation pour la recherche stratégique (FRS)", "2012-06", "2012-08")],
    [("French", None, None), ("English", None, "3333"), ("Russian", "IV", None), ("German", None, None)],
    ["Analytical Thinking", "Flexibility", "Teamwork"],
    ["Pack Office", "Tableau", "QGIS"]))


# ------------------------------------------------------------------ t61: UK contractor CV with quarter dates
# ("Q3 2019 – present", "autumn 2012"), MEng (integrated master), A levels, SLP with "+" and slashes, competencies line
F = "cv_t61_uk_quarters_contractor_hollingworth.txt"
add(F, """OLIVER J. HOLLINGWORTH CEng MIET — CURRICULUM VITAE
Bristol, UK · ollie.hollingworth@example.co.uk · 07700 900415
British citizen · Clearance: UK DV; NATO SECRET

PROFILE
Systems engineer with fourteen years in defence C2 and sensor integration, the last seven on NATO-interoperable
air command and control. I bill by the quarter, so dates below are quarters.

ENGAGEMENTS

Q3 2019 – present
Principal Systems Engineer | Leidos UK
    Technical authority for the integration of a national air C2 node with NATO's ACCS; interface control
    documents, test campaigns at the NATO Programming Centre.

Q1 2016 – Q2 2019
Senior Systems Engineer | QinetiQ
    Trials planning and data analysis for maritime radar upgrades; authored the system acceptance report.

autumn 2012 – Q4 2015
Systems Engineer | Thales UK
    Requirements management and verification for a naval combat-management system.

EDUCATION
MEng Electronic Engineering (First Class), University of Southampton, 2012
A levels: Mathematics, Further Mathematics, Physics — Clifton College, 2008

PROFESSIONAL
Chartered Engineer (CEng), Institution of Engineering and Technology, 2018

LANGUAGES
English — native
French — SLP 2/2/1+/1 (L/S/R/W, 2021)
German — GCSE only

NATO competencies I can evidence: Analytical Thinking, Clarity and Accuracy, Initiative

KEY SKILLS
MBSE (Cameo), SysML, DOORS Next, requirements management, Python
""", cv_label(
    F, "Oliver J. Hollingworth", "ollie.hollingworth@example.co.uk", "07700 900415", "United Kingdom",
    [("master", "Electronic Engineering", "University of Southampton", 2012),
     ("secondary", None, "Clifton College", 2008)],
    False,
    [("Principal Systems Engineer", "Leidos UK", "2019-07", None),
     ("Senior Systems Engineer", "QinetiQ", "2016-01", "2019-06"),
     ("Systems Engineer", "Thales UK", "2012-09", "2015-12")],
    [("English", None, None), ("French", None, "2211"), ("German", None, None)],
    ["Analytical Thinking", "Clarity and Accuracy", "Initiative"],
    ["MBSE (Cameo)", "SysML", "DOORS Next", "requirements management", "Python"]))


def build():
    out = []
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
