"""Expected parse_vacancy --json fields for the six notices of set 16 (written by hand, before anything ran)."""
from data_humint import NATIONS as HUMINT_NATIONS
from data_mw import NATIONS as MW_NATIONS

NOLANG = {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": []}


def each(*req):
    return {"rule": "each", "high": None, "low": None, "pair": [],
            "requirements": [{"language": l, "level": v} for l, v in req], "stanag": []}


def slp(code, lang="English"):
    return {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": [code],
            "stanag_language": lang}


LABELS = {
 "humint-coe-course-instructor": {
  "file": "humint-coe-course-instructor.txt", "title": "HUMINT Course Instructor",
  "organisation": "NATO HUMINT Centre of Excellence (HCOE)", "location": "Oradea, Romania",
  "grade": "civilian post, salary equiv. NATO A-2", "grade_set": ["A-2"], "deadline": "2026-12-11",
  "degree": {"level": "university", "fields": [], "alternatives": ["military_staff_college"], "fields_required": False},
  "min_years_experience": 7, "languages": slp("3333"), "competencies": [],
  "nationality_restricted": True, "nationalities": sorted(HUMINT_NATIONS), "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 7, "context": "HUMINT"}, {"years": 2, "context": "HUMINT instructor"}],
  "_notes": "Newspaper classified ad (OCR of a Romanian local paper page): surrounding small ads with 555 phone numbers, "
            "heavy abbreviations (univ., nat., yrs, exp., compl., qualif., Eng., trav.), line breaks mid-phrase. Sponsoring "
            "Nations as ISO codes RO, CZ, DE, GR, HU, PL, SK, SI, TR, US. Deadline 'Apps by 11 Dec. 2026' (the paper date 13 "
            "Nov and the interview week 18 Jan 2027 are not deadlines). Degree OR national staff college. 'of which' condition "
            "= instructor. HUMINT course (certification). SLP 3333 English. Travel non-screening."},
 "marsec-coe-boarding-training-officer": {
  "file": "marsec-coe-boarding-training-officer.txt", "title": "Boarding Training Officer (VBSS / MIO)",
  "organisation": "NATO Maritime Security Centre of Excellence (MARSEC COE), Training and Exercises Branch",
  "location": "Istanbul, Türkiye", "grade": "salary equivalent to NATO A-2", "grade_set": ["A-2"],
  "deadline": "2026-12-14",
  "degree": {"level": "university", "fields": [], "alternatives": ["equivalent_qualification"], "fields_required": False},
  "min_years_experience": 6, "languages": each(("English", "IV")), "competencies": [],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 6, "context": "service in a navy, coast guard or maritime law-enforcement agency"},
                            {"years": 2, "context": "boarding operations (VBSS / MIO)"}],
  "_notes": "RSS 2.0 feed XML: channel metadata (lastBuildDate 17 Nov), two items; the notice is HTML inside CDATA in "
            "<description> with &#8217; entity, <ul><li> essentials. Second item has its own closing date 27 Nov (not this "
            "post's). pubDate is not a deadline. Degree or naval/coast guard academy (equivalent qualification); maritime/"
            "nautical/legal degree only desirable. English IV only. Boarding qualification (certification). Embark non-screening."},
 "iamd-coe-training-officer": {
  "file": "iamd-coe-training-officer.txt", "title": "Training Officer, Air and Missile Defence",
  "organisation": "Integrated Air and Missile Defence Centre of Excellence (IAMD COE), Education & Training Branch",
  "location": "Chania (Souda Bay), Greece", "grade": "Salary equivalent to NATO A-3", "grade_set": ["A-3"],
  "deadline": "2026-12-15",
  "degree": {"level": "university", "fields": ["engineering", "physics", "military science"],
             "alternatives": ["military_staff_college"], "fields_required": False},
  "min_years_experience": 8,
  "languages": {"rule": "one_high_other_low", "high": "IV", "low": "II", "pair": ["English", "French"],
                "requirements": [], "stanag": []},
  "competencies": [{"name": "Achievement", "level_text": "creates own measures of excellence", "rung": 3},
                   {"name": "Analytical Thinking", "level_text": "sees multiple relationships", "rung": 3},
                   {"name": "Teamwork", "level_text": "solicits inputs", "rung": 3}],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 8, "context": "air and missile defence (GBAD / SAM units, AMD operations)"},
                            {"years": 3, "context": "staff position", "where": "a national or NATO headquarters"}],
  "_notes": "Auto-generated webinar transcript: [hh:mm:ss] timestamps, speaker labels, slide text in brackets, spoken "
            "numbers ('eight years', 'level four', 'fifteenth of December twenty twenty-six'), a self-correction, chat "
            "questions. Recording date 19 Nov is not the deadline (15 December 2026). Preferred fields + staff college. "
            "Pair rule IV/II English/French. NATINAMDS knowledge = no-threshold screening essential. Travel non-screening."},
 "mwcoe-mountain-training-instructor": {
  "file": "mwcoe-mountain-training-instructor.txt", "title": "Mountain Training Instructor",
  "organisation": "NATO Mountain Warfare Centre of Excellence (MW COE), Training Development Branch",
  "location": "Poljče, Slovenia", "grade": "Salary equivalent to NATO B-6", "grade_set": ["B-6"],
  "deadline": "2026-12-10",
  "degree": {"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
  "min_years_experience": 5, "languages": each(("English", "III")), "competencies": [],
  "nationality_restricted": True, "nationalities": sorted(MW_NATIONS), "clearance": None,
  "experience_conditions": [{"years": 5, "context": "service in mountain units or mountain training"},
                            {"years": 2, "context": "mountain instructor"}],
  "_notes": "Facebook page post: page header, '20 November at 10:15', Slovenian intro, emoji headings (MUST HAVE / NICE "
            "TO HAVE), hashtags, reaction counts, comments with replies (an IFMGA licence accepted; Austria not eligible; "
            "deadline confirmed '10. december 2026'). 8 named Sponsoring Nations. Qualification (certification). "
            "Fitness/altitude test non-screening. No clearance stated."},
 "cmdr-coe-usar-exercise-specialist": {
  "file": "cmdr-coe-usar-exercise-specialist.txt", "title": "USAR Exercise Specialist",
  "organisation": "Crisis Management and Disaster Response Centre of Excellence (CMDR COE), Exercise and Training Section",
  "location": "Sofia, Bulgaria", "grade": "Salary equivalent to NATO grade B-5", "grade_set": ["B-5"],
  "deadline": "2026-12-09",
  "degree": {"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
  "min_years_experience": 4, "languages": slp("3322"), "competencies": [],
  "nationality_restricted": True, "nationalities": [], "clearance": None,
  "experience_conditions": [{"years": 4, "context": "urban search and rescue or technical rescue"},
                            {"years": 1, "context": "urban search and rescue", "where": "an INSARAG-classified USAR team or an international disaster deployment"}],
  "_notes": "WhatsApp chat export (dd.mm.yyyy, hh:mm - Name: text), Bulgarian chat lines, the notice pasted as one "
            "multi-line message with *bold* and _italic_ markers, '<Media omitted>', a deleted message, a chat "
            "correction of the deadline (09.12.2026, not the 19th). SLP 3322 English (chat explains the per-skill order). "
            "Travel non-screening."},
 "kfor-military-working-dog-trainer": {
  "file": "kfor-military-working-dog-trainer.txt", "title": "Military Working Dog Trainer",
  "organisation": "HQ KFOR, Multinational Military Police Battalion, K9 Cell", "location": "Camp Film City, Pristina",
  "grade": "B-4", "grade_set": ["B-4"], "deadline": "2026-12-04",
  "degree": {"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
  "min_years_experience": 4, "languages": each(("English", "III")),
  "competencies": [{"name": "Teamwork", "level_text": "Co-operates", "rung": 1},
                   {"name": "Clarity and Accuracy", "level_text": "Checks own work", "rung": 2}],
  "nationality_restricted": True, "nationalities": [], "clearance": None,
  "experience_conditions": [{"years": 4, "context": "military, police, customs or border-guard dog handler"},
                            {"years": 2, "context": "dog trainer"}],
  "_notes": "ServiceNow-style HR request (RITM) print: state/priority line, Opened/Approved/Updated ISO timestamps, "
            "dotted 'Variables' rows (Closing date 2026-12-04), [E1]-[E6] / [D1]-[D3] items, activity log newest first "
            "with panel dates 09/10 Dec and interviews 15 Dec (not deadlines). Trainer course (certification). "
            "Camp Film City / weekend rotations non-screening."},
}
