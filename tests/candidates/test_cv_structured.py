"""CVs saved as structured data (JSON Resume, Europass XML) read by their schema's fields through read_cv."""

from __future__ import annotations

import json

from candidates.cv import read_cv
from candidates.cv.structured import structured_profile
from reference.data import DEFAULT_REFERENCE

RESUME = {
    "basics": {
        "name": "Tomasz Zielinski",
        "label": "Procurement officer",
        "email": "t.zielinski@example.org",
        "phone": "+48 600 100 200",
        "summary": "Polish citizen with twelve years in defence procurement.",
    },
    "work": [
        {
            "name": "Agencja Uzbrojenia",
            "position": "Senior Procurement Officer",
            "startDate": "2016-04-11",
            "summary": "Runs tenders for air defence systems.",
            "highlights": ["Cut award times by a third"],
        },
        {"company": "Orlen S.A.", "position": "Buyer", "startDate": "2011-09", "endDate": "2016-03"},
        {"name": "Somewhere", "position": "Intern"},  # no start: no post
    ],
    "volunteer": [{"organization": "Scouts", "position": "Leader", "startDate": "2005-01"}],
    "education": [
        {
            "institution": "Politechnika Warszawska",
            "area": "Management",
            "studyType": "Master",
            "endDate": "2011",
        },
        {"institution": "Akademia Sztuki Wojennej", "area": "", "studyType": "PhD in Security Studies"},
    ],
    "languages": [
        {"language": "Polish", "fluency": "Native speaker"},
        {"language": "English", "fluency": "C2"},
        {"language": "French", "fluency": "A2"},
    ],
    "skills": [
        {"name": "Procurement", "keywords": ["EU public procurement law", "SAP SRM"]},
        {"name": "Negotiation"},
    ],
}


def read(data: bytes | str, filename: str = "cv.txt"):
    return read_cv(data.encode() if isinstance(data, str) else data, filename=filename)


def test_a_json_resume_is_read_by_its_schema():
    cv = read(json.dumps(RESUME, indent=2), "cv.json").to_json()
    assert (cv["name"], cv["email"], cv["phone"]) == (
        "Tomasz Zielinski",
        "t.zielinski@example.org",
        "+48 600 100 200",
    )
    assert cv["nationality"] == "Poland"
    assert [(p["title"], p["organisation"], p["start"], p["end"]) for p in cv["experience"]] == [
        ("Senior Procurement Officer", "Agencja Uzbrojenia", "2016-04", None),
        ("Buyer", "Orlen S.A.", "2011-09", "2016-03"),
    ]
    assert "Cut award times by a third" in cv["experience"][0]["description"]
    assert [(e["level"], e["field"], e["institution"], e["year"]) for e in cv["education"]] == [
        ("master", "Management", "Politechnika Warszawska", 2011),
        ("doctorate", "Security Studies", "Akademia Sztuki Wojennej", None),
    ]
    # CEFR mapped as the layout reader maps it (C2 -> VI, A2 -> II); a word gives no level.
    assert [(lang["language"], lang["level"]) for lang in cv["languages"]] == [
        ("Polish", None),
        ("English", "VI"),
        ("French", None),  # "A2": a basic user, no level proposed
    ]
    assert cv["skills"] == ["EU public procurement law", "SAP SRM", "Negotiation"]
    assert cv["summary"] == "Polish citizen with twelve years in defence procurement."


def test_a_partial_json_resume_gives_what_it_holds():
    cv = read(json.dumps({"basics": {"name": "Eva Novak"}, "work": [{"name": "MoD", "startDate": "2020"}]}))
    assert cv.name == "Eva Novak"
    assert [(p.organisation, p.start, p.end) for p in cv.experience] == [("MoD", "2020-01", None)]
    assert cv.education == cv.languages == cv.skills == ()


def test_other_json_and_malformed_json_fall_back_to_the_text_reader():
    # JSON that is no résumé, and a résumé cut short: the layout reader reads the text as it is.
    assert read(json.dumps({"title": "Analyst"})).name is None
    cut = json.dumps(RESUME, indent=2)[:400]
    cv = read(cut)
    assert structured_profile(cut, DEFAULT_REFERENCE) is None
    assert cv.email == "t.zielinski@example.org"


EUROPASS = """<?xml version="1.0" encoding="UTF-8"?>
<Europass xmlns="http://europass.cedefop.europa.eu/Europass" locale="en">
  <LearnerInfo>
    <Identification>
      <PersonName><FirstName>Lena</FirstName><Surname>Berger</Surname></PersonName>
      <ContactInfo>
        <Email><Contact>lena.berger@example.at</Contact></Email>
        <TelephoneList><Telephone><Contact>+43 660 123 4567</Contact></Telephone></TelephoneList>
      </ContactInfo>
      <Demographics><NationalityList><Nationality><Code>LU</Code></Nationality></NationalityList></Demographics>
    </Identification>
    <Headline>
      <Type><Code>personal_statement</Code></Type>
      <Description><Label>Analyst of arms control verification.</Label></Description>
    </Headline>
    <WorkExperienceList>
      <WorkExperience>
        <Period><From year="2019" month="--09"/><Current>true</Current></Period>
        <Position><Label>Verification Analyst</Label></Position>
        <Activities>&lt;p&gt;Inspections under the Vienna Document.&lt;/p&gt;</Activities>
        <Employer><Name>Bundesministerium für Landesverteidigung</Name></Employer>
      </WorkExperience>
      <WorkExperience>
        <Period><From year="2014"/><To year="2019" month="--08"/></Period>
        <Position><Label>Research Fellow</Label></Position>
        <Employer><Name>Austrian Institute for International Affairs</Name></Employer>
      </WorkExperience>
    </WorkExperienceList>
    <EducationList>
      <Education>
        <Period><From year="2011"/><To year="2014"/></Period>
        <Title>Master of Arts in Political Science</Title>
        <Organisation><Name>Universität Wien</Name></Organisation>
      </Education>
      <Education>
        <Period><To year="2008"/></Period>
        <Title>Technical diploma</Title>
        <Organisation><Name>HTL Mödling</Name></Organisation>
        <Level><Code>6</Code><Label>EQF level 6</Label></Level>
        <Field><Label>Electronics</Label></Field>
      </Education>
    </EducationList>
    <Skills>
      <Linguistic>
        <MotherTongueList><MotherTongue><Description><Code>de</Code></Description></MotherTongue></MotherTongueList>
        <ForeignLanguageList>
          <ForeignLanguage>
            <Description><Code>en</Code><Label>English</Label></Description>
            <ProficiencyLevel><Listening>C2</Listening><Reading>C2</Reading><SpokenInteraction>C1</SpokenInteraction>
              <SpokenProduction>C1</SpokenProduction><Writing>C1</Writing></ProficiencyLevel>
            <VerifiedBy><Certificate><Title>SLP 3-3-3-2</Title></Certificate></VerifiedBy>
          </ForeignLanguage>
          <ForeignLanguage>
            <Description><Code>ru</Code></Description>
            <ProficiencyLevel><Listening>B1</Listening><Reading>B1</Reading></ProficiencyLevel>
          </ForeignLanguage>
        </ForeignLanguageList>
      </Linguistic>
      <Computer><Description>&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;&lt;li&gt;ArcGIS&lt;/li&gt;&lt;/ul&gt;</Description></Computer>
    </Skills>
  </LearnerInfo>
</Europass>
"""


def test_a_europass_xml_cv_is_read_by_its_schema():
    cv = read(EUROPASS, "europass.xml").to_json()
    assert (cv["name"], cv["email"], cv["phone"]) == (
        "Lena Berger",
        "lena.berger@example.at",
        "+43 660 123 4567",
    )
    assert cv["nationality"] == "Luxembourg"  # from its ISO code
    assert [(p["title"], p["organisation"], p["start"], p["end"]) for p in cv["experience"]] == [
        ("Verification Analyst", "Bundesministerium für Landesverteidigung", "2019-09", None),
        ("Research Fellow", "Austrian Institute for International Affairs", "2014-01", "2019-08"),
    ]
    assert cv["experience"][0]["description"] == "Inspections under the Vienna Document."
    assert [(e["level"], e["field"], e["institution"], e["year"]) for e in cv["education"]] == [
        ("master", "Political Science", "Universität Wien", 2014),
        ("bachelor", "Electronics", "HTL Mödling", 2008),  # the EQF level when the title names no degree
    ]
    # A CEFR level per skill gives the lowest (C1 -> V); a certificate's STANAG profile is kept.
    assert cv["languages"] == [
        {"language": "German", "level": None, "stanag": None},
        {"language": "English", "level": "V", "stanag": "3332"},
        {"language": "Russian", "level": "III", "stanag": None},
    ]
    assert cv["skills"] == ["Python", "ArcGIS"]
    assert cv["summary"] == "Analyst of arms control verification."


def test_other_xml_and_malformed_xml_fall_back_to_the_text_reader():
    assert read("<?xml version='1.0'?><note><to>Jan</to></note>").experience == ()
    cut = EUROPASS[: EUROPASS.index("</WorkExperienceList>")]
    assert structured_profile(cut, DEFAULT_REFERENCE) is None
    cv = read(cut)  # not well-formed: the layout reader reads its text
    assert cv.email == "lena.berger@example.at"


def test_an_entity_bomb_is_never_expanded():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";" if n > 1 else "&lol;") * 10}">'
            for n in range(1, 10)
        )
        + "]><SkillsPassport><LearnerInfo><Identification><PersonName><FirstName>&lol9;</FirstName>"
        "</PersonName></Identification></LearnerInfo></SkillsPassport>"
    )
    assert structured_profile(bomb, DEFAULT_REFERENCE) is None  # a declaration of entities is refused
    cv = read(bomb)  # and the text read as it is, nothing expanded
    assert cv.name is None or "lollollol" not in cv.name
    assert all("lollollol" not in s for s in cv.skills)
