"""Expected parse_vacancy --json fields for the six notices of set 7 (written by hand, before anything ran)."""


def L(**kw):
    base = {"languages": {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": []},
            "competencies": [], "nationality_restricted": True, "nationalities": []}
    base.update(kw)
    return base


def comp(name, text, rung):
    return {"name": name, "level_text": text, "rung": rung}


NAPMA_NATIONS = ["Belgium", "Canada", "Czechia", "Denmark", "Germany", "Greece", "Hungary", "Italy", "Luxembourg",
                 "Netherlands", "Norway", "Poland", "Portugal", "Romania", "Spain", "Türkiye", "United States"]
COE_NATIONS = ["Canada", "Denmark", "Estonia", "Finland", "France", "Germany", "Italy", "Latvia", "Lithuania",
               "Netherlands", "Poland", "Slovakia", "Sweden", "United Kingdom"]

LABELS = {
 "napma-ils-engineer": L(
    file="napma-ils-engineer.txt",
    title="Integrated Logistics Support Engineer",
    organisation="NATO Airborne Early Warning & Control Programme Management Agency (NAPMA), Logistics and Sustainment Division, Supportability Engineering Section",
    location="Brunssum, Netherlands",
    grade="A-3 (G17)", grade_set=["A-3", "G17"], deadline="2026-12-18",
    degree={"level": "university", "fields": ["aeronautical engineering", "mechanical engineering", "electrical engineering", "logistics management"],
            "alternatives": [], "fields_required": True},
    min_years_experience=6,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3333"], "stanag_language": "English"},
    nationalities=sorted(NAPMA_NATIONS),
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "integrated logistics support or logistics engineering"},
                           {"years": 3, "context": "integrated logistics support or logistics engineering",
                            "where": "military aircraft or weapon-system programmes"}],
    _notes="English NAPMA notice wrapped in a Dutch MoD (Defensie) 'Bulletin internationale functies' page: Dutch menu, cookie "
           "banner, 'Datum bulletin: 30-10-2026', 'Interne reactietermijn DPD ... 27-11-2026' (an internal national deadline, not "
           "the notice's), 'Sluitingsdatum NAPMA: 18 december 2026', 'Aantal keer bekeken', Dutch similar-vacancy list with "
           "'Sluit:' dates. Deadline 2026-12-18. Named NAPMO participating nations under ELIGIBILITY (UK, France etc. are "
           "members but not eligible). Degree in a required field list '... or a closely related discipline'. 'not less than "
           "six years' ... of which at least three years on military aircraft or weapon-system programmes'. English SLP 3333; "
           "Dutch or German SLP 2222 is desirable only. No competencies."),
 "jsec-host-nation-support-officer": L(
    file="jsec-host-nation-support-officer.txt",
    title="Staff Officer Host Nation Support",
    organisation="Headquarters Joint Support and Enabling Command (JSEC), J4 - Logistics, Movement and Host Nation Support Branch",
    location="Ulm, Germany",
    grade="A-2", grade_set=["A-2"], deadline="2026-12-11",
    degree={"level": "university", "fields": ["logistics", "business administration", "law"],
            "alternatives": ["military_staff_college"], "fields_required": False},
    min_years_experience=5,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3332"], "stanag_language": "English"},
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "host nation support, movement control or logistics planning"},
                           {"years": 2, "context": "host nation support, movement control or logistics planning",
                            "where": "a multinational or joint headquarters"}],
    _notes="English JSEC notice inside a German Federal Foreign Office / BFIO page: German breadcrumb, JavaScript and cookie "
           "lines, 'Stand: 03.11.2026', 'Bewerbungsschluss der Organisation: 11.12.2026' (the deadline), 'Interne Meldefrist "
           "BFIO ... 27.11.2026' (not the deadline), the nationality rule in German in the BFIO note and again in English as "
           "the first essential, 'Weitere Stellenangebote' with other deadlines. Bullets '▪' (essential) and '–' (desirable). "
           "Degree 'preferably in' + staff college in lieu. English SLP 3332 spelled out per skill; German SLP 2222 desirable "
           "only. No competencies."),
 "iban-performance-auditor": L(
    file="iban-performance-auditor.txt",
    title="Auditor (Performance Audit)",
    organisation="International Board of Auditors for NATO (IBAN)",
    location="Brussels, Belgium",
    grade="A-3 / G17", grade_set=["A-3", "G17"], deadline="2026-12-14",
    degree={"level": "university", "fields": ["accounting", "finance", "economics", "business administration", "public administration"],
            "alternatives": [], "fields_required": False},
    min_years_experience=7,
    languages={"rule": "one_high_other_low", "high": "V", "low": "II", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Conceptual Thinking", "Clarifies complex data or situations", 4),
                  comp("Impact and Influence", "Calculates the impact of one's actions or words", 4),
                  comp("Organisational Awareness", "Understands organisational politics", 4)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 7, "context": "external public-sector audit (financial, compliance or performance audit)"},
                           {"years": 3, "context": "performance audit"}],
    _notes="Markdown wiki export: YAML front matter (exported 2026-11-04), breadcrumb links, '# Auditor (Performance Audit)', "
           "a blockquote with the closing date 14 December 2026 and 'Last edited 4 Nov 2026', then the requirements as a GFM "
           "table 'Area | Essential | Desirable' where each row holds an essential cell and a desirable cell side by side (a "
           "'<br>' inside one cell), competencies as a 'Competency | Level expected' table, page history with other dates. "
           "Nationality as a sentence above the table. Degree 'preferably in' with no alternative. 'Not less than seven years' "
           "... including at least three years of performance audit'. V/II with straight quotes. Clearance under Contract."),
 "stratcom-coe-information-environment-analyst": L(
    file="stratcom-coe-information-environment-analyst.txt",
    title="Senior Analyst, Information Environment Assessment",
    organisation="NATO Strategic Communications Centre of Excellence (NATO StratCom COE), Research and Development Branch",
    location="Riga, Latvia",
    grade="equivalent to NATO A-2", grade_set=["A-2"], deadline="2026-12-15",
    degree={"level": "university", "fields": ["communication studies", "social sciences", "data science"],
            "alternatives": ["equivalent_experience"], "fields_required": False},
    min_years_experience=4,
    languages={"rule": "each", "high": None, "low": None, "pair": [],
               "requirements": [{"language": "English", "level": "V"}], "stanag": []},
    competencies=[comp("Analytical Thinking", "makes complex plans or analyses", 4),
                  comp("Initiative", "is decisive in a time-sensitive situation", 3),
                  comp("Flexibility", "adapts to unforeseen situations", 3),
                  comp("Teamwork", "solicits inputs", 3)],
    nationalities=sorted(COE_NATIONS),
    clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "research or analysis of the information environment"},
                           {"years": 2, "context": "research or analysis of the information environment",
                            "where": "a government, military or international organisation"}],
    _notes="Centre of Excellence careers page, requirements only in PROSE paragraphs with no Essential/Desirable headings: "
           "'The successful candidate will hold ...', 'He or she will bring at least four years ... at least two of which were "
           "gained in ...', 'must also be able to show ...', 'a full professional command of English, equivalent to NATO level "
           "V (Advanced), is required. French is not required.' (rule each, English V only), competencies inline as 'Name "
           "(rung text)' in one sentence, desirables as 'It would be an advantage to ...' (Russian III desirable only). Named "
           "Sponsoring Nations (US, Spain, Norway, Türkiye etc. are members but not eligible). 'ideally in' = preferred fields; "
           "'extensive relevant professional experience in lieu' = equivalent_experience. Deadline 15 December 2026 (not "
           "'Posted: 2 November 2026', not the other position closing 30 November). Grade 'equivalent to NATO A-2'; clearance "
           "under What we offer."),
 "nci-academy-cyber-instructor": L(
    file="nci-academy-cyber-instructor.txt",
    title="Cyber Defence Instructor (Technical Track)",
    organisation="NATO Communications and Information Agency (NCIA), NCI Academy, Cyber Defence Training Branch",
    location="Oeiras (Lisbon), Portugal",
    grade=None, grade_set=[], deadline="2026-12-10",
    degree={"level": "bachelor", "fields": ["computer science", "information security", "electrical engineering"],
            "alternatives": [], "fields_required": True},
    min_years_experience=5,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3333"], "stanag_language": "English"},
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "cyber security (defensive operations, incident response, digital forensics or security engineering)"},
                           {"years": 2, "context": "delivering instructor-led technical training to adult professionals"}],
    _notes="Contractor 'Statement of Work' (BOA+ call-off), not a vacancy notice proper: numbered SOW sections, 'NATO "
           "UNCLASSIFIED' banner, bilingual agency name, no NATO grade ('carries no NATO grade': grade null). Requirements under "
           "'5.1 Mandatory requirements (the proposed consultant shall)' a)-e) and '5.2 Desired' a)-d). Experience in MONTHS: "
           "'a minimum of 60 months ... of which not less than 24 months delivering instructor-led technical training' (5 and "
           "2 years). A certification essential (GIAC/OSCP/CISSP/CEH). 'SLP 3333 or CEFR C1'. Nationality and clearance in "
           "section 4, pulled in by 5.1 e). Deadline 'Bid closing date: 10 December 2026' (not the clarification date 26 "
           "November, the period of performance, D4's 30 September 2027 or the interview week)."),
 "jallc-lessons-learned-analyst": L(
    file="jallc-lessons-learned-analyst.txt",
    title="Operational Analyst (Lessons Learned)",
    organisation="Joint Analysis and Lessons Learned Centre (JALLC), Analysis Division, Joint Operations Analysis Branch",
    location="Lisbon, Portugal",
    grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-20",
    degree={"level": "university", "fields": ["operational research", "statistics", "social sciences"],
            "alternatives": ["equivalent_qualification"], "fields_required": True},
    min_years_experience=6,
    languages={"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Achievement", "Improves performance", 4),
                  comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Change Leadership", "Expresses vision for change", 2),
                  comp("Impact and Influence", "Takes multiple actions to persuade", 3),
                  comp("Teamwork", "Co-operates", 1)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "analysis for a defence or security organisation"},
                           {"years": 2, "context": "lessons learned, operational analysis or the evaluation of military operations or exercises"}],
    _notes="PDF/OCR text with HYPHENATION BREAKS across lines ('exer-/cises', 'organisa-/tion', 'evalua-/tion', 'collec-/tion', "
           "'Ad-/vanced', 'relation-/ships', even the heading 'EXPERI-/ENCE'), Wingdings bullet glyph '' for items and 'o' for "
           "competencies, 'NATO UNCLASSIFIED' header/footer with '- n -' page numbers and the reference on every page. Deadline "
           "'Closing date: 20 December 2026' (not 'Notice date: 04 November 2026'). Required field list 'or a related analytical "
           "discipline' + 'or an equivalent level of qualification such as a high-level military education'. V/I with the "
           "quoted level name broken ('Ad- vanced'). Competency 'Sees multiple relation- ships' broken by hyphenation."),
}
