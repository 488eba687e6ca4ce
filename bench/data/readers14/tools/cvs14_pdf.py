"""PDF CVs of corpus 14 (p100-p106). Each builder writes its document; the label beside it is hand-written."""
from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def mc(pdf, x, w, text, size=9.5, style="", h=None, color=(0, 0, 0), font="DejaVu"):
    pdf.set_x(x)
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(w, h or size * 0.48, text, new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


# ------------------------------------------------------------------ p100 Finland: shaded LEFT sidebar (contact, languages,
# skills, citizenship) and on the right a vertical TIMELINE (line, dots, year labels at the dots)
F = "cv_p100_fi_leftsidebar_timeline_dots_since_hyvarinen.pdf"


@doc(F, cv_label(F, "Noora Hyvärinen", "noora.hyvarinen@example.fi", "+358 40 555 2931", "Finland",
                 [("master", "Geoinformatics", "Aalto University", 2015),
                  ("bachelor", "Built Environment", "Aalto University", 2013)],
                 False,
                 [("Senior Geospatial Analyst", "Finnish Defence Command", "2020-05", None),
                  ("GIS Specialist", "National Land Survey of Finland", "2016-01", "2020-04"),
                  ("Research Assistant", "Finnish Geospatial Research Institute (FGI)", "2014-01", "2015-12")],
                 [("Finnish", None, None), ("English", "VI", None), ("Swedish", "IV", None), ("German", None, None)],
                 [], ["Python", "QGIS", "ArcGIS Pro", "PostgreSQL/PostGIS"]))
def p100(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(35, 60, 90)
    pdf.rect(0, 0, 66, 297, "F")
    pdf.set_y(18)
    mc(pdf, 8, 52, "NOORA\nHYVÄRINEN", 17, "B", 8, (255, 255, 255))
    pdf.ln(3)
    mc(pdf, 8, 52, "Geospatial intelligence analyst", 9, "I", color=(220, 220, 220))
    pdf.ln(6)
    for head, body in [("CONTACT", "Helsinki\n+358 40 555 2931\nnoora.hyvarinen@example.fi"),
                       ("CITIZENSHIP", "Finnish citizen"),
                       ("LANGUAGES", "Finnish – native\nEnglish – C2\nSwedish – B2\nGerman – B1"),
                       ("SKILLS", "Python\nQGIS\nArcGIS Pro\nPostgreSQL/PostGIS")]:
        mc(pdf, 8, 52, head, 9.5, "B", color=(255, 200, 80))
        pdf.ln(1)
        mc(pdf, 8, 52, body, 9, h=5, color=(255, 255, 255))
        pdf.ln(5)
    # timeline
    x0 = 96
    pdf.set_draw_color(35, 60, 90)
    pdf.set_line_width(0.6)
    pdf.line(x0, 30, x0, 140)
    pdf.set_xy(76, 16)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Career")
    y = 32
    for year, dates, title, org, desc in [
        ("2020", "since May 2020", "Senior Geospatial Analyst", "Finnish Defence Command",
         "Geospatial support to intelligence production; liaison with NATO's NGIS community."),
        ("2016", "Jan 2016 – Apr 2020", "GIS Specialist", "National Land Survey of Finland",
         "Topographic database, elevation model updates."),
        ("2014", "2014 – 2015", "Research Assistant", "Finnish Geospatial Research Institute (FGI)",
         "Laser-scanning research project."),
    ]:
        pdf.set_fill_color(255, 160, 0)
        pdf.ellipse(x0 - 2, y + 1, 4, 4, "F")
        pdf.set_xy(74, y)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(18, 5, year, align="R")
        pdf.set_xy(x0 + 6, y)
        mc(pdf, x0 + 6, 100, title, 11, "B")
        mc(pdf, x0 + 6, 100, org, 9.5)
        mc(pdf, x0 + 6, 100, dates, 8.5, "I", color=(110, 110, 110))
        mc(pdf, x0 + 6, 100, desc, 9)
        y = pdf.get_y() + 10
    pdf.set_xy(76, 150)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Education")
    pdf.set_y(160)
    mc(pdf, x0 + 6, 100, "Master of Science (Technology), Geoinformatics\nAalto University, 2015", 9.5)
    pdf.ln(3)
    mc(pdf, x0 + 6, 100, "Bachelor of Science (Technology), Built Environment\nAalto University, 2013", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p101 Spain: LinkedIn "Save to PDF" export in the Spanish
# interface (Contactar, Aptitudes principales, Languages, Extracto, Experiencia with durations, Educación)
F = "cv_p101_es_linkedin_exportpdf_interfazespanol_ortega.pdf"


@doc(F, cv_label(F, "Javier Ortega Blanco", "javier.ortega@example.es", "+34 655 555 218", "Spain",
                 [("master", "Análisis de Inteligencia", "Universidad Complutense de Madrid", 2013),
                  ("bachelor", "Ciencia Política", "Universidad Carlos III de Madrid", 2012)],
                 False,
                 [("Analista sénior de inteligencia", "Ministerio de Defensa", "2019-01", None),
                  ("Analista de inteligencia", "Ministerio de Defensa", "2015-09", "2018-12"),
                  ("Investigador asistente", "Real Instituto Elcano", "2013-10", "2015-08")],
                 [("Spanish", None, None), ("English", None, None), ("French", None, None)],
                 [], ["Análisis de inteligencia", "OSINT", "Gestión de proyectos"]))
def p101(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.footer_text = "Page {p} of 2"
    pdf.add_page()
    pdf.set_fill_color(233, 238, 242)
    pdf.rect(0, 0, 68, 297, "F")
    pdf.set_y(16)
    for head, body in [("Contactar", "+34 655 555 218 (Mobile)\njavier.ortega@example.es\n"
                                     "www.linkedin.com/in/javierortegablanco-ex (LinkedIn)"),
                       ("Aptitudes principales", "Análisis de inteligencia\nOSINT\nGestión de proyectos"),
                       ("Languages", "Español (Native or Bilingual)\nInglés (Full Professional)\n"
                                     "Francés (Limited Working)"),
                       ("Certifications", "PRINCE2 Foundation")]:
        mc(pdf, 8, 54, head, 11, "B", color=(0, 0, 0))
        pdf.ln(1)
        mc(pdf, 8, 54, body, 8.5, h=4.6, color=(50, 50, 50))
        pdf.ln(6)
    pdf.set_y(16)
    mc(pdf, 76, 124, "Javier Ortega Blanco", 22, "", 10)
    mc(pdf, 76, 124, "Analista sénior de inteligencia en Ministerio de Defensa", 10.5)
    mc(pdf, 76, 124, "Madrid, Comunidad de Madrid, España", 9, color=(120, 120, 120))
    pdf.ln(5)
    mc(pdf, 76, 124, "Extracto", 14)
    mc(pdf, 76, 124, "Ciudadano español, analista con más de diez años en inteligencia estratégica y "
                     "fuentes abiertas. Interesado en puestos civiles de la OTAN.", 9.5)
    pdf.ln(5)
    mc(pdf, 76, 124, "Experiencia", 14)
    pdf.ln(2)
    mc(pdf, 76, 124, "Ministerio de Defensa", 11)
    mc(pdf, 76, 124, "8 años 5 meses", 9, color=(120, 120, 120))
    pdf.ln(2)
    for title, dates, place in [
        ("Analista sénior de inteligencia", "enero de 2019 - Present (8 años 1 mes)", "Madrid, España"),
        ("Analista de inteligencia", "septiembre de 2015 - diciembre de 2018 (3 años 4 meses)", "Madrid, España"),
    ]:
        mc(pdf, 76, 124, title, 10.5)
        mc(pdf, 76, 124, dates, 9, color=(120, 120, 120))
        mc(pdf, 76, 124, place, 9, color=(120, 120, 120))
        pdf.ln(3)
    mc(pdf, 76, 124, "Real Instituto Elcano", 11)
    mc(pdf, 76, 124, "Investigador asistente", 10.5)
    mc(pdf, 76, 124, "octubre de 2013 - agosto de 2015 (1 año 11 meses)", 9, color=(120, 120, 120))
    mc(pdf, 76, 124, "Madrid", 9, color=(120, 120, 120))
    pdf.add_page()
    pdf.set_y(16)
    mc(pdf, 76, 124, "Educación", 14)
    pdf.ln(2)
    mc(pdf, 76, 124, "Universidad Complutense de Madrid", 11)
    mc(pdf, 76, 124, "Máster, Análisis de Inteligencia · (2012 - 2013)", 9.5, color=(70, 70, 70))
    pdf.ln(3)
    mc(pdf, 76, 124, "Universidad Carlos III de Madrid", 11)
    mc(pdf, 76, 124, "Grado, Ciencia Política · (2008 - 2012)", 9.5, color=(70, 70, 70))
    pdf.output(path)


# ------------------------------------------------------------------ p102 Romania: CV in Romanian, date phrases
# "din martie 2016 până în noiembrie 2019", "din ianuarie 2020 până în prezent", nationality in the profile prose
F = "cv_p102_ro_romana_dinpanainprezent_prozacetatean_marinescu.pdf"


@doc(F, cv_label(F, "Ioana Marinescu", "ioana.marinescu@example.ro", "+40 21 555 3172", "Romania",
                 [("master", "Studii de Securitate", "Universitatea din București", 2013),
                  ("bachelor", "Drept", "Universitatea „Babeș-Bolyai” din Cluj-Napoca", 2011)],
                 False,
                 [("Consilier superior", "Ministerul Afacerilor Externe", "2020-01", None),
                  ("Consilier", "Oficiul Registrului Național al Informațiilor Secrete de Stat (ORNISS)", "2016-03",
                   "2019-11"),
                  ("Referent", "Agenția de Cercetare pentru Tehnică și Tehnologii Militare", "2012-01", "2016-02")],
                 [("English", "V", None), ("French", "VI", None), ("Spanish", None, None)],
                 [], ["MS Office", "Lotus Notes", "SharePoint"]))
def p102(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_margins(20, 18, 20)
    pdf.set_y(18)
    pdf.para("Ioana Marinescu", 20, "B", 10)
    pdf.para("București  ·  +40 21 555 3172  ·  ioana.marinescu@example.ro", 9.5)
    pdf.heading("Profil")
    pdf.para("Sunt cetățean român, jurist cu paisprezece ani de experiență în protecția informațiilor clasificate "
             "și relații internaționale.", 9.5)
    pdf.heading("Experiență profesională")
    for dates, title, org, desc in [
        ("din ianuarie 2020 până în prezent", "Consilier superior", "Ministerul Afacerilor Externe",
         "Direcția NATO și Afaceri Strategice."),
        ("din martie 2016 până în noiembrie 2019", "Consilier",
         "Oficiul Registrului Național al Informațiilor Secrete de Stat (ORNISS)",
         "Certificate de securitate industrială; relația cu Biroul de Securitate NATO."),
        ("din 2012 până în februarie 2016", "Referent", "Agenția de Cercetare pentru Tehnică și Tehnologii Militare",
         ""),
    ]:
        pdf.para(dates, 9, "I")
        pdf.para(title, 10.5, "B")
        pdf.para(org, 10)
        if desc:
            pdf.para(desc, 9)
        pdf.ln(2)
    pdf.heading("Educație și formare")
    pdf.para("2013 – Master în Studii de Securitate, Universitatea din București", 10)
    pdf.para("2011 – Licență în Drept, Universitatea „Babeș-Bolyai” din Cluj-Napoca", 10)
    pdf.heading("Limbi străine")
    pdf.para("engleză – C1; franceză – C2; spaniolă – A2", 10)
    pdf.heading("Aptitudini IT")
    pdf.para("MS Office, Lotus Notes, SharePoint", 10)
    pdf.output(path)


# ------------------------------------------------------------------ p103 Slovenia: CV in Slovenian with NUMBERED headings,
# education before experience, "od 2014 do danes"
F = "cv_p103_si_slovensko_numberedheadings_oddodanes_mlakar.pdf"


@doc(F, cv_label(F, "Tadej Mlakar", "tadej.mlakar@example.si", "+386 1 555 4093", "Slovenia",
                 [("master", "strojništvo", "Univerza v Ljubljani", 2013),
                  ("bachelor", "strojništvo", "Univerza v Mariboru", 2010)],
                 False,
                 [("vodja projektov", "Ministrstvo za obrambo Republike Slovenije", "2014-01", None),
                  ("inženir razvoja", "Kolektor Group", "2013-01", "2013-12")],
                 [("English", "V", None), ("German", "IV", None), ("Croatian", None, None)],
                 [], ["SolidWorks", "MATLAB", "SAP PLM"]))
def p103(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_margins(22, 18, 22)
    pdf.set_y(18)
    pdf.para("ŽIVLJENJEPIS", 9, "B")
    pdf.para("Tadej Mlakar", 18, "B", 9)
    pdf.heading("1. Osebni podatki", 11)
    pdf.para("Naslov: Ljubljana\nTelefon: +386 1 555 4093\nE-pošta: tadej.mlakar@example.si\n"
             "Državljanstvo: slovensko", 10)
    pdf.heading("2. Izobraževanje", 11)
    pdf.para("2011 – 2013  Magisterij (2. bolonjska stopnja): strojništvo — Univerza v Ljubljani, 2013", 10)
    pdf.para("2007 – 2010  Diploma (1. bolonjska stopnja, UN): strojništvo — Univerza v Mariboru, 2010", 10)
    pdf.heading("3. Delovne izkušnje", 11)
    pdf.para("od 2014 do danes", 9.5, "I")
    pdf.para("vodja projektov, Ministrstvo za obrambo Republike Slovenije", 10, "B")
    pdf.para("Nabava oklepnih vozil; sodelovanje z agencijo NSPA in OCCAR.", 9.5)
    pdf.ln(2)
    pdf.para("jan. 2013 – dec. 2013", 9.5, "I")
    pdf.para("inženir razvoja, Kolektor Group", 10, "B")
    pdf.heading("4. Jeziki", 11)
    pdf.para("angleščina – C1\nnemščina – B2\nhrvaščina – razumevanje", 10)
    pdf.heading("5. Računalniška znanja", 11)
    pdf.para("SolidWorks, MATLAB, SAP PLM", 10)
    pdf.heading("6. Drugo", 11)
    pdf.para("Vozniško dovoljenje B. Član Slovenskega društva za vzdrževanje (od 2016).", 10)
    pdf.output(path)


# ------------------------------------------------------------------ p104 North Macedonia: dates in a grey LEFT margin
# column beside bold titles, "since 2014", SLP with slashes and a CEFR level on one line
F = "cv_p104_mk_margindates_since_slashslp_stojanovska.pdf"


@doc(F, cv_label(F, "Elena Stojanovska", "elena.stojanovska@example.mk", "+389 2 555 3381", "North Macedonia",
                 [("master", "Security and Defence", "Ss. Cyril and Methodius University in Skopje", 2012),
                  ("bachelor", "Law", "Ss. Cyril and Methodius University in Skopje", 2007)],
                 False,
                 [("Head of Unit, NATO Integration", "Ministry of Defence of the Republic of North Macedonia",
                   "2014-01", None),
                  ("Associate", "Secretariat for European Affairs", "2008-01", "2013-12")],
                 [("English", "V", "3333"), ("Serbian", "VI", None), ("German", None, None)],
                 [], ["MS Office", "SharePoint"]))
def p104(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_y(16)
    pdf.para("ELENA STOJANOVSKA", 18, "B", 9)
    pdf.para("Skopje  |  elena.stojanovska@example.mk  |  +389 2 555 3381  |  citizen of North Macedonia", 9)
    pdf.ln(4)

    def row(left, right_lines):
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.set_font("DejaVu", "", 9)
        pdf.set_text_color(130, 130, 130)
        pdf.multi_cell(36, 4.6, left)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(50, y)
        for k, (txt, st, sz) in enumerate(right_lines):
            mc(pdf, 50, 150, txt, sz, st)
        pdf.ln(3)

    pdf.heading("EXPERIENCE", 11)
    row("since 2014", [("Head of Unit, NATO Integration", "B", 10.5),
                       ("Ministry of Defence of the Republic of North Macedonia", "", 10),
                       ("Membership Action Plan reporting; accession talks (2019); NDPP questionnaire.", "", 9)])
    row("2008 – 2013", [("Associate", "B", 10.5), ("Secretariat for European Affairs", "", 10)])
    pdf.heading("EDUCATION", 11)
    row("2010 – 2012", [("MA in Security and Defence", "B", 10),
                        ("Ss. Cyril and Methodius University in Skopje, 2012", "", 9.5)])
    row("2003 – 2007", [("Bachelor of Laws (Law)", "B", 10),
                        ("Ss. Cyril and Methodius University in Skopje, 2007", "", 9.5)])
    pdf.heading("LANGUAGES", 11)
    row("", [("English – C1 (STANAG 6001: 3/3/3/3)\nSerbian – C2\nGerman – A2", "", 10)])
    pdf.heading("IT", 11)
    row("", [("MS Office, SharePoint", "", 10)])
    pdf.output(path)


# ------------------------------------------------------------------ p105 Luxembourg: photo frame, apostrophe month-years
# "Mar'21 – now", "Sep'17 – Feb'21", doctoral researcher post beside the PhD
F = "cv_p105_lu_photoframe_apostrophemonths_now_weber.pdf"


@doc(F, cv_label(F, "Laurent Weber", "laurent.weber@example.lu", "+352 691 555 204", "Luxembourg",
                 [("doctorate", "Computer Science", "University of Luxembourg", 2017),
                  ("master", "Telecommunications", "Université de Liège", 2014)],
                 False,
                 [("Programme Officer, Space and Defence", "Luxembourg Directorate of Defence", "2021-03", None),
                  ("Satellite Communications Engineer", "SES S.A.", "2017-09", "2021-02"),
                  ("Doctoral Researcher", "Interdisciplinary Centre for Security, Reliability and Trust (SnT)",
                   "2014-10", "2017-08")],
                 [("Luxembourgish", None, None), ("French", "VI", None), ("German", "VI", None),
                  ("English", "V", None)],
                 [], ["MATLAB", "Python", "STK"]))
def p105(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(165, 14, 30, 38)
    pdf.set_xy(165, 31)
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(30, 4, "[photo]", align="C")
    pdf.set_xy(15, 16)
    pdf.para("Laurent Weber", 20, "B", 10, w=140)
    pdf.para("Luxembourg national · Esch-sur-Alzette\nlaurent.weber@example.lu · +352 691 555 204", 9.5, w=140)
    pdf.set_y(58)
    pdf.heading("Experience")
    for dates, title, org in [
        ("Mar'21 – now", "Programme Officer, Space and Defence", "Luxembourg Directorate of Defence"),
        ("Sep'17 – Feb'21", "Satellite Communications Engineer", "SES S.A."),
        ("Oct'14 – Aug'17", "Doctoral Researcher",
         "Interdisciplinary Centre for Security, Reliability and Trust (SnT)"),
    ]:
        pdf.left_right(title, dates)
        pdf.para(org, 9.5, "I")
        pdf.ln(2)
    pdf.heading("Education")
    pdf.left_right("PhD in Computer Science", "2017")
    pdf.para("University of Luxembourg", 9.5, "I")
    pdf.left_right("Master of Science in Telecommunications", "2014")
    pdf.para("Université de Liège", 9.5, "I")
    pdf.heading("Languages")
    pdf.para("Luxembourgish (mother tongue) · French C2 · German C2 · English C1", 10)
    pdf.heading("Technical")
    pdf.para("MATLAB · Python · STK", 10)
    pdf.output(path)


# ------------------------------------------------------------------ p106 Italy: ruled posts table with the dates FIRST in
# two columns From | To ("to date"), then Position | Employer; competencies line
F = "cv_p106_it_fromtotable_todate_competencies_ruggiero.pdf"


@doc(F, cv_label(F, "Francesca Ruggiero", "f.ruggiero@example.it", "+39 06 5550 2841", "Italy",
                 [("master", "Giurisprudenza", "Sapienza Università di Roma", 2013),
                  ("master", "International Humanitarian Law",
                   "Geneva Academy of International Humanitarian Law and Human Rights", 2015)],
                 False,
                 [("Legal Officer", "Ministero della Difesa", "2021-01", None),
                  ("Associate Legal Officer", "International Committee of the Red Cross", "2016-06", "2020-12"),
                  ("Trainee Lawyer", "Studio Legale Chiomenti", "2013-09", "2016-05")],
                 [("Italian", None, None), ("English", "VI", None), ("French", "V", None), ("Spanish", "IV", None)],
                 ["Analytical Thinking", "Clarity and Accuracy", "Impact and Influence"],
                 ["Westlaw", "MS Office"]))
def p106(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_y(16)
    pdf.para("Francesca Ruggiero", 18, "B", 9)
    pdf.para("Rome, Italy · f.ruggiero@example.it · +39 06 5550 2841 · Nationality: Italian", 9.5)
    pdf.heading("Employment")
    widths = [20, 20, 55, 95]
    rows = [("From", "To", "Position", "Employer"),
            ("01/2021", "to date", "Legal Officer", "Ministero della Difesa"),
            ("06/2016", "12/2020", "Associate Legal Officer", "International Committee of the Red Cross"),
            ("09/2013", "05/2016", "Trainee Lawyer", "Studio Legale Chiomenti")]
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=6) as table:
        for r in rows:
            tr = table.row()
            for c in r:
                tr.cell(c)
    pdf.ln(2)
    pdf.para("Legal Officer: law of armed conflict advice to the Defence General Staff; status-of-forces "
             "agreements. ICRC: delegations in Geneva and Amman. Trainee lawyer: admitted to the Rome Bar 2016.", 9)
    pdf.heading("Education")
    pdf.para("Laurea Magistrale in Giurisprudenza, Sapienza Università di Roma, 2013\n"
             "LL.M. in International Humanitarian Law, Geneva Academy of International Humanitarian Law and Human "
             "Rights, 2015", 10)
    pdf.heading("Languages")
    pdf.para("Italian (mother tongue); English C2; French C1; Spanish B2", 10)
    pdf.heading("Core competencies")
    pdf.para("Analytical Thinking · Clarity and Accuracy · Impact and Influence", 10)
    pdf.heading("IT")
    pdf.para("Westlaw, MS Office", 10)
    pdf.output(path)


def build():
    out = []
    for file, fn, label in DOCS:
        fn(CVS + "/" + file)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
