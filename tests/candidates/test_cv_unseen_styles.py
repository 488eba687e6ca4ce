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
        # A bracket inside the degree's name.
        (
            "Bachelor of Arts (Hons) in Politics and International Relations, University of Kent",
            "bachelor",
            "Politics and International Relations",
        ),
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


@pytest.mark.parametrize(
    ("cv", "name"),
    [
        # A NATO rank code or a general-staff mark in brackets after the rank.
        ("CURRICULUM VITAE\nLt Col (OF-4) Marek ZIELIŃSKI\nPolish Armed Forces", "Marek Zieliński"),
        ("Lieutenant Colonel (GS) Jan-Hendrik Becker\nGerman Air Force", "Jan-Hendrik Becker"),
        ("Őrnagy / Major (OF-3) Dr. Péter SZABÓ\nSzemélyes adatok / Personal data", "Péter Szabó"),
        # A rank of another member nation's forces.
        ("Sminagos (OF-3) Nikolaos KARAGIANNIS\nHellenic Air Force", "Nikolaos Karagiannis"),
        # The service after the name and a comma.
        (
            "CURRICULUM VITAE\nCommander (OF-4) Rui Miguel TAVARES SILVA, Portuguese Navy",
            "Rui Miguel Tavares Silva",
        ),
        # A German diploma title before the name.
        ("Personal Data\nName: Dipl.-Inform. Tobias Hartmann\nNationality: German", "Tobias Hartmann"),
        # Initials in a heading, the given names written out under it.
        (
            "Curriculum Vitae – Lt Col M.-A. Stan\nLocotenent-colonel (OF-4) Mihai-Alexandru STAN",
            "Mihai-Alexandru Stan",
        ),
        # Letters set apart, as a typed or scanned CV writes its name; the label in two languages.
        (
            "C U R R I C U L U M   V I T A E\nVardas, pavardė / Name :   J o n a s   P E T R A I T I S",
            "Jonas Petraitis",
        ),
    ],
)
def test_it_reads_names_with_ranks_codes_and_titles_of_other_forces(cv, name):
    assert propose_profile(cv).name == name


def test_the_name_again_under_a_signature_is_no_skill():
    cv = "Tobias Hartmann\nIT-Skills\nCisco IOS, Python\n\nBonn, 01.10.2026\nTobias Hartmann"
    assert propose_profile(cv).skills == ("Cisco IOS", "Python")


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("WORK", "experience"),
        ("STUDY", "education"),
        ("School and Study", "education"),
        ("IT-Skills", "skills"),
    ]
    + [("Vaardigheden / Skills", "skills"), ("D A R B O   P A T I R T I S", "experience")],
)
def test_it_knows_more_headings(heading, section):
    from candidates.cv.lines import clean_lines
    from candidates.cv.lines import heading as heading_of

    assert heading_of(clean_lines(heading)[0])[0] == section


def test_skills_after_a_short_category_are_the_items():
    cv = "Skills\nIT: MS Office, SharePoint, Python\nProject management"
    assert propose_profile(cv).skills == ("MS Office", "SharePoint", "Python", "Project management")


def test_a_driving_licence_among_skills_is_no_skill():
    cv = "Kenntnisse\nEDV: MS Office (sehr gut), SAP\nFührerschein Klasse B\nSkills\nDriving licence: B"
    assert propose_profile(cv).skills == ("MS Office (sehr gut)", "SAP")


def test_posts_under_an_employer_heading_with_its_town_get_that_employer():
    cv = (
        "PROFESSIONAL EXPERIENCE\nBooz Allen Hamilton — McLean, VA\n"
        "Senior Associate, Defense Strategy & Wargaming | Jan 2020 – Present\n • Designs tabletop wargames.\n"
        "U.S. Air Force\nOperations Officer, 613th Air Operations Center | Jun 2016 – Dec 2019"
    )
    assert _posts(cv) == [
        ("Senior Associate, Defense Strategy & Wargaming", "Booz Allen Hamilton", "2020-01", None),
        # A numbered unit of the employer stays in the title.
        ("Operations Officer, 613th Air Operations Center", "U.S. Air Force", "2016-06", "2019-12"),
    ]


def test_the_body_after_a_dash_and_the_last_of_several_units_is_the_organisation():
    cv = (
        "SERVICE RECORD\n15/06/2017 – 31/08/2020: Commanding Officer, NRP Viana do Castelo (P360) – Portuguese Navy\n"
        "din 2020 / since 2020 — Chief, Plans and Policy Section (J5), Multinational Division South-East "
        "(MND-SE), Bucharest"
    )
    assert _posts(cv) == [
        ("Commanding Officer, NRP Viana do Castelo (P360)", "Portuguese Navy", "2017-06", "2020-08"),
        (
            "Chief, Plans and Policy Section (J5)",
            "Multinational Division South-East (MND-SE)",
            "2020-01",
            None,
        ),
    ]


def test_a_subject_naming_nato_after_the_title_leaves_the_body_to_the_line_below():
    cv = (
        "Career history\nPolicy Adviser, NATO and Europe | Sep 2015 – Sep 2019\n"
        "Foreign and Commonwealth Office (FCO), London"
    )
    assert _posts(cv) == [
        ("Policy Adviser, NATO and Europe", "Foreign and Commonwealth Office (FCO)", "2015-09", "2019-09")
    ]


def test_the_employer_alone_on_the_dates_line_has_the_post_below_it():
    cv = "Professional Experience\n04/2014 – 02/2018      BWI GmbH, Meckenheim\n                   Team leader network operation"
    assert _posts(cv) == [("Team leader network operation", "BWI GmbH", "2014-04", "2018-02")]


def test_a_course_whose_name_holds_a_posts_word_is_no_post():
    cv = (
        "Service\n1.8.2018 – 31.7.2021 | Battalion Commander\nKainuu Brigade, Kajaani\n"
        "1.8.2016 – 31.7.2018 | General Staff Officer Course (Yleisesikuntaupseerikurssi)\n"
        "National Defence University, Helsinki\n"
        "2014 – 2015 — Curs postuniversitar de conducere, specializarea Stat Major (Staff Officer Course)"
    )
    assert [title for title, *_ in _posts(cv)] == ["Battalion Commander"]


def test_a_study_line_gives_the_degree_under_it_its_field_institution_and_year():
    cv = (
        "School and Study\n10/2001 – 09/2008  Study of computer science at the Rheinische "
        "Friedrich-Wilhelms-Universität Bonn\n                   Degree: Diplom-Informatiker (Dipl.-Inform.), final grade 1.7\n"
        "06/2000            Abitur, Friedrichsgymnasium, Kassel"
    )
    assert [(e.level, e.field, e.institution, e.year) for e in propose_profile(cv).education] == [
        ("master", "computer science", "Rheinische Friedrich-Wilhelms-Universität Bonn", 2008),
        ("secondary", "", "Friedrichsgymnasium", 2000),
    ]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        # An English gloss of a subject written in another language stays with it.
        (
            "Magistras, Politikos mokslai (Political Science), Vilniaus universitetas, 2014",
            "Politikos mokslai (Political Science)",
        ),
        ("BSc, Istorija (History), Vytauto Didžiojo universitetas, 2012", "Istorija (History)"),
        # The subject again in the national language, or the degree's national name, goes.
        (
            "MSc Aerospace Engineering (Luft- und Raumfahrttechnik), Universität der Bundeswehr München",
            "Aerospace Engineering",
        ),
        (
            "MSc Economics and Business Administration (siviløkonom), NHH, 2010",
            "Economics and Business Administration",
        ),
        (
            "Mestrado Integrado em Ciências Militares Navais (integrated master's degree)",
            "Ciências Militares Navais",
        ),
    ],
)
def test_a_bracket_after_a_field_stays_when_it_glosses_it_in_english(line, field):
    assert [f for _, f in _degrees(line)] == [field]


def test_a_cefr_level_beside_a_stanag_profile_gives_the_level():
    cv = "Languages\nEnglish: SLP 3-3-3-3 / CEFR C2\nCatalan: native"
    assert propose_profile(cv).languages == (
        ProposedLanguage("English", "VI", "3333"),
        ProposedLanguage("Catalan", None, None),
    )


def test_a_linkedin_export_gives_company_title_dates_and_town_as_one_post_each():
    cv = (
        "Experience\nNATO Communications and Information Agency\nSenior Cyber Security Engineer\n"
        "January 2019 - Present (5 years 1 month)\nThe Hague, Netherlands\nMinistry of Defence\nNetwork Engineer\n"
        "March 2014 - December 2018 (4 years 10 months)"
    )
    assert _posts(cv) == [
        ("Senior Cyber Security Engineer", "NATO Communications and Information Agency", "2019-01", None),
        ("Network Engineer", "Ministry of Defence", "2014-03", "2018-12"),
    ]


def test_a_middle_dot_and_a_duration_beside_the_dates_are_no_title():
    cv = "EXPERIENCE\nJan 2020 – Present · 4 yrs 2 mos\nProgramme Manager · Leonardo S.p.A."
    assert _posts(cv) == [("Programme Manager", "Leonardo S.p.A.", "2020-01", None)]


def test_title_and_body_set_apart_by_full_stops_are_read():
    cv = (
        "Experiencia profesional\n2017 - actualidad. Jefa de Área de Cooperación Internacional. Dirección "
        "General de Política de Defensa (DIGENPOL), Madrid.\n2012 - 2017. Analista. Centro Superior de Estudios "
        "de la Defensa Nacional (CESEDEN)."
    )
    assert _posts(cv) == [
        (
            "Jefa de Área de Cooperación Internacional",
            "Dirección General de Política de Defensa (DIGENPOL)",
            "2017-01",
            None,
        ),
        ("Analista", "Centro Superior de Estudios de la Defensa Nacional (CESEDEN)", "2012-01", "2017-12"),
    ]


def test_a_body_named_by_its_acronym_after_aupres_du_is_the_organisation():
    cv = "Expérience\n2020 – aujourd'hui : Officier de liaison auprès du SHAPE, Mons"
    assert _posts(cv) == [("Officier de liaison", "SHAPE", "2020-01", None)]


def test_a_field_with_a_comma_goes_on_when_the_institution_is_on_the_next_line():
    cv = "STUDY\n2010 – 2012   MSc Systems Engineering, Policy Analysis and Management\n              Delft University of Technology (TU Delft)"
    (entry,) = propose_profile(cv).education
    assert entry.field == "Systems Engineering, Policy Analysis and Management"
    assert _degrees("MSc Physics, Ludwig Maximilian Munich") == [("master", "Physics")]


def test_a_surname_first_heading_is_read_when_the_email_spells_it():
    assert (
        propose_profile("PETROVSKI, Aleksandar\nSkopje\na.petrovski@example.mk").name
        == "Aleksandar Petrovski"
    )
    # A town in capitals and its region are no name.
    assert propose_profile("ANDOVER, Hampshire\nj.smith@example.com").name is None


def test_a_service_is_a_body_after_the_title_in_capitals():
    cv = "WORK EXPERIENCE\n01/09/2016 – CURRENT – Brussels, Belgium\nPOLICY OFFICER – EUROPEAN EXTERNAL ACTION SERVICE"
    assert _posts(cv) == [("POLICY OFFICER", "EUROPEAN EXTERNAL ACTION SERVICE", "2016-09", None)]
