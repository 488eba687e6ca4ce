"""Notices of corpus 6 (n72-n79). Each notice is written with its hand-written label beside it.

The essential/desirable item lists are written once and used both in the document and in the label, so the
label holds the items exactly as the document states them. Every other label field is set by hand.
"""
import html
import json
import os
import textwrap

from common import NOTICES, PDF, docx_table, new_docx, notice_label, write_label

DOCS = []


def write_path(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def add(file, writer, label):
    DOCS.append((file, writer, label))


def bullets(items, mark="-"):
    return "\n".join(f"{mark} {i}" for i in items)


# =================================================================== n72: job-board API / JSON dump, NCIA
F = "notice_n72_json_dump_ncia_cloud.txt"
E72 = [
    "A university degree in computer science, software engineering or a related discipline.",
    "At least 5 years' experience in software development, of which 2 years designing cloud-native services on "
    "Kubernetes.",
    "Experience with CI/CD pipelines (GitLab CI, Jenkins or equivalent).",
    "Proficiency in English: SLP 3333 (STANAG 6001).",
]
D72 = [
    "Certified Kubernetes Administrator (CKA).",
    "Experience in a NATO or national defence environment.",
    "Knowledge of French: SLP 2222.",
]
_desc72 = ("About NCIA\nThe NATO Communications and Information Agency delivers secure, coherent and interoperable "
           "C4ISR capabilities to the Alliance.\n\nThe role\nYou will design and build the platform services of "
           "the NATO Enterprise private cloud and coach product teams adopting them.\n\n"
           "Grade: A-3 / NATO Grade G17\nSecurity clearance: NATO SECRET\n\nEssential requirements\n"
           + bullets(E72) + "\n\nDesirable requirements\n" + bullets(D72) +
           "\n\nCompetencies\nAnalytical Thinking: Sees multiple relationships; Teamwork: Co-operates.\n\n"
           "Eligibility\nOnly nationals of NATO member states can apply.\n\n"
           "Closing date: 29 January 2027, 23:59 CET.")
_rec72 = {
    "status": 200,
    "count": 1,
    "results": [{
        "id": "ncia-2026-118734",
        "source": "jobs-feed-v2",
        "title": "Senior Software Engineer (Cloud Platforms)",
        "company": {"name": "NATO Communications and Information Agency (NCIA)", "logo": "https://example.org/l.png"},
        "location": {"city": "The Hague", "region": "Zuid-Holland", "country": "NL"},
        "employment_type": "FULL_TIME",
        "posted_at": "2026-11-30T08:12:44Z",
        "updated_at": "2026-12-02T16:40:03Z",
        "expires_at": "2027-01-29T22:59:00Z",
        "views": 412,
        "tags": ["cloud", "kubernetes", "devops", "NATO"],
        "description": _desc72,
        "apply_url": "https://example.org/apply/ncia-2026-118734",
    }],
}
T72 = json.dumps(_rec72, ensure_ascii=False, indent=2) + "\n"
add(F, lambda p, t=T72: write_path(p, t), notice_label(
    F, "Senior Software Engineer (Cloud Platforms)", "NATO Communications and Information Agency",
    "The Hague, Netherlands", "A-3", "2027-01-29",
    ("university", ["computer science", "software engineering"], True, []),
    [(5, "software development"), (2, "designing cloud-native services on Kubernetes")],
    ("none", None, None, [], ["3333"]),
    [("Analytical Thinking", 3), ("Teamwork", 1)],
    True, [], "NATO SECRET", E72, D72))


# =================================================================== n73: RSS feed item with CDATA HTML, IS B-grade
F = "notice_n73_rss_item_is_budget_assistant.txt"
E73 = [
    "have a good general education at least to higher secondary level;",
    "have at least 4 years' experience in budget execution or accounting, including 1 year using an ERP system;",
    "have proficient knowledge of Microsoft Excel;",
    "possess the following minimum levels of NATO's official languages (English/French): IV (\"Upper "
    "Intermediate\") in one; II (\"Elementary\") in the other.",
]
D73 = [
    "experience in an international organisation;",
    "knowledge of International Public Sector Accounting Standards (IPSAS).",
]
C73 = [
    "Clarity and Accuracy: Checks own and others' work;",
    "Customer Service Orientation: Takes personal responsibility for correcting problems;",
    "Teamwork: Expresses positive expectations of the team.",
]
_li = lambda items: "".join(f"<li>{i}</li>" for i in items)
T73 = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>NATO careers – new vacancies</title>
<link>https://example.org/nato-careers</link>
<description>Latest vacancies published by NATO bodies</description>
<lastBuildDate>Wed, 02 Dec 2026 06:00:00 GMT</lastBuildDate>
<item>
<title>Assistant (Budget and Finance) – NATO International Staff – Brussels</title>
<link>https://example.org/nato-careers/270402</link>
<guid isPermaLink="false">270402</guid>
<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate>
<category>Finance</category>
<description><![CDATA[<p><b>Assistant (Budget and Finance)</b><br/>Office of Resources<br/>NATO Headquarters, Brussels, Belgium<br/>Grade: B.4 / NATO Grade G10<br/>Closing date: 22 January 2027</p>
<p>1. SUMMARY<br/>The Office of Resources supports the Resource Policy and Planning Board. The incumbent executes the Civil Budget, processes commitments and prepares monthly execution reports.</p>
<p>3. QUALIFICATIONS AND EXPERIENCE<br/>ESSENTIAL<br/>The incumbent must:</p>
<ul>{_li(E73)}</ul>
<p>DESIRABLE<br/>The following would be considered an advantage:</p>
<ul>{_li(D73)}</ul>
<p>6. COMPETENCIES<br/>The incumbent must demonstrate:</p>
<ul>{_li(C73)}</ul>
<p>This vacancy is open to nationals of NATO member countries only. The successful candidate will be required to obtain a NATO SECRET security clearance.</p>]]></description>
</item>
</channel>
</rss>
"""
add(F, lambda p, t=T73: write_path(p, t), notice_label(
    F, "Assistant (Budget and Finance)", "Office of Resources", "Brussels, Belgium", "B-4", "2027-01-22",
    ("secondary", [], False, []),
    [(4, "budget execution or accounting"), (1, "using an ERP system")],
    ("one_high_other_low", "IV", "II", [], []),
    [("Clarity and Accuracy", 3), ("Customer Service Orientation", 3), ("Teamwork", 2)],
    True, [], "NATO SECRET", E73, D73))


# =================================================================== n74: ACO notice, Essential | Desirable two-column
# table flattened side by side by a text extraction (pdftotext -layout style)
F = "notice_n74_flat2col_shape_logistics.txt"
E74 = [
    "University degree in logistics, business administration or engineering, or higher secondary education and "
    "completed advanced vocational training in logistics with 2 additional years of post-related experience in "
    "lieu of the degree.",
    "Minimum 5 years' experience in military logistics planning, of which 2 years in a multinational headquarters.",
    "Experience with LOGFAS.",
    "English: SLP 3333 (Listening, Speaking, Reading, Writing).",
]
D74 = [
    "Completion of the NATO Logistics Officer Course.",
    "French: SLP 2222.",
    "Experience in host nation support arrangements.",
]
W74 = 52


def _col74(items):
    out = []
    for k, it in enumerate(items, 1):
        lines = textwrap.wrap(f"{k}. {it}", W74 - 4, subsequent_indent="   ")
        out.extend(lines)
    return out


_l74, _r74 = _col74(E74), _col74(D74)
_rows74 = [f"{(_l74[i] if i < len(_l74) else ''):<{W74}}    {(_r74[i] if i < len(_r74) else '')}".rstrip()
           for i in range(max(len(_l74), len(_r74)))]
T74 = """SUPREME HEADQUARTERS ALLIED POWERS EUROPE                                 NATO UNCLASSIFIED
Civilian Vacancy Notice

Post Title:            Staff Officer (Logistics Plans)
Post Number:           SHJ LSX 0410
NATO Grade:            G15
Location:              SHAPE, Casteau (Mons), Belgium
Security Clearance:    NS
Closing date:          05.02.2027

POST CONTEXT
The J4 Logistics Plans Branch develops logistics support concepts for the NATO Force Model and
coordinates sustainment planning with the Joint Force Commands and the Joint Support and Enabling Command.

QUALIFICATIONS
""" + f"{'ESSENTIAL':<{W74}}    DESIRABLE\n" + f"{'-' * (W74 - 4):<{W74}}    {'-' * 40}\n" + "\n".join(_rows74) + """

PRINCIPAL DUTIES
a. Drafts logistics annexes to operation plans.
b. Maintains the logistics database in LOGFAS and validates national inputs.

REMARKS
Applications are only accepted from nationals of NATO member nations. Contract: 3 years, renewable.
                                                                                    Page 1 of 1
"""
add(F, lambda p, t=T74: write_path(p, t), notice_label(
    F, "Staff Officer (Logistics Plans)", "Supreme Headquarters Allied Powers Europe", "Mons, Belgium", "G15",
    "2027-02-05",
    ("university", ["logistics", "business administration", "engineering"], True, ["equivalent_experience"]),
    [(5, "military logistics planning"), (2, "a multinational headquarters")],
    ("none", None, None, [], ["3333"]),
    [],
    True, [], "NATO SECRET", E74, D74))


# =================================================================== n75: NSPA agency notice in DOCX with "Key Requirements"
F = "notice_n75_docx_keyrequirements_nspa_contracting.docx"
E75 = [
    "University degree in law, business administration, economics or a related discipline.",
    "Minimum 4 years' experience in public procurement or contracting, including 2 years negotiating service "
    "contracts.",
    "Knowledge of the NSPA Procurement Regulations or of national public procurement legislation.",
    "English: NATO level V (\"Advanced\"); French: NATO level I (\"Beginner\").",
]
D75 = [
    "Professional procurement certification (e.g. CIPS Level 4).",
    "Experience in fuel or energy supply contracts.",
]


def w75(path):
    d = new_docx()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "NSPA – NATO Support and Procurement Agency – Vacancy Notice"
    sec.footer.paragraphs[0].text = "Date of issue: 14 January 2027"
    d.add_heading("Contracting Officer (Fuel Services)", 0)
    docx_table(d, [["Vacancy reference", "NSPA-27-014"],
                   ["Directorate", "Procurement Directorate, Fuel and Energy Procurement Branch"],
                   ["Location", "Capellen, Luxembourg"],
                   ["Grade", "A-2"],
                   ["Clearance", "NATO CONFIDENTIAL"],
                   ["Application deadline", "12 February 2027"]])
    d.add_heading("About the role", 1)
    d.add_paragraph("You will run competitive procurements for fuel services supporting NATO operations and the "
                    "Central Europe Pipeline System customers, from requirement definition to contract award.")
    d.add_heading("Key Requirements", 1)
    for i in E75:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("It would be an advantage if you have", 1)
    for i in D75:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("Competencies", 1)
    docx_table(d, [["Competency", "Expected behaviour"],
                   ["Impact and Influence", "Takes multiple actions to persuade"],
                   ["Achievement", "Creates own measures of excellence"],
                   ["Initiative", "Addresses current opportunities or problems"]], bold_first_row=True)
    d.add_heading("Nationality", 1)
    d.add_paragraph("This post is open to nationals of the NATO member states.")
    d.save(path)


add(F, w75, notice_label(
    F, "Contracting Officer (Fuel Services)", "NATO Support and Procurement Agency", "Capellen, Luxembourg", "A-2",
    "2027-02-12",
    ("university", ["law", "business administration", "economics"], True, []),
    [(4, "public procurement or contracting"), (2, "negotiating service contracts")],
    ("each", None, None, [("English", "V"), ("French", "I")], []),
    [("Impact and Influence", 3), ("Achievement", 3), ("Initiative", 2)],
    True, [], "NATO CONFIDENTIAL", E75, D75))


# =================================================================== n76: e-mail digest of several jobs; one is given in full
F = "notice_n76_email_digest_jfcnp_pao.txt"
E76 = [
    "University degree in journalism, communication or public relations, or an equivalent level of qualification.",
    "At least 3 years' experience in media relations or public affairs.",
    "Experience drafting press releases and speeches for senior leaders.",
    "English: SLP 3333 (STANAG 6001).",
]
D76 = [
    "Italian: SLP 2222.",
    "Experience in a military headquarters.",
]
T76 = f"""From: Defence Jobs Digest <alerts@example.org>
To: m.rossi@example.it
Date: Mon, 7 Dec 2026 07:30:12 +0100
Subject: Your weekly digest: 4 new jobs for "NATO public affairs"

Hello,
here are this week's jobs matching your saved search "NATO public affairs".

1) Communications Assistant – NATO Support and Procurement Agency – Capellen, Luxembourg
   Grade B-4 · Closing date 15 January 2027 · View job: https://example.org/j/51
2) Digital Content Officer – Allied Command Transformation – Norfolk, United States
   NATO Grade G15 · Closing date 3 February 2027 · View job: https://example.org/j/52
3) Media Analyst (contractor) – private company, Brussels – no closing date · View job: https://example.org/j/53

4) FEATURED VACANCY – full text below
------------------------------------------------------------------------
Public Affairs Officer
Allied Joint Force Command Naples (JFC Naples)
Location: Lago Patria, Naples, Italy
Grade: A-2 (NATO Grade G15)
Closing date: 31 January 2027
Security clearance required: NATO SECRET

Post context: The Public Affairs Office informs internal and external audiences about the Command's
operations and exercises, and manages media visits.

Essential qualifications:
{bullets(E76, '*')}

Desirable qualifications:
{bullets(D76, '*')}

Eligibility: open to nationals of NATO nations only.
------------------------------------------------------------------------

You receive this e-mail because you subscribed to job alerts on 12 March 2026. Unsubscribe | Manage alerts
"""
add(F, lambda p, t=T76: write_path(p, t), notice_label(
    F, "Public Affairs Officer", "Allied Joint Force Command Naples", "Naples, Italy", "A-2", "2027-01-31",
    ("university", ["journalism", "communication", "public relations"], True, ["equivalent_qualification"]),
    [(3, "media relations or public affairs")],
    ("none", None, None, [], ["3333"]),
    [],
    True, [], "NATO SECRET", E76, D76))


# =================================================================== n77: IS notice as a justified PDF with hyphenated line breaks
F = "notice_n77_pdf_hyphenated_is_ops_civilprep.pdf"
E77 = [
    "possess a university degree in public administration, emergency management, political science or a related "
    "discipline;",
    "have at least five years' experience in civil preparedness, crisis management or resilience planning at "
    "national or international level, of which at least two years in a ministry or government agency;",
    "have experience in drafting policy documents and briefing senior officials;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "I (\"Beginner\") in the other.",
]
D77 = [
    "a master's degree in a relevant field;",
    "experience in NATO civil emergency planning committees;",
    "knowledge of critical infrastructure protection.",
]
C77 = [
    "Analytical Thinking: Makes complex plans or analyses;",
    "Conceptual Thinking: Applies complex concepts;",
    "Impact and Influence: Uses indirect influence;",
    "Organisational Awareness: Understands organisational climate and culture;",
    "Teamwork: Encourages others.",
]


def _hyph_lines(pdf, text, width, first_prefix="", next_prefix=""):
    """Greedy wrap; a word that does not fit and is purely alphabetic (7+ letters) is split with a hyphen."""
    words = text.split(" ")
    lines, cur = [], first_prefix
    for w in words:
        cand = (cur + " " + w) if cur.strip() else (cur + w)
        if pdf.get_string_width(cand) <= width:
            cur = cand
            continue
        if w.isalpha() and len(w) >= 7:
            best = None
            for k in range(3, len(w) - 2):
                v = "aeiouy"
                ok = (w[k - 1].lower() in v and w[k].lower() not in v) or \
                     (w[k - 1].lower() not in v and w[k].lower() not in v and w[k + 1].lower() in v)
                if not ok:
                    continue
                part = (cur + " " + w[:k] + "-") if cur.strip() else (cur + w[:k] + "-")
                if pdf.get_string_width(part) <= width:
                    best = k
            if best:
                lines.append((cur + " " + w[:best] + "-") if cur.strip() else (cur + w[:best] + "-"))
                cur = next_prefix + w[best:]
                continue
        lines.append(cur)
        cur = next_prefix + w
    lines.append(cur)
    return lines


def w77(path):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, 18)
    pdf.footer_text = "NATO UNCLASSIFIED – 270377 – page {p}"
    pdf.add_page()
    pdf.set_left_margin(25)
    pdf.set_right_margin(95)
    pdf.set_x(25)
    width = 210 - 25 - 95
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(width, 6, "Officer, Civil Preparedness", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)

    def para(text, prefix="", indent=""):
        for ln in _hyph_lines(pdf, text, width, prefix, indent):
            pdf.cell(width, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    para("Operations Division, Civil Preparedness Section. Location: NATO Headquarters, Brussels, Belgium. "
         "Grade: A.2 / NATO Grade G15. Closing date: 18 February 2027. Vacancy number 270377.")
    para("1. SUMMARY")
    para("The Civil Preparedness Section supports Allies in meeting the baseline requirements for national "
         "resilience, including continuity of government, resilient energy supplies and the ability to deal "
         "effectively with uncontrolled movement of people. The incumbent contributes to resilience assessments "
         "and to the work of the Resilience Committee.")
    para("3. QUALIFICATIONS AND EXPERIENCE")
    para("ESSENTIAL")
    para("The incumbent must:")
    for i in E77:
        para(i, "– ", "   ")
    para("DESIRABLE")
    para("The following would be considered an advantage:")
    for i in D77:
        para(i, "– ", "   ")
    para("6. COMPETENCIES")
    para("The incumbent must demonstrate:")
    for i in C77:
        para(i, "– ", "   ")
    para("7. CONTRACT")
    para("Contract to be offered to the successful applicant (if non-seconded): definite duration contract of "
         "three years; this may be followed by an indefinite duration contract. This vacancy is open to "
         "nationals of NATO member states only. The successful applicant will be required to obtain a NATO "
         "SECRET security clearance before taking up the post.")
    pdf.output(path)


add(F, w77, notice_label(
    F, "Officer, Civil Preparedness", "Operations Division", "Brussels, Belgium", "A-2", "2027-02-18",
    ("university", ["public administration", "emergency management", "political science"], True, []),
    [(5, "civil preparedness, crisis management or resilience planning at national or international level"),
     (2, "a ministry or government agency")],
    ("one_high_other_low", "V", "I", [], []),
    [("Analytical Thinking", 4), ("Conceptual Thinking", 3), ("Impact and Influence", 5),
     ("Organisational Awareness", 3), ("Teamwork", 4)],
    True, [], "NATO SECRET", E77, D77))


# =================================================================== n78: Markdown export with a requirements table, JWC
F = "notice_n78_markdown_table_jwc_scenario.txt"
E78 = [
    "University degree in international relations, military studies or geography, or an equivalent level of "
    "qualification (such as a high-level military education).",
    "At least 6 years' experience in exercise planning or scenario development, including 3 years in a NATO or "
    "national headquarters.",
    "Experience with JEMM or a comparable exercise management tool.",
    "English: NATO level V (\"Advanced\").",
]
D78 = [
    "Master's degree in a related field.",
    "Norwegian or another Nordic language.",
    "French: NATO level II (\"Elementary\").",
]
_tab78 = "\n".join(f"| {k} | {t} | {kind} |" for k, (t, kind) in
                   enumerate([(e, "Essential") for e in E78] + [(x, "Desirable") for x in D78], 1))
T78 = f"""# Exercise Scenario Developer

**Joint Warfare Centre (JWC)** · Stavanger, Norway · Grade **A-3** · Vacancy `JWC-27-006`

> Only nationals of NATO member nations may apply.

**Closing date:** 2027-02-26
**Security clearance:** NATO SECRET

_Last edited: 2026-12-03 by recruitment@example.org_

## The job

The Joint Warfare Centre plans and delivers NATO's operational-level exercises. The Scenario Developer
builds the settings, storylines and main events lists for STEADFAST-series exercises.

## Requirements

| # | Requirement | Type |
|---|-------------|------|
{_tab78}

## Competencies

- **Conceptual Thinking:** Creates new concepts
- **Flexibility:** Adapts strategy
- **Initiative:** Acts up to 2 months ahead

## How to apply

Apply through [NATO Talent Acquisition Platform](https://example.org/ntap). Incomplete applications are not
considered.
"""
add(F, lambda p, t=T78: write_path(p, t), notice_label(
    F, "Exercise Scenario Developer", "Joint Warfare Centre", "Stavanger, Norway", "A-3", "2027-02-26",
    ("university", ["international relations", "military studies", "geography"], True,
     ["equivalent_qualification"]),
    [(6, "exercise planning or scenario development"), (3, "a NATO or national headquarters")],
    ("each", None, None, [("English", "V")], []),
    [("Conceptual Thinking", 5), ("Flexibility", 4), ("Initiative", 4)],
    True, [], "NATO SECRET", E78, D78))


# =================================================================== n79: HTML page, Essential | Desirable side by side in one
# table row, NATO Standardization Office
F = "notice_n79_html_twocol_table_nso_standardization.html"
E79 = [
    "A university degree in engineering or a related discipline, or have attended a NATO or national military "
    "staff college.",
    "At least 3 years' experience in land forces standardization or interoperability work.",
    "Knowledge of the NATO standardization process (AAP-03).",
    "Languages: V (\"Advanced\") in one; III (\"Intermediate\") in the other of NATO's official languages "
    "(English/French).",
]
D79 = [
    "Experience in a national delegation to a NATO working group.",
    "Knowledge of German or Spanish.",
]
C79 = [
    ("Achievement", "Works to meet others' standards"),
    ("Organisational Awareness", "Understands organisational politics"),
    ("Teamwork", "Solicits inputs"),
]
_e = lambda s: html.escape(s, quote=False)
T79 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Standardization Officer (Land) | NATO careers</title></head>
<body>
<nav>Home &gt; Careers &gt; Vacancies &gt; NSO</nav>
<p class="meta">Published: 10/12/2026 · Views: 88</p>
<h1>Standardization Officer (Land)</h1>
<table class="facts">
<tr><th>Organisation</th><td>NATO Standardization Office (NSO)</td></tr>
<tr><th>Location</th><td>NATO Headquarters, Brussels, Belgium</td></tr>
<tr><th>Grade</th><td>A-2</td></tr>
<tr><th>Closing date</th><td>09/02/2027</td></tr>
<tr><th>Clearance</th><td>NATO SECRET</td></tr>
</table>
<h2>Summary</h2>
<p>The Land Branch of the NSO supports the Military Committee Land Standardization Board and its working groups.</p>
<h2>Qualifications</h2>
<table class="quals">
<tr><th>Essential</th><th>Desirable</th></tr>
<tr><td><ul>{''.join('<li>' + _e(i) + '</li>' for i in E79)}</ul></td>
<td><ul>{''.join('<li>' + _e(i) + '</li>' for i in D79)}</ul></td></tr>
</table>
<h2>Competencies</h2>
<ul>{''.join(f'<li><strong>{n}:</strong> {_e(t)}</li>' for n, t in C79)}</ul>
<p>Only nationals of NATO member countries are eligible.</p>
<aside><h3>Similar jobs</h3><p>Standardization Officer (Maritime) – closing 23/02/2027</p></aside>
</body></html>
"""
add(F, lambda p, t=T79: write_path(p, t), notice_label(
    F, "Standardization Officer (Land)", "NATO Standardization Office", "Brussels, Belgium", "A-2", "2027-02-09",
    ("university", ["engineering"], True, ["military_staff_college"]),
    [(3, "land forces standardization or interoperability work")],
    ("one_high_other_low", "V", "III", [], []),
    [("Achievement", 2), ("Organisational Awareness", 4), ("Teamwork", 3)],
    True, [], "NATO SECRET", E79, D79))


def build():
    out = []
    for file, writer, label in DOCS:
        writer(os.path.join(NOTICES, file))
        write_label(NOTICES, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
