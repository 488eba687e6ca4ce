"""DOCX CVs of corpus 21 (d143-d148). Each builder writes its document; the label beside it is hand-written.
build.py writes every label first, then the documents. Theme: ordinary Word CVs as applicants send them."""
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import CVS, cv_label, docx_table, new_docx

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def no_borders(table):
    pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    pr.append(b)


def bottom_rule(p, color="1F3864"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "8")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def head(d, text, size=12, color=(0x1F, 0x38, 0x64), rule=True):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(*color)
    if rule:
        bottom_rule(p)
    return p


def line(d, text, bold=False, italic=False, size=None, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(1)
    return p


def tabbed(d, left, right, bold=True, width_cm=17):
    """Title left, dates at a right tab stop (the usual Word way)."""
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left)
    r.bold = bold
    p.add_run("\t" + right)
    p.paragraph_format.space_after = Pt(0)
    return p


def bullets(d, items):
    for it in items:
        p = d.add_paragraph(it, style="List Bullet")
        p.paragraph_format.space_after = Pt(0)


# ------------------------------------------------------------------ d143 United Kingdom: civil servant's Word CV with
# a two-column header (name and grade left, contacts right, in a borderless table), reverse-chronological posts with
# dates at a right tab, "Present", BA (Hons) 2:1 and MA; French B2 only (English not listed)
F = "cv_d143_uk_civilservant_twocolheadertable_righttabdates_present_bahons_ma_holroyd.docx"


@doc(F, cv_label(
    F, "Rebecca Holroyd", "rebecca.holroyd@example.co.uk", "+44 7700 555 218", "United Kingdom",
    [("master", "War Studies", "King's College London", 2014),
     ("bachelor", "History and Politics", "University of Leeds", 2013)],
    False,
    [("Senior Policy Adviser", "Ministry of Defence", "2021-04", None),
     ("Policy Officer", "Foreign and Commonwealth Office", "2017-09", "2021-03"),
     ("Higher Executive Officer", "Cabinet Office", "2014-09", "2017-08")],
    [("French", "IV", None), ("German", None, None)],
    [], []))
def d143(path):
    d = new_docx(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    a, b = t.cell(0, 0), t.cell(0, 1)
    a.text = ""
    r = a.paragraphs[0].add_run("Rebecca Holroyd")
    r.bold = True
    r.font.size = Pt(20)
    a.add_paragraph("Senior Policy Adviser (Grade 7)")
    b.text = ""
    for k, ln in enumerate(["London, United Kingdom", "+44 7700 555 218", "rebecca.holroyd@example.co.uk",
                            "British citizen | Security clearance: DV"]):
        p = b.paragraphs[0] if k == 0 else b.add_paragraph()
        p.add_run(ln)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head(d, "Profile")
    line(d, "Civil servant with twelve years in security and defence policy across three departments, most "
            "recently leading UK policy on NATO's eastern flank for the Ministry of Defence.")
    head(d, "Career history")
    tabbed(d, "Senior Policy Adviser", "Apr 2021 – Present")
    line(d, "Ministry of Defence, International Policy and Plans, London", italic=True)
    bullets(d, ["Lead adviser on NATO deterrence and defence posture on the eastern flank",
                "Drafted ministerial submissions and the UK input to the NATO Summit declarations",
                "Line-managed two Senior Executive Officers"])
    tabbed(d, "Policy Officer", "Sep 2017 – Mar 2021")
    line(d, "Foreign and Commonwealth Office, Security Policy Department, London", italic=True)
    bullets(d, ["Covered NATO–EU cooperation and arms control; UK delegate to working-level meetings"])
    tabbed(d, "Higher Executive Officer", "Sep 2014 – Aug 2017")
    line(d, "Cabinet Office, National Security Secretariat, London", italic=True)
    bullets(d, ["Secretariat support to the National Security Council; crisis coordination (COBR)"])
    head(d, "Education")
    tabbed(d, "MA War Studies – King's College London", "2014")
    tabbed(d, "BA (Hons) History and Politics, 2:1 – University of Leeds", "2013")
    head(d, "Languages")
    line(d, "French – B2 (CEFR); German – A2")
    head(d, "Interests")
    line(d, "Fell running; volunteer with the Royal British Legion since 2015.")
    d.save(path)


# ------------------------------------------------------------------ d144 Germany: Beamtin's CV in English, Word
# headings with bullets, dates bold on their own line "since 04/2018", German body names (BAAINBw's official name
# contains commas: the whole name is the body), First State Examination in law (master), Abitur
F = "cv_d144_de_beamtin_english_datelinefirst_since_germanbodynames_ersteresstaatsexamen_abitur_wendt.docx"


@doc(F, cv_label(
    F, "Katharina Wendt", "k.wendt@example.de", "+49 151 555 60 73", "Germany",
    [("master", "Law", "Humboldt-Universität zu Berlin", 2012),
     ("secondary", None, "Goethe-Gymnasium Kassel", 2006)],
    False,
    [("Desk Officer for NATO Policy", "Bundesministerium der Verteidigung (BMVg)", "2018-04", None),
     ("Desk Officer for Procurement Law",
      "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw)", "2014-10", "2018-03"),
     ("Legal Clerk", "Kammergericht Berlin", "2012-09", "2014-08")],
    [("German", None, None), ("English", "V", None), ("French", "IV", None)],
    [], []))
def d144(path):
    d = new_docx(11)
    p = d.add_paragraph()
    r = p.add_run("Katharina Wendt")
    r.bold = True
    r.font.size = Pt(18)
    line(d, "Regierungsdirektorin  ·  Berlin, Germany  ·  German citizen")
    line(d, "Mobile +49 151 555 60 73  ·  k.wendt@example.de")
    head(d, "Professional Experience", color=(0x40, 0x40, 0x40))
    line(d, "since 04/2018", bold=True)
    line(d, "Desk Officer for NATO Policy – Bundesministerium der Verteidigung (BMVg), Division Politik II, Berlin")
    bullets(d, ["Prepares German positions for the NATO Defence Policy and Planning Committee",
                "Coordinates with the Federal Foreign Office on NATO enlargement and partnerships"])
    line(d, "10/2014 – 03/2018", bold=True)
    line(d, "Desk Officer for Procurement Law – Bundesamt für Ausrüstung, Informationstechnik und Nutzung der "
            "Bundeswehr (BAAINBw), Koblenz")
    bullets(d, ["Legal review of major procurement contracts, incl. NSPA and OCCAR cooperation agreements",
                "Represented the Office in review proceedings before the Federal Cartel Office"])
    line(d, "09/2012 – 08/2014", bold=True)
    line(d, "Legal Clerk (Rechtsreferendarin) – Kammergericht Berlin")
    bullets(d, ["Stations at the Federal Foreign Office and at a law firm in Brussels"])
    head(d, "Education", color=(0x40, 0x40, 0x40))
    line(d, "2014   Second State Examination in Law (Zweites Juristisches Staatsexamen), Berlin")
    line(d, "2012   First State Examination in Law (Erste Juristische Prüfung), Humboldt-Universität zu Berlin")
    line(d, "2006   Abitur, Goethe-Gymnasium Kassel")
    head(d, "Languages", color=(0x40, 0x40, 0x40))
    bullets(d, ["German – native", "English – fluent (C1)", "French – good (B2, DELF)"])
    head(d, "Further Training", color=(0x40, 0x40, 0x40))
    line(d, "2019  Senior Course on Security Policy, Federal Academy for Security Policy (BAKS), Berlin")
    line(d, "Berlin, 30 November 2026", italic=True)
    d.save(path)


# ------------------------------------------------------------------ d145 Poland: officer's Word CV with a postings
# table (Period | Post | Unit | Rank), "06.2021 – obecnie", Polish unit names, Akademia Sztuki Wojennej staff
# course (staff college), magister from the Land Forces academy, two SLPs
F = "cv_d145_pl_officer_postingstable_periodpostunitrank_obecnie_polishunits_asw_magister_slp_jablonski.docx"


@doc(F, cv_label(
    F, "Marcin Jabłoński", "marcin.jablonski@example.pl", "+48 601 555 384", "Poland",
    [("master", "Management and Command", "Akademia Wojsk Lądowych", 2009)],
    True,
    [("Chief of Planning Branch", "Dowództwo Operacyjne Rodzajów Sił Zbrojnych", "2021-06", None),
     ("Staff Officer J3", "Headquarters Multinational Corps Northeast", "2019-09", "2021-05"),
     ("Battalion Operations Officer (S3)", "12 Brygada Zmechanizowana", "2015-08", "2019-08"),
     ("Company Commander", "2 Pułk Rozpoznawczy", "2012-08", "2015-07"),
     ("Platoon Commander", "2 Pułk Rozpoznawczy", "2009-08", "2012-07")],
    [("Polish", None, None), ("English", None, "3332"), ("German", None, "2221")],
    [], []))
def d145(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("CURRICULUM VITAE")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_table(d, [["Name", "Marcin Jabłoński"],
                   ["Rank", "Lieutenant Colonel (ppłk), OF-4"],
                   ["Nationality", "Polish"],
                   ["Phone / e-mail", "+48 601 555 384 / marcin.jablonski@example.pl"],
                   ["Date of birth", "21.03.1985"]], style="Table Grid")
    head(d, "SERVICE RECORD", size=11)
    docx_table(d, [["Period", "Post", "Unit / Institution", "Rank"],
                   ["06.2021 – obecnie", "Chief of Planning Branch", "Dowództwo Operacyjne Rodzajów Sił Zbrojnych, Warsaw", "ppłk"],
                   ["09.2019 – 05.2021", "Staff Officer J3", "Headquarters Multinational Corps Northeast, Szczecin", "mjr"],
                   ["08.2015 – 08.2019", "Battalion Operations Officer (S3)", "12 Brygada Zmechanizowana, Szczecin", "kpt / mjr"],
                   ["08.2012 – 07.2015", "Company Commander", "2 Pułk Rozpoznawczy, Hrubieszów", "kpt"],
                   ["08.2009 – 07.2012", "Platoon Commander", "2 Pułk Rozpoznawczy, Hrubieszów", "ppor / por"]],
               style="Table Grid", bold_first_row=True)
    head(d, "OPERATIONAL DEPLOYMENTS", size=11)
    line(d, "2013 (6 months): PKW Afganistan, Ghazni – reconnaissance platoon (within Company Commander post)")
    head(d, "EDUCATION", size=11)
    line(d, "2018 – 2019  Operational-Level Staff Course, Akademia Sztuki Wojennej (War Studies University), Warsaw")
    line(d, "2004 – 2009  Akademia Wojsk Lądowych, Wrocław – magister (MA) in Management and Command")
    head(d, "LANGUAGES", size=11)
    line(d, "Polish – native")
    line(d, "English – STANAG 6001 SLP 3332 (2022)")
    line(d, "German – STANAG 6001 SLP 2221 (2017)")
    head(d, "DECORATIONS", size=11)
    line(d, "Brązowy Medal „Siły Zbrojne w Służbie Ojczyzny” (2016); NATO Non-Article 5 Medal (ISAF)")
    d.save(path)


# ------------------------------------------------------------------ d146 Greece: civil servant of the Hellenic MoD,
# Word CV in English, "02/2016 – to date", Ptychio + MSc, Certificate of Proficiency (C2), bullets per post
F = "cv_d146_gr_civilservant_mod_todate_ptychio_msc_proficiencyc2_bulletedposts_tsakiri.docx"


@doc(F, cv_label(
    F, "Eleni Tsakiri", "e.tsakiri@example.gr", "+30 694 555 1207", "Greece",
    [("master", "Banking and Financial Management", "University of Piraeus", 2010),
     ("bachelor", "Economics", "University of Piraeus", 2008)],
    False,
    [("Budget Officer", "Hellenic Ministry of National Defence", "2016-02", None),
     ("Credit Risk Analyst", "Eurobank Ergasias S.A.", "2010-10", "2016-01")],
    [("Greek", None, None), ("English", "VI", None), ("French", "IV", None)],
    [], ["SAP", "MS Excel", "EViews"]))
def d146(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    r = p.add_run("ELENI TSAKIRI")
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor(0x0B, 0x53, 0x94)
    line(d, "Athens, Greece | +30 694 555 1207 | e.tsakiri@example.gr | Nationality: Greek")
    head(d, "WORK EXPERIENCE", color=(0x0B, 0x53, 0x94))
    line(d, "02/2016 – to date", bold=True)
    line(d, "Budget Officer, Hellenic Ministry of National Defence, General Directorate for Economic Planning and "
            "Resources, Athens")
    bullets(d, ["Preparation and monitoring of the annual defence budget (EUR 4.5 bn)",
                "Greek national contributions to the NATO common-funded budgets (civil, military, NSIP)",
                "Member of the Greek delegation to the NATO Budget Committee (2022–2024)"])
    line(d, "10/2010 – 01/2016", bold=True)
    line(d, "Credit Risk Analyst, Eurobank Ergasias S.A., Athens")
    bullets(d, ["Corporate credit analysis; stress testing under the ECB Comprehensive Assessment"])
    head(d, "EDUCATION", color=(0x0B, 0x53, 0x94))
    line(d, "2010  MSc in Banking and Financial Management, University of Piraeus")
    line(d, "2008  Ptychio (Bachelor) in Economics, University of Piraeus")
    head(d, "LANGUAGES", color=(0x0B, 0x53, 0x94))
    line(d, "Greek: mother tongue")
    line(d, "English: C2 – Certificate of Proficiency in English (University of Michigan)")
    line(d, "French: B2 – DELF B2")
    head(d, "IT SKILLS", color=(0x0B, 0x53, 0x94))
    line(d, "SAP, MS Excel (advanced, VBA), EViews")
    d.save(path)


# ------------------------------------------------------------------ d147 Canada: federal public servant (DND), Word CV
# in English with a short French summary at the top ("Sommaire"), ISO months "2020-06 – present", Quebec
# "Baccalauréat" (bachelor) and "Maîtrise" (master), Second Language Evaluation result "CBC" (no NATO/CEFR level)
F = "cv_d147_ca_publicservant_frenchsommaire_isomonths_present_baccalaureat_maitrise_slecbc_bergeron.docx"


@doc(F, cv_label(
    F, "Marie-Ève Bergeron", "me.bergeron@example.ca", "+1 613 555 0148", "Canada",
    [("master", "science politique", "Université de Montréal", 2016),
     ("bachelor", "relations internationales et droit international", "Université du Québec à Montréal", 2014)],
    False,
    [("Senior Policy Analyst", "Department of National Defence", "2020-06", None),
     ("Policy Analyst", "Global Affairs Canada", "2016-09", "2020-05"),
     ("Research Assistant", "Université du Québec à Montréal", "2014-05", "2016-08")],
    [("French", None, None), ("English", None, None), ("Spanish", None, None)],
    [], []))
def d147(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    r = p.add_run("Marie-Ève Bergeron")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("Ottawa (Ontario)  •  +1 613 555 0148  •  me.bergeron@example.ca  •  Canadian citizen")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head(d, "Sommaire")
    line(d, "Analyste principale des politiques au ministère de la Défense nationale depuis 2020, spécialisée dans "
            "les questions OTAN et la sécurité euro-atlantique. Dix ans d'expérience dans la fonction publique "
            "fédérale et en recherche universitaire.", italic=True)
    head(d, "Employment")
    tabbed(d, "Senior Policy Analyst (EC-06)", "2020-06 – present")
    line(d, "Department of National Defence, Director General International Security Policy, Ottawa")
    bullets(d, ["Canadian policy lead on the NATO Defence Planning Process and burden-sharing reporting",
                "Prepared the Minister for NATO Defence Ministers' Meetings"])
    tabbed(d, "Policy Analyst (EC-04)", "2016-09 – 2020-05")
    line(d, "Global Affairs Canada, International Security Policy Bureau, Ottawa")
    bullets(d, ["Canadian contributions to the NATO Enhanced Forward Presence in Latvia"])
    tabbed(d, "Research Assistant", "2014-05 – 2016-08")
    line(d, "Université du Québec à Montréal, Centre d'études sur la paix et la sécurité internationale")
    head(d, "Education")
    tabbed(d, "Maîtrise en science politique (M.A.) – Université de Montréal", "2016")
    tabbed(d, "Baccalauréat en relations internationales et droit international (B.A.) – Université du Québec à "
              "Montréal", "2014", width_cm=17)
    head(d, "Languages")
    line(d, "French – first official language")
    line(d, "English – Second Language Evaluation (Public Service Commission): CBC (reading C, writing B, oral C), 2023")
    line(d, "Spanish – intermediate")
    d.save(path)


# ------------------------------------------------------------------ d148 Finland: a Word template with a shaded left
# column (contacts, languages, IT) and the career in the right column (one table, two cells), "08/2019 – present",
# Finnish ministries by their Finnish names, VTK / VTM degrees, civil service Swedish (no level)
F = "cv_d148_fi_wordtemplate_shadedleftcolumn_present_finnishministrynames_vtk_vtm_virkamiesruotsi_heinonen.docx"


@doc(F, cv_label(
    F, "Sanna Heinonen", "sanna.heinonen@example.fi", "+358 40 555 7731", "Finland",
    [("master", "Political Science", "University of Helsinki", 2012),
     ("bachelor", "Political Science", "University of Helsinki", 2010)],
    False,
    [("Senior Specialist", "Puolustusministeriö", "2019-08", None),
     ("Desk Officer", "Ulkoministeriö", "2015-09", "2019-07"),
     ("Monitor", "EU Monitoring Mission in Georgia (EUMM)", "2013-04", "2015-08")],
    [("Finnish", None, None), ("Swedish", None, None), ("English", "VI", None), ("French", None, None),
     ("Russian", None, None)],
    [], ["Microsoft 365", "Power BI", "ArcGIS"]))
def d148(path):
    d = new_docx(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.5)
        s.top_margin = Cm(1.5)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width, right.width = Cm(5.5), Cm(12.5)
    shade(left, "DCE6F0")

    def cl(cell, text, bold=False, size=None, first=False):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    cl(left, "CONTACT", bold=True, first=True)
    for x in ["Helsinki, Finland", "+358 40 555 7731", "sanna.heinonen@example.fi", "Finnish citizen", ""]:
        cl(left, x)
    cl(left, "LANGUAGES", bold=True)
    for x in ["Finnish – native", "Swedish – civil service Swedish (virkamiesruotsi), satisfactory",
              "English – C2", "French – B1", "Russian – A2", ""]:
        cl(left, x)
    cl(left, "IT", bold=True)
    for x in ["Microsoft 365", "Power BI", "ArcGIS"]:
        cl(left, x)
    cl(right, "Sanna Heinonen", bold=True, size=20, first=True)
    cl(right, "Senior Specialist, security and defence policy")
    cl(right, "")
    cl(right, "WORK EXPERIENCE", bold=True, size=12)
    cl(right, "08/2019 – present", bold=True)
    cl(right, "Senior Specialist – Puolustusministeriö (Ministry of Defence), Defence Policy Department")
    cl(right, "• Finland's NATO accession process (2022–2023) and follow-up of NATO's force structure")
    cl(right, "• Preparation of the Government's Defence Report")
    cl(right, "09/2015 – 07/2019", bold=True)
    cl(right, "Desk Officer – Ulkoministeriö (Ministry for Foreign Affairs), Unit for Security Policy")
    cl(right, "• OSCE and arms-control questions; Finnish chairmanship of the Arctic Council")
    cl(right, "04/2013 – 08/2015", bold=True)
    cl(right, "Monitor – EU Monitoring Mission in Georgia (EUMM), Field Office Gori")
    cl(right, "• Seconded by the Crisis Management Centre Finland (CMC Finland)")
    cl(right, "")
    cl(right, "EDUCATION", bold=True, size=12)
    cl(right, "2012  Master of Social Sciences (VTM), Political Science – University of Helsinki")
    cl(right, "2010  Bachelor of Social Sciences (VTK), Political Science – University of Helsinki")
    cl(right, "")
    cl(right, "COURSES", bold=True, size=12)
    cl(right, "2020  National Defence Course (Maanpuolustuskurssi) 236, National Defence University")
    d.save(path)


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, fn, _ in DOCS:
        fn(os.path.join(CVS, file))
    return DOCS
