"""TXT CVs of corpus 4 (t23-t29). Each document is followed by its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t23: Polish officer, English, 2019.04 dates
F = "cv_t23_pl_officer_dotdates_zielinski.txt"
add(F, """CURRICULUM VITAE

Lt Col (OF-4) Marek ZIELIŃSKI
Polish Armed Forces – Land Forces
e-mail: marek.zielinski@example.pl   |   mobile: +48 601 555 348
Citizenship: Polish
Date of birth: 1981.11.02

PROFESSIONAL MILITARY SERVICE (postings)

2022.07 – present     Chief, J3 Current Operations Branch
                      Multinational Corps Northeast (MNC NE), Szczecin
2019.04 – 2022.06     Staff Officer, Land Operations Planning
                      Operational Command of the Polish Armed Forces (DO RSZ), Warsaw
2016.09 – 2019.03     Battalion Executive Officer
                      15th Mechanised Brigade (15 Brygada Zmechanizowana), Giżycko
2012.10 – 2016.08     Company Commander
                      15th Mechanised Brigade (15 Brygada Zmechanizowana), Giżycko

EDUCATION
2018.10 – 2019.03     Senior Command and Staff Course (Podyplomowe Studia Operacyjno-Taktyczne)
                      War Studies University (Akademia Sztuki Wojennej), Warsaw
2003 – 2008           Master's degree (mgr inż.) in Management and Command (Zarządzanie i dowodzenie)
                      General Tadeusz Kościuszko Military Academy of Land Forces (AWL), Wrocław

NATO AND INTERNATIONAL COURSES
2020   Comprehensive Operations Planning Course (COPC) – NATO School Oberammergau
2017   Staff Officer Orientation Course – NATO School Oberammergau

LANGUAGES
Polish  – mother tongue
English – STANAG 6001 SLP 3332 (2021)
Russian – SLP 2+2+1+1

I agree to the processing of my personal data for recruitment purposes.
""", cv_label(
    F, "Marek Zieliński", "marek.zielinski@example.pl", "+48 601 555 348", "Poland",
    [("master", "Management and Command", "General Tadeusz Kościuszko Military Academy of Land Forces (AWL)", 2008)],
    True,
    [("Chief, J3 Current Operations Branch", "Multinational Corps Northeast (MNC NE)", "2022-07", None),
     ("Staff Officer, Land Operations Planning", "Operational Command of the Polish Armed Forces (DO RSZ)", "2019-04", "2022-06"),
     ("Battalion Executive Officer", "15th Mechanised Brigade (15 Brygada Zmechanizowana)", "2016-09", "2019-03"),
     ("Company Commander", "15th Mechanised Brigade (15 Brygada Zmechanizowana)", "2012-10", "2016-08")],
    [("Polish", None, None), ("English", None, "3332"), ("Russian", None, "2211")],
    [], []))

# ------------------------------------------------------------------ t24: US résumé, plain text, Air Force to consulting
F = "cv_t24_us_resume_caldwell.txt"
add(F, """KATHERINE M. CALDWELL
Arlington, VA 22201 • (703) 555-0148 • kate.caldwell@example.com
U.S. Citizen | Active TS/SCI

SUMMARY
Former U.S. Air Force intelligence and operations officer; eight years of joint planning and wargaming
support to combatant commands and NATO exercises.

PROFESSIONAL EXPERIENCE

Booz Allen Hamilton — McLean, VA
Senior Associate, Defense Strategy & Wargaming                     Jan 2020 – Present
 • Designs and runs tabletop wargames for EUCOM and Allied partners.
 • Leads a team of 6 analysts; manages a $2.4M task order.

U.S. Air Force
Operations Officer, 613th Air Operations Center                     Jun 2016 – Dec 2019
 • Built the air component's daily targeting cycle for Pacific exercises.
Intelligence Flight Commander, 480th ISR Wing                       Aug 2012 – May 2016
 • Supervised 24 Airmen producing all-source intelligence products.

EDUCATION
M.A., Security Studies — Georgetown University, Washington, DC — 2015
B.S., Political Science — United States Air Force Academy, CO — 2012
Air Command and Staff College (ACSC), Maxwell AFB — Distance Learning Program, completed 2018

SKILLS
Wargame design · Joint planning (JOPP) · All-source intelligence analysis · Python · Tableau · Executive briefing

LANGUAGES
Spanish — ILR 2+/2 (DLPT, 2022)
French — conversational

CERTIFICATIONS
Project Management Professional (PMP), 2021
""", cv_label(
    F, "Katherine M. Caldwell", "kate.caldwell@example.com", "(703) 555-0148", "United States",
    [("master", "Security Studies", "Georgetown University", 2015),
     ("bachelor", "Political Science", "United States Air Force Academy", 2012)],
    True,
    [("Senior Associate, Defense Strategy & Wargaming", "Booz Allen Hamilton", "2020-01", None),
     ("Operations Officer, 613th Air Operations Center", "U.S. Air Force", "2016-06", "2019-12"),
     ("Intelligence Flight Commander, 480th ISR Wing", "U.S. Air Force", "2012-08", "2016-05")],
    [("Spanish", None, None), ("French", None, None)],
    [],
    ["Wargame design", "Joint planning (JOPP)", "All-source intelligence analysis", "Python", "Tableau",
     "Executive briefing"]))

# ------------------------------------------------------------------ t25: German-influenced English, civilian
F = "cv_t25_de_english_hartmann.txt"
add(F, """Curriculum Vitae

Personal Data
Name:              Dipl.-Inform. Tobias Hartmann
Address:           Kaiserstraße 14, 53113 Bonn
Telephone:         +49 (0)228 555 7731
E-Mail:            t.hartmann@example.de
Date of birth:     12.03.1980 in Kassel
Nationality:       German
Family status:     married, two children

Professional Experience
Since 03/2018      Federal Office for Information Security (BSI), Bonn
                   Senior Consultant for Cyber Security in the Department Defence Cooperation
04/2014 – 02/2018  BWI GmbH, Meckenheim
                   Team leader network operation
10/2008 – 03/2014  Fraunhofer Institute for Communication, Information Processing and Ergonomics (FKIE), Wachtberg
                   Scientific co-worker in the department Communication Systems

School and Study
10/2001 – 09/2008  Study of computer science at the Rheinische Friedrich-Wilhelms-Universität Bonn
                   Degree: Diplom-Informatiker (Dipl.-Inform.), final grade 1.7
06/2000            Abitur, Friedrichsgymnasium, Kassel

Language Skills
German     mother tongue
English    fluent in word and writing (C1)
French     school knowledge

IT-Skills
Cisco IOS, Linux administration, ISO 27001, IT-Grundschutz, Python

Bonn, 01.10.2026
Tobias Hartmann
""", cv_label(
    F, "Tobias Hartmann", "t.hartmann@example.de", "+49 (0)228 555 7731", "Germany",
    [("master", "computer science", "Rheinische Friedrich-Wilhelms-Universität Bonn", 2008),
     ("secondary", None, "Friedrichsgymnasium", 2000)],
    False,
    [("Senior Consultant for Cyber Security in the Department Defence Cooperation",
      "Federal Office for Information Security (BSI)", "2018-03", None),
     ("Team leader network operation", "BWI GmbH", "2014-04", "2018-02"),
     ("Scientific co-worker in the department Communication Systems",
      "Fraunhofer Institute for Communication, Information Processing and Ergonomics (FKIE)", "2008-10", "2014-03")],
    [("German", None, None), ("English", "V", None), ("French", None, None)],
    [],
    ["Cisco IOS", "Linux administration", "ISO 27001", "IT-Grundschutz", "Python"]))

# ------------------------------------------------------------------ t26: Dutch writing English, "until now", competency lines
F = "cv_t26_nl_english_vandenberg.txt"
add(F, """Sanne van den Berg
Rijswijk (ZH), the Netherlands | +31 6 5555 2814 | sanne.vandenberg@example.nl
Dutch citizen, born 1987

ABOUT ME
Policy officer with a background in project control. I like to make complex armament projects
understandable for decision makers.

WORK
2017-09 until now      Policy Officer Materiel Cooperation
                       Defence Materiel Organisation (DMO), Ministry of Defence, Utrecht
2013-02 till 2017-08   Project Controller
                       Royal Netherlands Aerospace Centre (NLR), Amsterdam

STUDY
2010 – 2012   MSc Systems Engineering, Policy Analysis and Management
              Delft University of Technology (TU Delft)
2006 – 2010   BBA Bedrijfskunde (HBO bachelor), Hogeschool Rotterdam

LANGUAGES
Dutch (mother tongue) – English (C2) – German (B2) – French (basic)

BEHAVIOURAL COMPETENCIES (NATO framework, self-assessment)
- Teamwork: solicits inputs and encourages others
- Clarity and Accuracy: checks own and others' work
- Customer Service Orientation: takes personal responsibility for correcting problems

SKILLS & TOOLS
SAP, MS Project, Power BI, Primavera P6
""", cv_label(
    F, "Sanne van den Berg", "sanne.vandenberg@example.nl", "+31 6 5555 2814", "Netherlands",
    [("master", "Systems Engineering, Policy Analysis and Management", "Delft University of Technology (TU Delft)", 2012),
     ("bachelor", "Bedrijfskunde", "Hogeschool Rotterdam", 2010)],
    False,
    [("Policy Officer Materiel Cooperation", "Defence Materiel Organisation (DMO)", "2017-09", None),
     ("Project Controller", "Royal Netherlands Aerospace Centre (NLR)", "2013-02", "2017-08")],
    [("Dutch", None, None), ("English", "VI", None), ("German", "IV", None), ("French", None, None)],
    ["Teamwork", "Clarity and Accuracy", "Customer Service Orientation"],
    ["SAP", "MS Project", "Power BI", "Primavera P6"]))

# ------------------------------------------------------------------ t27: French civilian in French, "Depuis mars 2020"
F = "cv_t27_fr_ingenieure_roussel.txt"
add(F, """Camille ROUSSEL
Ingénieure systèmes – défense aérienne
12 rue des Tanneurs, 31000 Toulouse
Tél. : 06 55 51 27 90   |   Courriel : camille.roussel@example.fr
Nationalité : française — Née le 4 mai 1989

EXPÉRIENCE PROFESSIONNELLE
Depuis mars 2020 — Ingénieure architecte systèmes C2, Thales LAS France, Rungis
   Architecture des systèmes de commandement et de conduite des opérations aériennes.
Sept. 2015 – févr. 2020 — Ingénieure d'études, Direction générale de l'armement (DGA), Balma
   Évaluation technique des liaisons de données tactiques.
Oct. 2013 – août 2015 — Ingénieure de recherche (CDD), ONERA (Office national d'études et de recherches aérospatiales), Toulouse

FORMATION
2013 — Diplôme d'ingénieur ISAE-SUPAERO (grade de master), spécialité systèmes embarqués
       Institut supérieur de l'aéronautique et de l'espace, Toulouse
2010 — Licence de physique, Université Toulouse III – Paul Sabatier
2007 — Baccalauréat S (scientifique), mention très bien

LANGUES
Français : langue maternelle
Anglais : C1 (TOEIC 965)
Espagnol : B2
Allemand : notions

COMPÉTENCES COMPORTEMENTALES (référentiel OTAN)
Réflexion analytique (Analytical Thinking) : établit des relations multiples
Esprit d'équipe (Teamwork) : sollicite l'avis des autres
Souplesse (Flexibility) : s'adapte aux situations imprévues

COMPÉTENCES TECHNIQUES
MBSE (Capella, Cameo), SysML, DOORS, Python, Liaison 16
""", cv_label(
    F, "Camille Roussel", "camille.roussel@example.fr", "06 55 51 27 90", "France",
    [("master", "systèmes embarqués", "Institut supérieur de l'aéronautique et de l'espace", 2013),
     ("bachelor", "physique", "Université Toulouse III – Paul Sabatier", 2010),
     ("secondary", None, None, 2007)],
    False,
    [("Ingénieure architecte systèmes C2", "Thales LAS France", "2020-03", None),
     ("Ingénieure d'études", "Direction générale de l'armement (DGA)", "2015-09", "2020-02"),
     ("Ingénieure de recherche (CDD)", "ONERA (Office national d'études et de recherches aérospatiales)", "2013-10", "2015-08")],
    [("French", None, None), ("English", "V", None), ("Spanish", "IV", None), ("German", None, None)],
    ["Analytical Thinking", "Teamwork", "Flexibility"],
    ["MBSE (Capella, Cameo)", "SysML", "DOORS", "Python", "Liaison 16"]))

# ------------------------------------------------------------------ t28: Portuguese naval officer, English, dd/mm/yyyy, CEMC
F = "cv_t28_pt_navy_tavaressilva.txt"
add(F, """CURRICULUM VITAE
Commander (OF-4) Rui Miguel TAVARES SILVA, Portuguese Navy

Nationality: Portuguese national
Contacts: rui.tavaressilva@example.pt / +351 912 555 604

SERVICE RECORD
Sep. 2020 – to date:        Head of Maritime Plans Section – Naval Command (Comando Naval), Oeiras
15/06/2017 – 31/08/2020:    Commanding Officer, NRP Viana do Castelo (P360) – Portuguese Navy
01/09/2014 – 14/06/2017:    Staff Officer N5 – Allied Maritime Command (MARCOM), Northwood, UK
01/10/2008 – 31/07/2013:    Operations Officer, NRP Bartolomeu Dias (F333) – Portuguese Navy

EDUCATION AND MILITARY COURSES
2013 – 2014   Curso de Estado-Maior Conjunto (CEMC) – Joint Staff Course
              Instituto Universitário Militar (IUM), Pedrouços
2008          Mestrado Integrado em Ciências Militares Navais (integrated master's degree)
              Escola Naval
2021          Operational Planning Course – NATO School Oberammergau (no degree)

LANGUAGES
Portuguese – mother tongue
English    – SLP 3333 (STANAG 6001)
Spanish    – good (no formal test)
French     – SLP 2222
""", cv_label(
    F, "Rui Miguel Tavares Silva", "rui.tavaressilva@example.pt", "+351 912 555 604", "Portugal",
    [("master", "Ciências Militares Navais", "Escola Naval", 2008)],
    True,
    [("Head of Maritime Plans Section", "Naval Command (Comando Naval)", "2020-09", None),
     ("Commanding Officer, NRP Viana do Castelo (P360)", "Portuguese Navy", "2017-06", "2020-08"),
     ("Staff Officer N5", "Allied Maritime Command (MARCOM)", "2014-09", "2017-06"),
     ("Operations Officer, NRP Bartolomeu Dias (F333)", "Portuguese Navy", "2008-10", "2013-07")],
    [("Portuguese", None, None), ("English", None, "3333"), ("Spanish", None, None), ("French", None, "2222")],
    [], []))

# ------------------------------------------------------------------ t29: Italian Europass text export, "ongoing", job-applied-for trap
F = "cv_t29_it_europass_text_marino.txt"
add(F, """EUROPASS CURRICULUM VITAE

PERSONAL INFORMATION      Giulia Marino
                          Via dei Mille 22, 00185 Roma (Italy)
                          +39 347 555 9012
                          giulia.marino@example.it
                          Sex Female | Date of birth 21/09/1990 | Nationality Italian

JOB APPLIED FOR           Analyst, Emerging Security Challenges

WORK EXPERIENCE
Mar 2019 – ongoing        Research Fellow
                          Istituto Affari Internazionali (IAI), Rome (Italy)
                          ▪ Research on hybrid threats and critical infrastructure resilience
Sep 2016 – Feb 2019       Junior Analyst
                          Centro Studi Internazionali (CeSI), Rome (Italy)

EDUCATION AND TRAINING
2014 – 2016               Laurea Magistrale (LM-52) in Relazioni Internazionali        EQF level 7
                          Università degli Studi di Roma "La Sapienza"
2011 – 2014               Laurea Triennale (L-36) in Scienze Politiche                 EQF level 6
                          Università di Bologna

PERSONAL SKILLS
Mother tongue(s)          Italian
Other language(s)         UNDERSTANDING          SPEAKING                          WRITING
                          Listening  Reading     Spoken interaction  Spoken production
English                   C2         C2          C2                  C2                C2
                          Certificate of Proficiency in English (CPE)
French                    B2         B2          B2                  B2                B2
                          Levels: A1/A2: Basic user - B1/B2: Independent user - C1/C2: Proficient user

Digital skills            OSINT tools (Maltego), QGIS, Stata, Microsoft Office
Driving licence           B
""", cv_label(
    F, "Giulia Marino", "giulia.marino@example.it", "+39 347 555 9012", "Italy",
    [("master", "Relazioni Internazionali", "Università degli Studi di Roma \"La Sapienza\"", 2016),
     ("bachelor", "Scienze Politiche", "Università di Bologna", 2014)],
    False,
    [("Research Fellow", "Istituto Affari Internazionali (IAI)", "2019-03", None),
     ("Junior Analyst", "Centro Studi Internazionali (CeSI)", "2016-09", "2019-02")],
    [("Italian", None, None), ("English", "VI", None), ("French", "IV", None)],
    [],
    ["OSINT tools (Maltego)", "QGIS", "Stata", "Microsoft Office"]))


def build():
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
    return [d[0] for d in DOCS]


if __name__ == "__main__":
    print(build())
