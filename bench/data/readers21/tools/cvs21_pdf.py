"""PDF CVs of corpus 21 (p143-p147). Each builder draws its document with fpdf2; the label beside it is
hand-written. build.py writes every label first, then the documents."""
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


def bullet(pdf, text, size=9.5, indent=5):
    pdf.set_font("DejaVu", "", size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.cell(4, size * 0.5, "•")
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------------ p143 Italy: the Word CV saved as PDF (Calibri-like
# look, blue headings, bullets "•" under every post, dates right-aligned "Jan 2020 – Present"), Laurea Magistrale and
# Laurea Triennale in the same field, IELTS
F = "cv_p143_it_wordexport_bullets_rightdates_present_laureamagistrale_triennale_ielts_moretti.pdf"


@doc(F, cv_label(
    F, "Francesca Moretti", "francesca.moretti@example.it", "+39 347 555 2190", "Italy",
    [("master", "Ingegneria Gestionale", "Politecnico di Milano", 2014),
     ("bachelor", "Ingegneria Gestionale", "Politecnico di Milano", 2011)],
    False,
    [("Logistics Analyst", "Leonardo S.p.A.", "2020-01", None),
     ("Procurement Specialist", "Agenzia Industrie Difesa", "2016-10", "2019-12"),
     ("Junior Consultant", "Deloitte Consulting S.r.l.", "2014-03", "2016-09")],
    [("Italian", None, None), ("English", "V", None), ("Spanish", "IV", None), ("French", None, None)],
    [], ["SAP MM", "Power BI", "Python"]))
def p143(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_text_color(0x1F, 0x4E, 0x79)
    pdf.para("Francesca Moretti", 22, "B", h=10)
    pdf.set_text_color(0, 0, 0)
    pdf.para("Via Tiburtina 1020, 00156 Roma, Italy  •  +39 347 555 2190  •  francesca.moretti@example.it", 9)
    pdf.para("Italian nationality  •  Born 09/07/1989", 9)

    def h(t):
        pdf.ln(2)
        pdf.set_text_color(0x1F, 0x4E, 0x79)
        pdf.heading(t, 12)
        pdf.set_text_color(0, 0, 0)

    h("Professional Experience")
    pdf.left_right("Logistics Analyst – Leonardo S.p.A., Rome", "Jan 2020 – Present")
    for b in ["Integrated logistic support analyses (LSA, LCC) for helicopter programmes",
              "Interface with NSPA for spare-parts contracts under the NH90 support partnership",
              "Coordinated a team of four analysts for the annual obsolescence review"]:
        bullet(pdf, b)
    pdf.ln(1)
    pdf.left_right("Procurement Specialist – Agenzia Industrie Difesa, Rome", "Oct 2016 – Dec 2019")
    for b in ["Tendering and contract management for the Agency's industrial units (EUR 30 m per year)",
              "Drafted technical specifications with the Army Logistic Command"]:
        bullet(pdf, b)
    pdf.ln(1)
    pdf.left_right("Junior Consultant – Deloitte Consulting S.r.l., Milan", "Mar 2014 – Sep 2016")
    for b in ["Supply-chain optimisation projects for manufacturing clients"]:
        bullet(pdf, b)
    h("Education")
    pdf.left_right("Laurea Magistrale in Ingegneria Gestionale (LM-31) – Politecnico di Milano", "2014", style="")
    bullet(pdf, "Thesis: spare-parts inventory models for military fleets; grade 110/110")
    pdf.left_right("Laurea Triennale in Ingegneria Gestionale – Politecnico di Milano", "2011", style="")
    h("Languages")
    bullet(pdf, "Italian – mother tongue")
    bullet(pdf, "English – C1 (IELTS Academic 7.5, 2021)")
    bullet(pdf, "Spanish – B2")
    bullet(pdf, "French – A2")
    h("IT Skills")
    bullet(pdf, "SAP MM, Power BI, Python (pandas)")
    pdf.ln(4)
    pdf.para("Autorizzo il trattamento dei dati personali ai sensi del Regolamento (UE) 2016/679.", 7.5, "I")
    pdf.output(path)


# ------------------------------------------------------------------ p144 Latvia: Europass CV (the current online editor's
# PDF: blue name band, "[ 01/09/2017 – Current ]" brackets, "City: | Country:" lines, CEFR self-assessment table with
# five columns), Latvian body names, Mg.sc.admin.
F = "cv_p144_lv_europasspdf_bracketdates_current_cityline_cefrgrid_mgscadmin_liepina.pdf"


@doc(F, cv_label(
    F, "Dace Liepiņa", "dace.liepina@example.lv", "+371 2955 5318", "Latvia",
    [("master", "Public Administration", "Latvijas Universitāte", 2013),
     ("bachelor", "Economics", "Latvijas Universitāte", 2011)],
    False,
    [("Senior Expert", "Aizsardzības ministrija", "2017-09", None),
     ("Project Manager", "Valsts kanceleja", "2013-05", "2017-08"),
     ("Assistant", "Latvijas Banka", "2011-07", "2013-05")],
    [("Latvian", None, None), ("English", "V", None), ("Russian", "IV", None), ("German", None, None)],
    [], ["Microsoft Excel", "SharePoint", "Power BI"]))
def p144(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 15, 18)
    pdf.footer_text = "© European Union, 2002-2026 | europass.europa.eu                                Page {p} / 2"
    pdf.add_page()
    pdf.set_fill_color(0x0D, 0x3B, 0x7A)
    pdf.rect(0, 0, 210, 30, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 8)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 9, "Dace Liepiņa")
    pdf.set_xy(18, 18.5)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 4.5, "Nationality: Latvian   Date of birth: 28/02/1989   Phone number: +371 2955 5318 (Mobile)")
    pdf.set_xy(18, 23.5)
    pdf.cell(0, 4.5, "Email address: dace.liepina@example.lv   Home: Brīvības iela 120, Riga (Latvia)")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(18, 36)

    def sec(t):
        pdf.ln(2)
        pdf.set_text_color(0x0D, 0x3B, 0x7A)
        pdf.heading(t, 11)
        pdf.set_text_color(0, 0, 0)

    def item(dates, title, org, place, lines):
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_text_color(0x55, 0x55, 0x55)
        pdf.cell(0, 4.5, dates, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.para(title, 10, "B")
        pdf.para(org, 9.5)
        pdf.para(place, 8.5)
        for ln in lines:
            bullet(pdf, ln, 9, 3)
        pdf.ln(2)

    sec("WORK EXPERIENCE")
    item("[ 01/09/2017 – Current ]", "Senior Expert", "Aizsardzības ministrija [ Ministry of Defence ]",
         "City: Riga | Country: Latvia",
         ["Host Nation Support arrangements for the NATO Multinational Division North",
          "Coordination of the national input to the NATO Defence Planning Capability Survey"])
    item("[ 15/05/2013 – 31/08/2017 ]", "Project Manager", "Valsts kanceleja [ State Chancellery ]",
         "City: Riga | Country: Latvia", ["Public administration reform projects financed by the ESF"])
    item("[ 01/07/2011 – 14/05/2013 ]", "Assistant", "Latvijas Banka", "City: Riga | Country: Latvia",
         ["Economic analysis department"])
    sec("EDUCATION AND TRAINING")
    item("[ 01/09/2011 – 20/06/2013 ]", "Master's degree in Public Administration (Mg.sc.admin.)",
         "Latvijas Universitāte", "City: Riga | Country: Latvia | Level in EQF: EQF level 7", [])
    item("[ 01/09/2007 – 15/06/2011 ]", "Bachelor's degree in Economics", "Latvijas Universitāte",
         "City: Riga | Country: Latvia | Level in EQF: EQF level 6", [])
    pdf.add_page()
    sec("LANGUAGE SKILLS")
    pdf.para("Mother tongue(s): LATVIAN", 9.5)
    pdf.para("Other language(s):", 9.5)
    pdf.ln(1)
    w = [34, 28, 28, 34, 34, 16]
    pdf.set_fill_color(0xE8, 0xEE, 0xF7)
    row(pdf, w, ["", "UNDERSTANDING", "", "SPEAKING", "", "WRITING"], size=7.5, style="B", fill=True)
    row(pdf, w, ["", "Listening", "Reading", "Spoken production", "Spoken interaction", "Writing"], size=7.5, fill=True)
    row(pdf, w, ["ENGLISH", "C1", "C1", "C1", "C1", "C1"], size=8.5)
    row(pdf, w, ["RUSSIAN", "B2", "B2", "B2", "B2", "B2"], size=8.5)
    row(pdf, w, ["GERMAN", "A2", "A2", "A2", "A2", "A2"], size=8.5)
    pdf.para("Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user", 7.5, "I")
    sec("DIGITAL SKILLS")
    pdf.para("Microsoft Excel | SharePoint | Power BI", 9.5)
    sec("DRIVING LICENCE")
    pdf.para("Driving Licence: B", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p145 Norway: officer's CV, rank line under the name,
# postings table (Period | Post | Unit | Location) with a NATO post, "Aug 2021 – present", Norwegian unit names,
# Stabsskolen (staff college) + Master i militære studier, Krigsskolen bachelor, two SLPs
F = "cv_p145_no_officer_ranklines_postingstable_natopost_present_stabsskolen_krigsskolen_slp_brekke.pdf"


@doc(F, cv_label(
    F, "Eirik Brekke", "eirik.brekke@example.no", "+47 915 55 284", "Norway",
    [("master", "militære studier", "Forsvarets høgskole", 2018),
     ("bachelor", "militære studier", "Krigsskolen", 2009)],
    True,
    [("Chief J4 Logistics", "Forsvarets operative hovedkvarter (FOH)", "2021-08", None),
     ("Staff Officer Logistics (SO2)", "Allied Joint Force Command Brunssum", "2018-08", "2021-07"),
     ("Company Commander", "Logistikkbataljonen", "2014-08", "2017-07"),
     ("Logistics Officer (S4)", "Telemark bataljon", "2009-08", "2014-07")],
    [("Norwegian", None, None), ("English", None, "3333"), ("German", None, "2222")],
    [], []))
def p145(path):
    pdf = PDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.para("EIRIK BREKKE", 18, "B", h=8)
    pdf.para("Oberstløytnant (Lieutenant Colonel, OF-4), Norwegian Army", 10)
    pdf.para("Bodø, Norway  |  +47 915 55 284  |  eirik.brekke@example.no  |  Citizenship: Norwegian", 9)
    pdf.heading("POSTINGS", 11)
    w = [32, 46, 72, 24]
    pdf.set_fill_color(0xDD, 0xDD, 0xDD)
    row(pdf, w, ["Period", "Post", "Unit", "Location"], size=8.5, style="B", fill=True)
    for r in [["Aug 2021 – present", "Chief J4 Logistics", "Forsvarets operative hovedkvarter (FOH)", "Bodø"],
              ["Aug 2018 – Jul 2021", "Staff Officer Logistics (SO2)", "Allied Joint Force Command Brunssum", "Brunssum, NL"],
              ["Aug 2014 – Jul 2017", "Company Commander", "Logistikkbataljonen, Brigade Nord", "Skjold"],
              ["Aug 2009 – Jul 2014", "Logistics Officer (S4)", "Telemark bataljon", "Rena"]]:
        row(pdf, w, r, size=8.5)
    pdf.ln(2)
    pdf.para("Operational tours: KFOR (2011, 6 months) and Operation Inherent Resolve, Iraq (2016, 5 months), "
             "both on leave from the posts above.", 9)
    pdf.heading("MILITARY EDUCATION", 11)
    pdf.para("2017 – 2018   Forsvarets høgskole – Stabsskolen (Norwegian Joint Staff College)", 9.5)
    pdf.para("2012          NATO Logistics Staff Officer Course, NATO School Oberammergau", 9.5)
    pdf.heading("EDUCATION", 11)
    pdf.para("2018   Master i militære studier – Forsvarets høgskole (completed with the Staff College)", 9.5)
    pdf.para("2009   Bachelor i militære studier (militær ledelse og landmakt) – Krigsskolen", 9.5)
    pdf.heading("LANGUAGES", 11)
    pdf.para("Norwegian – native  |  English – SLP 3333 (2021)  |  German – SLP 2222 (2019)", 9.5)
    pdf.heading("REFERENCES", 11)
    pdf.para("Available on request.", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p146 Czechia: civil servant's CV exported from Word,
# two-column header (name left, contacts right), dates right-aligned "Sept 2018 – now", Ing. and Bc. from VŠE,
# Czech body names
F = "cv_p146_cz_civilservant_twocolheader_rightdates_now_ing_bc_vse_czechbodies_markova.pdf"


@doc(F, cv_label(
    F, "Lucie Marková", "lucie.markova@example.cz", "+420 602 555 417", "Czechia",
    [("master", "Finance and Accounting", "Vysoká škola ekonomická v Praze", 2011),
     ("bachelor", "Economics", "Vysoká škola ekonomická v Praze", 2009)],
    False,
    [("Senior Officer for NATO Common Funding", "Ministerstvo obrany České republiky", "2018-09", None),
     ("Budget Analyst", "Ministerstvo financí", "2014-01", "2018-08"),
     ("Auditor", "KPMG Česká republika", "2011-07", "2013-12")],
    [("Czech", None, None), ("English", "V", None), ("French", "IV", None), ("Slovak", None, None)],
    [], ["SAP FI", "IBM Cognos TM1", "MS Excel"]))
def p146(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(90, 10, "Lucie Marková")
    pdf.set_xy(20, y + 11)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(90, 5, "Ing. – budget and finance")
    for k, ln in enumerate(["Praha 6, Czech Republic", "+420 602 555 417", "lucie.markova@example.cz",
                            "Citizenship: Czech"]):
        pdf.set_xy(110, y + k * 4.6)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(80, 4.6, ln, align="R")
    pdf.set_xy(20, y + 22)
    pdf.line(20, y + 21, 190, y + 21)
    pdf.heading("WORK EXPERIENCE", 11, rule=False)
    pdf.left_right("Senior Officer for NATO Common Funding", "Sept 2018 – now")
    pdf.para("Ministerstvo obrany České republiky, Defence Policy and Strategy Division, Prague", 9, "I")
    for b in ["Czech positions in the NATO Resource Policy and Planning Board and the Budget Committee",
              "Planning of the national cost shares (NSIP, military budget) in the medium-term budget"]:
        bullet(pdf, b)
    pdf.ln(1)
    pdf.left_right("Budget Analyst", "Jan 2014 – Aug 2018")
    pdf.para("Ministerstvo financí, State Budget Department, Prague", 9, "I")
    for b in ["Budget chapter of the Ministry of Defence and the Ministry of the Interior"]:
        bullet(pdf, b)
    pdf.ln(1)
    pdf.left_right("Auditor", "Jul 2011 – Dec 2013")
    pdf.para("KPMG Česká republika, Audit, Prague", 9, "I")
    pdf.heading("EDUCATION", 11, rule=False)
    pdf.left_right("Ing. (Master's degree), Finance and Accounting – Vysoká škola ekonomická v Praze", "2011", style="")
    pdf.left_right("Bc. (Bachelor's degree), Economics – Vysoká škola ekonomická v Praze", "2009", style="")
    pdf.heading("LANGUAGES", 11, rule=False)
    pdf.para("Czech – native; English – C1; French – B2; Slovak – full understanding", 9.5)
    pdf.heading("COMPUTER SKILLS", 11, rule=False)
    pdf.para("SAP FI, IBM Cognos TM1, MS Excel (advanced)", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p147 United States: Army veteran now a DoD civilian,
# one-page US resume, "05/2020 – Present", GS series/grade, CGSOC at Fort Leavenworth (staff college), clearance line,
# ILR language rating (no NATO/CEFR level)
F = "cv_p147_us_resume_veteran_dodcivilian_gsgrade_present_cgsoc_ilr_ts_lindholm.pdf"


@doc(F, cv_label(
    F, "Derek Lindholm", "derek.lindholm@example.com", "+1 703 555 0172", "United States",
    [("master", "Logistics and Supply Chain Management", "Florida Institute of Technology", 2015),
     ("bachelor", "History", "Virginia Military Institute", 2006)],
    True,
    [("Logistics Management Specialist", "U.S. Army Materiel Command", "2020-05", None),
     ("Brigade Logistics Officer (S4)", "2nd Cavalry Regiment", "2017-07", "2020-04"),
     ("Support Operations Officer", "173rd Airborne Brigade", "2012-06", "2016-07")],
    [("German", None, None)],
    [], ["GCSS-Army", "SAP", "Microsoft Power BI"]))
def p147(path):
    pdf = PDF(format="Letter")
    pdf.set_margins(19, 15, 19)
    pdf.add_page()
    pdf.para("DEREK LINDHOLM", 18, "B", h=8, align="C")
    pdf.para("Huntsville, AL  •  +1 703 555 0172  •  derek.lindholm@example.com  •  U.S. citizen  •  "
             "Active TS/SCI", 9, align="C")
    pdf.heading("SUMMARY", 11)
    pdf.para("Logistics leader with 20 years of Army and Department of the Army civilian experience in "
             "sustainment of multinational operations in Europe.", 9.5)
    pdf.heading("PROFESSIONAL EXPERIENCE", 11)
    pdf.left_right("Logistics Management Specialist (GS-0346-13)", "05/2020 – Present")
    pdf.para("U.S. Army Materiel Command, Redstone Arsenal, AL", 9, "I")
    for b in ["Manages Army Prepositioned Stocks support to U.S. Army Europe and Africa",
              "Coordinates with NSPA on multinational ammunition and fuel support"]:
        bullet(pdf, b)
    pdf.left_right("Brigade Logistics Officer (S4), Major, U.S. Army", "07/2017 – 04/2020")
    pdf.para("2nd Cavalry Regiment, Rose Barracks, Vilseck, Germany", 9, "I")
    for b in ["Led logistics planning for Exercise DEFENDER-Europe 20 and Atlantic Resolve rotations"]:
        bullet(pdf, b)
    pdf.left_right("Support Operations Officer, Captain, U.S. Army", "06/2012 – 07/2016")
    pdf.para("173rd Airborne Brigade, Vicenza, Italy", 9, "I")
    for b in ["Sustainment of brigade deployments to the Baltic States (Operation Atlantic Resolve, 2014)"]:
        bullet(pdf, b)
    pdf.para("Earlier service (2006–2012): platoon leader and company executive officer assignments.", 8.5, "I")
    pdf.heading("EDUCATION", 11)
    pdf.left_right("M.S., Logistics and Supply Chain Management – Florida Institute of Technology", "2015", style="")
    pdf.left_right("B.A., History – Virginia Military Institute", "2006", style="")
    pdf.left_right("Command and General Staff Officer Course (CGSOC)", "2017", style="")
    pdf.para("U.S. Army Command and General Staff College, Fort Leavenworth, KS", 9, "I")
    pdf.heading("LANGUAGES AND SKILLS", 11)
    pdf.para("German – limited working proficiency (ILR 2)", 9.5)
    pdf.para("Systems: GCSS-Army, SAP, Microsoft Power BI", 9.5)
    pdf.output(path)


def labels():
    return [(CVS, lab) for _, _, lab in DOCS]


def build():
    for file, fn, _ in DOCS:
        fn(os.path.join(CVS, file))
    return DOCS
