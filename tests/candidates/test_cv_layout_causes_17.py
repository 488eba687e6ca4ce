"""The CV reader on the causes of the seventeenth blind set's misses (issue 15), each on a small CV written for
the test in other languages and with other words than the set's: a CEFR level of a basic user (A1, A2), whose
NATO level domain.md gives as probable only; a staff course in a table of posts as a student whose period has
ended; a note in brackets that sums up periods of service; the kind of posting written as the post's label; a
page's number alone as its footer; a title and a body whose words say nothing after a spaced dash; a skills
section headed "Computer". Read through ``read_cv`` as an upload is."""

from __future__ import annotations

import pytest

from candidates.cv import read_cv


def _read(text: str):
    return read_cv(text.encode(), filename="cv.txt")


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.title, e.organisation, e.start, e.end) for e in _read(text).experience]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Italian – A2", None),
        ("Spanish: A2 (school)", None),
        ("Norwegian – A1", None),
        ("Italian – B1", "III"),
        ("Italian – B2", "IV"),
        ("Spanish: C1", "V"),
    ],
)
def test_a_basic_users_cefr_level_proposes_no_nato_level(line, level):
    cv = f"Ana Duarte\nana.duarte@example.pt\n\nLanguages\nPortuguese – native\n{line}\n"
    spoken = {entry.language: entry.level for entry in _read(cv).languages}
    assert spoken[line.split()[0].rstrip(":")] == level


STAFF_COURSE = """Karel Dvořák
karel.dvorak@example.cz

Career
Period | Post | Unit
{period} | Student, Joint Command and Staff Course | Baltic Defence College
2014 – 2018 | Battery Commander | 13th Artillery Regiment

Education
2012  Master of Military Leadership, University of Defence, Brno
"""


def test_a_staff_course_in_the_table_of_posts_as_a_student_whose_period_ended():
    assert _read(STAFF_COURSE.format(period="Aug 2018 – Jun 2019")).military_staff_college is True


def test_a_student_of_a_staff_course_still_running_has_not_attended_it():
    assert _read(STAFF_COURSE.format(period="Aug 2026 – Jun 2099")).military_staff_college is False


SERVICE_NOTE = """Jana Horáková
jana.horakova@example.cz

Professional experience
03/2019 – present
Logistics Officer
Ministry of Defence of the Czech Republic, Prague
09/2012 – 02/2019
Platoon Commander
14th Logistic Support Regiment, Pardubice
(Dienst als Berufssoldatin 2008 – 2019, Offizierlehrgang 2008 – 2012)

Education
2012  Master's degree in Logistics, University of Defence, Brno
"""


def test_a_note_in_brackets_summing_up_periods_of_service_is_no_post():
    titles = [post[0] for post in _posts(SERVICE_NOTE)]
    assert titles == ["Logistics Officer", "Platoon Commander"]


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Deployment: Staff Officer J4", "Staff Officer J4"),
        ("Secondment: Policy Adviser", "Policy Adviser"),
        ("Auslandseinsatz: Verbindungsoffizier", "Verbindungsoffizier"),
    ],
)
def test_the_kind_of_posting_as_the_posts_label_is_no_part_of_its_title(label, title):
    cv = (
        "Erik Solberg\nerik.solberg@example.no\n\nExperience\nPeriod | Post | Unit\n"
        f"Jan 2021 – Jul 2021 | {label} | Multinational Brigade East\n"
        "Aug 2016 – Dec 2020 | Company Commander | Telemark Battalion\n"
    )
    assert [post[0] for post in _posts(cv)][0] == title


def test_a_pages_number_alone_is_no_skill():
    cv = (
        "Marta Kowalczyk\nmarta.kowalczyk@example.pl\n\nExperience\n2019 – present  Analyst, Ministry of "
        "Finance\n\nIT skills\nMS Excel, QGIS\nPage 2\n"
    )
    assert set(_read(cv).skills) == {"MS Excel", "QGIS"}


def test_a_title_and_a_body_whose_words_say_nothing_after_a_spaced_dash():
    cv = (
        "Rasa Petrauskienė\nrasa.petrauskiene@example.lt\n\nWork experience\nMar 2019 – to date\n"
        "Senior Data Analyst – Statistics Lithuania\nQuarterly defence expenditure tables.\n"
        "Sep 2013 – Feb 2019\nStatistician – Bank of Lithuania\n\nEducation\n2013  Master's degree in "
        "Statistics, Vilnius University\n"
    )
    assert _posts(cv) == [
        ("Senior Data Analyst", "Statistics Lithuania", "2019-03", None),
        ("Statistician", "Bank of Lithuania", "2013-09", "2019-02"),
    ]


def test_a_skills_section_headed_computer_alone():
    cv = (
        "Emre Kaya\nemre.kaya@example.com.tr\n\nExperience\n2019 – present  Buyer, Ministry of National "
        "Defence\n\nCOMPUTER\nOracle Procurement Cloud, MS Access\n"
    )
    assert set(_read(cv).skills) == {"Oracle Procurement Cloud", "MS Access"}
