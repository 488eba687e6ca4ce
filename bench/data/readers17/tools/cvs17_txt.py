"""TXT CVs of corpus 17 (t104-t109). Each document text is written beside its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t104 Poland: plain-text paste into a portal box,
# English of a non-native writer, "from 03.2018 to date", dates after the title, magister inżynier, STANAG in words
F = "cv_t104_pl_plainpaste_datesafter_todate_magisterinz_stanagwords_grabowski.txt"
add(F, """Curriculum Vitae - Tomasz Grabowski
Personal data:
Address: ul. Kościuszki 41/7, 85-079 Bydgoszcz, Poland
Mobile: +48 601 555 284
E-mail: t.grabowski@example.pl
Date of birth: 11.02.1984
Citizenship: Polish

Professional experience:

Chief Specialist for Logistics Planning, from 03.2018 to date
Inspectorate for Armed Forces Support (Inspektorat Wsparcia Sił Zbrojnych), Bydgoszcz
- planning of host nation support for Allied exercises (DEFENDER, ANAKONDA)
- coordination with NSPA and JSEC on movement of forces

Senior Specialist, Movement Control, from 09.2013 to 02.2018
Inspectorate for Armed Forces Support (Inspektorat Wsparcia Sił Zbrojnych), Bydgoszcz

Logistics Officer, from 07.2008 to 08.2013
2nd Logistics Base (2 Regionalna Baza Logistyczna), Warsaw
- I was responsible for the fuel and ammunition supply of the units in the region

Education:
2003-2008 Military University of Technology (Wojskowa Akademia Techniczna), Warsaw
          magister inżynier (MSc Eng.) - Logistics
2012-2013 Postgraduate studies - Management of Public Procurement, Kozminski University

Languages:
English - STANAG 6001 level 3 (listening), 3 (speaking), 3 (reading), 2 (writing)
Russian - basic
Polish - mother tongue

Computer skills: MS Office, SAP, LOGFAS

I agree to the processing of personal data included in my application for the needs of the recruitment process.
""", cv_label(F, "Tomasz Grabowski", "t.grabowski@example.pl", "+48 601 555 284", "Poland",
              [("master", "Logistics", "Military University of Technology (Wojskowa Akademia Techniczna)", 2008)],
              False,
              [("Chief Specialist for Logistics Planning",
                "Inspectorate for Armed Forces Support (Inspektorat Wsparcia Sił Zbrojnych)", "2018-03", None),
               ("Senior Specialist, Movement Control",
                "Inspectorate for Armed Forces Support (Inspektorat Wsparcia Sił Zbrojnych)", "2013-09", "2018-02"),
               ("Logistics Officer", "2nd Logistics Base (2 Regionalna Baza Logistyczna)", "2008-07", "2013-08")],
              [("English", None, "3332"), ("Russian", None, None), ("Polish", None, None)],
              [], ["MS Office", "SAP", "LOGFAS"]))

# ------------------------------------------------------------------ t105 Türkiye: English, "Title (Oct 2017 – ongoing)",
# explained gap, military service short post, YÖK "Lisans"/"Yüksek Lisans" in English words, CEFR letters
F = "cv_t105_tr_english_titleparendates_ongoing_gapexplained_yilmazer.txt"
add(F, """SELIN YILMAZER
Ankara, Turkey | +90 532 555 71 46 | selin.yilmazer@example.com.tr
Nationality: Turkish   Date of Birth: 1988

ABOUT ME
Procurement and contract management professional. I have worked nine years in defence industry and in the
Presidency of Defence Industries. I am applying to NATO because I want to work in a multinational environment.

WORK EXPERIENCE
Contracts Manager (Oct 2017 – ongoing)
Presidency of Defence Industries (SSB) – Ankara
   Negotiation and management of international co-production contracts; offset obligations.

Career gap (Jan 2016 – Sep 2017): Maternity leave and relocation of my family to Ankara.

Procurement Specialist (Jun 2012 – Dec 2015)
ASELSAN A.Ş. – Ankara
   Sourcing of electronic components, supplier evaluation, export licences.

Intern (Jul 2011 – Aug 2011)
Turkish Aerospace Industries (TUSAŞ)

EDUCATION
M.A. in International Relations – Bilkent University, 2014
B.Sc. in Industrial Engineering – Middle East Technical University (METU), 2011

LANGUAGES
Turkish: native
English: C1 (YDS 91.25)
German: A2

COMPUTER
SAP Ariba, MS Excel (advanced)
""", cv_label(F, "Selin Yilmazer", "selin.yilmazer@example.com.tr", "+90 532 555 71 46", "Türkiye",
              [("master", "International Relations", "Bilkent University", 2014),
               ("bachelor", "Industrial Engineering", "Middle East Technical University (METU)", 2011)],
              False,
              [("Contracts Manager", "Presidency of Defence Industries (SSB)", "2017-10", None),
               ("Procurement Specialist", "ASELSAN A.Ş.", "2012-06", "2015-12"),
               ("Intern", "Turkish Aerospace Industries (TUSAŞ)", "2011-07", "2011-08")],
              [("Turkish", None, None), ("English", "V", None), ("German", None, None)],
              [], ["SAP Ariba", "MS Excel"]))

# ------------------------------------------------------------------ t106 Greece: several posts at one employer under
# one capitals heading, dates before title with seasons, "Citizenship: Greek", Ptychio/MSc
F = "cv_t106_gr_oneemployer_manyposts_seasons_citizenshipgreek_papanikolaou.txt"
add(F, """ANDREAS PAPANIKOLAOU
Civil Engineer (M.Sc.) - Infrastructure Programme Management
Thessaloniki, Greece - andreas.papanikolaou@example.gr - +30 697 555 3108
Citizenship: Greek

====================================================================
PROFESSIONAL EXPERIENCE
====================================================================

HELLENIC MINISTRY OF NATIONAL DEFENCE - General Directorate for Defence Investments and Armaments
  Spring 2019 - present     Head of Infrastructure Projects Section
                            NATO Security Investment Programme (NSIP) projects in Greece, host nation role.
  Autumn 2015 - Winter 2018 Project Engineer
                            Supervision of airfield pavement and fuel system works at Souda Bay.

EGNATIA ODOS S.A.
  Summer 2010 - Summer 2015 Site Engineer
                            Motorway bridges, quality control.

Military service: Hellenic Army Corps of Engineers, 2009 - 2010 (conscript)

====================================================================
EDUCATION
====================================================================
2009  M.Sc. Construction Management - University of Manchester
2008  Diploma (5-year) in Civil Engineering - Aristotle University of Thessaloniki

====================================================================
LANGUAGES
====================================================================
Greek (mother tongue), English (Proficiency, C2), French (DELF B1), Italian (basic)

SOFTWARE: AutoCAD, Primavera P6, MS Project
""", cv_label(F, "Andreas Papanikolaou", "andreas.papanikolaou@example.gr", "+30 697 555 3108", "Greece",
              [("master", "Construction Management", "University of Manchester", 2009),
               ("master", "Civil Engineering", "Aristotle University of Thessaloniki", 2008)],
              False,
              [("Head of Infrastructure Projects Section",
                "HELLENIC MINISTRY OF NATIONAL DEFENCE - General Directorate for Defence Investments and Armaments",
                "2019-03", None),
               ("Project Engineer",
                "HELLENIC MINISTRY OF NATIONAL DEFENCE - General Directorate for Defence Investments and Armaments",
                "2015-09", "2018-12"),
               ("Site Engineer", "EGNATIA ODOS S.A.", "2010-06", "2015-06")],
              [("Greek", None, None), ("English", "VI", None), ("French", None, None), ("Italian", None, None)],
              [], ["AutoCAD", "Primavera P6", "MS Project"]))

# ------------------------------------------------------------------ t107 Lithuania: only years, overlapping reserve
# (KASP) and civilian post, "2019 – to date", bakalauras/magistras in English words
F = "cv_t107_lt_yearsonly_overlapping_reserve_civil_todate_jankauskas.txt"
add(F, """Mindaugas Jankauskas
Vilnius, Lithuania
E: mindaugas.jankauskas@example.lt  T: +370 612 55 419
Nationality: Lithuanian

EXPERIENCE
2019 – to date   Cyber Security Analyst, National Cyber Security Centre (NKSC) under the Ministry of National Defence
2017 – to date   Platoon Commander (part-time volunteer), Lithuanian Riflemen's Union
2014 – 2018      Network Administrator, Telia Lietuva
2012 – 2014      IT Support Specialist, Vilnius Gediminas Technical University

EDUCATION
2016  Master's degree in Information Systems Engineering, Kaunas University of Technology
2012  Bachelor's degree in Computer Engineering, Vilnius Gediminas Technical University

LANGUAGES
Lithuanian – native; English – B2; Russian – B1; Polish – A2

TECHNICAL SKILLS
Splunk, Wireshark, Linux, Python
Certificates: CompTIA Security+, GCIH
""", cv_label(F, "Mindaugas Jankauskas", "mindaugas.jankauskas@example.lt", "+370 612 55 419", "Lithuania",
              [("master", "Information Systems Engineering", "Kaunas University of Technology", 2016),
               ("bachelor", "Computer Engineering", "Vilnius Gediminas Technical University", 2012)],
              False,
              [("Cyber Security Analyst",
                "National Cyber Security Centre (NKSC) under the Ministry of National Defence", "2019-01", None),
               ("Platoon Commander", "Lithuanian Riflemen's Union", "2017-01", None),
               ("Network Administrator", "Telia Lietuva", "2014-01", "2018-12"),
               ("IT Support Specialist", "Vilnius Gediminas Technical University", "2012-01", "2014-12")],
              [("Lithuanian", None, None), ("English", "IV", None), ("Russian", None, None), ("Polish", None, None)],
              [], ["Splunk", "Wireshark", "Linux", "Python"]))

# ------------------------------------------------------------------ t108 France: CV in French, "depuis janv. 2020 (en
# cours)", abbreviated months, "à ce jour", Master/Licence, several posts at one ministry
F = "cv_t108_fr_francais_moisabreges_acejour_encours_master_blanchard.txt"
add(F, """Claire BLANCHARD
Juriste en droit international humanitaire
12, rue des Tanneurs – 67000 Strasbourg
claire.blanchard@example.fr – 06 55 51 20 47
Nationalité : française

EXPÉRIENCE PROFESSIONNELLE

janv. 2020 – à ce jour
Conseillère juridique – Direction des affaires juridiques, ministère des Armées
Conseil juridique aux états-majors sur le droit des conflits armés ; participation aux exercices OTAN.

sept. 2016 – déc. 2019
Chargée d'études droit international – Direction des affaires juridiques, ministère des Armées

févr. 2014 – juil. 2016
Juriste – Comité international de la Croix-Rouge (CICR)

FORMATION
2013 – Master 2 Droit international public, Université de Strasbourg
2011 – Licence en droit, Université de Strasbourg
2008 – Baccalauréat ES

LANGUES
Anglais : C1 – Allemand : B2 – Espagnol : notions

INFORMATIQUE
Pack Office, Lexbase
""", cv_label(F, "Claire Blanchard", "claire.blanchard@example.fr", "06 55 51 20 47", "France",
              [("master", "Droit international public", "Université de Strasbourg", 2013),
               ("bachelor", "droit", "Université de Strasbourg", 2011),
               ("secondary", None, None, 2008)],
              False,
              [("Conseillère juridique", "Direction des affaires juridiques, ministère des Armées", "2020-01", None),
               ("Chargée d'études droit international", "Direction des affaires juridiques, ministère des Armées",
                "2016-09", "2019-12"),
               ("Juriste", "Comité international de la Croix-Rouge (CICR)", "2014-02", "2016-07")],
              [("English", "V", None), ("German", "IV", None), ("Spanish", None, None)],
              [], ["Pack Office", "Lexbase"]))

# ------------------------------------------------------------------ t109 Montenegro: English, "Sept. 2019 - present",
# CEFR self-assessment grid typed in text, nationality only in the passport line
F = "cv_t109_me_english_cefrgridtext_present_passportline_vukovic.txt"
add(F, """Jelena Vuković
Podgorica, Montenegro
Phone: +382 67 555 902 | Email: jelena.vukovic@example.me
Passport: Montenegrin (valid until 2031)

WORK EXPERIENCE
Sept. 2019 - present      Senior Adviser for Euro-Atlantic Integration
                          Ministry of Defence of Montenegro
Mar. 2015 - Aug. 2019     Adviser, Department for International Cooperation
                          Ministry of Foreign Affairs of Montenegro
Oct. 2012 - Feb. 2015     Project Assistant
                          OSCE Mission to Montenegro

EDUCATION
Master of Political Science (International Relations), University of Montenegro, 2014
Bachelor of Political Science, University of Montenegro, 2012

LANGUAGE SKILLS (self-assessment, CEFR)
                 Listening  Reading  Spoken interaction  Spoken production  Writing
English          C1         C1       C1                  C1                 C1
French           B1         B1       A2                  A2                 A2
Italian          B2         B2       B2                  B2                 B2

IT: MS Office, SharePoint
""", cv_label(F, "Jelena Vuković", "jelena.vukovic@example.me", "+382 67 555 902", "Montenegro",
              [("master", "Political Science (International Relations)", "University of Montenegro", 2014),
               ("bachelor", "Political Science", "University of Montenegro", 2012)],
              False,
              [("Senior Adviser for Euro-Atlantic Integration", "Ministry of Defence of Montenegro", "2019-09", None),
               ("Adviser, Department for International Cooperation", "Ministry of Foreign Affairs of Montenegro",
                "2015-03", "2019-08"),
               ("Project Assistant", "OSCE Mission to Montenegro", "2012-10", "2015-02")],
              [("English", "V", None), ("French", None, None), ("Italian", "IV", None)],
              [], ["MS Office", "SharePoint"]))


def build():
    for file, text, label in DOCS:
        write_label(CVS, label)
        write_text(CVS, file, text)
    return DOCS
