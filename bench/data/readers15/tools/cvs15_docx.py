"""DOCX CVs of corpus 15 (d104-d110). Each builder writes its document; the label beside it is hand-written."""
import os
from xml.sax.saxutils import escape

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def section_table(d, heading, rows, cols):
    """A section drawn as one table whose first (merged, shaded) row is the heading."""
    t = d.add_table(rows=1 + len(rows), cols=cols)
    t.style = "Table Grid"
    hdr = t.cell(0, 0).merge(t.cell(0, cols - 1))
    hdr.text = ""
    r = hdr.paragraphs[0].add_run(heading)
    r.bold = True
    shade(hdr)
    for i, row in enumerate(rows, 1):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            for k, line in enumerate(val.split("\n")):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                p.add_run(line)
    d.add_paragraph()
    return t


NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
_box_id = [100]


def text_box(d, lines, height_emu=900000):
    """Append a paragraph anchoring a floating DrawingML text box (wps:txbx) holding `lines` (bold if starting '*')."""
    _box_id[0] += 1
    paras = []
    for ln in lines:
        bold = ln.startswith("*")
        ln = ln.lstrip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        paras.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>')
    i = _box_id[0]
    xml = (f'<w:r {NS}><w:drawing><wp:anchor distT="0" distB="45720" distL="114300" distR="114300" simplePos="0" '
           f'relativeHeight="{i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
           '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="5760000" cy="{height_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="{i}" name="Text Box {i}"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
           f'<a:ext cx="5760000" cy="{height_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           '<a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"/>'
           '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def heading(d, text, size=12, color=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def lines(d, *ls):
    for ln in ls:
        d.add_paragraph(ln)


# ------------------------------------------------------------------ d104 Luxembourg: Luxembourgish headings, German
# content, every section a table whose first (merged, shaded) row is the heading, "vun 2016 bis haut"
F = "cv_d104_lu_letzebuergesch_daitsch_headingrows_bishaut_schmit.docx"


@doc(F, cv_label(F, "Tom Schmit", "tom.schmit@example.lu", "+352 555 284 117", "Luxembourg",
                 [("master", "Elektrotechnik", "Universität Karlsruhe (TH)", 2009),
                  ("secondary", None, "Athénée de Luxembourg", 2003)],
                 False,
                 [("Referent für Rüstungskooperation", "Direction de la défense", "2016-01", None),
                  ("Projektingenieur", "SES S.A.", "2011-01", "2015-12"),
                  ("Wissenschaftlicher Mitarbeiter", "Centre de Recherche Public Henri Tudor", "2009-01", "2011-12")],
                 [("Luxembourgish", None, None), ("German", "VI", None), ("French", "V", None),
                  ("English", "V", None)],
                 [], ["MATLAB", "STK", "MS Office"]))
def d104(path):
    d = new_docx()
    p = d.add_paragraph()
    r = p.add_run("Liewenslaf")
    r.bold = True
    r.font.size = Pt(20)
    section_table(d, "PERSEINLECH DATEN", [
        ("Numm", "Tom Schmit"),
        ("Adress", "12, rue de la Gare, L-6117 Junglinster"),
        ("E-Mail", "tom.schmit@example.lu"),
        ("Telefon", "+352 555 284 117"),
        ("Nationalitéit", "lëtzebuergesch"),
    ], 2)
    section_table(d, "BERUFFSERFARUNG", [
        ("vun 2016 bis haut", "Referent für Rüstungskooperation\nDirection de la défense\n"
                              "Luxemburgische Beiträge zu NATO-Satellitenkommunikation (NSP-Programm), "
                              "Vertretung im NATO C3 Board (Substrukturen)."),
        ("2011 – 2015", "Projektingenieur\nSES S.A.\nBodensegment für Regierungskunden, GovSat-1."),
        ("2009 – 2011", "Wissenschaftlicher Mitarbeiter\nCentre de Recherche Public Henri Tudor"),
    ], 2)
    section_table(d, "AUSBILDUNG", [
        ("2009", "Dipl.-Ing. Elektrotechnik – Universität Karlsruhe (TH)\n"
                 "Diplomarbeit: „Interferenzanalyse für Ka-Band-Bodenstationen“"),
        ("2003", "Diplôme de fin d'études secondaires – Athénée de Luxembourg"),
    ], 2)
    section_table(d, "SPROOCHEN", [
        ("Lëtzebuergesch", "Mammesprooch"),
        ("Däitsch", "C2"),
        ("Franséisch", "C1"),
        ("Englesch", "C1"),
    ], 2)
    section_table(d, "IT-KENNTNISSER", [("MATLAB, STK, MS Office",)], 1)
    d.add_paragraph("Junglinster, den 10. Januar 2027")
    d.save(path)


# ------------------------------------------------------------------ d105 Belgium: Flemish officer CV exported from a
# word processor with each career entry in a floating text box, oldest first, "2021 – nu", student row, SLPs
F = "cv_d105_be_vlaams_officier_tekstvakken_oudsteeerst_nu_desmedt.docx"


@doc(F, cv_label(F, "Pieter-Jan De Smedt", "pj.desmedt@example.be", "+32 475 55 61 08", "Belgium",
                 [("master", "sociale en militaire wetenschappen", "Koninklijke Militaire School", 2008)],
                 True,
                 [("Pelotonscommandant", "11 Bataljon Genie", "2008-01", "2011-12"),
                  ("Operatieofficier", "11 Bataljon Genie", "2012-01", "2016-12"),
                  ("Stafofficier Plannen", "ACOS Operaties en Training", "2018-01", "2020-12"),
                  ("Sectiehoofd Capaciteitsplanning", "ACOS Strategie", "2021-01", None)],
                 [("Dutch", None, None), ("French", None, "3333"), ("English", None, "3332"),
                  ("German", None, "1110")],
                 [], ["AutoCAD", "ArcGIS", "TOPFAS"]))
def d105(path):
    d = new_docx()
    p = d.add_paragraph()
    r = p.add_run("Majoor Pieter-Jan De Smedt")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Curriculum vitae – versie januari 2027")
    heading(d, "Persoonlijke gegevens")
    docx_table(d, [("Nationaliteit", "Belg"), ("Geboortedatum", "14/03/1986"), ("E-mail", "pj.desmedt@example.be"),
                   ("GSM", "+32 475 55 61 08"), ("Adres", "Kazernestraat 8, 2850 Boom")])
    heading(d, "Loopbaan (chronologisch)")
    text_box(d, ["*2008 – 2011", "Pelotonscommandant", "11 Bataljon Genie (Burcht)"])
    text_box(d, ["*2012 – 2016", "Operatieofficier", "11 Bataljon Genie (Burcht)",
                 "Ontplooiing MINUSMA (Mali), 4 maanden in 2015."])
    text_box(d, ["*2017 – 2018", "Student Hogere Stafcursus", "Koninklijk Hoger Instituut voor Defensie"])
    text_box(d, ["*2018 – 2020", "Stafofficier Plannen", "ACOS Operaties en Training",
                 "Bevorderd tot majoor op 26/06/2019."])
    text_box(d, ["*2021 – nu", "Sectiehoofd Capaciteitsplanning", "ACOS Strategie",
                 "Belgische bijdrage aan het NATO Defence Planning Process (NDPP)."])
    heading(d, "Opleiding")
    lines(d, "2008 – Master in de sociale en militaire wetenschappen, Koninklijke Militaire School (polytechnische "
             "afdeling niet gevolgd; 143ste promotie Alle Wapens)",
          "2017 – 2018 – Hogere Stafcursus, Koninklijk Hoger Instituut voor Defensie")
    heading(d, "Talen")
    lines(d, "Nederlands: moedertaal",
          "Frans: SLP 3-3-3-3",
          "Engels: SLP 3-3-3-2",
          "Duits: SLP 1-1-1-0")
    heading(d, "Informatica")
    d.add_paragraph("AutoCAD, ArcGIS, TOPFAS")
    d.save(path)


# ------------------------------------------------------------------ d106 North Macedonia: CV in Macedonian Cyrillic,
# education first with master's thesis, experience oldest first, year-only, "2021 – сега", mother tongue apart
F = "cv_d106_mk_makedonski_magisterskitrud_hronoloski_sega_petrusevski.docx"


@doc(F, cv_label(F, "Бојан Петрушевски", "bojan.petrusevski@example.mk", "+389 70 555 214", "North Macedonia",
                 [("bachelor", "Право", "Универзитет „Св. Кирил и Методиј“ во Скопје", 2010),
                  ("master", "Меѓународно право", "Универзитет „Св. Кирил и Методиј“ во Скопје", 2013)],
                 False,
                 [("Помлад соработник", "Министерство за одбрана", "2011-01", "2015-12"),
                  ("Советник за правни работи", "Министерство за одбрана", "2016-01", "2020-12"),
                  ("Раководител на одделение за меѓународно право",
                   "Генералштаб на Армијата на Република Северна Македонија", "2021-01", None)],
                 [("English", "V", "3333"), ("German", "IV", None), ("Serbian", "VI", None)],
                 [], ["MS Office", "SharePoint"]))
def d106(path):
    d = new_docx(11)
    d.add_heading("БИОГРАФИЈА", level=0)
    lines(d, "Бојан Петрушевски", "Е-пошта: bojan.petrusevski@example.mk", "Телефон: +389 70 555 214",
          "Државјанство: македонско", "Адреса: ул. Македонија 22, 1000 Скопје")
    d.add_heading("ОБРАЗОВАНИЕ", level=1)
    lines(d, "2006 – 2010",
          "Универзитет „Св. Кирил и Методиј“ во Скопје – Правен факултет „Јустинијан Први“",
          "Диплома: Дипломиран правник; студиска програма: Право",
          "2010 – 2013",
          "Универзитет „Св. Кирил и Методиј“ во Скопје – Правен факултет „Јустинијан Први“",
          "Магистер по правни науки; студиска програма: Меѓународно право",
          "Магистерски труд: „Правниот статус на силите на НАТО според Договорот за статусот на силите (SOFA)“")
    d.add_heading("РАБОТНО ИСКУСТВО", level=1)
    for period, title, org in (
            ("2011 – 2015", "Помлад соработник", "Министерство за одбрана"),
            ("2016 – 2020", "Советник за правни работи", "Министерство за одбрана"),
            ("2021 – сега", "Раководител на одделение за меѓународно право",
             "Генералштаб на Армијата на Република Северна Македонија")):
        p = d.add_paragraph()
        p.add_run(period).bold = True
        lines(d, "Работно место: " + title, "Работодавач: " + org)
    d.add_heading("ЈАЗИЦИ", level=1)
    lines(d, "Мајчин јазик: македонски",
          "Англиски јазик – C1; STANAG 6001: 3-3-3-3",
          "Германски јазик – B2",
          "Српски јазик – C2")
    d.add_heading("КОМПЈУТЕРСКИ ВЕШТИНИ", level=1)
    d.add_paragraph("MS Office, SharePoint")
    d.save(path)


# ------------------------------------------------------------------ d107 Albania: CV in Albanian, full month names,
# "tetor 2018 – aktualisht", nationality in profile prose, CEFR self-assessment grid, competencies as behaviours
F = "cv_d107_al_shqip_cefrgrid_kompetencasjellje_aktualisht_dervishi.docx"


@doc(F, cv_label(F, "Elira Dervishi", "elira.dervishi@example.al", "+355 69 555 3027", "Albania",
                 [("master", "Marrëdhënie Ndërkombëtare", "Universiteti i Tiranës", 2013),
                  ("bachelor", "Shkenca Politike", "Universiteti i Tiranës", 2011)],
                 False,
                 [("Specialiste e lartë e planifikimit të mbrojtjes", "Ministria e Mbrojtjes", "2018-10", None),
                  ("Analiste", "Instituti për Demokraci dhe Ndërmjetësim", "2013-05", "2018-09")],
                 [("English", "V", None), ("Italian", "IV", None), ("French", None, None)],
                 ["Analytical Thinking", "Teamwork", "Initiative"], ["MS Office", "SPSS"]))
def d107(path):
    d = new_docx()
    heading(d, "Elira Dervishi", 18, "1F3864")
    d.add_paragraph("Email: elira.dervishi@example.al  |  Tel: +355 69 555 3027  |  Tiranë")
    heading(d, "PROFILI", 12, "1F3864")
    d.add_paragraph("Jam shtetase shqiptare dhe punoj prej tetë vitesh në planifikimin e mbrojtjes dhe në analizën "
                    "e politikave të sigurisë, me fokus te procesi i planifikimit të NATO-s.")
    heading(d, "PËRVOJA E PUNËS", 12, "1F3864")
    for period, title, org, desc in (
            ("tetor 2018 – aktualisht", "Specialiste e lartë e planifikimit të mbrojtjes", "Ministria e Mbrojtjes",
             "Përgatitja e përgjigjeve për Pyetësorin e Planifikimit të Mbrojtjes (DPCAPS)."),
            ("maj 2013 – shtator 2018", "Analiste", "Instituti për Demokraci dhe Ndërmjetësim",
             "Studime mbi reformën e sektorit të sigurisë në Ballkanin Perëndimor.")):
        p = d.add_paragraph()
        p.add_run(period).italic = True
        p = d.add_paragraph()
        p.add_run(title).bold = True
        p.add_run(" – " + org)
        d.add_paragraph(desc)
    heading(d, "ARSIMIMI", 12, "1F3864")
    lines(d, "2013  Master Shkencor në Marrëdhënie Ndërkombëtare, Universiteti i Tiranës",
          "        Teza: „Shqipëria dhe ndarja e barrës në NATO 2009–2012“",
          "2011  Bachelor në Shkenca Politike, Universiteti i Tiranës")
    heading(d, "GJUHËT", 12, "1F3864")
    d.add_paragraph("Gjuha amtare: shqip")
    docx_table(d, [("Gjuha", "Dëgjim", "Lexim", "Bashkëbisedim", "Të folur", "Shkrim"),
                   ("Anglisht", "C1", "C1", "C1", "C1", "C1"),
                   ("Italisht", "B2", "B2", "B2", "B2", "B2"),
                   ("Frëngjisht", "A2", "A2", "A2", "A2", "A2")], bold_first_row=True)
    d.add_paragraph("Nivelet: Korniza e Përbashkët Evropiane e Referencës për Gjuhët (KPER).")
    heading(d, "KOMPETENCAT", 12, "1F3864")
    lines(d, "Mendim analitik (Analytical Thinking): Zbërthej problemet komplekse dhe bëj analiza të ndërlikuara me "
             "shumë variabla.",
          "Punë në ekip (Teamwork): Kërkoj mendimin e kolegëve para vendimeve dhe i inkurajoj ata publikisht.",
          "Iniciativë (Initiative): Veproj disa javë përpara për të shmangur problemet në afatet e NATO-s.")
    heading(d, "AFTËSI KOMPJUTERIKE", 12, "1F3864")
    d.add_paragraph("MS Office, SPSS")
    d.save(path)


# ------------------------------------------------------------------ d108 Sweden: CV in Swedish, Swedish month
# abbreviations "sept. 2020 – nu", nationality only in profile prose, Heading styles, thesis titles
F = "cv_d108_se_svenska_manadsforkortningar_nu_medborgareprosa_forsberg.docx"


@doc(F, cv_label(F, "Linnéa Forsberg", "linnea.forsberg@example.se", "+46 70 555 48 21", "Sweden",
                 [("master", "statsvetenskap", "Uppsala universitet", 2014),
                  ("bachelor", "freds- och konfliktkunskap", "Uppsala universitet", 2012)],
                 False,
                 [("Departementssekreterare", "Försvarsdepartementet", "2020-09", None),
                  ("Analytiker", "Totalförsvarets forskningsinstitut (FOI)", "2016-02", "2020-08"),
                  ("Utredare", "Myndigheten för samhällsskydd och beredskap", "2014-06", "2016-01")],
                 [("Swedish", None, None), ("English", "VI", None), ("French", None, None),
                  ("German", "IV", None)],
                 [], ["Office 365", "R", "Stata"]))
def d108(path):
    d = new_docx()
    d.add_heading("Linnéa Forsberg", level=0)
    d.add_paragraph("Stockholm · linnea.forsberg@example.se · +46 70 555 48 21")
    d.add_heading("Profil", level=1)
    d.add_paragraph("Statsvetare med tio års erfarenhet av säkerhetspolitisk analys och totalförsvarsplanering. "
                    "Jag är svensk medborgare och har arbetat med Sveriges NATO-anslutning sedan ansökan 2022.")
    d.add_heading("Arbetslivserfarenhet", level=1)
    for period, title, org in (("sept. 2020 – nu", "Departementssekreterare", "Försvarsdepartementet"),
                               ("feb. 2016 – aug. 2020", "Analytiker", "Totalförsvarets forskningsinstitut (FOI)"),
                               ("juni 2014 – jan. 2016", "Utredare", "Myndigheten för samhällsskydd och beredskap")):
        p = d.add_paragraph()
        p.add_run(title).bold = True
        p.add_run(", " + org + "\t" + period)
    d.add_heading("Utbildning", level=1)
    lines(d, "Masterexamen i statsvetenskap, Uppsala universitet, 2014",
          "Examensarbete: ”Alliansfrihet under press: svensk försvarspolitik 2008–2014”",
          "Kandidatexamen i freds- och konfliktkunskap, Uppsala universitet, 2012")
    d.add_heading("Språk", level=1)
    d.add_paragraph("svenska (modersmål), engelska (C2), franska (B1), tyska (B2)")
    d.add_heading("IT", level=1)
    d.add_paragraph("Office 365, R, Stata")
    d.save(path)


# ------------------------------------------------------------------ d109 Poland: CV in Polish, months as roman
# numerals "IX 2016 – obecnie", "III 2012 – VIII 2016", department on its own line, master's thesis title
F = "cv_d109_pl_polski_miesiacerzymskie_obecnie_zielonkamroz.docx"


@doc(F, cv_label(F, "Agnieszka Zielonka-Mróz", "a.zielonka-mroz@example.pl", "+48 605 555 312", "Poland",
                 [("master", "stosunki międzynarodowe", "Uniwersytet Warszawski", 2010),
                  ("bachelor", "politologia", "Uniwersytet Warszawski", 2008)],
                 False,
                 [("Główny specjalista", "Ministerstwo Obrony Narodowej", "2016-09", None),
                  ("Starszy specjalista", "Biuro Bezpieczeństwa Narodowego", "2012-03", "2016-08"),
                  ("Asystent", "Polski Instytut Spraw Międzynarodowych", "2010-10", "2012-02")],
                 [("English", "V", "3332"), ("Russian", "IV", None), ("German", None, None)],
                 [], ["MS Office", "EZD"]))
def d109(path):
    d = new_docx()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("AGNIESZKA ZIELONKA-MRÓZ")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph("tel. +48 605 555 312  ·  e-mail: a.zielonka-mroz@example.pl  ·  Warszawa")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Obywatelstwo: polskie")
    heading(d, "DOŚWIADCZENIE ZAWODOWE")
    for period, title, org, unit in (
            ("IX 2016 – obecnie", "Główny specjalista", "Ministerstwo Obrony Narodowej",
             "Departament Polityki Bezpieczeństwa – sprawy NATO i planowanie obronne"),
            ("III 2012 – VIII 2016", "Starszy specjalista", "Biuro Bezpieczeństwa Narodowego",
             "Strategiczny Przegląd Bezpieczeństwa Narodowego"),
            ("X 2010 – II 2012", "Asystent", "Polski Instytut Spraw Międzynarodowych", "")):
        p = d.add_paragraph()
        p.add_run(period + "\t").bold = True
        p.add_run(title + " — " + org)
        if unit:
            d.add_paragraph("\t" + unit)
    heading(d, "WYKSZTAŁCENIE")
    lines(d, "2010\tmagister, stosunki międzynarodowe, Uniwersytet Warszawski",
          "\tpraca magisterska: „Polska wobec Inicjatywy Obrony Przeciwrakietowej NATO”",
          "2008\tlicencjat, politologia, Uniwersytet Warszawski")
    heading(d, "JĘZYKI OBCE")
    lines(d, "angielski – C1 (SLP 3332)", "rosyjski – B2", "niemiecki – A2")
    heading(d, "UMIEJĘTNOŚCI KOMPUTEROWE")
    d.add_paragraph("MS Office, EZD")
    d.add_paragraph("Wyrażam zgodę na przetwarzanie moich danych osobowych w celu rekrutacji.").runs[0].font.size = Pt(8)
    d.save(path)


# ------------------------------------------------------------------ d110 Lithuania: English CV as tables, citizenship
# in a table cell, posts table Years | Position | Employer with year-only dates, language table CEFR | STANAG
F = "cv_d110_lt_tables_citizenshipcell_yearsonly_cefrslpcols_vaitkeviciute.docx"


@doc(F, cv_label(F, "Rūta Vaitkevičiūtė", "ruta.vaitkeviciute@example.lt", "+370 612 55 408", "Lithuania",
                 [("master", "Political Science", "Vilnius University", 2013),
                  ("bachelor", "Political Science", "Vilnius University", 2011)],
                 False,
                 [("Chief Specialist", "Ministry of National Defence of the Republic of Lithuania", "2020-01", None),
                  ("Analyst", "General Jonas Žemaitis Military Academy of Lithuania", "2015-01", "2019-12"),
                  ("Junior Researcher", "Eastern Europe Studies Centre", "2013-01", "2015-12")],
                 [("Lithuanian", None, None), ("English", "V", "3333"), ("Russian", "IV", None),
                  ("Polish", None, None)],
                 [], ["MS Office", "NVivo"]))
def d110(path):
    d = new_docx()
    heading(d, "CURRICULUM VITAE", 16)
    docx_table(d, [("Name", "Rūta Vaitkevičiūtė"), ("Citizenship", "Lithuanian"),
                   ("E-mail", "ruta.vaitkeviciute@example.lt"), ("Mobile", "+370 612 55 408"),
                   ("Address", "Šilo g. 5, LT-10322 Vilnius")])
    heading(d, "PROFESSIONAL EXPERIENCE")
    docx_table(d, [("Years", "Position", "Employer", "Main duties"),
                   ("2020 – present", "Chief Specialist", "Ministry of National Defence of the Republic of Lithuania",
                    "Host-nation support for the NATO forward land forces brigade."),
                   ("2015 – 2019", "Analyst", "General Jonas Žemaitis Military Academy of Lithuania",
                    "Regional security studies; lecturing on NATO deterrence."),
                   ("2013 – 2015", "Junior Researcher", "Eastern Europe Studies Centre", "Policy briefs.")],
               bold_first_row=True)
    heading(d, "EDUCATION")
    docx_table(d, [("Year", "Degree", "Institution", "Thesis"),
                   ("2013", "MA Political Science", "Vilnius University, Institute of International Relations "
                    "and Political Science", "“Deterrence on the Baltic flank after 2008”"),
                   ("2011", "BA Political Science", "Vilnius University, Institute of International Relations "
                    "and Political Science", "“Lithuania's accession to NATO in domestic debate”")],
               bold_first_row=True)
    heading(d, "LANGUAGES")
    docx_table(d, [("Language", "CEFR", "STANAG 6001 SLP"), ("Lithuanian", "native", "—"),
                   ("English", "C1", "3-3-3-3"), ("Russian", "B2", "—"), ("Polish", "B1", "—")],
               bold_first_row=True)
    heading(d, "COMPUTER SKILLS")
    d.add_paragraph("MS Office, NVivo")
    d.save(path)


def build():
    out = []
    for file, fn, label in DOCS:
        fn(os.path.join(CVS, file))
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
