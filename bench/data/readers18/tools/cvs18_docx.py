"""DOCX CVs of corpus 18 (d125-d130). Each builder writes its document; the label beside it is hand-written.
build.py writes every label first, then the documents."""
import os

from docx.shared import Pt

from common import CVS, cv_label, docx_table, new_docx

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


# ------------------------------------------------------------------ d125 Slovakia: the whole CV is one ruled table
# grid (section label cell left, content cell right, a row per item), "od 02/2019 – súčasnosť" written in English
@doc("cv_d125_sk_wholecvtablegrid_rowperitem_sofar_ing_bc_novakova.docx", cv_label(
    "cv_d125_sk_wholecvtablegrid_rowperitem_sofar_ing_bc_novakova.docx",
    "Zuzana Nováková", "zuzana.novakova@example.sk", "+421 905 555 472", "Slovakia",
    [("master", "Logistics Management", "Armed Forces Academy of General Milan Rastislav Štefánik", 2012),
     ("bachelor", "Transport Logistics", "University of Žilina", 2010)],
    False,
    [("Head of Supply Section", "Logistics Support Command of the Armed Forces of the Slovak Republic", "2019-02", None),
     ("Supply Officer", "Logistics Support Command of the Armed Forces of the Slovak Republic", "2015-07", "2019-01"),
     ("Procurement Specialist", "U.S. Steel Košice", "2012-09", "2015-06")],
    [("Slovak", None, None), ("English", None, "3332"), ("German", "IV", None)],
    [], ["SAP MM", "MS Excel"]))
def d125(path):
    d = new_docx(10)
    d.add_heading("Zuzana Nováková – Curriculum Vitae", level=1)
    rows = [("Contact", "Trnavská 8, 821 08 Bratislava\n+421 905 555 472\nzuzana.novakova@example.sk"),
            ("Nationality", "Slovak"),
            ("Work experience", "02/2019 – so far\nHead of Supply Section\nLogistics Support Command of the Armed "
                                "Forces of the Slovak Republic\nSupply chain for the Slovak contingent of the eFP "
                                "battlegroup in Latvia."),
            ("", "07/2015 – 01/2019\nSupply Officer\nLogistics Support Command of the Armed Forces of the Slovak "
                 "Republic"),
            ("", "09/2012 – 06/2015\nProcurement Specialist\nU.S. Steel Košice"),
            ("Education", "2012  Ing. (Master) – Logistics Management\nArmed Forces Academy of General Milan "
                          "Rastislav Štefánik"),
            ("", "2010  Bc. (Bachelor) – Transport Logistics\nUniversity of Žilina"),
            ("Languages", "Slovak – mother tongue\nEnglish – STANAG 6001 SLP 3-3-3-2\nGerman – B2"),
            ("IT skills", "SAP MM, MS Excel"),
            ("Driving licence", "B, C")]
    docx_table(d, rows)
    d.save(path)


# ------------------------------------------------------------------ d126 Finland: tab-stopped Finnish dates "3/2019–"
# (open dash), reserve officer post alongside, M.Sc. (Tech.), reserve officer course is no staff college
@doc("cv_d126_fi_english_tabdates_finnishopendash_reserve_msctech_virtanen.docx", cv_label(
    "cv_d126_fi_english_tabdates_finnishopendash_reserve_msctech_virtanen.docx",
    "Jussi Virtanen", "jussi.virtanen@example.fi", "+358 40 555 8812", "Finland",
    [("master", "Industrial Engineering and Management", "Aalto University", 2010),
     ("bachelor", "Industrial Engineering and Management", "Aalto University", 2008)],
    False,
    [("Senior Project Manager", "Patria Aviation Oy", "2019-03", None),
     ("Platoon Leader (reserve)", "Guard Jaeger Regiment", "2014-06", None),
     ("Project Engineer", "Insta DefSec Oy", "2010-08", "2019-02")],
    [("Finnish", None, None), ("Swedish", "IV", None), ("English", "VI", None)],
    [], ["MS Project", "SAP PS", "Primavera P6"]))
def d126(path):
    d = new_docx()
    p = d.add_paragraph()
    run = p.add_run("JUSSI VIRTANEN")
    run.bold = True
    run.font.size = Pt(18)
    d.add_paragraph("Espoo, Finland · +358 40 555 8812 · jussi.virtanen@example.fi · Finnish citizen")
    d.add_heading("Work experience", level=2)
    for dates, title, org, text in [
            ("3/2019–", "Senior Project Manager", "Patria Aviation Oy", "Maintenance programmes for the F/A-18 and "
                                                                        "the F-35 transition."),
            ("6/2014–", "Platoon Leader (reserve)", "Guard Jaeger Regiment", "Reserve officer, refresher exercises "
                                                                             "about two weeks a year."),
            ("8/2010–2/2019", "Project Engineer", "Insta DefSec Oy", "Integration of C4 systems.")]:
        para = d.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Pt(90))
        para.add_run(dates + "\t")
        para.add_run(title).bold = True
        para.add_run(", " + org)
        d.add_paragraph("\t" + text)
    d.add_heading("Education", level=2)
    d.add_paragraph("2010\tMaster of Science (Tech.), Industrial Engineering and Management, Aalto University")
    d.add_paragraph("2008\tBachelor of Science (Tech.), Industrial Engineering and Management, Aalto University")
    d.add_paragraph("2006\tReserve Officer Course, Reserve Officer School, Hamina")
    d.add_heading("Languages", level=2)
    d.add_paragraph("Finnish native · Swedish B2 · English C2")
    d.add_heading("Software", level=2)
    d.add_paragraph("MS Project, SAP PS, Primavera P6")
    d.save(path)


# ------------------------------------------------------------------ d127 Canada: functional résumé (skills summary and
# achievements first, a short employment list last with "2016 - Present"), CD and rank letters after the name
@doc("cv_d127_ca_functional_skillsfirst_employmentlast_present_ba_ma_macdonald.docx", cv_label(
    "cv_d127_ca_functional_skillsfirst_employmentlast_present_ba_ma_macdonald.docx",
    "Fiona MacDonald", "fiona.macdonald@example.ca", "+1 613 555 0148", "Canada",
    [("master", "War Studies", "Royal Military College of Canada", 2015),
     ("bachelor", "Political Science", "Dalhousie University", 2006)],
    False,
    [("Senior Policy Analyst", "Department of National Defence, Policy Group", "2016-04", None),
     ("Intelligence Officer", "Canadian Armed Forces", "2006-09", "2016-03")],
    [("English", None, None), ("French", None, None)],
    [], ["Analyst's Notebook", "ArcGIS", "SharePoint"]))
def d127(path):
    d = new_docx()
    d.add_heading("Fiona MacDonald, CD", level=0)
    d.add_paragraph("Ottawa, ON · fiona.macdonald@example.ca · +1 613 555 0148 · Canadian citizen")
    d.add_heading("Profile", level=1)
    d.add_paragraph("Defence policy analyst and former intelligence officer with 18 years of service to Canada's "
                    "defence team; bilingual (English/French).")
    d.add_heading("Core competencies", level=1)
    for i in ["Strategic analysis of Euro-Atlantic security", "NATO force posture and deterrence policy",
              "Briefing senior leadership", "Team leadership in deployed headquarters"]:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("Selected achievements", level=1)
    for i in ["Drafted Canada's input to the NATO regional plans for the Baltic region.",
              "Led the all-source intelligence cell of a Canadian task force in Latvia (6 months, 2019)."]:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("Employment history", level=1)
    d.add_paragraph("Senior Policy Analyst, Department of National Defence, Policy Group — April 2016 - Present")
    d.add_paragraph("Intelligence Officer, Canadian Armed Forces — September 2006 - March 2016")
    d.add_heading("Education", level=1)
    d.add_paragraph("MA, War Studies — Royal Military College of Canada, 2015")
    d.add_paragraph("BA (Honours), Political Science — Dalhousie University, 2006")
    d.add_heading("Languages", level=1)
    d.add_paragraph("English (first official language); French: Second Language Evaluation CBC")
    d.add_heading("Tools", level=1)
    d.add_paragraph("Analyst's Notebook, ArcGIS, SharePoint")
    d.save(path)


# ------------------------------------------------------------------ d128 Albania: Word table with the dates in a narrow
# right-hand column ("Jan 2021 – present"), contacts in a right-aligned block, Master of Science and Bachelor
@doc("cv_d128_al_datesrightcolumn_table_present_msc_bachelor_krasniqi.docx", cv_label(
    "cv_d128_al_datesrightcolumn_table_present_msc_bachelor_krasniqi.docx",
    "Arben Krasniqi", "arben.krasniqi@example.al", "+355 68 555 9034", "Albania",
    [("master", "Telecommunications Engineering", "Polytechnic University of Tirana", 2013),
     ("bachelor", "Electronic Engineering", "Polytechnic University of Tirana", 2011)],
    False,
    [("CIS Security Officer", "Albanian Armed Forces, Support Command", "2021-01", None),
     ("Network Administrator", "Albtelecom", "2016-05", "2020-12"),
     ("Technical Support Engineer", "Vodafone Albania", "2013-10", "2016-04")],
    [("Albanian", None, None), ("English", "V", None), ("Italian", "IV", None)],
    [], ["Cisco", "Fortinet", "Windows Server"]))
def d128(path):
    d = new_docx()
    p = d.add_paragraph()
    p.alignment = 2
    p.add_run("ARBEN KRASNIQI\n").bold = True
    p.add_run("Rruga e Elbasanit 45, Tirana\n+355 68 555 9034\narben.krasniqi@example.al\nNationality: Albanian")
    d.add_heading("Experience", level=2)
    docx_table(d, [("CIS Security Officer\nAlbanian Armed Forces, Support Command\nAccreditation of CIS, "
                    "INFOSEC inspections", "Jan 2021 – present"),
                   ("Network Administrator\nAlbtelecom", "May 2016 – Dec 2020"),
                   ("Technical Support Engineer\nVodafone Albania", "Oct 2013 – Apr 2016")], style=None)
    d.add_heading("Education", level=2)
    docx_table(d, [("Master of Science – Telecommunications Engineering\nPolytechnic University of Tirana", "2013"),
                   ("Bachelor – Electronic Engineering\nPolytechnic University of Tirana", "2011")], style=None)
    d.add_heading("Languages", level=2)
    d.add_paragraph("Albanian – native; English – C1; Italian – B2")
    d.add_heading("Technical skills", level=2)
    d.add_paragraph("Cisco, Fortinet, Windows Server")
    d.save(path)


# ------------------------------------------------------------------ d129 Norway: posts as a four-column table
# Employer | Position | From | To with the To cell empty for the current post, "Cand.mag."/"Master" degrees
@doc("cv_d129_no_employerpositionfromto_table_emptyto_master_haugen.docx", cv_label(
    "cv_d129_no_employerpositionfromto_table_emptyto_master_haugen.docx",
    "Ingrid Haugen", "ingrid.haugen@example.no", "+47 915 55 732", "Norway",
    [("master", "Public Administration", "University of Bergen", 2012),
     ("bachelor", "Economics", "Norwegian School of Economics (NHH)", 2009)],
    False,
    [("Senior Adviser, Budget", "Norwegian Defence Materiel Agency", "2018-01", None),
     ("Adviser", "Norwegian Ministry of Finance", "2012-08", "2017-12"),
     ("Trainee", "DNB ASA", "2009-08", "2010-06")],
    [("Norwegian", None, None), ("English", "VI", None), ("French", "IV", None)],
    [], ["SAP FI/CO", "Excel", "Power BI"]))
def d129(path):
    d = new_docx()
    d.add_heading("Ingrid Haugen", level=1)
    d.add_paragraph("Bergen, Norway | ingrid.haugen@example.no | +47 915 55 732 | Norwegian citizen")
    d.add_heading("Work experience", level=2)
    docx_table(d, [("Employer", "Position", "From", "To"),
                   ("Norwegian Defence Materiel Agency", "Senior Adviser, Budget", "01.2018", ""),
                   ("Norwegian Ministry of Finance", "Adviser", "08.2012", "12.2017"),
                   ("DNB ASA", "Trainee", "08.2009", "06.2010")], bold_first_row=True)
    d.add_heading("Education", level=2)
    docx_table(d, [("Institution", "Degree", "Year"),
                   ("University of Bergen", "Master in Public Administration", "2012"),
                   ("Norwegian School of Economics (NHH)", "Bachelor in Economics", "2009")], bold_first_row=True)
    d.add_heading("Languages", level=2)
    d.add_paragraph("Norwegian (native), English (C2), French (B2)")
    d.add_heading("IT", level=2)
    d.add_paragraph("SAP FI/CO, Excel, Power BI")
    d.save(path)


# ------------------------------------------------------------------ d130 Slovenia: CV in Slovenian ("Življenjepis"),
# "od 2017 do danes", magistrica/diplomirana (Bologna 2nd/1st cycle), "državljanstvo: slovensko"
@doc("cv_d130_si_slovenscina_oddodanes_magistrica_diplomirana_zupancic.docx", cv_label(
    "cv_d130_si_slovenscina_oddodanes_magistrica_diplomirana_zupancic.docx",
    "Tina Zupančič", "tina.zupancic@example.si", "+386 31 555 648", "Slovenia",
    [("master", "Communication Studies", "Fakulteta za družbene vede, Univerza v Ljubljani", 2013),
     ("bachelor", "Journalism", "Fakulteta za družbene vede, Univerza v Ljubljani", 2010)],
    False,
    [("Svetovalka za odnose z javnostmi", "Ministrstvo za obrambo Republike Slovenije", "2017-03", None),
     ("Novinarka", "Radiotelevizija Slovenija (RTV SLO)", "2013-09", "2017-02")],
    [("Slovenian", None, None), ("English", "V", None), ("Italian", "IV", None)],
    [], ["Adobe Premiere Pro", "Canva", "Meltwater"]))
def d130(path):
    d = new_docx()
    d.add_heading("Življenjepis", level=1)
    d.add_paragraph("Tina Zupančič")
    d.add_paragraph("Naslov: Celovška cesta 98, 1000 Ljubljana\nTelefon: +386 31 555 648\n"
                    "E-pošta: tina.zupancic@example.si\nDržavljanstvo: slovensko")
    d.add_heading("Delovne izkušnje", level=2)
    d.add_paragraph("od marca 2017 do danes").runs[0].italic = True
    d.add_paragraph().add_run("Svetovalka za odnose z javnostmi – Ministrstvo za obrambo Republike Slovenije").bold = True
    d.add_paragraph("Odnosi z mediji, komuniciranje o sodelovanju Slovenije v Natu in EU.")
    d.add_paragraph("od septembra 2013 do februarja 2017").runs[0].italic = True
    d.add_paragraph().add_run("Novinarka – Radiotelevizija Slovenija (RTV SLO)").bold = True
    d.add_heading("Izobraževanje", level=2)
    d.add_paragraph("2013 – magistrica komunikologije (Communication Studies), Fakulteta za družbene vede, "
                    "Univerza v Ljubljani")
    d.add_paragraph("2010 – diplomirana novinarka (Journalism, 1. bolonjska stopnja), Fakulteta za družbene vede, "
                    "Univerza v Ljubljani")
    d.add_heading("Jeziki", level=2)
    d.add_paragraph("slovenščina – materni jezik\nangleščina – C1\nitalijanščina – B2")
    d.add_heading("Računalniška znanja", level=2)
    d.add_paragraph("Adobe Premiere Pro, Canva, Meltwater")
    d.save(path)


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, fn, _ in DOCS:
        fn(os.path.join(CVS, file))
    return DOCS
