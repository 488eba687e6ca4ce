"""DOCX CVs of corpus 20 (d137-d142). Each builder writes its document; the label beside it is hand-written.
build.py writes every label first, then the documents."""
import os

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
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


def heading(d, text, size=13, color=(0x1F, 0x38, 0x64)):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(*color)
    return p


# ------------------------------------------------------------------ d137 Germany: consultant profile ("Beraterprofil")
# of a German engineering consultancy: "Berufliche Stationen" table (the posts, "03/2019 - heute"), a long
# "Projekterfahrung" list of client projects with their own dates and roles (no posts), a skills matrix with ●○ dots
F = "cv_d137_de_beraterprofil_stationen_projektliste_heute_kompetenzmatrix_dots_diplomuniv_brueckner.docx"


@doc(F, cv_label(
    F, "Jonas Brückner", "jonas.brueckner@example.de", "+49 170 555 2384", "Germany",
    [("master", "Luft- und Raumfahrttechnik", "Technische Universität München", 2011),
     ("secondary", None, "Gymnasium Ottobrunn", 2004)],
    False,
    [("Senior Consultant", "IABG Industrieanlagen-Betriebsgesellschaft mbH", "2019-03", None),
     ("Systemingenieur", "Airbus Defence and Space GmbH", "2014-10", "2019-02"),
     ("Wissenschaftlicher Mitarbeiter", "Universität der Bundeswehr München", "2011-04", "2014-09")],
    [("German", None, None), ("English", "V", None), ("French", None, None)],
    [], ["IBM DOORS", "Cameo Systems Modeler", "MATLAB", "Jira"]))
def d137(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("BERATERPROFIL")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B)
    d.add_paragraph("Dipl.-Ing. Jonas Brückner  ·  Senior Consultant Systems Engineering")
    t = docx_table(d, [["Staatsangehörigkeit", "deutsch"], ["Jahrgang", "1985"],
                       ["E-Mail", "jonas.brueckner@example.de"], ["Mobil", "+49 170 555 2384"],
                       ["Verfügbarkeit", "ab 01.04.2027"]], style=None)
    no_borders(t)
    heading(d, "Berufliche Stationen")
    docx_table(d, [["Zeitraum", "Position", "Arbeitgeber"],
                   ["03/2019 - heute", "Senior Consultant", "IABG Industrieanlagen-Betriebsgesellschaft mbH"],
                   ["10/2014 - 02/2019", "Systemingenieur", "Airbus Defence and Space GmbH"],
                   ["04/2011 - 09/2014", "Wissenschaftlicher Mitarbeiter", "Universität der Bundeswehr München"]],
               bold_first_row=True)
    heading(d, "Ausbildung")
    d.add_paragraph("04/2011   Diplom-Ingenieur (Univ.), Luft- und Raumfahrttechnik, Technische Universität München")
    d.add_paragraph("2004       Abitur, Gymnasium Ottobrunn")
    heading(d, "Sprachen")
    d.add_paragraph("Deutsch: Muttersprache  ·  Englisch: verhandlungssicher (C1)  ·  Französisch: Grundkenntnisse")
    heading(d, "Projekterfahrung (Auswahl)")
    for per, kunde, rolle, text in [
            ("06/2022 - heute", "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw)",
             "Teilprojektleiter Anforderungsmanagement",
             "Anforderungsanalyse und Systemspezifikation für ein luftgestütztes Aufklärungssystem nach CPM."),
            ("03/2019 - 05/2022", "NATO Communications and Information Agency (NCIA), über IABG",
             "Systems Engineer (extern)",
             "Modellbasierte Architektur (NAF v4) für ein Führungsinformationssystem; Review der Schnittstellen."),
            ("01/2017 - 02/2019", "Eurofighter Jagdflugzeug GmbH (intern bei Airbus)", "Verifikationsingenieur",
             "Nachweisführung für Avionik-Änderungen, Testspezifikationen.")]:
        p = d.add_paragraph()
        p.add_run(per + "   ").bold = True
        p.add_run("Kunde: " + kunde)
        d.add_paragraph("Rolle: " + rolle)
        d.add_paragraph(text)
    heading(d, "Kompetenzmatrix")
    d.add_paragraph("Werkzeuge")
    docx_table(d, [["Werkzeug", "Niveau", "Jahre"], ["IBM DOORS", "●●●●●", "12"],
                   ["Cameo Systems Modeler", "●●●●○", "6"], ["MATLAB", "●●●○○", "10"], ["Jira", "●●●○○", "5"]],
               bold_first_row=True)
    d.add_paragraph("Methoden")
    docx_table(d, [["Methode", "Niveau", "Jahre"], ["Requirements Engineering (IREB CPRE)", "●●●●●", "12"],
                   ["Modellbasiertes Systems Engineering (SysML)", "●●●●○", "6"],
                   ["Customer Product Management (CPM nov.)", "●●●●○", "5"]], bold_first_row=True)
    d.add_paragraph("Stand: November 2026")
    d.save(path)


# ------------------------------------------------------------------ d138 Poland: the statutory "Kwestionariusz
# osobowy dla osoby ubiegającej się o zatrudnienie" (numbered form points 1-7, dotted placeholders), employment
# history as the form's table "okres (od – do) | nazwa pracodawcy | stanowisko", "od 01.09.2018 – obecnie"
F = "cv_d138_pl_kwestionariuszosobowy_formpoints_ddmmyyyy_obecnie_magister_studiapodyplomowe_lewandowska.docx"


@doc(F, cv_label(
    F, "Agnieszka Maria Lewandowska", "agnieszka.lewandowska@example.pl", "+48 601 555 274", "Poland",
    [("master", "stosunki międzynarodowe", "Uniwersytet Warszawski", 2010)],
    False,
    [("główny specjalista ds. współpracy z NATO", "Ministerstwo Obrony Narodowej", "2018-09", None),
     ("specjalista", "Biuro Bezpieczeństwa Narodowego", "2014-03", "2018-08"),
     ("asystent", "Polski Instytut Spraw Międzynarodowych", "2010-10", "2014-02")],
    [("English", "V", "3332"), ("French", None, None)],
    [], []))
def d138(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("KWESTIONARIUSZ OSOBOWY DLA OSOBY UBIEGAJĄCEJ SIĘ O ZATRUDNIENIE")
    r.bold = True
    r.font.size = Pt(12)
    for line in [
            "1. Imię (imiona) i nazwisko: Agnieszka Maria Lewandowska",
            "2. Data urodzenia: 11.05.1986",
            "3. Dane kontaktowe wskazane przez osobę ubiegającą się o zatrudnienie:",
            "    tel. +48 601 555 274, e-mail: agnieszka.lewandowska@example.pl",
            "4. Wykształcenie (gdy jest ono niezbędne do wykonywania pracy określonego rodzaju lub na określonym "
            "stanowisku):",
            "    wyższe magisterskie",
            "    (nazwa szkoły i rok jej ukończenia): Uniwersytet Warszawski, 2010",
            "    (zawód, specjalność, stopień naukowy, tytuł zawodowy, tytuł naukowy): magister, kierunek: "
            "stosunki międzynarodowe",
            "5. Kwalifikacje zawodowe (gdy są one niezbędne do wykonywania pracy określonego rodzaju lub na "
            "określonym stanowisku):",
            "    studia podyplomowe „Bezpieczeństwo narodowe”, Akademia Sztuki Wojennej, 2015 (świadectwo "
            "ukończenia studiów podyplomowych); kurs NATO Orientation Course, NATO School Oberammergau, 2019",
            "6. Przebieg dotychczasowego zatrudnienia (gdy jest ono niezbędne do wykonywania pracy określonego "
            "rodzaju lub na określonym stanowisku):"]:
        d.add_paragraph(line)
    docx_table(d, [["okres (od – do)", "nazwa pracodawcy", "stanowisko"],
                   ["od 01.09.2018 – obecnie", "Ministerstwo Obrony Narodowej",
                    "główny specjalista ds. współpracy z NATO"],
                   ["od 01.03.2014 – do 31.08.2018", "Biuro Bezpieczeństwa Narodowego", "specjalista"],
                   ["od 01.10.2010 – do 28.02.2014", "Polski Instytut Spraw Międzynarodowych", "asystent"]],
               bold_first_row=True)
    for line in [
            "7. Dodatkowe dane osobowe, jeżeli prawo lub obowiązek ich podania wynika z przepisów szczególnych:",
            "    obywatelstwo: polskie",
            "    znajomość języków obcych: język angielski – poziom C1 (CAE), STANAG 6001: 3332; "
            "język francuski – poziom B1",
            "",
            "Warszawa, 30.11.2026                                        .................................................",
            "(miejscowość i data)                                          (podpis osoby ubiegającej się o zatrudnienie)"]:
        d.add_paragraph(line)
    d.save(path)


# ------------------------------------------------------------------ d139 Slovenia: the Slovenian public-sector
# application form ("Vloga za zaposlitev"), each job a 5-row label/value table ("Naziv in naslov delodajalca",
# "Obdobje zaposlitve (od – do)", "Naziv delovnega mesta", ...), "od 1. 3. 2019 – še traja", bologna levels
F = "cv_d139_si_vlogazazaposlitev_formtables_perjob_setraja_bolonjskastopnja_zajc.docx"


@doc(F, cv_label(
    F, "Nina Zajc", "nina.zajc@example.si", "+386 41 555 627", "Slovenia",
    [("master", "Politologija – obramboslovje", "Univerza v Ljubljani, Fakulteta za družbene vede", 2011),
     ("bachelor", "Politologija – obramboslovje", "Univerza v Ljubljani, Fakulteta za družbene vede", 2009)],
    False,
    [("višja svetovalka", "Ministrstvo za obrambo Republike Slovenije", "2019-03", None),
     ("svetovalka", "Urad Vlade Republike Slovenije za varovanje tajnih podatkov", "2014-10", "2019-02"),
     ("strokovna sodelavka", "Telekom Slovenije d.d.", "2011-09", "2014-09")],
    [("English", "V", None), ("German", "IV", None), ("Croatian", "V", None)],
    [], ["MS Office", "SAP"]))
def d139(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("VLOGA ZA ZAPOSLITEV")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Prijava na delovno mesto: podsekretar/podsekretarka (šifra DM 4127)")
    heading(d, "1) Osebni podatki", 11)
    docx_table(d, [["Ime in priimek:", "Nina Zajc"], ["Datum rojstva:", "03. 02. 1987"],
                   ["Državljanstvo:", "slovensko"], ["Naslov:", "Trubarjeva cesta 31, 1000 Ljubljana"],
                   ["Telefonska številka:", "+386 41 555 627"], ["Elektronski naslov:", "nina.zajc@example.si"]])
    heading(d, "2) Izobrazba", 11)
    docx_table(d, [["Naziv ustanove", "Smer / program", "Strokovni naziv", "Raven izobrazbe", "Datum zaključka"],
                   ["Univerza v Ljubljani, Fakulteta za družbene vede", "Politologija – obramboslovje",
                    "magistrica politologije", "2. bolonjska stopnja", "27. 9. 2011"],
                   ["Univerza v Ljubljani, Fakulteta za družbene vede", "Politologija – obramboslovje",
                    "diplomirana politologinja (UN)", "1. bolonjska stopnja", "10. 7. 2009"]], bold_first_row=True)
    heading(d, "3) Delovne izkušnje", 11)
    d.add_paragraph("(Navedite vse svoje zaposlitve v kronološkem vrstnem redu od trenutne do prve.)")
    for emp, per, title, lvl, tasks in [
            ("Ministrstvo za obrambo Republike Slovenije, Vojkova cesta 55, 1000 Ljubljana", "od 1. 3. 2019 – še traja",
             "višja svetovalka", "VII/2", "usklajevanje sodelovanja z Natom, priprava stališč za Odbor za obrambno politiko"),
            ("Urad Vlade Republike Slovenije za varovanje tajnih podatkov, Gregorčičeva ulica 27, 1000 Ljubljana",
             "od 1. 10. 2014 – 28. 2. 2019", "svetovalka", "VII/2", "varnostna preverjanja, zaščita tajnih podatkov"),
            ("Telekom Slovenije d.d., Cigaletova ulica 15, 1000 Ljubljana", "od 1. 9. 2011 – 30. 9. 2014",
             "strokovna sodelavka", "VI/2", "podpora projektom korporativne varnosti")]:
        docx_table(d, [["Naziv in naslov delodajalca:", emp], ["Obdobje zaposlitve (od – do):", per],
                       ["Naziv delovnega mesta:", title], ["Zahtevana raven izobrazbe:", lvl],
                       ["Glavne naloge in odgovornosti:", tasks]])
        d.add_paragraph()
    heading(d, "4) Funkcionalna znanja", 11)
    d.add_paragraph("Opravljeni izpiti: strokovni izpit iz upravnega postopka (2015), usposabljanje za "
                    "imenovanje v naziv (2012).")
    d.add_paragraph("Znanje tujih jezikov: angleščina – C1; nemščina – B2; hrvaščina – C1")
    d.add_paragraph("Računalniška znanja: MS Office, SAP")
    heading(d, "5) Izjava o izpolnjevanju pogojev", 11)
    d.add_paragraph("Podpisana izjavljam, da sem državljanka Republike Slovenije, da nisem bila pravnomočno "
                    "obsojena zaradi naklepnega kaznivega dejanja in da zoper mene ni vložena pravnomočna obtožnica.")
    d.add_paragraph("Kraj in datum: Ljubljana, 25. 11. 2026")
    d.save(path)


# ------------------------------------------------------------------ d140 Luxembourg: whole CV in one borderless outer
# table (heading cell left, a NESTED table right), Luxembourgish / English headings, "03/2019 – haut"
F = "cv_d140_lu_nestedtables_headingcellleft_lbenheadings_haut_master_bachelor_kremer.docx"


@doc(F, cv_label(
    F, "Anne Kremer", "anne.kremer@example.lu", "+352 621 555 318", "Luxembourg",
    [("master", "Sciences politiques", "Université libre de Bruxelles", 2011),
     ("bachelor", "Sciences politiques", "Université libre de Bruxelles", 2009),
     ("secondary", None, "Lycée classique de Diekirch", 2006)],
    False,
    [("Conseillère politique de défense", "Ministère des Affaires étrangères et européennes", "2019-03", None),
     ("Research Associate", "Luxembourg Institute of Science and Technology (LIST)", "2014-09", "2019-02"),
     ("Junior Consultant", "PwC Luxembourg", "2011-10", "2014-08")],
    [("Luxembourgish", None, None), ("German", "VI", None), ("French", "VI", None), ("English", "V", None),
     ("Portuguese", None, None)],
    [], ["MS Office", "Power BI"]))
def d140(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("Anne Kremer")
    r.bold = True
    r.font.size = Pt(22)
    outer = d.add_table(rows=6, cols=2)
    no_borders(outer)
    rows = [
        ("Kontakt / Contact", [["E-Mail", "anne.kremer@example.lu"], ["Telefon / Phone", "+352 621 555 318"],
                               ["Adress / Address", "12, rue de la Gare, L-9122 Schieren"],
                               ["Nationalitéit / Nationality", "lëtzebuergesch / Luxembourgish"]]),
        ("Beruffserfahrung / Professional experience",
         [["Period", "Funktioun / Function", "Patron / Employer"],
          ["03/2019 – haut", "Conseillère politique de défense", "Ministère des Affaires étrangères et européennes"],
          ["09/2014 – 02/2019", "Research Associate", "Luxembourg Institute of Science and Technology (LIST)"],
          ["10/2011 – 08/2014", "Junior Consultant", "PwC Luxembourg"]]),
        ("Ausbildung / Education",
         [["2011", "Master en Sciences politiques", "Université libre de Bruxelles"],
          ["2009", "Bachelier en Sciences politiques", "Université libre de Bruxelles"],
          ["2006", "Diplôme de fin d'études secondaires classiques", "Lycée classique de Diekirch"]]),
        ("Sproochen / Languages",
         [["Lëtzebuergesch", "Mammesprooch / mother tongue"], ["Däitsch / German", "C2"],
          ["Franséisch / French", "C2"], ["Englesch / English", "C1"], ["Portugisesch / Portuguese", "A2"]]),
        ("IT", [["MS Office, Power BI"]]),
        ("Engagement", [["2016 – haut", "Member of the board, Luxembourg Atlantic Association"]]),
    ]
    for i, (head, inner_rows) in enumerate(rows):
        lc, rc = outer.cell(i, 0), outer.cell(i, 1)
        lc.width = Cm(4.2)
        rc.width = Cm(12.5)
        lc.text = ""
        rr = lc.paragraphs[0].add_run(head)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
        shade(lc, "EAF2F8")
        rc.text = ""
        inner = rc.add_table(rows=len(inner_rows), cols=len(inner_rows[0]))
        for a, row in enumerate(inner_rows):
            for b, val in enumerate(row):
                inner.cell(a, b).text = val
    d.save(path)


# ------------------------------------------------------------------ d141 Iceland: landscape Word table, newest first,
# with the dates split into four columns (Frá ár | mán. | Til ár | mán.), "núverandi" in the Til-year cell,
# Icelandic / English headings
F = "cv_d141_is_yearmonthsplitcolumns_landscape_nuverandi_isenheadings_ma_ba_einarsdottir.docx"


@doc(F, cv_label(
    F, "Katrín Einarsdóttir", "katrin.einarsdottir@example.is", "+354 862 5551", "Iceland",
    [("master", "Alþjóðasamskipti", "Háskóli Íslands", 2011),
     ("bachelor", "Stjórnmálafræði", "Háskóli Íslands", 2008),
     ("secondary", None, "Menntaskólinn í Reykjavík", 2004)],
    False,
    [("Deildarstjóri varnarmála", "Landhelgisgæsla Íslands", "2019-03", None),
     ("Verkefnastjóri", "Utanríkisráðuneytið", "2014-09", "2019-02"),
     ("Sérfræðingur", "Isavia", "2011-06", "2014-08")],
    [("Icelandic", None, None), ("English", "VI", None), ("Danish", "IV", None), ("Norwegian", None, None)],
    [], ["ArcGIS", "MS Office"]))
def d141(path):
    d = new_docx(10)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    p = d.add_paragraph()
    r = p.add_run("Ferilskrá / Curriculum vitae — Katrín Einarsdóttir")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Netfang / E-mail: katrin.einarsdottir@example.is   ·   Sími / Phone: +354 862 5551   ·   "
                    "Ríkisfang / Citizenship: íslenskt / Icelandic")
    heading(d, "Starfsferill / Employment (nýjast fyrst / newest first)", 12)
    docx_table(d, [["Frá ár", "mán.", "Til ár", "mán.", "Starf / Position", "Vinnustaður / Employer"],
                   ["2019", "03", "núverandi", "", "Deildarstjóri varnarmála", "Landhelgisgæsla Íslands"],
                   ["2014", "09", "2019", "02", "Verkefnastjóri", "Utanríkisráðuneytið"],
                   ["2011", "06", "2014", "08", "Sérfræðingur", "Isavia"]], bold_first_row=True)
    heading(d, "Menntun / Education", 12)
    docx_table(d, [["Ár / Year", "Gráða / Degree", "Fræðasvið / Field", "Skóli / School"],
                   ["2011", "MA", "Alþjóðasamskipti", "Háskóli Íslands"],
                   ["2008", "BA", "Stjórnmálafræði", "Háskóli Íslands"],
                   ["2004", "Stúdentspróf", "—", "Menntaskólinn í Reykjavík"]], bold_first_row=True)
    heading(d, "Tungumál / Languages", 12)
    d.add_paragraph("Íslenska – móðurmál; Enska – C2; Danska – B2; Norska – B1")
    heading(d, "Tölvukunnátta / IT", 12)
    d.add_paragraph("ArcGIS, MS Office")
    heading(d, "Námskeið / Courses", 12)
    d.add_paragraph("2020  NATO Maritime Security Course, NATO Maritime Interdiction Operational Training Centre "
                    "(2 vikur / 2 weeks)")
    d.save(path)


# ------------------------------------------------------------------ d142 Spain: English CV set as an application
# form: employment table with a "Reason for leaving" column, "03/2019 – a día de hoy", two surnames, a skills matrix
# table (Skill | Level 1-5 | Years)
F = "cv_d142_es_employmenttable_reasonforleaving_adiadehoy_skillsmatrix_master_grado_dominguezprieto.docx"


@doc(F, cv_label(
    F, "Lucía Domínguez Prieto", "lucia.dominguez@example.es", "+34 611 555 943", "Spain",
    [("master", "Ingeniería Industrial", "Universidad Politécnica de Madrid", 2012),
     ("bachelor", "Ingeniería en Tecnologías Industriales", "Universidad Politécnica de Madrid", 2010)],
    False,
    [("Programme Manager", "Indra Sistemas S.A.", "2019-03", None),
     ("Logistics Engineer", "Navantia S.A.", "2015-06", "2019-02"),
     ("Junior Engineer", "ITP Aero", "2012-09", "2015-05")],
    [("Spanish", None, None), ("English", "V", None), ("French", None, None), ("Portuguese", None, None)],
    [], ["SAP PM", "MS Project", "Primavera P6", "Power BI"]))
def d142(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("LUCÍA DOMÍNGUEZ PRIETO")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Integrated Logistics Support and Programme Management")
    d.add_paragraph("Nacionalidad: española   |   lucia.dominguez@example.es   |   +34 611 555 943   |   Madrid")
    heading(d, "EMPLOYMENT HISTORY", 12)
    docx_table(d, [["Period", "Position", "Employer", "Reason for leaving"],
                   ["03/2019 – a día de hoy", "Programme Manager", "Indra Sistemas S.A.", "—"],
                   ["06/2015 – 02/2019", "Logistics Engineer", "Navantia S.A.", "Career progression"],
                   ["09/2012 – 05/2015", "Junior Engineer", "ITP Aero", "End of fixed-term contract"]],
               bold_first_row=True)
    d.add_paragraph("Main achievements at Indra: ILS programme for the F-110 frigate combat system; "
                    "team of 9; budget EUR 14 million.")
    heading(d, "EDUCATION", 12)
    docx_table(d, [["Year", "Qualification", "Institution"],
                   ["2012", "Máster Universitario en Ingeniería Industrial", "Universidad Politécnica de Madrid"],
                   ["2010", "Grado en Ingeniería en Tecnologías Industriales", "Universidad Politécnica de Madrid"]],
               bold_first_row=True)
    heading(d, "SKILLS MATRIX", 12)
    docx_table(d, [["Skill", "Level (1–5)", "Years"], ["SAP PM", "5", "8"], ["MS Project", "5", "11"],
                   ["Primavera P6", "4", "6"], ["Power BI", "3", "3"]], bold_first_row=True)
    heading(d, "LANGUAGES", 12)
    d.add_paragraph("Spanish: native   ·   English: C1 (Cambridge Advanced, 2014)   ·   French: B1   ·   Portuguese: A2")
    heading(d, "CERTIFICATIONS", 12)
    d.add_paragraph("PMP (Project Management Institute), 2020;  SX000i / S3000L training, 2018")
    d.save(path)


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, fn, _ in DOCS:
        fn(os.path.join(CVS, file))
    return DOCS
