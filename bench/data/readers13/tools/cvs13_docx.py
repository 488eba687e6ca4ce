"""DOCX CVs of corpus 13 (d90-d96). Each builder writes its document; the label beside it is hand-written."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def h(d, text, size=12, color=None, bold=True):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return p


def runs(d, *parts):
    """parts: (text, bold, italic)"""
    p = d.add_paragraph()
    for text, b, i in parts:
        r = p.add_run(text)
        r.bold = b
        r.italic = i
    return p


# ------------------------------------------------------------------ d90 Netherlands: CV in Dutch, each post as one
# bold line "Organisatie – Functie" (organisation FIRST, en dash), dates below "van 2015 tot heden"
F = "cv_d90_nl_nederlands_organisatiestreepfunctie_totheden_jansen.docx"


@doc(F, cv_label(F, "Maarten Jansen", "maarten.jansen@example.nl", "+31 6 5555 4412", "Netherlands",
                 [("master", "Bestuurskunde", "Universiteit Leiden", 2012),
                  ("bachelor", "Politicologie", "Radboud Universiteit Nijmegen", 2010),
                  ("secondary", None, "Stedelijk Gymnasium Arnhem", 2006)],
                 False,
                 [("Senior beleidsmedewerker Internationale Samenwerking", "Ministerie van Defensie", "2019-04", None),
                  ("Beleidsmedewerker crisisbeheersing", "Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)",
                   "2015-01", "2019-03"),
                  ("Trainee Rijkstraineeprogramma", "Ministerie van Buitenlandse Zaken", "2013-02", "2014-12")],
                 [("Dutch", None, None), ("English", "V", None), ("French", None, None), ("German", None, None)],
                 [], ["Microsoft 365", "Power BI", "DigiDoc", "MindManager"]))
def d90(path):
    d = new_docx(10.5)
    h(d, "Maarten Jansen", 20)
    d.add_paragraph("Den Haag  ·  maarten.jansen@example.nl  ·  +31 6 5555 4412  ·  Nationaliteit: Nederlandse")
    h(d, "Profiel", 12, (0, 84, 147))
    d.add_paragraph("Beleidsadviseur met tien jaar ervaring in internationale defensiesamenwerking en "
                    "crisisbeheersing; ervaring met NAVO- en EU-besluitvorming.")
    h(d, "Werkervaring", 12, (0, 84, 147))
    for line, dates, text in [
        ("Ministerie van Defensie – Senior beleidsmedewerker Internationale Samenwerking", "april 2019 tot heden",
         "Directie Internationale Zaken (DIZ). Voorbereiding van NAVO-ministeriële bijeenkomsten; dossier "
         "capaciteitsdoelen."),
        ("Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) – Beleidsmedewerker crisisbeheersing",
         "van 2015 tot maart 2019", "Nationale crisisstructuur, oefenprogramma ‘Vitaal’."),
        ("Ministerie van Buitenlandse Zaken – Trainee Rijkstraineeprogramma", "februari 2013 tot en met 2014",
         "Twee opdrachten van een jaar: Directie Veiligheidsbeleid en ambassade Warschau."),
    ]:
        runs(d, (line, True, False))
        runs(d, (dates, False, True))
        d.add_paragraph(text)
    h(d, "Opleiding", 12, (0, 84, 147))
    d.add_paragraph("2010 – 2012   Master Bestuurskunde (MSc), Universiteit Leiden")
    d.add_paragraph("2007 – 2010   Bachelor Politicologie, Radboud Universiteit Nijmegen")
    d.add_paragraph("2000 – 2006   Gymnasium, Stedelijk Gymnasium Arnhem")
    h(d, "Talen", 12, (0, 84, 147))
    d.add_paragraph("Nederlands – moedertaal;  Engels – C1;  Frans – B1;  Duits – goed (spreken)")
    h(d, "Digitale vaardigheden", 12, (0, 84, 147))
    d.add_paragraph("Microsoft 365, Power BI, DigiDoc, MindManager")
    h(d, "Nevenfuncties", 12, (0, 84, 147))
    d.add_paragraph("Bestuurslid, Atlantische Commissie (vrijwillig), sinds 2018")
    d.save(path)


# ------------------------------------------------------------------ d91 Romania: CV in Romanian, posts as a table in
# an unusual column order: Instituția | Perioada | Funcția; education table Instituția | Anul | Diploma
F = "cv_d91_ro_tabel_institutie_perioada_functie_stanciu.docx"


@doc(F, cv_label(F, "Andreea Stanciu", "andreea.stanciu@example.ro", "+40 722 555 318", "Romania",
                 [("master", "Studii de securitate", "Universitatea din București", 2013),
                  ("bachelor", "Relații internaționale și studii europene", "Universitatea Babeș-Bolyai", 2011),
                  ("secondary", None, "Colegiul Național „Emil Racoviță”", 2008)],
                 False,
                 [("Consilier superior", "Ministerul Apărării Naționale – Direcția Politica de Apărare", "2020-02", None),
                  ("Expert", "Oficiul Registrului Național al Informațiilor Secrete de Stat (ORNISS)", "2014-10",
                   "2020-01"),
                  ("Asistent de cercetare", "Institutul Diplomatic Român", "2013-09", "2014-09")],
                 [("English", "V", "3333"), ("French", "IV", None)],
                 [], ["Microsoft Office", "SPSS", "NVivo"]))
def d91(path):
    d = new_docx(10.5)
    h(d, "CURRICULUM VITAE", 16)
    d.add_paragraph("Nume și prenume: STANCIU Andreea")
    d.add_paragraph("Cetățenie: română")
    d.add_paragraph("E-mail: andreea.stanciu@example.ro   |   Telefon: +40 722 555 318")
    h(d, "EXPERIENȚĂ PROFESIONALĂ", 12)
    docx_table(d, [
        ["Instituția", "Perioada", "Funcția"],
        ["Ministerul Apărării Naționale – Direcția Politica de Apărare", "02.2020 – prezent", "Consilier superior"],
        ["Oficiul Registrului Național al Informațiilor Secrete de Stat (ORNISS)", "10.2014 – 01.2020", "Expert"],
        ["Institutul Diplomatic Român", "09.2013 – 09.2014", "Asistent de cercetare"],
    ], bold_first_row=True)
    h(d, "EDUCAȚIE ȘI FORMARE", 12)
    docx_table(d, [
        ["Instituția", "Anul", "Diploma"],
        ["Universitatea din București, Facultatea de Științe Politice", "2013", "Master – Studii de securitate"],
        ["Universitatea Babeș-Bolyai, Cluj-Napoca", "2011", "Licență – Relații internaționale și studii europene"],
        ["Colegiul Național „Emil Racoviță”, Cluj-Napoca", "2008", "Diplomă de bacalaureat"],
        ["Colegiul Național de Apărare", "2019", "Curs postuniversitar de securitate și bună guvernare (certificat)"],
    ], bold_first_row=True)
    h(d, "LIMBI STRĂINE", 12)
    d.add_paragraph("Limba maternă: română")
    d.add_paragraph("engleză – C1 (certificat STANAG 6001, profil 3333, 2021)")
    d.add_paragraph("franceză – B2")
    h(d, "COMPETENȚE DIGITALE", 12)
    d.add_paragraph("Microsoft Office, SPSS, NVivo")
    d.save(path)


# ------------------------------------------------------------------ d92 Portugal: CV in Portuguese; page header holds
# a photo placeholder with its caption line and a postal address block; "desde 2015 até hoje"
F = "cv_d92_pt_legendafoto_moradacabecalho_ateahoje_ferreira.docx"


@doc(F, cv_label(F, "Inês Carvalho Ferreira", "ines.ferreira@example.pt", "+351 912 555 604", "Portugal",
                 [("master", "Relações Internacionais", "Universidade Nova de Lisboa", 2014),
                  ("bachelor", "Ciência Política", "Universidade do Minho", 2012),
                  ("secondary", None, "Escola Secundária Sá de Miranda", 2009)],
                 False,
                 [("Técnica Superior", "Direção-Geral de Recursos da Defesa Nacional (DGRDN)", "2015-06", None),
                  ("Assistente de Investigação", "Instituto Português de Relações Internacionais (IPRI)", "2014-03",
                   "2015-05")],
                 [("Portuguese", None, None), ("English", "V", None), ("Spanish", "IV", None),
                  ("French", None, None)],
                 [], ["Microsoft Office", "SAP", "GIS (QGIS)"]))
def d92(path):
    d = new_docx(10.5)
    sec = d.sections[0]
    sec.header_distance = Cm(0.8)
    hdr = sec.header
    t = hdr.add_table(rows=1, cols=2, width=Cm(17))
    t.cell(0, 0).text = "[ fotografia ]"
    p = t.cell(0, 0).add_paragraph("Foto: Inês Ferreira, Lisboa, 2025")
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(7)
    c = t.cell(0, 1)
    c.text = "Inês Carvalho Ferreira"
    c.paragraphs[0].runs[0].bold = True
    for line in ["Rua Almirante Reis, 118, 3.º Esq.", "1150-019 Lisboa", "Portugal",
                 "ines.ferreira@example.pt  ·  +351 912 555 604"]:
        c.add_paragraph(line)
    h(d, "Curriculum Vitae", 16)
    d.add_paragraph("Nacionalidade: portuguesa    Data de nascimento: 14/02/1991")
    h(d, "Experiência profissional", 12, (0, 102, 51))
    runs(d, ("desde junho de 2015 até hoje", False, True))
    runs(d, ("Técnica Superior", True, False), (" — Direção-Geral de Recursos da Defesa Nacional (DGRDN), Lisboa",
                                                 False, False))
    d.add_paragraph("Gestão de programas de cooperação no domínio do armamento (OCCAR, NSPA).")
    runs(d, ("março de 2014 a maio de 2015", False, True))
    runs(d, ("Assistente de Investigação", True, False),
         (" — Instituto Português de Relações Internacionais (IPRI)", False, False))
    h(d, "Habilitações académicas", 12, (0, 102, 51))
    d.add_paragraph("Mestrado em Relações Internacionais — Universidade Nova de Lisboa (2014)")
    d.add_paragraph("Licenciatura em Ciência Política — Universidade do Minho (2012)")
    d.add_paragraph("Ensino secundário — Escola Secundária Sá de Miranda, Braga (2009)")
    h(d, "Línguas", 12, (0, 102, 51))
    d.add_paragraph("Português: língua materna; Inglês: C1; Espanhol: B2; Francês: A2")
    h(d, "Competências informáticas", 12, (0, 102, 51))
    d.add_paragraph("Microsoft Office, SAP, GIS (QGIS)")
    d.save(path)


# ------------------------------------------------------------------ d93 Czechia: academic CV in English, semester
# dates ("winter semester 2014/15 – summer semester 2017"), long publication list with years as noise
F = "cv_d93_cz_academic_semesters_publicationsnoise_dvorak.docx"


@doc(F, cv_label(F, "Jakub Dvořák", "jakub.dvorak@example.cz", "+420 739 555 861", "Czechia",
                 [("doctorate", "International Relations", "Charles University", 2017),
                  ("master", "Political Science", "Masaryk University", 2013),
                  ("bachelor", "Political Science", "Masaryk University", 2011)],
                 False,
                 [("Associate Professor", "University of Defence", "2021-02", None),
                  ("Assistant Professor", "University of Defence", "2017-10", "2021-01"),
                  ("Research Fellow", "Institute of International Relations Prague", "2014-10", "2017-09")],
                 [("Czech", None, None), ("English", "VI", None), ("German", "IV", None)],
                 [], ["R", "Stata", "LaTeX", "Zotero"]))
def d93(path):
    d = new_docx(10.5)
    h(d, "Jakub Dvořák, Ph.D.", 18)
    d.add_paragraph("Department of Security and Defence Studies, University of Defence, Brno, Czech Republic")
    d.add_paragraph("jakub.dvorak@example.cz · +420 739 555 861 · ORCID 0000-0002-5555-0193 · Czech citizen")
    h(d, "Academic appointments", 12)
    d.add_paragraph("summer semester 2021 – present: Associate Professor (docent), University of Defence, Brno")
    d.add_paragraph("winter semester 2017/18 – winter semester 2020/21: Assistant Professor, University of Defence, Brno")
    d.add_paragraph("winter semester 2014/15 – summer semester 2017: Research Fellow, Institute of International "
                    "Relations Prague")
    d.add_paragraph("summer 2019: Visiting Scholar, NATO Defense College, Rome (three-month research stay)")
    h(d, "Education", 12)
    d.add_paragraph("2017  Ph.D., International Relations, Charles University, Prague. Dissertation: “Burden sharing "
                    "in NATO after 2014”")
    d.add_paragraph("2013  Mgr. (M.A.), Political Science, Masaryk University, Brno")
    d.add_paragraph("2011  Bc. (B.A.), Political Science, Masaryk University, Brno")
    h(d, "Selected publications", 12)
    for i, p in enumerate([
        "Dvořák, J. (2024). Deterrence on the eastern flank, 2014–2024. Journal of Strategic Studies, 47(3).",
        "Dvořák, J., & Novák, P. (2022). Defence spending targets 2006–2021: a panel analysis. Defence and Peace "
        "Economics, 33(5).",
        "Dvořák, J. (2020). Head of Delegation? Small states in NATO committees, 1999–2019. Czech Journal of "
        "International Relations, 55(2).",
        "Dvořák, J. (2018). NATO Summit Wales 2014 – Warsaw 2016: from reassurance to deterrence. Obrana a strategie.",
        "Dvořák, J. (forthcoming 2027). Alliance Politics. Brno: Masaryk University Press.",
    ], 1):
        d.add_paragraph(f"[{i}] {p}")
    h(d, "Teaching", 12)
    d.add_paragraph("Security Policy of the Czech Republic (winter semesters since 2017/18); NATO and European "
                    "Security (summer semesters since 2018).")
    h(d, "Grants", 12)
    d.add_paragraph("Czech Science Foundation (GA ČR) project 22-05555S, 2022–2024, principal investigator.")
    h(d, "Languages", 12)
    d.add_paragraph("Czech (native), English (C2), German (B2)")
    h(d, "Research tools", 12)
    d.add_paragraph("R, Stata, LaTeX, Zotero")
    d.save(path)


# ------------------------------------------------------------------ d94 Spain: CV in Spanish, ISO-month ranges with
# arrows "2019-09 → 2023-02", open "2023-03 → actualidad"
F = "cv_d94_es_espanol_flechas_isomeses_actualidad_morales.docx"


@doc(F, cv_label(F, "Lucía Morales Vidal", "lucia.morales@example.es", "+34 611 555 093", "Spain",
                 [("master", "Ingeniería de Telecomunicación", "Universidad Politécnica de Madrid", 2015),
                  ("bachelor", "Ingeniería de Tecnologías y Servicios de Telecomunicación",
                   "Universidad Politécnica de Madrid", 2013)],
                 False,
                 [("Jefa de proyecto de sistemas de mando y control", "Indra Sistemas, S.A.", "2023-03", None),
                  ("Ingeniera de sistemas", "Centro de Sistemas y Tecnologías de la Información y las Comunicaciones (CESTIC)",
                   "2019-09", "2023-02"),
                  ("Ingeniera de pruebas", "GMV Aerospace and Defence", "2015-07", "2019-08")],
                 [("Spanish", None, None), ("English", "V", None), ("French", None, None)],
                 [], ["Enterprise Architect", "DOORS", "Jira", "Link 16", "Python"]))
def d94(path):
    d = new_docx(10.5)
    h(d, "Lucía Morales Vidal", 20, (140, 20, 20))
    d.add_paragraph("Ingeniera de Telecomunicación · Madrid")
    d.add_paragraph("Correo: lucia.morales@example.es · Móvil: +34 611 555 093 · Nacionalidad: española")
    h(d, "Experiencia profesional", 12, (140, 20, 20))
    for dates, title, org, desc in [
        ("2023-03 → actualidad", "Jefa de proyecto de sistemas de mando y control", "Indra Sistemas, S.A.",
         "Integración de enlaces tácticos para el programa de defensa aérea; equipo de 9 ingenieros."),
        ("2019-09 → 2023-02", "Ingeniera de sistemas",
         "Centro de Sistemas y Tecnologías de la Información y las Comunicaciones (CESTIC)",
         "Ministerio de Defensa. Arquitectura de la red corporativa WAN PG."),
        ("2015-07 → 2019-08", "Ingeniera de pruebas", "GMV Aerospace and Defence", "Pruebas de software crítico."),
    ]:
        runs(d, (dates + "   ", True, False), (title, True, False))
        runs(d, (org, False, True))
        d.add_paragraph(desc)
    h(d, "Formación académica", 12, (140, 20, 20))
    d.add_paragraph("2013-09 → 2015-06   Máster Universitario en Ingeniería de Telecomunicación, Universidad "
                    "Politécnica de Madrid")
    d.add_paragraph("2009-09 → 2013-06   Grado en Ingeniería de Tecnologías y Servicios de Telecomunicación, "
                    "Universidad Politécnica de Madrid")
    h(d, "Idiomas", 12, (140, 20, 20))
    d.add_paragraph("español: lengua materna · inglés: C1 (Cambridge CAE) · francés: B1")
    h(d, "Herramientas", 12, (140, 20, 20))
    d.add_paragraph("Enterprise Architect · DOORS · Jira · Link 16 · Python")
    d.save(path)


# ------------------------------------------------------------------ d95 Canada: "Title at Organisation, from 2015
# until today" sentences as post lines; "from May 2011 until March 2015"
F = "cv_d95_ca_titleatorg_fromuntiltoday_macdonald.docx"


@doc(F, cv_label(F, "Fiona MacDonald", "fiona.macdonald@example.ca", "613-555-0148", "Canada",
                 [("master", "Public Administration", "Carleton University", 2010),
                  ("bachelor", "Economics", "Dalhousie University", 2008)],
                 False,
                 [("Senior Financial Analyst", "Department of National Defence", "2015-04", None),
                  ("Financial Officer", "Public Services and Procurement Canada", "2011-05", "2015-03"),
                  ("Junior Analyst", "Treasury Board of Canada Secretariat", "2010-09", "2011-04")],
                 [("English", None, None), ("French", None, None)],
                 [], ["SAP (DRMIS)", "IBM Cognos", "Excel VBA"]))
def d95(path):
    d = new_docx(11)
    h(d, "FIONA MACDONALD, CPA", 18)
    d.add_paragraph("Ottawa, Ontario  |  613-555-0148  |  fiona.macdonald@example.ca  |  Canadian citizen")
    h(d, "Career", 13)
    for line, text in [
        ("Senior Financial Analyst at the Department of National Defence, from April 2015 until today",
         "Assistant Deputy Minister (Finance). Capital programme forecasting; NATO common funding contributions."),
        ("Financial Officer at Public Services and Procurement Canada, from May 2011 until March 2015",
         "Contract payment verification and audit files."),
        ("Junior Analyst at the Treasury Board of Canada Secretariat, from September 2010 until April 2011",
         "Term position."),
    ]:
        runs(d, (line, True, False))
        d.add_paragraph(text)
    h(d, "Education", 13)
    d.add_paragraph("Master of Public Administration (MPA), Carleton University, 2010")
    d.add_paragraph("Bachelor of Arts, Economics, Dalhousie University, 2008")
    d.add_paragraph("Chartered Professional Accountant (CPA), 2014 — professional designation")
    h(d, "Languages", 13)
    d.add_paragraph("English: first official language. French: second language evaluation BBB.")
    h(d, "Systems", 13)
    d.add_paragraph("SAP (DRMIS) · IBM Cognos · Excel VBA")
    d.save(path)


# ------------------------------------------------------------------ d96 United States: all headings in lower case,
# each post one line "ORGANIZATION | Title" (organisation first, capitals), dates right-aligned by a tab
F = "cv_d96_us_lowercaseheadings_orgpipetitle_righttab_okafor.docx"


@doc(F, cv_label(F, "Daniel Okafor", "daniel.okafor@example.com", "(703) 555-0172", "United States",
                 [("master", "Information Systems", "George Mason University", 2014),
                  ("bachelor", "Computer Science", "Virginia Tech", 2009)],
                 False,
                 [("Cyber Operations Planner", "U.S. Cyber Command", "2020-06", None),
                  ("Network Defense Lead", "Defense Information Systems Agency (DISA)", "2014-08", "2020-05"),
                  ("Systems Administrator", "Booz Allen Hamilton", "2009-07", "2014-07")],
                 [("English", None, None), ("Spanish", None, None)],
                 [], ["Splunk", "Elastic", "Palo Alto NGFW", "Python", "PowerShell"]))
def d96(path):
    d = new_docx(10.5)
    h(d, "Daniel Okafor", 20)
    d.add_paragraph("Fort Meade, MD · (703) 555-0172 · daniel.okafor@example.com · U.S. citizen · TS/SCI (active)")
    tabpos = Cm(16.5)

    def post(org, title, dates, desc):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tabpos, alignment=2)
        r = p.add_run(org.upper())
        r.bold = True
        p.add_run(" | " + title + "\t" + dates)
        d.add_paragraph(desc)

    h(d, "summary", 12, (90, 90, 90), bold=False)
    d.add_paragraph("Cyber planner with 15 years in network defense across government and industry.")
    h(d, "experience", 12, (90, 90, 90), bold=False)
    post("U.S. Cyber Command", "Cyber Operations Planner", "Jun 2020 – Present",
         "J5 Plans. Integrates defensive cyber options into combatant command plans.")
    post("Defense Information Systems Agency (DISA)", "Network Defense Lead", "Aug 2014 – May 2020",
         "Led a 12-person team at the Joint Force Headquarters–DoD Information Network.")
    post("Booz Allen Hamilton", "Systems Administrator", "Jul 2009 – Jul 2014", "Contractor support to DISA.")
    h(d, "education", 12, (90, 90, 90), bold=False)
    d.add_paragraph("M.S., Information Systems — George Mason University, 2014")
    d.add_paragraph("B.S., Computer Science — Virginia Tech, 2009")
    h(d, "certifications", 12, (90, 90, 90), bold=False)
    d.add_paragraph("CISSP (2013) · GCIH (2016)")
    h(d, "languages", 12, (90, 90, 90), bold=False)
    d.add_paragraph("English (native) · Spanish (professional working proficiency)")
    h(d, "tools", 12, (90, 90, 90), bold=False)
    d.add_paragraph("Splunk · Elastic · Palo Alto NGFW · Python · PowerShell")
    d.save(path)


def build():
    out = []
    for file, fn, label in DOCS:
        fn(CVS + "/" + file)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
