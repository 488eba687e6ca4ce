"""The CV reader on styles that CVs nobody here had seen use (issue 15), one cause each, on small CVs
written for the test: national degree names and how their fields are written, a unit written before
its body, years with an ordinal dot, names written surname first or in a footer, profiles skill by skill."""

from __future__ import annotations

import pytest

from candidates.cv import ProposedLanguage, propose_profile
from candidates.cv.dates import periods


def _degrees(lines: str) -> list[tuple[str, str]]:
    return [(e.level, e.field) for e in propose_profile(f"Education\n{lines}").education]


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        # Degree names of member nations the reader did not know (Bulgarian, Estonian, Latvian, Lithuanian,
        # Slovene, Croatian, Dutch, Albanian, Greek, Romanian).
        (
            "Бакалавър по международни отношения, Софийски университет, 2008",
            "bachelor",
            "международни отношения",
        ),
        ("Магистър по национална сигурност, 2010", "master", "национална сигурност"),
        ("Bakalaureusekraad, Riigiteadused, Tartu Ülikool, 2007", "bachelor", "Riigiteadused"),
        (
            "Maģistra grāds, Starptautiskās attiecības, Latvijas Universitāte, 2010",
            "master",
            "Starptautiskās attiecības",
        ),
        (
            "Magistrantūra, Tarptautiniai santykiai, Vilniaus universitetas, 2012",
            "master",
            "Tarptautiniai santykiai",
        ),
        ("Doktor znanosti, Obramboslovje, Univerza v Ljubljani, 2019", "doctorate", "Obramboslovje"),
        ("Doctoraal Bestuurskunde, Universiteit Leiden, 2004", "master", "Bestuurskunde"),
        ("Master Shkencor në Shkenca Politike, Universiteti i Tiranës, 2012", "master", "Shkenca Politike"),
        ("Diplomă de master în Studii de securitate, SNSPA, 2017", "master", "Studii de securitate"),
        ("VWO, Stedelijk Gymnasium Utrecht, 2003", "secondary", ""),
        # A typographic apostrophe, as word processors write "Master's".
        ("Master’s degree in Strategic Studies, US Army War College, 2019", "master", "Strategic Studies"),
        ("Bachelor’s in Economics, University of Malta, 2008", "bachelor", "Economics"),
        # A word before the degree that says what kind of degree it is, not its subject.
        ("Executive MBA, INSEAD, 2018", "master", ""),
        ("Filosofie magisterexamen, Statsvetenskap, Lunds universitet, 2008", "master", "Statsvetenskap"),
        # The field abbreviated in the degree's letters is no field.
        ("univ. bacc. oec., Sveučilište u Zagrebu, 2009", "bachelor", ""),
        # A Turkish school's name is the institution, not the field.
        ("Lisans, Sistem Mühendisliği, Kara Harp Okulu, 2004", "bachelor", "Sistem Mühendisliği"),
    ],
)
def test_it_reads_degrees_of_other_national_systems(line, level, field):
    assert _degrees(line) == [(level, field)]


def test_a_field_on_a_row_of_its_own_under_the_degree_is_its_field():
    lines = "mag. pol. (Master of Political Science), University of Zagreb, 2011\nSmjer / Field: International Relations"
    assert _degrees(lines) == [("master", "International Relations")]


def test_a_degree_abbreviated_in_lower_case_starts_a_line_of_its_own():
    lines = "Smjer / Field: International Relations\nuniv. bacc. pol., University of Zagreb, 2009"
    assert [e.institution for e in propose_profile(f"Education\n{lines}").education] == [
        "University of Zagreb"
    ]


def test_a_secondary_school_named_in_french_is_the_institution():
    (entry,) = propose_profile("Formation\n2001 | CESS, Athénée royal d'Uccle").education
    assert (entry.level, entry.institution, entry.year) == ("secondary", "Athénée royal d'Uccle", 2001)


def _posts(cv: str) -> list[tuple]:
    return [(p.title, p.organisation, p.start, p.end) for p in propose_profile(cv).experience]


def test_a_unit_written_before_its_body_leaves_the_body_as_the_organisation():
    cv = (
        "Experience\n2021 – present | Senior Analyst | Capability Development, European Defence Agency\n"
        "2017 – 2021 | Analyst | Strategy Unit, Ministry of Defence"
    )
    assert _posts(cv) == [
        ("Senior Analyst", "European Defence Agency", "2021-01", None),
        ("Analyst", "Ministry of Defence", "2017-01", "2021-12"),
    ]


def test_an_employers_row_without_a_title_row_leaves_the_title_on_the_periods_line():
    cv = (
        "Experience\n2018 – present: Deputy Head, Defence Planning Unit\n"
        "Organisation: Ministry of National Defence, Vilnius\n2013 – 2018: Policy Officer\n"
        "Organisation: Ministry of Foreign Affairs"
    )
    assert _posts(cv) == [
        ("Deputy Head, Defence Planning Unit", "Ministry of National Defence", "2018-01", None),
        ("Policy Officer", "Ministry of Foreign Affairs", "2013-01", "2018-12"),
    ]


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        # Croatian, Slovene and Hungarian CVs write a year with an ordinal dot.
        ("od 2017. – danas", "2017-01", None),
        ("2012. – 2016. | Analyst", "2012-01", "2016-12"),
        ("od 2017. do 2019.", "2017-01", "2019-12"),
    ],
)
def test_a_year_with_an_ordinal_dot_is_a_year(line, start, end):
    found = periods(line)
    assert [(p.start, p.end) for p in found] == [(start, end)]
    assert found[0].begin == 0 and line[found[0].stop :].strip(" |") in ("", "Analyst")


def test_posts_dated_with_ordinal_dots_are_read():
    cv = "Professional experience\nAnalyst\nCroatian Armed Forces General Staff, J5\n2012. – 2016."
    assert _posts(cv) == [("Analyst", "Croatian Armed Forces General Staff", "2012-01", "2016-12")]


@pytest.mark.parametrize(
    ("cv", "name"),
    [
        # The surname first, before a comma, on a labelled row.
        ("CURRICULUM VITAE\nName: PETROVSKI, Aleksandar\nRank: Lieutenant Colonel", "Aleksandar Petrovski"),
        # The surname and the given names on rows of their own.
        ("Curriculum vitae\nSurname: Nowak\nFirst name: Piotr\nE-mail: p.nowak@example.pl", "Piotr Nowak"),
        ("Nom : Dubois\nPrénom : Claire", "Claire Dubois"),
        # A Dutch engineer's title.
        ("ir. Jeroen Kuipers\nDen Haag", "Jeroen Kuipers"),
    ],
)
def test_it_reads_names_written_in_other_ways(cv, name):
    assert propose_profile(cv).name == name


def test_a_name_given_only_in_a_page_footer_beside_curriculum_vitae_is_the_name():
    body = "\n".join(f"Drafted note number {n} on defence planning." for n in range(80))
    cv = f"Profil\n{body}\nClaire WAGNER – Curriculum vitae"
    assert propose_profile(cv).name == "Claire Wagner"


def test_a_name_given_only_under_the_closing_of_a_letter_is_the_name():
    body = "\n".join(f"Drafted note number {n} on defence planning." for n in range(80))
    cv = f"Profile\n{body}\nSincerely,\nAnna Sigurðardóttir"
    assert propose_profile(cv).name == "Anna Sigurðardóttir"


@pytest.mark.parametrize(
    ("line", "stanag"),
    [
        ("English: Listening 3, Speaking 3, Reading 3, Writing 2", "3332"),
        ("English: L3 S2 R3 W2", "3232"),
        # The profile before the language's name.
        ("STANAG 6001 3-2-3-2 English", "3232"),
    ],
)
def test_it_reads_a_stanag_profile_written_skill_by_skill_or_before_the_name(line, stanag):
    assert propose_profile(f"Languages\n{line}").languages == (ProposedLanguage("English", None, stanag),)


def test_a_nationality_after_a_dash_is_read():
    assert propose_profile("Ana Popescu\nNationality - Romanian").nationality == "Romania"
