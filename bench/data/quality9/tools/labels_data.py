"""Expected parse_vacancy --json fields for the six notices of set 9 (written by hand, before anything ran)."""
from data_nspa import NATIONS as MMF_NATIONS


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
 "is-pdd-digital-engagement-officer": L(
    file="is-pdd-digital-engagement-officer.txt", title="Officer, Digital Engagement",
    organisation="NATO International Staff, Public Diplomacy Division (PDD), Digital Communications Section",
    location="Brussels, Belgium", grade="A-3", grade_set=["A-3"], deadline="2026-12-14",
    degree={"level": "university", "fields": ["communications", "journalism", "marketing", "political science"],
            "alternatives": [], "fields_required": False},
    min_years_experience=6, languages=pair("V", "III"),
    competencies=[comp("Achievement", "Creates own measures of excellence and improves performance", 4),
                  comp("Change Leadership", "Expresses vision for change", 2),
                  comp("Impact and Influence", "Calculates the impact of one's actions or words", 4),
                  comp("Teamwork", "Solicits inputs", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 6, "context": "digital communications or social media management",
                            "where": "a public institution, an international organisation or a news media organisation"}],
    _notes="Copied from a phone job app: status bar '09:41 5G 87%', '< Jobs ♡ ⋮', 'Posted 3 days ago · 41 applicants' (not a "
           "date), '[ Apply now ] [ Save ]', 'See less', 'Similar jobs' with '2d'/'5d' ages, bottom tab bar. Every sentence hard-"
           "wrapped at about 30 characters, so the title, the degree fields, the years, the language levels (V ... III) and the "
           "merged Achievement rung are split across lines. Deadline 'Closes 14 Dec 2026'. Nationality line comes after the "
           "competencies. No NATO grade number (G17) is given."),
 "ncia-cyber-incident-handler": L(
    file="ncia-cyber-incident-handler.txt", title="Cyber Incident Handler",
    organisation="NATO Communications and Information Agency (NCIA), NATO Cyber Security Centre (NCSC), Incident Management Branch",
    location="Mons, Belgium", grade="A-2 (G15)", grade_set=["A-2", "G15"], deadline="2026-12-11",
    degree={"level": "university", "fields": ["computer science", "information security", "electrical engineering",
                                              "telecommunications engineering"],
            "alternatives": ["equivalent_experience"], "fields_required": True},
    min_years_experience=4, languages=each(("English", "IV")),
    competencies=[comp("Analytical Thinking", "Sees multiple relationships", 3),
                  comp("Initiative", "Addresses current opportunities or problems", 2),
                  comp("Teamwork", "Co-operates", 1)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 4, "context": "cyber incident handling or security monitoring",
                            "where": "a Security Operations Centre (SOC) or a CSIRT/CERT"}],
    _notes="Markdown page: one requirements table '| # | Requirement | E/D | What we look for |' with essential (E) and desirable (D) "
           "rows interleaved (rows 1,3,5,7,8 are E; 2,4,6,9 are D; row 8, the 24/7 rota, is an E row but not a screening line); "
           "'**or**' in bold inside the degree cell; a legend line under the table; competencies as a second table. A master's "
           "degree in cyber security is a D row (not the degree level). French explicitly not required: rule each, English IV "
           "only. 'Page last edited 2026-11-19' is not a deadline."),
 "is-ofc-head-accounting": L(
    file="is-ofc-head-accounting.txt", title="Head, Accounting and Financial Reporting",
    organisation="NATO International Staff, Office of the Financial Controller (FinCon), Accounting and Financial Reporting Section",
    location="Brussels, Belgium", grade="A-5", grade_set=["A-5"], deadline="2026-12-20",
    degree={"level": "university", "fields": ["accounting", "finance", "economics", "business administration"],
            "alternatives": [], "fields_required": True},
    min_years_experience=12, languages=pair("V", "I"),
    competencies=[comp("Achievement", "Sets challenging goals", 5),
                  comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Clarity and Accuracy", "Develops systems", 5),
                  comp("Leadership", "Leads the team to results", 4),
                  comp("Organisational Awareness", "Understands organisational politics", 4)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 12, "context": "accounting or financial reporting"},
                           {"years": 5, "context": "accounting or financial reporting",
                            "where": "a public-sector body or an international organisation"}],
    _notes="No ESSENTIAL/DESIRABLE headings at all: essentials are the 'must' sentences, desirables the 'should'/'would be "
           "welcome' sentences, spread over 'Qualifications', 'Experience' and 'Languages' prose sections. Essentials: degree in "
           "a named field (no 'preferably'), professional accountancy qualification, 12 years of which 5 public/IO, IPSAS/IFRS "
           "statements, languages V/I, and a non-screening 'must be able to work to tight deadlines'. Desirables: master's "
           "degree (so the level stays 'university'), IPSAS training, team management, SAP FI/CO. Competencies under 'What we "
           "will assess'. Nationality in a 'Who can apply' section. '(midnight Brussels time)' after the deadline."),
 "nspa-legal-adviser": L(
    file="nspa-legal-adviser.txt", title="LEGAL ADVISER (PROGRAMME CONTRACTS)",
    organisation="NATO Support and Procurement Agency (NSPA), Office of the Legal Adviser",
    location="Capellen, Luxembourg", grade="A-4", grade_set=["A-4"], deadline="2026-12-17",
    degree={"level": "master", "fields": ["law"], "alternatives": [], "fields_required": True},
    min_years_experience=8, languages=each(("English", "V"), ("French", "III")),
    competencies=[comp("Analytical Thinking", "Makes complex plans or analyses", 4),
                  comp("Clarity and Accuracy", "Checks own and others' work", 3),
                  comp("Impact and Influence", "Calculates the impact of one's actions or words", 4),
                  comp("Organisational Awareness", "Understands organisational politics", 4)],
    nationalities=sorted(MMF_NATIONS), clearance="NATO SECRET",
    experience_conditions=[{"years": 8, "context": "post-qualification legal experience"},
                           {"years": 4, "context": "advising on public procurement, government contracts or international commercial contracts"}],
    _notes="Agency notice whose nationality rule sits in the middle of the first prose paragraph ('is open only to nationals of "
           "Belgium, Czechia, Denmark, Germany, Luxembourg, the Netherlands and Norway; applications from nationals of other "
           "NATO nations cannot be considered'), with 'NATO's lead organisation' and 'member nations' wording elsewhere. Degree "
           "'A master's degree in law (LL.M., Master en droit, Volljurist/Staatsexamen, meester in de rechten or an equivalent "
           "law degree at master's level)': the equivalents are names of law master's degrees, not an alternative to the degree. "
           "'Vacancy Notice NSPA/26/212' and 'reserve list valid 12 months' are not years of experience."),
 "jfcbs-medical-plans-officer": L(
    file="jfcbs-medical-plans-officer.txt", title="Medical Plans Officer",
    organisation="Allied Joint Force Command Brunssum, Joint Medical (JMED) Branch, Plans Section",
    location="Brunssum, The Netherlands", grade="A-3 (G17)", grade_set=["A-3", "G17"], deadline="2026-12-10",
    degree={"level": "university", "fields": ["medicine", "nursing", "public health"],
            "alternatives": ["military_staff_college"], "fields_required": True},
    min_years_experience=5,
    languages={"rule": "none", "high": None, "low": None, "pair": [], "requirements": [], "stanag": ["3332"],
               "stanag_language": "English"},
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "medical planning or health service support to operations",
                            "including": "the leadership of a team"},
                           {"years": 2, "context": "medical planning or health service support to operations",
                            "where": "a NATO or multinational headquarters"}],
    _notes="ACO-style 'KEY : value' header, lettered a.-e. essentials. The English SLP is given only in a grid 'LANGUAGE PROFILE "
           "(STANAG 6001)  L S R W' with the row 'English (essential) 3 3 3 2' (= 3332); the row 'French (desirable) 2 2 1 1' "
           "(2211) is desirable only. Essential b. has three parts: 5 years, of which 2 in a NATO/multinational HQ, 'and including "
           "the leadership of a team' (a condition without years, kept as 'including' on the main condition). Degree field list "
           "ends with 'or a health-related discipline'; staff college accepted in lieu. Essential e. (deploy) is not a screening "
           "line. No competencies."),
 "landcom-infrastructure-assistant": L(
    file="landcom-infrastructure-assistant.txt", title="SENIOR ASSISTANT (INFRASTRUCTURE)",
    organisation="HQ Allied Land Command (LANDCOM), Engineer Branch, HQ Support Division",
    location="Izmir, Türkiye", grade="B-5 (G10)", grade_set=["B-5", "G10"], deadline="2026-12-15",
    degree={"level": "secondary", "fields": ["civil engineering", "electrical engineering", "mechanical engineering",
                                             "building services"],
            "alternatives": [], "fields_required": False},
    min_years_experience=5, languages=pair("IV", "I"),
    competencies=[comp("Clarity and Accuracy", "CHECKS OWN WORK", 2),
                  comp("Initiative", "ADDRESSES CURRENT OPPORTUNITIES OR PROBLEMS", 2),
                  comp("Teamwork", "CO-OPERATES", 1),
                  comp("Customer Service Orientation", "TAKES PERSONAL RESPONSIBILITY FOR CORRECTING PROBLEMS", 3)],
    clearance="NATO SECRET",
    experience_conditions=[{"years": 5, "context": "facilities or infrastructure maintenance management"},
                           {"years": 2, "context": "facilities or infrastructure maintenance management",
                            "where": "a military or government organisation"}],
    _notes="All-capitals military signal message (ADatP-3 style): 'R 041200Z NOV 26' date-time group (not a deadline), FM/TO/"
           "INFO, BT, SUBJ/.../, REF/, NARR/, GENTEXT/REMARKS/, numbered paragraphs with A.-E. sub-items, '15 DEC 26' two-digit "
           "year, '#0417 NNNN' trailer. Competencies run on in one paragraph. 'TURKISH LANGUAGE, SLP 2222' is desirable only. "
           "'NATIONAL SCREENING NOT REQUIRED' is no nationality rule. Title and competency texts kept in the notice's capitals."),
}
