"""PDF CVs of corpus 20 (p138-p142). Each builder writes its document; the label beside it is hand-written.
build.py writes every label first, then the documents."""
import os

from common import CVS, PDF, cv_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def row(pdf, widths, cells, h=6, size=9, style="", border=1, fill=False):
    pdf.set_font("DejaVu", style, size)
    x0 = pdf.l_margin
    for w, c in zip(widths, cells):
        pdf.cell(w, h, c, border=border, fill=fill)
    pdf.ln(h)
    pdf.set_x(x0)


# ------------------------------------------------------------------ p138 Albania: two-column PDF with a shaded left
# sidebar (contact, citizenship, languages, skills matrix drawn as ■□ squares), bilingual Albanian / English headings
# in the main column ("Përvoja e punës / Work experience"), "03/2019 – sot"
F = "cv_p138_al_sidebar_squaresskillsmatrix_shqipenheadings_sot_master_bachelor_basha.pdf"


@doc(F, cv_label(
    F, "Elira Basha", "elira.basha@example.al", "+355 69 555 2210", "Albania",
    [("master", "European Integration", "University of Tirana", 2012),
     ("bachelor", "Political Science", "University of Tirana", 2010)],
    False,
    [("Senior Specialist for NATO Integration", "Ministry of Defence", "2019-03", None),
     ("Research Analyst", "Albanian Institute for International Studies (AIIS)", "2015-10", "2019-02"),
     ("Project Assistant", "OSCE Presence in Albania", "2012-07", "2015-09")],
    [("Albanian", None, None), ("English", "V", None), ("Italian", "V", None), ("French", None, None)],
    [], ["MS Office", "SPSS", "Adobe InDesign"]))
def p138(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(38, 70, 83)
    pdf.rect(0, 0, 60, 297, style="F")
    pdf.set_text_color(255, 255, 255)
    y = 18
    def side(text, size=8.5, style="", gap=5):
        nonlocal y
        pdf.set_font("DejaVu", style, size)
        pdf.set_xy(7, y)
        pdf.multi_cell(48, 4.2, text)
        y = pdf.get_y() + gap - 4.2 + 1
    side("ELIRA BASHA", 13, "B", 8)
    side("Kontakt / Contact", 10, "B")
    side("elira.basha@example.al")
    side("+355 69 555 2210")
    side("Rruga e Durrësit 44, Tiranë")
    side("Shtetësia / Citizenship:\nshqiptare / Albanian", gap=9)
    side("Gjuhët / Languages", 10, "B")
    side("Shqip – gjuhë amtare\nAnglisht / English – C1\nItalisht / Italian – C1\nFrëngjisht / French – A2", gap=9)
    side("Aftësitë / Skills", 10, "B")
    side("MS Office   ■■■■■\nSPSS   ■■■■□\nAdobe InDesign   ■■■□□", gap=9)
    side("Referenca / References", 10, "B")
    side("Available on request")
    pdf.set_text_color(0, 0, 0)
    pdf.set_margins(68, 18, 12)
    pdf.set_xy(68, 18)
    pdf.para("Defence policy and NATO integration specialist", 11, "I")
    pdf.ln(3)
    pdf.heading("Përvoja e punës / Work experience", 11)
    for per, title, org, text in [
            ("03/2019 – sot", "Senior Specialist for NATO Integration", "Ministry of Defence",
             "Coordination of Albania's NATO Defence Planning Capability Survey replies; secretary of the "
             "inter-ministerial working group on NATO commitments."),
            ("10/2015 – 02/2019", "Research Analyst", "Albanian Institute for International Studies (AIIS)",
             "Research on Western Balkans security; policy briefs for the Ministry of Europe and Foreign Affairs."),
            ("07/2012 – 09/2015", "Project Assistant", "OSCE Presence in Albania",
             "Security sector reform projects; organisation of regional seminars.")]:
        pdf.para(per, 9, "B")
        pdf.para(title, 10, "B")
        pdf.para(org, 9.5, "I")
        pdf.para(text, 9)
        pdf.ln(2.5)
    pdf.heading("Arsimi / Education", 11)
    for a, b in [("2012", "Master of Science in European Integration – University of Tirana"),
                 ("2010", "Bachelor in Political Science – University of Tirana")]:
        pdf.para(f"{a}   {b}", 9.5)
    pdf.ln(2)
    pdf.heading("Trajnime / Training", 11)
    pdf.para("2018   NATO Defence Planning Course, NATO School Oberammergau (1 week)", 9.5)
    pdf.para("2016   Marshall Center Program on Applied Security Studies (certificate)", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p139 Belgium: a Gantt chart of the career (year
# axis 2008–2026, one labelled bar per employer and one for the studies) above a reverse-chronological list with
# "03/2019 – present"
F = "cv_p139_be_ganttchart_yearaxis_bars_thenlist_present_businessengineer_janssens.pdf"


@doc(F, cv_label(
    F, "Pieter Janssens", "pieter.janssens@example.be", "+32 475 55 61 20", "Belgium",
    [("master", "Business Engineering", "KU Leuven", 2010),
     ("bachelor", "Business Engineering", "KU Leuven", 2008)],
    False,
    [("Supply Chain Manager", "Katoen Natie", "2019-03", None),
     ("Logistics Analyst", "DHL Supply Chain", "2014-09", "2019-02"),
     ("Planning Officer", "Belgian Defence", "2010-09", "2014-08")],
    [("Dutch", None, None), ("French", "V", None), ("English", "V", None), ("German", None, None)],
    [], ["SAP S/4HANA", "Power BI", "Python"]))
def p139(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.para("Pieter Janssens", 20, "B", h=9)
    pdf.para("Supply chain and logistics manager  ·  pieter.janssens@example.be  ·  +32 475 55 61 20  ·  "
             "Nationality: Belgian", 9)
    pdf.ln(4)
    pdf.heading("Career at a glance", 11)
    x0, x1, y0 = 30, 192, pdf.get_y() + 4
    y1 = 2008, 2027
    span = (x1 - x0) / (y1[1] - y1[0])
    pdf.set_font("DejaVu", "", 6.5)
    for yr in range(2008, 2027, 2):
        x = x0 + (yr - 2008) * span
        pdf.line(x, y0 + 36, x, y0 + 38)
        pdf.set_xy(x - 4, y0 + 38.5)
        pdf.cell(8, 3, str(yr), align="C")
    pdf.line(x0, y0 + 36, x1, y0 + 36)
    bars = [(2005.7, 2010.5, "Studies", (180, 180, 180)), (2010.7, 2014.7, "Belgian Defence", (120, 144, 156)),
            (2014.7, 2019.2, "DHL Supply Chain", (230, 160, 40)), (2019.2, 2026.9, "Katoen Natie", (40, 110, 180))]
    for k, (a, b, lab, col) in enumerate(bars):
        a = max(a, 2008)
        pdf.set_fill_color(*col)
        yb = y0 + 2 + k * 8
        pdf.rect(x0 + (a - 2008) * span, yb, (b - a) * span, 5.5, style="F")
        pdf.set_xy(x0 + (a - 2008) * span + 1, yb + 0.6)
        pdf.set_font("DejaVu", "B", 7)
        pdf.set_text_color(255, 255, 255)
        pdf.cell((b - a) * span - 2, 4.3, lab)
        pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 46)
    pdf.heading("Experience", 11)
    for per, title, org, text in [
            ("03/2019 – present", "Supply Chain Manager", "Katoen Natie",
             "Responsible for the defence and aerospace logistics cluster in Antwerp; 35 staff."),
            ("09/2014 – 02/2019", "Logistics Analyst", "DHL Supply Chain",
             "Network design and inventory optimisation for industrial customers."),
            ("09/2010 – 08/2014", "Planning Officer", "Belgian Defence",
             "Movement and transport planning for deployments (civilian staff member).")]:
        pdf.left_right(title, per)
        pdf.para(org, 9.5, "I")
        pdf.para(text, 9)
        pdf.ln(2)
    pdf.heading("Education", 11)
    pdf.para("2010   Master of Science in Business Engineering (Handelsingenieur), KU Leuven", 9.5)
    pdf.para("2008   Bachelor of Science in Business Engineering, KU Leuven", 9.5)
    pdf.ln(2)
    pdf.heading("Languages", 11)
    pdf.para("Dutch – mother tongue;  French – C1;  English – C1;  German – B1", 9.5)
    pdf.ln(2)
    pdf.heading("Tools", 11)
    pdf.para("SAP S/4HANA · Power BI · Python", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p140 Canada: Canadian Common CV (CCV) "Generic
# CV" export: "2021/7 - present" (year/month without zero), Language Skills as a Yes/No table, "Unit, Organisation"
# lines, Degree Status lines, funding and presentation dates as distractors
F = "cv_p140_ca_canadiancommoncv_ccvexport_yyyymnozero_yesnolanguages_phd_ma_ba_gauthier.pdf"


@doc(F, cv_label(
    F, "Nathalie Gauthier", "nathalie.gauthier@example.ca", "613-555-0147", "Canada",
    [("doctorate", "Political Science", "Université Laval", 2019),
     ("master", "International Affairs", "Carleton University", 2013),
     ("bachelor", "Political Science", "Université Laval", 2011)],
    False,
    [("Defence Scientist", "Defence Research and Development Canada", "2021-07", None),
     ("Postdoctoral Fellow", "University of Ottawa", "2019-06", "2021-06"),
     ("Policy Analyst", "Global Affairs Canada", "2013-09", "2015-08")],
    [("English", None, None), ("French", None, None), ("Spanish", None, None)],
    [], []))
def p140(path):
    pdf = PDF(format="Letter")
    pdf.footer_text = "Nathalie Gauthier   ·   Generic CV   ·   Page {p}"
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.para("Canadian Common CV", 8, "I")
    pdf.para("Nathalie Gauthier", 18, "B", h=8)
    pdf.para("Generic CV — Date Generated: 2026-11-19", 8.5)
    pdf.ln(3)

    def sect(t):
        pdf.ln(2)
        pdf.set_fill_color(225, 225, 225)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 6, t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def entry(date, lines):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(44, 4.8, date)
        pdf.set_xy(pdf.l_margin + 46, y)
        for k, ln in enumerate(lines):
            pdf.set_x(pdf.l_margin + 46)
            pdf.set_font("DejaVu", "B" if k == 0 else "", 9)
            pdf.multi_cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    sect("Personal Information")
    entry("Correspondence language", ["French"])
    entry("Contact Information", ["Email: (*) Work, nathalie.gauthier@example.ca",
                                  "Telephone: (*) Work, 613-555-0147",
                                  "Address: (*) Primary Affiliation, 101 Colonel By Drive, Ottawa, Ontario, K1A 0K2"])
    entry("Country of Citizenship", ["Canada"])
    sect("Language Skills")
    row(pdf, [34, 22, 22, 22, 26, 26], ["Language", "Read", "Write", "Speak", "Understand", "Peer Review"], style="B")
    for r in [["English", "Yes", "Yes", "Yes", "Yes", "Yes"], ["French", "Yes", "Yes", "Yes", "Yes", "Yes"],
              ["Spanish", "Yes", "No", "No", "Yes", "No"]]:
        row(pdf, [34, 22, 22, 22, 26, 26], r)
    sect("Degrees")
    entry("2015/9 - 2019/5", ["Doctorate, Doctor of Philosophy (PhD), Political Science, Université Laval",
                              "Degree Status: Completed",
                              "Thesis Title: Alliance burden-sharing and small-state strategy, 1999-2014"])
    entry("2011/9 - 2013/8", ["Master's Thesis, Master of Arts (MA), International Affairs, Carleton University",
                              "Degree Status: Completed"])
    entry("2008/9 - 2011/5", ["Bachelor's, Bachelor of Arts (BA), Political Science, Université Laval",
                              "Degree Status: Completed"])
    sect("Employment")
    entry("2021/7 - present", ["Defence Scientist", "Full-time, Government",
                               "Centre for Operational Research and Analysis, Defence Research and Development Canada"])
    entry("2019/6 - 2021/6", ["Postdoctoral Fellow", "Full-time, Postdoctoral Researcher",
                              "Department of Political Science, University of Ottawa"])
    entry("2013/9 - 2015/8", ["Policy Analyst", "Full-time, Government",
                              "International Security Bureau, Global Affairs Canada"])
    sect("Research Funding History")
    entry("2022/4 - 2025/3", ["Co-investigator, Deterrence in the Arctic, Funded by: Innovation for Defence "
                              "Excellence and Security (IDEaS), Total Funding: 250,000 (CAD)"])
    sect("Presentations")
    entry("2024/6", ["NATO Science and Technology Organization SAS Panel, Brussels, Belgium. Invited Speaker"])
    entry("2023/10", ["Canadian Association for Security and Intelligence Studies, Ottawa, Canada"])
    pdf.output(path)


# ------------------------------------------------------------------ p141 France: "CV fonction publique" (French civil
# servant): corps and grade lines inside posts, "mars 2019 – auj.", IRA training year and IHEDN session (no degree)
F = "cv_p141_fr_cvfonctionpublique_corpsgrade_moisabreges_auj_master2_licence_ira_mercier.pdf"


@doc(F, cv_label(
    F, "Claire Mercier", "claire.mercier@example.fr", "+33 6 55 51 24 87", "France",
    [("master", "Relations internationales", "Sciences Po Rennes", 2011),
     ("bachelor", "Droit", "Université de Rennes 1", 2009),
     ("secondary", None, "Lycée Chateaubriand", 2006)],
    False,
    [("Chargée de mission OTAN", "Direction générale des relations internationales et de la stratégie (DGRIS)",
      "2019-03", None),
     ("Adjointe au chef de bureau", "Secrétariat général de la défense et de la sécurité nationale (SGDSN)",
      "2014-09", "2019-02"),
     ("Rédactrice", "Préfecture de la région Bretagne", "2012-09", "2014-08")],
    [("French", None, None), ("English", "V", None), ("German", "IV", None), ("Spanish", None, None)],
    [], ["Chorus", "Pack Office"]))
def p141(path):
    pdf = PDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.para("Claire MERCIER", 18, "B", h=8)
    pdf.para("Attachée principale d'administration de l'État", 10, "I")
    pdf.ln(2)
    pdf.heading("ÉTAT CIVIL", 10.5)
    for t in ["Née le 9 octobre 1988 – Nationalité française",
              "claire.mercier@example.fr  ·  +33 6 55 51 24 87",
              "Situation administrative : titulaire, en position d'activité"]:
        pdf.para(t, 9.5)
    pdf.heading("PARCOURS PROFESSIONNEL", 10.5)
    for per, title, org, lines in [
            ("mars 2019 – auj.", "Chargée de mission OTAN",
             "Direction générale des relations internationales et de la stratégie (DGRIS)",
             ["Corps des attachés d'administration de l'État – grade : attachée principale (depuis le 1er janvier 2021)",
              "Préparation des réunions ministérielles de l'OTAN ; suivi du processus de planification de défense."]),
            ("sept. 2014 – févr. 2019", "Adjointe au chef de bureau",
             "Secrétariat général de la défense et de la sécurité nationale (SGDSN)",
             ["Grade : attachée d'administration – 5e échelon",
              "Protection du secret de la défense nationale, instruction des habilitations."]),
            ("sept. 2012 – août 2014", "Rédactrice", "Préfecture de la région Bretagne",
             ["Grade : attachée d'administration stagiaire puis titulaire (1er septembre 2013)",
              "Planification de défense et de sécurité civile (zone de défense Ouest)."])]:
        pdf.left_right(title, per)
        pdf.para(org, 9.5, "I")
        for ln in lines:
            pdf.para("– " + ln, 9)
        pdf.ln(2)
    pdf.heading("FORMATION", 10.5)
    for t in ["2023   Auditrice de la 75e session nationale « Politique de défense », IHEDN",
              "2012   Institut régional d'administration (IRA) de Nantes – formation initiale des attachés "
              "(sept. 2011 – août 2012)",
              "2011   Master 2 Relations internationales – Sciences Po Rennes",
              "2009   Licence en Droit – Université de Rennes 1",
              "2006   Baccalauréat, mention bien – Lycée Chateaubriand, Rennes"]:
        pdf.para(t, 9.5)
    pdf.heading("LANGUES", 10.5)
    pdf.para("Français : langue maternelle ; Anglais : C1 (TOEIC 965) ; Allemand : B2 ; Espagnol : notions", 9.5)
    pdf.heading("INFORMATIQUE", 10.5)
    pdf.para("Chorus, Pack Office", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p142 Slovakia: CV in Slovak whose ruled tables put
# the END column before the START column ("Do | Od"), current post "trvá" in the Do cell, education table the same way
F = "cv_p142_sk_slovensky_reversedcolumns_doodtable_trva_mgr_bc_slp_hrusovska.pdf"


@doc(F, cv_label(
    F, "Zuzana Hrušovská", "zuzana.hrusovska@example.sk", "+421 905 555 176", "Slovakia",
    [("master", "Medzinárodné vzťahy", "Univerzita Mateja Bela v Banskej Bystrici", 2011),
     ("bachelor", "Politológia", "Univerzita Mateja Bela v Banskej Bystrici", 2009),
     ("secondary", None, "Gymnázium Jura Hronca", 2006)],
    False,
    [("štátna radkyňa", "Ministerstvo obrany Slovenskej republiky", "2019-03", None),
     ("analytička", "Národný bezpečnostný úrad", "2015-07", "2019-02"),
     ("referentka", "Železnice Slovenskej republiky", "2011-09", "2015-06")],
    [("Slovak", None, None), ("English", "V", "3333"), ("German", "IV", None), ("Russian", None, None)],
    [], ["MS Office", "IBM i2 Analyst's Notebook"]))
def p142(path):
    pdf = PDF(format="A4")
    pdf.set_margins(14, 16, 14)
    pdf.add_page()
    pdf.para("ŽIVOTOPIS", 9, "B")
    pdf.para("Mgr. Zuzana Hrušovská", 18, "B", h=8)
    pdf.para("zuzana.hrusovska@example.sk  ·  +421 905 555 176  ·  Bratislava  ·  Štátna príslušnosť: slovenská", 9)
    pdf.ln(3)
    pdf.heading("Pracovné skúsenosti", 11)
    w = [20, 20, 52, 90]
    pdf.set_fill_color(230, 236, 242)
    row(pdf, w, ["Do", "Od", "Funkcia", "Zamestnávateľ"], style="B", fill=True)
    for r in [["trvá", "03/2019", "štátna radkyňa", "Ministerstvo obrany Slovenskej republiky"],
              ["02/2019", "07/2015", "analytička", "Národný bezpečnostný úrad"],
              ["06/2015", "09/2011", "referentka", "Železnice Slovenskej republiky"]]:
        row(pdf, w, r)
    pdf.ln(2)
    pdf.para("Náplň súčasnej práce: príprava podkladov pre Výbor NATO pre obrannú politiku a plánovanie, "
             "koordinácia cieľov spôsobilostí NATO.", 9)
    pdf.ln(3)
    pdf.heading("Vzdelanie", 11)
    w = [14, 14, 20, 42, 92]
    row(pdf, w, ["Do", "Od", "Stupeň", "Odbor", "Škola"], style="B", fill=True)
    for r in [["2011", "2009", "Mgr.", "Medzinárodné vzťahy", "Univerzita Mateja Bela v Banskej Bystrici"],
              ["2009", "2006", "Bc.", "Politológia", "Univerzita Mateja Bela v Banskej Bystrici"],
              ["2006", "2002", "maturita", "—", "Gymnázium Jura Hronca"]]:
        row(pdf, w, r)
    pdf.ln(3)
    pdf.heading("Jazykové znalosti", 11)
    pdf.para("slovenčina – materinský jazyk; angličtina – C1, STANAG 6001 SLP 3-3-3-3; nemčina – B2; ruština – A2", 9.5)
    pdf.heading("Počítačové zručnosti", 11)
    pdf.para("MS Office, IBM i2 Analyst's Notebook", 9.5)
    pdf.heading("Ďalšie vzdelávanie", 11)
    pdf.para("2021  NATO Senior Officer Policy Course, NATO School Oberammergau", 9.5)
    pdf.output(path)


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, fn, _ in DOCS:
        fn(os.path.join(CVS, file))
    return DOCS
