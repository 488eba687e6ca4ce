"""DOCX CVs of corpus 19 (d131-d136). Each builder writes its document; the label beside it is hand-written.
build.py writes every label first, then the documents."""
import os
from xml.sax.saxutils import escape

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import CVS, cv_label, docx_table, new_docx

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def no_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    pr.append(b)


def textbox(paragraph, lines, left, top, width, height, fill="#E8EEF5"):
    """A floating VML text box (page-relative), each line its own paragraph inside w:txbxContent."""
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
    paras = ""
    for ln in lines:
        bold = "<w:rPr><w:b/></w:rPr>" if ln.startswith("**") else ""
        ln = ln.strip("*")
        paras += f'<w:p><w:r>{bold}<w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {ns}><w:pict><v:shape id="sidebar{left}{top}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{left}pt;margin-top:{top}pt;width:{width}pt;height:{height}pt;'
           f'z-index:-1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
           f'fillcolor="{fill}" stroked="f"><v:textbox inset="8pt,8pt,8pt,8pt"><w:txbxContent>{paras}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


# ------------------------------------------------------------------ d131 Croatia: CV in Croatian, two-column borderless
# header table (name left, contacts right), "od siječnja 2019. – trenutno", magistar struke / sveučilišni prvostupnik,
# Zapovjedno-stožerna škola (staff college), SLP "3 3 3 2"
F = "cv_d131_hr_hrvatski_twocolheadertable_trenutno_magistarstruke_zss_babic.docx"


@doc(F, cv_label(
    F, "Ivana Babić", "ivana.babic@example.hr", "+385 91 555 3327", "Croatia",
    [("master", "Vojno vođenje i upravljanje", "Sveučilište u Zagrebu", 2013),
     ("bachelor", "Vojno inženjerstvo", "Sveučilište u Zagrebu", 2011)],
    True,
    [("Načelnica odsjeka za planiranje", "Glavni stožer Oružanih snaga Republike Hrvatske", "2019-01", None),
     ("Zapovjednica satnije", "Gardijska mehanizirana brigada", "2015-03", "2018-12"),
     ("Zapovjednica voda", "Gardijska mehanizirana brigada", "2011-09", "2015-02")],
    [("Croatian", None, None), ("English", None, "3332"), ("German", "IV", None)],
    [], ["MS Office", "TOPFAS"]))
def d131(path):
    d = new_docx(10.5)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.paragraphs[0].add_run("Ivana Babić").bold = True
    left.paragraphs[0].runs[0].font.size = Pt(20)
    left.add_paragraph("bojnica, Hrvatska vojska")
    for i, line in enumerate(["Ilica 210, 10000 Zagreb", "mob. +385 91 555 3327", "ivana.babic@example.hr",
                              "Državljanstvo: hrvatsko"]):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.add_run(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Radno iskustvo", level=2)
    for dates, title, org, txt in [
        ("od siječnja 2019. – trenutno", "Načelnica odsjeka za planiranje",
         "Glavni stožer Oružanih snaga Republike Hrvatske, Zagreb", "planiranje sposobnosti, NATO Defence Planning Process"),
        ("ožujak 2015. – prosinac 2018.", "Zapovjednica satnije", "Gardijska mehanizirana brigada, Vukovar",
         "obuka i priprema satnije za misiju eFP Poljska"),
        ("rujan 2011. – veljača 2015.", "Zapovjednica voda", "Gardijska mehanizirana brigada, Vukovar", "")]:
        p = d.add_paragraph()
        p.add_run(dates).italic = True
        p = d.add_paragraph()
        p.add_run(title).bold = True
        p.add_run(" | " + org)
        if txt:
            d.add_paragraph(txt, style="List Bullet")
    d.add_heading("Obrazovanje", level=2)
    d.add_paragraph("2013.  magistra struke (mag. ing. mil.), studij: Vojno vođenje i upravljanje – Sveučilište u Zagrebu")
    d.add_paragraph("2011.  sveučilišna prvostupnica (univ. bacc. ing. mil.), studij: Vojno inženjerstvo – Sveučilište u Zagrebu")
    d.add_heading("Vojna izobrazba", level=2)
    d.add_paragraph("2018.  Zapovjedno-stožerna škola „Blago Zadro”, Hrvatsko vojno učilište „Dr. Franjo Tuđman”")
    d.add_heading("Jezici", level=2)
    d.add_paragraph("hrvatski – materinski")
    d.add_paragraph("engleski – STANAG 6001, SLP 3 3 3 2")
    d.add_paragraph("njemački – B2")
    d.add_heading("Računalne vještine", level=2)
    d.add_paragraph("MS Office, TOPFAS")
    d.save(path)


# ------------------------------------------------------------------ d132 Hungary: left sidebar as a floating text box
# (contacts, languages, skills), main column on the right, "2019.03 – current", okleveles (MSc) / BSc
F = "cv_d132_hu_textboxsidebar_contactslanguages_dottedyyyymm_current_msc_bsc_kovacs.docx"


@doc(F, cv_label(
    F, "Péter Kovács", "peter.kovacs@example.hu", "+36 30 555 4412", "Hungary",
    [("master", "Military Logistics", "Ludovika University of Public Service", 2014),
     ("bachelor", "Transportation Engineering", "Budapest University of Technology and Economics", 2009)],
    False,
    [("Senior Logistics Planner", "Hungarian Defence Forces Command", "2019-03", None),
     ("Movement Control Officer", "HDF 64th Logistics Regiment", "2014-08", "2019-02"),
     ("Transport Engineer", "MÁV-START Zrt.", "2009-09", "2014-07")],
    [("Hungarian", None, None), ("English", None, "3333"), ("German", None, None)],
    [], ["LOGFAS", "SAP", "AutoCAD"]))
def d132(path):
    d = new_docx(10.5)
    s = d.sections[0]
    s.left_margin = Cm(7.2)
    s.right_margin = Cm(1.8)
    p = d.add_paragraph()
    textbox(p, ["**CONTACT", "Budapest, Hungary", "+36 30 555 4412", "peter.kovacs@example.hu",
                "Nationality: Hungarian", "", "**LANGUAGES", "Hungarian – native", "English – STANAG 6001 3333",
                "German – B1", "", "**SKILLS", "LOGFAS", "SAP", "AutoCAD"], 20, 20, 160, 760)
    r = p.add_run("Péter Kovács")
    r.bold = True
    r.font.size = Pt(22)
    d.add_paragraph("Logistics officer (Major) – movement and transportation")
    d.add_heading("Experience", level=2)
    for dates, title, org in [("2019.03 – current", "Senior Logistics Planner", "Hungarian Defence Forces Command, Székesfehérvár"),
                              ("2014.08 – 2019.02", "Movement Control Officer", "HDF 64th Logistics Regiment, Kaposvár"),
                              ("2009.09 – 2014.07", "Transport Engineer", "MÁV-START Zrt., Budapest")]:
        p = d.add_paragraph()
        p.add_run(title).bold = True
        d.add_paragraph(f"{org}  ·  {dates}")
    d.add_heading("Education", level=2)
    d.add_paragraph("MSc (okleveles) in Military Logistics – Ludovika University of Public Service, 2014")
    d.add_paragraph("BSc in Transportation Engineering – Budapest University of Technology and Economics, 2009")
    d.save(path)


# ------------------------------------------------------------------ d133 Bulgaria: chronological table with the years
# in a narrow left column (a row per entry, section rows shaded), "2018 – to date", Магистър / Бакалавър, Rakovski
F = "cv_d133_bg_chronotable_yearsleftcolumn_todate_magistar_bakalavar_rakovski_georgieva.docx"


@doc(F, cv_label(
    F, "Desislava Georgieva", "desislava.georgieva@example.bg", "+359 88 555 6021", "Bulgaria",
    [("master", "Organisation and Management of Military Units at Operational Level", "Rakovski National Defence College", 2017),
     ("bachelor", "Computer Systems and Technologies", "Technical University of Sofia", 2006)],
    True,
    [("Head of CIS Planning Section", "Joint Forces Command", "2018-09", None),
     ("CIS Officer", "Bulgarian Navy Headquarters", "2011-01", "2016-12"),
     ("Network Engineer", "Vivacom", "2006-07", "2010-12")],
    [("Bulgarian", None, None), ("English", None, "3323"), ("Russian", None, None)],
    [], ["Cisco IOS", "VMware vSphere", "Windows Server"]))
def d133(path):
    d = new_docx(10)
    d.add_heading("Desislava Georgieva", level=0)
    d.add_paragraph("Sofia, Bulgaria · desislava.georgieva@example.bg · +359 88 555 6021 · Nationality: Bulgarian")
    rows = [
        ("", "PROFESSIONAL EXPERIENCE"),
        ("2018 – to date", "Head of CIS Planning Section, Joint Forces Command, Sofia\nSeptember 2018 onwards; CIS support "
                           "planning for national and NATO exercises"),
        ("2017", "Student, Rakovski National Defence College (see education)"),
        ("2011 – 2016", "CIS Officer, Bulgarian Navy Headquarters, Varna\nJanuary 2011 – December 2016"),
        ("2006 – 2010", "Network Engineer, Vivacom, Sofia\nJuly 2006 – December 2010"),
        ("", "EDUCATION"),
        ("2017", "Магистър (Master) in Organisation and Management of Military Units at Operational Level – "
                 "Rakovski National Defence College (staff college), Sofia"),
        ("2006", "Бакалавър (Bachelor) in Computer Systems and Technologies – Technical University of Sofia"),
        ("", "LANGUAGES"),
        ("", "Bulgarian – native\nEnglish – STANAG 6001 SLP 3-3-2-3\nRussian – good"),
        ("", "TECHNICAL"),
        ("", "Cisco IOS, VMware vSphere, Windows Server"),
    ]
    t = docx_table(d, rows, style="Table Grid")
    for r, (a, b) in enumerate(rows):
        t.cell(r, 0).width = Cm(3.0)
        t.cell(r, 1).width = Cm(13.5)
        if not a and b.isupper():
            for c in (0, 1):
                tcpr = t.cell(r, c)._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), "D9E2F3")
                tcpr.append(shd)
            t.cell(r, 1).paragraphs[0].runs[0].bold = True
    d.save(path)


# ------------------------------------------------------------------ d134 Lithuania: Word two-column section (the text
# flows from the left column into the right), Lithuanian abbreviated months "2017 rugs. – dabar", magistras/bakalauras
F = "cv_d134_lt_wordtwocolumnsection_abbrevmonths_dabar_magistras_bakalauras_kazlauskas.docx"


@doc(F, cv_label(
    F, "Tomas Kazlauskas", "tomas.kazlauskas@example.lt", "+370 612 55 730", "Lithuania",
    [("master", "Public Administration", "Mykolas Romeris University", 2014),
     ("bachelor", "Military Science", "General Jonas Žemaitis Military Academy of Lithuania", 2008)],
    False,
    [("Senior Specialist, Defence Policy Group", "Ministry of National Defence of the Republic of Lithuania", "2017-09", None),
     ("Staff Officer J5", "Lithuanian Armed Forces Joint Headquarters", "2012-02", "2017-08"),
     ("Platoon Leader", "Mechanised Infantry Brigade \"Iron Wolf\"", "2008-07", "2012-01")],
    [("Lithuanian", None, None), ("English", "V", None), ("Polish", None, None), ("Russian", "IV", None)],
    [], ["MS Office", "Tableau"]))
def d134(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("TOMAS KAZLAUSKAS")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Vilnius, Lithuania | tomas.kazlauskas@example.lt | +370 612 55 730 | Citizenship: Lithuanian")
    sec = d.add_section(0)  # continuous
    cols = sec._sectPr.xpath("./w:cols")
    c = cols[0] if cols else OxmlElement("w:cols")
    c.set(qn("w:num"), "2")
    c.set(qn("w:space"), "567")
    if not cols:
        sec._sectPr.append(c)
    d.add_heading("Experience", level=2)
    for title, org, dates in [
        ("Senior Specialist, Defence Policy Group", "Ministry of National Defence of the Republic of Lithuania", "2017 rugs. – dabar"),
        ("Staff Officer J5", "Lithuanian Armed Forces Joint Headquarters", "2012 vas. – 2017 rugpj."),
        ("Platoon Leader", "Mechanised Infantry Brigade \"Iron Wolf\"", "2008 liep. – 2012 saus.")]:
        p = d.add_paragraph()
        p.add_run(title).bold = True
        d.add_paragraph(org)
        p = d.add_paragraph()
        p.add_run(dates).italic = True
    d.add_heading("Education", level=2)
    d.add_paragraph("Magistras (Master's degree) in Public Administration\nMykolas Romeris University, 2014")
    d.add_paragraph("Bakalauras (Bachelor's degree) in Military Science\nGeneral Jonas Žemaitis Military Academy of Lithuania, 2008")
    d.add_heading("Languages", level=2)
    for ln in ["Lithuanian – native", "English – C1", "Polish – conversational", "Russian – B2"]:
        d.add_paragraph(ln)
    d.add_heading("Software", level=2)
    d.add_paragraph("MS Office, Tableau")
    last = d.sections[-1]
    last.start_type = 0
    d.save(path)


# ------------------------------------------------------------------ d135 Czechia: dotted tab leaders "Title ....
# 09/2017 – dosud", Ing. (master) / Bc. (bachelor), General Staff Course (staff college), "STANAG 6001: 3-3-3-3"
F = "cv_d135_cz_tableaderdots_dosud_ing_bc_generalstaffcourse_dvorak.docx"


@doc(F, cv_label(
    F, "Jan Dvořák", "jan.dvorak@example.cz", "+420 603 555 918", "Czechia",
    [("master", "Economics and Management", "University of Defence", 2008),
     ("bachelor", "Economics and Management", "University of Defence", 2006)],
    True,
    [("Head of Budget Planning Department", "Ministry of Defence of the Czech Republic", "2017-09", None),
     ("Finance Officer", "Support Division, Armed Forces of the Czech Republic", "2012-04", "2017-08"),
     ("Budget Analyst", "4th Rapid Deployment Brigade", "2008-09", "2012-03")],
    [("Czech", None, None), ("English", None, "3333"), ("Slovak", None, None), ("German", None, None)],
    [], ["SAP FI/CO", "MS Excel", "Power BI"]))
def d135(path):
    d = new_docx(10.5)
    d.add_heading("Ing. Jan Dvořák", level=1)
    d.add_paragraph("Praha, Czech Republic   ·   jan.dvorak@example.cz   ·   +420 603 555 918   ·   citizen of the Czech Republic")

    def leader(left, right, bold=True):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(left).bold = bold
        p.add_run("\t" + right)
        return p
    d.add_heading("Professional experience", level=2)
    for title, org, dates in [
        ("Head of Budget Planning Department", "Ministry of Defence of the Czech Republic, Prague", "09/2017 – dosud"),
        ("Finance Officer", "Support Division, Armed Forces of the Czech Republic, Prague", "04/2012 – 08/2017"),
        ("Budget Analyst", "4th Rapid Deployment Brigade, Žatec", "09/2008 – 03/2012")]:
        leader(title, dates)
        d.add_paragraph(org)
    d.add_heading("Education", level=2)
    leader("Ing. (Master) – Economics and Management, University of Defence, Brno", "2008", bold=False)
    leader("Bc. (Bachelor) – Economics and Management, University of Defence, Brno", "2006", bold=False)
    leader("General Staff Course (Kurz generálního štábu), University of Defence", "2016", bold=False)
    d.add_heading("Languages", level=2)
    leader("Czech", "native", bold=False)
    leader("English", "STANAG 6001: 3-3-3-3", bold=False)
    leader("Slovak", "fluent", bold=False)
    leader("German", "basic", bold=False)
    d.add_heading("IT", level=2)
    d.add_paragraph("SAP FI/CO, MS Excel, Power BI")
    d.save(path)


# ------------------------------------------------------------------ d136 Romania: CV in Romanian, label/value
# paragraphs per post, "sept. 2017 – până în prezent", Diplomă de licenţă (cedilla ţ) + Diplomă de master, curs de stat major
F = "cv_d136_ro_romana_labelparagraphs_panainprezent_diplomalicenta_cedilla_statmajor_popescu.docx"


@doc(F, cv_label(
    F, "Andreea Popescu", "andreea.popescu@example.ro", "+40 722 555 913", "Romania",
    [("master", "Securitate și apărare", "Universitatea Națională de Apărare „Carol I”", 2015),
     ("bachelor", "Relaţii internaţionale şi studii europene", "Universitatea din Bucureşti", 2010)],
    True,
    [("Ofițer de stat major, Direcția planificare strategică", "Statul Major al Apărării", "2017-09", None),
     ("Analist", "Ministerul Afacerilor Externe", "2011-03", "2017-08")],
    [("Romanian", None, None), ("English", None, "3332"), ("French", "V", None)],
    [], ["MS Office", "ArcGIS"]))
def d136(path):
    d = new_docx(10.5)
    d.add_heading("CURRICULUM VITAE", level=1)
    for lab, val in [("Nume și prenume", "Popescu Andreea"), ("Adresă", "Str. Izvor nr. 13-15, București"),
                     ("Telefon", "+40 722 555 913"), ("E-mail", "andreea.popescu@example.ro"),
                     ("Cetățenie", "română")]:
        p = d.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(val)
    d.add_heading("Experiență profesională", level=2)
    for per, fun, ang, act in [
        ("sept. 2017 – până în prezent", "Ofițer de stat major, Direcția planificare strategică", "Statul Major al Apărării",
         "elaborarea contribuției naționale la procesul de planificare a apărării NATO"),
        ("mart. 2011 – aug. 2017", "Analist", "Ministerul Afacerilor Externe", "analiză politică, Direcția NATO")]:
        for lab, val in [("Perioada", per), ("Funcția", fun), ("Angajator", ang), ("Activități", act)]:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.5)
            p.add_run(lab + ": ").bold = True
            p.add_run(val)
        d.add_paragraph()
    d.add_heading("Educație și formare", level=2)
    d.add_paragraph("2016 – Curs de stat major (curs postuniversitar), Universitatea Națională de Apărare „Carol I”")
    d.add_paragraph("2015 – Diplomă de master, specializarea Securitate și apărare, Universitatea Națională de Apărare „Carol I”")
    d.add_paragraph("2010 – Diplomă de licenţă, specializarea Relaţii internaţionale şi studii europene, Universitatea din Bucureşti")
    d.add_heading("Limbi străine", level=2)
    d.add_paragraph("Limba maternă: română")
    d.add_paragraph("Engleză – STANAG 6001 nivel 3-3-3-2")
    d.add_paragraph("Franceză – C1")
    d.add_heading("Competențe digitale", level=2)
    d.add_paragraph("MS Office, ArcGIS")
    d.save(path)


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, fn, _ in DOCS:
        fn(os.path.join(CVS, file))
    return DOCS
