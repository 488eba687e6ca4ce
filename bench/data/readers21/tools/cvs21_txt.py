"""TXT CVs of corpus 21 (t125-t129). Each document text is written beside its hand-written label; build.py writes
every label first, then the documents. Theme: the common case (plain CVs as applicants really send them)."""
import os

from common import CVS, cv_label

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t125 Croatia: plain English CV by a non-native
# speaker ("Personal informations", "Working experience"), dd.mm.yyyy. with the Croatian final dot, "till today",
# Croatian Bologna titles (mag. ing. / univ. bacc. ing.)
F = "cv_t125_hr_plainenglish_nonnative_ddmmyyyydot_tilltoday_magingunivbacc_bosnjak.txt"
add(F, """CURRICULUM VITAE

PERSONAL INFORMATIONS
Name and surname:   Tomislav Bošnjak
Date of birth:      14.05.1986.
Citizenship:        Croatian
Adress:             Ulica grada Vukovara 33, 10000 Zagreb, Croatia
Mobile:             +385 91 555 2718
E-mail:             tomislav.bosnjak@example.hr

WORKING EXPERIENCE

01.02.2020. - till today
Senior expert adviser for communication systems
Ministry of Defence of the Republic of Croatia, Zagreb
 - responsible for planning of CIS projects which are financed from NATO Security Investment Programme
 - preparing of technical specifications and evaluation of offers in public procurement
 - member of national delegation in NATO C3 Board substructure (2021 - 2023)

15.09.2014. - 31.01.2020.
Expert associate for transmission networks
Hrvatski Telekom d.d., Zagreb
 - planning and optimization of microwave and optical transmission network
 - coordination with subcontractors on the field

01.10.2011. - 12.09.2014.
Junior engineer
Končar - Elektronika i informatika d.d., Zagreb
 - testing of SCADA systems for electric power utilities

EDUCATION AND TRAINING

2009. - 2011.   Master of Electrical Engineering and Information Technology (mag. ing. el. techn. inf.)
                University of Zagreb
2006. - 2009.   Bachelor of Electrical Engineering (univ. bacc. ing. el.)
                University of Zagreb

Courses:
2022.  NATO CIS Project Management Course, NATO School Oberammergau (1 week)
2016.  Cisco CCNP Routing and Switching (certificate)

FOREIGN LANGUAGES
Mother tongue: Croatian
English - C1 (Cambridge Certificate in Advanced English, 2013)
German - B1

COMPUTER SKILLS
Cisco IOS, Wireshark, MS Project, MS Office (very good)

OTHER
Driving licence B category. I am prepared to travel and to relocate with my family.
""", cv_label(
    F, "Tomislav Bošnjak", "tomislav.bosnjak@example.hr", "+385 91 555 2718", "Croatia",
    [("master", "Electrical Engineering and Information Technology", "University of Zagreb", 2011),
     ("bachelor", "Electrical Engineering", "University of Zagreb", 2009)],
    False,
    [("Senior expert adviser for communication systems", "Ministry of Defence of the Republic of Croatia", "2020-02", None),
     ("Expert associate for transmission networks", "Hrvatski Telekom d.d.", "2014-09", "2020-01"),
     ("Junior engineer", "Končar - Elektronika i informatika d.d.", "2011-10", "2014-09")],
    [("Croatian", None, None), ("English", "V", None), ("German", None, None)],
    [], ["Cisco IOS", "Wireshark", "MS Project", "MS Office"]))

# ------------------------------------------------------------------ t126 Belgium: federal civil servant, English CV
# ("Sep 2018 – present") followed by a short "Résumé en français" that repeats the posts in French ("depuis
# septembre 2018"); Belgian Master / Bachelier, Selor language certificate
F = "cv_t126_be_federalcivilservant_english_then_resumefrancais_depuis_master_bachelier_delvaux.txt"
add(F, """Sophie Delvaux
Rue de la Station 14, 1300 Wavre, Belgium
+32 475 55 31 62  |  s.delvaux@example.be
Nationality: Belgian

PROFILE
Attachée (level A2) in the Belgian federal administration with twelve years of work on European and
transatlantic security, of which eight in defence policy.

PROFESSIONAL EXPERIENCE

Sep 2018 – present   Attaché
                     Ministère de la Défense, Direction générale Politique de défense, Brussels
                     - Prepares the Belgian positions for the Defence Policy and Planning Committee
                     - Drafts briefings for the Minister and the Chief of Defence ahead of NATO ministerials
                     - Follows the NATO Defence Planning Process for Belgium (capability targets)

Mar 2014 – Aug 2018  Research Fellow
                     Egmont – Royal Institute for International Relations, Brussels
                     - Research on European defence cooperation and burden-sharing; policy briefs

Oct 2011 – Feb 2014  Teaching Assistant
                     Université catholique de Louvain, Louvain-la-Neuve
                     - Seminars in international relations (bachelor level)

EDUCATION
2011   Master en sciences politiques, orientation relations internationales
       Université libre de Bruxelles
2009   Bachelier en sciences humaines et sociales
       Université libre de Bruxelles

LANGUAGES
French: mother tongue
Dutch: C1 (Selor certificate, art. 12, 2019)
English: C1
German: A2

IT
Microsoft Office, SharePoint, NVivo

-----------------------------------------------------------------------------------------------------
RÉSUMÉ EN FRANÇAIS
Depuis septembre 2018 : attachée, Ministère de la Défense (DG Politique de défense) – préparation des
positions belges à l'OTAN.
Mars 2014 – août 2018 : chercheuse, Institut Egmont.
Octobre 2011 – février 2014 : assistante, UCLouvain.
Formation : Master en sciences politiques (ULB, 2011) ; Bachelier en sciences humaines et sociales (ULB, 2009).
Langues : français (langue maternelle), néerlandais (C1), anglais (C1), allemand (A2).
""", cv_label(
    F, "Sophie Delvaux", "s.delvaux@example.be", "+32 475 55 31 62", "Belgium",
    [("master", "sciences politiques", "Université libre de Bruxelles", 2011),
     ("bachelor", "sciences humaines et sociales", "Université libre de Bruxelles", 2009)],
    False,
    [("Attaché", "Ministère de la Défense", "2018-09", None),
     ("Research Fellow", "Egmont – Royal Institute for International Relations", "2014-03", "2018-08"),
     ("Teaching Assistant", "Université catholique de Louvain", "2011-10", "2014-02")],
    [("French", None, None), ("Dutch", "V", None), ("English", "V", None), ("German", None, None)],
    [], ["Microsoft Office", "SharePoint", "NVivo"]))

# ------------------------------------------------------------------ t127 Lithuania: officer's CV, rank line, postings
# in the Lithuanian "yyyy mm" order ("2022 07 – present"), Baltic Defence College JCGSC in military education (staff
# college), a bachelor from the Military Academy and a part-time MPA, STANAG SLP
F = "cv_t127_lt_officer_rank_postings_yyyymmspace_present_bdcoljcgsc_slp_stankevicius.txt"
add(F, """MINDAUGAS STANKEVIČIUS
Major (OF-3), Lithuanian Armed Forces
Citizenship: Republic of Lithuania
Phone: +370 612 55 784     E-mail: m.stankevicius@example.lt
Vilnius, Lithuania

POSTINGS
2022 07 – present    Chief of Operations Planning Branch (J5)
                     Joint Headquarters of the Lithuanian Armed Forces, Vilnius
                     Plans and coordinates national defence plans with the NATO regional plans; national
                     point of contact for the Forward Land Forces brigade planning.

2019 08 – 2021 06    Staff Officer G3
                     Mechanised Infantry Brigade "Iron Wolf", Rukla
                     Brigade exercise planning (IRON WOLF, SABER STRIKE); liaison with the eFP Battle Group.

2015 08 – 2019 07    Company Commander
                     Grand Duke Algirdas Mechanised Infantry Battalion, Rukla

2010 07 – 2015 07    Platoon Leader
                     King Mindaugas Hussar Battalion, Tauragė

MILITARY EDUCATION
2021 08 – 2022 06    Joint Command and General Staff Course (JCGSC), Baltic Defence College, Tartu, Estonia
2014                 Company Commanders Course, Lithuanian Military Academy
2013                 NATO Operational Planning Course, NATO School Oberammergau

CIVILIAN EDUCATION
2014 – 2016          Master of Public Administration (part-time), Mykolas Romeris University
2006 – 2010          Bachelor of Political Science, General Jonas Žemaitis Military Academy of Lithuania

LANGUAGES
Lithuanian – native
English – STANAG 6001 SLP 3-3-3-3 (2020)
Russian – B1
Polish – basic

COMPUTER SKILLS
TOPFAS, MS Office

AWARDS
Medal for Merits to the National Defence System (2018)
""", cv_label(
    F, "Mindaugas Stankevičius", "m.stankevicius@example.lt", "+370 612 55 784", "Lithuania",
    [("master", "Public Administration", "Mykolas Romeris University", 2016),
     ("bachelor", "Political Science", "General Jonas Žemaitis Military Academy of Lithuania", 2010)],
    True,
    [("Chief of Operations Planning Branch (J5)", "Joint Headquarters of the Lithuanian Armed Forces", "2022-07", None),
     ("Staff Officer G3", "Mechanised Infantry Brigade \"Iron Wolf\"", "2019-08", "2021-06"),
     ("Company Commander", "Grand Duke Algirdas Mechanised Infantry Battalion", "2015-08", "2019-07"),
     ("Platoon Leader", "King Mindaugas Hussar Battalion", "2010-07", "2015-07")],
    [("Lithuanian", None, None), ("English", None, "3333"), ("Russian", None, None), ("Polish", None, None)],
    [], ["TOPFAS", "MS Office"]))

# ------------------------------------------------------------------ t128 Montenegro: civil servant's plain CV in
# English, "03/2018 – until now", employers in Montenegrin ("Uprava za kadrove", "Centralna banka Crne Gore"),
# Bologna 3+1 "Specijalističke studije" (labelled bachelor) and a master "magistar ekonomskih nauka"
F = "cv_t128_me_civilservant_plainenglish_mmyyyy_untilnow_employersinmontenegrin_specijalisticke_radulovic.txt"
add(F, """Jelena Radulović
CV

Contact:  Bulevar Svetog Petra Cetinjskog 88, 81000 Podgorica, Montenegro
          +382 67 555 903 / jelena.radulovic@example.me
Nationality: Montenegrin
Date of birth: 02/11/1989

Work experience

03/2018 – until now
Senior Adviser for Defence Planning – Ministry of Defence of Montenegro, Directorate for Defence Policy
Main tasks: coordination of the NATO Defence Planning Capability Survey answers; drafting of the mid-term
defence budget; member of the working group for the Long-Term Defence Development Plan 2019–2028.

09/2014 – 02/2018
Independent Adviser – Uprava za kadrove (Human Resources Management Authority)
Recruitment and training of civil servants, analysis of training needs.

01/2012 – 08/2014
Economist – Centralna banka Crne Gore
Statistics department, monetary and financial statistics.

Education

2012 – 2014  Master studies, title: magistar ekonomskih nauka (Master of Economic Sciences)
             Univerzitet Crne Gore (Faculty of Economics), Podgorica
2011 – 2012  Specijalističke studije (Specialist studies, 60 ECTS) – Finance
             Univerzitet Crne Gore
2008 – 2011  Bachelor studies (180 ECTS) – Economics
             Univerzitet Crne Gore

Trainings: Regional Course on Defence Budgeting, RACVIAC, 2019; Defence Resource Management Course,
Naval Postgraduate School (Monterey), 2021.

Languages
Montenegrin (native); English – C1; Italian – B2; French – A2

Computer skills
SPSS, SAP, MS Office
""", cv_label(
    F, "Jelena Radulović", "jelena.radulovic@example.me", "+382 67 555 903", "Montenegro",
    [("master", "Economic Sciences", "Univerzitet Crne Gore", 2014),
     ("bachelor", "Finance", "Univerzitet Crne Gore", 2012),
     ("bachelor", "Economics", "Univerzitet Crne Gore", 2011)],
    False,
    [("Senior Adviser for Defence Planning", "Ministry of Defence of Montenegro", "2018-03", None),
     ("Independent Adviser", "Uprava za kadrove", "2014-09", "2018-02"),
     ("Economist", "Centralna banka Crne Gore", "2012-01", "2014-08")],
    [("Montenegrin", None, None), ("English", "V", None), ("Italian", "IV", None), ("French", None, None)],
    [], ["SPSS", "SAP", "MS Office"]))

# ------------------------------------------------------------------ t129 Türkiye: engineer in the Turkish defence
# procurement agency, English CV pasted as text, "Sep 2016 - Present", employer renamed in the CV ("Savunma Sanayii
# Başkanlığı (former SSM)"), Lisans / Yüksek Lisans, YDS score, military service status line (not a post)
F = "cv_t129_tr_procurementengineer_english_monabbr_present_lisans_yukseklisans_yds_militaryservicestatus_senturk.txt"
add(F, """BURAK ŞENTÜRK
Ankara, Türkiye | +90 532 555 47 81 | burak.senturk@example.com.tr
Nationality: Turkish | Military service: completed (2017, short term)

SUMMARY
Electrical and electronics engineer with 14 years in air defence programmes, on the industry side and in
the procurement agency.

EXPERIENCE
Project Manager, Air and Missile Defence Systems                                     Sep 2016 - Present
Savunma Sanayii Başkanlığı (former SSM), Ankara
* Managing the contract for a medium-range air defence system (budget, schedule, acceptance tests)
* Turkish representative in the NATO Air and Missile Defence Committee technical sub-group

Systems Engineer                                                                    Jul 2012 - Aug 2016
ASELSAN A.Ş., Ankara
* Requirements analysis and verification of radar fire control systems

EDUCATION
Yüksek Lisans (M.Sc.), Electrical and Electronics Engineering – Orta Doğu Teknik Üniversitesi (METU), 2015
Lisans (B.Sc.), Electrical and Electronics Engineering – Bilkent Üniversitesi, 2012

LANGUAGES
Turkish – native
English – C1 (YDS 88.75/100, 2019)
German – A2

TOOLS
MATLAB, IBM DOORS, Primavera P6
""", cv_label(
    F, "Burak Şentürk", "burak.senturk@example.com.tr", "+90 532 555 47 81", "Türkiye",
    [("master", "Electrical and Electronics Engineering", "Orta Doğu Teknik Üniversitesi", 2015),
     ("bachelor", "Electrical and Electronics Engineering", "Bilkent Üniversitesi", 2012)],
    False,
    [("Project Manager, Air and Missile Defence Systems", "Savunma Sanayii Başkanlığı", "2016-09", None),
     ("Systems Engineer", "ASELSAN A.Ş.", "2012-07", "2016-08")],
    [("Turkish", None, None), ("English", "V", None), ("German", None, None)],
    [], ["MATLAB", "IBM DOORS", "Primavera P6"]))


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, text, _ in DOCS:
        with open(os.path.join(CVS, file), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return DOCS
