"""TXT CVs of corpus 16 (t98-t103). Each document text is written beside its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t98 UK: civil servant, secondment and acting role as
# their own dated lines, career break, BA (Hons) First Class, "Sep 2019 – Present"
F = "cv_t98_uk_secondment_acting_careerbreak_firstclass_pemberton.txt"
add(F, """CURRICULUM VITAE

ROSALIND PEMBERTON
14 Alder Road, Bristol BS6 7TQ | rosalind.pemberton@example.co.uk | 07700 900562
British citizen

PROFILE
Policy professional with eleven years in defence and security policy, including a secondment to
the Foreign, Commonwealth & Development Office and a period acting up as Deputy Director.

EMPLOYMENT HISTORY

Sep 2019 – Present    Assistant Head, NATO Policy
                      Ministry of Defence, London
                      - Lead the UK input to NATO defence planning capability targets.
  Jan 2023 – Jun 2023 Acting Deputy Director, International Policy (temporary cover)
                      Ministry of Defence, London
  Apr 2021 – Mar 2022 Secondment: Policy Adviser, Euro-Atlantic Security Policy Department
                      Foreign, Commonwealth & Development Office

Jul 2018 – Aug 2019   Career break (travel and caring responsibilities)

Oct 2013 – Jun 2018   Senior Policy Officer
                      Home Office, London

Sep 2011 – Sep 2013   Research Assistant
                      Royal United Services Institute (RUSI)

EDUCATION
2011   MSc International Security, University of Bristol (Distinction)
2010   BA (Hons) History, University of Exeter – First Class Honours
2007   A levels: History, French, Economics – Clifton College

LANGUAGES
English – native
French – fluent (C1)
Spanish – basic

IT
Microsoft 365, Power BI

Security clearance: DV (current). References available on request.
""", cv_label(F, "Rosalind Pemberton", "rosalind.pemberton@example.co.uk", "07700 900562", "United Kingdom",
              [("master", "International Security", "University of Bristol", 2011),
               ("bachelor", "History", "University of Exeter", 2010),
               ("secondary", None, "Clifton College", 2007)],
              False,
              [("Assistant Head, NATO Policy", "Ministry of Defence", "2019-09", None),
               ("Acting Deputy Director, International Policy", "Ministry of Defence", "2023-01", "2023-06"),
               ("Policy Adviser, Euro-Atlantic Security Policy Department",
                "Foreign, Commonwealth & Development Office", "2021-04", "2022-03"),
               ("Senior Policy Officer", "Home Office", "2013-10", "2018-06"),
               ("Research Assistant", "Royal United Services Institute (RUSI)", "2011-09", "2013-09")],
              [("English", None, None), ("French", "V", None), ("Spanish", None, None)],
              [], ["Microsoft 365", "Power BI"]))

# ------------------------------------------------------------------ t99 Canada: English CV, employer in Dublin
# (Ireland), concurrent part-time post, language levels in words only, "2020 – current"
F = "cv_t99_ca_english_dublinemployer_parttime_fluentwords_macaulay.txt"
add(F, """Fiona MacAulay
Ottawa, ON, Canada  ·  fiona.macaulay@example.ca  ·  +1 613 555 0187
Canadian citizen

SUMMARY
Cyber security analyst with eight years in incident response for public and private sector clients.

EXPERIENCE
Senior Incident Response Analyst — Accenture, Dublin, Ireland
March 2020 – current
• Lead analyst for the EMEA public-sector incident response retainer.

Sessional Lecturer (part-time, evenings) — Algonquin College, Ottawa
September 2021 – current
• Teach "Network Forensics" (one course per term).

Information Security Analyst — Canadian Centre for Cyber Security, Ottawa
June 2015 – February 2020

EDUCATION
Master of Engineering, Electrical and Computer Engineering — University of Ottawa, 2015
Bachelor of Computer Science (Honours) — Carleton University, 2013

CERTIFICATIONS
GIAC Certified Incident Handler (GCIH), 2018 · CISSP, 2019

LANGUAGES
English — native
French — fluent
Irish — beginner (evening classes in Dublin)

TECHNICAL SKILLS
Splunk, Wireshark, Volatility, Python
""", cv_label(F, "Fiona MacAulay", "fiona.macaulay@example.ca", "+1 613 555 0187", "Canada",
              [("master", "Electrical and Computer Engineering", "University of Ottawa", 2015),
               ("bachelor", "Computer Science", "Carleton University", 2013)],
              False,
              [("Senior Incident Response Analyst", "Accenture", "2020-03", None),
               ("Sessional Lecturer", "Algonquin College", "2021-09", None),
               ("Information Security Analyst", "Canadian Centre for Cyber Security", "2015-06", "2020-02")],
              [("English", None, None), ("French", None, None), ("Irish", None, None)],
              [], ["Splunk", "Wireshark", "Volatility", "Python"]))

# ------------------------------------------------------------------ t100 Denmark: CV in Danish, officer with NATO OF codes
# in the rank line, "aug. 2021 – nu", SLP, Forsvarsakademiet staff course
F = "cv_t100_dk_dansk_officer_ofkoder_nu_stabskursus_thygesen.txt"
add(F, """CURRICULUM VITAE

Major Kasper Thygesen
Adresse: Ryvangs Allé 1, 2100 København Ø
E-mail: kasper.thygesen@example.dk
Telefon: +45 55 51 23 98
Statsborgerskab: dansk

ERHVERVSERFARING

aug. 2021 – nu
Stabsofficer, J4 Logistik (Major, OF-3)
Værnsfælles Forsvarskommando

jan. 2017 – jul. 2021
Kompagnichef (Kaptajn, OF-2)
Trænregimentet

feb. 2012 – dec. 2016
Delingsfører (Premierløjtnant, OF-1)
Trænregimentet

UDDANNELSE
2020  Videregående Stabskursus, Forsvarsakademiet
2016  Master i Militære Studier (MMS), Forsvarsakademiet
2011  Officersuddannelse og Bachelor i Militære Studier, Hærens Officersskole

SPROG
Dansk: modersmål
Engelsk: STANAG 6001 SLP 3333
Tysk: SLP 2221

IT
SAP, DeMars, MS Office
""", cv_label(F, "Kasper Thygesen", "kasper.thygesen@example.dk", "+45 55 51 23 98", "Denmark",
              [("master", "Militære Studier", "Forsvarsakademiet", 2016),
               ("bachelor", "Militære Studier", "Hærens Officersskole", 2011)],
              True,
              [("Stabsofficer, J4 Logistik", "Værnsfælles Forsvarskommando", "2021-08", None),
               ("Kompagnichef", "Trænregimentet", "2017-01", "2021-07"),
               ("Delingsfører", "Trænregimentet", "2012-02", "2016-12")],
              [("Danish", None, None), ("English", None, "3333"), ("German", None, "2221")],
              [], ["SAP", "DeMars", "MS Office"]))

# ------------------------------------------------------------------ t101 Romania: CV in Romanian, "martie 2019 – prezent",
# Licență / Master, language levels as CEFR in brackets after words
F = "cv_t101_ro_romana_lunicuvinte_prezent_licentamaster_dumitrescu.txt"
add(F, """CURRICULUM VITAE

Date personale
Nume: Andreea-Ioana Dumitrescu
E-mail: andreea.dumitrescu@example.ro
Telefon: +40 721 555 314
Cetățenie: română

Experiență profesională
martie 2019 – prezent
    Consilier juridic superior, Direcția Afaceri Europene și NATO
    Ministerul Apărării Naționale, București
octombrie 2014 – februarie 2019
    Consilier juridic
    Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM)
iulie 2013 – septembrie 2014
    Avocat stagiar
    Baroul București – Cabinet individual Popescu

Educație și formare
2013  Master în Drept internațional public, Universitatea din București
2011  Licență în Drept, Universitatea Babeș-Bolyai, Cluj-Napoca
2007  Diplomă de bacalaureat, Colegiul Național „Gheorghe Șincai”

Limbi străine
engleză – avansat (C1)
franceză – avansat (C1)
italiană – mediu (B1)

Competențe digitale
MS Office, Lex Expert
""", cv_label(F, "Andreea-Ioana Dumitrescu", "andreea.dumitrescu@example.ro", "+40 721 555 314", "Romania",
              [("master", "Drept internațional public", "Universitatea din București", 2013),
               ("bachelor", "Drept", "Universitatea Babeș-Bolyai", 2011),
               ("secondary", None, "Colegiul Național „Gheorghe Șincai”", 2007)],
              False,
              [("Consilier juridic superior", "Ministerul Apărării Naționale", "2019-03", None),
               ("Consilier juridic",
                "Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM)", "2014-10", "2019-02"),
               ("Avocat stagiar", "Cabinet individual Popescu", "2013-07", "2014-09")],
              [("English", "V", None), ("French", "V", None), ("Italian", None, None)],
              [], ["MS Office", "Lex Expert"]))

# ------------------------------------------------------------------ t102 US: résumé, Army officer with "(OF-3)", ILR/SLP,
# concurrent National Guard track, "05/2019 - Present"
F = "cv_t102_us_resume_armyof3_guardconcurrent_slp_ramirezcole.txt"
add(F, """DANIEL RAMIREZ-COLE
Arlington, VA 22201 | (703) 555-0143 | d.ramirezcole@example.com | U.S. citizen

PROFESSIONAL EXPERIENCE
Program Manager, Security Cooperation                                  05/2019 - Present
Defense Security Cooperation Agency (DSCA), Arlington, VA
- Manage Foreign Military Sales cases for six European partner nations (portfolio USD 1.2B).

Plans Officer (Major, OF-3), Virginia Army National Guard              10/2020 - Present
- Traditional drilling guardsman; J5 plans section, 29th Infantry Division.

Logistics Officer, U.S. Army                                           06/2011 - 04/2019
- Captain (OF-2); Support Operations Officer, 173rd Airborne Brigade, Vicenza, Italy (2015-2018).

EDUCATION
M.A., International Affairs – The George Washington University, 2017
B.S., Economics – United States Military Academy, West Point, 2011

LANGUAGES
Spanish: native
Italian: STANAG 6001 SLP 2/2/2/1 (DLPT 2016)
English: native

COMPUTER SKILLS
DSAMS, SCIP, Excel (advanced)
""", cv_label(F, "Daniel Ramirez-Cole", "d.ramirezcole@example.com", "(703) 555-0143", "United States",
              [("master", "International Affairs", "The George Washington University", 2017),
               ("bachelor", "Economics", "United States Military Academy", 2011)],
              False,
              [("Program Manager, Security Cooperation", "Defense Security Cooperation Agency (DSCA)", "2019-05", None),
               ("Plans Officer", "Virginia Army National Guard", "2020-10", None),
               ("Logistics Officer", "U.S. Army", "2011-06", "2019-04")],
              [("Spanish", None, None), ("Italian", None, "2221"), ("English", None, None)],
              [], ["DSAMS", "SCIP", "Excel"]))

# ------------------------------------------------------------------ t103 Norway: English CV of a Norwegian citizen trained in
# Australia (Bachelor (Honours), Australian National University), "Feb 2020 – current", "Hons 1"
F = "cv_t103_no_australiantrained_english_honours_current_solberg.txt"
add(F, """Ingrid Solberg
Geospatial Intelligence Analyst
Tromsø, Norway | ingrid.solberg@example.no | +47 555 43 219
Nationality: Norwegian (Australian permanent resident 2010–2018)

WORK HISTORY
Feb 2020 – current
Senior Geospatial Analyst, Norwegian Defence Research Establishment (FFI), Kjeller

Jul 2015 – Dec 2019
GIS Officer, Geoscience Australia, Canberra

Mar 2014 – Jun 2015 (part-time, 0.5 FTE, while studying)
Research Assistant, Australian National University

QUALIFICATIONS
Master of Remote Sensing and GIS, University of New South Wales, 2015
Bachelor of Science (Honours) in Geography, Australian National University, 2013 – Class I Honours

LANGUAGES
Norwegian (mother tongue), English (C2), Swedish (B2)

SOFTWARE
ArcGIS Pro, ENVI, QGIS, Google Earth Engine
""", cv_label(F, "Ingrid Solberg", "ingrid.solberg@example.no", "+47 555 43 219", "Norway",
              [("master", "Remote Sensing and GIS", "University of New South Wales", 2015),
               ("bachelor", "Geography", "Australian National University", 2013)],
              False,
              [("Senior Geospatial Analyst", "Norwegian Defence Research Establishment (FFI)", "2020-02", None),
               ("GIS Officer", "Geoscience Australia", "2015-07", "2019-12"),
               ("Research Assistant", "Australian National University", "2014-03", "2015-06")],
              [("Norwegian", None, None), ("English", "VI", None), ("Swedish", "IV", None)],
              [], ["ArcGIS Pro", "ENVI", "QGIS", "Google Earth Engine"]))


def build():
    out = []
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
