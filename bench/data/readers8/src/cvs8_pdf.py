"""PDF CVs of corpus 8 (p58-p64), fpdf2 + DejaVu fonts. Each builder sits next to its hand-written label."""
import os

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def ptable(pdf, rows, widths, header=True, size=8.5, lh=4.6):
    pdf.set_font("DejaVu", "", size)
    with pdf.table(col_widths=widths, first_row_as_headings=header, line_height=lh, text_align="LEFT") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)


# ------------------------------------------------------------------ p58: Danish civil servant, newspaper-style two
# columns: the EXPERIENCE section starts in the left column and CONTINUES at the top of the right column
F = "cv_p58_dk_twocol_newspaperflow_holm.pdf"


@doc(F, cv_label(
    F, "Mikkel Nørgaard Holm", "mikkel.holm@example.dk", "+45 31 55 72 08", "Denmark",
    [("master", "Political Science", "University of Copenhagen", 2011),
     ("bachelor", "Political Science", "University of Copenhagen", 2009)],
    False,
    [("Chief Consultant", "Danish Ministry of Defence", "2019-10", None),
     ("Head of Section", "Danish Defence Acquisition and Logistics Organisation (DALO)", "2015-02", "2019-09"),
     ("Consultant", "Deloitte Denmark", "2011-08", "2015-01"),
     ("Student Assistant", "Danish Institute for International Studies (DIIS)", "2009-09", "2011-06")],
    [("Danish", None, None), ("English", "VI", None), ("German", "IV", None), ("Swedish", None, None)],
    [],
    ["Defence acquisition", "LEAN", "SAP", "Power BI"]))
def p58(path):
    pdf = PDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Mikkel Nørgaard Holm", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Østerbrogade 88, 2100 København Ø · +45 31 55 72 08 · mikkel.holm@example.dk · Citizenship: Danish", 9)
    y0 = pdf.get_y() + 4
    pdf.line(15, y0 - 2, 195, y0 - 2)
    colw = 86

    def col(x, y, blocks):
        pdf.set_xy(x, y)
        for kind, text in blocks:
            pdf.set_x(x)
            if kind == "H":
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(colw, 6, text, new_x="LEFT", new_y="NEXT")
            elif kind == "T":
                pdf.set_font("DejaVu", "B", 9.5)
                pdf.multi_cell(colw, 4.8, text, new_x="LEFT", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(colw, 4.5, text, new_x="LEFT", new_y="NEXT")
                pdf.ln(2)

    col(15, y0, [
        ("H", "PROFILE"),
        ("P", "Defence acquisition and policy professional with fifteen years in the Danish defence sector, "
              "including acquisition of NATO-common-funded capabilities and national support to NSPA programmes. "
              "Experienced in leading cross-ministerial working groups and in presenting to parliamentary "
              "committees."),
        ("H", "EXPERIENCE"),
        ("T", "Chief Consultant — Danish Ministry of Defence\nOct 2019 – present"),
        ("P", "Coordinates Denmark's input to NATO capability targets for maritime and air; secretary to the "
              "inter-ministerial acquisition board; prepares the Minister's briefings for NATO defence "
              "ministerials; led the 2023 review of the multi-year defence agreement's acquisition annex."),
        ("T", "Head of Section — Danish Defence Acquisition and Logistics Organisation (DALO)\n"
              "Feb 2015 – Sep 2019"),
        ("P", "Led a section of nine buying frigate sensor upgrades; negotiated framework contracts with NSPA "
              "and national industry; introduced LEAN methods into the contract review process."),
    ])
    col(109, y0, [
        ("T", "Consultant — Deloitte Denmark\nAug 2011 – Jan 2015"),
        ("P", "Public-sector strategy projects for the Ministry of Defence and the Danish Emergency "
              "Management Agency."),
        ("T", "Student Assistant — Danish Institute for International Studies (DIIS)\nSep 2009 – Jun 2011"),
        ("P", "Research support for the defence and security unit."),
        ("H", "EDUCATION"),
        ("P", "MSc in Political Science (cand.scient.pol.), University of Copenhagen, 2011\n"
              "BSc in Political Science, University of Copenhagen, 2009"),
        ("H", "LANGUAGES"),
        ("P", "Danish – native\nEnglish – C2\nGerman – B2\nSwedish – good"),
        ("H", "SKILLS"),
        ("P", "Defence acquisition · LEAN · SAP · Power BI"),
        ("H", "OTHER"),
        ("P", "Reserve officer (first lieutenant) in the Danish Home Guard; Danish security clearance "
              "(TTT, equivalent to NATO SECRET)."),
    ])
    pdf.output(path)


# ------------------------------------------------------------------ p59: Czech officer, a drawn vertical timeline
# (dates on the left of a line with dots, text on the right), "09/2020 – now"
F = "cv_p59_cz_drawn_timeline_officer_prochazka.pdf"


@doc(F, cv_label(
    F, "Petr Procházka", "petr.prochazka@example.cz", "+420 973 555 214", "Czechia",
    [("master", "Military Leadership", "University of Defence (Univerzita obrany)", 2012)],
    True,
    [("Staff Officer G3 Operations", "Land Forces Command (Velitelství pozemních sil)", "2020-09", None),
     ("Company Commander", "41st Mechanised Battalion (41. mechanizovaný prapor)", "2016-07", "2020-08"),
     ("Platoon Leader", "71st Mechanised Battalion (71. mechanizovaný prapor)", "2012-08", "2016-06")],
    [("Czech", None, None), ("English", None, "3332"), ("German", None, "2211")],
    [],
    ["TOPFAS", "LOGFAS", "MS Office"]))
def p59(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Major Ing. Petr Procházka", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Olomouc, Czech Republic · +420 973 555 214 · petr.prochazka@example.cz · Nationality: Czech", 9)
    pdf.heading("Career timeline", 12)
    lx = 52
    items = [
        ("09/2020 – now", "Staff Officer G3 Operations",
         "Land Forces Command (Velitelství pozemních sil), Olomouc",
         "Planning of national contributions to the NATO Response Force and eFP Lithuania."),
        ("07/2016 – 08/2020", "Company Commander", "41st Mechanised Battalion (41. mechanizovaný prapor), Žatec",
         "Commanded a mechanised company of 120; deployed to eFP Lithuania in 2018."),
        ("08/2012 – 06/2016", "Platoon Leader", "71st Mechanised Battalion (71. mechanizovaný prapor), Hranice",
         "Platoon leader and later battalion S3 assistant."),
    ]
    ytop = pdf.get_y() + 2
    y = ytop
    for dates, title, org, desc in items:
        pdf.set_xy(20, y)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(lx - 24, 5, dates, align="R")
        pdf.set_fill_color(40, 70, 120)
        pdf.ellipse(lx - 1.6, y + 1, 3.2, 3.2, style="F")
        pdf.set_xy(lx + 5, y)
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5, title, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "I", 9)
        pdf.multi_cell(0, 4.6, org, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 4.6, desc, new_x="LEFT", new_y="NEXT")
        y = pdf.get_y() + 5
    pdf.set_draw_color(40, 70, 120)
    pdf.line(lx, ytop, lx, y - 4)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(20, y)
    pdf.heading("Education", 12)
    pdf.para("2012  Ing. (master's degree) in Military Leadership, University of Defence (Univerzita obrany), Brno",
             9.5)
    pdf.heading("Military courses", 12)
    pdf.para("2019  Command and Staff Course (Kurz štábních důstojníků), University of Defence, Brno\n"
             "2017  NATO Operational Planning Course, NATO School Oberammergau", 9.5)
    pdf.heading("Languages", 12)
    pdf.para("Czech – native\nEnglish – STANAG 6001 SLP 3-3-3-2\nGerman – STANAG 6001 SLP 2-2-1-1", 9.5)
    pdf.heading("Skills", 12)
    pdf.para("TOPFAS; LOGFAS; MS Office", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p60: Dutch engineer, experience table with the
# employer cell MERGED over its role rows (rowspan)
F = "cv_p60_nl_table_mergedemployer_dewit.pdf"


@doc(F, cv_label(
    F, "Maarten de Wit", "maarten.dewit@example.nl", "+31 6 5550 2947", "Netherlands",
    [("master", "Electrical Engineering", "Delft University of Technology (TU Delft)", 2013),
     ("bachelor", "Electrical Engineering", "Delft University of Technology (TU Delft)", 2011)],
    False,
    [("Lead Systems Engineer", "Defence Materiel Organisation (DMO)", "2021-03", None),
     ("Systems Engineer", "Defence Materiel Organisation (DMO)", "2017-01", "2021-02"),
     ("Software Engineer", "Thales Nederland B.V.", "2013-09", "2016-12"),
     ("Graduate Intern", "Thales Nederland B.V.", "2013-02", "2013-08")],
    [("Dutch", None, None), ("English", "VI", None), ("German", "IV", None), ("French", None, None)],
    [],
    ["MATLAB", "Python", "IBM DOORS", "Capella (MBSE)"]))
def p60(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Maarten de Wit", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Systems engineer · Den Helder · +31 6 5550 2947 · maarten.dewit@example.nl · Nationality: Dutch", 9)
    pdf.heading("Work experience", 11)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(52, 52, 34, 36), line_height=4.8, text_align="LEFT") as t:
        r = t.row()
        for c in ("Employer", "Role", "Period", "Focus"):
            r.cell(c)
        r = t.row()
        r.cell("Defence Materiel Organisation (DMO)\nMinistry of Defence, Utrecht", rowspan=2)
        r.cell("Lead Systems Engineer")
        r.cell("Mar 2021 – present")
        r.cell("Air and missile defence frigate programme")
        r = t.row()
        r.cell("Systems Engineer")
        r.cell("Jan 2017 – Feb 2021")
        r.cell("Radar integration, NATO AMD interfaces")
        r = t.row()
        r.cell("Thales Nederland B.V.\nHengelo", rowspan=2)
        r.cell("Software Engineer")
        r.cell("Sep 2013 – Dec 2016")
        r.cell("Combat management software")
        r = t.row()
        r.cell("Graduate Intern")
        r.cell("Feb 2013 – Aug 2013")
        r.cell("MSc thesis project")
    pdf.ln(3)
    pdf.heading("Education", 11)
    ptable(pdf, [["Degree", "Institution", "Year"],
                 ["MSc Electrical Engineering", "Delft University of Technology (TU Delft)", "2013"],
                 ["BSc Electrical Engineering", "Delft University of Technology (TU Delft)", "2011"]],
           (70, 80, 24))
    pdf.heading("Languages", 11)
    ptable(pdf, [["Language", "Level"], ["Dutch", "native"], ["English", "C2"], ["German", "B2"],
                 ["French", "basic"]], (60, 60))
    pdf.heading("Skills", 11)
    pdf.para("MATLAB | Python | IBM DOORS | Capella (MBSE)", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p61: US résumé, "Present", bullet achievements
# full of numbers and other dates, two roles under one employer, a concurrent part-time adjunct post
F = "cv_p61_us_resume_bullets_present_adjunct_delgado.pdf"


@doc(F, cv_label(
    F, "Marcus T. Delgado", "marcus.delgado@example.com", "(757) 555-0193", "United States",
    [("master", "National Security Affairs", "Naval Postgraduate School", 2017),
     ("bachelor", "Political Science", "United States Naval Academy", 2012)],
    False,
    [("Senior Associate", "Booz Allen Hamilton", "2021-01", None),
     ("Associate", "Booz Allen Hamilton", "2018-06", "2020-12"),
     ("Adjunct Instructor", "Old Dominion University", "2019-08", None),
     ("Intelligence Officer", "U.S. Navy", "2012-05", "2018-05")],
    [("English", None, None), ("Spanish", None, None)],
    [],
    ["Exercise design", "Wargaming", "Joint planning (JOPP)", "Tableau", "Python"]))
def p61(path):
    pdf = PDF(format="Letter")
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "MARCUS T. DELGADO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Virginia Beach, VA 23451 | (757) 555-0193 | marcus.delgado@example.com\n"
             "U.S. Citizen | Active Secret clearance", 9, align="C")
    pdf.heading("PROFESSIONAL EXPERIENCE", 11)

    def job(left, right, bullets):
        pdf.left_right(left, right, 10)
        pdf.set_font("DejaVu", "", 9)
        for b in bullets:
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(0, 4.6, "• " + b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.para("Booz Allen Hamilton — Norfolk, VA", 10.5, "B")
    job("Senior Associate, Wargaming and Exercises", "Jan 2021 – Present", [
        "Designed 4 scenarios for NATO exercise STEADFAST JUPITER 2023, used by 1,200 staff across 9 HQs.",
        "Cut white-cell adjudication time by 35% by building a Python injects tracker (Mar 2022).",
        "Led a team of 6 analysts supporting Allied Command Transformation's wargaming branch."])
    job("Associate", "Jun 2018 – Dec 2020", [
        "Built Tableau dashboards for 2nd Fleet readiness reviews; briefed flag officers monthly.",
        "Supported Trident Juncture 2018 after-action reporting (March 2019 final report)."])
    pdf.para("Old Dominion University — Norfolk, VA", 10.5, "B")
    job("Adjunct Instructor (part-time)", "Aug 2019 – Present", [
        "Teach the graduate seminar 'NATO and Allied Strategy' (one evening course per semester)."])
    pdf.para("U.S. Navy", 10.5, "B")
    job("Intelligence Officer", "May 2012 – May 2018", [
        "Lieutenant; intelligence officer aboard USS Bataan (LHD 5), then Carrier Strike Group 8 staff.",
        "Produced 300+ daily intelligence summaries during the 2016 deployment to 5th and 6th Fleets."])
    pdf.heading("EDUCATION", 11)
    pdf.left_right("M.A., National Security Affairs — Naval Postgraduate School", "2017", 9.5, "")
    pdf.left_right("B.S., Political Science — United States Naval Academy", "2012", 9.5, "")
    pdf.heading("SKILLS", 11)
    pdf.para("Exercise design · Wargaming · Joint planning (JOPP) · Tableau · Python", 9.5)
    pdf.heading("LANGUAGES", 11)
    pdf.para("English (native) · Spanish (DLPT 2+/2+)", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p62: Belgian francophone officer, PHOTO box
# header and a LEFT CONTACT SIDEBAR (real two columns), "Depuis août 2021", French month names, SLP in sidebar
F = "cv_p62_be_photobox_sidebar_depuis_lambotte.pdf"


@doc(F, cv_label(
    F, "Julien Lambotte", "julien.lambotte@example.be", "+32 475 55 18 62", "Belgium",
    [("master", "sciences sociales et militaires", "École royale militaire (ERM)", 2012)],
    True,
    [("Officier d'état-major J5 (planification)", "État-major de la Défense", "2021-08", None),
     ("Commandant de compagnie", "Bataillon de Chasseurs Ardennais", "2017-09", "2021-07"),
     ("Chef de peloton", "2e Bataillon de Commandos", "2012-07", "2017-08")],
    [("French", None, None), ("Dutch", None, "3332"), ("English", None, "3333")],
    [],
    ["TOPFAS", "planification opérationnelle (COPD)", "MS Office"]))
def p62(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    sw = 62
    pdf.set_fill_color(228, 234, 242)
    pdf.rect(0, 0, sw, 297, style="F")
    # photo box
    pdf.set_draw_color(90, 90, 90)
    pdf.rect(14, 14, 34, 40)
    pdf.set_xy(14, 31)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(34, 5, "PHOTO", align="C")
    pdf.set_xy(8, 62)
    for head, body in [("CONTACT", "julien.lambotte@example.be\n+32 475 55 18 62\nRue de la Loi 12\n1000 Bruxelles"),
                       ("NATIONALITÉ", "belge"),
                       ("LANGUES", "Français : langue maternelle\nNéerlandais : SLP 3332\nAnglais : SLP 3333"),
                       ("COMPÉTENCES", "TOPFAS\nplanification opérationnelle (COPD)\nMS Office"),
                       ("LOISIRS", "Trail, histoire militaire")]:
        pdf.set_x(8)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(sw - 12, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(8)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.multi_cell(sw - 12, 4.5, body, new_x="LEFT", new_y="NEXT")
        pdf.ln(3)
    x = sw + 8
    pdf.set_left_margin(x)
    pdf.set_right_margin(14)
    pdf.set_xy(x, 16)
    pdf.set_font("DejaVu", "B", 20)
    pdf.multi_cell(0, 9, "Capitaine-commandant\nJulien LAMBOTTE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Officier d'état-major – planification des opérations", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(62)
    pdf.heading("EXPÉRIENCE PROFESSIONNELLE", 11)
    for dates, title, org, desc in [
        ("Depuis août 2021", "Officier d'état-major J5 (planification)", "État-major de la Défense, Evere",
         "Planification de la contribution belge à la NRF et à la présence avancée en Roumanie."),
        ("Septembre 2017 – juillet 2021", "Commandant de compagnie", "Bataillon de Chasseurs Ardennais, Marche-en-"
                                                                     "Famenne",
         "Commandement d'une compagnie d'infanterie ; déploiement eFP Lituanie (2019)."),
        ("Juillet 2012 – août 2017", "Chef de peloton", "2e Bataillon de Commandos, Flawinne",
         "Chef de peloton puis officier adjoint S3.")]:
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, dates, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "I", 9)
        pdf.multi_cell(0, 4.6, org, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 4.6, desc, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.heading("FORMATION", 11)
    pdf.para("2020 – Cours Supérieur d'État-Major (CSEM), Institut Royal Supérieur de Défense (IRSD)\n"
             "2012 – Master en sciences sociales et militaires, École royale militaire (ERM)\n"
             "2016 – Cours de capitaine-commandant (formation continue, sans diplôme)", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p63: Spanish engineer, English CV, employment
# table with an FTE column: two concurrent posts and a "Career break" row
F = "cv_p63_es_fte_table_concurrent_careerbreak_carrasco.pdf"


@doc(F, cv_label(
    F, "Lucía Carrasco Méndez", "lucia.carrasco@example.es", "+34 655 510 274", "Spain",
    [("master", "Ciberseguridad", "Universidad Carlos III de Madrid", 2016),
     ("bachelor", "Ingeniería Telemática", "Universidad Politécnica de Madrid", 2014)],
    False,
    [("Cyber Security Engineer", "Indra", "2022-02", None),
     ("Associate Lecturer", "Universidad Carlos III de Madrid", "2022-09", None),
     ("Security Analyst", "S21sec", "2016-03", "2020-06"),
     ("Junior Network Engineer", "Telefónica España", "2014-09", "2016-02")],
    [("Spanish", None, None), ("English", "V", None), ("French", "IV", None)],
    [],
    ["Splunk", "Wireshark", "Python", "ISO 27001", "Kali Linux"]))
def p63(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Lucía Carrasco Méndez", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Cyber security engineer · Madrid · +34 655 510 274 · lucia.carrasco@example.es\n"
             "Nationality: Spanish", 9)
    pdf.heading("Summary", 11)
    pdf.para("Security engineer with ten years in SOC operations and network defence, currently combining a "
             "full-time post with part-time university teaching. Returned to work in 2022 after a planned "
             "career break.", 9)
    pdf.heading("Employment", 11)
    ptable(pdf, [["Period", "Position", "Employer", "FTE"],
                 ["02/2022 – present", "Cyber Security Engineer", "Indra", "100%"],
                 ["09/2022 – present", "Associate Lecturer", "Universidad Carlos III de Madrid", "20%"],
                 ["07/2020 – 01/2022", "Career break (family care)", "—", "—"],
                 ["03/2016 – 06/2020", "Security Analyst", "S21sec", "100%"],
                 ["09/2014 – 02/2016", "Junior Network Engineer", "Telefónica España", "100%"]],
           (36, 58, 58, 18))
    pdf.heading("Education", 11)
    pdf.para("2016  Máster Universitario en Ciberseguridad — Universidad Carlos III de Madrid\n"
             "2014  Grado en Ingeniería Telemática — Universidad Politécnica de Madrid", 9.5)
    pdf.heading("Certifications", 11)
    pdf.para("CISSP (2019); GIAC GCIH (2017)", 9.5)
    pdf.heading("Languages", 11)
    pdf.para("Spanish – mother tongue; English – C1 (Cambridge CAE); French – B2 (DELF B2)", 9.5)
    pdf.heading("Technical skills", 11)
    pdf.para("Splunk, Wireshark, Python, ISO 27001, Kali Linux", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p64: Bulgarian officer, record-brief style form:
# FROM / TO columns in YYYYMMDD ("20210815 | CURRENT"), "KOSTOV, Stefan Georgiev", CITIZENSHIP: BGR
F = "cv_p64_bg_recordbrief_yyyymmdd_kostov.pdf"


@doc(F, cv_label(
    F, "Stefan Georgiev Kostov", "s.kostov@example.bg", "+359 88 555 3071", "Bulgaria",
    [("master", "Organisation and Management of Operational Formations", "Rakovski National Defence College", 2020),
     ("bachelor", "Organisation and Management of Military Units at Tactical Level",
      "Vasil Levski National Military University", 2008)],
    True,
    [("Chief of Plans Section (J5)", "Joint Forces Command", "2021-08", None),
     ("Battalion Executive Officer", "61st Mechanised Brigade", "2017-07", "2021-08"),
     ("Company Commander", "61st Mechanised Brigade", "2013-09", "2017-06"),
     ("Platoon Leader", "61st Mechanised Brigade", "2008-08", "2013-08")],
    [("Bulgarian", None, None), ("English", None, "3332"), ("Russian", None, "2221")],
    [],
    []))
def p64(path):
    pdf = PDF(format="A4")
    pdf.set_margins(14, 14, 14)
    pdf.footer_text = "OFFICER RECORD SUMMARY – prepared for NATO application – page {p}"
    pdf.add_page()
    pdf.set_font("Mono", "", 13)
    pdf.cell(0, 7, "OFFICER RECORD SUMMARY", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    ptable(pdf, [["NAME", "KOSTOV, Stefan Georgiev", "RANK", "LTC (OF-4)"],
                 ["CITIZENSHIP", "BGR (Bulgaria)", "DOB", "19820411"],
                 ["EMAIL", "s.kostov@example.bg", "PHONE", "+359 88 555 3071"],
                 ["SERVICE", "Bulgarian Land Forces", "BRANCH", "Mechanised infantry"]],
           (28, 62, 22, 70), header=False, size=8.5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "SECTION I – ASSIGNMENT HISTORY", new_x="LMARGIN", new_y="NEXT")
    ptable(pdf, [["FROM", "TO", "DUTY TITLE", "UNIT"],
                 ["20210815", "CURRENT", "Chief of Plans Section (J5)", "Joint Forces Command, Sofia"],
                 ["20170701", "20210814", "Battalion Executive Officer", "61st Mechanised Brigade, Karlovo"],
                 ["20130901", "20170630", "Company Commander", "61st Mechanised Brigade, Karlovo"],
                 ["20080801", "20130831", "Platoon Leader", "61st Mechanised Brigade, Karlovo"]],
           (22, 22, 62, 76), size=8.5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "SECTION II – MILITARY AND CIVIL EDUCATION", new_x="LMARGIN", new_y="NEXT")
    ptable(pdf, [["FROM", "TO", "COURSE / DEGREE", "INSTITUTION"],
                 ["20180901", "20200630", "Master, Organisation and Management of Operational Formations "
                                          "(Command and Staff Faculty)", "Rakovski National Defence College"],
                 ["20040901", "20080731", "Bachelor, Organisation and Management of Military Units at Tactical "
                                          "Level", "Vasil Levski National Military University"],
                 ["20230306", "20230317", "NATO Operational Planning Course (no degree)", "NATO School Oberammergau"]],
           (22, 22, 76, 62), size=8.5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "SECTION III – LANGUAGES (STANAG 6001)", new_x="LMARGIN", new_y="NEXT")
    ptable(pdf, [["LANGUAGE", "SLP (L-S-R-W)", "TEST DATE"],
                 ["BULGARIAN", "NATIVE", "—"],
                 ["ENGLISH", "3332", "20220310"],
                 ["RUSSIAN", "2221", "20150522"]], (50, 50, 50), size=8.5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "SECTION IV – OPERATIONAL DEPLOYMENTS", new_x="LMARGIN", new_y="NEXT")
    ptable(pdf, [["FROM", "TO", "MISSION", "ROLE"],
                 ["20140110", "20140715", "ISAF / RSM, Kabul", "Liaison officer"]], (22, 22, 62, 76), size=8.5)
    pdf.output(path)


def build():
    out = []
    for file, fn, label in DOCS:
        fn(os.path.join(CVS, file))
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
