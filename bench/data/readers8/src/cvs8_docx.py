"""DOCX CVs of corpus 8 (d55-d61). Each builder writes its document; the label beside it is hand-written."""
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def line(d, bold, rest=""):
    p = d.add_paragraph()
    p.add_run(bold).bold = True
    if rest:
        p.add_run(rest)
    return p


def cell_lines(cell, lines, bold_first=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        if bold_first and k == 0:
            r.bold = True
        if size:
            r.font.size = Pt(size)


# ------------------------------------------------------------------ d55: Romanian Europass entirely in Romanian
F = "cv_d55_ro_europass_romana_prezent_dumitrescu.docx"


@doc(F, cv_label(
    F, "Andreea Dumitrescu", "andreea.dumitrescu@example.ro", "+40 723 555 418", "Romania",
    [("master", "Studii de securitate", "Universitatea din București", 2012),
     ("bachelor", "Relații internaționale și studii europene", "Universitatea Babeș-Bolyai", 2010),
     ("secondary", None, "Colegiul Național „Gheorghe Lazăr”", 2007)],
    False,
    [("Consilier superior", "Ministerul Apărării Naționale", "2019-03", None),
     ("Expert", "Ministerul Afacerilor Externe", "2014-09", "2019-02"),
     ("Asistent de cercetare", "Universitatea Națională de Apărare „Carol I”", "2012-10", "2014-08")],
    [("Romanian", None, None), ("English", "V", None), ("French", "IV", None)],
    [],
    ["Microsoft Office", "SharePoint", "ArcGIS"]))
def d55(path):
    d = new_docx(9.5)
    d.add_paragraph().add_run("europass").bold = True
    d.add_paragraph("Curriculum vitae")
    t = docx_table(d, [
        ["INFORMAȚII PERSONALE", "Dumitrescu Andreea"],
        ["", "Strada Icoanei 12, 020451 București (România)"],
        ["", "+40 723 555 418"],
        ["", "andreea.dumitrescu@example.ro"],
        ["", "Sexul Feminin | Data nașterii 04/02/1988 | Cetățenia română"],
        ["LOCUL DE MUNCĂ PENTRU CARE SE CANDIDEAZĂ", "Ofițer de politici (Policy Officer), NATO International Staff"],
    ], style=None)
    d.add_paragraph()
    d.add_paragraph().add_run("EXPERIENȚA PROFESIONALĂ").bold = True
    docx_table(d, [
        ["01/03/2019 – prezent", "Consilier superior\nMinisterul Apărării Naționale, Direcția Politica de Apărare, "
                                 "București (România)\nCoordonarea contribuției naționale la procesul de planificare "
                                 "a apărării NATO.\nTipul sau sectorul de activitate Administrație publică"],
        ["15/09/2014 – 28/02/2019", "Expert\nMinisterul Afacerilor Externe, Direcția NATO și Politici de "
                                   "Securitate Strategică, București (România)\nPregătirea mandatelor pentru "
                                   "reuniunile Consiliului Nord-Atlantic."],
        ["01/10/2012 – 31/08/2014", "Asistent de cercetare\nUniversitatea Națională de Apărare „Carol I”, "
                                   "București (România)\nSprijin pentru proiecte de cercetare în domeniul "
                                   "securității."],
    ], style=None)
    d.add_paragraph().add_run("EDUCAȚIE ȘI FORMARE").bold = True
    docx_table(d, [
        ["2010 – 2012", "Diplomă de master – Studii de securitate\nUniversitatea din București, Facultatea de "
                        "Sociologie și Asistență Socială\nNivelul 7 EQF"],
        ["2007 – 2010", "Diplomă de licență – Relații internaționale și studii europene\nUniversitatea "
                        "Babeș-Bolyai, Cluj-Napoca (România)\nNivelul 6 EQF"],
        ["2003 – 2007", "Diplomă de bacalaureat\nColegiul Național „Gheorghe Lazăr”, București\nNivelul 4 EQF"],
        ["03/2017 – 04/2017", "Certificat de absolvire – Curs de management al crizelor\nColegiul Național de "
                              "Apărare (nu conferă diplomă universitară)"],
    ], style=None)
    d.add_paragraph().add_run("COMPETENȚE PERSONALE").bold = True
    d.add_paragraph("Limba(i) maternă(e): română")
    d.add_paragraph("Alte limbi străine cunoscute:")
    docx_table(d, [
        ["", "ÎNȚELEGERE\nAscultare", "ÎNȚELEGERE\nCitire", "VORBIRE\nParticipare la conversație",
         "VORBIRE\nDiscurs oral", "SCRIERE"],
        ["engleză", "C1", "C1", "C1", "C1", "C1"],
        ["franceză", "B2", "B2", "B2", "B2", "B2"],
    ], style="Table Grid")
    d.add_paragraph("Niveluri: A1 și A2: Utilizator elementar - B1 și B2: Utilizator independent - C1 și C2: "
                    "Utilizator experimentat. Cadrul european comun de referință pentru limbi străine")
    line(d, "Competențe de comunicare: ", "bune competențe de comunicare dobândite în negocieri multilaterale.")
    line(d, "Competențe digitale: ", "Microsoft Office, SharePoint, ArcGIS")
    line(d, "Permis de conducere: ", "B")
    d.save(path)


# ------------------------------------------------------------------ d56: photo-box header (3-cell table) and a contact
# sidebar (borderless 1x2 table: narrow left sidebar, main text right)
F = "cv_d56_al_photobox_header_sidebar_meta.docx"


@doc(F, cv_label(
    F, "Klodiana Meta", "klodiana.meta@example.al", "+355 69 555 2731", "Albania",
    [("master", "Telecommunications Engineering", "Polytechnic University of Tirana", 2016),
     ("bachelor", "Electronic Engineering", "Polytechnic University of Tirana", 2014)],
    False,
    [("Senior Network Engineer", "Ministry of Defence of Albania", "2020-06", None),
     ("Network Engineer", "Vodafone Albania", "2016-09", "2020-05"),
     ("IT Support Technician", "ALBtelecom", "2014-07", "2016-08")],
    [("Albanian", None, None), ("English", "V", None), ("Italian", "VI", None), ("Greek", "IV", None)],
    [],
    ["Cisco IOS", "Juniper Junos", "Linux", "Wireshark", "ITIL 4"]))
def d56(path):
    d = new_docx(10)
    hdr = d.add_table(rows=1, cols=3)
    hdr.style = "Table Grid"
    cell_lines(hdr.cell(0, 0), ["", "[ PHOTO ]", ""], size=8)
    cell_lines(hdr.cell(0, 1), ["KLODIANA META", "Communications and Information Systems Engineer"], bold_first=True)
    cell_lines(hdr.cell(0, 2), ["Tirana, Albania", "Born 1991"], size=9)
    hdr.cell(0, 0).width = Cm(3)
    d.add_paragraph()
    body = d.add_table(rows=1, cols=2)
    left, right = body.cell(0, 0), body.cell(0, 1)
    left.width, right.width = Cm(5.5), Cm(11.5)
    cell_lines(left, ["CONTACT", "klodiana.meta@example.al", "+355 69 555 2731", "Rruga e Kavajës 88, Tirana", "",
                      "NATIONALITY", "Albanian", "",
                      "LANGUAGES", "Albanian — native", "English — C1", "Italian — C2", "Greek — B2", "",
                      "SKILLS", "Cisco IOS", "Juniper Junos", "Linux", "Wireshark", "ITIL 4", "",
                      "CERTIFICATES", "CCNP Enterprise (2021)", "NATO School: NATO CIS Course (2022)"], size=9)
    cell_lines(right, [
        "PROFILE",
        "Network engineer with ten years in defence and telecom networks; in charge of the Albanian MoD's "
        "connection to the NATO General Purpose Segment.",
        "",
        "EXPERIENCE",
        "Senior Network Engineer",
        "Ministry of Defence of Albania",
        "Jun 2020 – present",
        "Design and operation of the classified WAN; national point of contact for NCIA service requests.",
        "",
        "Network Engineer",
        "Vodafone Albania",
        "Sep 2016 – May 2020",
        "Core IP/MPLS network operations; led the migration of 40 sites.",
        "",
        "IT Support Technician",
        "ALBtelecom",
        "Jul 2014 – Aug 2016",
        "",
        "EDUCATION",
        "Master Shkencor in Telecommunications Engineering — Polytechnic University of Tirana, 2016",
        "Bachelor in Electronic Engineering — Polytechnic University of Tirana, 2014",
    ])
    for p in right.paragraphs:
        if p.text in ("PROFILE", "EXPERIENCE", "EDUCATION", "Senior Network Engineer", "Network Engineer",
                      "IT Support Technician"):
            for r in p.runs:
                r.bold = True
    for p in left.paragraphs:
        if p.text.isupper():
            for r in p.runs:
                r.bold = True
    d.save(path)


# ------------------------------------------------------------------ d57: Slovenian officer, timeline table with the
# years in the left column (year-only ranges), Slovene/English headings
F = "cv_d57_si_timeline_yearcolumn_officer_horvat.docx"


@doc(F, cv_label(
    F, "Matej Horvat", "matej.horvat@example.si", "+386 41 555 908", "Slovenia",
    [("master", "Defence Studies", "University of Ljubljana", 2016),
     ("bachelor", "Defence Studies", "University of Ljubljana", 2009)],
    True,
    [("Chief of Plans Branch (J5)", "General Staff of the Slovenian Armed Forces (Generalštab Slovenske vojske)",
      "2021-01", None),
     ("Battalion Operations Officer (S3)", "10th Motorised Battalion", "2017-01", "2020-12"),
     ("Company Commander", "20th Motorised Battalion", "2013-01", "2016-12"),
     ("Platoon Leader", "20th Motorised Battalion", "2009-01", "2012-12")],
    [("Slovenian", None, None), ("English", None, "3333"), ("Italian", None, "2221")],
    [],
    []))
def d57(path):
    d = new_docx(10)
    d.add_heading("Življenjepis / Curriculum Vitae", 0)
    d.add_paragraph("Major Matej Horvat\nmatej.horvat@example.si · +386 41 555 908\n"
                    "Državljanstvo / Citizenship: slovensko / Slovenian")
    d.add_heading("Časovnica / Timeline", 1)
    docx_table(d, [
        ["Leto / Year", "Dolžnost / Appointment", "Enota / Unit"],
        ["2021 – danes / today", "Chief of Plans Branch (J5)", "General Staff of the Slovenian Armed Forces "
                                                               "(Generalštab Slovenske vojske), Ljubljana"],
        ["2017 – 2020", "Battalion Operations Officer (S3)", "10th Motorised Battalion, Ljubljana"],
        ["2013 – 2016", "Company Commander", "20th Motorised Battalion, Celje"],
        ["2009 – 2012", "Platoon Leader", "20th Motorised Battalion, Celje"],
    ], bold_first_row=True)
    d.add_heading("Izobraževanje / Education", 1)
    docx_table(d, [
        ["Leto / Year", "Program", "Ustanova / Institution"],
        ["2020", "Višji štabni šolanje (Command and Staff Course)", "Šola za častnike, Poveljstvo za doktrino, "
                                                                  "razvoj, izobraževanje in usposabljanje"],
        ["2016", "Magister (MA) in Defence Studies / obramboslovje", "University of Ljubljana"],
        ["2009", "Bachelor (univ. dipl.) in Defence Studies / obramboslovje", "University of Ljubljana"],
    ], bold_first_row=True)
    d.add_heading("Jeziki / Languages", 1)
    d.add_paragraph("slovenščina / Slovenian – materni jezik / mother tongue\n"
                    "angleščina / English – STANAG 6001 SLP 3333\n"
                    "italijanščina / Italian – STANAG 6001 SLP 2221")
    d.add_heading("Misije / Deployments", 1)
    d.add_paragraph("KFOR, Peć (2014, 6 months); eFP Battlegroup Latvia (2019, 6 months).")
    d.save(path)


# ------------------------------------------------------------------ d58: Canadian civilian, posts grouped by employer
# (three roles under one DND heading, each with its own dates on a right tab)
F = "cv_d58_ca_grouped_by_employer_chenbarrett.docx"


@doc(F, cv_label(
    F, "Olivia Chen-Barrett", "olivia.chenbarrett@example.ca", "613-555-0142", "Canada",
    [("master", "Political Science", "Carleton University", 2008),
     ("bachelor", "History", "University of Toronto", 2006)],
    False,
    [("Senior Policy Analyst", "Department of National Defence (DND)", "2020-04", None),
     ("Policy Analyst", "Department of National Defence (DND)", "2015-09", "2020-03"),
     ("Junior Policy Officer", "Department of National Defence (DND)", "2011-06", "2015-08"),
     ("Foreign Service Officer", "Global Affairs Canada", "2008-07", "2011-05")],
    [("English", None, None), ("French", None, None)],
    [],
    ["policy analysis", "briefing note drafting", "GCdocs", "Cabinet document preparation"]))
def d58(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Olivia Chen-Barrett")
    r.bold = True
    r.font.size = Pt(18)
    p = d.add_paragraph("Ottawa, Ontario · 613-555-0142 · olivia.chenbarrett@example.ca · Canadian citizen")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Professional Experience", 1)

    def employer(name, span):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16))
        p.add_run(name).bold = True
        p.add_run("\t" + span)

    def role(title, dates, desc):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16))
        p.add_run(title).italic = True
        p.add_run("\t" + dates)
        q = d.add_paragraph(desc, style="List Bullet")
        q.paragraph_format.left_indent = Cm(1.4)

    employer("Department of National Defence (DND), Ottawa", "2011 – present")
    role("Senior Policy Analyst", "April 2020 – present",
         "Lead analyst on Canada's contribution to NATO's enhanced Forward Land Forces in Latvia.")
    role("Policy Analyst", "September 2015 – March 2020",
         "Drafted briefing notes for the Deputy Minister on NATO Summit deliverables.")
    role("Junior Policy Officer (term)", "June 2011 – August 2015",
         "Supported the Directorate of NATO Policy; coordinated Cabinet document preparation.")
    employer("Global Affairs Canada, Ottawa", "2008 – 2011")
    role("Foreign Service Officer", "July 2008 – May 2011",
         "International Security Policy Bureau; desk officer for the OSCE.")
    d.add_heading("Education", 1)
    d.add_paragraph("M.A., Political Science — Carleton University, 2008")
    d.add_paragraph("B.A. (Honours), History — University of Toronto, 2006")
    d.add_heading("Official Languages", 1)
    d.add_paragraph("English — first official language; French — second language evaluation CBC")
    d.add_heading("Key Skills", 1)
    d.add_paragraph("policy analysis; briefing note drafting; GCdocs; Cabinet document preparation")
    d.save(path)


# ------------------------------------------------------------------ d59: junior graduate, EDUCATION FIRST, internship
# and a part-time student job during studies
F = "cv_d59_ee_educationfirst_junior_intern_lepik.docx"


@doc(F, cv_label(
    F, "Kristjan Lepik", "kristjan.lepik@example.ee", "+372 5555 8123", "Estonia",
    [("master", "International Relations and Regional Studies", "University of Tartu", 2025),
     ("bachelor", "Government and Politics", "Tallinn University of Technology (TalTech)", 2023),
     ("secondary", None, "Tallinna Reaalkool", 2020)],
    False,
    [("Junior Analyst", "International Centre for Defence and Security (ICDS)", "2025-09", None),
     ("Intern", "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)", "2025-02", "2025-07"),
     ("Student Assistant", "University of Tartu", "2023-09", "2025-01")],
    [("Estonian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Finnish", None, None)],
    [],
    ["Python (pandas)", "R", "QGIS", "MS Office"]))
def d59(path):
    d = new_docx(10.5)
    d.add_heading("Kristjan Lepik", 0)
    d.add_paragraph("kristjan.lepik@example.ee | +372 5555 8123 | Tallinn | Citizenship: Estonia")
    d.add_paragraph("Recent graduate applying for the NATO Internship Programme / Young Professionals posts.")
    d.add_heading("Education", 1)
    line(d, "MA in International Relations and Regional Studies", " — University of Tartu, Johan Skytte "
                                                              "Institute of Political Studies (2023 – 2025)")
    d.add_paragraph("Thesis: Host-nation support in the Baltic states after 2022 (grade A).")
    line(d, "BA in Government and Politics", " — Tallinn University of Technology (TalTech) (2020 – 2023)")
    line(d, "Gymnasium graduation certificate (gümnaasiumi lõputunnistus)", " — Tallinna Reaalkool (2020)")
    line(d, "Exchange semester", " — Sciences Po Paris (spring 2022, no degree)")
    d.add_heading("Work experience", 1)
    line(d, "Junior Analyst", " — International Centre for Defence and Security (ICDS), Tallinn")
    d.add_paragraph("September 2025 – present")
    line(d, "Intern", " — NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE), Tallinn")
    d.add_paragraph("February 2025 – July 2025")
    line(d, "Student Assistant (part-time, 0.5 FTE, during studies)", " — University of Tartu, Johan Skytte "
                                                                   "Institute of Political Studies")
    d.add_paragraph("September 2023 – January 2025")
    d.add_heading("Languages", 1)
    docx_table(d, [["Language", "Level"], ["Estonian", "native"], ["English", "C1"], ["Russian", "B2"],
                   ["Finnish", "basic"]], bold_first_row=True)
    d.add_heading("Skills", 1)
    d.add_paragraph("Python (pandas), R, QGIS, MS Office")
    d.add_heading("Volunteering", 1)
    d.add_paragraph("Estonian Defence League (Kaitseliit), volunteer member since 2021.")
    d.save(path)


# ------------------------------------------------------------------ d60: French CV in French: "Depuis septembre 2022",
# full French month names, a parental-leave career break between two posts
F = "cv_d60_fr_depuis_moisfrancais_congeparental_garnier.docx"


@doc(F, cv_label(
    F, "Hélène Garnier", "helene.garnier@example.fr", "06 55 51 42 87", "France",
    [("master", "Sécurité internationale et défense", "Université Jean Moulin Lyon 3", 2013),
     ("bachelor", "science politique", "Université Grenoble Alpes", 2011),
     ("secondary", None, "Lycée Champollion", 2008)],
    False,
    [("Chargée de mission affaires OTAN",
      "Direction générale des relations internationales et de la stratégie (DGRIS)", "2022-09", None),
     ("Analyste", "Institut de recherche stratégique de l'École militaire (IRSEM)", "2016-03", "2019-12"),
     ("Chargée d'études", "Fondation pour la recherche stratégique (FRS)", "2013-10", "2016-02")],
    [("French", None, None), ("English", "V", None), ("German", "IV", None), ("Spanish", None, None)],
    [],
    ["Pack Office", "Zotero", "Tableau"]))
def d60(path):
    d = new_docx(10.5)
    d.add_heading("Hélène GARNIER", 0)
    d.add_paragraph("14, rue de Vaugirard, 75006 Paris\n06 55 51 42 87 — helene.garnier@example.fr\n"
                    "Nationalité : française — née le 2 mai 1990")
    d.add_heading("EXPÉRIENCE PROFESSIONNELLE", 1)
    docx_table(d, [
        ["Depuis septembre 2022", "Chargée de mission affaires OTAN\nDirection générale des relations "
                                  "internationales et de la stratégie (DGRIS)\nSuivi des travaux du Comité des "
                                  "plans de défense ; préparation des réunions des ministres de la Défense."],
        ["Janvier 2020 – août 2022", "Congé parental"],
        ["Mars 2016 – décembre 2019", "Analyste\nInstitut de recherche stratégique de l'École militaire (IRSEM)\n"
                                      "Domaine « Défense et société » ; notes de recherche sur la dissuasion."],
        ["Octobre 2013 – février 2016", "Chargée d'études\nFondation pour la recherche stratégique (FRS)\n"
                                        "Études pour la Direction générale de l'armement."],
    ], style=None)
    d.add_heading("FORMATION", 1)
    d.add_paragraph("2013 — Master 2 Sécurité internationale et défense, Université Jean Moulin Lyon 3")
    d.add_paragraph("2011 — Licence de science politique, Université Grenoble Alpes")
    d.add_paragraph("2008 — Baccalauréat ES, Lycée Champollion (Grenoble)")
    d.add_paragraph("2018 — Session nationale « Politique de défense », IHEDN (auditrice ; formation non "
                    "diplômante)")
    d.add_heading("LANGUES", 1)
    d.add_paragraph("français : langue maternelle ; anglais : niveau C1 (TOEIC 945) ; allemand : B2 ; "
                    "espagnol : notions")
    d.add_heading("COMPÉTENCES INFORMATIQUES", 1)
    d.add_paragraph("Pack Office, Zotero, Tableau")
    d.add_heading("CENTRES D'INTÉRÊT", 1)
    d.add_paragraph("Escalade, piano, bénévolat à la Croix-Rouge française (depuis 2015).")
    d.save(path)


# ------------------------------------------------------------------ d61: Lithuanian assistant (B grade), secondary
# education only, "since March 2018", part-time job while at school, vocational course (no entry)
F = "cv_d61_lt_assistant_secondaryonly_vaitkute.docx"


@doc(F, cv_label(
    F, "Rūta Vaitkutė", "ruta.vaitkute@example.lt", "+370 612 55 417", "Lithuania",
    [("secondary", None, "Vilnius Žirmūnai Gymnasium", 2012)],
    False,
    [("Administrative Assistant", "Ministry of National Defence of the Republic of Lithuania", "2018-03", None),
     ("Receptionist", "Radisson Blu Hotel Lietuva", "2014-06", "2018-02"),
     ("Sales Assistant", "Maxima LT, UAB", "2012-09", "2014-05")],
    [("Lithuanian", None, None), ("English", "IV", None), ("Russian", "IV", None), ("Polish", None, None)],
    [],
    ["MS Office (Word, Excel, Outlook)", "document management system DVS", "touch typing"]))
def d61(path):
    d = new_docx(11)
    d.add_heading("RŪTA VAITKUTĖ", 0)
    d.add_paragraph("Administrative Assistant")
    docx_table(d, [["Phone", "+370 612 55 417"], ["E-mail", "ruta.vaitkute@example.lt"],
                   ["Address", "Žirmūnų g. 70-14, LT-09124 Vilnius"], ["Nationality", "Lithuanian"]],
               style="Table Grid")
    d.add_heading("Employment", 1)
    line(d, "Administrative Assistant, Ministry of National Defence of the Republic of Lithuania")
    d.add_paragraph("since March 2018 — registry of incoming correspondence, travel orders, meeting logistics "
                    "for NATO delegations visiting Vilnius.")
    line(d, "Receptionist, Radisson Blu Hotel Lietuva")
    d.add_paragraph("June 2014 – February 2018 — front desk, group bookings for conferences.")
    line(d, "Sales Assistant (part-time), Maxima LT, UAB")
    d.add_paragraph("September 2012 – May 2014")
    d.add_heading("Education and training", 1)
    d.add_paragraph("2012 — Secondary education certificate (brandos atestatas), Vilnius Žirmūnai Gymnasium")
    d.add_paragraph("2016 — Office administration course, Vilnius Business College (72 hours, certificate of "
                    "attendance)")
    d.add_heading("Languages", 1)
    d.add_paragraph("Lithuanian — native\nEnglish — B2\nRussian — B2\nPolish — basic")
    d.add_heading("Computer skills", 1)
    d.add_paragraph("MS Office (Word, Excel, Outlook); document management system DVS; touch typing")
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
