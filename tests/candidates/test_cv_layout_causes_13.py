"""The CV reader on the causes of the thirteenth blind set's misses (issue 15), each on a small CV written for
the test in another language and with other words than the set's: periods by half-year, by a winter across
two years, after "since" with an elided article, with Dutch "tot en met"; a post joined to its body by
"at the", "bei der", "@" or "hos"; the body first and the post after a dash in small letters; a section headed
by a pictograph alone. Read through ``read_cv`` as an upload is."""

from __future__ import annotations

import pytest

from candidates.cv import read_cv
from candidates.cv.dates import periods
from candidates.cv.lines import heading


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    proposal = read_cv(text.encode(), filename="cv.txt")
    return [(e.title, e.organisation, e.start, e.end) for e in proposal.experience]


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("H1 2017 – H2 2019", "2017-01", "2019-12"),  # a half-year: January-June, July-December
        ("H2 2020 – present", "2020-07", None),  # not "2020 – present" from January
        ("2016 H2 – 2018 H1", "2016-07", "2018-06"),
    ],
)
def test_a_half_year_starts_and_ends_with_its_own_months(line, start, end):
    assert [(p.start, p.end) for p in periods(line)] == [(start, end)]


def test_a_winter_written_with_both_its_years_runs_from_december():
    assert [(p.start, p.end) for p in periods("seit Winter 2018/19")] == [("2018-12", None)]
    assert [(p.start, p.end) for p in periods("zima 2015/2016 – jeseň 2019")] == [("2015-12", "2019-11")]
    # Alone, it is the season itself: December to February.
    assert [(p.start, p.end) for p in periods("inverno 2021/22")] == [("2021-12", "2022-02")]
    assert periods("Winter 2019") == []  # either end of 2019: not read


def test_since_with_an_elided_article_before_a_season_is_an_open_start():
    # French "depuis l'automne", Italian "dall'estate": the post is still held, not a season's three months.
    assert [(p.start, p.end) for p in periods("depuis l'automne 2021")] == [("2021-09", None)]
    assert [(p.start, p.end) for p in periods("dall'estate 2019")] == [("2019-06", None)]


def test_dutch_tot_en_met_ends_a_period():
    assert [(p.start, p.end) for p in periods("maart 2011 tot en met 2013")] == [("2011-03", "2013-12")]


def test_a_half_year_period_after_a_post_joined_to_its_body_by_an_at_sign():
    cv = (
        "Mari Tamm\nmari.tamm@example.ee\n\nExperience\n"
        "Procurement Officer @ Baltic Defence College | H1 2019 – H2 2022\nTenders and contract files.\n"
        "Buyer @ Tallink Grupp AS | H2 2015 – H2 2018\nFleet supplies.\n"
    )
    assert _posts(cv) == [
        ("Procurement Officer", "Baltic Defence College", "2019-01", "2022-12"),
        ("Buyer", "Tallink Grupp AS", "2015-07", "2018-12"),
    ]


@pytest.mark.parametrize(
    ("line", "title", "organisation"),
    [
        (
            "Logistics Planner at the Royal Danish Navy, from June 2014 until today",
            "Logistics Planner",
            "Royal Danish Navy",
        ),
        ("Referentin bei der Bundeswehr, seit März 2016", "Referentin", "Bundeswehr"),
        ("Rådgiver hos Forsvarsdepartementet, fra 2012 til 2016", "Rådgiver", "Forsvarsdepartementet"),
    ],
)
def test_a_post_joined_to_its_body_by_at_with_an_article(line, title, organisation):
    cv = f"Ole Hansen\nole@example.dk\n\nCareer\n{line}\nDuties in planning.\n"
    (found,) = _posts(cv)
    assert found[:2] == (title, organisation)


def test_prose_with_at_the_is_no_post():
    cv = (
        "Career\nFrom September 2011 to August 2012 he studied at the Baltic Defence College in Tartu,\n"
        "where he earned a diploma.\n"
    )
    assert all(title != "he studied" for title, *_ in _posts(cv))


def test_the_body_first_then_the_post_in_small_letters_after_a_dash():
    # Czech and Slovak write a post in small letters; the body's name in capitals comes first.
    cv = (
        "Ivana Horváthová\nivana@example.sk\n\nPracovné skúsenosti\n"
        "Ministerstvo obrany Slovenskej republiky – hlavná radkyňa\n"
        "od 2018 doteraz\nOdbor bezpečnostnej politiky.\n"
        "Národný bezpečnostný úrad – referentka\n"
        "2012 – 2018\n"
    )
    assert _posts(cv) == [
        ("hlavná radkyňa", "Ministerstvo obrany Slovenskej republiky", "2018-01", None),
        ("referentka", "Národný bezpečnostný úrad", "2012-01", "2018-12"),
    ]


def test_a_title_then_a_unit_in_small_letters_stays_one_title():
    cv = "Career\nStaff Officer – logistics\n2015 – 2019\n"
    assert [title for title, *_ in _posts(cv)] == ["Staff Officer – logistics"]


def test_a_section_headed_by_a_pictograph_alone():
    assert heading("💼") == ("experience", "")
    assert heading("🎓") == ("education", "")
    assert heading("🗣️") == ("languages", "")  # with the emoji's variation selector
    cv = (
        "Zeynep Arslan\nzeynep@example.com.tr\n✈  Ankara\n💼\n"
        "Roketsan A.Ş. | Test Engineer\n2019 – now\n"
        "🎓\nLisans, Makine Mühendisliği — ODTÜ, 2018\n"
    )
    assert _posts(cv) == [("Test Engineer", "Roketsan A.Ş.", "2019-01", None)]


@pytest.mark.parametrize(
    "name",
    ["Digitalne veščine", "COMPETENȚE DIGITALE", "Skaitmeniniai įgūdžiai", "Ferramentas", "Research tools"],
)
def test_a_skills_heading_named_digital_computer_or_tools_in_a_member_language(name):
    assert heading(name) == ("skills", "")


def test_communication_skills_and_a_bare_modifier_are_no_skills_heading():
    assert heading("Communication skills") is None
    assert heading("Digital") is None


def test_a_skills_heading_in_another_language_gives_its_items():
    cv = "Ana Popescu\nana@example.ro\n\nCompetențe digitale\nExcel, QGIS, Python\n"
    proposal = read_cv(cv.encode(), filename="cv.txt")
    assert proposal.skills == ("Excel", "QGIS", "Python")


def test_one_capitalised_word_after_a_list_of_skills_heads_the_next_section():
    # "Ehrenämter" (German: honorary posts) is no heading the reader knows; the board seat is no skill.
    cv = (
        "Peter Brandl\npeter@example.at\n\nSkills\nSAP, Excel, Power BI\nEhrenämter\n"
        "Vorstandsmitglied, Österreichische Offiziersgesellschaft, seit 2019\n"
    )
    proposal = read_cv(cv.encode(), filename="cv.txt")
    assert proposal.skills == ("SAP", "Excel", "Power BI")


def test_the_alliances_name_after_a_sections_name_still_heads_it():
    assert heading("Kompetanser NATO") == ("competencies", "")
    assert heading("NATO") is None


def test_where_and_when_the_cv_was_signed_after_a_preposition_of_place():
    from candidates.cv.lines import signature

    assert signature("w Krakowie dnia 5.02.2027")  # Polish: "in Kraków on the day ..."
    assert signature("V Brne dne 12. 2. 2027")
    assert not signature("MSc Defence Studies, June 2012")


def test_a_demonym_alone_in_a_cell_of_the_contact_line_is_the_nationality():
    cv = "Kaisa Virtanen\nkaisa.virtanen@example.fi · +358 40 555 0112 · Oulu · Finnish\n\nSkills\nExcel\n"
    assert read_cv(cv.encode(), filename="cv.txt").nationality == "Finland"


def test_a_demonym_after_an_icon_of_its_own_is_the_nationality():
    cv = "Jonas Berg\n✉ jonas@example.se  ☎ +46 70 555 0143\n⚑ Swedish\n\nSkills\nExcel\n"
    assert read_cv(cv.encode(), filename="cv.txt").nationality == "Sweden"


def test_a_demonym_in_a_head_line_that_is_no_contact_line_is_not_read():
    # A translator's languages: no contact line, no icon.
    cv = "Marie Leroy\nTranslator · French · German\nmarie@example.fr\n\nSkills\nTrados\n"
    assert read_cv(cv.encode(), filename="cv.txt").nationality is None


def test_a_number_given_in_a_bracket_as_another_persons_is_not_the_phone():
    cv = (
        "Lukas Weber\n(Referenz: Oberst Karl Huber, +49 228 555 0101)\nlukas@example.de\n\n"
        "Kontakt\nMobil: +49 171 555 0222\n"
    )
    assert read_cv(cv.encode(), filename="cv.txt").phone == "+49 171 555 0222"


def test_a_bracket_with_a_label_alone_gives_the_persons_own_phone():
    cv = "Lukas Weber\nlukas@example.de (mobil: +49 171 555 0222)\n"
    assert read_cv(cv.encode(), filename="cv.txt").phone == "+49 171 555 0222"


def test_a_posts_line_wrapped_before_its_dates_is_joined():
    # The page's width cut the body's name: its end is on the dates' line.
    cv = (
        "Claire Martin\nclaire@example.fr\n\nExpérience professionnelle\n"
        "Chargée de mission auprès du Secrétariat général de la défense et de la Sécurité\n"
        "Nationale, depuis mars 2018\nPlanification interministérielle.\n"
    )
    assert _posts(cv) == [
        (
            "Chargée de mission",
            "Secrétariat général de la défense et de la Sécurité Nationale",
            "2018-03",
            None,
        )
    ]


def test_a_course_the_cv_says_is_no_staff_college_sets_no_flag():
    cv = (
        "Ola Nordmann\nola@example.no\n\nUtdanning\nMaster i statsvitenskap, Universitetet i Oslo, 2012\n"
        "Videreutdanning for kapteiner, 2016 – ikke stabsskole\n"
    )
    assert read_cv(cv.encode(), filename="cv.txt").military_staff_college is False


def test_a_staff_course_that_awards_no_degree_still_sets_the_flag():
    cv = "Ola Nordmann\nola@example.no\n\nUtdanning\nStabsskole, Forsvarets høgskole, 2019 (no degree)\n"
    assert read_cv(cv.encode(), filename="cv.txt").military_staff_college is True
