"""PDF CVs of corpus 15 (p107-p113). Each builder writes its document; the label beside it is hand-written."""
import os

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def table(pdf, rows, widths, header=None, size=9, lh=5, fill=(220, 220, 220)):
    """Ruled table; `header` is a full-width shaded heading row drawn as the table's first row."""
    total = sum(widths)
    if header:
        pdf.set_font("DejaVu", "B", size + 1)
        pdf.set_fill_color(*fill)
        pdf.cell(total, lh + 1.5, header, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", size)
    for row in rows:
        pdf.set_x(pdf.l_margin)
        with pdf.table(col_widths=widths, width=total, first_row_as_headings=False, line_height=lh,
                       align="LEFT") as t:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)


# ------------------------------------------------------------------ p107 Latvia: main column left, shaded sidebar on
# the RIGHT (contact, citizenship, languages, skills), "2019/09 – ongoing"
F = "cv_p107_lv_rightsidebar_slashmonths_ongoing_ozolins.pdf"


@doc(F, cv_label(F, "Jānis Ozoliņš", "janis.ozolins@example.lv", "+371 2955 5183", "Latvia",
                 [("master", "Geography", "University of Latvia", 2014),
                  ("bachelor", "Geography", "University of Latvia", 2012)],
                 False,
                 [("Senior Geospatial Analyst", "National Armed Forces of Latvia", "2019-09", None),
                  ("GIS Specialist", "Latvian Geospatial Information Agency", "2014-03", "2019-08"),
                  ("Cartographer", "Jāņa sēta", "2012-07", "2014-02")],
                 [("Latvian", None, None), ("English", "VI", None), ("Russian", "V", None), ("German", None, None)],
                 [], ["ArcGIS Pro", "QGIS", "Python"]))
def p107(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    sx = 140
    pdf.set_fill_color(230, 236, 242)
    pdf.rect(sx, 0, 210 - sx, 297, "F")
    # main column
    pdf.set_left_margin(14)
    pdf.set_right_margin(210 - sx + 6)
    pdf.set_xy(14, 16)
    pdf.para("JĀNIS OZOLIŅŠ", 20, "B", 10)
    pdf.para("Geospatial intelligence analyst", 11, "", 6)
    pdf.heading("PROFILE", 11)
    pdf.para("GEOINT and GIS professional with twelve years in national mapping and defence, supporting NATO "
             "Enhanced Forward Presence planning with terrain and infrastructure analysis.", 9.5, "", 5)
    pdf.heading("EXPERIENCE", 11)
    for period, title, org, desc in (
            ("2019/09 – ongoing", "Senior Geospatial Analyst", "National Armed Forces of Latvia",
             "Terrain analysis and geospatial products for the Multinational Brigade Latvia."),
            ("2014/03 – 2019/08", "GIS Specialist", "Latvian Geospatial Information Agency",
             "Topographic database maintenance; NATO DGIWG standards."),
            ("2012/07 – 2014/02", "Cartographer", "Jāņa sēta", "")):
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4.5, period, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.para(title, 10.5, "B", 5.5)
        pdf.para(org, 9.5, "I", 5)
        if desc:
            pdf.para(desc, 9, "", 4.5)
        pdf.ln(2)
    pdf.heading("EDUCATION", 11)
    pdf.para("MSc Geography – University of Latvia, 2014", 9.5, "", 5)
    pdf.para("BSc Geography – University of Latvia, 2012", 9.5, "", 5)
    # right sidebar
    pdf.set_left_margin(sx + 6)
    pdf.set_right_margin(8)
    pdf.set_xy(sx + 6, 20)
    pdf.para("CONTACT", 10, "B", 6)
    pdf.para("janis.ozolins@example.lv", 8.5, "", 4.5)
    pdf.para("+371 2955 5183", 8.5, "", 4.5)
    pdf.para("Riga, Latvia", 8.5, "", 4.5)
    pdf.ln(4)
    pdf.para("CITIZENSHIP", 10, "B", 6)
    pdf.para("Latvian citizen", 8.5, "", 4.5)
    pdf.ln(4)
    pdf.para("LANGUAGES", 10, "B", 6)
    for ln in ("Latvian – native", "English – C2", "Russian – C1", "German – B1"):
        pdf.para(ln, 8.5, "", 4.5)
    pdf.ln(4)
    pdf.para("SKILLS", 10, "B", 6)
    for ln in ("ArcGIS Pro", "QGIS", "Python"):
        pdf.para(ln, 8.5, "", 4.5)
    pdf.ln(4)
    pdf.para("CLEARANCE", 10, "B", 6)
    pdf.para("NATO SECRET (valid to 2029)", 8.5, "", 4.5)
    pdf.output(path)


# ------------------------------------------------------------------ p108 Portugal: naval officer CV in Portuguese,
# every section a ruled table whose first row is a shaded heading, year-only "2022 – atualidade", course row,
# promotion row, SLPs only
F = "cv_p108_pt_marinha_headingrows_anos_atualidade_cemc_batista.pdf"


@doc(F, cv_label(F, "Rui Miguel Cardoso Batista", "rui.batista@example.pt", "+351 912 555 830", "Portugal",
                 [("master", "Ciências Militares Navais", "Escola Naval", 2010)],
                 True,
                 [("Chefe do Serviço de Operações", "NRP Álvares Cabral", "2022-01", None),
                  ("Oficial de Estado-Maior", "Estado-Maior da Armada", "2016-01", "2019-12"),
                  ("Oficial de Navegação", "NRP Bartolomeu Dias", "2011-01", "2015-12")],
                 [("English", None, "3333"), ("Spanish", None, "2221"), ("French", None, "2222")],
                 [], ["MS Office", "MCCIS", "ECDIS"]))
def p108(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_margins(18, 16, 18)
    pdf.set_xy(18, 16)
    pdf.para("Capitão-tenente Rui Miguel Cardoso Batista", 15, "B", 8)
    pdf.ln(2)
    table(pdf, [("Nacionalidade", "Portuguesa"), ("Correio eletrónico", "rui.batista@example.pt"),
                ("Telemóvel", "+351 912 555 830"), ("Posto", "Capitão-tenente (OF-3), Marinha Portuguesa")],
          [50, 124], header="DADOS PESSOAIS")
    table(pdf, [("Período", "Cargo", "Unidade"),
                ("2022 – atualidade", "Chefe do Serviço de Operações", "NRP Álvares Cabral"),
                ("2020 – 2021", "Aluno do Curso de Estado-Maior Conjunto", "Instituto Universitário Militar"),
                ("2019", "Promovido a capitão-tenente", "—"),
                ("2016 – 2019", "Oficial de Estado-Maior", "Estado-Maior da Armada"),
                ("2011 – 2015", "Oficial de Navegação", "NRP Bartolomeu Dias")],
          [34, 80, 60], header="PERCURSO PROFISSIONAL")
    table(pdf, [("2010", "Mestrado Integrado em Ciências Militares Navais", "Escola Naval"),
                ("2021", "Curso de Estado-Maior Conjunto (CEMC)", "Instituto Universitário Militar")],
          [20, 94, 60], header="FORMAÇÃO ACADÉMICA E MILITAR")
    table(pdf, [("Inglês", "STANAG 6001 – SLP 3333"), ("Espanhol", "STANAG 6001 – SLP 2-2-2-1"),
                ("Francês", "STANAG 6001 – SLP 2-2-2-2")], [50, 124], header="LÍNGUAS")
    table(pdf, [("MS Office, MCCIS, ECDIS",)], [174], header="INFORMÁTICA")
    pdf.output(path)


# ------------------------------------------------------------------ p109 Finland: CV wholly in Finnish, abbreviated
# Finnish months "maalisk. 2016 – heinäk. 2021", open "elok. 2021 alkaen", pro gradu title, date column
F = "cv_p109_fi_suomi_kuukausilyhenteet_alkaen_progradu_rautiainen.pdf"


@doc(F, cv_label(F, "Aino Kristiina Rautiainen", "aino.rautiainen@example.fi", "+358 40 555 7391", "Finland",
                 [("master", "kansainvälinen politiikka", "Helsingin yliopisto", 2013),
                  ("bachelor", "kansainvälinen politiikka", "Helsingin yliopisto", 2011)],
                 False,
                 [("Erityisasiantuntija", "Puolustusministeriö", "2021-08", None),
                  ("Tutkija", "Maanpuolustuskorkeakoulu", "2016-03", "2021-07"),
                  ("Suunnittelija", "Huoltovarmuuskeskus", "2013-09", "2016-02")],
                 [("Finnish", None, None), ("English", "V", None), ("Swedish", "IV", None), ("German", None, None)],
                 [], ["MS Office", "Atlas.ti", "Power BI"]))
def p109(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_margins(20, 18, 20)
    pdf.set_xy(20, 18)
    pdf.para("ANSIOLUETTELO", 9, "", 5)
    pdf.para("Aino Kristiina Rautiainen", 18, "B", 9)
    pdf.para("aino.rautiainen@example.fi  •  +358 40 555 7391  •  Helsinki", 9, "", 5)
    pdf.para("Kansalaisuus: Suomi", 9, "", 5)

    def row(left, right_lines):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_text_color(100, 100, 100)
        pdf.set_xy(20, y)
        pdf.multi_cell(40, 4.5, left)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(62, y)
        for k, ln in enumerate(right_lines):
            pdf.set_x(62)
            pdf.set_font("DejaVu", "B" if k == 0 else "", 9.5)
            pdf.multi_cell(128, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.heading("TYÖKOKEMUS", 11)
    row("elok. 2021 alkaen", ["Erityisasiantuntija", "Puolustusministeriö",
                              "Puolustuspoliittinen osasto: Suomen NATO-jäsenyyden toimeenpano."])
    row("maalisk. 2016 –\nheinäk. 2021", ["Tutkija", "Maanpuolustuskorkeakoulu"])
    row("syysk. 2013 –\nhelmik. 2016", ["Suunnittelija", "Huoltovarmuuskeskus"])
    pdf.heading("KOULUTUS", 11)
    row("2013", ["Valtiotieteiden maisteri (VTM), kansainvälinen politiikka", "Helsingin yliopisto",
                 "Pro gradu -tutkielma: ”Pohjoismainen puolustusyhteistyö ja NATO 2009–2012”"])
    row("2011", ["Valtiotieteiden kandidaatti (VTK), kansainvälinen politiikka", "Helsingin yliopisto"])
    pdf.heading("KIELITAITO", 11)
    pdf.para("suomi – äidinkieli; englanti – C1; ruotsi – B2 (virkamiesruotsi); saksa – A2", 9.5, "", 5)
    pdf.heading("TIETOTEKNIIKKA", 11)
    pdf.para("MS Office, Atlas.ti, Power BI", 9.5, "", 5)
    pdf.output(path)


# ------------------------------------------------------------------ p110 Greece: army officer CV in English, rank
# before the name, "Hellenic" nationality, War College student entry among posts, thesis title, SLP with "+"
F = "cv_p110_gr_officer_hellenic_warcollege_slpplus_theodorakis.pdf"


@doc(F, cv_label(F, "Konstantinos Theodorakis", "k.theodorakis@example.gr", "+30 210 555 4417", "Greece",
                 [("master", "Strategic Studies", "Panteion University", 2016),
                  ("bachelor", "Military Sciences", "Hellenic Army Academy", 2005)],
                 True,
                 [("Staff Officer, J5 Plans", "Hellenic National Defence General Staff", "2022-07", None),
                  ("Executive Officer", "501 Mechanised Infantry Battalion", "2017-08", "2021-08"),
                  ("Instructor", "Hellenic Army Academy", "2013-06", "2017-07")],
                 [("Greek", None, None), ("English", None, "3333"), ("French", None, "2221")],
                 [], ["MS Office", "TOPFAS"]))
def p110(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "K. Theodorakis – CV – page {p}"
    pdf.add_page()
    pdf.set_margins(20, 18, 20)
    pdf.set_xy(20, 18)
    pdf.para("Lieutenant Colonel (INF) Konstantinos Theodorakis", 15, "B", 8)
    pdf.para("Nationality: Hellenic  |  k.theodorakis@example.gr  |  +30 210 555 4417", 9, "", 5)
    pdf.heading("CAREER", 11.5)
    for period, title, org in (("Jul 2022 – present", "Staff Officer, J5 Plans",
                                "Hellenic National Defence General Staff"),
                               ("Sep 2021 – Jun 2022", "Student, Senior Staff Course",
                                "Hellenic Army War College"),
                               ("Aug 2017 – Aug 2021", "Executive Officer", "501 Mechanised Infantry Battalion"),
                               ("Jun 2013 – Jul 2017", "Instructor", "Hellenic Army Academy")):
        pdf.left_right(title, period, 10)
        pdf.para(org, 9.5, "I", 5)
        pdf.ln(1.5)
    pdf.para("Promoted Lieutenant Colonel in 2021. Deployed KFOR (Kosovo), 2011.", 9, "", 5)
    pdf.heading("EDUCATION", 11.5)
    pdf.para("MA in Strategic Studies, Panteion University, 2016", 9.5, "B", 5)
    pdf.para("Thesis: “Maritime security in the Eastern Mediterranean and NATO’s Operation Sea Guardian”",
             9, "", 5)
    pdf.para("Bachelor in Military Sciences, Hellenic Army Academy, 2005", 9.5, "B", 5)
    pdf.heading("LANGUAGES", 11.5)
    pdf.para("Greek – mother tongue;  English – STANAG 6001 SLP 3333 (2020);  French – SLP 2+2+2+1+", 9.5, "", 5)
    pdf.heading("COMPUTER SKILLS", 11.5)
    pdf.para("MS Office, TOPFAS", 9.5, "", 5)
    pdf.output(path)


# ------------------------------------------------------------------ p111 Croatia: English CV, experience oldest first
# with year-only dates in a left bar, nationality in a prose sentence, CEFR self-assessment grid table
F = "cv_p111_hr_oldestfirst_yearbar_cefrgrid_prose_jelavic.pdf"


@doc(F, cv_label(F, "Marta Jelavić", "marta.jelavic@example.hr", "+385 91 555 7726", "Croatia",
                 [("bachelor", "Economics", "University of Zagreb", 2006),
                  ("master", "European Studies", "College of Europe", 2008)],
                 False,
                 [("Associate", "Croatian Chamber of Economy", "2008-01", "2011-12"),
                  ("Senior Advisor", "Ministry of Foreign and European Affairs", "2012-01", "2017-12"),
                  ("Head of Service for NATO", "Ministry of Defence of the Republic of Croatia", "2018-01", None)],
                 [("Croatian", None, None), ("English", "V", None), ("German", "IV", None), ("Italian", None, None)],
                 [], ["MS Office", "SAP Business One"]))
def p111(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_margins(22, 18, 20)
    pdf.set_xy(22, 18)
    pdf.para("Marta Jelavić", 18, "B", 9)
    pdf.para("Zagreb  ·  marta.jelavic@example.hr  ·  +385 91 555 7726", 9, "", 5)
    pdf.ln(2)
    pdf.para("I hold Croatian citizenship and have worked on Croatia's NATO and EU files since 2012, first in "
             "foreign affairs and now in defence.", 9.5, "I", 5)
    pdf.heading("Career (in chronological order)", 11.5)
    for years, title, org in (("2008 – 2011", "Associate", "Croatian Chamber of Economy"),
                              ("2012 – 2017", "Senior Advisor", "Ministry of Foreign and European Affairs"),
                              ("2018 – present", "Head of Service for NATO",
                               "Ministry of Defence of the Republic of Croatia")):
        y = pdf.get_y()
        pdf.set_fill_color(40, 70, 110)
        pdf.rect(22, y, 1.2, 10, "F")
        pdf.set_xy(25, y)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(30, 5, years)
        pdf.set_xy(58, y)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(58)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(0, 5, org, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.heading("Education", 11.5)
    pdf.para("2006  BA Economics, University of Zagreb", 9.5, "", 5)
    pdf.para("2008  MA European Studies, College of Europe (Bruges)", 9.5, "", 5)
    pdf.para("        Thesis: “Croatia's road to NATO membership: the Membership Action Plan 2002–2008”", 9, "I", 5)
    pdf.heading("Languages (self-assessment, CEFR)", 11.5)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(30, 25, 25, 25, 25, 25), width=155, line_height=5, align="LEFT") as t:
        for rr in (("", "Listening", "Reading", "Interaction", "Production", "Writing"),
                   ("Croatian", "mother tongue", "", "", "", ""),
                   ("English", "C1", "C1", "C1", "C1", "C1"),
                   ("German", "B2", "B2", "B2", "B2", "B2"),
                   ("Italian", "A2", "A2", "A2", "A2", "A2")):
            r = t.row()
            for c in rr:
                r.cell(c)
    pdf.ln(3)
    pdf.heading("Computer skills", 11.5)
    pdf.para("MS Office, SAP Business One", 9.5, "", 5)
    pdf.output(path)


# ------------------------------------------------------------------ p112 Netherlands: CV in Dutch, reservist post
# concurrent with the civil post ("okt. 2017 – heden"), Dutch month abbreviations, nationality in prose
F = "cv_p112_nl_nederlands_reservist_gelijktijdig_heden_hoekstra.pdf"


@doc(F, cv_label(F, "Sanne Hoekstra", "s.hoekstra@example.nl", "+31 6 5555 1742", "Netherlands",
                 [("master", "Conflict Studies and Human Rights", "Universiteit Utrecht", 2012),
                  ("bachelor", "Politicologie", "Universiteit Leiden", 2011)],
                 False,
                 [("Senior beleidsmedewerker", "Ministerie van Defensie", "2019-01", None),
                  ("Reserve-officier Civiel-Militaire Samenwerking", "1 Civil and Military Interaction Command",
                   "2017-10", None),
                  ("Beleidsmedewerker", "Ministerie van Buitenlandse Zaken", "2013-03", "2018-12")],
                 [("Dutch", None, None), ("English", "VI", None), ("French", "IV", None), ("German", "IV", None)],
                 [], ["MS Office", "Power BI"]))
def p112(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_margins(20, 16, 20)
    pdf.set_fill_color(0, 94, 120)
    pdf.rect(0, 0, 210, 30, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 8)
    pdf.para("Sanne Hoekstra", 18, "B", 9)
    pdf.para("Den Haag  |  s.hoekstra@example.nl  |  +31 6 5555 1742", 9, "", 5)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 36)
    pdf.heading("Over mij", 11)
    pdf.para("Ik heb de Nederlandse nationaliteit en werk sinds 2013 aan Europese en trans-Atlantische "
             "veiligheid. Naast mijn baan ben ik reservist bij de landmacht.", 9.5, "", 5)
    pdf.heading("Werkervaring", 11)
    for period, title, org in (("jan. 2019 – heden", "Senior beleidsmedewerker", "Ministerie van Defensie"),
                               ("okt. 2017 – heden", "Reserve-officier Civiel-Militaire Samenwerking",
                                "1 Civil and Military Interaction Command"),
                               ("mrt. 2013 – dec. 2018", "Beleidsmedewerker", "Ministerie van Buitenlandse Zaken")):
        pdf.left_right(title, period, 10)
        pdf.para(org, 9.5, "", 5)
        pdf.ln(1.5)
    pdf.para("(Reservistenfunctie: ca. 30 dagen per jaar; uitzending Irak 2018, 3 maanden.)", 8.5, "I", 4.5)
    pdf.heading("Opleiding", 11)
    pdf.para("MSc Conflict Studies and Human Rights, Universiteit Utrecht, 2012", 9.5, "", 5)
    pdf.para("Scriptie: ‘Civil-military interaction in Uruzgan 2006–2010’", 9, "I", 5)
    pdf.para("BSc Politicologie, Universiteit Leiden, 2011", 9.5, "", 5)
    pdf.heading("Talen", 11)
    pdf.para("Nederlands – moedertaal · Engels – C2 · Frans – B2 · Duits – B2", 9.5, "", 5)
    pdf.heading("Vaardigheden", 11)
    pdf.para("MS Office, Power BI", 9.5, "", 5)
    pdf.output(path)


# ------------------------------------------------------------------ p113 Germany: two-page Lebenslauf with "Dr." before
# the name, "ab 10/2020", internship, doctorate with dissertation title, publications list full of years
F = "cv_p113_de_lebenslauf_ab_promotion_publikationen_oberlaender.pdf"


@doc(F, cv_label(F, "Katharina Oberländer", "k.oberlaender@example.de", "+49 228 555 3140", "Germany",
                 [("doctorate", "Politikwissenschaft", "Universität Hamburg", 2016),
                  ("master", "Internationale Beziehungen", "Universität Potsdam", 2012)],
                 False,
                 [("Referentin", "Bundesministerium der Verteidigung", "2020-10", None),
                  ("Wissenschaftliche Mitarbeiterin", "Stiftung Wissenschaft und Politik", "2016-04", "2020-09"),
                  ("Praktikantin", "Auswärtiges Amt", "2011-07", "2011-09")],
                 [("German", None, None), ("English", "VI", None), ("French", "V", None), ("Russian", None, None)],
                 [], ["Stata", "R", "MAXQDA"]))
def p113(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "Lebenslauf Dr. K. Oberländer – Seite {p} von 2"
    pdf.add_page()
    pdf.set_margins(22, 18, 22)
    pdf.set_xy(22, 18)
    pdf.para("Lebenslauf", 9, "", 5)
    pdf.para("Dr. Katharina Oberländer", 18, "B", 9)
    pdf.para("Staatsangehörigkeit: deutsch  ·  k.oberlaender@example.de  ·  +49 228 555 3140  ·  Bonn", 9, "", 5)
    pdf.heading("Berufserfahrung", 11.5)
    for period, title, org in (("ab 10/2020", "Referentin", "Bundesministerium der Verteidigung"),
                               ("04/2016 – 09/2020", "Wissenschaftliche Mitarbeiterin",
                                "Stiftung Wissenschaft und Politik"),
                               ("07/2011 – 09/2011", "Praktikantin", "Auswärtiges Amt")):
        pdf.left_right(title, period, 10)
        pdf.para(org, 9.5, "", 5)
        pdf.ln(1.5)
    pdf.heading("Ausbildung", 11.5)
    pdf.para("2016  Promotion (Dr. phil.) in Politikwissenschaft, Universität Hamburg", 9.5, "", 5)
    pdf.para("          Dissertation: „Rüstungskontrolle nach dem INF-Vertrag“ (magna cum laude)", 9, "I", 5)
    pdf.para("2012  Master of Arts Internationale Beziehungen, Universität Potsdam", 9.5, "", 5)
    pdf.heading("Sprachen", 11.5)
    pdf.para("Deutsch (Muttersprache), Englisch (C2), Französisch (C1), Russisch (B1)", 9.5, "", 5)
    pdf.heading("EDV", 11.5)
    pdf.para("Stata, R, MAXQDA", 9.5, "", 5)
    pdf.add_page()
    pdf.heading("Ausgewählte Publikationen", 11.5)
    for pub in ("2023: Die NATO nach Vilnius. SWP-Aktuell 41/2023 (mit J. Reuter).",
                "2021: Nukleare Teilhabe in der Diskussion, 2019–2021. Sirius 5(2), 133–147.",
                "2019: Das Ende des INF-Vertrags. SWP-Studie 12/2019.",
                "2017: Arms control in the Baltic Sea region, 2014–2017. Survival 59(4).",
                "2014: Konventionelle Rüstungskontrolle in Europa seit 1990. Hamburg: IFSH Working Paper."):
        pdf.para("• " + pub, 9.5, "", 5)
    pdf.heading("Mitgliedschaften", 11.5)
    pdf.para("Deutsche Atlantische Gesellschaft (seit 2014); Arbeitskreis Junge Außenpolitiker (2010–2015)",
             9.5, "", 5)
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
