from lib import *

CVS = []


def add(fname, style, text, label, encoding="utf-8"):
    CVS.append((fname, style, text, label, encoding))


# ---------------------------------------------------------------- t01 US resume
add("cv_t01_us_resume_harper.txt", "US résumé", """
JONATHAN R. HARPER
Arlington, VA 22201  |  (703) 555-0148  |  jon.harper@example.com
U.S. citizen  |  Active TS/SCI clearance

PROFESSIONAL SUMMARY
Logistics and acquisition professional with 14 years in Department of Defense programs,
multinational exercises and foreign military sales.

EXPERIENCE
Senior Logistics Analyst                                   Jan 2015 – Present
Booz Allen Hamilton, Defense & Intelligence Group — Arlington, VA
 - Lead analyst for sustainment planning of FMS cases for six Allied nations.
 - Built readiness dashboards used by the Joint Staff J4.

Logistics Officer (Captain)                                Jun 2009 – Dec 2014
U.S. Army, 10th Mountain Division — Fort Drum, NY
 - Planned deployment of a 3,500-soldier brigade to Afghanistan.

Supply Chain Intern                                        May 2008 – Aug 2008
Lockheed Martin — Bethesda, MD

EDUCATION
M.S., Supply Chain Management — Pennsylvania State University, 2013
B.A., Political Science — University of Virginia, 2009

LANGUAGES
English (native); Spanish (conversational)

SKILLS
Foreign Military Sales, Power BI, SAP, Lean Six Sigma Green Belt, Joint logistics planning
""", cv_label(
    "Jonathan R. Harper", "jon.harper@example.com", "(703) 555-0148", "United States",
    [edu("master", "Supply Chain Management", "Pennsylvania State University", 2013),
     edu("bachelor", "Political Science", "University of Virginia", 2009)],
    False,
    [exp("Senior Logistics Analyst", "Booz Allen Hamilton", "2015-01", None),
     exp("Logistics Officer (Captain)", "U.S. Army", "2009-06", "2014-12"),
     exp("Supply Chain Intern", "Lockheed Martin", "2008-05", "2008-08")],
    [lang("English"), lang("Spanish")],
    [],
    ["Foreign Military Sales", "Power BI", "SAP", "Lean Six Sigma Green Belt", "Joint logistics planning"]))

# ---------------------------------------------------------------- t02 French CV
add("cv_t02_fr_lambert.txt", "French CV", """
Sophie LAMBERT
12, rue des Tanneurs – 1000 Bruxelles
Tél. : +32 478 12 34 56 – Courriel : sophie.lambert@example.be
Née le 3 février 1988 – Nationalité : belge

EXPÉRIENCE PROFESSIONNELLE

Chargée de mission – politique de défense                      depuis mars 2020
Ministère de la Défense, Direction générale Stratégie – Bruxelles
  Suivi des dossiers OTAN et PSDC ; rédaction de notes pour le cabinet.

Analyste politique                                          sept. 2015 – févr. 2020
Institut Egmont – Bruxelles
  Recherche sur la sécurité européenne et le partenariat oriental.

Stagiaire                                                   févr. 2014 – juil. 2014
Représentation permanente de la Belgique auprès de l'OTAN

FORMATION
2014  Master 2 Relations internationales, parcours sécurité – Sciences Po Paris
2012  Licence de science politique – Université libre de Bruxelles
2009  Baccalauréat (CESS) – Athénée royal d'Uccle

LANGUES
Français : langue maternelle
Anglais : niveau V (Avancé) – test OTAN
Allemand : courant
Néerlandais : B2

COMPÉTENCES
Rédaction de notes de synthèse, veille stratégique, MS Office
""", cv_label(
    "Sophie Lambert", "sophie.lambert@example.be", "+32 478 12 34 56", "Belgium",
    [edu("master", "Relations internationales", "Sciences Po Paris", 2014),
     edu("bachelor", "science politique", "Université libre de Bruxelles", 2012),
     edu("secondary", None, "Athénée royal d'Uccle", 2009)],
    False,
    [exp("Chargée de mission – politique de défense", "Ministère de la Défense", "2020-03", None),
     exp("Analyste politique", "Institut Egmont", "2015-09", "2020-02"),
     exp("Stagiaire", "Représentation permanente de la Belgique auprès de l'OTAN", "2014-02", "2014-07")],
    [lang("French"), lang("English", "V"), lang("German"), lang("Dutch", "IV")],
    [],
    ["Rédaction de notes de synthèse", "veille stratégique", "MS Office"]))

# ---------------------------------------------------------------- t03 German-flavoured
add("cv_t03_de_brandt.txt", "German-flavoured", """
LEBENSLAUF / CURRICULUM VITAE

Oberstleutnant i.G. Markus Brandt
Staatsangehörigkeit: deutsch
Telefon: +49 228 5504 7711  ·  E-Mail: markus.brandt@example.de

BERUFLICHER WERDEGANG
seit 2018      Referent Fähigkeitsentwicklung, Bundesministerium der Verteidigung, Abteilung Planung, Bonn
2015 – 2017    Stabsoffizier G3, Deutsch-Niederländisches Korps, Münster
2012 – 2014    Kompaniechef, Panzergrenadierbataillon 212, Augustdorf

AUSBILDUNG
2010 – 2012    Lehrgang Generalstabsdienst National (LGAN), Führungsakademie der Bundeswehr, Hamburg
2001 – 2005    Diplom-Ingenieur Maschinenbau, Universität der Bundeswehr München (Abschluss 2005)

SPRACHEN
Deutsch     Muttersprache
Englisch    SLP 3332
Französisch SLP 2221

KENNTNISSE
Fähigkeitsplanung (NDPP), DOTMLPF-I, Projektmanagement (PRINCE2)
""", cv_label(
    "Markus Brandt", "markus.brandt@example.de", "+49 228 5504 7711", "Germany",
    [edu("master", "Maschinenbau", "Universität der Bundeswehr München", 2005)],
    True,
    [exp("Referent Fähigkeitsentwicklung", "Bundesministerium der Verteidigung", "2018-01", None),
     exp("Stabsoffizier G3", "Deutsch-Niederländisches Korps", "2015-01", "2017-12"),
     exp("Kompaniechef", "Panzergrenadierbataillon 212", "2012-01", "2014-12")],
    [lang("German"), lang("English", None, "3332"), lang("French", None, "2221")],
    [],
    ["Fähigkeitsplanung (NDPP)", "DOTMLPF-I", "Projektmanagement (PRINCE2)"]))

# ---------------------------------------------------------------- t04 Europass text, Portuguese
add("cv_t04_europass_pt_ferreira.txt", "Europass (text export)", """
Europass
Curriculum Vitae

PERSONAL INFORMATION
Ana Rita Ferreira
Rua Augusta 145, 1100-053 Lisboa (Portugal)
+351 912 345 678
ana.ferreira@example.pt
Sex Female | Date of birth 14/09/1986 | Nationality Portuguese

WORK EXPERIENCE
01/10/2019 – Present
Financial Officer
NATO Support and Procurement Agency (NSPA), Finance Directorate, Capellen (Luxembourg)
- Budget execution of customer support partnerships.

15/06/2013 – 30/09/2019
Budget Analyst
Ministério da Defesa Nacional, Direção-Geral de Recursos da Defesa Nacional, Lisboa

EDUCATION AND TRAINING
2011 – 2013
Mestrado em Finanças
ISEG – Lisbon School of Economics and Management

2007 – 2011
Licenciatura em Economia
Universidade de Coimbra

PERSONAL SKILLS
Mother tongue(s): Portuguese
Other language(s):
English   C1
French    B2
Spanish   C2

Digital skills: SAP FI/CO, Excel (advanced), Power Query
""", cv_label(
    "Ana Rita Ferreira", "ana.ferreira@example.pt", "+351 912 345 678", "Portugal",
    [edu("master", "Finanças", "ISEG – Lisbon School of Economics and Management", 2013),
     edu("bachelor", "Economia", "Universidade de Coimbra", 2011)],
    False,
    [exp("Financial Officer", "NATO Support and Procurement Agency (NSPA)", "2019-10", None),
     exp("Budget Analyst", "Ministério da Defesa Nacional", "2013-06", "2019-09")],
    [lang("Portuguese"), lang("English", "V"), lang("French", "IV"), lang("Spanish", "VI")],
    [],
    ["SAP FI/CO", "Excel (advanced)", "Power Query"]))

# ---------------------------------------------------------------- t05 Italian, mother tongue before name
add("cv_t05_it_rossi.txt", "Italian, mother tongue first", """
Mother tongue: Italian
Giulia Rossi
Via Nazionale 88, 00184 Roma, Italy | +39 347 555 0192 | giulia.rossi@example.it
Italian national

PROFESSIONAL EXPERIENCE
2019.04 – present    Cyber Security Engineer, Leonardo S.p.A., Cyber & Security Solutions Division, Rome
2016.09 – 2019.03    Network Security Analyst, Telecom Italia, Milan
2015.10 – 2016.06    Research Assistant, Politecnico di Milano

EDUCATION
Laurea magistrale in Ingegneria Informatica (110/110 cum laude), Politecnico di Milano, 2015
Laurea triennale in Ingegneria delle Telecomunicazioni, Università di Pisa, 2013

OTHER LANGUAGES
English: C1 (IELTS 7.5)
French: B2

CERTIFICATIONS AND SKILLS
CISSP, ISO 27001 Lead Auditor, Splunk, Python, network forensics
""", cv_label(
    "Giulia Rossi", "giulia.rossi@example.it", "+39 347 555 0192", "Italy",
    [edu("master", "Ingegneria Informatica", "Politecnico di Milano", 2015),
     edu("bachelor", "Ingegneria delle Telecomunicazioni", "Università di Pisa", 2013)],
    False,
    [exp("Cyber Security Engineer", "Leonardo S.p.A.", "2019-04", None),
     exp("Network Security Analyst", "Telecom Italia", "2016-09", "2019-03"),
     exp("Research Assistant", "Politecnico di Milano", "2015-10", "2016-06")],
    [lang("Italian"), lang("English", "V"), lang("French", "IV")],
    [],
    ["CISSP", "ISO 27001 Lead Auditor", "Splunk", "Python", "network forensics"]))

# ---------------------------------------------------------------- t06 Dutch national in prose, competencies
add("cv_t06_nl_vandijk.txt", "prose profile + competency lines", """
Pieter van Dijk
pieter.vandijk@example.nl  /  +31 6 1234 5678  /  The Hague

PROFILE
I am a Dutch national with twelve years of experience in defence policy and capability
planning, most recently within the Netherlands Ministry of Defence.

CAREER
Senior Policy Advisor, Capability Planning
Ministry of Defence of the Netherlands, Directorate of Plans
September 2017 – present

Policy Officer
European Defence Agency, Capability, Armament & Planning Directorate
March 2013 – August 2017

Junior Researcher
Clingendael Institute
October 2011 – February 2013

EDUCATION
MA International Relations, Leiden University (2011)
BSc Public Administration, Erasmus University Rotterdam (2009)

LANGUAGES
English and Dutch: bilingual
French: NATO level III (Intermediate)
German: good

NATO COMPETENCIES
Analytical Thinking: sees multiple relationships
Change Leadership: expresses vision for change
Teamwork: solicits inputs and encourages others
Impact and Influence: takes multiple actions to persuade
""", cv_label(
    "Pieter van Dijk", "pieter.vandijk@example.nl", "+31 6 1234 5678", "Netherlands",
    [edu("master", "International Relations", "Leiden University", 2011),
     edu("bachelor", "Public Administration", "Erasmus University Rotterdam", 2009)],
    False,
    [exp("Senior Policy Advisor, Capability Planning", "Ministry of Defence of the Netherlands", "2017-09", None),
     exp("Policy Officer", "European Defence Agency", "2013-03", "2017-08"),
     exp("Junior Researcher", "Clingendael Institute", "2011-10", "2013-02")],
    [lang("English"), lang("Dutch"), lang("French", "III"), lang("German")],
    comp("Analytical Thinking", "Change Leadership", "Teamwork", "Impact and Influence"),
    []))

# ---------------------------------------------------------------- t07 Québec bilingual
add("cv_t07_qc_tremblay.txt", "Québec / bilingual EN-FR", """
CURRICULUM VITAE
Marc-André Tremblay
Gatineau (Québec) Canada  •  819-555-0133  •  ma.tremblay@example.ca
Citoyenneté / Citizenship : canadienne / Canadian

EXPÉRIENCE / EXPERIENCE
Architecte de solutions TI / IT Solutions Architect
Services partagés Canada / Shared Services Canada, Direction de la cybersécurité
mai 2018 – aujourd'hui / May 2018 – present

Analyste principal des systèmes / Senior Systems Analyst
CGI Inc., Montréal
août 2012 – avril 2018 / Aug 2012 – Apr 2018

FORMATION / EDUCATION
Maîtrise en génie logiciel / Master's in Software Engineering – École de technologie supérieure (ÉTS), 2012
Baccalauréat en génie informatique / Bachelor of Computer Engineering – Université Laval, 2009

LANGUES / LANGUAGES
Français : langue maternelle / mother tongue
Anglais / English : ELS C-B-C (Public Service of Canada); courant / fluent

COMPÉTENCES / SKILLS
TOGAF 9, Azure, Kubernetes, gestion des identités (IAM)
""", cv_label(
    "Marc-André Tremblay", "ma.tremblay@example.ca", "819-555-0133", "Canada",
    [edu("master", "génie logiciel", "École de technologie supérieure (ÉTS)", 2012),
     edu("bachelor", "génie informatique", "Université Laval", 2009)],
    False,
    [exp("Architecte de solutions TI / IT Solutions Architect", "Services partagés Canada / Shared Services Canada", "2018-05", None),
     exp("Analyste principal des systèmes / Senior Systems Analyst", "CGI Inc.", "2012-08", "2018-04")],
    [lang("French"), lang("English")],
    [],
    ["TOGAF 9", "Azure", "Kubernetes", "gestion des identités (IAM)"]))

# ---------------------------------------------------------------- t08 UK officer
add("cv_t08_uk_whitfield.txt", "UK military CV", """
Lieutenant Colonel Claire Whitfield MBE
Mobile: +44 7700 900461   Email: claire.whitfield@example.co.uk
Nationality: British

CAREER HISTORY
Nov 2022 – Present    SO1 Plans, Headquarters Allied Rapid Reaction Corps (HQ ARRC), Innsworth
Aug 2019 – Oct 2022   Commanding Officer, 1st Battalion The Rifles
Sep 2017 – Jul 2019   SO2 Capability, Army Headquarters, Andover
Jan 2014 – Aug 2017   Company Commander, 2nd Battalion The Rifles

MILITARY EDUCATION
2016 – 2017   Advanced Command and Staff Course (ACSC), Joint Services Command and Staff College, Shrivenham

ACADEMIC QUALIFICATIONS
MA Defence Studies, King's College London, 2017
BA (Hons) History, University of Durham, 2004

LANGUAGES
English – mother tongue
French – STANAG 6001 3-2-3-2
""", cv_label(
    "Claire Whitfield", "claire.whitfield@example.co.uk", "+44 7700 900461", "United Kingdom",
    [edu("master", "Defence Studies", "King's College London", 2017),
     edu("bachelor", "History", "University of Durham", 2004)],
    True,
    [exp("SO1 Plans", "Headquarters Allied Rapid Reaction Corps (HQ ARRC)", "2022-11", None),
     exp("Commanding Officer", "1st Battalion The Rifles", "2019-08", "2022-10"),
     exp("SO2 Capability", "Army Headquarters", "2017-09", "2019-07"),
     exp("Company Commander", "2nd Battalion The Rifles", "2014-01", "2017-08")],
    [lang("English"), lang("French", None, "3232")],
    [], []))

# ---------------------------------------------------------------- t09 Polish, NATO levels
add("cv_t09_pl_nowak.txt", "Polish, NATO levels stated", """
KATARZYNA NOWAK
ul. Puławska 12/4, 02-512 Warszawa, Poland
tel. +48 601 234 567 | k.nowak@example.pl
Citizenship: Polish

EMPLOYMENT
03/2017 - present
Senior Specialist for International Cooperation – Ministry of National Defence, Department of Security Policy, Warsaw

03/2012 - 11/2016
Project Officer – NATO Force Integration Unit Poland (NFIU POL), Bydgoszcz

09/2010 - 02/2012
Analyst – Polish Institute of International Affairs (PISM)

EDUCATION
Magister (MA) in International Relations – University of Warsaw, 2010
Licencjat (BA) in Political Science – Jagiellonian University, Kraków, 2008

LANGUAGES
Polish – native
English – V (Advanced)
French – II (Elementary)
Russian – IV (Upper Intermediate)
""", cv_label(
    "Katarzyna Nowak", "k.nowak@example.pl", "+48 601 234 567", "Poland",
    [edu("master", "International Relations", "University of Warsaw", 2010),
     edu("bachelor", "Political Science", "Jagiellonian University", 2008)],
    False,
    [exp("Senior Specialist for International Cooperation", "Ministry of National Defence", "2017-03", None),
     exp("Project Officer", "NATO Force Integration Unit Poland (NFIU POL)", "2012-03", "2016-11"),
     exp("Analyst", "Polish Institute of International Affairs (PISM)", "2010-09", "2012-02")],
    [lang("Polish"), lang("English", "V"), lang("French", "II"), lang("Russian", "IV")],
    [], []))

# ---------------------------------------------------------------- t10 Spanish
add("cv_t10_es_garcia.txt", "Spanish", """
Javier García Morales
Calle de Alcalá 210, 28028 Madrid  ·  +34 611 222 333  ·  javier.garcia@example.es
Spanish citizen

PROFESSIONAL EXPERIENCE
Legal Adviser – Contracts (since 2019)
European Defence Agency, Legal Office, Brussels

Abogado asociado (2014 – 2018)
Garrigues Abogados, Área de Derecho Público, Madrid

EDUCATION
Máster Universitario en Derecho Internacional Público, Universidad Complutense de Madrid (2013)
Licenciatura en Derecho, Universidad de Salamanca (2012)

LANGUAGES
Spanish (mother tongue); English (C2, Cambridge CPE); French (B2)

SKILLS
Public procurement law, contract negotiation, EU law
""", cv_label(
    "Javier García Morales", "javier.garcia@example.es", "+34 611 222 333", "Spain",
    [edu("master", "Derecho Internacional Público", "Universidad Complutense de Madrid", 2013),
     edu("bachelor", "Derecho", "Universidad de Salamanca", 2012)],
    False,
    [exp("Legal Adviser – Contracts", "European Defence Agency", "2019-01", None),
     exp("Abogado asociado", "Garrigues Abogados", "2014-01", "2018-12")],
    [lang("Spanish"), lang("English", "VI"), lang("French", "IV")],
    [],
    ["Public procurement law", "contract negotiation", "EU law"]))

# ---------------------------------------------------------------- t11 Romanian, long wrapped titles, plain
add("cv_t11_ro_popescu.txt", "long wrapped title lines", """
Name: Andrei POPESCU
E-mail: andrei.popescu@example.ro
Phone: +40 722 111 222
Nationality: Romanian

WORK HISTORY

Head of Section for Multinational Exercises Planning, Lessons Learned and
Interoperability Assessment
Romanian Defence Staff, J7 Directorate
Jan 2020 – Present

Staff Officer for Training Standards, Evaluation and Certification of Forces
Assigned to NATO Response Force Rotations
Multinational Division South-East, Bucharest
Jul 2016 – Dec 2019

Platoon Leader / Company Executive Officer
30th Guards Brigade
Sep 2008 – Jun 2016

EDUCATION
Bachelor of Military Science (Licenta), "Nicolae Balcescu" Land Forces Academy, Sibiu, 2008
Master of Security and Defence, "Carol I" National Defence University, 2015
Joint Command and Staff Course (staff college), "Carol I" National Defence University, 2019

LANGUAGES
Romanian (native); English SLP 3333; French SLP 2222
""", cv_label(
    "Andrei Popescu", "andrei.popescu@example.ro", "+40 722 111 222", "Romania",
    [edu("bachelor", "Military Science", "\"Nicolae Balcescu\" Land Forces Academy", 2008),
     edu("master", "Security and Defence", "\"Carol I\" National Defence University", 2015)],
    True,
    [exp("Head of Section for Multinational Exercises Planning, Lessons Learned and Interoperability Assessment",
         "Romanian Defence Staff", "2020-01", None),
     exp("Staff Officer for Training Standards, Evaluation and Certification of Forces Assigned to NATO Response Force Rotations",
         "Multinational Division South-East", "2016-07", "2019-12"),
     exp("Platoon Leader / Company Executive Officer", "30th Guards Brigade", "2008-09", "2016-06")],
    [lang("Romanian"), lang("English", None, "3333"), lang("French", None, "2222")],
    [], []))

# ---------------------------------------------------------------- t12 Norwegian, minimal, no phone, titles above dates
add("cv_t12_no_haugen.txt", "minimal, missing fields", """
Ingrid Haugen
ingrid.haugen@example.no
Norwegian

Experience

Procurement Officer
Norwegian Defence Materiel Agency
2021-08 – present

Contracts Assistant
Equinor ASA
2017-01 – 2021-07

Education

Bachelor in Business Administration, BI Norwegian Business School, 2016

Languages: Norwegian, English, Swedish
""", cv_label(
    "Ingrid Haugen", "ingrid.haugen@example.no", None, "Norway",
    [edu("bachelor", "Business Administration", "BI Norwegian Business School", 2016)],
    False,
    [exp("Procurement Officer", "Norwegian Defence Materiel Agency", "2021-08", None),
     exp("Contracts Assistant", "Equinor ASA", "2017-01", "2021-07")],
    [lang("Norwegian"), lang("English"), lang("Swedish")],
    [], []))
