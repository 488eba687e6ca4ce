"""CVs p15-p22: PDF CVs (reportlab), each built next to its label."""
import os

from reportlab.lib.styles import ParagraphStyle

from common import CVS, cv_label, write_cv_label
from pdfkit import (BODY, H1, H2, H3, SERIF, SERIF_H, SMALL, P, Spacer, bullets, grid, mm,
                    one_column, sidebar_layout)

BUILT = []


def out(name):
    BUILT.append(name)
    return os.path.join(CVS, name)


SIDE_H = ParagraphStyle("sideh", parent=H3, fontSize=10, spaceBefore=8, spaceAfter=2)
SIDE = ParagraphStyle("side", parent=SMALL, spaceAfter=2)


# ---------------------------------------------------------------------------
# p15: British Army officer, real two-column PDF (sidebar left: contact, languages, competencies,
# key skills; main right: career with mm/yy dates "08/19 – 07/22"); ACSC awarding an MA.
def p15():
    name = "cv_p15_uk_officer_twocol_maxwell.pdf"
    side = [
        P("CONTACT", SIDE_H),
        P("alistair.maxwell@example.co.uk", SIDE),
        P("+44 7700 900461", SIDE),
        P("Andover, Hampshire", SIDE),
        P("Nationality: British", SIDE),
        P("LANGUAGES", SIDE_H),
        P("English – mother tongue", SIDE),
        P("French – SLP 3-3-2-2", SIDE),
        P("Arabic – SLP 2-1-1-1", SIDE),
        P("NATO COMPETENCIES", SIDE_H),
        P("Leadership – Communicates a compelling vision", SIDE),
        P("Developing Others – Arranges longer-term development", SIDE),
        P("Change Leadership – Challenges the status quo", SIDE),
        P("KEY SKILLS", SIDE_H),
        P("Operational planning (COPD)", SIDE),
        P("Force generation", SIDE),
        P("Crisis management", SIDE),
        P("Stakeholder engagement", SIDE),
    ]
    main = [
        P("Lieutenant Colonel Alistair J. Maxwell MBE", H1),
        P("Infantry officer with 22 years' service, including operational planning at a NATO "
          "strategic headquarters and battalion command."),
        P("CAREER", H2),
        P("<b>08/22 – present</b>"),
        P("SO1 J5 Future Plans"),
        P("<i>Permanent Joint Headquarters (PJHQ), Northwood</i>"),
        P("<b>08/19 – 07/22</b>"),
        P("Commanding Officer"),
        P("<i>3rd Battalion The Royal Anglian Regiment</i>"),
        P("<b>09/16 – 07/19</b>"),
        P("Military Assistant to Deputy Chief of Staff Operations"),
        P("<i>Supreme Headquarters Allied Powers Europe (SHAPE), Mons</i>"),
        P("<b>01/13 – 08/16</b>"),
        P("Company Commander"),
        P("<i>1st Battalion The Royal Anglian Regiment</i>"),
        P("EDUCATION AND MILITARY TRAINING", H2),
        P("Advanced Command and Staff Course (ACSC), Defence Academy of the United Kingdom, "
          "Shrivenham, 2012 – awarded MA in Defence Studies, King's College London (2012)"),
        P("Commissioning Course, Royal Military Academy Sandhurst, 2003"),
        P("BA (Hons) Modern History, University of St Andrews, 2002"),
        P("HONOURS", H2),
        P("Member of the Order of the British Empire (MBE), 2015"),
    ]
    sidebar_layout(out(name), side, main)
    write_cv_label(cv_label(
        name, name="Alistair J. Maxwell", email="alistair.maxwell@example.co.uk",
        phone="+44 7700 900461", nationality="United Kingdom",
        education=[("master", "Defence Studies", "King's College London", 2012),
                   ("bachelor", "Modern History", "University of St Andrews", 2002)],
        military_staff_college=True,
        experience=[("SO1 J5 Future Plans", "Permanent Joint Headquarters (PJHQ)", "2022-08", None),
                    ("Commanding Officer", "3rd Battalion The Royal Anglian Regiment", "2019-08",
                     "2022-07"),
                    ("Military Assistant to Deputy Chief of Staff Operations",
                     "Supreme Headquarters Allied Powers Europe (SHAPE)", "2016-09", "2019-07"),
                    ("Company Commander", "1st Battalion The Royal Anglian Regiment", "2013-01",
                     "2016-08")],
        languages=[("English", None, None), ("French", None, "3322"), ("Arabic", None, "2111")],
        competencies=["Leadership", "Developing Others", "Change Leadership"],
        skills=["Operational planning (COPD)", "Force generation", "Crisis management",
                "Stakeholder engagement"]))


# ---------------------------------------------------------------------------
# p16: Polish engineer, everything in grid tables (Dates | Employer | Position), "10.2019 –
# present", Polish degree abbreviations (mgr inż. = master, inż. = first cycle), SLP with year.
def p16():
    name = "cv_p16_pl_tables_wisniewska.pdf"
    flow = [
        P("mgr inż. Anna Wiśniewska", H1),
        grid([["E-mail", "anna.wisniewska@example.pl"],
              ["Phone", "+48 601 555 234"],
              ["Nationality", "Polish"],
              ["Address", "ul. Marszałkowska 10, 00-590 Warszawa"]], [35 * mm, 135 * mm],
             header=False),
        P("Professional experience", H2),
        grid([["Dates", "Employer", "Position"],
              ["10.2019 – present", "Polska Grupa Zbrojeniowa S.A.",
               "Programme Manager, Air Defence Systems"],
              ["03.2014 – 09.2019", "Armament Inspectorate (Inspektorat Uzbrojenia)",
               "Senior Specialist, Procurement of Missile Systems"],
              ["07.2010 – 02.2014", "WB Electronics S.A.", "Systems Engineer"]],
             [35 * mm, 65 * mm, 70 * mm]),
        P("Education", H2),
        grid([["Years", "Degree", "Institution"],
              ["2008 – 2010", "mgr inż. (Master of Science in Engineering), Mechanical Engineering",
               "Warsaw University of Technology"],
              ["2004 – 2008", "inż. (Engineer, first-cycle degree), Mechatronics",
               "Warsaw University of Technology"]],
             [30 * mm, 80 * mm, 60 * mm]),
        P("Languages", H2),
        grid([["Language", "Level"],
              ["Polish", "native"],
              ["English", "STANAG 6001 SLP 3333 (2019)"],
              ["Russian", "B2"],
              ["German", "basic"]], [35 * mm, 135 * mm]),
        P("Skills", H2),
        grid([["Skills", "Systems engineering; Requirements management (IBM DOORS); Contract "
                         "negotiation; MS Project"]], [35 * mm, 135 * mm], header=False),
    ]
    one_column(out(name), flow)
    write_cv_label(cv_label(
        name, name="Anna Wiśniewska", email="anna.wisniewska@example.pl", phone="+48 601 555 234",
        nationality="Poland",
        education=[("master", "Mechanical Engineering", "Warsaw University of Technology", 2010),
                   ("bachelor", "Mechatronics", "Warsaw University of Technology", 2008)],
        experience=[("Programme Manager, Air Defence Systems", "Polska Grupa Zbrojeniowa S.A.",
                     "2019-10", None),
                    ("Senior Specialist, Procurement of Missile Systems",
                     "Armament Inspectorate (Inspektorat Uzbrojenia)", "2014-03", "2019-09"),
                    ("Systems Engineer", "WB Electronics S.A.", "2010-07", "2014-02")],
        languages=[("Polish", None, None), ("English", None, "3333"), ("Russian", "IV", None),
                   ("German", None, None)],
        skills=["Systems engineering", "Requirements management (IBM DOORS)",
                "Contract negotiation", "MS Project"]))


# ---------------------------------------------------------------------------
# p17: US contractor résumé (one column): "Employer — Title | Mon YYYY – Present" on one line,
# phone with dots, post-nominal certification after the name, no languages section.
def p17():
    name = "cv_p17_us_resume_lawson.pdf"
    flow = [
        P("DEREK T. LAWSON, CISSP", H1),
        P("Chantilly, VA · 703.555.0119 · derek.lawson@example.com"),
        P("Citizenship: United States (active Secret clearance)"),
        P("PROFESSIONAL SUMMARY", H2),
        P("Cyber security engineer with 16 years of experience defending DoD and intelligence "
          "community networks, from Air Force cyber operations to enterprise security "
          "engineering."),
        P("EXPERIENCE", H2),
        P("<b>General Dynamics Information Technology (GDIT)</b> — Cyber Security Engineer III | "
          "Mar 2019 – Present"),
        *bullets(["Engineer SIEM use cases and automate STIG compliance checks for 40,000 "
                  "endpoints.",
                  "Lead RMF assessment packages for mission systems."]),
        P("<b>ManTech International Corporation</b> — Network Defense Analyst | Jan 2015 – "
          "Feb 2019"),
        *bullets(["Triaged intrusion alerts and led incident response for a DoD customer."]),
        P("<b>U.S. Air Force</b> — Cyber Systems Operations Journeyman (SSgt) | Oct 2008 – "
          "Dec 2014"),
        *bullets(["Administered classified networks at Ramstein Air Base, Germany."]),
        P("EDUCATION", H2),
        P("M.S., Cybersecurity – University of Maryland Global Campus (2018)"),
        P("B.S., Information Technology – George Mason University, Fairfax, VA (2014)"),
        P("CERTIFICATIONS", H2),
        P("CISSP (2017) · CompTIA Security+ (2009) · GIAC GCIH (2016)"),
        P("TECHNICAL SKILLS", H2),
        P("Splunk, ACAS/Nessus, Palo Alto firewalls, STIG compliance, Python, RMF/eMASS"),
    ]
    one_column(out(name), flow)
    write_cv_label(cv_label(
        name, name="Derek T. Lawson", email="derek.lawson@example.com", phone="703.555.0119",
        nationality="United States",
        education=[("master", "Cybersecurity", "University of Maryland Global Campus", 2018),
                   ("bachelor", "Information Technology", "George Mason University", 2014)],
        experience=[("Cyber Security Engineer III", "General Dynamics Information Technology (GDIT)",
                     "2019-03", None),
                    ("Network Defense Analyst", "ManTech International Corporation", "2015-01",
                     "2019-02"),
                    ("Cyber Systems Operations Journeyman (SSgt)", "U.S. Air Force", "2008-10",
                     "2014-12")],
        languages=[],
        skills=["Splunk", "ACAS/Nessus", "Palo Alto firewalls", "STIG compliance", "Python",
                "RMF/eMASS"]))


# ---------------------------------------------------------------------------
# p18: Belgian francophone CV in French, two columns with the sidebar on the RIGHT and the main
# column laid out first; NATO competencies named in French with the English name in brackets.
def p18():
    name = "cv_p18_be_fr_twocol_vandenberghe.pdf"
    main = [
        P("Nathalie Vandenberghe", H1),
        P("Gestionnaire financière – audit et contrôle budgétaire"),
        P("EXPÉRIENCE PROFESSIONNELLE", H2),
        P("<b>sept. 2016 – aujourd'hui</b>"),
        P("Gestionnaire financière"),
        P("<i>Agence OTAN de soutien et d'acquisition (NSPA), Capellen</i>"),
        *bullets(["Suivi de l'exécution budgétaire des programmes clients ;",
                  "Préparation des états financiers selon les normes IPSAS."]),
        P("<b>01/2012 – 08/2016</b>"),
        P("Auditrice"),
        P("<i>Cour des comptes, Bruxelles</i>"),
        P("<b>07/2009 – 12/2011</b>"),
        P("Assistante audit"),
        P("<i>Deloitte Réviseurs d'Entreprises, Zaventem</i>"),
        P("FORMATION", H2),
        P("2009 – Master en sciences économiques et de gestion, UCLouvain"),
        P("2007 – Bachelier en sciences économiques et de gestion, UCLouvain"),
        P("2004 – CESS, Collège Saint-Servais, Namur"),
    ]
    side = [
        P("CONTACT", SIDE_H),
        P("nathalie.vdb@example.be", SIDE),
        P("+32 475 55 12 34", SIDE),
        P("Namur, Belgique", SIDE),
        P("Nationalité : belge", SIDE),
        P("LANGUES", SIDE_H),
        P("Français – langue maternelle", SIDE),
        P("Néerlandais – B2", SIDE),
        P("Anglais – C1", SIDE),
        P("Allemand – notions", SIDE),
        P("COMPÉTENCES OTAN", SIDE_H),
        P("Pensée analytique (Analytical Thinking) – voit des relations multiples", SIDE),
        P("Orientation client (Customer Service Orientation) – assume personnellement la "
          "correction des problèmes", SIDE),
        P("Travail en équipe (Teamwork) – coopère", SIDE),
        P("INFORMATIQUE", SIDE_H),
        P("SAP FI · Excel avancé · Power BI", SIDE),
    ]
    sidebar_layout(out(name), side, main, side_first=False, side_right=True)
    write_cv_label(cv_label(
        name, name="Nathalie Vandenberghe", email="nathalie.vdb@example.be",
        phone="+32 475 55 12 34", nationality="Belgium",
        education=[("master", "sciences économiques et de gestion", "UCLouvain", 2009),
                   ("bachelor", "sciences économiques et de gestion", "UCLouvain", 2007),
                   ("secondary", None, "Collège Saint-Servais", 2004)],
        experience=[("Gestionnaire financière", "Agence OTAN de soutien et d'acquisition (NSPA)",
                     "2016-09", None),
                    ("Auditrice", "Cour des comptes", "2012-01", "2016-08"),
                    ("Assistante audit", "Deloitte Réviseurs d'Entreprises", "2009-07", "2011-12")],
        languages=[("French", None, None), ("Dutch", "IV", None), ("English", "V", None),
                   ("German", None, None)],
        competencies=["Analytical Thinking", "Customer Service Orientation", "Teamwork"],
        skills=["SAP FI", "Excel avancé", "Power BI"]))


# ---------------------------------------------------------------------------
# p19: Slovak engineer, one column, "2016/09 – now", academic titles around the name, Bc./Ing./PhD,
# organisation name with a legal form after a comma ("VOP Trenčín, š.p.").
def p19():
    name = "cv_p19_sk_kovac.pdf"
    flow = [
        P("Ing. Peter Kováč, PhD.", H1),
        P("Citizenship: Slovak Republic · peter.kovac@example.sk · +421 905 555 321"),
        P("WORK EXPERIENCE", H2),
        P("<b>2016/09 – now</b> &nbsp; Head of Armaments Planning Department"),
        P("Ministry of Defence of the Slovak Republic, Bratislava", SMALL),
        P("<b>2012/02 – 2016/08</b> &nbsp; Research Engineer"),
        P("VOP Trenčín, š.p., Trenčín", SMALL),
        P("<b>2008/07 – 2012/01</b> &nbsp; Test Engineer"),
        P("Konštrukta-Defence a.s., Dubnica nad Váhom", SMALL),
        P("EDUCATION", H2),
        P("<b>2009 – 2013</b> &nbsp; PhD (philosophiae doctor), Military Technology"),
        P("Armed Forces Academy of General Milan Rastislav Štefánik, Liptovský Mikuláš", SMALL),
        P("<b>2006 – 2008</b> &nbsp; Ing. (engineer, second-cycle degree), Mechatronics"),
        P("Slovak University of Technology in Bratislava", SMALL),
        P("<b>2003 – 2006</b> &nbsp; Bc., Mechanical Engineering"),
        P("Slovak University of Technology in Bratislava", SMALL),
        P("LANGUAGES", H2),
        P("Slovak (mother tongue), Czech (C2), English (SLP 3-3-3-3, 2019), German (basic)"),
        P("TECHNICAL SKILLS", H2),
        P("MATLAB/Simulink, CATIA V5, reliability analysis (RAMS), ANSYS"),
    ]
    one_column(out(name), flow)
    write_cv_label(cv_label(
        name, name="Peter Kováč", email="peter.kovac@example.sk", phone="+421 905 555 321",
        nationality="Slovakia",
        education=[("doctorate", "Military Technology",
                    "Armed Forces Academy of General Milan Rastislav Štefánik", 2013),
                   ("master", "Mechatronics", "Slovak University of Technology in Bratislava", 2008),
                   ("bachelor", "Mechanical Engineering",
                    "Slovak University of Technology in Bratislava", 2006)],
        experience=[("Head of Armaments Planning Department",
                     "Ministry of Defence of the Slovak Republic", "2016-09", None),
                    ("Research Engineer", "VOP Trenčín, š.p.", "2012-02", "2016-08"),
                    ("Test Engineer", "Konštrukta-Defence a.s.", "2008-07", "2012-01")],
        languages=[("Slovak", None, None), ("Czech", "VI", None), ("English", None, "3333"),
                   ("German", None, None)],
        skills=["MATLAB/Simulink", "CATIA V5", "reliability analysis (RAMS)", "ANSYS"]))


# ---------------------------------------------------------------------------
# p20: Estonian officer, two columns (sidebar left laid out first), "Aug 2021 – present",
# Baltic Defence College JCGSC, competencies with NATO names in the sidebar.
def p20():
    name = "cv_p20_ee_officer_twocol_kask.pdf"
    side = [
        P("CONTACT", SIDE_H),
        P("rasmus.kask@example.ee", SIDE),
        P("+372 5555 1234", SIDE),
        P("Citizenship: Estonia", SIDE),
        P("LANGUAGES", SIDE_H),
        P("Estonian – native", SIDE),
        P("English – SLP 3333", SIDE),
        P("Russian – C1", SIDE),
        P("Finnish – B2", SIDE),
        P("COMPETENCIES", SIDE_H),
        P("Initiative: Acts up to 2 months ahead", SIDE),
        P("Leadership: Ensures the team has the opportunity to perform", SIDE),
        P("Flexibility: Adapts strategy", SIDE),
    ]
    main = [
        P("Major Rasmus Kask", H1),
        P("Estonian Defence Forces – infantry officer, operations and planning"),
        P("SERVICE RECORD", H2),
        P("<b>Aug 2021 – present</b> · Chief of Operations (G3), 1st Infantry Brigade"),
        P("<b>Jun 2018 – Jul 2020</b> · Staff Officer J3, Multinational Division North (MND-N)"),
        P("<b>Aug 2014 – May 2018</b> · Company Commander, Scouts Battalion"),
        P("<b>Aug 2010 – Jul 2014</b> · Platoon Leader, Kalev Infantry Battalion"),
        P("EDUCATION", H2),
        P("<b>2020 – 2021</b> · Joint Command and General Staff Course (JCGSC), Baltic Defence "
          "College, Tartu"),
        P("<b>2014</b> · Master's degree in Military Leadership and Management, Estonian National "
          "Defence College"),
        P("<b>2008</b> · Bachelor of Science in Geography, University of Tartu"),
        P("DEPLOYMENTS", H2),
        P("Mali (Operation Barkhane), 2019 · Afghanistan (ISAF), 2012"),
    ]
    sidebar_layout(out(name), side, main, side_w=52 * mm)
    write_cv_label(cv_label(
        name, name="Rasmus Kask", email="rasmus.kask@example.ee", phone="+372 5555 1234",
        nationality="Estonia",
        education=[("master", "Military Leadership and Management",
                    "Estonian National Defence College", 2014),
                   ("bachelor", "Geography", "University of Tartu", 2008)],
        military_staff_college=True,
        experience=[("Chief of Operations (G3)", "1st Infantry Brigade", "2021-08", None),
                    ("Staff Officer J3", "Multinational Division North (MND-N)", "2018-06",
                     "2020-07"),
                    ("Company Commander", "Scouts Battalion", "2014-08", "2018-05"),
                    ("Platoon Leader", "Kalev Infantry Battalion", "2010-08", "2014-07")],
        languages=[("Estonian", None, None), ("English", None, "3333"), ("Russian", "V", None),
                   ("Finnish", "IV", None)],
        competencies=["Initiative", "Leadership", "Flexibility"],
        skills=[]))


# ---------------------------------------------------------------------------
# p21: Italian officer, CV in Italian with tables (Periodo | Incarico | Ente), "da settembre 2021
# ad oggi", ISSMI without a degree, SLP "3+3+3+3".
def p21():
    name = "cv_p21_it_ufficiale_tables_desantis.pdf"
    flow = [
        P("CURRICULUM VITAE", H2),
        P("Ten. Col. Marco De Santis", H1),
        P("Nazionalità: italiana · marco.desantis@example.it · +39 347 555 9012"),
        P("Esperienza professionale", H2),
        grid([["Periodo", "Incarico", "Ente"],
              ["da settembre 2021 ad oggi", "Capo Sezione Pianificazione",
               "Comando Operativo di Vertice Interforze (COVI), Roma"],
              ["09/2017 – 08/2021", "Staff Officer J7",
               "NATO Rapid Deployable Corps – Italy (NRDC-ITA), Solbiate Olona"],
              ["2013 – 2016", "Comandante di compagnia", "9° Reggimento Alpini, L'Aquila"]],
             [38 * mm, 52 * mm, 80 * mm]),
        P("Istruzione e formazione", H2),
        grid([["Anno", "Titolo", "Istituto"],
              ["2017", "Corso Superiore di Stato Maggiore Interforze (ISSMI)",
               "Centro Alti Studi per la Difesa (CASD), Roma"],
              ["2006", "Laurea magistrale in Scienze Strategiche", "Università degli Studi di Torino"],
              ["2004", "Laurea triennale in Scienze Strategiche e della Sicurezza",
               "Università degli Studi di Torino"]],
             [20 * mm, 80 * mm, 70 * mm]),
        P("Lingue", H2),
        grid([["Lingua", "Livello"],
              ["Italiano", "madrelingua"],
              ["Inglese", "SLP 3+3+3+3"],
              ["Francese", "SLP 2+2+2+1"]], [50 * mm, 120 * mm]),
        P("Competenze informatiche", H2),
        P("TOPFAS, Microsoft Office"),
    ]
    one_column(out(name), flow)
    write_cv_label(cv_label(
        name, name="Marco De Santis", email="marco.desantis@example.it", phone="+39 347 555 9012",
        nationality="Italy",
        education=[("master", "Scienze Strategiche", "Università degli Studi di Torino", 2006),
                   ("bachelor", "Scienze Strategiche e della Sicurezza",
                    "Università degli Studi di Torino", 2004)],
        military_staff_college=True,
        experience=[("Capo Sezione Pianificazione",
                     "Comando Operativo di Vertice Interforze (COVI)", "2021-09", None),
                    ("Staff Officer J7", "NATO Rapid Deployable Corps – Italy (NRDC-ITA)",
                     "2017-09", "2021-08"),
                    ("Comandante di compagnia", "9° Reggimento Alpini", "2013-01", "2016-12")],
        languages=[("Italian", None, None), ("English", None, "3333"), ("French", None, "2221")],
        skills=["TOPFAS", "Microsoft Office"]))


# ---------------------------------------------------------------------------
# p22: Spanish bilingual ES/EN CV (serif, one column): compound surnames, "Mar. 2019 – actualidad /
# present", "Ago. 2014", Grado / Máster Universitario.
def p22():
    name = "cv_p22_es_bilingual_ruiz.pdf"
    flow = [
        P("María del Carmen Ruiz Navarro", ParagraphStyle("n", parent=SERIF_H, fontSize=17,
                                                          leading=21)),
        P("Madrid · mcarmen.ruiz@example.es · +34 612 555 789", SERIF),
        P("Nacionalidad / Nationality: española / Spanish", SERIF),
        P("Experiencia profesional / Professional experience", SERIF_H),
        P("<b>Mar. 2019 – actualidad / present</b>", SERIF),
        P("Jefa de proyecto de ciberseguridad / Cybersecurity Project Lead — Indra Sistemas S.A.",
          SERIF),
        P("<b>Sept. 2014 – Feb. 2019</b>", SERIF),
        P("Analista de ciberseguridad / Cybersecurity Analyst — Mando Conjunto del Ciberespacio "
          "(MCCE)", SERIF),
        P("<b>Jul. 2012 – Ago. 2014</b>", SERIF),
        P("Ingeniera de software / Software Engineer — GMV", SERIF),
        P("Formación / Education", SERIF_H),
        P("Máster Universitario en Ciberseguridad / MSc in Cybersecurity — Universidad Carlos III "
          "de Madrid, 2014", SERIF),
        P("Grado en Ingeniería Informática / BSc in Computer Engineering — Universidad Politécnica "
          "de Madrid, 2012", SERIF),
        P("Idiomas / Languages", SERIF_H),
        P("Español / Spanish: lengua materna / native", SERIF),
        P("Inglés / English: C1 (Cambridge Advanced)", SERIF),
        P("Francés / French: B2 (DELF)", SERIF),
        P("Competencias técnicas / Technical skills", SERIF_H),
        P("SIEM (QRadar), ISO 27001, ENS (Esquema Nacional de Seguridad), Python", SERIF),
    ]
    one_column(out(name), flow)
    write_cv_label(cv_label(
        name, name="María del Carmen Ruiz Navarro", email="mcarmen.ruiz@example.es",
        phone="+34 612 555 789", nationality="Spain",
        education=[("master", "Ciberseguridad", "Universidad Carlos III de Madrid", 2014),
                   ("bachelor", "Ingeniería Informática", "Universidad Politécnica de Madrid", 2012)],
        experience=[("Jefa de proyecto de ciberseguridad / Cybersecurity Project Lead",
                     "Indra Sistemas S.A.", "2019-03", None),
                    ("Analista de ciberseguridad / Cybersecurity Analyst",
                     "Mando Conjunto del Ciberespacio (MCCE)", "2014-09", "2019-02"),
                    ("Ingeniera de software / Software Engineer", "GMV", "2012-07", "2014-08")],
        languages=[("Spanish", None, None), ("English", "V", None), ("French", "IV", None)],
        skills=["SIEM (QRadar)", "ISO 27001", "ENS (Esquema Nacional de Seguridad)", "Python"]))


def build():
    for f in (p15, p16, p17, p18, p19, p20, p21, p22):
        f()
    return list(BUILT)


if __name__ == "__main__":
    print("\n".join(build()))
