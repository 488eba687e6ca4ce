"""Notices of corpus 19 (n156-n167). Each writer renders its document from the same hand-written item lists as the
label; the label fields are typed by hand beside it. build.py writes every label first, then the documents."""
import copy
import html
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

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


def esc(s):
    return html.escape(s, quote=False)


def li(items):
    return "".join(f"<li>{esc(i)}</li>" for i in items)


# ================================================================== n156 TXT: LinkedIn post by a recruiter, emoji
# bullets (✅ / ⭐), emoji fact lines, hashtags, reactions; LANDCOM Izmir; B-5 (NATO Grade 12); "24.01.2027"; SLP only
F = "notice_n156_txt_linkedinpost_emojibullets_hashtags_b5g12_landcom_trainingassistant.txt"
E156 = ["Higher secondary education and a vocational qualification in training administration or office management.",
        "At least 4 years' experience in training support or course administration, of which 2 years in a military or international organisation.",
        "Experience with Learning Management Systems (e.g. JADL/ILIAS).",
        "English: NATO SLP 3322 (Listening, Speaking, Reading, Writing).",
        "Able to obtain a NATO SECRET security clearance."]
D156 = ["Working knowledge of Turkish.",
        "Experience with the NATO Education and Training Opportunities Catalogue (ETOC)."]
T156 = "\n".join([
    "Zeynep Arslan • 2nd",
    "Civilian Human Resources Officer at NATO Allied Land Command (LANDCOM)",
    "3d • Edited • 🌐",
    "",
    "📢 We're hiring! 📢",
    "",
    "Allied Land Command (LANDCOM) in İzmir is looking for a Training Support Assistant (G7) to join our "
    "Training and Exercises branch 🇹🇷🤝 If you love making courses run smoothly, read on 👇",
    "",
    "📍 Location: LANDCOM HQ, Şirinyer Garrison, İzmir, Türkiye",
    "💼 Grade: B-5 (NATO Grade 12)",
    "🔖 Vacancy ref: LC 27/04",
    "🗓️ Apply by: 24.01.2027 (23:59 local time)",
    "🛡️ Open to nationals of NATO member nations only",
    "",
    "What you'll need ✅",
    *[f"✅ {i}" for i in E156],
    "",
    "Nice to have ⭐",
    *[f"⭐ {i}" for i in D156],
    "",
    "We offer a tax-free salary, 30 days' annual leave and an international team of 20+ nations 🌍",
    "",
    "👉 Full vacancy notice and application: https://landcom.example.org/careers/LC-27-04",
    "Interviews are planned for the week of 1 March 2027.",
    "",
    "#NATO #LANDCOM #Izmir #Türkiye #Hiring #Jobs #Training #CivilianCareers #WeAreNATO #InternationalCareers",
    "",
    "👍❤️👏 86 · 14 comments · 9 reposts",
    "Like   Comment   Repost   Send",
    ""])
add(F, txt_writer(T156), notice_label(
    F, "Training Support Assistant", "Allied Land Command (LANDCOM)", "İzmir, Türkiye", "B-5", "2027-01-24",
    ("secondary", [], False, []),
    [(4, "training support or course administration"), (2, "a military or international organisation")],
    ("none", None, None, [], ["3322"]),
    [], True, [], "NATO SECRET", E156, D156))

# ================================================================== n157 TXT: Markdown document with YAML front
# matter, facts pipe table with alignment row, numbered requirement pipe tables, competency pipe table; MARCOM;
# "A-2 (G15)"; "19 Feb 2027, 23:59 GMT"; university or equivalent experience; English V + French I per language
F = "notice_n157_txt_markdown_yamlfrontmatter_pipetables_a2g15_equivexperience_marcom_infomanager.txt"
E157 = ["University degree in information management, computer science or a related discipline, or equivalent experience.",
        "At least 5 years' experience in information or knowledge management, including 2 years in a maritime operations environment.",
        "Practical experience administering SharePoint and records-management tools.",
        "English: NATO level V (Advanced).",
        "French: NATO level I (Beginner)."]
D157 = ["ITIL Foundation certification.", "Experience with NATO Maritime Situational Awareness systems (e.g. TRITON)."]
C157 = [("Clarity and Accuracy", "3", "Checks own and others' work"),
        ("Organisational Awareness", "3", "Understands the organisation's climate and culture"),
        ("Teamwork", "2", "Expresses positive attitudes and expectations of team")]


def table(header, rows, align):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


T157 = "\n".join([
    "---",
    'title: "Maritime Information Manager"',
    "reference: MARCOM/N3/0127",
    "organisation: Allied Maritime Command (MARCOM)",
    "closing: 2027-02-19",
    "last_modified: 2026-12-04",
    "---",
    "",
    "# Maritime Information Manager",
    "",
    "**Reference:** MARCOM/N3/0127 &nbsp;·&nbsp; **Posted:** 4 December 2026",
    "",
    table(["Key fact", "Detail"], [
        ["Organisation", "Allied Maritime Command (MARCOM), Operations Directorate (N3)"],
        ["Location", "Northwood Headquarters, Northwood, United Kingdom"],
        ["Grade", "A-2 (G15)"],
        ["Closing date", "19 Feb 2027, 23:59 GMT"],
        ["Security clearance", "NATO SECRET"],
        ["Eligibility", "Nationals of NATO member nations"]], [":--", ":--"]),
    "",
    "## Post context",
    "",
    "The Maritime Situational Awareness Branch maintains the recognised maritime picture and the information "
    "services of the Maritime Operations Centre.",
    "",
    "## Essential requirements",
    "",
    table(["#", "Requirement"], [[str(k + 1), i] for k, i in enumerate(E157)], ["--:", ":--"]),
    "",
    "## Desirable requirements",
    "",
    table(["#", "Requirement"], [[str(k + 1), i] for k, i in enumerate(D157)], ["--:", ":--"]),
    "",
    "## Competencies",
    "",
    table(["Competency", "Level", "Indicator"], [list(c) for c in C157], [":--", ":-:", ":--"]),
    "",
    "> **How to apply:** via the NATO Talent Acquisition Platform. Incomplete applications will not be considered.",
    ""])
add(F, txt_writer(T157), notice_label(
    F, "Maritime Information Manager", "Allied Maritime Command (MARCOM), Operations Directorate (N3)",
    "Northwood, United Kingdom", "A-2", "2027-02-19",
    ("university", ["information management", "computer science"], True, ["equivalent_experience"]),
    [(5, "information or knowledge management"), (2, "a maritime operations environment")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Clarity and Accuracy", 3), ("Organisational Awareness", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E157, D157))

# ================================================================== n158 TXT: notice in French only, NSPA, "B.4 (G10)"
# inside the salary sentence and the facts, "lundi 1er février 2027", secondary "de préférence", English IV / French II
F = "notice_n158_txt_fr_francaisseul_gradedanstraitement_b4_lundi1erfevrier_nspa_assistantcontrats.txt"
E158 = ["Diplôme de fin d'études secondaires supérieures, de préférence complété par une formation en administration ou en comptabilité.",
        "Au moins trois (3) ans d'expérience dans un poste administratif, dont un (1) an dans le domaine des achats ou des contrats.",
        "Bonne maîtrise de MS Office (Word, Excel, Outlook).",
        "Anglais : niveau IV de l'OTAN (« Avancé inférieur ») ; français : niveau II de l'OTAN (« Élémentaire »)."]
D158 = ["Expérience d'un progiciel de gestion intégré (ERP), de préférence SAP.",
        "Connaissance d'une troisième langue d'un pays membre de l'OTAN."]
T158 = "\n".join([
    "AGENCE OTAN DE SOUTIEN ET D'ACQUISITION (NSPA)",
    "Avis de vacance de poste n° NSPA/PRC/27/009",
    "",
    "Intitulé du poste : Assistant(e) administratif(ve) – Gestion des contrats",
    "Direction : Direction des achats (Procurement), Section Munitions",
    "Lieu d'affectation : Capellen, Luxembourg",
    "Date de publication : 7 décembre 2026",
    "Date de clôture : lundi 1er février 2027, minuit (heure de Luxembourg)",
    "",
    "Traitement : le traitement mensuel de base de ce poste de grade B.4 (G10) s'élève à 4 812,37 EUR, net d'impôt, "
    "auquel peuvent s'ajouter des indemnités.",
    "",
    "Le poste est ouvert aux ressortissants des pays membres de l'OTAN.",
    "Habilitation de sécurité requise : NATO SECRET.",
    "",
    "1. CONTEXTE",
    "La Section Munitions de la Direction des achats conclut et gère les contrats d'acquisition de munitions au profit "
    "des nations clientes. Le/la titulaire assure le suivi administratif des dossiers de contrats.",
    "",
    "2. QUALIFICATIONS ET EXPÉRIENCE REQUISES",
    "Essentielles :",
    *[f"  • {i}" for i in E158],
    "",
    "Souhaitables :",
    *[f"  • {i}" for i in D158],
    "",
    "3. COMPÉTENCES",
    "  • Orientation service client : niveau 2",
    "  • Travail en équipe : niveau 2",
    "  • Clarté et précision : niveau 3",
    "",
    "4. CANDIDATURES",
    "Les candidatures doivent être soumises via le portail de recrutement de la NSPA avant la date de clôture. "
    "Les entretiens devraient avoir lieu en mars 2027.",
    ""])
add(F, txt_writer(T158), notice_label(
    F, "Assistant(e) administratif(ve) – Gestion des contrats",
    "Agence OTAN de soutien et d'acquisition (NSPA), Direction des achats (Procurement), Section Munitions",
    "Capellen, Luxembourg", "B-4", "2027-02-01",
    ("secondary", ["administration", "comptabilité"], False, []),
    [(3, "un poste administratif"), (1, "le domaine des achats ou des contrats")],
    ("each", None, None, [("English", "IV"), ("French", "II")], []),
    [("Customer Service Orientation", 2), ("Teamwork", 2), ("Clarity and Accuracy", 3)],
    True, [], "NATO SECRET", E158, D158))

# ================================================================== n159 HTML: requirements in nested <details>
# accordions (Requirements > Essential / Desirable / Competencies), facts as a captioned table, <time> deadline;
# NAEW&C Force Geilenkirchen; "B6/G14"; secondary + vocational; V/I
F = "notice_n159_html_nesteddetailsaccordion_timeelement_b6g14_naewcf_avionicstechnician.html"
E159 = ["Higher secondary education and completed vocational training in avionics or aircraft electronics.",
        "At least 6 years' experience in the maintenance of aircraft avionics systems, including 2 years on large multi-engine aircraft.",
        "Valid EASA Part-66 B2 licence or an equivalent military qualification.",
        VI]
D159 = ["Experience on the E-3A or Boeing 707 airframe.", "Knowledge of the German language."]
H159 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Avionics Technician | NAEW&amp;C Force Careers</title>
<style>details{{border:1px solid #ccd;margin:6px 0;padding:4px 10px}} summary{{font-weight:bold;cursor:pointer}}
table.facts td,table.facts th{{padding:3px 8px;text-align:left}}</style></head>
<body>
<nav>Home › Careers › Civilian vacancies</nav>
<main>
<p class="code">NAEWCF-27-011</p>
<h1>Avionics Technician</h1>
<table class="facts">
<caption>Post details</caption>
<tr><th scope="row">Organisation</th><td>NATO Airborne Early Warning &amp; Control Force (NAEW&amp;C Force), Logistics Wing, Avionics Maintenance Squadron</td></tr>
<tr><th scope="row">Duty station</th><td>NATO Air Base Geilenkirchen, Germany</td></tr>
<tr><th scope="row">Grade</th><td>B6/G14</td></tr>
<tr><th scope="row">Closes</th><td><time datetime="2027-02-19T23:59:00+01:00">Fri, 19 Feb 2027</time></td></tr>
<tr><th scope="row">Security clearance</th><td>NATO SECRET</td></tr>
</table>
<p>This post is open to nationals of NATO member nations only.</p>
<details open><summary>About the role</summary>
<p>The incumbent troubleshoots and repairs mission and flight avionics on the E-3A fleet and signs for work performed.</p>
</details>
<details><summary>Requirements</summary>
  <details><summary>Essential</summary><ul>{li(E159)}</ul></details>
  <details><summary>Desirable</summary><ul>{li(D159)}</ul></details>
  <details><summary>Competencies</summary>
  <ul><li>Achievement – level 3</li><li>Teamwork – level 2</li><li>Flexibility – level 2</li></ul></details>
</details>
<details><summary>What we offer</summary><p>Tax-free salary, allowances, 30 days' leave. Shift work may be required.</p></details>
<p class="meta">Page updated <time datetime="2026-12-03">3 Dec 2026</time></p>
</main></body></html>
"""
add(F, txt_writer(H159), notice_label(
    F, "Avionics Technician",
    "NATO Airborne Early Warning & Control Force (NAEW&C Force), Logistics Wing, Avionics Maintenance Squadron",
    "Geilenkirchen, Germany", "B-6", "2027-02-19",
    ("secondary", ["avionics", "aircraft electronics"], True, []),
    [(6, "the maintenance of aircraft avionics systems"), (2, "large multi-engine aircraft")],
    ("one_high_other_low", "V", "I", [], []),
    [("Achievement", 3), ("Teamwork", 2), ("Flexibility", 2)],
    True, [], "NATO SECRET", E159, D159))

# ================================================================== n160 HTML: essentials as one prose paragraph of
# sentences (no list), desirables as a second paragraph; code before the title; "A.3"; "26.02.2027"; COSMIC TOP SECRET
F = "notice_n160_html_essentialsprose_sentenceparagraph_codebeforetitle_a3_is_or_budgetanalyst.html"
E160 = ["The successful candidate must possess a university degree in economics, finance, accounting or business administration.",
        "He or she must have at least 7 years' professional experience in public-sector budgeting or financial management, of which at least 3 years in an international organisation.",
        "The incumbent must have a thorough knowledge of accrual-based financial reporting (IPSAS) and be an advanced user of Microsoft Excel.",
        "The candidate must have the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; I (\"Beginner\") in the other."]
D160 = ["Experience with NATO common funding would be an advantage.",
        "A professional accountancy qualification (e.g. ACCA, CPA) would be an asset.",
        "Knowledge of SAP is desirable."]
H160 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>OR(BUD)-0327 Senior Budget Analyst – NATO careers</title></head>
<body>
<header><a href="/">NATO</a> | Careers | Vacancies at NATO Headquarters</header>
<article>
<h1>OR(BUD)-0327 Senior Budget Analyst</h1>
<p><strong>Office of Resources (OR), NATO International Staff</strong><br>
NATO Headquarters, Boulevard Léopold III, 1110 Brussels, Belgium<br>
Grade: A.3 &nbsp;&nbsp; Closing date: 26.02.2027</p>
<h2>Summary</h2>
<p>The Office of Resources advises the Resource Policy and Planning Board on the NATO military budget. The Senior
Budget Analyst reviews budget submissions of NATO commands and agencies and drafts the Board's recommendations.</p>
<h2>What we are looking for</h2>
<p>{esc(" ".join(E160))}</p>
<p>{esc(" ".join(D160))}</p>
<p>The post requires the competencies Analytical Thinking (level 4), Clarity and Accuracy (level 3) and
Organisational Awareness (level 3).</p>
<h2>Conditions</h2>
<p>Open to nationals of NATO member nations only. The successful candidate will be required to obtain a NATO COSMIC
TOP SECRET security clearance before taking up the post. Please note that the assessment centre is expected to take
place on 22 and 23 March 2027.</p>
</article></body></html>
"""
add(F, txt_writer(H160), notice_label(
    F, "Senior Budget Analyst", "Office of Resources (OR), NATO International Staff", "Brussels, Belgium", "A-3",
    "2027-02-26",
    ("university", ["economics", "finance", "accounting", "business administration"], True, []),
    [(7, "public-sector budgeting or financial management"), (3, "an international organisation")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 4), ("Clarity and Accuracy", 3), ("Organisational Awareness", 3)],
    True, [], "COSMIC TOP SECRET", E160, D160))

# ================================================================== n161 HTML: ARIA tab panels (Overview /
# Requirements / Competencies / Apply) on a job-board page, requisition number after the title, US date
# "Feb 5, 2027", bachelor "or equivalent experience", JFC Brunssum, "NATO Civilian Grade A2"
F = "notice_n161_html_ariatabpanels_reqidaftertitle_usdate_a2_bachelorequivexp_jfcbs_logisticsofficer.html"
E161 = ["A bachelor's degree in logistics, supply chain management or business administration, or equivalent experience.",
        "At least 5 years' experience in military logistics planning, including 2 years in a NATO or multinational headquarters.",
        "Knowledge of LOGFAS and of NATO logistics doctrine (AJP-4).",
        VI]
D161 = ["Completion of the NATO Logistics Staff Officer course.", "Experience of a deployed logistics headquarters."]
H161 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Logistics Officer (Req. 270118) – Job details</title></head>
<body>
<div class="topbar">Careers portal · Sign in · EN | FR</div>
<h1>Logistics Officer <span class="req">(Requisition 270118)</span></h1>
<div class="summary">Allied Joint Force Command Brunssum (JFCBS), J4 Logistics Division ·
Brunssum, Netherlands · NATO Civilian Grade A2 · Apply before: Feb 5, 2027</div>
<div role="tablist">
 <button role="tab" aria-selected="true" aria-controls="p1" id="t1">Overview</button>
 <button role="tab" aria-selected="false" aria-controls="p2" id="t2">Requirements</button>
 <button role="tab" aria-selected="false" aria-controls="p3" id="t3">Competencies</button>
 <button role="tab" aria-selected="false" aria-controls="p4" id="t4">How to apply</button>
</div>
<section role="tabpanel" id="p1" aria-labelledby="t1">
<p>The J4 Division plans logistic support to NATO operations and exercises in the JFCBS area of responsibility.
The Logistics Officer develops sustainment plans and coordinates host nation support.</p>
<p>Eligibility: nationals of NATO member nations. Security clearance: NATO SECRET.</p>
</section>
<section role="tabpanel" id="p2" aria-labelledby="t2" hidden>
<h3>Essential</h3><ul>{li(E161)}</ul>
<h3>Desirable</h3><ul>{li(D161)}</ul>
</section>
<section role="tabpanel" id="p3" aria-labelledby="t3" hidden>
<table><tr><th>Competency</th><th>Level</th></tr>
<tr><td>Initiative</td><td>3</td></tr><tr><td>Analytical Thinking</td><td>3</td></tr><tr><td>Teamwork</td><td>3</td></tr></table>
</section>
<section role="tabpanel" id="p4" aria-labelledby="t4" hidden>
<p>Apply online before the closing date. Requisition posted Dec 2, 2026.</p>
</section>
</body></html>
"""
add(F, txt_writer(H161), notice_label(
    F, "Logistics Officer", "Allied Joint Force Command Brunssum (JFCBS), J4 Logistics Division", "Brunssum, Netherlands",
    "A-2", "2027-02-05",
    ("bachelor", ["logistics", "supply chain management", "business administration"], True, ["equivalent_experience"]),
    [(5, "military logistics planning"), (2, "a NATO or multinational headquarters")],
    ("one_high_other_low", "V", "I", [], []),
    [("Initiative", 3), ("Analytical Thinking", 3), ("Teamwork", 3)],
    True, [], "NATO SECRET", E161, D161))

# ================================================================== n162 DOCX: a real Word multilevel numbered list
# (1. / 1.1 / 1.2 numbering from numbering.xml, the numbers are not in the text), code after the title, "NATO Grade
# G17", master required, 8 + nested 3 years, English V / French I per language
F = "notice_n162_docx_multilevelnumbering_1_1_codeaftertitle_g17_masterrequired_ncia_softwareengineer.docx"
E162 = ["A university degree at Master's level in computer science, software engineering or a related field.",
        "At least 8 years' experience in software development, of which 3 years in a technical lead role.",
        "Proficiency in Java or C# and in container platforms (Docker, Kubernetes).",
        "English: NATO level V (Advanced).",
        "French: NATO level I (Beginner)."]
D162 = ["Experience in the development of command and control systems.", "Certified Kubernetes Administrator (CKA)."]


def add_multilevel(doc):
    """Adds an abstract numbering '1.' / '1.1' and returns its numId."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    aid, nid = 77, 77
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lvls = ""
    for ilvl, (fmt, ind) in enumerate([("%1.", 360), ("%1.%2", 900), ("%1.%2.%3", 1440)]):
        lvls += (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{fmt}"/>'
                 f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="{360 if ilvl == 0 else 540}"/></w:pPr>'
                 + ('<w:rPr><w:b/></w:rPr>' if ilvl == 0 else '') + '</w:lvl>')
    absn = parse_xml(f'<w:abstractNum {w} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {w} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def numbered(doc, nid, text, ilvl, bold=False):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    a = OxmlElement("w:ilvl")
    a.set(qn("w:val"), str(ilvl))
    b = OxmlElement("w:numId")
    b.set(qn("w:val"), str(nid))
    numpr.append(a)
    numpr.append(b)
    ppr.append(numpr)
    p.add_run(text).bold = bold
    return p


def n162(path):
    d = new_docx(10.5)
    nid = add_multilevel(d)
    d.add_paragraph("NATO Communications and Information Agency").runs[0].bold = True
    d.add_heading("Senior Software Engineer (NCIA/ACQ/26/412)", level=1)
    d.add_paragraph("NATO Grade G17 · The Hague, Netherlands · Closing date: 15 February 2027")
    numbered(d, nid, "Post context", 0, True)
    numbered(d, nid, "The post is in the NATO Communications and Information Agency (NCIA), Acquisition Directorate, "
                     "Software Factory, which develops and maintains command and control applications.", 1)
    numbered(d, nid, "The incumbent leads a team of developers and is the technical authority for two product lines.", 1)
    numbered(d, nid, "Essential qualifications", 0, True)
    for i in E162:
        numbered(d, nid, i, 1)
    numbered(d, nid, "Desirable qualifications", 0, True)
    for i in D162:
        numbered(d, nid, i, 1)
    numbered(d, nid, "Competencies", 0, True)
    for i in ["Achievement: level 4", "Analytical Thinking: level 4", "Leadership: level 3"]:
        numbered(d, nid, i, 1)
    numbered(d, nid, "Conditions", 0, True)
    numbered(d, nid, "Applicants must be nationals of a NATO member nation.", 1)
    numbered(d, nid, "The successful candidate must hold or be able to obtain a NATO SECRET security clearance.", 1)
    numbered(d, nid, "Written tests are planned for the week of 8 March 2027.", 1)
    d.save(path)


add(F, n162, notice_label(
    F, "Senior Software Engineer", "NATO Communications and Information Agency (NCIA), Acquisition Directorate, Software Factory",
    "The Hague, Netherlands", "A-3", "2027-02-15",
    ("master", ["computer science", "software engineering"], True, []),
    [(8, "software development"), (3, "a technical lead role")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Achievement", 4), ("Analytical Thinking", 4), ("Leadership", 3)],
    True, [], "NATO SECRET", E162, D162))

# ================================================================== n163 DOCX: section headings as shaded full-width
# bars (one-cell tables), items typed with "▪", grade only in the salary sentence, "31st January 2027", degree
# "preferably in" + staff-college alternative, NSHQ Mons, SLP 3333 English only
F = "notice_n163_docx_shadedbars_squarebullets_gradeonlyinsalary_a3_staffcollege_nshq_sofplans.docx"
E163 = ["A university degree, preferably in international relations, security studies or a related field, or completion of a national staff college.",
        "Minimum 6 years' experience in operational planning, of which 2 years in special operations.",
        "Knowledge of the NATO Operations Planning Process (COPD).",
        "English: SLP 3333 (Listening, Speaking, Reading, Writing)."]
D163 = ["Completion of the NATO Special Operations Planning Course.", "French: SLP 2222."]


def shaded_bar(d, text, fill="1F3864"):
    t = d.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    tcpr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    d.add_paragraph()


def n163(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    p.add_run("NATO Special Operations Headquarters (NSHQ)").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = d.add_paragraph()
    r = h.add_run("Special Operations Plans Officer")
    r.bold = True
    r.font.size = Pt(18)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Plans Directorate, Future Plans Branch  ·  SHAPE, Mons, Belgium").alignment = WD_ALIGN_PARAGRAPH.CENTER
    shaded_bar(d, "ABOUT THE POST")
    d.add_paragraph("The Future Plans Branch develops special operations contributions to NATO contingency plans and "
                    "advance plans and supports the Allied Command Operations planning community.")
    shaded_bar(d, "ESSENTIAL QUALIFICATIONS")
    for i in E163:
        d.add_paragraph("▪  " + i)
    shaded_bar(d, "DESIRABLE QUALIFICATIONS")
    for i in D163:
        d.add_paragraph("▪  " + i)
    shaded_bar(d, "COMPETENCIES")
    for i in ["▪  Conceptual Thinking – 4", "▪  Initiative – 3", "▪  Impact and Influence – 3"]:
        d.add_paragraph(i)
    shaded_bar(d, "CONDITIONS OF EMPLOYMENT")
    d.add_paragraph("Remuneration: the basic monthly salary for this A-3 post is EUR 9,212.45, tax-free, plus "
                    "expatriation and household allowances where applicable.")
    d.add_paragraph("Eligibility: nationals of NATO member nations. Security clearance: NATO SECRET.")
    d.add_paragraph("Applications must be received by 31st January 2027.")
    d.save(path)


add(F, n163, notice_label(
    F, "Special Operations Plans Officer", "NATO Special Operations Headquarters (NSHQ), Plans Directorate, Future Plans Branch",
    "Mons, Belgium", "A-3", "2027-01-31",
    ("university", ["international relations", "security studies"], False, ["military_staff_college"]),
    [(6, "operational planning"), (2, "special operations")],
    ("none", None, None, [], ["3333"]),
    [("Conceptual Thinking", 4), ("Initiative", 3), ("Impact and Influence", 3)],
    True, [], "NATO SECRET", E163, D163))

# ================================================================== n164 DOCX: a national forwarding note in German
# (BMVg, own national nomination date) in front of the English notice set as a two-column table; "B.6";
# NATO closing date "29 January 2027" (the earlier national date is not the notice's); SLP 3332; CAOC Uedem
F = "notice_n164_docx_nationalcovernote_de_thennotice_table_b6_nationaldatetrap_caocuedem_airspaceassistant.docx"
E164 = ["Higher secondary education.",
        "At least 3 years' experience in airspace management or air traffic control, including 1 year in a military environment.",
        "Knowledge of the Integrated Command and Control (ICC) system.",
        "English: SLP 3332 (LSRW)."]
D164 = ["Experience with the Airspace Control Order (ACO) production cycle.", "Knowledge of German."]


def n164(path):
    d = new_docx(10.5)
    for ln in ["Bundesministerium der Verteidigung", "Referat Internationale Personalangelegenheiten",
               "Bonn, 03.12.2026"]:
        d.add_paragraph(ln)
    d.add_paragraph().add_run("Betreff: Ausschreibung eines zivilen NATO-Dienstpostens – CAOC Uedem").bold = True
    d.add_paragraph("Sehr geehrte Damen und Herren,\nbeigefügt erhalten Sie die Stellenausschreibung des Combined Air "
                    "Operations Centre Uedem zur Kenntnis. Interessierte Bewerberinnen und Bewerber des "
                    "Geschäftsbereichs melden sich bitte bis zum 08.01.2027 (nationaler Meldeschluss) beim "
                    "Referat. Die Bewerbung bei der NATO erfolgt direkt über das Bewerbungsportal.")
    d.add_paragraph("Im Auftrag\nM. Schneider")
    d.add_page_break()
    d.add_heading("VACANCY NOTICE CAOC UE 27-03", level=1)
    rows = [("Post title", "Airspace Management Assistant"),
            ("Organisation", "Combined Air Operations Centre Uedem (CAOC UE), Airspace Management Section"),
            ("Location", "Uedem, Germany"),
            ("Grade", "B.6"),
            ("Closing date", "29 January 2027"),
            ("Security clearance", "NATO SECRET"),
            ("Nationality", "Nationals of NATO member nations only"),
            ("Essential qualifications", "\n".join(E164)),
            ("Desirable qualifications", "\n".join(D164)),
            ("Competencies", "Teamwork: 2\nClarity and Accuracy: 2\nFlexibility: 2")]
    t = docx_table(d, rows)
    for r in range(len(rows)):
        t.cell(r, 0).paragraphs[0].runs[0].bold = True
        t.cell(r, 0).width = Cm(4.5)
        t.cell(r, 1).width = Cm(12)
    d.save(path)


add(F, n164, notice_label(
    F, "Airspace Management Assistant", "Combined Air Operations Centre Uedem (CAOC UE), Airspace Management Section",
    "Uedem, Germany", "B-6", "2027-01-29",
    ("secondary", [], False, []),
    [(3, "airspace management or air traffic control"), (1, "a military environment")],
    ("none", None, None, [], ["3332"]),
    [("Teamwork", 2), ("Clarity and Accuracy", 2), ("Flexibility", 2)],
    True, [], "NATO SECRET", E164, D164))

# ================================================================== n165 PDF: two pages, the same footer on each page
# (reference, classification, page x of 2), a hyphenated line break inside the degree field ("social sci-/ences"),
# code before the title, "A-2", "12 Feb. 2027", JFTC Bydgoszcz
F = "notice_n165_pdf_repeatedfooter_hyphenateddegreefield_codebeforetitle_a2_jftc_traininganalyst.pdf"
E165 = ["A university degree in education, psychology, social sciences or a related field.",
        "At least 5 years' experience in the design or evaluation of training, of which 2 years in a military training environment.",
        "Knowledge of the NATO Bi-Strategic Command Education and Training Directive (Bi-SC 075-007).",
        VI]
D165 = ["Experience of collective training of headquarters staffs.", "A master's degree in instructional design."]


def n165(path):
    pdf = PDF(format="A4")
    pdf.footer_text = "JFTC Vacancy Notice JFTC/TRG/27-02  ·  NATO UNCLASSIFIED  ·  Page {p} of 2"
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.para("JOINT FORCE TRAINING CENTRE (JFTC)", 10, "B")
    pdf.para("Bydgoszcz, Poland", 9.5)
    pdf.ln(3)
    pdf.para("JFTC/TRG/27-02 Training Analyst", 16, "B", h=8)
    pdf.ln(2)
    for a, b in [("Division:", "Training Division, Training Analysis Branch"), ("Grade:", "A-2"),
                 ("Closing date:", "12 Feb. 2027"), ("Clearance:", "NATO SECRET"),
                 ("Eligibility:", "nationals of NATO member nations")]:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(32, 5.5, a)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.heading("1. Background")
    pdf.para(("The Training Analysis Branch plans the training audience's objectives, observes the conduct of "
              "collective training events and reports the lessons identified to the training audiences and to "
              "Allied Command Transformation. ") * 5, 10)
    pdf.heading("2. Principal duties")
    for k, t in enumerate(["analyse the training requirements of the training audience;",
                           "design the evaluation plan for each training event;",
                           "observe and assess staff performance during exercises;",
                           "draft the final exercise report and the lessons identified;",
                           "support the development of JFTC training methodology."]):
        pdf.para(f"{chr(97 + k)}. {t}", 10)
    pdf.heading("3. Essential qualifications")
    # the first item is set by hand with a hyphenated break inside the field of study
    pdf.para("a. A university degree in education, psychology, social sci-\n    ences or a related field.", 10)
    for k, t in enumerate(E165[1:]):
        pdf.para(f"{chr(98 + k)}. {t}", 10)
    pdf.add_page()
    pdf.heading("4. Desirable qualifications")
    for k, t in enumerate(D165):
        pdf.para(f"{chr(97 + k)}. {t}", 10)
    pdf.heading("5. Competencies")
    pdf.para("Analytical Thinking – 3;  Clarity and Accuracy – 3;  Customer Service Orientation – 2.", 10)
    pdf.heading("6. How to apply")
    pdf.para("Applications through the NATO Talent Acquisition Platform by the closing date. Shortlisted "
             "candidates will be invited to a written test in March 2027.", 10)
    pdf.output(path)


add(F, n165, notice_label(
    F, "Training Analyst", "Joint Force Training Centre (JFTC), Training Division, Training Analysis Branch",
    "Bydgoszcz, Poland", "A-2", "2027-02-12",
    ("university", ["education", "psychology", "social sciences"], True, []),
    [(5, "the design or evaluation of training"), (2, "a military training environment")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 3), ("Clarity and Accuracy", 3), ("Customer Service Orientation", 2)],
    True, [], "NATO SECRET", E165, D165))

# ================================================================== n166 PDF: a browser print of a careers web page
# (print time and page title at the top of each page, URL and "1/2" at the bottom), "Closing: 04-03-2027", master's
# required, "V in English; I in French", JALLC Lisbon
F = "notice_n166_pdf_browserprint_headerurlfooter_ddmmdash_masterrequired_a2_jallc_operationalanalyst.pdf"
E166 = ["A Master's degree in operations research, statistics or data science is required.",
        "Minimum of 4 years of experience in operational analysis or lessons learned, including 1 year in a NATO or national military headquarters.",
        "Experience with statistical software (R or Python).",
        "Minimum NATO language levels: V in English; I in French."]
D166 = ["Experience of the NATO Lessons Learned Portal.", "Publication record in operational analysis."]


class BrowserPrint(PDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(8, 5)
        self.cell(60, 4, "14/12/2026, 10:42")
        self.set_xy(0, 5)
        self.cell(self.w, 4, "27/JALLC/05 Operational Analyst | JALLC Careers", align="C")
        self.set_xy(self.l_margin, self.t_margin)
        self.set_font("DejaVu", "", 10)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(8, self.h - 9)
        self.cell(120, 4, "https://www.jallc.example.int/careers/vacancies/27-jallc-05")
        self.set_xy(self.w - 28, self.h - 9)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")


def n166(path):
    pdf = BrowserPrint(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Home  >  Careers  >  Civilian vacancies", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para("27/JALLC/05 – Operational Analyst", 17, "B", h=8)
    pdf.ln(1)
    pdf.set_fill_color(235, 240, 245)
    pdf.multi_cell(0, 6, "Joint Analysis and Lessons Learned Centre (JALLC), Analysis Branch\nLocation: Lisbon, Portugal"
                         "     Grade: A-2     Closing: 04-03-2027", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para("Open to nationals of NATO member nations. A NATO SECRET security clearance is required.", 9.5, "I")
    pdf.heading("The role", 12)
    pdf.para(("JALLC analysts lead analysis projects requested by the Strategic Commands, travel to headquarters and "
              "operations, interview personnel and write reports with recommendations. ") * 6, 10)
    pdf.heading("What you need", 12)
    for i in E166:
        pdf.para("•  " + i, 10)
    pdf.heading("Nice to have", 12)
    for i in D166:
        pdf.para("•  " + i, 10)
    pdf.heading("Competencies", 12)
    pdf.para("Analytical Thinking (4) · Conceptual Thinking (3) · Initiative (3)", 10)
    pdf.heading("What we offer", 12)
    pdf.para(("A tax-free basic salary, expatriation allowance where eligible, 30 days of annual leave, a NATO "
              "pension scheme and medical insurance. JALLC staff work in a multinational team at the Monsanto "
              "site overlooking Lisbon. ") * 4, 10)
    pdf.heading("Selection process", 12)
    pdf.para(("Shortlisted candidates will be invited to a written test and an interview in Lisbon; interviews "
              "are expected in April 2027. Reasonable travel costs are reimbursed for candidates from outside "
              "Portugal. ") * 3, 10)
    pdf.heading("Share this job", 12)
    pdf.para("E-mail · LinkedIn · X\nRelated vacancies: 27/JALLC/02 Analyst (closes 15-01-2027) · "
             "27/JALLC/06 Information Assistant (closes 20-03-2027)", 9)
    pdf.output(path)


add(F, n166, notice_label(
    F, "Operational Analyst", "Joint Analysis and Lessons Learned Centre (JALLC), Analysis Branch", "Lisbon, Portugal",
    "A-2", "2027-03-04",
    ("master", ["operations research", "statistics", "data science"], True, []),
    [(4, "operational analysis or lessons learned"), (1, "a NATO or national military headquarters")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Analytical Thinking", 4), ("Conceptual Thinking", 3), ("Initiative", 3)],
    True, [], "NATO SECRET", E166, D166))

# ================================================================== n167 PDF: landscape poster with three boxed
# columns (The role | What you bring | Nice to have), facts in a strip at the bottom, bilingual German/English date
# label "Bewerbungsschluss / Closing date: 12.02.2027", four named participating nations, NETMA
F = "notice_n167_pdf_landscape_threeboxcolumns_factsbottomstrip_namednations_a2g15_netma_contractsofficer.pdf"
E167 = ["University degree in law, business administration or economics.",
        "At least 6 years' experience in the negotiation and administration of defence contracts, of which 3 years in a multinational programme.",
        "Knowledge of public procurement regulations.",
        "English: NATO level V (Advanced)."]
D167 = ["German, Italian or Spanish: NATO level II.", "Experience with the Eurofighter or Tornado programmes."]


def n167(path):
    pdf = PDF(orientation="L", format="A4")
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 5, "NATO EUROFIGHTER AND TORNADO MANAGEMENT AGENCY (NETMA)  ·  Commercial Directorate",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 24)
    pdf.cell(0, 13, "Contracts Officer", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    top = pdf.get_y()
    colw = (pdf.w - 28 - 8) / 2
    boxes = [(14, top, 55, "The role", ["Negotiates and administers production and support contracts with industry on "
                                         "behalf of the participating nations, and prepares contract amendments for "
                                         "approval by the Board of Directors."]),
             (14, top + 59, 53, "Nice to have", D167),
             (14 + colw + 8, top, 112, "What you bring", E167)]
    for x, y0, hgt, head, items in boxes:
        pdf.set_draw_color(0, 70, 120)
        pdf.rect(x, y0, colw, hgt)
        pdf.set_xy(x + 3, y0 + 3)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(colw - 6, 6, head)
        pdf.set_xy(x + 3, y0 + 12)
        pdf.set_font("DejaVu", "", 10)
        for i in items:
            pdf.set_x(x + 3)
            pdf.multi_cell(colw - 6, 5.2, ("– " if head != "The role" else "") + i, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    y = top + 118
    pdf.set_fill_color(0, 70, 120)
    pdf.rect(14, y, pdf.w - 28, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, y + 3)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(pdf.w - 36, 5,
                   "Location: Hallbergmoos, Germany     Grade: A-2 (NATO grade 15)     Security clearance: NATO SECRET\n"
                   "Bewerbungsschluss / Closing date: 12.02.2027\n"
                   "Open to nationals of the four NETMA participating nations (Germany, Italy, Spain and the United Kingdom).\n"
                   "Competencies: Impact and Influence – 3; Analytical Thinking – 3; Achievement – 3.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.output(path)


add(F, n167, notice_label(
    F, "Contracts Officer", "NATO Eurofighter and Tornado Management Agency (NETMA), Commercial Directorate",
    "Hallbergmoos, Germany", "A-2", "2027-02-12",
    ("university", ["law", "business administration", "economics"], True, []),
    [(6, "the negotiation and administration of defence contracts"), (3, "a multinational programme")],
    ("each", None, None, [("English", "V")], []),
    [("Impact and Influence", 3), ("Analytical Thinking", 3), ("Achievement", 3)],
    True, ["Germany", "Italy", "Spain", "United Kingdom"], "NATO SECRET", E167, D167))


def labels():
    return [(NOTICES, lab) for _, _, lab in DOCS]


def build():
    for file, writer, _ in DOCS:
        writer(os.path.join(NOTICES, file))
    return DOCS
