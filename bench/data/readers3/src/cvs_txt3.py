"""Five TXT CVs (t18-t22), each written next to its label."""

from common import CVS, comps, edu, job, label, lang

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


@doc
def t18():
    name = "cv_t18_no_officer_solberg.txt"
    text = """\
MAJOR SIRI SOLBERG
Norwegian Army | Staff Officer, Joint Plans
siri.solberg@example.no | +47 915 55 204 | Bodø, Norway
Norwegian citizen. Security clearance: NATO SECRET.

PROFILE
Army officer with fifteen years of service in command and joint staff posts, including
operational planning for Arctic exercises with Allied forces.

EXPERIENCE
03/2019 – today      Staff Officer, J5 Plans
                     Norwegian Joint Headquarters (FOH), Reitan
                     Plans Cold Response and Nordic Response; NATO liaison for reception,
                     staging and onward movement of Allied forces.
08/2018 – 02/2019    Staff Officer G3
                     Brigade Nord, Bardufoss
08/2014 – 07/2017    Company Commander
                     Telemark Battalion, Rena
2011 – 2014          Platoon Leader
                     His Majesty The King's Guard, Oslo

EDUCATION
2018   Master i militære studier (Master of Military Studies)
       Forsvarets høgskole / Norwegian Defence University College
       One-year Command and Staff College programme (Stabsskolen), 2017-2018
2011   Bachelor i militære studier
       Krigsskolen (Norwegian Military Academy), Oslo

COURSES
2020   Comprehensive Operations Planning Course, NATO School Oberammergau
2016   Winter warfare instructor course, Norwegian Army

LANGUAGES
Norwegian   mother tongue
English     STANAG 6001 SLP 4343 (tested 2022)
German      CEFR B2
Swedish     good understanding

SKILLS
Operational planning (COPD); TOPFAS; Arctic operations; Exercise design
"""
    (CVS / name).write_text(text, encoding="utf-8")
    return label(
        name, "Siri Solberg", "siri.solberg@example.no", "+47 915 55 204", "Norway",
        [
            edu("master", "militære studier", "Forsvarets høgskole / Norwegian Defence University College", 2018),
            edu("bachelor", "militære studier", "Krigsskolen (Norwegian Military Academy)", 2011),
        ],
        True,
        [
            job("Staff Officer, J5 Plans", "Norwegian Joint Headquarters (FOH)", "2019-03", None),
            job("Staff Officer G3", "Brigade Nord", "2018-08", "2019-02"),
            job("Company Commander", "Telemark Battalion", "2014-08", "2017-07"),
            job("Platoon Leader", "His Majesty The King's Guard", "2011-01", "2014-12"),
        ],
        [lang("Norwegian"), lang("English", None, "4343"), lang("German", "IV"), lang("Swedish")],
        [],
        ["Operational planning (COPD)", "TOPFAS", "Arctic operations", "Exercise design"],
    )


@doc
def t19():
    name = "cv_t19_pt_namefield_almeida.txt"
    text = """\
CURRICULUM VITAE
================

Name:            Rui Miguel Carvalho Almeida
Date of birth:   12 April 1988
Nationality:     Portuguese
Address:         Rua de Campolide 211, 1070-030 Lisboa
E-mail:          rui.almeida@example.pt
Mobile:          (+351) 912 555 730

Professional experience
-----------------------
Jan. 2020 – present
  Senior Budget Officer
  Ministério da Defesa Nacional, Secretaria-Geral (Lisbon)
  Preparation of the defence budget and of Portugal's contributions to NATO common funding.

Sept. 2014 – Dec. 2019
  Financial Analyst
  Banco de Portugal (Lisbon)
  Financial statements analysis and reporting to the ECB.

Mar. 2011 – Aug. 2014
  Auditor (technical staff)
  Tribunal de Contas (Lisbon)

Education
---------
2014  Mestrado em Gestão e Políticas Públicas
      ISCSP – Universidade de Lisboa
2010  Licenciatura em Economia
      Faculdade de Economia da Universidade do Porto (FEP)

Other training
--------------
2021  NATO Common Funding course, NATO School Oberammergau (certificate)
2018  IPSAS fundamentals, online certificate

Languages
---------
Portuguese – mother tongue
English – C1 (CEFR)
Spanish – C2 (DELE)
French – B2 (DELF)

Skills
------
IPSAS, SAP S/4HANA, budget planning, Excel/VBA, public procurement
"""
    (CVS / name).write_text(text, encoding="utf-8")
    return label(
        name, "Rui Miguel Carvalho Almeida", "rui.almeida@example.pt", "(+351) 912 555 730", "Portugal",
        [
            edu("master", "Gestão e Políticas Públicas", "ISCSP – Universidade de Lisboa", 2014),
            edu("bachelor", "Economia", "Faculdade de Economia da Universidade do Porto (FEP)", 2010),
        ],
        False,
        [
            job("Senior Budget Officer", "Ministério da Defesa Nacional", "2020-01", None),
            job("Financial Analyst", "Banco de Portugal", "2014-09", "2019-12"),
            job("Auditor (technical staff)", "Tribunal de Contas", "2011-03", "2014-08"),
        ],
        [lang("Portuguese"), lang("English", "V"), lang("Spanish", "VI"), lang("French", "IV")],
        [],
        ["IPSAS", "SAP S/4HANA", "budget planning", "Excel/VBA", "public procurement"],
    )


@doc
def t20():
    name = "cv_t20_gr_dr_kostopoulou.txt"
    text = """\
Dr. Eleni Kostopoulou
Operational Research Analyst

Athens, Greece · e.kostopoulou@example.gr · +30 697 555 1842
Nationality: Hellenic

SUMMARY
Operational research analyst who builds optimisation and simulation models for force
planning and logistics. Eight years of applied research, four in a defence staff.

EMPLOYMENT

2020 — present
Senior Operational Research Analyst, Hellenic National Defence General Staff (HNDGS),
Directorate of Plans and Policy
Force-structure options analysis; campaign simulation for the NATO Defence Planning Process.

2016 — 2019
Data Scientist, Intracom Defense (IDE)
Predictive maintenance models for naval and air platforms.

2011 — 2015
Research Assistant, National Technical University of Athens (NTUA)
Teaching linear programming; research on stochastic scheduling.

EDUCATION

2015   PhD in Applied Mathematics (Operational Research)
       National Technical University of Athens (NTUA)
       Thesis: Stochastic models for maintenance scheduling
2011   MSc in Operational Research
       London School of Economics and Political Science (LSE)
2009   Ptychio in Mathematics
       National and Kapodistrian University of Athens

LANGUAGES
Greek: native
English: NATO V (Advanced)
French: NATO III (Intermediate)

COMPETENCIES
Analytical Thinking — makes complex plans or analyses
Conceptual Thinking — clarifies complex data or situations
Achievement — sets challenging goals for self and team

PUBLICATIONS
Kostopoulou, E. (2019). Simulation-based force mix evaluation. Journal of Defence Modelling.
"""
    (CVS / name).write_text(text, encoding="utf-8")
    return label(
        name, "Eleni Kostopoulou", "e.kostopoulou@example.gr", "+30 697 555 1842", "Greece",
        [
            edu("doctorate", "Applied Mathematics (Operational Research)", "National Technical University of Athens (NTUA)", 2015),
            edu("master", "Operational Research", "London School of Economics and Political Science (LSE)", 2011),
            edu("bachelor", "Mathematics", "National and Kapodistrian University of Athens", 2009),
        ],
        False,
        [
            job("Senior Operational Research Analyst", "Hellenic National Defence General Staff (HNDGS)", "2020-01", None),
            job("Data Scientist", "Intracom Defense (IDE)", "2016-01", "2019-12"),
            job("Research Assistant", "National Technical University of Athens (NTUA)", "2011-01", "2015-12"),
        ],
        [lang("Greek"), lang("English", "V"), lang("French", "III")],
        comps("Analytical Thinking", "Conceptual Thinking", "Achievement"),
        [],
    )


@doc
def t21():
    name = "cv_t21_is_signature_sigurdardottir.txt"
    text = """\
CURRICULUM VITAE

Contact: gudrun.sig@example.is / +354 855 5127 / Reykjavík

ABOUT ME
Information security specialist protecting operational technology and communications
systems for maritime surveillance and air defence.

WORK
2018-05 to date
    Information Security Specialist - Icelandic Coast Guard (Landhelgisgæslan)
    Security monitoring of the Iceland Air Defence System networks; incident response;
    accreditation documentation with NATO partners.
2014-09 to 2018-04
    Security Analyst - Síminn hf.
    SOC analyst, later team lead for vulnerability management.

STUDIES
2014  M.Sc. in Computer Science - Reykjavík University (Háskólinn í Reykjavík)
2012  B.Sc. í tölvunarfræði - Háskóli Íslands

CERTIFICATES
CISSP (2019), GIAC GCIH (2017)

LANGUAGES
Icelandic - mother tongue
English - C2
Danish - B2
Norwegian - good reading

SKILLS
SIEM (Splunk), incident response, ISO/IEC 27001, Python, network forensics

References on request.

Guðrún Sigurðardóttir
Reykjavík, March 2026
"""
    (CVS / name).write_text(text, encoding="utf-8")
    return label(
        name, "Guðrún Sigurðardóttir", "gudrun.sig@example.is", "+354 855 5127", None,
        [
            edu("master", "Computer Science", "Reykjavík University (Háskólinn í Reykjavík)", 2014),
            edu("bachelor", "tölvunarfræði", "Háskóli Íslands", 2012),
        ],
        False,
        [
            job("Information Security Specialist", "Icelandic Coast Guard (Landhelgisgæslan)", "2018-05", None),
            job("Security Analyst", "Síminn hf.", "2014-09", "2018-04"),
        ],
        [lang("Icelandic"), lang("English", "VI"), lang("Danish", "IV"), lang("Norwegian")],
        [],
        ["SIEM (Splunk)", "incident response", "ISO/IEC 27001", "Python", "network forensics"],
    )


@doc
def t22():
    name = "cv_t22_mk_officer_petrovski.txt"
    text = """\
PERSONAL DATA FORM / CURRICULUM VITAE

Name: PETROVSKI, Aleksandar
Rank: Lieutenant Colonel (OF-4)
Service: Army of the Republic of North Macedonia
Citizenship: Republic of North Macedonia
E-mail: a.petrovski@example.mk
Telephone: +389 70 555 318

SERVICE RECORD
10/2020 – current   Staff Officer J3 (Current Operations)
                    General Staff of the Army of the Republic of North Macedonia, Skopje
07/2016 – 07/2019   Company Commander
                    1st Mechanised Infantry Brigade, Kumanovo
2010 – 2015         Platoon Leader
                    Ranger Battalion, Skopje

PROFESSIONAL MILITARY EDUCATION
2019 – 2020   Joint Command and Staff Course (JCSC), Baltic Defence College, Tartu, Estonia
2017          Captains Career Course, Military Academy, Skopje

EDUCATION
2016  Master in Security and Defence
      Ss. Cyril and Methodius University in Skopje, Faculty of Philosophy
2010  Bachelor of Military Sciences
      Military Academy "General Mihailo Apostolski"

LANGUAGE PROFICIENCY
Macedonian – mother tongue
English – STANAG 6001, SLP 3-3-3-2
Serbian – fluent

COMPETENCIES (NATO competency framework)
- Leads the team to results under operational pressure
- Understands organisational politics in multinational headquarters
- Takes multiple actions to persuade partners and host-nation authorities
"""
    (CVS / name).write_text(text, encoding="utf-8")
    return label(
        name, "Aleksandar Petrovski", "a.petrovski@example.mk", "+389 70 555 318", "North Macedonia",
        [
            edu("master", "Security and Defence", "Ss. Cyril and Methodius University in Skopje", 2016),
            edu("bachelor", "Military Sciences", "Military Academy \"General Mihailo Apostolski\"", 2010),
        ],
        True,
        [
            job("Staff Officer J3 (Current Operations)", "General Staff of the Army of the Republic of North Macedonia", "2020-10", None),
            job("Company Commander", "1st Mechanised Infantry Brigade", "2016-07", "2019-07"),
            job("Platoon Leader", "Ranger Battalion", "2010-01", "2015-12"),
        ],
        [lang("Macedonian"), lang("English", None, "3332"), lang("Serbian")],
        comps("Leadership", "Organisational Awareness", "Impact and Influence"),
        [],
    )
