"""TXT CVs of corpus 6 (t38-t43). Each document is followed by its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t38: Polish civilian, Polish month abbreviations,
# nationality only in an identity-document line, CEFR self-assessment grid with the A1-C2 legend
F = "cv_t38_pl_passportline_cefrgrid_mazur.txt"
add(F, """KATARZYNA MAZUR-KOWALCZYK
Defence acquisition and offset analyst
ul. Grójecka 114/6, 02-367 Warszawa
M: +48 601 555 247 | E: k.mazur.kowalczyk@example.pl
Identity document: Polish passport (EU), valid until 2032
linkedin.com/in/kmazurkowalczyk-example

PROFILE
Procurement analyst with fourteen years in the Polish defence acquisition system and in advisory work.
Negotiated industrial participation (offset) agreements with suppliers from the United States, Korea and
Norway, and represented Poland in the NSPA Logistics Stock Exchange user group.

PROFESSIONAL EXPERIENCE

wrz 2019 – obecnie
Senior Specialist, Offset Programmes
Ministry of National Defence (MON), Offset Office, Warszawa
- Preparation and monitoring of offset agreements linked to air and missile defence contracts.
- Reporting to the Offset Committee; coordination with the Armament Agency.

lut 2015 – sie 2019
Procurement Officer
Inspectorate for Armament (Inspektorat Uzbrojenia), Warszawa
- Tender documentation for C4ISR and engineering equipment under Directive 2009/81/EC.

paź 2012 – sty 2015
Consultant, Public Sector Advisory
PwC Polska, Warszawa

EDUCATION

2012   magister (mgr) – Stosunki międzynarodowe – Uniwersytet Warszawski
2010   licencjat (lic.) – Ekonomia – Szkoła Główna Handlowa w Warszawie (SGH)
2016–17  Studia podyplomowe "Zamówienia publiczne" (non-degree postgraduate studies) – Akademia Leona Koźmińskiego

LANGUAGES – self-assessment (Common European Framework of Reference)

            Understanding          Speaking                               Writing
            Listening  Reading     Spoken interaction  Spoken production
Polish      mother tongue
English     C1         C1          C1                  C1                 C1
French      B2         B2          B2                  B2                 B2
Russian     B1         B1          B1                  B1                 B1
Levels: A1/A2: Basic user - B1/B2: Independent user - C1/C2: Proficient user

SKILLS
SAP MM; Excel (VBA); offset agreement negotiation; life-cycle cost analysis

HOBBIES
Mountain running (Tatra Sky Marathon 2023), volunteer guide at the Warsaw Uprising Museum.

REFERENCES
Dr. Tomasz Wilk, Director, Casimir Pulaski Foundation, t.wilk@example.pl, +48 22 555 0190
Anna Zięba, former Head of Section, Inspectorate for Armament, a.zieba@example.pl
""", cv_label(
    F, "Katarzyna Mazur-Kowalczyk", "k.mazur.kowalczyk@example.pl", "+48 601 555 247", "Poland",
    [("master", "Stosunki międzynarodowe", "Uniwersytet Warszawski", 2012),
     ("bachelor", "Ekonomia", "Szkoła Główna Handlowa w Warszawie (SGH)", 2010)],
    False,
    [("Senior Specialist, Offset Programmes", "Ministry of National Defence (MON)", "2019-09", None),
     ("Procurement Officer", "Inspectorate for Armament (Inspektorat Uzbrojenia)", "2015-02", "2019-08"),
     ("Consultant, Public Sector Advisory", "PwC Polska", "2012-10", "2015-01")],
    [("Polish", None, None), ("English", "V", None), ("French", "IV", None), ("Russian", "III", None)],
    [],
    ["SAP MM", "Excel (VBA)", "offset agreement negotiation", "life-cycle cost analysis"]))


# ------------------------------------------------------------------ t39: Czech academic CV, compressed year ranges,
# publications, grants, supervision, referees
F = "cv_t39_cz_academic_publications_horakova.txt"
add(F, """doc. Mgr. Petra Horáková, Ph.D.
Associate Professor of International Security
Department of Political Science, Faculty of Social Studies, Masaryk University
Joštova 10, 602 00 Brno
petra.horakova@example.cz | +420 549 555 318
Born 1983 in Jihlava. Citizenship: CZ
ORCID: 0000-0002-5555-0142

ACADEMIC APPOINTMENTS
2022–       Associate Professor (docent), Masaryk University
2015–22     Assistant Professor, Masaryk University
2013–15     Researcher, Institute of International Relations Prague (ÚMV)

EDUCATION
2013   Ph.D. in International Relations, Masaryk University
       Dissertation: "Alliance burden-sharing after Wales: a process-tracing study"
2009   Mgr. in Security and Strategic Studies, Masaryk University
2007   Bc. in Political Science, Masaryk University
2021   Habilitation procedure (docent) in Political Science completed, Masaryk University

GRANTS
2021–23   Czech Science Foundation (GAČR) 21-05555S "Deterrence on NATO's eastern flank", principal investigator
2017–19   NATO Public Diplomacy Division co-sponsorship grant, conference "Czechia in NATO: 20 years"

SELECTED PUBLICATIONS
Horáková, P. & Novotný, J. (2023). Deterrence by denial on NATO's eastern flank. Contemporary Security Policy
   44(3): 301–325.
Horáková, P. (2020). Counting contributions: burden-sharing metrics in NATO. European Security 29(2): 188–207.
Horáková, P., Dvořák, M. & Lindgren, E. (2017). Small allies and the 2% guideline. Defence Studies 17(4): 355–374.

CONFERENCE PAPERS
ISA Annual Convention, Montréal, 2023 – "Denial without forward defence?"
EISA Pan-European Conference, Sofia, 2019 – "Measuring alliance solidarity"

TEACHING AND SUPERVISION
Courses: Theories of International Security (MA), NATO and European Defence (BA).
Supervised 14 master's theses (2016–2024) and 2 doctoral theses (2019–2025).

RESEARCH SKILLS
process tracing; qualitative comparative analysis (QCA); Stata; NVivo

LANGUAGES
Czech – native
English – C2 (Cambridge CPE, 2008)
German – B2
Russian – reading knowledge

REFEREES
prof. PhDr. Karel Vondráček, Ph.D., Masaryk University – vondracek@example.cz
Prof. Siobhán Walsh, University College Cork – s.walsh@example.ie
""", cv_label(
    F, "Petra Horáková", "petra.horakova@example.cz", "+420 549 555 318", "Czechia",
    [("doctorate", "International Relations", "Masaryk University", 2013),
     ("master", "Security and Strategic Studies", "Masaryk University", 2009),
     ("bachelor", "Political Science", "Masaryk University", 2007)],
    False,
    [("Associate Professor (docent)", "Masaryk University", "2022-01", None),
     ("Assistant Professor", "Masaryk University", "2015-01", "2022-12"),
     ("Researcher", "Institute of International Relations Prague (ÚMV)", "2013-01", "2015-12")],
    [("Czech", None, None), ("English", "VI", None), ("German", "IV", None), ("Russian", None, None)],
    [],
    ["process tracing", "qualitative comparative analysis (QCA)", "Stata", "NVivo"]))


# ------------------------------------------------------------------ t40: Romanian officer, postings and courses,
# dual nationality (one non-member), "01/2019 – present", deployments and courses with dates that are not postings
F = "cv_t40_ro_officer_postings_courses_constantinescu.txt"
add(F, """CURRICULUM VITAE (MILITARY)

Lt Col (OF-4) Andrei-Mihai CONSTANTINESCU
Romanian Land Forces
Citizenship: Romanian and Moldovan (dual)
Mobile: +40 722 555 613  |  E-mail: andrei.constantinescu@example.ro

POSTINGS (most recent first)
01/2019 – present    Chief, Plans Branch (G5) – Headquarters Multinational Division South-East (HQ MND-SE), Bucharest
08/2016 – 12/2018    Staff Officer, J3 Operations – Joint Forces Command (Comandamentul Forțelor Întrunite), Bucharest
07/2012 – 07/2014    Company Commander – 26th Infantry Battalion "Neagoe Basarab", Craiova
07/2008 – 06/2012    Platoon Leader – 26th Infantry Battalion "Neagoe Basarab", Craiova

OPERATIONAL DEPLOYMENTS (while posted to the units above)
02/2010 – 08/2010    ISAF, Zabul Province, Afghanistan – platoon leader with the battalion task force
03/2018 – 09/2018    Resolute Support, Kandahar – staff officer, Train Advise Assist Command South

EDUCATION
2014 – 2016   Master's degree in Security and Defence (Command and Staff programme, full-time resident)
              "Carol I" National Defence University, Bucharest
2004 – 2008   Bachelor's degree (licență) in Military Sciences
              "Nicolae Bălcescu" Land Forces Academy, Sibiu

COURSES
03/2021 – 04/2021    Comprehensive Operations Planning Course – NATO School Oberammergau
09/2015 – 12/2015    Staff English Course (STANAG 6001 level 3) – Regional Department of Defense Resources
                     Management Studies, Brașov
02/2009 – 05/2009    Infantry Officer Basic Course – Infantry School, Pitești

LANGUAGES
Romanian – native
English – SLP 3-3-3-3 (2019)
French – SLP 2+2+2+1 (2015)

DECORATIONS
Emblem of Merit "In the Service of the Romanian Army", 3rd class; NATO Non-Article 5 Medal (ISAF).

REFERENCES
Col (ret.) Ion Dumitrescu, former Commander, 2nd Infantry Division "Getica", ion.dumitrescu@example.ro
""", cv_label(
    F, "Andrei-Mihai Constantinescu", "andrei.constantinescu@example.ro", "+40 722 555 613", "Romania",
    [("master", "Security and Defence", "\"Carol I\" National Defence University", 2016),
     ("bachelor", "Military Sciences", "\"Nicolae Bălcescu\" Land Forces Academy", 2008)],
    True,
    [("Chief, Plans Branch (G5)", "Headquarters Multinational Division South-East (HQ MND-SE)", "2019-01", None),
     ("Staff Officer, J3 Operations", "Joint Forces Command (Comandamentul Forțelor Întrunite)", "2016-08", "2018-12"),
     ("Company Commander", "26th Infantry Battalion \"Neagoe Basarab\"", "2012-07", "2014-07"),
     ("Platoon Leader", "26th Infantry Battalion \"Neagoe Basarab\"", "2008-07", "2012-06")],
    [("Romanian", None, None), ("English", None, "3333"), ("French", None, "2221")],
    [],
    []))


# ------------------------------------------------------------------ t41: Hungarian civilian, experience oldest first but
# education newest first, Hungarian month abbreviations, skills matrix as a text table
F = "cv_t41_hu_mixedorder_skillsmatrix_toth.txt"
add(F, """Eszter Tóth
Budget and financial analyst
1117 Budapest, Október huszonharmadika u. 8. | +36 30 555 4471 | eszter.toth@example.hu
Nationality: Hungarian

WORK EXPERIENCE (in chronological order)

2011. szept. – 2014. aug.
Audit Assistant, KPMG Hungary (KPMG Tanácsadó Kft.), Budapest
Audits of public-sector clients and state-owned enterprises.

2014. szept. – 2018. febr.
Budget Officer, Ministry of Defence (Honvédelmi Minisztérium), Budapest
Preparation of the annual defence budget chapter; reporting of NATO common-funded contributions.

2018. márc. – jelenleg
Senior Budget Analyst, Hungarian Defence Forces Command (Magyar Honvédség Parancsnoksága), Budapest
Multi-year financial planning for the Zrínyi defence development programme; IPSAS reporting.

EDUCATION (most recent first)

2011   MSc in Finance (okleveles közgazdász) – Corvinus University of Budapest
2009   BA in Business Administration – Széchenyi István University, Győr
2005   Érettségi (secondary school leaving exam) – Révai Miklós Gimnázium, Győr

SKILLS MATRIX

Skill                     | Level (1-5) | Years
--------------------------+-------------+------
SAP FI/CO                 |      4      |   8
Excel / Power Query       |      5      |  12
IPSAS accounting          |      4      |   6
NATO Common Funding       |      3      |   5

LANGUAGES
Hungarian: mother tongue
English: C1 (ECL C1 state exam)
German: B2 (Goethe-Zertifikat B2)

OTHER ACTIVITIES
Treasurer (volunteer) of the Győr Rowing Club since 2015; half-marathon runner.
""", cv_label(
    F, "Eszter Tóth", "eszter.toth@example.hu", "+36 30 555 4471", "Hungary",
    [("master", "Finance", "Corvinus University of Budapest", 2011),
     ("bachelor", "Business Administration", "Széchenyi István University", 2009),
     ("secondary", None, "Révai Miklós Gimnázium", 2005)],
    False,
    [("Audit Assistant", "KPMG Hungary (KPMG Tanácsadó Kft.)", "2011-09", "2014-08"),
     ("Budget Officer", "Ministry of Defence (Honvédelmi Minisztérium)", "2014-09", "2018-02"),
     ("Senior Budget Analyst", "Hungarian Defence Forces Command (Magyar Honvédség Parancsnoksága)", "2018-03", None)],
    [("Hungarian", None, None), ("English", "V", None), ("German", "IV", None)],
    [],
    ["SAP FI/CO", "Excel / Power Query", "IPSAS accounting", "NATO Common Funding"]))


# ------------------------------------------------------------------ t42: NATO-style Personal History Form export, Albanian
F = "cv_t42_al_phf_export_shehu.txt"
add(F, """NATO INTERNATIONAL STAFF - PERSONAL HISTORY FORM (PHF)
Export from the candidate portal - vacancy reference 270331 - generated 02/12/2026 14:07

SECTION 1 - PERSONAL PARTICULARS
Family name ..................... SHEHU
Given name(s) ................... Arta
Date of birth (dd/mm/yyyy) ...... 14/05/1988
Place and country of birth ...... Durrës, Albania
Nationality at birth ............ Albanian
Present nationality(ies) ........ Albanian
E-mail .......................... arta.shehu@example.al
Mobile telephone ................ +355 69 555 4127
Permanent address ............... Rruga e Kavajës 58, Tirana

SECTION 2 - EDUCATION (university, then secondary)
2.1  Institution: University of Tirana, Faculty of Economics
     From: 10/2006   To: 07/2009
     Degree/diploma obtained: Bachelor (Diplomë e Nivelit të Parë)
     Main field of study: Finance
2.2  Institution: University of Tirana, Faculty of Economics
     From: 10/2009   To: 07/2011
     Degree/diploma obtained: Master of Science (Master Shkencor)
     Main field of study: Accounting and Auditing
2.3  Institution: Gjimnazi "Jani Kukuzeli", Durrës
     From: 09/2002   To: 06/2006
     Degree/diploma obtained: Matura Shtetërore (State Matura)
     Main field of study: -

SECTION 3 - LANGUAGES
Language   | Mother tongue | Read       | Write      | Speak      | Understand | NATO level (self-assessed)
Albanian   | Yes           |            |            |            |            |
English    | No            | Easily     | Easily     | Easily     | Easily     | V
Italian    | No            | Easily     | Not easily | Easily     | Easily     | IV
French     | No            | Not easily | Not easily | Not easily | Easily     | -

SECTION 4 - EMPLOYMENT RECORD (start with your present or most recent post)
4.1  From (mm/yyyy): 03/2020     To (mm/yyyy): present
     Exact title of your post: Head of Budget Unit
     Name of employer: Ministry of Defence of the Republic of Albania
     Type of business: Government - defence
     Name and title of supervisor: Mr Ilir Dervishaj, Director of Finance
     Number and grades of staff supervised: 6 (budget specialists)
     Reason for leaving: -
     Description of your duties: Preparation of the medium-term budget programme of the Armed Forces;
     coordination of Albania's contributions to NATO common funding.
4.2  From (mm/yyyy): 10/2013     To (mm/yyyy): 02/2020
     Exact title of your post: Budget Specialist
     Name of employer: Ministry of Finance and Economy
     Type of business: Government - public finance
     Name and title of supervisor: Ms Elona Gjoka, Head of Sector
     Reason for leaving: promotion to the Ministry of Defence
4.3  From (mm/yyyy): 09/2011     To (mm/yyyy): 09/2013
     Exact title of your post: Audit Assistant
     Name of employer: Deloitte Albania
     Type of business: Audit and advisory
     Reason for leaving: move to the public sector

SECTION 5 - COMPETENCIES (optional)
Clarity and Accuracy: checks own and others' work
Teamwork: solicits inputs

SECTION 6 - OTHER INFORMATION
Have you ever been employed by NATO?  No
Are any of your relatives employed by NATO?  No
Military service: not applicable

SECTION 7 - REFERENCES (persons not related to you)
1. Ms Elira Kola, Director of Finance, Bank of Albania, e.kola@example.al, +355 4 555 0102
2. Mr Genti Leka, Partner, Grant Thornton Albania, g.leka@example.al

I certify that the statements made by me in answer to the foregoing questions are true.
Date: 02/12/2026                                   Signature: Arta Shehu
""", cv_label(
    F, "Arta Shehu", "arta.shehu@example.al", "+355 69 555 4127", "Albania",
    [("bachelor", "Finance", "University of Tirana, Faculty of Economics", 2009),
     ("master", "Accounting and Auditing", "University of Tirana, Faculty of Economics", 2011),
     ("secondary", None, "Gjimnazi \"Jani Kukuzeli\"", 2006)],
    False,
    [("Head of Budget Unit", "Ministry of Defence of the Republic of Albania", "2020-03", None),
     ("Budget Specialist", "Ministry of Finance and Economy", "2013-10", "2020-02"),
     ("Audit Assistant", "Deloitte Albania", "2011-09", "2013-09")],
    [("Albanian", None, None), ("English", "V", None), ("Italian", "IV", None), ("French", None, None)],
    ["Clarity and Accuracy", "Teamwork"],
    []))


# ------------------------------------------------------------------ t43: Lithuanian, competencies written as achievements,
# Lithuanian month abbreviations, an achievements section that names no competency
F = "cv_t43_lt_achievements_competencies_petrauskas.txt"
add(F, """MINDAUGAS PETRAUSKAS
IT Service Manager
mindaugas.petrauskas@example.lt · +370 612 55 884 · Vilnius, Lithuania
Citizenship: Lithuanian

KEY ACHIEVEMENTS
• Cut the average incident resolution time by 38 % by redesigning service-desk triage (2022).
• Migrated 4,000 users to a new identity platform with no unplanned downtime (2020).
• Won the Registrų centras "Innovation of the Year" award for the self-service portal (2023).

COMPETENCIES (NATO competency framework, shown through results)
Achievement – set a 99.9 % availability target for the e-services platform and met it in 2023 and 2024.
Leadership – led a team of 11 engineers through the merger of two support centres without losing staff.
Customer Service Orientation – introduced quarterly service reviews with the 14 largest client institutions.

PROFESSIONAL EXPERIENCE
2021 m. spal. – dabar
   IT Service Manager, State Enterprise Centre of Registers (Registrų centras), Vilnius
2016 m. birž. – 2021 m. rugs.
   Service Desk Team Lead, Barclays Technology Centre Lithuania, Vilnius
2013 m. rugs. – 2016 m. geg.
   IT Support Engineer, Vilnius University

EDUCATION
Magistras (MSc), Informacinių sistemų inžinerija – Kaunas University of Technology (KTU), 2013
Bakalauras (BSc), Informatika – Vilnius University, 2011

CERTIFICATIONS
ITIL 4 Managing Professional (2022) · PRINCE2 Foundation (2019) · Microsoft Azure Administrator (2021)

SKILLS
ServiceNow; ITIL 4; Azure AD; PowerShell

LANGUAGES
Lithuanian – gimtoji (native)
English – C1
Russian – B2
Polish – basic

HOBBIES
Youth basketball coach (BC Vilnius Juniors, since 2015); cycling.
""", cv_label(
    F, "Mindaugas Petrauskas", "mindaugas.petrauskas@example.lt", "+370 612 55 884", "Lithuania",
    [("master", "Informacinių sistemų inžinerija", "Kaunas University of Technology (KTU)", 2013),
     ("bachelor", "Informatika", "Vilnius University", 2011)],
    False,
    [("IT Service Manager", "State Enterprise Centre of Registers (Registrų centras)", "2021-10", None),
     ("Service Desk Team Lead", "Barclays Technology Centre Lithuania", "2016-06", "2021-09"),
     ("IT Support Engineer", "Vilnius University", "2013-09", "2016-05")],
    [("Lithuanian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Polish", None, None)],
    ["Achievement", "Leadership", "Customer Service Orientation"],
    ["ServiceNow", "ITIL 4", "Azure AD", "PowerShell"]))


def build():
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
    return [d[0] for d in DOCS]


if __name__ == "__main__":
    print(build())
