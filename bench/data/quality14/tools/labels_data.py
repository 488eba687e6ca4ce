"""Expected parse_vacancy --json fields for the six notices of set 14 (written by hand, before anything ran)."""
from data_eod import NATIONS as EOD_NATIONS


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
 "is-osg-speechwriter": L(
    file="is-osg-speechwriter.txt", title="Speechwriter",
    organisation="NATO International Staff, Office of the Secretary General (OSG), Speechwriting Unit",
    location="Brussels, Belgium", grade="A-3 (NATO Grade 17)", grade_set=["A-3", "G17"], deadline="2026-12-21",
    degree={"level": "university", "fields": ["political science", "international relations", "journalism", "communications", "history", "languages"],
            "alternatives": [], "fields_required": False},
    min_years_experience=6, languages=pair("V", "I"),
    competencies=[comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Conceptual Thinking", "Clarifies complex data or situations", 4),
                  comp("Impact and Influence", "Calculates the impact of one's words or actions", 3),
                  comp("Organisational Awareness", "Understands organisational climate and culture", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "writing speeches or high-level political communications"},
                           {"years": 2, "context": "writing speeches or high-level political communications",
                            "where": "for a minister, a head of state or government, the head of an international organisation or a comparable senior public office-holder"}],
    _notes="NATO careers (Taleo-style) job page copied from the browser: cookie banner, navigation, Apply/Print buttons, "
           "'-Job Number', 'Application Deadline: Dec 21, 2026, 11:59:00 PM' (US month-first format), monthly salary line, "
           "'Grade: NATO Grade 17' in the header and 'A-3 (NATO Grade 17)' in the summary, 'Job Posting: Nov 19, 2026' at the "
           "bottom (not the deadline), interviews 1 February 2027 (not the deadline). Standard 8-section IS layout; degree "
           "field only 'preferably'; languages V/I; the second experience condition is for whom the texts were written (a "
           "kind of principal, not a place). 4 competencies with middot bullets. Writing test is not an essential."),
 "eod-coe-training-specialist": L(
    file="eod-coe-training-specialist.txt", title="EOD Training and Standardisation Specialist",
    organisation="Explosive Ordnance Disposal Centre of Excellence (EOD COE), Education, Training, Exercises and Evaluation (ETEE) Branch",
    location="Trenčín, Slovakia", grade="salary equivalent to NATO B-6", grade_set=["B-6"], deadline="2026-12-18",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=7, languages=slp("3232"), competencies=[],
    nationalities=sorted(EOD_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 7, "context": "EOD operator or EOD team leader in a military or police EOD unit"},
                           {"years": 2, "context": "instructor on EOD, IEDD or C-IED courses"}],
    _notes="CoE website: SK|EN switch, bilingual cookie line, Slovak breadcrumb and Slovak header lines "
           "('Dátum zverejnenia: 09.11.2026', 'Uzávierka prihlášok: 18.12.2026', dd.mm.yyyy), then the English notice "
           "between dashed rules with 'Start: 1 March 2027' (not the deadline) and 'Deadline: 18 December 2026, 12:00 CET'; "
           "Slovak/English news with dates and footer. Open only to the 9 Sponsoring Nations named in ELIGIBILITY (Czech "
           "Republic given as such; Italy, UK etc. are members but not eligible). Secondary education only; the IEDD (EOD "
           "level 3) qualification is a screening line without a number; the second experience condition is a kind of work "
           "(instructing). SLP 3232 (uneven profile). Travel is non-screening. No competencies."),
 "caoc-tj-data-link-engineer": L(
    file="caoc-tj-data-link-engineer.txt", title="Tactical Data Link Engineer",
    organisation="Combined Air Operations Centre Torrejón (CAOC TJ), Air C2 Systems Branch, Data Link Management Section",
    location="Torrejón de Ardoz (Madrid), Spain", grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-12-14",
    degree={"level": "university", "fields": ["electrical engineering", "electronic engineering", "telecommunications engineering", "computer science"],
            "alternatives": [], "fields_required": True},
    min_years_experience=5, languages=slp("3333"), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "planning, management or engineering of tactical data links (Link 16, Link 11, Link 22, JREAP)"},
                           {"years": 2, "context": "planning, management or engineering of tactical data links",
                            "where": "an air command and control unit (CAOC, AOC, CRC or airborne C2 platform)"}],
    _notes="Text extracted from a PDF with a two-column header table: 'CLOSING DATE' split over two lines with the "
           "location ('CLOSING 14-Dec-2026' / 'DATE'), dd-Mon-yyyy dates, NATO UNCLASSIFIED banners and 'Page n of 3' on "
           "each page, a word hyphenated across lines ('computer sci-/ence'). Nationality appears only under '(c) Other'. "
           "Degree fields required. Link 16 network knowledge is a screening line without a number. English SLP 3333. "
           "Shifts/deployment non-screening. Spanish desirable only. 'Post published: 12-Nov-2026' is not the deadline. "
           "No competencies."),
 "ncisg-2nsb-satcom-technician": L(
    file="ncisg-2nsb-satcom-technician.txt", title="SATCOM Technician",
    organisation="NATO Communication and Information Systems Group (NCISG), 2nd NATO Signal Battalion (2NSB), Deployable Communications Module A (DCM-A), SATCOM Section",
    location="Grazzanise, Italy", grade="B-4", grade_set=["B-4"], deadline="2026-12-11",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=4, languages=each(("English", "III")), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "operating and maintaining satellite communications ground terminals (X, Ku or Ka band)"},
                           {"years": 1, "context": "operating and maintaining satellite communications ground terminals",
                            "where": "a military or deployable CIS unit"}],
    _notes="Forwarded e-mail (Outlook headers twice, 'FW:' subject with the grade) with quoted-printable residue: "
           "soft line breaks '=' at line ends splitting words ('ban=/d', 'sta=/tions', 'e-mai=/l') and '=20'. "
           "'Closing date for applications: 11.12.2026' (dd.mm.yyyy); the e-mail dates (19 and 23 November) are not the "
           "deadline. Grade B only, no G number. Secondary education plus technical training (level secondary). English "
           "as NATO level III ('each'). Deployment non-screening. No competencies."),
 "strikfornato-environmental-protection-officer": L(
    file="strikfornato-environmental-protection-officer.txt", title="Environmental Protection Officer",
    organisation="Striking and Support Forces NATO (STRIKFORNATO), J4 Logistics Division, Engineering and Environmental Protection Branch",
    location="Oeiras, Portugal", grade="A-1", grade_set=["A-1"], deadline="2026-12-30",
    degree={"level": "university", "fields": ["environmental science", "environmental engineering", "ecology", "chemistry", "geology"],
            "alternatives": [], "fields_required": True},
    min_years_experience=5, languages=each(("English", "V")), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "environmental protection or environmental management"},
                           {"years": 2, "context": "environmental protection or environmental management",
                            "where": "a military context (armed forces, ministry of defence, military installations or operations)"}],
    _notes="Word document saved as text: ASCII box tables with '|' cells, the essential qualifications in a two-column "
           "table whose cells wrap over several lines, 'Closing Date | 30 Dec 2026', 'Post published 16 November 2026' "
           "in the conditions, footer with version and marking. Grade A-1 (no G number). Degree fields required. ISO 14001 "
           "is a screening line without a number. English V only ('each'); Portuguese III desirable. Nationality and "
           "travel in the 'Other' cell; travel non-screening. No competencies."),
 "mnd-ne-fire-safety-inspector": L(
    file="mnd-ne-fire-safety-inspector.txt", title="Fire Safety Inspector",
    organisation="Headquarters Multinational Division North East (HQ MND-NE), G4 Infrastructure, Fire Protection Section",
    location="Elbląg, Poland", grade="B-5", grade_set=["B-5"], deadline="2026-12-18",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=5, languages=each(("English", "IV"), ("Polish", "III")), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "fire protection (fire service or fire prevention)"},
                           {"years": 2, "context": "fire protection",
                            "where": "a military fire service or military installations"}],
    _notes="Polish job-board repost: Polish chrome, 'Data dodania: 2026-11-20', 'Ważna do: 2026-12-18' (ISO dates), "
           "buttons, then the English notice between '=' rules with 'Closing date: 18 December 2026'; 'Podobne oferty' "
           "with their own dates (one 'ważna do 2026-12-05' is another job). NFS HQ, grade B-5 only. Matura-level "
           "secondary; fire-safety qualification is a screening line without a number; two languages required by level "
           "(English IV, Polish III: 'each'). On-call readiness non-screening. No competencies."),
}
