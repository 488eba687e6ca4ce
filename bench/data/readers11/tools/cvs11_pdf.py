"""PDF CVs of corpus 11 (p79-p85). Each builder writes its document; the label beside it is hand-written."""
import os

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


# ------------------------------------------------------------------ p79 Estonia: Awesome-CV look (LaTeX class):
# section headings drawn in two colours ("Exp" + "erience"), title left / place right, org in small caps, dates right
F = "cv_p79_ee_awesomecv_splitheadings_kivistik.pdf"


@doc(F, cv_label(F, "Margus Kivistik", "margus.kivistik@example.ee", "+372 5555 2183", "Estonia",
                 [("master", "Cyber Security", "Tallinn University of Technology", 2014),
                  ("bachelor", "Computer Science", "University of Tartu", 2012)],
                 False,
                 [("Cyber Range Engineer", "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)", "2019-09", None),
                  ("Security Analyst", "Cybernetica AS", "2015-01", "2019-08")],
                 [("Estonian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Finnish", None, None)],
                 [], ["Python", "Go", "Bash", "Ansible", "Terraform", "Splunk"]))
def p79(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 26)
    w1 = pdf.get_string_width("Margus ")
    pdf.set_text_color(90, 90, 90)
    pdf.set_x((210 - pdf.get_string_width("Margus Kivistik")) / 2)
    pdf.cell(w1, 12, "Margus ")
    pdf.set_font("DejaVu", "B", 26)
    pdf.set_text_color(20, 20, 20)
    pdf.cell(0, 12, "Kivistik", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(220, 50, 50)
    pdf.cell(0, 5, "CYBER RANGE ENGINEER · RED TEAMING · EXERCISE DESIGN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 5, "Tallinn, Estonia  |  +372 5555 2183  |  margus.kivistik@example.ee  |  Estonian citizen",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def section(a, b):
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 14)
        pdf.set_text_color(220, 50, 50)
        wa = pdf.get_string_width(a)
        y = pdf.get_y()
        pdf.cell(wa, 7, a)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(pdf.get_string_width(b), 7, b)
        x = pdf.get_x() + 2
        pdf.set_draw_color(150, 150, 150)
        pdf.line(x, y + 4, 192, y + 4)
        pdf.ln(8)

    def entry(title, place, org, dates, bullets):
        pdf.set_text_color(30, 30, 30)
        pdf.set_font("DejaVu", "B", 10.5)
        y = pdf.get_y()
        pdf.cell(0, 5, title)
        pdf.set_xy(18, y)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(0, 5, place, align="R", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(0, 4.5, org.upper())
        pdf.set_xy(18, y)
        pdf.set_font("DejaVu", "I", 8.5)
        pdf.cell(0, 4.5, dates, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.set_text_color(60, 60, 60)
        for b in bullets:
            pdf.set_x(22)
            pdf.multi_cell(0, 4.5, "• " + b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    section("Exp", "erience")
    entry("Cyber Range Engineer", "Tallinn, Estonia",
          "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)", "Sep. 2019 – Present",
          ["Builds the technical environment of Locked Shields and Crossed Swords.",
           "Leads a team of 5 engineers; automated range deployment with Ansible and Terraform."])
    entry("Security Analyst", "Tallinn, Estonia", "Cybernetica AS", "Jan. 2015 – Aug. 2019",
          ["Penetration testing of e-government systems (X-Road, i-Voting)."])
    section("Edu", "cation")
    entry("M.Sc. in Cyber Security", "Tallinn, Estonia", "Tallinn University of Technology", "2012 – 2014", [])
    entry("B.Sc. in Computer Science", "Tartu, Estonia", "University of Tartu", "2009 – 2012", [])
    section("Ski", "lls")
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_text_color(30, 30, 30)
    for k, v in [("Programming", "Python, Go, Bash"), ("Tools", "Ansible, Terraform, Splunk")]:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(35, 5, k, align="R")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_xy(57, y)
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    section("Lan", "guages")
    for k, v in [("Estonian", "Native"), ("English", "C1 (CEFR)"), ("Russian", "B2 (CEFR)"), ("Finnish", "Basic")]:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(35, 5, k, align="R")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_xy(57, y)
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-15)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 4, "November 2026          Margus Kivistik · Curriculum Vitae          1", align="C")
    pdf.output(path)


# ------------------------------------------------------------------ p80 Spain: Canva-style CV in Spanish, coloured left
# sidebar with skill chips (rounded rectangles), date pills in the main column
F = "cv_p80_es_canva_chips_pills_actualidad_benitez.pdf"


@doc(F, cv_label(F, "Lucía Benítez Sanz", "lucia.benitez@example.es", "+34 612 555 309", "Spain",
                 [("master", "Dirección de Empresas", "Universidad Carlos III de Madrid", 2016),
                  ("bachelor", "Administración y Dirección de Empresas", "Universidad Complutense de Madrid", 2015)],
                 False,
                 [("Técnica de Contratación", "Dirección General de Armamento y Material (DGAM)", "2020-01", None),
                  ("Analista de Compras", "Airbus Defence and Space, S.A.U.", "2016-01", "2019-12"),
                  ("Becaria de Compras", "Navantia, S.A., S.M.E.", "2015-06", "2015-12")],
                 [("Spanish", None, None), ("English", "V", None), ("French", "IV", None)],
                 [], ["SAP Ariba", "Power BI", "Contratación pública", "Negociación"]))
def p80(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(38, 70, 83)
    pdf.rect(0, 0, 68, 297, style="F")
    # sidebar
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(8, 20)
    pdf.set_font("DejaVu", "B", 17)
    pdf.multi_cell(54, 8, "Lucía\nBenítez Sanz", new_x="LMARGIN", new_y="NEXT")
    y = 48

    def side_head(t, y):
        pdf.set_xy(8, y)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_text_color(233, 196, 106)
        pdf.cell(54, 6, t)
        pdf.set_text_color(255, 255, 255)
        return y + 8

    y = side_head("CONTACTO", y)
    pdf.set_font("DejaVu", "", 8.5)
    for t in ["✉ lucia.benitez@example.es", "☎ +34 612 555 309", "⌂ Madrid", "Nacionalidad: española"]:
        pdf.set_xy(8, y)
        pdf.cell(54, 5, t)
        y += 5.5
    y = side_head("IDIOMAS", y + 4)
    pdf.set_font("DejaVu", "", 8.5)
    for t in ["Español — nativo", "Inglés — C1", "Francés — B2"]:
        pdf.set_xy(8, y)
        pdf.cell(54, 5, t)
        y += 5.5
    y = side_head("HABILIDADES", y + 4)
    pdf.set_font("DejaVu", "", 8)
    x = 8
    for chip in ["SAP Ariba", "Power BI", "Contratación pública", "Negociación"]:
        w = pdf.get_string_width(chip) + 6
        if x + w > 62:
            x, y = 8, y + 8
        pdf.set_fill_color(42, 157, 143)
        pdf.rect(x, y, w, 6, style="F", round_corners=True, corner_radius=2.5)
        pdf.set_xy(x, y)
        pdf.cell(w, 6, chip, align="C")
        x += w + 2
    # main
    pdf.set_text_color(38, 70, 83)
    pdf.set_xy(76, 20)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "PERFIL")
    pdf.set_xy(76, 28)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(50, 50, 50)
    pdf.multi_cell(124, 4.6, "Especialista en contratación pública de defensa con diez años de experiencia en la "
                   "industria y en la Administración. Busco incorporarme a la NSPA.")
    y = pdf.get_y() + 6
    pdf.set_xy(76, y)
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(38, 70, 83)
    pdf.cell(0, 7, "EXPERIENCIA")
    y += 10
    for pill, title, org, desc in [
        ("2020 — Actualidad", "Técnica de Contratación", "Dirección General de Armamento y Material (DGAM)",
         "Expedientes de adquisición de sistemas de armas; mesas de contratación; Ley 24/2011."),
        ("2016 — 2019", "Analista de Compras", "Airbus Defence and Space, S.A.U.",
         "Compras de aeroestructuras para el programa A400M; ahorro del 7 % en 2018."),
        ("Jun. — Dic. 2015", "Becaria de Compras", "Navantia, S.A., S.M.E.",
         "Apoyo a la homologación de proveedores.")]:
        pdf.set_font("DejaVu", "B", 8)
        w = pdf.get_string_width(pill) + 8
        pdf.set_fill_color(231, 111, 81)
        pdf.rect(76, y, w, 6, style="F", round_corners=True, corner_radius=3)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(76, y)
        pdf.cell(w, 6, pill, align="C")
        pdf.set_text_color(30, 30, 30)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(76, y + 8)
        pdf.cell(0, 5, title)
        pdf.set_font("DejaVu", "I", 9)
        pdf.set_xy(76, y + 13)
        pdf.cell(0, 5, org)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_xy(76, y + 18.5)
        pdf.multi_cell(124, 4.4, desc)
        y = pdf.get_y() + 6
    pdf.set_xy(76, y)
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(38, 70, 83)
    pdf.cell(0, 7, "FORMACIÓN")
    y += 10
    pdf.set_text_color(30, 30, 30)
    for pill, t, org in [("2015 — 2016", "Máster Universitario en Dirección de Empresas (MBA)",
                          "Universidad Carlos III de Madrid"),
                         ("2011 — 2015", "Grado en Administración y Dirección de Empresas",
                          "Universidad Complutense de Madrid")]:
        pdf.set_font("DejaVu", "B", 8)
        w = pdf.get_string_width(pill) + 8
        pdf.set_fill_color(231, 111, 81)
        pdf.rect(76, y, w, 6, style="F", round_corners=True, corner_radius=3)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(76, y)
        pdf.cell(w, 6, pill, align="C")
        pdf.set_text_color(30, 30, 30)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(76, y + 8)
        pdf.cell(0, 5, t)
        pdf.set_font("DejaVu", "I", 9)
        pdf.set_xy(76, y + 13)
        pdf.cell(0, 5, org)
        y += 22
    pdf.output(path)


# ------------------------------------------------------------------ p81 Hungary: officer CV, bilingual HU/EN headings,
# postings table with a rank column, "2021. augusztus 1-től", "2017. 08. 01. – 2021. 07. 31.", student row
F = "cv_p81_hu_tiszt_rendfokozat_tol_szabo.pdf"


@doc(F, cv_label(F, "Gergely Szabó", "gergely.szabo@example.hu", "+36 30 555 7214", "Hungary",
                 [("master", "Katonai vezető", "Nemzeti Közszolgálati Egyetem", 2017),
                  ("bachelor", "katonai vezető", "Zrínyi Miklós Nemzetvédelmi Egyetem", 2009)],
                 True,
                 [("osztályvezető-helyettes (J5)", "Magyar Honvédség Parancsnoksága (MH PK)", "2021-08", None),
                  ("törzstiszt (S3)", "MH 5. Bocskai István Lövészdandár", "2017-08", "2021-07"),
                  ("századparancsnok", "MH 5. Bocskai István Lövészdandár", "2009-08", "2015-08")],
                 [("Hungarian", None, None), ("English", None, "3333"), ("German", None, "2221")],
                 [], []))
def p81(path):
    pdf = PDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "ÖNÉLETRAJZ / CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for a, b in [("Név / Name:", "Szabó Gergely alezredes (Lt Col)"), ("Állampolgárság / Citizenship:", "magyar"),
                 ("E-mail:", "gergely.szabo@example.hu"), ("Telefon:", "+36 30 555 7214"),
                 ("Született / Born:", "1986. május 12., Debrecen")]:
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(55, 5.5, a)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Szolgálati helyek / Postings", 11)
    rows = [("Időszak / Period", "Rendfokozat / Rank", "Beosztás / Appointment", "Alakulat / Unit"),
            ("2021. augusztus 1-től", "alezredes", "osztályvezető-helyettes (J5)",
             "Magyar Honvédség Parancsnoksága (MH PK)"),
            ("2017. 08. 01. – 2021. 07. 31.", "őrnagy", "törzstiszt (S3)", "MH 5. Bocskai István Lövészdandár"),
            ("2015. 09. 01. – 2017. 07. 31.", "százados", "hallgató (katonai vezető mesterszak)",
             "Nemzeti Közszolgálati Egyetem"),
            ("2009. 08. 20. – 2015. 08. 31.", "hadnagy – százados", "századparancsnok",
             "MH 5. Bocskai István Lövészdandár")]
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(38, 30, 52, 60), text_align="LEFT", line_height=4.6) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.heading("Végzettség / Education", 11)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "2017  Katonai vezető mesterszak (MA) – Command and Staff programme (törzstiszti képzés), "
                   "Nemzeti Közszolgálati Egyetem\n2009  BSc, katonai vezető alapszak, Zrínyi Miklós Nemzetvédelmi "
                   "Egyetem", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Nyelvismeret / Languages", 11)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "magyar: anyanyelv\nangol: NATO STANAG 6001 – 3333 (2020)\nnémet: SLP 2/2+/2/1",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Missziók / Deployments", 11)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "2013. 03. – 2013. 09.  KFOR, Pristina (század-parancsnokként, a dandár állományából)",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ p82 Montenegro: CV in Montenegrin (Latin), colour
# band header, "sept. 2019. – danas", competencies with English names in brackets
F = "cv_p82_me_crnogorski_danas_kompetencije_vujovic.pdf"


@doc(F, cv_label(F, "Milica Vujović", "milica.vujovic@example.me", "+382 67 555 190", "Montenegro",
                 [("master", "međunarodni odnosi", "Univerzitet Crne Gore", 2015),
                  ("bachelor", "politikologija", "Univerzitet Crne Gore", 2013)],
                 False,
                 [("Savjetnica za odbrambenu politiku", "Ministarstvo odbrane Crne Gore", "2019-09", None),
                  ("Istraživačica", "Atlantski savez Crne Gore", "2015-03", "2019-08")],
                 [("Montenegrin", None, None), ("English", "V", None), ("Italian", "IV", None)],
                 ["Analytical Thinking", "Teamwork", "Organisational Awareness"],
                 ["MS Office", "Adobe InDesign"]))
def p82(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_fill_color(140, 20, 30)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(15, 8)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "BIOGRAFIJA")
    pdf.set_xy(15, 20)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Ime i prezime: Milica Vujović   ·   Državljanstvo: crnogorsko")
    pdf.set_xy(15, 25)
    pdf.cell(0, 5, "E-mail: milica.vujovic@example.me   ·   Tel: +382 67 555 190   ·   Podgorica")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(15, 40)
    pdf.heading("Radno iskustvo", 12)
    for dates, title, desc in [
        ("sept. 2019. – danas", "Savjetnica za odbrambenu politiku, Ministarstvo odbrane Crne Gore",
         "Priprema stavova za sastanke NATO odbora; koordinacija Plana razvoja odbrane."),
        ("mart 2015. – avg. 2019.", "Istraživačica, Atlantski savez Crne Gore",
         "Istraživanja javnog mnjenja o članstvu u NATO-u.")]:
        pdf.left_right(title, dates, size=9.5)
        pdf.para(desc, 9)
        pdf.ln(2)
    pdf.heading("Obrazovanje", 12)
    pdf.para("2015  Master studije – međunarodni odnosi (MA), Univerzitet Crne Gore, Fakultet političkih nauka", 9.5)
    pdf.para("2013  Osnovne studije – politikologija (BA), Univerzitet Crne Gore, Fakultet političkih nauka", 9.5)
    pdf.heading("Jezici", 12)
    pdf.para("crnogorski – maternji; engleski – C1; italijanski – B2", 9.5)
    pdf.heading("Kompetencije", 12)
    pdf.para("Analitičko razmišljanje (Analytical Thinking) – pravi složene analize;\n"
             "Timski rad (Teamwork) – podstiče druge i traži njihovo mišljenje;\n"
             "Organizaciona svijest (Organisational Awareness) – razumije organizacionu kulturu.", 9.5)
    pdf.heading("Računarske vještine", 12)
    pdf.para("MS Office, Adobe InDesign", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p83 Türkiye: one-page résumé, oldest first,
# "01.2021 – Pres.", self-assessed NATO level
F = "cv_p83_tr_oldestfirst_pres_natolevel_demirtas.pdf"


@doc(F, cv_label(F, "Elif Demirtaş", "elif.demirtas@example.com.tr", "+90 532 555 0187", "Türkiye",
                 [("bachelor", "Aerospace Engineering", "Middle East Technical University", 2011),
                  ("master", "Aerospace Engineering", "Middle East Technical University", 2016)],
                 False,
                 [("Research Assistant", "Middle East Technical University (METU)", "2013-09", "2016-08"),
                  ("Systems Engineer", "ROKETSAN A.Ş.", "2016-09", "2020-12"),
                  ("Senior Systems Engineer", "STM Savunma Teknolojileri Mühendislik ve Ticaret A.Ş.", "2021-01", None)],
                 [("Turkish", None, None), ("English", "V", None), ("German", None, None)],
                 [], ["MATLAB", "Simulink", "ANSYS Fluent", "Python"]))
def p83(path):
    pdf = PDF(format="Letter")
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    pdf.set_font("Serif", "B", 20)
    pdf.cell(0, 9, "ELİF DEMİRTAŞ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 5, "Ankara · elif.demirtas@example.com.tr · +90 532 555 0187 · Citizenship: Republic of Türkiye",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def sh(t):
        pdf.ln(2)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.line(20, pdf.get_y(), 195.9, pdf.get_y())
        pdf.ln(1.5)

    sh("EXPERIENCE (chronological)")
    for title, org, dates, b in [
        ("Research Assistant", "Middle East Technical University (METU), Ankara", "09.2013 – 08.2016",
         "Wind-tunnel testing; taught AE 305 recitations."),
        ("Systems Engineer", "ROKETSAN A.Ş., Ankara", "09.2016 – 12.2020",
         "Guidance and control requirements for a surface-to-air missile programme."),
        ("Senior Systems Engineer", "STM Savunma Teknolojileri Mühendislik ve Ticaret A.Ş., Ankara",
         "01.2021 – Pres.", "Systems engineering lead for a loitering munition; NATO AC/225 working group support.")]:
        y = pdf.get_y()
        pdf.set_font("Serif", "B", 10)
        pdf.multi_cell(140, 5, f"{title} — {org}", new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_xy(160, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(35.9, 5, dates, align="R")
        pdf.set_xy(24, y2)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(0, 4.8, "– " + b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    sh("EDUCATION")
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(0, 5, "B.Sc., Aerospace Engineering, Middle East Technical University, 2011\n"
                   "M.Sc., Aerospace Engineering, Middle East Technical University, 2016 (thesis: \"Adaptive "
                   "guidance laws\")", new_x="LMARGIN", new_y="NEXT")
    sh("LANGUAGES")
    pdf.multi_cell(0, 5, "Turkish (native) · English — Advanced (NATO level V, self-assessed) · German — elementary",
                   new_x="LMARGIN", new_y="NEXT")
    sh("SKILLS")
    pdf.multi_cell(0, 5, "MATLAB · Simulink · ANSYS Fluent · Python", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ p84 Lithuania: CV in Lithuanian, date column,
# "nuo 2019 m. rugsėjo iki dabar", genitive month names, page footer
F = "cv_p84_lt_lietuviskai_ikidabar_jankauskiene.pdf"


@doc(F, cv_label(F, "Rūta Jankauskienė", "ruta.jankauskiene@example.lt", "+370 612 55 408", "Lithuania",
                 [("master", "Viešasis administravimas", "Vilniaus universitetas", 2014),
                  ("bachelor", "Politikos mokslai", "Vilniaus universitetas", 2012)],
                 False,
                 [("Vyriausioji specialistė", "Lietuvos Respublikos krašto apsaugos ministerija", "2019-09", None),
                  ("Projektų vadovė", "AB „Lietuvos geležinkeliai“", "2014-10", "2019-08")],
                 [("Lithuanian", None, None), ("English", "V", None), ("Russian", "IV", None), ("German", None, None)],
                 [], ["MS Office", "Confluence", "Jira"]))
def p84(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "Rūta Jankauskienė · Gyvenimo aprašymas · Puslapis {p} iš 1"
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 8, "GYVENIMO APRAŠYMAS", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def row(a, b, bold=False):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.multi_cell(45, 4.8, a)
        y1 = pdf.get_y()
        pdf.set_xy(66, y)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "B" if bold else "", 9.5)
        pdf.multi_cell(126, 4.8, b, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y1, pdf.get_y()) + 1.5)

    for a, b in [("Vardas, pavardė", "Rūta Jankauskienė"), ("Pilietybė", "Lietuvos Respublikos"),
                 ("El. paštas", "ruta.jankauskiene@example.lt"), ("Telefonas", "+370 612 55 408")]:
        row(a, b)
    pdf.heading("DARBO PATIRTIS", 11)
    row("nuo 2019 m. rugsėjo iki dabar", "Vyriausioji specialistė, Lietuvos Respublikos krašto apsaugos "
        "ministerija, Gynybos politikos grupė", True)
    row("", "Pasirengimas NATO gynybos ministrų susitikimams, priimančiosios šalies paramos klausimai.")
    row("2014 m. spalio – 2019 m. rugpjūčio", "Projektų vadovė, AB „Lietuvos geležinkeliai“", True)
    row("", "Karinio mobilumo projektai (Rail Baltica jungtys).")
    pdf.heading("IŠSILAVINIMAS", 11)
    row("2012–2014", "Magistro laipsnis, Viešasis administravimas, Vilniaus universitetas")
    row("2008–2012", "Bakalauro laipsnis, Politikos mokslai, Vilniaus universitetas")
    pdf.heading("KALBOS", 11)
    row("", "lietuvių – gimtoji; anglų – C1; rusų – B2; vokiečių – pradmenys")
    pdf.heading("KOMPIUTERINIAI ĮGŪDŽIAI", 11)
    row("", "MS Office, Confluence, Jira")
    pdf.output(path)


# ------------------------------------------------------------------ p85 Czechia: key-facts strip of four boxes at the
# top (with a "12 years" total, a clearance and an SLP), competencies with behaviours, "since 09/2019"
F = "cv_p85_cz_keyfactsstrip_since_competencies_hruby.pdf"


@doc(F, cv_label(F, "Lukáš Hrubý", "lukas.hruby@example.cz", "+420 605 555 318", "Czechia",
                 [("master", "Mechanical Engineering", "Brno University of Technology", 2013),
                  ("bachelor", "Mechanical Engineering", "Brno University of Technology", 2011)],
                 False,
                 [("Capability Planner", "Ministry of Defence of the Czech Republic", "2019-09", None),
                  ("Project Engineer", "VOP CZ, s.p.", "2015-03", "2019-08"),
                  ("Junior Engineer", "Tatra Trucks a.s.", "2013-07", "2015-02")],
                 [("Czech", None, None), ("English", None, "3333"), ("German", "IV", None)],
                 ["Achievement", "Change Leadership"],
                 ["Creo", "Windchill", "MS Project"]))
def p85(path):
    pdf = PDF(format="A4")
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 19)
    pdf.cell(0, 9, "Ing. Lukáš Hrubý", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Capability planner · Prague · lukas.hruby@example.cz · +420 605 555 318",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    y = pdf.get_y()
    boxes = [("Nationality", "Czech"), ("Clearance", "NATO SECRET"), ("English", "SLP 3333"),
             ("Experience", "12 years")]
    for i, (a, b) in enumerate(boxes):
        x = 16 + i * 45
        pdf.set_fill_color(235, 240, 245)
        pdf.rect(x, y, 42, 15, style="F")
        pdf.set_xy(x, y + 1.5)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(42, 4, a.upper(), align="C")
        pdf.set_xy(x, y + 6.5)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(42, 6, b, align="C")
    pdf.set_xy(16, y + 20)
    pdf.heading("Experience", 12)
    for title, org, dates in [("Capability Planner", "Ministry of Defence of the Czech Republic", "since 09/2019"),
                              ("Project Engineer", "VOP CZ, s.p.", "03/2015 – 08/2019"),
                              ("Junior Engineer", "Tatra Trucks a.s.", "07/2013 – 02/2015")]:
        pdf.left_right(f"{title} | {org}", dates, size=9.5)
        pdf.ln(1)
    pdf.heading("Education", 12)
    pdf.para("Ing. (MSc) Mechanical Engineering, Brno University of Technology, 2013", 9.5)
    pdf.para("Bc. Mechanical Engineering, Brno University of Technology, 2011", 9.5)
    pdf.heading("Languages", 12)
    pdf.para("Czech – native · English – STANAG 6001 SLP 3333 (2021) · German – B2", 9.5)
    pdf.heading("Competency profile", 12)
    pdf.para("Achievement Orientation – sets challenging goals for the capability development plan 2030.\n"
             "Change Leadership – expresses the vision for change when the army moved to a brigade-centred "
             "planning model.", 9.5)
    pdf.heading("Software", 12)
    pdf.para("Creo, Windchill, MS Project", 9.5)
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
