"""PDF CVs of corpus 5 (p36-p43), fpdf2 + DejaVu fonts. Each builder sits next to its hand-written label."""
import os

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def table(pdf, head, rows, widths, header=True, size=9):
    if head:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", size)
    with pdf.table(col_widths=widths, first_row_as_headings=header, line_height=5) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


# ------------------------------------------------------------------ p36: Lithuanian engineer, photo caption + skill bars
F = "cv_p36_lt_photo_skillbars_jankauskas.pdf"


@doc(F, cv_label(
    F, "Tomas Jankauskas", "tomas.jankauskas@example.lt", "+370 612 55 431", "Lithuania",
    [("bachelor", "Electronics Engineering", "Vilnius Gediminas Technical University (VILNIUS TECH)", 2013),
     ("master", "Electronics Engineering", "Vilnius Gediminas Technical University (VILNIUS TECH)", 2015)],
    False,
    [("Cloud Infrastructure Lead", "Ministry of National Defence of the Republic of Lithuania", "2021-05", None),
     ("Network Engineer", "Telia Lietuva, AB", "2015-09", "2021-04")],
    [("Lithuanian", None, None), ("English", "V", None), ("Russian", None, None), ("Polish", None, None)],
    [],
    ["Python", "Kubernetes", "Cisco routing", "Team coordination"]))
def p36(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    # photo placeholder with caption
    pdf.set_draw_color(120, 120, 120)
    pdf.set_fill_color(225, 225, 225)
    pdf.rect(15, 15, 32, 40, style="DF")
    pdf.set_xy(15, 32)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(32, 5, "[ photo ]", align="C")
    pdf.set_xy(12, 57)
    pdf.set_font("DejaVu", "I", 6.5)
    pdf.cell(38, 4, "Photo: T. Jankauskas, Vilnius 2025", align="C")
    pdf.set_xy(55, 16)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "TOMAS JANKAUSKAS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(55)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, "Cloud & network infrastructure engineer", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for line in ["tomas.jankauskas@example.lt   ·   +370 612 55 431", "Kaunas, Lithuania   ·   Lithuanian citizen",
                 "github.com/tjankauskas-example"]:
        pdf.set_x(55)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(66)
    pdf.heading("WORK EXPERIENCE", 11)
    pdf.left_right("Cloud Infrastructure Lead", "05.2021 – present")
    pdf.para("Ministry of National Defence of the Republic of Lithuania, Vilnius", 9.5, "I")
    pdf.para("Migration of the defence classified network to a private cloud; works with Estonian and Latvian "
             "counterparts on the Baltic defence cloud initiative and with NATO NCIA on federation.", 9)
    pdf.ln(1)
    pdf.left_right("Network Engineer", "09.2015 – 04.2021")
    pdf.para("Telia Lietuva, AB, Vilnius", 9.5, "I")
    pdf.para("Backbone MPLS design and operations.", 9)
    pdf.heading("EDUCATION", 11)
    pdf.para("Bachelor's (2013) and Master's (2015) degrees in Electronics Engineering", 9.5, "B")
    pdf.para("Vilnius Gediminas Technical University (VILNIUS TECH)", 9.5)
    pdf.para("CCNA and CCNP Enterprise certificates – Cisco Networking Academy (2016, 2019); "
             "Certified Kubernetes Administrator (2022)", 9)
    pdf.heading("SKILLS", 11)
    pdf.set_font("Mono", "", 9.5)
    for name, n in [("Python", 8), ("Kubernetes", 6), ("Cisco routing", 9), ("Team coordination", 7)]:
        pdf.cell(0, 5.2, f"{name:<20}{'█' * n}{'░' * (10 - n)}  {n * 10}%", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("LANGUAGES", 11)
    pdf.set_font("DejaVu", "", 9.5)
    for line in ["Lithuanian   ●●●●●   native", "English       ●●●●○   C1", "Russian       ●●●○○",
                 "Polish         ●●○○○"]:
        pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.heading("HOBBIES", 11)
    pdf.para("Basketball (amateur league), drone photography, volunteering with the Lithuanian Riflemen's Union "
             "(Šaulių sąjunga).", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p37: Bulgarian, Europass 2024 export
F = "cv_p37_bg_europass2024_georgieva.pdf"


@doc(F, cv_label(
    F, "Desislava Georgieva", "d.georgieva@example.bg", "(+359) 888555214", "Bulgaria",
    [("master", "International Security", "Sofia University \"St. Kliment Ohridski\"", 2013),
     ("bachelor", "Political Science", "Sofia University \"St. Kliment Ohridski\"", 2011),
     ("secondary", None, "First English Language School", 2007)],
    False,
    [("Senior Expert, Defence Policy Directorate", "Ministry of Defence of the Republic of Bulgaria", "2019-03", None),
     ("Research Fellow", "Institute for Security and International Studies (ISIS)", "2013-10", "2019-02")],
    [("Bulgarian", None, None), ("English", "V", None), ("French", "IV", None)],
    [],
    ["Microsoft Office", "SharePoint", "Tableau", "QGIS"]))
def p37(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "© European Union, 2002-2024 | europass.europa.eu                                   Page {p} / 2"
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 10, "Desislava Georgieva", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for line in ["Nationality: Bulgarian    Date of birth: 14/05/1989    Gender: Female",
                 "Phone number: (+359) 888555214 (Mobile)",
                 "Email address: d.georgieva@example.bg",
                 "Address: ul. Shipka 34, 1504, Sofia, Bulgaria (Home)"]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.heading("ABOUT MYSELF", 10.5)
    pdf.para("Defence policy expert; Bulgarian delegate to NATO's Defence Policy and Planning Committee working "
             "groups. Experienced in working with Romanian and Greek partners in the Black Sea region.", 9)

    def entry(dates, title, org, place, extra=()):
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(0, 4.5, f"[ {dates} ]", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 4.6, org, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 4.6, place, new_x="LMARGIN", new_y="NEXT")
        for e in extra:
            pdf.multi_cell(0, 4.6, e, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.heading("WORK EXPERIENCE", 10.5)
    entry("01/03/2019 – Current", "Senior Expert, Defence Policy Directorate",
          "Ministry of Defence of the Republic of Bulgaria", "City: Sofia | Country: Bulgaria",
          ["• Drafting national positions for NATO Defence Ministers' meetings", "• Capability target apportionment"])
    entry("15/10/2013 – 28/02/2019", "Research Fellow", "Institute for Security and International Studies (ISIS)",
          "City: Sofia | Country: Bulgaria")
    pdf.heading("EDUCATION AND TRAINING", 10.5)
    entry("01/10/2011 – 15/07/2013", "Master's degree in International Security",
          "Sofia University \"St. Kliment Ohridski\"", "City: Sofia | Country: Bulgaria",
          ["Final grade: Excellent (5.80) | Level in EQF: EQF level 7"])
    entry("01/10/2007 – 30/06/2011", "Bachelor's degree in Political Science",
          "Sofia University \"St. Kliment Ohridski\"", "City: Sofia | Country: Bulgaria",
          ["Level in EQF: EQF level 6"])
    entry("07/2020 – 08/2020", "Certificate – International Defence Management Course",
          "Defense Resources Management Institute (DRMI)", "City: Monterey | Country: United States",
          ["Certificate of attendance (not a degree)"])
    entry("15/09/2002 – 30/06/2007", "Diploma of Secondary Education",
          "First English Language School", "City: Sofia | Country: Bulgaria", ["Level in EQF: EQF level 4"])
    pdf.heading("LANGUAGE SKILLS", 10.5)
    pdf.para("Mother tongue(s): BULGARIAN", 9)
    pdf.para("Other language(s):", 9)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(30, 28, 28, 34, 34, 26), line_height=5) as t:
        for r in [["", "LISTENING", "READING", "SPOKEN PRODUCTION", "SPOKEN INTERACTION", "WRITING"],
                  ["ENGLISH", "C1", "C1", "C1", "C1", "C1"],
                  ["FRENCH", "B2", "B2", "B2", "B2", "B2"]]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.para("Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user", 7.5, "I")
    pdf.heading("DIGITAL SKILLS", 10.5)
    pdf.para("Microsoft Office | SharePoint | Tableau | QGIS", 9)
    pdf.heading("DRIVING LICENCE", 10.5)
    pdf.para("Driving Licence: B", 9)
    pdf.heading("HOBBIES AND INTERESTS", 10.5)
    pdf.para("Mountaineering: Member of the Bulgarian Alpine Club since 2010.", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p38: Slovenian officer, General Staff course, refs
F = "cv_p38_si_officer_generalstaff_zupancic.pdf"


@doc(F, cv_label(
    F, "Matej Zupančič", "matej.zupancic@example.si", "+386 41 555 782", "Slovenia",
    [("master", "Defence Studies", "University of Ljubljana", 2012),
     ("bachelor", "Defence Studies", "University of Ljubljana", 2009)],
    True,
    [("Chief of Operations Branch (J3)", "General Staff of the Slovenian Armed Forces (GŠSV)", "2022-09", None),
     ("Company Commander", "10th Motorised Battalion (10. motorizirani bataljon)", "2017-08", "2021-08"),
     ("Platoon Leader, then Deputy Company Commander", "10th Motorised Battalion (10. motorizirani bataljon)",
      "2010-10", "2017-07")],
    [("Slovene", None, None), ("English", None, "3332"), ("Italian", None, "2221"), ("Croatian", None, None)],
    ["Analytical Thinking", "Teamwork"],
    []))
def p38(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(0, 9, "Major (OF-3) Matej Zupančič", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Citizen of the Republic of Slovenia  ·  born 1985, Celje", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "matej.zupancic@example.si  ·  +386 41 555 782", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("SERVICE RECORD", 11)
    for dates, title, org, text in [
        ("09/2022 – present", "Chief of Operations Branch (J3)",
         "General Staff of the Slovenian Armed Forces (GŠSV), Ljubljana",
         "Coordinates Slovenian contributions to eFP Latvia and KFOR."),
        ("08/2017 – 08/2021", "Company Commander", "10th Motorised Battalion (10. motorizirani bataljon), Ljubljana",
         "Deployed to KFOR (2019) alongside Italian and Hungarian counterparts."),
        ("10/2010 – 07/2017", "Platoon Leader, then Deputy Company Commander",
         "10th Motorised Battalion (10. motorizirani bataljon), Ljubljana", ""),
    ]:
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, dates, new_x="LMARGIN", new_y="NEXT")
        pdf.para(title, 10, "B")
        pdf.para(org, 9.5, "I")
        if text:
            pdf.para(text, 9)
        pdf.ln(1.5)
    pdf.heading("EDUCATION", 11)
    pdf.para("2021 – 2022   General Staff Course (Generalštabno šolanje) – Command and Staff School of the Slovenian "
             "Armed Forces (Poveljniško-štabna šola)", 9.5)
    pdf.para("2012   Master's degree (2nd Bologna cycle), Defence Studies – University of Ljubljana", 9.5)
    pdf.para("2009   Bachelor's degree (1st Bologna cycle, UN), Defence Studies – University of Ljubljana", 9.5)
    pdf.para("2016   Staff Officer Orientation Course – NATO School Oberammergau (course certificate)", 9.5)
    pdf.heading("LANGUAGES", 11)
    pdf.para("Slovene – native;  English – STANAG 6001 SLP 3332 (2020);  Italian – SLP 2+2+2+1;  Croatian – "
             "understanding", 9.5)
    pdf.heading("COMPETENCIES", 11)
    pdf.para("Analytical Thinking – makes complex plans or analyses", 9.5)
    pdf.para("Teamwork – encourages others", 9.5)
    pdf.heading("PUBLICATIONS", 11)
    pdf.para("Zupančič, M., Kranjc, A. (2023): Lessons from KFOR for battalion-level liaison. Sodobni vojaški izzivi "
             "25(1).", 9)
    pdf.heading("REFERENCES", 11)
    pdf.para("Colonel Peter Novak, Deputy Chief of Staff, GŠSV – peter.novak@example.si – +386 1 555 4000", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p39: French officer, dates in the right margin
F = "cv_p39_fr_officier_marge_cid_mercier.pdf"


@doc(F, cv_label(
    F, "Antoine Mercier", "antoine.mercier@example.fr", "+33 6 55 40 18 27", "France",
    [("master", "Relations internationales", "Université Paris 2 Panthéon-Assas", 2008),
     ("master", None, "École spéciale militaire de Saint-Cyr", 1996),
     ("secondary", None, "Lycée militaire d'Aix-en-Provence", 1992)],
    True,
    [("Chef du bureau plans (G5)", "État-major de la 1re division (EM 1re DIV)", "2021-08", None),
     ("Officier traitant OTAN, division Euratlantique", "État-major des armées (EMA)", "2016-09", "2021-07"),
     ("Chef de corps", "1er régiment de chasseurs (1er RCh)", "2014-08", "2016-08"),
     ("Officier opérations", "Brigade franco-allemande (BFA)", "2008-09", "2014-07")],
    [("French", None, None), ("English", None, "3332"), ("German", None, "3322"), ("Italian", None, None)],
    [],
    ["planification opérationnelle (COPD)", "conduite de projet", "MS Project"]))
def p39(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    body_w = 130
    margin_x = 18 + body_w + 4

    def row(text_lines, date):
        y = pdf.get_y()
        pdf.set_xy(margin_x, y)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.multi_cell(210 - 18 - margin_x, 4.5, date, align="R")
        pdf.set_xy(18, y)
        for k, (txt, style) in enumerate(text_lines):
            pdf.set_font("DejaVu", style, 9.8 if k == 0 else 9.2)
            pdf.multi_cell(body_w, 4.8, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 9, "Lieutenant-colonel Antoine MERCIER", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Armée de Terre – Nationalité : Française – né en 1973", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "antoine.mercier@example.fr – +33 6 55 40 18 27", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("PARCOURS PROFESSIONNEL", 11)
    row([("Chef du bureau plans (G5)", "B"), ("État-major de la 1re division (EM 1re DIV), Besançon", "I"),
         ("Planification des exercices majeurs ; travail quotidien avec des homologues britanniques et "
          "allemands du Corps de réaction rapide.", "")], "depuis août 2021")
    row([("Officier traitant OTAN, division Euratlantique", "B"), ("État-major des armées (EMA), Paris", "I")],
        "sept. 2016 –\njuil. 2021")
    row([("Chef de corps", "B"), ("1er régiment de chasseurs (1er RCh), Thierville-sur-Meuse", "I")],
        "août 2014 –\naoût 2016")
    row([("Officier opérations", "B"), ("Brigade franco-allemande (BFA), Müllheim", "I")],
        "sept. 2008 –\njuil. 2014")
    pdf.heading("FORMATION", 11)
    row([("Collège interarmées de défense (CID), 15e promotion", "B"),
         ("Enseignement militaire supérieur du second degré", "")], "2007 – 2008")
    row([("Master 2 Relations internationales", "B"), ("Université Paris 2 Panthéon-Assas (suivi en parallèle du CID)",
                                                      "")], "2008")
    row([("Diplôme de l'École spéciale militaire de Saint-Cyr (titre d'ingénieur, grade de master)", "B")], "1996")
    row([("Baccalauréat C, Lycée militaire d'Aix-en-Provence", "B")], "1992")
    row([("Brevet de parachutiste militaire ; stage commando (CNEC)", "")], "1997")
    pdf.heading("LANGUES", 11)
    pdf.para("Anglais : PLS 3332 (2022) – Allemand : PLS 3+3+2+2 – Italien : notions", 9.5)
    pdf.heading("SAVOIR-FAIRE", 11)
    pdf.para("planification opérationnelle (COPD) ; conduite de projet ; MS Project", 9.5)
    pdf.heading("CENTRES D'INTÉRÊT", 11)
    pdf.para("Équitation, histoire militaire, président de l'association des anciens du 1er RCh.", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p40: Belgian, LinkedIn "Save to PDF" export
F = "cv_p40_be_linkedin_export_vermeulen.pdf"


@doc(F, cv_label(
    F, "Laura Vermeulen", "laura.vermeulen@example.be", "+32 475 55 18 02", None,
    [("master", "EU International Relations and Diplomacy Studies", "College of Europe", 2011),
     ("master", "Political Science", "Ghent University", 2010),
     ("bachelor", "Political Science", "Ghent University", 2009)],
    False,
    [("Crisis Management Officer", "European External Action Service", "2020-03", None),
     ("Research Fellow", "Egmont – Royal Institute for International Relations", "2015-09", "2020-02"),
     ("Attaché, Security Policy Directorate",
      "FPS Foreign Affairs, Foreign Trade and Development Cooperation", "2013-04", "2015-08"),
     ("Junior Attaché", "FPS Foreign Affairs, Foreign Trade and Development Cooperation", "2011-09", "2013-03")],
    [("Dutch", None, None), ("English", None, None), ("French", None, None), ("German", None, None)],
    [],
    ["Crisis Management", "Stakeholder Engagement", "EU Affairs"]))
def p40(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "Page {p} of 1"
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    sw = 68
    pdf.set_fill_color(242, 242, 242)
    pdf.rect(0, 0, sw, 297, style="F")
    pdf.set_left_margin(8)
    pdf.set_right_margin(210 - sw + 4)
    pdf.set_xy(8, 16)
    side = [
        ("Contact", ["+32 475 55 18 02 (Mobile)", "laura.vermeulen@example.be",
                     "www.linkedin.com/in/lauravermeulen-example (LinkedIn)"]),
        ("Top Skills", ["Crisis Management", "Stakeholder Engagement", "EU Affairs"]),
        ("Languages", ["Dutch (Native or Bilingual)", "English (Full Professional)", "French (Professional Working)",
                       "German (Elementary)"]),
        ("Certifications", ["PRINCE2® Foundation", "Negotiation (Coursera)"]),
        ("Honors-Awards", ["Fulbright Schuman Fellowship"]),
        ("Publications", ["Hybrid threats and the Belgian crisis centre"]),
    ]
    for head, items in side:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        for it in items:
            pdf.multi_cell(sw - 12, 4.3, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_left_margin(sw + 8)
    pdf.set_right_margin(14)
    pdf.set_xy(sw + 8, 16)
    pdf.set_font("DejaVu", "", 22)
    pdf.cell(0, 10, "Laura Vermeulen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Crisis Management Officer at European External Action Service", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 5, "Brussels Metropolitan Area", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    def h(t):
        pdf.ln(3)
        pdf.set_font("DejaVu", "", 14)
        pdf.cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")

    def small(t, grey=False):
        pdf.set_font("DejaVu", "", 9)
        if grey:
            pdf.set_text_color(110, 110, 110)
        pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    h("Summary")
    small("Crisis manager with 15 years in Belgian and EU foreign and security policy. I have worked closely with "
          "Spanish and Italian colleagues in EU CSDP missions and with NATO's Operations Division on civil "
          "preparedness.")
    h("Experience")
    for org, total, roles in [
        ("European External Action Service", None,
         [("Crisis Management Officer", "March 2020 - Present (6 years 10 months)", "Brussels, Brussels Region, Belgium")]),
        ("Egmont – Royal Institute for International Relations", None,
         [("Research Fellow", "September 2015 - February 2020 (4 years 6 months)", "Brussels")]),
        ("FPS Foreign Affairs, Foreign Trade and Development Cooperation", "4 years",
         [("Attaché, Security Policy Directorate", "April 2013 - August 2015 (2 years 5 months)", "Brussels"),
          ("Junior Attaché", "September 2011 - March 2013 (1 year 7 months)", "Brussels")]),
    ]:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.multi_cell(0, 5.2, org, new_x="LMARGIN", new_y="NEXT")
        if total:
            small(total, grey=True)
        for title, dates, place in roles:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
            small(dates, grey=True)
            small(place, grey=True)
            pdf.ln(1)
        pdf.ln(2)
    h("Education")
    for school, line in [
        ("College of Europe", "Master of Arts - MA, EU International Relations and Diplomacy Studies · (2010 - 2011)"),
        ("Ghent University", "Master of Science - MS, Political Science · (2009 - 2010)"),
        ("Ghent University", "Bachelor of Science - BS, Political Science · (2006 - 2009)"),
        ("Coursera", "Certificate, Negotiation · (2018)"),
    ]:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 5.2, school, new_x="LMARGIN", new_y="NEXT")
        small(line)
        pdf.ln(1.5)
    pdf.output(path)


# ------------------------------------------------------------------ p41: Greek engineer, integrated master, PhD candidate
F = "cv_p41_gr_integrated_master_papadakis.pdf"


@doc(F, cv_label(
    F, "Nikolaos Papadakis", "n.papadakis@example.gr", "+30 697 555 3310", "Greece",
    [("master", "Electrical and Computer Engineering", "National Technical University of Athens (NTUA)", 2008),
     ("master", "Satellite Communications Engineering", "University of Surrey", 2010),
     ("secondary", None, "3rd General Lyceum of Chania", 2003)],
    False,
    [("Satellite Communications Engineer", "Intracom Defense (IDE)", "2021-01", None),
     ("RF Engineer", "Hellenic Aerospace Industry S.A. (HAI)", "2010-10", "2020-12")],
    [("Greek", None, None), ("English", "VI", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["STK", "MATLAB/Simulink", "Keysight ADS", "Python"]))
def p41(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Nikolaos Papadakis, MEng, MSc", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Athens, Greece | n.papadakis@example.gr | +30 697 555 3310", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.cell(0, 5, "Citizenship: Greek (EU) | Military obligations: fulfilled (2009)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.heading("PROFESSIONAL EXPERIENCE", 11)
    pdf.left_right("Satellite Communications Engineer – Intracom Defense (IDE)", "Jan 2021 – present", 9.8)
    pdf.para("Payload engineering for the national GOVSATCOM contribution; test campaigns with Spanish and "
             "French industry partners (Hisdesat, Thales Alenia Space).", 9)
    pdf.left_right("RF Engineer – Hellenic Aerospace Industry S.A. (HAI)", "Oct 2010 – Dec 2020", 9.8)
    pdf.para("Antenna and transponder testing for the Hellenic Air Force.", 9)
    pdf.heading("EDUCATION", 11)
    pdf.left_right("PhD candidate, Department of Informatics, University of Piraeus", "since 2022", 9.8, "")
    pdf.para("Thesis on resilient SATCOM for NATO federated mission networks – submission expected 2027.", 9, "I")
    pdf.left_right("MSc Satellite Communications Engineering – University of Surrey", "2010", 9.8)
    pdf.left_right("Diploma in Electrical and Computer Engineering", "2008", 9.8)
    pdf.para("National Technical University of Athens (NTUA)", 9.5)
    pdf.para("Five-year integrated programme (Integrated Master, 300 ECTS, EQF level 7)", 9, "I")
    pdf.left_right("Apolytirio (school-leaving certificate) – 3rd General Lyceum of Chania", "2003", 9.8, "")
    pdf.heading("LANGUAGES", 11)
    pdf.para("Greek: native | English: C2 (Certificate of Proficiency in English, University of Michigan) | "
             "French: B2 (DELF B2) | German: basic", 9.5)
    pdf.heading("TECHNICAL SKILLS", 11)
    pdf.para("STK · MATLAB/Simulink · Keysight ADS · Python", 9.5)
    pdf.heading("SELECTED PUBLICATIONS", 11)
    pdf.para("Papadakis, N., Georgiou, E., & Müller, T. (2023). Jamming-resilient waveforms for GOVSATCOM. "
             "IEEE MILCOM, 412–418.", 9)
    pdf.heading("REFERENCES", 11)
    pdf.para("Prof. Ioannis Stavrou, NTUA – i.stavrou@example.gr | Dr. Eleni Georgiou, IDE – e.georgiou@example.gr", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p42: Slovak, two columns with dot ratings
F = "cv_p42_sk_twocol_dots_baranova.pdf"


@doc(F, cv_label(
    F, "Lucia Baranová", "lucia.baranova@example.sk", "+421 905 555 126", "Slovakia",
    [("bachelor", "Finance, Banking and Investment", "University of Economics in Bratislava", 2011),
     ("master", "Finance, Banking and Investment", "University of Economics in Bratislava", 2013)],
    False,
    [("Head of Budget Unit", "Ministry of Defence of the Slovak Republic", "2019-10", None),
     ("Financial Analyst", "Slovenská sporiteľňa, a.s.", "2013-03", "2019-09")],
    [("Slovak", None, None), ("English", "VI", None), ("German", None, None), ("Hungarian", None, None)],
    ["Achievement", "Customer Service Orientation"],
    ["Budgeting", "SAP FI", "Excel VBA"]))
def p42(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    sw = 66
    pdf.set_fill_color(20, 90, 110)
    pdf.rect(0, 0, sw, 297, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_left_margin(7)
    pdf.set_right_margin(210 - sw + 5)
    pdf.set_xy(7, 16)
    blocks = [
        ("PERSONAL", ["lucia.baranova@example.sk", "+421 905 555 126", "Bratislava", "Nationality: Slovak"]),
        ("LANGUAGES", ["Slovak      ●●●●●", "English     ●●●●● C2", "German      ●●●○○", "Hungarian  ●●●●○"]),
        ("SKILLS", ["Budgeting    ●●●●○", "SAP FI        ●●●○○", "Excel VBA   ●●●●●"]),
        ("COMPETENCIES", ["Achievement – sets challenging goals",
                          "Customer Service Orientation – takes personal responsibility for correcting problems"]),
        ("HOBBIES", ["Hiking in the Tatras", "Choir singing"]),
    ]
    for head, items in blocks:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        for it in items:
            pdf.multi_cell(sw - 12, 4.4, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(sw + 8)
    pdf.set_right_margin(12)
    pdf.set_xy(sw + 8, 16)
    pdf.set_font("DejaVu", "B", 21)
    pdf.cell(0, 10, "Ing. Lucia Baranová", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(0, 6, "Defence budget and finance specialist", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("EXPERIENCE", 11)
    pdf.para("since 10/2019", 9)
    pdf.para("Head of Budget Unit", 10, "B")
    pdf.para("Ministry of Defence of the Slovak Republic", 9.5, "I")
    pdf.para("Medium-term defence budget; NATO common funding contributions; cooperation with Czech and "
             "Austrian counterparts.", 9)
    pdf.ln(2)
    pdf.para("03/2013 – 09/2019", 9)
    pdf.para("Financial Analyst", 10, "B")
    pdf.para("Slovenská sporiteľňa, a.s.", 9.5, "I")
    pdf.heading("EDUCATION", 11)
    pdf.para("Bc. 2011 · Ing. 2013 – Finance, Banking and Investment", 9.5, "B")
    pdf.para("University of Economics in Bratislava", 9.5)
    pdf.para("PhD. studies (external), 2015 – 2018 – not completed", 9)
    pdf.para("ACCA – professional accountancy qualification (2017)", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p43: Croatian officer, Ban Josip Jelačić staff school
F = "cv_p43_hr_officer_staffschool_peric.pdf"


@doc(F, cv_label(
    F, "Ivan Perić", "ivan.peric@example.hr", "+385 91 555 2230", "Croatia",
    [("master", "Political Science", "University of Zagreb", 2016),
     ("bachelor", "Military Leadership and Management", "University of Zagreb", 2010)],
    True,
    [("Chief, J5 Plans Section", "Croatian Armed Forces General Staff (Glavni stožer OSRH)", "2022-07", None),
     ("Battalion Operations Officer (S3)", "Guards Mechanised Brigade (Gardijska mehanizirana brigada)",
      "2018-03", "2021-08"),
     ("Platoon Leader, then Company Commander", "Guards Motorised Brigade (Gardijska motorizirana brigada)",
      "2010-09", "2018-02")],
    [("Croatian", None, None), ("English", "V", "3333"), ("German", None, "2121"), ("Slovene", None, None)],
    [],
    []))
def p43(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    table(pdf, None, [["Name", "Bojnik / Major Ivan PERIĆ"], ["Nationality", "Croatian"],
                      ["E-mail", "ivan.peric@example.hr"], ["Mobile", "+385 91 555 2230"]], (35, 135), header=False)
    table(pdf, "Service", [["Period", "Post", "Unit"],
                           ["07/2022 – present", "Chief, J5 Plans Section",
                            "Croatian Armed Forces General Staff (Glavni stožer OSRH), Zagreb"],
                           ["03/2018 – 08/2021", "Battalion Operations Officer (S3)",
                            "Guards Mechanised Brigade (Gardijska mehanizirana brigada), Vinkovci"],
                           ["09/2010 – 02/2018", "Platoon Leader, then Company Commander",
                            "Guards Motorised Brigade (Gardijska motorizirana brigada), Knin"]], (32, 60, 78))
    pdf.para("Deployed twice to Afghanistan (RSM) with Hungarian and Slovenian counterparts.", 9)
    pdf.ln(2)
    table(pdf, "Education and military schooling",
          [["Year", "Qualification", "Institution"],
           ["2021 – 2022", "Command and Staff School \"Ban Josip Jelačić\" (Zapovjedno-stožerna škola)",
            "Croatian Defence Academy \"Dr. Franjo Tuđman\""],
           ["2016", "mag. pol. (Master), Political Science", "University of Zagreb"],
           ["2010", "Bachelor (univ. bacc.), Military Leadership and Management", "University of Zagreb"],
           ["2014", "Basic Officer Course (Temeljna časnička izobrazba) – course, no degree",
            "Croatian Defence Academy"]], (25, 80, 65))
    table(pdf, "Languages", [["Language", "Level"], ["Croatian", "native"],
                             ["English", "SLP 3-3-3-3 (STANAG 6001), CEFR C1 (2019)"],
                             ["German", "SLP 2-1-2-1"], ["Slovene", "passive"]], (40, 130))
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 7, "Publications", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Perić, I. (2020). Brigade-level planning in multinational battlegroups. Polemos 23(2).", 9)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 7, "Interests", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Water polo, sailing on the Adriatic, mentoring cadets of the Croatian Military Academy.", 9)
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
