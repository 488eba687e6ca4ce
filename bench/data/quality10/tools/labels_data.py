"""Expected parse_vacancy --json fields for the six notices of set 10 (written by hand, before anything ran)."""
from data_ceps import NATIONS as CEPS_NATIONS


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


LABELS = {
 "sto-ocs-scientific-officer-edt": L(
    file="sto-ocs-scientific-officer-edt.txt", title="Scientific Officer, Emerging and Disruptive Technologies",
    organisation="NATO Science and Technology Organization (STO), Office of the Chief Scientist",
    location="Brussels, Belgium", grade="A-3 (G17)", grade_set=["A-3", "G17"], deadline="2026-12-16",
    degree={"level": "doctorate", "fields": ["natural science", "engineering", "computer science", "mathematics"],
            "alternatives": [], "fields_required": True},
    min_years_experience=6, languages=pair("V", "II"),
    competencies=[comp("Analytical Thinking", "Makes very complex plans or analyses", 5),
                  comp("Conceptual Thinking", "Clarifies complex data or situations", 4),
                  comp("Impact and Influence", "Uses indirect influence", 5),
                  comp("Teamwork", "Solicits inputs and encourages others", 4)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "scientific research or research management"},
                           {"years": 2, "context": "scientific research or research management",
                            "where": "a defence or security research setting (government defence laboratory, defence research establishment or international S&T collaboration)"}],
    _notes="Recruitment brochure PDF extracted as text (pdftotext -layout): a cover page with the title, grade, vacancy number and "
           "'Apply by 16 December 2026'; form feeds between pages; page 2 has two columns side by side, 'WHAT YOU'LL DO' (duties) "
           "on the left and 'WHAT YOU BRING' (requirements) on the right, so every requirement line shares its line with a duty "
           "line; the right column is split into 'Must-haves' (essentials, including the non-screening travel line) and "
           "'Nice-to-haves' (desirables: publications, foresight, STO panels, French above II). Page 3 has 'HOW WE WORK' "
           "(competencies, each wrapped over two lines) beside 'THE SMALL PRINT' (nationality, clearance, contract, salary). "
           "Doctorate required (level doctorate, fields required). '6,000 scientists', 'six months' probation' and 'about 30% of "
           "the time' are no experience figures."),
 "nspa-ceps-fuel-logistics-officer": L(
    file="nspa-ceps-fuel-logistics-officer.txt", title="Fuel Logistics Officer (Operations and Capacity Planning)",
    organisation="NATO Support and Procurement Agency (NSPA), CEPS Programme Business Unit",
    location="Versailles, France", grade="A-2 (NATO Grade 15)", grade_set=["A-2", "G15"], deadline="2026-12-18",
    degree={"level": "university", "fields": ["engineering", "logistics", "supply chain management"],
            "alternatives": [], "fields_required": False},
    min_years_experience=5, languages=each(("English", "IV"), ("French", "II")),
    competencies=[comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Initiative", "Acts up to 2 months ahead", 4),
                  comp("Teamwork", "Co-operates", 1)],
    nationalities=sorted(CEPS_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "petroleum, oil and lubricants (POL) logistics, fuel supply chain management or pipeline operations"},
                           {"years": 2, "context": "POL logistics, fuel supply chain management or pipeline operations",
                            "where": "a military organisation, a defence ministry or a NATO body"}],
    _notes="Agency page written entirely as questions and answers ('Who can apply?', 'Do I need a degree?', 'How much experience "
           "do I need?', 'Is there any specific knowledge I must have?', 'Which languages do I need?', 'Will I travel?', 'What "
           "would make my application stand out?' = desirables). No ESSENTIAL/DESIRABLE headings. Six named CEPS participating "
           "nations (the United States included; other NATO members explicitly excluded). The 'What is the CEPS?' answer names "
           "five host countries (not the nationality rule). Travel 'about 40 days a year' is the non-screening line. 'week of 18 "
           "January 2027' is the written test, not the deadline; '5,300 km', '29 depots', 'three years' contract are no experience."),
 "ncia-cloud-software-engineer": L(
    file="ncia-cloud-software-engineer.txt", title="Software Engineer (Cloud-Native C2 Applications)",
    organisation="NATO Communications and Information Agency (NCIA), Application Services, Command and Control Services Unit",
    location="The Hague, Netherlands", grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-09",
    degree={"level": "university", "fields": ["computer science", "software engineering"],
            "alternatives": [], "fields_required": True},
    min_years_experience=5,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3333"],
               "stanag_language": "English"},
    competencies=[comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Initiative", "Is decisive in a time-sensitive situation", 3),
                  comp("Teamwork", "Solicits inputs", 3),
                  comp("Achievement", "Works to meet others' standards", 2)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "professional software development"},
                           {"years": 2, "context": "building and operating containerised applications (Kubernetes or OpenShift) in production"}],
    _notes="Text-browser (w3m-style) rendering of HTML tables with merged cells: the requirements table has a first column whose "
           "'ESSENTIAL' and 'DESIRABLE' cells span all their rows, so each label appears once, vertically centred in the middle "
           "of its group (items a.-b. sit above the word ESSENTIAL, d.-e. below it; f. above DESIRABLE); items wrap inside the "
           "cell borders '|'. Item e. (work outside hours) is an essential row but not a screening line. The competencies table has "
           "a header cell spanning both columns; the eligibility table has a merged 'Eligibility' cell over nationality and age. "
           "'Posted 14 November 2026' is not the deadline; 'team of 14 engineers' is no experience figure. Degree field required "
           "('or a closely related discipline'), no alternative; CKAD/CKA and a master's are desirable only."),
 "is-ncs-conference-services-assistant": L(
    file="is-ncs-conference-services-assistant.txt", title="Conference Services Assistant",
    organisation="NATO International Staff, Executive Management Division, NATO Conference Services",
    location="Brussels, Belgium", grade="B-4 (G10)", grade_set=["B-4", "G10"], deadline="2026-12-12",
    degree={"level": "secondary", "fields": [], "alternatives": [], "fields_required": False},
    min_years_experience=4, languages=pair("IV", "II"),
    competencies=[comp("Clarity and Accuracy", "Checks own work", 2),
                  comp("Customer Service Orientation", "Maintains clear communication", 2),
                  comp("Flexibility", "Adapts to unforeseen situations", 3),
                  comp("Teamwork", "Co-operates", 1)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "organising conferences, meetings or events"},
                           {"years": 1, "context": "organising conferences, meetings or events",
                            "where": "an international organisation, a national government body or a diplomatic environment"}],
    _notes="Notice forwarded inside a LinkedIn message thread: 'Messaging' chrome, the sender's profile line (his employer, the "
           "Polish MFA, is not the hiring body), a 'NOV 24' day divider, sender/time lines, emoji, the notice pasted between two "
           "rows of dashes, then chat replies (the reply 'IV in one and II in the other' repeats the rule; 'deadline is 12 Dec I "
           "think'), 'Seen by', 'Write a message...'. B grade: 'higher secondary education' (level secondary, no field). "
           "'more than 5,000 meetings a year' is no experience figure. Competency Customer Service Orientation is on the "
           "less certain ladder (rung 2 = Maintains clear communication). Desirables: post-secondary events qualification, "
           "protocol, another language."),
 "ims-gender-advisor": L(
    file="ims-gender-advisor.txt", title="Conseiller/Conseillère pour les questions de genre (Gender Advisor)",
    organisation="État-major militaire international (EMI) / International Military Staff (IMS), Bureau du conseiller pour les questions de genre",
    location="Bruxelles, Belgique", grade="A-3 / G17", grade_set=["A-3", "G17"], deadline="2026-12-08",
    degree={"level": "university", "fields": ["sciences sociales", "sciences politiques", "études de genre", "droit", "relations internationales"],
            "alternatives": ["military_staff_college"], "fields_required": False},
    min_years_experience=7, languages=pair("V", "III"),
    competencies=[comp("Analytical Thinking", "Établit des relations multiples", 3),
                  comp("Impact and Influence", "Exerce une influence indirecte", 5),
                  comp("Organisational Awareness", "Comprend la politique de l'organisation", 4),
                  comp("Teamwork", "Sollicite les contributions et encourage les autres", 4)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 7, "context": "gender mainstreaming or implementation of the Women, Peace and Security agenda"},
                           {"years": 3, "context": "gender mainstreaming or implementation of the Women, Peace and Security agenda",
                            "where": "a military, defence or security context"}],
    _notes="French-only notice with a boxed ENGLISH SUMMARY at the top that gives no figures ('several years of relevant "
           "experience', 'a good command of English and French') and says the French text is authoritative: every field comes "
           "from the French text ('ESSENTIELLES / Le/la titulaire doit :', 'au moins sept années ... dont au moins trois années', "
           "'V (« Avancé ») dans l'une ; III (« Intermédiaire ») dans l'autre', 'SOUHAITABLES / seraient un atout', 'Habilitation "
           "de sécurité : OTAN SECRET', 'Date limite de dépôt des candidatures : 8 décembre 2026'). Fields are 'de préférence' "
           "(not required); a national or NATO staff college ('cours d'état-major') is accepted instead of the degree. "
           "Competency names and rungs are in French; the labels give the English ladder name and the French text as printed "
           "('Sollicite les contributions et encourage les autres' = Teamwork rungs 3+4, stored as 4). Nationality in section 5. "
           "'Publié le 10/11/2026 | Mise à jour le 17/11/2026' are no deadline. The travel line is not a screening line."),
 "is-ops-civil-preparedness-officer": L(
    file="is-ops-civil-preparedness-officer.txt", title="Officer, Civil Preparedness (Energy and Transport)",
    organisation="NATO International Staff, Operations Division (OPS), Resilience and Civil Preparedness Section",
    location="Brussels, Belgium", grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-19",
    degree={"level": "university", "fields": ["engineering", "public administration", "emergency management"],
            "alternatives": [], "fields_required": False},
    min_years_experience=6, languages=pair("V", "I"),
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Flexibility", "Adapts to unforeseen situations", 3),
                  comp("Initiative", "Is decisive in a time-sensitive situation", 3),
                  comp("Teamwork", "Expresses positive expectations of the team", 2)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "civil emergency planning, crisis management or critical infrastructure resilience"},
                           {"years": 2, "context": "civil emergency planning, crisis management or critical infrastructure resilience",
                            "where": "the energy or transport sector"}],
    _notes="Word draft exported with tracked changes shown inline as '[Deleted: ...][Inserted: ...]' and comment anchors "
           "'[JM1]', '[AS2]', '[JM3]', with the comments listed at the end. The labels are the text with all changes accepted (as "
           "the last comment instructs): clearance NATO SECRET (not CONFIDENTIAL), deadline 19 December 2026 (not 5 December), "
           "six years (not five), languages V/I (not V/III), degree field 'preferably' (the deleted text made engineering "
           "required), Flexibility 'Adapts to unforeseen situations' (rung 3; the deleted 'Applies rules flexibly' is rung 2), "
           "the deleted PRINCE2 desirable gone. Comment dates (12-14/11/2026) are no deadline. 'DRAFT v3' header and 'NATO "
           "UNCLASSIFIED' marking. 'Available to deploy at short notice' is the non-screening line."),
}
