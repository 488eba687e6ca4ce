"""Notices of corpus 20 (n168-n179). Each writer renders its document from the same hand-written item lists as the
label; the label fields are typed by hand beside it. build.py writes every label first, then the documents."""
import html
import os

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from xml.sax.saxutils import escape as xesc

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


# ================================================================== n168 TXT: an Excel sheet saved as "Text (Tab
# delimited)": Field<TAB>Value rows, multi-line cells wrapped in double quotes (Excel's quoting), dates in dd/mm/yyyy
# with the format only in the field name, "B-4 / G10", secondary "preferably with" fields, English IV + French II
F = "notice_n168_txt_excelexport_tabdelimited_quotedmultilinecells_ddmmyyyy_b4_ncisg_supplyassistant.txt"
E168 = ["Completed secondary education, preferably with a vocational qualification in logistics or supply chain management.",
        "At least 4 years' experience in supply or warehouse management, including 1 year in a military or international organisation.",
        "Experience with an ERP system for materiel accounting (e.g. SAP).",
        "English: NATO level IV (Upper Intermediate).",
        "French: NATO level II (Elementary)."]
D168 = ["Knowledge of NATO logistics publications (AJP-4 series).",
        "A driving licence (category B)."]
T = "\t"


def q(lines):
    return '"' + "\n".join(lines) + '"'


T168 = "\n".join([
    T.join(["Field", "Value", "Notes (HR only)"]),
    T.join(["Vacancy ID", "NCISG 27/011", ""]),
    T.join(["Post title", "Supply Assistant", ""]),
    T.join(["Organisation", "NATO Communication and Information Systems Group (NCISG)", ""]),
    T.join(["Branch", "J4 Logistics Branch, Support Division", ""]),
    T.join(["Location", "SHAPE, Mons, Belgium", ""]),
    T.join(["Grade", "B-4 / G10", "check budget line 27-NCISG-114"]),
    T.join(["Security clearance", "NATO SECRET", ""]),
    T.join(["Eligibility", "Nationals of NATO member nations only", ""]),
    T.join(["Date posted (dd/mm/yyyy)", "07/12/2026", ""]),
    T.join(["Closing date (dd/mm/yyyy)", "08/02/2027", "extended? ask J1 before 15/01/2027"]),
    T.join(["Post summary", q(["The Supply Assistant maintains the materiel accounts of the Group's deployable "
                               "CIS equipment,", "processes receipts and issues, and supports stocktaking."]), ""]),
    T.join(["Essential requirements", q(["- " + i for i in E168]), ""]),
    T.join(["Desirable requirements", q(["- " + i for i in D168]), ""]),
    T.join(["Competencies", q(["Clarity and Accuracy: Checks own work;",
                               "Customer Service Orientation: Takes personal responsibility for correcting problems;",
                               "Teamwork: Expresses positive expectations of the team."]), ""]),
    T.join(["Contract", "3-year definite duration contract, renewable", ""]),
    T.join(["Application link", "https://nato.taleo.example/careersection/ncisg/jobdetail?job=27011", ""]),
    ""])
add(F, txt_writer(T168), notice_label(
    F, "Supply Assistant", "NATO Communication and Information Systems Group (NCISG)", "Mons, Belgium", "B-4",
    "2027-02-08",
    ("secondary", ["logistics", "supply chain management"], False, []),
    [(4, "supply or warehouse management"), (1, "a military or international organisation")],
    ("each", None, None, [("English", "IV"), ("French", "II")], []),
    [("Clarity and Accuracy", 2), ("Customer Service Orientation", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E168, D168))

# ================================================================== n169 TXT: a job-board e-mail digest ("3 new jobs
# match your alert"): the first post in full, two more as short teasers with their own grades, places and closing
# dates; US-style "Monday, March 1, 2027"; JFC Norfolk; A-3; degree or staff college; V/I
F = "notice_n169_txt_jobalertdigest_firstpostfull_teaserstrap_usdate_a3_jfcnorfolk_rsomofficer.txt"
E169 = ["A university degree in logistics, transportation management or a related discipline, or completion of a national staff college.",
        "A minimum of 7 years' experience in military logistics planning, of which at least 3 years in deployment or movement planning.",
        "Knowledge of NATO logistics and movement doctrine (AJP-4.4).",
        VI]
D169 = ["Experience with LOGFAS (ADAMS/EVE).",
        "Previous service in a NATO or multinational headquarters."]
T169 = "\n".join([
    "From: Defence & Security Jobs Alerts <alerts@defencejobs.example.com>",
    "To: m.hansen@example.no",
    "Date: Mon, 7 Dec 2026 06:02:11 +0000",
    "Subject: 3 new jobs match your alert \"NATO logistics\"",
    "",
    "Good morning,",
    "",
    "3 new jobs match your saved search \"NATO logistics\" (daily digest). Jobs are listed newest first.",
    "",
    "==============================================================",
    "1 | FEATURED",
    "Reception, Staging and Onward Movement (RSOM) Officer",
    "Joint Force Command Norfolk (JFC Norfolk) – Norfolk, Virginia, United States",
    "Grade: A-3  |  Clearance: NATO SECRET  |  Ref: JFCNF 26/217",
    "Deadline: Monday, March 1, 2027 (midnight Eastern Time)",
    "Open to nationals of NATO member nations only.",
    "--------------------------------------------------------------",
    "About the job",
    "The RSOM Officer plans the reception, staging and onward movement of forces deploying across the Atlantic in "
    "support of JFC Norfolk's regional plans, working with host nations, the Military Sealift Command and national "
    "movement control centres.",
    "",
    "Essential qualifications",
    *[f"  * {i}" for i in E169],
    "",
    "Desirable qualifications",
    *[f"  * {i}" for i in D169],
    "",
    "Competencies",
    "  * Analytical Thinking: Sees multiple relationships;",
    "  * Initiative: Is decisive in a time-sensitive situation;",
    "  * Teamwork: Solicits inputs and encourages others.",
    "",
    "Apply: https://defencejobs.example.com/j/784512",
    "==============================================================",
    "2",
    "Budget Assistant",
    "NATO Support and Procurement Agency (NSPA) – Capellen, Luxembourg",
    "Grade: B-5  |  Deadline: 15 February 2027",
    "Support the preparation of the Agency's operating budget ... Read more",
    "https://defencejobs.example.com/j/784431",
    "==============================================================",
    "3",
    "Movement Control Officer",
    "Joint Support and Enabling Command (JSEC) – Ulm, Germany",
    "Grade: A-2  |  Deadline: 22 February 2027",
    "Coordinate military mobility across the rear area ... Read more",
    "https://defencejobs.example.com/j/784388",
    "==============================================================",
    "",
    "You receive this e-mail because you created a job alert on 14 September 2026.",
    "Manage alerts | Unsubscribe | Privacy",
    ""])
add(F, txt_writer(T169), notice_label(
    F, "Reception, Staging and Onward Movement (RSOM) Officer", "Joint Force Command Norfolk (JFC Norfolk)",
    "Norfolk, United States", "A-3", "2027-03-01",
    ("university", ["logistics", "transportation management"], True, ["military_staff_college"]),
    [(7, "military logistics planning"), (3, "deployment or movement planning")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 3), ("Initiative", 3), ("Teamwork", 4)],
    True, [], "NATO SECRET", E169, D169))

# ================================================================== n170 TXT: an AsciiDoc source file (= title,
# :attribute: header lines incl. :closing-date: and :revdate:, [NOTE] block with the 15 AGS participating nations,
# |=== competency table); "NATO Grade G15" only; master's required; SLP 3333 only; NAGSF Sigonella
F = "notice_n170_txt_asciidocsource_attributes_notenations_g15_masterrequired_slp_nagsf_missionsystemsengineer.txt"
E170 = ["A university degree at master's level in electrical engineering, aerospace engineering or computer engineering.",
        "At least 5 years' experience in the integration or sustainment of airborne ISR or radar systems.",
        "Experience with configuration management of mission software.",
        "English: Standardised Language Profile (SLP) 3333."]
D170 = ["Experience with the RQ-4 Global Hawk or its ground segment.",
        "Italian: SLP 2222."]
N170 = ["Bulgaria", "Czechia", "Denmark", "Estonia", "Germany", "Italy", "Latvia", "Lithuania", "Luxembourg", "Norway",
        "Poland", "Romania", "Slovakia", "Slovenia", "United States"]
T170 = "\n".join([
    "= Mission Systems Engineer",
    "NATO Alliance Ground Surveillance Force (NAGSF)",
    ":vacancy-ref: NAGSF-27-003",
    ":grade: NATO Grade G15",
    ":location: Sigonella Air Base, Sicily, Italy",
    ":closing-date: 2027-02-26",
    ":revdate: 2026-12-04",
    ":clearance: NATO SECRET",
    ":toc: left",
    ":icons: font",
    "",
    "[NOTE]",
    "====",
    "Only nationals of the AGS participating nations are eligible: " + ", ".join(N170[:-1]) + " and " + N170[-1] + ".",
    "====",
    "",
    "*Vacancy:* {vacancy-ref} | *Grade:* {grade} | *Location:* {location} | *Closing date:* {closing-date}",
    "",
    "== Post context",
    "",
    "The Engineering Branch of the NAGSF Logistics Wing keeps the mission systems of the RQ-4D Phoenix fleet and its "
    "ground segment configured, integrated and airworthy.",
    "",
    "== Principal duties",
    "",
    ". Lead the integration of mission-system software releases.",
    ". Maintain the configuration baseline of the ground segment.",
    ". Support airworthiness and security accreditation activities.",
    "",
    "== Essential qualifications",
    "",
    *[f"* {i}" for i in E170],
    "",
    "== Desirable qualifications",
    "",
    *[f"* {i}" for i in D170],
    "",
    "== Competencies",
    "",
    '[cols="1,2",options="header"]',
    "|===",
    "|Competency |Level",
    "|Analytical Thinking |Makes complex plans or analyses",
    "|Achievement |Improves performance",
    "|Flexibility |Adapts to unforeseen situations",
    "|===",
    "",
    "TIP: Written tests are planned for the week of 22 March 2027.",
    ""])
add(F, txt_writer(T170), notice_label(
    F, "Mission Systems Engineer", "NATO Alliance Ground Surveillance Force (NAGSF)", "Sigonella, Italy", "A-2",
    "2027-02-26",
    ("master", ["electrical engineering", "aerospace engineering", "computer engineering"], True, []),
    [(5, "the integration or sustainment of airborne ISR or radar systems")],
    ("none", None, None, [], ["3333"]),
    [("Analytical Thinking", 4), ("Achievement", 4), ("Flexibility", 3)],
    True, N170, "NATO SECRET", E170, D170))

# ================================================================== n171 HTML: careers page with a left navigation
# sidebar (menu + "Other vacancies" with their own grades and dates) and a right <aside> "Job facts" card holding the
# grade and closing date; main column has the notice; AIRCOM Ramstein; A-3; equivalent qualification; English V only
F = "notice_n171_html_leftnavsidebar_rightfactscard_othervacanciestrap_a3_aircom_aviationsafety.html"
E171 = ["A university degree in aviation management, aeronautical engineering or a related field, or equivalent qualification.",
        "At least 8 years' experience in aviation safety management, including 3 years as a flight safety officer or safety investigator.",
        "Completion of a recognised aviation safety course (e.g. ICAO SMS or a national flight safety officer course).",
        "English: NATO level V (Advanced)."]
D171 = ["French: NATO level II (Elementary).",
        "Experience of NATO or multinational air operations."]
H171 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Aviation Safety Officer | AIRCOM Careers</title>
<style>body{{display:grid;grid-template-columns:220px 1fr 260px;font-family:Arial}} nav,aside{{background:#f2f4f7;padding:12px}}</style>
</head><body>
<nav class="sidebar" aria-label="Careers menu">
  <p><a href="/">AIRCOM home</a></p>
  <ul><li><a href="/careers">Careers</a></li><li><a href="/careers/civilian">Civilian vacancies</a></li>
      <li><a href="/careers/military">Military posts</a></li><li><a href="/careers/faq">FAQ</a></li></ul>
  <h3>Other vacancies</h3>
  <ul>
    <li><a href="/careers/v/2706">Airspace Management Assistant</a><br>B-5 · Closes 18.01.2027</li>
    <li><a href="/careers/v/2709">Budget Officer</a><br>A-2 · Closes 05.02.2027</li>
  </ul>
</nav>
<main>
  <p class="breadcrumb">Careers › Civilian vacancies › AIR 27/06</p>
  <h1>Aviation Safety Officer</h1>
  <p class="org">Allied Air Command (AIRCOM), Command Group, Flight Safety Office</p>
  <h2>Post context</h2>
  <p>The Flight Safety Office advises the Commander on the aviation safety of NATO air operations and exercises, runs the
  command's safety management system and leads safety investigations involving NATO assets.</p>
  <h2>Principal duties</h2>
  <ul><li>Manage the AIRCOM safety management system and its risk register.</li>
  <li>Lead or support safety investigations and follow up their recommendations.</li>
  <li>Deliver flight safety briefings to exercise participants.</li></ul>
  <h2>Qualifications and experience</h2>
  <h3>Essential</h3>
  <ul>{li(E171)}</ul>
  <h3>Desirable</h3>
  <ul>{li(D171)}</ul>
  <h2>Competencies</h2>
  <ul><li>Conceptual Thinking: Applies complex concepts</li><li>Impact and Influence: Takes multiple actions to persuade</li>
  <li>Organisational Awareness: Understands organisational politics</li></ul>
  <p>Interviews are expected in the second half of March 2027.</p>
</main>
<aside class="job-facts" aria-label="Job facts">
  <h2>Job facts</h2>
  <dl>
    <dt>Reference</dt><dd>AIR 27/06</dd>
    <dt>Grade</dt><dd>A-3</dd>
    <dt>Location</dt><dd>Ramstein Air Base, Germany</dd>
    <dt>Security clearance</dt><dd>NATO SECRET</dd>
    <dt>Eligibility</dt><dd>Nationals of NATO member nations</dd>
    <dt>Closing date</dt><dd>22.02.2027, 23:59 CET</dd>
  </dl>
  <p><a class="btn" href="/apply/2706">Apply now</a></p>
</aside>
<footer><p>© 2026 Allied Air Command · Page last updated 03.12.2026</p></footer>
</body></html>
"""
add(F, txt_writer(H171), notice_label(
    F, "Aviation Safety Officer", "Allied Air Command (AIRCOM)", "Ramstein, Germany", "A-3", "2027-02-22",
    ("university", ["aviation management", "aeronautical engineering"], True, ["equivalent_qualification"]),
    [(8, "aviation safety management"), (3, "a flight safety officer or safety investigator")],
    ("each", None, None, [("English", "V")], []),
    [("Conceptual Thinking", 3), ("Impact and Influence", 3), ("Organisational Awareness", 4)],
    True, [], "NATO SECRET", E171, D171))

# ================================================================== n172 HTML: the grade ONLY in a facts table; the
# requirements as one table of <th scope="row"> topics with a Status column, essential and desirable rows interleaved;
# STO Collaboration Support Office; B-5; secondary; IV/II; "Sunday 14 February 2027"
F = "notice_n172_html_gradeonlyinfactstable_reqtable_statuscolumn_interleaved_b5_sto_panelassistant.html"
R172 = [("Education", "Higher secondary education leading to a qualification for university entrance.", "Essential"),
        ("Education", "A post-secondary qualification in office administration or event management.", "Desirable"),
        ("Experience", "At least 3 years' experience in administrative support to international meetings or conferences.", "Essential"),
        ("Experience", "Experience of working in a scientific or technical environment.", "Desirable"),
        ("IT skills", "Advanced user of MS Office, in particular Excel and Outlook.", "Essential"),
        ("IT skills", "Knowledge of SharePoint.", "Desirable"),
        ("Languages", 'The following minimum levels of NATO\'s official languages (English/French): IV ("Upper Intermediate") in one; II ("Elementary") in the other.', "Essential")]
E172 = [t for _, t, s in R172 if s == "Essential"]
D172 = [t for _, t, s in R172 if s == "Desirable"]
H172 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Panel Assistant – STO vacancies</title></head><body>
<header><p>NATO Science and Technology Organization · Careers</p></header>
<article>
<h1>Panel Assistant</h1>
<p>NATO Science and Technology Organization, Collaboration Support Office</p>
<table class="facts">
  <caption>Post details</caption>
  <tr><th>Vacancy number</th><td>CSO-27-02</td></tr>
  <tr><th>Grade</th><td>B-5</td></tr>
  <tr><th>Location</th><td>Neuilly-sur-Seine, France</td></tr>
  <tr><th>Security clearance</th><td>NATO SECRET</td></tr>
  <tr><th>Eligibility</th><td>Nationals of NATO member nations only</td></tr>
  <tr><th>Closing date</th><td>Sunday 14 February 2027</td></tr>
</table>
<h2>Summary</h2>
<p>The Panel Assistant supports one of the STO's technical panels: organising its business meetings, research
symposia and lecture series across the Alliance, and keeping its records.</p>
<h2>Requirements</h2>
<table class="requirements">
  <thead><tr><th scope="col">Area</th><th scope="col">Requirement</th><th scope="col">Status</th></tr></thead>
  <tbody>
{"".join(f'    <tr><th scope="row">{esc(a)}</th><td>{esc(t)}</td><td>{s}</td></tr>' + chr(10) for a, t, s in R172)}  </tbody>
</table>
<h2>Competencies</h2>
<p>Customer Service Orientation: Takes personal responsibility for correcting problems. Clarity and Accuracy: Checks own
and others' work. Teamwork: Expresses positive expectations of the team.</p>
<p><small>Published 30 November 2026. Tests will take place in Neuilly in March 2027.</small></p>
</article></body></html>
"""
add(F, txt_writer(H172), notice_label(
    F, "Panel Assistant", "NATO Science and Technology Organization", "Neuilly-sur-Seine, France", "B-5",
    "2027-02-14",
    ("secondary", [], False, []),
    [(3, "administrative support to international meetings or conferences")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Customer Service Orientation", 3), ("Clarity and Accuracy", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E172, D172))

# ================================================================== n173 HTML: a national HTML e-mail newsletter
# (Estonian MoD "Rahvusvahelised ametikohad"), table-based layout with inline styles, "View in browser" bar, Estonian
# intro and news items with their own dates, the featured NATO IS notice in English in a nested table; A-2; V/I
F = "notice_n173_html_emailnewsletter_nestedlayouttables_estonianintro_a2_is_di_logisticscapability.html"
E173 = ["A university degree in engineering, logistics or business administration.",
        "At least 6 years' experience in logistics capability planning or multinational logistics projects.",
        "Experience of the NATO Defence Planning Process (NDPP).",
        VI]
D173 = ["Experience in a national ministry of defence.",
        "Knowledge of multinational capability cooperation initiatives (e.g. multinational logistics partnerships)."]
TD = 'style="font-family:Arial,sans-serif;font-size:14px;color:#222;padding:6px 18px"'
H173 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Rahvusvahelised ametikohad – detsember 2026</title></head>
<body style="margin:0;background:#e9eef3">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff">
  <tr><td style="font-size:11px;color:#777;padding:6px 18px">Kas e-kiri ei kuva korrektselt? <a href="#">Vaata brauseris</a> / View in browser</td></tr>
  <tr><td style="background:#0b3d6b;color:#fff;font-size:22px;padding:18px">Kaitseministeerium · Rahvusvahelised ametikohad</td></tr>
  <tr><td {TD}>Uudiskiri nr 12/2026 · 4. detsember 2026</td></tr>
  <tr><td {TD}>Head kolleegid! Allpool on NATO rahvusvaheline ametikoht, mis sobib logistika- ja
  võimearenduse taustaga spetsialistidele. Järgmine uudiskiri ilmub 8. jaanuaril 2027.</td></tr>
  <tr><td {TD}>
    <table width="100%" cellpadding="0" cellspacing="0" role="presentation" style="border:1px solid #c8d3de">
      <tr><td style="background:#dfe8f1;font-weight:bold;padding:8px 12px">ESILETÕSTETUD / FEATURED VACANCY</td></tr>
      <tr><td {TD}><h1 style="font-size:20px;margin:6px 0">Logistics Capability Officer</h1>
        <p>NATO International Staff, Defence Investment Division, Armaments and Aerospace Capabilities Directorate</p></td></tr>
      <tr><td {TD}>
        <table cellpadding="3" role="presentation">
          <tr><td><b>Location:</b></td><td>NATO Headquarters, Brussels, Belgium</td></tr>
          <tr><td><b>Grade:</b></td><td>A-2</td></tr>
          <tr><td><b>Closing date:</b></td><td>Tuesday, 23 February 2027</td></tr>
          <tr><td><b>Clearance:</b></td><td>NATO SECRET</td></tr>
          <tr><td><b>Eligibility:</b></td><td>nationals of NATO member states only</td></tr>
        </table></td></tr>
      <tr><td {TD}><p>The incumbent develops and monitors NATO logistics capability targets and supports multinational
        logistics projects of Allies.</p>
        <p><b>ESSENTIAL QUALIFICATIONS</b></p><ul>{li(E173)}</ul>
        <p><b>DESIRABLE QUALIFICATIONS</b></p><ul>{li(D173)}</ul>
        <p><b>COMPETENCIES</b></p>
        <p>Analytical Thinking: Sees multiple relationships; Change Leadership: Expresses vision for change;
        Teamwork: Solicits inputs and encourages others.</p>
        <p><a href="#">Read the full notice on the NATO careers site</a></p></td></tr>
    </table></td></tr>
  <tr><td {TD}><b>Uudised / News</b><br>
    14. jaanuar 2027 – veebiseminar „Kuidas kandideerida NATO ametikohale" (registreerumine kuni 10.01.2027).<br>
    Detsembris avaldatud ametikohtade nimekiri on ministeeriumi siseveebis.</td></tr>
  <tr><td style="font-size:11px;color:#777;padding:12px 18px">Kaitseministeerium, Sakala 1, 15094 Tallinn ·
    <a href="#">Loobu uudiskirjast / Unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>
"""
add(F, txt_writer(H173), notice_label(
    F, "Logistics Capability Officer", "NATO International Staff", "Brussels, Belgium", "A-2", "2027-02-23",
    ("university", ["engineering", "logistics", "business administration"], True, []),
    [(6, "logistics capability planning or multinational logistics projects")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 3), ("Change Leadership", 2), ("Teamwork", 4)],
    True, [], "NATO SECRET", E173, D173))


# ================================================================== n174 DOCX: the grade, closing date, location and
# clearance only in a floating text box (DrawingML wps:txbx) anchored at the right margin; body text flows beside it;
# NSPA Capellen; "A.3 (NG17)"; V/II
F = "notice_n174_docx_floatingtextbox_factsonlyinbox_a3ng17_v_ii_nspa_ammunitionsafety.docx"
E174 = ["A university degree in chemical engineering, mechanical engineering or explosives engineering.",
        "At least 7 years' experience in ammunition or explosives safety, of which 2 years in ammunition storage or surveillance.",
        "Knowledge of AASTP-1 and the NATO ammunition safety principles.",
        'The following minimum levels of NATO\'s official languages (English/French): V ("Advanced") in one; II ("Elementary") in the other.']
D174 = ["Qualification as an Ammunition Technical Officer (ATO) or equivalent.",
        "Experience of NATO or national ammunition procurement."]


def wps_textbox(paragraph, lines, width_cm=5.6, height_cm=7.5):
    emu = 360000
    paras = ""
    for ln in lines:
        bold = "<w:rPr><w:b/></w:rPr>" if ln.startswith("**") else ""
        paras += f'<w:p><w:r>{bold}<w:t xml:space="preserve">{xesc(ln.strip("*"))}</w:t></w:r></w:p>'
    cx, cy = int(width_cm * emu), int(height_cm * emu)
    xml = f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="left"/>
<wp:docPr id="10" name="Facts box"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="E6EEF6"/></a:solidFill></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440"/>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'''
    paragraph._p.append(parse_xml(xml))


def n174(path):
    d = new_docx(10.5)
    p = d.add_paragraph()
    r = p.add_run("NATO Support and Procurement Agency (NSPA)")
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x3A, 0x70)
    h = d.add_paragraph()
    r = h.add_run("Ammunition Safety Engineer")
    r.bold = True
    r.font.size = Pt(18)
    anchor = d.add_paragraph("Vacancy reference NSPA/27/0142 · Ammunition Support Partnership")
    wps_textbox(anchor, ["**KEY FACTS", "Grade: A.3 (NG17)", "Location: Capellen, Luxembourg",
                         "Closing date: 01.03.2027", "Security clearance: NATO SECRET",
                         "Open to nationals of NATO member nations", "Contract: 3 years"])
    d.add_paragraph("The Ammunition Support Partnership provides through-life support for the ammunition stocks of "
                    "participating nations. The incumbent is the Agency's technical authority for ammunition and "
                    "explosives safety in storage, transport and disposal projects.")
    for head, items in [("Essential qualifications", E174), ("Desirable qualifications", D174)]:
        p = d.add_paragraph()
        p.add_run(head).bold = True
        for i in items:
            d.add_paragraph(i, style="List Bullet")
    p = d.add_paragraph()
    p.add_run("Competencies").bold = True
    for i in ["Clarity and Accuracy: Monitors and corrects existing systems",
              "Analytical Thinking: Makes complex plans or analyses",
              "Initiative: Acts up to 2 months ahead"]:
        d.add_paragraph(i, style="List Bullet")
    d.add_paragraph("Shortlisted candidates will be invited to a written test in Capellen in April 2027.")
    d.save(path)


add(F, n174, notice_label(
    F, "Ammunition Safety Engineer", "NATO Support and Procurement Agency (NSPA)", "Capellen, Luxembourg", "A-3",
    "2027-03-01",
    ("university", ["chemical engineering", "mechanical engineering", "explosives engineering"], True, []),
    [(7, "ammunition or explosives safety"), (2, "ammunition storage or surveillance")],
    ("one_high_other_low", "V", "II", [], []),
    [("Clarity and Accuracy", 4), ("Analytical Thinking", 4), ("Initiative", 4)],
    True, [], "NATO SECRET", E174, D174))

# ================================================================== n175 DOCX: a one-column title block, then a Word
# continuous section with TWO newspaper columns (w:cols num=2) for the whole notice, a column break before the
# requirements; NCIA The Hague; "NATO Grade G15"; bachelor; SLP 3332 only
F = "notice_n175_docx_wordtwocolumnsection_columnbreak_g15_bachelor_slp3332_ncia_iamengineer.docx"
E175 = ["A bachelor's degree in computer science, information systems or a related discipline.",
        "A minimum of 5 years' experience in identity and access management, including 2 years with privileged access management tools.",
        "Practical experience with Microsoft Entra ID and Active Directory.",
        "English: SLP 3332 (Listening, Speaking, Reading, Writing)."]
D175 = ["CISSP or equivalent security certification.",
        "Experience with NATO classified networks."]


def set_cols(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")


def n175(path):
    d = new_docx(10)
    p = d.add_paragraph()
    r = p.add_run("NATO Communications and Information Agency (NCIA)")
    r.bold = True
    h = d.add_paragraph()
    r = h.add_run("Identity and Access Management Engineer")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Cyber Security Centre · The Hague, Netherlands · NATO Grade G15 · Closing date: 17 February 2027")
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(d.sections[0], 1)
    set_cols(sec, 2)
    p = d.add_paragraph()
    p.add_run("The role").bold = True
    d.add_paragraph("The NCIA Cyber Security Centre protects NATO's networks around the clock. As IAM Engineer you "
                    "design, implement and operate the identity, credential and access services of NATO's "
                    "classified and unclassified enterprise networks.")
    p = d.add_paragraph()
    p.add_run("Main responsibilities").bold = True
    for i in ["Engineer the identity lifecycle and role-based access processes.",
              "Operate privileged access management and multi-factor authentication services.",
              "Support security accreditation and audits."]:
        d.add_paragraph(i, style="List Bullet")
    p = d.add_paragraph()
    p.add_run("Conditions").bold = True
    d.add_paragraph("Open to nationals of NATO member nations. Security clearance: NATO SECRET. Initial contract of "
                    "three years.")
    br = d.add_paragraph()
    br.add_run().add_break(WD_BREAK.COLUMN)
    p = br
    p.add_run("Essential requirements").bold = True
    for i in E175:
        d.add_paragraph(i, style="List Bullet")
    p = d.add_paragraph()
    p.add_run("Desirable requirements").bold = True
    for i in D175:
        d.add_paragraph(i, style="List Bullet")
    p = d.add_paragraph()
    p.add_run("Competencies").bold = True
    for i in ["Achievement: Creates own measures of excellence", "Flexibility: Adapts to unforeseen situations",
              "Teamwork: Solicits inputs"]:
        d.add_paragraph(i, style="List Bullet")
    d.save(path)


add(F, n175, notice_label(
    F, "Identity and Access Management Engineer", "NATO Communications and Information Agency (NCIA)",
    "The Hague, Netherlands", "A-2", "2027-02-17",
    ("bachelor", ["computer science", "information systems"], True, []),
    [(5, "identity and access management"), (2, "privileged access management tools")],
    ("none", None, None, [], ["3332"]),
    [("Achievement", 3), ("Flexibility", 3), ("Teamwork", 3)],
    True, [], "NATO SECRET", E175, D175))

# ================================================================== n176 DOCX: Word heading styles with a table-of-
# contents field at the top, the grade ONLY in the "Post data" table at the end; JWC Stavanger; "A-2 (G15)";
# English V + French I as two items
F = "notice_n176_docx_tocfield_headingstyles_gradeonlyinpostdatatable_end_a2_jwc_scenariodeveloper.docx"
E176 = ["A university degree in international relations, political science, history or journalism.",
        "At least 5 years' experience in scenario development, wargaming or intelligence analysis.",
        "Experience in writing exercise products such as road-to-crisis narratives and injects.",
        "English: NATO level V (Advanced).",
        "French: NATO level I (Beginner)."]
D176 = ["Familiarity with the Skolkan or Occasus exercise settings.",
        "Completion of the NATO Exercise Planning Course."]


def toc_field(d):
    p = d.add_paragraph()
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:fldChar w:fldCharType="begin"/></w:r>')
    p._p.append(parse_xml(xml))
    p._p.append(parse_xml('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                          '<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'))
    p._p.append(parse_xml('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:fldChar w:fldCharType="separate"/></w:r>'))
    for k, t in enumerate(["1. Background\t1", "2. Duties\t1", "3. Requirements\t1", "4. Competencies\t2",
                           "5. Post data\t2"]):
        r = p.add_run(t)
        if k < 4:
            r.add_break()
    p._p.append(parse_xml('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:fldChar w:fldCharType="end"/></w:r>'))


def n176(path):
    d = new_docx(10.5)
    d.add_heading("Exercise Scenario Developer", level=0)
    d.add_paragraph("Joint Warfare Centre (JWC) – Vacancy Notice JWC 27-004")
    d.add_paragraph("Contents")
    toc_field(d)
    d.add_heading("1. Background", level=1)
    d.add_paragraph("The Joint Warfare Centre in Stavanger conducts NATO's operational-level collective training. Its "
                    "Scenario Section builds the fictitious but realistic settings, road-to-crisis narratives and "
                    "main events lists for the Alliance's largest command post exercises.")
    d.add_heading("2. Duties", level=1)
    for i in ["Develop scenario modules and exercise documents.", "Write and validate injects for the main events list.",
              "Represent the Scenario Section in exercise planning conferences."]:
        d.add_paragraph(i, style="List Number")
    d.add_heading("3. Requirements", level=1)
    d.add_heading("3.1 Essential", level=2)
    for i in E176:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("3.2 Desirable", level=2)
    for i in D176:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("4. Competencies", level=1)
    d.add_paragraph("Conceptual Thinking: Clarifies complex data or situations. Achievement: Creates own measures of "
                    "excellence. Teamwork: Expresses positive expectations of the team.")
    d.add_paragraph("Applications close on 26 February 2027 at 23:59 CET. Interviews are planned for April 2027.")
    d.add_heading("5. Post data", level=1)
    docx_table(d, [["Post number", "JWC SCE 0120"], ["Grade", "A-2 (G15)"], ["Location", "Stavanger, Norway"],
                   ["Security clearance", "NATO SECRET"], ["Eligibility", "Nationals of NATO member nations"],
                   ["Date of issue", "02.12.2026"]])
    d.save(path)


add(F, n176, notice_label(
    F, "Exercise Scenario Developer", "Joint Warfare Centre (JWC)", "Stavanger, Norway", "A-2", "2027-02-26",
    ("university", ["international relations", "political science", "history", "journalism"], True, []),
    [(5, "scenario development, wargaming or intelligence analysis")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Conceptual Thinking", 4), ("Achievement", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E176, D176))

# ================================================================== n177 PDF: a full-width header and facts line,
# then two text columns in newspaper flow: the essentials start at the foot of the left column and continue at the
# top of the right one; JSEC Ulm; A-2; bachelor; SLP 3333 only
F = "notice_n177_pdf_twocolumnflow_essentialsacrosscolumns_fullwidthheader_a2_slp_jsec_militarymobility.pdf"
E177 = ["A bachelor's degree in transport economics, logistics or geography.",
        "At least 4 years' experience in transport or infrastructure analysis, of which 1 year in a multinational setting.",
        "Knowledge of the EU and NATO military mobility initiatives.",
        "English: SLP 3333."]
D177 = ["German: SLP 2222.",
        "Experience with GIS tools (e.g. ArcGIS Pro)."]


def n177(path):
    pdf = PDF(format="A4")
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(20, 50, 90)
    pdf.rect(0, 0, 210, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 7)
    pdf.para("Joint Support and Enabling Command (JSEC)", 10, "B")
    pdf.set_x(14)
    pdf.para("Military Mobility Analyst", 18, "B", h=9)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(14, 34)
    pdf.para("Ulm, Germany  |  Grade A-2  |  NATO SECRET  |  Closing date 28 Feb 2027  |  "
             "Open to nationals of NATO member nations", 7.5, "B")
    pdf.line(14, 40, 196, 40)
    colw = 86
    def column(x, y, blocks):
        pdf.set_xy(x, y)
        for kind, text in blocks:
            pdf.set_x(x)
            if kind == "h":
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.multi_cell(colw, 5.5, text, new_x="LEFT", new_y="NEXT")
                pdf.ln(1)
            else:
                pdf.set_font("DejaVu", "", 9.5)
                pdf.multi_cell(colw, 4.6, text, new_x="LEFT", new_y="NEXT")
                pdf.ln(1.6)
    intro = ("JSEC ensures the rapid and secure movement of Allied forces across Europe. Its Military Mobility "
             "Branch assesses transport networks, border-crossing procedures and infrastructure against the "
             "requirements of NATO's regional plans, and works closely with the European Union, host nations and "
             "national movement control centres.")
    duties = ["- Analyse road, rail, port and airport capacity on reinforcement corridors.",
              "- Maintain the corridor database and produce mobility assessments.",
              "- Contribute to exercises testing reinforcement and sustainment.",
              "- Liaise with EU and national authorities on diplomatic clearances."]
    left = [("h", "About the branch"), ("t", intro), ("t", "The Branch is a small multinational team of military and civilian analysts. It publishes a quarterly corridor assessment and maintains the command's mobility database together with the national movement control centres."),
            ("h", "Principal duties")] + [("t", x) for x in duties] + [
           ("h", "Essential qualifications")] + [("t", "• " + x) for x in E177[:2]]
    right = [("t", "• " + x) for x in E177[2:]] + [("h", "Desirable qualifications")] + \
            [("t", "• " + x) for x in D177] + [
            ("h", "Competencies"),
            ("t", "Analytical Thinking – Sees multiple relationships"),
            ("t", "Organisational Awareness – Understands organisational climate and culture"),
            ("t", "Impact and Influence – Takes multiple actions to persuade"),
            ("h", "How to apply"),
            ("t", "Apply online by the closing date. Assessments are planned in Ulm in the week of 5 April 2027.")]
    column(14, 46, left)
    column(110, 46, right)
    pdf.line(105, 46, 105, 280)
    pdf.set_xy(14, 284)
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(0, 4, "JSEC Recruitment · Wilhelmsburg-Kaserne, Ulm · JSEC-27-031", align="C")
    pdf.output(path)


add(F, n177, notice_label(
    F, "Military Mobility Analyst", "Joint Support and Enabling Command (JSEC)", "Ulm, Germany", "A-2", "2027-02-28",
    ("bachelor", ["transport economics", "logistics", "geography"], True, []),
    [(4, "transport or infrastructure analysis"), (1, "a multinational setting")],
    ("none", None, None, [], ["3333"]),
    [("Analytical Thinking", 3), ("Organisational Awareness", 3), ("Impact and Influence", 3)],
    True, [], "NATO SECRET", E177, D177))

# ================================================================== n178 PDF: a careers web page printed to PDF with
# its left navigation sidebar and a right "Job summary" card (deadline, grade); browser print header/footer; NDC Rome;
# A-2; master's required; English V + French II as two items
F = "notice_n178_pdf_careerspageprint_leftnav_rightsummarycard_a2_masterrequired_ndc_seniorlibrarian.pdf"
E178 = ["A master's degree in library science, information science or archival studies.",
        "At least 6 years' professional experience in an academic or research library, including 2 years managing staff.",
        "Experience with integrated library systems (e.g. Koha or Alma).",
        "English: NATO level V (Advanced).",
        "French: NATO level II (Elementary)."]
D178 = ["Italian: NATO level II (Elementary).",
        "Experience of digital repositories and open-access publishing."]


class PrintPDF(PDF):
    def header(self):
        self.set_font("DejaVu", "", 7)
        self.set_xy(8, 5)
        self.cell(60, 4, "07/12/2026, 18:22")
        self.set_xy(70, 5)
        self.cell(80, 4, "Senior Librarian – Careers – NATO Defense College", align="C")

    def footer(self):
        self.set_font("DejaVu", "", 7)
        self.set_xy(8, -9)
        self.cell(150, 4, "https://www.ndc.nato.int/careers/vacancy.php?id=NDC-27-05")
        self.set_xy(-30, -9)
        self.cell(20, 4, f"{self.page_no()}/1", align="R")


def n178(path):
    pdf = PrintPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    # left navigation (short, top only)
    pdf.set_fill_color(238, 240, 244)
    pdf.rect(8, 14, 48, 70, style="F")
    y = 18
    for t, st in [("NATO Defense College", "B"), ("Home", ""), ("About", ""), ("Courses", ""), ("Research", ""),
                  ("Careers", "B"), ("  Civilian vacancies", ""), ("  Military posts", ""), ("Contact", "")]:
        pdf.set_font("DejaVu", st, 8)
        pdf.set_xy(11, y)
        pdf.cell(44, 4, t)
        y += 7
    # right summary card (top only)
    pdf.set_fill_color(250, 244, 230)
    pdf.rect(152, 14, 50, 62, style="F")
    y = 18
    for t, st in [("Job summary", "B"), ("Reference: NDC-27-05", ""), ("Grade: A-2", ""),
                  ("Location: Rome, Italy", ""), ("Clearance: NATO SECRET", ""), ("Apply by:", "B"),
                  ("05 Mar 2027", "B"), ("Open to nationals of", ""), ("NATO member nations", "")]:
        pdf.set_font("DejaVu", st, 8)
        pdf.set_xy(155, y)
        pdf.cell(45, 4, t)
        y += 6.5
    # main column, first the part beside the sidebars (title and intro only)
    x, w = 62, 86
    pdf.set_xy(x, 16)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(w, 4, "Careers › Civilian vacancies")
    pdf.set_xy(x, 22)
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(w, 8, "Senior Librarian", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 9)
    pdf.multi_cell(w, 4.6, "NATO Defense College (NDC), Academic Policy Division, Library", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(x, pdf.get_y() + 2)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(w, 4.6, "The NDC Library supports the College's senior courses, faculty and researchers with "
                           "collections on security and defence, and runs the College's publication repository.",
                   new_x="LEFT", new_y="NEXT")
    # below the sidebars the main text uses the full width
    pdf.set_margins(62, 20, 12)
    pdf.set_xy(62, 92)
    pdf.heading("Essential qualifications", 11, rule=False)
    for i in E178:
        pdf.para("• " + i, 9.5)
    pdf.heading("Desirable qualifications", 11, rule=False)
    for i in D178:
        pdf.para("• " + i, 9.5)
    pdf.heading("Competencies", 11, rule=False)
    for i in ["Customer Service Orientation: Makes self fully available",
              "Leadership: Ensures the team has the opportunity to perform",
              "Clarity and Accuracy: Checks own and others' work"]:
        pdf.para("• " + i, 9.5)
    pdf.heading("Related vacancies", 11, rule=False)
    pdf.para("Faculty Adviser (Research Division) – A-3 – apply by 20 Jan 2027", 8.5)
    pdf.para("Course Assistant – B-4 – apply by 12 Feb 2027", 8.5)
    pdf.output(path)


add(F, n178, notice_label(
    F, "Senior Librarian", "NATO Defense College (NDC)", "Rome, Italy", "A-2", "2027-03-05",
    ("master", ["library science", "information science", "archival studies"], True, []),
    [(6, "an academic or research library"), (2, "managing staff")],
    ("each", None, None, [("English", "V"), ("French", "II")], []),
    [("Customer Service Orientation", 4), ("Leadership", 3), ("Clarity and Accuracy", 3)],
    True, [], "NATO SECRET", E178, D178))

# ================================================================== n179 PDF: a recruitment slide deck exported to
# PDF (16:9, five slides, one topic per slide, slide footers with "n/5"); DIANA London; A-2; V/I; NATO CONFIDENTIAL
F = "notice_n179_pdf_slidedeck_169_onetopicperslide_slidefooters_a2_vi_diana_challengeprogrammeofficer.pdf"
E179 = ["A university degree in engineering, natural sciences or innovation management.",
        "At least 5 years' experience in managing innovation, research or start-up acceleration programmes.",
        "Experience of working with deep-tech start-ups and investors.",
        VI]
D179 = ["Experience in a defence or dual-use technology field.",
        "A master's degree or MBA."]


class Slides(PDF):
    def footer(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(120, 120, 120)
        self.set_xy(12, -12)
        self.cell(200, 5, "DIANA · Recruitment 2027 · NATO UNCLASSIFIED")
        self.set_xy(-40, -12)
        self.cell(28, 5, f"{self.page_no()}/5", align="R")
        self.set_text_color(0, 0, 0)


def n179(path):
    pdf = Slides(orientation="L", format=(190.5, 338.7))
    pdf.set_auto_page_break(False)
    pdf.set_margins(22, 18, 22)

    def slide(title, bullets, size=15):
        pdf.add_page()
        pdf.set_fill_color(10, 35, 80)
        pdf.rect(0, 0, 338.7, 26, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(22, 8)
        pdf.set_font("DejaVu", "B", 20)
        pdf.cell(0, 10, title)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(22, 38)
        for b in bullets:
            pdf.set_x(22)
            pdf.set_font("DejaVu", "", size)
            pdf.multi_cell(290, size * 0.52, "▸ " + b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)

    pdf.add_page()
    pdf.set_fill_color(10, 35, 80)
    pdf.rect(0, 0, 338.7, 190.5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 50)
    pdf.set_font("DejaVu", "", 16)
    pdf.cell(0, 10, "Defence Innovation Accelerator for the North Atlantic (DIANA)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 32)
    pdf.cell(0, 18, "Challenge Programme Officer", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 16)
    pdf.cell(0, 10, "DIANA Headquarters, London, United Kingdom  ·  NATO grade A-2", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    slide("The role", ["Run DIANA's annual challenge programmes from call to demonstration day.",
                       "Coach cohorts of start-ups through the accelerator sites and test centres.",
                       "Work with Allies, investors and NATO end users to transition solutions."])
    slide("What you need", E179, 14)
    slide("Nice to have & competencies",
          D179 + ["Competencies: Achievement – Sets challenging goals; Impact and Influence – Calculates the impact "
                  "of one's actions or words; Change Leadership – Ensures change messages are heard."], 14)
    slide("Apply", ["Closing date: 12 March 2027, 23:59 GMT",
                    "Open to nationals of NATO member nations only",
                    "Security clearance: NATO CONFIDENTIAL",
                    "Information webinar: 27 January 2027 (register on diana.example.int)"])
    pdf.output(path)


add(F, n179, notice_label(
    F, "Challenge Programme Officer", "Defence Innovation Accelerator for the North Atlantic (DIANA)",
    "London, United Kingdom", "A-2", "2027-03-12",
    ("university", ["engineering", "natural sciences", "innovation management"], True, []),
    [(5, "managing innovation, research or start-up acceleration programmes")],
    ("one_high_other_low", "V", "I", [], []),
    [("Achievement", 5), ("Impact and Influence", 4), ("Change Leadership", 3)],
    True, [], "NATO CONFIDENTIAL", E179, D179))


def labels():
    return [(NOTICES, lab) for _, _, lab in DOCS]


def build():
    for file, writer, _ in DOCS:
        writer(os.path.join(NOTICES, file))
    return DOCS
