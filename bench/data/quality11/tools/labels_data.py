"""Expected parse_vacancy --json fields for the six notices of set 11 (written by hand, before anything ran)."""
from data_metoc import NATIONS as METOC_NATIONS


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
 "is-iao-internal-auditor": L(
    file="is-iao-internal-auditor.txt", title="Internal Auditor",
    organisation="NATO International Staff, Office of the Secretary General, Internal Audit",
    location="Brussels, Belgium", grade="A-3 (G17)", grade_set=["A-3", "G17"], deadline="2026-12-14",
    degree={"level": "university", "fields": ["accounting", "finance", "business administration", "economics"],
            "alternatives": [], "fields_required": False},
    min_years_experience=6, languages=pair("V", "I"),
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Impact and Influence", "Takes multiple actions to persuade", 3),
                  comp("Organisational Awareness", "Understands organisational climate and culture", 3),
                  comp("Teamwork", "Solicits inputs", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "internal or external audit"},
                           {"years": 3, "context": "internal audit",
                            "where": "a public-sector body, a government department or an international organisation"}],
    _notes="Ordinary NATO careers page copied from a browser: skip link, site menu, EN|FR switch, cookie banner with three "
           "buttons, breadcrumb, header block (Reference, Grade, Contract type, Application deadline with time), Apply/Save/"
           "Share, the standard eight numbered IS sections, Apply now, two related vacancies with dd/mm/yyyy closing dates "
           "(not the deadline), social and footer links. Degree field only 'preferably'. The certification line and the IIA "
           "standards line are screening essentials without a number. 'About 15 working days a year' of travel is the "
           "non-screening line. Nationality rule in section 7."),
 "shape-cbrn-defence-officer": L(
    file="shape-cbrn-defence-officer.txt", title="Staff Officer (CBRN Defence)",
    organisation="Supreme Headquarters Allied Powers Europe (SHAPE), J3 Operations Directorate, CBRN Defence Section",
    location="Mons, Belgium", grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-12-18",
    degree={"level": "university", "fields": ["chemistry", "biology", "physics", "chemical engineering"],
            "alternatives": ["military_staff_college"], "fields_required": True},
    min_years_experience=5, languages=slp("3333"), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "CBRN defence (operational, planning or specialist)"},
                           {"years": 2, "context": "CBRN defence",
                            "where": "a staff post in a NATO or national military headquarters"}],
    _notes="ACO careers web page copied as text: menu and breadcrumb, one-line cookie notice, 'Vacancy details' block "
           "(Headquarters, Division, Location, NATO Grade, Post number, Security clearance, Closing date, Vacancy reference), "
           "Apply/Print/Email, then the usual ACO sections POST CONTEXT, POST SUMMARY, PRINCIPAL DUTIES (numbered), SPECIAL "
           "REQUIREMENTS, ESSENTIAL QUALIFICATIONS a./b./c. (Professional/Experience, Education/Training, Language), "
           "DESIRABLE QUALIFICATIONS, ATTRIBUTES/COMPETENCIES in ACO prose (no behavioural rungs: competencies empty), "
           "REMARKS with the nationality rule. Degree field required, staff college accepted instead. English SLP 3333 "
           "essential; French SLP 2222 only desirable (not a requirement). Deployment up to 30 days is the non-screening line. "
           "The CBRN course line is a screening essential without a number."),
 "ncia-principal-data-scientist": L(
    file="ncia-principal-data-scientist.txt", title="Principal Data Scientist",
    organisation="NATO Communications and Information Agency (NCIA), Chief Technology Office, Data Science and Artificial Intelligence Branch",
    location="The Hague, Netherlands", grade="A-4 (G20)", grade_set=["A-4", "G20"], deadline="2026-12-11",
    degree={"level": "master", "fields": ["computer science", "statistics", "mathematics", "data science"],
            "alternatives": [], "fields_required": True},
    min_years_experience=8, languages=each(("English", "V")),
    competencies=[comp("Analytical Thinking", "Makes very complex plans or analyses", 5),
                  comp("Conceptual Thinking", "Creates new concepts", 5),
                  comp("Leadership", "Leads the team to results", 4),
                  comp("Impact and Influence", "Calculates the impact of one's actions or words", 4)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 8, "context": "data science, machine learning or advanced analytics"},
                           {"years": 3, "context": "data science, machine learning or advanced analytics",
                            "where": "leading a team or a technical workstream"}],
    _notes="Agency careers portal job page: portal menu, cookie line, back link, header line with Job ID, Grade, 'Posted: "
           "06/11/2026' (not a deadline) and 'Closing date: 11/12/2026' (dd/mm/yyyy = 11 December), Apply/Save/Share, "
           "sections Post Context, Post Summary, Principal Duties, Essential Qualifications, Desirable Qualifications, "
           "Attributes/Competencies (name: text lines without punctuation), Eligibility, 'What we offer', similar jobs with "
           "closing dates, footer. Master's degree required with a required field list ('or a closely related quantitative "
           "discipline'). English only, NATO level V. 'team of 6-8' is no experience figure. Travel up to 25 days is the "
           "non-screening line; Python/SQL is a screening essential without a number."),
 "naewcf-meteorology-officer": L(
    file="naewcf-meteorology-officer.txt", title="Meteorological Officer",
    organisation="NATO Airborne Early Warning & Control Force (NAEW&CF), E-3A Component, Operations Wing, Weather Flight",
    location="NATO Air Base Geilenkirchen, Germany", grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"],
    deadline="2026-12-20",
    degree={"level": "university", "fields": ["meteorology", "atmospheric science", "physics"],
            "alternatives": [], "fields_required": True},
    min_years_experience=5, languages=slp("3332"), competencies=[],
    nationalities=sorted(METOC_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "weather forecasting"},
                           {"years": 2, "context": "weather forecasting",
                            "where": "aviation (military or civil) operations"}],
    _notes="Agency PDF vacancy notice extracted as text: 'NATO UNCLASSIFIED' top and bottom, right-aligned vacancy number, "
           "'Page 1 of 2' and a rule line between pages, a repeated running header on page 2. Header block POST TITLE / "
           "BRANCH / GRADE / LOCATION / SECURITY CLEARANCE / CLOSING DATE, then an ELIGIBILITY paragraph naming the 17 NAEW&C "
           "participating nations (no United Kingdom, no France). Sections 1-5 with a./b. items. Degree field required "
           "('meeting the WMO BIP-M'). English STANAG 6001 SLP 3332 with the skills spelled out. Shift work is the "
           "non-screening line. 'week of 18 January 2027' is the test, not the deadline."),
 "is-aims-senior-archives-assistant": L(
    file="is-aims-senior-archives-assistant.txt", title="Senior Assistant (Archives)",
    organisation="NATO International Staff, Executive Management Division, Archives and Information Management Service (AIMS)",
    location="Brussels, Belgium", grade="B-5 (G12)", grade_set=["B-5", "G12"], deadline="2026-12-07",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=4, languages=pair("IV", "II"),
    competencies=[comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Customer Service Orientation", "Takes personal responsibility for correcting problems", 3),
                  comp("Organisational Awareness", "Understands informal structure", 2),
                  comp("Teamwork", "Expresses positive expectations of the team", 2)],
    clearance="COSMIC TOP SECRET",
    experience_conditions=[{"years": 4, "context": "archives or records management"},
                           {"years": 2, "context": "archives or records management",
                            "where": "handling classified or otherwise sensitive records"}],
    _notes="Standard IS vacancy-notice PDF extracted as text: 'NATO UNCLASSIFIED' marking, centred title block (post, "
           "service and division, location, grade, vacancy number, closing date), the eight numbered IS sections, a page "
           "footer 'IS VN 261204 - page 1/1'. Higher secondary education, no field (the archives qualification is only "
           "desirable). The system line is a screening essential without a number; handling boxes up to 15 kg is the "
           "non-screening line. Clearance COSMIC TOP SECRET in section 7. 'week of 11 January 2027' is the test."),
 "act-physical-security-assistant": L(
    file="act-physical-security-assistant.txt", title="Security Assistant (Physical Security)",
    organisation="Headquarters Supreme Allied Commander Transformation (HQ SACT), Security Office",
    location="Norfolk, Virginia, United States", grade="B-3 (NATO Grade 8)", grade_set=["B-3", "G8"],
    deadline="2026-12-15",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=3, languages=each(("English", "IV")),
    competencies=[comp("Initiative", "Addresses current opportunities or problems", 2),
                  comp("Clarity and Accuracy", "Checks own work", 2),
                  comp("Customer Service Orientation", "Maintains clear communication", 2),
                  comp("Teamwork", "Co-operates", 1)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 3, "context": "physical security"},
                           {"years": 1, "context": "physical security",
                            "where": "operating electronic security systems (access control, CCTV or intrusion detection)"}],
    _notes="Command website careers page copied as text: site menu, breadcrumb, one-line cookie notice, header lines "
           "(Organisation, Location, Grade, Vacancy number, Clearance, Closing date), APPLY NOW / Download PDF, sections "
           "Post context, Principal duties, Essential qualifications ('The incumbent must:'), Desirable qualifications, "
           "Competencies (semicolon lines), Eligibility (members only, age 21), share row, other vacancies with dates, "
           "footer address. English only at NATO level IV; French only desirable. The driving licence is a screening "
           "essential without a number; shifts/weekends/on call is the non-screening line."),
}
