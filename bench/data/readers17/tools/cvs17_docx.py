"""DOCX CVs of corpus 17 (d118-d124). Each builder writes its document; the label beside it is hand-written."""
import os
from xml.sax.saxutils import escape

from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Pt

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def paras(d, lines):
    for ln in lines:
        if ln.startswith("#"):
            d.add_heading(ln.lstrip("# "), level=2)
        elif ln.startswith("* "):
            d.add_paragraph(ln[2:], style="List Bullet")
        elif ln.startswith("**"):
            d.add_paragraph().add_run(ln[2:]).bold = True
        else:
            d.add_paragraph(ln)


def header_lines(d, lines, footer=None):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = lines[0]
    for ln in lines[1:]:
        sec.header.add_paragraph(ln)
    if footer:
        sec.footer.paragraphs[0].text = footer


def vml_textbox(d, lines):
    """A floating VML text box (Word 'Simple Text Box') anchored in the first paragraph."""
    ps = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>' for ln in lines)
    xml = ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:r><w:pict><v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:310pt;margin-top:0;width:170pt;height:90pt;z-index:1" '
           'strokecolor="#999999"><v:textbox><w:txbxContent>' + ps +
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.insert(0, parse_xml(xml))


# ------------------------------------------------------------------ d118 Romania: Word two-column CV template (one
# borderless table: left narrow column with dates and section names, right column content), contacts in page header
F = "cv_d118_ro_wordtwocoltemplate_headercontacts_present_licenta_slp_constantinescu.docx"


@doc(F, cv_label(F, "Andrei Constantinescu", "andrei.constantinescu@example.ro", "+40 722 555 613", "Romania",
                 [("master", "Security Studies", "\"Carol I\" National Defence University", 2015),
                  ("bachelor", "Automatic Control and Computer Science",
                   "Politehnica University of Bucharest", 2009)],
                 True,
                 [("Communications and Information Systems Staff Officer", "Romanian General Staff", "2020-06", None),
                  ("Head of CIS Section", "Multinational Division South-East (MND-SE)", "2017-08", "2020-05"),
                  ("CIS Officer", "2nd Infantry Division \"Getica\"", "2009-08", "2017-07")],
                 [("Romanian", None, None), ("English", None, "3333"), ("French", None, "2221")],
                 [], ["Cisco IOS", "VMware vSphere", "MS Office"]))
def d118(path):
    d = new_docx()
    header_lines(d, ["ANDREI CONSTANTINESCU",
                     "Str. Mihai Eminescu 82, Bucharest  |  +40 722 555 613  |  andrei.constantinescu@example.ro"],
                 footer="Curriculum Vitae – Andrei Constantinescu – page 1")
    rows = [["PERSONAL", "Date of birth: 23.06.1986\nNationality: Romanian\nRank: Lieutenant Colonel (OF-4)"],
            ["PROFILE", "CIS staff officer with 15 years of service in Romanian Land Forces and in a NATO Force "
                        "Structure headquarters."],
            ["EXPERIENCE", ""],
            ["Jun 2020 – Present", "Communications and Information Systems Staff Officer\nRomanian General Staff, Bucharest\n"
                                   "J6 Directorate: planning of federated mission networking for national exercises."],
            ["Aug 2017 – May 2020", "Head of CIS Section\nMultinational Division South-East (MND-SE), Bucharest"],
            ["Aug 2009 – Jul 2017", "CIS Officer\n2nd Infantry Division \"Getica\", Buzău"],
            ["EDUCATION", ""],
            ["2014 – 2015", "Master in Security Studies – \"Carol I\" National Defence University\n"
                            "(Command and Staff course, Land Forces)"],
            ["2005 – 2009", "Licență (Bachelor) in Automatic Control and Computer Science – Politehnica University "
                            "of Bucharest"],
            ["LANGUAGES", "Romanian – native\nEnglish – SLP 3333 (STANAG 6001)\nFrench – SLP 2221"],
            ["IT", "Cisco IOS, VMware vSphere, MS Office"]]
    t = docx_table(d, rows, style=None)
    for r in t.rows:
        for p in r.cells[0].paragraphs:
            for run in p.runs:
                run.bold = True
    d.save(path)


# ------------------------------------------------------------------ d119 Italy: English CV, all contacts and nationality
# only in the page header/footer, "Feb. 2020 – ongoing", two posts at one employer, laurea magistrale in English
F = "cv_d119_it_english_contactsinheaderfooter_ongoing_twopostsoneemployer_lombardi.docx"


@doc(F, cv_label(F, "Francesca Lombardi", "francesca.lombardi@example.it", "+39 347 555 2291", "Italy",
                 [("master", "Economics and Finance", "University of Bologna", 2011),
                  ("bachelor", "Business Economics", "University of Bologna", 2009)],
                 False,
                 [("Senior Financial Analyst", "Leonardo S.p.A.", "2020-02", None),
                  ("Financial Controller, Helicopters Division", "Leonardo S.p.A.", "2015-05", "2020-01"),
                  ("Auditor", "KPMG S.p.A.", "2011-10", "2015-04")],
                 [("Italian", None, None), ("English", "V", None), ("French", "IV", None)],
                 [], ["SAP FI/CO", "Oracle Hyperion", "Excel VBA"]))
def d119(path):
    d = new_docx(11)
    header_lines(d, ["Francesca Lombardi – Via Nizza 14, 00198 Roma – francesca.lombardi@example.it"],
                 footer="Mobile +39 347 555 2291 · Italian citizen · I authorise the processing of my personal data "
                        "(EU Regulation 2016/679)")
    d.add_heading("Francesca Lombardi", level=0)
    d.add_paragraph("Finance and controlling professional – defence and aerospace")
    paras(d, ["# Work experience",
              "**Leonardo S.p.A. (Rome)",
              "Senior Financial Analyst – Feb. 2020 – ongoing",
              "* Budget and cost control of international programmes (NH90, EFA).",
              "Financial Controller, Helicopters Division – May 2015 – Jan. 2020",
              "* Monthly reporting, programme cost at completion.",
              "**KPMG S.p.A. (Milan)",
              "Auditor – Oct. 2011 – Apr. 2015",
              "# Education",
              "Laurea Magistrale (Master's degree) in Economics and Finance, University of Bologna – 2011 (110/110)",
              "Laurea Triennale (Bachelor's degree) in Business Economics, University of Bologna – 2009",
              "# Languages",
              "Italian: mother tongue. English: C1 (IELTS 7.5). French: B2.",
              "# IT skills",
              "SAP FI/CO, Oracle Hyperion, Excel VBA"])
    d.save(path)


# ------------------------------------------------------------------ d120 Spain: contact block in a floating text box,
# "since April 2018", Grado + Máster, "(to date)" on a separate line, CEFR words
F = "cv_d120_es_textboxcontacts_since_grado_master_slp_aranda.docx"


@doc(F, cv_label(F, "Lucía Aranda Molina", "lucia.aranda@example.es", "+34 655 555 148", "Spain",
                 [("master", "Geographic Information Systems", "Universidad de Alcalá", 2013),
                  ("bachelor", "Geography", "Universidad Complutense de Madrid", 2012)],
                 False,
                 [("Geospatial Analyst", "Centro Geográfico del Ejército", "2018-04", None),
                  ("GIS Technician", "Tragsatec", "2014-01", "2018-03")],
                 [("Spanish", None, None), ("English", "V", "3332"), ("Portuguese", None, None)],
                 [], ["ArcGIS Pro", "QGIS", "PostGIS", "Python"]))
def d120(path):
    d = new_docx()
    d.add_heading("LUCÍA ARANDA MOLINA", level=0)
    d.add_paragraph("Geospatial analyst")
    paras(d, ["# Professional experience",
              "**Geospatial Analyst",
              "Centro Geográfico del Ejército, Madrid",
              "Since April 2018 (to date)",
              "Production of geospatial products for Spanish contingents in NATO operations.",
              "**GIS Technician",
              "Tragsatec, Madrid",
              "January 2014 – March 2018",
              "# Education",
              "Máster Universitario in Geographic Information Systems – Universidad de Alcalá (2013)",
              "Grado in Geography – Universidad Complutense de Madrid (2012)",
              "# Languages",
              "Spanish – native speaker",
              "English – C1, SLP 3332",
              "Portuguese – good understanding",
              "# Software",
              "ArcGIS Pro, QGIS, PostGIS, Python"])
    vml_textbox(d, ["Calle de Alcalá 210, 3º B", "28028 Madrid", "lucia.aranda@example.es", "+34 655 555 148",
                    "Nationality: Spanish"])
    d.save(path)


# ------------------------------------------------------------------ d121 Germany: Lebenslauf in German, Word template
# with contact details in the header, "01/2020 – heute", Bachelor/Master, Bundeswehr Zeitsoldat then civilian
F = "cv_d121_de_deutsch_kopfzeilekontakt_heute_zeitsoldat_ueberlappend_hartmann.docx"


@doc(F, cv_label(F, "Katrin Hartmann", "katrin.hartmann@example.de", "+49 171 5550 932", "Germany",
                 [("master", "Staats- und Sozialwissenschaften", "Universität der Bundeswehr München", 2011),
                  ("bachelor", "Staats- und Sozialwissenschaften", "Universität der Bundeswehr München", 2009),
                  ("secondary", None, "Friedrichsgymnasium Kassel", 2005)],
                 False,
                 [("Referentin Sicherheitspolitik", "Bundesministerium der Verteidigung", "2020-01", None),
                  ("Reserveoffizierin, Stabsoffizier G3", "Landeskommando Nordrhein-Westfalen", "2019-06", None),
                  ("Presseoffizierin", "Zentrum Operative Kommunikation der Bundeswehr", "2014-10", "2019-12"),
                  ("Zugführerin", "Panzerbataillon 203", "2011-07", "2014-09")],
                 [("German", None, None), ("English", "V", "3333"), ("French", "IV", None)],
                 [], ["MS Office", "SharePoint", "Adobe InDesign"]))
def d121(path):
    d = new_docx()
    header_lines(d, ["Katrin Hartmann · Fontainengraben 150 · 53123 Bonn",
                     "Mobil: +49 171 5550 932 · E-Mail: katrin.hartmann@example.de"],
                 footer="Bonn, im Dezember 2026")
    d.add_heading("Lebenslauf", level=0)
    paras(d, ["Geboren am 03.09.1986 in Kassel · Staatsangehörigkeit: deutsch",
              "# Berufserfahrung",
              "01/2020 – heute",
              "**Referentin Sicherheitspolitik",
              "Bundesministerium der Verteidigung, Referat Pol II 3 (NATO), Bonn",
              "06/2019 – heute (Reservedienst, ca. 30 Tage/Jahr)",
              "**Reserveoffizierin, Stabsoffizier G3",
              "Landeskommando Nordrhein-Westfalen, Düsseldorf",
              "10/2014 – 12/2019",
              "**Presseoffizierin",
              "Zentrum Operative Kommunikation der Bundeswehr, Mayen",
              "07/2011 – 09/2014",
              "**Zugführerin",
              "Panzerbataillon 203, Augustdorf",
              "(Dienstzeit als Soldatin auf Zeit 2005 – 2019, Offizierausbildung und Studium 2005 – 2011)",
              "# Ausbildung",
              "2009 – 2011  Master of Arts Staats- und Sozialwissenschaften, Universität der Bundeswehr München",
              "2006 – 2009  Bachelor of Arts Staats- und Sozialwissenschaften, Universität der Bundeswehr München",
              "2005  Abitur, Friedrichsgymnasium Kassel",
              "# Sprachen",
              "Deutsch (Muttersprache) · Englisch: C1, SLP 3333 · Französisch: B2",
              "# EDV-Kenntnisse",
              "MS Office, SharePoint, Adobe InDesign"])
    d.save(path)


# ------------------------------------------------------------------ d122 Portugal: Google Docs export (Title/Subtitle
# styles, "Sep 2021 - Present"), three posts at one employer with one employer line, a gap explained
F = "cv_d122_pt_googledocsexport_threepostsoneemployer_present_gap_sousamendes.docx"


@doc(F, cv_label(F, "Rita Sousa Mendes", "rita.sousamendes@example.pt", "+351 936 555 721", "Portugal",
                 [("master", "Human Resources Management", "ISCTE – University Institute of Lisbon", 2010),
                  ("bachelor", "Psychology", "University of Coimbra", 2008)],
                 False,
                 [("HR Business Partner", "European Maritime Safety Agency (EMSA)", "2021-09", None),
                  ("Recruitment Officer", "European Maritime Safety Agency (EMSA)", "2018-03", "2021-08"),
                  ("HR Assistant", "European Maritime Safety Agency (EMSA)", "2016-01", "2018-02"),
                  ("Recruitment Consultant", "Randstad Portugal", "2010-10", "2014-06")],
                 [("Portuguese", None, None), ("English", "VI", None), ("Spanish", "V", None), ("French", "IV", None)],
                 [], ["SAP SuccessFactors", "Workday", "Google Workspace"]))
def d122(path):
    d = new_docx(11)
    d.styles["Normal"].font.name = "Arial"
    d.add_paragraph("Rita Sousa Mendes", style="Title")
    d.add_paragraph("Human Resources professional · Lisbon, Portugal · Portuguese national", style="Subtitle")
    d.add_paragraph("rita.sousamendes@example.pt  ·  +351 936 555 721  ·  linkedin.com/in/ritasousamendes")
    paras(d, ["# Experience",
              "**European Maritime Safety Agency (EMSA), Lisbon",
              "HR Business Partner, Sep 2021 - Present",
              "Recruitment Officer, Mar 2018 - Aug 2021",
              "HR Assistant (temporary agent AST), Jan 2016 - Feb 2018",
              "**Randstad Portugal, Lisbon",
              "Recruitment Consultant, Oct 2010 - Jun 2014",
              "Jul 2014 - Dec 2015: career break to care for a family member; completed online courses in HR analytics.",
              "# Education",
              "ISCTE – University Institute of Lisbon — Master in Human Resources Management, 2010",
              "University of Coimbra — Licenciatura in Psychology, 2008",
              "# Languages",
              "Portuguese (native), English (C2), Spanish (C1), French (B2)",
              "# Tools",
              "SAP SuccessFactors, Workday, Google Workspace"])
    d.save(path)


# ------------------------------------------------------------------ d123 Latvia: English CV with a CEFR grid table
# (Europass-like columns), "2018 – to date", bakalaurs/maģistrs, posts in a two-row-per-post list
F = "cv_d123_lv_english_cefrgridtable_todate_magistrs_berzina.docx"


@doc(F, cv_label(F, "Ilze Bērziņa", "ilze.berzina@example.lv", "+371 2955 5318", "Latvia",
                 [("master", "Public Administration", "University of Latvia", 2012),
                  ("bachelor", "Economics", "Riga Technical University", 2010)],
                 False,
                 [("Senior Expert, Defence Budget Planning", "Ministry of Defence of the Republic of Latvia",
                   "2018-11", None),
                  ("Budget Analyst", "State Treasury of Latvia", "2012-09", "2018-10")],
                 [("English", "V", None), ("Russian", "VI", None), ("German", None, None)],
                 [], ["Horizon ERP", "MS Excel", "Power BI"]))
def d123(path):
    d = new_docx()
    d.add_heading("Ilze Bērziņa", level=0)
    d.add_paragraph("Riga, Latvia · ilze.berzina@example.lv · +371 2955 5318 · Citizenship: Latvia")
    paras(d, ["# Work experience",
              "Nov 2018 – to date",
              "**Senior Expert, Defence Budget Planning – Ministry of Defence of the Republic of Latvia",
              "Preparation of the medium-term defence budget; reporting to NATO on defence expenditure (DPPQ).",
              "Sep 2012 – Oct 2018",
              "**Budget Analyst – State Treasury of Latvia",
              "# Education",
              "2010 – 2012  Professional master's degree (maģistrs) in Public Administration, University of Latvia",
              "2006 – 2010  Bachelor's degree (bakalaurs) in Economics, Riga Technical University",
              "# Languages",
              "Mother tongue: Latvian"])
    docx_table(d, [["", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"],
                   ["English", "C1", "C1", "C1", "C1", "C1"],
                   ["Russian", "C2", "C2", "C2", "C2", "C2"],
                   ["German", "A2", "B1", "A2", "A2", "A2"]], bold_first_row=True)
    paras(d, ["# Digital skills", "Horizon ERP, MS Excel, Power BI"])
    d.save(path)


# ------------------------------------------------------------------ d124 Denmark: English officer CV, posts as a
# three-column table Period | Post | Unit with a "Deployment" row overlapping a home post, "ongoing", SLP
F = "cv_d124_dk_english_officer_periodposttable_deploymentoverlap_ongoing_slp_norgaard.docx"


@doc(F, cv_label(F, "Mads Nørgaard", "mads.norgaard@example.dk", "+45 2155 5407", "Denmark",
                 [("master", "Military Studies", "Royal Danish Defence College", 2019),
                  ("bachelor", "Military Leadership", "Royal Danish Military Academy", 2010)],
                 True,
                 [("Chief of Operations Branch", "Multinational Division North (MND-N)", "2021-08", None),
                  ("J3 Current Operations Officer", "NATO Mission Iraq (NMI)", "2022-11", "2023-05"),
                  ("Company Commander", "Jydske Dragonregiment", "2015-08", "2018-07"),
                  ("Platoon Leader", "Jydske Dragonregiment", "2010-08", "2015-07")],
                 [("Danish", None, None), ("English", None, "3333"), ("German", None, "2222")],
                 [], ["MS Office", "TOPFAS", "FAS Collaboration"]))
def d124(path):
    d = new_docx()
    header_lines(d, ["Major Mads Nørgaard · Danish Army · mads.norgaard@example.dk · +45 2155 5407"])
    d.add_heading("Curriculum Vitae", level=0)
    d.add_paragraph("Name: Mads Nørgaard\nNationality: Danish\nRank: Major (OF-3)\nAddress: Kasernevej 9, 7470 Karup")
    d.add_heading("Military career", level=2)
    docx_table(d, [["Period", "Post", "Unit"],
                   ["Aug 2021 – ongoing", "Chief of Operations Branch", "Multinational Division North (MND-N), Ādaži / "
                                                                           "Karup"],
                   ["Nov 2022 – May 2023", "Deployment: J3 Current Operations Officer", "NATO Mission Iraq (NMI), Baghdad"],
                   ["Aug 2019 – Jul 2021", "Student, Senior Staff Course (Master of Military Studies)",
                    "Royal Danish Defence College"],
                   ["Aug 2015 – Jul 2018", "Company Commander", "Jydske Dragonregiment, Holstebro"],
                   ["Aug 2010 – Jul 2015", "Platoon Leader", "Jydske Dragonregiment, Holstebro"]],
               bold_first_row=True)
    d.add_heading("Education", level=2)
    d.add_paragraph("2019  Master of Military Studies, Royal Danish Defence College\n"
                    "2010  Bachelor in Military Leadership, Royal Danish Military Academy")
    d.add_heading("Languages", level=2)
    d.add_paragraph("Danish: mother tongue\nEnglish: STANAG 6001 SLP 3333\nGerman: STANAG 6001 SLP 2222")
    d.add_heading("IT", level=2)
    d.add_paragraph("MS Office, TOPFAS, FAS Collaboration")
    d.save(path)


def build():
    for file, fn, label in DOCS:
        write_label(CVS, label)
        fn(os.path.join(CVS, file))
    return DOCS
