"""TXT CVs of corpus 18 (t110-t114). Each document text is written beside its hand-written label; build.py writes
every label first, then the documents."""
import os

from common import CVS, cv_label

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


def r(left, right, width=96):
    """A line with the dates pushed to the right margin with spaces."""
    return left + " " * max(2, width - len(left) - len(right)) + right


# ------------------------------------------------------------------ t110 Slovenia: plain text, dates on the right
# margin padded with spaces, "Present", univerzitetni diplomirani -> bachelor (pre-Bologna 4-year) and magister
F = "cv_t110_si_english_datesrightmargin_present_magister_kovacic.txt"
add(F, "\n".join([
    "MAJA KOVAČIČ",
    "Tržaška cesta 12, 1000 Ljubljana, Slovenia",
    "maja.kovacic@example.si  ·  +386 41 555 207  ·  Nationality: Slovenian",
    "",
    "PROFESSIONAL EXPERIENCE",
    "",
    r("Crisis Management Specialist", "Mar 2019 – Present"),
    "Administration for Civil Protection and Disaster Relief, Ljubljana",
    "  - national contingency plans for floods and earthquakes; liaison with the EU Civil Protection Mechanism",
    "  - desk officer for NATO Civil Emergency Planning (resilience baseline requirements)",
    "",
    r("Analyst, Situation Centre", "Oct 2014 – Feb 2019"),
    "Ministry of Defence of the Republic of Slovenia, Ljubljana",
    "  - daily situation reports; 24/7 shifts",
    "",
    r("Research Assistant", "Jan 2012 – Sep 2014"),
    "Faculty of Social Sciences, University of Ljubljana",
    "",
    "EDUCATION",
    "",
    r("Magister of Defence Studies", "2014"),
    "Faculty of Social Sciences, University of Ljubljana",
    r("University Degree (univ. dipl.) in Political Science", "2011"),
    "Faculty of Social Sciences, University of Ljubljana",
    "",
    "LANGUAGES",
    "Slovenian – mother tongue",
    "English – C1 (Cambridge CAE)",
    "Croatian – C1",
    "German – A2",
    "",
    "IT: ArcGIS, MS Office, Power BI",
    ""]), cv_label(
    F, "Maja Kovačič", "maja.kovacic@example.si", "+386 41 555 207", "Slovenia",
    [("master", "Defence Studies", "Faculty of Social Sciences, University of Ljubljana", 2014),
     ("bachelor", "Political Science", "Faculty of Social Sciences, University of Ljubljana", 2011)],
    False,
    [("Crisis Management Specialist", "Administration for Civil Protection and Disaster Relief", "2019-03", None),
     ("Analyst, Situation Centre", "Ministry of Defence of the Republic of Slovenia", "2014-10", "2019-02"),
     ("Research Assistant", "Faculty of Social Sciences, University of Ljubljana", "2012-01", "2014-09")],
    [("Slovenian", None, None), ("English", "V", None), ("Croatian", "V", None), ("German", None, None)],
    [], ["ArcGIS", "MS Office", "Power BI"]))

# ------------------------------------------------------------------ t111 Estonia: portal export with "Field: value"
# blocks per post, "01.09.2018 – to present", magister and bakalaureus, SLP with plus signs
F = "cv_t111_ee_fieldvalueblocks_ddmmyyyy_topresent_slpplus_tamm.txt"
add(F, """CV – Kristjan Tamm
E-mail: kristjan.tamm@example.ee
Phone: +372 5555 1934
Citizenship: Estonia
Address: Tallinn, Estonia

=== WORK EXPERIENCE ===

Employer: Estonian Defence Forces, Cyber Command
Position: Cyber Defence Analyst
Period: 01.09.2018 – to present
Duties: monitoring of the defence network, incident handling, exercise Locked Shields blue team.

Employer: CERT-EE, Information System Authority (RIA)
Position: Incident Handler
Period: 15.06.2014 – 31.08.2018
Duties: handling of cyber incidents of the public sector.

Employer: Telia Eesti AS
Position: Network Engineer
Period: 01.02.2012 – 31.05.2014

=== EDUCATION ===

Institution: Tallinn University of Technology (TalTech)
Degree: Master of Science (magister) – Cyber Security
Graduated: 2014

Institution: Tallinn University of Technology (TalTech)
Degree: Bachelor of Science (bakalaureus) – Computer Systems
Graduated: 2011

=== LANGUAGES ===
Estonian – native
English – STANAG 6001 SLP 3+3+3+3
Russian – B2
Finnish – basic

=== COMPUTER SKILLS ===
Splunk, Wireshark, Python, Linux
""", cv_label(
    F, "Kristjan Tamm", "kristjan.tamm@example.ee", "+372 5555 1934", "Estonia",
    [("master", "Cyber Security", "Tallinn University of Technology (TalTech)", 2014),
     ("bachelor", "Computer Systems", "Tallinn University of Technology (TalTech)", 2011)],
    False,
    [("Cyber Defence Analyst", "Estonian Defence Forces, Cyber Command", "2018-09", None),
     ("Incident Handler", "CERT-EE, Information System Authority (RIA)", "2014-06", "2018-08"),
     ("Network Engineer", "Telia Eesti AS", "2012-02", "2014-05")],
    [("Estonian", None, None), ("English", None, "3333"), ("Russian", "IV", None), ("Finnish", None, None)],
    [], ["Splunk", "Wireshark", "Python", "Linux"]))

# ------------------------------------------------------------------ t112 Albania: oldest post first ("chronological
# order"), "03/2016 – today", Master Shkencor, Bachelor, English in NATO SLP and Italian CEFR
F = "cv_t112_al_oldestfirst_mmyyyy_today_mastershkencor_hoxha.txt"
add(F, """Curriculum Vitae

Name: Elira Hoxha
Born: 1987, Tirana
Nationality: Albanian
Tel.: +355 69 555 4821
Email: elira.hoxha@example.al

Work experience (in chronological order)

09/2010 – 02/2013   Junior Legal Officer
                    Ministry of Foreign Affairs of Albania, Department of Treaties
04/2013 – 02/2016   Legal Adviser
                    Ministry of Defence of Albania, Legal Directorate
03/2016 – today     Head of Sector for International Agreements
                    Ministry of Defence of Albania, Directorate of Defence Policy
                    - negotiation of status of forces agreements and host nation support MoUs
                    - legal adviser to the Albanian delegation at NATO committees

Education

2008 – 2010   Master Shkencor (Master of Science) in International Law – University of Tirana, Faculty of Law
2005 – 2008   Bachelor in Law – University of Tirana, Faculty of Law

Courses: NATO Legal Advisers Course, NATO School Oberammergau (2017)

Languages
Albanian – mother tongue
English – SLP 3332
Italian – C2
French – A2

Computer: MS Office, Westlaw
""", cv_label(
    F, "Elira Hoxha", "elira.hoxha@example.al", "+355 69 555 4821", "Albania",
    [("master", "International Law", "University of Tirana, Faculty of Law", 2010),
     ("bachelor", "Law", "University of Tirana, Faculty of Law", 2008)],
    False,
    [("Junior Legal Officer", "Ministry of Foreign Affairs of Albania, Department of Treaties", "2010-09", "2013-02"),
     ("Legal Adviser", "Ministry of Defence of Albania, Legal Directorate", "2013-04", "2016-02"),
     ("Head of Sector for International Agreements", "Ministry of Defence of Albania, Directorate of Defence Policy",
      "2016-03", None)],
    [("Albanian", None, None), ("English", None, "3332"), ("Italian", "VI", None), ("French", None, None)],
    [], ["MS Office", "Westlaw"]))

# ------------------------------------------------------------------ t113 North Macedonia: headings underlined with
# "=====", "since 2020" on its own, "2015 – 2020" year-only, ranks stripped, staff college
F = "cv_t113_mk_underlinedheadings_since_yearonly_staffcollege_stojanovski.txt"
add(F, """Aleksandar Stojanovski
======================
Skopje, North Macedonia | a.stojanovski@example.mk | +389 70 555 318
Citizen of the Republic of North Macedonia

Experience
----------
Since 2020
  Staff Officer, Plans and Policy – General Staff of the Army of the Republic of North Macedonia
  J5 branch: force goals and capability targets; NATO Defence Planning Capability Survey.

2015 – 2020
  Company Commander – 1st Mechanized Infantry Brigade
  Deployed with KFOR in 2017 (six months, within the post).

2009 – 2015
  Platoon Leader – 1st Mechanized Infantry Brigade

Education
---------
2019  Command and Staff College, Military Academy "General Mihailo Apostolski", Skopje
2009  Bachelor of Military Science, Military Academy "General Mihailo Apostolski", Skopje

Languages
---------
Macedonian: native
English: SLP 3333 (2021)
Serbian: very good
""", cv_label(
    F, "Aleksandar Stojanovski", "a.stojanovski@example.mk", "+389 70 555 318", "North Macedonia",
    [("bachelor", "Military Science", "Military Academy \"General Mihailo Apostolski\"", 2009)],
    True,
    [("Staff Officer, Plans and Policy", "General Staff of the Army of the Republic of North Macedonia",
      "2020-01", None),
     ("Company Commander", "1st Mechanized Infantry Brigade", "2015-01", "2020-12"),
     ("Platoon Leader", "1st Mechanized Infantry Brigade", "2009-01", "2015-12")],
    [("Macedonian", None, None), ("English", None, "3333"), ("Serbian", None, None)],
    [], []))

# ------------------------------------------------------------------ t114 Iceland: open dash for the current post
# ("2018 –" with nothing after), month names in English, B.Sc./M.Sc. from Icelandic universities
F = "cv_t114_is_opendash_nothingafter_monthnames_bsc_msc_gudmundsdottir.txt"
add(F, """Sigríður Guðmundsdóttir
Reykjavík, Iceland
sigridur.gudmundsdottir@example.is | +354 855 5271
Nationality: Icelandic

SUMMARY
Maritime surveillance and search-and-rescue coordinator with ten years in the Icelandic Coast Guard.

EMPLOYMENT
September 2018 –
    Operations Officer, Joint Rescue Coordination Centre
    Icelandic Coast Guard (Landhelgisgæsla Íslands)
    Coordination of search and rescue and of NATO air policing support at Keflavík.

May 2013 – August 2018
    Watch Officer
    Icelandic Coast Guard (Landhelgisgæsla Íslands)

June 2011 – April 2013
    Navigation Officer
    Eimskip

EDUCATION
M.Sc. Environment and Natural Resources, University of Iceland, 2016
B.Sc. Nautical Science, Reykjavík University, 2011

LANGUAGES
Icelandic (native); English (C2); Danish (B2); Norwegian (B1)

TOOLS
SeaVision, ECDIS, MS Office
""", cv_label(
    F, "Sigríður Guðmundsdóttir", "sigridur.gudmundsdottir@example.is", "+354 855 5271", "Iceland",
    [("master", "Environment and Natural Resources", "University of Iceland", 2016),
     ("bachelor", "Nautical Science", "Reykjavík University", 2011)],
    False,
    [("Operations Officer, Joint Rescue Coordination Centre", "Icelandic Coast Guard (Landhelgisgæsla Íslands)",
      "2018-09", None),
     ("Watch Officer", "Icelandic Coast Guard (Landhelgisgæsla Íslands)", "2013-05", "2018-08"),
     ("Navigation Officer", "Eimskip", "2011-06", "2013-04")],
    [("Icelandic", None, None), ("English", "VI", None), ("Danish", "IV", None), ("Norwegian", None, None)],
    [], ["SeaVision", "ECDIS", "MS Office"]))


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, text, _ in DOCS:
        with open(os.path.join(CVS, file), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return DOCS
