"""Expected parse_vacancy --json fields for the six notices (fixed before anything ran; never revised)."""

LANG_NONE = {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": []}


def comp(name, text, rung):
    return {"name": name, "level_text": text, "rung": rung}


LABELS = {
    "is-ihc-head-counter-hybrid": {
        "title": "Head, Counter-Hybrid Policy Section",
        "organisation": "NATO International Staff, Innovation, Hybrid and Cyber Division (IHC), Counter-Hybrid Policy Section",
        "location": "Brussels, Belgium",
        "grade": "A-5 (NATO Grade G22)",
        "grade_set": ["A-5", "G22"],
        "deadline": "2026-07-12",
        "degree": {"level": "university",
                   "fields": ["political science", "international relations", "security studies", "law"],
                   "alternatives": [], "fields_required": False},
        "min_years_experience": 10,
        "languages": {"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"],
                      "requirements": [], "stanag": []},
        "competencies": [
            comp("Achievement", "Sets challenging goals", 5),
            comp("Analytical Thinking", "Makes complex plans or analyses", 4),
            comp("Change Leadership", "Challenges the status quo", 4),
            comp("Impact and Influence", "Uses complex influence strategies", 6),
            comp("Leadership", "Communicates a compelling vision", 5),
            comp("Organisational Awareness", "Understands underlying organisational issues", 5),
        ],
        "nationality_restricted": True,
        "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 10, "context": "security or defence policy",
             "where": "a national administration, an international organisation or the armed forces"},
            {"years": 4, "context": "a managerial role leading a team or a section"},
        ],
        "_notes": "Whole notice in continuous prose, no requirement headings: essentials are the sentences of the "
                  "paragraph 'NATO is looking for ...' (the blank line before it was lost in scraping, so it runs on from the duties paragraph), desirables the paragraph 'It would be an advantage "
                  "to ...'. 'preferably in ...' (fields not required). Years in words ('ten', 'four'). Language rule "
                  "inside the paragraph: 'NATO's official languages are English and French; the incumbent must have "
                  "V (\"Advanced\") in one and I (\"Beginner\") in the other'. Competencies in prose with gerunds "
                  "('setting challenging goals', 'making complex plans or analyses', ...) matched to the ladders. "
                  "'Published 19 May 2026', 'Updated 21 May 2026', '412 views' and the similar-jobs 'closes' dates "
                  "are page noise; deadline 12 July 2026 (stated twice). Grade stated in the body: A-5 (NATO Grade G22). "
                  "The travel/pressure sentence is a soft requirement.",
    },
    "mcip-coe-research-analyst": {
        "title": "Research Analyst – Undersea Infrastructure Protection",
        "organisation": "NATO Maritime Critical Infrastructure Protection Centre of Excellence (MCIP COE)",
        "location": "Gdynia, Poland",
        "grade": None,
        "grade_set": [],
        "deadline": "2026-06-30",
        "degree": {"level": "master",
                   "fields": ["engineering", "maritime studies", "ocean studies", "security studies"],
                   "alternatives": [], "fields_required": False},
        "min_years_experience": 3,
        "languages": {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [],
                      "stanag": ["3333"], "stanag_language": "English"},
        "competencies": [],
        "nationality_restricted": True,
        "nationalities": ["Denmark", "Estonia", "Finland", "Germany", "Latvia", "Lithuania", "Norway", "Poland",
                          "Sweden"],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 3, "context": "maritime security, offshore energy or subsea telecoms operations, or critical "
                                    "infrastructure protection"},
        ],
        "_notes": "LinkedIn repost of a Centre of Excellence post (a CoE is NATO-accredited, not a NATO body: no NATO "
                  "grade, 'grade' null). Emoji bullets (✅ must-haves, ⭐ nice to have, ▪️ duties, ➕ desirables). "
                  "'3+ years' = at least 3. Master's level required, fields only 'ideally' (not required). English "
                  "'STANAG 6001 SLP 3333 or CEFR C1' (C1 ~ NATO V). Nationality restricted to the nine Sponsoring "
                  "Nations listed with flag emoji; the author's comment confirms Iceland (a member) is not eligible. "
                  "'Able to obtain a NATO SECRET security clearance' gives the clearance. '1w', '2w', '184', '23 "
                  "comments', 'Try Premium for PLN0' and 'deadline 15 August' (call for speakers, another post) are "
                  "noise; deadline 30 June 2026.",
    },
    "jwc-simulation-engineer": {
        "title": "Simulation Engineer (Constructive Simulation)",
        "organisation": "Joint Warfare Centre (JWC), Joint Exercise Division, Modelling and Simulation Branch",
        "location": "Stavanger, Norway",
        "grade": "A-2 (G15)",
        "grade_set": ["A-2", "G15"],
        "deadline": "2026-06-21",
        "degree": {"level": "university",
                   "fields": ["computer science", "software engineering", "mathematics", "physics",
                              "operations research"],
                   "alternatives": [], "fields_required": True},
        "min_years_experience": 5,
        "languages": {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [],
                      "stanag": ["3332"], "stanag_language": "English"},
        "competencies": [],
        "nationality_restricted": True,
        "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 5, "context": "development, integration or technical operation of simulation systems"},
            {"years": 2, "context": "support of military training or exercises"},
        ],
        "_notes": "Two-column table 'Qualifications required | Qualifications desired' flattened into lines: after the "
                  "two header lines, each row is a row label (Education, Experience, Simulation systems, IT skills, "
                  "Language, Nationality), then the required cell, then the desired cell (the Nationality row has no "
                  "desired cell). Required: degree in the field list 'or a closely related discipline' (fields "
                  "required); 5 y 'including at least 2 years in support of military training or exercises'; "
                  "JTLS-GO/JCATS 'or a comparable constructive simulation' (no threshold); Linux and SQL; English SLP "
                  "3332. Desired: master's in M&S, simulation lead for a CAX, HLA/DIS/MSaaS, Python/Perl, French SLP "
                  "2222 (not in 'stanag'). 'Vacancy published: 22/05/2026' and the related vacancies' dates are "
                  "noise; closes 21/06/2026. No behavioural competencies (personal attributes only).",
    },
    "ims-movement-transport-officer": {
        "title": "Logistics Officer (Movement and Transportation)",
        "organisation": "International Military Staff (IMS), Logistics and Resources Division, Logistics Branch",
        "location": "Brussels, Belgium",
        "grade": "A-1 | G11",
        "grade_set": ["A-1", "G11"],
        "deadline": "2026-07-05",
        "degree": {"level": "university", "fields": [], "alternatives": ["military_staff_college"],
                   "fields_required": False},
        "min_years_experience": 3,
        "languages": {"rule": "one_high_other_low", "high": "IV", "low": "I", "pair": ["English", "French"],
                      "requirements": [], "stanag": []},
        "competencies": [
            comp("Analytical Thinking", "Sees basic relationships", 2),
            comp("Clarity and Accuracy", "Checks own and others' work", 3),
            comp("Flexibility", "Adapts to unforeseen situations", 3),
            comp("Initiative", "Addresses current opportunities or problems", 2),
            comp("Teamwork", "Expresses positive expectations of the team", 2),
        ],
        "nationality_restricted": True,
        "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 3, "context": "military or multinational movement and transportation planning"},
            {"years": 1, "context": "a NATO or multinational headquarters or an international organisation"},
        ],
        "_notes": "Experience in months: 'a minimum of 36 months' experience ... of which at least 12 months in a NATO "
                  "or multinational headquarters or an international organisation' = 3 years, with 1 year. Degree "
                  "'or have attended a NATO or national military staff college'. 'Demonstrable experience of planning "
                  "the strategic deployment ...' has no threshold. IV/I rule. SuccessFactors page: 'Date: 20 May 2026' "
                  "is the posting date, '(260318)' / 'Requisition ID' not a date; deadline 'Closing date: 5 July "
                  "2026, 23:59 (Brussels time)'. Clearance NATO SECRET from the recruitment paragraph. 'be able to "
                  "work effectively under pressure in a multinational environment' is a soft essential.",
    },
    "jfcbs-registry-clerk": {
        "title": "Clerk (Registry and Mail)",
        "organisation": "Allied Joint Force Command Brunssum (JFCBS), Information Knowledge Management (IKM) Branch, Central Registry",
        "location": "Brunssum, Netherlands",
        "grade": "C-4 / G6",
        "grade_set": ["C-4", "G6"],
        "deadline": "2026-06-19",
        "degree": {"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
        "min_years_experience": 3,
        "languages": {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [],
                      "stanag": ["3222"], "stanag_language": "English"},
        "competencies": [],
        "nationality_restricted": True,
        "nationalities": [],
        "clearance": "COSMIC TOP SECRET",
        "experience_conditions": [
            {"years": 3, "context": "registry, mail room or document control work"},
            {"years": 1, "context": "handling classified material (national or NATO)"},
        ],
        "_notes": "C-grade (manual/technical support) post: in NATO IS nomenclature secretaries and assistants are B "
                  "grades, so the support post asked for is written as a registry and mail clerk, C-4 / G6. ACO "
                  "format inside a Dutch regional job board ('Geplaatst op: 22-05-2026', 'Bekeken: 318 keer', "
                  "'Vacaturenummer: 77412' and the similar jobs' 'geplaatst' dates are noise). 'Completed secondary "
                  "education' (level secondary). 'three years' in words, 'of which at least one year handling "
                  "classified material'. EDMS experience has no threshold. SLP 3222 (L3 S2 R2 W2). 'Clearance Level: "
                  "CTS' and 'COSMIC TOP SECRET' in the remarks. Driving licence and Dutch/German are desirable only.",
    },
    "landcom-legal-adviser": {
        "title": "Legal Adviser (Operational Law)",
        "organisation": "Headquarters Allied Land Command (LANDCOM), Office of the Legal Adviser (LEGAD)",
        "location": "Izmir, Türkiye",
        "grade": "A-3 (G17)",
        "grade_set": ["A-3", "G17"],
        "deadline": "2026-07-03",
        "degree": {"level": "university", "fields": ["law"], "alternatives": [], "fields_required": True},
        "min_years_experience": 6,
        "languages": {"rule": "each", "high": None, "low": None, "pair": [],
                      "requirements": [{"language": "English", "level": "V"}, {"language": "French", "level": "I"}],
                      "stanag": []},
        "competencies": [],
        "nationality_restricted": True,
        "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 6, "context": "legal practice"},
            {"years": 3, "context": "advising on the law of armed conflict, operational law or international humanitarian law"},
        ],
        "_notes": "English ACO-style announcement inside a Turkish job portal ('Yayın Tarihi: 18.05.2026', 'Son "
                  "Güncelleme: 20.05.2026', 'Görüntülenme: 1.245', 'İlan No', 'Son başvuru 30.06.2026' of a similar "
                  "ad are noise); closing date 3 July 2026. Items numbered (i)-(vi). Degree in law required; "
                  "qualification to practise law (bar or equivalent, incl. military legal officer) is a separate "
                  "essential. Languages named per language: English V and French I (rule 'each': a French native with "
                  "English IV fails). 'demonstrable experience of reviewing operation plans, targeting or rules of "
                  "engagement' has no threshold. Item (vi) (deploy, long hours) is soft. No behavioural competencies.",
    },
}
