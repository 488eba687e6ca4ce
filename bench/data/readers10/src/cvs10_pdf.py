"""PDF CVs of corpus 10 (p72-p78), fpdf2 + DejaVu fonts. Each builder sits next to its hand-written label."""
import os

from common import CVS, FONT_DIR, PDF as _PDF, cv_label, write_label


class PDF(_PDF):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.add_font("Serif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
        self.add_font("Serif", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))

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


# ------------------------------------------------------------------ p72: Montenegrin, design-tool export: every line
# placed absolutely, main column written BEFORE the coloured left sidebar (contact, nationality, languages, skills,
# competencies), letter-spaced headings, two-digit years with apostrophes "Mar '20 – now"
F = "cv_p72_me_designexport_sidebar_apostropheyears_boskovic.pdf"


@doc(F, cv_label(
    F, "Jelena Bošković", "jelena.boskovic@example.me", "+382 67 555 204", "Montenegro",
    [("master", "International Relations", "University of Montenegro", 2014),
     ("bachelor", "Political Science", "University of Montenegro", 2012)],
    False,
    [("Senior Adviser for Defence Policy", "Ministry of Defence of Montenegro", "2020-03", None),
     ("Programme Officer", "OSCE Mission to Montenegro", "2016-10", "2020-02"),
     ("Junior Researcher", "Atlantic Council of Montenegro", "2014-06", "2016-09")],
    [("Montenegrin", None, None), ("English", "V", None), ("Italian", "IV", None), ("Russian", None, None)],
    ["Teamwork", "Organisational Awareness", "Initiative"],
    ["Policy analysis", "Project cycle management", "MS Office", "Canva"]))
def p72(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    x0 = 78

    def t(x, y, s, size=9.5, style="", color=(40, 40, 40), spacing=0):
        pdf.set_font("DejaVu", style, size)
        pdf.set_text_color(*color)
        pdf.set_char_spacing(spacing)
        pdf.text(x, y, s)
        pdf.set_char_spacing(0)

    # main column first (as a design tool writes its layers)
    t(x0, 26, "JELENA", 26, "B", (20, 70, 80), 2)
    t(x0, 38, "BOŠKOVIĆ", 26, "B", (20, 70, 80), 2)
    t(x0, 46, "Defence policy adviser · Podgorica", 10, "", (90, 90, 90))
    y = 62
    t(x0, y, "EXPERIENCE", 11, "B", (20, 70, 80), 3)
    y += 9
    for dates, title, org, lines in [
            ("Mar '20 – now", "Senior Adviser for Defence Policy", "Ministry of Defence of Montenegro",
             ["NATO Defence Planning Capability Survey, partnership goals,", "bilateral defence cooperation with Italy."]),
            ("Oct '16 – Feb '20", "Programme Officer", "OSCE Mission to Montenegro",
             ["Security sector reform programme; small arms and light", "weapons stockpile management project."]),
            ("Jun '14 – Sep '16", "Junior Researcher", "Atlantic Council of Montenegro",
             ["Public opinion research on NATO membership (2015-2016)."])]:
        t(x0, y, dates, 8.5, "B", (200, 110, 40))
        t(x0, y + 5.5, title, 11, "B")
        t(x0, y + 10.5, org, 9.5, "I", (90, 90, 90))
        for k, ln in enumerate(lines):
            t(x0, y + 16 + 4.6 * k, ln, 9)
        y += 22 + 4.6 * len(lines)
    y += 4
    t(x0, y, "EDUCATION", 11, "B", (20, 70, 80), 3)
    y += 9
    for yr, deg, inst in [("2014", "MA International Relations", "University of Montenegro, Faculty of Political Sciences"),
                          ("2012", "BA Political Science", "University of Montenegro")]:
        t(x0, y, yr, 8.5, "B", (200, 110, 40))
        t(x0 + 14, y, deg, 10, "B")
        t(x0 + 14, y + 5, inst, 9, "I", (90, 90, 90))
        y += 13
    # then the sidebar layer
    pdf.set_fill_color(20, 70, 80)
    pdf.rect(0, 0, 66, 297, style="F")
    pdf.set_fill_color(230, 240, 242)
    pdf.ellipse(14, 12, 38, 38, style="F")
    t(24, 33, "photo", 9, "", (120, 140, 145))
    w = (255, 255, 255)
    y = 66

    def side(title, items):
        nonlocal y
        t(8, y, title, 9.5, "B", (245, 200, 120), 2)
        y += 7
        for it in items:
            t(8, y, it, 8.5, "", w)
            y += 5.2
        y += 6

    side("CONTACT", ["jelena.boskovic@example.me", "+382 67 555 204", "Podgorica, Montenegro"])
    side("NATIONALITY", ["Montenegrin"])
    side("LANGUAGES", ["Montenegrin — native", "English — C1", "Italian — B2", "Russian — basic"])
    side("SKILLS", ["Policy analysis", "Project cycle management", "MS Office", "Canva"])
    side("COMPETENCIES", ["Teamwork", "Organizational Awareness", "Initiative"])
    pdf.output(path)


# ------------------------------------------------------------------ p73: Bulgarian, timeline with the YEARS ON A
# VERTICAL AXIS (tick labels 2026 … 2012 as distractors), entries placed at their start year, "07/2021 → …" (open),
# a course shown as a diamond on the axis; education/languages in a right column
F = "cv_p73_bg_yearaxis_timeline_arrowdates_stoyanov.pdf"


@doc(F, cv_label(
    F, "Dimitar Todorov Stoyanov", "d.stoyanov@example.bg", "+359 88 555 3172", "Bulgaria",
    [("master", "International Relations", "Sofia University \"St. Kliment Ohridski\"", 2012),
     ("bachelor", "Political Science", "Sofia University \"St. Kliment Ohridski\"", 2010),
     ("secondary", None, "First English Language School", 2006)],
    False,
    [("Chief Expert, Defence Policy Directorate", "Ministry of Defence of the Republic of Bulgaria", "2021-07", None),
     ("Programme Manager, Security Programme", "Center for the Study of Democracy", "2016-03", "2021-06"),
     ("Research Fellow", "Bulgarian Academy of Sciences", "2012-09", "2016-02")],
    [("Bulgarian", None, None), ("English", "V", "3333"), ("Russian", "IV", None), ("German", None, None)],
    [],
    ["ArcGIS", "SPSS", "MS Project"]))
def p73(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.set_xy(12, 10)
    pdf.cell(0, 9, "Dimitar Todorov Stoyanov")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(12, 20)
    pdf.cell(0, 5, "Sofia  |  d.stoyanov@example.bg  |  +359 88 555 3172  |  Nationality: Bulgarian")
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(12, 32)
    pdf.cell(0, 6, "CAREER TIMELINE")
    ax = 26

    def yof(year):
        return 48 + (2026 - year) * 11.5

    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.6)
    pdf.line(ax, yof(2026) - 4, ax, yof(2012) + 4)
    pdf.set_line_width(0.2)
    for yr in range(2026, 2011, -1):
        y = yof(yr)
        pdf.line(ax - 2, y, ax + 2, y)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        pdf.text(ax - 13, y + 1.2, str(yr))
    pdf.set_text_color(0, 0, 0)
    for start, dates, title, org, desc in [
            (2021.5, "07/2021 → …", "Chief Expert, Defence Policy Directorate",
             "Ministry of Defence of the Republic of Bulgaria", "NATO and EU defence policy; Bulgarian input to NDPP."),
            (2016.2, "03/2016 → 06/2021", "Programme Manager, Security Programme", "Center for the Study of Democracy",
             "Hybrid threats and energy security studies."),
            (2012.7, "09/2012 → 02/2016", "Research Fellow", "Bulgarian Academy of Sciences",
             "Institute for the Study of Societies and Knowledge.")]:
        y = yof(int(start)) - 2
        pdf.set_fill_color(30, 90, 160)
        pdf.ellipse(ax - 1.8, yof(int(start)) - 1.8, 3.6, 3.6, style="F")
        pdf.set_xy(ax + 6, y)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_text_color(30, 90, 160)
        pdf.cell(90, 4.5, dates, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_x(ax + 6)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.multi_cell(88, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(ax + 6)
        pdf.set_font("DejaVu", "I", 9)
        pdf.multi_cell(88, 4.4, org, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(ax + 6)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.multi_cell(88, 4.2, desc, new_x="LMARGIN", new_y="NEXT")
    # a course as a diamond on the axis
    y = yof(2019)
    pdf.set_fill_color(200, 120, 30)
    pdf.polygon([(ax, y - 2.2), (ax + 2.2, y), (ax, y + 2.2), (ax - 2.2, y)], style="F")
    pdf.set_font("DejaVu", "I", 8)
    pdf.text(ax + 6, y + 1.2, "◆ course: NATO School – COPC (3 weeks)")
    # right column
    x = 128
    pdf.set_xy(x, 44)

    def rhead(s):
        pdf.set_x(x)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(70, 6, s, new_x="LMARGIN", new_y="NEXT")

    def rline(s, size=8.8, style=""):
        pdf.set_x(x)
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(72, 4.5, s, align="L", new_x="LMARGIN", new_y="NEXT")

    rhead("EDUCATION")
    rline("Магистър (Master) in International Relations", style="B")
    rline("Sofia University \"St. Kliment Ohridski\", 2012")
    pdf.ln(1.5)
    rline("Бакалавър (Bachelor) in Political Science", style="B")
    rline("Sofia University \"St. Kliment Ohridski\", 2010")
    pdf.ln(1.5)
    rline("Secondary education", style="B")
    rline("First English Language School, Sofia, 2006")
    pdf.ln(4)
    rhead("LANGUAGES")
    for s in ["Bulgarian – native", "English – SLP 3333 (2020), CEFR C1", "Russian – B2", "German – reading knowledge"]:
        rline(s)
    pdf.ln(4)
    rhead("SKILLS")
    rline("ArcGIS, SPSS, MS Project")
    pdf.output(path)


# ------------------------------------------------------------------ p74: French CV produced with LaTeX (moderncv-like):
# serif, dates in a narrow left column wrapped over two lines, typographic LIGATURES in the text layer ("ﬁ", "ﬀ",
# "ﬃ"), "De janvier 2016 à ce jour", "De juillet à août 2010", Sciences Po diploma (grade de master), PLS "CO/EO/CE/EE"
F = "cv_p74_fr_latex_ligatures_acejour_bouvier.pdf"


def lig(s):
    return s.replace("ffi", "\ufb03").replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")


@doc(F, cv_label(
    F, "Hélène Bouvier", "helene.bouvier@example.fr", "+33 6 39 98 41 27", "France",
    [("master", "Affaires publiques", "Institut d'études politiques de Paris", 2011),
     ("bachelor", "économie", "Université Paris 1 Panthéon-Sorbonne", 2009),
     ("secondary", None, "Lycée Fénelon", 2006)],
    False,
    [("Chargée d'affaires financières et budgétaires", "Direction générale de l'armement (DGA)", "2016-01", None),
     ("Analyste financière", "Thales Communications & Security SAS", "2011-09", "2015-12"),
     ("Stagiaire", "Cour des comptes", "2010-07", "2010-08")],
    [("French", None, None), ("English", None, "3332"), ("German", "IV", None), ("Spanish", None, None)],
    [],
    ["Suite Office", "SAP FI", "Tableau"]))
def p74(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    blue = (50, 80, 140)
    pdf.set_font("Serif", "", 26)
    pdf.set_text_color(*blue)
    pdf.cell(0, 12, "Hélène", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 12, "Bouvier", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 5, lig("Curriculum vitæ – chronologique inversé"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(120, 20)
    for s in ["12 rue de la Fidélité, 75010 Paris", "+33 6 39 98 41 27", "helene.bouvier@example.fr",
              "Nationalité française"]:
        pdf.set_x(120)
        pdf.cell(70, 5, s, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(52)
    dcol = 34

    def section(title):
        pdf.ln(3)
        y = pdf.get_y() + 3
        pdf.set_fill_color(*blue)
        pdf.rect(20, y - 1.2, dcol - 3, 2.2, style="F")
        pdf.set_xy(20 + dcol, y - 3)
        pdf.set_font("Serif", "", 13)
        pdf.set_text_color(*blue)
        pdf.cell(0, 6, lig(title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def entry(date_lines, head, body=None):
        y = pdf.get_y()
        pdf.set_font("Serif", "", 8.5)
        for k, dl in enumerate(date_lines):
            pdf.set_xy(20, y + 4.2 * k)
            pdf.cell(dcol - 4, 4.2, dl, align="R")
        pdf.set_xy(20 + dcol, y)
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(0, 4.8, lig(head), markdown=True, new_x="LMARGIN", new_y="NEXT")
        if body:
            pdf.set_x(20 + dcol)
            pdf.set_font("Serif", "", 9)
            pdf.multi_cell(0, 4.4, lig(body), new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y + 4.2 * len(date_lines)) + 2.5)

    section("Expérience professionnelle")
    entry(["De janvier 2016", "à ce jour"], "**Chargée d'affaires financières et budgétaires**, "
          "__Direction générale de l'armement (DGA)__, Balard, Paris",
          "Suivi financier des programmes en coopération (OCCAR, NSPA) ; préparation des dossiers budgétaires "
          "pour les comités de pilotage ; contrôle des avances et des flux financiers.")
    entry(["De septembre 2011", "à décembre 2015"], "**Analyste financière**, __Thales Communications & Security "
          "SAS__, Gennevilliers", "Contrôle de gestion des affaires de défense ; fiabilisation des prévisions.")
    entry(["De juillet", "à août 2010"], "**Stagiaire**, __Cour des comptes__, Paris",
          "Quatrième chambre (défense) : contribution au rapport sur les effectifs.")
    section("Formation")
    entry(["2011"], "**Diplôme de l'Institut d'études politiques de Paris** (grade de master), "
          "__Affaires publiques__, Institut d'études politiques de Paris")
    entry(["2009"], "**Licence d'économie**, Université Paris 1 Panthéon-Sorbonne")
    entry(["2006"], "**Baccalauréat S**, mention bien, Lycée Fénelon, Lille")
    section("Langues")
    entry(["Français"], "langue maternelle")
    entry(["Anglais"], "PLS — CO 3, EO 3, CE 3+, EE 2+ (test du ministère, 2021)")
    entry(["Allemand"], "B2 (Goethe-Zertifikat)")
    entry(["Espagnol"], "notions")
    section("Informatique")
    entry([""], "Suite Office, SAP FI, Tableau")
    section("Centres d'intérêt")
    entry([""], "Escalade, fiscalité locale (conseillère municipale suppléante), piano.")
    pdf.output(path)


# ------------------------------------------------------------------ p75: Italian CV in Italian on a LANDSCAPE page in
# THREE columns (experience | education | languages and skills), "da marzo 2019 a tutt'oggi", Laurea vecchio
# ordinamento (five-year, pre-Bologna) = master level, dottorato
F = "cv_p75_it_landscape_threecols_tuttoggi_lombardi.pdf"


@doc(F, cv_label(
    F, "Alessandro Lombardi", "alessandro.lombardi@example.it", "+39 347 555 2290", "Italy",
    [("doctorate", "Ingegneria dell'Informazione", "Università di Pisa", 2007),
     ("master", "Ingegneria Elettronica", "Università di Pisa", 2003),
     ("secondary", None, "Liceo Scientifico \"Ulisse Dini\"", 1997)],
    False,
    [("Responsabile tecnico di programma", "Leonardo S.p.A.", "2019-03", None),
     ("Ingegnere di sistema", "MBDA Italia S.p.A.", "2012-09", "2019-02"),
     ("Assegnista di ricerca", "Consiglio Nazionale delle Ricerche (CNR)", "2008-01", "2012-08")],
    [("Italian", None, None), ("English", "V", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["MATLAB", "Simulink", "IBM Rational DOORS", "Python"]))
def p75(path):
    pdf = PDF(format="A4", orientation="L")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(140, 30, 40)
    pdf.rect(0, 0, 297, 26, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(10, 6)
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 8, "Ing. Alessandro Lombardi", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(10)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 6, "Cittadinanza: italiana  ·  Roma  ·  alessandro.lombardi@example.it  ·  +39 347 555 2290")
    pdf.set_text_color(0, 0, 0)
    cols = [10, 107, 204]
    cw = 86

    def column(x, blocks):
        y = 34
        for head, items in blocks:
            pdf.set_xy(x, y)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_text_color(140, 30, 40)
            pdf.cell(cw, 6, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.line(x, pdf.get_y(), x + cw, pdf.get_y())
            y = pdf.get_y() + 2
            for size, style, text in items:
                pdf.set_xy(x, y)
                pdf.set_font("DejaVu", style, size)
                pdf.multi_cell(cw, size * 0.48, text, align="L", new_x="LMARGIN", new_y="NEXT")
                y = pdf.get_y() + (2.5 if style == "" else 0.6)
            y += 4

    column(cols[0], [("ESPERIENZA PROFESSIONALE", [
        (8.5, "B", "da marzo 2019 a tutt'oggi"), (9.5, "B", "Responsabile tecnico di programma"),
        (9, "I", "Leonardo S.p.A., Divisione Elettronica, Roma"),
        (8.5, "", "Radar di sorveglianza per programmi NATO (NATO AGS, ACCS): requisiti, integrazione, "
                  "rapporti con NSPA e NCIA."),
        (8.5, "B", "da settembre 2012 a febbraio 2019"), (9.5, "B", "Ingegnere di sistema"),
        (9, "I", "MBDA Italia S.p.A., Roma"),
        (8.5, "", "Architettura di sistema del programma CAMM-ER; verifica e validazione."),
        (8.5, "B", "da gennaio 2008 ad agosto 2012"), (9.5, "B", "Assegnista di ricerca"),
        (9, "I", "Consiglio Nazionale delle Ricerche (CNR), Pisa"),
        (8.5, "", "Elaborazione di segnali radar; 9 pubblicazioni su rivista.")])])
    column(cols[1], [("ISTRUZIONE E FORMAZIONE", [
        (8.5, "B", "2007"), (9.5, "B", "Dottorato di ricerca in Ingegneria dell'Informazione"),
        (9, "I", "Università di Pisa"),
        (8.5, "B", "2003"), (9.5, "B", "Laurea in Ingegneria Elettronica (vecchio ordinamento, quinquennale)"),
        (9, "I", "Università di Pisa – 110/110 e lode"),
        (8.5, "B", "1997"), (9.5, "B", "Diploma di maturità scientifica"),
        (9, "I", "Liceo Scientifico \"Ulisse Dini\", Pisa"),
        (8.5, "B", "2016"), (9.5, "B", "Corso INCOSE CSEP – certificazione"), (9, "I", "INCOSE Italia")])])
    column(cols[2], [("LINGUE", [
        (9, "", "Italiano: madrelingua\nInglese: C1\nFrancese: B2\nTedesco: scolastico")]),
        ("COMPETENZE TECNICHE", [(9, "", "MATLAB, Simulink, IBM Rational DOORS, Python")]),
        ("ALTRO", [(9, "", "Patente B. Autorizzo il trattamento dei dati personali ai sensi del Reg. UE 2016/679.")])])
    pdf.output(path)


# ------------------------------------------------------------------ p76: Dutch officer, OFFICIAL BIOGRAPHY in prose
# (no lists): dates only inside sentences ("From August 2003 until July 2007 …", "In August 2007 he became …, a post
# he held until June 2011", "Since August 2021 he has been …"), HDV staff course, deployment and promotion as
# distractors, STANAG profiles in a sentence
F = "cv_p76_nl_officialbiography_prose_vanderlinden.pdf"


@doc(F, cv_label(
    F, "Maarten J. van der Linden", "m.vanderlinden@example.nl", "+31 6 5555 0917", "Netherlands",
    [("bachelor", "War Studies", "Royal Netherlands Military Academy (KMA)", 2003),
     ("master", "Military Strategic Studies", "Netherlands Defence Academy (NLDA)", 2012)],
    True,
    [("Platoon Commander", "42nd Armoured Infantry Battalion 'Limburgse Jagers'", "2003-08", "2007-07"),
     ("Company Commander", "42nd Armoured Infantry Battalion 'Limburgse Jagers'", "2007-08", "2011-06"),
     ("Staff Officer G3 Plans", "Headquarters 1 (German/Netherlands) Corps", "2012-09", "2016-07"),
     ("Military Assistant to the Commander of the Royal Netherlands Army",
      "Army Headquarters (Commando Landstrijdkrachten)", "2017-07", "2021-07"),
     ("Section Head Capability Development", "Defence Staff (Defensiestaf)", "2021-08", None)],
    [("Dutch", None, None), ("English", None, "4343"), ("German", None, "3232"), ("French", None, None)],
    [],
    []))
def p76(path):
    pdf = PDF(format="A4")
    pdf.header_text = "Ministry of Defence of the Netherlands  ·  Biography"
    pdf.set_margins(22, 22, 22)
    pdf.add_page()
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(150, 24, 36, 44)
    pdf.set_font("DejaVu", "", 8)
    pdf.text(160, 47, "[photo]")
    pdf.set_xy(22, 26)
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(120, 8, "Lieutenant Colonel (OF-4)\nMaarten J. van der Linden", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(120, 5, "Royal Netherlands Army\nSection Head Capability Development, Defence Staff",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(76)
    paras = [
        "Lieutenant Colonel Maarten van der Linden was born in 1981 in Apeldoorn and is a Dutch national. He joined "
        "the Royal Netherlands Army in 1999 and graduated from the Royal Netherlands Military Academy (KMA) in Breda "
        "in 2003 with a Bachelor's degree in War Studies (Krijgswetenschappen), after which he was commissioned as a "
        "second lieutenant of infantry.",
        "From August 2003 until July 2007 he served as Platoon Commander in the 42nd Armoured Infantry Battalion "
        "'Limburgse Jagers' in Seedorf, Germany. In August 2007 he became Company Commander in the same battalion, "
        "a post he held until June 2011; in 2009 he deployed with his company to Uruzgan, Afghanistan, as part of "
        "Task Force Uruzgan.",
        "From September 2011 to August 2012 he studied at the Netherlands Defence Academy (NLDA), where he obtained "
        "a Master of Science in Military Strategic Studies in 2012. From September 2012 to July 2016 he served as "
        "Staff Officer G3 Plans at Headquarters 1 (German/Netherlands) Corps in Münster, Germany, and took part in "
        "the corps' certification as a NATO Response Force land component command.",
        "He attended the Hogere Defensievorming (HDV), the Dutch advanced command and staff course, at the "
        "Instituut Defensie Leergangen in Rijswijk from August 2016 to June 2017. From July 2017 to July 2021 he was "
        "Military Assistant to the Commander of the Royal Netherlands Army at the Army Headquarters (Commando "
        "Landstrijdkrachten) in Utrecht. He was promoted to lieutenant colonel in 2018.",
        "Since August 2021 he has been Section Head Capability Development at the Defence Staff (Defensiestaf) in "
        "The Hague, where he is responsible for the Dutch input to the NATO Defence Planning Process.",
        "Dutch is his mother tongue. He speaks English (STANAG 6001 profile 4343) and German (STANAG 6001 profile "
        "3232), and has a basic knowledge of French.",
        "His decorations include the Herinneringsmedaille Vredesoperaties (2009) and the Officierskruis (2019). "
        "Maarten is married to Eline and they have two children. In his spare time he is a keen marathon runner.",
        "Contact: m.vanderlinden@example.nl  ·  +31 6 5555 0917"]
    pdf.set_font("DejaVu", "", 10)
    for p in paras:
        pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(path)


# ------------------------------------------------------------------ p77: Romanian officer, SERVICE RECORD EXTRACT
# printed from an HR system: DD-MON-YYYY dates, an open post shown as "31-DEC-9999", a rank column, a course row
# ("Cursant, curs de stat major") that is no posting, "Cetățenie: ROU", STANAG with commas "3,3,3,2"
F = "cv_p77_ro_hrsystem_extract_9999_ranks_popa.pdf"


@doc(F, cv_label(
    F, "Mihai-Cristian Popa", "mihai.popa@example.ro", "+40 723 555 091", "Romania",
    [("master", "Științe militare", "Universitatea Națională de Apărare \"Carol I\"", 2017),
     ("bachelor", "Management organizațional", "Academia Forțelor Terestre \"Nicolae Bălcescu\"", 2008),
     ("secondary", None, "Colegiul Național Militar \"Ștefan cel Mare\"", 2004)],
    True,
    [("Șef birou planificare (J5)", "Statul Major al Apărării", "2021-07", None),
     ("Ofițer de stat major", "Comandamentul Forțelor Întrunite", "2017-08", "2021-06"),
     ("Comandant companie", "Batalionul 21 Vânători de Munte", "2012-08", "2016-08"),
     ("Comandant pluton", "Batalionul 21 Vânători de Munte", "2008-08", "2012-07")],
    [("Romanian", None, None), ("English", None, "3332"), ("French", None, "2221")],
    [],
    []))
def p77(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "NESECRET  ·  Pagina {p} din 1"
    pdf.add_page()
    pdf.set_font("Mono", "", 8)
    pdf.cell(0, 4, "MINISTERUL APĂRĂRII NAȚIONALE - SISTEM INFORMATIC DE EVIDENȚĂ A PERSONALULUI", new_x="LMARGIN",
             new_y="NEXT")
    pdf.cell(0, 4, "Raport: R-117 EXTRAS FIȘĂ MATRICOLĂ     Generat: 05-JAN-2027 10:14     Utilizator: hr.op07",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "EXTRAS DIN FIȘA MATRICOLĂ / SERVICE RECORD EXTRACT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    ptable(pdf, [["Câmp", "Valoare"], ["Nume", "POPA"], ["Prenume", "Mihai-Cristian"], ["Grad", "Locotenent-colonel"],
                 ["Cetățenie", "ROU"], ["Data nașterii", "22-MAR-1985"], ["E-mail", "mihai.popa@example.ro"],
                 ["Telefon mobil", "+40 723 555 091"]], (35, 120))
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "1. FUNCȚII ÎNDEPLINITE", new_x="LMARGIN", new_y="NEXT")
    ptable(pdf, [["NR", "DATA ÎNCEPUT", "DATA SFÂRȘIT", "GRAD", "FUNCȚIE", "UNITATE"],
                 ["1", "01-JUL-2021", "31-DEC-9999", "Lt.col.", "Șef birou planificare (J5)", "Statul Major al Apărării"],
                 ["2", "15-AUG-2017", "30-JUN-2021", "Maior", "Ofițer de stat major", "Comandamentul Forțelor Întrunite"],
                 ["3", "01-SEP-2016", "14-AUG-2017", "Maior", "Cursant, curs de stat major",
                  "Universitatea Națională de Apărare \"Carol I\""],
                 ["4", "01-AUG-2012", "31-AUG-2016", "Căpitan", "Comandant companie", "Batalionul 21 Vânători de Munte"],
                 ["5", "01-AUG-2008", "31-JUL-2012", "Locotenent", "Comandant pluton",
                  "Batalionul 21 Vânători de Munte"]], (8, 24, 24, 18, 46, 50), size=8)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "2. STUDII", new_x="LMARGIN", new_y="NEXT")
    ptable(pdf, [["INSTITUȚIA", "SPECIALIZAREA", "DIPLOMA", "ANUL"],
                 ["Universitatea Națională de Apărare \"Carol I\"",
                  "Științe militare - program de master de comandă și stat major", "Diplomă de master", "2017"],
                 ["Academia Forțelor Terestre \"Nicolae Bălcescu\"", "Management organizațional", "Diplomă de licență",
                  "2008"],
                 ["Colegiul Național Militar \"Ștefan cel Mare\"", "-", "Diplomă de bacalaureat", "2004"]],
           (62, 60, 38, 14), size=8)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "3. LIMBI STRĂINE", new_x="LMARGIN", new_y="NEXT")
    ptable(pdf, [["LIMBA", "TIP ATESTARE", "NIVEL (A,V,C,S)", "ANUL"], ["Engleză", "STANAG 6001", "3,3,3,2", "2019"],
                 ["Franceză", "STANAG 6001", "2,2,2,1", "2015"]], (40, 50, 50, 20), size=8)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Limba maternă: română.   Legendă NIVEL: A = ascultare, V = vorbire, C = citire, S = scriere.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Mono", "", 7.5)
    pdf.ln(3)
    pdf.cell(0, 4, "*** 31-DEC-9999 = funcție în curs (înregistrare deschisă) ***", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ p78: Swedish lawyer, CV in Swedish with ISO months
# "2019-09 – tills vidare" (open-ended), a running header with a date, parental leave as a note inside a post,
# Juristexamen (270 hp, second cycle) = master
F = "cv_p78_se_svenska_tillsvidare_isomonths_akesson.pdf"


@doc(F, cv_label(
    F, "Karin Åkesson", "karin.akesson@example.se", "+46 70 555 18 42", "Sweden",
    [("master", "juridik", "Lunds universitet", 2013),
     ("secondary", None, "Katedralskolan", 2008)],
    False,
    [("Verksjurist", "Försvarets materielverk (FMV)", "2019-09", None),
     ("Biträdande jurist", "Advokatfirman Vinge KB", "2015-01", "2019-08"),
     ("Notarie", "Förvaltningsrätten i Stockholm", "2013-06", "2014-12")],
    [("Swedish", None, None), ("English", "VI", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["Microsoft 365", "Karnov", "JUNO", "Zeteo"]))
def p78(path):
    pdf = PDF(format="A4")
    pdf.header_text = "Karin Åkesson – CV – 2027-01-08"
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Serif", "B", 20)
    pdf.cell(0, 10, "Karin Åkesson", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 5, "Jurist  ·  Svensk medborgare  ·  Stockholm", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "karin.akesson@example.se  ·  +46 70 555 18 42", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    dw = 42

    def head(t):
        pdf.ln(3)
        pdf.set_font("Serif", "B", 12)
        pdf.set_char_spacing(1)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)
        pdf.line(20, pdf.get_y(), 190, pdf.get_y())
        pdf.ln(2)

    def row(date, lines):
        y = pdf.get_y()
        pdf.set_font("Serif", "", 9.5)
        pdf.set_xy(20, y)
        pdf.cell(dw - 4, 5, date)
        pdf.set_xy(20 + dw, y)
        for k, (txt, st) in enumerate(lines):
            pdf.set_x(20 + dw)
            pdf.set_font("Serif", st, 10 if st == "B" else 9.5)
            pdf.multi_cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_draw_color(170, 170, 170)
        pdf.line(20 + dw - 3, y, 20 + dw - 3, y2)
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(2)

    head("SAMMANFATTNING")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(0, 5, "Jurist med tio års erfarenhet av offentlig upphandling och försvarsmaterielavtal, sedan "
                         "2019 på FMV. Söker tjänst vid NSPA:s juridiska avdelning.", new_x="LMARGIN", new_y="NEXT")
    head("ANSTÄLLNINGAR")
    row("2019-09 – tills vidare", [("Verksjurist", "B"), ("Försvarets materielverk (FMV)", "I"),
                                   ("Upphandlingsrätt och avtal med NSPA och OCCAR; exportkontroll.", "")])
    row("2015-01 – 2019-08", [("Biträdande jurist", "B"), ("Advokatfirman Vinge KB", "I"),
                              ("Offentlig upphandling och EU-rätt. Tjänstledig 2017-03 – 2017-08 "
                               "(föräldraledighet).", "")])
    row("2013-06 – 2014-12", [("Notarie", "B"), ("Förvaltningsrätten i Stockholm", "I")])
    head("UTBILDNING")
    row("2008-08 – 2013-06", [("Juristexamen (jur.kand.) – juridik, 270 hp", "B"), ("Lunds universitet", "I")])
    row("2005-08 – 2008-06", [("Gymnasieexamen, samhällsvetenskapsprogrammet", "B"), ("Katedralskolan, Lund", "I")])
    head("SPRÅK")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(0, 5, "svenska – modersmål; engelska – C2; franska – B2; tyska – grundläggande",
                   new_x="LMARGIN", new_y="NEXT")
    head("IT-KUNSKAPER")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(0, 5, "Microsoft 365, Karnov, JUNO, Zeteo", new_x="LMARGIN", new_y="NEXT")
    head("REFERENSER")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(0, 5, "Lämnas på begäran.", new_x="LMARGIN", new_y="NEXT")
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
