"""The CV reader on the causes of the eighteenth blind set's misses (issue 15), each on a small CV written for
the test in other words than the set's: posts as blocks of labelled rows whose period comes last; headings
framed by marks ("=== EDUCATION ==="); a school's labelled rows with the field in the degree's row and a
"Graduated:" year; section headings and degree names of Nordic and Slovene CVs; a row of skills labelled by
its kind ("Computer: ...", "IT: ...") after the languages; a footer that ends with its page after a dash; a driving licence's categories; a Czech or Slovak
academic title after the name; a language on LinkedIn's scale in a row of skills; a body named in full
before its unit after the title; a phrase that holds a competency's name. Read through ``read_cv`` as an
upload is."""

from __future__ import annotations

from candidates.cv import read_cv


def _read(text: str):
    return read_cv(text.encode(), filename="cv.txt")


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.title, e.organisation, e.start, e.end) for e in _read(text).experience]


BLOCKS = """Marta Kalniņa
marta.kalnina@example.lv

=== CAREER ===

Employer: State Revenue Service
Position: Customs Risk Analyst
Period: 01.03.2019 – to present
Duties: risk profiles for the eastern border.

Employer: Latvian Railways
Position: Logistics Planner
Period: 15.09.2015 – 28.02.2019

Employer: Port of Riga
Position: Cargo Inspector
Period: 01.07.2012 – 31.08.2015

=== EDUCATION ===

Institution: Riga Technical University
Degree: Master of Science – Transport Logistics
Graduated: 2015

Institution: University of Latvia
Degree: Bachelor of Science – Economics
Graduated: 2012

=== LANGUAGES ===
Latvian – native
English – C1
"""


def test_labelled_blocks_with_the_period_last_give_each_post_its_own_rows():
    assert _posts(BLOCKS) == [
        ("Customs Risk Analyst", "State Revenue Service", "2019-03", None),
        ("Logistics Planner", "Latvian Railways", "2015-09", "2019-02"),
        ("Cargo Inspector", "Port of Riga", "2012-07", "2015-08"),
    ]


def test_framed_headings_and_a_schools_rows_give_the_degrees_with_their_fields_and_years():
    cv = _read(BLOCKS)
    assert [(e.level, e.field, e.year) for e in cv.education] == [
        ("master", "Transport Logistics", 2015),
        ("bachelor", "Economics", 2012),
    ]
    assert [(language.language, language.level) for language in cv.languages] == [
        ("Latvian", None),
        ("English", "V"),
    ]


NORDIC = """Ingrid Solberg
ingrid.solberg@example.no

Arbeidserfaring
2019 – nå  Rådgiver, Statens vegvesen

Utdanning
2016 – 2018 Mastergrad i samfunnsøkonomi, Universitetet i Bergen
2013 – 2016 Bachelorgrad i økonomi, Universitetet i Bergen

Kompetanse
Stata, Power BI
Eksportert fra jobbportalen – side 1
"""


def test_nordic_degrees_a_kompetanse_section_of_tools_and_a_footer_naming_the_page():
    cv = _read(NORDIC)
    assert [(e.level, e.field) for e in cv.education] == [
        ("master", "samfunnsøkonomi"),
        ("bachelor", "økonomi"),
    ]
    assert list(cv.skills) == ["Stata", "Power BI"]


def test_a_slovene_education_heading_ends_the_posts():
    cv = _read(
        "Nina Kralj\nnina.kralj@example.si\n\nDelovne izkušnje\nod maja 2018 do danes\n"
        "Analitičarka – Statistični urad Republike Slovenije\n\nIzobraževanje\n"
        "2017 – magistrica ekonomije, Ekonomska fakulteta, Univerza v Ljubljani\n"
    )
    assert len(cv.experience) == 1
    assert [e.level for e in cv.education] == ["master"]


def test_a_row_of_skills_after_the_languages_names_no_language_and_a_licences_categories_are_no_skills():
    cv = _read(
        "Luka Novak\nluka.novak@example.si\n\nLANGUAGES\nSlovenian – mother tongue\nEnglish – C1\n"
        "IT: QGIS, SPSS\nComputer: MS Project\n\nDriving licence\nB, C1\n"
    )
    assert [language.language for language in cv.languages] == ["Slovenian", "English"]
    assert list(cv.skills) == ["QGIS", "SPSS", "MS Project"]


def test_an_academic_title_after_the_name_is_no_part_of_it():
    assert _read("Zuzana Kováčová, JUDr.\nzuzana.kovacova@example.sk\n").name == "Zuzana Kováčová"


def test_a_language_on_linkedins_scale_in_a_row_of_skills_is_a_language():
    cv = _read(
        "Dana Whitaker\ndana.whitaker@example.com\n\nSKILLS\n"
        "Tableau, SQL; Portuguese (limited working proficiency)\n"
    )
    assert [(language.language, language.level) for language in cv.languages] == [("Portuguese", None)]


def test_a_body_named_in_full_before_its_unit_ends_the_title():
    posts = _posts(
        "Claire Tremblay\nclaire.tremblay@example.ca\n\nEmployment\n"
        "Trade Policy Officer, Department of Foreign Affairs, Market Access Group — May 2015 - Present\n"
    )
    assert posts[0][0] == "Trade Policy Officer"


def test_a_phrase_that_holds_a_competencys_name_is_no_competency():
    cv = _read(
        "Paul Girard\npaul.girard@example.ca\n\nCore competencies\nTeam leadership in multinational staffs\n"
        "Teamwork: Solicits inputs\n"
    )
    assert [c.name for c in cv.competencies] == ["Teamwork"]
