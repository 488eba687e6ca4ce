"""PDF CVs of corpus 4 (p29-p35), fpdf2 + DejaVu fonts. Each builder sits next to its hand-written label."""
import os
import random

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


# ------------------------------------------------------------------ p29: Norwegian civilian, two columns with a dark sidebar
F = "cv_p29_no_twocol_sidebar_solheim.pdf"


@doc(F, cv_label(
    F, "Ingrid Solheim", "ingrid.solheim@example.no", "+47 915 55 208", "Norway",
    [("master", "Economics and Business Administration", "NHH Norwegian School of Economics", 2010),
     ("bachelor", "Economics and Business Administration", "NHH Norwegian School of Economics", 2008)],
    False,
    [("Senior Adviser, Resource Management", "Norwegian Ministry of Defence (Forsvarsdepartementet)", "2019-08", None),
     ("Financial Controller", "Norwegian Defence Materiel Agency (Forsvarsmateriell)", "2014-01", "2019-07"),
     ("Auditor", "Office of the Auditor General of Norway (Riksrevisjonen)", "2010-01", "2013-12")],
    [("Norwegian", None, None), ("English", "VI", None), ("German", "IV", None), ("Swedish", None, None)],
    ["Achievement", "Change Leadership"],
    ["Stakeholder management", "Budget planning (PPBE)", "SAP", "Power BI"]))
def p29(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    sw = 62
    pdf.set_fill_color(32, 48, 72)
    pdf.rect(0, 0, sw, 297, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_left_margin(7)
    pdf.set_right_margin(210 - sw + 5)
    pdf.set_xy(7, 18)
    blocks = [
        ("CONTACT", ["ingrid.solheim@example.no", "+47 915 55 208", "Oslo, Norway", "Nationality: Norwegian"]),
        ("LANGUAGES", ["Norwegian – native", "English – C2", "German – B2", "Swedish – good (Scandinavian)"]),
        ("SKILLS", ["Stakeholder management", "Budget planning (PPBE)", "SAP", "Power BI"]),
        ("COMPETENCIES", ["Achievement – creates own measures of excellence",
                          "Change Leadership – expresses vision for change"]),
    ]
    for head, items in blocks:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        for it in items:
            pdf.multi_cell(sw - 12, 4.4, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    # main column from the top again
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(sw + 8)
    pdf.set_right_margin(12)
    pdf.set_xy(sw + 8, 16)
    pdf.set_font("DejaVu", "B", 22)
    pdf.cell(0, 10, "Ingrid Solheim", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, "Senior Adviser – defence resource management", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("PROFILE", 11)
    pdf.para("Economist with fifteen years in defence budgeting, audit and investment control. "
             "Led the ministry's input to the NATO Defence Planning Capability Survey.", 9.5)
    pdf.heading("EXPERIENCE", 11)
    for title, org, dates, text in [
        ("Senior Adviser, Resource Management", "Norwegian Ministry of Defence (Forsvarsdepartementet)",
         "Aug 2019 – nå / present", "Long-term budget planning; liaison with NATO common funding."),
        ("Financial Controller", "Norwegian Defence Materiel Agency (Forsvarsmateriell)", "Jan 2014 – Jul 2019",
         "Cost control of land and air investment projects."),
        ("Auditor", "Office of the Auditor General of Norway (Riksrevisjonen)", "2010 – 2013",
         "Performance audits of defence procurement."),
    ]:
        pdf.para(title, 10, "B")
        pdf.para(org, 9.5, "I")
        pdf.para(dates, 9)
        pdf.para(text, 9)
        pdf.ln(2)
    pdf.heading("EDUCATION", 11)
    pdf.para("Master of Science in Economics and Business Administration (siviløkonom), 2010", 9.5, "B")
    pdf.para("NHH Norwegian School of Economics, Bergen", 9.5)
    pdf.ln(1)
    pdf.para("Bachelor in Economics and Business Administration, 2008", 9.5, "B")
    pdf.para("NHH Norwegian School of Economics, Bergen", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p30: Spanish researcher, all in ruled tables
F = "cv_p30_es_tables_fernandez.pdf"


@doc(F, cv_label(
    F, "Lucía Fernández Ortega", "lucia.fernandez@example.es", "+34 655 555 019", "Spain",
    [("doctorate", "Ciencia Política", "Universidad Complutense de Madrid", 2014),
     ("master", "Seguridad Internacional", "Instituto Universitario General Gutiérrez Mellado (UNED)", 2010),
     ("bachelor", "Derecho", "Universidad de Salamanca", 2009)],
    False,
    [("Senior Researcher, Hybrid Threats", "Real Instituto Elcano", "2018-10", None),
     ("Adviser to the Secretary General for Defence Policy", "Ministerio de Defensa (Spanish Ministry of Defence)",
      "2015-01", "2018-09"),
     ("Teaching Assistant (Profesora ayudante)", "Universidad Complutense de Madrid", "2011-01", "2014-12")],
    [("Spanish", None, None), ("English", "VI", None), ("French", "V", None), ("Catalan", None, None)],
    [],
    ["Strategic foresight", "OSINT", "NVivo", "Report writing"]))
def p30(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 10, "CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def table(head, rows, widths, header=True):
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        data = ([rows[0]] + rows[1:]) if header else rows
        with pdf.table(col_widths=widths, first_row_as_headings=header, line_height=5) as t:
            for r in data:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(4)

    table("Personal data", [["Name", "Dr. Lucía Fernández Ortega"], ["Nationality", "Spanish / española"],
                            ["E-mail", "lucia.fernandez@example.es"], ["Phone", "+34 655 555 019"],
                            ["Address", "Calle de Alcalá 120, 28009 Madrid"]], (30, 120), header=False)
    table("Professional experience", [["Period", "Position", "Employer"],
                                      ["Oct. 2018 – Present", "Senior Researcher, Hybrid Threats", "Real Instituto Elcano, Madrid"],
                                      ["2015 – Sept. 2018", "Adviser to the Secretary General for Defence Policy",
                                       "Ministerio de Defensa (Spanish Ministry of Defence), Madrid"],
                                      ["2011 – 2014", "Teaching Assistant (Profesora ayudante)",
                                       "Universidad Complutense de Madrid"]], (30, 65, 75))
    table("Education", [["Year", "Degree", "Field", "Institution"],
                        ["2014", "Doctorado (PhD)", "Ciencia Política", "Universidad Complutense de Madrid"],
                        ["2010", "Máster Universitario", "Seguridad Internacional",
                         "Instituto Universitario General Gutiérrez Mellado (UNED)"],
                        ["2009", "Licenciatura", "Derecho", "Universidad de Salamanca"]], (15, 40, 45, 70))
    table("Languages", [["Language", "Level"], ["Spanish", "Native"], ["English", "C2 (Cambridge CPE)"],
                        ["French", "C1 (DALF C1)"], ["Catalan", "Fluent"]], (50, 120))
    table("Key skills", [["Strategic foresight; OSINT"], ["NVivo; Report writing"]], (170,), header=False)
    pdf.output(path)


# ------------------------------------------------------------------ p31: Lithuanian, scanned-like (typewriter, letter-spaced, tilted)
F = "cv_p31_lt_scanlike_petraitis.pdf"


@doc(F, cv_label(
    F, "Jonas Petraitis", "jonas.petraitis@example.lt", "+370 612 55 471", "Lithuania",
    [("master", "Politikos mokslai (Political Science)", "Vilniaus universitetas", 2014),
     ("bachelor", "Istorija (History)", "Vytauto Didžiojo universitetas", 2012)],
    False,
    [("Vyresnysis specialistas / Senior Specialist", "Ministry of National Defence (Krašto apsaugos ministerija)",
      "2018-01", None),
     ("Analyst", "Strategic Communication Department of the Lithuanian Armed Forces", "2014-09", "2017-12")],
    [("Lithuanian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Polish", None, None)],
    [], []))
def p31(path):
    rnd = random.Random(31)
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(246, 244, 236)
    pdf.rect(0, 0, 210, 297, style="F")
    lines = [
        ("S", "C U R R I C U L U M     V I T A E"),
        ("", ""),
        ("", "Vardas, pavardė /  Name :     J o n a s    P E T R A I T I S"),
        ("", "Pilietybė / Citizenship :   Lietuvos Respublikos  (Lithuanian)"),
        ("", "Tel. :   +370 612 55 471"),
        ("", "El. paštas / E-mail :   jonas.petraitis@example.lt"),
        ("", ""),
        ("S", "D A R B O   P A T I R T I S   /   W O R K   E X P E R I E N C E"),
        ("", ""),
        ("", "nuo 2018 m. sausio (since January 2018)"),
        ("", "     Vyresnysis specialistas / Senior Specialist"),
        ("", "     Ministry of National Defence (Krašto apsaugos ministerija),  Vilnius"),
        ("", ""),
        ("", "2014 m. rugsėjis – 2017 m. gruodis   (Sep 2014 – Dec 2017)"),
        ("", "     Analyst"),
        ("", "     Strategic Communication Department of the Lithuanian Armed Forces,  Vilnius"),
        ("", ""),
        ("S", "I Š S I L A V I N I M A S   /   E D U C A T I O N"),
        ("", ""),
        ("", "2014    Magistras / Master's degree,  Politikos mokslai (Political Science)"),
        ("", "        Vilniaus universitetas"),
        ("", "2012    Bakalauras / Bachelor's degree,  Istorija (History)"),
        ("", "        Vytauto Didžiojo universitetas"),
        ("", ""),
        ("S", "K A L B O S   /   L A N G U A G E S"),
        ("", ""),
        ("", "lietuvių  –  gimtoji  (native)"),
        ("", "anglų     –  C1"),
        ("", "rusų      –  B2"),
        ("", "lenkų     –  pagrindai  (basic)"),
        ("", ""),
        ("", ""),
        ("", "Vilnius,  2026-10-14                               ______________  J. Petraitis"),
    ]
    with pdf.rotation(0.6, 105, 148):
        y = 22
        for kind, text in lines:
            x = 18 + rnd.uniform(-0.8, 0.8)
            if kind == "S":
                pdf.set_font("Mono", "", 10.5)
                pdf.set_char_spacing(0.6)
            else:
                pdf.set_font("Mono", "", 9.5)
                pdf.set_char_spacing(rnd.choice([0, 0, 0.15, 0.3]))
            pdf.set_text_color(40 + rnd.randint(0, 25), 40, 45)
            pdf.text(x, y, text)
            y += 6.2 + rnd.uniform(-0.3, 0.5)
    pdf.set_char_spacing(0)
    pdf.output(path)


# ------------------------------------------------------------------ p32: Hungarian officer, bilingual ruled tables, "2021.09. –"
F = "cv_p32_hu_officer_tables_szabo.pdf"


@doc(F, cv_label(
    F, "Péter Szabó", "szabo.peter@example.hu", "+36 30 555 2917", "Hungary",
    [("doctorate", "Hadtudomány (Military Sciences)", "Nemzeti Közszolgálati Egyetem (NKE)", 2020),
     ("master", "Katonai vezető (Military Leadership)", "Nemzeti Közszolgálati Egyetem (NKE)", 2016),
     ("bachelor", "Katonai vezető (Military Leadership)", "Nemzeti Közszolgálati Egyetem (NKE)", 2013)],
    True,
    [("Staff Officer, J7 Training and Exercises", "HQ Multinational Division Centre (HQ MND-C)", "2021-09", None),
     ("Company Commander", "25th Klapka György Infantry Brigade (MH 25. Klapka György Lövészdandár)", "2017-08", "2021-08"),
     ("Platoon Leader", "25th Klapka György Infantry Brigade (MH 25. Klapka György Lövészdandár)", "2013-08", "2017-07")],
    [("Hungarian", None, None), ("English", None, "3333"), ("German", None, "2222")],
    [], []))
def p32(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "Önéletrajz / Curriculum vitae – {p}"
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "ÖNÉLETRAJZ / CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 7, "Őrnagy / Major (OF-3) Dr. Péter SZABÓ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def table(head, rows, widths, header=True):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.8)
        with pdf.table(col_widths=widths, first_row_as_headings=header, line_height=4.8) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(4)

    table("Személyes adatok / Personal data", [
        ["Állampolgárság / Citizenship", "magyar / Hungarian"],
        ["Telefon / Phone", "+36 30 555 2917"],
        ["E-mail", "szabo.peter@example.hu"],
        ["Szolgálati ág / Service", "Magyar Honvédség – szárazföldi haderőnem (Hungarian Defence Forces, Land)"],
    ], (55, 115), header=False)
    table("Szolgálati helyek / Postings", [
        ["Időszak / Period", "Beosztás / Appointment", "Alakulat / Unit"],
        ["2021.09. –", "Staff Officer, J7 Training and Exercises",
         "HQ Multinational Division Centre (HQ MND-C), Székesfehérvár"],
        ["2017.08. – 2021.08.", "Company Commander",
         "25th Klapka György Infantry Brigade (MH 25. Klapka György Lövészdandár), Tata"],
        ["2013.08. – 2017.07.", "Platoon Leader",
         "25th Klapka György Infantry Brigade (MH 25. Klapka György Lövészdandár), Tata"],
    ], (35, 60, 75))
    table("Tanulmányok / Education", [
        ["Év / Year", "Fokozat / Degree", "Szak / Field", "Intézmény / Institution"],
        ["2020", "PhD", "Hadtudomány (Military Sciences)", "Nemzeti Közszolgálati Egyetem (NKE)"],
        ["2016", "MSc", "Katonai vezető (Military Leadership)", "Nemzeti Közszolgálati Egyetem (NKE)"],
        ["2013", "BSc", "Katonai vezető (Military Leadership)", "Nemzeti Közszolgálati Egyetem (NKE)"],
    ], (20, 30, 55, 65))
    table("Tanfolyamok / Courses", [
        ["Év / Year", "Tanfolyam / Course", "Intézmény / Institution"],
        ["2020", "Vezérkari tanfolyam (General Staff Course)", "NKE Hadtudományi és Honvédtisztképző Kar"],
        ["2022", "Joint Exercise Planning Course", "NATO School Oberammergau"],
    ], (20, 80, 70))
    table("Nyelvismeret / Languages", [
        ["Nyelv / Language", "Szint / Level"],
        ["magyar", "anyanyelv (native)"],
        ["angol (English)", "STANAG 6001: 3-3-3-3"],
        ["német (German)", "STANAG 6001: 2-2-2-2"],
    ], (60, 110))
    pdf.output(path)


# ------------------------------------------------------------------ p33: Belgian officer, right-aligned dates, "since Sep 2020", SLP with spaces
F = "cv_p33_be_officer_rightdates_desmet.pdf"


@doc(F, cv_label(
    F, "Thomas Desmet", "thomas.desmet@example.be", "+32 475 55 62 18", "Belgium",
    [("master", "Social and Military Sciences", "Royal Military Academy (RMA)", 2012)],
    True,
    [("Staff Officer J2 Intelligence", "Supreme Headquarters Allied Powers Europe (SHAPE)", "2020-09", None),
     ("S2 Officer", "Bataillon de Chasseurs Ardennais", "2016-08", "2020-08"),
     ("Platoon Commander", "Bataillon Carabiniers Prince Baudouin – Grenadiers", "2012-09", "2015-07")],
    [("French", None, None), ("Dutch", None, "3332"), ("English", None, "3333")],
    ["Self-Control", "Empathy"],
    []))
def p33(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 9, "Commandant (OF-3) Thomas DESMET", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Belgian Defence · Belgian national · thomas.desmet@example.be · +32 475 55 62 18",
             new_x="LMARGIN", new_y="NEXT")
    pdf.heading("MILITARY EXPERIENCE", 11.5)
    for left, right, org, text in [
        ("Staff Officer J2 Intelligence", "since Sep 2020",
         "Supreme Headquarters Allied Powers Europe (SHAPE), Mons", "All-source assessments for the eastern flank."),
        ("S2 Officer", "Aug 2016 – Aug 2020", "Bataillon de Chasseurs Ardennais, Marche-en-Famenne",
         "Intelligence preparation of the battlefield; eFP Lithuania rotation 2018."),
        ("Platoon Commander", "Sep 2012 – Jul 2015", "Bataillon Carabiniers Prince Baudouin – Grenadiers, Bourg-Léopold",
         ""),
    ]:
        pdf.left_right(left, right)
        pdf.para(org, 9.5, "I")
        if text:
            pdf.para(text, 9.5)
        pdf.ln(2)
    pdf.heading("EDUCATION AND PROFESSIONAL MILITARY EDUCATION", 11.5)
    pdf.left_right("Cours Supérieur d'État-Major / Hoger Stafbrevet (Senior Staff Course)", "Sep 2015 – Jul 2016")
    pdf.para("Royal Higher Institute for Defence (IRSD-KHID), Brussels", 9.5, "I")
    pdf.ln(1)
    pdf.left_right("Master in Social and Military Sciences", "2012")
    pdf.para("Royal Military Academy (RMA), Brussels – 143rd promotion, Social and Military Sciences", 9.5, "I")
    pdf.heading("LANGUAGES", 11.5)
    pdf.para("French – mother tongue\nDutch – SLP 3 3 3 2\nEnglish – SLP 3 3 3 3 (2021)", 9.5)
    pdf.heading("BEHAVIOURAL COMPETENCIES", 11.5)
    pdf.para("Self-Control: responds calmly under operational pressure.\n"
             "Empathy: understands unexpressed meanings in multinational teams.", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p34: UK civil servant, "Oct 2019 – date", Success Profiles behaviours (not NATO)
F = "cv_p34_uk_civilservant_hayes.pdf"


@doc(F, cv_label(
    F, "Eleanor J. Hayes", "eleanor.hayes@example.co.uk", "+44 7700 900412", "United Kingdom",
    [("master", "War Studies", "King's College London", 2012),
     ("bachelor", "History", "University of Leeds", 2011)],
    False,
    [("Deputy Head, Euro-Atlantic Security Policy", "Ministry of Defence (MOD)", "2019-10", None),
     ("Policy Adviser, NATO and Europe", "Foreign and Commonwealth Office (FCO)", "2015-09", "2019-09"),
     ("Analyst", "Defence Science and Technology Laboratory (Dstl)", "2012-07", "2015-08")],
    [("English", None, None), ("French", "V", None), ("German", None, None)],
    [],
    ["Policy drafting", "Ministerial briefing", "Negotiation", "Parliamentary questions"]))
def p34(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "Eleanor J. Hayes – CV – page {p}"
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(0, 9, "Eleanor J. Hayes OBE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "London SW1 · +44 7700 900412 · eleanor.hayes@example.co.uk", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Right to work: British citizen · Security clearance: DV (UK)", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Career history", 12)
    for left, right, org in [
        ("Deputy Head, Euro-Atlantic Security Policy", "Oct 2019 – date", "Ministry of Defence (MOD), Main Building, London"),
        ("Policy Adviser, NATO and Europe", "Sep 2015 – Sep 2019", "Foreign and Commonwealth Office (FCO), London"),
        ("Analyst", "Jul 2012 – Aug 2015", "Defence Science and Technology Laboratory (Dstl), Portsdown West"),
    ]:
        pdf.left_right(left, right)
        pdf.para(org, 9.5, "I")
        pdf.ln(1.5)
    pdf.heading("Education", 12)
    pdf.left_right("MA War Studies (Distinction) – King's College London", "2012", style="")
    pdf.left_right("BA (Hons) History – University of Leeds", "2011", style="")
    pdf.heading("Behaviours (Civil Service Success Profiles)", 12)
    pdf.para("Seeing the Big Picture; Making Effective Decisions; Communicating and Influencing; Working Together", 9.5)
    pdf.para("Example – Making Effective Decisions: drafted the UK position on the NATO 2023 capability targets "
             "within a 48-hour deadline.", 9.5)
    pdf.heading("Core skills", 12)
    pdf.para("Policy drafting, Ministerial briefing, Negotiation, Parliamentary questions", 9.5)
    pdf.heading("Languages", 12)
    pdf.para("French – professional working proficiency (C1, DALF)\nGerman – basic", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p35: Finnish officer, "1.8.2021 –" day.month.year open ranges
F = "cv_p35_fi_officer_daydates_laine.pdf"


@doc(F, cv_label(
    F, "Mikko Juhani Laine", "mikko.laine@example.fi", "+358 40 555 3318", "Finland",
    [("master", "Military Sciences", "National Defence University (Maanpuolustuskorkeakoulu)", 2010),
     ("bachelor", "Military Sciences", "National Defence University (Maanpuolustuskorkeakoulu)", 2006)],
    True,
    [("Section Head, Plans and Policy (J5)", "Defence Command Finland (Pääesikunta)", "2021-08", None),
     ("Battalion Commander", "Kainuu Brigade (Kainuun prikaati)", "2018-08", "2021-07"),
     ("Staff Officer", "Army Command Finland (Maavoimien Esikunta)", "2014-01", "2016-07")],
    [("Finnish", None, None), ("Swedish", None, None), ("English", None, "3332"), ("Russian", None, "1121")],
    [], []))
def p35(path):
    pdf = PDF(format="A4")
    pdf.header_text = "ANSIOLUETTELO / CURRICULUM VITAE"
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Lieutenant Colonel (OF-4) Mikko Juhani LAINE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Finnish Defence Forces · Finnish citizen", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "mikko.laine@example.fi · +358 40 555 3318", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Service", 11.5)
    rows = [("1.8.2021 –", "Section Head, Plans and Policy (J5)", "Defence Command Finland (Pääesikunta), Helsinki"),
            ("1.8.2018 – 31.7.2021", "Battalion Commander", "Kainuu Brigade (Kainuun prikaati), Kajaani"),
            ("1.8.2016 – 31.7.2018", "General Staff Officer Course (Yleisesikuntaupseerikurssi, YEK 60)",
             "National Defence University (Maanpuolustuskorkeakoulu), Helsinki – student"),
            ("1.1.2014 – 31.7.2016", "Staff Officer", "Army Command Finland (Maavoimien Esikunta), Mikkeli")]
    for dates, title, org in rows:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(42, 5, dates)
        pdf.set_xy(pdf.l_margin + 42, y)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 42)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, org, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.heading("Degrees", 11.5)
    pdf.para("2010  Master of Military Sciences (Sotatieteiden maisteri, SM), "
             "National Defence University (Maanpuolustuskorkeakoulu)", 9.5)
    pdf.para("2006  Bachelor of Military Sciences (Sotatieteiden kandidaatti, SK), "
             "National Defence University (Maanpuolustuskorkeakoulu)", 9.5)
    pdf.heading("Languages", 11.5)
    pdf.para("Finnish – native\nSwedish – good (official language examination, level 'hyvä')\n"
             "English – SLP 3+3+3+2+ (2020)\nRussian – SLP 1+1+2+1", 9.5)
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
