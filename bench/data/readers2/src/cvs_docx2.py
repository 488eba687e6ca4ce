"""CVs d15-d21: DOCX CVs (python-docx), each built next to its label."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import CVS, cv_label, write_cv_label

BUILT = []


def out(name):
    BUILT.append(name)
    return os.path.join(CVS, name)


def new_doc(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def table(doc, rows, style="Table Grid", bold_header=True, widths=None, borderless=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if not borderless:
        t.style = style
    else:
        no_borders(t)
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            lines = c.split("\n")
            cell.text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)
            if bold_header and i == 0:
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.bold = True
            if widths:
                cell.width = widths[j]
    return t


def para(doc, text, bold=False, size=None, italic=False, align=None, color=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    return p


def section_title(doc, text, color="1F4E79"):
    p = para(doc, text, bold=True, size=12, color=color)
    p.paragraph_format.space_before = Pt(10)
    return p


# ---------------------------------------------------------------------------
# d15: Europass CV (DOCX, 2-column borderless table: labels left, content right), dd/mm/yyyy dates,
# "Current", EQF levels, language self-assessment grid (uniform CEFR levels), Digital skills.
def d15():
    name = "cv_d15_europass_it_ferraro.docx"
    doc = new_doc("Arial", 9.5)
    para(doc, "Europass", bold=True, size=16, color="0E4194")
    para(doc, "Curriculum Vitae", size=11, color="0E4194")
    rows = [
        ["PERSONAL INFORMATION", "Giulia Ferraro"],
        ["", "Via Roma 25, 00184 Roma (Italy)"],
        ["", "+39 333 555 7788"],
        ["", "giulia.ferraro@example.it"],
        ["", "Sex Female | Date of birth 21/05/1988 | Nationality Italian"],
        ["POSITION APPLIED FOR", "Officer, Capability Planning"],
        ["WORK EXPERIENCE", ""],
        ["01/09/2016 – Current", "Programme Officer"],
        ["", "European Defence Agency, Brussels (Belgium)"],
        ["", "▪ Coordination of collaborative capability projects in the air domain\n"
             "▪ Secretary of the Air Transport Capability Team"],
        ["01/03/2013 – 31/08/2016", "Research Analyst"],
        ["", "Istituto Affari Internazionali (IAI), Rome (Italy)"],
        ["", "▪ Research on European defence industrial policy\n▪ Organisation of expert seminars"],
        ["EDUCATION AND TRAINING", ""],
        ["2010 – 2012", "Laurea magistrale (MA) in International Relations          EQF level 7"],
        ["", "Università LUISS Guido Carli, Rome (Italy)"],
        ["2007 – 2010", "Laurea triennale (BA) in Political Science          EQF level 6"],
        ["", "Università di Bologna, Bologna (Italy)"],
        ["PERSONAL SKILLS", ""],
        ["Mother tongue(s)", "Italian"],
        ["Other language(s)", ""],
    ]
    t = table(doc, rows, bold_header=False, borderless=True, widths=[Cm(5), Cm(12)])
    for r in t.rows:
        for par in r.cells[0].paragraphs:
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in par.runs:
                run.font.color.rgb = RGBColor.from_string("0E4194")
    doc.add_paragraph()
    table(doc, [
        ["", "UNDERSTANDING", "", "SPEAKING", "", "WRITING"],
        ["", "Listening", "Reading", "Spoken interaction", "Spoken production", ""],
        ["English", "C1", "C1", "C1", "C1", "C1"],
        ["French", "B2", "B2", "B2", "B2", "B2"],
    ])
    para(doc, "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: "
              "Proficient user. Common European Framework of Reference for Languages", size=7.5)
    doc.add_paragraph()
    t = table(doc, [["Digital skills", "Microsoft Office, Stata, NVivo, Tableau"],
                    ["Driving licence", "B"]], bold_header=False, borderless=True,
              widths=[Cm(5), Cm(12)])
    doc.save(out(name))
    write_cv_label(cv_label(
        name, name="Giulia Ferraro", email="giulia.ferraro@example.it", phone="+39 333 555 7788",
        nationality="Italy",
        education=[("master", "International Relations", "Università LUISS Guido Carli", 2012),
                   ("bachelor", "Political Science", "Università di Bologna", 2010)],
        experience=[("Programme Officer", "European Defence Agency", "2016-09", None),
                    ("Research Analyst", "Istituto Affari Internazionali (IAI)", "2013-03",
                     "2016-08")],
        languages=[("Italian", None, None), ("English", "V", None), ("French", "IV", None)],
        skills=["Microsoft Office", "Stata", "NVivo", "Tableau"]))


# ---------------------------------------------------------------------------
# d16: US résumé (DOCX), Navy officer turned contractor; employer heading then "Title | dates"
# lines; several posts under one employer; non-resident Naval War College staff course; DLPT.
def d16():
    name = "cv_d16_us_resume_whitaker.docx"
    doc = new_doc("Calibri", 10.5)
    para(doc, "MARCUS D. WHITAKER", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "San Diego, CA · (619) 555-0177 · marcus.whitaker@example.com · U.S. Citizen · "
              "Active TS/SCI", size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    section_title(doc, "SUMMARY")
    para(doc, "Retired U.S. Navy Commander and systems engineer with 20 years of experience in "
              "surface warfare, combat systems requirements and maritime C5ISR integration; "
              "NATO exercise experience (BALTOPS, Formidable Shield).")
    section_title(doc, "EXPERIENCE")
    para(doc, "Leidos, Inc. — San Diego, CA", bold=True)
    para(doc, "Senior Systems Engineer, Maritime C5ISR | Sept. 2020 – Present", italic=True)
    for b in ["Lead requirements decomposition for a shipboard C2 modernization program.",
              "Author model-based systems engineering artifacts (SysML) for Navy customers."]:
        doc.add_paragraph(b, style="List Bullet")
    para(doc, "United States Navy", bold=True)
    para(doc, "Executive Officer, USS Momsen (DDG 92) | Jun 2017 – Aug 2020", italic=True)
    doc.add_paragraph("Second in command of a 300-person destroyer crew; led two deployments.",
                      style="List Bullet")
    para(doc, "Requirements Officer, OPNAV N96 (Surface Warfare) | Jul 2014 – May 2017", italic=True)
    doc.add_paragraph("Drafted capability requirements for surface combatant combat systems.",
                      style="List Bullet")
    para(doc, "Combat Systems Officer, USS Stockdale (DDG 106) | Jun 2012 – Jun 2014", italic=True)
    doc.add_paragraph("Led a 90-sailor department responsible for the Aegis Combat System.",
                      style="List Bullet")
    section_title(doc, "EDUCATION")
    para(doc, "M.S., Systems Engineering — Naval Postgraduate School, Monterey, CA, 2011")
    para(doc, "College of Naval Command and Staff (non-resident program), Diploma — U.S. Naval War "
              "College, 2016")
    para(doc, "B.S., Mechanical Engineering — United States Naval Academy, Annapolis, MD, 2003")
    section_title(doc, "LANGUAGES")
    para(doc, "Russian (DLPT 2/2)")
    section_title(doc, "SKILLS & CERTIFICATIONS")
    para(doc, "MBSE (Cameo/SysML) · DoDAF · PMP (2021) · Aegis Combat System · Requirements "
              "management (DOORS)")
    doc.save(out(name))
    write_cv_label(cv_label(
        name, name="Marcus D. Whitaker", email="marcus.whitaker@example.com",
        phone="(619) 555-0177", nationality="United States",
        education=[("master", "Systems Engineering", "Naval Postgraduate School", 2011),
                   ("bachelor", "Mechanical Engineering", "United States Naval Academy", 2003)],
        military_staff_college=True,
        experience=[("Senior Systems Engineer, Maritime C5ISR", "Leidos, Inc.", "2020-09", None),
                    ("Executive Officer, USS Momsen (DDG 92)", "United States Navy", "2017-06",
                     "2020-08"),
                    ("Requirements Officer, OPNAV N96 (Surface Warfare)", "United States Navy",
                     "2014-07", "2017-05"),
                    ("Combat Systems Officer, USS Stockdale (DDG 106)", "United States Navy",
                     "2012-06", "2014-06")],
        languages=[("Russian", None, None)],
        skills=["MBSE (Cameo/SysML)", "DoDAF", "PMP (2021)", "Aegis Combat System",
                "Requirements management (DOORS)"]))


# ---------------------------------------------------------------------------
# d17: German officer, German tabular CV: personal-data table, career table Zeitraum|Verwendung|
# Dienststelle ("10/2021 – heute", "2018 – 09/2021"), LGAN in the training table, SLP table.
def d17():
    name = "cv_d17_de_offizier_krueger.docx"
    doc = new_doc("Arial", 10)
    para(doc, "Lebenslauf", bold=True, size=16)
    table(doc, [["Name", "Stefan Krüger"],
                ["Dienstgrad", "Oberstleutnant i.G."],
                ["Geburtsdatum", "09.02.1978"],
                ["Staatsangehörigkeit", "deutsch"],
                ["E-Mail", "stefan.krueger@example.de"],
                ["Telefon", "+49 40 555 6677"]], bold_header=False, widths=[Cm(4.5), Cm(12)])
    section_title(doc, "Militärischer Werdegang", color="000000")
    table(doc, [["Zeitraum", "Verwendung", "Dienststelle"],
                ["10/2021 – heute", "Dezernatsleiter Planung", "Kommando Streitkräftebasis, Bonn"],
                ["2018 – 09/2021", "Staff Officer J5 Plans",
                 "Multinational Corps Northeast (MNC NE), Szczecin"],
                ["10/2016 – 12/2017", "Referent Logistik",
                 "Bundesministerium der Verteidigung, Berlin"],
                ["04/2011 – 09/2014", "Kompaniechef", "Logistikbataillon 161, Delmenhorst"]],
          widths=[Cm(3.5), Cm(5.5), Cm(7.5)])
    section_title(doc, "Aus- und Weiterbildung", color="000000")
    table(doc, [["Zeitraum", "Ausbildung", "Einrichtung"],
                ["10/2014 – 09/2016", "Lehrgang Generalstabs-/Admiralstabsdienst National (LGAN)",
                 "Führungsakademie der Bundeswehr, Hamburg"],
                ["2000 – 2004", "Studium Wirtschafts- und Organisationswissenschaften, "
                                "Abschluss Diplom-Kaufmann (Univ.)",
                 "Universität der Bundeswehr München"],
                ["1997", "Abitur", "Gymnasium Ernestinum, Celle"]],
          widths=[Cm(3.5), Cm(7.5), Cm(5.5)])
    section_title(doc, "Sprachkenntnisse", color="000000")
    table(doc, [["Sprache", "SLP", "Bemerkung"],
                ["Deutsch", "–", "Muttersprache"],
                ["Englisch", "3332", "STANAG 6001, 2022"],
                ["Französisch", "2221", "STANAG 6001, 2019"]],
          widths=[Cm(4), Cm(3), Cm(9.5)])
    para(doc, "Bonn, 10.01.2027")
    doc.save(out(name))
    write_cv_label(cv_label(
        name, name="Stefan Krüger", email="stefan.krueger@example.de", phone="+49 40 555 6677",
        nationality="Germany",
        education=[("master", "Wirtschafts- und Organisationswissenschaften",
                    "Universität der Bundeswehr München", 2004),
                   ("secondary", None, "Gymnasium Ernestinum", 1997)],
        military_staff_college=True,
        experience=[("Dezernatsleiter Planung", "Kommando Streitkräftebasis", "2021-10", None),
                    ("Staff Officer J5 Plans", "Multinational Corps Northeast (MNC NE)", "2018-01",
                     "2021-09"),
                    ("Referent Logistik", "Bundesministerium der Verteidigung", "2016-10",
                     "2017-12"),
                    ("Kompaniechef", "Logistikbataillon 161", "2011-04", "2014-09")],
        languages=[("German", None, None), ("English", None, "3332"), ("French", None, "2221")],
        skills=[]))


# ---------------------------------------------------------------------------
# d18: French civilian CV (DOCX, French): "Depuis janvier 2019", "De janvier 2015 à décembre 2018";
# NATO levels written in French; CAPA (no degree); Baccalauréat ES.
def d18():
    name = "cv_d18_fr_juriste_dumont.docx"
    doc = new_doc("Georgia", 10.5)
    para(doc, "Claire DUMONT-LEFÈVRE", bold=True, size=18)
    para(doc, "Juriste – droit international et contrats de défense", italic=True, size=11)
    para(doc, "12 rue des Lilas, 75011 Paris · claire.dumont@example.fr · 06 55 12 34 78 · "
              "Nationalité française", size=9.5)
    section_title(doc, "EXPÉRIENCE PROFESSIONNELLE")
    para(doc, "Depuis janvier 2019", bold=True)
    para(doc, "Juriste principale – Direction des affaires juridiques")
    para(doc, "Ministère des Armées, Paris", italic=True)
    doc.add_paragraph("Conseil juridique sur les accords de coopération internationale en matière "
                      "d'armement ; négociation des mémorandums d'entente OTAN.", style="List Bullet")
    para(doc, "De janvier 2015 à décembre 2018", bold=True)
    para(doc, "Juriste contrats internationaux")
    para(doc, "Thales, La Défense", italic=True)
    doc.add_paragraph("Rédaction et négociation de contrats export ; contrôle des exportations.",
                      style="List Bullet")
    para(doc, "De septembre 2011 à décembre 2014", bold=True)
    para(doc, "Chargée d'études")
    para(doc, "Fondation pour la recherche stratégique (FRS), Paris", italic=True)
    section_title(doc, "FORMATION")
    para(doc, "2016 – Certificat d'aptitude à la profession d'avocat (CAPA), École de formation du "
              "barreau de Paris")
    para(doc, "2011 – Master 2 Droit international public, Université Paris 1 Panthéon-Sorbonne")
    para(doc, "2009 – Licence en droit, Université Paris 1 Panthéon-Sorbonne")
    para(doc, "2006 – Baccalauréat ES, Lycée Voltaire, Paris")
    section_title(doc, "LANGUES")
    para(doc, "Français : langue maternelle")
    para(doc, "Anglais : niveau OTAN V (Avancé)")
    para(doc, "Espagnol : niveau OTAN III (Intermédiaire)")
    section_title(doc, "COMPÉTENCES")
    para(doc, "Droit des contrats publics ; Contrôle des exportations (ITAR, EAR) ; Négociation ; "
              "Rédaction juridique bilingue")
    doc.save(out(name))
    write_cv_label(cv_label(
        name, name="Claire Dumont-Lefèvre", email="claire.dumont@example.fr",
        phone="06 55 12 34 78", nationality="France",
        education=[("master", "Droit international public", "Université Paris 1 Panthéon-Sorbonne",
                    2011),
                   ("bachelor", "droit", "Université Paris 1 Panthéon-Sorbonne", 2009),
                   ("secondary", None, "Lycée Voltaire", 2006)],
        experience=[("Juriste principale – Direction des affaires juridiques",
                     "Ministère des Armées", "2019-01", None),
                    ("Juriste contrats internationaux", "Thales", "2015-01", "2018-12"),
                    ("Chargée d'études", "Fondation pour la recherche stratégique (FRS)",
                     "2011-09", "2014-12")],
        languages=[("French", None, None), ("English", "V", None), ("Spanish", "III", None)],
        skills=["Droit des contrats publics", "Contrôle des exportations (ITAR, EAR)",
                "Négociation", "Rédaction juridique bilingue"]))


# ---------------------------------------------------------------------------
# d19: Montenegrin civil servant (DOCX), education table Degree|Institution|Year, competency table
# with NATO names and evidence, "SLP 3-3-3-3".
def d19():
    name = "cv_d19_me_vukovic_comp_table.docx"
    doc = new_doc("Calibri", 10.5)
    doc.add_heading("Marko Vuković", level=0)
    para(doc, "Podgorica, Montenegro | marko.vukovic@example.me | +382 67 555 123")
    para(doc, "Citizenship: Montenegrin | Date of birth: 4 October 1987")
    doc.add_heading("Professional experience", level=1)
    para(doc, "02/2020 – present", bold=True)
    para(doc, "Head of Defence Policy Section — Ministry of Defence of Montenegro")
    para(doc, "06/2016 – 01/2020", bold=True)
    para(doc, "Counsellor — Mission of Montenegro to NATO, Brussels")
    para(doc, "11/2012 – 05/2016", bold=True)
    para(doc, "Junior Adviser, Directorate for Euro-Atlantic Integration — Ministry of Foreign "
              "Affairs of Montenegro")
    doc.add_heading("Education", level=1)
    table(doc, [["Degree", "Institution", "Year"],
                ["Master of Science (MSc) in Political Science", "University of Montenegro", "2012"],
                ["Bachelor of Arts (BA) in International Relations", "University of Donja Gorica",
                 "2010"]])
    doc.add_heading("Languages", level=1)
    para(doc, "Montenegrin – native; English – NATO STANAG 6001 SLP 3-3-3-3 (2021); Italian – B2 "
              "(CEFR)")
    doc.add_heading("NATO competencies", level=1)
    table(doc, [["Competency", "Behaviour and example"],
                ["Analytical Thinking", "Sees multiple relationships – prepared the gap analysis "
                                        "of the 2023 Strategic Defence Review"],
                ["Impact and Influence", "Takes multiple actions to persuade – secured "
                                         "inter-ministerial agreement on the NDPP targets package"],
                ["Organisational Awareness", "Understands organisational politics – coordinated "
                                             "positions with Allied delegations"],
                ["Teamwork", "Co-operates – member of the national NATO integration task force"]])
    doc.save(out(name))
    write_cv_label(cv_label(
        name, name="Marko Vuković", email="marko.vukovic@example.me", phone="+382 67 555 123",
        nationality="Montenegro",
        education=[("master", "Political Science", "University of Montenegro", 2012),
                   ("bachelor", "International Relations", "University of Donja Gorica", 2010)],
        experience=[("Head of Defence Policy Section", "Ministry of Defence of Montenegro",
                     "2020-02", None),
                    ("Counsellor", "Mission of Montenegro to NATO", "2016-06", "2020-01"),
                    ("Junior Adviser, Directorate for Euro-Atlantic Integration",
                     "Ministry of Foreign Affairs of Montenegro", "2012-11", "2016-05")],
        languages=[("Montenegrin", None, None), ("English", None, "3333"), ("Italian", "IV", None)],
        competencies=["Analytical Thinking", "Impact and Influence", "Organisational Awareness",
                      "Teamwork"],
        skills=[]))


# ---------------------------------------------------------------------------
# d20: Canadian bilingual FR/EN CV (DOCX): "2017-04 à ce jour / to date", Québec baccalauréat,
# Maîtrise, Government of Canada SLE profile (not STANAG, not CEFR).
def d20():
    name = "cv_d20_ca_bilingual_roymartin.docx"
    doc = new_doc("Calibri", 10.5)
    para(doc, "Geneviève Roy-Martin", bold=True, size=18)
    para(doc, "Québec (Québec) · genevieve.roymartin@example.ca · +1 418 555-0162")
    para(doc, "Citoyenneté / Citizenship : canadienne / Canadian")
    section_title(doc, "EXPÉRIENCE / EXPERIENCE")
    for dates, title, org in [
        ("2017-04 à ce jour / to date", "Gestionnaire de projets TI / IT Project Manager",
         "Services partagés Canada / Shared Services Canada"),
        ("2012-09 à / to 2017-03", "Analyste principale en cybersécurité / Senior Cyber Security "
                                   "Analyst",
         "Centre de la sécurité des télécommunications / Communications Security Establishment"),
        ("2009-06 à / to 2012-08", "Analyste de systèmes / Systems Analyst", "CGI inc.")]:
        p = para(doc, dates, bold=True)
        para(doc, title)
        para(doc, org, italic=True)
    section_title(doc, "FORMATION / EDUCATION")
    para(doc, "Maîtrise en administration publique (M.A.P.), École nationale d'administration "
              "publique (ENAP), 2014")
    para(doc, "Baccalauréat en génie informatique, Université Laval, 2009")
    section_title(doc, "LANGUES / LANGUAGES")
    para(doc, "Français / French : langue maternelle / mother tongue")
    para(doc, "Anglais / English : ELS CBC (gouvernement du Canada / Government of Canada)")
    para(doc, "Espagnol / Spanish : B2")
    section_title(doc, "COMPÉTENCES TECHNIQUES / TECHNICAL SKILLS")
    para(doc, "CISSP; PMP; ITIL 4; Microsoft Azure")
    doc.save(out(name))
    write_cv_label(cv_label(
        name, name="Geneviève Roy-Martin", email="genevieve.roymartin@example.ca",
        phone="+1 418 555-0162", nationality="Canada",
        education=[("master", "administration publique",
                    "École nationale d'administration publique (ENAP)", 2014),
                   ("bachelor", "génie informatique", "Université Laval", 2009)],
        experience=[("Gestionnaire de projets TI / IT Project Manager",
                     "Services partagés Canada / Shared Services Canada", "2017-04", None),
                    ("Analyste principale en cybersécurité / Senior Cyber Security Analyst",
                     "Centre de la sécurité des télécommunications / Communications Security "
                     "Establishment", "2012-09", "2017-03"),
                    ("Analyste de systèmes / Systems Analyst", "CGI inc.", "2009-06", "2012-08")],
        languages=[("French", None, None), ("English", None, None), ("Spanish", "IV", None)],
        skills=["CISSP", "PMP", "ITIL 4", "Microsoft Azure"]))


# ---------------------------------------------------------------------------
# d21: Hungarian researcher (DOCX, everything in tables): Hungarian dates "2018.09. – jelenleg",
# PhD, undivided MSc, ECL/Goethe certificates with CEFR, skills table.
def d21():
    name = "cv_d21_hu_nagy_tables.docx"
    doc = new_doc("Calibri", 10.5)
    para(doc, "Dr. Zsófia Nagy", bold=True, size=18)
    table(doc, [["E-mail", "zsofia.nagy@example.hu"],
                ["Phone", "+36 30 555 4321"],
                ["Nationality", "Hungarian"],
                ["Address", "Tallinn, Estonia (from Budapest, Hungary)"]], bold_header=False)
    section_title(doc, "Professional experience")
    table(doc, [["Period", "Position", "Employer"],
                ["2018.09. – jelenleg (present)", "Senior Researcher, Cyber Defence",
                 "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE), Tallinn"],
                ["2015.02. – 2018.08.", "Research Fellow",
                 "Budapest University of Technology and Economics (BME), CrySyS Lab"],
                ["2010.07. – 2015.01.", "Network Security Engineer", "Magyar Telekom Nyrt."]])
    section_title(doc, "Education")
    table(doc, [["Period", "Qualification", "Institution"],
                ["2011 – 2015", "PhD in Computer Science (Doctoral School of Informatics)",
                 "Budapest University of Technology and Economics (BME)"],
                ["2005 – 2010", "MSc in Electrical Engineering (okleveles villamosmérnök)",
                 "Budapest University of Technology and Economics"]])
    section_title(doc, "Languages")
    table(doc, [["Language", "Level"],
                ["Hungarian", "mother tongue"],
                ["English", "C2 (ECL)"],
                ["German", "B2 (Goethe-Zertifikat)"]])
    section_title(doc, "Skills")
    table(doc, [["Technical skills", "Malware analysis, Threat intelligence, Python, Splunk, Zeek"]],
          bold_header=False)
    doc.save(out(name))
    write_cv_label(cv_label(
        name, name="Zsófia Nagy", email="zsofia.nagy@example.hu", phone="+36 30 555 4321",
        nationality="Hungary",
        education=[("doctorate", "Computer Science",
                    "Budapest University of Technology and Economics (BME)", 2015),
                   ("master", "Electrical Engineering",
                    "Budapest University of Technology and Economics", 2010)],
        experience=[("Senior Researcher, Cyber Defence",
                     "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)", "2018-09",
                     None),
                    ("Research Fellow", "Budapest University of Technology and Economics (BME)",
                     "2015-02", "2018-08"),
                    ("Network Security Engineer", "Magyar Telekom Nyrt.", "2010-07", "2015-01")],
        languages=[("Hungarian", None, None), ("English", "VI", None), ("German", "IV", None)],
        skills=["Malware analysis", "Threat intelligence", "Python", "Splunk", "Zeek"]))


def build():
    for f in (d15, d16, d17, d18, d19, d20, d21):
        f()
    return list(BUILT)


if __name__ == "__main__":
    print("\n".join(build()))
