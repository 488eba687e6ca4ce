"""The CV reader proposes nothing it is not sure of, second round (issue 15, precision): a value read from
the wrong line, a language or a phrase proposed as a skill, a subject taken for a language, the dates of
training taken for a post, a course's preparation taken for the staff college. Small CVs written for the
test in general CV phrasing, read through the public reader."""

from __future__ import annotations

import pytest

from candidates.cv import propose_profile


def _posts(text: str) -> list[tuple[str, str, str]]:
    return [(e.title, e.organisation, e.start) for e in propose_profile(f"Experience\n{text}").experience]


# Posts ------------------------------------------------------------------------------------------------


def test_the_title_recognised_below_the_body_is_the_title():
    posts = _posts(
        "Jan 2018 – Dec 2020\nNATO Communications and Information Agency, The Hague\nSenior Software Engineer\n"
        "Jan 2015 – Dec 2017\nThales Nederland, Hengelo\nSystems Engineer"
    )
    assert posts == [
        ("Senior Software Engineer", "NATO Communications and Information Agency", "2018-01"),
        ("Systems Engineer", "Thales Nederland", "2015-01"),
    ]


def test_a_unit_after_the_title_above_the_dates_stays_in_the_title():
    posts = _posts(
        "Ministry of Defence of the Slovak Republic\nDirector, Defence Policy Department\n2018 – present\n"
        "Head of Section, NATO Affairs\n2014 – 2018"
    )
    assert posts[1] == ("Head of Section, NATO Affairs", "", "2014-01")


def test_a_body_named_after_the_title_above_the_dates_is_still_the_body():
    assert _posts("Logistics Officer, SHAPE\n2016 – 2019") == [("Logistics Officer", "SHAPE", "2016-01")]


def test_a_body_whose_name_holds_a_comma_under_a_title_with_its_unit():
    posts = _posts(
        "Stabilisation Adviser, Stabilisation Unit            Apr 2021 – present\n"
        "Foreign, Commonwealth & Development Office (FCDO), London\n"
        " • Planning lead for the Western Balkans conflict-prevention programme."
    )
    assert posts == [
        (
            "Stabilisation Adviser, Stabilisation Unit",
            "Foreign, Commonwealth & Development Office (FCDO)",
            "2021-04",
        )
    ]


@pytest.mark.parametrize(
    ("line", "post"),
    [
        (
            "2012 – 2015  Research assistant at Fraunhofer FKIE, Wachtberg",
            ("Research assistant", "Fraunhofer FKIE"),
        ),
        ("2008 – 2010: ISAF, Regional Command North – Mentor", ("Mentor", "ISAF")),
    ],
)
def test_the_post_is_told_from_the_body_around_at_or_a_dash(line, post):
    ((title, organisation, _),) = _posts(line)
    assert (title, organisation) == post


def test_training_with_its_dates_is_no_post_and_lends_none_its_dates():
    posts = _posts(
        "2015 – 2015  Pre-deployment training, Multinational Joint Headquarters Ulm\n"
        "2019  Exercise TRIDENT JUNCTURE, exercise planner, JFC Naples\n"
        "2009 – 2010  Intern, NATO HQ Public Diplomacy Division"
    )
    assert posts == [("Intern", "NATO HQ Public Diplomacy Division", "2009-01")]


def test_a_unit_named_with_training_stays_a_post():
    assert _posts("2016 – 2019  Staff Officer, Training and Doctrine Command") == [
        ("Staff Officer", "Training and Doctrine Command", "2016-01")
    ]


# Skills -------------------------------------------------------------------------------------------------


def test_a_language_stated_among_skills_is_no_skill():
    p = propose_profile(
        "Key skills\n- Maritime operations planning (COPD)\n- Fluent in English and Norwegian\n"
        "- Native German speaker\n- Working knowledge of French\n- MS Office"
    )
    assert p.skills == ("Maritime operations planning (COPD)", "MS Office")
    assert {entry.language for entry in p.languages} >= {"English", "Norwegian", "German", "French"}


def test_a_phrase_under_a_personal_skills_label_is_no_skill():
    p = propose_profile(
        "Personal skills\nOrganisational skills: managing a team of five analysts\n"
        "Communication skills: public speaking, drafting, negotiation\nDigital skills: Excel, Power BI"
    )
    assert set(p.skills) == {"public speaking", "drafting", "negotiation", "Excel", "Power BI"}


# Languages ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2010 – 2012  Lecturer in Russian Language and Literature, University of Tartu",
        "2014 – 2018  Research fellow, Department of Slavic Languages, University of Oslo",
    ],
)
def test_a_language_named_as_a_subject_is_not_the_persons(line):
    assert propose_profile(f"Experience\n{line}").languages == ()


def test_a_languages_row_outside_its_section_is_still_read():
    p = propose_profile("Profile\nAnalyst.\nForeign languages: English (C1), Russian (B2)")
    assert [(e.language, e.level) for e in p.languages] == [("English", "V"), ("Russian", "IV")]


# Staff college -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2014  Command and Staff Course preparatory module (online)",
        "2017  NATO Staff Officer Course, NATO School Oberammergau",
    ],
)
def test_a_staff_course_s_preparation_or_a_nato_school_course_is_no_staff_college(line):
    assert propose_profile(f"Military education\n{line}").military_staff_college is False


def test_a_staff_course_by_distance_learning_completed_is_one():
    line = "Air Command and Staff College (ACSC), Maxwell AFB — Distance Learning Program, completed 2018"
    assert propose_profile(f"Military education\n{line}").military_staff_college is True


# Degrees -----------------------------------------------------------------------------------------------


def test_a_study_line_above_gives_no_year_to_a_degree_with_its_own():
    p = propose_profile(
        "Education\n2017   Postgraduate studies in International Security, War Studies University, Warsaw\n"
        "2006   Master of Science in Management, Military University of Land Forces, Wrocław"
    )
    assert [(e.level, e.field, e.institution, e.year) for e in p.education] == [
        ("master", "Management", "Military University of Land Forces", 2006)
    ]


def test_a_level_word_before_the_field_is_no_part_of_it():
    p = propose_profile(
        "Education\nMaster's level education in Engineering, Delft University of Technology, 1999"
    )
    assert [(e.level, e.field) for e in p.education] == [("master", "Engineering")]


def test_what_was_done_or_a_bare_level_after_a_category_is_no_skill():
    p = propose_profile(
        "Skills\nLeadership: led a 40-person company in combat operations\nComputer literacy: good\n"
        "IT: SAP\nAnalysis: intelligence preparation of the battlefield"
    )
    assert p.skills == ("SAP", "intelligence preparation of the battlefield")


def test_a_language_test_among_skills_is_no_skill_but_a_clearance_listed_there_is_one():
    p = propose_profile(
        "Skills\nSecond Language Evaluation (SLE): CBC\nCEFR: English C1, German B2\n"
        "Space domain awareness, JOPP, Top Secret clearance"
    )
    assert p.skills == ("Space domain awareness", "JOPP", "Top Secret clearance")


def test_a_programme_that_awards_no_degree_is_no_degree():
    p = propose_profile(
        "Education\nExecutive Master in International Relations (non-degree certificate programme), 2016\n"
        "MSc in Defence Studies, King's College London, 2014"
    )
    assert [(e.level, e.field) for e in p.education] == [("master", "Defence Studies")]


# Headers, footers and signatures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "Curriculum Vitae – Jan Novák – 1/2",
        "Jan Novák | CV | March 2027",
        "NOVÁK Jan – page 2 sur 2",
        "Signed: Jan Novák, 15/01/2027",
        "Jan Novák, LTC (OF-4) – Personal and confidential",
        "Last updated: 01/2027",
        "Stand: Januar 2027",
    ],
)
def test_a_header_footer_or_signature_inside_a_section_holds_no_entry(furniture):
    p = propose_profile(
        f"Jan Novák\njan.novak@example.cz\nSkills\nMS Office, SAP\n{furniture}\nArcGIS, Python"
    )
    assert p.skills == ("MS Office", "SAP", "ArcGIS", "Python")
    assert p.name == "Jan Novák"


def test_a_post_whose_body_bears_the_person_s_name_is_still_read():
    p = propose_profile(
        "Jan Novák\nExperience\n2015 – 2018  Founder, Jan Novák Consulting\n2018 – 2021  Analyst, NATO HQ"
    )
    assert [e.start for e in p.experience] == ["2015-01", "2018-01"]


@pytest.mark.parametrize(
    "furniture",
    [
        "jan.novak@example.cz | +420 777 123 456 | Praha",
        "J. Novák – CV – 2",
        "Col J. Novák",
        "Novák CV 2027",
        "www.linkedin.com/in/jnovak",
    ],
)
def test_contact_details_or_the_surname_in_a_page_s_furniture_hold_no_entry(furniture):
    p = propose_profile(
        f"Jan Novák\njan.novak@example.cz\nSkills\nMS Office, SAP\n{furniture}\nArcGIS, Python"
    )
    assert p.skills == ("MS Office", "SAP", "ArcGIS", "Python")
    assert p.email == "jan.novak@example.cz"


def test_a_dated_post_with_a_web_address_is_still_read():
    p = propose_profile("Experience\n2016 – 2020  Analyst, NATO HQ (www.nato.int), Brussels")
    assert [(e.title, e.start) for e in p.experience] == [("Analyst", "2016-01")]


@pytest.mark.parametrize(
    "heading",
    ["Awards & Recognition", "Prix et distinctions", "Informations complémentaires", "Weitere Angaben"],
)
def test_a_heading_of_what_a_cv_adds_ends_the_skills_list(heading):
    p = propose_profile(f"Skills\nExcel, SAP\n{heading}\nNATO Meritorious Service Medal, Chess club 2019")
    assert p.skills == ("Excel", "SAP")


def test_achievements_under_a_post_do_not_end_the_experience():
    p = propose_profile(
        "Experience\n2018 – present\nHead of Unit\nDirectorate for Operations, EU Military Staff\n"
        "Key achievements:\n- 2019: set up the planning cell\n2012 – 2018\nDeputy Head of Section\nJ5 Plans, SHAPE"
    )
    assert [(e.title, e.start) for e in p.experience] == [
        ("Head of Unit", "2018-01"),
        ("Deputy Head of Section", "2012-01"),
    ]


def test_a_sidebar_s_personal_data_under_its_skills_is_no_skill():
    p = propose_profile(
        "Jan Novák\nSkills\nExcel, SAP\nDate of birth: 12.03.1980\nMarital status: married, two children\n"
        "Address: Vinohradská 12, Praha\nCzech Republic\n1980\nMarried\nGender: male\nNationality: Czech"
    )
    assert p.skills == ("Excel", "SAP")
    assert p.nationality == "Czechia"


def test_a_heading_of_skills_left_in_the_list_is_no_skill():
    p = propose_profile("Jan Novák\nIT SKILLS\nExcel, SAP\nSOFT SKILLS\nNegotiation, Team building")
    assert p.skills == ("Excel", "SAP", "Negotiation", "Team building")


def test_an_abbreviated_qualifier_before_the_field_is_no_part_of_it():
    p = propose_profile(
        "Education\n2003-2008: Military University of Technology, Warsaw. MSc Eng. in Electronics"
    )
    assert [(e.level, e.field, e.institution) for e in p.education] == [
        ("master", "Electronics", "Military University of Technology")
    ]
