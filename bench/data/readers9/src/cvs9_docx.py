"""DOCX CVs of corpus 9 (d62-d68). Each builder writes its document; the label beside it is hand-written."""
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def band(d, text, size=11):
    """A section heading written as a one-cell shaded table (a common Word CV trick)."""
    t = docx_table(d, [[text]], style="Table Grid")
    run = t.cell(0, 0).paragraphs[0].runs[0]
    run.bold = True
    run.font.size = Pt(size)
    d.add_paragraph()
    return t


def merged_table(d, title, rows):
    """A table whose first row is one merged title cell, then the given rows."""
    n = len(rows[0])
    t = docx_table(d, [[title] + [""] * (n - 1)] + rows, style="Table Grid")
    a = t.cell(0, 0).merge(t.cell(0, n - 1))
    a.paragraphs[0].runs[0].bold = True
    for c in t.rows[1].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
    d.add_paragraph()
    return t


# ------------------------------------------------------------------ d62: German CV in German, all in tables,
# "10.2019 – heute", Diplom-Verwaltungswirtin (FH) = bachelor level, SLP in a German language table
F = "cv_d62_de_tabellen_heute_diplomfh_vogt.docx"


@doc(F, cv_label(
    F, "Kathrin Vogt", "kathrin.vogt@example.de", "+49 228 555 3190", "Germany",
    [("master", "Governance and Public Policy", "Universität Passau", 2018),
     ("bachelor", "Allgemeine innere Verwaltung", "Hochschule des Bundes für öffentliche Verwaltung", 2011),
     ("secondary", None, "Beethoven-Gymnasium Bonn", 2008)],
    False,
    [("Referentin Rüstungskooperation", "Bundesministerium der Verteidigung (BMVg)", "2019-10", None),
     ("Sachbearbeiterin Haushalt", "Bundesamt für das Personalmanagement der Bundeswehr (BAPersBw)", "2015-04",
      "2019-09"),
     ("Verwaltungsbeamtin im gehobenen Dienst", "Bundesstadt Bonn", "2011-08", "2015-03")],
    [("German", None, None), ("English", None, "3333"), ("French", "IV", None), ("Spanish", None, None)],
    [],
    ["SAP (Haushalt)", "MS Office", "Confluence"]))
def d62(path):
    d = new_docx(10)
    h = d.add_paragraph()
    r = h.add_run("Lebenslauf")
    r.bold = True
    r.font.size = Pt(18)
    merged_table(d, "Persönliche Daten", [
        ["Name", "Kathrin Vogt"],
        ["Anschrift", "Poppelsdorfer Allee 40, 53115 Bonn"],
        ["Telefon", "+49 228 555 3190"],
        ["E-Mail", "kathrin.vogt@example.de"],
        ["Geburtsdatum", "03.02.1989"],
        ["Staatsangehörigkeit", "deutsch"]])
    merged_table(d, "Beruflicher Werdegang", [
        ["Zeitraum", "Tätigkeit", "Arbeitgeber"],
        ["10.2019 – heute", "Referentin Rüstungskooperation\nNATO- und EU-Rüstungskooperation, Vorbereitung der "
                            "NADREP-Sitzungen", "Bundesministerium der Verteidigung (BMVg), Referat A II 3"],
        ["04.2015 – 09.2019", "Sachbearbeiterin Haushalt\nHaushaltsaufstellung und -vollzug Kapitel 1403",
         "Bundesamt für das Personalmanagement der Bundeswehr (BAPersBw)"],
        ["08.2011 – 03.2015", "Verwaltungsbeamtin im gehobenen Dienst\nBürgeramt, später Kämmerei",
         "Bundesstadt Bonn"]])
    merged_table(d, "Ausbildung", [
        ["Zeitraum", "Abschluss", "Fach", "Einrichtung"],
        ["10.2016 – 09.2018", "Master of Arts (M.A.), berufsbegleitend", "Governance and Public Policy",
         "Universität Passau"],
        ["08.2008 – 07.2011", "Diplom-Verwaltungswirtin (FH)", "Allgemeine innere Verwaltung",
         "Hochschule des Bundes für öffentliche Verwaltung"],
        ["06.2008", "Abitur", "—", "Beethoven-Gymnasium Bonn"]])
    merged_table(d, "Weiterbildung", [
        ["2021", "Seminar für Sicherheitspolitik, Bundesakademie für Sicherheitspolitik (BAKS) – kein Abschluss"]])
    merged_table(d, "Sprachkenntnisse", [
        ["Sprache", "Niveau"],
        ["Deutsch", "Muttersprache"],
        ["Englisch", "SLP 3-3-3-3 (Bundessprachenamt, 2020)"],
        ["Französisch", "B2 (GER)"],
        ["Spanisch", "Grundkenntnisse"]])
    merged_table(d, "EDV-Kenntnisse", [["SAP (Haushalt), MS Office, Confluence"]])
    p = d.add_paragraph("Bonn, im Januar 2027")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


# ------------------------------------------------------------------ d63: Dutch CV in Dutch, tables only, quarters
# "Q3 2019 – heden", HBO bachelor vs WO master, Atheneum
F = "cv_d63_nl_kwartalen_hbo_wo_degraaf.docx"


@doc(F, cv_label(
    F, "Femke de Graaf", "femke.degraaf@example.nl", "06-55512874", "Netherlands",
    [("master", "Crisis and Security Management", "Universiteit Leiden", 2012),
     ("bachelor", "Bestuurskunde", "De Haagse Hogeschool", 2010),
     ("secondary", None, "Christelijk Lyceum Delft", 2006)],
    False,
    [("Senior beleidsmedewerker NAVO-zaken", "Ministerie van Defensie", "2019-07", None),
     ("Beleidsmedewerker", "Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)", "2016-01",
      "2019-06"),
     ("Onderzoeker", "Nederlands Instituut voor Internationale Betrekkingen Clingendael", "2012-10", "2015-12")],
    [("Dutch", None, None), ("English", "VI", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["Beleidsanalyse", "MS Office", "Power BI"]))
def d63(path):
    d = new_docx(10)
    t = docx_table(d, [["Femke de Graaf", "Curriculum vitae"]], style=None)
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    t.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(16)
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    merged_table(d, "PERSONALIA", [
        ["Adres", "Laan van Meerdervoort 210, 2517 BK Den Haag"],
        ["Telefoon", "06-55512874"],
        ["E-mail", "femke.degraaf@example.nl"],
        ["Geboortedatum", "17-08-1988"],
        ["Nationaliteit", "Nederlandse"]])
    merged_table(d, "WERKERVARING", [
        ["Periode", "Functie", "Organisatie"],
        ["Q3 2019 – heden", "Senior beleidsmedewerker NAVO-zaken",
         "Ministerie van Defensie, Directie Internationale Zaken"],
        ["Q1 2016 – Q2 2019", "Beleidsmedewerker",
         "Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)"],
        ["Q4 2012 – Q4 2015", "Onderzoeker", "Nederlands Instituut voor Internationale Betrekkingen Clingendael"]])
    merged_table(d, "OPLEIDING", [
        ["Jaar", "Opleiding", "Instelling"],
        ["2012", "Master of Science Crisis and Security Management (WO)", "Universiteit Leiden"],
        ["2010", "Bachelor Bestuurskunde (HBO)", "De Haagse Hogeschool"],
        ["2006", "Atheneum (VWO)", "Christelijk Lyceum Delft"]])
    merged_table(d, "CURSUSSEN", [
        ["2017", "Leergang Internationale Veiligheid, Clingendael Academy (certificaat)"]])
    merged_table(d, "TALEN", [
        ["Taal", "Niveau (ERK)"],
        ["Nederlands", "moedertaal"],
        ["Engels", "C2"],
        ["Frans", "B2"],
        ["Duits", "redelijk"]])
    merged_table(d, "VAARDIGHEDEN", [["Beleidsanalyse; MS Office; Power BI"]])
    d.save(path)


# ------------------------------------------------------------------ d64: Polish CV in Polish, tables, "10.2019 – nadal",
# magister inżynier / inżynier (first cycle), SLP with dots "3.3.3.3", studia podyplomowe (no entry)
F = "cv_d64_pl_tabele_nadal_mgrinz_nowicka.docx"


@doc(F, cv_label(
    F, "Katarzyna Nowicka", "k.nowicka@example.pl", "+48 601 555 274", "Poland",
    [("master", "Elektronika i telekomunikacja", "Wojskowa Akademia Techniczna", 2013),
     ("bachelor", "Elektronika", "Politechnika Warszawska", 2011),
     ("secondary", None, "XIV Liceum Ogólnokształcące im. Stanisława Staszica", 2007)],
    False,
    [("Główny specjalista ds. współpracy z NATO", "Agencja Uzbrojenia", "2019-10", None),
     ("Inżynier systemów", "Polska Grupa Zbrojeniowa S.A.", "2014-03", "2019-09"),
     ("Młodszy inżynier", "Wojskowe Zakłady Łączności Nr 1 S.A.", "2011-07", "2014-02")],
    [("Polish", None, None), ("English", None, "3333"), ("German", "IV", None), ("Russian", None, None)],
    [],
    ["MATLAB", "LabVIEW", "IBM DOORS", "MS Project"]))
def d64(path):
    d = new_docx(10)
    band(d, "ŻYCIORYS ZAWODOWY – Katarzyna Nowicka", 14)
    docx_table(d, [["Adres:", "ul. Nowowiejska 21, 00-665 Warszawa"],
                   ["Telefon:", "+48 601 555 274"],
                   ["E-mail:", "k.nowicka@example.pl"],
                   ["Obywatelstwo:", "polskie"]], style=None)
    d.add_paragraph()
    band(d, "DOŚWIADCZENIE ZAWODOWE")
    docx_table(d, [["Okres", "Stanowisko", "Pracodawca"],
                   ["10.2019 – nadal", "Główny specjalista ds. współpracy z NATO", "Agencja Uzbrojenia"],
                   ["03.2014 – 09.2019", "Inżynier systemów", "Polska Grupa Zbrojeniowa S.A."],
                   ["07.2011 – 02.2014", "Młodszy inżynier", "Wojskowe Zakłady Łączności Nr 1 S.A."]],
               bold_first_row=True)
    d.add_paragraph()
    band(d, "WYKSZTAŁCENIE")
    docx_table(d, [["Lata", "Uczelnia / szkoła", "Kierunek", "Tytuł / dyplom"],
                   ["2011 – 2013", "Wojskowa Akademia Techniczna", "Elektronika i telekomunikacja",
                    "magister inżynier"],
                   ["2007 – 2011", "Politechnika Warszawska", "Elektronika", "inżynier"],
                   ["2003 – 2007", "XIV Liceum Ogólnokształcące im. Stanisława Staszica", "—",
                    "świadectwo dojrzałości"]],
               bold_first_row=True)
    d.add_paragraph("Studia podyplomowe: Zarządzanie projektami, SGH (2016) – świadectwo ukończenia.")
    band(d, "JĘZYKI OBCE")
    docx_table(d, [["polski", "ojczysty"],
                   ["angielski", "STANAG 6001 SLP 3.3.3.3"],
                   ["niemiecki", "B2"],
                   ["rosyjski", "podstawowy"]], style="Table Grid")
    d.add_paragraph()
    band(d, "UMIEJĘTNOŚCI TECHNICZNE")
    d.add_paragraph("MATLAB, LabVIEW, IBM DOORS, MS Project")
    d.add_paragraph("Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji "
                    "procesu rekrutacji.").runs[0].font.size = Pt(7)
    d.save(path)


# ------------------------------------------------------------------ d65: Italian Air Force officer, Italian section
# headers over an English body, "10/2019 – in atto", Corso Normale di Stato Maggiore (ISMA), SLP "2+ 2 2 1+"
F = "cv_d65_it_intestazioni_italiane_inatto_ferri.docx"


@doc(F, cv_label(
    F, "Marco Ferri", "marco.ferri@example.it", "+39 335 555 7721", "Italy",
    [("master", "Scienze Politiche", "Università degli Studi di Napoli Federico II", 2013),
     ("bachelor", "Scienze Aeronautiche", "Accademia Aeronautica – Università degli Studi di Napoli Federico II",
      2010),
     ("secondary", None, "Liceo Scientifico \"Galileo Galilei\"", 2006)],
    True,
    [("Staff Officer, Air Operations Planning", "Comando Operazioni Aerospaziali (COA)", "2019-10", None),
     ("Flight Commander", "6° Stormo", "2015-08", "2018-08"),
     ("Pilot, 154th Squadron", "6° Stormo", "2011-09", "2015-07")],
    [("Italian", None, None), ("English", None, "3333"), ("French", None, "2221")],
    [],
    ["COPD operational planning", "JTLS", "MS Office"]))
def d65(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("Ten. Col. Marco FERRI")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Italian Air Force – Curriculum Vitae")
    d.add_heading("DATI PERSONALI", 2)
    docx_table(d, [["Cittadinanza", "italiana"],
                   ["E-mail", "marco.ferri@example.it"],
                   ["Cellulare", "+39 335 555 7721"],
                   ["Luogo e data di nascita", "Pescara, 21/06/1987"]], style="Table Grid")
    d.add_heading("ESPERIENZE PROFESSIONALI", 2)
    docx_table(d, [["Periodo", "Incarico", "Ente"],
                   ["10/2019 – in atto", "Staff Officer, Air Operations Planning\nPlans air operations for NATO "
                                         "Air Policing and the national contribution to eAP.",
                    "Comando Operazioni Aerospaziali (COA), Poggio Renatico"],
                   ["08/2015 – 08/2018", "Flight Commander\nLed a flight of 8 crews; squadron standardisation "
                                         "officer.", "6° Stormo, Ghedi"],
                   ["09/2011 – 07/2015", "Pilot, 154th Squadron\nCombat-ready pilot; two NATO Air Policing "
                                         "rotations in the Baltic states.", "6° Stormo, Ghedi"]],
               bold_first_row=True)
    d.add_heading("ISTRUZIONE E FORMAZIONE", 2)
    docx_table(d, [["Anno", "Titolo", "Istituto"],
                   ["09/2018 – 07/2019", "Corso Normale di Stato Maggiore (command and staff course)",
                    "Istituto di Scienze Militari Aeronautiche (ISMA), Firenze"],
                   ["2013", "Laurea Magistrale in Scienze Politiche (LM-62)",
                    "Università degli Studi di Napoli Federico II"],
                   ["2010", "Laurea in Scienze Aeronautiche (first-cycle degree)",
                    "Accademia Aeronautica – Università degli Studi di Napoli Federico II"],
                   ["2006", "Diploma di maturità scientifica", "Liceo Scientifico \"Galileo Galilei\", Pescara"]],
               bold_first_row=True)
    d.add_heading("CONOSCENZE LINGUISTICHE", 2)
    d.add_paragraph("Italian – mother tongue")
    d.add_paragraph("English – SLP 3/3/3/3 (JFLT, 2020)")
    d.add_paragraph("French – SLP 2+ 2 2 1+ (2017)")
    d.add_heading("COMPETENZE TECNICHE", 2)
    d.add_paragraph("COPD operational planning; JTLS; MS Office")
    d.add_heading("ONORIFICENZE", 2)
    d.add_paragraph("Medaglia NATO non-Article 5 (2016).")
    d.save(path)


# ------------------------------------------------------------------ d66: Belgian CV in French, day-precise prose dates
# ("Depuis le 1er février 2021", "Du 15 septembre 2014 au 31 janvier 2021"), NATO competencies in a two-column table
F = "cv_d66_be_fr_datesenlettres_competencestable_leclercq.docx"


@doc(F, cv_label(
    F, "Nathalie Leclercq", "nathalie.leclercq@example.be", "+32 475 55 28 61", "Belgium",
    [("master", "sciences politiques, orientation relations internationales",
      "Université catholique de Louvain (UCLouvain)", 2010),
     ("bachelor", "sciences politiques", "Université de Namur", 2008),
     ("secondary", None, "Collège Saint-Michel", 2005)],
    False,
    [("Conseillère politique", "Service public fédéral Affaires étrangères", "2021-02", None),
     ("Attachée", "Institut royal supérieur de défense (IRSD)", "2014-09", "2021-01"),
     ("Assistante parlementaire", "Chambre des représentants", "2011-03", "2014-09")],
    [("French", None, None), ("English", "V", None), ("Dutch", "IV", None), ("German", None, None)],
    ["Analytical Thinking", "Organisational Awareness", "Impact and Influence"],
    ["MS Office", "SharePoint", "Tableau"]))
def d66(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    r = p.add_run("Nathalie LECLERCQ")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Avenue de Tervueren 118, 1150 Bruxelles  |  +32 475 55 28 61  |  nathalie.leclercq@example.be")
    d.add_paragraph("Nationalité : belge  |  Née le 9 mai 1987")
    d.add_heading("Expérience professionnelle", 1)
    for dates, t, o, desc in [
        ("Depuis le 1er février 2021", "Conseillère politique",
         "Service public fédéral Affaires étrangères, Direction Sécurité et Désarmement",
         "Préparation des positions belges au Conseil de l'Atlantique Nord ; suivi du partage du fardeau."),
        ("Du 15 septembre 2014 au 31 janvier 2021", "Attachée", "Institut royal supérieur de défense (IRSD)",
         "Recherche sur la sécurité européenne ; enseignement au Cours supérieur d'état-major (en tant que "
         "chargée de cours, non comme participante)."),
        ("Du 1er mars 2011 au 12 septembre 2014", "Assistante parlementaire", "Chambre des représentants",
         "Commission de la Défense nationale.")]:
        p = d.add_paragraph()
        p.add_run(dates + " — ").italic = True
        p.add_run(t).bold = True
        d.add_paragraph(o)
        d.add_paragraph(desc)
    d.add_heading("Formation", 1)
    d.add_paragraph("Master en sciences politiques, orientation relations internationales (2010) – Université "
                    "catholique de Louvain (UCLouvain)")
    d.add_paragraph("Bachelier en sciences politiques (2008) – Université de Namur")
    d.add_paragraph("CESS (2005) – Collège Saint-Michel, Etterbeek")
    d.add_heading("Langues", 1)
    d.add_paragraph("Français : langue maternelle ; anglais : niveau OTAN V (« Avancé ») ; néerlandais : niveau "
                    "OTAN IV (« Intermédiaire supérieur ») ; allemand : connaissances passives")
    d.add_heading("Compétences OTAN", 1)
    docx_table(d, [["Compétence", "Comportement démontré"],
                   ["Réflexion analytique (Analytical Thinking)", "Réalise des analyses complexes"],
                   ["Connaissance de l'organisation (Organisational Awareness)",
                    "Comprend les enjeux politiques de l'organisation"],
                   ["Impact et influence (Impact and Influence)", "Recourt à une influence indirecte"]],
               bold_first_row=True)
    d.add_heading("Outils informatiques", 1)
    d.add_paragraph("MS Office ; SharePoint ; Tableau")
    d.save(path)


# ------------------------------------------------------------------ d67: Estonian headers over an English body,
# "09.2019 – praegu", Magistrikraad / Bakalaureusekraad, SLP with skill letters "3 (L) 3 (S) 3+ (R) 3 (W)"
F = "cv_d67_ee_estonianheaders_praegu_magi.docx"


@doc(F, cv_label(
    F, "Kadri Mägi", "kadri.magi@example.ee", "+372 5555 8142", "Estonia",
    [("master", "Cyber Security", "Tallinn University of Technology (TalTech)", 2016),
     ("bachelor", "Informatics", "University of Tartu", 2013),
     ("secondary", None, "Tallinna Reaalkool", 2010)],
    False,
    [("Researcher, Technology Branch", "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)", "2019-09",
      None),
     ("Information Security Specialist", "Estonian Information System Authority (RIA)", "2016-02", "2019-08"),
     ("Systems Administrator", "Swedbank AS", "2013-06", "2016-01")],
    [("Estonian", None, None), ("English", None, "3333"), ("Russian", "IV", None), ("Finnish", None, None)],
    [],
    ["Splunk", "Wireshark", "Python", "ISO 27001"]))
def d67(path):
    d = new_docx(10)
    t = docx_table(d, [["KADRI MÄGI", "kadri.magi@example.ee\n+372 5555 8142\nTallinn"]], style=None)
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    t.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(18)
    band(d, "ISIKUANDMED")
    docx_table(d, [["Kodakondsus / Citizenship", "Estonian"], ["Sünniaasta / Born", "1991"]], style="Table Grid")
    d.add_paragraph()
    band(d, "TÖÖKOGEMUS")
    docx_table(d, [["09.2019 – praegu", "Researcher, Technology Branch\nNATO Cooperative Cyber Defence Centre of "
                                        "Excellence (CCDCOE)\nTechnical lead for the Crossed Swords exercise; "
                                        "research on 5G security."],
                   ["02.2016 – 08.2019", "Information Security Specialist\nEstonian Information System Authority "
                                         "(RIA)\nIncident handling at CERT-EE; security audits of state systems."],
                   ["06.2013 – 01.2016", "Systems Administrator\nSwedbank AS\nLinux servers and network "
                                         "monitoring."]], style="Table Grid")
    d.add_paragraph()
    band(d, "HARIDUS")
    docx_table(d, [["2016", "Magistrikraad (MSc), Cyber Security – Tallinn University of Technology (TalTech)"],
                   ["2013", "Bakalaureusekraad (BSc), Informatics – University of Tartu"],
                   ["2010", "Keskhariduse lõputunnistus – Tallinna Reaalkool"]], style="Table Grid")
    d.add_paragraph()
    band(d, "KEELTEOSKUS")
    docx_table(d, [["Estonian", "native"],
                   ["English", "SLP: 3 (L) 3 (S) 3+ (R) 3 (W)"],
                   ["Russian", "B2"],
                   ["Finnish", "basic"]], style="Table Grid")
    d.add_paragraph()
    band(d, "OSKUSED")
    docx_table(d, [["Splunk", "Wireshark", "Python", "ISO 27001"]], style="Table Grid")
    d.save(path)


# ------------------------------------------------------------------ d68: Albanian officer, CV entirely in Albanian,
# tables, "10.2019 – në vazhdim", Master Profesional with the command and staff course, SLP 3-3-3-2
F = "cv_d68_al_shqip_nevazhdim_shtabi_kola.docx"


@doc(F, cv_label(
    F, "Elton Kola", "elton.kola@example.al", "+355 69 555 4412", "Albania",
    [("master", "Studime të Sigurisë", "Akademia e Forcave të Armatosura", 2018),
     ("bachelor", "Shkenca Ushtarake", "Akademia Ushtarake \"Skënderbej\"", 2011),
     ("secondary", None, "Gjimnazi \"Sami Frashëri\"", 2007)],
    True,
    [("Oficer Shtabi, Drejtoria e Planifikimit (J5)", "Shtabi i Përgjithshëm i Forcave të Armatosura", "2019-10",
      None),
     ("Komandant Kompanie", "Brigada e Forcave të Reagimit të Shpejtë", "2015-06", "2019-09"),
     ("Komandant Toge", "Brigada e Forcave të Reagimit të Shpejtë", "2011-07", "2015-05")],
    [("Albanian", None, None), ("English", None, "3332"), ("Italian", "V", None), ("Greek", None, None)],
    [],
    ["MS Office", "TOPFAS", "ArcGIS"]))
def d68(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("Major Elton KOLA")
    r.bold = True
    r.font.size = Pt(17)
    d.add_paragraph("Jetëshkrim (CV)")
    d.add_heading("TË DHËNA PERSONALE", 2)
    docx_table(d, [["Shtetësia", "shqiptare"], ["Datëlindja", "02.11.1988"],
                   ["Telefon", "+355 69 555 4412"], ["E-mail", "elton.kola@example.al"]], style="Table Grid")
    d.add_heading("PËRVOJA PROFESIONALE", 2)
    docx_table(d, [["Periudha", "Pozicioni", "Institucioni"],
                   ["10.2019 – në vazhdim", "Oficer Shtabi, Drejtoria e Planifikimit (J5)",
                    "Shtabi i Përgjithshëm i Forcave të Armatosura"],
                   ["06.2015 – 09.2019", "Komandant Kompanie", "Brigada e Forcave të Reagimit të Shpejtë"],
                   ["07.2011 – 05.2015", "Komandant Toge", "Brigada e Forcave të Reagimit të Shpejtë"]],
               bold_first_row=True)
    d.add_heading("ARSIMI", 2)
    docx_table(d, [["Viti", "Diploma", "Institucioni"],
                   ["2017 – 2018", "Master Profesional në Studime të Sigurisë (Kursi i Shtabit të Komandës)",
                    "Akademia e Forcave të Armatosura"],
                   ["2007 – 2011", "Diplomë Bachelor në Shkenca Ushtarake", "Akademia Ushtarake \"Skënderbej\""],
                   ["2007", "Diplomë e Maturës Shtetërore", "Gjimnazi \"Sami Frashëri\""]],
               bold_first_row=True)
    d.add_heading("KURSE", 2)
    d.add_paragraph("Kursi i Planifikimit Operacional, NATO School Oberammergau (2020) – certifikatë.")
    d.add_heading("GJUHËT E HUAJA", 2)
    docx_table(d, [["Gjuha", "Niveli"], ["Shqip", "gjuha amtare"], ["Anglisht", "SLP 3-3-3-2"],
                   ["Italisht", "C1"], ["Greqisht", "bazë"]], style="Table Grid")
    d.add_heading("AFTËSI KOMPJUTERIKE", 2)
    d.add_paragraph("MS Office, TOPFAS, ArcGIS")
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
