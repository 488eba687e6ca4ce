"""TXT CVs of corpus 20 (t120-t124). Each document text is written beside its hand-written label; build.py writes
every label first, then the documents."""
import os

from common import CVS, cv_label

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t120 Estonia: ETIS (Estonian Research Information
# System) CV export, bilingual Estonian / English headings, "01.09.2019–..." open end, "Body, Unit, Position (1,00)"
F = "cv_t120_ee_etisexport_bilingualheadings_ddmmyyyy_dotsopen_phd_academic_raudsepp.txt"
add(F, """ETIS – Eesti Teadusinfosüsteem / Estonian Research Information System
Elulookirjeldus / Curriculum Vitae                              Eksporditud / Exported: 02.12.2026

Isikuandmed / Personal data
  Eesnimi / First name: Kertu
  Perekonnanimi / Surname: Raudsepp
  Sünniaeg / Date of birth: 17.06.1988
  Kodakondsus / Citizenship: Eesti / Estonian
  E-post / E-mail: kertu.raudsepp@example.ee
  Telefon / Phone: +372 5555 3190

Töökoht ja amet / Institution and position
  01.09.2019–...          Estonian Military Academy, Department of Strategic Studies, Associate Professor (1,00)
  01.02.2016–31.08.2019   University of Tartu, Johan Skytte Institute of Political Studies, Research Fellow (1,00)
  01.09.2012–31.01.2016   Ministry of Defence, Defence Planning Department, Adviser (1,00)

Haridustee / Education
  2012–2016   University of Tartu, PhD (Political Science)
  2010–2012   University of Tartu, MA (International Relations)
  2007–2010   University of Tartu, BA (Government and Politics)

Teaduskraad / Academic degree
  Filosoofiadoktor (politoloogia) / Doctor of Philosophy (Political Science), 2016, University of Tartu

Keelteoskus / Language competence
  Eesti keel / Estonian – emakeel / native
  Inglise keel / English – C1
  Vene keel / Russian – B2
  Soome keel / Finnish – B1

Arvutioskus / Computer skills
  R, NVivo, Stata

Teadus- ja arendustegevus / Research and development
  Valdkond / Field: 4. Ühiskonnateadused ja kultuur / Social Sciences and Culture; 4.9 Poliitikateadused
  Projektid / Projects:
    2021–2024  PRG-0542 "Small states and deterrence in the Baltic Sea region", vastutav täitja / principal investigator
    2017–2019  Horizon 2020 "Hybrid threats and societal resilience", põhitäitja / senior personnel

Teadusorganisatsiooniline ja -administratiivne tegevus / Administrative activities
  2020–...   Member of the editorial board, journal "Sõjateadlane / Estonian Journal of Military Studies"
  2018–2019  Visiting researcher (3 months), King's College London, Department of War Studies

Tunnustused / Honours & awards
  2017  Estonian Ministry of Defence research prize for young scholars
""", cv_label(
    F, "Kertu Raudsepp", "kertu.raudsepp@example.ee", "+372 5555 3190", "Estonia",
    [("doctorate", "Political Science", "University of Tartu", 2016),
     ("master", "International Relations", "University of Tartu", 2012),
     ("bachelor", "Government and Politics", "University of Tartu", 2010)],
    False,
    [("Associate Professor", "Estonian Military Academy", "2019-09", None),
     ("Research Fellow", "University of Tartu", "2016-02", "2019-08"),
     ("Adviser", "Ministry of Defence", "2012-09", "2016-01")],
    [("Estonian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Finnish", None, None)],
    [], ["R", "NVivo", "Stata"]))

# ------------------------------------------------------------------ t121 Italy: Italian public-administration CV as a
# self-declaration under D.P.R. 445/2000 (sworn statement), every fact inside "di ..." clauses, "dal 01/03/2019 alla
# data attuale", Laurea specialistica (classe 60/S) + Laurea triennale, birth / signature dates as distractors
F = "cv_t121_it_autocertificazione_dpr445_dichiara_dalalladataattuale_laureaspecialistica_valentini.txt"
add(F, """CURRICULUM VITAE
(dichiarazione sostitutiva di certificazione e di atto di notorietà ai sensi degli artt. 46 e 47
del D.P.R. 28 dicembre 2000, n. 445)

La sottoscritta Chiara Valentini, nata a Perugia il 12/04/1984, residente in Roma, via Cola di Rienzo 212,
recapito telefonico +39 347 555 2210, indirizzo di posta elettronica chiara.valentini@example.it,
consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 445/2000 in caso di dichiarazioni mendaci,
formazione o uso di atti falsi,

DICHIARA

- di essere cittadina italiana;

- di aver conseguito i seguenti titoli di studio:
    * Laurea specialistica in Relazioni Internazionali (classe 60/S), conseguita il 18/03/2009 presso
      l'Università degli Studi di Perugia, con la votazione di 110/110 e lode;
    * Laurea triennale in Scienze Politiche (classe 15), conseguita il 14/07/2006 presso l'Università degli
      Studi di Perugia, con la votazione di 108/110;

- di aver frequentato il Corso di perfezionamento in "Diritto dei contratti pubblici" (60 ore) presso la
  Scuola Nazionale dell'Amministrazione, anno 2017;

- di aver prestato e di prestare servizio come segue:
    * dal 01/03/2019 alla data attuale: Funzionario amministrativo-contabile presso il Segretariato Generale
      della Difesa e Direzione Nazionale degli Armamenti, con compiti di gestione dei contratti di
      cooperazione internazionale (programmi NATO e OCCAR);
    * dal 16/09/2013 al 28/02/2019: Funzionario economico-finanziario presso la Ragioneria Generale dello
      Stato, con compiti di controllo della spesa dei Ministeri della Difesa e dell'Interno;
    * dal 01/10/2009 al 15/09/2013: Addetta all'ufficio gare presso Consip S.p.A.;

- di possedere le seguenti conoscenze linguistiche:
    lingua madre: italiano;
    inglese: livello C1 (IELTS Academic 7.5, 2018);
    francese: livello B2;

- di possedere le seguenti conoscenze informatiche: SAP, Microsoft Office, MePA.

Autorizzo il trattamento dei dati personali ai sensi del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003.

Roma, 20/11/2026
                                                        La dichiarante
                                                        Chiara Valentini
""", cv_label(
    F, "Chiara Valentini", "chiara.valentini@example.it", "+39 347 555 2210", "Italy",
    [("master", "Relazioni Internazionali", "Università degli Studi di Perugia", 2009),
     ("bachelor", "Scienze Politiche", "Università degli Studi di Perugia", 2006)],
    False,
    [("Funzionario amministrativo-contabile", "Segretariato Generale della Difesa e Direzione Nazionale degli Armamenti",
      "2019-03", None),
     ("Funzionario economico-finanziario", "Ragioneria Generale dello Stato", "2013-09", "2019-02"),
     ("Addetta all'ufficio gare", "Consip S.p.A.", "2009-10", "2013-09")],
    [("Italian", None, None), ("English", "V", None), ("French", "IV", None)],
    [], ["SAP", "Microsoft Office", "MePA"]))

# ------------------------------------------------------------------ t122 Finland: the LaTeX moderncv *source* of a CV
# saved as text (\\cventry{03/2019--present}{Title}{Employer}{City}{}{...}), TeX dashes and escapes
F = "cv_t122_fi_latexsource_moderncv_cventry_doubledash_present_msctech_laaksonen.txt"
add(F, r"""%% cv_laaksonen.tex -- compile with lualatex
\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{classic}
\moderncvcolor{blue}
\usepackage[scale=0.8]{geometry}
\usepackage[english]{babel}

\name{Mikko}{Laaksonen}
\title{Curriculum Vitae}
\address{H\"ameenkatu 14 B 22}{33100 Tampere}{Finland}
\phone[mobile]{+358 40 555 7312}
\email{mikko.laaksonen@example.fi}
\extrainfo{Citizenship: Finnish}

\begin{document}
\makecvtitle

\section{Professional experience}
\cventry{03/2019--present}{Senior Systems Engineer}{Patria Aviation Oy}{Tampere}{}{%
  Integration and verification of mission systems for the F-35 industrial participation programme;
  requirements management in DOORS; technical lead of a team of six engineers.}
\cventry{09/2014--02/2019}{Research Scientist}{VTT Technical Research Centre of Finland}{Espoo}{}{%
  Sensor fusion and situational-awareness research for the Finnish Defence Forces (contract research).}
\cventry{06/2011--08/2014}{Software Engineer}{Insta DefSec Oy}{Tampere}{}{%
  C++ development of command-and-control software.}

\section{Education}
\cventry{2011}{Master of Science (Technology)}{Tampere University of Technology}{Tampere}{\textit{Automation Engineering}}{%
  Thesis: ``Track-to-track association in distributed sensor networks'' (grade 5/5)}
\cventry{2009}{Bachelor of Science (Technology)}{Tampere University of Technology}{Tampere}{\textit{Automation Engineering}}{}

\section{Languages}
\cvitemwithcomment{Finnish}{native}{}
\cvitemwithcomment{English}{C1}{daily working language}
\cvitemwithcomment{Swedish}{B1}{}

\section{Computer skills}
\cvdoubleitem{Programming}{C++, Python}{Tools}{MATLAB/Simulink, DOORS}

\section{Other}
\cvitem{Security}{Finnish national security clearance (level II), valid until 2028}
\cvitem{Interests}{orienteering, cross-country skiing}

\end{document}
""", cv_label(
    F, "Mikko Laaksonen", "mikko.laaksonen@example.fi", "+358 40 555 7312", "Finland",
    [("master", "Automation Engineering", "Tampere University of Technology", 2011),
     ("bachelor", "Automation Engineering", "Tampere University of Technology", 2009)],
    False,
    [("Senior Systems Engineer", "Patria Aviation Oy", "2019-03", None),
     ("Research Scientist", "VTT Technical Research Centre of Finland", "2014-09", "2019-02"),
     ("Software Engineer", "Insta DefSec Oy", "2011-06", "2014-08")],
    [("Finnish", None, None), ("English", "V", None), ("Swedish", None, None)],
    [], ["C++", "Python", "MATLAB/Simulink", "DOORS"]))

# ------------------------------------------------------------------ t123 Netherlands: Emacs Org-mode CV, bilingual
# Dutch / English headings, each post a "**" heading with a :PROPERTIES: drawer (:ORGANISATIE:, :VAN:, :TOT: heden),
# an Org table for languages
F = "cv_t123_nl_orgmode_propertiesdrawer_vantot_heden_bilingualheadings_msc_bsc_visser.txt"
add(F, """#+TITLE: Curriculum vitae -- Sanne Visser
#+AUTHOR: Sanne Visser
#+EMAIL: sanne.visser@example.nl
#+LANGUAGE: nl
#+OPTIONS: toc:nil num:nil ^:nil
#+DATE: 2026-11-28

* Persoonlijke gegevens / Personal details
  - Telefoon / Phone :: +31 6 5550 8821
  - E-mail :: sanne.visser@example.nl
  - Nationaliteit / Nationality :: Nederlandse / Dutch
  - Woonplaats / Residence :: Den Haag

* Werkervaring / Work experience
** Senior beleidsmedewerker cyberveiligheid
   :PROPERTIES:
   :ORGANISATIE: Nationaal Cyber Security Centrum (NCSC)
   :VAN:      2019-03
   :TOT:      heden
   :END:
   - coördinatie van de Nederlandse bijdrage aan NATO Cyber Coalition en Locked Shields
   - opstellen van dreigingsbeelden voor vitale sectoren
** Informatiebeveiligingsadviseur
   :PROPERTIES:
   :ORGANISATIE: Rijkswaterstaat
   :VAN:      2015-06
   :TOT:      2019-02
   :END:
   - risicoanalyses en BIO-audits voor proces- en besturingssystemen (SCADA)
** Junior security consultant
   :PROPERTIES:
   :ORGANISATIE: Fox-IT
   :VAN:      2012-09
   :TOT:      2015-05
   :END:
   - incident response en forensisch onderzoek

* Opleiding / Education
** MSc Computer Security -- Vrije Universiteit Amsterdam
   :PROPERTIES:
   :JAAR: 2012
   :END:
** BSc Informatica -- Universiteit Leiden
   :PROPERTIES:
   :JAAR: 2010
   :END:

* Talen / Languages
| Taal / Language | Niveau / Level |
|-----------------+----------------|
| Nederlands      | moedertaal     |
| Engels          | C2             |
| Duits           | B1             |
| Frans           | A2             |

* Vaardigheden / Skills
  - Splunk, Wireshark, Python

* TODO Referenties / References
  Op verzoek beschikbaar / available on request
""", cv_label(
    F, "Sanne Visser", "sanne.visser@example.nl", "+31 6 5550 8821", "Netherlands",
    [("master", "Computer Security", "Vrije Universiteit Amsterdam", 2012),
     ("bachelor", "Informatica", "Universiteit Leiden", 2010)],
    False,
    [("Senior beleidsmedewerker cyberveiligheid", "Nationaal Cyber Security Centrum (NCSC)", "2019-03", None),
     ("Informatiebeveiligingsadviseur", "Rijkswaterstaat", "2015-06", "2019-02"),
     ("Junior security consultant", "Fox-IT", "2012-09", "2015-05")],
    [("Dutch", None, None), ("English", "VI", None), ("German", None, None), ("French", None, None)],
    [], ["Splunk", "Wireshark", "Python"]))

# ------------------------------------------------------------------ t124 North Macedonia: tab-separated tables
# exported from a spreadsheet (From / To / Position / Employer / Key tasks, newest first), "now", a skills matrix
# (Skill / Level 1-5 / Years / Last used), an SLP grid with one column per skill
F = "cv_t124_mk_tsvtables_fromtonow_skillsmatrix_levelyearslastused_slpgrid_nikolovski.txt"
T = "\t"
add(F, "\n".join([
    "CURRICULUM VITAE – Bojan Nikolovski",
    "Skopje, North Macedonia | b.nikolovski@example.mk | +389 70 555 412",
    "Citizenship: Macedonian (Republic of North Macedonia)",
    "",
    "EXPERIENCE (newest first; exported from my skills register)",
    T.join(["From", "To", "Position", "Employer", "Key tasks"]),
    T.join(["03/2019", "now", "Head of IT Infrastructure Unit", "Ministry of Defence of the Republic of North Macedonia",
            "virtualisation, classified networks, NATO interoperability (FMN)"]),
    T.join(["07/2013", "02/2019", "Network Engineer", "Makedonski Telekom", "MPLS core, data-centre networks"]),
    T.join(["09/2010", "06/2013", "Systems Administrator", "Neocom", "Linux and Windows servers"]),
    "",
    "EDUCATION",
    T.join(["Year", "Degree", "Field", "Institution"]),
    T.join(["2013", "Master (60 ECTS)", "Computer Networks", "Ss. Cyril and Methodius University in Skopje"]),
    T.join(["2010", "Bachelor (240 ECTS)", "Computer Science and Engineering", "Ss. Cyril and Methodius University in Skopje"]),
    "",
    "LANGUAGES",
    T.join(["Language", "Listening", "Speaking", "Reading", "Writing", "Basis"]),
    T.join(["Macedonian", "native", "", "", "", ""]),
    T.join(["English", "3", "3", "3", "2", "STANAG 6001 test, 2022"]),
    T.join(["Serbian", "C1", "C1", "C1", "C1", "self-assessed (CEFR)"]),
    "",
    "SKILLS MATRIX (level 1 = basic ... 5 = expert)",
    T.join(["Skill", "Level", "Years", "Last used"]),
    T.join(["VMware vSphere", "5", "9", "2026"]),
    T.join(["Cisco IOS", "4", "13", "2026"]),
    T.join(["Red Hat Enterprise Linux", "4", "12", "2026"]),
    T.join(["PowerShell", "4", "6", "2026"]),
    T.join(["Microsoft Azure", "3", "3", "2025"]),
    "",
    "CERTIFICATES",
    T.join(["2021", "CCNP Enterprise"]),
    T.join(["2018", "VMware Certified Professional (VCP-DCV)"]),
    ""]), cv_label(
    F, "Bojan Nikolovski", "b.nikolovski@example.mk", "+389 70 555 412", "North Macedonia",
    [("master", "Computer Networks", "Ss. Cyril and Methodius University in Skopje", 2013),
     ("bachelor", "Computer Science and Engineering", "Ss. Cyril and Methodius University in Skopje", 2010)],
    False,
    [("Head of IT Infrastructure Unit", "Ministry of Defence of the Republic of North Macedonia", "2019-03", None),
     ("Network Engineer", "Makedonski Telekom", "2013-07", "2019-02"),
     ("Systems Administrator", "Neocom", "2010-09", "2013-06")],
    [("Macedonian", None, None), ("English", None, "3332"), ("Serbian", "V", None)],
    [], ["VMware vSphere", "Cisco IOS", "Red Hat Enterprise Linux", "PowerShell", "Microsoft Azure"]))


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, text, _ in DOCS:
        with open(os.path.join(CVS, file), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return DOCS
