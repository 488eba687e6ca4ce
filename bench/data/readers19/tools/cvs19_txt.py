"""TXT CVs of corpus 19 (t115-t119). Each document text is written beside its hand-written label; build.py writes
every label first, then the documents."""
import os

from common import CVS, cv_label

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t115 Portugal: CV in Portuguese, abbreviated
# Portuguese months ("set. 2019 – atualidade"), Licenciatura pre-Bologna (5 anos) + Mestrado, Curso de Estado-Maior
F = "cv_t115_pt_portugues_mesesabrev_atualidade_licenciaturaprebolonha_cemc_sousa.txt"
add(F, """CURRICULUM VITAE

Nome: Rui Miguel Sousa
Morada: Rua Augusta 118, 3.º Esq., 1100-053 Lisboa
Telemóvel: +351 912 555 340
Correio eletrónico: rui.sousa@example.pt
Nacionalidade: portuguesa
Data de nascimento: 14/05/1981

EXPERIÊNCIA PROFISSIONAL

set. 2019 – atualidade
  Chefe da Repartição de Planeamento de Forças
  Estado-Maior-General das Forças Armadas (EMGFA), Lisboa
  - coordenação do contributo nacional para o Processo de Planeamento de Defesa da NATO (NDPP)
  - preparação das respostas ao Defence Planning Capability Survey

fev. 2015 – ago. 2019
  Oficial de Estado-Maior (Operações)
  Comando das Forças Terrestres, Oeiras
  - planeamento de exercícios nacionais e da NATO

out. 2006 – jan. 2015
  Comandante de Companhia
  Regimento de Infantaria n.º 14, Viseu

FORMAÇÃO ACADÉMICA

2014  Mestrado em Ciências Militares – Instituto Universitário Militar (IUM)
2005  Licenciatura (pré-Bolonha, 5 anos) em Ciências Militares – Academia Militar

FORMAÇÃO MILITAR

2014  Curso de Estado-Maior Conjunto (CEMC) – Instituto Universitário Militar
2011  NATO Operational Planning Course – NATO School Oberammergau

LÍNGUAS

Português – língua materna
Inglês – SLP 3.3.3.2 (STANAG 6001)
Francês – B1
Espanhol – compreensão boa, expressão razoável

COMPETÊNCIAS INFORMÁTICAS
MS Office, TOPFAS, ArcGIS
""", cv_label(
    F, "Rui Miguel Sousa", "rui.sousa@example.pt", "+351 912 555 340", "Portugal",
    [("master", "Ciências Militares", "Instituto Universitário Militar (IUM)", 2014),
     ("bachelor", "Ciências Militares", "Academia Militar", 2005)],
    True,
    [("Chefe da Repartição de Planeamento de Forças", "Estado-Maior-General das Forças Armadas (EMGFA)", "2019-09", None),
     ("Oficial de Estado-Maior (Operações)", "Comando das Forças Terrestres", "2015-02", "2019-08"),
     ("Comandante de Companhia", "Regimento de Infantaria n.º 14", "2006-10", "2015-01")],
    [("Portuguese", None, None), ("English", None, "3332"), ("French", None, None), ("Spanish", None, None)],
    [], ["MS Office", "TOPFAS", "ArcGIS"]))

# ------------------------------------------------------------------ t116 Montenegro: chronological ASCII table with
# the years in a left column, "2020 – sada/present", diploma osnovnih studija + magistar nauka (pre-Bologna master)
F = "cv_t116_me_yearsleftcolumn_asciitable_sada_magistarnauka_vukovic.txt"
add(F, """Jelena Vuković
Podgorica, Montenegro | jelena.vukovic@example.me | +382 67 555 118
Citizenship: Montenegrin

CAREER
--------------------------------------------------------------------------------
 2020 – present  | Senior Adviser for Euro-Atlantic Integration
 (sada)          | Ministry of Defence of Montenegro, Podgorica
                 | NATO Defence Planning Capability Survey; PARP legacy files
-----------------+--------------------------------------------------------------
 2014 – 2019     | Adviser, Department for International Cooperation
                 | Ministry of Foreign Affairs of Montenegro, Podgorica
-----------------+--------------------------------------------------------------
 2010 – 2013     | Project Assistant
                 | OSCE Mission to Montenegro, Podgorica
--------------------------------------------------------------------------------

EDUCATION
--------------------------------------------------------------------------------
 2013            | Magistar nauka (Master of Science) in International Relations
                 | Faculty of Political Science, University of Montenegro
-----------------+--------------------------------------------------------------
 2009            | Diploma osnovnih studija (Bachelor, 240 ECTS) in Political Science
                 | Faculty of Political Science, University of Montenegro
--------------------------------------------------------------------------------

LANGUAGES
 Montenegrin     | native
 English         | STANAG 6001 SLP 3-3-3-3 (tested 2021)
 Italian         | B2
 French          | A2

IT
 MS Office, SharePoint, Adobe InDesign
""", cv_label(
    F, "Jelena Vuković", "jelena.vukovic@example.me", "+382 67 555 118", "Montenegro",
    [("master", "International Relations", "Faculty of Political Science, University of Montenegro", 2013),
     ("bachelor", "Political Science", "Faculty of Political Science, University of Montenegro", 2009)],
    False,
    [("Senior Adviser for Euro-Atlantic Integration", "Ministry of Defence of Montenegro", "2020-01", None),
     ("Adviser, Department for International Cooperation", "Ministry of Foreign Affairs of Montenegro", "2014-01", "2019-12"),
     ("Project Assistant", "OSCE Mission to Montenegro", "2010-01", "2013-12")],
    [("Montenegrin", None, None), ("English", None, "3333"), ("Italian", "IV", None), ("French", None, None)],
    [], ["MS Office", "SharePoint", "Adobe InDesign"]))

# ------------------------------------------------------------------ t117 Latvia: HR-system flat key=value export
# (dotted keys, to=current), profesionālais bakalaurs + maģistrs, SLP written "S3 L3 R3 W2" -> listening first order
F = "cv_t117_lv_hrsystem_keyvalueexport_tocurrent_magistrs_bakalaurs_ozolins.txt"
add(F, """# candidate profile export - generated 2026-11-30 14:02
person.name=Mārtiņš Ozoliņš
person.email=martins.ozolins@example.lv
person.phone=+371 2955 5471
person.citizenship=Latvia
person.city=Rīga
experience.1.position=Chief of Logistics Planning Section
experience.1.employer=Joint Headquarters of the National Armed Forces
experience.1.from=2018-06
experience.1.to=current
experience.1.text=Host nation support planning for the NATO enhanced Forward Presence battlegroup
experience.2.position=Logistics Officer
experience.2.employer=Latvian Mechanised Infantry Brigade
experience.2.from=2012-09
experience.2.to=2018-05
experience.3.position=Platoon Commander
experience.3.employer=Latvian Mechanised Infantry Brigade
experience.3.from=2009-08
experience.3.to=2012-08
education.1.degree=maģistrs (Master's degree)
education.1.field=Business Administration
education.1.institution=RISEBA University of Applied Sciences
education.1.year=2016
education.2.degree=profesionālais bakalaurs (professional Bachelor's degree)
education.2.field=Military Leadership and Security
education.2.institution=National Defence Academy of Latvia
education.2.year=2009
language.1=Latvian|native
language.2=English|STANAG 6001 L3 S3 R3 W2
language.3=Russian|C1
skills=LOGFAS; SAP; MS Project
""", cv_label(
    F, "Mārtiņš Ozoliņš", "martins.ozolins@example.lv", "+371 2955 5471", "Latvia",
    [("master", "Business Administration", "RISEBA University of Applied Sciences", 2016),
     ("bachelor", "Military Leadership and Security", "National Defence Academy of Latvia", 2009)],
    False,
    [("Chief of Logistics Planning Section", "Joint Headquarters of the National Armed Forces", "2018-06", None),
     ("Logistics Officer", "Latvian Mechanised Infantry Brigade", "2012-09", "2018-05"),
     ("Platoon Commander", "Latvian Mechanised Infantry Brigade", "2009-08", "2012-08")],
    [("Latvian", None, None), ("English", None, "3332"), ("Russian", "V", None)],
    [], ["LOGFAS", "SAP", "MS Project"]))

# ------------------------------------------------------------------ t118 Greece: arrows "2016-09 → to date",
# Ptychio (bachelor) + MSc, Supreme Joint War College (staff college), SLP "3/3/3/3"
F = "cv_t118_gr_isoarrows_todate_ptychio_msc_sjwc_papadopoulou.txt"
add(F, """ELENI PAPADOPOULOU
Lt Col (HAF) - Greek national
✉ eleni.papadopoulou@example.gr    ☎ +30 694 555 2281    Athens, Greece

▸ WORK HISTORY

▸ 2021-07 → to date
  Staff Officer, Plans and Policy Division
  Hellenic National Defence General Staff (HNDGS)

▸ 2016-09 → 2021-06
  Squadron Operations Officer
  114 Combat Wing, Tanagra Air Base

▸ 2009-10 → 2016-08
  Air Traffic Control Officer
  Hellenic Air Force Tactical Air Force Command

▸ EDUCATION

▸ 2020  Supreme Joint War College (Ανωτάτη Διακλαδική Σχολή Πολέμου), Thessaloniki - graduate, joint staff course
▸ 2015  MSc in Air Transport Management - Cranfield University
▸ 2009  Ptychio (Πτυχίο, 4-year bachelor) in Aeronautical Sciences - Hellenic Air Force Academy

▸ LANGUAGES
  Greek (mother tongue) · English: STANAG 6001 3/3/3/3 · French: DELF B2

▸ TOOLS
  ICC (Integrated Command and Control), JOPES, MS Office
""", cv_label(
    F, "Eleni Papadopoulou", "eleni.papadopoulou@example.gr", "+30 694 555 2281", "Greece",
    [("master", "Air Transport Management", "Cranfield University", 2015),
     ("bachelor", "Aeronautical Sciences", "Hellenic Air Force Academy", 2009)],
    True,
    [("Staff Officer, Plans and Policy Division", "Hellenic National Defence General Staff (HNDGS)", "2021-07", None),
     ("Squadron Operations Officer", "114 Combat Wing", "2016-09", "2021-06"),
     ("Air Traffic Control Officer", "Hellenic Air Force Tactical Air Force Command", "2009-10", "2016-08")],
    [("Greek", None, None), ("English", None, "3333"), ("French", "IV", None)],
    [], ["ICC (Integrated Command and Control)", "JOPES", "MS Office"]))

# ------------------------------------------------------------------ t119 Denmark: English CV with Danish abbreviated
# months and "d.d." (dags dato, to date), cand.scient.pol. (master) + BSc, VUT II at the Royal Danish Defence College
F = "cv_t119_dk_danishmonths_dd_dagsdato_candscientpol_vut_nielsen.txt"
add(F, """Mette Nielsen
Kastelsvej 21, 2100 København Ø, Denmark
Tel. +45 20 55 57 43 - mette.nielsen@example.dk
Danish citizen

Employment
  okt. 2020 – d.d.    Special Adviser, NATO and Security Policy Office
                      Ministry of Defence (Forsvarsministeriet)
  maj 2016 – sep. 2020  Head of Section, Defence Cooperation
                      Danish Defence Acquisition and Logistics Organisation (DALO)
  aug. 2012 – apr. 2016 Analyst
                      Danish Institute for International Studies (DIIS)

Education
  2012  Cand.scient.pol. (MSc in Political Science), University of Copenhagen
  2010  BSc in Political Science, University of Copenhagen
  2019  VUT II (Videregående Uddannelsestrin II, joint staff course), Royal Danish Defence College
        (civil servant participant)

Languages
  Danish: native; English: fluent (C2); German: B2; Swedish/Norwegian: good reading

IT: Excel, Power BI, Python (pandas)
""", cv_label(
    F, "Mette Nielsen", "mette.nielsen@example.dk", "+45 20 55 57 43", "Denmark",
    [("master", "Political Science", "University of Copenhagen", 2012),
     ("bachelor", "Political Science", "University of Copenhagen", 2010)],
    True,
    [("Special Adviser, NATO and Security Policy Office", "Ministry of Defence (Forsvarsministeriet)", "2020-10", None),
     ("Head of Section, Defence Cooperation", "Danish Defence Acquisition and Logistics Organisation (DALO)", "2016-05", "2020-09"),
     ("Analyst", "Danish Institute for International Studies (DIIS)", "2012-08", "2016-04")],
    [("Danish", None, None), ("English", "VI", None), ("German", "IV", None), ("Swedish", None, None), ("Norwegian", None, None)],
    [], ["Excel", "Power BI", "Python (pandas)"]))


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, text, _ in DOCS:
        with open(os.path.join(CVS, file), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return DOCS
