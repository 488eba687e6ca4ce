"""Expected parse_vacancy --json fields for the six notices of set 6 (written by hand, before anything ran)."""


def L(**kw):
    base = {"languages": {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": []},
            "competencies": [], "nationality_restricted": True, "nationalities": []}
    base.update(kw)
    return base


def comp(name, text, rung):
    return {"name": name, "level_text": text, "rung": rung}


LABELS = {
 "ncia-cyber-threat-analyst": L(
    file="ncia-cyber-threat-analyst.txt",
    title="Senior Cyber Threat Analyst (NCSC Threat Hunting)",
    organisation="NATO Communications and Information Agency (NCIA), NATO Cyber Security Centre (NCSC) - Threat Hunting and Intelligence Section",
    location="Mons, Belgium",
    grade="A-3 (NATO Grade G17)", grade_set=["A-3", "G17"], deadline="2026-11-27",
    degree={"level": "bachelor", "fields": ["computer science", "information security", "electrical engineering"],
            "alternatives": [], "fields_required": True},
    min_years_experience=5,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3332"], "stanag_language": "English"},
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Initiative", "Is decisive in a time-sensitive situation", 3),
                  comp("Teamwork", "Solicits inputs", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "cyber security operations"},
                           {"years": 2, "context": "incident handling or threat hunting",
                            "where": "a security operations centre (SOC) or CSIRT"}],
    _notes="LinkedIn job copy: top navigation, '2 weeks ago · Over 100 applicants', 'Promoted by hirer', Apply/Save, emoji section "
           "headings, '…see more', Seniority level / Employment type / Job function, 'Meet the hiring team', 'More jobs' with "
           "relative dates. Deadline 27 November 2026 from 'Application deadline' inside 'About the job' (not '2 weeks ago'). "
           "Headings 'What we are looking for (essential)' / 'Nice to have'. Bachelor's in a required field list 'or a closely "
           "related discipline'. English SLP 3332 (STANAG 6001); French SLP 2222 desirable only (kept out of stanag). Nationality "
           "as the first essential bullet and again under 'What we offer'. Clearance/on-call as a non-screening bullet."),
 "nspa-fuels-procurement-officer": L(
    file="nspa-fuels-procurement-officer.txt",
    title="Procurement Officer (Fuels and Energy Contracts)",
    organisation="NATO Support and Procurement Agency (NSPA), Procurement Division - Fuels and Energy Branch",
    location="Capellen, Luxembourg",
    grade="A.2 / G15", grade_set=["A-2", "G15"], deadline="2026-11-29",
    degree={"level": "university", "fields": ["business administration", "supply chain management", "economics", "engineering"],
            "alternatives": ["equivalent_qualification"], "fields_required": False},
    min_years_experience=6,
    languages={"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Achievement", "Creates own measures of excellence", 3),
                  comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Impact and Influence", "Takes multiple actions to persuade", 3),
                  comp("Organisational Awareness", "Understands organisational climate and culture", 3),
                  comp("Teamwork", "Encourages others", 4)],
    nationalities=["Belgium", "France", "Germany", "Luxembourg", "Netherlands", "United States"],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "public or defence procurement"},
                           {"years": 2, "context": "procuring fuels, petroleum products or energy"}],
    _notes="SAP SuccessFactors requisition print view / ATS export: dotted 'FIELD ...... value' header rows, dd/mm/yyyy dates "
           "(export date 14/10/2026, posting start 15/10/2026, internal channel end 05/11/2026, audit dates: none is the deadline); "
           "deadline = POSTING END DATE 29/11/2026. Requirements as records 'Req NN | Type: ESSENTIAL|DESIRABLE | Category: ...' "
           "(French III is a DESIRABLE record, kept out of requirements). Competencies as 'COMP n | Name | text' rows. Named CEPS "
           "participating nations under ELIGIBILITY (Italy, UK etc. are members but not eligible). Degree 'preferably in' + "
           "'or an equivalent level of qualification'. V/I with stripped quotes. Grade written 'A.2 / G15'."),
 "landcom-exercise-planning-officer": L(
    file="landcom-exercise-planning-officer.txt",
    title="Staff Officer (Exercise Planning)",
    organisation="Headquarters Allied Land Command (HQ LANDCOM), Joint Effects and Training Division (J7), Exercise Planning Branch",
    location="İzmir, Türkiye",
    grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-12-06",
    degree={"level": "university", "fields": [], "alternatives": ["military_staff_college"], "fields_required": False},
    min_years_experience=7,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3333"], "stanag_language": "English"},
    clearance="NATO SECRET",
    experience_conditions=[{"years": 7, "context": "planning or conduct of land forces training and exercises"},
                           {"years": 3, "context": "planning or conduct of land forces training and exercises",
                            "where": "a corps-level or higher land headquarters (national or NATO)"}],
    _notes="PDF-to-text of an ACO civilian vacancy notification: 'NATO UNCLASSIFIED' + reference header and '- n -' footer on each "
           "page, the duties list split across the page break. Items as numbered sections with (a), (b) sub-clauses and (1), (2) "
           "sub-items: 4(a) Professional/Experience, 4(b) Education/Training, 4(c) Language, 4(d) Other. Deadline 'Closing date: "
           "06 December 2026' in 1(g). Degree with no field, staff college in lieu. English SLP 3333; 'Turkish or French - SLP 2222' "
           "desirable only. Nationality only under 6. REMARKS (a). No behavioural competencies."),
 "jfcbs-hr-officer": L(
    file="jfcbs-hr-officer.txt",
    title="Civilian Human Resources Officer (Recruitment)",
    organisation="Joint Force Command Brunssum (JFC Brunssum), J1 - Personnel and Administration, Civilian Human Resources Office",
    location="Brunssum, Netherlands",
    grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-11-30",
    degree={"level": "university", "fields": ["human resources management", "business administration", "psychology", "law"],
            "alternatives": [], "fields_required": True},
    min_years_experience=5,
    languages={"rule": "one_high_other_low", "high": "V", "low": "II", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Customer Service Orientation", "Takes personal responsibility for correcting problems", 3),
                  comp("Empathy", "Understands unexpressed meanings", 3),
                  comp("Organisational Awareness", "Understands organisational politics", 4),
                  comp("Teamwork", "Expresses positive expectations of the team", 2)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "human resources management"},
                           {"years": 2, "context": "recruitment and selection"}],
    _notes="British civil-service (Civil Service Jobs) style: 'Reference number', 'Salary', 'Job grade', 'Working pattern', 'Job "
           "summary', 'Person specification' with 'Essential criteria' (numbered 1-4) and 'Desirable criteria', 'Behaviours' "
           "(= competencies, 'Name: text'), 'Things you need to know', 'Nationality requirements' ('broadly open to ... nationals "
           "of the 32 NATO member nations'), 'Closing date: 30 November 2026 at 11:55 pm' (not the shortlisting week of 14 "
           "December). Required field list 'or a related discipline'. V/II written 'Advanced (V) in either English or French and "
           "Elementary (II) in the other'. Clearance under 'Security'."),
 "jwc-scenario-developer": L(
    file="jwc-scenario-developer.txt",
    title="Scenario Developer (Exercise Scenarios)",
    organisation="Joint Warfare Centre (JWC), Joint Exercise Division - Scenario Section",
    location="Stavanger, Norway",
    grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-04",
    degree={"level": "university", "fields": ["international relations", "political science", "geography", "security studies"],
            "alternatives": ["equivalent_experience"], "fields_required": False},
    min_years_experience=6,
    languages={"rule": "one_high_other_low", "high": "V", "low": "III", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Conceptual Thinking", "Applies complex concepts", 3),
                  comp("Flexibility", "Adapts to unforeseen situations", 3),
                  comp("Initiative", "Acts up to 2 months ahead", 4),
                  comp("Teamwork", "Solicits inputs and encourages others", 4)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "exercise scenario development or operational planning at operational or strategic level"}],
    _notes="Requirements matrix flattened from an HTML table: 'Criterion | Essential | Desirable' rows with an X in one column, so "
           "each row's class is known only from where the X sits (a trailing '| X |' = essential, '| | X' = desirable). Header "
           "'Clearance: NS', 'Closing date: 04/12/2026' (dd/mm/yyyy), 'Updated: 20/10/2026' and a related-vacancies table with "
           "other closing dates. Degree 'preferably in ...' with 'or equivalent relevant professional experience'. Master's, "
           "JWC/JFTC/JALLC, JEMM/GIS and Norwegian are desirable rows. Competencies as 'Name | text' rows; merged Teamwork rungs "
           "stored as the higher (4)."),
 "sto-cso-panel-executive": L(
    file="sto-cso-panel-executive.txt",
    title="Panel Executive, System Analysis and Studies (SAS) Panel",
    organisation="NATO Science and Technology Organization (STO), Collaboration Support Office (CSO)",
    location="Neuilly-sur-Seine, France",
    grade="A-4 (G20)", grade_set=["A-4", "G20"], deadline="2026-11-30",
    degree={"level": "master", "fields": ["operational research", "mathematics", "economics", "engineering", "natural science"],
            "alternatives": [], "fields_required": True},
    min_years_experience=8,
    languages={"rule": "each", "high": None, "low": None, "pair": [],
               "requirements": [{"language": "English", "level": "V"}, {"language": "French", "level": "III"}], "stanag": []},
    competencies=[comp("Achievement", "Sets challenging goals", 5),
                  comp("Conceptual Thinking", "Creates new concepts", 5),
                  comp("Impact and Influence", "Uses indirect influence", 5),
                  comp("Leadership", "Leads the team to results", 4),
                  comp("Organisational Awareness", "Understands underlying organisational issues", 5)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 8, "context": "defence or security research or analysis"},
                           {"years": 3, "context": "managing collaborative research programmes involving several nations or organisations"}],
    _notes="Forwarded e-mail: a national delegation's cover note (its own Date 20 Oct 2026 and a 'closing 30 Nov' subject) above "
           "a '-------- Forwarded Message --------' block whose every line starts with '> ', including the original e-mail headers "
           "(19 Oct 2026). Deadline 30 November 2026. 'Essential. The incumbent must:' / 'Desirable:'. Degree level master "
           "('a master's degree or a doctorate'), required field list without 'related'. Years in words with 'including at least "
           "three years'. Per-language rule: English V and French III (rule each). Competency 'Understands underlying "
           "organisational issues.' wrapped across two quoted lines. Nationality sentence after the competencies."),
}
