"""The CV reader proposes nothing it is not sure of (issue 15, precision): one kind of invented value each,
on small CVs written for the test in general CV phrasing. When unsure, the applicant fills the field in."""

from __future__ import annotations

import pytest

from candidates.cv import propose_profile
from candidates.cv.education import attended_staff_college
from candidates.cv.lines import heading
from candidates.cv.skills import labelled_skills, skills


def _degrees(lines: str) -> list[tuple[str, str, int | None]]:
    return [(e.level, e.field, e.year) for e in propose_profile(f"Education\n{lines}").education]


def _posts(lines: str) -> list[tuple[str, str, str]]:
    return [(e.title, e.organisation, e.start) for e in propose_profile(f"Experience\n{lines}").experience]


# Staff college ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Guest lecturer at the NATO Defence College, Rome (2019, 2021)",
        "2016 – 2019  Directing Staff, Joint Services Command and Staff College, Shrivenham",
        "Instructor at the Baltic Defence College, Tartu",
        "Taught strategy at the Canadian Forces College, Toronto",
    ],
)
def test_teaching_at_a_staff_college_is_not_attending_it(line):
    assert attended_staff_college([line]) is False


@pytest.mark.parametrize(
    "line",
    [
        "2019  NATO Logistics Staff Officer Course, NATO School Oberammergau",
        "Intelligence Staff Course (2 weeks), 2017",
        "Basic Staff Course, Army Training Centre, 2009",
        "Staff Officer Orientation Course, 2015",
    ],
)
def test_a_functional_or_basic_staff_course_is_no_staff_college(line):
    assert attended_staff_college([line]) is False


@pytest.mark.parametrize(
    "line",
    [
        "2016 – 2017  Advanced Command and Staff Course, Joint Services Command and Staff College",
        "Higher Staff Officer Course, Defence University, 2019",
        "Basic Staff Course 2010; Joint Command and Staff Course 2016",
        "Joint Command and Staff Programme, Canadian Forces College, 2018",
    ],
)
def test_a_staff_college_attended_is_still_read(line):
    assert attended_staff_college([line]) is True


# Sections that hold no skills, posts or degrees ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Personal interests",
        "LEADERSHIP & ACTIVITIES",
        "Sports and other interests",
        "Volunteer experience",
        "Honours & Prizes",
        "Extracurricular activities",
    ],
)
def test_headings_of_what_a_cv_adds_are_read_in_words_of_their_own(line):
    assert heading(line) == ("other", "")


@pytest.mark.parametrize(
    "line", ["Skills and interests", "Publications Officer", "Main activities and duties"]
)
def test_a_phrase_that_names_a_field_or_a_post_is_no_such_heading(line):
    assert heading(line) is None or heading(line)[0] != "other"


def test_hobbies_under_a_heading_of_their_own_are_no_skills():
    cv = "Anna Berg\n\nSkills\nContract negotiation, SAP MM\n\nPersonal interests\nTennis, travelling, scouting"
    assert propose_profile(cv).skills == ("Contract negotiation", "SAP MM")


def test_a_driving_licence_row_gives_no_skills():
    assert skills(["Driving licence: B, C", "Tools: Excel, Power BI"]) == ("Excel", "Power BI")


def test_personal_qualities_and_achievements_written_among_skills_are_no_skills():
    lines = ["Python, SQL", "Strengths: reliable, hard-working", "Key achievements: cut costs by 20%"]
    assert skills(lines) == ("Python", "SQL")


def test_a_row_of_organisational_skills_in_prose_is_no_skill_but_a_list_is():
    assert labelled_skills(["Organisational skills: leading a team of 30 soldiers on operations"]) == []
    assert labelled_skills(["Communication skills: negotiation, public speaking"]) == [
        "negotiation, public speaking"
    ]


# Contacts ---------------------------------------------------------------------------------------------


def test_a_referees_phone_and_email_are_not_the_applicants():
    cv = (
        "Maria Lopez\nmaria.lopez@example.org\n\nExperience\n2015 – 2020  Analyst, Ministry of Defence\n\n"
        "References\nDr John Smith, University of Leeds, +44 113 243 1751, j.smith@example.ac.uk"
    )
    proposal = propose_profile(cv)
    assert (proposal.email, proposal.phone) == ("maria.lopez@example.org", None)
    cv = "Tom Berg\n\nReferences: Anna Holm, +46 8 123 456 78, anna.holm@example.se"
    assert (propose_profile(cv).email, propose_profile(cv).phone) == (None, None)


def test_the_applicants_own_phone_is_still_read_beside_referees():
    cv = "Maria Lopez\n+34 612 345 678\n\nReferees\nDr John Smith, +44 113 243 1751"
    assert propose_profile(cv).phone == "+34 612 345 678"


# Degrees ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Master Parachutist Badge, 2015",
        "Certified Scrum Master, Scrum Alliance, 2019",
        "Jumpmaster course, 2012",
        "Master Diver qualification, 2014",
    ],
)
def test_master_as_a_rank_badge_or_role_is_no_degree(line):
    assert _degrees(f"{line}\nBA History, University of Warsaw, 2008") == [("bachelor", "History", 2008)]


def test_a_thesis_under_a_degree_is_no_degree_of_its_own():
    cv = (
        "2011  Master in Security Studies, University of Madrid\n"
        '      Master\'s thesis: "Maritime security in the Gulf of Guinea"\n'
        "2009  Bachelor in Political Science, University of Granada\n"
        "      Bachelor thesis on enlargement\n"
        "      PhD dissertation: never started"
    )
    assert _degrees(cv) == [("master", "Security Studies", 2011), ("bachelor", "Political Science", 2009)]


def test_a_stay_abroad_gives_the_degree_above_no_institution():
    cv = "Bachelor in Law\nSemester abroad, University of Edinburgh (Erasmus), 2012"
    assert [(e.institution, e.year) for e in propose_profile(f"Education\n{cv}").education] == [("", None)]


def test_dates_on_the_line_above_each_degree_are_its_own():
    cv = (
        "2014\nMaster's degree in Business Administration\nUniversity of Milan\n\n"
        "2011\nBachelor's degree in Economics\nUniversity of Rome"
    )
    assert _degrees(cv) == [("master", "Business Administration", 2014), ("bachelor", "Economics", 2011)]
    europass = (
        "Dates: 2005 – 2010\nTitle of qualification awarded: Master in Military Management\n"
        "Name of organisation providing education: University of Defence, Brno"
    )
    assert [(e.year, e.institution) for e in propose_profile(f"Education\n{europass}").education] == [
        (2010, "University of Defence")
    ]


def test_dates_below_a_degree_stay_with_it():
    assert _degrees(
        "Master in Law\nUniversity of Lisbon\n2012\nBachelor in Law\nUniversity of Porto\n2010"
    ) == [
        ("master", "Law", 2012),
        ("bachelor", "Law", 2010),
    ]


# Posts ------------------------------------------------------------------------------------------------


def test_a_dated_duty_under_a_post_is_no_post_of_its_own():
    cv = (
        "U.S. Army, Fort Bragg, NC\nSignal Officer, May 2009 – May 2017\n"
        "• Deployed to Iraq (2011–2012) as S6 of a brigade combat team.\n• Led a team of 40."
    )
    assert _posts(cv) == [("Signal Officer", "U.S. Army", "2009-05")]


def test_a_dated_bullet_outside_the_post_above_is_still_a_post():
    cv = "Policy Officer, Ministry of Defence, 2015 – 2018\n• Adviser (2019 – 2021), NATO Headquarters"
    assert [p[0] for p in _posts(cv)] == ["Policy Officer", "Adviser"]


@pytest.mark.parametrize(
    "line",
    [
        "2018 – 2020  Career break: travelling",
        "2016 – 2017  Parental leave",
        "2014 – 2015  Sabbatical year",
        "2012 – 2013  Congé parental",
        "2010 – 2011  Elternzeit",
    ],
)
def test_time_out_of_work_is_no_post(line):
    assert _posts(f"2020 – 2024  Analyst, Ministry of Defence\n{line}") == [
        ("Analyst", "Ministry of Defence", "2020-01")
    ]


def test_a_sentence_about_oneself_is_no_post_title():
    cv = "Since 2019 I am a lecturer in security studies at the University of Hamburg.\n"
    assert propose_profile(cv).experience == ()


def test_a_degree_under_a_post_is_not_its_organisation():
    cv = (
        "2011 – 2016: Adviser, Norwegian Institute of International Affairs\n"
        "MA in Peace and Conflict Studies, University of Oslo, 2011"
    )
    assert [(e.title, e.organisation) for e in propose_profile(cv).experience] == [
        ("Adviser", "Norwegian Institute of International Affairs")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2019  Honorary doctorate, University of Lviv",
        "Doctor honoris causa, Universidad de Salamanca, 2021",
        "Dr. h.c., Universität der Bundeswehr München (2020)",
    ],
)
def test_an_honorary_degree_is_no_degree(line):
    assert _degrees(f"PhD in History, University of Warsaw, 2017\n{line}") == [("doctorate", "History", 2017)]


# Languages --------------------------------------------------------------------------------------------


def test_a_language_listed_among_skills_is_read_as_a_language_not_a_skill():
    assert skills(["Python, Stata, English (C2), Ukrainian", "Arabic - fluent, SPSS"]) == (
        "Python",
        "Stata",
        "SPSS",
    )


def test_a_language_named_among_pastimes_is_no_language_spoken():
    cv = (
        "Jean Roy\n\nLanguages\nFrench – native; English – fluent\n\n"
        "Interests\nGerman language and culture, Italian cooking, languages of the Baltic states"
    )
    assert [entry.language for entry in propose_profile(cv).languages] == ["French", "English"]


def test_languages_under_europass_personal_skills_are_still_read():
    cv = "Anna Rossi\n\nPersonal skills\nMother tongue(s): Italian\nOther language(s): English (C1), French (B2)"
    assert [entry.language for entry in propose_profile(cv).languages] == ["Italian", "English", "French"]


# More that is written among skills and posts -------------------------------------------------------------


def test_clearance_and_availability_written_among_skills_are_no_skills():
    lines = [
        "• Budget planning, SAP",
        "• Security clearance: NATO SECRET (valid until 2028)",
        "• Available to travel; willing to relocate to Brussels",
    ]
    assert skills(lines) == ("Budget planning", "SAP")


def test_an_employer_with_its_own_dates_over_its_posts_is_no_post():
    cv = (
        "Royal Navy                                   2001 – 2020\n"
        "Commanding Officer, HMS Example, 2016 – 2018\n"
        "Operations Officer, Fleet Headquarters, 2012 – 2015\n"
        "Defence Equipment Agency, Bristol             2020 – Present\n"
        "Project Manager"
    )
    assert [(title, start) for title, _, start in _posts(cv)] == [
        ("Commanding Officer", "2016-01"),
        ("Operations Officer", "2012-01"),
        ("Project Manager", "2020-01"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Married to a French national",
        "My wife is a Dutch citizen",
        "Applied for Belgian citizenship (pending)",
        "Épouse de nationalité italienne",
    ],
)
def test_someone_elses_nationality_or_one_not_held_is_not_proposed(line):
    assert propose_profile(f"Anna Berg\nanna@example.org\n{line}").nationality is None


def test_ones_own_nationality_in_prose_is_still_read():
    assert (
        propose_profile("Anna Berg\nI am a Dutch national, married, two children.").nationality
        == "Netherlands"
    )


@pytest.mark.parametrize(
    "line", ["MBA modules (Finance, Strategy), INSEAD, 2008", "Modules from an MSc in Economics, 2010"]
)
def test_modules_of_a_degree_are_not_the_degree(line):
    assert _degrees(f"{line}\nBachelor in Law, University of Kent, 2007") == [("bachelor", "Law", 2007)]


def test_a_post_or_a_degree_written_twice_is_one_entry():
    cv = (
        "Career summary\n2019 – present  Chief J2, Joint Staff, Bratislava\n\n"
        "Professional experience\n2019 – present  Chief J2, Joint Staff, Bratislava\n• Leads the branch.\n\n"
        "Education\n2014  MSc in Security Studies, Armed Forces Academy\n2014  MSc in Security Studies"
    )
    proposal = propose_profile(cv)
    assert [(e.title, e.description) for e in proposal.experience] == [("Chief J2", "Leads the branch.")]
    assert [(e.field, e.institution) for e in proposal.education] == [
        ("Security Studies", "Armed Forces Academy")
    ]


def test_two_posts_of_one_title_at_other_times_stay_two():
    assert len(_posts("2015 – 2017  Staff Officer, Army Staff\n2017 – 2019  Staff Officer, Joint Staff")) == 2


def test_operational_tours_under_their_own_heading_are_no_posts():
    cv = (
        "Professional experience\n2013 – 2018  Battalion Commander, 2nd Mechanised Battalion\n\n"
        "Operational tours\n2011-03 – 2011-09  ISAF, Afghanistan – Mentor team leader"
    )
    assert [e.title for e in propose_profile(cv).experience] == ["Battalion Commander"]


@pytest.mark.parametrize(
    "line", ["Ministry of Youth and Sports", "Missions : encadrement de 40 personnes", "Tours"]
)
def test_a_body_a_duties_label_or_a_town_under_a_post_is_no_heading(line):
    assert heading(line) is None


def test_a_body_known_by_its_abbreviation_with_a_number_takes_the_town_out_of_the_organisation():
    assert _posts("2014-01 – 2017-07  Staff Officer G3 – Nordic Battlegroup 15 (NBG 15), Enköping") == [
        ("Staff Officer G3", "Nordic Battlegroup 15 (NBG 15)", "2014-01")
    ]
