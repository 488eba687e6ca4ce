"""PDF CVs of corpus 18 (p128-p132). Each builder writes its document; the label beside it is hand-written.
build.py writes every label first, then the documents."""
import os

from common import CVS, PDF, cv_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


# ------------------------------------------------------------------ p128 Estonia: online-builder PDF with a shaded LEFT
# sidebar (contacts, languages, skills) drawn first, main column with posts "2020 – Present" to its right
@doc("cv_p128_ee_leftsidebar_shaded_contactsside_present_ma_ba_kask.pdf", cv_label(
    "cv_p128_ee_leftsidebar_shaded_contactsside_present_ma_ba_kask.pdf",
    "Liis Kask", "liis.kask@example.ee", "+372 5555 7720", "Estonia",
    [("master", "International Relations", "University of Tartu", 2015),
     ("bachelor", "Government and Politics", "University of Tartu", 2013)],
    False,
    [("Strategic Communication Adviser", "Government Office of Estonia", "2020-04", None),
     ("Communication Specialist", "Estonian Ministry of Defence", "2016-01", "2020-03"),
     ("Press Assistant", "Estonian Ministry of Foreign Affairs", "2014-09", "2015-12")],
    [("Estonian", None, None), ("English", "VI", None), ("Russian", "V", None), ("German", None, None)],
    [], ["Adobe InDesign", "Brandwatch", "WordPress"]))
def p128(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(38, 70, 83)
    pdf.rect(0, 0, 65, 297, style="F")
    pdf.set_text_color(255, 255, 255)
    y = 20
    for size, style, t in [(16, "B", "Liis Kask"), (9, "I", "Strategic communication"), (0, "", ""),
                           (10, "B", "CONTACT"), (8.5, "", "Tallinn, Estonia"), (8.5, "", "+372 5555 7720"),
                           (8.5, "", "liis.kask@example.ee"), (8.5, "", "Nationality: Estonian"), (0, "", ""),
                           (10, "B", "LANGUAGES"), (8.5, "", "Estonian – native"), (8.5, "", "English – C2"),
                           (8.5, "", "Russian – C1"), (8.5, "", "German – A2"), (0, "", ""),
                           (10, "B", "SKILLS"), (8.5, "", "Adobe InDesign"), (8.5, "", "Brandwatch"),
                           (8.5, "", "WordPress")]:
        if size:
            pdf.set_font("DejaVu", style, size)
            pdf.set_xy(8, y)
            pdf.cell(52, 5, t)
        y += 6 if size else 4
    pdf.set_text_color(0, 0, 0)
    x = 72
    y = 20

    def line(t, size=9.5, style="", h=5):
        nonlocal y
        pdf.set_font("DejaVu", style, size)
        pdf.set_xy(x, y)
        pdf.multi_cell(124, h, t)
        y = pdf.get_y() + 0.5

    line("PROFILE", 11, "B")
    line("Strategic communication adviser with ten years in government, focused on countering disinformation.")
    y += 3
    line("EXPERIENCE", 11, "B")
    for t, o, dates, desc in [
            ("Strategic Communication Adviser", "Government Office of Estonia", "April 2020 – Present",
             "Whole-of-government counter-disinformation coordination; liaison with the NATO StratCom COE."),
            ("Communication Specialist", "Estonian Ministry of Defence", "January 2016 – March 2020",
             "Campaigns for the national defence courses; media relations during exercise Spring Storm."),
            ("Press Assistant", "Estonian Ministry of Foreign Affairs", "September 2014 – December 2015", "")]:
        line(t, 10, "B")
        line(o + "  |  " + dates, 9, "I")
        if desc:
            line(desc)
        y += 2
    y += 2
    line("EDUCATION", 11, "B")
    line("MA in International Relations – University of Tartu, 2015")
    line("BA in Government and Politics – University of Tartu, 2013")
    pdf.output(path)


# ------------------------------------------------------------------ p129 Luxembourg: French Europass-like PDF (labels
# in a right-aligned left column, content on the right), "01/03/2018 – aujourd'hui", Master / Bachelor académique
@doc("cv_p129_lu_francais_europasslike_labelcolumn_aujourdhui_master_bachelor_schmit.pdf", cv_label(
    "cv_p129_lu_francais_europasslike_labelcolumn_aujourdhui_master_bachelor_schmit.pdf",
    "Claude Schmit", "claude.schmit@example.lu", "+352 621 555 384", "Luxembourg",
    [("master", "Droit européen", "Université du Luxembourg", 2012),
     ("bachelor", "Droit", "Université de Strasbourg", 2010)],
    False,
    [("Juriste principal", "Direction de la Défense, Ministère des Affaires étrangères et européennes", "2018-03", None),
     ("Juriste", "Cour de justice de l'Union européenne", "2013-01", "2018-02")],
    [("Luxembourgish", None, None), ("French", "VI", None), ("German", "VI", None), ("English", "V", None)],
    [], ["Microsoft Office", "Jurisprudence CURIA"]))
def p129(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    L = 55

    def row(label, text, style="", size=9.5):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_text_color(15, 80, 160)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(L - 5, 5, label, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", style, size)
        pdf.set_xy(pdf.l_margin + L, y)
        pdf.multi_cell(190 - L, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    pdf.set_font("DejaVu", "B", 14)
    pdf.set_x(pdf.l_margin + L)
    pdf.cell(0, 8, "Curriculum vitae", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    row("INFORMATIONS PERSONNELLES", "Claude Schmit", "B", 12)
    row("", "12, rue de la Gare, L-3510 Dudelange (Luxembourg)")
    row("", "+352 621 555 384")
    row("", "claude.schmit@example.lu")
    row("", "Nationalité : luxembourgeoise")
    pdf.ln(3)
    row("EXPÉRIENCE PROFESSIONNELLE", "")
    row("01/03/2018 – aujourd'hui", "Juriste principal", "B")
    row("", "Direction de la Défense, Ministère des Affaires étrangères et européennes, Luxembourg")
    row("", "Conseil juridique sur les programmes capacitaires et la contribution du Luxembourg à l'OTAN (NSPA).")
    row("01/01/2013 – 28/02/2018", "Juriste", "B")
    row("", "Cour de justice de l'Union européenne, Luxembourg")
    pdf.ln(3)
    row("ÉDUCATION ET FORMATION", "")
    row("2010 – 2012", "Master en Droit européen", "B")
    row("", "Université du Luxembourg")
    row("2007 – 2010", "Licence (bachelor) en Droit", "B")
    row("", "Université de Strasbourg")
    pdf.ln(3)
    row("COMPÉTENCES LINGUISTIQUES", "Langue maternelle : luxembourgeois")
    row("", "Français C2 · Allemand C2 · Anglais C1")
    row("COMPÉTENCES NUMÉRIQUES", "Microsoft Office, Jurisprudence CURIA")
    pdf.output(path)


# ------------------------------------------------------------------ p130 United States: US-style résumé (Summary,
# "City, ST" right of the employer, "June 2018 – Present", B.S./M.A., security clearance line, no nationality word)
@doc("cv_p130_us_usresume_cityst_present_bs_ma_clearanceline_whitfield.pdf", cv_label(
    "cv_p130_us_usresume_cityst_present_bs_ma_clearanceline_whitfield.pdf",
    "Derek Whitfield", "derek.whitfield@example.com", "(703) 555-0172", "United States",
    [("master", "Security Studies", "Georgetown University", 2014),
     ("bachelor", "Systems Engineering", "United States Naval Academy", 2006)],
    False,
    [("Program Manager, C4ISR Integration", "Leidos", "2018-06", None),
     ("Surface Warfare Officer", "U.S. Navy", "2006-05", "2018-05")],
    [("Spanish", None, None)],
    [], ["JIRA", "MS Project", "Cameo Systems Modeler"]))
def p130(path):
    pdf = PDF(format="Letter")
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.para("DEREK WHITFIELD", 18, "B", align="C")
    pdf.para("Alexandria, VA 22314 | (703) 555-0172 | derek.whitfield@example.com | U.S. Citizen | "
             "Active TS/SCI clearance", 9, align="C")
    pdf.heading("SUMMARY", 11)
    pdf.para("Program manager and former Surface Warfare Officer with 18+ years leading C4ISR integration for the "
             "U.S. Navy and allied partners.", 9.5)
    pdf.heading("PROFESSIONAL EXPERIENCE", 11)
    for org, place, title, dates, bullets in [
            ("Leidos", "Reston, VA", "Program Manager, C4ISR Integration", "June 2018 – Present",
             ["Manage a $42M portfolio integrating maritime C4ISR systems for NATO allies.",
              "Lead a team of 25 engineers across three sites."]),
            ("U.S. Navy", "Norfolk, VA", "Surface Warfare Officer", "May 2006 – May 2018",
             ["Served as Combat Systems Officer on USS Ross (DDG 71), forward deployed in Rota, Spain.",
              "Staff officer at Naval Striking and Support Forces NATO (STRIKFORNATO), 2015–2018."])]:
        pdf.left_right(org, place, 10)
        pdf.set_font("DejaVu", "I", 10)
        pdf.left_right(title, dates, 10, style="I")
        for b in bullets:
            pdf.para("•  " + b, 9.5)
        pdf.ln(1.5)
    pdf.heading("EDUCATION", 11)
    pdf.left_right("Georgetown University", "Washington, DC", 10)
    pdf.left_right("M.A., Security Studies", "2014", 10, style="I")
    pdf.left_right("United States Naval Academy", "Annapolis, MD", 10)
    pdf.left_right("B.S., Systems Engineering", "2006", 10, style="I")
    pdf.heading("SKILLS", 11)
    pdf.para("JIRA, MS Project, Cameo Systems Modeler; PMP certified; Spanish (professional working proficiency)",
             9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p131 Slovakia: year timeline down the left margin
# ("2020 —" open, "2014 — 2020"), two posts in the same year band, magister (Mgr.) and PhDr. (no doctorate)
@doc("cv_p131_sk_yeartimeline_leftmargin_opendash_mgr_phdr_horvath.pdf", cv_label(
    "cv_p131_sk_yeartimeline_leftmargin_opendash_mgr_phdr_horvath.pdf",
    "Peter Horváth", "peter.horvath@example.sk", "+421 911 555 206", "Slovakia",
    [("master", "Political Science", "Comenius University in Bratislava", 2009)],
    False,
    [("Director, NATO Policy Department", "Ministry of Defence of the Slovak Republic", "2020-01", None),
     ("Counsellor", "Permanent Delegation of the Slovak Republic to NATO", "2014-01", "2019-12"),
     ("Desk Officer", "Ministry of Foreign and European Affairs of the Slovak Republic", "2009-01", "2013-12")],
    [("Slovak", None, None), ("English", "VI", None), ("French", "IV", None), ("Hungarian", None, None)],
    [], []))
def p131(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.para("Peter Horváth, PhDr.", 18, "B")
    pdf.para("Bratislava · peter.horvath@example.sk · +421 911 555 206 · Slovak national", 9)
    pdf.ln(3)

    def band(years, lines):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(150, 30, 30)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(32, 6, years)
        pdf.set_text_color(0, 0, 0)
        pdf.line(pdf.l_margin + 34, y, pdf.l_margin + 34, y + 6 * len(lines) + 2)
        for k, (style, t) in enumerate(lines):
            pdf.set_font("DejaVu", style, 10)
            pdf.set_xy(pdf.l_margin + 38, y + k * 6)
            pdf.cell(150, 6, t)
        pdf.set_y(y + 6 * len(lines) + 4)

    pdf.heading("Career")
    band("2020 —", [("B", "Director, NATO Policy Department"), ("", "Ministry of Defence of the Slovak Republic")])
    band("2014 — 2019", [("B", "Counsellor"), ("", "Permanent Delegation of the Slovak Republic to NATO"),
                         ("I", "Defence Policy and Planning Committee; Brussels")])
    band("2009 — 2013", [("B", "Desk Officer"),
                         ("", "Ministry of Foreign and European Affairs of the Slovak Republic")])
    pdf.heading("Education")
    band("2009", [("B", "Mgr. (Master) – Political Science"), ("", "Comenius University in Bratislava")])
    band("2011", [("B", "PhDr. (rigorosum, no doctoral studies)"), ("", "Comenius University in Bratislava")])
    pdf.heading("Languages")
    pdf.para("Slovak (native) · English C2 · French B2 · Hungarian (good, spoken)")
    pdf.output(path)


# ------------------------------------------------------------------ p132 Norway: CV in Norwegian exported from a job
# portal ("Arbeidserfaring", "2019 - nå", "Statsborgerskap: norsk"), Bachelorgrad / Mastergrad, krigsskole
@doc("cv_p132_no_norsk_portalexport_naa_krigsskole_mastergrad_berg.pdf", cv_label(
    "cv_p132_no_norsk_portalexport_naa_krigsskole_mastergrad_berg.pdf",
    "Håkon Berg", "hakon.berg@example.no", "+47 922 55 419", "Norway",
    [("master", "militære studier", "Forsvarets høgskole", 2018),
     ("bachelor", "militære studier, ledelse og landmakt", "Krigsskolen", 2010)],
    True,
    [("Stabsoffiser logistikk", "Forsvarets operative hovedkvarter", "2019-08", None),
     ("Kompanisjef", "Hærens logistikkbataljon", "2014-01", "2017-06"),
     ("Troppssjef", "Brigade Nord", "2010-08", "2013-12")],
    [("Norwegian", None, None), ("English", None, "3333"), ("German", None, None)],
    [], ["SAP", "LOGFAS"]))
def p132(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "Generert fra finn.no-profil – side {p}"
    pdf.add_page()
    pdf.para("Håkon Berg", 20, "B")
    pdf.para("E-post: hakon.berg@example.no   Telefon: +47 922 55 419   Statsborgerskap: norsk", 9)
    pdf.heading("Arbeidserfaring")
    for dates, t, o in [("aug. 2019 - nå", "Stabsoffiser logistikk", "Forsvarets operative hovedkvarter"),
                        ("jan. 2014 - jun. 2017", "Kompanisjef", "Hærens logistikkbataljon"),
                        ("aug. 2010 - des. 2013", "Troppssjef", "Brigade Nord")]:
        pdf.para(dates, 8.5, "I")
        pdf.para(t, 10.5, "B")
        pdf.para(o, 10)
        pdf.ln(1.5)
    pdf.heading("Utdanning")
    pdf.para("2017 - 2018   Mastergrad i militære studier (stabsskole), Forsvarets høgskole", 10)
    pdf.para("2007 - 2010   Bachelorgrad i militære studier, ledelse og landmakt, Krigsskolen", 10)
    pdf.heading("Språk")
    pdf.para("Norsk: morsmål · Engelsk: SLP 3333 · Tysk: grunnleggende", 10)
    pdf.heading("Kompetanse")
    pdf.para("SAP, LOGFAS", 10)
    pdf.output(path)


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, fn, _ in DOCS:
        fn(os.path.join(CVS, file))
    return DOCS
