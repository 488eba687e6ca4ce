"""TXT CVs of corpus 5 (t30-t37). Each document is followed by its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t30: Italian civilian, CV in Italian
F = "cv_t30_it_italiano_dottorato_colombo.txt"
add(F, """CURRICULUM VITAE

Dott.ssa Giulia COLOMBO
Via dei Mille 14, 00185 Roma
Cellulare: +39 347 555 2190
E-mail: giulia.colombo@example.it
Nata a Bologna il 03/04/1984 — Nazionalità: italiana

PROFILO
Funzionaria del Ministero della Difesa con quindici anni di esperienza nella cooperazione internazionale in
materia di armamenti. Ho collaborato quotidianamente con omologhi francesi e tedeschi nell'ambito dell'OCCAR e
ho seguito i lavori della Conferenza dei Direttori Nazionali degli Armamenti (CNAD) presso la NATO.

ESPERIENZE PROFESSIONALI

Da gennaio 2020 a oggi
Capo Sezione Cooperazione Internazionale
Segretariato Generale della Difesa e Direzione Nazionale degli Armamenti (SGD/DNA), V Reparto, Roma
- Coordinamento dei programmi in cooperazione con l'Agenzia Europea per la Difesa (EDA) e la NSPA.
- Redazione di accordi tecnici (MoU) con le amministrazioni di Francia, Germania e Spagna.

Marzo 2014 – dicembre 2019
Funzionaria amministrativa – Ufficio Contratti
Direzione degli Armamenti Aeronautici e per l'Aeronavigabilità (ARMAEREO), Roma

Settembre 2009 – febbraio 2014
Assistente di ricerca
Istituto Affari Internazionali (IAI), Roma

ISTRUZIONE E FORMAZIONE

In corso      Dottorato di ricerca in Studi Strategici (XXXIX ciclo) – Università di Roma "La Sapienza"
              (tesi in preparazione; titolo non ancora conseguito)
2009          Laurea magistrale in Relazioni Internazionali (110/110 e lode)
              Università di Bologna
2006          Laurea triennale in Scienze Politiche – Università di Bologna
2003          Diploma di maturità classica – Liceo Classico "Marco Minghetti", Bologna
2016          Corso di perfezionamento "Procurement Law" (40 ore, attestato di frequenza) – SNA Scuola Nazionale
              dell'Amministrazione
2018          NATO Defence Planning Course – NATO School Oberammergau

COMPETENZE LINGUISTICHE
Madrelingua: italiano
Inglese: C1 (IELTS Academic 7.5, 2019)
Francese: B2 (DELF B2)
Tedesco: conoscenza scolastica

COMPETENZE DIGITALI
Pacchetto Office; SAP; banche dati normative (De Jure); Power BI

PUBBLICAZIONI
- Colombo G., Marrone A., "La cooperazione europea negli armamenti dopo il 2020", Documenti IAI, 2012.
- Colombo G., Nones M., "Il procurement della Difesa in Francia e in Germania", Quaderni IAI, 2011.

INTERESSI
Vela (patente nautica), lettura, volontariato con la Croce Rossa Italiana.

REFERENZE
Dott. Michele Nones, Consigliere scientifico, IAI – m.nones@example.it
Gen. B. (ris.) Paolo Ferri – paolo.ferri@example.it, +39 335 555 0181

Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679.
""", cv_label(
    F, "Giulia Colombo", "giulia.colombo@example.it", "+39 347 555 2190", "Italy",
    [("master", "Relazioni Internazionali", "Università di Bologna", 2009),
     ("bachelor", "Scienze Politiche", "Università di Bologna", 2006),
     ("secondary", None, "Liceo Classico \"Marco Minghetti\"", 2003)],
    False,
    [("Capo Sezione Cooperazione Internazionale",
      "Segretariato Generale della Difesa e Direzione Nazionale degli Armamenti (SGD/DNA)", "2020-01", None),
     ("Funzionaria amministrativa – Ufficio Contratti",
      "Direzione degli Armamenti Aeronautici e per l'Aeronavigabilità (ARMAEREO)", "2014-03", "2019-12"),
     ("Assistente di ricerca", "Istituto Affari Internazionali (IAI)", "2009-09", "2014-02")],
    [("Italian", None, None), ("English", "V", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["Pacchetto Office", "SAP", "banche dati normative (De Jure)", "Power BI"]))


# ------------------------------------------------------------------ t31: Estonian academic CV, no nationality
F = "cv_t31_ee_academic_refs_saar.txt"
add(F, """KADRI SAAR, PhD
Associate Professor of Cyber Security
School of Information Technologies, Tallinn University of Technology
kadri.saar@example.ee | +372 5555 4471 | ORCID 0000-0002-5555-0192

ACADEMIC APPOINTMENTS
2021–present   Associate Professor, Tallinn University of Technology (TalTech)
2017–2021      Researcher, NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE), Tallinn
2016–2017      Postdoctoral Researcher, University of Tartu

EDUCATION
Ph.D. (2016), M.Sc. (2011) and B.Sc. (2009) in Computer Science, University of Tartu
Visiting PhD student, Royal Holloway, University of London, Information Security Group (2014, 6 months)

RESEARCH INTERESTS
Formal verification of cryptographic protocols; attribution of cyber operations; critical-infrastructure resilience.

SELECTED PUBLICATIONS
1. Saar, K., Tamm, J. & Lepik, M. (2024). Attribution under uncertainty: a Bayesian approach. Journal of
   Cybersecurity, 10(1).
2. Saar, K. & Dupont, L. (2022). Verifying election-system protocols at scale. Proceedings of CyCon 2022,
   NATO CCDCOE Publications, 121–140.
3. Kuusk, R., Saar, K. (2019). Resilience of the Estonian power grid to coordinated attacks. IEEE Access 7.

GRANTS
2023–2026  Estonian Research Council PRG2210, principal investigator (EUR 420,000)
2019–2021  NATO Science for Peace and Security (SPS) G5867, co-investigator with Ukrainian partners

TEACHING AND SUPERVISION
ITC8240 Cryptographic Protocols (MSc, since 2021); supervised 3 PhD and 14 MSc theses.
Taught a summer school in Lisbon together with Portuguese and Spanish colleagues (2022).

SERVICE
Programme committee, International Conference on Cyber Conflict (CyCon), 2019–2025.
Reviewer for Computers & Security and the European Research Council.

LANGUAGES
Estonian (native), English (C2), Russian (B2), Finnish (working knowledge)

REFEREES
Prof. Jaan Tamm, Institute of Computer Science, University of Tartu – jaan.tamm@example.ee, +372 5555 1020
Dr. Laura Dupont, Royal Military Academy, Brussels – laura.dupont@example.be
""", cv_label(
    F, "Kadri Saar", "kadri.saar@example.ee", "+372 5555 4471", None,
    [("doctorate", "Computer Science", "University of Tartu", 2016),
     ("master", "Computer Science", "University of Tartu", 2011),
     ("bachelor", "Computer Science", "University of Tartu", 2009)],
    False,
    [("Associate Professor", "Tallinn University of Technology (TalTech)", "2021-01", None),
     ("Researcher", "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)", "2017-01", "2021-12"),
     ("Postdoctoral Researcher", "University of Tartu", "2016-01", "2017-12")],
    [("Estonian", None, None), ("English", "VI", None), ("Russian", "IV", None), ("Finnish", None, None)],
    [],
    []))


# ------------------------------------------------------------------ t32: UK, cover letter first, referees
F = "cv_t32_uk_coverletter_ashworth.txt"
add(F, """Thomas Ashworth
14 Marlborough Road, Salisbury SP1 3TH
07700 900452 · tom.ashworth@example.co.uk

6 December 2026

Dear Selection Board,

I am writing to apply for the post of Officer (Stabilisation Policy), Operations Division, advertised on the
NATO careers site. Over eighteen years I have worked closely with French, German and Italian counterparts, most
recently in Mali and in the Western Balkans, and I spent a secondment with the NATO Stability Policing Centre of
Excellence in Vicenza. My colleague Ms Rachel Moore (rachel.moore@example.org), who served at JFC Naples, suggested
I apply. I would welcome the opportunity to discuss my application.

Yours faithfully,
Thomas Ashworth

----------------------------------------------------------------------------------------------------
CURRICULUM VITAE – THOMAS ASHWORTH

Nationality: British (sole nationality)      Date of birth: 21 July 1983

CAREER HISTORY

Stabilisation Adviser, Stabilisation Unit                                   Apr 2021 – present
Foreign, Commonwealth & Development Office (FCDO), London
 • Deployable civilian expert; planning lead for the Western Balkans conflict-prevention programme.
 • Worked with the French Ministry of the Armed Forces on a joint Sahel lessons-learned study.

Staff Officer Grade 2 (SO2) Plans                                            Aug 2016 – Mar 2021
Headquarters 1st (United Kingdom) Division, British Army, York

Company Second-in-Command, then Officer Commanding                            Sep 2008 – Jul 2016
1st Battalion The Rifles, British Army

EDUCATION AND TRAINING
2005   BA (Hons) Modern History, Durham University – 2:1
2012–2014   MA Defence Studies (part-time), King's College London – withdrawn after year one, not completed
2013   Intermediate Command and Staff Course (Land), Defence Academy of the United Kingdom, Shrivenham
2019   PRINCE2 Practitioner (certificate)
2001   A levels – Marlborough College

LANGUAGES
English – mother tongue
German – SLP 3322 (2018)
Arabic – colloquial, basic

PROJECTS (voluntary)
2022–2024   Trustee, "Veterans into Peacebuilding" charity – designed a mentoring scheme

INTERESTS
Fell running, military history, choral singing.

REFERENCES
Brigadier (Retd) J. P. Hollis CBE – j.hollis@example.co.uk – 07700 900117
Ms Anna Kovač, Head of Unit, FCDO – anna.kovac@example.gov.uk
""", cv_label(
    F, "Thomas Ashworth", "tom.ashworth@example.co.uk", "07700 900452", "United Kingdom",
    [("bachelor", "Modern History", "Durham University", 2005),
     ("secondary", None, "Marlborough College", 2001)],
    True,
    [("Stabilisation Adviser, Stabilisation Unit", "Foreign, Commonwealth & Development Office (FCDO)",
      "2021-04", None),
     ("Staff Officer Grade 2 (SO2) Plans", "Headquarters 1st (United Kingdom) Division", "2016-08", "2021-03"),
     ("Company Second-in-Command, then Officer Commanding", "1st Battalion The Rifles", "2008-09", "2016-07")],
    [("English", None, None), ("German", None, "3322"), ("Arabic", None, None)],
    [],
    []))


# ------------------------------------------------------------------ t33: Turkish engineer, CV in Turkish
F = "cv_t33_tr_turkce_doktora_demir.txt"
add(F, """ÖZGEÇMİŞ

Ad Soyad      : Burak DEMİR
Doğum Tarihi  : 17.09.1989
Uyruğu        : T.C. (Türkiye Cumhuriyeti)
Askerlik      : Yapıldı (2015, yedek subay)
Medeni Hali   : Evli
Telefon       : +90 532 555 48 17
E-posta       : burak.demir@example.com.tr

KARİYER HEDEFİ
NATO hava ve füze savunması alanında, uluslararası bir ortamda sistem mühendisliği tecrübemi kullanmak.

İŞ DENEYİMİ
Ocak 2019 – halen
    Kıdemli Sistem Mühendisi – ASELSAN A.Ş., Radar ve Elektronik Harp Sistemleri Sektör Başkanlığı, Ankara
    Alman ve Hollandalı ortaklarla ortak test kampanyaları yürüttüm.
Eylül 2013 – Aralık 2018
    Sistem Mühendisi – ROKETSAN A.Ş., Ankara

EĞİTİM
Doktora      : Hacettepe Üniversitesi, Elektrik ve Elektronik Mühendisliği (devam ediyor – tez aşaması)
Yüksek Lisans: Bilkent Üniversitesi, Elektrik ve Elektronik Mühendisliği, 2016
Lisans       : Orta Doğu Teknik Üniversitesi (ODTÜ), Elektrik ve Elektronik Mühendisliği, 2013
Lise         : Ankara Fen Lisesi, 2008

SERTİFİKALAR VE KURSLAR
PMP (Project Management Institute, 2021); INCOSE CSEP (2020); NATO ACCS eğitimi (NCIA, 2017)

YABANCI DİL
İngilizce : İleri (YDS 88 – CEFR C1)
Almanca   : Temel

TEKNİK BECERİLER
MATLAB; Python; DOORS; Systems Engineering (MBSE, SysML)

PROJELER
2020–2023  Hava savunma radarı entegrasyonu – proje teknik lideri
2016–2018  Füze güdüm test düzeneği

HOBİLER
Satranç, dağcılık

REFERANSLAR
Dr. Ayşe Kaya – ASELSAN Program Müdürü – ayse.kaya@example.com.tr
Prof. Dr. Mehmet Öztürk – Bilkent Üniversitesi – +90 312 555 10 00
""", cv_label(
    F, "Burak Demir", "burak.demir@example.com.tr", "+90 532 555 48 17", "Türkiye",
    [("master", "Elektrik ve Elektronik Mühendisliği", "Bilkent Üniversitesi", 2016),
     ("bachelor", "Elektrik ve Elektronik Mühendisliği", "Orta Doğu Teknik Üniversitesi (ODTÜ)", 2013),
     ("secondary", None, "Ankara Fen Lisesi", 2008)],
    False,
    [("Kıdemli Sistem Mühendisi", "ASELSAN A.Ş.", "2019-01", None),
     ("Sistem Mühendisi", "ROKETSAN A.Ş.", "2013-09", "2018-12")],
    [("English", "V", None), ("German", None, None)],
    [],
    ["MATLAB", "Python", "DOORS", "Systems Engineering (MBSE, SysML)"]))


# ------------------------------------------------------------------ t34: Spanish analyst, CV in Spanish
F = "cv_t34_es_espanol_doctoranda_moreno.txt"
add(F, """CURRÍCULUM VÍTAE

Elena MORENO SÁNCHEZ
Calle de Alcalá 210, 28028 Madrid · Tel.: (+34) 612 555 903 · elena.moreno@example.es
Nacionalidad: española · DNI 00000000-T

PERFIL
Analista de inteligencia con más de quince años en el ámbito de la defensa. He trabajado con contrapartes
francesas y marroquíes en el Sahel y he representado a España en grupos de trabajo de la OTAN y de la UE.

EXPERIENCIA PROFESIONAL
Desde septiembre de 2017 — Analista sénior, Centro de Inteligencia de las Fuerzas Armadas (CIFAS), Madrid
Oct. 2009 – ago. 2017 — Técnica superior de análisis, Centro Superior de Estudios de la Defensa Nacional (CESEDEN)
Ene. 2007 – sept. 2009 — Becaria de investigación, Real Instituto Elcano

FORMACIÓN ACADÉMICA
- Licenciada en Ciencias Políticas y de la Administración por la Universidad Complutense de Madrid (2005).
- Máster en Relaciones Internacionales, Institut Barcelona d'Estudis Internacionals (IBEI), 2007.
- Doctoranda en Paz y Seguridad Internacional, UNED (tesis en curso, lectura prevista en 2027).
- Experto Universitario en Servicios de Inteligencia (título propio, 30 ECTS), Universidad Rey Juan Carlos, 2012.
- Bachillerato, IES Ramiro de Maeztu, Madrid, 2000.

IDIOMAS
Español: lengua materna
Inglés: C2 (Cambridge Certificate of Proficiency in English)
Francés: B2 (DELF B2)
Árabe: nociones

INFORMÁTICA
i2 Analyst's Notebook, ArcGIS, Palantir, Microsoft Office

PROYECTOS
2021–2023: Coordinadora del proyecto "Alerta temprana en el Sahel" (financiado por el Ministerio de Defensa).
2019: Miembro del equipo de evaluación del ejercicio Trident Juncture.

PUBLICACIONES
Moreno Sánchez, E. y García Ruiz, P. (2020). "Yihadismo en el Sahel occidental". Revista del IEEE, 15.

AFICIONES
Atletismo, fotografía, cine clásico.

REFERENCIAS
Coronel (R) Javier Ortega – javier.ortega@example.es
""", cv_label(
    F, "Elena Moreno Sánchez", "elena.moreno@example.es", "(+34) 612 555 903", "Spain",
    [("bachelor", "Ciencias Políticas y de la Administración", "Universidad Complutense de Madrid", 2005),
     ("master", "Relaciones Internacionales", "Institut Barcelona d'Estudis Internacionals (IBEI)", 2007),
     ("secondary", None, "IES Ramiro de Maeztu", 2000)],
    False,
    [("Analista sénior", "Centro de Inteligencia de las Fuerzas Armadas (CIFAS)", "2017-09", None),
     ("Técnica superior de análisis", "Centro Superior de Estudios de la Defensa Nacional (CESEDEN)",
      "2009-10", "2017-08"),
     ("Becaria de investigación", "Real Instituto Elcano", "2007-01", "2009-09")],
    [("Spanish", None, None), ("English", "VI", None), ("French", "IV", None), ("Arabic", None, None)],
    [],
    ["i2 Analyst's Notebook", "ArcGIS", "Palantir", "Microsoft Office"]))


# ------------------------------------------------------------------ t35: Swedish officer, Nordic CV
F = "cv_t35_se_nordic_officer_lindgren.txt"
add(F, """Curriculum Vitae – Major Erik Lindgren

Personal details
Born 12 May 1982 in Umeå. Swedish citizen. Married, two children. Lives in Enköping.
Phone +46 70 555 31 84 · erik.lindgren@example.se

About me
Army officer with a background in ground-based air defence and joint planning. I enjoy working in multinational
teams and have served alongside Finnish, Norwegian and Estonian colleagues in the Nordic Battlegroup.

Employment
2021-08 –            Chief of Plans (J5) – Swedish Armed Forces Headquarters (Högkvarteret), Stockholm
2019-08 – 2021-07    Battalion Commander, 61st Air Defence Battalion – Air Defence Regiment (Lv 6), Halmstad
2014-01 – 2017-07    Staff Officer G3 – Nordic Battlegroup 15 (NBG 15), Enköping
2006-08 – 2013-12    Platoon leader, then company commander – Air Defence Regiment (Lv 6)

Education
2017–2019   Higher Staff Officer Course (Högre stabsofficersutbildning, HSU), Swedish Defence University
2012        Magisterexamen (Master of Science, one year) in Political Science, Uppsala University
2003–2006   Officer Programme – Kandidatexamen i krigsvetenskap (Bachelor of Science in War Studies),
            Swedish Defence University (Försvarshögskolan)
2001        Natural Science Programme, Katedralskolan Uppsala (upper secondary)

Languages
Swedish – mother tongue
English – SLP 3333 (2020)
German – B2
Norwegian, Danish – read and understand

Merits and assignments
Member of the Swedish delegation to the NATO Air and Missile Defence Committee (2022–).
Chairman of the regimental orienteering club.

Leisure
Orienteering, sailing in the Stockholm archipelago, reading crime novels by Norwegian authors.

References upon request.
""", cv_label(
    F, "Erik Lindgren", "erik.lindgren@example.se", "+46 70 555 31 84", "Sweden",
    [("master", "Political Science", "Uppsala University", 2012),
     ("bachelor", "krigsvetenskap", "Swedish Defence University (Försvarshögskolan)", 2006),
     ("secondary", None, "Katedralskolan Uppsala", 2001)],
    True,
    [("Chief of Plans (J5)", "Swedish Armed Forces Headquarters (Högkvarteret)", "2021-08", None),
     ("Battalion Commander, 61st Air Defence Battalion", "Air Defence Regiment (Lv 6)", "2019-08", "2021-07"),
     ("Staff Officer G3", "Nordic Battlegroup 15 (NBG 15)", "2014-01", "2017-07"),
     ("Platoon leader, then company commander", "Air Defence Regiment (Lv 6)", "2006-08", "2013-12")],
    [("Swedish", None, None), ("English", None, "3333"), ("German", "IV", None), ("Norwegian", None, None),
     ("Danish", None, None)],
    [],
    []))


# ------------------------------------------------------------------ t36: Czech civilian, dates on the right margin
F = "cv_t36_cz_rightmargin_projects_kral.txt"
add(F, """                                   ONDŘEJ KRÁL
                     Cyber Defence Engineer · Brno, Czech Republic
               ondrej.kral@example.cz · +420 605 555 714 · Citizenship: Czech Republic

PROFESSIONAL EXPERIENCE
Lead Security Architect                                                      03/2020 – present
  National Cyber and Information Security Agency (NÚKIB), Brno
  Design of the government SOC; liaison with NATO NCIA and the EU CERT-EU.
Network Security Engineer                                                   07/2015 – 02/2020
  Czech Armed Forces, Communication and Information Systems Agency (AKIS)
Junior Developer                                                            09/2012 – 06/2015
  Y Soft Corporation, a.s.

PROJECTS
Open-source IDS rule generator "sigmagen" (lead maintainer)                   2019 – present
Locked Shields 2022 – Czech Blue Team, network lead                          04/2022 – 04/2022
Smart-campus sensor network, Brno University of Technology (student project)   2011 – 2012

EDUCATION
Bc. (2010) and Ing. (2012) in Cybernetics and Robotics, Czech Technical University in Prague (ČVUT)
Ph.D. studies in Information Security, Brno University of Technology – interrupted 2014, no degree
Gymnázium Brno, třída Kapitána Jaroše – maturita 2006

CERTIFICATIONS
CISSP (2018) · OSCP (2016) · Cisco CCNP Security (2014)

LANGUAGES
Czech – native | English – C1 | German – B2 | Slovak – passive understanding

SKILLS
Zeek, Suricata, Elastic Stack, Python, Ansible

HOBBIES
Climbing, CTF competitions, amateur radio (call sign OK2XYZ)
""", cv_label(
    F, "Ondřej Král", "ondrej.kral@example.cz", "+420 605 555 714", "Czechia",
    [("bachelor", "Cybernetics and Robotics", "Czech Technical University in Prague (ČVUT)", 2010),
     ("master", "Cybernetics and Robotics", "Czech Technical University in Prague (ČVUT)", 2012),
     ("secondary", None, "Gymnázium Brno, třída Kapitána Jaroše", 2006)],
    False,
    [("Lead Security Architect", "National Cyber and Information Security Agency (NÚKIB)", "2020-03", None),
     ("Network Security Engineer", "Czech Armed Forces", "2015-07", "2020-02"),
     ("Junior Developer", "Y Soft Corporation, a.s.", "2012-09", "2015-06")],
    [("Czech", None, None), ("English", "V", None), ("German", "IV", None), ("Slovak", None, None)],
    [],
    ["Zeek", "Suricata", "Elastic Stack", "Python", "Ansible"]))


# ------------------------------------------------------------------ t37: Polish civil servant, postgraduate studies
F = "cv_t37_pl_podyplomowe_comps_wrobel.txt"
add(F, """Magdalena Wróbel
Obywatelstwo / Citizenship: polskie (Polish)
ul. Puławska 120/4, 02-620 Warszawa | magdalena.wrobel@example.pl | +48 22 555 61 93

SUMMARY
Civil servant in the Ministry of National Defence, responsible for NATO common-funded capability delivery. Regular
contact with Lithuanian and Latvian counterparts; member of the Polish Institute of International Affairs (PISM)
alumni network.

WORK EXPERIENCE
Jun 2018 – now       Chief Specialist, Department of Strategy and Defence Planning
                     Ministry of National Defence (MON), Warsaw
Oct 2012 – May 2018  Senior Specialist, NATO Security Investment Programme
                     Armament Inspectorate (Inspektorat Uzbrojenia), Warsaw
Feb 2009 – Sep 2012  Analyst
                     Polish Institute of International Affairs (PISM)

EDUCATION
mgr (MA) International Relations – University of Warsaw, 2008; lic. (BA) Political Science – University of
Warsaw, 2006
Studia podyplomowe (postgraduate non-degree studies) in Security Management – War Studies University, 2014
Certificate in Public Procurement – Krajowa Szkoła Administracji Publicznej (KSAP), 2013

LANGUAGES
Polish – native
English – NATO level V (Advanced)
Russian – NATO level III (Intermediate)
French – I (Beginner)

COMPETENCIES
Organisational Awareness – understands organisational politics
Clarity and Accuracy – checks own and others' work
Teamwork – solicits inputs

SKILLS
Capability Package drafting; NSIP screening; MS Project; Polish public procurement law

INTERESTS
Ballroom dancing, volunteering at the Warsaw Rising Museum.
""", cv_label(
    F, "Magdalena Wróbel", "magdalena.wrobel@example.pl", "+48 22 555 61 93", "Poland",
    [("master", "International Relations", "University of Warsaw", 2008),
     ("bachelor", "Political Science", "University of Warsaw", 2006)],
    False,
    [("Chief Specialist, Department of Strategy and Defence Planning", "Ministry of National Defence (MON)",
      "2018-06", None),
     ("Senior Specialist, NATO Security Investment Programme", "Armament Inspectorate (Inspektorat Uzbrojenia)",
      "2012-10", "2018-05"),
     ("Analyst", "Polish Institute of International Affairs (PISM)", "2009-02", "2012-09")],
    [("Polish", None, None), ("English", "V", None), ("Russian", "III", None), ("French", "I", None)],
    ["Organisational Awareness", "Clarity and Accuracy", "Teamwork"],
    ["Capability Package drafting", "NSIP screening", "MS Project", "Polish public procurement law"]))


def build():
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
    return [d[0] for d in DOCS]


if __name__ == "__main__":
    print(build())
