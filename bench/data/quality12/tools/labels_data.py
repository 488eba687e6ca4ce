"""Expected parse_vacancy --json fields for the six notices of set 12 (written by hand, before anything ran)."""
from data_protocol import NATIONS as PROTOCOL_NATIONS


def L(**kw):
    base = {"languages": {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": []},
            "competencies": [], "nationality_restricted": True, "nationalities": []}
    base.update(kw)
    return base


def comp(name, text, rung):
    return {"name": name, "level_text": text, "rung": rung}


def pair(high, low):
    return {"rule": "one_high_other_low", "high": high, "low": low, "pair": ["English", "French"], "requirements": [], "stanag": []}


def each(*req):
    return {"rule": "each", "high": None, "low": None, "pair": [],
            "requirements": [{"language": l, "level": v} for l, v in req], "stanag": []}


def slp(profile):
    return {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": [profile],
            "stanag_language": "English"}


LABELS = {
 "is-nis-interpreter-french-booth": L(
    file="is-nis-interpreter-french-booth.txt", title="Interpreter (French booth)",
    organisation="NATO International Staff, Executive Management, NATO Conference Services, Interpretation Service",
    location="Brussels, Belgium", grade="L-2 (G16)", grade_set=["L-2", "G16"], deadline="2026-12-22",
    degree={"level": "master", "fields": ["conference interpreting"], "alternatives": [], "fields_required": True},
    min_years_experience=3, languages=each(("French", "VI"), ("English", "V")),
    competencies=[comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Flexibility", "Adapts to unforeseen situations", 3),
                  comp("Self-Control", "Manages stress effectively", 3),
                  comp("Teamwork", "Solicits inputs and encourages others", 4)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 3, "context": "conference interpreting (simultaneous and consecutive)"},
                           {"years": 1, "context": "conference interpreting",
                            "where": "an international organisation or a national government"}],
    _notes="NATO careers web page copied from a browser (skip link, menu, EN|FR, cookie banner, header block, Apply/Save/"
           "Share, eight numbered IS sections, related vacancies with dd/mm/yyyy dates, footer). Linguistic grade L-2. "
           "Degree: master's in conference interpreting OR a university degree plus a postgraduate interpreting "
           "qualification (labelled level master, field required). Languages per language: French VI and English V "
           "(rule each). The interpretation test is an essential bullet but not a screening line."),
 "nspa-occupational-safety-health-officer": L(
    file="nspa-occupational-safety-health-officer.txt", title="Occupational Safety and Health Officer",
    organisation="NATO Support and Procurement Agency (NSPA), Human Resources Division, Safety, Health and Environment Office",
    location="Capellen, Luxembourg", grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-16",
    degree={"level": "university", "fields": ["occupational safety and health", "engineering", "industrial hygiene"],
            "alternatives": [], "fields_required": False},
    min_years_experience=5, languages=pair("V", "I"),
    competencies=[comp("Achievement", "Sets and works to meet challenging goals", 5),
                  comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Impact and Influence", "Takes multiple actions to persuade", 3),
                  comp("Initiative", "Is decisive in a time-sensitive situation", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "occupational safety and health"},
                           {"years": 2, "context": "occupational safety and health",
                            "where": "an industrial, logistics, warehousing or maintenance environment involving hazardous materials"}],
    _notes="Agency PDF as text: NATO UNCLASSIFIED top and bottom, reference in the running header, page numbers "
           "'- 1 -', a rule line between pages, header fields in capitals. Essentials a.-g.: a professional OSH "
           "qualification (list of national titles) and 'proven experience of risk assessments and accident "
           "investigations' are screening lines without numbers; travel (g.) is the non-screening line. Degree field only "
           "'preferably'. V/I."),
 "jfcnp-geospatial-officer": L(
    file="jfcnp-geospatial-officer.txt", title="Geospatial Officer",
    organisation="Allied Joint Force Command Naples (JFC Naples), CJ2 Intelligence, Geospatial Support Section",
    location="Lago Patria, Naples, Italy", grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-12-20",
    degree={"level": "university", "fields": ["geography", "geomatics", "surveying", "cartography", "geoinformatics"],
            "alternatives": [], "fields_required": True},
    min_years_experience=5, languages=slp("3333"), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "GIS or geospatial data production and analysis"},
                           {"years": 2, "context": "geospatial support to military operations or exercises",
                            "where": "armed forces, a national geospatial/mapping agency or a defence organisation"}],
    _notes="ACO command website page: menu, breadcrumb, Print/Share, header block in capitals, POST CONTEXT, PRINCIPAL "
           "DUTIES, ESSENTIAL a. (1)(2) b. c. d., DESIRABLE, REMARKS with the nationality rule, other vacancies with "
           "'Closing date' (not the deadline). Esri ArcGIS hands-on is a screening line without a number; deployment (d.) "
           "is non-screening. English SLP 3333; Italian and French SLP 2222 only desirable. No competencies."),
 "mncne-protocol-officer": L(
    file="mncne-protocol-officer.txt", title="Protocol Officer",
    organisation="Headquarters Multinational Corps Northeast (HQ MNC NE), Command Group - Protocol Section",
    location="Szczecin, Poland", grade="A-1 (NATO Grade 11)", grade_set=["A-1", "G11"], deadline="2026-12-18",
    degree={"level": "bachelor", "fields": ["international relations", "communication", "hospitality management"],
            "alternatives": [], "fields_required": False},
    min_years_experience=4, languages=slp("3332"), competencies=[],
    nationalities=sorted(PROTOCOL_NATIONS), clearance=None,
    experience_conditions=[{"years": 4, "context": "protocol, VIP visits or official event management"},
                           {"years": 2, "context": "protocol, VIP visits or official event management",
                            "where": "a military, diplomatic or government environment"}],
    _notes="NATO Force Structure HQ careers page: Polish cookie line, PL|EN menu, 'Published: 13.11.2026' and "
           "'Deadline for applications: 18.12.2026' (dd.mm.yyyy), 'Your tasks', 'Requirements - essential/desirable' "
           "with dashes, e-mail application, related news with dates. Only the three Framework Nations (Denmark, "
           "Germany, Poland) are eligible: other members are not. Degree at least bachelor, fields preferred. "
           "Driving licence + evenings/weekends is one combined line, treated as non-screening. No clearance stated."),
 "diana-research-security-officer": L(
    file="diana-research-security-officer.txt", title="Research Security and Compliance Officer",
    organisation="Defence Innovation Accelerator for the North Atlantic (DIANA), Legal and Compliance",
    location="London, United Kingdom", grade="A-3 (G17)", grade_set=["A-3", "G17"], deadline="2026-12-14",
    degree={"level": "master", "fields": ["law", "international relations", "security studies", "economics"],
            "alternatives": ["equivalent_experience"], "fields_required": False},
    min_years_experience=6, languages=each(("English", "V")),
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Impact and Influence", "Calculates the impact of one's actions or words", 4),
                  comp("Organisational Awareness", "Understands organisational climate and culture", 3),
                  comp("Initiative", "Is decisive in a time-sensitive situation", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "risk management, compliance or due diligence"},
                           {"years": 2, "context": "export control, foreign-investment screening or research security"}],
    _notes="Agency jobs portal: Job ID, 'Posted: 05/11/2026' vs 'Closing: 14/12/2026' (dd/mm/yyyy), Apply/Save/Email, "
           "'What you will need (essential)' / 'What would be an advantage (desirable)', competencies without "
           "punctuation, similar jobs with their own closing dates. Master's OR bachelor's plus two extra years of "
           "experience (labelled alternative equivalent_experience). English V only; 'French is not required'."),
 "jwc-payroll-entitlements-assistant": L(
    file="jwc-payroll-entitlements-assistant.txt", title="Payroll and Entitlements Assistant",
    organisation="Joint Warfare Centre (JWC), Financial Controller, Payroll and Entitlements Section",
    location="Stavanger, Norway", grade="B-5 (NATO Grade 12)", grade_set=["B-5", "G12"], deadline="2026-12-11",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=4, languages=pair("IV", "I"),
    competencies=[comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Customer Service Orientation", "Takes personal responsibility for correcting problems", 3),
                  comp("Organisational Awareness", "Understands formal structure", 1),
                  comp("Teamwork", "Co-operates", 1)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "payroll processing"},
                           {"years": 2, "context": "payroll processing using an integrated ERP payroll module"}],
    _notes="Command PDF notice as text: NATO UNCLASSIFIED banners, 'Page 1 of 2', a dashed page break with the reference "
           "repeated, numbered sections with a.-e. items. Higher secondary (level secondary); bachelor only desirable. "
           "Advanced Excel is a screening line without a number. IV/I. Test dates in January 2027 are not the deadline."),
}
