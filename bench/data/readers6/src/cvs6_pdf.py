"""PDF CVs of corpus 6 (p44-p50), fpdf2 + DejaVu fonts. Each builder sits next to its hand-written label."""
import os

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def lr(pdf, left, right, size=9.5, rw=44):
    """Left text wrapped in its own column, dates right-aligned on the first line."""
    y = pdf.get_y()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DejaVu", "B", size)
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(w - rw - 2, size * 0.5, left, new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y()
    pdf.set_font("DejaVu", "", size)
    pdf.set_xy(pdf.l_margin + w - rw, y)
    pdf.cell(rw, size * 0.5, right, align="R")
    pdf.set_xy(pdf.l_margin, y2)


def ptable(pdf, rows, widths, header=True, size=8.5, lh=4.6):
    pdf.set_font("DejaVu", "", size)
    with pdf.table(col_widths=widths, first_row_as_headings=header, line_height=lh, text_align="LEFT") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)


# ------------------------------------------------------------------ p44: one-page "infographic" two-column CV, Estonian
F = "cv_p44_ee_infographic_onepage_saarepuu.pdf"


@doc(F, cv_label(
    F, "Kadri Saarepuu", "kadri.saarepuu@example.ee", "+372 5555 8120", "Estonia",
    [("master", "Journalism", "University of Tartu", 2013),
     ("bachelor", "Semiotics", "University of Tartu", 2011)],
    False,
    [("Head of Digital Communication", "Estonian Defence Forces (Kaitsevägi)", "2020-01", None),
     ("Communication Adviser", "Ministry of Defence of Estonia", "2016-01", "2020-12"),
     ("Reporter", "Estonian Public Broadcasting (ERR)", "2013-01", "2016-12")],
    [("Estonian", None, None), ("English", "VI", None), ("Russian", "IV", None), ("Finnish", None, None)],
    [],
    ["Adobe Premiere Pro", "Canva", "Meltwater", "Crisis communication", "Photography"]))
def p44(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    sw = 70
    pdf.set_fill_color(14, 92, 110)
    pdf.rect(0, 0, sw, 297, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_left_margin(8)
    pdf.set_right_margin(210 - sw + 6)
    pdf.set_xy(8, 14)
    pdf.set_font("DejaVu", "B", 20)
    pdf.multi_cell(sw - 14, 9, "KADRI\nSAAREPUU", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(sw - 14, 4.5, "digital communication · defence · storytelling", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_fill_color(220, 220, 220)
    pdf.rect(20, pdf.get_y(), 30, 30, style="D")
    pdf.set_xy(20, pdf.get_y() + 12)
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(30, 4, "[ photo ]", align="C")
    pdf.set_xy(8, pdf.get_y() + 22)

    def block(head, items, size=8.5):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, "◆ " + head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", size)
        for it in items:
            pdf.multi_cell(sw - 14, 4.4, it, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    block("CONTACT", ["✉ kadri.saarepuu@example.ee", "☎ +372 5555 8120", "⌂ Tallinn", "Estonian citizen"])
    block("LANGUAGES", ["ET  ●●●●●  native", "EN  ●●●●●  C2", "RU  ●●●●○  B2", "FI  ●●●○○  conversational"])
    block("SKILLS", ["Adobe Premiere Pro\n████████░░  80 %", "Canva\n█████████░  90 %", "Meltwater\n███████░░░  70 %",
                     "Crisis communication\n████████░░  80 %", "Photography\n██████░░░░  60 %"])
    block("IN NUMBERS", ["+240 % followers on @EDF_Kaitsevagi (2020–2024)", "1.2 M views – Spring Storm 2023 video",
                         "35 media trainings delivered"])
    block("I LIKE", ["trail running · film photography · Saaremaa"])
    # main column
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(sw + 8)
    pdf.set_right_margin(10)
    pdf.set_xy(sw + 8, 16)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "ABOUT ME", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Former news reporter who has spent the last ten years explaining defence to the public. I build "
             "small teams that produce video, social media and crisis messaging for military audiences and "
             "for the people they protect.", 9.5)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "CAREER TIMELINE", new_x="LMARGIN", new_y="NEXT")
    for years, title, org, text in [
        ("2020 ▸ now", "Head of Digital Communication", "Estonian Defence Forces (Kaitsevägi)",
         "Team of 6; social media, video unit and exercise media cells (Hedgehog, Spring Storm)."),
        ("2016 ▸ 2020", "Communication Adviser", "Ministry of Defence of Estonia",
         "Speeches, press work and the ministry's NATO summit communication."),
        ("2013 ▸ 2016", "Reporter", "Estonian Public Broadcasting (ERR)", "Security and defence news desk."),
    ]:
        pdf.set_font("DejaVu", "B", 15)
        pdf.set_text_color(14, 92, 110)
        pdf.cell(0, 7, years, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.para(title, 10.5, "B")
        pdf.para(org, 9.5, "I")
        pdf.para(text, 9)
        pdf.ln(2)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "EDUCATION", new_x="LMARGIN", new_y="NEXT")
    pdf.para("2013  MA Journalism – University of Tartu", 9.5)
    pdf.para("2011  BA Semiotics – University of Tartu", 9.5)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "TRAINING", new_x="LMARGIN", new_y="NEXT")
    pdf.para("2019  NATO Strategic Communications Course – NATO School Oberammergau\n"
             "2018  Crisis Communication Course – Baltic Defence College (5 days)", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p45: North Macedonian officer, postings and courses
# tables with compressed year ranges ("2015–18"), STANAG per skill, decorations
F = "cv_p45_mk_officer_tables_yearranges_trajkovski.pdf"


@doc(F, cv_label(
    F, "Goran Trajkovski", "goran.trajkovski@example.mk", "+389 70 555 316", "North Macedonia",
    [("master", "Defence and Security", "Military Academy \"General Mihailo Apostolski\"", 2014),
     ("bachelor", "Military Sciences", "Military Academy \"General Mihailo Apostolski\"", 2004)],
    True,
    [("Staff Officer, Logistics Plans (J4)", "General Staff of the Army of the Republic of North Macedonia",
      "2022-01", None),
     ("Logistics Officer (S4)", "1st Mechanized Infantry Brigade", "2018-01", "2021-12"),
     ("Company Commander", "Logistics Battalion", "2015-01", "2018-12"),
     ("Platoon Commander", "Logistics Battalion", "2004-01", "2010-12")],
    [("Macedonian", None, None), ("English", None, "3332"), ("Serbian", None, None), ("German", None, "2211")],
    [],
    []))
def p45(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(2)
    ptable(pdf, [["Rank and name", "Lieutenant Colonel (OF-4) Goran TRAJKOVSKI"],
                 ["Service", "Army of the Republic of North Macedonia"],
                 ["Citizenship", "North Macedonian"],
                 ["Phone / e-mail", "+389 70 555 316 / goran.trajkovski@example.mk"]], (45, 135), header=False,
           size=9.5)
    pdf.heading("POSTINGS", 11)
    ptable(pdf, [["Years", "Post", "Unit"],
                 ["2022–", "Staff Officer, Logistics Plans (J4)",
                  "General Staff of the Army of the Republic of North Macedonia, Skopje"],
                 ["2018–21", "Logistics Officer (S4)", "1st Mechanized Infantry Brigade, Kumanovo"],
                 ["2015–18", "Company Commander", "Logistics Battalion, Skopje"],
                 ["2004–10", "Platoon Commander", "Logistics Battalion, Skopje"]], (25, 70, 85))
    pdf.para("2010–11: deployed with ISAF (Camp Marmal) as logistics platoon commander, from the Logistics Battalion. "
             "2011–14: master's studies and the staff course below (no posting).", 8.5)
    pdf.heading("COURSES", 11)
    ptable(pdf, [["Years", "Course", "Institution"],
                 ["2012–13", "Command and Staff Course", "Military Academy \"General Mihailo Apostolski\", Skopje"],
                 ["2016", "Logistics Officer Course (NATO)", "NATO School Oberammergau"],
                 ["2019", "Movement and Transportation Course", "Multinational Logistics Coordination Centre, Prague"],
                 ["2008", "English Language Course", "Defense Language Institute, Lackland AFB"]], (25, 70, 85))
    pdf.heading("EDUCATION", 11)
    pdf.para("2014 – Master of Science, Defence and Security – Military Academy \"General Mihailo Apostolski\", "
             "Skopje\n2004 – Bachelor, Military Sciences (logistics) – Military Academy \"General Mihailo "
             "Apostolski\", Skopje", 9.5)
    pdf.heading("LANGUAGES", 11)
    ptable(pdf, [["Language", "Listening", "Speaking", "Reading", "Writing"],
                 ["English (STANAG 6001)", "3", "3", "3", "2"],
                 ["German (STANAG 6001)", "2", "2", "1", "1"]], (60, 30, 30, 30, 30))
    pdf.para("Macedonian – mother tongue; Serbian – fluent.", 9.5)
    pdf.heading("DECORATIONS", 11)
    pdf.para("Medal for Military Merit (2016); ISAF Medal (2011).", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p46: Polish think-tank analyst, academic-style CV with
# publications, dual nationality (Polish and Ukrainian), forward chronological order, Polish month abbreviations
F = "cv_p46_pl_thinktank_publications_dual_bondarenko.pdf"


@doc(F, cv_label(
    F, "Oksana Bondarenko-Lis", "o.bondarenko@example.pl", "+48 512 555 903", "Poland",
    [("bachelor", "Politologia", "Uniwersytet Jagielloński", 2012),
     ("master", "Studia europejskie", "Uniwersytet Jagielloński", 2014),
     ("doctorate", "Nauki o polityce", "Polska Akademia Nauk, Instytut Studiów Politycznych", 2019)],
    False,
    [("Research Assistant", "Centre for Eastern Studies (OSW)", "2014-10", "2017-09"),
     ("Analyst, Eastern Europe Programme", "Polish Institute of International Affairs (PISM)", "2017-10", "2022-02"),
     ("Senior Analyst, Security and Defence", "Polish Institute of International Affairs (PISM)", "2022-03", None)],
    [("Polish", None, None), ("Ukrainian", None, None), ("English", "V", None), ("Russian", "VI", None),
     ("German", "IV", None)],
    [],
    []))
def p46(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.footer_text = "O. Bondarenko-Lis – CV – page {p}"
    pdf.add_page()
    pdf.set_font("Serif", "B", 17)
    pdf.cell(0, 9, "dr Oksana Bondarenko-Lis", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(0, 5, "Senior Analyst, Security and Defence · Warszawa\no.bondarenko@example.pl · +48 512 555 903\n"
                   "Citizenship: Polish and Ukrainian", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("Employment (chronological)", 11)
    for dates, role in [("paź 2014 – wrz 2017", "Research Assistant – Centre for Eastern Studies (OSW), Warszawa"),
                        ("paź 2017 – lut 2022", "Analyst, Eastern Europe Programme – Polish Institute of International "
                                                "Affairs (PISM)"),
                        ("mar 2022 – obecnie", "Senior Analyst, Security and Defence – Polish Institute of "
                                               "International Affairs (PISM)")]:
        lr(pdf, role, dates, 9.5)
    pdf.para("Visiting researcher, NATO Defense College Research Division, Rome (Jan–Mar 2019, fellowship funded by "
             "the NDC; no employment).", 8.5, "I")
    pdf.heading("Education", 11)
    pdf.para("2012  licencjat – Politologia – Uniwersytet Jagielloński\n"
             "2014  magister – Studia europejskie – Uniwersytet Jagielloński\n"
             "2019  doktor nauk społecznych – Nauki o polityce – Polska Akademia Nauk, Instytut Studiów Politycznych",
             9.5)
    pdf.heading("Selected publications", 11)
    for p in ["Bondarenko-Lis, O. (2024). Ukraine's defence industrial base after 2022. PISM Policy Paper 3(211).",
              "Bondarenko-Lis, O. & Kowal, P. (2021). Hybrid pressure on the Suwałki corridor. Survival 63(4): 77–96.",
              "Bondarenko-Lis, O. (2019). Russian military reform and the Western Military District (doctoral thesis).",
              "Nowicka, A., Bondarenko-Lis, O. & Feher, L. (2016). Energy security in Visegrád states. OSW Report."]:
        pdf.para("• " + p, 9)
    pdf.heading("Conferences and media", 11)
    pdf.para("Warsaw Security Forum (speaker, 2023, 2024); GLOBSEC Bratislava (panel, 2022); regular commentator "
             "for TVN24 and Polish Radio.", 9)
    pdf.heading("Languages", 11)
    pdf.para("Polish and Ukrainian – native (bilingual); English – C1 (IELTS 7.5); Russian – C2; German – B2 "
             "(Goethe-Zertifikat).", 9.5)
    pdf.heading("References", 11)
    pdf.para("Dr Marta Kowal, Head of Research, PISM – m.kowal@example.pl\n"
             "Prof. Ewa Malinowska, PAN ISP – e.malinowska@example.pl", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p47: Greek civilian, Greek month abbreviations, English
# headings, nationality only in a passport line
F = "cv_p47_gr_greekmonths_passport_papageorgiou.pdf"


@doc(F, cv_label(
    F, "Eleni Papageorgiou", "eleni.papageorgiou@example.gr", "+30 697 555 4410", "Greece",
    [("master", "Logistics and Supply Chain Management", "Athens University of Economics and Business (AUEB)", 2010),
     ("bachelor", "Economics", "University of Piraeus", 2008)],
    False,
    [("Procurement Manager", "Hellenic Aerospace Industry S.A. (HAI)", "2018-03", None),
     ("Supply Chain Analyst", "Intracom Defense S.A. (IDE)", "2013-06", "2018-02"),
     ("Logistics Coordinator", "DHL Express Hellas", "2010-09", "2013-05")],
    [("Greek", None, None), ("English", "VI", None), ("French", "IV", None), ("Spanish", None, None)],
    [],
    ["SAP MM/SD", "Oracle SCM", "Incoterms 2020", "NATO codification (NCS)"]))
def p47(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "ELENI PAPAGEORGIOU", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Ελένη Παπαγεωργίου · Procurement & supply chain · Athens", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "eleni.papageorgiou@example.gr · +30 697 555 4410", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Passport: Hellenic Republic, no. AN5550192 (valid to 2031) · Driving licence B",
             new_x="LMARGIN", new_y="NEXT")
    pdf.heading("PROFESSIONAL EXPERIENCE", 11)
    for role, dates, text in [
        ("Procurement Manager – Hellenic Aerospace Industry S.A. (HAI), Tanagra", "Μαρ 2018 – σήμερα",
         "Sourcing for F-16 and C-130 maintenance programmes; NSPA and OCCAR tenders."),
        ("Supply Chain Analyst – Intracom Defense S.A. (IDE), Koropi", "Ιουν 2013 – Φεβ 2018",
         "Spare-parts planning for missile electronics subcontracts."),
        ("Logistics Coordinator – DHL Express Hellas, Athens", "Σεπ 2010 – Μάι 2013", "Customs and import flows."),
    ]:
        lr(pdf, role, dates, 9.5)
        pdf.para(text, 9)
        pdf.ln(1)
    pdf.heading("EDUCATION", 11)
    pdf.para("2010  MSc Logistics and Supply Chain Management – Athens University of Economics and Business (AUEB)\n"
             "2008  Ptychio in Economics (4-year first degree) – University of Piraeus", 9.5)
    pdf.heading("LANGUAGES", 11)
    pdf.para("Greek – mother tongue\nEnglish – C2 (Certificate of Proficiency, University of Michigan)\n"
             "French – B2 (DELF B2)\nSpanish – elementary, currently attending evening classes", 9.5)
    pdf.heading("SKILLS", 11)
    pdf.para("SAP MM/SD · Oracle SCM · Incoterms 2020 · NATO codification (NCS)", 9.5)
    pdf.heading("VOLUNTEERING", 11)
    pdf.para("Hellenic Red Cross, logistics volunteer during the 2021 wildfires (Evia).", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p48: Slovenian, CEFR self-assessment grid next to
# STANAG profiles, two-page, competency section with NATO names
F = "cv_p48_si_cefr_vs_slp_grid_kos.pdf"


@doc(F, cv_label(
    F, "Matej Kos", "matej.kos@example.si", "+386 41 555 627", "Slovenia",
    [("master", "Obramboslovje", "Univerza v Ljubljani, Fakulteta za družbene vede", 2012),
     ("bachelor", "Obramboslovje", "Univerza v Ljubljani, Fakulteta za družbene vede", 2009)],
    False,
    [("Senior Adviser, Defence Planning", "Ministry of Defence of the Republic of Slovenia", "2019-05", None),
     ("Adviser, International Cooperation", "Ministry of Defence of the Republic of Slovenia", "2014-09", "2019-04"),
     ("Researcher", "Defence Research Centre (Obramboslovni raziskovalni center)", "2012-10", "2014-08")],
    [("Slovenian", None, None), ("English", "V", "3333"), ("French", None, "2222"), ("Croatian", "IV", None)],
    ["Analytical Thinking", "Organisational Awareness", "Teamwork"],
    []))
def p48(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, 18)
    pdf.footer_text = "Matej Kos – page {p}/2"
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(0, 9, "Matej Kos", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Defence planner · Ljubljana · matej.kos@example.si · +386 41 555 627 · Nationality: Slovene", 9.5)
    pdf.heading("Work experience", 11)
    for role, dates in [("Senior Adviser, Defence Planning – Ministry of Defence of the Republic of Slovenia",
                         "05/2019 – present"),
                        ("Adviser, International Cooperation – Ministry of Defence of the Republic of Slovenia",
                         "09/2014 – 04/2019"),
                        ("Researcher – Defence Research Centre (Obramboslovni raziskovalni center), Ljubljana",
                         "10/2012 – 08/2014")]:
        lr(pdf, role, dates, 9.5)
    pdf.para("National representative to the NATO Defence Policy and Planning Committee (Reinforced) working level, "
             "2019–present (part of the current post).", 9)
    pdf.heading("Education", 11)
    pdf.para("2012  magister obramboslovja (2nd Bologna cycle) – Obramboslovje – Univerza v Ljubljani, "
             "Fakulteta za družbene vede\n2009  diplomirani obramboslovec (UN, 1st Bologna cycle) – Obramboslovje – "
             "Univerza v Ljubljani, Fakulteta za družbene vede", 9.5)
    pdf.heading("Languages", 11)
    pdf.para("Mother tongue: Slovenian", 9.5)
    pdf.para("Self-assessment (CEFR) and STANAG 6001 results:", 9.5)
    ptable(pdf, [["Language", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing",
                  "STANAG 6001 (SLP)"],
                 ["English", "C1", "C1", "C1", "C1", "C1", "3333 (2020)"],
                 ["French", "–", "–", "–", "–", "–", "2222 (2017)"],
                 ["Croatian", "B2", "B2", "B2", "B2", "B2", "not tested"]], (24, 20, 20, 26, 26, 20, 34), size=8)
    pdf.para("CEFR levels: A1/A2 basic user · B1/B2 independent user · C1/C2 proficient user. "
             "STANAG 6001: 1 survival · 2 functional · 3 professional · 4 expert.", 8)
    pdf.add_page()
    pdf.heading("Competencies", 11)
    pdf.para("Analytical Thinking – makes complex plans or analyses (capability target apportionment model).\n"
             "Organisational Awareness – understands organisational politics (NATO and EU planning committees).\n"
             "Teamwork – solicits inputs and encourages others.", 9.5)
    pdf.heading("Training", 11)
    pdf.para("2018  NATO Defence Planning Course – NATO School Oberammergau\n"
             "2016  Defence Policy Course for civilians (6 weeks) – Slovenian Armed Forces Military Schools Centre",
             9.5)
    pdf.heading("Interests", 11)
    pdf.para("Mountaineering (Alpine Association of Slovenia guide), choir singing.", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ p49: Albanian officer, key achievements (no competency
# names), postings with "01/2019 – present", staff course at the Defence Academy
F = "cv_p49_al_officer_achievements_gjoni.pdf"


@doc(F, cv_label(
    F, "Erion Gjoni", "erion.gjoni@example.al", "+355 68 555 9031", "Albania",
    [("master", "Security and Defence Studies", "Defence Academy \"Spiro Moisiu\"", 2018),
     ("bachelor", "Military Leadership", "Armed Forces Academy (Akademia e Forcave të Armatosura)", 2006)],
    True,
    [("Chief of Operations (J3)", "Albanian Joint Forces Command (Komanda e Forcës së Përbashkët)", "2019-01", None),
     ("Battalion Executive Officer", "Commando Battalion", "2014-03", "2017-08"),
     ("Company Commander", "Commando Battalion", "2010-06", "2014-02"),
     ("Platoon Commander", "2nd Infantry Battalion", "2006-07", "2010-05")],
    [("Albanian", None, None), ("English", None, "3323"), ("Italian", "V", None), ("Greek", None, None)],
    [],
    []))
def p49(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 8, "Major (OF-3) Erion GJONI", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Albanian Armed Forces · erion.gjoni@example.al · +355 68 555 9031\nShtetësia / Citizenship: shqiptare",
             9.5)
    pdf.heading("KEY ACHIEVEMENTS", 11)
    for a in ["Planned and led the Albanian contribution to exercise Defender Europe 2021 (1,200 personnel).",
              "Built the first joint operations centre SOPs of the Joint Forces Command, adopted in 2020.",
              "Commanded a commando company on KFOR rotation without a single safety incident (2012)."]:
        pdf.para("▪ " + a, 9.5)
    pdf.heading("POSTINGS", 11)
    for role, dates in [("Chief of Operations (J3) – Albanian Joint Forces Command (Komanda e Forcës së "
                         "Përbashkët), Tirana", "01/2019 – present"),
                        ("Battalion Executive Officer – Commando Battalion, Zall-Herr", "03/2014 – 08/2017"),
                        ("Company Commander – Commando Battalion, Zall-Herr", "06/2010 – 02/2014"),
                        ("Platoon Commander – 2nd Infantry Battalion, Vau i Dejës", "07/2006 – 05/2010")]:
        lr(pdf, role, dates, 9.5)
    pdf.heading("EDUCATION AND STAFF TRAINING", 11)
    pdf.para("09/2017 – 07/2018  Command and Staff Course, with Master in Security and Defence Studies – Defence "
             "Academy \"Spiro Moisiu\", Tirana\n"
             "2002 – 2006  Bachelor in Military Leadership – Armed Forces Academy (Akademia e Forcave të "
             "Armatosura), Tirana", 9.5)
    pdf.heading("COURSES", 11)
    pdf.para("2021  NATO Joint Operations Centre Course – NATO School Oberammergau\n"
             "2015  Maneuver Captains Career Course – Fort Benning (US IMET)\n"
             "2009  Mountain Warfare Course – Italian Army Alpine School, Aosta", 9.5)
    pdf.heading("LANGUAGES", 11)
    pdf.para("Albanian – native · English – SLP 3-3-2-3 (2022) · Italian – C1 (CELI 4) · Greek – basic", 9.5)
    pdf.heading("PERSONAL", 11)
    pdf.para("Married, two children. Hobbies: mountain hiking, chess.", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p50: Croatian naval officer, career and training mixed in
# one timeline (courses with dates between postings), dual nationality with a non-member, Croatian months
F = "cv_p50_hr_navy_mixedtimeline_dual_matic.pdf"


@doc(F, cv_label(
    F, "Luka Matić", "luka.matic@example.hr", "+385 98 555 1207", "Croatia",
    [("master", "Nautika", "Sveučilište u Splitu, Pomorski fakultet", 2008)],
    True,
    [("Zapovjednik / Commanding Officer, OOB-31 \"Omiš\"", "Hrvatska ratna mornarica (Croatian Navy)", "2021-04",
      None),
     ("Stožerni časnik / Staff Officer N3", "Zapovjedništvo Hrvatske ratne mornarice (Croatian Navy Command)",
      "2017-09", "2021-03"),
     ("Prvi časnik / Executive Officer, RTOP-41 \"Vukovar\"", "Hrvatska ratna mornarica (Croatian Navy)", "2012-06",
      "2016-07"),
     ("Časnik palube / Deck Officer, RTOP-42 \"Dubrovnik\"", "Hrvatska ratna mornarica (Croatian Navy)", "2008-10",
      "2012-05")],
    [("Croatian", None, None), ("English", None, "3332"), ("Italian", "IV", None)],
    [],
    []))
def p50(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 8, "Kapetan korvete / Lieutenant Commander Luka MATIĆ", new_x="LMARGIN", new_y="NEXT")
    pdf.para("luka.matic@example.hr · +385 98 555 1207 · Split\n"
             "Državljanstvo / Citizenship: hrvatsko i bosanskohercegovačko / Croatian and Bosnian-Herzegovinian",
             9.5)
    pdf.heading("KARIJERA I OBUKA / CAREER AND TRAINING (newest first)", 11)
    for role, dates, kind in [
        ("Zapovjednik / Commanding Officer, OOB-31 \"Omiš\" – Hrvatska ratna mornarica (Croatian Navy)",
         "tra. 2021 – danas", "posting"),
        ("Stožerni časnik / Staff Officer N3 – Zapovjedništvo Hrvatske ratne mornarice (Croatian Navy Command)",
         "ruj. 2017 – ožu. 2021", "posting"),
        ("Zapovjedno-stožerna škola \"Blago Zadro\" / Command and Staff School (course)", "kol. 2016 – lip. 2017",
         "course"),
        ("Prvi časnik / Executive Officer, RTOP-41 \"Vukovar\" – Hrvatska ratna mornarica (Croatian Navy)",
         "lip. 2012 – srp. 2016", "posting"),
        ("NATO Maritime Operational Planning Course – NATO Maritime Interdiction Operational Training Centre, Souda",
         "stu. 2014", "course"),
        ("Časnik palube / Deck Officer, RTOP-42 \"Dubrovnik\" – Hrvatska ratna mornarica (Croatian Navy)",
         "lis. 2008 – svi. 2012", "posting"),
        ("Temeljna časnička izobrazba / Basic Officer Course – Hrvatsko vojno učilište \"Dr. Franjo Tuđman\"",
         "sij. 2008 – ruj. 2008", "course"),
    ]:
        lr(pdf, role, dates, 9)
        pdf.para("(" + kind + ")", 7.5, "I")
    pdf.heading("OBRAZOVANJE / EDUCATION", 11)
    pdf.para("2008  magistar inženjer pomorske nautike (mag. ing. naut.), studij: Nautika – Sveučilište u Splitu, "
             "Pomorski fakultet", 9.5)
    pdf.heading("JEZICI / LANGUAGES", 11)
    pdf.para("hrvatski – materinski · engleski – SLP 3332 (2019) · talijanski – B2", 9.5)
    pdf.heading("OSTALO / OTHER", 11)
    pdf.para("Yachtmaster Offshore (RYA, 2015). Member of the Croatian Sailing Federation; referee at regional "
             "regattas.", 9)
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
