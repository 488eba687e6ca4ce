"""DOCX CVs of corpus 7 (d48-d54). Each builder writes its document; the label beside it is hand-written."""
import os

from docx.shared import Pt

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


# ------------------------------------------------------------------ d48: Luxembourg, the whole CV is ONE table
F = "cv_d48_lu_single_table_kieffer.docx"


@doc(F, cv_label(
    F, "Tom Kieffer", "tom.kieffer@example.lu", "+352 621 555 318", "Luxembourg",
    [("master", "sciences politiques", "Université libre de Bruxelles (ULB)", 2011),
     ("bachelor", "sciences politiques", "Université libre de Bruxelles (ULB)", 2009),
     ("secondary", None, "Athénée de Luxembourg", 2006)],
    False,
    [("Chargé de mission, Direction de la défense", "Ministère des Affaires étrangères et européennes",
      "2019-09", None),
     ("Project Officer", "NATO Support and Procurement Agency (NSPA)", "2014-03", "2019-08"),
     ("Analyst", "BGL BNP Paribas", "2011-10", "2014-02")],
    [("Luxembourgish", None, None), ("French", "VI", None), ("German", "VI", None), ("English", "V", None)],
    [],
    ["Gestion de projet", "MS Project", "SAP", "rédaction de rapports"]))
def d48(path):
    d = new_docx(10)
    rows = [
        ["CURRICULUM VITAE", "Tom KIEFFER"],
        ["Adresse / Address", "12, rue des Bains, L-1212 Luxembourg"],
        ["Téléphone / Phone", "+352 621 555 318"],
        ["E-mail", "tom.kieffer@example.lu"],
        ["Nationalité / Nationality", "luxembourgeoise"],
        ["EXPÉRIENCE PROFESSIONNELLE / PROFESSIONAL EXPERIENCE", ""],
        ["Depuis 09/2019", "Chargé de mission, Direction de la défense\nMinistère des Affaires étrangères et "
                           "européennes\nSuivi des capacités luxembourgeoises dans le NDPP; préparation des "
                           "réunions du Comité des plans de défense."],
        ["03/2014 – 08/2019", "Project Officer\nNATO Support and Procurement Agency (NSPA)\nSupport to the "
                              "Multinational Multi-Role Tanker Transport Fleet programme; contract follow-up."],
        ["10/2011 – 02/2014", "Analyst\nBGL BNP Paribas\nCredit risk reporting."],
        ["FORMATION / EDUCATION", ""],
        ["2011", "Master en sciences politiques – Université libre de Bruxelles (ULB)"],
        ["2009", "Bachelier en sciences politiques – Université libre de Bruxelles (ULB)"],
        ["2006", "Diplôme de fin d'études secondaires classiques – Athénée de Luxembourg"],
        ["LANGUES / LANGUAGES", "luxembourgeois (langue maternelle), français C2, allemand C2, anglais C1"],
        ["COMPÉTENCES / SKILLS", "Gestion de projet; MS Project; SAP; rédaction de rapports"],
        ["DIVERS", "Permis B. Membre de la Croix-Rouge luxembourgeoise (bénévole)."],
    ]
    t = docx_table(d, rows, style="Table Grid")
    for r in (0, 5, 9):
        for c in t.rows[r].cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.bold = True
    d.save(path)


# ------------------------------------------------------------------ d49: Italian Europass (2005-era model) in Italian
F = "cv_d49_it_europass2005_italiano_marchetti.docx"


@doc(F, cv_label(
    F, "Chiara Marchetti", "chiara.marchetti@example.it", "+39 347 555 2190", "Italy",
    [("master", "Economia e legislazione per l'impresa", "Università Bocconi", 2013),
     ("bachelor", "Economia aziendale", "Università degli Studi di Padova", 2011)],
    False,
    [("Funzionario amministrativo-contabile", "Agenzia Industrie Difesa", "2018-03", None),
     ("Analista di bilancio", "Ragioneria Generale dello Stato", "2013-09", "2018-02")],
    [("Italian", None, None), ("English", "V", None), ("French", "IV", None)],
    [],
    ["SAP", "Excel avanzato", "Stata", "Power BI"]))
def d49(path):
    d = new_docx(9.5)
    d.add_paragraph("Europass\nCurriculum Vitae").runs[0].bold = True

    def block(rows):
        t = docx_table(d, rows, style=None)
        for r in t.rows:
            for p in r.cells[0].paragraphs:
                p.alignment = 2  # right-aligned labels, as in the old Europass model
        d.add_paragraph("")

    block([["Informazioni personali", ""],
           ["Nome(i) / Cognome(i)", "Chiara Marchetti"],
           ["Indirizzo(i)", "Via Nazionale 140, 00184 Roma (Italia)"],
           ["Cellulare", "+39 347 555 2190"],
           ["E-mail", "chiara.marchetti@example.it"],
           ["Cittadinanza", "Italiana"],
           ["Data di nascita", "11/07/1988"],
           ["Sesso", "Femminile"]])
    block([["Occupazione desiderata / Settore professionale", "Budget Officer – NATO Support and Procurement "
                                                              "Agency (NSPA)"]])
    block([["Esperienza professionale", ""],
           ["Date", "01/03/2018 – in corso"],
           ["Lavoro o posizione ricoperti", "Funzionario amministrativo-contabile"],
           ["Principali attività e responsabilità", "Programmazione e controllo del budget degli stabilimenti; "
                                                    "rendicontazione alla Corte dei conti."],
           ["Nome e indirizzo del datore di lavoro", "Agenzia Industrie Difesa, Piazza della Marina 4, 00196 Roma"],
           ["Tipo di attività o settore", "Pubblica amministrazione – Difesa"],
           ["Date", "15/09/2013 – 28/02/2018"],
           ["Lavoro o posizione ricoperti", "Analista di bilancio"],
           ["Principali attività e responsabilità", "Analisi della spesa dei ministeri; note tecniche sulla legge "
                                                    "di bilancio."],
           ["Nome e indirizzo del datore di lavoro", "Ragioneria Generale dello Stato, Via XX Settembre 97, "
                                                     "00187 Roma"]])
    block([["Istruzione e formazione", ""],
           ["Date", "2013"],
           ["Titolo della qualifica rilasciata", "Laurea magistrale in Economia e legislazione per l'impresa "
                                                 "(110/110 e lode)"],
           ["Nome e tipo d'organizzazione erogatrice dell'istruzione e formazione", "Università Bocconi, Milano"],
           ["Date", "2011"],
           ["Titolo della qualifica rilasciata", "Laurea triennale in Economia aziendale"],
           ["Nome e tipo d'organizzazione erogatrice dell'istruzione e formazione",
            "Università degli Studi di Padova"]])
    block([["Capacità e competenze personali", ""],
           ["Madrelingua(e)", "Italiano"],
           ["Altra(e) lingua(e)", "Inglese, Francese"],
           ["Autovalutazione", "Comprensione (Ascolto, Lettura) · Parlato (Interazione, Produzione orale) · "
                               "Scritto"],
           ["Livello europeo (*)", ""],
           ["Inglese", "C1  C1  C1  C1  C1"],
           ["Francese", "B2  B2  B2  B2  B2"],
           ["", "(*) Quadro comune europeo di riferimento per le lingue"],
           ["Capacità e competenze sociali", "Ottima capacità di lavorare in gruppi multinazionali, maturata "
                                             "durante l'Erasmus a Lione."],
           ["Capacità e competenze organizzative", "Coordinamento di un gruppo di quattro analisti."],
           ["Capacità e competenze informatiche", "SAP, Excel avanzato, Stata, Power BI"],
           ["Patente", "B"]])
    d.add_paragraph("Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003.")
    d.save(path)


# ------------------------------------------------------------------ d50: Norwegian officer, service record tables in
# Norwegian, "01.08.2020 – d.d."
F = "cv_d50_no_tjenesteutskrift_tables_aasen.docx"


@doc(F, cv_label(
    F, "Kristian Aasen", "kristian.aasen@example.no", "+47 915 55 208", "Norway",
    [("bachelor", "militære studier", "Krigsskolen", 2013)],
    True,
    [("Stabsoffiser J5", "Forsvarets operative hovedkvarter (FOH)", "2020-08", None),
     ("Kompanisjef", "Telemark bataljon", "2017-08", "2019-07"),
     ("Nestkommanderende kompani", "Brigade Nord", "2013-08", "2017-07")],
    [("Norwegian", None, None), ("English", None, "3333"), ("German", None, "2211")],
    [],
    []))
def d50(path):
    d = new_docx(10)
    d.add_heading("TJENESTEUTSKRIFT / CV", 0)
    line(d, "Major Kristian Aasen")
    d.add_paragraph("Statsborgerskap: norsk · Født: 1989 · Mobil: +47 915 55 208 · E-post: "
                    "kristian.aasen@example.no")
    d.add_heading("Tjeneste", 1)
    docx_table(d, [["Periode", "Stilling", "Avdeling"],
                   ["01.08.2020 – d.d.", "Stabsoffiser J5", "Forsvarets operative hovedkvarter (FOH)"],
                   ["01.08.2019 – 31.07.2020", "Elev, stabsstudiet", "Stabsskolen, Forsvarets høgskole"],
                   ["01.08.2017 – 31.07.2019", "Kompanisjef", "Telemark bataljon"],
                   ["01.08.2013 – 31.07.2017", "Nestkommanderende kompani", "Brigade Nord"]],
                bold_first_row=True)
    d.add_paragraph("Merk: 2019–2020 var heltidsstudier ved Stabsskolen (ikke en stilling).")
    d.add_heading("Utdanning og kurs", 1)
    docx_table(d, [["År", "Utdanning / kurs", "Sted"],
                   ["2020", "Stabsstudiet (Stabsskolen)", "Forsvarets høgskole"],
                   ["2018", "NATO Staff Officer Orientation Course", "NATO School Oberammergau"],
                   ["2013", "Bachelor i militære studier", "Krigsskolen"]],
                bold_first_row=True)
    d.add_heading("Språk", 1)
    docx_table(d, [["Språk", "Nivå"],
                   ["Norsk", "morsmål"],
                   ["Engelsk", "SLP 3333 (STANAG 6001, 2021)"],
                   ["Tysk", "SLP 2211"]], bold_first_row=True)
    d.add_heading("Utenlandstjeneste", 1)
    d.add_paragraph("Enhanced Forward Presence, Litauen (feb.–aug. 2018), stridsgruppen i Rukla.")
    d.save(path)


# ------------------------------------------------------------------ d51: Slovak CV in Slovak
F = "cv_d51_sk_slovensky_dotteraz_kovacikova.docx"


@doc(F, cv_label(
    F, "Zuzana Kováčiková", "zuzana.kovacikova@example.sk", "+421 905 555 731", "Slovakia",
    [("master", "Medzinárodné vzťahy", "Univerzita Komenského v Bratislave", 2013),
     ("bachelor", "Politológia", "Univerzita Komenského v Bratislave", 2011)],
    False,
    [("Hlavný štátny radca – odbor obrannej politiky", "Ministerstvo obrany Slovenskej republiky", "2018-09", None),
     ("Výskumná pracovníčka", "Slovenská spoločnosť pre zahraničnú politiku (SFPA)", "2014-02", "2018-08"),
     ("Stážistka", "Stále zastúpenie SR pri NATO", "2013-09", "2014-01")],
    [("Slovak", None, None), ("English", "V", None), ("German", "IV", None), ("French", None, "2221")],
    [],
    ["MS Office", "Tableau", "NVivo"]))
def d51(path):
    d = new_docx(10.5)
    d.add_heading("Mgr. Zuzana Kováčiková", 0)
    d.add_paragraph("Životopis")
    line(d, "Štátna príslušnosť: ", "slovenská")
    line(d, "Telefón: ", "+421 905 555 731")
    line(d, "E-mail: ", "zuzana.kovacikova@example.sk")
    d.add_heading("Pracovné skúsenosti", 1)
    for dates, title, org, desc in [
        ("09/2018 – doteraz", "Hlavný štátny radca – odbor obrannej politiky",
         "Ministerstvo obrany Slovenskej republiky, Bratislava", "Príprava pozícií SR pre Výbor pre obrannú politiku a plánovanie NATO."),
        ("02/2014 – 08/2018", "Výskumná pracovníčka", "Slovenská spoločnosť pre zahraničnú politiku (SFPA)",
         "Analýzy transatlantickej bezpečnosti, editorka ročenky."),
        ("09/2013 – 01/2014", "Stážistka", "Stále zastúpenie SR pri NATO, Brusel", "Podpora delegácie vo Výbore pre "
                                                                                  "obranné plánovanie."),
    ]:
        line(d, dates)
        line(d, title)
        d.add_paragraph(org)
        d.add_paragraph(desc).runs[0].italic = True
    d.add_heading("Vzdelanie", 1)
    d.add_paragraph("2013  Mgr. – Medzinárodné vzťahy, Univerzita Komenského v Bratislave, Filozofická fakulta")
    d.add_paragraph("2011  Bc. – Politológia, Univerzita Komenského v Bratislave")
    d.add_heading("Jazykové znalosti", 1)
    docx_table(d, [["Jazyk", "Úroveň"],
                   ["slovenský jazyk", "materinský"],
                   ["anglický jazyk", "C1"],
                   ["nemecký jazyk", "B2"],
                   ["francúzsky jazyk", "SLP 2221 (STANAG 6001)"]], bold_first_row=True)
    d.add_heading("Digitálne zručnosti", 1)
    d.add_paragraph("MS Office, Tableau, NVivo")
    d.add_heading("Záujmy", 1)
    d.add_paragraph("Horolezectvo, fotografia.")
    d.save(path)


# ------------------------------------------------------------------ d52: US functional (skills-based) résumé,
# "Core Competencies" = skills, employment history with dates at line ends ("2017 to present")
F = "cv_d52_us_functional_resume_castillo.docx"


@doc(F, cv_label(
    F, "Jordan E. Castillo", "jordan.castillo@example.com", "(617) 555-0148", "United States",
    [("master", "Business Administration", "Boston University", 2014),
     ("bachelor", "Economics", "University of Maryland", 2008)],
    False,
    [("Program Analyst", "Defense Contract Management Agency (DCMA)", "2017-01", None),
     ("Contract Specialist", "U.S. Army Contracting Command", "2011-01", "2017-12"),
     ("Procurement Technician", "General Services Administration", "2008-01", "2011-12")],
    [("English", None, None), ("Spanish", None, None)],
    [],
    ["Acquisition strategy", "Earned value management", "Cost and price analysis", "Contract negotiation",
     "Federal Acquisition Regulation (FAR/DFARS)", "Stakeholder briefings"]))
def d52(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    r = p.add_run("JORDAN E. CASTILLO")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Boston, MA 02116 · (617) 555-0148 · jordan.castillo@example.com · U.S. citizen")
    d.add_heading("SUMMARY", 1)
    d.add_paragraph("Acquisition professional with 15+ years in federal contracting and contract oversight, "
                    "seeking a procurement post with the NATO Support and Procurement Agency.")
    d.add_heading("CORE COMPETENCIES", 1)
    docx_table(d, [["Acquisition strategy", "Earned value management", "Cost and price analysis"],
                   ["Contract negotiation", "Federal Acquisition Regulation (FAR/DFARS)", "Stakeholder briefings"]],
               style=None)
    d.add_heading("RELEVANT ACCOMPLISHMENTS", 1)
    line(d, "Contract oversight")
    d.add_paragraph("Led surveillance of 14 major defense contracts worth $2.1B; cut overdue corrective action "
                    "requests by 40%.", style="List Bullet")
    line(d, "Negotiation")
    d.add_paragraph("Negotiated a $310M sole-source spares contract for Army aviation, saving $18M against the "
                    "should-cost estimate.", style="List Bullet")
    line(d, "Leadership")
    d.add_paragraph("Supervised four contract specialists; mentored interns from the GSA Acquisition Workforce "
                    "program.", style="List Bullet")
    d.add_heading("EMPLOYMENT HISTORY", 1)
    for left, right in [("Program Analyst, Defense Contract Management Agency (DCMA), Boston, MA", "2017 to present"),
                        ("Contract Specialist, U.S. Army Contracting Command, Aberdeen Proving Ground, MD",
                         "2011 to 2017"),
                        ("Procurement Technician, General Services Administration, Washington, DC", "2008 to 2011")]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Pt(470), alignment=2)
        p.add_run(left)
        p.add_run("\t" + right)
    d.add_heading("EDUCATION", 1)
    d.add_paragraph("Master of Business Administration (MBA), Business Administration – Boston University, 2014")
    d.add_paragraph("B.A., Economics – University of Maryland, 2008")
    d.add_heading("CERTIFICATIONS", 1)
    d.add_paragraph("DAWIA Contracting, Level III (2016) · Certified Federal Contracts Manager (CFCM)")
    d.add_heading("LANGUAGES", 1)
    d.add_paragraph("English (native); Spanish (professional working proficiency, ILR 3)")
    d.save(path)


# ------------------------------------------------------------------ d53: Finnish CV in Finnish, "3/2020–" dates in a
# two-column table, VTM / VTK / ylioppilastutkinto
F = "cv_d53_fi_suomeksi_koskinen.docx"


@doc(F, cv_label(
    F, "Anna-Maija Koskinen", "anna-maija.koskinen@example.fi", "+358 40 555 2817", "Finland",
    [("master", "kansainvälinen politiikka", "Helsingin yliopisto", 2015),
     ("bachelor", "kansainvälinen politiikka", "Helsingin yliopisto", 2012),
     ("secondary", None, "Helsingin Suomalainen Yhteiskoulu", 2007)],
    False,
    [("Erityisasiantuntija", "Puolustusministeriö", "2020-03", None),
     ("Tutkija", "Ulkopoliittinen instituutti", "2015-08", "2020-02"),
     ("Suunnittelija", "Maanpuolustuskorkeakoulu", "2012-09", "2015-07")],
    [("Finnish", None, None), ("Swedish", None, None), ("English", "VI", None), ("French", "IV", None),
     ("Russian", None, None)],
    [],
    ["MS Office", "R", "NVivo", "ArcGIS"]))
def d53(path):
    d = new_docx(10.5)
    d.add_heading("ANSIOLUETTELO", 0)
    line(d, "Anna-Maija Koskinen")
    d.add_paragraph("Mannerheimintie 61 A 12, 00250 Helsinki\nPuh. +358 40 555 2817\n"
                    "anna-maija.koskinen@example.fi\nKansalaisuus: Suomi")
    d.add_heading("Työkokemus", 1)
    docx_table(d, [["3/2020–", "Erityisasiantuntija, Puolustusministeriö\nPuolustuspoliittinen osasto; "
                               "NATO-jäsenyyden valmistelu ja puolustussuunnittelu."],
                   ["8/2015–2/2020", "Tutkija, Ulkopoliittinen instituutti\nEurooppalainen turvallisuus, "
                                     "Itämeren alue."],
                   ["9/2012–7/2015", "Suunnittelija, Maanpuolustuskorkeakoulu\nKurssien suunnittelu."]],
               style=None)
    d.add_heading("Koulutus", 1)
    docx_table(d, [["2015", "Valtiotieteiden maisteri (VTM), Helsingin yliopisto\npääaine: kansainvälinen politiikka"],
                   ["2012", "Valtiotieteiden kandidaatti (VTK), Helsingin yliopisto\npääaine: kansainvälinen "
                            "politiikka"],
                   ["2007", "Ylioppilastutkinto, Helsingin Suomalainen Yhteiskoulu"]], style=None)
    d.add_heading("Kielitaito", 1)
    d.add_paragraph("suomi – äidinkieli; ruotsi – hyvä (virkamiesruotsi); englanti – C2; ranska – B2; "
                    "venäjä – tyydyttävä")
    d.add_heading("Atk-taidot", 1)
    d.add_paragraph("MS Office, R, NVivo, ArcGIS")
    d.add_heading("Luottamustehtävät", 1)
    d.add_paragraph("2018–2022 Suomen Atlantti-Seuran hallituksen jäsen.")
    d.save(path)


# ------------------------------------------------------------------ d54: Turkish officer ÖZGEÇMİŞ in Turkish, service
# table with Başlama / Bitiş columns, "Halen"
F = "cv_d54_tr_subay_ozgecmis_halen_kaya.docx"


@doc(F, cv_label(
    F, "Mehmet Ali Kaya", "mehmetali.kaya@example.com.tr", "+90 532 555 47 19", "Türkiye",
    [("bachelor", "Sistem Mühendisliği", "Kara Harp Okulu", 2006),
     ("master", "Savunma Yönetimi", "Millî Savunma Üniversitesi", 2018)],
    True,
    [("Harekât Planlama Şube Müdürü", "Kara Kuvvetleri Komutanlığı", "2021-08", None),
     ("Tabur Komutanı", "2. Zırhlı Tugay Komutanlığı", "2018-09", "2021-07"),
     ("Bölük Komutanı", "66. Mekanize Piyade Tugayı", "2012-06", "2016-08")],
    [("Turkish", None, None), ("English", None, "3332"), ("German", None, "2211")],
    [],
    []))
def d54(path):
    d = new_docx(10)
    d.add_heading("ÖZGEÇMİŞ", 0)
    docx_table(d, [["Adı Soyadı", "Kurmay Yarbay Mehmet Ali KAYA"],
                   ["Uyruğu", "Türkiye Cumhuriyeti"],
                   ["Doğum Tarihi", "1984"],
                   ["Cep Telefonu", "+90 532 555 47 19"],
                   ["E-posta", "mehmetali.kaya@example.com.tr"]])
    d.add_heading("Görevler", 1)
    docx_table(d, [["Başlama", "Bitiş", "Görevi", "Birliği"],
                   ["Ağustos 2021", "Halen", "Harekât Planlama Şube Müdürü", "Kara Kuvvetleri Komutanlığı"],
                   ["Eylül 2018", "Temmuz 2021", "Tabur Komutanı", "2. Zırhlı Tugay Komutanlığı"],
                   ["Haziran 2012", "Ağustos 2016", "Bölük Komutanı", "66. Mekanize Piyade Tugayı"]],
               bold_first_row=True)
    d.add_heading("Öğrenim", 1)
    docx_table(d, [["Yıl", "Okul", "Bölüm / Program", "Derece"],
                   ["2006", "Kara Harp Okulu", "Sistem Mühendisliği", "Lisans"],
                   ["2016–2018", "Harp Akademileri Komutanlığı – Kara Harp Akademisi", "Kurmay subay eğitimi",
                    "—"],
                   ["2018", "Millî Savunma Üniversitesi, Atatürk Stratejik Araştırmalar Enstitüsü",
                    "Savunma Yönetimi", "Yüksek Lisans"]],
               bold_first_row=True)
    d.add_heading("Yabancı Dil", 1)
    docx_table(d, [["Dil", "Seviye"],
                   ["Türkçe", "Ana dil"],
                   ["İngilizce", "SLP 3332 (2022)"],
                   ["Almanca", "SLP 2211"]], bold_first_row=True)
    d.add_heading("Yurt Dışı Görevler", 1)
    d.add_paragraph("KFOR, Priştine (Mart–Eylül 2010), irtibat subayı.")
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
