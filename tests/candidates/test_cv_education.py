"""Degrees in a CV (candidates.cv.education), on lines written for the test: where the field of study is
written, what restates the degree, and what is no degree."""

from __future__ import annotations

import pytest

from candidates.cv import ProposedEducation, propose_profile


def _entries(lines: str) -> list[tuple[str, str]]:
    return [(e.level, e.field) for e in propose_profile(f"Education\n{lines}").education]


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        # The field in the part before a degree named alone.
        (
            "2000 – 2004 | Studium Wirtschaftswissenschaften, Abschluss Diplom-Kaufmann (Univ.) | Universität Hamburg",
            "master",
            "Wirtschaftswissenschaften",
        ),
        # The field after the degree, with the degree's years in between.
        ("2003 – 2006 Bc., Mechanical Engineering", "bachelor", "Mechanical Engineering"),
        # A bracket after the degree names it again; the field follows.
        ("2009 – 2013 PhD (philosophiae doctor), Military Technology", "doctorate", "Military Technology"),
        ("Ing. (engineer, second-cycle degree), Mechatronics", "master", "Mechatronics"),
        ("mgr inż. (Master of Science in Engineering), Mechanical Engineering", "master", "Mechanical Engineering"),
        ("inż. (Engineer, first-cycle degree), Mechatronics", "bachelor", "Mechatronics"),
        # A bracket after the field restates it: the degree's abbreviation, its national name, the school.
        ("Maîtrise en administration publique (M.A.P.), ENAP, 2014", "master", "administration publique"),
        ("MSc in Electrical Engineering (okleveles villamosmérnök)", "master", "Electrical Engineering"),
        ("PhD in Computer Science (Doctoral School of Informatics)", "doctorate", "Computer Science"),
        # A level of a qualifications framework is no part of the field.
        ("2010 – 2012 | Laurea magistrale (MA) in International Relations EQF level 7", "master", "International Relations"),
        # "Master of Science" names the degree; what follows it is the field.
        ("2009 – 2011 | Master of Science Wirtschaftsinformatik", "master", "Wirtschaftsinformatik"),
        # The degree written again in a second language: one degree, its first field.
        ("Grado en Ingeniería Informática / BSc in Computer Engineering — Universidad Politécnica de Madrid", "bachelor", "Ingeniería Informática"),
        ("Maîtrise en génie logiciel / Master's in Software Engineering – ÉTS, 2012", "master", "génie logiciel"),
        # A degree named in a course's bracket, with its field there.
        ("Advanced Command and Staff Course (VUT II / Master of Military Studies), Royal Danish Defence College", "master", "Military Studies"),
        # A degree awarded after a course, later on the same line.
        ("Advanced Command and Staff Course, Shrivenham, 2012 – awarded MA in Defence Studies, King's College London", "master", "Defence Studies"),
        # Degrees of more national systems.
        ("Yüksek Lisans, Uluslararası İlişkiler, Ankara Üniversitesi", "master", "Uluslararası İlişkiler"),
        ("Magisterexamen i statsvetenskap, Uppsala universitet", "master", "statsvetenskap"),
        ("Master i militære studier, Forsvarets høgskole", "master", "militære studier"),
        ("Cand.scient.pol., University of Copenhagen, 2009", "master", ""),
        ("M.B.A., University of Kansas, 2008", "master", ""),
    ],
)  # fmt: skip
def test_it_finds_the_field_where_the_cv_writes_it(line, level, field):
    assert _entries(line) == [(level, field)]


def test_a_degree_named_with_its_school_takes_no_town_for_a_field():
    assert _entries("2004 | Diplôme d'ingénieur de l'École de l'air, Salon-de-Provence") == [("master", "")]


def test_a_degree_named_with_its_school_takes_a_field_that_says_it_is_one():
    line = "2005 : Diplôme d'ingénieur de l'École navale, spécialité systèmes navals, Brest"
    assert _entries(line) == [("master", "systèmes navals")]


@pytest.mark.parametrize(
    "line", ["Driving licence | B", "Pilot licence, 2015", "Certificat d'aptitude (CAPA), 2016"]
)
def test_a_licence_to_drive_or_fly_is_no_degree(line):
    assert _entries(line) == []


def test_it_keeps_the_institution_nearest_the_degree_with_its_bracket():
    (entry,) = propose_profile(
        "Education\nMaîtrise en administration publique (M.A.P.), École nationale d'administration publique (ENAP), 2014"
    ).education
    assert entry == ProposedEducation(
        "master", "administration publique", "École nationale d'administration publique (ENAP)", 2014
    )


def test_it_reads_degrees_among_courses_but_not_courses():
    cv = (
        "Military education\nAdvanced Command and Staff Course (VUT II / Master of Military Studies), 2021\n"
        "Commissioning Course, Royal Military Academy Sandhurst, 2003\n"
        "Civilian education\nBSc Physics, Aarhus University, 2009"
    )
    proposal = propose_profile(cv)
    assert [(e.level, e.field) for e in proposal.education] == [
        ("bachelor", "Physics"),
        ("master", "Military Studies"),
    ]
    assert proposal.military_staff_college is True


def test_it_reads_europass_rows_of_a_qualification_and_its_subjects():
    cv = (
        "Education and training\nDates | 2009 - 2014\nTitle of qualification awarded | Master of Science (M.Sc.)\n"
        "Principal subjects/occupational skills covered | Computer Science\n"
        "Name and type of organisation providing education and training | Technische Universität Darmstadt"
    )
    # The dates row above the qualification is its own (2014, the end of the studies).
    assert propose_profile(cv).education == (
        ProposedEducation("master", "Computer Science", "Technische Universität Darmstadt", 2014),
    )


@pytest.mark.parametrize(
    "line",
    [
        "Curso de Estado-Maior Conjunto (CEMC), Instituto Universitário Militar, Lisboa",
        "Hogere Defensievorming (HDV), Nederlandse Defensie Academie",
        "Stabsskole II, Forsvarets høgskole, Oslo",
        "Kurs dowódczo-sztabowy, Akademia Obrony Narodowej",
        "Yleisesikuntaupseerikurssi, Maanpuolustuskorkeakoulu",
    ],
)
def test_it_knows_staff_courses_of_more_member_nations(line):
    assert propose_profile(f"Education\n{line}").military_staff_college is True


def test_a_school_written_before_a_degree_is_no_field():
    assert _entries("2000 : Saint-Cyr, diplôme d'ingénieur") == [("master", "")]


def test_a_degree_named_in_two_forms_takes_the_subject_after_it():
    assert _entries(
        "2010 | Master of Economics (mag. oec.), Accounting and Auditing | Faculty of Economics"
    ) == [("master", "Accounting and Auditing")]
    assert _entries("Master of Economics (mag. oec.), University of Zagreb") == [("master", "Economics")]


@pytest.mark.parametrize(
    "line", ["Master Class in Negotiation, NATO School, 2019", "Scrum Master certification (PSM I), 2020"]
)
def test_a_master_class_or_a_scrum_master_is_no_degree(line):
    assert propose_profile(f"Training\n{line}").education == ()
