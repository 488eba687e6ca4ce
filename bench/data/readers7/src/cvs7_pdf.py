"""PDF CVs of corpus 7 (p51-p57), fpdf2 + DejaVu fonts. Each builder sits next to its hand-written label."""
import os

from common import CVS, PDF, cv_label, write_label

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


def gutter(pdf, left, right, lw=36, size=9.5, bold_first=True):
    """Date in a left gutter column, text in the right column starting at the same y."""
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", size - 0.5)
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(lw - 2, size * 0.5, left, new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    x = pdf.l_margin + lw
    w = pdf.w - pdf.r_margin - x
    lines = right.split("\n")
    pdf.set_xy(x, y)
    for k, ln in enumerate(lines):
        pdf.set_font("DejaVu", "B" if (k == 0 and bold_first) else "", size)
        pdf.set_x(x)
        pdf.multi_cell(w, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, max(y1, pdf.get_y()) + 2)


# ------------------------------------------------------------------ p51: Portuguese CV in Portuguese, date gutter
F = "cv_p51_pt_portugues_dategutter_monteiro.pdf"


@doc(F, cv_label(
    F, "Beatriz Sousa Monteiro", "beatriz.monteiro@example.pt", "+351 912 555 604", "Portugal",
    [("master", "Ciência Política e Relações Internacionais", "Universidade NOVA de Lisboa", 2014),
     ("bachelor", "Ciência Política", "Universidade de Coimbra", 2012)],
    False,
    [("Técnica Superior", "Direção-Geral de Política de Defesa Nacional (DGPDN)", "2019-10", None),
     ("Investigadora", "Instituto Português de Relações Internacionais (IPRI-NOVA)", "2015-03", "2019-09"),
     ("Assistente de investigação", "Instituto da Defesa Nacional (IDN)", "2013-01", "2015-02")],
    [("Portuguese", None, None), ("English", "VI", None), ("French", "V", None), ("Spanish", "IV", None)],
    [],
    ["NVivo", "SPSS", "MS Office"]))
def p51(path):
    pdf = PDF(format="A4")
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Beatriz Sousa Monteiro", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Rua Castilho 39, 1250-068 Lisboa · +351 912 555 604 · beatriz.monteiro@example.pt\n"
             "Nacionalidade: Portuguesa · Data de nascimento: 22/04/1990", 9)
    pdf.heading("EXPERIÊNCIA PROFISSIONAL", 11)
    gutter(pdf, "out. 2019 — atual", "Técnica Superior\nDireção-Geral de Política de Defesa Nacional (DGPDN)\n"
                                     "Acompanhamento do processo de planeamento de defesa da NATO (NDPP) e das "
                                     "capacidades nacionais.")
    gutter(pdf, "mar. 2015 — set. 2019", "Investigadora\nInstituto Português de Relações Internacionais "
                                         "(IPRI-NOVA)\nSegurança atlântica; coordenação de um projeto financiado "
                                         "pela FCT.")
    gutter(pdf, "jan. 2013 — fev. 2015", "Assistente de investigação\nInstituto da Defesa Nacional (IDN)\n"
                                         "Apoio ao Curso de Defesa Nacional.")
    pdf.heading("FORMAÇÃO ACADÉMICA", 11)
    gutter(pdf, "2014", "Mestrado em Ciência Política e Relações Internacionais\nUniversidade NOVA de Lisboa")
    gutter(pdf, "2012", "Licenciatura em Ciência Política\nUniversidade de Coimbra")
    gutter(pdf, "2017", "Curso de Defesa Nacional (não conferente de grau)\nInstituto da Defesa Nacional")
    pdf.heading("LÍNGUAS", 11)
    gutter(pdf, "", "Português — língua materna\nInglês — C2 · Francês — C1 · Espanhol — B2", bold_first=False)
    pdf.heading("COMPETÊNCIAS INFORMÁTICAS", 11)
    gutter(pdf, "", "NVivo, SPSS, MS Office", bold_first=False)
    pdf.output(path)


# ------------------------------------------------------------------ p52: Spanish CVN (Currículum Vitae Normalizado)
# export: labelled fields, employment with "Fecha de inicio" + "Duración" instead of an end date
F = "cv_p52_es_cvn_normalizado_ortega.pdf"


@doc(F, cv_label(
    F, "María Luisa Ortega Serrano", "mlortega@example.es", "+34 612 555 903", "Spain",
    [("doctorate", "Relaciones Internacionales", "Universidad Complutense de Madrid", 2014),
     ("master", "Paz, Seguridad y Defensa", "Instituto Universitario General Gutiérrez Mellado (UNED)", 2010),
     ("bachelor", "Ciencias Políticas y de la Administración", "Universidad de Granada", 2008)],
    False,
    [("Analista principal", "Instituto Español de Estudios Estratégicos (IEEE)", "2020-02", None),
     ("Investigadora", "Real Instituto Elcano", "2014-09", "2020-01"),
     ("Profesora asociada", "Universidad Complutense de Madrid", "2010-10", "2014-08")],
    [("English", "V", None), ("French", "IV", None)],
    [],
    []))
def p52(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "CVN - Currículum Vitae Normalizado · Página {p} de 2"
    pdf.header_text = "Fecha del CVN: 08/01/2027"
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "CURRÍCULUM VITAE NORMALIZADO", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Datos de identificación y contacto", 11)
    ptable(pdf, [["Nombre", "María Luisa"], ["Apellidos", "Ortega Serrano"], ["Sexo", "Mujer"],
                 ["Nacionalidad", "España"], ["Fecha de nacimiento", "19/11/1985"],
                 ["Correo electrónico", "mlortega@example.es"], ["Teléfono móvil", "+34 612 555 903"]],
           (45, 120), header=False)
    pdf.heading("Situación profesional actual", 11)
    ptable(pdf, [["Entidad empleadora", "Instituto Español de Estudios Estratégicos (IEEE)"],
                 ["Departamento", "Área de Seguridad Euroatlántica"],
                 ["Categoría profesional", "Analista principal"],
                 ["Fecha de inicio", "01/02/2020"],
                 ["Modalidad de contrato", "Funcionario/a"]], (45, 120), header=False)
    pdf.heading("Cargos y actividades desempeñados con anterioridad", 11)
    ptable(pdf, [["Entidad empleadora", "Categoría profesional", "Fecha de inicio", "Duración"],
                 ["Real Instituto Elcano", "Investigadora", "01/09/2014", "5 años - 5 meses"],
                 ["Universidad Complutense de Madrid", "Profesora asociada", "01/10/2010", "3 años - 11 meses"]],
           (60, 45, 28, 32))
    pdf.heading("Formación académica recibida", 11)
    ptable(pdf, [["Titulación", "Entidad de titulación", "Fecha de titulación"],
                 ["Licenciatura en Ciencias Políticas y de la Administración", "Universidad de Granada", "2008"],
                 ["Máster Universitario en Paz, Seguridad y Defensa",
                  "Instituto Universitario General Gutiérrez Mellado (UNED)", "2010"],
                 ["Doctorado: Programa de Doctorado en Relaciones Internacionales",
                  "Universidad Complutense de Madrid", "15/06/2014"]], (75, 62, 28))
    pdf.add_page()
    pdf.heading("Conocimiento de idiomas", 11)
    ptable(pdf, [["Idioma", "Comprensión auditiva", "Comprensión de lectura", "Interacción oral", "Expresión oral",
                  "Expresión escrita"],
                 ["Inglés", "C1", "C1", "C1", "C1", "C1"],
                 ["Francés", "B2", "B2", "B2", "B2", "B2"]], (28, 28, 28, 28, 28, 28))
    pdf.heading("Proyectos de I+D+i", 11)
    ptable(pdf, [["Nombre del proyecto", "Entidad financiadora", "Fecha de inicio", "Duración"],
                 ["La OTAN y el flanco sur", "Ministerio de Ciencia e Innovación", "01/01/2019", "3 años"]],
           (60, 50, 28, 27))
    pdf.heading("Publicaciones", 11)
    pdf.para("Ortega Serrano, M. L.; Ruiz Gil, P. (2021). «La disuasión avanzada de la OTAN». Revista del Instituto "
             "Español de Estudios Estratégicos, 17, 45–70.", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p53: Canadian Armed Forces Member Personnel Record
# Résumé (MPRR) style, bilingual field labels, ISO day dates
F = "cv_p53_ca_mprr_isodates_leblanc.pdf"


@doc(F, cv_label(
    F, "Marc-André Leblanc", "marc-andre.leblanc@example.ca", "613-555-0192", "Canada",
    [("master", "Defence Studies", "Royal Military College of Canada", 2018),
     ("bachelor", "science politique", "Université Laval", 2004)],
    True,
    [("J5 Plans Officer", "Canadian Joint Operations Command (CJOC)", "2021-07", None),
     ("Commanding Officer", "2nd Battalion Royal 22e Régiment (2 R22eR)", "2018-07", "2021-07"),
     ("G3 Operations Officer", "5th Canadian Mechanized Brigade Group (5 CMBG)", "2014-07", "2017-07")],
    [("French", None, None), ("English", None, "3333")],
    [],
    []))
def p53(path):
    pdf = PDF(format="Letter")
    pdf.set_margins(15, 15, 15)
    pdf.footer_text = "PROTECTED A (when completed) / PROTÉGÉ A (une fois rempli) – page {p}"
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, "MEMBER PERSONNEL RECORD RÉSUMÉ\nRÉSUMÉ DU DOSSIER DU PERSONNEL MILITAIRE", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    ptable(pdf, [["Name / Nom", "LEBLANC, Marc-André"], ["Rank / Grade", "LCol / lcol"],
                 ["Citizenship / Citoyenneté", "Canadian / canadienne"],
                 ["Email / Courriel", "marc-andre.leblanc@example.ca"], ["Tel / Tél", "613-555-0192"],
                 ["First official language / Première langue officielle", "French / français"]],
           (70, 110), header=False)
    pdf.heading("Employment History / Historique d'emploi", 11)
    ptable(pdf, [["Start / Début", "End / Fin", "Position / Poste", "Unit / Unité"],
                 ["2021-07-12", "—", "J5 Plans Officer", "Canadian Joint Operations Command (CJOC)"],
                 ["2018-07-16", "2021-07-11", "Commanding Officer", "2nd Battalion Royal 22e Régiment (2 R22eR)"],
                 ["2014-07-14", "2017-07-13", "G3 Operations Officer",
                  "5th Canadian Mechanized Brigade Group (5 CMBG)"]],
           (28, 28, 50, 74))
    pdf.heading("Courses / Cours", 11)
    ptable(pdf, [["Course / Cours", "Institution", "Dates"],
                 ["Joint Command and Staff Programme (JCSP)", "Canadian Forces College", "2017-08-14 to 2018-06-01"],
                 ["Army Operations Course", "Canadian Army Command and Staff College", "2012-01-09 to 2012-05-18"]],
           (75, 65, 40))
    pdf.heading("Education / Études", 11)
    ptable(pdf, [["Degree / Diplôme", "Institution", "Year / Année"],
                 ["Master of Defence Studies (MDS)", "Royal Military College of Canada", "2018"],
                 ["Baccalauréat en science politique", "Université Laval", "2004"]], (75, 75, 30))
    pdf.heading("Language Profile / Profil linguistique", 11)
    ptable(pdf, [["Language / Langue", "Result / Résultat"],
                 ["French / français", "First official language"],
                 ["English / anglais", "SLE: CBC (2020); NATO STANAG 6001: 3-3-3-3 (2019)"]], (60, 120))
    pdf.heading("Operational Deployments / Déploiements", 11)
    pdf.para("Op REASSURANCE, Latvia (2019-01 to 2019-07) – eFP Battle Group Latvia, Deputy Commander.", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p54: Dutch CV in Dutch, full month names in a table
F = "cv_p54_nl_nederlands_maandnamen_verhoeven.pdf"


@doc(F, cv_label(
    F, "Femke Verhoeven", "femke.verhoeven@example.nl", "+31 6 5555 2741", "Netherlands",
    [("master", "Internationale Betrekkingen", "Rijksuniversiteit Groningen", 2013),
     ("bachelor", "Bestuurskunde", "Universiteit Leiden", 2011),
     ("secondary", None, "Stedelijk Gymnasium Haarlem", 2008)],
    False,
    [("Beleidsmedewerker Internationale Samenwerking", "Ministerie van Defensie", "2021-01", None),
     ("Adviseur", "Nederlands Instituut voor Internationale Betrekkingen Clingendael", "2016-09", "2020-12"),
     ("Junior onderzoeker", "TNO", "2014-02", "2016-08")],
    [("Dutch", None, None), ("English", "VI", None), ("French", "IV", None), ("German", None, None)],
    ["Analytical Thinking", "Teamwork"],
    ["Beleidsadvisering", "Stakeholdermanagement", "MS Office", "Power BI"]))
def p54(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Curriculum Vitae — Femke Verhoeven", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Laan van Meerdervoort 210, 2563 AJ Den Haag · +31 6 5555 2741 · femke.verhoeven@example.nl\n"
             "Nationaliteit: Nederlandse · Geboortedatum: 2 juni 1990", 9)
    pdf.heading("Werkervaring", 11)
    ptable(pdf, [["Periode", "Functie", "Werkgever"],
                 ["januari 2021 – heden", "Beleidsmedewerker Internationale Samenwerking", "Ministerie van Defensie"],
                 ["september 2016 – december 2020", "Adviseur",
                  "Nederlands Instituut voor Internationale Betrekkingen Clingendael"],
                 ["februari 2014 – augustus 2016", "Junior onderzoeker", "TNO"]], (48, 60, 66))
    pdf.heading("Opleiding", 11)
    ptable(pdf, [["Jaar", "Opleiding", "Instelling"],
                 ["2013", "Master Internationale Betrekkingen", "Rijksuniversiteit Groningen"],
                 ["2011", "Bachelor Bestuurskunde", "Universiteit Leiden"],
                 ["2008", "VWO", "Stedelijk Gymnasium Haarlem"]], (20, 80, 74))
    pdf.heading("Talen", 11)
    ptable(pdf, [["Taal", "Niveau"], ["Nederlands", "moedertaal"], ["Engels", "C2"], ["Frans", "B2"],
                 ["Duits", "goed"]], (60, 114))
    pdf.heading("Vaardigheden", 11)
    pdf.para("Beleidsadvisering, Stakeholdermanagement, MS Office, Power BI", 9.5)
    pdf.heading("Competenties (NAVO-raamwerk)", 11)
    pdf.para("Analytisch denken (Analytical Thinking): maakt complexe analyses van capaciteitstekorten.\n"
             "Samenwerking (Teamwork): vraagt actief om inbreng van collega's uit andere landen.", 9.5)
    pdf.heading("Nevenactiviteiten", 11)
    pdf.para("sinds 2019 bestuurslid Atlantische Commissie Jongeren (onbezoldigd).", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p55: Montenegrin, two pages with running header and
# "Page 1 of 2" footer; the experience section is split by the page break; competencies on page 2
F = "cv_p55_me_pagefooters_split_perovic.pdf"


@doc(F, cv_label(
    F, "Milena Perović", "milena.perovic@example.me", "+382 67 555 318", "Montenegro",
    [("master", "European Political and Governance Studies", "College of Europe", 2013),
     ("bachelor", "Political Science", "University of Donja Gorica", 2011)],
    False,
    [("Head of Section for NATO Integration", "Ministry of Defence of Montenegro", "2020-03", None),
     ("Senior Adviser", "Ministry of Foreign Affairs of Montenegro", "2015-06", "2020-02"),
     ("Adviser", "Ministry of Foreign Affairs of Montenegro", "2013-10", "2015-05"),
     ("Programme Assistant", "OSCE Mission to Montenegro", "2011-10", "2013-08")],
    [("Montenegrin", None, None), ("English", "V", None), ("Italian", "IV", None), ("French", None, None)],
    ["Leadership", "Change Leadership", "Impact and Influence"],
    ["Policy drafting", "NATO defence planning (NDPP)", "Negotiation", "MS Office"]))
def p55(path):
    pdf = PDF(format="A4")
    pdf.header_text = "Milena Perović – Curriculum Vitae"
    pdf.footer_text = "Page {p} of 2"
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "MILENA PEROVIĆ", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Podgorica, Montenegro · +382 67 555 318 · milena.perovic@example.me · Citizen of Montenegro", 9)
    pdf.heading("Profile", 11)
    pdf.para("Defence policy professional who took part in Montenegro's accession to NATO (2017) and now leads the "
             "section coordinating Montenegro's NATO capability targets. " * 2, 9.5)
    pdf.heading("Professional experience", 11)
    jobs = [("Head of Section for NATO Integration", "Ministry of Defence of Montenegro", "Mar 2020 – present"),
            ("Senior Adviser", "Ministry of Foreign Affairs of Montenegro", "Jun 2015 – Feb 2020"),
            ("Adviser", "Ministry of Foreign Affairs of Montenegro", "Oct 2013 – May 2015"),
            ("Programme Assistant", "OSCE Mission to Montenegro", "Oct 2011 – Aug 2013")]
    filler = ("Prepared national positions for NATO committees; drafted the annual national programme; briefed the "
              "Minister and the parliamentary security committee; coordinated the work of eleven ministries; "
              "represented Montenegro in working groups in Brussels and Mons. ")
    for k, (t, o, dates) in enumerate(jobs):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(0, 5, o + " | " + dates, new_x="LMARGIN", new_y="NEXT")
        pdf.para(filler * (6 if k < 2 else 1), 9)
        pdf.ln(2)
    pdf.heading("Education", 11)
    pdf.para("MA in European Political and Governance Studies, College of Europe (Bruges), 2013", 9.5)
    pdf.para("BA in Political Science, University of Donja Gorica, 2011", 9.5)
    pdf.heading("Languages", 11)
    pdf.para("Montenegrin – native; English – C1; Italian – B2; French – basic", 9.5)
    pdf.heading("Key skills", 11)
    pdf.para("Policy drafting; NATO defence planning (NDPP); Negotiation; MS Office", 9.5)
    pdf.heading("Competencies", 11)
    pdf.para("Leadership – ensures the team has the opportunity to perform.\n"
             "Change Leadership – expresses vision for change.\n"
             "Impact and Influence – takes multiple actions to persuade.", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p56: Belgian, real two columns with the skills
# sidebar on the RIGHT, main column first, chronological (oldest first), year-only dates
F = "cv_p56_be_rightsidebar_chrono_vanacker.pdf"


@doc(F, cv_label(
    F, "Lotte Van Acker", "lotte.vanacker@example.be", "+32 478 55 61 02", "Belgium",
    [("bachelor", "Handelswetenschappen", "KU Leuven", 2010),
     ("master", "Supply Chain Management", "Vlerick Business School", 2012)],
    False,
    [("Logistics Analyst", "Belgian Defence (Defensie / La Défense)", "2012-01", "2016-12"),
     ("Supply Chain Consultant", "Deloitte Belgium", "2017-01", "2020-12"),
     ("Inventory Management Officer", "NATO Support and Procurement Agency (NSPA)", "2021-01", None)],
    [("Dutch", None, None), ("French", "V", None), ("English", "V", None), ("German", "IV", None)],
    [],
    ["SAP MM", "Inventory optimisation", "Lean Six Sigma", "Power BI", "Python"]))
def p56(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    sx = 142  # sidebar starts here (right column)
    # main column (left), printed first
    pdf.set_left_margin(14)
    pdf.set_right_margin(210 - sx + 6)
    pdf.set_xy(14, 16)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Lotte Van Acker", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Supply chain and inventory management", 10, "I")
    pdf.heading("Career (chronological)", 11)
    for dates, t, o, desc in [
        ("2012 – 2016", "Logistics Analyst", "Belgian Defence (Defensie / La Défense)",
         "Stock analysis for the Land Component's spare parts; deployed support cell planning."),
        ("2017 – 2020", "Supply Chain Consultant", "Deloitte Belgium",
         "Inventory optimisation projects for public-sector and defence clients."),
        ("2021 – present", "Inventory Management Officer", "NATO Support and Procurement Agency (NSPA)",
         "Manages stock policy for a multinational weapon-system partnership; chairs the quarterly stock review.")]:
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, dates, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, o, new_x="LMARGIN", new_y="NEXT")
        pdf.para(desc, 9)
        pdf.ln(2)
    pdf.heading("Education (chronological)", 11)
    pdf.para("2010  Bachelor Handelswetenschappen – KU Leuven", 9.5)
    pdf.para("2012  Master in Supply Chain Management – Vlerick Business School", 9.5)
    pdf.para("2019  APICS CSCP certificate", 9)
    # right sidebar
    pdf.set_fill_color(235, 240, 245)
    pdf.rect(sx, 0, 210 - sx, 297, style="F")
    pdf.set_left_margin(sx + 5)
    pdf.set_right_margin(6)
    pdf.set_xy(sx + 5, 18)
    for head, body in [("CONTACT", "lotte.vanacker@example.be\n+32 478 55 61 02\nMechelen, Belgium"),
                       ("NATIONALITY", "Belgian"),
                       ("LANGUAGES", "Dutch – mother tongue\nFrench – C1\nEnglish – C1\nGerman – B2"),
                       ("SKILLS", "SAP MM\nInventory optimisation\nLean Six Sigma\nPower BI\nPython"),
                       ("INTERESTS", "Cycling, jazz piano")]:
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        pdf.multi_cell(0, 4.5, body, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(path)


# ------------------------------------------------------------------ p57: Turkish engineer, English CV, dates at the END
# of the title line in brackets, "Halen / Present"
F = "cv_p57_tr_dates_lineend_halen_arslan.pdf"


@doc(F, cv_label(
    F, "Zeynep Arslan", "zeynep.arslan@example.com.tr", "+90 533 555 12 84", "Türkiye",
    [("master", "Electrical and Electronics Engineering", "Middle East Technical University", 2013),
     ("bachelor", "Electrical and Electronics Engineering", "Bilkent University", 2011)],
    False,
    [("Senior Systems Engineer", "ASELSAN A.Ş.", "2018-09", None),
     ("Systems Engineer", "ROKETSAN A.Ş.", "2013-07", "2018-08"),
     ("Research Assistant", "Middle East Technical University", "2011-09", "2013-06")],
    [("Turkish", None, None), ("English", "V", None), ("German", "IV", None)],
    [],
    ["MATLAB", "Simulink", "IBM DOORS", "SysML", "C++"]))
def p57(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Zeynep Arslan", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Systems engineer – air defence and radar integration\nÇankaya, Ankara · +90 533 555 12 84 · "
             "zeynep.arslan@example.com.tr · Nationality: Turkish (T.C.)", 9)
    pdf.heading("Experience", 11)
    for head, desc in [
        ("Senior Systems Engineer, ASELSAN A.Ş. (Sep 2018 – Halen / Present)",
         "Requirements and interface management for a ground-based air defence radar; NATO ACCS interface tests."),
        ("Systems Engineer, ROKETSAN A.Ş. (Jul 2013 – Aug 2018)",
         "System integration and verification of missile launcher subsystems."),
        ("Research Assistant, Middle East Technical University (Sep 2011 – Jun 2013)",
         "Radar signal processing laboratory; teaching assistant for Signals and Systems.")]:
        pdf.para(head, 10, "B")
        pdf.para(desc, 9)
        pdf.ln(1.5)
    pdf.heading("Education", 11)
    pdf.para("M.Sc. in Electrical and Electronics Engineering, Middle East Technical University (2013)", 9.5)
    pdf.para("B.Sc. in Electrical and Electronics Engineering, Bilkent University (2011)", 9.5)
    pdf.heading("Languages", 11)
    pdf.para("Turkish – native; English – C1 (YDS 92, IELTS 7.5); German – B2 (Goethe-Zertifikat B2)", 9.5)
    pdf.heading("Technical skills", 11)
    pdf.para("MATLAB · Simulink · IBM DOORS · SysML · C++", 9.5)
    pdf.heading("Certifications", 11)
    pdf.para("INCOSE CSEP (2020)", 9)
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
