"""DOCX CVs of corpus 14 (d97-d103). Each builder writes its document; the label beside it is hand-written."""
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def h(d, text, size=12, color=None, bold=True):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return p


def runs(d, *parts):
    """parts: (text, bold, italic)"""
    p = d.add_paragraph()
    for text, b, i in parts:
        r = p.add_run(text)
        r.bold = b
        r.italic = i
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, lines, bold_first=False, italic=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold_first and k == 0
        r.italic = italic
        if align:
            p.alignment = align


# ------------------------------------------------------------------ d97 Germany: experience as a Word table whose
# Employer cells are MERGED vertically over the roles held there; dates in the right-hand column
F = "cv_d97_de_table_mergedemployer_datesright_weidmann.docx"


@doc(F, cv_label(F, "Jonas Weidmann", "jonas.weidmann@example.de", "+49 228 5550 7712", "Germany",
                 [("master", "Electrical Engineering", "Karlsruhe Institute of Technology (KIT)", 2012),
                  ("bachelor", "Electrical Engineering", "Karlsruhe Institute of Technology (KIT)", 2010)],
                 False,
                 [("Project Manager, Air Defence Systems",
                   "Federal Office of Bundeswehr Equipment, Information Technology and In-Service Support (BAAINBw)",
                   "2020-04", None),
                  ("Systems Engineer",
                   "Federal Office of Bundeswehr Equipment, Information Technology and In-Service Support (BAAINBw)",
                   "2015-10", "2020-03"),
                  ("Test Engineer", "MBDA Deutschland GmbH", "2012-09", "2015-09")],
                 [("German", None, None), ("English", "V", None), ("French", None, None)],
                 [], ["MATLAB", "IBM DOORS", "Enterprise Architect", "SAP"]))
def d97(path):
    d = new_docx(10)
    h(d, "Jonas Weidmann", 18)
    d.add_paragraph("Koblenz, Germany  |  jonas.weidmann@example.de  |  +49 228 5550 7712  |  German citizen")
    h(d, "Professional Experience", 12, (90, 90, 90))
    rows = [["Employer", "Role and responsibilities", "Period"],
            ["Federal Office of Bundeswehr Equipment, Information Technology and In-Service Support (BAAINBw)",
             "Project Manager, Air Defence Systems\nIntegrated project team for the short-range air defence "
             "programme; interface to NSPA.", "04/2020 – present"],
            ["", "Systems Engineer\nRequirements and verification for ground-based air defence radars.",
             "10/2015 – 03/2020"],
            ["MBDA Deutschland GmbH", "Test Engineer\nQualification tests of guided-missile subsystems.",
             "09/2012 – 09/2015"]]
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            if val:
                set_cell(t.cell(r, c), val.split("\n"), bold_first=(r == 0 or c == 1),
                         align=(WD_ALIGN_PARAGRAPH.RIGHT if c == 2 else None))
    a = t.cell(1, 0).merge(t.cell(2, 0))
    set_cell(a, [rows[1][0]])
    for c in range(3):
        shade(t.cell(0, c), "D9D9D9")
    for row in t.rows:
        row.cells[0].width = Cm(5.2)
        row.cells[1].width = Cm(8.3)
        row.cells[2].width = Cm(3.5)
    h(d, "Education", 12, (90, 90, 90))
    d.add_paragraph("M.Sc. Electrical Engineering — Karlsruhe Institute of Technology (KIT), 2012")
    d.add_paragraph("B.Sc. Electrical Engineering — Karlsruhe Institute of Technology (KIT), 2010")
    h(d, "Languages", 12, (90, 90, 90))
    d.add_paragraph("German (native), English (C1), French (B1)")
    h(d, "Tools", 12, (90, 90, 90))
    d.add_paragraph("MATLAB · IBM DOORS · Enterprise Architect · SAP")
    d.save(path)


# ------------------------------------------------------------------ d98 Greece: CV wholly in Greek (headings, month
# words "Ιανουάριος 2018 – σήμερα", "Ιούν. 2012 – Δεκ. 2017"), ECDL certificate among digital skills
F = "cv_d98_gr_ellinika_minesimera_dimitriou.docx"


@doc(F, cv_label(F, "Κωνσταντίνα Δημητρίου", "k.dimitriou@example.gr", "+30 210 555 6634", "Greece",
                 [("master", "Διεθνείς και Ευρωπαϊκές Σπουδές", "Πανεπιστήμιο Πειραιώς", 2011),
                  ("bachelor", "Πολιτική Επιστήμη και Ιστορία", "Πάντειο Πανεπιστήμιο", 2009)],
                 False,
                 [("Προϊσταμένη Τμήματος Διεθνών Σχέσεων", "Γενική Γραμματεία Πολιτικής Προστασίας", "2018-01", None),
                  ("Εμπειρογνώμονας", "Υπουργείο Εθνικής Άμυνας", "2012-06", "2017-12")],
                 [("English", "VI", None), ("French", "IV", None), ("Italian", None, None)],
                 [], ["MS Office", "SPSS"]))
def d98(path):
    d = new_docx(10.5)
    h(d, "ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ", 16, (0, 51, 153))
    h(d, "Κωνσταντίνα Δημητρίου", 14)
    d.add_paragraph("Διεύθυνση: Αθήνα\nΤηλέφωνο: +30 210 555 6634\nΗλ. ταχυδρομείο: k.dimitriou@example.gr\n"
                    "Υπηκοότητα: Ελληνική")
    h(d, "ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ", 12, (0, 51, 153))
    runs(d, ("Ιανουάριος 2018 – σήμερα", False, True))
    runs(d, ("Προϊσταμένη Τμήματος Διεθνών Σχέσεων", True, False), (" — Γενική Γραμματεία Πολιτικής Προστασίας",
                                                                    False, False))
    d.add_paragraph("Συντονισμός με το Κέντρο Συντονισμού Αντιμετώπισης Καταστροφών του ΝΑΤΟ (EADRCC).")
    runs(d, ("Ιούν. 2012 – Δεκ. 2017", False, True))
    runs(d, ("Εμπειρογνώμονας", True, False), (" — Υπουργείο Εθνικής Άμυνας", False, False))
    d.add_paragraph("Διεύθυνση Αμυντικής Πολιτικής· θέματα ΝΑΤΟ και ΚΠΑΑ.")
    h(d, "ΕΚΠΑΙΔΕΥΣΗ", 12, (0, 51, 153))
    d.add_paragraph("2011   Μεταπτυχιακό Δίπλωμα Ειδίκευσης (ΜΔΕ): Διεθνείς και Ευρωπαϊκές Σπουδές — "
                    "Πανεπιστήμιο Πειραιώς")
    d.add_paragraph("2009   Πτυχίο: Πολιτική Επιστήμη και Ιστορία — Πάντειο Πανεπιστήμιο")
    h(d, "ΞΕΝΕΣ ΓΛΩΣΣΕΣ", 12, (0, 51, 153))
    d.add_paragraph("Αγγλικά: C2 (Certificate of Proficiency in English)\nΓαλλικά: B2\nΙταλικά: B1")
    h(d, "ΨΗΦΙΑΚΕΣ ΔΕΞΙΟΤΗΤΕΣ", 12, (0, 51, 153))
    d.add_paragraph("MS Office, SPSS (πιστοποίηση ECDL Expert)")
    d.save(path)


# ------------------------------------------------------------------ d99 Portugal: CV in Portuguese laid out as a borderless
# two-column Word table (section label in the left cell, content in the right), "de março de 2016 a novembro de 2019"
F = "cv_d99_pt_tabeladuascolunas_desdejaneiro_tavares.docx"


@doc(F, cv_label(F, "Rui Miguel Carvalho Tavares", "rui.tavares@example.pt", "+351 21 555 0917", "Portugal",
                 [("master", "Engenharia Informática", "Instituto Superior Técnico", 2013),
                  ("bachelor", "Engenharia Informática", "Instituto Superior Técnico", 2011)],
                 False,
                 [("Técnico Superior", "Direção-Geral de Recursos da Defesa Nacional", "2020-01", None),
                  ("Analista de Sistemas", "Força Aérea Portuguesa", "2016-03", "2019-11"),
                  ("Consultor Júnior", "Deloitte Portugal", "2013-01", "2015-12")],
                 [("English", "V", None), ("French", "III", None), ("Spanish", None, None)],
                 [], ["Java", "Oracle Database", "ServiceNow"]))
def d99(path):
    d = new_docx(10)
    rows = [
        ["", "Rui Miguel Carvalho Tavares"],
        ["Contactos", "Rua das Flores 12, Lisboa\n+351 21 555 0917\nrui.tavares@example.pt\nNacionalidade: Portuguesa"],
        ["Experiência profissional",
         "desde janeiro de 2020\nTécnico Superior\nDireção-Geral de Recursos da Defesa Nacional\n"
         "Gestão de sistemas de informação de armamento e equipamentos.\n\n"
         "de março de 2016 a novembro de 2019\nAnalista de Sistemas\nForça Aérea Portuguesa\n"
         "Manutenção de sistemas de logística aeronáutica.\n\n"
         "de 2013 a 2015\nConsultor Júnior\nDeloitte Portugal"],
        ["Formação académica",
         "Mestrado em Engenharia Informática, Instituto Superior Técnico, 2013\n"
         "Licenciatura em Engenharia Informática, Instituto Superior Técnico, 2011"],
        ["Línguas", "Inglês – nível V (escala NATO)\nFrancês – nível III (escala NATO)\nEspanhol – bom"],
        ["Competências informáticas", "Java, Oracle Database, ServiceNow"],
    ]
    t = d.add_table(rows=len(rows), cols=2)
    for r, (lab, val) in enumerate(rows):
        set_cell(t.cell(r, 0), [lab], bold_first=True)
        set_cell(t.cell(r, 1), val.split("\n"), bold_first=(r == 0))
        t.cell(r, 0).width = Cm(4.2)
        t.cell(r, 1).width = Cm(12.5)
        shade(t.cell(r, 0), "EAF1DD")
    t.cell(0, 1).paragraphs[0].runs[0].font.size = Pt(16)
    d.save(path)


# ------------------------------------------------------------------ d100 France: bilingual French/English CV, every heading
# and date given in both languages "depuis septembre 2019 / since September 2019"
F = "cv_d100_fr_bilingue_fr_en_depuis_since_rousseauferrand.docx"


@doc(F, cv_label(F, "Camille Rousseau-Ferrand", "camille.rousseau-ferrand@example.fr", "+33 1 55 55 42 18", "France",
                 [("master", "Relations internationales", "Sciences Po Paris", 2015),
                  ("bachelor", "Science politique", "Université Paris 1 Panthéon-Sorbonne", 2013)],
                 False,
                 [("Chargée de mission OTAN",
                   "Direction générale des relations internationales et de la stratégie (DGRIS)", "2019-09", None),
                  ("Analyste", "Secrétariat général de la défense et de la sécurité nationale (SGDSN)", "2015-10",
                   "2019-08")],
                 [("French", None, None), ("English", "V", None), ("German", "IV", None)],
                 [], ["Pack Office", "Tableau", "Zotero"]))
def d100(path):
    d = new_docx(10)
    h(d, "Camille Rousseau-Ferrand", 18)
    d.add_paragraph("Paris  •  camille.rousseau-ferrand@example.fr  •  +33 1 55 55 42 18")
    d.add_paragraph("Nationalité / Nationality : française / French")
    h(d, "Expérience professionnelle / Professional experience", 12, (0, 35, 149))
    runs(d, ("Chargée de mission OTAN (NATO policy officer)", True, False))
    runs(d, ("Direction générale des relations internationales et de la stratégie (DGRIS)", False, False))
    runs(d, ("depuis septembre 2019 / since September 2019", False, True))
    d.add_paragraph("Suivi du Comité des plans de défense ; préparation des réunions ministérielles.\n"
                    "Follow-up of defence planning committees; preparation of ministerial meetings.")
    runs(d, ("Analyste (Analyst)", True, False))
    runs(d, ("Secrétariat général de la défense et de la sécurité nationale (SGDSN)", False, False))
    runs(d, ("octobre 2015 – août 2019 / October 2015 – August 2019", False, True))
    h(d, "Formation / Education", 12, (0, 35, 149))
    d.add_paragraph("2015 — Master 2 Relations internationales, Sciences Po Paris")
    d.add_paragraph("2013 — Licence Science politique, Université Paris 1 Panthéon-Sorbonne")
    h(d, "Langues / Languages", 12, (0, 35, 149))
    d.add_paragraph("Français : langue maternelle / mother tongue\nAnglais / English : C1\nAllemand / German : B2")
    h(d, "Informatique / IT skills", 12, (0, 35, 149))
    d.add_paragraph("Pack Office, Tableau, Zotero")
    d.save(path)


# ------------------------------------------------------------------ d101 Poland: education BEFORE experience, headings in
# sentence case (no capitals), "03/2016 - 11/2019", postgraduate studies (no degree), NATO competencies
F = "cv_d101_pl_educationfirst_sentencecase_slashmonths_wroblewska.docx"


@doc(F, cv_label(F, "Agnieszka Wróblewska", "a.wroblewska@example.pl", "+48 22 555 81 40", "Poland",
                 [("master", "International Relations", "University of Warsaw", 2014)],
                 False,
                 [("Chief Specialist", "Ministry of National Defence", "2019-12", None),
                  ("Senior Specialist", "National Security Bureau", "2016-03", "2019-11"),
                  ("Analyst", "Polish Institute of International Affairs (PISM)", "2014-10", "2016-02")],
                 [("Polish", None, None), ("English", "V", None), ("French", None, "2221"), ("German", None, None)],
                 ["Analytical Thinking", "Teamwork", "Initiative", "Organisational Awareness"],
                 ["MS Office", "Power BI", "SharePoint"]))
def d101(path):
    d = new_docx(10.5)
    h(d, "Agnieszka Wróblewska", 16)
    d.add_paragraph("Warsaw · a.wroblewska@example.pl · +48 22 555 81 40 · citizenship: Polish")
    h(d, "Education", 11)
    d.add_paragraph("2009 - 2014\tMaster's degree (magister) in International Relations, University of Warsaw")
    d.add_paragraph("2014 - 2015\tPostgraduate studies in Cybersecurity, Military University of Technology "
                    "(certificate)")
    h(d, "Professional experience", 11)
    for dates, title, org, desc in [
        ("12/2019 - present", "Chief Specialist", "Ministry of National Defence",
         "Department of Strategy and Defence Planning: NATO Defence Planning Process, capability targets."),
        ("03/2016 - 11/2019", "Senior Specialist", "National Security Bureau", "Strategic reviews, NATO summits."),
        ("10/2014 - 02/2016", "Analyst", "Polish Institute of International Affairs (PISM)",
         "Eastern flank security programme."),
    ]:
        runs(d, (dates + "\t", False, False), (title, True, False), (" — " + org, False, False))
        d.add_paragraph(desc)
    h(d, "Languages", 11)
    d.add_paragraph("Polish – native; English – C1; French – STANAG 6001 SLP 2-2-2-1; German – A2")
    h(d, "Competencies (NATO framework)", 11)
    d.add_paragraph("Analytical Thinking; Teamwork; Initiative; Organisational Awareness")
    h(d, "Computer skills", 11)
    d.add_paragraph("MS Office, Power BI, SharePoint")
    d.save(path)


# ------------------------------------------------------------------ d102 Türkiye: officer's CV, rank changes INSIDE a post
# ("Major → Lieutenant Colonel"), war college as a student row, English given only as SLP
F = "cv_d102_tr_officer_rankchangeinpost_warcollege_aydin.docx"


@doc(F, cv_label(F, "Emre Aydın", "emre.aydin@example.com.tr", "+90 312 555 4127", "Türkiye",
                 [("master", "International Relations", "Middle East Technical University", 2018),
                  ("bachelor", "Systems Engineering", "Turkish Military Academy", 2009)],
                 True,
                 [("Staff Officer, Plans and Policy (J5)", "Turkish General Staff", "2019-08", None),
                  ("Operations Officer", "NATO Rapid Deployable Corps – Türkiye (NRDC-T)", "2016-07", "2019-07"),
                  ("Company Commander", "66th Mechanised Infantry Brigade", "2011-08", "2014-08")],
                 [("Turkish", None, None), ("English", None, "3332"), ("German", None, "2211")],
                 [], ["TOPFAS", "LOGFAS", "MS Office"]))
def d102(path):
    d = new_docx(10.5)
    h(d, "Lieutenant Colonel Emre Aydın", 16)
    d.add_paragraph("Ankara  |  emre.aydin@example.com.tr  |  +90 312 555 4127  |  Nationality: Turkish")
    h(d, "Military career", 12, (120, 0, 0))
    for dates, title, org, rank in [
        ("Aug 2019 – Present", "Staff Officer, Plans and Policy (J5)", "Turkish General Staff",
         "Rank: Major (until 08/2021) → Lieutenant Colonel (since 08/2021)"),
        ("Jul 2016 – Jul 2019", "Operations Officer", "NATO Rapid Deployable Corps – Türkiye (NRDC-T)",
         "Rank: Captain → Major (promoted 30 Aug 2018)"),
        ("Sep 2014 – Jun 2016", "Student officer", "Army War College (Kara Harp Akademisi), Istanbul",
         "Two-year staff officer course (staff college)"),
        ("Aug 2011 – Aug 2014", "Company Commander", "66th Mechanised Infantry Brigade", "Rank: First Lieutenant → Captain"),
    ]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(title)
        r.bold = True
        p.add_run("\t" + dates)
        d.add_paragraph(org)
        runs(d, (rank, False, True))
    d.add_paragraph("Aug 2009 – Jul 2011: platoon leader training and infantry school (not listed separately).")
    h(d, "Education", 12, (120, 0, 0))
    d.add_paragraph("MA, International Relations — Middle East Technical University, 2018 (evening programme)")
    d.add_paragraph("BSc, Systems Engineering — Turkish Military Academy, 2009")
    h(d, "Languages", 12, (120, 0, 0))
    d.add_paragraph("Turkish – native\nEnglish – STANAG 6001 SLP 3332\nGerman – STANAG 6001 SLP 2211")
    h(d, "Systems", 12, (120, 0, 0))
    d.add_paragraph("TOPFAS, LOGFAS, MS Office")
    d.save(path)


# ------------------------------------------------------------------ d103 Croatia: each post a Word "Heading 2"
# "Title | Organisation" with the dates below, skills rated with dots in a small table, nationality in the profile prose
F = "cv_d103_hr_heading2posts_dotratings_profileprose_jurkovic.docx"


@doc(F, cv_label(F, "Marija Jurković", "marija.jurkovic@example.hr", "+385 1 555 2760", "Croatia",
                 [("master", "Political Science", "University of Zagreb", 2011),
                  ("bachelor", "Political Science", "University of Zagreb", 2009)],
                 False,
                 [("Head of Unit for NATO Affairs", "Ministry of Defence of the Republic of Croatia", "2019-09", None),
                  ("Senior Advisor", "Ministry of Foreign and European Affairs", "2014-03", "2019-08"),
                  ("Junior Researcher", "Institute for Development and International Relations (IRMO)", "2011-01",
                   "2014-02")],
                 [("Croatian", None, None), ("English", "VI", None), ("Italian", "V", None), ("French", None, None)],
                 [], ["Microsoft Office", "Power BI", "SharePoint"]))
def d103(path):
    d = new_docx(10.5)
    d.add_heading("Marija Jurković", level=0)
    d.add_paragraph("marija.jurkovic@example.hr  —  +385 1 555 2760  —  Zagreb")
    d.add_heading("Profile", level=1)
    d.add_paragraph("Croatian national with thirteen years in defence and foreign policy, the last seven leading "
                    "the Ministry of Defence's NATO unit.")
    d.add_heading("Career", level=1)
    for head, dates, desc in [
        ("Head of Unit for NATO Affairs | Ministry of Defence of the Republic of Croatia", "September 2019 – present",
         "Coordination of Croatian positions for the Defence Policy and Planning Committee."),
        ("Senior Advisor | Ministry of Foreign and European Affairs", "March 2014 – August 2019",
         "Directorate for Security Policy; Croatian Mission to NATO (short assignments)."),
        ("Junior Researcher | Institute for Development and International Relations (IRMO)", "2011 – February 2014",
         "Research on South-East European security."),
    ]:
        d.add_heading(head, level=2)
        runs(d, (dates, False, True))
        d.add_paragraph(desc)
    d.add_heading("Education", level=1)
    d.add_paragraph("mag. pol. (Master of Political Science), University of Zagreb, Faculty of Political Science, 2011")
    d.add_paragraph("univ. bacc. pol. (Bachelor of Political Science), University of Zagreb, 2009")
    d.add_heading("Languages", level=1)
    d.add_paragraph("Croatian – native · English – C2 · Italian – C1 · French – B1")
    d.add_heading("Skills", level=1)
    docx_table(d, [["Microsoft Office", "●●●●●"], ["Power BI", "●●●○○"], ["SharePoint", "●●●●○"]], style=None)
    d.save(path)


def build():
    out = []
    for file, fn, label in DOCS:
        fn(CVS + "/" + file)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
