"""The CV reader on date styles of the ninth blind corpus (issue 15, now a development set), read through
``read_cv`` as an upload is, on small CVs written for the test: quarters, seasons, roman-numeral months, a
start with the post's length, French day-precise prose, and "present" in more member languages."""

from __future__ import annotations

import pytest

from candidates.cv import read_cv


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    proposal = read_cv(text.encode(), filename="cv.txt")
    return [(e.title, e.organisation, e.start, e.end) for e in proposal.experience]


def test_quarters_and_a_season_as_start():
    cv = (
        "Alex Carter\nalex.carter@example.co.uk\n\nEXPERIENCE\n"
        "Q3 2019 – present\nPrincipal Engineer, Ministry of Defence\n"
        "Q1 2016 – Q2 2019\nSenior Engineer, Defence Science and Technology Laboratory\n"
        "autumn 2012 – Q4 2015\nEngineer, Royal Navy\n"
    )
    assert [(start, end) for *_, start, end in _posts(cv)] == [
        ("2019-07", None),
        ("2016-01", "2019-06"),
        ("2012-09", "2015-12"),
    ]


def test_french_quarters_and_a_summer_internship():
    cv = (
        "Claire Martin\nclaire.martin@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "T3 2019 – aujourd'hui\nChargée d'études\nMinistère des Armées\n"
        "Été 2012\nStagiaire de recherche\nFondation pour la recherche stratégique\n"
    )
    assert [(start, end) for *_, start, end in _posts(cv)] == [("2019-07", None), ("2012-06", "2012-08")]


def test_roman_numeral_months_and_a_birth_date_that_is_no_post():
    cv = (
        "Ana Popescu\nana.popescu@example.ro\nData nașterii: 12.IV.1987\n\nEXPERIENȚĂ PROFESIONALĂ\n"
        "IX.2017 – prezent\nConsilier superior – Ministerul Apărării Naționale\n"
        "III.2012 – VIII.2017\nCercetător – Institutul Diplomatic Român\n"
    )
    assert _posts(cv) == [
        ("Consilier superior", "Ministerul Apărării Naționale", "2017-09", None),
        ("Cercetător", "Institutul Diplomatic Român", "2012-03", "2017-08"),
    ]


def test_a_start_and_the_posts_length():
    cv = (
        "Jonas Petraitis\njonas@example.lt\n\nEXPERIENCE\n"
        "2018 Jan ▸ 3 yrs 2 mos | Supply Chain Analyst — UAB Girteka Logistics\n"
        "2014 Jun ▸ 3 mos | Summer Trainee — Klaipėda State Seaport Authority\n"
        "Total professional experience: 9 yrs 7 mos (as of Jan 2027)\n"
    )
    assert [(start, end) for *_, start, end in _posts(cv)] == [("2018-01", "2021-02"), ("2014-06", "2014-08")]


@pytest.mark.parametrize(
    ("dates", "start"),
    [
        ("10/2019 – in atto", "2019-10"),
        ("10.2019 – në vazhdim", "2019-10"),
        ("07.2018 - till now", "2018-07"),
        ("03/2015 – hasta la fecha", "2015-03"),
        ("Depuis le 1er février 2021 —", "2021-02"),
    ],
)
def test_open_ends_in_member_languages(dates, start):
    cv = f"Jan Horvat\njan@example.eu\n\nEXPERIENCE\n{dates} Staff Officer, Ministry of Defence\n"
    assert _posts(cv) == [("Staff Officer", "Ministry of Defence", start, None)]


def test_a_length_in_a_project_section_is_no_post():
    cv = (
        "María Ortega\nmaria@example.es\n\nEXPERIENCIA\n01/09/2014 – 31/01/2020 | Investigadora | Real Instituto"
        " Elcano\n\nProyectos de I+D+i\nLa OTAN y el flanco sur | Ministerio de Ciencia e Innovación | 01/01/2019"
        " | 3 años\n"
    )
    assert [title for title, *_ in _posts(cv)] == ["Investigadora"]


def test_an_engineer_named_like_a_degree_is_a_post_beside_its_dates():
    cv = (
        "Katarzyna Nowicka\nk.nowicka@example.pl\n\nDOŚWIADCZENIE ZAWODOWE\nOkres | Stanowisko | Pracodawca\n"
        "03.2014 – 09.2019 | Inżynier systemów | Polska Grupa Zbrojeniowa S.A.\n"
        "07.2011 – 02.2014 | Młodszy inżynier | Wojskowe Zakłady Łączności Nr 1 S.A.\n"
    )
    assert [(title, start) for title, _, start, _ in _posts(cv)] == [
        ("Inżynier systemów", "2014-03"),
        ("Młodszy inżynier", "2011-07"),
    ]


def test_a_contractors_engagements_heading_is_no_post():
    cv = (
        "Oliver Hollings\nollie@example.co.uk\n\nENGAGEMENTS\n"
        "Q3 2019 – present\nPrincipal Systems Engineer | Leidos UK\nTechnical authority for ACCS integration.\n"
        "Q1 2016 – Q2 2019\nSenior Systems Engineer | QinetiQ\nTrials planning.\n"
    )
    assert _posts(cv) == [
        ("Principal Systems Engineer", "Leidos UK", "2019-07", None),
        ("Senior Systems Engineer", "QinetiQ", "2016-01", "2019-06"),
    ]


def test_a_web_forms_start_and_end_rows_and_a_post_still_held():
    cv = (
        "Dragan Stojanoski\nd.stojanoski@example.mk\n\nWORK EXPERIENCE\nWork experience 1 of 2\n"
        "Job title: Head of Unit for NATO Integration\nEmployer: Ministry of Defence\nCountry: North Macedonia\n"
        "Start date (MM/YYYY): 09/2017\nEnd date (MM/YYYY):\nI currently work here: [x] Yes\n"
        "Main duties: NATO Defence Planning inputs.\nMay we contact this employer?: No\n"
        "Work experience 2 of 2\nJob title: Senior Advisor\nEmployer: Secretariat for European Affairs\n"
        "Country: North Macedonia\nStart date (MM/YYYY): 03/2013\nEnd date (MM/YYYY): 08/2017\n"
        "I currently work here: [ ] No\nMain duties: EU alignment.\nMay we contact this employer?: Yes\n"
    )
    assert [(title, start, end) for title, _, start, end in _posts(cv)] == [
        ("Head of Unit for NATO Integration", "2017-09", None),
        ("Senior Advisor", "2013-03", "2017-08"),
    ]


def test_a_post_a_slash_and_its_body():
    cv = (
        "Martin Hudak\nmartin.hudak@example.sk\n\nEMPLOYMENT\n"
        "07.2018 - till now | Staff Officer J7 / Joint Forces of the Slovak Armed Forces\n"
        "08.2013 - 06.2018 | Company Commander / 5th Special Forces Regiment\n"
    )
    assert _posts(cv) == [
        ("Staff Officer J7", "Joint Forces of the Slovak Armed Forces", "2018-07", None),
        ("Company Commander", "5th Special Forces Regiment", "2013-08", "2018-06"),
    ]


def test_a_staff_course_without_a_degree_was_attended_and_a_form_answered_no_was_not():
    attended = "Jan Novak\njan@example.sk\n\nEDUCATION\n2017 - 2018 | Command and Staff Course (no degree), Armed Forces Academy\n"
    declined = (
        "Jan Novak\njan@example.sk\n\nHave you attended a national or NATO command and staff college?: No\n"
    )
    albanian = "Elton Kola\nelton@example.al\n\nARSIMI\n2017 – 2018 | Master Profesional (Kursi i Shtabit të Komandës)\n"
    assert read_cv(attended.encode(), filename="cv.txt").military_staff_college is True
    assert read_cv(declined.encode(), filename="cv.txt").military_staff_college is False
    assert read_cv(albanian.encode(), filename="cv.txt").military_staff_college is True


def _degrees(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.level, e.field, e.year) for e in read_cv(text.encode(), filename="cv.txt").education]


def test_degrees_under_roman_numeral_periods_and_one_still_in_progress():
    cv = (
        "Ana Popescu\nana.popescu@example.ro\n\nEDUCAȚIE ȘI FORMARE\n"
        "X.2014 – prezent | Doctorat în științe politice (în curs) – Universitatea Babeș-Bolyai\n"
        "X.2009 – VII.2011 Diplomă de master – Managementul Securității Naționale, Școala Națională de Studii"
        " Politice și Administrative (SNSPA)\n"
    )
    assert _degrees(cv) == [("master", "Managementul Securității Naționale", 2011)]


def test_an_academic_year_and_a_field_in_quotation_marks():
    cv = (
        "Claire Martin\nclaire.martin@example.fr\n\nFORMATION\n"
        "2012/13 | Master 2 « Relations internationales – sécurité et défense », Université Paris 2 Panthéon-Assas\n"
    )
    assert _degrees(cv) == [("master", "Relations internationales – sécurité et défense", 2013)]


def test_cards_in_a_grid_read_across_are_read_card_by_card():
    cv = (
        "Mette Nielsen\nmette@example.dk\n\nExperience\n"
        "Sep 2019 – now | Feb 2016 – Aug 2019\n"
        "Chief Consultant | Consultant\n"
        "Danish Ministry of Defence | Rambøll Management Consulting\n"
        "Business cases for major acquisitions. | Evaluations for public-sector clients.\n"
        "Aug 2013 – Jan 2016 | summer 2012\n"
        "Analyst | Intern\n"
        "Danish Institute for International Studies (DIIS) | Permanent Representation of Denmark to NATO\n"
        "\nEducation\nMSc in Economics, Aarhus University, 2013\n"
    )
    assert [(title, start, end) for title, _, start, end in _posts(cv)] == [
        ("Chief Consultant", "2019-09", None),
        ("Consultant", "2016-02", "2019-08"),
        ("Analyst", "2013-08", "2016-01"),
        ("Intern", "2012-06", "2012-08"),
    ]


def test_headings_set_sideways_in_a_margin_are_no_part_of_the_lines():
    cv = (
        "Johan Nystrom\njohan@example.se\n"
        "Jan 2015 – Aug 2019\nAnalyst\nSwedish Armed Forces Headquarters\n"
        "E | Intelligence assessments on the Nordic-Baltic region.\nC\nN\n"
        "E | summer 2014\nI R | Research Intern\nE\n"
        "P | Stockholm International Peace Research Institute (SIPRI)\nX | Arms transfers database.\nE\nN\nC\nE\n"
    )
    assert [(title, start, end) for title, _, start, end in _posts(cv)] == [
        ("Analyst", "2015-01", "2019-08"),
        ("Research Intern", "2014-06", "2014-08"),
    ]


def test_a_table_of_posts_under_no_heading_of_its_own():
    cv = (
        "CURRICULUM VITAE\n1. PERSONAL INFORMATION\nSurname | VLACHOU\nFirst name | Dimitra\n"
        "E-mail | dimitra@example.gr\n"
        "From | To | Months | Employer | Position\n"
        "Sep-2017 | to date | — | Hellenic Ministry of National Defence | Procurement Officer\n"
        "Mar-2013 | Aug-2017 | 54 | Hellenic Aerospace Industry S.A. | Contracts Specialist\n"
        "Year | Degree | Field | Institution\n2009 | MSc | Supply Chain Management | Athens University\n"
    )
    assert _posts(cv) == [
        ("Procurement Officer", "Hellenic Ministry of National Defence", "2017-09", None),
        ("Contracts Specialist", "Hellenic Aerospace Industry S.A.", "2013-03", "2017-08"),
    ]


def test_a_web_forms_degree_rows_before_the_institutions():
    cv = (
        "Dragan Stojanoski\nd.stojanoski@example.mk\n\nEDUCATION\nEducation entry 1 of 2\n"
        "Level (ISCED): Master's or equivalent level (ISCED 7)\n"
        "Degree title: Master of Science (Магистер по безбедност, одбрана и мир)\n"
        "Field of study: Security, Defence and Peace Studies\n"
        "Institution: Ss. Cyril and Methodius University in Skopje\n"
        "Start date (MM/YYYY): 10/2010\nEnd date (MM/YYYY): 09/2012\nDiploma obtained: Yes\n"
        "Education entry 2 of 2\nLevel (ISCED): Upper secondary (ISCED 3)\n"
        "Degree title: Secondary school diploma\nField of study:\n"
        'Institution: SUGS Gymnasium "Josip Broz Tito"\nStart date (MM/YYYY): 09/2001\n'
        "End date (MM/YYYY): 06/2005\nDiploma obtained: Yes\n"
    )
    assert _degrees(cv) == [("master", "Security, Defence and Peace Studies", 2012), ("secondary", "", 2005)]
