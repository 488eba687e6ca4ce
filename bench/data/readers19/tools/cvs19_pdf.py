"""PDF CVs of corpus 19 (p133-p137). Each builder draws its document; the label beside it is hand-written.
build.py writes every label first, then the documents."""
import os

from common import CVS, PDF, cv_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


# ------------------------------------------------------------------ p133 Sweden: LaTeX moderncv "banking" look (serif,
# centred name, centred section titles with rules, dates right), "2018 – pågående", kandidat/magister, HSU
F = "cv_p133_se_moderncvbanking_serif_pagaende_kandidat_magister_hsu_lindqvist.pdf"


@doc(F, cv_label(
    F, "Karin Lindqvist", "karin.lindqvist@example.se", "+46 70 555 18 42", "Sweden",
    [("master", "War Studies", "Swedish Defence University", 2017),
     ("bachelor", "Political Science", "Uppsala University", 2008)],
    True,
    [("Chief of Staff Section, Plans", "Swedish Armed Forces Headquarters", "2018-08", None),
     ("Company Commander", "Life Guards", "2013-01", "2016-06"),
     ("Platoon Commander", "Life Guards", "2009-01", "2012-12")],
    [("Swedish", None, None), ("English", None, "4443"), ("German", None, None)],
    [], ["ArcGIS", "MS Project", "Python"]))
def p133(path):
    pdf = PDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.set_font("Serif", "B", 24)
    pdf.cell(0, 11, "Karin Lindqvist", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 11)
    pdf.cell(0, 6, "Lieutenant Colonel, Swedish Armed Forces", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 5, "Valhallavägen 117, 115 31 Stockholm  •  +46 70 555 18 42  •  karin.lindqvist@example.se",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Swedish citizen", align="C", new_x="LMARGIN", new_y="NEXT")

    def section(t):
        pdf.ln(4)
        y = pdf.get_y() + 3
        pdf.set_font("Serif", "B", 12)
        w = pdf.get_string_width(t) + 6
        mid = pdf.w / 2
        pdf.set_draw_color(60, 60, 60)
        pdf.line(pdf.l_margin, y, mid - w / 2, y)
        pdf.line(mid + w / 2, y, pdf.w - pdf.r_margin, y)
        pdf.cell(0, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def entry(title, org, dates, text=None):
        pdf.set_font("Serif", "B", 10.5)
        y = pdf.get_y()
        pdf.cell(0, 5.5, title)
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(0, 5.5, dates, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "I", 10)
        pdf.cell(0, 5, org, new_x="LMARGIN", new_y="NEXT")
        if text:
            pdf.set_font("Serif", "", 9.5)
            pdf.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    section("Experience")
    entry("Chief of Staff Section, Plans", "Swedish Armed Forces Headquarters, Stockholm", "aug. 2018 – pågående",
          "Operational planning for the integration of Sweden into NATO command structure; liaison with JFC Norfolk.")
    entry("Company Commander", "Life Guards (Livgardet), Kungsängen", "jan. 2013 – jun. 2016")
    entry("Platoon Commander", "Life Guards (Livgardet), Kungsängen", "jan. 2009 – dec. 2012")
    section("Education")
    entry("Magisterexamen (Master's degree) in War Studies", "Swedish Defence University", "2017",
          "Completed within the Higher Staff Officer Course (HSU, Högre stabsofficersutbildning), 2016–2017.")
    entry("Kandidatexamen (Bachelor's degree) in Political Science", "Uppsala University", "2008")
    section("Languages")
    pdf.set_font("Serif", "", 10)
    for a, b in [("Swedish", "Mother tongue"), ("English", "SLP 4443 (STANAG 6001, 2019)"), ("German", "Basic")]:
        pdf.cell(40, 5, a)
        pdf.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    section("Computer skills")
    pdf.cell(0, 5, "ArcGIS  •  MS Project  •  Python", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ p134 Türkiye: left timeline rail with dots and
# dates beside the main column, Turkish abbreviated months "Eyl. 2018 – halen", Lisans / Yüksek Lisans, Harp Akademisi
F = "cv_p134_tr_timelinerail_dots_turkishmonths_halen_lisans_yukseklisans_harpakademisi_yilmaz.pdf"


@doc(F, cv_label(
    F, "Emre Yılmaz", "emre.yilmaz@example.com.tr", "+90 532 555 71 09", "Türkiye",
    [("master", "International Security", "Bilkent University", 2015),
     ("bachelor", "Systems Engineering", "Turkish Military Academy", 2005)],
    True,
    [("Plans Officer, J5", "Turkish General Staff", "2018-09", None),
     ("Battalion Operations Officer", "66th Mechanised Infantry Brigade", "2012-07", "2016-08"),
     ("Company Commander", "2nd Armoured Brigade", "2007-09", "2012-06")],
    [("Turkish", None, None), ("English", None, "3333"), ("German", "IV", None)],
    [], ["MS Office", "MATLAB"]))
def p134(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Emre Yılmaz", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Ankara, Türkiye  |  emre.yilmaz@example.com.tr  |  +90 532 555 71 09  |  Uyruk / Nationality: T.C. (Turkish)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rail = 52

    def heading(t):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(150, 20, 30)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def item(dates, title, org, text=None):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(rail - pdf.l_margin - 4, 5, dates, align="R")
        pdf.set_fill_color(150, 20, 30)
        pdf.ellipse(rail - 1.5, y + 1, 3, 3, style="F")
        pdf.set_xy(rail + 4, y)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(rail + 4)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(0, 5, org, new_x="LMARGIN", new_y="NEXT")
        if text:
            pdf.set_x(rail + 4)
            pdf.set_font("DejaVu", "", 8.5)
            pdf.multi_cell(0, 4.3, text, new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y() + 2
        pdf.set_draw_color(180, 180, 180)
        pdf.line(rail, y + 4.5, rail, y2 + 1)
        pdf.set_y(y2)
    heading("DENEYİM / EXPERIENCE")
    item("Eyl. 2018 – halen", "Plans Officer, J5", "Turkish General Staff, Ankara",
         "Contribution to NATO force planning and NATO Response Force commitments.")
    item("Tem. 2012 – Ağu. 2016", "Battalion Operations Officer", "66th Mechanised Infantry Brigade, İstanbul")
    item("Eyl. 2007 – Haz. 2012", "Company Commander", "2nd Armoured Brigade, Kars")
    heading("EĞİTİM / EDUCATION")
    item("2016 – 2018", "Kara Harp Akademisi (Army War College, staff officer course)", "National Defence University, İstanbul")
    item("2015", "Yüksek Lisans (Master's) – International Security", "Bilkent University, Ankara")
    item("2005", "Lisans (Bachelor's) – Systems Engineering", "Turkish Military Academy (Kara Harp Okulu), Ankara")
    heading("DİLLER / LANGUAGES")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_x(rail + 4)
    pdf.multi_cell(0, 5, "Türkçe (Turkish): ana dil / native\nİngilizce (English): STANAG 6001 SLP 3 3 3 3\n"
                         "Almanca (German): B2", new_x="LMARGIN", new_y="NEXT")
    heading("BİLGİSAYAR / IT")
    pdf.set_x(rail + 4)
    pdf.cell(0, 5, "MS Office, MATLAB", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ p135 Portugal (English): banner header, entries
# with a coloured "Current" pill instead of an end date, post-Bologna Licenciatura (3 years) + Mestrado Integrado
F = "cv_p135_pt_english_bannerheader_currentpill_licenciaturapostbologna_mestradointegrado_almeida.pdf"


@doc(F, cv_label(
    F, "Beatriz Almeida", "beatriz.almeida@example.pt", "+351 936 555 204", "Portugal",
    [("master", "Aerospace Engineering", "Instituto Superior Técnico, Universidade de Lisboa", 2013),
     ("bachelor", "Applied Mathematics", "Universidade do Porto", 2016)],
    False,
    [("Systems Engineer", "OGMA – Indústria Aeronáutica de Portugal", "2021-01", None),
     ("Airworthiness Engineer", "Portuguese Air Force, Directorate of Weapon Systems Engineering", "2016-10", "2020-12"),
     ("Junior Engineer", "Embraer Portugal", "2013-09", "2016-09")],
    [("Portuguese", None, None), ("English", "V", None), ("Spanish", "IV", None), ("French", None, None)],
    [], ["CATIA V5", "MATLAB/Simulink", "DOORS"]))
def p135(path):
    pdf = PDF(format="A4")
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    pdf.set_fill_color(10, 60, 110)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, 8)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 9, "Beatriz Almeida", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(16)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Aerospace systems engineer  ·  Lisbon, Portugal  ·  Portuguese nationality", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(16)
    pdf.cell(0, 5, "beatriz.almeida@example.pt  ·  +351 936 555 204", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(42)

    def heading(t):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(10, 60, 110)
        pdf.cell(0, 6, t.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(10, 60, 110)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)
        pdf.set_font("DejaVu", "", 9.5)

    def job(title, org, start, end, text):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(120, 5.5, title)
        pdf.set_font("DejaVu", "", 9)
        if end == "Current":
            x = pdf.w - pdf.r_margin - 48
            pdf.set_xy(x, y)
            pdf.cell(28, 5.5, start + " –", align="R")
            pdf.set_fill_color(40, 150, 90)
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(x + 29, y + 0.3)
            pdf.cell(19, 5, "Current", align="C", fill=True)
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(0, 5.5, f"{start} – {end}", align="R")
        pdf.set_xy(pdf.l_margin, y + 6)
        pdf.set_font("DejaVu", "I", 9.5)
        pdf.cell(0, 5, org, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    heading("Experience")
    job("Systems Engineer", "OGMA – Indústria Aeronáutica de Portugal, Alverca", "Jan 2021", "Current",
        "Requirements and configuration management for the KC-390 maintenance programme.")
    job("Airworthiness Engineer", "Portuguese Air Force, Directorate of Weapon Systems Engineering", "Oct 2016", "Dec 2020",
        "Type certification files for the C-295M and EH-101 fleets.")
    job("Junior Engineer", "Embraer Portugal, Évora", "Sep 2013", "Sep 2016", "Composite structures.")
    heading("Education")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "Mestrado Integrado (integrated Master's, 5 years) in Aerospace Engineering — Instituto Superior "
                         "Técnico, Universidade de Lisboa, 2013\n"
                         "Licenciatura (post-Bologna, 3 years) in Applied Mathematics — Universidade do Porto, 2016 "
                         "(part-time, evening programme)", new_x="LMARGIN", new_y="NEXT")
    heading("Languages")
    pdf.multi_cell(0, 5, "Portuguese: native   |   English: C1   |   Spanish: B2   |   French: A2", new_x="LMARGIN", new_y="NEXT")
    heading("Tools")
    pdf.multi_cell(0, 5, "CATIA V5, MATLAB/Simulink, DOORS", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ p136 Bulgaria (English): dark header band, dates in
# Bulgarian Cyrillic abbreviations "септ. 2019 – до момента", Magistar (master) / Bakalavar (bachelor)
F = "cv_p136_bg_cyrillicabbrevmonths_domomenta_magistar_bakalavar_darkband_petrov.pdf"


@doc(F, cv_label(
    F, "Nikolay Petrov", "nikolay.petrov@example.bg", "+359 89 555 3318", "Bulgaria",
    [("master", "Finance", "University of National and World Economy", 2012),
     ("bachelor", "Organisation and Management of Military Units at Tactical Level", "Vasil Levski National Military University", 2007)],
    False,
    [("Senior Expert, Defence Investment Directorate", "Ministry of Defence of the Republic of Bulgaria", "2019-09", None),
     ("Financial Controller", "Bulgarian Land Forces Command", "2012-11", "2019-08"),
     ("Platoon Commander", "61st Mechanised Brigade", "2007-08", "2012-10")],
    [("Bulgarian", None, None), ("English", None, "3322"), ("Russian", "IV", None)],
    [], ["SAP", "MS Excel"]))
def p136(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_fill_color(35, 35, 45)
    pdf.rect(0, 0, pdf.w, 40, style="F")
    pdf.set_text_color(240, 240, 240)
    pdf.set_xy(18, 10)
    pdf.set_font("DejaVu", "B", 19)
    pdf.cell(0, 9, "NIKOLAY PETROV  |  НИКОЛАЙ ПЕТРОВ", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_x(18)
    pdf.cell(0, 5, "Sofia, Bulgaria · nikolay.petrov@example.bg · +359 89 555 3318", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(18)
    pdf.cell(0, 5, "Citizenship: Bulgarian", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(48)
    pdf.heading("Work experience", 12)
    for dates, title, org in [
        ("септ. 2019 – до момента", "Senior Expert, Defence Investment Directorate", "Ministry of Defence of the Republic of Bulgaria"),
        ("ноем. 2012 – авг. 2019", "Financial Controller", "Bulgarian Land Forces Command, Sofia"),
        ("авг. 2007 – окт. 2012", "Platoon Commander", "61st Mechanised Brigade, Karlovo")]:
        pdf.left_right(title, dates)
        pdf.para(org, 9.5)
        pdf.ln(2)
    pdf.heading("Education", 12)
    pdf.left_right("Magistar (Master) in Finance", "2012")
    pdf.para("University of National and World Economy, Sofia", 9.5)
    pdf.ln(1)
    pdf.para("Bakalavar (Bachelor) in Organisation and Management of Military Units at Tactical Level, 2007", 10, "B")
    pdf.para("Vasil Levski National Military University, Veliko Tarnovo", 9.5)
    pdf.heading("Languages", 12)
    pdf.para("Bulgarian – native\nEnglish – STANAG 6001: SLP 3/3/2/2\nRussian – B2 (good)", 9.5)
    pdf.heading("IT skills", 12)
    pdf.para("SAP, MS Excel", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p137 Hungary: CV in Hungarian, surname-first name,
# two pages with a running header, "2020. jan. – jelenleg", mesterfokozat / alapfokozat, felsőfokú / középfokú
F = "cv_p137_hu_magyar_runningheader_twopages_jelenleg_mesterfokozat_alapfokozat_szabo.pdf"


@doc(F, cv_label(
    F, "Katalin Szabó", "katalin.szabo@example.hu", "+36 20 555 6674", "Hungary",
    [("master", "nemzetközi tanulmányok", "Corvinus University of Budapest", 2011),
     ("bachelor", "nemzetközi tanulmányok", "Eötvös Loránd Tudományegyetem", 2009)],
    False,
    [("Biztonságpolitikai referens", "Külgazdasági és Külügyminisztérium", "2020-01", None),
     ("Elemző", "Stratégiai Védelmi Kutatóközpont", "2015-04", "2019-12"),
     ("Projektkoordinátor", "Magyar Atlanti Tanács", "2011-09", "2015-03")],
    [("Hungarian", None, None), ("English", "V", None), ("German", "IV", None), ("French", None, None)],
    [], ["MS Office", "SPSS", "NVivo"]))
def p137(path):
    pdf = PDF(format="A4")
    pdf.header_text = "Szabó Katalin – önéletrajz"
    pdf.footer_text = "{p}. oldal"
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Szabó Katalin", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Önéletrajz", 11, "I")
    pdf.ln(2)
    for a, b in [("Cím:", "1027 Budapest, Frankel Leó út 4."), ("Telefon:", "+36 20 555 6674"),
                 ("E-mail:", "katalin.szabo@example.hu"), ("Állampolgárság:", "magyar")]:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(38, 5.5, a)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Szakmai tapasztalat")
    for dates, title, org, text in [
        ("2020. jan. – jelenleg", "Biztonságpolitikai referens", "Külgazdasági és Külügyminisztérium",
         "A NATO-val kapcsolatos tárgyalási álláspontok előkészítése, a NATO-csúcstalálkozók szakmai előkészítése, "
         "részvétel a NATO Politikai Bizottság munkájában. " * 3),
        ("2015. ápr. – 2019. dec.", "Elemző", "Stratégiai Védelmi Kutatóközpont",
         "Elemzések a kelet-európai biztonsági környezetről, a hibrid fenyegetésekről és a NATO keleti szárnyának "
         "elrettentési és védelmi képességeiről; konferenciák és szakmai műhelyek szervezése; a kutatóközpont "
         "angol nyelvű kiadványainak szerkesztése. " * 5),
        ("2011. szept. – 2015. márc.", "Projektkoordinátor", "Magyar Atlanti Tanács",
         "Ifjúsági programok és szimulációs gyakorlatok szervezése. " * 4)]:
        pdf.left_right(title, dates)
        pdf.para(org, 10, "I")
        pdf.para(text.strip(), 9)
        pdf.ln(3)
    pdf.heading("Publikációk (válogatás)")
    for ln in ["A NATO elrettentési politikája a keleti szárnyon. Nemzet és Biztonság, 2019/2.",
               "Hibrid fenyegetések a Nyugat-Balkánon. Külügyi Szemle, 2018/4.",
               "A kollektív védelem és a válságkezelés viszonya. Honvédségi Szemle, 2017/1.",
               "Az Észak-atlanti Tanács döntéshozatali mechanizmusa. Hadtudomány, 2016/3."]:
        pdf.para("– " + ln, 9.5)
    pdf.heading("Tanulmányok")
    pdf.left_right("mesterfokozat (MA), nemzetközi tanulmányok", "2011")
    pdf.para("Corvinus University of Budapest", 10, "I")
    pdf.ln(1)
    pdf.left_right("alapfokozat (BA), nemzetközi tanulmányok", "2009")
    pdf.para("Eötvös Loránd Tudományegyetem", 10, "I")
    pdf.heading("Nyelvismeret")
    pdf.para("magyar – anyanyelv\nangol – felsőfokú (C1)\nnémet – középfokú (B2)\nfrancia – alapfokú (A2)", 10)
    pdf.heading("Számítógépes ismeretek")
    pdf.para("MS Office, SPSS, NVivo", 10)
    pdf.output(path)


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, fn, _ in DOCS:
        fn(os.path.join(CVS, file))
    return DOCS
