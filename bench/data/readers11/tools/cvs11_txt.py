"""TXT CVs of corpus 11 (t68-t73). Each document is written with its hand-written label beside it."""
import json
import os

from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t68 UK civil-service CV, STAR competency examples
F = "cv_t68_uk_civilservice_star_competencies_thornbury.txt"
add(F, """CURRICULUM VITAE

Name:          Rebecca Ann Thornbury
Email:         r.thornbury@example.org.uk
Telephone:     07700 900287
Nationality:   British
Vetting:       DV (Developed Vetting), renewed 2024

Post applied for: Policy Officer (Resilience), NATO International Staff, ref. 270311
(Application closing date 02/03/2027)

EMPLOYMENT HISTORY (most recent first)

Nov 2021 – Present
Policy Lead, Resilience and Civil Contingencies
Cabinet Office, Civil Contingencies Secretariat
Grade: Senior Executive Officer (SEO)
- Leads the cross-government work on the resilience of critical national infrastructure.
- Drafts ministerial submissions and COBR briefing packs.

Apr 2017 – Oct 2021
Policy Adviser
Ministry of Defence, Defence Resilience team
Grade: Higher Executive Officer (HEO)
- Led the MOD input to the UK National Resilience Framework and to NATO's baseline requirements.

Sep 2014 – Mar 2017
Policy Support Officer
Home Office
Grade: Executive Officer (EO)

EDUCATION

2013   MA War Studies (Merit), King's College London
2012   BA (Hons) History, University of Leeds
2009   A levels: History (A*), French (A), Economics (A) – Tiffin Girls' School

LANGUAGES
English – native
French – CEFR C1 (DALF C1, 2019)
German – CEFR B2

KEY SKILLS
policy drafting; ministerial submissions; crisis management; stakeholder engagement; Microsoft 365

COMPETENCY EXAMPLES (STAR)
The Civil Service Success Profiles behaviours I use day to day are Seeing the Big Picture and Delivering at
Pace; below are examples against the NATO competencies in the notice.

1. Analytical Thinking
   Situation: In 2022 three regional resilience forums reported conflicting fuel-supply risks.
   Task: I had two weeks to give ministers one consolidated risk picture.
   Action: I broke the problem into supply, distribution and demand, mapped the dependencies between them and
   tested each forum's assumptions against DESNZ data.
   Result: Ministers agreed a single national planning assumption; the method is now the team standard.

2. Impact and Influence
   Situation: Devolved administrations were reluctant to share exercise findings.
   Task: Secure their agreement to a joint lessons report.
   Action: I met each lead separately, framed the report around their own priorities and asked a respected
   regional chair to champion it.
   Result: All four administrations signed up; the report was published in March 2023.

3. Teamwork
   Situation: A new team of six formed after the 2021 machinery-of-government change.
   Task: Deliver the first annual resilience statement in five months.
   Action: I set up weekly stand-ups, asked every member for input on the plan and shared credit publicly.
   Result: Delivered on time; staff survey engagement rose from 58% to 74%.

References available on request.
""", cv_label(F, "Rebecca Ann Thornbury", "r.thornbury@example.org.uk", "07700 900287", "United Kingdom",
              [("master", "War Studies", "King's College London", 2013),
               ("bachelor", "History", "University of Leeds", 2012),
               ("secondary", None, "Tiffin Girls' School", 2009)],
              False,
              [("Policy Lead, Resilience and Civil Contingencies", "Cabinet Office", "2021-11", None),
               ("Policy Adviser", "Ministry of Defence", "2017-04", "2021-10"),
               ("Policy Support Officer", "Home Office", "2014-09", "2017-03")],
              [("English", None, None), ("French", "V", None), ("German", "IV", None)],
              ["Analytical Thinking", "Impact and Influence", "Teamwork"],
              ["policy drafting", "ministerial submissions", "crisis management", "stakeholder engagement",
               "Microsoft 365"]))

# ------------------------------------------------------------------ t69 Canada: experience newest first, education
# oldest first, "2019–Pres.", "May–Aug 2013" (shared year), STANAG with slashes
F = "cv_t69_ca_mixedorder_pres_sharedyear_ouellet.txt"
add(F, """JEAN-FRANÇOIS (J.F.) OUELLET
Ottawa, ON  |  jf.ouellet@example.ca  |  613-555-0187  |  Canadian citizen

PROFILE
Arctic security analyst with operational research background; nine years in federal defence and foreign
policy work. Bilingual (English/French).

EXPERIENCE
Senior Analyst, Arctic Security — Global Affairs Canada                      2019–Pres.
  • Leads the Arctic and North Atlantic security file; drafts briefings for the Deputy Minister.
Defence Scientist (Operational Research) — Defence Research and Development Canada (DRDC)
                                                                             Sept. 2014–Dec. 2018
  • Built force-posture models for CJOC; co-authored 9 DRDC scientific reports.
Research Assistant — Carleton University                                     May–Aug 2013
  • Coded event data for the Arctic Governance Project.

EDUCATION (chronological)
2011   B.Sc. Mathematics, McGill University
2014   M.A. International Affairs, Carleton University (Norman Paterson School of International Affairs)

LANGUAGES
English – native; French – native (bilingual household); Russian – STANAG 6001 2/2/2/1 (2017)

TOOLS
R · Python · ArcGIS Pro · Power BI
""", cv_label(F, "Jean-François Ouellet", "jf.ouellet@example.ca", "613-555-0187", "Canada",
              [("bachelor", "Mathematics", "McGill University", 2011),
               ("master", "International Affairs", "Carleton University", 2014)],
              False,
              [("Senior Analyst, Arctic Security", "Global Affairs Canada", "2019-01", None),
               ("Defence Scientist (Operational Research)", "Defence Research and Development Canada (DRDC)",
                "2014-09", "2018-12"),
               ("Research Assistant", "Carleton University", "2013-05", "2013-08")],
              [("English", None, None), ("French", None, None), ("Russian", None, "2221")],
              [], ["R", "Python", "ArcGIS Pro", "Power BI"]))

# ------------------------------------------------------------------ t70 Croatia: JSON Resume file (jsonresume.org)
F = "cv_t70_hr_jsonresume_isodays_nodate_markovic.txt"
J70 = {
    "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    "basics": {
        "name": "Ivana Marković",
        "label": "Logistics and supply chain specialist",
        "email": "ivana.markovic@example.hr",
        "phone": "+385 91 555 0342",
        "location": {"city": "Zagreb", "countryCode": "HR"},
        "summary": "Croatian national. Ten years in supply chain planning, five of them in defence logistics.",
        "profiles": [],
    },
    "work": [
        {"name": "Ministarstvo obrane Republike Hrvatske (MORH)", "position": "Viša stručna savjetnica za logistiku",
         "location": "Zagreb", "startDate": "2019-10-01",
         "summary": "Plans sustainment for Croatian contingents in NATO missions.",
         "highlights": ["Introduced LOGFAS-based load planning", "Led 2023 host-nation support exercise"]},
        {"name": "Podravka d.d.", "position": "Supply Chain Planner", "location": "Koprivnica",
         "startDate": "2014-03-15", "endDate": "2019-09-30",
         "summary": "Demand and supply planning for export markets."},
    ],
    "volunteer": [
        {"organization": "Hrvatski Crveni križ", "position": "Volunteer logistics coordinator",
         "startDate": "2020-03-01", "endDate": "2020-06-30"},
    ],
    "education": [
        {"institution": "Sveučilište u Zagrebu", "area": "Business Logistics",
         "studyType": "Master (mag. oec.)", "startDate": "2011-10-01", "endDate": "2013-09-30"},
        {"institution": "Sveučilište u Zagrebu", "area": "Economics",
         "studyType": "Bachelor (univ. bacc. oec.)", "startDate": "2008-10-01", "endDate": "2011-07-15"},
    ],
    "certificates": [{"name": "APICS CSCP", "date": "2018-05-20", "issuer": "ASCM"}],
    "skills": [
        {"name": "ERP", "level": "Advanced", "keywords": ["SAP MM", "SAP WM"]},
        {"name": "Analytics", "level": "Intermediate", "keywords": ["Power BI", "Excel Power Query"]},
    ],
    "languages": [
        {"language": "Croatian", "fluency": "Native speaker"},
        {"language": "English", "fluency": "C1 (CEFR)"},
        {"language": "German", "fluency": "B2 (CEFR)"},
    ],
    "meta": {"version": "v1.0.0", "lastModified": "2026-11-30T09:12:44"},
}
add(F, json.dumps(J70, ensure_ascii=False, indent=2) + "\n",
    cv_label(F, "Ivana Marković", "ivana.markovic@example.hr", "+385 91 555 0342", "Croatia",
             [("master", "Business Logistics", "Sveučilište u Zagrebu", 2013),
              ("bachelor", "Economics", "Sveučilište u Zagrebu", 2011)],
             False,
             [("Viša stručna savjetnica za logistiku", "Ministarstvo obrane Republike Hrvatske (MORH)", "2019-10", None),
              ("Supply Chain Planner", "Podravka d.d.", "2014-03", "2019-09")],
             [("Croatian", None, None), ("English", "V", None), ("German", "IV", None)],
             [], ["SAP MM", "SAP WM", "Power BI", "Excel Power Query"]))

# ------------------------------------------------------------------ t71 Slovenia: Europass XML v3.3 attachment
F = "cv_t71_si_europassxml_current_kranjec.txt"
add(F, """<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="en">
  <DocumentInfo>
    <DocumentType>ECV</DocumentType>
    <CreationDate>2026-11-28T10:14:03.112Z</CreationDate>
    <LastUpdateDate>2026-11-29T08:02:51.004Z</LastUpdateDate>
    <XSDVersion>V3.3</XSDVersion>
    <Generator>EWA</Generator>
    <Comment>Europass CV</Comment>
  </DocumentInfo>
  <LearnerInfo>
    <Identification>
      <PersonName>
        <FirstName>Matej</FirstName>
        <Surname>Kranjec</Surname>
      </PersonName>
      <ContactInfo>
        <Address><Contact><AddressLine>Celovška cesta 120</AddressLine><PostalCode>1000</PostalCode>
          <Municipality>Ljubljana</Municipality><Country><Code>SI</Code><Label>Slovenia</Label></Country></Contact></Address>
        <Email><Contact>matej.kranjec@example.si</Contact></Email>
        <TelephoneList><Telephone><Contact>+386 41 555 218</Contact><Use><Code>mobile</Code></Use></Telephone></TelephoneList>
      </ContactInfo>
      <Demographics>
        <Birthdate year="1986" month="--04" day="---17"/>
        <Gender><Code>M</Code><Label>Male</Label></Gender>
        <NationalityList><Nationality><Code>SI</Code><Label>Slovenian</Label></Nationality></NationalityList>
      </Demographics>
    </Identification>
    <Headline>
      <Type><Code>job_applied_for</Code><Label>JOB APPLIED FOR</Label></Type>
      <Description><Label>Cyber Security Engineer (NCIA, The Hague)</Label></Description>
    </Headline>
    <WorkExperienceList>
      <WorkExperience>
        <Period><From year="2018" month="--05"/><Current>true</Current></Period>
        <Position><Label>Information Security Engineer</Label></Position>
        <Activities>Security monitoring (SOC tier 3), incident response, firewall architecture.</Activities>
        <Employer><Name>Telekom Slovenije, d.d.</Name><ContactInfo><Address><Contact><Municipality>Ljubljana</Municipality>
          <Country><Code>SI</Code><Label>Slovenia</Label></Country></Contact></Address></ContactInfo></Employer>
      </WorkExperience>
      <WorkExperience>
        <Period><From year="2012" month="--10"/><To year="2018" month="--04"/></Period>
        <Position><Label>Network Administrator</Label></Position>
        <Activities>Deployable CIS for SAF contingents; crypto custodian.</Activities>
        <Employer><Name>Slovenska vojska</Name><ContactInfo><Address><Contact><Municipality>Vrhnika</Municipality>
          </Contact></Address></ContactInfo></Employer>
      </WorkExperience>
    </WorkExperienceList>
    <EducationList>
      <Education>
        <Period><From year="2010" month="--10"/><To year="2012" month="--09"/></Period>
        <Title>Master's degree in Computer and Information Science (magister inženir računalništva in informatike)</Title>
        <Organisation><Name>Univerza v Ljubljani</Name></Organisation>
        <Level><Code>7</Code><Label>EQF level 7</Label></Level>
      </Education>
      <Education>
        <Period><From year="2007" month="--10"/><To year="2010" month="--09"/></Period>
        <Title>Bachelor's degree in Computer and Information Science (diplomirani inženir računalništva in informatike (UN))</Title>
        <Organisation><Name>Univerza v Ljubljani</Name></Organisation>
        <Level><Code>6</Code><Label>EQF level 6</Label></Level>
      </Education>
    </EducationList>
    <Skills>
      <Linguistic>
        <MotherTongueList><MotherTongue><Description><Code>sl</Code><Label>Slovenian</Label></Description></MotherTongue></MotherTongueList>
        <ForeignLanguageList>
          <ForeignLanguage>
            <Description><Code>en</Code><Label>English</Label></Description>
            <ProficiencyLevel><Listening>C1</Listening><Reading>C1</Reading><SpokenInteraction>C1</SpokenInteraction><SpokenProduction>C1</SpokenProduction><Writing>C1</Writing></ProficiencyLevel>
            <VerifiedBy><Certificate><Title>STANAG 6001 SLP 3333</Title><AwardingBody>Slovenska vojska</AwardingBody><Date year="2016"/></Certificate></VerifiedBy>
          </ForeignLanguage>
          <ForeignLanguage>
            <Description><Code>de</Code><Label>German</Label></Description>
            <ProficiencyLevel><Listening>B2</Listening><Reading>B2</Reading><SpokenInteraction>B2</SpokenInteraction><SpokenProduction>B2</SpokenProduction><Writing>B2</Writing></ProficiencyLevel>
          </ForeignLanguage>
        </ForeignLanguageList>
      </Linguistic>
      <Computer><Description>Cisco IOS, Palo Alto firewalls, Splunk, Linux</Description></Computer>
      <Driving><Description><Licence>B</Licence></Description></Driving>
    </Skills>
  </LearnerInfo>
</SkillsPassport>
""", cv_label(F, "Matej Kranjec", "matej.kranjec@example.si", "+386 41 555 218", "Slovenia",
              [("master", "Computer and Information Science", "Univerza v Ljubljani", 2012),
               ("bachelor", "Computer and Information Science", "Univerza v Ljubljani", 2010)],
              False,
              [("Information Security Engineer", "Telekom Slovenije, d.d.", "2018-05", None),
               ("Network Administrator", "Slovenska vojska", "2012-10", "2018-04")],
              [("Slovenian", None, None), ("English", "V", "3333"), ("German", "IV", None)],
              [], ["Cisco IOS", "Palo Alto firewalls", "Splunk", "Linux"]))

# ------------------------------------------------------------------ t72 Belgium: Dutch-language officer CV, rank
# column, "sinds 01/08/2021", Hogere Stafcursus beside a post
F = "cv_t72_be_nl_officier_graad_sinds_vandamme.txt"
add(F, """CURRICULUM VITAE

PERSOONLIJKE GEGEVENS
Naam ............ VAN DAMME Pieter
Graad ........... Majoor vlieger
Nationaliteit ... Belg
E-mail .......... pieter.vandamme@example.be
GSM ............. +32 475 55 01 93

LOOPBAAN (meest recente eerst)
Periode               Graad                 Functie                              Eenheid
--------------------  --------------------  -----------------------------------  ------------------------------------------
sinds 01/08/2021      Majoor                Stafofficier capaciteitsplanning     Stafdepartement Strategie (ACOS Strat), Brussel
09/2017 - 07/2021     Kapitein-commandant   Operatieofficier                     Componentstaf Lucht, Evere
09/2012 - 08/2017     Luitenant / Kapitein  Vlieger C-130                        15de Wing Luchttransport, Melsbroek

OPLEIDING
2020 - 2021   Hogere Stafcursus (Hoger Stafbrevet), Koninklijk Hoger Instituut voor Defensie (KHID)
              (gevolgd naast de functie bij ACOS Strat)
2007 - 2012   Master in de sociale en militaire wetenschappen, Koninklijke Militaire School (KMS), Brussel
2007          Diploma secundair onderwijs (ASO), Sint-Barbaracollege Gent

TALEN
Nederlands: moedertaal
Frans: SLP 3333 (2022)
Engels: SLP 3332
Duits: basiskennis

INFORMATICA
TOPFAS, LOGFAS, MS Office
""", cv_label(F, "Pieter Van Damme", "pieter.vandamme@example.be", "+32 475 55 01 93", "Belgium",
              [("master", "sociale en militaire wetenschappen", "Koninklijke Militaire School", 2012),
               ("secondary", None, "Sint-Barbaracollege Gent", 2007)],
              True,
              [("Stafofficier capaciteitsplanning", "Stafdepartement Strategie (ACOS Strat)", "2021-08", None),
               ("Operatieofficier", "Componentstaf Lucht", "2017-09", "2021-07"),
               ("Vlieger C-130", "15de Wing Luchttransport", "2012-09", "2017-08")],
              [("Dutch", None, None), ("French", None, "3333"), ("English", None, "3332"), ("German", None, None)],
              [], ["TOPFAS", "LOGFAS", "MS Office"]))

# ------------------------------------------------------------------ t73 Italy: officer CV in Italian, day-precision
# prose dates "dal 1° settembre 2020 – tuttora", ISSMI attendance line among the posts (not a post)
F = "cv_t73_it_ufficiale_tuttora_frequentatore_bellandi.txt"
add(F, """CURRICULUM VITAE

Ten. Col. (AArn) ing. Marco Bellandi
Nato a Pisa il 03/05/1980 – cittadinanza italiana
e-mail: marco.bellandi@example.it – cell. +39 347 555 0921

INCARICHI (dal più recente)
• dal 1° settembre 2020 – tuttora: Capo Sezione Pianificazione Capacità, Stato Maggiore dell'Aeronautica (SMA), Roma
• dal 15 ottobre 2016 al 31 agosto 2020: Ufficiale addetto alle operazioni, 36° Stormo, Gioia del Colle
• da settembre 2015 a settembre 2016: frequentatore del 18° Corso Superiore di Stato Maggiore Interforze (ISSMI),
  Centro Alti Studi per la Difesa (CASD), Roma
• dal 2005 al 2015: Ufficiale ingegnere, Reparto Sperimentale Volo (RSV), Pratica di Mare

TITOLI DI STUDIO
• 2004 – Laurea magistrale in Ingegneria Aerospaziale, Università degli Studi di Napoli Federico II
• 1998 – Diploma di maturità scientifica, Liceo Scientifico "U. Dini", Pisa

LINGUE STRANIERE
Inglese – profilo SLP 3+/3/3+/3 (2021)
Francese – SLP 2/2/2/1+

CONOSCENZE INFORMATICHE
pacchetto Office, MATLAB, CATIA V5

Autorizzo il trattamento dei dati personali ai sensi del Regolamento UE 2016/679.
Roma, 20 novembre 2026
""", cv_label(F, "Marco Bellandi", "marco.bellandi@example.it", "+39 347 555 0921", "Italy",
              [("master", "Ingegneria Aerospaziale", "Università degli Studi di Napoli Federico II", 2004),
               ("secondary", None, 'Liceo Scientifico "U. Dini"', 1998)],
              True,
              [("Capo Sezione Pianificazione Capacità", "Stato Maggiore dell'Aeronautica (SMA)", "2020-09", None),
               ("Ufficiale addetto alle operazioni", "36° Stormo", "2016-10", "2020-08"),
               ("Ufficiale ingegnere", "Reparto Sperimentale Volo (RSV)", "2005-01", "2015-12")],
              [("English", None, "3333"), ("French", None, "2221")],
              [], ["pacchetto Office", "MATLAB", "CATIA V5"]))


def build():
    out = []
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
