"""DOCX CVs of corpus 4 (d27-d32). Each builder writes its document; the label beside it is hand-written."""
import os

from docx.enum.section import WD_SECTION
from docx.shared import Pt

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def hdr(section, text, footer=None):
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = text
    if footer is not None:
        section.footer.is_linked_to_previous = False
        section.footer.paragraphs[0].text = footer


# ------------------------------------------------------------------ d27: Belgian Flemish, bilingual NL/EN headings
F = "cv_d27_be_nl_bilingual_peeters.docx"


@doc(F, cv_label(
    F, "Pieter-Jan Peeters", "pj.peeters@example.be", "+32 478 55 31 20", "Belgium",
    [("master", "Rechten", "KU Leuven", 2014), ("bachelor", "Rechten", "KU Leuven", 2012)],
    False,
    [("Juridisch adviseur / Legal Adviser", "Federale Overheidsdienst Buitenlandse Zaken / FPS Foreign Affairs",
      "2019-01", None),
     ("Advocaat-stagiair / Trainee lawyer", "Eubelius", "2014-01", "2018-12")],
    [("Dutch", None, None), ("French", "V", None), ("English", "VI", None), ("German", "IV", None)],
    [],
    ["Legistiek / legislative drafting", "Verdragsrecht / treaty law", "Westlaw", "Jura"]))
def d27(path):
    d = new_docx()
    hdr(d.sections[0], "Pieter-Jan Peeters – Curriculum Vitae", "pj.peeters@example.be")
    d.add_heading("Pieter-Jan Peeters", 0)
    d.add_paragraph("Jurist internationaal recht / International lawyer")
    d.add_paragraph("Tel. +32 478 55 31 20 · E-mail pj.peeters@example.be · Leuven")
    d.add_paragraph("Nationaliteit / Nationality: Belg / Belgian")
    d.add_heading("Werkervaring / Work experience", 1)
    p = d.add_paragraph()
    p.add_run("sinds 2019 / since 2019 — ").bold = True
    p.add_run("Juridisch adviseur / Legal Adviser — Federale Overheidsdienst Buitenlandse Zaken / FPS Foreign Affairs, Brussel")
    d.add_paragraph("Verdragsrecht, sancties en NAVO-dossiers / treaty law, sanctions and NATO files.", style="List Bullet")
    p = d.add_paragraph()
    p.add_run("2014 – 2018 — ").bold = True
    p.add_run("Advocaat-stagiair / Trainee lawyer — Eubelius, Brussel")
    d.add_heading("Opleiding / Education", 1)
    d.add_paragraph("2014 — Master in de Rechten / Master of Laws — KU Leuven")
    d.add_paragraph("2012 — Bachelor in de Rechten / Bachelor of Laws — KU Leuven")
    d.add_heading("Talen / Languages", 1)
    docx_table(d, [["Taal / Language", "Niveau / Level"],
                   ["Nederlands / Dutch", "moedertaal / mother tongue"],
                   ["Frans / French", "C1"],
                   ["Engels / English", "C2"],
                   ["Duits / German", "B2"]], bold_first_row=True)
    d.add_heading("Vaardigheden / Skills", 1)
    d.add_paragraph("Legistiek / legislative drafting; Verdragsrecht / treaty law; Westlaw; Jura")
    d.save(path)


# ------------------------------------------------------------------ d28: German Air Force officer, English, experience table with a course row
F = "cv_d28_de_luftwaffe_table_becker.docx"


@doc(F, cv_label(
    F, "Jan-Hendrik Becker", "janhendrik.becker@example.de", "+49 2203 555 1190", "Germany",
    [("master", "Aerospace Engineering", "Universität der Bundeswehr München", 2008)],
    True,
    [("Branch Chief Air Operations Plans (A5)", "Air Operations Command (Zentrum Luftoperationen)", "2021-10", None),
     ("Staff Officer Capability Development", "Federal Ministry of Defence (BMVg)", "2018-10", "2021-09"),
     ("Squadron Commander / Staffelkapitän", "Tactical Air Wing 31 \"Boelcke\" (Taktisches Luftwaffengeschwader 31)",
      "2012-10", "2016-09")],
    [("German", None, None), ("English", None, "3333"), ("French", None, "2211")],
    ["Leadership", "Initiative"],
    []))
def d28(path):
    d = new_docx()
    hdr(d.sections[0], "CURRICULUM VITAE – Lieutenant Colonel (GS) J.-H. Becker")
    d.add_heading("Lieutenant Colonel (GS) Jan-Hendrik Becker", 1)
    d.add_paragraph("German Air Force (Luftwaffe) · German citizen")
    d.add_paragraph("Phone +49 2203 555 1190 · Mail janhendrik.becker@example.de")
    d.add_heading("Military Career", 2)
    docx_table(d, [["Period", "Assignment", "Unit / Command"],
                   ["since 10/2021", "Branch Chief Air Operations Plans (A5)",
                    "Air Operations Command (Zentrum Luftoperationen), Kalkar"],
                   ["10/2018 – 09/2021", "Staff Officer Capability Development", "Federal Ministry of Defence (BMVg), Bonn"],
                   ["10/2016 – 09/2018", "General Staff Course (LGAN 2016)", "Führungsakademie der Bundeswehr, Hamburg"],
                   ["10/2012 – 09/2016", "Squadron Commander / Staffelkapitän",
                    "Tactical Air Wing 31 \"Boelcke\" (Taktisches Luftwaffengeschwader 31), Nörvenich"]],
               bold_first_row=True)
    d.add_heading("Academic Education", 2)
    d.add_paragraph("2004 – 2008  Diplom-Ingenieur (Univ.) in Aerospace Engineering (Luft- und Raumfahrttechnik), "
                    "Universität der Bundeswehr München")
    d.add_heading("Language Proficiency (STANAG 6001)", 2)
    docx_table(d, [["Language", "Listening", "Speaking", "Reading", "Writing"],
                   ["English (2022)", "3", "3", "3", "3"],
                   ["French (2019)", "2", "2", "1", "1"]], bold_first_row=True)
    d.add_paragraph("German: native speaker")
    d.add_heading("Behavioural Competencies", 2)
    d.add_paragraph("Leadership – leads the team to results; Initiative – acts up to 2 months ahead.")
    d.save(path)


# ------------------------------------------------------------------ d29: Latvian, Europass 2013-style table, "2019.04 – present"
F = "cv_d29_lv_europass2013_kalnina.docx"


@doc(F, cv_label(
    F, "Ilze Kalniņa", "ilze.kalnina@example.lv", "+371 2955 5140", "Latvia",
    [("master", "Political Science", "University of Latvia", 2012),
     ("bachelor", "Political Science", "University of Latvia", 2010)],
    False,
    [("Senior Expert, Defence Policy Department",
      "Ministry of Defence of the Republic of Latvia (Aizsardzības ministrija)", "2019-04", None),
     ("Desk Officer", "Ministry of Foreign Affairs of the Republic of Latvia", "2014-09", "2019-03")],
    [("Latvian", None, None), ("Russian", None, None), ("English", "V", None), ("German", "IV", None)],
    [],
    ["ECDL", "Microsoft Office", "SharePoint", "basic HTML"]))
def d29(path):
    d = new_docx(10)
    d.add_paragraph("Europass Curriculum Vitae").runs[0].bold = True
    docx_table(d, [
        ["PERSONAL INFORMATION", "Ilze Kalniņa"],
        ["", "Brīvības iela 58, Rīga, LV-1011 (Latvia)\n+371 2955 5140\nilze.kalnina@example.lv"],
        ["", "Sex Female | Date of birth 03/02/1988 | Nationality Latvian"],
        ["POSITION", "Defence Policy Officer (NATO International Staff)"],
    ], style=None)
    d.add_paragraph()
    d.add_paragraph("WORK EXPERIENCE").runs[0].bold = True
    docx_table(d, [
        ["2019.04 – present", "Senior Expert, Defence Policy Department\n"
                              "Ministry of Defence of the Republic of Latvia (Aizsardzības ministrija), Riga (Latvia)\n"
                              "▪ NATO defence planning, host nation support policy\n"
                              "Business or sector Public administration and defence"],
        ["2014.09 – 2019.03", "Desk Officer\nMinistry of Foreign Affairs of the Republic of Latvia, Riga (Latvia)"],
    ], style=None)
    d.add_paragraph()
    d.add_paragraph("EDUCATION AND TRAINING").runs[0].bold = True
    docx_table(d, [
        ["2010 – 2012", "Master of Social Sciences in Political Science (Mg.sc.pol.)\nUniversity of Latvia, Riga (Latvia)"],
        ["2007 – 2010", "Bachelor of Social Sciences in Political Science (Bc.sc.pol.)\nUniversity of Latvia, Riga (Latvia)"],
    ], style=None)
    d.add_paragraph()
    d.add_paragraph("PERSONAL SKILLS").runs[0].bold = True
    docx_table(d, [
        ["Mother tongue(s)", "Latvian, Russian", "", "", "", ""],
        ["Other language(s)", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"],
        ["English", "C1", "C1", "C1", "C1", "C1"],
        ["German", "B2", "B2", "B2", "B2", "B2"],
    ])
    d.add_paragraph()
    docx_table(d, [["Digital skills", "ECDL; Microsoft Office; SharePoint; basic HTML"],
                   ["Driving licence", "B"]], style=None)
    d.save(path)


# ------------------------------------------------------------------ d30: US résumé, "2021–" open dash, pipes
F = "cv_d30_us_resume_opendash_ramirez.docx"


@doc(F, cv_label(
    F, "Marcus J. Ramirez", "marcus.ramirez@example.com", "210-555-0172", "United States",
    [("master", "Supply Chain Management", "The University of Texas at San Antonio", 2019),
     ("bachelor", "Industrial Engineering", "Texas A&M University", 2011)],
    False,
    [("Logistics Program Manager", "Leidos, Inc.", "2021-01", None),
     ("Supply Chain Analyst", "Defense Logistics Agency (DLA)", "2017-01", "2020-12"),
     ("Logistics Officer (Captain)", "U.S. Army", "2011-01", "2016-12")],
    [("Spanish", None, None), ("Portuguese", None, None)],
    [],
    ["SAP S/4HANA", "GCSS-Army", "Lean Six Sigma Green Belt", "Demand planning", "Power BI"]))
def d30(path):
    d = new_docx()
    t = d.add_paragraph()
    r = t.add_run("MARCUS J. RAMIREZ")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("San Antonio, TX · 210-555-0172 · marcus.ramirez@example.com · U.S. citizen")
    d.add_heading("SUMMARY", 2)
    d.add_paragraph("Logistics leader with 15 years across Army field logistics, DLA supply chain analytics and "
                    "defense contracting. Veteran; held a Secret clearance.")
    d.add_heading("EXPERIENCE", 2)
    for head, bullets in [
        ("LOGISTICS PROGRAM MANAGER | Leidos, Inc. | San Antonio, TX | 2021–",
         ["Runs a 40-person sustainment program for Air Force training aircraft.", "Cut backorders by 31%."]),
        ("SUPPLY CHAIN ANALYST | Defense Logistics Agency (DLA) | Fort Belvoir, VA | 2017–2020",
         ["Built demand forecasts for 12,000 repair parts."]),
        ("LOGISTICS OFFICER (CAPTAIN) | U.S. Army, 1st Cavalry Division | Fort Hood, TX | 2011–2016",
         ["Led a 60-Soldier distribution company; deployed to Kuwait (2014)."]),
    ]:
        d.add_paragraph().add_run(head).bold = True
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
    d.add_heading("EDUCATION", 2)
    d.add_paragraph("MBA, Supply Chain Management | The University of Texas at San Antonio | 2019")
    d.add_paragraph("B.S., Industrial Engineering | Texas A&M University | 2011")
    d.add_paragraph("Army Logistics Captains Career Course | Fort Lee, VA | 2013")
    d.add_heading("CERTIFICATIONS", 2)
    d.add_paragraph("Certified Supply Chain Professional (CSCP), APICS – 2020")
    d.add_heading("SKILLS", 2)
    d.add_paragraph("SAP S/4HANA | GCSS-Army | Lean Six Sigma Green Belt | Demand planning | Power BI")
    d.add_heading("LANGUAGES", 2)
    d.add_paragraph("Spanish – native/heritage speaker; Portuguese – basic")
    d.save(path)


# ------------------------------------------------------------------ d31: Greek Air Force officer, sections with different headers
F = "cv_d31_gr_haf_sections_karagiannis.docx"


@doc(F, cv_label(
    F, "Nikolaos Karagiannis", "n.karagiannis@example.gr", "+30 697 555 4413", "Greece",
    [("master", "Digital Systems Security", "University of Piraeus", 2016),
     ("bachelor", "Aeronautical Sciences (Communications and Electronics)", "Hellenic Air Force Academy (Σχολή Ικάρων)", 2009)],
    True,
    [("Staff Officer, CIS Plans", "Hellenic Tactical Air Force Command (HTAF)", "2022-01", None),
     ("Flight Commander", "114 Combat Wing (114 Πτέρυγα Μάχης)", "2018-08", "2021-12"),
     ("Communications Officer", "Hellenic Air Force General Staff (HAFGS)", "2013-01", "2018-12")],
    [("Greek", None, None), ("English", "VI", "3333"), ("French", "IV", None)],
    [],
    ["Link 16 network planning", "JREAP", "Cisco routing and switching", "NATO ACCS"]))
def d31(path):
    d = new_docx()
    s1 = d.sections[0]
    hdr(s1, "HELLENIC AIR FORCE – PERSONAL RECORD SUMMARY (UNCLASSIFIED)", "Page 1 – personal data and service")
    d.add_heading("Sminagos (OF-3) Nikolaos KARAGIANNIS", 1)
    d.add_paragraph("Hellenic Air Force · Citizenship: Hellenic Republic")
    d.add_paragraph("E-mail: n.karagiannis@example.gr   Mobile: +30 697 555 4413")
    d.add_heading("Service history", 2)
    d.add_paragraph("Jan 2022 – present: Staff Officer, CIS Plans, Hellenic Tactical Air Force Command (HTAF), Larissa")
    d.add_paragraph("Aug 2018 – Dec 2021: Flight Commander, 114 Combat Wing (114 Πτέρυγα Μάχης), Tanagra")
    d.add_paragraph("2013 – 2018: Communications Officer, Hellenic Air Force General Staff (HAFGS), Athens")
    d.add_heading("Academic qualifications", 2)
    d.add_paragraph("2016: MSc in Digital Systems Security, University of Piraeus")
    d.add_paragraph("2009: Ptychio in Aeronautical Sciences (Communications and Electronics), "
                    "Hellenic Air Force Academy (Σχολή Ικάρων)")
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    hdr(s2, "ANNEX A – PROFESSIONAL MILITARY EDUCATION, LANGUAGES, SKILLS", "Annex A")
    d.add_heading("Professional military education", 2)
    d.add_paragraph("2017: Command and Staff Course, Hellenic Air War College (Σχολή Πολέμου Αεροπορίας), Dekelia")
    d.add_paragraph("2019: NATO Link 16 Network Planning Course, NATO CIS School (NCISS), Oeiras")
    d.add_heading("Languages", 2)
    d.add_paragraph("Greek: native")
    d.add_paragraph("English: SLP 3-3-3-3 / CEFR C2 (Certificate of Proficiency in English)")
    d.add_paragraph("French: B2 (DELF B2)")
    d.add_heading("Technical skills", 2)
    for s in ["Link 16 network planning", "JREAP", "Cisco routing and switching", "NATO ACCS"]:
        d.add_paragraph(s, style="List Bullet")
    d.save(path)


# ------------------------------------------------------------------ d32: Romanian officer, languages in Romanian, competency annex section
F = "cv_d32_ro_officer_annex_stan.docx"


@doc(F, cv_label(
    F, "Mihai-Alexandru Stan", "mihai.stan@example.ro", "+40 722 555 381", "Romania",
    [("master", "Securitate și Apărare", "Universitatea Națională de Apărare „Carol I”", 2011),
     ("bachelor", "Științe Militare", "Academia Forțelor Terestre „Nicolae Bălcescu”", 2006)],
    True,
    [("Chief, Plans and Policy Section (J5)", "Multinational Division South-East (MND-SE)", "2020-01", None),
     ("Staff Officer, Operations Directorate", "Defence Staff (Statul Major al Apărării)", "2016-01", "2019-12"),
     ("Battalion Operations Officer (S3)", "2nd Infantry Battalion „Călugăreni”", "2011-01", "2014-12")],
    [("Romanian", None, None), ("English", None, "3332"), ("French", None, "2222")],
    ["Analytical Thinking", "Impact and Influence", "Organisational Awareness"],
    []))
def d32(path):
    d = new_docx()
    hdr(d.sections[0], "Curriculum Vitae – Lt Col M.-A. Stan")
    d.add_heading("Locotenent-colonel (OF-4) Mihai-Alexandru STAN", 1)
    d.add_paragraph("Romanian Land Forces / Forțele Terestre Române")
    d.add_paragraph("Cetățenie / Citizenship: română")
    d.add_paragraph("Tel.: +40 722 555 381 · E-mail: mihai.stan@example.ro")
    d.add_heading("Experiență profesională / Professional experience", 2)
    d.add_paragraph("din 2020 / since 2020 — Chief, Plans and Policy Section (J5), "
                    "Multinational Division South-East (MND-SE), Bucharest")
    d.add_paragraph("2016 – 2019 — Staff Officer, Operations Directorate, Defence Staff (Statul Major al Apărării), Bucharest")
    d.add_paragraph("2011 – 2014 — Battalion Operations Officer (S3), 2nd Infantry Battalion „Călugăreni”, Ploiești")
    d.add_heading("Educație și formare / Education and training", 2)
    d.add_paragraph("2014 – 2015 — Curs postuniversitar de conducere, specializarea Stat Major (Staff Officer Course), "
                    "Universitatea Națională de Apărare „Carol I”")
    d.add_paragraph("2011 — Master în Securitate și Apărare, Universitatea Națională de Apărare „Carol I”")
    d.add_paragraph("2006 — Licență în Științe Militare, Academia Forțelor Terestre „Nicolae Bălcescu”, Sibiu")
    d.add_heading("Limbi străine / Languages", 2)
    d.add_paragraph("Limba maternă: română")
    d.add_paragraph("Engleză – STANAG 6001: 3-3-3-2 (2021)")
    d.add_paragraph("Franceză – STANAG 6001: 2-2-2-2 (2018)")
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    hdr(s2, "Annex – Competency profile (NATO behavioural competencies)")
    d.add_heading("Competency profile", 2)
    d.add_paragraph("Analytical Thinking – makes complex plans or analyses (operational planning for MND-SE exercises).",
                    style="List Bullet")
    d.add_paragraph("Impact and Influence – takes multiple actions to persuade (host nation support negotiations).",
                    style="List Bullet")
    d.add_paragraph("Organisational Awareness – understands organisational politics.", style="List Bullet")
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
