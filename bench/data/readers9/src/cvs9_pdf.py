"""PDF CVs of corpus 9 (p65-p71), fpdf2 + DejaVu fonts (p68 also PIL). Each builder sits next to its label."""
import os
import random

from fpdf.enums import TextMode
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from common import CVS, FONT_DIR, PDF, cv_label, write_label

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


# ------------------------------------------------------------------ p65: Italian CV in Italian, two EQUAL columns
# under a full-width name band (left: experience, right: education/languages/skills), "09.2019 – oggi"
F = "cv_p65_it_twoequalcols_oggi_ricci.pdf"


@doc(F, cv_label(
    F, "Giulia Ricci", "giulia.ricci@example.it", "+39 340 555 6612", "Italy",
    [("master", "Relazioni Internazionali", "Università di Bologna", 2012),
     ("bachelor", "Scienze Politiche", "Università di Bologna", 2010),
     ("secondary", None, "Liceo Classico \"Marco Minghetti\"", 2007)],
    False,
    [("Funzionaria amministrativa", "Stato Maggiore della Difesa", "2019-09", None),
     ("Ricercatrice", "Istituto Affari Internazionali (IAI)", "2015-03", "2019-08"),
     ("Assistente di ricerca", "Istituto per gli Studi di Politica Internazionale (ISPI)", "2012-10", "2015-02")],
    [("Italian", None, None), ("English", "VI", None), ("French", "IV", None), ("Spanish", None, None)],
    [],
    ["Pacchetto Office", "NVivo", "Stata"]))
def p65(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(30, 60, 90)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(12, 8)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Giulia Ricci", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(12)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "giulia.ricci@example.it  ·  +39 340 555 6612  ·  Roma  ·  Nazionalità: italiana",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    top = 42
    # left column, printed first
    pdf.set_left_margin(12)
    pdf.set_right_margin(210 - 100)
    pdf.set_xy(12, top)
    pdf.heading("ESPERIENZA PROFESSIONALE", 11)
    for dates, t, o, desc in [
        ("09.2019 – oggi", "Funzionaria amministrativa", "Stato Maggiore della Difesa",
         "Ufficio Politica Militare: preparazione dei dossier per le riunioni dei Capi di Stato Maggiore "
         "della NATO; rapporti con la Rappresentanza permanente d'Italia presso la NATO."),
        ("03.2015 – 08.2019", "Ricercatrice", "Istituto Affari Internazionali (IAI)",
         "Programma Difesa: ricerche su industria europea della difesa e cooperazione NATO-UE."),
        ("10.2012 – 02.2015", "Assistente di ricerca",
         "Istituto per gli Studi di Politica Internazionale (ISPI)",
         "Osservatorio sul Mediterraneo allargato; organizzazione di conferenze.")]:
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(0, 4.5, dates, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "I", 9)
        pdf.multi_cell(0, 4.6, o, new_x="LMARGIN", new_y="NEXT")
        pdf.para(desc, 8.5)
        pdf.ln(3)
    # right column, same top
    pdf.set_left_margin(110)
    pdf.set_right_margin(12)
    pdf.set_xy(110, top)
    pdf.heading("ISTRUZIONE", 11)
    for line in ["Laurea Magistrale in Relazioni Internazionali (LM-52)\nUniversità di Bologna, 2012",
                 "Laurea Triennale in Scienze Politiche\nUniversità di Bologna, 2010",
                 "Diploma di maturità classica\nLiceo Classico \"Marco Minghetti\", 2007"]:
        pdf.para(line, 9)
        pdf.ln(1.5)
    pdf.heading("LINGUE", 11)
    pdf.para("Italiano: madrelingua\nInglese: C2\nFrancese: B2\nSpagnolo: discreto", 9)
    pdf.heading("COMPETENZE INFORMATICHE", 11)
    pdf.para("Pacchetto Office, NVivo, Stata", 9)
    pdf.heading("ALTRO", 11)
    pdf.para("Autorizzo il trattamento dei dati personali ai sensi del Regolamento UE 2016/679.", 7.5)
    pdf.output(path)


# ------------------------------------------------------------------ p66: Greek, the whole CV is one ruled grid;
# employment table with From | To | Months columns ("Sep-2017 | to date"), certificate + level language table
F = "cv_p66_gr_gridform_monthscolumn_vlachou.pdf"


@doc(F, cv_label(
    F, "Dimitra Vlachou", "dimitra.vlachou@example.gr", "+30 694 555 2871", "Greece",
    [("master", "Supply Chain Management", "Athens University of Economics and Business", 2009),
     ("bachelor", "Economics", "University of Piraeus", 2008),
     ("secondary", None, "2nd General Lyceum of Chalandri", 2004)],
    False,
    [("Procurement Officer (GDDIA)", "Hellenic Ministry of National Defence", "2017-09", None),
     ("Contracts Specialist", "Hellenic Aerospace Industry S.A.", "2013-03", "2017-08"),
     ("Junior Contracts Officer", "Intracom Defense S.A. (IDE)", "2010-01", "2013-02")],
    [("Greek", None, None), ("English", "VI", None), ("French", "IV", None)],
    [],
    ["SAP SRM", "MS Office", "Primavera P6"]))
def p66(path):
    pdf = PDF(format="A4")
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    ptable(pdf, [["1. PERSONAL INFORMATION", ""],
                 ["Surname", "VLACHOU"], ["First name", "Dimitra"], ["Nationality", "Greek"],
                 ["Telephone", "+30 694 555 2871"], ["E-mail", "dimitra.vlachou@example.gr"],
                 ["Address", "Leoforos Kifisias 112, 11526 Athens"]], (50, 132), size=9, lh=5.2)
    ptable(pdf, [["From", "To", "Months", "Employer", "Position"],
                 ["Sep-2017", "to date", "—", "Hellenic Ministry of National Defence", "Procurement Officer (GDDIA)"],
                 ["Mar-2013", "Aug-2017", "54", "Hellenic Aerospace Industry S.A.", "Contracts Specialist"],
                 ["Jan-2010", "Feb-2013", "38", "Intracom Defense S.A. (IDE)", "Junior Contracts Officer"]],
           (20, 20, 16, 66, 60), size=8.5, lh=5)
    ptable(pdf, [["Year", "Degree", "Field", "Institution"],
                 ["2009", "MSc", "Supply Chain Management", "Athens University of Economics and Business"],
                 ["2008", "Ptychio (4-year first degree)", "Economics", "University of Piraeus"],
                 ["2004", "Apolytirio Lykeiou (school-leaving certificate)", "—", "2nd General Lyceum of Chalandri"]],
           (16, 52, 44, 70), size=8.5, lh=5)
    ptable(pdf, [["Language", "Certificate", "Level"],
                 ["Greek", "—", "native"],
                 ["English", "Cambridge Certificate of Proficiency (CPE)", "C2"],
                 ["French", "DELF", "B2"]], (40, 100, 42), size=8.5, lh=5)
    ptable(pdf, [["IT skills", "SAP SRM, MS Office, Primavera P6"],
                 ["Driving licence", "B"],
                 ["Military service", "not applicable"]], (50, 132), header=False, size=8.5, lh=5)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "I declare that the information above is true and complete.  Athens, 08/01/2027",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ p67: Spanish CV in Spanish, dates in a ruled
# left margin column ("03/2015 – hasta la fecha"), pre-Bologna Ingeniero Aeronáutico = master, título propio (no entry)
F = "cv_p67_es_margendates_hastalafecha_navarro.pdf"


@doc(F, cv_label(
    F, "Lucía Navarro Gil", "lucia.navarro@example.es", "+34 612 555 803", "Spain",
    [("master", "Ingeniería Aeronáutica", "Universidad Politécnica de Madrid (UPM)", 2010),
     ("secondary", None, "IES Ramiro de Maeztu", 2004)],
    False,
    [("Jefa de Sección de Cooperación Internacional", "Instituto Nacional de Técnica Aeroespacial (INTA)",
      "2015-03", None),
     ("Técnica de proyectos", "Indra Sistemas, S.A.", "2011-11", "2015-02"),
     ("Becaria", "Ministerio de Defensa", "2010-07", "2011-10")],
    [("Spanish", None, None), ("English", "V", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["CATIA V5", "MATLAB", "SAP PS"]))
def p67(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    mx = 44  # the margin column is 14..40, the rule at 42, the body from 46
    pdf.set_draw_color(120, 120, 120)
    pdf.line(mx - 2, 40, mx - 2, 285)
    pdf.set_xy(46, 14)
    pdf.set_font("DejaVu", "B", 19)
    pdf.cell(0, 9, "Lucía Navarro Gil", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.6, "Ingeniera aeronáutica · Calle de Alcalá 212, 28028 Madrid\n+34 612 555 803 · "
                   "lucia.navarro@example.es · Nacionalidad: española", new_x="LEFT", new_y="NEXT")

    def section(title, y):
        pdf.set_xy(46, y)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 6, title.upper(), new_x="LEFT", new_y="NEXT")
        return pdf.get_y() + 1

    def entry(margin, lines, y, size=9.5):
        pdf.set_font("DejaVu", "", 8)
        pdf.set_xy(14, y)
        pdf.multi_cell(26, 4, margin, align="R", new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        pdf.set_xy(46, y)
        for k, ln in enumerate(lines):
            pdf.set_font("DejaVu", "B" if k == 0 else "", size if k < 2 else size - 1)
            pdf.set_x(46)
            pdf.multi_cell(150, 4.8, ln, new_x="LEFT", new_y="NEXT")
        return max(y1, pdf.get_y()) + 3

    y = section("Experiencia profesional", 46)
    y = entry("03/2015 –\nhasta la fecha", ["Jefa de Sección de Cooperación Internacional",
                                            "Instituto Nacional de Técnica Aeroespacial (INTA)",
                                            "Programas de cooperación con la Agencia Europea de Defensa y la NATO "
                                            "Science and Technology Organization; gestión de acuerdos bilaterales."],
              y)
    y = entry("11/2011 –\n02/2015", ["Técnica de proyectos", "Indra Sistemas, S.A.",
                                     "Ingeniería de sistemas para el programa de radares de vigilancia aérea."], y)
    y = entry("07/2010 –\n10/2011", ["Becaria", "Ministerio de Defensa, Dirección General de Armamento y Material",
                                     "Beca de formación en la Subdirección de Programas."], y)
    y = section("Formación", y + 2)
    y = entry("2004 – 2010", ["Ingeniería Aeronáutica (plan 2000), título de Ingeniero Aeronáutico",
                              "Universidad Politécnica de Madrid (UPM)"], y)
    y = entry("2013 – 2014", ["Máster en Dirección de Proyectos (título propio, no oficial)",
                              "Escuela de Organización Industrial (EOI)"], y)
    y = entry("2004", ["Bachillerato (Ciencias y Tecnología)", "IES Ramiro de Maeztu"], y)
    y = section("Idiomas", y + 2)
    y = entry("", ["Español: nativo", "Inglés: C1 (Cambridge Advanced)", "Francés: B2 (DELF)",
                   "Alemán: nivel básico"], y)
    y = section("Informática", y + 2)
    entry("", ["CATIA V5, MATLAB, SAP PS"], y)
    pdf.output(path)


# ------------------------------------------------------------------ p68: Slovak officer, SCANNED typed page: the page
# is an image (grey, speckled, slightly rotated) with an invisible OCR text layer; a "RECEIVED" stamp
F = "cv_p68_sk_scanned_image_ocrlayer_hudak.pdf"
P68_LINES = [
    "CURRICULUM VITAE",
    "",
    "Name:         Lt Col Ing. Martin HUDAK",
    "Address:      Hlavna 12, 040 01 Kosice, Slovakia",
    "Phone:        +421 905 555 318",
    "E-mail:       martin.hudak@example.sk",
    "Nationality:  Slovak",
    "",
    "EMPLOYMENT",
    "07.2018 - till now   Staff Officer J7 / Joint Forces of the Slovak Armed Forces",
    "08.2013 - 06.2018    Company Commander / 5th Special Forces Regiment",
    "09.2009 - 07.2013    Platoon Leader / 2nd Mechanised Brigade",
    "",
    "EDUCATION",
    "2017 - 2018   Command and Staff Course (no degree),",
    "              Armed Forces Academy of General M. R. Stefanik",
    "2004 - 2009   Ing. (Master) in Military Management,",
    "              Armed Forces Academy of General M. R. Stefanik",
    "2004          Maturita, Gymnazium Postova",
    "",
    "LANGUAGES",
    "Slovak     native",
    "English    SLP 3-3-3-3 (2020)",
    "German     SLP 2-2-2-1",
    "Hungarian  basic",
    "",
    "COMPUTER SKILLS: MS Office, JTLS, JEMM",
    "",
    "Kosice, 5 January 2027                         M. Hudak",
]


@doc(F, cv_label(
    F, "Martin Hudak", "martin.hudak@example.sk", "+421 905 555 318", "Slovakia",
    [("master", "Military Management", "Armed Forces Academy of General M. R. Stefanik", 2009),
     ("secondary", None, "Gymnazium Postova", 2004)],
    True,
    [("Staff Officer J7", "Joint Forces of the Slovak Armed Forces", "2018-07", None),
     ("Company Commander", "5th Special Forces Regiment", "2013-08", "2018-06"),
     ("Platoon Leader", "2nd Mechanised Brigade", "2009-09", "2013-07")],
    [("Slovak", None, None), ("English", None, "3333"), ("German", None, "2221"), ("Hungarian", None, None)],
    [],
    ["MS Office", "JTLS", "JEMM"]))
def p68(path):
    dpi = 150
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w, h), 236)
    rnd = random.Random(68)
    px = img.load()
    for _ in range(9000):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((150, 180, 200))
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSansMono.ttf"), 19)
    bold = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSansMono-Bold.ttf"), 24)
    x0, y0, lh = 110, 140, 34
    for i, ln in enumerate(P68_LINES):
        dr.text((x0, y0 + i * lh), ln, fill=35, font=bold if i == 0 else font)
    # stamp
    st = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), 22)
    dr.rectangle((850, 60, 1160, 130), outline=90, width=4)
    dr.text((870, 72), "RECEIVED", fill=90, font=st)
    dr.text((870, 100), "14 JAN 2027", fill=90, font=st)
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=236).filter(ImageFilter.GaussianBlur(0.6))
    tmp = path + ".png"
    img.save(tmp)
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(tmp, x=0, y=0, w=210, h=297)
    os.remove(tmp)
    # invisible OCR layer, one text line per typed line, roughly at the typed position
    pdf.text_mode = TextMode.INVISIBLE
    pdf.set_font("Mono", "", 9)
    mm = 25.4 / dpi
    for i, ln in enumerate(P68_LINES):
        if ln:
            pdf.text(x0 * mm, (y0 + i * lh + 18) * mm, ln)
    pdf.text(870 * mm, 90 * mm, "RECEIVED 14 JAN 2027")
    pdf.text_mode = TextMode.FILL
    pdf.output(path)


# ------------------------------------------------------------------ p69: Danish, experience as CARDS in a 2x2 grid
# (boxes side by side), "Sep 2019 – now", "summer 2012", HHX, competencies line
F = "cv_p69_dk_cardsgrid_summer_kjaernielsen.pdf"


@doc(F, cv_label(
    F, "Mette Kjær Nielsen", "mette.kjaer@example.dk", "+45 2155 6630", "Denmark",
    [("master", "Economics", "Aarhus University", 2013),
     ("bachelor", "Economics", "Aarhus University", 2011),
     ("secondary", None, "Niels Brock", 2007)],
    False,
    [("Chief Consultant", "Danish Ministry of Defence Acquisition and Logistics Organisation (DALO)", "2019-09",
      None),
     ("Consultant", "Rambøll Management Consulting", "2016-02", "2019-08"),
     ("Analyst", "Danish Institute for International Studies (DIIS)", "2013-08", "2016-01"),
     ("Intern", "Permanent Representation of Denmark to NATO", "2012-06", "2012-08")],
    [("Danish", None, None), ("English", "VI", None), ("German", "IV", None), ("French", None, None)],
    ["Achievement", "Clarity and Accuracy"],
    ["Stata", "Excel modelling", "cost-benefit analysis", "Power BI"]))
def p69(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(14, 14)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 9, "Mette Kjær Nielsen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Defence economist  |  mette.kjaer@example.dk  |  +45 2155 6630  |  Citizenship: Danish",
             new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Experience", 12)
    cards = [("Sep 2019 – now", "Chief Consultant",
              "Danish Ministry of Defence Acquisition and Logistics Organisation (DALO)",
              "Business cases for major acquisitions; Danish member of the NSPA budget working group."),
             ("Feb 2016 – Aug 2019", "Consultant", "Rambøll Management Consulting",
              "Evaluations and cost-benefit studies for public-sector clients, incl. defence."),
             ("Aug 2013 – Jan 2016", "Analyst", "Danish Institute for International Studies (DIIS)",
              "Defence economics and Nordic security cooperation."),
             ("summer 2012", "Intern", "Permanent Representation of Denmark to NATO",
              "Resource policy and budget committees.")]
    cw, chh, gap = 88, 42, 6
    y0 = pdf.get_y() + 1
    for k, (dates, t, o, desc) in enumerate(cards):
        cx = 14 + (k % 2) * (cw + gap)
        cy = y0 + (k // 2) * (chh + gap)
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(cx, cy, cw, chh)
        pdf.set_xy(cx + 3, cy + 3)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(cw - 6, 4.5, dates, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.multi_cell(cw - 6, 5, t, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "I", 9)
        pdf.multi_cell(cw - 6, 4.5, o, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        pdf.multi_cell(cw - 6, 4.2, desc, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(14, y0 + 2 * (chh + gap))
    pdf.heading("Education", 12)
    pdf.para("MSc in Economics (cand.oecon.), Aarhus University, 2013\nBSc in Economics, Aarhus University, 2011\n"
             "HHX (higher commercial examination), Niels Brock, 2007", 9.5)
    pdf.heading("Languages", 12)
    pdf.para("Danish – native  |  English – C2  |  German – B2  |  French – reading knowledge", 9.5)
    pdf.heading("Competencies (NATO framework)", 12)
    pdf.para("Achievement – sets challenging goals; Clarity and Accuracy – checks own and others' work", 9.5)
    pdf.heading("Skills", 12)
    pdf.para("Stata · Excel modelling · cost-benefit analysis · Power BI", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p70: Bulgarian, one line per item with DOT LEADERS
# to right-aligned dates, roman-numeral months ("IX.2019 – present"), STANAG as "L3 S2 R2 W2"
F = "cv_p70_bg_dotleaders_romanmonths_ilieva.pdf"


@doc(F, cv_label(
    F, "Radostina Ilieva", "r.ilieva@example.bg", "+359 88 555 4127", "Bulgaria",
    [("master", "International Relations", "University of National and World Economy (UNWE)", 2010),
     ("bachelor", "Political Science", "Sofia University \"St. Kliment Ohridski\"", 2008),
     ("secondary", None, "First English Language School", 2004)],
    False,
    [("Head of Sector, Defence Policy", "Ministry of Defence of the Republic of Bulgaria", "2019-09", None),
     ("Senior Expert", "Ministry of Foreign Affairs of the Republic of Bulgaria", "2014-03", "2019-08"),
     ("Research Fellow", "Institute for Security and International Studies (ISIS)", "2010-11", "2014-02")],
    [("Bulgarian", None, None), ("English", "VI", None), ("French", None, "3222"), ("Russian", "IV", None)],
    [],
    ["MS Office", "SPSS", "Adobe InDesign"]))
def p70(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 9, "Radostina ILIEVA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 5, "Sofia · r.ilieva@example.bg · +359 88 555 4127 · Citizenship: Bulgarian", align="C",
             new_x="LMARGIN", new_y="NEXT")
    width = 210 - 36

    def leader(left, right, size=10, style=""):
        pdf.set_font("Serif", style, size)
        lw = pdf.get_string_width(left)
        rw = pdf.get_string_width(right)
        dots = ""
        while pdf.get_string_width(dots + " . ") < width - lw - rw - 4:
            dots += " ."
        pdf.cell(0, 5.5, f"{left} {dots} {right}", new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.ln(3)
        pdf.set_font("Serif", "B", 11.5)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")

    head("PROFESSIONAL EXPERIENCE")
    for t, d, o in [("Head of Sector, Defence Policy", "IX.2019 – present",
                     "Ministry of Defence of the Republic of Bulgaria"),
                    ("Senior Expert", "III.2014 – VIII.2019", "Ministry of Foreign Affairs of the Republic of Bulgaria"),
                    ("Research Fellow", "XI.2010 – II.2014", "Institute for Security and International Studies (ISIS)")]:
        leader(t, d, 10, "B")
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(0, 5, "    " + o, new_x="LMARGIN", new_y="NEXT")
    head("EDUCATION")
    for l, r in [("Master (Магистър), International Relations – University of National and World Economy (UNWE)",
                  "2010"),
                 ("Bachelor (Бакалавър), Political Science – Sofia University \"St. Kliment Ohridski\"", "2008"),
                 ("Secondary education diploma – First English Language School", "2004")]:
        leader(l, r, 9.5)
    head("LANGUAGES")
    for l, r in [("Bulgarian", "native"), ("English", "C2"), ("French", "STANAG 6001 – L3 S2 R2 W2"),
                 ("Russian", "B2")]:
        leader(l, r, 9.5)
    head("COMPUTER SKILLS")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 5, "MS Office; SPSS; Adobe InDesign", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ p71: Swedish, section headings ROTATED 90° in the
# left margin, "Sep 2019 – ongoing", "summer 2014", filosofie masterexamen / kandidatexamen, SLP "2+/2/2+/1+"
F = "cv_p71_se_rotatedheadings_summer_nystrom.pdf"


@doc(F, cv_label(
    F, "Johan Nyström", "johan.nystrom@example.se", "+46 70 555 18 42", "Sweden",
    [("master", "Peace and Conflict Studies", "Uppsala University", 2014),
     ("bachelor", "Political Science", "Stockholm University", 2012)],
    False,
    [("Senior Analyst", "Swedish Defence Research Agency (FOI)", "2019-09", None),
     ("Analyst", "Swedish Armed Forces Headquarters (Högkvarteret)", "2015-01", "2019-08"),
     ("Research Intern", "Stockholm International Peace Research Institute (SIPRI)", "2014-06", "2014-08")],
    [("Swedish", None, None), ("English", "VI", None), ("Russian", None, "2221"), ("Norwegian", None, None)],
    [],
    ["R", "Python", "GIS (ArcGIS)", "scenario-based wargaming"]))
def p71(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(34, 14)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 9, "Johan Nyström", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "johan.nystrom@example.se · +46 70 555 18 42 · Nationality: Swedish · Uppsala",
             new_x="LEFT", new_y="NEXT")

    def section(title, blocks, y):
        top = y
        pdf.set_xy(34, y)
        for k, (a, b) in enumerate(blocks):
            pdf.set_x(34)
            pdf.set_font("DejaVu", "", 8.5)
            if a:
                pdf.cell(0, 4.5, a, new_x="LEFT", new_y="NEXT")
            pdf.set_font("DejaVu", "B" if a else "", 9.5)
            pdf.multi_cell(160, 4.8, b, new_x="LEFT", new_y="NEXT")
            pdf.ln(1.5)
        pdf.set_font("DejaVu", "B", 10)
        bottom = max(pdf.get_y(), top + pdf.get_string_width(title) + 4)
        pdf.set_fill_color(225, 232, 240)
        pdf.rect(14, top, 12, bottom - top, style="F")
        pdf.set_font("DejaVu", "B", 10)
        with pdf.rotation(90, 22, bottom - 2):
            pdf.text(22, bottom - 2, title)
        return bottom + 5

    y = section("EXPERIENCE", [
        ("Sep 2019 – ongoing", "Senior Analyst\nSwedish Defence Research Agency (FOI)\nLeads studies on Baltic Sea "
                               "security and NATO force posture; wargame designer."),
        ("Jan 2015 – Aug 2019", "Analyst\nSwedish Armed Forces Headquarters (Högkvarteret)\nIntelligence "
                                "assessments on the Nordic-Baltic region."),
        ("summer 2014", "Research Intern\nStockholm International Peace Research Institute (SIPRI)\nArms "
                        "transfers database.")], 32)
    y = section("EDUCATION", [
        ("2014", "Filosofie masterexamen (Master of Science, 120 credits) in Peace and Conflict Studies, Uppsala "
                 "University"),
        ("2012", "Filosofie kandidatexamen (Bachelor of Science) in Political Science, Stockholm University")], y)
    y = section("LANGUAGES", [
        ("", "Swedish – native\nEnglish – C2\nRussian – SLP 2+/2/2+/1+\nNorwegian – understands well")], y)
    section("SKILLS", [("", "R, Python, GIS (ArcGIS), scenario-based wargaming")], y)
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
