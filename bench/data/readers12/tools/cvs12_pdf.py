"""readers12 PDF CVs (p86-p92). Each document is written next to its hand-fixed label."""
import os
from common import cv_label, write_label, PDF, CVS


def out(pdf, f):
    pdf.output(os.path.join(CVS, f))


def p86():
    f = "cv_p86_nl_linkedin_savetopdf_sidebar_durations_vanleeuwen.pdf"
    pdf = PDF(format="A4"); pdf.set_auto_page_break(False); pdf.set_margins(12, 12, 12)
    pdf.footer_text = "Page {p} of 2"
    pdf.add_page()
    pdf.set_fill_color(225, 232, 240); pdf.rect(0, 0, 68, 297, "F")
    def side(y, head, lines):
        pdf.set_xy(10, y); pdf.set_font("DejaVu", "B", 10.5); pdf.cell(54, 6, head)
        y += 7
        for ln, st in lines:
            pdf.set_xy(10, y); pdf.set_font("DejaVu", st, 8.5); pdf.multi_cell(54, 4.2, ln); y = pdf.get_y() + 1
        return y + 4
    y = side(14, "Contact", [("+31 6 4120 7788 (Mobile)", ""), ("daan.vanleeuwen@example.nl", ""),
                             ("www.linkedin.com/in/daanvanleeuwen-example (LinkedIn)", "")])
    y = side(y, "Top Skills", [("Programme Management", ""), ("Stakeholder Management", ""), ("PRINCE2", "")])
    y = side(y, "Languages", [("Dutch (Native or Bilingual)", ""), ("English (Full Professional)", ""),
                              ("German (Limited Working)", "")])
    y = side(y, "Certifications", [("PRINCE2 Practitioner", ""), ("Managing Successful Programmes (MSP)", "")])
    x = 76; w = 122
    pdf.set_xy(x, 14); pdf.set_font("DejaVu", "", 24); pdf.cell(w, 11, "Daan van Leeuwen")
    pdf.set_xy(x, 26); pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(w, 5.2, "Senior Programme Manager at NCIA | Former Army Officer | Federated Mission Networking")
    pdf.set_x(x); pdf.set_font("DejaVu", "", 9); pdf.set_text_color(110, 110, 110)
    pdf.cell(w, 5, "The Hague, South Holland, Netherlands", new_x="LEFT", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    def head(t):
        pdf.ln(4); pdf.set_x(x); pdf.set_font("DejaVu", "", 14); pdf.cell(w, 7, t, new_x="LEFT", new_y="NEXT")
    def line(t, size=9.5, st="", grey=False, h=4.8):
        pdf.set_x(x); pdf.set_font("DejaVu", st, size)
        if grey: pdf.set_text_color(110, 110, 110)
        pdf.multi_cell(w, h, t, new_x="LEFT", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    head("Summary")
    line("Programme manager delivering federated C2 capabilities for the Alliance. Ten years in the Royal "
         "Netherlands Army (signals) before moving to the agency side.")
    head("Experience")
    line("NATO Communications and Information Agency (NCIA)", 11)
    line("7 years 5 months", 9, grey=True)
    line("Senior Programme Manager", 10, "B"); line("January 2022 - Present (5 years 1 month)", 9, grey=True)
    line("The Hague, South Holland, Netherlands", 9, grey=True)
    line("Leads the FMN Spiral implementation programme (budget EUR 48M, 23 staff).")
    pdf.ln(2)
    line("Programme Manager", 10, "B"); line("September 2019 - December 2021 (2 years 4 months)", 9, grey=True)
    line("The Hague, South Holland, Netherlands", 9, grey=True)
    pdf.ln(3)
    line("Koninklijke Landmacht (Royal Netherlands Army)", 11)
    line("10 years", 9, grey=True)
    line("Staff Officer C4I", 10, "B"); line("August 2015 - August 2019 (4 years 1 month)", 9, grey=True)
    line("Apeldoorn, Gelderland, Netherlands", 9, grey=True)
    pdf.ln(2)
    line("Signals Platoon Commander", 10, "B"); line("January 2011 - July 2015 (4 years 7 months)", 9, grey=True)
    line("Stroe, Gelderland, Netherlands", 9, grey=True)
    pdf.add_page()
    pdf.set_fill_color(225, 232, 240); pdf.rect(0, 0, 68, 297, "F")
    pdf.set_y(14)
    line("Signals Officer", 10, "B"); line("September 2009 - December 2010 (1 year 4 months)", 9, grey=True)
    line("Stroe, Gelderland, Netherlands", 9, grey=True)
    head("Education")
    line("Universiteit Leiden", 11)
    line("Master of Arts - MA, International Relations · (2011 - 2013)", 9.5, grey=True)
    pdf.ln(2)
    line("Koninklijke Militaire Academie (KMA)", 11)
    line("Bachelor's degree, Militaire Bedrijfswetenschappen · (2005 - 2009)", 9.5, grey=True)
    out(pdf, f)
    write_label(cv_label(f, "Daan van Leeuwen", "daan.vanleeuwen@example.nl", "+31 6 4120 7788", None,
        [("master", "International Relations", "Universiteit Leiden", 2013),
         ("bachelor", "Militaire Bedrijfswetenschappen", "Koninklijke Militaire Academie (KMA)", 2009)],
        False,
        [("Senior Programme Manager", "NATO Communications and Information Agency (NCIA)", "2022-01", None),
         ("Programme Manager", "NATO Communications and Information Agency (NCIA)", "2019-09", "2021-12"),
         ("Staff Officer C4I", "Koninklijke Landmacht (Royal Netherlands Army)", "2015-08", "2019-08"),
         ("Signals Platoon Commander", "Koninklijke Landmacht (Royal Netherlands Army)", "2011-01", "2015-07"),
         ("Signals Officer", "Koninklijke Landmacht (Royal Netherlands Army)", "2009-09", "2010-12")],
        [("Dutch", None, None), ("English", None, None), ("German", None, None)],
        [], ["Programme Management", "Stakeholder Management", "PRINCE2"]))


def p87():
    f = "cv_p87_be_europass_nederlands_huidig_peeters.pdf"
    pdf = PDF(format="A4"); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_fill_color(0, 51, 153); pdf.rect(0, 0, 210, 9, "F")
    pdf.set_text_color(0, 51, 153); pdf.set_font("DejaVu", "B", 8); pdf.set_xy(150, 12); pdf.cell(40, 5, "europass", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(18, 20); pdf.set_font("DejaVu", "B", 20); pdf.cell(0, 10, "Sofie Peeters", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.5, "Geboortedatum: 03/06/1989  Nationaliteit: Belgische  Geslacht: Vrouwelijk\n"
                   "Telefoonnummer: (+32) 478 55 21 09 (Mobiel)  E-mailadres: sofie.peeters@example.be\n"
                   "Adres: Naamsestraat 112, 3000 Leuven (België)", new_x="LMARGIN", new_y="NEXT")
    def sect(t):
        pdf.ln(4); pdf.set_font("DejaVu", "B", 10.5); pdf.set_text_color(0, 51, 153)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); y = pdf.get_y()
        pdf.set_draw_color(0, 51, 153); pdf.line(18, y, 192, y); pdf.set_text_color(0, 0, 0); pdf.ln(2)
    def entry(dates, title, org, place, desc=None):
        pdf.set_font("DejaVu", "", 8.5); pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4.5, dates + "   " + place, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "B", 10); pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9); pdf.multi_cell(0, 4.5, org, new_x="LMARGIN", new_y="NEXT")
        if desc: pdf.multi_cell(0, 4.5, desc, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    sect("WERKERVARING")
    entry("[ 01/09/2019 – Huidig ]", "Attaché internationale veiligheid",
          "Federale Overheidsdienst Buitenlandse Zaken, Buitenlandse Handel en Ontwikkelingssamenwerking",
          "Brussel, België", "Opvolging van NAVO-dossiers (DPPC, PASP); voorbereiding van ministeriële vergaderingen.")
    entry("[ 15/02/2015 – 31/08/2019 ]", "Onderzoeker",
          "Egmont – Koninklijk Instituut voor Internationale Betrekkingen", "Brussel, België")
    entry("[ 01/07/2013 – 31/01/2015 ]", "Junior consultant public sector", "Deloitte Belgium", "Zaventem, België")
    sect("ONDERWIJS EN OPLEIDING")
    entry("[ 2011 – 2013 ]", "Master in de politieke wetenschappen",
          "KU Leuven", "Leuven, België", "Afstudeerrichting: internationale politiek | EQF-niveau 7")
    entry("[ 2008 – 2011 ]", "Bachelor in de politieke wetenschappen", "KU Leuven", "Leuven, België", "EQF-niveau 6")
    entry("[ 2002 – 2008 ]", "Diploma secundair onderwijs (ASO, Latijn-Wiskunde)", "Sint-Pieterscollege",
          "Leuven, België")
    sect("TAALVAARDIGHEDEN")
    pdf.set_font("DejaVu", "", 9); pdf.cell(0, 5, "Moedertaal/-talen: NEDERLANDS", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Andere talen:", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(30, 28, 28, 30, 30, 28), text_align="CENTER", line_height=5) as t:
        for row in [("", "BEGRIJPEN", "", "SPREKEN", "", "SCHRIJVEN"),
                    ("", "Luisteren", "Lezen", "Productie", "Interactie", ""),
                    ("ENGELS", "C2", "C2", "C2", "C2", "C2"),
                    ("FRANS", "C1", "C1", "C1", "C1", "C1"),
                    ("DUITS", "B2", "B2", "B2", "B2", "B2")]:
            r = t.row()
            for c in row: r.cell(c)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(0, 5, "Niveaus: A1 en A2: Basisgebruiker; B1 en B2: Onafhankelijk gebruiker; C1 en C2: Vaardig gebruiker",
             new_x="LMARGIN", new_y="NEXT")
    sect("DIGITALE VAARDIGHEDEN")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Microsoft Office | SharePoint | Stata | Zoom", new_x="LMARGIN", new_y="NEXT")
    sect("RIJBEWIJS")
    pdf.cell(0, 5, "Rijbewijs: B", new_x="LMARGIN", new_y="NEXT")
    out(pdf, f)
    write_label(cv_label(f, "Sofie Peeters", "sofie.peeters@example.be", "(+32) 478 55 21 09", "Belgium",
        [("master", "politieke wetenschappen", "KU Leuven", 2013),
         ("bachelor", "politieke wetenschappen", "KU Leuven", 2011),
         ("secondary", None, "Sint-Pieterscollege", 2008)],
        False,
        [("Attaché internationale veiligheid",
          "Federale Overheidsdienst Buitenlandse Zaken, Buitenlandse Handel en Ontwikkelingssamenwerking", "2019-09", None),
         ("Onderzoeker", "Egmont – Koninklijk Instituut voor Internationale Betrekkingen", "2015-02", "2019-08"),
         ("Junior consultant public sector", "Deloitte Belgium", "2013-07", "2015-01")],
        [("Dutch", None, None), ("English", "VI", None), ("French", "V", None), ("German", "IV", None)],
        [], ["Microsoft Office", "SharePoint", "Stata", "Zoom"]))


def p88():
    f = "cv_p88_uk_twopage_postsplitatbreak_runningheader_reid.pdf"
    pdf = PDF(format="A4"); pdf.set_margins(20, 18, 20); pdf.set_auto_page_break(False)
    pdf.header_text = "Callum Reid – Curriculum Vitae – page {p} of 2"
    pdf.add_page()
    pdf.set_font("Serif", "B", 20); pdf.cell(0, 10, "Callum Reid", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 5, "07700 900 642  ·  callum.reid@example.co.uk  ·  Nationality: British", new_x="LMARGIN", new_y="NEXT")
    def h(t):
        pdf.ln(3); pdf.set_font("Serif", "B", 11.5); pdf.cell(0, 6, t.upper(), new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.line(20, y, 190, y); pdf.ln(2)
    def body(t):
        pdf.set_font("Serif", "", 10); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    h("Profile")
    body("Logistics officer with eighteen years in the British Army, including four years in a NATO agency and a "
         "corps headquarters. Experienced in multinational logistic planning, host-nation support and reception, "
         "staging and onward movement (RSOM). Seeking a NATO International Staff post in logistics policy.")
    h("Career")
    def post(title, org, dates, desc):
        if title:
            pdf.set_font("Serif", "B", 10.5); pdf.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        if org:
            pdf.left_right(org, dates, size=10, style="I", font="Serif")
        for d in desc:
            pdf.set_font("Serif", "", 10); pdf.set_x(24); pdf.multi_cell(166, 5, "– " + d, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    post("Chief Logistics Plans (SO1 J4 Plans)", "Headquarters Allied Rapid Reaction Corps (HQ ARRC), Innsworth",
         "Oct 2021 – present", ["Leads the corps' logistic planning for NATO Force Model commitments.",
                                "Author of the corps RSOM concept for exercise STEADFAST JUPITER 2023.",
                                "Manages a multinational cell of eleven officers from seven nations."])
    post("SO2 Logistics Plans", "HQ 101 Operational Sustainment Brigade, Aldershot", "Sept 2018 – Sept 2021",
         ["Sustainment planning for enhanced Forward Presence (Estonia).",
          "Deployed as J4 planner to Tapa, 2019 (four months) within this post.",
          "Designed the brigade's fuel and ammunition consumption model used in exercise planning.",
          "Coordinated host-nation support arrangements with Estonian and Polish counterparts."])
    pdf.ln(1)
    post("Logistics Operations Officer", None, None, [])
    pdf.set_font("Serif", "", 8); pdf.set_y(-16); pdf.cell(0, 4, "continued overleaf", align="R")
    pdf.add_page()
    pdf.set_y(22)
    post(None, "NATO Support and Procurement Agency (NSPA), Capellen", "Mar 2015 – Aug 2018",
         ["Operational logistics support to Resolute Support Mission (fuel, life support contracts).",
          "Contracting officer's representative for two framework contracts."])
    post("Squadron Second-in-Command", "9 Regiment The Royal Logistic Corps, Hullavington", "Aug 2011 – Feb 2015", [])
    post("Troop Commander", "27 Regiment The Royal Logistic Corps, Aldershot", "Aug 2008 – Jul 2011", [])
    h("Education and training")
    body("MA Defence Studies, King's College London, 2018 (awarded with the Advanced Command and Staff Course)")
    body("Advanced Command and Staff Course (ACSC), Defence Academy of the United Kingdom, Shrivenham, 2017–2018")
    body("BSc (Hons) Geography, University of Leeds, 2007")
    body("Royal Military Academy Sandhurst, Regular Commissioning Course, 2007–2008")
    h("Languages")
    body("English – native.  French – SLP 3232 (2016).  German – CEFR B2.")
    h("Key skills")
    body("LOGFAS; LOGREP; NATO logistic doctrine (AJP-4); Power BI")
    out(pdf, f)
    write_label(cv_label(f, "Callum Reid", "callum.reid@example.co.uk", "07700 900 642", "United Kingdom",
        [("master", "Defence Studies", "King's College London", 2018),
         ("bachelor", "Geography", "University of Leeds", 2007)],
        True,
        [("Chief Logistics Plans (SO1 J4 Plans)", "Headquarters Allied Rapid Reaction Corps (HQ ARRC)", "2021-10", None),
         ("SO2 Logistics Plans", "HQ 101 Operational Sustainment Brigade", "2018-09", "2021-09"),
         ("Logistics Operations Officer", "NATO Support and Procurement Agency (NSPA)", "2015-03", "2018-08"),
         ("Squadron Second-in-Command", "9 Regiment The Royal Logistic Corps", "2011-08", "2015-02"),
         ("Troop Commander", "27 Regiment The Royal Logistic Corps", "2008-08", "2011-07")],
        [("English", None, None), ("French", None, "3232"), ("German", "IV", None)],
        [], ["LOGFAS", "LOGREP", "NATO logistic doctrine (AJP-4)", "Power BI"]))


def p89():
    f = "cv_p89_sk_slovensky_datesabovetitle_sucasnost_zahorska.pdf"
    pdf = PDF(format="A4"); pdf.set_margins(22, 18, 22); pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 9); pdf.set_text_color(120, 120, 120); pdf.cell(0, 5, "ŽIVOTOPIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.set_font("DejaVu", "B", 19); pdf.cell(0, 10, "Ing. Lucia Záhorská", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.8, "Štátne občianstvo: slovenské   |   Dátum narodenia: 11. 4. 1988\n"
                   "Telefón: +421 948 330 615   |   E-mail: lucia.zahorska@example.sk", new_x="LMARGIN", new_y="NEXT")
    def h(t):
        pdf.ln(4); pdf.set_font("DejaVu", "B", 11); pdf.set_text_color(30, 80, 140)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0); pdf.ln(1)
    def entry(d, t, o, desc=None):
        pdf.set_font("DejaVu", "", 8); pdf.set_text_color(130, 130, 130)
        pdf.cell(0, 4, d.upper(), new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "B", 10); pdf.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5); pdf.multi_cell(0, 4.8, o, new_x="LMARGIN", new_y="NEXT")
        if desc:
            pdf.set_font("DejaVu", "", 9); pdf.multi_cell(0, 4.6, desc, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    h("PRACOVNÉ SKÚSENOSTI")
    entry("09/2019 – súčasnosť", "Hlavná štátna radkyňa pre obranné plánovanie",
          "Ministerstvo obrany Slovenskej republiky, Sekcia obrannej politiky",
          "Koordinácia národných príspevkov do procesu obranného plánovania NATO (NDPP).")
    entry("02/2015 – 08/2019", "Výskumná pracovníčka", "Slovenská spoločnosť pre zahraničnú politiku (SFPA)")
    entry("07/2012 – 01/2015", "Odborná referentka", "Štatistický úrad Slovenskej republiky")
    h("VZDELANIE")
    entry("2010 – 2012", "Inžinierske štúdium (Ing.) – Medzinárodné vzťahy", "Ekonomická univerzita v Bratislave")
    entry("2007 – 2010", "Bakalárske štúdium (Bc.) – Medzinárodné vzťahy", "Ekonomická univerzita v Bratislave")
    entry("2003 – 2007", "Maturita", "Gymnázium Jura Hronca, Bratislava")
    h("JAZYKOVÉ ZNALOSTI")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "Slovenský jazyk – materinský jazyk\nAnglický jazyk – C1; STANAG 6001 3-3-3-3 (2020)\n"
                   "Nemecký jazyk – B2\nMaďarský jazyk – pasívne", new_x="LMARGIN", new_y="NEXT")
    h("POČÍTAČOVÉ ZRUČNOSTI")
    pdf.multi_cell(0, 5, "MS Office, SAP, Power BI", new_x="LMARGIN", new_y="NEXT")
    h("ĎALŠIE VZDELÁVANIE")
    pdf.multi_cell(0, 5, "Kurz obranného plánovania, Národná akadémia obrany (2021) – osvedčenie", new_x="LMARGIN", new_y="NEXT")
    out(pdf, f)
    write_label(cv_label(f, "Lucia Záhorská", "lucia.zahorska@example.sk", "+421 948 330 615", "Slovakia",
        [("master", "Medzinárodné vzťahy", "Ekonomická univerzita v Bratislave", 2012),
         ("bachelor", "Medzinárodné vzťahy", "Ekonomická univerzita v Bratislave", 2010),
         ("secondary", None, "Gymnázium Jura Hronca", 2007)],
        False,
        [("Hlavná štátna radkyňa pre obranné plánovanie", "Ministerstvo obrany Slovenskej republiky", "2019-09", None),
         ("Výskumná pracovníčka", "Slovenská spoločnosť pre zahraničnú politiku (SFPA)", "2015-02", "2019-08"),
         ("Odborná referentka", "Štatistický úrad Slovenskej republiky", "2012-07", "2015-01")],
        [("Slovak", None, None), ("English", "V", "3333"), ("German", "IV", None), ("Hungarian", None, None)],
        [], ["MS Office", "SAP", "Power BI"]))


def p90():
    f = "cv_p90_ca_en_then_fr_pages_duplicate_since_depuis_bouchard.pdf"
    pdf = PDF(format="Letter"); pdf.set_margins(20, 18, 20); pdf.set_auto_page_break(True, 18)
    def version(lang):
        en = lang == "en"
        pdf.add_page()
        pdf.set_font("DejaVu", "", 8); pdf.cell(0, 4, "ENGLISH VERSION" if en else "VERSION FRANÇAISE", align="R",
                                                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 18); pdf.cell(0, 9, "Geneviève Bouchard", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, ("Ottawa, Ontario  ·  613-555-0147  ·  genevieve.bouchard@example.ca  ·  Citizenship: Canadian" if en else
                        "Ottawa (Ontario)  ·  613-555-0147  ·  genevieve.bouchard@example.ca  ·  Citoyenneté : canadienne"),
                 new_x="LMARGIN", new_y="NEXT")
        pdf.heading("PROFESSIONAL EXPERIENCE" if en else "EXPÉRIENCE PROFESSIONNELLE", 11)
        rows = ([("Senior Policy Analyst", "Department of National Defence (DND), Policy Group", "since June 2020"),
                 ("Policy Analyst", "Global Affairs Canada, International Security Bureau", "Sept. 2016 – May 2020"),
                 ("Research Assistant", "Conference of Defence Associations Institute (CDA Institute)", "Jan. 2014 – Aug. 2016")]
                if en else
                [("Analyste principale des politiques", "Ministère de la Défense nationale (MDN), Groupe des politiques", "depuis juin 2020"),
                 ("Analyste des politiques", "Affaires mondiales Canada, Direction générale de la sécurité internationale", "sept. 2016 – mai 2020"),
                 ("Assistante de recherche", "Institut de la Conférence des associations de la défense (Institut de la CAD)", "janv. 2014 – août 2016")])
        for t, o, d in rows:
            pdf.left_right(t, d, 10)
            pdf.para(o, 9.5, "I"); pdf.ln(2)
        pdf.heading("EDUCATION" if en else "FORMATION", 11)
        if en:
            pdf.para("M.A., Public and International Affairs – University of Ottawa, 2014", 9.5)
            pdf.para("B.A. (Honours), Political Science – Université Laval, 2012", 9.5)
        else:
            pdf.para("Maîtrise (M.A.) en affaires publiques et internationales – Université d'Ottawa, 2014", 9.5)
            pdf.para("Baccalauréat spécialisé en science politique – Université Laval, 2012", 9.5)
        pdf.heading("LANGUAGES" if en else "LANGUES", 11)
        pdf.para("French – mother tongue; English – second official language, SLE results CBC; Spanish – B2 (DELE)" if en else
                 "Français – langue maternelle; anglais – langue seconde officielle, résultats ELS CBC; espagnol – B2 (DELE)", 9.5)
        pdf.heading("SKILLS" if en else "COMPÉTENCES", 11)
        pdf.para("GCdocs; Excel; briefing-note drafting; ATIP processing" if en else
                 "GCdocs; Excel; rédaction de notes d'information; traitement des demandes d'AIPRP", 9.5)
    version("en"); version("fr")
    out(pdf, f)
    write_label(cv_label(f, "Geneviève Bouchard", "genevieve.bouchard@example.ca", "613-555-0147", "Canada",
        [("master", "Public and International Affairs", "University of Ottawa", 2014),
         ("bachelor", "Political Science", "Université Laval", 2012)],
        False,
        [("Senior Policy Analyst", "Department of National Defence (DND)", "2020-06", None),
         ("Policy Analyst", "Global Affairs Canada", "2016-09", "2020-05"),
         ("Research Assistant", "Conference of Defence Associations Institute (CDA Institute)", "2014-01", "2016-08")],
        [("French", None, None), ("English", None, None), ("Spanish", "IV", None)],
        [], ["GCdocs", "Excel", "briefing-note drafting", "ATIP processing"]))


def p91():
    f = "cv_p91_us_resume_diagonalwatermark_draft_whitcombe.pdf"
    pdf = PDF(format="Letter"); pdf.set_margins(19, 16, 19); pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 17); pdf.cell(0, 8, "DANIEL R. WHITCOMBE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Alexandria, VA  |  (703) 555-0162  |  daniel.whitcombe@example.com  |  U.S. Citizen  |  Active TS/SCI",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("PROFESSIONAL EXPERIENCE", 10.5)
    for org, place, t, d, bullets in [
        ("Booz Allen Hamilton", "McLean, VA", "Program Manager, Joint All-Domain Command and Control", "Apr 2021 – Present",
         ["Manages a 40-person team delivering C2 data integration for U.S. European Command.",
          "Liaison to NATO ACT on Federated Mission Networking interoperability."]),
        ("52nd Fighter Wing, Spangdahlem AB", "Germany", "Chief, Network Operations (Major, USAF)", "Jun 2016 – Mar 2021",
         ["Led 120 airmen operating base networks; coordinated with NCIA on NATO SECRET WAN connections."]),
        ("688th Cyberspace Wing, Joint Base San Antonio", "TX", "Cyberspace Operations Officer", "May 2011 – May 2016",
         ["Defensive cyber operations crew commander."])]:
        pdf.left_right(org, place, 10)
        pdf.left_right(t, d, 9.5, "I")
        for b in bullets:
            pdf.set_font("DejaVu", "", 9.5); pdf.set_x(23); pdf.multi_cell(170, 4.8, "• " + b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.heading("EDUCATION", 10.5)
    pdf.para("M.S., Cyber Operations — Air Force Institute of Technology (AFIT), 2015", 9.5)
    pdf.para("B.S., Computer Engineering — Virginia Polytechnic Institute and State University (Virginia Tech), 2011", 9.5)
    pdf.para("Air Command and Staff College (distance learning), Maxwell AFB, completed 2019", 9.5)
    pdf.heading("CERTIFICATIONS", 10.5)
    pdf.para("PMP (2022) · CISSP (2014) · Security+", 9.5)
    pdf.heading("LANGUAGES", 10.5)
    pdf.para("German — DLPT 2/2 (Listening/Reading), 2019;  Spanish — limited working proficiency", 9.5)
    pdf.heading("TECHNICAL SKILLS", 10.5)
    pdf.para("Cisco IOS, Splunk, Jira, MS Project, Python", 9.5)
    # watermark on top of the text, as a draft export
    pdf.set_text_color(200, 200, 200); pdf.set_font("DejaVu", "B", 58)
    with pdf.rotation(35, 108, 140):
        pdf.set_xy(8, 130); pdf.cell(200, 25, "DRAFT – v3", align="C")
    pdf.set_font("DejaVu", "", 9); pdf.set_xy(19, 262)
    pdf.cell(0, 4, "DRAFT – not for distribution – last edited 09 Jan 2027", align="C")
    pdf.set_text_color(0, 0, 0)
    out(pdf, f)
    write_label(cv_label(f, "Daniel R. Whitcombe", "daniel.whitcombe@example.com", "(703) 555-0162", "United States",
        [("master", "Cyber Operations", "Air Force Institute of Technology (AFIT)", 2015),
         ("bachelor", "Computer Engineering", "Virginia Polytechnic Institute and State University (Virginia Tech)", 2011)],
        True,
        [("Program Manager, Joint All-Domain Command and Control", "Booz Allen Hamilton", "2021-04", None),
         ("Chief, Network Operations", "52nd Fighter Wing", "2016-06", "2021-03"),
         ("Cyberspace Operations Officer", "688th Cyberspace Wing", "2011-05", "2016-05")],
        [("German", None, None), ("Spanish", None, None)],
        [], ["Cisco IOS", "Splunk", "Jira", "MS Project", "Python"]))


def p92():
    f = "cv_p92_hr_hrvatski_datecolumn_idalje_zss_peric.pdf"
    pdf = PDF(format="A4"); pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 8.5); pdf.cell(0, 5, "ŽIVOTOPIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 18); pdf.cell(0, 9, "bojnik Ivan PERIĆ", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.8, "Državljanstvo: hrvatsko  •  Datum rođenja: 23. 1. 1985.\n"
                   "Mob.: +385 91 552 3071  •  E-pošta: ivan.peric@example.hr", new_x="LMARGIN", new_y="NEXT")
    def row(d, lines):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "I", 8.5); pdf.set_xy(18, y); pdf.multi_cell(34, 4.4, d)
        y1 = pdf.get_y()
        pdf.set_xy(56, y)
        for i, ln in enumerate(lines):
            pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5); pdf.set_x(56); pdf.multi_cell(136, 4.8, ln, new_x="LEFT", new_y="NEXT")
        pdf.set_y(max(y1, pdf.get_y()) + 2.5)
    pdf.heading("RADNO ISKUSTVO", 11)
    row("od 1. 9. 2020.\ni dalje", ["Načelnik odjela za planiranje (J5)",
        "Zapovjedništvo za potporu, Oružane snage Republike Hrvatske", "Planiranje sudjelovanja u NATO vježbama i misijama."])
    row("od 15. 7. 2016.\ndo 31. 8. 2020.", ["Zapovjednik satnije", "Gardijska mehanizirana brigada „Kune“"])
    row("od 1. 3. 2012.\ndo 14. 7. 2016.", ["Zapovjednik voda", "Gardijska oklopno-mehanizirana brigada"])
    row("2014.", ["Misija ISAF, Afganistan – časnik za vezu (6 mjeseci, u sklopu službe u postrojbi)"])
    pdf.heading("OBRAZOVANJE I OSPOSOBLJAVANJE", 11)
    row("2019. – 2020.", ["Zapovjedno-stožerna škola „Blago Zadro“", "Hrvatsko vojno učilište „Dr. Franjo Tuđman“"])
    row("2011.", ["Magistar politologije (mag. pol.)", "Sveučilište u Zagrebu, Fakultet političkih znanosti"])
    row("2009.", ["Sveučilišni prvostupnik politologije (univ. bacc. pol.)", "Sveučilište u Zagrebu, Fakultet političkih znanosti"])
    pdf.heading("STRANI JEZICI", 11)
    pdf.para("engleski – STANAG 6001: 3+/3/3/3\nnjemački – B2\ntalijanski – osnovno znanje", 9.5)
    pdf.heading("KOMPETENCIJE (NATO)", 11)
    pdf.para("Vodstvo (Leadership) – vodi tim do rezultata; Samokontrola (Self-Control) – ostaje smiren pod pritiskom; "
             "Fleksibilnost (Flexibility) – prilagođava taktiku nepredviđenim situacijama.", 9.5)
    pdf.heading("RAČUNALNE VJEŠTINE", 11)
    pdf.para("MS Office, LOGFAS, TOPFAS", 9.5)
    out(pdf, f)
    write_label(cv_label(f, "Ivan Perić", "ivan.peric@example.hr", "+385 91 552 3071", "Croatia",
        [("master", "politologije", "Sveučilište u Zagrebu", 2011),
         ("bachelor", "politologije", "Sveučilište u Zagrebu", 2009)],
        True,
        [("Načelnik odjela za planiranje (J5)", "Zapovjedništvo za potporu", "2020-09", None),
         ("Zapovjednik satnije", "Gardijska mehanizirana brigada „Kune“", "2016-07", "2020-08"),
         ("Zapovjednik voda", "Gardijska oklopno-mehanizirana brigada", "2012-03", "2016-07")],
        [("English", None, "3333"), ("German", "IV", None), ("Italian", None, None)],
        ["Leadership", "Self-Control", "Flexibility"], ["MS Office", "LOGFAS", "TOPFAS"]))


def build():
    for fn in (p86, p87, p88, p89, p90, p91, p92):
        fn()

if __name__ == "__main__":
    build()
