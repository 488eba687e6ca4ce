"""Expected parse_vacancy --json fields for the six notices of set 17 (written by hand, before anything ran)."""
from data_mmf import NATIONS as MMF_NATIONS
from data_cied import NATIONS as CIED_NATIONS


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
 "nspa-mmf-maintenance-planning-engineer": {
  "file": "nspa-mmf-maintenance-planning-engineer.txt", "title": "Maintenance Planning Engineer (MRTT)",
  "organisation": "NATO Support and Procurement Agency (NSPA), Multinational MRTT Fleet (MMF) Support Partnership, Airworthiness and Maintenance Branch",
  "location": "Eindhoven Air Base, the Netherlands", "grade": "A-2 (NATO Grade 15)", "grade_set": ["A-2"],
  "deadline": "2026-12-21",
  "degree": {"level": "university", "fields": ["aeronautical engineering", "aerospace engineering", "mechanical engineering"],
             "alternatives": [], "fields_required": True},
  "min_years_experience": 5, "languages": pair("V", "I"),
  "competencies": [{"name": "Achievement", "level_text": "Sets and works to meet challenging goals", "rung": 5},
                   {"name": "Analytical Thinking", "level_text": "Sees multiple relationships", "rung": 3},
                   {"name": "Teamwork", "level_text": "Solicits inputs and encourages others", "rung": 4}],
  "nationality_restricted": True, "nationalities": sorted(MMF_NATIONS), "clearance": None,
  "experience_conditions": [{"years": 5, "context": "aircraft maintenance planning or maintenance engineering"},
                            {"years": 2, "context": "multi-engine transport or tanker aircraft"}],
  "_notes": "Ordinary agency careers page: breadcrumb, Reference, Publication date 20/11/2026 (not a deadline), Closing "
            "date 21/12/2026. Six participating nations named in the Summary. Required degree fields (no equivalent). "
            "V/I rule. Maintenance information system = no-threshold screening essential. Travel non-screening. No clearance stated."},
 "arrc-spectrum-management-officer": {
  "file": "arrc-spectrum-management-officer.txt", "title": "Spectrum Management Staff Officer",
  "organisation": "Headquarters Allied Rapid Reaction Corps (HQ ARRC), G6 Spectrum Management Cell",
  "location": "Imjin Barracks, Innsworth, Gloucester, United Kingdom", "grade": "A-2 (NATO Grade 15)", "grade_set": ["A-2"],
  "deadline": "2026-12-14",
  "degree": {"level": "university", "fields": ["electrical engineering", "electronic engineering", "telecommunications", "physics"],
             "alternatives": ["military_staff_college"], "fields_required": False},
  "min_years_experience": 8, "languages": slp("3333"), "competencies": [],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 8, "context": "military communications and information systems"},
                            {"years": 3, "context": "radio frequency spectrum management"}],
  "_notes": "Command PDF-style notice: header block (POST TITLE / NATO GRADE / CLOSING DATE), a.-f. essentials. "
            "Experience in months: 96 months (8 y) of which 36 months (3 y). Preferred fields + staff college in lieu. "
            "Spectrum management course = certification essential. SLP 3333 English. f. deploy = non-screening. "
            "Clearance 'hold or be able to obtain' in REMARKS (not screening)."},
 "ciedcoe-attack-the-network-analyst": {
  "file": "ciedcoe-attack-the-network-analyst.txt", "title": "Attack the Network Analyst",
  "organisation": "Counter Improvised Explosive Devices Centre of Excellence (C-IED COE), Analysis and Lessons Learned Department",
  "location": "Hoyo de Manzanares (Madrid), Spain", "grade": "salary equivalent to NATO grade A-2", "grade_set": ["A-2"],
  "deadline": "2026-12-18",
  "degree": {"level": "university", "fields": ["intelligence studies", "international relations", "political science", "engineering"],
             "alternatives": ["military_staff_college"], "fields_required": False},
  "min_years_experience": 6, "languages": pair("V", "I"),
  "competencies": [{"name": "Analytical Thinking", "level_text": "Makes complex plans or analyses", "rung": 4},
                   {"name": "Initiative", "level_text": "Is decisive in a time-sensitive situation", "rung": 3},
                   {"name": "Organisational Awareness", "level_text": "Understands organisational climate and culture", "rung": 3}],
  "nationality_restricted": True, "nationalities": sorted(CIED_NATIONS), "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 6, "context": "military intelligence analysis or counter-IED"},
                            {"years": 2, "context": "deployed", "where": "a multinational operation (NATO, EU, UN or coalition)"}],
  "_notes": "CoE website page, requirements only as prose under 'Who we are looking for' (no ESSENTIAL heading; "
            "'It would be an advantage' = desirable). Published 16 Nov is not the deadline. 12 named Sponsoring Nations. "
            "Preferred fields + staff college instead. V/I rule; Spanish not required. Network analysis software = "
            "no-threshold screening. Travel and clearance ('hold or obtain') non-screening."},
 "milengcoe-gap-crossing-sme": {
  "file": "milengcoe-gap-crossing-sme.txt", "title": "Subject Matter Expert, Gap Crossing and Mobility",
  "organisation": "NATO Military Engineering Centre of Excellence (MILENG COE), Concepts, Interoperability and Capabilities Branch",
  "location": "Ingolstadt, Germany", "grade": "Civilian, salary equivalent to NATO A-3", "grade_set": ["A-3"],
  "deadline": "2026-12-11",
  "degree": {"level": "master", "fields": ["civil engineering", "structural engineering"], "alternatives": [],
             "fields_required": True},
  "min_years_experience": 8, "languages": each(("English", "IV")),
  "competencies": [{"name": "Conceptual Thinking", "level_text": "Applies complex concepts", "rung": 3},
                   {"name": "Teamwork", "level_text": "Solicits inputs and encourages others", "rung": 4}],
  "nationality_restricted": True, "nationalities": [], "clearance": None,
  "experience_conditions": [{"years": 8, "context": "service as a military engineer"},
                            {"years": 3, "context": "bridging or gap crossing"}],
  "_notes": "CoE job description PDF as text: NATO UNCLASSIFIED banners, header table with dashes, numbered 3.1-3.5 "
            "essentials, closing date 11.12.2026 (dd.mm.yyyy). Master's in a required field, no equivalent. English IV "
            "only. 3.5 travel non-screening. No clearance stated."},
 "nshq-air-delivery-parachute-officer": {
  "file": "nshq-air-delivery-parachute-officer.txt", "title": "Air Delivery and Parachute Operations Officer",
  "organisation": "NATO Special Operations Headquarters (NSHQ), Operations Directorate, SOF Air Branch",
  "location": "Chièvres Air Base, Belgium", "grade": "NATO Civilian, Grade A-2 (G15)", "grade_set": ["A-2"],
  "deadline": "2026-12-17",
  "degree": {"level": "university", "fields": [], "alternatives": ["military_staff_college"], "fields_required": False},
  "min_years_experience": 7, "languages": each(("English", "IV")),
  "competencies": [{"name": "Achievement", "level_text": "Works to meet others' standards", "rung": 2},
                   {"name": "Impact and Influence", "level_text": "Uses indirect influence", "rung": 5},
                   {"name": "Teamwork", "level_text": "Co-operates", "rung": 1}],
  "nationality_restricted": True, "nationalities": [], "clearance": "NATO SECRET",
  "experience_conditions": [{"years": 7, "context": "military parachute operations or air delivery"},
                            {"years": 2, "context": "special operations forces unit"}],
  "_notes": "Command careers page printed (URL and print date 22/11/2026 on top), a.-g. essentials. Numbers as "
            "'seven (7)'. Jumpmaster/parachute instructor qualification = certification. Valid NATO SECRET clearance "
            "at application = screening essential. Item g. ('medical fitness NOT required') is not a requirement."},
 "is-nhqs-hvac-technician": {
  "file": "is-nhqs-hvac-technician.txt", "title": "Technician (Heating, Ventilation and Air Conditioning)",
  "organisation": "Executive Management Division, NATO Headquarters Support, Infrastructure Service, Mechanical Section",
  "location": "NATO HQ, Brussels, Belgium", "grade": "B-4", "grade_set": ["B-4"], "deadline": "2026-12-08",
  "degree": {"level": "secondary", "fields": ["HVAC", "refrigeration", "building services"], "alternatives": [],
             "fields_required": True},
  "min_years_experience": 5, "languages": pair("IV", "I"),
  "competencies": [{"name": "Clarity and Accuracy", "level_text": "Checks own work", "rung": 2},
                   {"name": "Customer Service Orientation", "level_text": "Takes personal responsibility for correcting problems", "rung": 3},
                   {"name": "Teamwork", "level_text": "Co-operates", "rung": 1}],
  "nationality_restricted": True, "nationalities": [], "clearance": None,
  "experience_conditions": [{"years": 5, "context": "operation and maintenance of HVAC installations in large buildings or industrial sites"},
                            {"years": 2, "context": "working with a Building Management System"}],
  "_notes": "Standard IS vacancy notice as PDF text (NATO UNCLASSIFIED header/footer, numbered sections). Nationality "
            "rule only in 5. CONTRACT ('nationals of NATO member states'). Higher secondary + HVAC/refrigeration/"
            "building-services qualification (required field). F-gas Category I certificate = certification. "
            "IV/I rule. On-call rota non-screening."},
}
