"""Expected parse_vacancy --json fields for the six notices of set 5 (written by hand, before anything ran)."""


def L(**kw):
    base = {"languages": {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": []},
            "competencies": [], "nationality_restricted": True, "nationalities": []}
    base.update(kw)
    return base


def comp(name, text, rung):
    return {"name": name, "level_text": text, "rung": rung}


LABELS = {
 "netma-contracts-officer": L(
    file="netma-contracts-officer.txt",
    title="Contracts Officer (Eurofighter In-Service Support)",
    organisation="NATO Eurofighter and Tornado Management Agency (NETMA), Commercial Directorate - Support Contracts Branch",
    location="Unterhaching (Munich), Germany",
    grade="A-3 (G17)", grade_set=["A-3", "G17"], deadline="2026-11-22",
    degree={"level": "university", "fields": ["law", "business administration", "economics", "public procurement"],
            "alternatives": [], "fields_required": True},
    min_years_experience=6,
    languages={"rule": "each", "high": None, "low": None, "pair": [], "requirements": [{"language": "English", "level": "V"}], "stanag": []},
    nationalities=["Germany", "Italy", "Spain", "United Kingdom"],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "drafting, negotiating and administering complex contracts"},
                           {"years": 3, "context": "defence or aerospace programmes"}],
    _notes="Plain-text job-alert e-mail (From/Subject/Date headers, 'View this email in your browser', tracking links, "
           "two other vacancies with their own closing dates, unsubscribe footer). Deadline 22 November 2026 (not the e-mail date "
           "27 Oct, not the other vacancies' 9 Nov / 3 Dec). Headings 'WHAT YOU NEED (essential)' / 'NICE TO HAVE'. Named "
           "participating nations (the four NETMA nations): France and the Netherlands are members but not eligible. Required field "
           "list 'or a related discipline'. English V only (rule each); German/Italian/Spanish desirable, not requirements. "
           "Clearance line is an essential bullet but not a screening one. No competencies."),
 "aircom-isr-collection-manager": L(
    file="aircom-isr-collection-manager.txt",
    title="Staff Officer (ISR Collection Management)",
    organisation="Headquarters Allied Air Command (HQ AIRCOM), Intelligence Directorate (A2) - Joint ISR Branch - Collection Management Section",
    location="Ramstein Air Base, Germany",
    grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-11-18",
    degree={"level": "university", "fields": ["engineering", "geography", "physics", "intelligence studies"],
            "alternatives": ["military_staff_college"], "fields_required": False},
    min_years_experience=5,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3333"], "stanag_language": "English"},
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "air intelligence or ISR"},
                           {"years": 2, "context": "ISR collection management or ISR tasking",
                            "where": "an air operations centre or an air component headquarters"}],
    _notes="Markdown export of a wiki page: YAML front matter (exported: 2026-10-21, not the deadline), breadcrumb links, a "
           "'| Field | Value |' pipe table with the grade, clearance and '**18 November 2026**' closing date, '##' headings, "
           "bold row labels '**Professional/Experience:**' etc., related pages with other dates, an HTML comment. ACO style: "
           "nationality only under Remarks. 'preferably in ...' = preferred fields; staff college 'in lieu of a degree'. "
           "English SLP 3333; French SLP 2222 desirable only (kept out of stanag). No behavioural competencies."),
 "is-pasp-partnerships-officer": L(
    file="is-pasp-partnerships-officer.txt",
    title="Political Officer (Partnerships - Western Balkans)",
    organisation="Political Affairs and Security Policy Division (PASP), Euro-Atlantic Partnership Directorate - Western Balkans Section",
    location="Brussels, Belgium",
    grade="A-2 / G15", grade_set=["A-2", "G15"], deadline="2026-11-24",
    degree={"level": "university", "fields": ["political science", "international relations", "law", "history"],
            "alternatives": [], "fields_required": False},
    min_years_experience=4,
    languages={"rule": "one_high_other_low", "high": "V", "low": "II", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Achievement", "Sets challenging goals", 5),
                  comp("Conceptual Thinking", "Clarifies complex data or situations", 4),
                  comp("Impact and Influence", "Uses indirect influence", 5),
                  comp("Initiative", "Acts up to 2 months ahead", 4),
                  comp("Organisational Awareness", "Understands organisational politics", 4),
                  comp("Teamwork", "Expresses positive expectations of the team", 2)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "foreign, security or defence policy",
                            "where": "a national administration (such as a ministry of foreign affairs or of defence) or an international organisation"}],
    _notes="Indeed copy: site chrome, rating '4.3 ★★★★☆ 212 reviews', pay '€8,052 a month', 'Job details', 'Benefits - Pulled "
           "from the full job description', 'Hiring insights - Posted 12 days ago', 'Report job', other jobs with 'Apply by 15 Nov "
           "2026'. The IS notice itself is inside 'Full job description' with the standard headings; deadline 24 November 2026. "
           "Degree 'preferably in ...' (any field accepted). The years carry a where-context. V/II with straight quotes."),
 "nlo-georgia-programme-officer": L(
    file="nlo-georgia-programme-officer.txt",
    title="Programme Officer (Defence Institution Building)",
    organisation="Political Affairs and Security Policy Division (PASP) - NATO Liaison Office Georgia",
    location="Tbilisi, Georgia",
    grade="A-1 / NATO Grade G11", grade_set=["A-1", "G11"], deadline="2026-11-30",
    degree={"level": "university", "fields": ["political science", "international relations", "security studies", "public administration"],
            "alternatives": ["equivalent_qualification"], "fields_required": True},
    min_years_experience=5,
    languages={"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"],
               "requirements": [{"language": "Russian", "level": "IV"}], "stanag": []},
    competencies=[comp("Achievement", "Improves performance", 4),
                  comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Flexibility", "Adapts strategy", 4),
                  comp("Organisational Awareness", "Understands organisational climate and culture", 3),
                  comp("Teamwork", "Solicits inputs", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "defence reform, security sector governance or defence capacity building"},
                           {"years": 2, "context": "in the field", "where": "a partner country"}],
    _notes="PDF with two columns extracted side by side (pdftotext -layout): every line holds a left-column and a right-column "
           "fragment; the title and the competency texts wrap across lines ('Checks own and others' / work'). ESSENTIAL (left) and "
           "DESIRABLE (right) run in parallel. Header 'NATO UNCLASSIFIED  NLO-G/VN/2026/07', footer with 'Issued: 19/10/2026' "
           "(not the deadline); closing date 30/11/2026 (dd/mm/yyyy). Nationality in section 5 (members only; partner/host nationals "
           "excluded). Degree with required fields or 'an equivalent level of qualification (such as a high-level military "
           "education)'. V/I plus Russian IV."),
 "is-jisd-senior-intelligence-analyst": L(
    file="is-jisd-senior-intelligence-analyst.txt",
    title="Senior Intelligence Analyst (Counter-Terrorism)",
    organisation="Joint Intelligence and Security Division (JISD), Strategic Analysis Capability - Terrorism and Transnational Threats Branch",
    location="Brussels, Belgium",
    grade="A-4 / G20", grade_set=["A-4", "G20"], deadline="2026-11-29",
    degree={"level": "university", "fields": ["political science", "international relations", "security studies",
                                              "Middle Eastern studies", "African studies", "Islamic studies"],
            "alternatives": [], "fields_required": True},
    min_years_experience=10,
    languages={"rule": "one_high_other_low", "high": "V", "low": "III", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Conceptual Thinking", "Clarifies complex data or situations", 4),
                  comp("Impact and Influence", "Calculates the impact of one's actions or words", 4),
                  comp("Leadership", "Leads the team to results", 4),
                  comp("Self-Control", "Manages stress effectively", 3)],
    clearance="COSMIC TOP SECRET",
    experience_conditions=[{"years": 10, "context": "intelligence analysis"},
                           {"years": 4, "context": "terrorism or counter-terrorism"}],
    _notes="Oracle Recruiting Cloud page: 'Posting Dates 10/15/2026 - 11/29/2026' and 'Apply Before 11/29/2026, 11:59 PM' in US "
           "mm/dd/yyyy (deadline 2026-11-29; 'Posting Date 10/15/2026' is not it), 'Job Identification', 'Show More/Show Less', "
           "similar jobs with their own posting dates. Headings 'Required Qualifications' / 'Preferred Qualifications'. 'Middle "
           "Eastern, African or Islamic studies' expanded into three fields. Years in words ('ten', 'four'). V/III with curly quotes. "
           "Self-Control from the less certain ladder. Clearance COSMIC TOP SECRET from the job-info table."),
 "nso-std-terminologist-french": L(
    file="nso-std-terminologist-french.txt",
    title="Terminologist (French)",
    organisation="NATO Standardization Office (NSO), Terminology Management Section",
    location="Brussels, Belgium",
    grade="L-2 / NATO Grade G16", grade_set=["L-2", "G16"], deadline="2026-11-27",
    degree={"level": "university", "fields": ["translation", "terminology", "linguistics", "modern languages"],
            "alternatives": [], "fields_required": True},
    min_years_experience=3,
    languages={"rule": "each", "high": None, "low": None, "pair": [],
               "requirements": [{"language": "French", "level": "VI"}, {"language": "English", "level": "V"}], "stanag": []},
    competencies=[comp("Achievement", "Works to meet others' standards", 2),
                  comp("Clarity and Accuracy", "Monitors and corrects existing systems", 4),
                  comp("Conceptual Thinking", "Sees patterns", 2),
                  comp("Customer Service Orientation", "Maintains clear communication", 2),
                  comp("Teamwork", "Co-operates", 1)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 3, "context": "full-time experience as a translator or terminologist"},
                           {"years": 1, "context": "translating or working on terminology in the fields of defence, security or military affairs"}],
    _notes="Text-browser (lynx -dump) rendering: numbered link markers '[n]' in the text, '* ' bullets, a 'References' list of "
           "URLs at the end, other vacancies with their own closing dates. L grade (linguistic), G16. Nationality sentence only "
           "in the CONTRACT section. Degree in a required field list, or another degree combined with a post-graduate "
           "qualification in translation/terminology (an in-line alternative not covered by the alternatives enum: left out). "
           "A level per language: French VI as main language and English V (rule each). Customer Service Orientation from the "
           "less certain ladder."),
}
