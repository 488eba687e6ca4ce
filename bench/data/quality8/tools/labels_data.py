"""Expected parse_vacancy --json fields for the six notices of set 8 (written by hand, before anything ran)."""
from data_nahema import NATIONS as NAHEMA_NATIONS
from data_nagsf import NATIONS as AGS_NATIONS


def L(**kw):
    base = {"languages": {"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": []},
            "competencies": [], "nationality_restricted": True, "nationalities": []}
    base.update(kw)
    return base


def comp(name, text, rung):
    return {"name": name, "level_text": text, "rung": rung}


LABELS = {
 "nahema-airworthiness-engineer": L(
    file="nahema-airworthiness-engineer.txt", title="Airworthiness Engineer",
    organisation="NATO Helicopter Management Agency (NAHEMA)", location="Aix-en-Provence, France",
    grade="A-3 (G17)", grade_set=["A-3", "G17"], deadline="2026-12-21",
    degree={"level": "university", "fields": ["aeronautical engineering", "mechanical engineering"], "alternatives": [], "fields_required": True},
    min_years_experience=8,
    languages={"rule": "each", "high": None, "low": None, "pair": [],
               "requirements": [{"language": "English", "level": "V"}, {"language": "French", "level": "II"}], "stanag": []},
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Clarity and Accuracy", "Monitors and corrects existing systems", 4),
                  comp("Teamwork", "Solicits inputs and encourages others", 4)],
    nationalities=sorted(NAHEMA_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 8, "context": "airworthiness, certification or continuing airworthiness of military or civil aircraft"},
                           {"years": 3, "context": "airworthiness, certification or continuing airworthiness", "where": "helicopters"}],
    _notes="French-first bilingual page: full French notice (QUALIFICATIONS ET EXPÉRIENCE, ESSENTIELLES, SOUHAITABLES, 'huit années ... "
           "dont au moins trois années sur des hélicoptères', nations named in French: Allemagne, Belgique ...), then an English "
           "'essentials only' version with the competencies. 'Publié le 02/11/2026', 'Mise à jour : 15/11/2026' are not deadlines; "
           "deadline 21 décembre 2026. Language rule per language: English V and French II (rule each). Desirables only in French."),
 "jftc-training-support-officer": L(
    file="jftc-training-support-officer.txt", title="Staff Officer Training Support (Exercise Design)",
    organisation="Joint Force Training Centre (JFTC), Joint Training Division, Exercise Design and Support Branch",
    location="Bydgoszcz, Poland", grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-14",
    degree={"level": "university", "fields": ["education", "training management", "international relations"],
            "alternatives": ["equivalent_qualification"], "fields_required": False},
    min_years_experience=6,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3322"], "stanag_language": "English"},
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "design, planning or delivery of collective training or exercises for military staffs"},
                           {"years": 2, "context": "design, planning or delivery of collective training or exercises for military staffs",
                            "where": "a NATO or multinational headquarters or training centre"}],
    _notes="English JFTC notice quoted as 'Allegato A' inside an Italian Defence General Staff circular (Circolare ... del 28/10/2026, "
           "'entro il 20/11/2026 (termine interno)' = national internal deadline, not the notice's). Deadline 14 December 2026. "
           "ACO format a./b./c. with (1)/(2). Polish SLP 2222 desirable only. No competencies."),
 "is-nos-personnel-security-officer": L(
    file="is-nos-personnel-security-officer.txt", title="Personnel Security Officer",
    organisation="NATO Office of Security (NOS), Personnel Security Section", location="Brussels, Belgium",
    grade="A-2 / G15", grade_set=["A-2", "G15"], deadline="2026-12-16",
    degree={"level": "university", "fields": ["law", "criminology", "security studies", "public administration"], "alternatives": [], "fields_required": False},
    min_years_experience=5,
    languages={"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Initiative", "Is decisive in a time-sensitive situation", 3),
                  comp("Organisational Awareness", "Understands organisational climate and culture", 3),
                  comp("Teamwork", "Co-operates", 1)],
    clearance="COSMIC TOP SECRET",
    experience_conditions=[{"years": 5, "context": "personnel security (vetting, security clearances or background investigations)",
                            "where": "a national security authority, government department or international organisation"},
                           {"years": 2, "context": "processing NATO or EU security clearances"}],
    _notes="Microsoft Teams chat paste: speaker/time lines, emoji, 'Show more' after the desirables, competencies in a later message, "
           "'(edited)', reactions, 'Seen by 6'; '09/12' internal panel date is not the deadline (16 December 2026)."),
 "nifc-intelligence-analyst": L(
    file="nifc-intelligence-analyst.txt", title="Intelligence Analyst (Russia and Eurasia)",
    organisation="NATO Intelligence Fusion Centre (NIFC), Analysis Directorate, Eastern Flank Branch", location="RAF Molesworth, United Kingdom",
    grade="A-2 / NATO Grade 15", grade_set=["A-2", "G15"], deadline="2026-12-09",
    degree={"level": "university", "fields": ["international relations", "political science", "history", "area studies"],
            "alternatives": ["military_staff_college"], "fields_required": True},
    min_years_experience=5,
    languages={"rule": "one_high_other_low", "high": "V", "low": "II", "pair": ["English", "French"],
               "requirements": [{"language": "Russian", "level": "IV"}], "stanag": []},
    competencies=[comp("Analytical Thinking", "Makes very complex plans or analyses", 5),
                  comp("Conceptual Thinking", "Applies complex concepts", 3),
                  comp("Impact and Influence", "Takes multiple actions to persuade", 3)],
    clearance="COSMIC TOP SECRET",
    experience_conditions=[{"years": 5, "context": "all-source intelligence analysis"},
                           {"years": 2, "context": "all-source intelligence analysis", "where": "Russia or the Eurasia region"}],
    _notes="PDF text with a right-hand 'AT A GLANCE' sidebar printed beside the first lines (grade, closing date, clearance interleaved "
           "with the title and background), FOOTNOTES: the nationality rule '(1)' and the staff-college alternative '(2)' are only in "
           "the footnotes. Deadline 9 December 2026."),
 "jfcnf-logistics-plans-officer": L(
    file="jfcnf-logistics-plans-officer.txt", title="Logistics Plans Officer (J4)",
    organisation="Allied Joint Force Command Norfolk (JFC Norfolk), J4", location="Norfolk, Virginia, USA",
    grade="A-3 (G17)", grade_set=["A-3", "G17"], deadline="2026-12-18",
    degree={"level": "bachelor", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=7,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3333"], "stanag_language": "English"},
    clearance="NATO SECRET",
    experience_conditions=[{"years": 7, "context": "logistics planning"},
                           {"years": 3, "context": "logistics planning",
                            "where": "a joint or combined operational-level headquarters (NATO, national joint HQ or coalition)"}],
    _notes="PowerPoint outline export of a careers-day deck: 'Slide n of 8', speaker 'Notes:' lines (one says staff college does NOT "
           "replace the degree; one gives the deploy requirement, a non-screening line; one mentions another post closing 30 Jan 2027). "
           "'7+ years'' with 'of which at least 3 years'. Degree 'Bachelor's degree or higher, in any discipline'. French SLP 2222 desirable."),
 "nagsf-imagery-analyst": L(
    file="nagsf-imagery-analyst.txt", title="Imagery Analyst (Radar)",
    organisation="NATO Alliance Ground Surveillance Force (NAGSF), Exploitation Wing", location="Sigonella, Italy",
    grade="A-2 / G15", grade_set=["A-2", "G15"], deadline="2026-12-12",
    degree={"level": "university", "fields": ["geography", "geospatial science", "remote sensing", "natural science"],
            "alternatives": ["equivalent_experience"], "fields_required": False},
    min_years_experience=4,
    languages={"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"], "requirements": [], "stanag": []},
    competencies=[comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Clarity and Accuracy", "Checks own work", 2),
                  comp("Flexibility", "Adapts to unforeseen situations", 3),
                  comp("Teamwork", "Expresses positive expectations of the team", 2)],
    nationalities=sorted(AGS_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "imagery or radar exploitation (IMINT/GEOINT)"},
                           {"years": 1, "context": "exploiting radar imagery (SAR or GMTI)"}],
    _notes="Taleo-style job description export: 'Req ID', 'Job Field', 'Primary Location: Italy-Sicily-Sigonella', 'Schedule', 'Shift', "
           "'Job Posting: Nov 4, 2026' (not the deadline), 'Unposting Date: Dec 12, 2026, 11:59:00 PM' (the deadline), 'Last Updated'. "
           "'Required:' / 'Preferred:' numbered lists. Language as 'English/French: V/I'. 14 named AGS nations (UK, France: members, not eligible)."),
}
