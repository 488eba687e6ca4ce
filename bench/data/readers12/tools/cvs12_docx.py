"""readers12 DOCX CVs (d83-d89). Each document is written next to its hand-fixed label."""
import os
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import cv_label, write_label, new_docx, CVS


def save(doc, f):
    doc.save(os.path.join(CVS, f))


def tab_line(doc, left, right, bold=True, pos=Cm(16.5), size=None, leader=None):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT, leader or WD_TAB_LEADER.SPACES)
    r = p.add_run(left); r.bold = bold
    if size: r.font.size = size
    r2 = p.add_run("\t" + right)
    if size: r2.font.size = size
    return p


def d83():
    f = "cv_d83_uk_wordmodern_righttabdates_current_ellison.docx"
    doc = new_docx("Calibri Light", 10.5)
    doc.add_paragraph("Harriet Ellison", style="Title")
    doc.add_paragraph("Policy & Capability Adviser  |  harriet.ellison@example.co.uk  |  07700 900 318  |  Bristol, UK",
                      style="Subtitle")
    doc.add_paragraph("British national; eligible for UK DV clearance (held SC since 2014).")
    doc.add_heading("Experience", level=1)
    posts = [("Principal Capability Adviser", "Mar 2020 – Current", "Defence Science and Technology Laboratory (Dstl), Portsdown West",
              ["Leads capability investment appraisals for the Land domain.", "UK delegate to a NATO SAS research task group."]),
             ("Senior Analyst", "Jun 2016 – Feb 2020", "Ministry of Defence, Defence Equipment and Support (DE&S)",
              ["Through-life cost modelling for armoured vehicle programmes."]),
             ("Graduate Operational Researcher", "Sep 2013 – May 2016", "QinetiQ Ltd, Farnborough",
              ["Wargaming and campaign analysis."])]
    for t, d, o, bullets in posts:
        tab_line(doc, t, d)
        p = doc.add_paragraph(); r = p.add_run(o); r.italic = True
        for b in bullets:
            doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Education", level=1)
    tab_line(doc, "MSc Operational Research", "2013")
    p = doc.add_paragraph(); r = p.add_run("University of Southampton"); r.italic = True
    tab_line(doc, "BSc (Hons) Mathematics", "2012")
    p = doc.add_paragraph(); r = p.add_run("University of Bath"); r.italic = True
    doc.add_heading("Languages", level=1)
    doc.add_paragraph("English – mother tongue", style="List Bullet")
    doc.add_paragraph("French – NATO Level IV (Upper Intermediate)", style="List Bullet")
    doc.add_paragraph("German – conversational", style="List Bullet")
    doc.add_heading("Skills", level=1)
    doc.add_paragraph("Python · R · AnyLogic · Excel VBA · Cost modelling (PRICE H)")
    doc.add_heading("Interests", level=1)
    doc.add_paragraph("Fell running; volunteer STEM ambassador since 2015.")
    save(doc, f)
    write_label(cv_label(f, "Harriet Ellison", "harriet.ellison@example.co.uk", "07700 900 318", "United Kingdom",
        [("master", "Operational Research", "University of Southampton", 2013),
         ("bachelor", "Mathematics", "University of Bath", 2012)],
        False,
        [("Principal Capability Adviser", "Defence Science and Technology Laboratory (Dstl)", "2020-03", None),
         ("Senior Analyst", "Ministry of Defence", "2016-06", "2020-02"),
         ("Graduate Operational Researcher", "QinetiQ Ltd", "2013-09", "2016-05")],
        [("English", None, None), ("French", "IV", None), ("German", None, None)],
        [], ["Python", "R", "AnyLogic", "Excel VBA", "Cost modelling (PRICE H)"]))


def d84():
    f = "cv_d84_gr_grouped_subroles_nestedlist_bracketdates_stavrou.docx"
    doc = new_docx("Arial", 10)
    h = doc.add_paragraph(); r = h.add_run("NIKOLAOS STAVROU"); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph("Nationality: Greek (Hellenic)  ·  Mobile +30 694 551 2087  ·  n.stavrou@example.gr")
    doc.add_heading("PROFESSIONAL EXPERIENCE", level=2)
    p = doc.add_paragraph(); r = p.add_run("Hellenic Ministry of National Defence, Athens — 2012 to present"); r.bold = True
    doc.add_paragraph("Head of Section, NATO Defence Planning, Directorate of Defence Policy (Sep 2020 – present)",
                      style="List Bullet 2")
    doc.add_paragraph("Defence Policy Officer, Directorate of Defence Policy (Feb 2016 – Aug 2020)", style="List Bullet 2")
    doc.add_paragraph("Junior Analyst, Directorate of International Relations (Oct 2012 – Jan 2016)", style="List Bullet 2")
    p = doc.add_paragraph(); r = p.add_run("Hellenic Foundation for European and Foreign Policy (ELIAMEP), Athens — 2010 to 2012"); r.bold = True
    doc.add_paragraph("Research Associate (Jan 2010 – Sep 2012)", style="List Bullet 2")
    doc.add_heading("EDUCATION", level=2)
    doc.add_paragraph("MSc in International Security, London School of Economics and Political Science (LSE), 2009",
                      style="List Bullet")
    doc.add_paragraph("Ptychio (Bachelor) in International and European Studies, University of Piraeus, 2008",
                      style="List Bullet")
    doc.add_heading("LANGUAGES", level=2)
    doc.add_paragraph("Greek: native. English: C2 (Cambridge CPE). French: NATO level III (Intermediate). "
                      "German: A2.")
    doc.add_heading("NATO COMPETENCIES", level=2)
    doc.add_paragraph("Analytical Thinking: makes complex plans or analyses", style="List Bullet")
    doc.add_paragraph("Impact and Influence: takes multiple actions to persuade", style="List Bullet")
    doc.add_paragraph("Achievement: creates own measures of excellence", style="List Bullet")
    doc.add_heading("TRAINING", level=2)
    doc.add_paragraph("NATO Defence Planning Course, NATO School Oberammergau (2017)")
    save(doc, f)
    write_label(cv_label(f, "Nikolaos Stavrou", "n.stavrou@example.gr", "+30 694 551 2087", "Greece",
        [("master", "International Security", "London School of Economics and Political Science (LSE)", 2009),
         ("bachelor", "International and European Studies", "University of Piraeus", 2008)],
        False,
        [("Head of Section, NATO Defence Planning, Directorate of Defence Policy", "Hellenic Ministry of National Defence", "2020-09", None),
         ("Defence Policy Officer, Directorate of Defence Policy", "Hellenic Ministry of National Defence", "2016-02", "2020-08"),
         ("Junior Analyst, Directorate of International Relations", "Hellenic Ministry of National Defence", "2012-10", "2016-01"),
         ("Research Associate", "Hellenic Foundation for European and Foreign Policy (ELIAMEP)", "2010-01", "2012-09")],
        [("Greek", None, None), ("English", "VI", None), ("French", "III", None), ("German", None, None)],
        ["Analytical Thinking", "Impact and Influence", "Achievement"], []))


def d85():
    f = "cv_d85_bg_balgarski_kirilitsa_domomenta_petrova.docx"
    doc = new_docx("Times New Roman", 11)
    doc.add_heading("АВТОБИОГРАФИЯ", level=0)
    doc.add_heading("Лична информация", level=1)
    for k, v in [("Име:", "Десислава Иванова Петрова"), ("Адрес:", "ул. „Шипка“ 34, 1504 София"),
                 ("Телефон:", "+359 888 412 706"), ("Електронна поща:", "d.petrova@example.bg"),
                 ("Гражданство:", "българско"), ("Дата на раждане:", "09.05.1987 г.")]:
        p = doc.add_paragraph(); r = p.add_run(k + " "); r.bold = True; p.add_run(v)
    doc.add_heading("Професионален опит", level=1)
    for d, t, o, desc in [
        ("от 09.2020 г. до момента", "Главен експерт", "Министерство на отбраната, дирекция „Отбранителна политика“",
         "Подготовка на позиции за заседанията на Комитета за отбранителна политика и планиране на НАТО."),
        ("03.2015 г. – 08.2020 г.", "Държавен експерт", "Министерство на външните работи, дирекция „НАТО и европейска сигурност“",
         "Координация на участието на България в партньорските програми на НАТО."),
        ("10.2012 г. – 02.2015 г.", "Изследовател", "Център за изследване на демокрацията (ЦИД)", "")]:
        p = doc.add_paragraph(); r = p.add_run(d); r.italic = True
        p = doc.add_paragraph(); r = p.add_run(t); r.bold = True; p.add_run(", " + o)
        if desc:
            doc.add_paragraph(desc)
    doc.add_heading("Образование", level=1)
    doc.add_paragraph("2012 г. – Магистър по международни отношения, Софийски университет „Св. Климент Охридски“")
    doc.add_paragraph("2010 г. – Бакалавър по политология, Софийски университет „Св. Климент Охридски“")
    doc.add_paragraph("2006 г. – Диплома за средно образование, 91 Немска езикова гимназия „Проф. Константин Гълъбов“")
    doc.add_heading("Чужди езици", level=1)
    doc.add_paragraph("Английски език – C1 (IELTS 7.5)")
    doc.add_paragraph("Немски език – C2 (Deutsches Sprachdiplom)")
    doc.add_paragraph("Руски език – СТАНАГ 6001, профил 2-2-2-1")
    doc.add_heading("Компютърни умения", level=1)
    doc.add_paragraph("MS Office, SharePoint, Tableau")
    doc.add_heading("Допълнителна информация", level=1)
    doc.add_paragraph("Свидетелство за управление на МПС, категория B.")
    save(doc, f)
    write_label(cv_label(f, "Десислава Иванова Петрова", "d.petrova@example.bg", "+359 888 412 706", "Bulgaria",
        [("master", "международни отношения", "Софийски университет „Св. Климент Охридски“", 2012),
         ("bachelor", "политология", "Софийски университет „Св. Климент Охридски“", 2010),
         ("secondary", None, "91 Немска езикова гимназия „Проф. Константин Гълъбов“", 2006)],
        False,
        [("Главен експерт", "Министерство на отбраната", "2020-09", None),
         ("Държавен експерт", "Министерство на външните работи", "2015-03", "2020-08"),
         ("Изследовател", "Център за изследване на демокрацията (ЦИД)", "2012-10", "2015-02")],
        [("English", "V", None), ("German", "VI", None), ("Russian", None, "2221")],
        [], ["MS Office", "SharePoint", "Tableau"]))


def d86():
    f = "cv_d86_ro_academic_publicatii_grouped_prezent_moraru.docx"
    doc = new_docx("Cambria", 10.5)
    p = doc.add_paragraph(); r = p.add_run("Conf. univ. dr. Ioana-Cristina MORARU"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Cetățenie: română | Tel.: +40 723 118 904 | E-mail: ioana.moraru@example.ro")
    doc.add_paragraph("ORCID: 0000-0002-1825-0097")
    doc.add_heading("Experiență profesională", level=1)
    p = doc.add_paragraph(); r = p.add_run("Universitatea Națională de Apărare „Carol I” (UNAp), București"); r.bold = True
    doc.add_paragraph("Conferențiar universitar, Departamentul de Relații Internaționale (2018 – prezent)", style="List Bullet")
    doc.add_paragraph("Lector universitar (2013 – 2018)", style="List Bullet")
    p = doc.add_paragraph(); r = p.add_run("Institutul Diplomatic Român (IDR), București"); r.bold = True
    doc.add_paragraph("Cercetător științific III (10/2009 – 09/2013)", style="List Bullet")
    doc.add_paragraph("Visiting fellow, NATO Defense College, Roma (02/2016 – 06/2016) – bursă de cercetare")
    doc.add_heading("Educație", level=1)
    doc.add_paragraph("2012 – Doctor în științe politice, Școala Națională de Studii Politice și Administrative (SNSPA)")
    doc.add_paragraph("2008 – Diplomă de master, Studii de securitate, Universitatea din București")
    doc.add_paragraph("2006 – Diplomă de licență, Științe politice, Universitatea din București")
    doc.add_heading("Publicații selectate", level=1)
    for i, pub in enumerate([
        "Moraru, I.-C. (2024). „Reziliența societală în flancul estic al NATO”. Revista Gândirea Militară Românească, 35(2), 44–61.",
        "Moraru, I.-C., & Ilie, A. (2021). Black Sea Security after 2014. Bucharest: Editura UNAp.",
        "Moraru, I.-C. (2017). „Romania and NATO's Forward Presence”. Defense & Security Analysis, 33(4), 310–325.",
        "Moraru, I.-C. (2012). Teză de doctorat: Securitatea regională la Marea Neagră, 1991–2011. SNSPA."], 1):
        doc.add_paragraph(f"{i}. {pub}")
    doc.add_heading("Limbi străine", level=1)
    doc.add_paragraph("Engleză – C2; Franceză – C1; Rusă – B2")
    doc.add_heading("Competențe digitale", level=1)
    doc.add_paragraph("Zotero, NVivo, SPSS, LaTeX")
    save(doc, f)
    write_label(cv_label(f, "Ioana-Cristina Moraru", "ioana.moraru@example.ro", "+40 723 118 904", "Romania",
        [("doctorate", "științe politice", "Școala Națională de Studii Politice și Administrative (SNSPA)", 2012),
         ("master", "Studii de securitate", "Universitatea din București", 2008),
         ("bachelor", "Științe politice", "Universitatea din București", 2006)],
        False,
        [("Conferențiar universitar, Departamentul de Relații Internaționale", "Universitatea Națională de Apărare „Carol I” (UNAp)", "2018-01", None),
         ("Lector universitar", "Universitatea Națională de Apărare „Carol I” (UNAp)", "2013-01", "2018-12"),
         ("Cercetător științific III", "Institutul Diplomatic Român (IDR)", "2009-10", "2013-09")],
        [("English", "VI", None), ("French", "V", None), ("Russian", "IV", None)],
        [], ["Zotero", "NVivo", "SPSS", "LaTeX"]))


def d87():
    f = "cv_d87_ee_table_emptytocell_current_tamm.docx"
    doc = new_docx("Calibri", 10.5)
    p = doc.add_paragraph(); r = p.add_run("Kristjan Tamm"); r.bold = True; r.font.size = Pt(20)
    doc.add_paragraph("Tallinn, Estonia  •  +372 5558 3120  •  kristjan.tamm@example.ee  •  Citizenship: Estonia")
    doc.add_heading("Employment history", level=2)
    rows = [("Position", "Employer", "From", "To"),
            ("Head of Cyber Policy Unit", "Ministry of Defence of Estonia (Kaitseministeerium)", "08/2021", ""),
            ("Researcher", "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)", "09/2017", "07/2021"),
            ("IT Security Specialist", "Information System Authority (RIA)", "02/2014", "08/2017"),
            ("Intern", "Estonian Foreign Policy Institute", "06/2013", "08/2013")]
    t = doc.add_table(rows=len(rows), cols=4); t.style = "Light Grid Accent 1"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_paragraph("(A blank “To” means the position is held now.)").runs[0].italic = True
    doc.add_heading("Education", level=2)
    rows = [("Year", "Degree", "Institution"),
            ("2014", "MA in International Relations and European Studies", "University of Tartu"),
            ("2012", "BA in Political Science", "University of Tartu"),
            ("2009", "Secondary education (gümnaasium)", "Hugo Treffner Gymnasium")]
    t = doc.add_table(rows=len(rows), cols=3); t.style = "Light Grid Accent 1"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_heading("Languages", level=2)
    doc.add_paragraph("Estonian (native), English (C2), Russian (B2), Finnish (basic)")
    doc.add_heading("Skills", level=2)
    doc.add_paragraph("Cyber threat intelligence; Legal analysis of cyber operations (Tallinn Manual); Python; MISP")
    save(doc, f)
    write_label(cv_label(f, "Kristjan Tamm", "kristjan.tamm@example.ee", "+372 5558 3120", "Estonia",
        [("master", "International Relations and European Studies", "University of Tartu", 2014),
         ("bachelor", "Political Science", "University of Tartu", 2012),
         ("secondary", None, "Hugo Treffner Gymnasium", 2009)],
        False,
        [("Head of Cyber Policy Unit", "Ministry of Defence of Estonia (Kaitseministeerium)", "2021-08", None),
         ("Researcher", "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)", "2017-09", "2021-07"),
         ("IT Security Specialist", "Information System Authority (RIA)", "2014-02", "2017-08"),
         ("Intern", "Estonian Foreign Policy Institute", "2013-06", "2013-08")],
        [("Estonian", None, None), ("English", "VI", None), ("Russian", "IV", None), ("Finnish", None, None)],
        [], ["Cyber threat intelligence", "Legal analysis of cyber operations (Tallinn Manual)", "Python", "MISP"]))


def d88():
    f = "cv_d88_fi_softbreaks_arrowopen_yek_kallio.docx"
    doc = new_docx("Calibri", 10.5)
    p = doc.add_paragraph(); r = p.add_run("Lieutenant Colonel (GS) Mikko Kallio"); r.bold = True; r.font.size = Pt(16)
    p = doc.add_paragraph()
    for i, line in enumerate(["Finnish Defence Forces", "Nationality: Finnish", "Phone +358 40 771 2350",
                              "mikko.kallio@example.fi"]):
        if i: p.add_run().add_break()
        p.add_run(line)
    doc.add_heading("Service and employment", level=1)
    posts = [["8/2020 →", "Chief of Staff", "Kainuu Brigade (Kainuun prikaati)", "Brigade staff management, readiness planning."],
             ["8/2017 – 7/2020", "Staff Officer, J3 Operations", "Defence Command Finland (Pääesikunta)",
              "NATO partnership interoperability (PARP/OCC)."],
             ["8/2013 – 7/2017", "Company Commander", "Jaeger Brigade (Jääkäriprikaati)", ""],
             ["1/2011 – 7/2013", "Platoon Leader", "Jaeger Brigade (Jääkäriprikaati)", ""]]
    for d, t, o, desc in posts:
        p = doc.add_paragraph()
        r = p.add_run(d); r.bold = True
        p.add_run().add_break()
        r = p.add_run(t); r.bold = True
        p.add_run().add_break(); p.add_run(o)
        if desc:
            p.add_run().add_break(); p.add_run(desc).italic = True
    doc.add_heading("Education", level=1)
    p = doc.add_paragraph()
    p.add_run("Master of Military Sciences (Sotatieteiden maisteri, SM), National Defence University (Maanpuolustuskorkeakoulu), 2010")
    p.add_run().add_break()
    p.add_run("Bachelor of Military Sciences (Sotatieteiden kandidaatti, SK), National Defence University (Maanpuolustuskorkeakoulu), 2008")
    p.add_run().add_break()
    p.add_run("General Staff Officer Course (Yleisesikuntaupseerikurssi), National Defence University, 2016 – 2017")
    doc.add_heading("Languages", level=1)
    p = doc.add_paragraph()
    for i, line in enumerate(["Finnish – mother tongue", "Swedish – SLP 2-2-2-2", "English – SLP 3-3-3-3",
                              "German – SLP 1-1-1-0"]):
        if i: p.add_run().add_break()
        p.add_run(line)
    doc.add_heading("Deployments", level=1)
    doc.add_paragraph("UNIFIL, Lebanon, 11/2012 – 5/2013 (Finnish contingent, operations officer)")
    save(doc, f)
    write_label(cv_label(f, "Mikko Kallio", "mikko.kallio@example.fi", "+358 40 771 2350", "Finland",
        [("master", "Military Sciences", "National Defence University (Maanpuolustuskorkeakoulu)", 2010),
         ("bachelor", "Military Sciences", "National Defence University (Maanpuolustuskorkeakoulu)", 2008)],
        True,
        [("Chief of Staff", "Kainuu Brigade (Kainuun prikaati)", "2020-08", None),
         ("Staff Officer, J3 Operations", "Defence Command Finland (Pääesikunta)", "2017-08", "2020-07"),
         ("Company Commander", "Jaeger Brigade (Jääkäriprikaati)", "2013-08", "2017-07"),
         ("Platoon Leader", "Jaeger Brigade (Jääkäriprikaati)", "2011-01", "2013-07")],
        [("Finnish", None, None), ("Swedish", None, "2222"), ("English", None, "3333"), ("German", None, "1110")],
        [], []))


def d89():
    f = "cv_d89_es_oficial_tablacompetencias_presente_esfas_quintana.docx"
    doc = new_docx("Arial", 10)
    p = doc.add_paragraph(); r = p.add_run("Comandante D. Álvaro Quintana Roldán"); r.bold = True; r.font.size = Pt(15)
    doc.add_paragraph("Ejército de Tierra · Nacionalidad: española · Tel. +34 611 204 587 · alvaro.quintana@example.es")
    doc.add_heading("TRAYECTORIA PROFESIONAL", level=1)
    for t, o, d in [
        ("Jefe de Sección de Planes (G-5)", "Cuartel General del Cuerpo de Ejército de Despliegue Rápido de la OTAN (HQ NRDC-ESP), Bétera", "Sept. 2020 – presente"),
        ("Oficial de Estado Mayor", "Brigada «Guadarrama» XII, El Goloso", "Jul. 2017 – Ago. 2020"),
        ("Jefe de Compañía", "Regimiento de Infantería «Asturias» n.º 31", "Sept. 2012 – Jun. 2017")]:
        tab_line(doc, t, d, pos=Cm(17))
        doc.add_paragraph(o)
    doc.add_heading("FORMACIÓN ACADÉMICA Y MILITAR", level=1)
    doc.add_paragraph("Máster Universitario en Seguridad y Defensa – Universidad Complutense de Madrid (2021)", style="List Bullet")
    doc.add_paragraph("Grado en Ingeniería de Organización Industrial – Centro Universitario de la Defensa (CUD) Zaragoza (2012)", style="List Bullet")
    doc.add_paragraph("Curso de Estado Mayor de las Fuerzas Armadas – Escuela Superior de las Fuerzas Armadas (ESFAS) (2019–2020)", style="List Bullet")
    doc.add_heading("IDIOMAS", level=1)
    doc.add_paragraph("Inglés: perfil SLP 3333 (2021). Francés: B2 (Institut français). Español: lengua materna.")
    doc.add_heading("COMPETENCIAS (MARCO OTAN)", level=1)
    rows = [("Competencia", "Comportamiento demostrado"),
            ("Pensamiento analítico (Analytical Thinking)", "Elabora planes o análisis complejos"),
            ("Liderazgo (Leadership)", "Lleva al equipo a obtener resultados"),
            ("Flexibilidad (Flexibility)", "Se adapta a situaciones imprevistas"),
            ("Iniciativa (Initiative)", "Es decisivo en situaciones con presión de tiempo")]
    t = doc.add_table(rows=len(rows), cols=2); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_heading("INFORMÁTICA", level=1)
    doc.add_paragraph("TOPFAS, Microsoft Office, ArcGIS")
    save(doc, f)
    write_label(cv_label(f, "Álvaro Quintana Roldán", "alvaro.quintana@example.es", "+34 611 204 587", "Spain",
        [("master", "Seguridad y Defensa", "Universidad Complutense de Madrid", 2021),
         ("bachelor", "Ingeniería de Organización Industrial", "Centro Universitario de la Defensa (CUD) Zaragoza", 2012)],
        True,
        [("Jefe de Sección de Planes (G-5)", "Cuartel General del Cuerpo de Ejército de Despliegue Rápido de la OTAN (HQ NRDC-ESP)", "2020-09", None),
         ("Oficial de Estado Mayor", "Brigada «Guadarrama» XII", "2017-07", "2020-08"),
         ("Jefe de Compañía", "Regimiento de Infantería «Asturias» n.º 31", "2012-09", "2017-06")],
        [("English", None, "3333"), ("French", "IV", None), ("Spanish", None, None)],
        ["Analytical Thinking", "Leadership", "Flexibility", "Initiative"],
        ["TOPFAS", "Microsoft Office", "ArcGIS"]))


def build():
    for fn in (d83, d84, d85, d86, d87, d88, d89):
        fn()

if __name__ == "__main__":
    build()
