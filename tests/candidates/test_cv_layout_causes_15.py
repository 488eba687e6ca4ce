"""The CV reader on the causes of the fifteenth blind set's misses (issue 15), each on a small CV written for
the test in other languages and with other words than the set's: months in roman numerals without a dot and
year first, Finnish postpositions after an open start, a date cell whose dash closes it before the rule; the
words for "office" and Albanian bodies; the hours of work beside the dates; a civil service's pay grade after
the title; two tracks of posts under headings with a note; "work experience" and competencies headings in
more member languages; skills headings written as one word, a
signature's date, "selected publications"; Luxembourgish language names; "personal data" headings;
nationality as a Dutch noun and as an adjective before the word for nationality; a degree's national initials
in a bracket, the Macedonian words for the study programme; a competency named in a bracket after the CV's own
words. Read through ``read_cv`` as an upload is."""

from __future__ import annotations

import pytest

from candidates.cv import read_cv
from candidates.cv.dates import is_date, periods


def _read(text: str):
    return read_cv(text.encode(), filename="cv.txt")


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.title, e.organisation, e.start, e.end) for e in _read(text).experience]


# Dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("V 2014 – XI 2019 | Consilier", ("2014-05", "2019-11")),  # Romanian, no dot after the numeral
        ("2012. V. – 2015. XI.", ("2012-05", "2015-11")),  # year first, the numeral between dots
        ("XII 2020 – nadal", ("2020-12", None)),
        ("syysk. 2019 lähtien | Erikoistutkija", ("2019-09", None)),  # Finnish "from" after the date
        ("2018 alkaen", ("2018-01", None)),
    ],
)
def test_roman_months_and_postpositions(line, expected):
    assert [(p.start, p.end) for p in periods(line)] == [expected]


def test_a_capital_letter_before_a_year_is_no_month_alone():
    assert periods("Level V 2019") == []
    assert periods("Annex I 2020 report") == []


def test_a_signatures_date_is_a_date():
    assert is_date("2027. II. 3.")
    assert is_date("3. Februar 2027")


def test_a_date_cell_closed_by_its_dash_then_the_end_under_it():
    cv = (
        "Lena Berg\nlena.berg@example.com\n\nEXPERIENCE\n"
        "Jan 2014 – | Analyst\nDec 2017 | Ministry of Finance\n"
        "Mar 2010 – | Researcher\nNov 2013 | Norwegian Defence Research Establishment\n"
    )
    assert _posts(cv) == [
        ("Analyst", "Ministry of Finance", "2014-01", "2017-12"),
        ("Researcher", "Norwegian Defence Research Establishment", "2010-03", "2013-11"),
    ]


# Posts ----------------------------------------------------------------------------------------------------


def test_office_in_a_member_language_names_the_body_not_the_unit_above():
    # Czech: each post on its dates' line, a unit under it; "Kancelář" names the next post's body.
    cv = (
        "Petra Nováková\npetra.novakova@example.cz\n\nPRACOVNÍ ZKUŠENOSTI\n"
        "V 2019 – dosud\tReferentka — Ministerstvo obrany\n\tOdbor obranné politiky a strategie\n"
        "II 2014 – IV 2019\tAsistentka — Kancelář prezidenta republiky\n"
    )
    assert _posts(cv) == [
        ("Referentka", "Ministerstvo obrany", "2019-05", None),
        ("Asistentka", "Kancelář prezidenta republiky", "2014-02", "2019-04"),
    ]


def test_albanian_bodies_after_a_spaced_dash():
    cv = (
        "Arben Hoxha\narben.hoxha@example.al\n\nPËRVOJË PUNE\n"
        "mars 2016 – dhjetor 2020\nKëshilltar – Agjencia Kombëtare e Shoqërisë së Informacionit\n"
    )
    assert _posts(cv) == [
        ("Këshilltar", "Agjencia Kombëtare e Shoqërisë së Informacionit", "2016-03", "2020-12")
    ]


def test_hours_of_work_beside_the_dates_are_no_title():
    cv = (
        "DANA WHITFIELD\ndana.whitfield@example.com\n\nPROFESSIONAL EXPERIENCE\n\n"
        "Budget Analyst, GS-0560-11\nDepartment of the Navy - Norfolk, VA\n03/2016 - Present | 37.5 hrs/week\n"
        " - Prepares the command's budget submissions.\n\n"
        "Program Assistant, GS-0303-07\nDefense Health Agency - Falls Church, VA\n"
        "08/2012 - 02/2016 | Full-time\n"
    )
    assert _posts(cv) == [
        ("Budget Analyst", "Department of the Navy", "2016-03", None),
        ("Program Assistant", "Defense Health Agency", "2012-08", "2016-02"),
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "2019 – 2022 | Agente de políticas (AS-02), Ministère de la Défense nationale",
            "Agente de políticas",
        ),
        ("2015 – 2018 | Planning Officer (B-4), NATO Support and Procurement Agency", "Planning Officer"),
        # A staff branch in the bracket is part of the title: no grade.
        ("2012 – 2015 | Plans Officer (G5), Multinational Corps Northeast", "Plans Officer (G5)"),
        ("2009 – 2012 | Air Operations Officer (A3), Allied Air Command", "Air Operations Officer (A3)"),
    ],
)
def test_a_pay_grade_after_the_title_is_no_part_of_it(line, title):
    cv = f"Robin Lee\nrobin.lee@example.com\n\nEXPERIENCE\n{line}\n"
    assert [post[0] for post in _posts(cv)] == [title]


def test_two_tracks_of_posts_under_headings_with_a_note():
    cv = (
        "Owen Price\nowen.price@example.co.uk\n\nCIVILIAN CAREER\n"
        "2017 – date     Resilience Adviser, Welsh Government\n"
        "2011 – 2016     Contingency Planner, Cardiff Council\n\n"
        "RESERVIST SERVICE (alongside the civilian posts)\n"
        "2014 – date     Reserve Staff Officer, 160th (Welsh) Brigade\n"
    )
    assert _posts(cv) == [
        ("Resilience Adviser", "Welsh Government", "2017-01", None),
        ("Contingency Planner", "Cardiff Council", "2011-01", "2016-12"),
        ("Reserve Staff Officer", "160th (Welsh) Brigade", "2014-01", None),
    ]


def test_work_experience_heading_in_macedonian_over_labelled_records():
    macedonian = (
        "Марија Стојановска\nmarija@example.mk\n\nПРОФЕСИОНАЛНО ИСКУСТВО\n2017 – 2021\n"
        "Работно место: Соработник за буџет\nРаботодавач: Министерство за финансии\n"
        "ОБРАЗОВАНИЕ\n2016 Дипломиран економист, Економски факултет\n"
    )
    assert _posts(macedonian) == [("Соработник за буџет", "Министерство за финансии", "2017-01", "2021-12")]


# Skills, languages, competencies ----------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Arvutioskused", "TÖLVUFÆRNI", "EDV", "IT-Kenntnisser"])
def test_skills_headings_written_as_one_word(heading):
    cv = f"Mari Tamm\nmari.tamm@example.ee\n\n{heading}\nExcel, ArcGIS, Jira\n"
    assert _read(cv).skills == ("Excel", "ArcGIS", "Jira")


def test_a_signatures_place_and_date_and_selected_publications_are_no_skills():
    cv = (
        "Jan Kowalczyk\njan.kowalczyk@example.pl\n\nUMIEJĘTNOŚCI KOMPUTEROWE\nSPSS, NVivo\n"
        "Wybrane publikacje\nBezpieczeństwo Bałtyku, 2021\n\nKraków, 2027. II. 3.\n"
    )
    assert _read(cv).skills == ("SPSS", "NVivo")


def test_luxembourgish_language_names():
    cv = "Anne Weber\nanne.weber@example.lu\n\nSPROOCHEN\nSpuenesch | C1\nHollännesch | B2\n"
    assert [(lang.language, lang.level) for lang in _read(cv).languages] == [
        ("Spanish", "V"),
        ("Dutch", "IV"),
    ]


def test_competencies_in_a_bracket_after_the_cvs_own_words():
    cv = (
        "Ivana Perić\nivana.peric@example.hr\n\nKOMPETENCIJE\n"
        "Timski rad (Teamwork): tražim mišljenje kolega prije odluka.\n"
        "Inicijativa (Initiative): djelujem nekoliko tjedana unaprijed.\n"
    )
    assert [c.name for c in _read(cv).competencies] == ["Teamwork", "Initiative"]
    # Outside a competencies section, the bracketed name at the line's start is read too.
    prose = "Ivana Perić\nivana.peric@example.hr\n\nProfil\nAnalitičko razmišljanje (Analytical Thinking): rastavljam probleme.\n"
    assert [c.name for c in _read(prose).competencies] == ["Analytical Thinking"]


# Head: name and nationality -------------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["OSOBNI PODACI", "Henkilötiedot", "Persoonlijke gegevens"])
def test_a_personal_data_heading_is_no_name(heading):
    cv = f"{heading}\nIme | Ivo Marić\nE-mail | ivo.maric@example.hr\n"
    assert _read(cv).name != heading.title()
    assert _read(cv).name != heading


@pytest.mark.parametrize(
    ("line", "nation"),
    [
        ("Nationaliteit: Nederlander", "Netherlands"),
        ("Ich besitze die deutsche Staatsangehörigkeit.", "Germany"),
        ("Jeg har dansk statsborgerskab og bor i Aarhus.", "Denmark"),
    ],
)
def test_nationality_as_a_dutch_noun_and_before_the_word_for_nationality(line, nation):
    cv = f"Kim Jansen\nkim@example.com\n\n{line}\n"
    assert _read(cv).nationality == nation


# Education --------------------------------------------------------------------------------------------------


def test_a_degrees_national_initials_in_a_bracket_leave_the_field_after_them():
    cv = (
        "Eero Laine\neero.laine@example.fi\n\nKOULUTUS\n"
        "2012 | Filosofian maisteri (FM), englantilainen filologia\nTurun yliopisto\n"
    )
    assert [(e.level, e.field) for e in _read(cv).education] == [("master", "englantilainen filologia")]


def test_the_study_programme_word_before_the_field():
    cv = (
        "Милош Јовић\nmilos@example.mk\n\nОБРАЗОВАНИЕ\n2014\n"
        "Магистер по економски науки; студијска програма: Меѓународна економија\n"
    )
    assert [(e.level, e.field) for e in _read(cv).education] == [("master", "Меѓународна економија")]
