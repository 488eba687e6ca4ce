"""Expected parse_vacancy --json fields for the six notices of set 18 (written by hand, before anything ran)."""
from data_asp import NATIONS as ASP_NATIONS


def each(*req):
    return {"rule": "each", "high": None, "low": None, "pair": [],
            "requirements": [{"language": l, "level": v} for l, v in req], "stanag": []}


def slp(code, lang="English"):
    return {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": [code],
            "stanag_language": lang}


def pair(high, low):
    return {"rule": "one_high_other_low", "high": high, "low": low, "pair": ["English", "French"],
            "requirements": [], "stanag": []}


LABELS = {
 "nhqc3s-pnt-staff-officer": {
  "file": "nhqc3s-pnt-staff-officer.txt", "title": "Staff Officer (Positioning, Navigation and Timing)",
  "organisation": "NATO International Staff, NATO Headquarters Consultation, Command and Control Staff (NHQC3S), Navigation Branch",
  "location": "Brussels, Belgium", "grade": "NATO Grade G17", "grade_set": ["A-3"], "deadline": "2026-12-28",
  "degree": {"level": "university", "fields": ["electrical engineering", "electronic engineering", "aerospace engineering", "geodesy", "physics"],
             "alternatives": [], "fields_required": True},
  "min_years_experience": 8, "languages": pair("V", "I"),
  "competencies": [{"name": "Analytical Thinking", "level_text": "Makes complex plans or analyses", "rung": 4},
                   {"name": "Impact and Influence", "level_text": "Takes multiple actions to persuade", "rung": 3},
                   {"name": "Organisational Awareness", "level_text": "Understands organisational politics", "rung": 4},
                   {"name": "Teamwork", "level_text": "Solicits inputs and encourages others", "rung": 4}],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 8, "context": "satellite navigation or positioning, navigation and timing (PNT)"},
                            {"years": 3, "context": "in a national defence administration, the armed forces or an international organisation"}],
  "_notes": "NATO careers (NTAP-style) page: header facts (Primary Location Belgium-Brussels, Application Deadline 28-Dec-2026, "
            "Grade 'NATO Grade G17' only = A-3, Clearance Level NS), 8 numbered IS sections, related vacancies with other deadlines, "
            "'Posted: 23 November 2026' not a deadline. Required degree fields 'or a related discipline'. 8 y of which 3 in a defence/IO "
            "setting. Military GNSS knowledge = no-threshold screening essential. V/I. Members only (section 7)."},
 "space-coe-ssa-analyst": {
  "file": "space-coe-ssa-analyst.txt", "title": "Space Situational Awareness Analyst",
  "organisation": "NATO Space Centre of Excellence, Space Operations Branch",
  "location": "Toulouse, France", "grade": "Salary equivalent to NATO grade A-2", "grade_set": ["A-2"], "deadline": "2026-12-20",
  "degree": {"level": "university", "fields": ["aerospace engineering", "astronomy", "physics", "mathematics"],
             "alternatives": ["military_staff_college"], "fields_required": False},
  "min_years_experience": 5, "languages": pair("V", "III"),
  "competencies": [{"name": "Achievement", "level_text": "Creates own measures of excellence", "rung": 3},
                   {"name": "Conceptual Thinking", "level_text": "Clarifies complex data or situations", "rung": 4},
                   {"name": "Teamwork", "level_text": "Expresses positive expectations of the team", "rung": 2}],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 5, "context": "space operations"},
                            {"years": 2, "context": "space situational awareness / space domain awareness (tracking, cataloguing, conjunction assessment)"}],
  "_notes": "CoE notice with the full English version first, then the full French version (same requirements: 'cinq années ... dont "
            "au moins deux', 'V (« Avancé ») dans l'une ; III (« Intermédiaire ») dans l'autre'). Published 24/11/2026 vs closing "
            "20/12/2026. Preferred degree fields, staff college in lieu. V/III pair rule. SSA software = no-threshold screening. "
            "Travel non-screening. Clearance requested after selection."},
 "daccc-ato-production-officer": {
  "file": "daccc-ato-production-officer.txt", "title": "Staff Officer ATO Production",
  "organisation": "Deployable Air Command and Control Centre (DACCC), Deployable Air Operations Centre (DAOC), Combat Plans Division",
  "location": "Poggio Renatico, Italy", "grade": "A-2 (NATO Grade 15)", "grade_set": ["A-2"], "deadline": "2026-12-18",
  "degree": {"level": "university", "fields": [], "alternatives": ["military_staff_college"], "fields_required": False},
  "min_years_experience": 6, "languages": slp("3333"),
  "competencies": [{"name": "Initiative", "level_text": "Is decisive in a time-sensitive situation", "rung": 3},
                   {"name": "Clarity and Accuracy", "level_text": "Checks own and others' work", "rung": 3},
                   {"name": "Teamwork", "level_text": "Solicits inputs", "rung": 3}],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 6, "context": "air operations"},
                            {"years": 2, "context": "combat plans or ATO/ACO production in a JFAC, CAOC or national air operations centre"}],
  "_notes": "Command vacancy notice as PDF text: NATO UNCLASSIFIED banners, 'Page n of 2', KEY: value header, dd.mm.yyyy (Date of issue "
            "25.11.2026 vs Closing 18.12.2026), 3.a.-e. essentials. Any degree or staff college. 6 y of which 2. ICC = no-threshold "
            "screening. English SLP 3333. Deployability non-screening (REMARKS). French/Italian SLP 2222 desirable only."},
 "nspa-asp-explosives-safety-engineer": {
  "file": "nspa-asp-explosives-safety-engineer.txt", "title": "Explosives Safety Engineer",
  "organisation": "NATO Support and Procurement Agency (NSPA), Land and Joint Systems, Ammunition Support Partnership (ASP)",
  "location": "Capellen, Luxembourg", "grade": "A-2 (NATO Grade G15)", "grade_set": ["A-2"], "deadline": "2026-12-22",
  "degree": {"level": "university", "fields": ["chemical engineering", "mechanical engineering", "explosives engineering", "chemistry"],
             "alternatives": [], "fields_required": True},
  "min_years_experience": 5, "languages": pair("V", "I"),
  "competencies": [{"name": "Analytical Thinking", "level_text": "Sees multiple relationships", "rung": 3},
                   {"name": "Clarity and Accuracy", "level_text": "Monitors and corrects existing systems", "rung": 4},
                   {"name": "Impact and Influence", "level_text": "Calculates the impact of one's actions or words", "rung": 4}],
  "nationality_restricted": True, "nationalities": sorted(ASP_NATIONS), "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 5, "context": "ammunition or explosives safety management"},
                            {"years": 2, "context": "explosives storage siting or licensing (quantity-distance, AASTP-1 or national equivalent)"}],
  "_notes": "Workday-like page: Apply buttons, 'posted on Posted 4 Days Ago', 'End Date: December 22, 2026 (25 days left to apply)', "
            "job requisition id, Similar Jobs with ages, Workday footer. Eleven participating nations named under WHO WE ARE. Required "
            "degree fields 'or a related discipline'. 5 y of which 2. V/I. Travel non-screening (WHAT WE OFFER)."},
 "sfa-coe-advisor-training-specialist": {
  "file": "sfa-coe-advisor-training-specialist.txt", "title": "Advisor Training Specialist",
  "organisation": "Security Force Assistance Centre of Excellence (SFA COE), Education and Training Branch",
  "location": "Rome (Cesano), Italy", "grade": "A-2 equivalent", "grade_set": ["A-2"], "deadline": "2026-12-15",
  "degree": {"level": "university", "fields": ["political science", "international relations", "social sciences"],
             "alternatives": ["military_staff_college"], "fields_required": False},
  "min_years_experience": 7, "languages": pair("V", "I"),
  "competencies": [{"name": "Developing Others", "level_text": "Gives specific feedback", "rung": 4},
                   {"name": "Flexibility", "level_text": "Adapts to unforeseen situations", "rung": 3},
                   {"name": "Teamwork", "level_text": "Encourages others", "rung": 4}],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 7, "context": "military or police service"},
                            {"years": 2, "context": "as an advisor or mentor to partner security forces"}],
  "_notes": "CoE website page: menu, IT|EN, 'Published on 26/11/2026 - Application deadline 15/12/2026', numbered Essential/Desirable, "
            "latest news with other dates. Preferred fields, staff college in lieu. 7 y service of which 2 advising. Adult training = "
            "no-threshold screening. V/I written without quotes; 'Italian is not required'. Travel/deploy non-screening. Developing Others "
            "rung from the less certain ladder of domain.md."},
 "japcc-editorial-assistant": {
  "file": "japcc-editorial-assistant.txt", "title": "Editorial Assistant (Publications)",
  "organisation": "Joint Air Power Competence Centre (JAPCC), Publications Section",
  "location": "Kalkar, Germany", "grade": "B-5 (NATO Grade 12)", "grade_set": ["B-5"], "deadline": "2026-12-11",
  "degree": {"level": "secondary", "fields": ["graphic design", "desktop publishing", "media design", "journalism"],
             "alternatives": [], "fields_required": True},
  "min_years_experience": 4, "languages": each(("English", "V")),
  "competencies": [{"name": "Achievement", "level_text": "Works to meet others' standards", "rung": 2},
                   {"name": "Clarity and Accuracy", "level_text": "Checks own work", "rung": 2},
                   {"name": "Teamwork", "level_text": "Co-operates", "rung": 1}],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 4, "context": "editorial production or desktop publishing"},
                            {"years": 2, "context": "producing a periodical publication (journal, magazine or newspaper)"}],
  "_notes": "Command website careers page: menu, breadcrumb, 'Posted: 27 November 2026' vs 'Closing date: 11 December 2026', "
            "essentials as plain lines without bullets under 'Essential qualifications'. B grade: higher secondary plus a required "
            "qualification field. InDesign = no-threshold screening. English V only (German III desirable). Overtime non-screening."},
}
