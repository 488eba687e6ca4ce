"""Notices of corpus 18 (n144-n155). Each writer renders its document from the same hand-written item lists as the
label; the label fields are typed by hand beside it. build.py writes every label first, then the documents."""
import os

from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from common import NOTICES, PDF, docx_table, new_docx, notice_label

DOCS = []
VI = 'The following minimum levels of NATO\'s official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other.'


def add(file, writer, label):
    DOCS.append((file, writer, label))


def txt_writer(text):
    def w(path):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return w


def li(items):
    return "".join(f"<li>{i}</li>" for i in items)


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

# ------------------------------------------------------------------ n144 TXT: IS Translation Service, key-facts strip
# on one line with " | " separators, "NATO Grade G-16" (L-2), "15-Jan-2027 23:59 CET", essentials numbered I., II., ...
F = "notice_n144_txt_keyfactsline_pipes_romanupper_g16_is_translator.txt"
E144 = ["A university degree, preferably in translation, modern languages or linguistics.",
        "At least 2 years' experience of translation from English into French, of which 1 year of translating "
        "texts on political or military subjects.",
        "Perfect command of French (NATO level VI) as principal language.",
        "Very good knowledge of English (NATO level V).",
        "Ability to use computer-assisted translation tools."]
D144 = ["Knowledge of a third NATO language.", "Experience of translation in an international organisation."]
T144 = "NATO INTERNATIONAL STAFF – EXECUTIVE MANAGEMENT – TRANSLATION SERVICE\n\nTRANSLATOR (FRENCH)\n\n" + \
    "Grade: NATO Grade G-16 | Location: NATO HQ, Brussels, Belgium | Closing date: 15-Jan-2027 23:59 CET | " \
    "Contract: 3 years, renewable\n" + \
    "Vacancy: 260987 | Clearance: NATO SECRET | Eligibility: nationals of NATO member states only\n\n" + \
    """1. SUMMARY
The French Translation Section translates the documents of the Council and its committees from English into French.
The incumbent translates, revises when asked and keeps the terminology databases up to date.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL
The incumbent must possess:
""" + "\n".join(f"  {ROMAN[k]}.  {i}" for k, i in enumerate(E144)) + """

DESIRABLE
The following would be considered an advantage:
""" + "\n".join(f"  {ROMAN[k]}.  {i}" for k, i in enumerate(D144)) + """

3. MAIN ACCOUNTABILITIES
Translation: translates texts of all kinds from English into French within the deadlines set.
Knowledge Management: feeds the terminology database TermNATO.

4. COMPETENCIES
The incumbent must demonstrate:
  - Clarity and Accuracy: Checks own and others' work;
  - Self-Control: Responds calmly;
  - Teamwork: Co-operates.

5. CONTRACT
Serving staff will be offered a contract in accordance with the NATO Civilian Personnel Regulations. Shortlisted
candidates will sit a translation test in Brussels in February 2027.
"""
add(F, txt_writer(T144), notice_label(
    F, "Translator (French)", "NATO International Staff, Executive Management, Translation Service",
    "Brussels, Belgium", "L-2", "2027-01-15",
    ("university", ["translation", "modern languages", "linguistics"], False, []),
    [(2, "translation from English into French"), (1, "translating texts on political or military subjects")],
    ("each", None, None, [("French", "VI"), ("English", "V")], []),
    [("Clarity and Accuracy", 3), ("Self-Control", 2), ("Teamwork", 1)],
    True, [], "NATO SECRET", E144, D144))

# ------------------------------------------------------------------ n145 TXT: NSPA bilingual, English and French line by
# line (each English line followed by its French twin), "Grade: B-4/G10", six named nations
F = "notice_n145_txt_bilingual_linebyline_enfr_b4g10_namednations_nspa_ammotechassistant.txt"
E145 = ["Higher secondary education.",
        "At least 4 years' experience in the storage, inspection or surveillance of ammunition.",
        "Experience with a warehouse management system.",
        "The following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") "
        "in one; II (\"Elementary\") in the other."]
F145 = ["Études secondaires supérieures.",
        "Au moins 4 années d'expérience dans le stockage, l'inspection ou la surveillance de munitions.",
        "Expérience d'un système de gestion d'entrepôt.",
        "Les niveaux minimums suivants dans les langues officielles de l'OTAN (anglais/français) : IV (« Intermédiaire "
        "supérieur ») dans l'une ; II (« Élémentaire ») dans l'autre."]
D145 = ["Qualification as an ammunition technician in the armed forces.", "Knowledge of the UN hazard classification."]
FD145 = ["Qualification de technicien en munitions dans les forces armées.",
         "Connaissance de la classification des dangers de l'ONU."]


def pairs(en, fr, lead="- "):
    return "\n".join(f"{lead}{a}\n{lead}{b}" for a, b in zip(en, fr))


T145 = f"""NATO Support and Procurement Agency (NSPA) / Agence OTAN de soutien et d'acquisition (NSPA)
Vacancy notice / Avis de vacance – NSPA-27-0112

Post title: Technical Assistant (Ammunition)
Intitulé du poste : Assistant(e) technique (munitions)
Grade: B-4/G10
Grade : B-4/G10
Location: Capellen, Luxembourg
Lieu : Capellen, Luxembourg
Closing date: 29 January 2027
Date limite : 29 janvier 2027
Security clearance: NATO SECRET
Habilitation de sécurité : OTAN SECRET

Eligibility: this post is open only to nationals of the nations participating in the Ammunition Support Partnership: Belgium, Czechia, Luxembourg, Netherlands, Norway and Poland.
Éligibilité : ce poste est ouvert uniquement aux ressortissants des nations participant au partenariat de soutien en munitions : Belgique, Tchéquie, Luxembourg, Pays-Bas, Norvège et Pologne.

Role / Rôle
The incumbent inspects ammunition stocks held for the participating nations and keeps the stock records.
Le/la titulaire inspecte les stocks de munitions détenus pour les nations participantes et tient les registres.

Essential / Essentiel
{pairs(E145, F145)}

Desirable / Souhaitable
{pairs(D145, FD145)}

Competencies / Compétences
Clarity and Accuracy: Checks own work. / Rigueur et précision : vérifie son propre travail.
Customer Service Orientation: Takes personal responsibility for correcting problems. / Sens du service : assume personnellement la correction des problèmes.
"""
add(F, txt_writer(T145), notice_label(
    F, "Technical Assistant (Ammunition)", "NATO Support and Procurement Agency (NSPA)", "Capellen, Luxembourg",
    "B-4", "2027-01-29",
    ("secondary", [], False, []),
    [(4, "the storage, inspection or surveillance of ammunition")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Clarity and Accuracy", 2), ("Customer Service Orientation", 3)],
    True, ["Belgium", "Czechia", "Luxembourg", "Netherlands", "Norway", "Poland"], "NATO SECRET", E145, D145))

# ------------------------------------------------------------------ n146 TXT: CMRE, "Qualifications" ASCII table
# (Criterion | Essential/Desirable) with rows in mixed order, "Grade: A2", master required + PhD desirable
F = "notice_n146_txt_qualtable_criterion_ed_mixedrows_a2_cmre_acousticsscientist.txt"
Q146 = [("A Master's degree in physics, acoustics or ocean engineering (required).", "Essential"),
        ("A PhD in underwater acoustics.", "Desirable"),
        ("At least 3 years' post-graduate research experience in underwater acoustics.", "Essential"),
        ("Experience of planning and conducting experiments at sea.", "Essential"),
        ("Programming in MATLAB or Python.", "Essential"),
        ("A publication record in peer-reviewed journals.", "Desirable"),
        ("English: NATO level V (Advanced); French: not required.", "Essential"),
        ("Knowledge of Italian.", "Desirable")]
E146 = [c for c, k in Q146 if k == "Essential"]
D146 = [c for c, k in Q146 if k == "Desirable"]
W = max(len(c) for c, _ in Q146)
ROWS146 = "\n".join(f"| {c.ljust(W)} | {k.ljust(11)} |" for c, k in Q146)
SEP = "+" + "-" * (W + 2) + "+" + "-" * 13 + "+"
T146 = f"""CENTRE FOR MARITIME RESEARCH AND EXPERIMENTATION (CMRE)
Science and Technology Organization – La Spezia

VACANCY NOTICE CMRE-27-03: Scientist (Underwater Acoustics)

Grade: A2
Duty station: CMRE, La Spezia, Italy
Closing date: 26 February 2027
Clearance: NATO SECRET
Only nationals of NATO member nations may apply.

Background
CMRE conducts maritime research for the Alliance. The Ocean Science Department seeks a scientist to model sound
propagation and run sea trials aboard NRV Alliance.

Qualifications
{SEP}
| {"Criterion".ljust(W)} | {"E/D".ljust(11)} |
{SEP}
{ROWS146}
{SEP}

Competencies
Analytical Thinking: Makes complex plans or analyses
Initiative: Acts up to 2 months ahead
Teamwork: Solicits inputs

Remarks: sea-going periods of up to four weeks. Interviews are planned for the week of 22 March 2027.
"""
add(F, txt_writer(T146), notice_label(
    F, "Scientist (Underwater Acoustics)", "Centre for Maritime Research and Experimentation (CMRE)",
    "La Spezia, Italy", "A-2", "2027-02-26",
    ("master", ["physics", "acoustics", "ocean engineering"], True, []),
    [(3, "post-graduate research experience in underwater acoustics")],
    ("each", None, None, [("English", "V")], []),
    [("Analytical Thinking", 4), ("Initiative", 4), ("Teamwork", 3)],
    True, [], "NATO SECRET", E146, D146))

# ------------------------------------------------------------------ n147 HTML: HQ SACT page with a key-facts strip as a
# table (labels in <th> cells over values in <td> cells), "NATO Grade: 17", site name in the location, weekday date
F = "notice_n147_html_keyfactstable_thtd_grade17_sitelocation_act_capabilityrequirements.html"
E147 = ["A university degree in engineering, operations research or a related discipline, or completion of a "
        "national or NATO staff college.",
        "At least 6 years' experience in defence capability development, including 2 years in a multinational "
        "environment.",
        "Knowledge of the NATO Defence Planning Process.",
        VI]
D147 = ["Experience with requirements management tools (e.g. DOORS).", "A master's degree in systems engineering."]
H147 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Capability Requirements Officer | ACT Careers</title></head>
<body>
<nav>ACT Home &gt; Careers &gt; Civilian posts</nav>
<h1>Capability Requirements Officer</h1>
<p class="sub">Headquarters Supreme Allied Commander Transformation (HQ SACT), Capability Development Directorate</p>
<table class="keyfacts">
<tr><th>Grade</th><th>Location</th><th>Closing date</th><th>Contract</th><th>Clearance</th></tr>
<tr><td>NATO Grade: 17</td><td>HQ SACT, Norfolk, Virginia, United States</td><td>Friday, 12 February 2027, 23:59 EST</td><td>3 years (definite duration)</td><td>NATO SECRET</td></tr>
</table>
<p><strong>Eligibility:</strong> open to nationals of NATO member nations only.</p>
<h2>Post summary</h2>
<p>The Requirements Branch turns capability shortfalls into requirements that NATO and the nations can deliver.</p>
<h2>Essential qualifications</h2>
<ul>{li(E147)}</ul>
<h2>Desirable qualifications</h2>
<ul>{li(D147)}</ul>
<h2>Attributes / competencies</h2>
<ul><li>Conceptual Thinking: Clarifies complex data or situations.</li><li>Impact and Influence: Calculates the impact of one's actions or words.</li><li>Organisational Awareness: Understands organisational politics.</li></ul>
<p class="note">Last updated 04 January 2027 · Job ID ACT-27-021</p>
<footer>Allied Command Transformation · 7857 Blandy Road, Norfolk · Privacy</footer>
</body></html>
"""
add(F, txt_writer(H147), notice_label(
    F, "Capability Requirements Officer",
    "Headquarters Supreme Allied Commander Transformation (HQ SACT), Capability Development Directorate",
    "Norfolk, Virginia, United States", "A-3", "2027-02-12",
    ("university", ["engineering", "operations research"], True, ["military_staff_college"]),
    [(6, "defence capability development"), (2, "a multinational environment")],
    ("one_high_other_low", "V", "I", [], []),
    [("Conceptual Thinking", 4), ("Impact and Influence", 4), ("Organisational Awareness", 4)],
    True, [], "NATO SECRET", E147, D147))

# ------------------------------------------------------------------ n148 HTML: NCIA, facts and requirements in <dl>
# definition lists (dt = label, dd = value/item), "Grade B6 (NATO Grade 14)", ISO closing date
F = "notice_n148_html_definitionlists_dtdd_b6_isodate_ncia_networktechnician.html"
E148 = ["Higher secondary education and completed vocational training in information and communications technology.",
        "At least 4 years' experience in the operation of wide area networks.",
        "Cisco CCNA certification or equivalent.",
        "The following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in "
        "one; I (\"Beginner\") in the other."]
D148 = ["Cisco CCNP certification.", "Experience of 24/7 shift work in a network operations centre."]
H148 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Senior Technician (Network Operations) - NCIA</title></head>
<body>
<header>NCIA | Careers | Search jobs</header>
<article>
<h1>Senior Technician (Network Operations)</h1>
<dl class="facts">
<dt>Organisation</dt><dd>NATO Communications and Information Agency (NCIA), Service Operations</dd>
<dt>Location</dt><dd>Mons, Belgium</dd>
<dt>Grade</dt><dd>B6 (NATO Grade 14)</dd>
<dt>Closing date</dt><dd>2027-02-05</dd>
<dt>Security clearance</dt><dd>NATO SECRET</dd>
<dt>Nationality</dt><dd>NATO member nations only</dd>
</dl>
<h2>Your role</h2>
<p>You keep the NATO wide area network running around the clock and lead a shift of technicians.</p>
<h2>Requirements</h2>
<dl class="req">
<dt>Essential</dt>
{"".join(f"<dd>{i}</dd>" for i in E148)}
<dt>Desirable</dt>
{"".join(f"<dd>{i}</dd>" for i in D148)}
</dl>
<h2>Competencies</h2>
<dl class="comp">
<dt>Customer Service Orientation</dt><dd>Maintains clear communication</dd>
<dt>Initiative</dt><dd>Is decisive in a time-sensitive situation</dd>
<dt>Teamwork</dt><dd>Expresses positive expectations of the team</dd>
</dl>
</article>
<footer>© NCIA 2027</footer>
</body></html>
"""
add(F, txt_writer(H148), notice_label(
    F, "Senior Technician (Network Operations)", "NATO Communications and Information Agency (NCIA), Service Operations",
    "Mons, Belgium", "B-6", "2027-02-05",
    ("secondary", [], False, []),
    [(4, "the operation of wide area networks")],
    ("one_high_other_low", "IV", "I", [], []),
    [("Customer Service Orientation", 2), ("Initiative", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E148, D148))

# ------------------------------------------------------------------ n149 HTML: JFC Naples, a two-column header table
# (label | value), requirements in a boxed grid: one row, Essential cell and Desirable cell side by side, "A-4 (G20)"
F = "notice_n149_html_twocolheadertable_essdesgrid_onerow_a4_jfcnaples_infrastructurehead.html"
E149 = ["A university degree in civil engineering or architecture.",
        "At least 8 years' experience in the management of military infrastructure projects, of which 3 years as "
        "a section or branch head.",
        "Knowledge of the NATO Security Investment Programme.",
        "The following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
        "II (\"Elementary\") in the other."]
D149 = ["Chartered or professional engineer status.", "Knowledge of Italian."]
H149 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>JFC Naples vacancy JFCNP-27-11</title></head>
<body>
<div class="banner">ALLIED JOINT FORCE COMMAND NAPLES – CIVILIAN RECRUITMENT</div>
<table class="hdr" border="1">
<tr><td>Post title</td><td>Head, Infrastructure Engineering Section</td></tr>
<tr><td>Division</td><td>JFC Naples, J4 Infrastructure Engineering</td></tr>
<tr><td>Location</td><td>JFC Naples, Lago Patria, Italy</td></tr>
<tr><td>Grade</td><td>A-4 (G20)</td></tr>
<tr><td>Closing date</td><td>1st March 2027</td></tr>
<tr><td>Security clearance</td><td>NATO SECRET</td></tr>
<tr><td>Eligibility</td><td>Nationals of NATO member nations</td></tr>
</table>
<h2>Reports to</h2><p>Chief J4.</p>
<h2>Qualifications</h2>
<table class="grid" border="1">
<tr><th>Essential</th><th>Desirable</th></tr>
<tr><td><ul>{li(E149)}</ul></td><td><ul>{li(D149)}</ul></td></tr>
</table>
<h2>Competencies</h2>
<table border="1"><tr><td>Leadership</td><td>Leads the team to results</td></tr>
<tr><td>Achievement</td><td>Sets challenging goals</td></tr>
<tr><td>Developing Others</td><td>Gives specific feedback</td></tr></table>
<p>Candidates invited to interview will be informed by 19 March 2027.</p>
</body></html>
"""
add(F, txt_writer(H149), notice_label(
    F, "Head, Infrastructure Engineering Section", "JFC Naples, J4 Infrastructure Engineering", "Lago Patria, Italy",
    "A-4", "2027-03-01",
    ("university", ["civil engineering", "architecture"], True, []),
    [(8, "the management of military infrastructure projects"), (3, "a section or branch head")],
    ("one_high_other_low", "V", "II", [], []),
    [("Leadership", 4), ("Achievement", 5), ("Developing Others", 4)],
    True, [], "NATO SECRET", E149, D149))


# ------------------------------------------------------------------ n150 DOCX: NATO Defense College, bilingual in a Word
# two-column section: English column first, French column second; "Date limite : 15 janvier 2027"
F = "notice_n150_docx_bilingual_wordcolumns_enleft_frright_a2_ndc_researchadviser.docx"
E150 = ["a university degree in political science, international relations or history;",
        "at least 5 years' experience in research on security and defence policy;",
        "a record of publications on Euro-Atlantic security;",
        "the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
        "III (\"Intermediate\") in the other."]
F150 = ["un diplôme universitaire en science politique, relations internationales ou histoire ;",
        "au moins 5 années d'expérience dans la recherche sur la politique de sécurité et de défense ;",
        "des publications sur la sécurité euro-atlantique ;",
        "les niveaux minimums suivants dans les langues officielles de l'OTAN (anglais/français) : V (« Avancé ») "
        "dans l'une ; III (« Intermédiaire ») dans l'autre."]
D150 = ["a doctorate in a relevant discipline;", "experience of teaching senior officers."]
FD150 = ["un doctorat dans une discipline pertinente ;", "une expérience de l'enseignement à des officiers supérieurs."]


def set_cols(section, n):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def n150(path):
    d = new_docx(10)
    d.add_heading("NATO DEFENSE COLLEGE / COLLÈGE DE DÉFENSE DE L'OTAN", level=1)
    d.add_paragraph("Vacancy notice / Avis de vacance NDC-27-02 – Rome, Italy / Rome, Italie")
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    en = [("h", "Research Adviser"), ("p", "Research Division"), ("p", "Grade: A.2"),
          ("p", "Closing date: 15 January 2027"), ("p", "Security clearance: NATO SECRET"),
          ("p", "Open to nationals of NATO member countries only."),
          ("b", "Summary"), ("p", "The Research Division supports the College's courses with policy research."),
          ("b", "Essential – The incumbent must have:")] + [("l", i) for i in E150] + \
         [("b", "Desirable")] + [("l", i) for i in D150] + \
         [("b", "Competencies"), ("p", "Analytical Thinking: Makes very complex plans or analyses; Impact and "
                                       "Influence: Uses indirect influence; Teamwork: Encourages others.")]
    fr = [("h", "Conseiller/Conseillère de recherche"), ("p", "Division Recherche"), ("p", "Grade : A.2"),
          ("p", "Date limite : 15 janvier 2027"), ("p", "Habilitation de sécurité : OTAN SECRET"),
          ("p", "Ouvert uniquement aux ressortissants des pays membres de l'OTAN."),
          ("b", "Résumé"), ("p", "La Division Recherche appuie les cours du Collège par des travaux de recherche."),
          ("b", "Essentiel – Le/la titulaire doit posséder :")] + [("l", i) for i in F150] + \
         [("b", "Souhaitable")] + [("l", i) for i in FD150] + \
         [("b", "Compétences"), ("p", "Réflexion analytique : élabore des plans ou analyses très complexes ; Impact et "
                                      "influence : exerce une influence indirecte ; Travail d'équipe : encourage les "
                                      "autres.")]
    for k, (kind, t) in enumerate(en + [("brk", "")] + fr):
        if kind == "h":
            d.add_heading(t, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(t).bold = True
        elif kind == "l":
            d.add_paragraph(t, style="List Bullet")
        elif kind == "brk":
            from docx.enum.text import WD_BREAK
            d.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
        else:
            d.add_paragraph(t)
    d.save(path)


add(F, n150, notice_label(
    F, "Research Adviser", "NATO Defense College, Research Division", "Rome, Italy", "A-2", "2027-01-15",
    ("university", ["political science", "international relations", "history"], True, []),
    [(5, "research on security and defence policy")],
    ("one_high_other_low", "V", "III", [], []),
    [("Analytical Thinking", 5), ("Impact and Influence", 5), ("Teamwork", 4)],
    True, [], "NATO SECRET", E150, D150))


# ------------------------------------------------------------------ n151 DOCX: IS Defence Investment Division,
# "Qualifications" table Criterion | Essential/Desirable, rows interleaved, "Grade: G15/A2", degree field preferred
F = "notice_n151_docx_qualtable_criterion_essdes_interleaved_g15a2_is_dii_armamentsofficer.docx"
Q151 = [("A university degree, preferably in engineering, economics or public administration.", "Essential"),
        ("A master's degree in a relevant field.", "Desirable"),
        ("At least 5 years' experience in defence acquisition or armaments cooperation.", "Essential"),
        ("Experience of chairing multinational working groups.", "Essential"),
        ("Experience in a national ministry of defence.", "Desirable"),
        (VI, "Essential")]
E151 = [c for c, k in Q151 if k == "Essential"]
D151 = [c for c, k in Q151 if k == "Desirable"]


def n151(path):
    d = new_docx()
    d.add_heading("Armaments Cooperation Officer", level=1)
    d.add_paragraph("NATO International Staff – Defence Investment Division, Armaments Directorate")
    d.add_paragraph("Location: NATO Headquarters, Brussels, Belgium    Grade: G15/A2    Vacancy: 270034")
    d.add_paragraph("Closing date: 8 February 2027 (midnight Brussels time)")
    d.add_paragraph("Clearance: NATO SECRET. Only nationals of NATO member states are eligible.")
    d.add_heading("Summary", level=2)
    d.add_paragraph("The Armaments Directorate supports the Conference of National Armaments Directors and its "
                    "groups in launching multinational projects.")
    d.add_heading("Qualifications", level=2)
    docx_table(d, [("Criterion", "Essential/Desirable")] + Q151, bold_first_row=True)
    d.add_heading("Competencies", level=2)
    d.add_paragraph("Change Leadership: Expresses vision for change.")
    d.add_paragraph("Organisational Awareness: Understands organisational climate and culture.")
    d.add_paragraph("Flexibility: Adapts to unforeseen situations.")
    d.add_paragraph("Contract: definite duration of three years; probation six months.")
    d.save(path)


add(F, n151, notice_label(
    F, "Armaments Cooperation Officer", "NATO International Staff – Defence Investment Division, Armaments Directorate",
    "Brussels, Belgium", "A-2", "2027-02-08",
    ("university", ["engineering", "economics", "public administration"], False, []),
    [(5, "defence acquisition or armaments cooperation")],
    ("one_high_other_low", "V", "I", [], []),
    [("Change Leadership", 2), ("Organisational Awareness", 3), ("Flexibility", 3)],
    True, [], "NATO SECRET", E151, D151))


# ------------------------------------------------------------------ n152 DOCX: AIRCOM Ramstein, key facts as a one-row
# chip table (label and value in the same cell, label in capitals above), requirement codes E1-E4 / D1-D2, "B5 (G12)"
F = "notice_n152_docx_factchiprow_labelvalueincell_e1d1codes_b5_aircom_flightopsassistant.docx"
E152 = ["Higher secondary education leading to university entrance.",
        "At least 3 years' experience in air operations support or flight planning.",
        "Experience with flight planning software.",
        "English: NATO level IV (\"Upper Intermediate\"); French: NATO level I (\"Beginner\")."]
D152 = ["Experience in a NATO or national air operations centre.", "Knowledge of German."]


def n152(path):
    d = new_docx()
    d.add_paragraph().add_run("HEADQUARTERS ALLIED AIR COMMAND (AIRCOM) – CIVILIAN VACANCY").bold = True
    d.add_heading("Flight Operations Assistant", level=1)
    docx_table(d, [("GRADE\nB5 (G12)", "LOCATION\nRamstein Air Base, Germany", "CLOSING DATE\n22 Feb 2027",
                    "CONTRACT\n3 years", "CLEARANCE\nNATO SECRET")])
    d.add_paragraph("Branch: AIRCOM, Air Operations Support Branch. Open to nationals of NATO member nations only.")
    d.add_heading("Tasks", level=2)
    d.add_paragraph("Prepares flight plans and diplomatic clearances for the Command's aircraft and tracks "
                    "aircrew currency.")
    d.add_heading("Requirements", level=2)
    for k, i in enumerate(E152):
        d.add_paragraph(f"E{k + 1}  {i}")
    for k, i in enumerate(D152):
        d.add_paragraph(f"D{k + 1}  {i}")
    d.add_paragraph("(E = essential, D = desirable)")
    d.add_heading("Competencies", level=2)
    d.add_paragraph("Clarity and Accuracy: Checks own work. Flexibility: Applies rules flexibly. Teamwork: Solicits "
                    "inputs.")
    d.save(path)


add(F, n152, notice_label(
    F, "Flight Operations Assistant", "Headquarters Allied Air Command (AIRCOM), Air Operations Support Branch",
    "Ramstein Air Base, Germany", "B-5", "2027-02-22",
    ("secondary", [], False, []),
    [(3, "air operations support or flight planning")],
    ("each", None, None, [("English", "IV"), ("French", "I")], []),
    [("Clarity and Accuracy", 2), ("Flexibility", 2), ("Teamwork", 3)],
    True, [], "NATO SECRET", E152, D152))


# ------------------------------------------------------------------ n153 PDF: STO CSO, key facts as boxed chips in one
# strip (small label above value in each box), "Grade A3", closing date "31/01/2027 (midnight Paris time)"
F = "notice_n153_pdf_keyfactschips_boxedstrip_a3_slashdate_sto_cso_programmeofficer.pdf"
E153 = ["A university degree in a scientific or engineering discipline.",
        "At least 7 years' experience in the management of defence research programmes.",
        "Experience of working with national research establishments or industry.",
        VI]
D153 = ["A doctorate in science or engineering.", "Experience of a NATO Science and Technology panel."]


def n153(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "STO CSO – Vacancy CSO-27-04 – page {p}"
    pdf.add_page()
    pdf.para("NATO SCIENCE AND TECHNOLOGY ORGANIZATION – COLLABORATION SUPPORT OFFICE", 9, "B")
    pdf.para("Science and Technology Programme Officer", 16, "B")
    pdf.ln(2)
    chips = [("GRADE", "A3"), ("LOCATION", "Neuilly-sur-Seine, France"), ("CLOSING DATE", "31/01/2027"),
             ("CONTRACT", "3 years")]
    x, y = pdf.l_margin, pdf.get_y()
    widths = [25, 62, 42, 34]
    for (lab, val), w in zip(chips, widths):
        pdf.set_fill_color(230, 236, 245)
        pdf.rect(x, y, w, 13, style="DF")
        pdf.set_xy(x + 2, y + 1.5)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.cell(w - 4, 3.5, lab)
        pdf.set_xy(x + 2, y + 6)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(w - 4, 5, val)
        x += w + 3
    pdf.set_xy(pdf.l_margin, y + 17)
    pdf.para("Closing at midnight Paris time. Security clearance: NATO SECRET. Open to nationals of NATO member "
             "nations only.", 9, "I")
    pdf.heading("Role")
    pdf.para("The Collaboration Support Office supports the STO panels. The Programme Officer coordinates the "
             "activities of one panel and its technical teams.")
    pdf.heading("Essential requirements")
    for i in E153:
        pdf.para("• " + i)
    pdf.heading("Desirable requirements")
    for i in D153:
        pdf.para("• " + i)
    pdf.heading("Competencies")
    pdf.para("Achievement: Improves performance. Conceptual Thinking: Applies complex concepts. Customer Service "
             "Orientation: Makes self fully available.")
    pdf.output(path)


add(F, n153, notice_label(
    F, "Science and Technology Programme Officer", "NATO Science and Technology Organization – Collaboration Support Office",
    "Neuilly-sur-Seine, France", "A-3", "2027-01-31",
    ("university", ["scientific", "engineering"], True, []),
    [(7, "the management of defence research programmes")],
    ("one_high_other_low", "V", "I", [], []),
    [("Achievement", 4), ("Conceptual Thinking", 3), ("Customer Service Orientation", 4)],
    True, [], "NATO SECRET", E153, D153))


# ------------------------------------------------------------------ n154 PDF: SHAPE bilingual in two columns (English
# left, French right, paragraph by paragraph at the same height), "B-3 (NATO Grade 8)"
F = "notice_n154_pdf_bilingual_twocolumns_enleft_frright_b3_shape_personnelassistant.pdf"
E154 = ["Higher secondary education.",
        "At least 2 years' experience in personnel administration.",
        "Experience with HR information systems.",
        "NATO level IV (Upper Intermediate) in English and NATO level II (Elementary) in French."]
F154 = ["Études secondaires supérieures.",
        "Au moins 2 années d'expérience en administration du personnel.",
        "Expérience des systèmes d'information RH.",
        "Niveau OTAN IV (Intermédiaire supérieur) en anglais et niveau OTAN II (Élémentaire) en français."]
D154 = ["Knowledge of NATO Civilian Personnel Regulations."]
FD154 = ["Connaissance du Règlement du personnel civil de l'OTAN."]


def n154(path):
    pdf = PDF(format="A4")
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    pdf.para("SUPREME HEADQUARTERS ALLIED POWERS EUROPE (SHAPE) – GRAND QUARTIER GÉNÉRAL DES PUISSANCES ALLIÉES EN "
             "EUROPE", 10, "B", align="C")
    pdf.ln(3)
    colw, gap = 88, 6
    rows = [("B", "Personnel Assistant", "Assistant(e) du personnel"),
            ("", "J1 Manpower and Personnel, Civilian Personnel Branch",
             "J1 Effectifs et personnel, Branche du personnel civil"),
            ("", "Location: Mons, Belgium", "Lieu : Mons, Belgique"),
            ("", "Grade: B-3 (NATO Grade 8)", "Grade : B-3 (grade OTAN 8)"),
            ("", "Closing date: 10 February 2027", "Date limite : 10 février 2027"),
            ("", "Clearance: NATO SECRET", "Habilitation : OTAN SECRET"),
            ("", "Open to nationals of NATO nations only.", "Ouvert aux seuls ressortissants des pays de l'OTAN."),
            ("B", "Essential", "Essentiel")] + [("", "- " + a, "- " + b) for a, b in zip(E154, F154)] + \
           [("B", "Desirable", "Souhaitable")] + [("", "- " + a, "- " + b) for a, b in zip(D154, FD154)] + \
           [("B", "Competencies", "Compétences"),
            ("", "Clarity and Accuracy: Checks own and others' work. Customer Service Orientation: Follows up.",
             "Rigueur et précision : vérifie son travail et celui des autres. Sens du service : assure le suivi.")]
    for style, a, b in rows:
        y = pdf.get_y()
        pdf.set_font("DejaVu", style, 9.5)
        pdf.set_xy(pdf.l_margin, y)
        pdf.multi_cell(colw, 5, a, new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        pdf.set_xy(pdf.l_margin + colw + gap, y)
        pdf.multi_cell(colw, 5, b, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y1, pdf.get_y()) + 1.5)
    pdf.output(path)


add(F, n154, notice_label(
    F, "Personnel Assistant", "SHAPE, J1 Manpower and Personnel, Civilian Personnel Branch", "Mons, Belgium",
    "B-3", "2027-02-10",
    ("secondary", [], False, []),
    [(2, "personnel administration")],
    ("each", None, None, [("English", "IV"), ("French", "II")], []),
    [("Clarity and Accuracy", 3), ("Customer Service Orientation", 1)],
    True, [], "NATO SECRET", E154, D154))


# ------------------------------------------------------------------ n155 PDF: JWC Stavanger, two-column header table
# drawn as a grid, essentials numbered (i)-(v), grade range "A-2/A-3", SLP in the essentials
F = "notice_n155_pdf_headergrid_twocol_romanlower_a2a3_jwc_exerciseplanner.pdf"
E155 = ["A university degree in a relevant discipline or completion of a national or NATO staff college.",
        "At least 5 years' experience in the planning of military exercises, including 2 years at operational level.",
        "Experience with the Joint Exercise Management Module (JEMM).",
        "Knowledge of the NATO exercise planning process.",
        "English: SLP 3333 (Listening, Speaking, Reading, Writing)."]
D155 = ["Experience as an exercise controller in a NATO exercise.", "French: SLP 2222."]


def n155(path):
    pdf = PDF(format="A4")
    pdf.header_text = "NATO UNCLASSIFIED"
    pdf.add_page()
    pdf.para("JOINT WARFARE CENTRE – ALLIED COMMAND TRANSFORMATION", 12, "B", align="C")
    pdf.ln(2)
    grid = [("Post title", "Exercise Planner"), ("Organisation", "Joint Warfare Centre (JWC), Exercise Planning Branch"),
            ("Location", "Stavanger, Norway"), ("Grade", "A-2/A-3"), ("Closing date", "Tuesday 2 March 2027"),
            ("Clearance", "NATO SECRET"), ("Eligibility", "Nationals of NATO member nations")]
    for a, b in grid:
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(45, 7, a, border=1)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(0, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.heading("Qualifications – Essential")
    pdf.para("The incumbent must have:")
    for k, i in enumerate(E155):
        pdf.para(f"({['i', 'ii', 'iii', 'iv', 'v'][k]}) {i}")
    pdf.heading("Qualifications – Desirable")
    for k, i in enumerate(D155):
        pdf.para(f"({['i', 'ii'][k]}) {i}")
    pdf.heading("Competencies")
    pdf.para("Initiative: Acts 3-12 months ahead. Leadership: Ensures the team has the opportunity to perform. "
             "Flexibility: Adapts strategy.")
    pdf.para("Travel: up to 60 days per year. A selection board will sit in the week of 5 April 2027.", 9, "I")
    pdf.output(path)


add(F, n155, notice_label(
    F, "Exercise Planner", "Joint Warfare Centre (JWC), Exercise Planning Branch", "Stavanger, Norway", "A-2/A-3",
    "2027-03-02",
    ("university", [], False, ["military_staff_college"]),
    [(5, "the planning of military exercises"), (2, "operational level")],
    ("none", None, None, [], ["3333"]),
    [("Initiative", 5), ("Leadership", 3), ("Flexibility", 4)],
    True, [], "NATO SECRET", E155, D155))


def labels():
    return [(NOTICES, lab) for _, _, lab in DOCS]


def build():
    for file, writer, _ in DOCS:
        writer(os.path.join(NOTICES, file))
    return DOCS
