"""DOCX CVs of corpus 6 (d41-d47). Each builder writes its document; the label beside it is hand-written."""
import os

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


def line(d, bold, rest=""):
    p = d.add_paragraph()
    p.add_run(bold).bold = True
    if rest:
        p.add_run(rest)
    return p


# ------------------------------------------------------------------ d41: Croatian CV in Croatian with English headings,
# Croatian month abbreviations (lip. = June, kol. = August), CEFR grid table, skills matrix table
F = "cv_d41_hr_croatian_englishheadings_kovacevic.docx"


@doc(F, cv_label(
    F, "Maja Kovačević", "maja.kovacevic@example.hr", "+385 91 555 7302", "Croatia",
    [("master", "Financije", "Ekonomski fakultet Sveučilišta u Zagrebu", 2011),
     ("bachelor", "Ekonomija", "Ekonomski fakultet Sveučilišta u Zagrebu", 2009),
     ("secondary", None, "XV. gimnazija", 2005)],
    False,
    [("Viša stručna savjetnica za proračun", "Ministarstvo obrane Republike Hrvatske (MORH)", "2017-09", None),
     ("Revizorica", "Državni ured za reviziju", "2013-06", "2017-08"),
     ("Računovođa", "Hrvatska elektroprivreda d.d. (HEP)", "2011-11", "2013-05")],
    [("Croatian", None, None), ("English", "V", None), ("German", "IV", None)],
    [],
    ["SAP S/4HANA (FI)", "Proračunsko planiranje", "IPSAS", "Power BI"]))
def d41(path):
    d = new_docx()
    d.add_heading("CURRICULUM VITAE", 0)
    d.add_heading("PERSONAL INFORMATION", 1)
    for a, b in [("Ime i prezime: ", "Maja Kovačević"), ("Adresa: ", "Ilica 212, 10000 Zagreb"),
                 ("Telefon: ", "+385 91 555 7302"), ("E-mail: ", "maja.kovacevic@example.hr"),
                 ("Datum rođenja: ", "11. 3. 1987."), ("Državljanstvo: ", "hrvatsko")]:
        line(d, a, b)
    d.add_heading("WORK EXPERIENCE", 1)
    for dates, title, org, text in [
        ("ruj. 2017 – danas", "Viša stručna savjetnica za proračun",
         "Ministarstvo obrane Republike Hrvatske (MORH), Uprava za financije, Zagreb",
         "Izrada državnog proračuna za razdjel obrane; praćenje doprinosa zajedničkom financiranju NATO-a."),
        ("lip. 2013 – kol. 2017", "Revizorica", "Državni ured za reviziju, Zagreb",
         "Financijske revizije i revizije učinkovitosti korisnika državnog proračuna."),
        ("stu. 2011 – svi. 2013", "Računovođa", "Hrvatska elektroprivreda d.d. (HEP), Zagreb",
         "Knjiženje ulaznih računa i izrada mjesečnih izvještaja."),
    ]:
        line(d, dates)
        line(d, title, " — " + org)
        d.add_paragraph(text, style="List Bullet")
    d.add_heading("EDUCATION AND TRAINING", 1)
    d.add_paragraph("2011 — magistra ekonomije (mag. oec.), smjer: Financije — Ekonomski fakultet Sveučilišta u Zagrebu")
    d.add_paragraph("2009 — sveučilišna prvostupnica ekonomije (univ. bacc. oec.), smjer: Ekonomija — Ekonomski "
                    "fakultet Sveučilišta u Zagrebu")
    d.add_paragraph("2005 — svjedodžba o državnoj maturi — XV. gimnazija, Zagreb")
    d.add_paragraph("2019 — certifikat ovlaštenog internog revizora u javnom sektoru (Ministarstvo financija) – "
                    "stručni certifikat, nije akademski stupanj")
    d.add_heading("LANGUAGES", 1)
    d.add_paragraph("Materinski jezik: hrvatski")
    docx_table(d, [["Jezik", "Slušanje", "Čitanje", "Govorna interakcija", "Govorna produkcija", "Pisanje"],
                   ["engleski", "C1", "C1", "C1", "C1", "C1"],
                   ["njemački", "B2", "B2", "B2", "B2", "B2"]], bold_first_row=True)
    d.add_paragraph("Razine: A1/A2 – temeljni korisnik; B1/B2 – samostalni korisnik; C1/C2 – iskusni korisnik "
                    "(Zajednički europski referentni okvir za jezike)")
    d.add_heading("SKILLS MATRIX", 1)
    docx_table(d, [["Vještina", "Razina", "Godine iskustva"],
                   ["SAP S/4HANA (FI)", "napredna", "6"],
                   ["Proračunsko planiranje", "ekspertna", "10"],
                   ["IPSAS", "srednja", "4"],
                   ["Power BI", "osnovna", "2"]], bold_first_row=True)
    d.add_heading("HOBBIES", 1)
    d.add_paragraph("Planinarenje (HPD Željezničar), fotografija.")
    d.add_heading("REFERENCES", 1)
    d.add_paragraph("mr. sc. Ante Barišić, načelnik Službe za proračun, MORH – ante.barisic@example.hr")
    d.save(path)


# ------------------------------------------------------------------ d42: Greek officer, postings table oldest first,
# courses table with years, dual nationality with a non-member
F = "cv_d42_gr_officer_postings_courses_alexiou.docx"


@doc(F, cv_label(
    F, "Nikolaos Alexiou", "n.alexiou@example.gr", "+30 694 555 2281", "Greece",
    [("master", "International Relations and Security", "University of Macedonia", 2015),
     ("bachelor", "Military Sciences", "Hellenic Army Academy (ΣΣΕ)", 2003)],
    True,
    [("Platoon Leader", "527 Mechanized Infantry Battalion", "2003-09", "2008-08"),
     ("Company Commander", "527 Mechanized Infantry Battalion", "2008-09", "2013-07"),
     ("Staff Officer, Operations Branch (G3)", "I Army Corps (Α' Σώμα Στρατού)", "2015-09", "2019-06"),
     ("Staff Officer, J5 Plans", "Hellenic National Defence General Staff (HNDGS)", "2019-07", "2020-08"),
     ("Chief of Section, Plans and Policy", "NATO Rapid Deployable Corps – Greece (NRDC-GR)", "2020-09", None)],
    [("Greek", None, None), ("English", None, "3333"), ("French", None, "2222"), ("Italian", "IV", None)],
    [],
    []))
def d42(path):
    d = new_docx()
    hdr(d.sections[0], "HELLENIC ARMY – CURRICULUM VITAE", "Page 1")
    d.add_heading("Lieutenant Colonel (Inf) Nikolaos ALEXIOU, OF-4", 0)
    docx_table(d, [["Citizenship", "Greek and Cypriot (dual)"],
                   ["Year of birth", "1981"],
                   ["Mobile", "+30 694 555 2281"],
                   ["E-mail", "n.alexiou@example.gr"],
                   ["Current post", "NRDC-GR, Thessaloniki"]])
    d.add_heading("Service record (postings, in chronological order)", 1)
    docx_table(d, [["From", "To", "Post", "Unit / Headquarters"],
                   ["09/2003", "08/2008", "Platoon Leader", "527 Mechanized Infantry Battalion"],
                   ["09/2008", "07/2013", "Company Commander", "527 Mechanized Infantry Battalion"],
                   ["09/2015", "06/2019", "Staff Officer, Operations Branch (G3)", "I Army Corps (Α' Σώμα Στρατού)"],
                   ["07/2019", "08/2020", "Staff Officer, J5 Plans",
                    "Hellenic National Defence General Staff (HNDGS)"],
                   ["09/2020", "present", "Chief of Section, Plans and Policy",
                    "NATO Rapid Deployable Corps – Greece (NRDC-GR)"]], bold_first_row=True)
    d.add_heading("Military courses", 1)
    docx_table(d, [["Dates", "Course", "School"],
                   ["02/2008 – 06/2008", "Infantry Company Commanders Course", "Infantry School, Chalkida"],
                   ["09/2013 – 06/2014", "Command and Staff Course", "Hellenic Army War College (ΑΣΠ), Thessaloniki"],
                   ["10/2017 – 11/2017", "NATO Operational Planning Course", "NATO School Oberammergau"],
                   ["05/2022", "Joint Force Air Component Orientation Course", "NATO School Oberammergau"]],
               bold_first_row=True)
    d.add_heading("Education", 1)
    d.add_paragraph("2015 – MSc in International Relations and Security, University of Macedonia, Thessaloniki "
                    "(studied 2014–2015 after the staff course)")
    d.add_paragraph("2003 – Bachelor in Military Sciences, Hellenic Army Academy (ΣΣΕ), Vari")
    d.add_heading("Languages", 1)
    for t in ["Greek – native", "English – SLP 3-3-3-3 (2018)", "French – SLP 2-2-2-2 (2016)",
              "Italian – B2 (KPG certificate)"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Decorations and interests", 1)
    d.add_paragraph("Medal of Military Merit, 2nd class; NATO Medal (KFOR, 2006). Interests: sailing, Byzantine history.")
    d.save(path)


# ------------------------------------------------------------------ d43: Bulgarian CV in Bulgarian (Cyrillic) with English
# headings, Cyrillic month abbreviations, per-skill CEFR grid with mixed levels for English
F = "cv_d43_bg_cyrillic_englishheadings_nikolova.docx"


@doc(F, cv_label(
    F, "Десислава Петрова Николова", "d.nikolova@example.bg", "+359 88 555 3104", "Bulgaria",
    [("master", "Международни отношения", "Софийски университет „Св. Климент Охридски“", 2012),
     ("bachelor", "Политология", "Университет за национално и световно стопанство (УНСС)", 2010),
     ("secondary", None, "Първа английска езикова гимназия", 2006)],
    False,
    [("Главен експерт", "Министерство на отбраната", "2019-09", None),
     ("Експерт", "Министерство на външните работи", "2015-03", "2019-08"),
     ("Анализатор", "Институт за икономическа политика", "2012-10", "2015-02")],
    [("Bulgarian", None, None), ("English", "V", None), ("French", "IV", None)],
    [],
    ["MS Office", "ArcGIS", "NVivo"]))
def d43(path):
    d = new_docx()
    d.add_heading("CURRICULUM VITAE", 0)
    d.add_heading("PERSONAL DETAILS", 1)
    docx_table(d, [["Име", "Десислава Петрова Николова"],
                   ["Адрес", "ул. „Шипка“ 34, 1504 София"],
                   ["Телефон", "+359 88 555 3104"],
                   ["Имейл", "d.nikolova@example.bg"],
                   ["Гражданство", "българско"],
                   ["Дата на раждане", "22.07.1988"]], style=None)
    d.add_heading("WORK EXPERIENCE", 1)
    for dates, title, org, text in [
        ("септ. 2019 – до момента", "Главен експерт",
         "Министерство на отбраната, дирекция „Политика по отбраната“",
         "Подготовка на позиции за Комитета за политика по отбраната и планиране на НАТО."),
        ("мар. 2015 – авг. 2019", "Експерт", "Министерство на външните работи, дирекция „Сигурност и НАТО“",
         "Координация с Постоянното представителство в НАТО."),
        ("окт. 2012 – февр. 2015", "Анализатор", "Институт за икономическа политика",
         "Анализи на разходите за отбрана в Югоизточна Европа."),
    ]:
        line(d, dates)
        line(d, title, " — " + org)
        d.add_paragraph(text)
    d.add_heading("EDUCATION", 1)
    d.add_paragraph("2012 — Магистър, Международни отношения — Софийски университет „Св. Климент Охридски“")
    d.add_paragraph("2010 — Бакалавър, Политология — Университет за национално и световно стопанство (УНСС)")
    d.add_paragraph("2006 — Диплома за средно образование — Първа английска езикова гимназия, София")
    d.add_heading("LANGUAGES", 1)
    d.add_paragraph("Майчин език: български")
    docx_table(d, [["Език", "Слушане", "Четене", "Разговор", "Устно изложение", "Писане"],
                   ["Английски", "C2", "C2", "C1", "C1", "C1"],
                   ["Френски", "B2", "B2", "B2", "B2", "B2"]], bold_first_row=True)
    d.add_paragraph("Нива: A1/A2 – основно владеене; B1/B2 – самостоятелно владеене; C1/C2 – свободно владеене")
    d.add_heading("COMPUTER SKILLS", 1)
    d.add_paragraph("MS Office, ArcGIS, NVivo")
    d.add_heading("OTHER", 1)
    d.add_paragraph("Шофьорска книжка: категория B. Доброволец в Български Червен кръст (2010–2014).")
    d.save(path)


# ------------------------------------------------------------------ d44: Slovak network engineer, skills matrix table,
# "2015–18" year ranges, projects and certifications with dates, references
F = "cv_d44_sk_skillsmatrix_yearranges_simek.docx"


@doc(F, cv_label(
    F, "Radek Šimek", "radek.simek@example.sk", "+421 905 555 902", "Slovakia",
    [("master", "Telekomunikácie",
      "Slovenská technická univerzita v Bratislave (STU), Fakulta elektrotechniky a informatiky", 2012),
     ("bachelor", "Telekomunikácie",
      "Slovenská technická univerzita v Bratislave (STU), Fakulta elektrotechniky a informatiky", 2010)],
    False,
    [("Lead Network Architect", "National Security Authority (Národný bezpečnostný úrad)", "2021-01", None),
     ("Senior Network Engineer", "Slovak Telekom, a.s.", "2018-01", "2021-12"),
     ("Network Engineer", "Tatra banka, a.s.", "2015-01", "2018-12"),
     ("Junior Network Administrator", "Tatra banka, a.s.", "2012-01", "2014-12")],
    [("Slovak", None, None), ("English", "V", None), ("Czech", None, None), ("German", None, None)],
    [],
    ["Cisco IOS-XE / NX-OS", "Juniper Junos", "Palo Alto NGFW", "Python (Netmiko, Nornir)", "Ansible"]))
def d44(path):
    d = new_docx(10)
    d.add_heading("Ing. Radek Šimek", 0)
    d.add_paragraph("Lead Network Architect · Bratislava · radek.simek@example.sk · +421 905 555 902")
    d.add_paragraph("Štátne občianstvo / Nationality: slovenské / Slovak")
    d.add_heading("Experience", 1)
    for dates, head, text in [
        ("2021–", "Lead Network Architect — National Security Authority (Národný bezpečnostný úrad), Bratislava",
         "Design of the classified government network backbone; NATO and EU accreditation documentation."),
        ("2018–21", "Senior Network Engineer — Slovak Telekom, a.s., Bratislava",
         "MPLS core and data-centre fabric for enterprise customers."),
        ("2015–18", "Network Engineer — Tatra banka, a.s., Bratislava",
         "Branch network refresh (180 sites), firewall operations."),
        ("2012–14", "Junior Network Administrator — Tatra banka, a.s., Bratislava", "LAN/WLAN operations."),
    ]:
        line(d, dates + "   ", head)
        d.add_paragraph(text, style="List Bullet")
    d.add_heading("Skills matrix", 1)
    docx_table(d, [["Technology", "Level (1–5)", "Years", "Last used"],
                   ["Cisco IOS-XE / NX-OS", "5", "12", "2026"],
                   ["Juniper Junos", "4", "6", "2024"],
                   ["Palo Alto NGFW", "4", "5", "2026"],
                   ["Python (Netmiko, Nornir)", "3", "4", "2026"],
                   ["Ansible", "3", "3", "2025"]], bold_first_row=True)
    d.add_heading("Projects", 1)
    d.add_paragraph("2022–23  Zero-trust segmentation of the government network (technical lead)", style="List Bullet")
    d.add_paragraph("2019–20  SD-WAN pilot for 40 branches (Slovak Telekom)", style="List Bullet")
    d.add_heading("Education", 1)
    d.add_paragraph("Ing. (2012) and Bc. (2010) – Telekomunikácie – Slovenská technická univerzita v Bratislave (STU), "
                    "Fakulta elektrotechniky a informatiky")
    d.add_heading("Certifications", 1)
    d.add_paragraph("CCNP Enterprise (2016, recertified 2025) · PCNSE (2020) · CCIE Security – written exam passed (2022)")
    d.add_heading("Languages", 1)
    d.add_paragraph("Slovak – native · English – C1 · Czech – full passive and active understanding · German – basic")
    d.add_heading("References", 1)
    d.add_paragraph("Mgr. Lucia Benešová, Head of IT Infrastructure, Tatra banka – lucia.benesova@example.sk")
    d.add_heading("Free time", 1)
    d.add_paragraph("Ham radio (OM3 call sign), ski touring in the Tatras.")
    d.save(path)


# ------------------------------------------------------------------ d45: Latvian officer, postings table newest first,
# courses table (staff college as a course row), Latvian month abbreviations
F = "cv_d45_lv_officer_postings_courses_ozolins.docx"


@doc(F, cv_label(
    F, "Kārlis Ozoliņš", "karlis.ozolins@example.lv", "+371 29 555 418", "Latvia",
    [("master", "Political Science", "Rīga Stradiņš University", 2018),
     ("bachelor", "Military Leadership and Security", "National Defence Academy of Latvia", 2011)],
    True,
    [("Staff Officer, J7 Training and Exercises", "Joint Headquarters of the National Armed Forces", "2020-09", None),
     ("Company Commander", "1st Infantry Battalion", "2017-08", "2019-07"),
     ("Platoon Commander", "1st Infantry Battalion", "2011-08", "2017-07")],
    [("Latvian", None, None), ("English", None, "3333"), ("Russian", "V", None), ("German", None, "1111")],
    [],
    []))
def d45(path):
    d = new_docx()
    d.add_heading("Major (OF-3) Kārlis OZOLIŅŠ", 0)
    d.add_paragraph("Latvian National Armed Forces · karlis.ozolins@example.lv · +371 29 555 418")
    d.add_paragraph("Pilsonība / Citizenship: Latvijas Republika")
    d.add_heading("Postings", 1)
    docx_table(d, [["Period", "Post", "Unit"],
                   ["sept. 2020 – šobrīd (present)", "Staff Officer, J7 Training and Exercises",
                    "Joint Headquarters of the National Armed Forces, Rīga"],
                   ["aug. 2017 – jūl. 2019", "Company Commander", "1st Infantry Battalion, Mechanised Infantry Brigade"],
                   ["aug. 2011 – jūl. 2017", "Platoon Commander", "1st Infantry Battalion, Mechanised Infantry Brigade"]],
               bold_first_row=True)
    d.add_paragraph("Deployments: eFP Battle Group Latvia liaison officer (2018, 4 months, while company commander); "
                    "EUTM Mali (2015, 6 months).")
    d.add_heading("Courses", 1)
    docx_table(d, [["Period", "Course", "Institution"],
                   ["08.2019 – 06.2020", "Joint Command and General Staff Course (JCGSC)", "Baltic Defence College, Tartu"],
                   ["03.2021", "Comprehensive Operations Planning Course", "NATO School Oberammergau"],
                   ["01.2016 – 04.2016", "Junior Staff Officer Course", "National Defence Academy of Latvia"],
                   ["09.2014 – 12.2014", "English Language Course (STANAG 3)", "Latvian NAF Language Centre"]],
               bold_first_row=True)
    d.add_heading("Education", 1)
    d.add_paragraph("2018 – Mg.sc.pol. (master's degree), Political Science – Rīga Stradiņš University")
    d.add_paragraph("2011 – Professional bachelor's degree, Military Leadership and Security – National Defence "
                    "Academy of Latvia")
    d.add_heading("Languages", 1)
    docx_table(d, [["Language", "Level"],
                   ["Latvian", "native"],
                   ["English", "SLP 3-3-3-3 (2020)"],
                   ["Russian", "C1 (self-assessed)"],
                   ["German", "SLP 1-1-1-1 (2016)"]], bold_first_row=True)
    d.add_heading("Hobbies", 1)
    d.add_paragraph("Orienteering (national veterans' championship 2024), amateur radio.")
    d.add_heading("Referee", 1)
    d.add_paragraph("Lieutenant Colonel Jānis Bērziņš, Chief J7, jbe@example.lv")
    d.save(path)


# ------------------------------------------------------------------ d46: Romanian civilian, Personal History Form export in
# DOCX tables (supervisor names, reasons for leaving, references)
F = "cv_d46_ro_phf_tables_iordache.docx"


@doc(F, cv_label(
    F, "Elena-Cristina Iordache", "elena.iordache@example.ro", "+40 744 555 318", "Romania",
    [("bachelor", "Relații economice internaționale", "Academia de Studii Economice din București (ASE)", 2011),
     ("master", "Securitate și relații internaționale",
      "Școala Națională de Studii Politice și Administrative (SNSPA)", 2013),
     ("secondary", None, "Colegiul Național „Gheorghe Lazăr“", 2008)],
    False,
    [("Consilier (Counsellor)", "Ministerul Afacerilor Externe (MAE)", "2019-02", None),
     ("Expert achiziții publice", "Agenția Națională pentru Achiziții Publice (ANAP)", "2015-06", "2019-01"),
     ("Consultant", "KPMG Romania SRL", "2013-08", "2015-05")],
    [("Romanian", None, None), ("English", "VI", None), ("French", "IV", None)],
    [],
    []))
def d46(path):
    d = new_docx(9.5)
    hdr(d.sections[0], "NATO APPLICATION – PERSONAL HISTORY FORM (PHF) – candidate portal export",
        "Vacancy 270415 – exported 01/12/2026 – page 1")
    d.add_heading("Personal History Form", 1)
    d.add_paragraph("A. Personal particulars")
    docx_table(d, [["Surname", "IORDACHE"],
                   ["First name(s)", "Elena-Cristina"],
                   ["Date of birth", "03/09/1989"],
                   ["Nationality at birth", "Romanian"],
                   ["Current nationality(ies)", "Romanian"],
                   ["Other nationality(ies)", "none"],
                   ["E-mail", "elena.iordache@example.ro"],
                   ["Telephone", "+40 744 555 318"]])
    d.add_paragraph("B. Education")
    docx_table(d, [["From", "To", "Institution", "Diploma / degree obtained", "Main course of study"],
                   ["10/2008", "07/2011", "Academia de Studii Economice din București (ASE)", "Diplomă de licență",
                    "Relații economice internaționale"],
                   ["10/2011", "07/2013", "Școala Națională de Studii Politice și Administrative (SNSPA)",
                    "Diplomă de master", "Securitate și relații internaționale"],
                   ["09/2004", "06/2008", "Colegiul Național „Gheorghe Lazăr“, București", "Diplomă de bacalaureat",
                    "–"],
                   ["03/2017", "05/2017", "Agenția Națională pentru Achiziții Publice", "Certificat de absolvire "
                    "(curs de formare, 120 ore)", "Achiziții publice în domeniul apărării"]], bold_first_row=True)
    d.add_paragraph("C. Languages")
    docx_table(d, [["Language", "Read", "Write", "Speak", "Understand", "Certificate"],
                   ["Română", "mother tongue", "", "", "", ""],
                   ["Engleză", "Excellent", "Excellent", "Excellent", "Excellent", "Cambridge C2 Proficiency (2012)"],
                   ["Franceză", "Good", "Good", "Good", "Good", "DELF B2 (2009)"]], bold_first_row=True)
    d.add_paragraph("D. Employment record (most recent first)")
    docx_table(d, [["From", "To", "Employer", "Exact title of post", "Supervisor", "Reason for leaving"],
                   ["02/2019", "present", "Ministerul Afacerilor Externe (MAE), Direcția NATO și Afaceri Strategice",
                    "Consilier (Counsellor)", "Mihai Stoica, Director", "–"],
                   ["06/2015", "01/2019", "Agenția Națională pentru Achiziții Publice (ANAP)",
                    "Expert achiziții publice", "Raluca Enache, Head of Unit", "transfer to MAE"],
                   ["08/2013", "05/2015", "KPMG Romania SRL", "Consultant", "Dan Mureșan, Manager",
                    "move to the public sector"]], bold_first_row=True)
    d.add_paragraph("E. References")
    docx_table(d, [["Name", "Organisation", "E-mail"],
                   ["Alina Vasilescu", "Permanent Delegation of Romania to NATO", "alina.vasilescu@example.ro"],
                   ["Sorin Ghiță", "Ministry of National Defence", "sorin.ghita@example.ro"]], bold_first_row=True)
    d.add_paragraph("F. Declaration: I certify that the information given is complete and correct.  "
                    "Signed: E.-C. Iordache")
    d.save(path)


# ------------------------------------------------------------------ d47: Montenegrin academic (law), numbered publications,
# teaching, conference papers, referees; appointments newest first, education oldest first
F = "cv_d47_me_academic_law_radonjic.docx"


@doc(F, cv_label(
    F, "Jelena Radonjić", "jelena.radonjic@example.me", "+382 67 555 219", "Montenegro",
    [("bachelor", "Pravo", "Univerzitet Crne Gore, Pravni fakultet", 2008),
     ("master", "Međunarodno javno pravo", "Univerzitet Crne Gore, Pravni fakultet", 2011),
     ("doctorate", "Međunarodno pravo", "Univerzitet u Beogradu, Pravni fakultet", 2016)],
    False,
    [("Vanredna profesorica (Associate Professor)", "Univerzitet Crne Gore", "2021-10", None),
     ("Docentkinja (Assistant Professor)", "Univerzitet Crne Gore", "2016-10", "2021-09"),
     ("Legal Adviser", "Ministry of Defence of Montenegro", "2011-03", "2016-09")],
    [("Montenegrin", None, None), ("English", "V", None), ("Italian", "IV", None)],
    [],
    []))
def d47(path):
    d = new_docx(10)
    d.add_heading("Prof. dr Jelena Radonjić", 0)
    d.add_paragraph("Faculty of Law, University of Montenegro · Podgorica · jelena.radonjic@example.me · "
                    "+382 67 555 219")
    d.add_paragraph("Državljanstvo: Crna Gora")
    d.add_heading("Academic and professional positions", 1)
    for a, b in [("Oct 2021 – present", "Vanredna profesorica (Associate Professor), Univerzitet Crne Gore, "
                                        "Pravni fakultet"),
                 ("Oct 2016 – Sep 2021", "Docentkinja (Assistant Professor), Univerzitet Crne Gore, Pravni fakultet"),
                 ("Mar 2011 – Sep 2016", "Legal Adviser, Ministry of Defence of Montenegro, Directorate for "
                                         "International Cooperation")]:
        line(d, a + "  ", b)
    d.add_heading("Education (chronological)", 1)
    d.add_paragraph("2008 – Diploma osnovnih studija (Bachelor), Pravo – Univerzitet Crne Gore, Pravni fakultet")
    d.add_paragraph("2011 – Magistar pravnih nauka (LL.M.), Međunarodno javno pravo – Univerzitet Crne Gore, "
                    "Pravni fakultet")
    d.add_paragraph("2016 – Doktor pravnih nauka (PhD), Međunarodno pravo – Univerzitet u Beogradu, Pravni fakultet")
    d.add_paragraph("2013 – Summer Course on the Law of Armed Conflict, International Institute of Humanitarian Law, "
                    "Sanremo (certificate)")
    d.add_heading("Publications (selected)", 1)
    for p in ["Radonjić, J. (2024). Status of forces agreements in the Western Balkans. Montenegrin Law Review 12(1): "
              "45–71.",
              "Radonjić, J. & Vuković, M. (2021). Host nation support and NATO accession: legal adjustments in "
              "Montenegro. Journal of Conflict and Security Law 26(3): 511–534.",
              "Radonjić, J. (2018). Međunarodno pravo i kolektivna odbrana. Podgorica: CID (monograph)."]:
        d.add_paragraph(p, style="List Number")
    d.add_heading("Conference papers", 1)
    d.add_paragraph("European Society of International Law, Annual Conference, Utrecht, 2023; NATO Legal Conference, "
                    "Brussels, 2019 (panel speaker).")
    d.add_heading("Teaching", 1)
    d.add_paragraph("Public International Law (LL.B.), Law of International Organisations (LL.M.), Law of Armed "
                    "Conflict (elective).")
    d.add_heading("Languages", 1)
    d.add_paragraph("Montenegrin – native; English – C1; Italian – B2.")
    d.add_heading("Memberships", 1)
    d.add_paragraph("International Law Association (Montenegrin branch); board member, NGO Atlantic Council of "
                    "Montenegro (since 2019).")
    d.add_heading("Referees", 1)
    d.add_paragraph("Prof. dr Milan Vuković, Univerzitet Crne Gore – m.vukovic@example.me; Dr. Hanna Lindqvist, "
                    "Stockholm University – hanna.lindqvist@example.se")
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
