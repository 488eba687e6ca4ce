from common import Cand as C, X

SLUG = "ndc-course-officer"
# Tags: crs = planning and delivery of academic courses, conferences or professional military education
ESSENTIALS = [
    ("Nationality: national of a NATO member country", True),
    ("University degree in political science, international relations, history, security studies or a related discipline, or attendance at a national or NATO military staff college", True),
    ("At least 3 years' experience in the planning and delivery of academic courses, conferences or professional military education programmes", True),
    ("Experience in coordinating high-level events involving senior military and civilian participants", True),
    ("Languages: English V (Advanced) and French II (Elementary)", True),
    ("Excellent organisational skills and attention to detail", False),
]
CANDS = [
C(1, "Francesca Moretti", "Italy", ["doctorate|International Relations|LUISS Guido Carli|2014"], False, [
    X("Course coordinator", "Centre for Higher Defence Studies (CASD), Rome", "2015-01", "2021-03", "Planned and delivered the senior joint staff course; field studies; hosted general officers and ministers as speakers.", "crs"),
    X("Conference manager", "Istituto Affari Internazionali (IAI)", "2021-04", None, "Organises high-level conferences with defence ministers, chiefs of defence and NATO officials.", "crs"),
 ], "Italian:VI, English:V, French:III", "Clarity and Accuracy=3; Flexibility=3",
 ["course design", "Moodle", "conference management"], "PME course coordinator and conference manager.",
 3, True, "MMMMMM", "PhD IR; 11 y running senior PME courses and high-level conferences; EN V/FR III"),
C(2, "Gérard Fontaine", "France", ["master|History|Université Paris 1 Panthéon-Sorbonne|1995"], True, [
    X("Infantry officer", "Armée de Terre", "1995-09", "2015-08", "Command and staff.", ""),
    X("Course director", "École de Guerre (Paris)", "2015-09", "2022-08", "Planned and delivered the joint staff course; field studies to Allied capitals.", "crs"),
    X("Session coordinator", "Institut des hautes études de défense nationale (IHEDN)", "2022-09", None, "National sessions for senior civilian and military auditors; events with the Minister of the Armed Forces.", "crs"),
 ], "French:VI, English:V", "Initiative=4",
 ["PME", "field studies"], "Retired lieutenant-colonel, PME course director.",
 3, True, "MMMMMM", "Master history + staff college; 10+ y PME course direction and IHEDN sessions; EN V/FR VI"),
C(3, "Bartosz Mazur", "Poland", ["master|Chemistry|University of Warsaw|2004"], True, [
    X("Chemical defence officer", "Polish Armed Forces", "2004-09", "2018-08", "CBRN units and staff.", ""),
    X("Course director", "War Studies University (Warsaw)", "2018-09", None, "Directs the senior staff course; organised the annual conference of Chiefs of Defence of the Bucharest Nine.", "crs"),
 ], "Polish:VI, English:V:3333, French:II", "",
 ["course direction"], "Lieutenant-colonel, chemist by training, staff college graduate.",
 2, True, "MMMMMM", "Chemistry is unrelated but staff college satisfies the alternative; 7+ y PME course direction and CHOD conference"),
C(4, "Maria Santos", "Portugal", ["master|Biology|Universidade de Coimbra|2010"], False, [
    X("Event manager", "Lisbon Congress Centre", "2012-02", None, "Organised EU summits and the 2010s NATO-related conferences, with heads of state and ministers.", "crs"),
 ], "Portuguese:VI, English:V, French:III", "",
 ["event management", "protocol"], "Congress centre event manager with a biology degree.",
 0, False, "MNMMMM", "Degree (biology) outside the listed/related fields and no staff college"),
C(5, "Andreas Schulz", "Germany", ["master|Law|Humboldt-Universität zu Berlin|2012"], False, [
    X("Seminar coordinator", "Federal Academy for Security Policy (BAKS)", "2014-03", None, "Plans and runs the core seminar for senior officials; events with ministers and generals.", "crs"),
 ], "German:VI, English:V, French:II", "Flexibility=3",
 ["seminar management"], "BAKS seminar coordinator with a law degree.",
 2, None, "MTMMMM", "12 y running senior security-policy seminars; whether law is a 'related discipline' must be judged (to assess)"),
C(6, "Ebba Johansson", "Sweden", ["master|Political Science|Lund University|2015"], False, [
    X("Course coordinator", "Swedish Defence University", "2017-01", None, "Coordinates the higher staff course; visits by the Chief of Defence and the Minister.", "crs"),
 ], "Swedish:VI, English:V", "",
 ["course coordination"], "Swedish Defence University course coordinator; no French declared.",
 0, False, "MMMMNM", "Good fit but declares no French: French II is required"),
C(7, "Camille Leclercq", "Belgium", ["master|International Relations|Université libre de Bruxelles|2015"], False, [
    X("Course coordinator", "Royal Higher Institute for Defence (Brussels)", "2016-01", None, "High Studies for Defence course; events with the Chief of Defence.", "crs"),
 ], "French:VI, English:IV, Dutch:III", "",
 ["course coordination"], "Belgian defence institute course coordinator; English IV.",
 0, False, "MMMMNM", "English IV: this notice requires English V specifically (French cannot compensate)"),
C(8, "Lucas Bergeron", "Canada", ["master|Security Studies|University of Ottawa|2022"], False, [
    X("Programme officer", "NATO Association of Canada", "2023-09", None, "Organises youth conferences and panels.", "crs"),
 ], "English:V, French:VI", "",
 ["events"], "Junior programme officer.",
 0, False, "MMNTMM", "About 2 y 9 m of event experience (<3 y); senior participants not shown"),
C(9, "Petra Kovačević", "Croatia", ["master|History|University of Zagreb|2014"], False, [
    X("Study programme coordinator", "University of Zagreb, Faculty of Political Science", "2016-01", None, "Timetables, exams, course evaluations for undergraduate programmes.", "crs"),
 ], "Croatian:VI, English:V, French:III", "Clarity and Accuracy=3",
 ["course administration"], "University programme coordinator.",
 1, None, "MMMTMM", "10 y academic course coordination, but no evidence of high-level events with senior military/civilian participants"),
C(10, "Jake Morrison", "United States", ["bachelor|Tourism|University of Central Florida|2017"], False, [
    X("Barista, later store manager", "Coffee chain", "2017-06", None, "Store operations."),
 ], "English:VI, French:II", "",
 ["Senior Course", "professional military education", "high-level events", "NDC", "conference management", "field studies", "Moodle"],
 "Store manager whose skills list copies the notice.",
 0, False, "MNNNMT", "Keyword stuffer: retail career, unrelated degree, no courses or events behind the skills"),
C(11, "Admiral (ret) Giovanni Conti", "Italy", ["master|Naval Engineering|Accademia Navale|1985"], True, [
    X("Naval officer up to Vice Admiral", "Italian Navy", "1981-09", "2021-08", "Fleet commands; Deputy Chief of Navy Staff.", ""),
 ], "Italian:VI, English:V, French:III", "Leadership=5",
 ["command", "naval operations"], "Retired vice admiral.",
 0, False, "MMNTMM", "Over-qualified but off-topic: 40 y naval command, never planned or delivered courses or conferences"),
C(12, "Milica Jovanović", "Serbia", ["master|Political Science|University of Belgrade|2012"], False, [
    X("Course coordinator", "Serbian Military Academy", "2013-01", None, "PME courses; conferences with senior officers.", "crs"),
 ], "Serbian:VI, English:V, French:II", "",
 ["course coordination"], "Serbian PME coordinator.",
 0, False, "NMMMMM", "Serbian national: not a NATO member country"),
C(13, "Ilze Bērziņa", "Latvia", ["doctorate|Political Science|University of Latvia|2016"], False, [
    X("Course coordinator", "Baltic Defence College (Tartu)", "2017-01", None, "Plans and delivers the Joint Command and General Staff Course and the Higher Command Studies Course; senior leaders' seminars with chiefs of defence and ministers.", "crs"),
 ], "Latvian:VI, English:V, French:II, Russian:V", "Teamwork=2; Initiative=4",
 ["PME", "Moodle", "field studies"], "Baltic Defence College course coordinator, PhD.",
 3, True, "MMMMMM", "PhD pol sci; 9 y coordinating staff/higher command courses and senior seminars at a multinational PME college"),
C(14, "Peter Kováč", "Slovakia", ["master|Security Studies|Armed Forces Academy of General M. R. Štefánik|2010"], True, [
    X("Staff officer", "Slovak Armed Forces", "2010-09", "2019-06", "Operations staff.", ""),
    X("Faculty member and course director", "National Defence Academy (Slovakia)", "2019-07", None, "Directs the general staff course; organised the Slovak Chief of Defence annual conference.", "crs"),
 ], "Slovak:VI, English:V:3333, French:II", "",
 ["course direction"], "Slovak major, course director.",
 2, True, "MMMMMM", "Security studies + staff college; ~7 y course direction incl. CHOD conference; EN V/FR II"),
C(15, "Ioanna Papadaki", "Greece", ["bachelor|International Relations|Panteion University|2018"], False, [
    X("Training assistant", "Diplomatic Academy, Hellenic Ministry of Foreign Affairs", "2021-05", None, "Supports organisation of seminars for junior diplomats; logistics for ministerial visits.", "crs"),
 ], "Greek:VI, English:V, French:II", "",
 ["seminar logistics"], "Junior training assistant.",
 1, True, "MMMMMM", "Meets on paper (5 y seminars, ministerial visits) but a support role without course design"),
C(16, "James Harrington", "United Kingdom", ["doctorate|War Studies|King's College London|2012"], False, [
    X("Conference director", "Royal United Services Institute (RUSI)", "2015-01", None, "Directs the Land Warfare and Air Power conferences with service chiefs and ministers.", "crs"),
 ], "English:VI, French:II", "Flexibility=3",
 ["conference management"], "RUSI conference director, native English speaker.",
 2, True, "MMMMMM", "PhD war studies; 11 y directing senior defence conferences; no PME course experience"),
C(17, "Mihai Stan", "Romania", ["secondary|General education|Colegiul Militar Liceal 'Ștefan cel Mare'|1998"], True, [
    X("Officer", "Romanian Land Forces", "2002-07", "2019-12", "Command and staff.", ""),
    X("Course director", "Carol I National Defence University", "2020-01", None, "Directs the joint staff course; hosts senior Allied lecturers.", "crs"),
 ], "Romanian:VI, English:V:3333, French:II", "",
 ["course direction"], "Lieutenant-colonel, staff college in place of a degree.",
 2, True, "MMMMMM", "Staff college in place of a degree; 6 y PME course direction with senior lecturers"),
C(18, "Ayşe Yıldız", "Türkiye", ["doctorate|International Relations|Bilkent University|2011"], False, [
    X("Lecturer and course coordinator", "Turkish National Defence University (War Colleges)", "2012-02", "2019-05", "Coordinated staff courses.", "crs"),
    X("Courses and conferences manager", "NATO Centre of Excellence Defence Against Terrorism (Ankara)", "2019-06", None, "Plans NATO-accredited courses and the annual conference with Allied generals and ambassadors.", "crs"),
 ], "Turkish:VI, English:V, French:II", "Customer Service Orientation=4",
 ["NATO courses", "conferences"], "COE-DAT courses and conferences manager.",
 3, True, "MMMMMM", "PhD IR; 14 y PME courses, 7 y NATO COE courses and senior conferences"),
C(19, "Elena Rossi", "Italy", ["master|Political Science|Università di Milano|2010"], False, [
    X("Senior event manager", "Trade fair organiser (defence and security exhibitions)", "2012-04", None, "VIP programmes for defence ministers and chiefs of staff at exhibitions and side conferences.", "crs"),
 ], "Italian:VI, English:V, French:II", "",
 ["VIP programmes", "exhibitions"], "Commercial defence exhibition event manager.",
 1, True, "MMMMMM", "Meets on paper (conferences, senior VIPs) but commercial trade-fair events, no academic/PME courses"),
C(20, "Ana Zupan", "Slovenia", ["master|Defence Studies|University of Ljubljana|2017"], False, [
    X("Project officer", "Slovenian Armed Forces, Military Schools Centre", "2018-03", None, "", ""),
 ], "Slovenian:VI, English:V, French:II", "",
 [], "Project officer; the profile gives no description.",
 1, None, "MMTTMM", "Degree fits and 8 y at a military schools centre, but the profile does not say what she did (courses and events to assess)"),
]
