"""Expected parse_vacancy --json fields for set 4, fixed by the author before anything ran."""

EN_FR = ["English", "French"]


def comp(name, text, rung):
    return {"name": name, "level_text": text, "rung": rung}


def lang_none_slp(profile):
    return {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": [profile],
            "stanag_language": "English"}


def lang_pair(high, low):
    return {"rule": "one_high_other_low", "high": high, "low": low, "pair": EN_FR, "requirements": [], "stanag": []}


LABELS = {
    "nspa-namp-supply-assistant": {
        "title": "Supply Assistant (Aircraft Materiel)",
        "organisation": "NATO Support and Procurement Agency (NSPA), NATO Airlift Management Programme (NAMP), Logistics Branch, Materiel Section",
        "location": "Pápa Air Base, Hungary",
        "grade": "B-5 (G12)", "grade_set": ["B-5", "G12"],
        "deadline": "2026-06-22",
        "degree": {"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
        "min_years_experience": 5,
        "languages": lang_none_slp("3322"),
        "competencies": [comp("Clarity and Accuracy", "Checks own and others' work", 3),
                         comp("Customer Service Orientation", "Takes personal responsibility for correcting problems", 3),
                         comp("Teamwork", "Expresses positive expectations of the team", 2)],
        "nationality_restricted": True,
        "nationalities": ["Bulgaria", "Estonia", "Finland", "Hungary", "Lithuania", "Netherlands", "Norway", "Poland",
                          "Romania", "Slovenia", "Sweden", "United States"],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 5, "context": "supply, stores or materiel management of aircraft or other technical spare parts"},
            {"years": 2, "context": "direct support of the flying operations of military or commercial transport aircraft"}],
        "_notes": "PDF-to-text extraction: page header 'NSPA/HR/VN/26-0412 ... NATO UNCLASSIFIED' and footer 'NATO UNCLASSIFIED - n - "
                  "VN 26-0412 / NAMP' repeated on three pages with form feeds; hard line breaks in mid-sentence, the years "
                  "essential hyphenated across lines ('manage-/ment') and the contract sentence split over a page break. 'Issue "
                  "Date: 11 May 2026' is not the deadline. Years written 'a minimum of five (5) years ... of which at least two (2) "
                  "years'. B grade: higher secondary education, no field. English SLP 3322 spelled out per skill. Nationality "
                  "restricted to the 12 SAC participating nations in section 6 (Germany, Canada, UK, France are members but not "
                  "eligible). The bilingual agency name in the letterhead is chrome.",
    },
    "is-em-hr-talent-acquisition-officer": {
        "title": "Officer (Talent Acquisition)",
        "organisation": "NATO International Staff, Executive Management Division, Human Resources, Talent Acquisition Section",
        "location": "Brussels, Belgium",
        "grade": "A-2 / G15", "grade_set": ["A-2", "G15"],
        "deadline": "2026-06-29",
        "degree": {"level": "university",
                   "fields": ["human resources management", "organisational psychology", "work psychology",
                              "business administration", "public administration"],
                   "alternatives": [], "fields_required": True},
        "min_years_experience": 4,
        "languages": lang_pair("V", "II"),
        "competencies": [comp("Achievement", "Creates own measures of excellence", 3),
                         comp("Customer Service Orientation", "Addresses underlying needs", 5),
                         comp("Empathy", "Understands unexpressed meanings", 3),
                         comp("Impact and Influence", "Takes multiple actions to persuade", 3),
                         comp("Organisational Awareness", "Understands organisational climate and culture", 3),
                         comp("Teamwork", "Solicits inputs", 3)],
        "nationality_restricted": True, "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [{"years": 4, "context": "recruitment or staff selection",
                                   "where": "the public sector or an international organisation"}],
        "_notes": "Workday page ('Posted 6 Days Ago', 'job requisition id 260518', Similar Jobs, Follow Us, (c) Workday). "
                  "Essentials introduced by 'The ideal candidate will have:' and desirables by 'It would be an asset to have:' "
                  "(no ESSENTIAL/DESIRABLE headings). Field list 'or a related discipline' without 'preferably': required, with "
                  "room for judgement. ATS experience is only desirable. V/II. Clearance stated in the recruitment paragraph. "
                  "Customer Service Orientation and Empathy rungs from the less certain ladders.",
    },
    "marcom-msa-senior-staff-officer": {
        "title": "Senior Staff Officer (Maritime Situational Awareness)",
        "organisation": "Headquarters Allied Maritime Command (MARCOM), Maritime Operations Centre, Maritime Situational Awareness Branch",
        "location": "Northwood, United Kingdom",
        "grade": "A-3", "grade_set": ["A-3", "G17"],
        "deadline": "2026-06-14",
        "degree": {"level": "university", "fields": [], "alternatives": ["military_staff_college"], "fields_required": False},
        "min_years_experience": 8,
        "languages": lang_none_slp("3333"),
        "competencies": [],
        "nationality_restricted": True, "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 8, "context": "maritime operations, maritime intelligence or maritime security"},
            {"years": 3, "context": "a maritime operations centre or a naval/maritime headquarters"}],
        "_notes": "HTML tables flattened with tabs (label<TAB>value rows; continuation rows start with a tab). 'Date of Issue "
                  "18 May 2026' and related-vacancy dates are not the deadline; 'Closing Date 14/06/2026' is dd/mm/yyyy. "
                  "'Clearance Level NS' = NATO SECRET. Language written 'English - Advanced (SLP 3333)' (en dash in the notice); "
                  "French SLP 2222 is desirable only and kept out of stanag. Degree or staff college, no field. ACO format: no "
                  "behavioural competencies (personal attributes only). Grade given as A-3 alone; G17 derived.",
    },
    "sto-cso-sas-panel-executive": {
        "title": "Panel Executive, System Analysis and Studies (SAS) Panel",
        "organisation": "NATO Science and Technology Organization (STO), Collaboration Support Office (CSO)",
        "location": "Neuilly-sur-Seine (Paris), France",
        "grade": "A-4 (G20)", "grade_set": ["A-4", "G20"],
        "deadline": "2026-06-21",
        "degree": {"level": "master",
                   "fields": ["operations research", "mathematics", "statistics", "physics", "engineering", "economics"],
                   "alternatives": [], "fields_required": True},
        "min_years_experience": 10,
        "languages": lang_pair("V", "III"),
        "competencies": [comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                         comp("Conceptual Thinking", "Clarifies complex data or situations", 4),
                         comp("Impact and Influence", "Uses indirect influence", 5),
                         comp("Initiative", "Acts 3-12 months ahead", 5),
                         comp("Organisational Awareness", "Understands organisational politics", 4),
                         comp("Teamwork", "Encourages others", 4)],
        "nationality_restricted": True, "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 10, "context": "defence analysis, operational research or defence science and technology"},
            {"years": 3, "context": "managing international collaborative research projects or programmes"}],
        "_notes": "Bilingual page chrome: French/English headings ('QUALIFICATIONS ET EXPERIENCE / QUALIFICATIONS AND "
                  "EXPERIENCE', 'ESSENTIELLES / ESSENTIAL', 'SOUHAITABLES / DESIRABLE', 'COMPETENCES / COMPETENCIES') and "
                  "bilingual header fields ('Date limite de candidature / Closing date : 21 juin 2026 / 21 June 2026'; 'Date de "
                  "publication' is not the deadline; other vacancies list their own closing dates); the requirements are in "
                  "English. Degree 'at master's level or above' in a required quantitative field list with 'or a related "
                  "quantitative discipline'. Years in words ('ten years ... of which at least three years'). V/III.",
    },
    "nso-course-director-resilience": {
        "title": "Course Director (Resilience and Civil Preparedness)",
        "organisation": "NATO School Oberammergau (NSO), Academic Operations – Strategic Partnerships and Resilience Department",
        "location": "Oberammergau, Germany",
        "grade": "A-2 (NATO Grade 15)", "grade_set": ["A-2", "G15"],
        "deadline": "2026-06-28",
        "degree": {"level": "university",
                   "fields": ["political science", "international relations", "public administration", "security studies",
                              "emergency management"],
                   "alternatives": ["military_staff_college"], "fields_required": True},
        "min_years_experience": 6,
        "languages": lang_pair("V", "I"),
        "competencies": [comp("Analytical Thinking", "Sees multiple relationships", 3),
                         comp("Developing Others", "Gives reasons and support", 3),
                         comp("Flexibility", "Adapts to unforeseen situations", 3),
                         comp("Impact and Influence", "Takes multiple actions to persuade", 3),
                         comp("Teamwork", "Solicits inputs and encourages others", 4)],
        "nationality_restricted": True, "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 6, "context": "civil emergency planning, crisis management, civil protection or national resilience"},
            {"years": 2, "context": "designing or delivering training, exercises or education for professional audiences"}],
        "_notes": "All requirements in ONE run-on paragraph of semicolon-separated clauses under 'REQUIREMENTS' (essentials), "
                  "ending with a sentence of desirables ('... would be an advantage'). Field list 'or a related discipline' "
                  "plus the staff-college alternative. 'at least two of which spent designing or delivering training ...' is "
                  "the nested condition. V/I with the quotes stripped. 'Posted: 19.05.2026' and news dates are not the "
                  "deadline. Developing Others rung from the less certain ladder; merged Teamwork rungs 3+4 stored as 4.",
    },
    "diana-programme-manager-accelerator": {
        "title": "Programme Manager – Accelerator Programme",
        "organisation": "NATO DIANA (Defence Innovation Accelerator for the North Atlantic)",
        "location": "London, United Kingdom",
        "grade": "A-3 (G17)", "grade_set": ["A-3", "G17"],
        "deadline": "2026-06-15",
        "degree": {"level": "bachelor",
                   "fields": ["engineering", "physical sciences", "computer science", "business administration"],
                   "alternatives": [], "fields_required": True},
        "min_years_experience": 7,
        "languages": {"rule": "each", "high": None, "low": None, "pair": [],
                      "requirements": [{"language": "English", "level": "V"}], "stanag": []},
        "competencies": [],
        "nationality_restricted": True, "nationalities": [],
        "clearance": "NATO SECRET",
        "experience_conditions": [
            {"years": 7, "context": "technology commercialisation, venture building, start-up acceleration or deep-tech programme management"},
            {"years": 3, "context": "working directly with early-stage companies"}],
        "_notes": "Greenhouse job-board page (Back to jobs, Apply, application form fields, 'Powered by Greenhouse'). Headings "
                  "'You will need' (essentials) and 'Great if you also have' (desirables). '7+ years' = 7. The nationality rule "
                  "appears ONLY in the page footer: 'Candidates must be nationals of a NATO member state.' Start-up style: no "
                  "behavioural competencies. English V only (rule each); French is a plus. Title dash is an en dash in the notice.",
    },
}
