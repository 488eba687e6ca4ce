"""Five DOCX CVs (d22-d26), each written next to its label."""

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

from common import CVS, comps, edu, job, label, lang

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def kv_table(d, rows, widths=(Cm(4.5), Cm(12))):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = ""
        lines = v.split("\n")
        cells[1].paragraphs[0].add_run(lines[0])
        for extra in lines[1:]:
            cells[1].add_paragraph(extra)
        cells[0].width, cells[1].width = widths
    return t


@doc
def d22():
    name = "cv_d22_europass_ro_ionescu.docx"
    d = new_doc()
    d.add_heading("Europass Curriculum Vitae", level=1)
    d.add_paragraph("PERSONAL INFORMATION")
    kv_table(d, [
        ("Name", "Andreea-Maria Ionescu"),
        ("Address", "Strada Polonă 68, 010494 Bucharest (Romania)"),
        ("Telephone", "+40 745 555 219"),
        ("E-mail", "andreea.ionescu@example.ro"),
        ("Date of birth", "07/11/1989"),
        ("Nationality", "Romanian"),
        ("Gender", "Female"),
    ])
    d.add_paragraph("")
    d.add_paragraph("WORK EXPERIENCE")
    kv_table(d, [
        ("15/10/2021 – CURRENT", "Cyber Defence Policy Officer\nMinistry of National Defence (MApN), Defence Policy and Planning Directorate – Bucharest, Romania\n"
         "Drafting national positions for the NATO Cyber Defence Committee; coordination with the national CERT."),
        ("01/03/2016 – 30/09/2021", "Research Analyst\nRomanian Diplomatic Institute (Institutul Diplomatic Român) – Bucharest, Romania\n"
         "Analysis of Black Sea security and hybrid threats."),
        ("01/09/2012 – 29/02/2016", "Project Assistant\nNew Strategy Center – Bucharest, Romania"),
    ])
    d.add_paragraph("")
    d.add_paragraph("EDUCATION AND TRAINING")
    kv_table(d, [
        ("01/10/2012 – 30/06/2014", "Diplomă de master – Studii de Securitate\nȘcoala Națională de Studii Politice și Administrative (SNSPA) – Bucharest\nEQF level 7"),
        ("01/10/2009 – 30/06/2012", "Diplomă de licență – Relații Internaționale și Studii Europene\nUniversitatea Babeș-Bolyai – Cluj-Napoca\nEQF level 6"),
        ("05/2019", "Cyber Defence Policy Course (certificate of attendance)\nNATO School Oberammergau"),
    ])
    d.add_paragraph("")
    d.add_paragraph("PERSONAL SKILLS")
    kv_table(d, [("Mother tongue(s)", "Romanian")])
    d.add_paragraph("Other language(s)")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"]
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
    for lng, lvl in [("English", "C1"), ("French", "B2")]:
        cells = t.add_row().cells
        cells[0].text = lng
        for c in cells[1:]:
            c.text = lvl
    d.add_paragraph("Levels: A1 and A2: Basic user – B1 and B2: Independent user – C1 and C2: Proficient user")
    d.add_paragraph("")
    kv_table(d, [
        ("Digital skills", "Microsoft Office; MISP threat-sharing platform; Tableau; Zotero"),
        ("Driving licence", "B"),
    ])
    d.save(CVS / name)
    return label(
        name, "Andreea-Maria Ionescu", "andreea.ionescu@example.ro", "+40 745 555 219", "Romania",
        [
            edu("master", "Studii de Securitate", "Școala Națională de Studii Politice și Administrative (SNSPA)", 2014),
            edu("bachelor", "Relații Internaționale și Studii Europene", "Universitatea Babeș-Bolyai", 2012),
        ],
        False,
        [
            job("Cyber Defence Policy Officer", "Ministry of National Defence (MApN)", "2021-10", None),
            job("Research Analyst", "Romanian Diplomatic Institute (Institutul Diplomatic Român)", "2016-03", "2021-09"),
            job("Project Assistant", "New Strategy Center", "2012-09", "2016-02"),
        ],
        [lang("Romanian"), lang("English", "V"), lang("French", "IV")],
        [],
        ["Microsoft Office", "MISP threat-sharing platform", "Tableau", "Zotero"],
    )


@doc
def d23():
    name = "cv_d23_cz_header_dvorak.docx"
    d = new_doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("pplk. Ing. Tomáš Dvořák, Ph.D.")
    r.bold = True
    r.font.size = Pt(14)
    sec.header.add_paragraph("Lieutenant Colonel, Army of the Czech Republic")
    sec.header.add_paragraph("tomas.dvorak@example.cz  |  +420 602 555 417  |  Olomouc")
    d.add_heading("Životopis / Curriculum Vitae", level=1)
    d.add_paragraph("Státní příslušnost: ČR    Datum narození: 1984")
    d.add_heading("Praxe / Professional experience", level=2)
    for dates, title, org, desc in [
        ("od 2017", "Náčelník oddělení logistiky (J4) / Chief, Logistics Branch (J4)",
         "Velitelství společných sil / Joint Forces Command, Olomouc",
         "Logistic planning for Czech contributions to NATO eFP and VJTF; host-nation support."),
        ("2013 – 2016", "Logistics Staff Officer",
         "Headquarters Multinational Corps Northeast (HQ MNC NE), Szczecin, Poland",
         "Movement and transportation planning for corps exercises."),
        ("2009 – 2012", "Velitel zásobovací roty / Commander, Supply Company",
         "14. pluk logistické podpory (14th Logistic Support Regiment), Pardubice", ""),
    ]:
        p = d.add_paragraph()
        p.add_run(dates + "\t").bold = True
        p.add_run(title).bold = True
        d.add_paragraph(org)
        if desc:
            d.add_paragraph(desc)
    d.add_heading("Vzdělání / Education", level=2)
    d.add_paragraph("2012 – 2013\tCommand and General Staff Officer Course, U.S. Army Command and General Staff College (CGSC), Fort Leavenworth")
    d.add_paragraph("2014\tPh.D. – Řízení a použití ozbrojených sil (Management and Use of Armed Forces), Univerzita obrany, Brno")
    d.add_paragraph("2009\tIng. – Logistika, Univerzita obrany, Brno")
    d.add_heading("Jazyky / Languages", level=2)
    d.add_paragraph("Čeština – mateřský jazyk")
    d.add_paragraph("Angličtina / English – STANAG 6001: 3333")
    d.add_paragraph("Němčina / German – STANAG 6001: 2-2-2-1")
    d.add_heading("Počítačové dovednosti / Computer skills", level=2)
    d.add_paragraph("MS Office, LOGFAS, SAP (IS LOG), ArcGIS")
    d.save(CVS / name)
    return label(
        name, "Tomáš Dvořák", "tomas.dvorak@example.cz", "+420 602 555 417", "Czechia",
        [
            edu("doctorate", "Řízení a použití ozbrojených sil (Management and Use of Armed Forces)", "Univerzita obrany", 2014),
            edu("master", "Logistika", "Univerzita obrany", 2009),
        ],
        True,
        [
            job("Náčelník oddělení logistiky (J4) / Chief, Logistics Branch (J4)", "Velitelství společných sil / Joint Forces Command", "2017-01", None),
            job("Logistics Staff Officer", "Headquarters Multinational Corps Northeast (HQ MNC NE)", "2013-01", "2016-12"),
            job("Velitel zásobovací roty / Commander, Supply Company", "14. pluk logistické podpory (14th Logistic Support Regiment)", "2009-01", "2012-12"),
        ],
        [lang("Czech"), lang("English", None, "3333"), lang("German", None, "2221")],
        [],
        ["MS Office", "LOGFAS", "SAP (IS LOG)", "ArcGIS"],
    )


@doc
def d24():
    name = "cv_d24_nl_kuipers_competencies.docx"
    d = new_doc()
    d.add_heading("ir. Sanne Kuipers", level=0)
    d.add_paragraph("Den Haag  ·  sanne.kuipers@example.nl  ·  06-55512873")
    d.add_heading("Profile", level=2)
    d.add_paragraph(
        "Dutch national with over ten years of experience in defence acquisition and policy analysis. "
        "Works at the interface of engineering and policy, from requirement to contract.")
    d.add_heading("Work experience", level=2)
    for dates, title, org, bullets in [
        ("mrt. 2019 – heden", "Senior Policy Officer, Materiel Projects",
         "Ministerie van Defensie, Defensie Materieel Organisatie (DMO)",
         ["Business cases for the replacement of the M-frigates", "NATO Capability Target reporting for materiel"]),
        ("sep. 2014 – feb. 2019", "Consultant, Defence Acquisition",
         "TNO, Defence, Safety and Security",
         ["Life-cycle cost models for land systems"]),
        ("2013 – 2014", "Junior Research Fellow",
         "Clingendael Institute",
         []),
    ]:
        p = d.add_paragraph()
        p.add_run(title).bold = True
        p.add_run("  |  " + dates)
        d.add_paragraph(org).italic = True
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
    d.add_heading("Education", level=2)
    d.add_paragraph("MSc Engineering and Policy Analysis – Technische Universiteit Delft, 2013")
    d.add_paragraph("BSc Technische Bestuurskunde – Technische Universiteit Delft, 2010")
    d.add_paragraph("VWO diploma (gymnasium) – Stedelijk Gymnasium Leiden, 2007")
    d.add_heading("Competencies", level=2)
    for c in [
        "Teamwork: solicits inputs and encourages others",
        "Change Leadership: expresses vision for change",
        "Clarity and Accuracy: checks own and others' work",
    ]:
        d.add_paragraph(c, style="List Bullet")
    d.add_heading("Languages", level=2)
    d.add_paragraph("Dutch – native   ·   English – C2   ·   German – B2   ·   French – basic")
    d.add_heading("Skills", level=2)
    d.add_paragraph("Systems engineering, life-cycle costing, Power BI, stakeholder management")
    d.save(CVS / name)
    return label(
        name, "Sanne Kuipers", "sanne.kuipers@example.nl", "06-55512873", "Netherlands",
        [
            edu("master", "Engineering and Policy Analysis", "Technische Universiteit Delft", 2013),
            edu("bachelor", "Technische Bestuurskunde", "Technische Universiteit Delft", 2010),
            edu("secondary", None, "Stedelijk Gymnasium Leiden", 2007),
        ],
        False,
        [
            job("Senior Policy Officer, Materiel Projects", "Ministerie van Defensie", "2019-03", None),
            job("Consultant, Defence Acquisition", "TNO", "2014-09", "2019-02"),
            job("Junior Research Fellow", "Clingendael Institute", "2013-01", "2014-12"),
        ],
        [lang("Dutch"), lang("English", "VI"), lang("German", "IV"), lang("French")],
        comps("Teamwork", "Change Leadership", "Clarity and Accuracy"),
        ["Systems engineering", "life-cycle costing", "Power BI", "stakeholder management"],
    )


@doc
def d25():
    name = "cv_d25_al_namefield_dervishi.docx"
    d = new_doc()
    d.add_heading("CURRICULUM VITAE", level=1)
    d.add_heading("Personal details", level=2)
    for line in [
        "Name: Elira Dervishi",
        "Shtetësia / Citizenship: shqiptare / Albanian",
        "Email: elira.dervishi@example.al",
        "Phone: +355 69 555 4021",
        "Address: Rruga e Kavajës, Tiranë",
    ]:
        d.add_paragraph(line)
    d.add_heading("Professional experience", level=2)
    for dates, title, org in [
        ("Feb 2020 – present", "NATO Integration Desk Officer", "Ministria e Mbrojtjes (Ministry of Defence), Directorate of Defence Policy"),
        ("Nov 2016 – Jan 2020", "Programme Officer, Security Cooperation", "OSCE Presence in Albania"),
        ("June 2013 – Oct 2016", "Researcher", "Albanian Institute for International Studies (AIIS)"),
    ]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
        p.add_run(dates + "\t")
        p.add_run(title).bold = True
        p2 = d.add_paragraph()
        p2.paragraph_format.left_indent = Cm(4.5)
        p2.add_run(org)
    d.add_heading("Education", level=2)
    d.add_paragraph("2013\tMaster Shkencor në Marrëdhënie Ndërkombëtare (Master of Science in International Relations), Universiteti i Tiranës")
    d.add_paragraph("2011\tBachelor në Shkenca Politike, Universiteti i Tiranës")
    d.add_paragraph("2018\tCertificate, Program on Applied Security Studies, George C. Marshall European Center for Security Studies")
    d.add_heading("Languages", level=2)
    d.add_paragraph("Albanian – mother tongue")
    d.add_paragraph("English – NATO level V (Advanced)")
    d.add_paragraph("Italian – NATO level IV (Upper Intermediate)")
    d.add_paragraph("French – NATO level I (Beginner)")
    d.save(CVS / name)
    return label(
        name, "Elira Dervishi", "elira.dervishi@example.al", "+355 69 555 4021", "Albania",
        [
            edu("master", "Marrëdhënie Ndërkombëtare", "Universiteti i Tiranës", 2013),
            edu("bachelor", "Shkenca Politike", "Universiteti i Tiranës", 2011),
        ],
        False,
        [
            job("NATO Integration Desk Officer", "Ministria e Mbrojtjes (Ministry of Defence)", "2020-02", None),
            job("Programme Officer, Security Cooperation", "OSCE Presence in Albania", "2016-11", "2020-01"),
            job("Researcher", "Albanian Institute for International Studies (AIIS)", "2013-06", "2016-10"),
        ],
        [lang("Albanian"), lang("English", "V"), lang("Italian", "IV"), lang("French", "I")],
        [],
        [],
    )


@doc
def d26():
    name = "cv_d26_us_resume_brooks.docx"
    d = new_doc()
    h = d.add_paragraph()
    r = h.add_run("DANA K. BROOKS, PMP")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Arlington, VA 22203  •  (703) 555-0148  •  dana.brooks@example.com")
    d.add_paragraph("Citizenship: USA  •  Clearance: TS/SCI (active)")
    d.add_heading("SUMMARY", level=2)
    d.add_paragraph(
        "Program manager and former Army intelligence NCO with 18 years in C4ISR integration and "
        "intelligence support to coalition operations. Led teams of up to 14 analysts and engineers.")
    d.add_heading("PROFESSIONAL EXPERIENCE", level=2)
    for title, dates, org, bullets in [
        ("Senior Program Manager – C4ISR Integration", "Jan. 2020 – present", "ManTech International Corporation, Herndon, VA",
         ["Manage a $24M task order for coalition ISR data sharing (FMN spiral 4)", "Lead a team of 14 engineers and analysts"]),
        ("Systems Integration Analyst", "Jun 2014 – Dec 2019", "Booz Allen Hamilton, McLean, VA",
         ["Integrated intelligence feeds into BICES for EUCOM exercises"]),
        ("All-Source Intelligence Analyst (35F)", "May 2006 – May 2014", "U.S. Army, 66th Military Intelligence Brigade, Wiesbaden, Germany",
         ["Two deployments to Afghanistan; NCOIC of a brigade analysis cell"]),
    ]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(title).bold = True
        p.add_run("\t" + dates)
        d.add_paragraph(org).runs[0].italic = True
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
    d.add_heading("EDUCATION", level=2)
    d.add_paragraph("M.A., Intelligence Studies — American Military University, 2017")
    d.add_paragraph("B.S., Information Technology — University of Maryland Global Campus, 2013")
    d.add_heading("CERTIFICATIONS & TRAINING", level=2)
    d.add_paragraph("Project Management Professional (PMP), 2018  •  Army Senior Leader Course, 2012  •  CompTIA Security+")
    d.add_heading("LANGUAGES", level=2)
    d.add_paragraph("English (native); Spanish — DLPT 2+/2 (listening/reading)")
    d.add_heading("CORE SKILLS", level=2)
    d.add_paragraph("Program management | Earned value management | ISR architecture | Federated Mission Networking | Jira")
    d.save(CVS / name)
    return label(
        name, "Dana K. Brooks", "dana.brooks@example.com", "(703) 555-0148", "United States",
        [
            edu("master", "Intelligence Studies", "American Military University", 2017),
            edu("bachelor", "Information Technology", "University of Maryland Global Campus", 2013),
        ],
        False,
        [
            job("Senior Program Manager – C4ISR Integration", "ManTech International Corporation", "2020-01", None),
            job("Systems Integration Analyst", "Booz Allen Hamilton", "2014-06", "2019-12"),
            job("All-Source Intelligence Analyst (35F)", "U.S. Army", "2006-05", "2014-05"),
        ],
        [lang("English"), lang("Spanish")],
        [],
        ["Program management", "Earned value management", "ISR architecture", "Federated Mission Networking", "Jira"],
    )
