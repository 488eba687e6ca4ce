"""PDF CVs of corpus 17 (p121-p127). Each builder writes its document; the label beside it is hand-written."""
import os

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def moderncv(path, name, title, sections, footer):
    """LaTeX moderncv 'casual' look: big name, section rule on the left, dates right-aligned in a narrow left
    column, entries 'Title, Employer, City.', contact details in the footer."""
    pdf = PDF(format="A4")
    pdf.footer_text = footer
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 26)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 12, name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 12)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for sec, entries in sections:
        pdf.ln(4)
        y = pdf.get_y() + 3
        pdf.set_draw_color(63, 95, 160)
        pdf.set_line_width(1.2)
        pdf.line(18, y, 48, y)
        pdf.set_line_width(0.2)
        pdf.set_xy(51, pdf.get_y())
        pdf.set_font("DejaVu", "", 13)
        pdf.set_text_color(63, 95, 160)
        pdf.cell(0, 6, sec, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        for left, right in entries:
            y = pdf.get_y() + 1
            pdf.set_xy(18, y)
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(30, 5, left, align="R")
            pdf.set_xy(51, y)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 5, right, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def plain_cv(path, lines, font_size=10, header=None, footer=None, font="DejaVu", band=None):
    pdf = PDF(format="A4")
    pdf.header_text = header
    pdf.footer_text = footer
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    if band:
        pdf.set_fill_color(*band)
        pdf.rect(0, 0, 210, 10, "F")
    for ln in lines:
        if ln == "<PAGE>":
            pdf.add_page()
        elif ln.startswith("# "):
            pdf.heading(ln[2:], 11.5)
        elif ln.startswith("## "):
            pdf.ln(2)
            pdf.set_text_color(30, 90, 140)
            pdf.para(ln[3:], 12.5, "B")
            pdf.set_text_color(0, 0, 0)
        elif ln.startswith("| "):
            left, right = ln[2:].split(" || ")
            pdf.left_right(left, right, font_size)
        elif ln.startswith("*"):
            pdf.para(ln[1:], font_size, "B")
        elif ln.startswith("_"):
            pdf.para(ln[1:], font_size, "I")
        else:
            pdf.para(ln, font_size)
    pdf.output(path)


# ------------------------------------------------------------------ p121 Bulgaria: LaTeX moderncv (casual), contacts
# only in the footer, "2019--Present" rendered as "2019–Present", year-only ranges, \cvlanguage lines
F = "cv_p121_bg_moderncv_footercontacts_yearsonly_present_cvlanguage_dimitrova.pdf"


@doc(F, cv_label(F, "Teodora Dimitrova", "teodora.dimitrova@example.bg", "+359 88 555 4127", "Bulgaria",
                 [("doctorate", "Physics", "Sofia University \"St. Kliment Ohridski\"", 2014),
                  ("master", "Nuclear Physics", "Sofia University \"St. Kliment Ohridski\"", 2009)],
                 False,
                 [("Senior Expert, CBRN Defence", "Ministry of Defence of the Republic of Bulgaria", "2019-01", None),
                  ("Research Fellow", "Institute for Nuclear Research and Nuclear Energy, Bulgarian Academy of "
                   "Sciences", "2014-01", "2018-12"),
                  ("Assistant Researcher", "Institute for Nuclear Research and Nuclear Energy, Bulgarian Academy of "
                   "Sciences", "2009-01", "2013-12")],
                 [("Bulgarian", None, None), ("English", "V", None), ("Russian", "IV", None)],
                 [], ["MATLAB", "Geant4", "Python", "LaTeX"]))
def p121(path):
    moderncv(path, "Teodora Dimitrova", "CBRN defence scientist", [
        ("Personal", [("Nationality", "Bulgarian"), ("Born", "1984, Plovdiv")]),
        ("Experience", [
            ("2019–Present", "**Senior Expert, CBRN Defence**, Ministry of Defence of the Republic of Bulgaria, Sofia.\n"
                             "National point of contact for the NATO JCBRN Defence Capability Development Group."),
            ("2014–2018", "**Research Fellow**, Institute for Nuclear Research and Nuclear Energy, Bulgarian Academy of "
                          "Sciences, Sofia."),
            ("2009–2013", "**Assistant Researcher**, Institute for Nuclear Research and Nuclear Energy, Bulgarian "
                          "Academy of Sciences, Sofia.")]),
        ("Education", [
            ("2014", "**PhD in Physics**, Sofia University \"St. Kliment Ohridski\", Sofia.\n"
                     "Thesis: Neutron detection methods for radiological security, 2010–2014"),
            ("2009", "**Master in Nuclear Physics**, Sofia University \"St. Kliment Ohridski\", Sofia.")]),
        ("Languages", [
            ("Bulgarian", "Mother tongue"),
            ("English", "C1  (Cambridge CAE)"),
            ("Russian", "B2")]),
        ("Computer skills", [("Tools", "MATLAB, Geant4, Python, LaTeX")])],
        "ul. Shipka 34 – 1504 Sofia, Bulgaria  •  +359 88 555 4127  •  teodora.dimitrova@example.bg")


# ------------------------------------------------------------------ p122 Hungary: LinkedIn "Save to PDF" (English UI),
# sidebar Contact / Top Skills / Languages with LinkedIn proficiency words, one company with two roles, the second role
# split across pages, no nationality
F = "cv_p122_hu_linkedin_savetopdf_rolesplitpage2_proficiencywords_szabo.pdf"


@doc(F, cv_label(F, "Gergely Szabó", "gergely.szabo@example.hu", None, None,
                 [("master", "Electrical Engineering", "Budapest University of Technology and Economics", 2010),
                  ("bachelor", "Electrical Engineering", "Budapest University of Technology and Economics", 2008)],
                 False,
                 [("Head of Network Operations", "Magyar Telekom", "2020-04", None),
                  ("Senior Network Engineer", "Magyar Telekom", "2015-06", "2020-03"),
                  ("Network Engineer", "Ericsson Hungary", "2010-09", "2015-05")],
                 [("Hungarian", None, None), ("English", None, None), ("German", None, None)],
                 [], ["Cisco Networking", "MPLS", "Network Automation"]))
def p122(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.footer_text = "Page {p} of 2"

    def sidebar(lines):
        pdf.set_fill_color(242, 242, 242)
        pdf.rect(0, 0, 64, 297, "F")
        pdf.set_xy(8, 14)
        for ln in lines:
            pdf.set_x(8)
            b = ln.startswith("*")
            pdf.set_font("DejaVu", "B" if b else "", 11 if b else 8.5)
            pdf.multi_cell(50, 5 if not b else 7, ln.lstrip("*"), new_x="LMARGIN", new_y="NEXT")

    def main(lines, y=14):
        pdf.set_xy(72, y)
        for ln in lines:
            pdf.set_x(72)
            if ln.startswith("**"):
                pdf.set_font("DejaVu", "", 20)
                pdf.multi_cell(126, 9, ln[2:], new_x="LMARGIN", new_y="NEXT")
            elif ln.startswith("*"):
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.multi_cell(126, 5.5, ln[1:], new_x="LMARGIN", new_y="NEXT")
            elif ln.startswith("~"):
                pdf.set_font("DejaVu", "", 9)
                pdf.set_text_color(110, 110, 110)
                pdf.multi_cell(126, 4.6, ln[1:], new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
            elif ln.startswith("#"):
                pdf.ln(2)
                pdf.set_font("DejaVu", "", 14)
                pdf.multi_cell(126, 8, ln[1:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(126, 4.6, ln, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    sidebar(["*Contact", "gergely.szabo@example.hu", "www.linkedin.com/in/gergely-szabo-net (LinkedIn)", "",
             "*Top Skills", "Cisco Networking", "MPLS", "Network Automation", "",
             "*Languages", "Hungarian (Native or Bilingual)", "English (Full Professional)",
             "German (Limited Working)", "",
             "*Certifications", "CCIE Routing and Switching", "ITIL 4 Foundation"])
    main(["**Gergely Szabó",
          "Head of Network Operations at Magyar Telekom | Interested in NATO NCIA opportunities",
          "~Budapest, Budapest, Hungary",
          "#Summary",
          "Network engineer with 15 years in carrier-grade IP/MPLS networks. I lead a team of 24 engineers "
          "operating the national backbone and the secure government network.",
          "#Experience",
          "*Magyar Telekom",
          "~11 years 8 months",
          "*Head of Network Operations",
          "~April 2020 - Present (6 years 10 months)",
          "~Budapest, Hungary",
          "Operation of the national IP/MPLS backbone; 24/7 NOC; incident and change management.",
          "*Senior Network Engineer",
          "~June 2015 - March 2020 (4 years 10 months)",
          "~Budapest, Hungary"])
    pdf.add_page()
    sidebar([])
    main(["Design of the governmental network segments; Cisco and Juniper core routing; migration to segment "
           "routing.",
           "*Ericsson Hungary",
           "*Network Engineer",
           "~September 2010 - May 2015 (4 years 9 months)",
           "~Budapest",
           "#Education",
           "*Budapest University of Technology and Economics",
           "Master of Science - MS, Electrical Engineering · (2008 - 2010)",
           "*Budapest University of Technology and Economics",
           "Bachelor of Science - BS, Electrical Engineering · (2004 - 2008)"])
    pdf.output(path)


# ------------------------------------------------------------------ p123 Croatia: naval officer, Google Docs PDF
# export (Arial-like, blue headings without rules), "Jul 2020 – ongoing", war college, SLP written "3/3/3/2"
F = "cv_p123_hr_navalofficer_googledocspdf_ongoing_warcollege_slpslashes_babic.pdf"


@doc(F, cv_label(F, "Ivan Babić", "ivan.babic@example.hr", "+385 91 555 3370", "Croatia",
                 [("master", "Maritime Studies", "University of Split", 2008)],
                 True,
                 [("Maritime Operations Officer", "Croatian Navy Command", "2020-07", None),
                  ("Commanding Officer", "RTOP-42 \"Vukovar\"", "2016-09", "2019-06"),
                  ("Executive Officer", "RTOP-41 \"Kralj Petar Krešimir IV\"", "2012-03", "2016-08"),
                  ("Navigation Officer", "Croatian Navy Flotilla", "2008-09", "2012-02")],
                 [("Croatian", None, None), ("English", None, "3332"), ("Italian", "IV", None)],
                 [], ["MS Office", "ECDIS"]))
def p123(path):
    plain_cv(path, [
        "## Ivan Babić",
        "Commander (OF-4), Croatian Navy",
        "Split, Croatia | ivan.babic@example.hr | +385 91 555 3370 | Croatian citizen",
        "## Experience",
        "*Maritime Operations Officer — Croatian Navy Command, Split",
        "_Jul 2020 – ongoing",
        "Planning of national participation in Standing NATO Maritime Group 2 and Operation SEA GUARDIAN.",
        "*Commanding Officer — RTOP-42 \"Vukovar\"",
        "_Sep 2016 – Jun 2019",
        "*Executive Officer — RTOP-41 \"Kralj Petar Krešimir IV\"",
        "_Mar 2012 – Aug 2016",
        "*Navigation Officer — Croatian Navy Flotilla",
        "_Sep 2008 – Feb 2012",
        "War College \"Ban Josip Jelačić\", Zagreb — student, Aug 2019 – Jun 2020",
        "## Education",
        "Master of Maritime Studies (mag. ing. naut.), University of Split, Faculty of Maritime Studies — 2008",
        "Command and Staff Course, Croatian Defence Academy — 2011",
        "## Languages",
        "Croatian — native",
        "English — STANAG 6001 SLP 3/3/3/2",
        "Italian — B2 (self-assessed)",
        "## Computer skills",
        "MS Office, ECDIS"], font_size=10)


# ------------------------------------------------------------------ p124 Belgium: CV in French, Word template with a
# coloured header band, "depuis octobre 2021", "2016 – 2021", Master / Bachelier, "Nationalité : belge"
F = "cv_p124_be_francais_bandeau_depuis_bachelier_master_nationalitebelge_dubois.pdf"


@doc(F, cv_label(F, "Sophie Dubois", "sophie.dubois@example.be", "+32 478 55 51 93", "Belgium",
                 [("master", "relations internationales", "Université catholique de Louvain", 2013),
                  ("bachelor", "sciences politiques", "Université catholique de Louvain", 2011)],
                 False,
                 [("Attachée – Affaires multilatérales", "SPF Affaires étrangères", "2021-10", None),
                  ("Chargée de projets", "Institut Royal Supérieur de Défense (IRSD)", "2016-03", "2021-09"),
                  ("Assistante de recherche", "Groupe de recherche et d'information sur la paix et la sécurité (GRIP)",
                   "2013-09", "2016-02")],
                 [("French", None, None), ("English", "V", None), ("Dutch", "IV", None), ("German", None, None)],
                 [], ["Suite Office", "NVivo"]))
def p124(path):
    plain_cv(path, [
        "*SOPHIE DUBOIS",
        "Avenue de Tervueren 118, 1150 Bruxelles · sophie.dubois@example.be · +32 478 55 51 93",
        "Née le 2 mai 1990 · Nationalité : belge",
        "# EXPÉRIENCE PROFESSIONNELLE",
        "| Attachée – Affaires multilatérales || depuis octobre 2021",
        "SPF Affaires étrangères, Bruxelles – suivi des dossiers OTAN et OSCE",
        "| Chargée de projets || mars 2016 – septembre 2021",
        "Institut Royal Supérieur de Défense (IRSD), Bruxelles",
        "| Assistante de recherche || sept. 2013 – févr. 2016",
        "Groupe de recherche et d'information sur la paix et la sécurité (GRIP), Bruxelles",
        "# FORMATION",
        "2011 – 2013  Master en relations internationales – Université catholique de Louvain (grande distinction)",
        "2008 – 2011  Bachelier en sciences politiques – Université catholique de Louvain",
        "# LANGUES",
        "Français : langue maternelle · Anglais : C1 · Néerlandais : B2 · Allemand : connaissances de base",
        "# INFORMATIQUE",
        "Suite Office, NVivo"], font_size=10, band=(170, 30, 60), footer="Sophie Dubois – CV – {p}/1")


# ------------------------------------------------------------------ p125 Czechia: English CV on two pages, the current
# post's description continues on page 2 under a running header, "Sept 2017 – Present", Ing. and Bc.
F = "cv_p125_cz_english_twopage_postsplit_runningheader_present_ing_bc_pokorny.pdf"


@doc(F, cv_label(F, "Jakub Pokorný", "jakub.pokorny@example.cz", "+420 602 555 781", "Czechia",
                 [("master", "Military Technology", "University of Defence", 2007),
                  ("bachelor", "Economics and Management", "University of Defence", 2005)],
                 False,
                 [("Chief of Ammunition Management Section", "Logistics Agency of the Czech Armed Forces",
                   "2017-09", None),
                  ("Ammunition Technical Officer", "14th Logistic Support Regiment", "2011-04", "2017-08"),
                  ("Platoon Commander", "14th Logistic Support Regiment", "2007-08", "2011-03"),
                  ("Ammunition Safety Adviser", "Explosia a.s.", "2015-01", "2016-12")],
                 [("Czech", None, None), ("English", None, "3222"), ("Slovak", None, None), ("German", None, None)],
                 [], ["MS Office", "CAF logistics IS (ISL)"]))
def p125(path):
    lines = ["*JAKUB POKORNÝ",
             "Olomouc, Czech Republic · jakub.pokorny@example.cz · +420 602 555 781",
             "Nationality: Czech",
             "# PROFESSIONAL SUMMARY",
             "Ammunition logistics officer (Lt Col, retired from active duty in 2017) with twenty years in "
             "ammunition management, explosives safety and NATO standardisation (AASTP-1).",
             "# WORK EXPERIENCE",
             "| Chief of Ammunition Management Section || Sept 2017 – Present",
             "_Logistics Agency of the Czech Armed Forces, Olomouc",
             "- Lifecycle management of the national ammunition stockpile (400 line items).",
             "- Czech delegate to the NATO Ammunition Safety Group (AC/326).",
             "- Surveillance and disposal programme; contracts with industry.",
             "- Implementation of AASTP-1 quantity-distance rules in all depots.",
             "- Lead of the national working group on the ammunition part of the NATO Defence Planning Capability "
             "Survey.", "- Preparation of the ammunition chapters of the annual budget.", "",
             "- Supervision of twelve civil servants and three officers.",
             "- Coordination with the Ministry of Defence on disposal of obsolete stocks.",
             "- Inspections of the ammunition depots Týniště nad Orlicí, Bohdaneč and Květná.",
             "- Support to the NSPA partnership for ammunition procurement.",
             "- Member of the working group for the new ammunition storage infrastructure.",
             "- Reporting to the Logistics Agency director on stock levels and risk assessments.",
             "- Drafting national implementing regulations for explosives safety.",
             "- Training of depot personnel on ammunition handling.", "", "",
             "<PAGE>",
             "- Liaison with Slovak and Polish counterparts on regional ammunition cooperation.",
             "| Ammunition Technical Officer || Apr 2011 – Aug 2017",
             "_14th Logistic Support Regiment, Pardubice",
             "| Platoon Commander || Aug 2007 – Mar 2011",
             "_14th Logistic Support Regiment, Pardubice",
             "| Ammunition Safety Adviser (part-time, secondary employment) || Jan 2015 – Dec 2016",
             "_Explosia a.s., Pardubice",
             "# EDUCATION",
             "2005 – 2007  Ing. (Master's degree) in Military Technology – University of Defence, Brno",
             "2002 – 2005  Bc. (Bachelor's degree) in Economics and Management – University of Defence, Brno",
             "# LANGUAGES",
             "Czech – native; English – SLP 3-2-2-2; Slovak – very good; German – basic",
             "# IT SKILLS",
             "MS Office, CAF logistics IS (ISL)"]
    plain_cv(path, lines, font_size=10, header="Jakub Pokorný – Curriculum Vitae", footer="Page {p}")


# ------------------------------------------------------------------ p126 Netherlands: English Word two-column template
# exported to PDF (narrow left column with section names and dates), "2016 – now", HBO bachelor + WO master
F = "cv_p126_nl_english_wordtwocoltemplate_now_hbo_wo_vanderberg.pdf"


@doc(F, cv_label(F, "Pieter van der Berg", "pieter.vanderberg@example.nl", "+31 6 5550 2846", "Netherlands",
                 [("master", "Supply Chain Management", "Erasmus University Rotterdam", 2012),
                  ("bachelor", "Logistics Engineering", "NHL Stenden University of Applied Sciences", 2009)],
                 False,
                 [("Senior Supply Chain Adviser", "Defence Materiel Organisation (DMO)", "2016-01", None),
                  ("Supply Chain Consultant", "Capgemini Nederland", "2012-01", "2015-12"),
                  ("Logistics Planner", "Koninklijke Marechaussee", "2009-01", "2011-12")],
                 [("Dutch", None, None), ("English", "VI", None), ("German", "IV", None), ("French", None, None)],
                 [], ["SAP S/4HANA", "Power BI", "Anylogistix"]))
def p126(path):
    pdf = PDF(format="A4")
    pdf.header_text = "Pieter van der Berg  ·  Utrecht  ·  +31 6 5550 2846  ·  pieter.vanderberg@example.nl"
    pdf.footer_text = "1"
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 22)
    pdf.cell(0, 12, "Pieter van der Berg", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Supply chain and materiel logistics", new_x="LMARGIN", new_y="NEXT")
    rows = [("PERSONAL", "Dutch nationality · born 1987"),
            ("EXPERIENCE", ""),
            ("2016 – now", "**Senior Supply Chain Adviser**\nDefence Materiel Organisation (DMO), Utrecht\n"
                           "Performance-based logistics contracts for the F-35 and CH-47 fleets."),
            ("2012 – 2015", "**Supply Chain Consultant**\nCapgemini Nederland, Utrecht"),
            ("2009 – 2011", "**Logistics Planner**\nKoninklijke Marechaussee, The Hague"),
            ("EDUCATION", ""),
            ("2012", "**MSc Supply Chain Management**\nErasmus University Rotterdam"),
            ("2009", "**BEng Logistics Engineering** (HBO)\nNHL Stenden University of Applied Sciences"),
            ("LANGUAGES", "Dutch – native\nEnglish – C2\nGerman – B2\nFrench – basic"),
            ("SOFTWARE", "SAP S/4HANA, Power BI, Anylogistix")]
    for left, right in rows:
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.set_font("DejaVu", "B" if left.isupper() else "", 9)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(40, 5, left)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(55, y)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(145, 5, right or " ", markdown=True, new_x="LMARGIN", new_y="NEXT")
        if left.isupper() and not right:
            pdf.line(55, pdf.get_y(), 200, pdf.get_y())
    pdf.output(path)


# ------------------------------------------------------------------ p127 Sweden: English, month abbreviations with and
# without dots, Home Guard post overlapping a civilian post, Civilingenjör, CEFR and one SLP
F = "cv_p127_se_english_monthabbr_homeguardoverlap_civilingenjor_lindqvist.pdf"


@doc(F, cv_label(F, "Erik Lindqvist", "erik.lindqvist@example.se", "+46 70 555 31 82", "Sweden",
                 [("master", "Engineering Physics", "KTH Royal Institute of Technology", 2011)],
                 False,
                 [("Systems Engineer, Air Defence", "Saab AB", "2017-02", None),
                  ("Company Second-in-Command", "Home Guard, Stockholm Group (Hemvärnet)", "2019-05", None),
                  ("Radar Engineer", "Swedish Defence Research Agency (FOI)", "2011-09", "2017-01")],
                 [("Swedish", None, None), ("English", "VI", None), ("Finnish", None, None)],
                 [], ["MATLAB", "Simulink", "Python", "DOORS"]))
def p127(path):
    plain_cv(path, [
        "*ERIK LINDQVIST",
        "Systems engineer – air and missile defence",
        "Solna, Sweden | erik.lindqvist@example.se | +46 70 555 31 82",
        "Swedish citizen, security vetted (Swedish SÄK level 2)",
        "# EMPLOYMENT",
        "| Systems Engineer, Air Defence – Saab AB || Feb. 2017 – present",
        "Integration and verification of ground-based air defence radars; NATO interoperability trials (JPOW).",
        "| Company Second-in-Command – Home Guard, Stockholm Group (Hemvärnet) || May 2019 – present",
        "Voluntary part-time service alongside my civilian job.",
        "| Radar Engineer – Swedish Defence Research Agency (FOI) || Sep 2011 – Jan 2017",
        "# EDUCATION",
        "2006 – 2011  Civilingenjör (MSc) in Engineering Physics, KTH Royal Institute of Technology",
        "# LANGUAGES",
        "Swedish: native · English: C2 (professional) · Finnish: A2",
        "# TOOLS",
        "MATLAB, Simulink, Python, DOORS"], font_size=10)


def build():
    for file, fn, label in DOCS:
        write_label(CVS, label)
        fn(os.path.join(CVS, file))
    return DOCS
