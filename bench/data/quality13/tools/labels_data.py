"""Expected parse_vacancy --json fields for the six notices of set 13 (written by hand, before anything ran)."""
from data_energy import NATIONS as ENSEC_NATIONS


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
 "is-ofc-treasury-officer": L(
    file="is-ofc-treasury-officer.txt", title="Treasury Officer (Cash Management)",
    organisation="NATO International Staff, Office of the Financial Controller (FinCon), Treasury Section",
    location="Brussels, Belgium", grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-28",
    degree={"level": "university", "fields": ["finance", "economics", "accounting", "business administration"],
            "alternatives": [], "fields_required": False},
    min_years_experience=5, languages=pair("V", "II"),
    competencies=[comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Clarity and Accuracy", "Monitors and corrects existing systems", 4),
                  comp("Initiative", "Is decisive in a time-sensitive situation", 3),
                  comp("Organisational Awareness", "Understands organisational climate and culture", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "treasury, cash management or banking operations"},
                           {"years": 2, "context": "treasury, cash management or banking operations",
                            "where": "a public-sector body, a central bank or an international organisation"}],
    _notes="NATO careers page printed to PDF from a browser: every page starts with the print header (date/time, page "
           "title) and ends with the URL and 'n/3'; the page break falls between sections 3 and 4 and inside section 7. "
           "Standard 8-section IS layout. Degree field only 'preferably'. Languages V/II (not the usual V/I). "
           "Electronic banking platforms is a screening line without a number. Month-end/year-end hours are a "
           "contract clause, not an essential. Interviews in January 2027 are not the deadline."),
 "ims-lr-medical-materiel-pharmacy-officer": L(
    file="ims-lr-medical-materiel-pharmacy-officer.txt", title="Staff Officer (Medical Materiel and Pharmacy)",
    organisation="International Military Staff (IMS), Logistics and Resources Division, Medical Branch - COMEDS Secretariat",
    location="Brussels, Belgium", grade="A-3 (NATO Grade 17)", grade_set=["A-3", "G17"], deadline="2026-12-21",
    degree={"level": "university", "fields": ["pharmacy"], "alternatives": [], "fields_required": True},
    min_years_experience=7, languages=each(("English", "V")),
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Conceptual Thinking", "Applies complex concepts", 3),
                  comp("Impact and Influence", "Takes multiple actions to persuade", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 7, "context": "pharmacy practice, pharmaceutical supply or medical logistics"},
                           {"years": 3, "context": "pharmacy practice, pharmaceutical supply or medical logistics",
                            "where": "the medical services of the armed forces or a defence health organisation"}],
    _notes="IMS vacancy notice as a Word/PDF text: bilingual letterhead, dotted 'Key ....: value' header (Date of issue "
           "is not the deadline), dashed rules, a.-f. essentials. Pharmacy degree is required (national degree names as "
           "examples); pharmacist registration is a separate screening line without a number. English V only: 'French "
           "is not required' (rule each). Travel (f.) is listed among the essentials but is not a screening line. "
           "Competencies with dot leaders."),
 "nspa-soc-quality-assurance-officer": L(
    file="nspa-soc-quality-assurance-officer.txt", title="Quality Assurance Officer (AQAP)",
    organisation="NATO Support and Procurement Agency (NSPA), Southern Operational Centre, Quality Assurance and Technical Support Section",
    location="Taranto, Italy", grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-15",
    degree={"level": "university", "fields": ["engineering"], "alternatives": [], "fields_required": True},
    min_years_experience=5, languages=pair("V", "I"),
    competencies=[comp("Achievement", "Improves performance", 4),
                  comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Teamwork", "Solicits inputs", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "quality assurance of defence or aerospace products or services"},
                           {"years": 2, "context": "Government Quality Assurance or supplier audits under AQAP 2110/2310 or AS/EN 9100"}],
    _notes="Agency careers portal: cookie line, 'Overview / Requirements / How to apply' tabs flattened, 'Posted on: "
           "06.11.2026' vs 'Closing date: 15.12.2026' (dd.mm.yyyy), Apply/Save/Email, similar jobs with their own closing "
           "dates. Degree field required ('engineering or a related technical or scientific discipline'). An auditor "
           "qualification is a screening line. The second experience figure is a kind of work, not a place. Travel is "
           "the non-screening line. V/I."),
 "aircom-airspace-management-officer": L(
    file="aircom-airspace-management-officer.txt", title="Staff Officer Airspace Management",
    organisation="Headquarters Allied Air Command (HQ AIRCOM), A3 Operations, Airspace and Air Traffic Management Section",
    location="Ramstein Air Base, Germany", grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-12-14",
    degree={"level": "university", "fields": ["aeronautics", "air traffic management", "engineering"],
            "alternatives": ["equivalent_qualification"], "fields_required": True},
    min_years_experience=6, languages=slp("3333"), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "airspace management, air traffic control or air traffic management"},
                           {"years": 2, "context": "military ATM/ASM role",
                            "where": "air force, military ATC unit or civil-military airspace management cell"}],
    _notes="Command website page: breadcrumb, share icons, Print, header block in capitals ('VACANCY PUBLISHED' is not "
           "the deadline), numbered essentials 1-6, 'Job segments', related vacancies with their own closing dates. "
           "Degree 'or an equivalent qualification such as ... an air traffic controller licence' (labelled "
           "equivalent_qualification). FUA/EUROCONTROL knowledge is a screening line without a number. Shifts and "
           "deployment (6.) are non-screening. German/French SLP 2222 only desirable. No competencies."),
 "ensec-coe-energy-efficiency-expert": L(
    file="ensec-coe-energy-efficiency-expert.txt", title="Subject Matter Expert - Energy Efficiency in the Military (Installations)",
    organisation="NATO Energy Security Centre of Excellence (NATO ENSEC COE), Operational Energy Efficiency Branch",
    location="Vilnius, Lithuania", grade="equivalent to NATO A-2", grade_set=["A-2"], deadline="2026-12-19",
    degree={"level": "master", "fields": ["energy engineering", "electrical engineering", "mechanical engineering",
                                           "environmental engineering"], "alternatives": [], "fields_required": True},
    min_years_experience=5, languages=slp("3332"), competencies=[],
    nationalities=sorted(ENSEC_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "energy management or energy efficiency of buildings, installations or infrastructure"},
                           {"years": 2, "context": "energy management or energy efficiency",
                            "where": "the defence sector (armed forces, ministry of defence estate or a defence infrastructure agency)"}],
    _notes="Centre of Excellence website page: LT|EN, bilingual cookie line, ISO date '2026-11-10' (publication), "
           "'Deadline: 19 December 2026', 'Start: 1 April 2027' (not the deadline), recent news with ISO dates. Grade "
           "only as 'salary equivalent to NATO A-2' (no G number). Only the 11 Sponsoring Nations named in 'Eligibility' "
           "may apply (Norway, Spain, etc. are members but not eligible). Master's required, fields required. Energy "
           "audits is a screening line without a number; travel is non-screening. No competencies."),
 "nrdc-esp-ikm-assistant": L(
    file="nrdc-esp-ikm-assistant.txt", title="Information and Knowledge Management Assistant",
    organisation="Headquarters NATO Rapid Deployable Corps - Spain (HQ NRDC-ESP), Chief of Staff Division, Information and Knowledge Management Office",
    location="Bétera, Valencia, Spain", grade="B-4 (NATO Grade 10)", grade_set=["B-4", "G10"], deadline="2026-12-16",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=4, languages=slp("3322"), competencies=[],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "information management, document or records management, or SharePoint administration"},
                           {"years": 1, "context": "information management, document or records management, or SharePoint administration",
                            "where": "a military or government organisation"}],
    _notes="NFS HQ website: Spanish chrome and a Spanish introduction ('Fecha de publicación: 12/11/2026', 'Plazo de "
           "presentación: 16/12/2026', dd/mm/yyyy), then the English notice between dashed rules, Spanish news items "
           "with dates and a Spanish footer. Higher secondary ('Bachillerato or equivalent'). SharePoint owner/admin is a "
           "screening line without a number; deployment (f.) is non-screening. English SLP 3322; Spanish 2222 desirable "
           "only. Open to all NATO member nations. No competencies."),
}
