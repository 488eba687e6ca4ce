"""PDF CVs of corpus 13 (p93-p99). Each builder writes its document; the label beside it is hand-written."""
import os

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def mc(pdf, x, w, text, size=9.5, style="", h=None, color=(0, 0, 0)):
    pdf.set_x(x)
    pdf.set_font("DejaVu", style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(w, h or size * 0.48, text, new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


# ------------------------------------------------------------------ p93 Germany: two real columns, main column left,
# shaded SKILLS / LANGUAGES / CONTACT sidebar on the RIGHT; "10/2019 – today"
F = "cv_p93_de_twocol_rightsidebar_skills_today_brandt.pdf"


@doc(F, cv_label(F, "Katharina Brandt", "k.brandt@example.de", "+49 171 5550 392", "Germany",
                 [("master", "Logistics Management", "Helmut Schmidt University", 2013),
                  ("bachelor", "Business Administration", "University of Mannheim", 2010)],
                 False,
                 [("Senior Logistics Officer", "Logistics Command of the Bundeswehr", "2019-10", None),
                  ("Supply Chain Analyst", "Airbus Defence and Space", "2013-11", "2019-09")],
                 [("German", None, None), ("English", "V", None), ("French", "IV", None), ("Polish", None, None)],
                 [], ["SAP S/4HANA", "SASPF", "Power BI", "Python", "LOGFAS", "Tableau"]))
def p93(path):
    pdf = PDF(format="A4")
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(236, 242, 236)
    pdf.rect(140, 0, 70, 297, style="F")
    L, LW, R, RW = 14, 118, 146, 56
    pdf.set_xy(L, 16)
    mc(pdf, L, LW, "Katharina Brandt", 22, "B", 10)
    mc(pdf, L, LW, "Logistics & supply chain specialist", 11, "", 6, (80, 110, 80))
    pdf.ln(4)
    mc(pdf, L, LW, "PROFESSIONAL EXPERIENCE", 11, "B", 6, (40, 90, 40))
    pdf.ln(1)
    for title, org, dates, desc in [
        ("Senior Logistics Officer", "Logistics Command of the Bundeswehr", "10/2019 – today",
         "Civilian official (Regierungsrätin). Plans host-nation support for NATO exercises on German soil; "
         "lead for the Joint Support and Enabling Command liaison cell."),
        ("Supply Chain Analyst", "Airbus Defence and Space", "11/2013 – 09/2019",
         "Spare-parts forecasting for the Eurofighter fleet; reduced stock-outs by 18 %."),
    ]:
        mc(pdf, L, LW, title, 10.5, "B", 5.5)
        mc(pdf, L, LW, f"{org}  ·  {dates}", 9.5, "I", 5)
        mc(pdf, L, LW, desc, 9.5, "", 4.8)
        pdf.ln(2.5)
    mc(pdf, L, LW, "EDUCATION", 11, "B", 6, (40, 90, 40))
    pdf.ln(1)
    mc(pdf, L, LW, "M.Sc. Logistics Management – Helmut Schmidt University, Hamburg (2013)", 9.5, "", 5)
    mc(pdf, L, LW, "B.Sc. Business Administration – University of Mannheim (2010)", 9.5, "", 5)
    # right sidebar
    pdf.set_xy(R, 18)
    mc(pdf, R, RW, "CONTACT", 10, "B", 6, (40, 90, 40))
    mc(pdf, R, RW, "k.brandt@example.de\n+49 171 5550 392\nKoblenz, Germany\nNationality: German", 8.5, "", 4.6)
    pdf.ln(4)
    mc(pdf, R, RW, "SKILLS", 10, "B", 6, (40, 90, 40))
    for s in ["SAP S/4HANA", "SASPF", "Power BI", "Python", "LOGFAS", "Tableau"]:
        mc(pdf, R, RW, "▪ " + s, 8.5, "", 4.6)
    pdf.ln(4)
    mc(pdf, R, RW, "LANGUAGES", 10, "B", 6, (40, 90, 40))
    mc(pdf, R, RW, "German – mother tongue\nEnglish – C1\nFrench – B2\nPolish – basic", 8.5, "", 4.6)
    pdf.ln(4)
    mc(pdf, R, RW, "INTERESTS", 10, "B", 6, (40, 90, 40))
    mc(pdf, R, RW, "Rowing, Red Cross volunteer since 2012", 8.5, "", 4.6)
    pdf.output(path)


# ------------------------------------------------------------------ p94 Estonia: half-year dates "H2 2018 – H1 2021",
# "H2 2021 – ongoing"; title and organisation on one line with " @ "
F = "cv_p94_ee_halfyears_h1h2_atsign_saar.pdf"


@doc(F, cv_label(F, "Kristjan Saar", "kristjan.saar@example.ee", "+372 5555 7730", "Estonia",
                 [("master", "Public Administration", "Tallinn University of Technology", 2014),
                  ("bachelor", "Economics", "University of Tartu", 2012)],
                 False,
                 [("Budget Analyst", "Estonian Centre for Defence Investments (ECDI)", "2021-07", None),
                  ("Financial Controller", "Eesti Energia AS", "2018-07", "2021-06"),
                  ("Auditor", "PricewaterhouseCoopers AS", "2014-07", "2018-06")],
                 [("Estonian", None, None), ("English", "V", "3332"), ("Russian", "IV", None)],
                 [], ["SAP FI/CO", "Excel", "IDEA", "Power Query"]))
def p94(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Kristjan Saar", new_x="LMARGIN", new_y="NEXT")
    pdf.para("kristjan.saar@example.ee  ·  +372 5555 7730  ·  Tallinn  ·  Estonian", 9.5)
    pdf.heading("Experience", 12)
    for line, dates, desc in [
        ("Budget Analyst @ Estonian Centre for Defence Investments (ECDI)", "H2 2021 – ongoing",
         "Multi-year procurement budget, NATO Security Investment Programme co-financing."),
        ("Financial Controller @ Eesti Energia AS", "H2 2018 – H1 2021", "Group controlling, capex reporting."),
        ("Auditor @ PricewaterhouseCoopers AS", "H2 2014 – H1 2018", "Public-sector audit engagements."),
    ]:
        pdf.left_right(line, dates, 10)
        pdf.para(desc, 9.5)
        pdf.ln(1.5)
    pdf.para("(H1 = January–June, H2 = July–December)", 8, "I")
    pdf.heading("Education", 12)
    pdf.para("MA Public Administration, Tallinn University of Technology, 2014", 9.5)
    pdf.para("BA Economics, University of Tartu, 2012", 9.5)
    pdf.heading("Languages", 12)
    pdf.para("Estonian (native); English – C1, STANAG 6001 SLP 3-3-3-2; Russian – B2", 9.5)
    pdf.heading("Tools", 12)
    pdf.para("SAP FI/CO, Excel, IDEA, Power Query", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p95 Lithuania: CV in Lithuanian, each post
# "Organizacija – pareigos" (organisation first), "nuo 2015 m. iki šiol" / "2011–2015 m."
F = "cv_p95_lt_lietuviu_organizacijapareigos_ikisiol_petrauskas.pdf"


@doc(F, cv_label(F, "Tomas Petrauskas", "tomas.petrauskas@example.lt", "+370 612 55 518", "Lithuania",
                 [("master", "Tarptautiniai santykiai ir diplomatija", "Vilniaus universitetas", 2011),
                  ("bachelor", "Politikos mokslai", "Vytauto Didžiojo universitetas", 2009),
                  ("secondary", None, "Kauno Jono Jablonskio gimnazija", 2005)],
                 False,
                 [("vyriausiasis specialistas", "Lietuvos Respublikos užsienio reikalų ministerija", "2015-09", None),
                  ("vyresnysis specialistas", "Lietuvos Respublikos krašto apsaugos ministerija", "2011-07", "2015-08")],
                 [("Lithuanian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Polish", None, None)],
                 [], ["MS Office", "DocLogix", "Adobe InDesign"]))
def p95(path):
    pdf = PDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.set_font("Serif", "B", 20)
    pdf.cell(0, 10, "Tomas Petrauskas", new_x="LMARGIN", new_y="NEXT")
    pdf.para("El. paštas: tomas.petrauskas@example.lt  |  Tel.: +370 612 55 518  |  Pilietybė: lietuvis", 9.5)
    pdf.heading("Darbo patirtis", 12)
    for line, dates, desc in [
        ("Lietuvos Respublikos užsienio reikalų ministerija – vyriausiasis specialistas", "nuo 2015 m. rugsėjo iki šiol",
         "Transatlantinio bendradarbiavimo ir saugumo politikos departamentas; NATO viršūnių susitikimų rengimas."),
        ("Lietuvos Respublikos krašto apsaugos ministerija – vyresnysis specialistas",
         "2011 m. liepa – 2015 m. rugpjūtis", "Gynybos politikos ir planavimo departamentas."),
    ]:
        pdf.para(line, 10, "B")
        pdf.para(dates, 9.5, "I")
        pdf.para(desc, 9.5)
        pdf.ln(2)
    pdf.heading("Išsilavinimas", 12)
    pdf.para("2009–2011 m. Vilniaus universitetas, Tarptautinių santykių ir politikos mokslų institutas – "
             "magistro laipsnis, Tarptautiniai santykiai ir diplomatija", 9.5)
    pdf.para("2005–2009 m. Vytauto Didžiojo universitetas – bakalauro laipsnis, Politikos mokslai", 9.5)
    pdf.para("2005 m. Kauno Jono Jablonskio gimnazija – brandos atestatas", 9.5)
    pdf.heading("Kalbos", 12)
    pdf.para("lietuvių – gimtoji; anglų – C1; rusų – B2; lenkų – pradmenys", 9.5)
    pdf.heading("Kompiuteriniai įgūdžiai", 12)
    pdf.para("MS Office, DocLogix, Adobe InDesign", 9.5)
    pdf.heading("Rekomendacijos", 12)
    pdf.para("Dr. Rūta Kazlauskienė, skyriaus vedėja, tel. +370 5 555 0421 (pateikiama paprašius)", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p96 Belgium: CV in French, seasons as dates
# ("depuis l'été 2020", "de l'automne 2016 au printemps 2020"), "Organisation — Fonction" lines
F = "cv_p96_be_francais_saisons_orgtiretfonction_lambert.pdf"


@doc(F, cv_label(F, "Élodie Lambert", "elodie.lambert@example.be", "+32 475 55 02 61", "Belgium",
                 [("master", "Sciences politiques, orientation relations internationales", "Université libre de Bruxelles", 2016),
                  ("bachelor", "Sciences politiques", "Université catholique de Louvain", 2014)],
                 False,
                 [("Attachée", "SPF Affaires étrangères, Commerce extérieur et Coopération au Développement",
                   "2020-06", None),
                  ("Chargée de recherche", "Groupe de recherche et d'information sur la paix et la sécurité (GRIP)",
                   "2016-09", "2020-05")],
                 [("French", None, None), ("Dutch", "IV", None), ("English", "V", None), ("German", None, None)],
                 [], ["Suite Office", "Zotero", "Tableau"]))
def p96(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 19)
    pdf.cell(0, 9, "Élodie Lambert", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Bruxelles · elodie.lambert@example.be · +32 475 55 02 61 · Nationalité : belge", 9.5)
    pdf.heading("Parcours professionnel", 12)
    pdf.para("SPF Affaires étrangères, Commerce extérieur et Coopération au Développement — Attachée", 10, "B")
    pdf.para("depuis l'été 2020", 9.5, "I")
    pdf.para("Direction Sécurité et Désarmement ; suivi du Comité politique de l'OTAN et des contrôles "
             "d'exportation.", 9.5)
    pdf.ln(2)
    pdf.para("Groupe de recherche et d'information sur la paix et la sécurité (GRIP) — Chargée de recherche", 10, "B")
    pdf.para("de l'automne 2016 au printemps 2020", 9.5, "I")
    pdf.para("Transferts d'armes, rapports annuels, notes d'analyse.", 9.5)
    pdf.heading("Formation", 12)
    pdf.para("2016 — Master en sciences politiques, orientation relations internationales, Université libre de "
             "Bruxelles", 9.5)
    pdf.para("2014 — Bachelier en sciences politiques, Université catholique de Louvain", 9.5)
    pdf.heading("Langues", 12)
    pdf.para("Français : langue maternelle — Néerlandais : B2 (Selor art. 12) — Anglais : C1 — Allemand : notions",
             9.5)
    pdf.heading("Informatique", 12)
    pdf.para("Suite Office, Zotero, Tableau", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p97 Albania: very short one-page CV with a photo
# frame and its caption line, and a postal address block top right
F = "cv_p97_al_onepage_photocaption_addressblock_hoxha.pdf"


@doc(F, cv_label(F, "Arben Hoxha", "arben.hoxha@example.al", "+355 69 555 4021", "Albania",
                 [("master", "Security Studies", "University of Tirana", 2012),
                  ("bachelor", "Political Science", "University of Tirana", 2010)],
                 False,
                 [("Head of NATO Integration Unit", "Ministry of Defence of Albania", "2018-03", None),
                  ("Policy Officer", "Ministry for Europe and Foreign Affairs", "2012-10", "2018-02")],
                 [("Albanian", None, None), ("English", "V", None), ("Italian", "IV", None)],
                 [], []))
def p97(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(18, 16, 30, 38)
    pdf.set_xy(18, 33)
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(30, 4, "[photo]", align="C")
    pdf.set_xy(18, 56)
    pdf.set_font("DejaVu", "I", 7)
    pdf.cell(30, 4, "Photo: A. Hoxha, 2026", align="C")
    pdf.set_xy(120, 16)
    for line in ["Rruga e Durrësit 45/2", "1001 Tiranë", "Albania", "arben.hoxha@example.al", "+355 69 555 4021"]:
        pdf.set_x(120)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(72, 4.6, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(54, 28)
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(60, 9, "Arben Hoxha")
    pdf.set_xy(54, 38)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(60, 5, "Albanian citizen, born 1988")
    pdf.set_xy(18, 66)
    pdf.heading("Experience", 11)
    pdf.left_right("Head of NATO Integration Unit, Ministry of Defence of Albania", "Mar 2018 – present", 9.5)
    pdf.left_right("Policy Officer, Ministry for Europe and Foreign Affairs", "Oct 2012 – Feb 2018", 9.5)
    pdf.heading("Education", 11)
    pdf.para("MSc Security Studies, University of Tirana, 2012 · BSc Political Science, University of Tirana, 2010",
             9.5)
    pdf.heading("Languages", 11)
    pdf.para("Albanian (native) · English C1 · Italian B2", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p98 Italy: CV in Italian, each post as
# "Funzione presso Organizzazione" with "dal 2015 ad oggi" on the same line after a comma
F = "cv_p98_it_italiano_funzionepresso_adoggi_colombo.pdf"


@doc(F, cv_label(F, "Francesca Colombo", "francesca.colombo@example.it", "+39 333 555 7184", "Italy",
                 [("master", "Scienze internazionali e diplomatiche", "Università di Bologna", 2012),
                  ("bachelor", "Scienze politiche", "Università di Pavia", 2010),
                  ("secondary", None, "Liceo classico Giuseppe Parini", 2007)],
                 False,
                 [("Funzionaria amministrativa", "Segretariato Generale della Difesa e Direzione Nazionale degli Armamenti",
                   "2015-01", None),
                  ("Assistente di progetto", "Istituto Affari Internazionali (IAI)", "2012-09", "2014-12")],
                 [("Italian", None, None), ("English", "V", None), ("French", "IV", None)],
                 [], ["Pacchetto Office", "SICOGE", "Power BI"]))
def p98(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    pdf.set_font("Serif", "B", 20)
    pdf.cell(0, 10, "Francesca Colombo", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Roma · francesca.colombo@example.it · +39 333 555 7184 · cittadinanza italiana", 9.5)
    pdf.heading("Esperienze lavorative", 12)
    pdf.para("Funzionaria amministrativa presso Segretariato Generale della Difesa e Direzione Nazionale degli "
             "Armamenti, dal 2015 ad oggi", 10, "B")
    pdf.para("V Reparto – Cooperazione internazionale; programmi NSPA e OCCAR.", 9.5)
    pdf.ln(1.5)
    pdf.para("Assistente di progetto presso Istituto Affari Internazionali (IAI), da settembre 2012 a dicembre 2014",
             10, "B")
    pdf.para("Programma Difesa; organizzazione di seminari.", 9.5)
    pdf.heading("Istruzione e formazione", 12)
    pdf.para("Laurea magistrale in Scienze internazionali e diplomatiche, Università di Bologna (sede di Forlì), "
             "2012", 9.5)
    pdf.para("Laurea triennale in Scienze politiche, Università di Pavia, 2010", 9.5)
    pdf.para("Diploma di maturità classica, Liceo classico Giuseppe Parini, Milano, 2007", 9.5)
    pdf.heading("Lingue", 12)
    pdf.para("Italiano: madrelingua · Inglese: C1 · Francese: B2", 9.5)
    pdf.heading("Competenze informatiche", 12)
    pdf.para("Pacchetto Office, SICOGE, Power BI", 9.5)
    pdf.para("Autorizzo il trattamento dei dati personali ai sensi del Regolamento UE 2016/679.", 7.5, "I")
    pdf.output(path)


# ------------------------------------------------------------------ p99 Hungary: headings are only symbols (✈ ✎ ☰ ⚑)
# with no words; dates "Sept 2019 – to this day"
F = "cv_p99_hu_symbolheadings_tothisday_kovacs.pdf"


@doc(F, cv_label(F, "Eszter Kovács", "eszter.kovacs@example.hu", "+36 30 555 6619", "Hungary",
                 [("master", "International Relations", "Corvinus University of Budapest", 2013),
                  ("bachelor", "International Studies", "Eötvös Loránd University", 2011)],
                 False,
                 [("Desk Officer, Security Policy Department", "Ministry of Foreign Affairs and Trade", "2019-09", None),
                  ("Analyst", "Institute for Strategic and Defence Studies", "2014-02", "2019-08")],
                 [("Hungarian", None, None), ("English", "V", None), ("German", "V", None), ("French", None, None)],
                 [], ["Excel", "Gephi", "SPSS"]))
def p99(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Eszter Kovács", new_x="LMARGIN", new_y="NEXT")
    pdf.para("✉ eszter.kovacs@example.hu   ☎ +36 30 555 6619   ⌂ Budapest   ⚐ Hungarian", 9.5)

    def icon(sym):
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 16)
        pdf.set_text_color(30, 80, 160)
        pdf.cell(0, 8, sym, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    icon("✈")
    pdf.left_right("Desk Officer, Security Policy Department", "Sept 2019 – to this day", 10)
    pdf.para("Ministry of Foreign Affairs and Trade, Budapest", 9.5, "I")
    pdf.ln(1)
    pdf.left_right("Analyst", "Feb 2014 – Aug 2019", 10)
    pdf.para("Institute for Strategic and Defence Studies, Budapest (part of the University of Public Service "
             "since 2016)", 9.5, "I")
    icon("✎")
    pdf.para("MA International Relations — Corvinus University of Budapest, 2013", 9.5)
    pdf.para("BA International Studies — Eötvös Loránd University, 2011", 9.5)
    icon("☰")
    pdf.para("Hungarian: native · English: C1 · German: C1 (Goethe-Zertifikat) · French: A2", 9.5)
    icon("⚑")
    pdf.para("Excel · Gephi · SPSS", 9.5)
    pdf.output(path)


def build():
    out = []
    for file, fn, label in DOCS:
        fn(os.path.join(CVS, file))
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
