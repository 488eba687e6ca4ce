"""Each cause a CV reader must handle, on small CVs written for the test: dates, posts, nationality,
degrees, staff colleges, competencies, names and contacts."""

from __future__ import annotations

import pytest

from candidates.cv import ProposedCompetency, ProposedEducation, propose_profile


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        ("since 2019", "2019-01", None),
        ("Since 2019:", "2019-01", None),
        ("depuis mars 2020", "2020-03", None),
        ("seit 2018", "2018-01", None),
        ("seit 01.2015", "2015-01", None),
        ("Desde 2021", "2021-01", None),
        ("2019.04 – present", "2019-04", None),
        ("2019.04 – 2021.06", "2019-04", "2021-06"),
        ("15/06/2017 – 30/09/2019", "2017-06", "2019-09"),
        ("März 2015 – Juni 2017", "2015-03", "2017-06"),
        ("janvier 2016 – aujourd'hui", "2016-01", None),
        ("2015 – 2017", "2015-01", "2017-12"),
        ("Sep. 2020 – Aug. 2021", "2020-09", "2021-08"),
    ],
)
def test_it_reads_periods_in_many_languages_and_formats(dates, start, end):
    (post,) = propose_profile(
        f"Experience\n{dates} | Analyst, NATO Communications and Information Agency"
    ).experience
    assert (post.title, post.organisation, post.start, post.end) == (
        "Analyst",
        "NATO Communications and Information Agency",
        start,
        end,
    )


def _posts(cv: str) -> list[tuple]:
    return [(p.title, p.organisation, p.start, p.end) for p in propose_profile(cv).experience]


def test_it_reads_the_columns_of_a_table_by_their_header():
    cv = (
        "Professional experience\nOrganisation | Title | Dates\n"
        "NATO Cooperative Cyber Defence Centre of Excellence, Technology Branch | Researcher, Cyber Exercises | 08/2020 – present\n"
        "Swedbank AS, IT Security | Security Analyst | 06/2013 – 12/2015"
    )
    assert _posts(cv) == [
        (
            "Researcher, Cyber Exercises",
            "NATO Cooperative Cyber Defence Centre of Excellence",
            "2020-08",
            None,
        ),
        ("Security Analyst", "Swedbank AS", "2013-06", "2015-12"),
    ]


def test_it_reads_a_title_above_its_organisation_and_dates_and_drops_the_unit_and_town():
    cv = (
        "Career\nSenior Policy Advisor, Capability Planning\n"
        "European Defence Agency, Capability, Armament & Planning Directorate, Brussels\n"
        "September 2017 – present\n\nJunior Researcher\nClingendael Institute\nOctober 2011 – August 2017"
    )
    assert _posts(cv) == [
        ("Senior Policy Advisor, Capability Planning", "European Defence Agency", "2017-09", None),
        ("Junior Researcher", "Clingendael Institute", "2011-10", "2017-08"),
    ]


def test_it_reads_dates_first_then_title_and_organisation():
    cv = "Experience\nJan 2015 – Present\nSenior Logistics Analyst\nBooz Allen Hamilton — Arlington, VA\n- Led analysts."
    (post,) = propose_profile(cv).experience
    assert (post.title, post.organisation, post.description) == (
        "Senior Logistics Analyst",
        "Booz Allen Hamilton",
        "Led analysts.",
    )


def test_it_reads_labelled_europass_rows():
    cv = (
        "Work experience\nDates | 01/09/2010 – 31/01/2018\nOccupation or position held | Procurement Specialist\n"
        "Name of employer | Hellenic Ministry of National Defence, General Directorate for Armaments"
    )
    assert _posts(cv) == [
        ("Procurement Specialist", "Hellenic Ministry of National Defence", "2010-09", "2018-01")
    ]


def test_it_joins_a_wrapped_title_line():
    cv = (
        "Work history\nHead of Section for Multinational Exercises Planning, Lessons Learned and\n"
        "Interoperability Assessment\nRomanian Defence Staff, J7 Directorate\nJan 2020 – Present"
    )
    assert _posts(cv) == [
        (
            "Head of Section for Multinational Exercises Planning, Lessons Learned and Interoperability Assessment",
            "Romanian Defence Staff",
            "2020-01",
            None,
        )
    ]


def test_it_reads_a_period_wrapped_in_a_narrow_date_column():
    cv = "Work experience\n03/2018 | – Defence Planning Officer\npresent | Ministry of Defence of Albania, Tirana"
    assert _posts(cv) == [("Defence Planning Officer", "Ministry of Defence of Albania", "2018-03", None)]


@pytest.mark.parametrize(
    "line",
    [
        "Nationality: Czech",
        "Born 1982 in Brno | Nationality: Czech",
        "Date of birth 04/07/1979 | Nationality Czech",
        "Citizenship | Czech",
        "Státní občanství: Česko",
        "I am a Czech national with ten years in defence.",
        "Czech citizen · Prague",
        "Citizen of the Czech Republic",
        "Nationalité : tchèque",
        "citoyenne tchèque – née le 22/11/1981",
        "Staatsangehörigkeit: tschechisch",
    ],
)
def test_it_reads_a_nationality_however_it_is_written(line):
    assert propose_profile(f"Tomáš Novák\n{line}").nationality == "Czechia"


def test_it_reads_us_citizens_and_proposes_no_nationality_from_an_employer():
    assert propose_profile("Daniel Okafor\nNorfolk, VA · U.S. citizen").nationality == "United States"
    assert propose_profile("Marco Bianchi\nItalian Army · marco@example.it").nationality is None


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Diplom-Ingenieur Maschinenbau, Universität der Bundeswehr München, 2005", "master", "Maschinenbau"),
        ("Mestrado Integrado em Ciências Militares, Academia Militar, 2010", "master", "Ciências Militares"),
        ("Licenciatura en Ciencias Físicas, Universidad Autónoma de Madrid", "bachelor", "Ciencias Físicas"),
        (
            "Laurea triennale in Scienze Strategiche, Università di Torino, 2005",
            "bachelor",
            "Scienze Strategiche",
        ),
        (
            "Laurea magistrale in Ingegneria Informatica (110/110 cum laude), Politecnico di Milano",
            "master",
            "Ingegneria Informatica",
        ),
        ("Magister Artium (M.A.) Politikwissenschaft, Universität Bonn", "master", "Politikwissenschaft"),
        ("Baccalauréat en génie informatique, Université Laval, 2006", "bachelor", "génie informatique"),
        ("Baccalauréat scientifique, Lycée Hoche, 2000", "secondary", ""),
        (
            "Master 2 Droit international public, Université Jean Moulin Lyon 3",
            "master",
            "Droit international public",
        ),
        (
            "Ing. (Master's degree) in Radar Engineering – University of Defence, Brno",
            "master",
            "Radar Engineering",
        ),
        ("MSc, Defence Studies, King's College London, 2017", "master", "Defence Studies"),
        (
            "Master of Military Sciences (General Staff Officer Course), National Defence University",
            "master",
            "Military Sciences",
        ),
        ("Bachelor of Arts (Honours), History, Royal Military College of Canada", "bachelor", "History"),
        (
            "Diplom-Kaufmann (Betriebswirtschaftslehre), Ludwig-Maximilians-Universität München",
            "master",
            "Betriebswirtschaftslehre",
        ),
    ],
)
def test_it_reads_degrees_of_every_national_system_with_their_field(line, level, field):
    (entry,) = propose_profile(f"Education\n{line}").education
    assert (entry.level, entry.field) == (level, field)


def test_it_keeps_the_institution_and_year_beside_the_field():
    assert propose_profile("Education\nMSc, Defence Studies, King's College London, 2017").education == (
        ProposedEducation("master", "Defence Studies", "King's College London", 2017),
    )


@pytest.mark.parametrize(
    ("line", "attended"),
    [
        ("Advanced Command and Staff Course (ACSC), Joint Services Command and Staff College", True),
        ("Lehrgang Generalstabsdienst National (LGAN), Führungsakademie der Bundeswehr, Hamburg", True),
        ("2018-2019 : École de guerre (38e promotion), Paris", True),
        ("Curso de Estado Mayor de las Fuerzas Armadas, ESFAS", True),
        ("Joint Command and Staff Programme (JCSP), Canadian Forces College, Toronto", True),
        ("Turkish War Colleges (Harp Akademileri), Istanbul", True),
        ("2016 | Defence Planning Course, NATO School Oberammergau", False),
        ("2021 – present | Branch Head, Turkish General Staff, Ankara", False),
        ("Staff Officer, Joint Exercise Division, Joint Warfare Centre", False),
    ],
)
def test_it_knows_staff_colleges_under_their_many_names(line, attended):
    assert propose_profile(f"Education\n{line}").military_staff_college is attended


def test_it_proposes_competencies_named_in_the_cv_with_the_line_as_evidence():
    cv = (
        "NATO competencies\nAnalytical Thinking: sees multiple relationships\n"
        "Achievement: Works to meet others' standards; Clarity and Accuracy: Checks own work; Teamwork:\n"
        "Co-operates; Flexibility: tries to be helpful to everybody"
    )
    run_on = "Achievement: Works to meet others' standards; Clarity and Accuracy: Checks own work; Teamwork: Co-operates; Flexibility: tries to be helpful to everybody"
    assert propose_profile(cv).competencies == (
        ProposedCompetency(
            "Analytical Thinking",
            3,
            "sees multiple relationships",
            "Analytical Thinking: sees multiple relationships",
        ),
        ProposedCompetency("Achievement", 2, "Works to meet others' standards", run_on),
        ProposedCompetency("Clarity and Accuracy", 2, "Checks own work", run_on),
        ProposedCompetency("Teamwork", 1, "Co-operates", run_on),
        # A behaviour on no rung of the ladder is kept as written, with no rung.
        ProposedCompetency("Flexibility", None, "tries to be helpful to everybody", run_on),
    )


def test_it_infers_no_competency_from_prose():
    cv = "Profile\nI value teamwork and leadership.\nExperience\n2019 – present | Analyst, NATO Communications and Information Agency"
    assert propose_profile(cv).competencies == ()


@pytest.mark.parametrize(
    ("top", "name"),
    [
        ("Lieutenant Colonel Claire Whitfield MBE", "Claire Whitfield"),
        ("Oberstleutnant i.G. Markus Brandt", "Markus Brandt"),
        ("Dipl.-Kfm. Stefan Weber", "Stefan Weber"),
        ("Capitaine de frégate Isabelle MOREAU", "Isabelle Moreau"),
        ("JONATHAN R. HARPER", "Jonathan R. Harper"),
        ("Major Fiona MacDonald, CD", "Fiona MacDonald"),
        ("LEBENSLAUF / CURRICULUM VITAE\nPieter van Dijk", "Pieter van Dijk"),
        ("Name: Andrei POPESCU", "Andrei Popescu"),
        ("First name(s) / Surname(s) | Eleni Papadopoulou", "Eleni Papadopoulou"),
    ],
)
def test_it_reads_the_name_without_ranks_titles_or_letters(top, name):
    assert propose_profile(f"{top}\nmail@example.org").name == name


def test_it_proposes_no_name_when_none_is_written():
    assert propose_profile("Experience\n2019 – present | Analyst, NATO").name is None


def test_it_reads_the_email_and_phone_as_written():
    proposal = propose_profile(
        "Fiona MacDonald\nKingston | 613-555-0142 | fiona@example.ca | Canadian citizen"
    )
    assert (proposal.email, proposal.phone) == ("fiona@example.ca", "613-555-0142")
    assert propose_profile("Ana Lopes\nTel.: +351 912 345 678").phone == "+351 912 345 678"
    assert propose_profile("Ana Lopes\nPublished 2019 – 2021 reports").phone is None
