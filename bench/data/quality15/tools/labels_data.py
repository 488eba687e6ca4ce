"""Expected parse_vacancy --json fields for the six notices of set 15 (written by hand, before anything ran)."""
from data_vet import NATIONS as VET_NATIONS
from data_pm import NATIONS as PM_NATIONS


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
 "milmed-coe-veterinary-officer": L(
    file="milmed-coe-veterinary-officer.txt", title="Veterinary Public Health Subject Matter Expert",
    organisation="NATO Centre of Excellence for Military Medicine (MILMED COE), Interoperability Branch, Veterinary Medicine Section",
    location="Budapest, Hungary", grade="Civilian post, salary equivalent to NATO A-2", grade_set=["A-2"], deadline="2026-12-18",
    degree={"level": "university", "fields": ["veterinary medicine"], "alternatives": [], "fields_required": True},
    min_years_experience=6, languages=slp("3332"), competencies=[],
    nationalities=sorted(VET_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "professional experience as a veterinarian"},
                           {"years": 3, "context": "military veterinary service or veterinary public health / food safety for armed forces"}],
    _notes="CSV export (';' separated, quoted multi-line cells) of a Hungarian MoD international-posts tracker: Hungarian "
           "title lines, bilingual column headers, Hungarian dates 'yyyy.mm.dd.' (Published 2026.11.12., Closing date "
           "2026.12.18.), the whole notice inside cells. Named sponsoring nations (10; Poland, UK are members but not "
           "sponsors). Degree field required; licence to practise is a certification essential; second experience "
           "condition is a kind of service/organisation; SLP 3332 (uneven). Travel non-screening. Export time 2026.11.20. "
           "and interview/start dates are not deadlines."),
 "nmw-coe-mcm-doctrine-officer": L(
    file="nmw-coe-mcm-doctrine-officer.txt", title="Mine Countermeasures Concepts and Doctrine Officer",
    organisation="Naval Mine Warfare Centre of Excellence (NMW COE), Concepts and Doctrine Branch",
    location="Ostend, Belgium", grade="Civilian, salary equivalent to NATO grade A-3", grade_set=["A-3"], deadline="2026-12-15",
    degree={"level": "university", "fields": ["naval science", "engineering", "hydrography", "oceanography"],
            "alternatives": ["military_staff_college"], "fields_required": False},
    min_years_experience=8, languages=each(("English", "IV")), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 8, "context": "naval mine warfare (MCM vessels, mine warfare staffs or MCM diving units)"},
                           {"years": 2, "context": "in command of an MCM vessel or unit or as head of a mine warfare staff cell"}],
    _notes="Belgian Defence intranet announcement (DGHR 'Mededeling / Communication'): Dutch/French bilingual memo "
           "furniture with numbered paragraphs (1. Onderwerp / Objet, 2. Referenties, 3. VACANCY NOTICE with 3.1-3.11, "
           "4. Kandidaturen, 5. Contact), signature block, page footer. Memo date 23/11/2026 and MoU dates are not the "
           "deadline; closing date 15/12/2026 dd/mm/yyyy. NATO member nations. Degree preferred fields, naval academy "
           "or staff college alternative. Second condition = command / leading a staff cell. Doctrine experience "
           "without years. English level IV only (each). Embarking non-screening."),
 "mncse-food-services-supervisor": L(
    file="mncse-food-services-supervisor.txt", title="Food Services Supervisor",
    organisation="Headquarters Multinational Corps South-East (HQ MNC-SE), G4 Branch, Life Support Section",
    location="Sibiu, Romania", grade="B-4", grade_set=["B-4"], deadline="2026-12-14",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=5, languages=each(("English", "III")), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "professional catering or food service"},
                           {"years": 2, "context": "supervising kitchen or dining facility staff"}],
    _notes="Romanian military forum thread (breadcrumb, 'Pagina 1 din 2', post headers with Romanian dates '19 Noi "
           "2026, 21:14', member since/posts lines); the notice is quoted inside the first post, indented under "
           "'Citat:'; replies in Romanian mention an older deadline 30.09.2025 and 'until 2024' (not deadlines). "
           "Closing date '14 December 2026'. Secondary education; HACCP certificate is a certification essential; "
           "second condition = supervising staff (leading a team). English III only. Shifts non-screening."),
 "nrdc-ita-provost-staff-officer": L(
    file="nrdc-ita-provost-staff-officer.txt", title="Provost Staff Officer",
    organisation="NATO Rapid Deployable Corps - Italy (NRDC-ITA), Provost Marshal Branch",
    location="Solbiate Olona, Italy", grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-12-20",
    degree={"level": "university", "fields": ["law", "criminology", "police science", "security studies"],
            "alternatives": ["equivalent_qualification"], "fields_required": False},
    min_years_experience=7, languages=slp("3333"),
    competencies=[comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Flexibility", "Adapts to unforeseen situations", 3),
                  comp("Initiative", "Is decisive in a time-sensitive situation", 3),
                  comp("Teamwork", "Solicits inputs and encourages others", 4)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 7, "context": "service in the military police or police"},
                           {"years": 3, "context": "staff post", "where": "a corps-level or higher headquarters (national or NATO)"}],
    _notes="HQ website page saved with its schema.org JSON-LD block on top (JobPosting: datePosted 2026-11-16, "
           "validThrough 2026-12-20T23:59:00+01:00, salary, address with postal code), then the rendered page: skip "
           "link, menu, breadcrumb, header line 'Posted 16 Nov 2026 | Apply by 20 Dec 2026', buttons, related "
           "vacancies with their own closing dates (not deadlines). NATO member nations. Degree preferred fields + "
           "equivalent qualification (police / MP officer academy). Second condition = a kind of HQ (where). Course "
           "certification essential. SLP 3333. Four competencies 'Name: rung text' (Teamwork merged rungs 3+4). "
           "Deployment non-screening."),
 "nmi-audiovisual-production-technician": L(
    file="nmi-audiovisual-production-technician.txt", title="Audiovisual Production Technician",
    organisation="NATO Mission Iraq (NMI), Public Affairs Office, NMI Headquarters",
    location="Baghdad, Iraq", grade="B-5", grade_set=["B-5"], deadline="2026-12-10",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=4, languages=pair("V", "I"),
    competencies=[comp("Achievement", "Works to meet others' standards", 2),
                  comp("Clarity and Accuracy", "Checks own work", 2),
                  comp("Flexibility", "Applies rules flexibly", 2),
                  comp("Teamwork", "Expresses positive expectations of the team", 2)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "photographer, videographer or audiovisual producer"},
                           {"years": 1, "context": "photographer, videographer or audiovisual producer",
                            "where": "a military, police or crisis-area / deployed environment"}],
    _notes="Plain-text e-mail reply chain: the newest message on top (23 Nov 2026), then a '>'-quoted reply and the "
           "forwarded original at '>>' depth, with mail headers (Date lines with times, 'On ... wrote:'). The notice "
           "header is a key: value block (Deadline: 10 December 2026). Mail dates are not deadlines. NATO member "
           "nations. Higher secondary education + a photo/video diploma or certificate (certification essential). "
           "Second condition = a setting (military, police, crisis/deployed). Languages V/I English/French. Four B-"
           "level competencies with ';' line ends. Iraq service non-screening."),
 "mmcc-emc-patient-movement-coordinator": L(
    file="mmcc-emc-patient-movement-coordinator.txt", title="Patient Movement Coordinator",
    organisation="Multinational Medical Coordination Centre / European Medical Command (MMCC/EMC), Patient Evacuation Coordination Cell (PECC)",
    location="Koblenz, Germany", grade="Civilian post, grade equivalent to NATO B-6", grade_set=["B-6"], deadline="2026-12-11",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=6, languages=each(("English", "IV"), ("German", "III")), competencies=[],
    nationalities=sorted(PM_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "clinical or medical operations experience"},
                           {"years": 2, "context": "patient movement, medical evacuation or aeromedical evacuation (coordination, planning or as crew)"}],
    _notes="Recruitment one-pager: ASCII 'JOB AT A GLANCE' box with middot separators (title, cell, place, grade, "
           "'Closes: Friday 11 December 2026, 12:00 CET'), essential requirements written as a first-person "
           "self-assessment checklist '[ ] I am ... / I have ...', a 'NICE TO HAVE' checklist, 'Published 17.11.2026' "
           "in the footer and interview week 18 January 2027 (not deadlines). Named participating nations (10; UK, "
           "France, Italy are NATO members but not listed). Registration as nurse/paramedic is a certification "
           "essential. Two languages each (English IV, German III). Duty roster non-screening."),
}
