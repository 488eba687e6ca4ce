"""Notices on the causes of the seventeenth blind set's misses (issue 15): a boxed facts grid read as one line
with two "Label: value" pairs (or a label's cell and its value's) per line; fact chips led by pictographs; a
strip of facts separated by middle dots; the closing date in a closing sentence or with a two-digit year; the
nations who may apply listed one a line; a list of a noun's kinds ("naval, mechanical or marine engineering");
a page's own note after the competencies; the place in a strip of facts (a body's seat, badges a space
apart); a notice in both languages. Each notice is written for the cause, in words no labelled set uses, and
read as an upload is (the page's text, then the parser)."""

import datetime as dt

import pytest

from documents.extraction import NOTICE_KINDS, extract_text
from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import labelled_cells


def _notice(text: str):
    return parse_notice(extract_text(text.encode(), filename="notice.txt", kinds=NOTICE_KINDS))


REQUIREMENTS = """
ESSENTIAL QUALIFICATIONS
a. A university degree in civil engineering or geodesy.
b. At least 4 years' experience in infrastructure programming.
c. The following minimum levels of NATO's official languages (English/French): IV in one; II in the other.
DESIRABLE QUALIFICATIONS
a. Experience of NATO Security Investment Programme projects.
"""

GRID = (
    """NATO UNCLASSIFIED
ALLIED LAND COMMAND
CIVILIAN POST NOTICE
Post title: Infrastructure Engineer | Grade: A-2
Division: Engineering Branch | Duty station: | Izmir, Türkiye
Post no.: LC-27-11 | Security: NATO SECRET
Closing: | 12:00 hrs (CET) on 9 Apr 27 | Eligibility: | Member nations' citizens
"""
    + REQUIREMENTS
)


def test_a_boxed_grid_with_two_fields_a_line_is_read_field_by_field():
    notice = _notice(GRID)
    assert notice.title == "Infrastructure Engineer"
    assert notice.grade == "A.2"
    assert notice.location == "Izmir, Türkiye"
    assert notice.deadline == dt.date(2027, 4, 9)
    assert notice.clearance == "NATO SECRET"


def test_a_line_of_cells_that_are_not_all_fields_is_left_whole():
    assert labelled_cells("Allied Land Command | Post LC-27-11 | Grade: A-2") == []
    assert labelled_cells("Competency | Level") == []
    assert labelled_cells("Grade: A-2 · Closing date: 9 April 2027") == [
        "Grade: A-2",
        "Closing date: 9 April 2027",
    ]


CHIPS = (
    """Careers at the Agency
Infrastructure Engineer
🏛 Allied Land Command | 📌 Izmir, Türkiye | 💼 NATO Grade A-2 | 🛡 NATO SECRET | 📅 Apply by 9 April 2027
"""
    + REQUIREMENTS
)


def test_a_clearance_chip_led_by_a_pictograph_beside_the_grade_chip():
    notice = _notice(CHIPS)
    assert notice.clearance == "NATO SECRET"
    assert notice.deadline == dt.date(2027, 4, 9)


@pytest.mark.parametrize(
    "closing",
    [
        "Applications by: 9 April 2027",
        "Candidates' applications are to be lodged via the online portal no later than 9 April 2027. "
        "Interviews are foreseen on 3 May 2027.",
        "Apply until 9 April 2027",
    ],
)
def test_the_closing_date_in_its_sentence(closing):
    text = "Infrastructure Engineer\nAllied Land Command – Izmir, Türkiye\nGrade: A-2\n" + REQUIREMENTS
    notice = _notice(text + "\n" + closing + "\n")
    assert notice.deadline == dt.date(2027, 4, 9)


NATIONS = (
    """Infrastructure Programme Office
Infrastructure Engineer
Post 27/08 · Izmir, Türkiye · Grade A-2
Eligibility
Only nationals of the participating nations may apply:
- Belgium
- Estonia
- Norway
- Portugal
"""
    + REQUIREMENTS
)


def test_the_nations_who_may_apply_listed_one_a_line_are_not_the_location():
    assert _notice(NATIONS).location == "Izmir, Türkiye"


def test_a_body_after_its_acronym_and_before_the_language_switch():
    text = "NIPO · NATO Infrastructure Programme Office EN | FR\nInfrastructure Engineer\n" + REQUIREMENTS
    assert _notice(text).organisation == "NATO Infrastructure Programme Office"


def test_a_list_of_a_nouns_kinds_gives_each_kind_the_noun():
    text = "Infrastructure Engineer\nAllied Land Command\n" + REQUIREMENTS.replace(
        "civil engineering or geodesy", "naval, mechanical or marine engineering"
    )
    assert set(_notice(text).degree.fields) == {
        "naval engineering",
        "mechanical engineering",
        "marine engineering",
    }


def test_a_list_of_fields_whose_last_is_no_kind_keeps_each_field():
    text = "Infrastructure Engineer\nAllied Land Command\n" + REQUIREMENTS.replace(
        "civil engineering or geodesy", "geodesy, surveying or civil engineering"
    )
    assert set(_notice(text).degree.fields) == {"geodesy", "surveying", "civil engineering"}


def test_a_pages_note_after_the_competencies_is_no_competency():
    text = (
        "Infrastructure Engineer\nAllied Land Command\n"
        + REQUIREMENTS
        + "\nCompetencies\nTeamwork: Co-operates. Initiative: Is decisive in a time-sensitive situation.\n\n"
        "Information: a three-year contract, which may be renewed.\n"
    )
    assert [c.name for c in _notice(text).competencies] == ["Teamwork", "Initiative"]


@pytest.mark.parametrize(
    ("strip", "place"),
    [
        ("Plans Division – NATO Headquarters, Brussels, Belgium", "Brussels, Belgium"),
        ("🏛 Allied Land Command, G4 Branch 📌 Izmir, Türkiye 💼 A-2 🛡 NATO SECRET", "Izmir, Türkiye"),
    ],
)
def test_the_place_in_a_strip_of_facts(strip, place):
    assert _notice("Infrastructure Engineer\n" + strip + "\n" + REQUIREMENTS).location == place


def test_a_notice_in_both_languages_line_by_line_is_read_in_english():
    # More French words than English ones, as a notice whose French lines are the longer: not a French notice.
    text = (
        "Infrastructure Engineer\n"
        "Location: Izmir\n"
        "Le titulaire est chargé de la planification des projets d'infrastructure de la défense et il assure le "
        "suivi des travaux avec les nations hôtes.\n"
        "The incumbent plans the infrastructure projects of the defence and follows the works with the host "
        "nations.\n"
        "Il ou elle doit avoir une expérience des projets et être disponible pour des missions dans les pays de "
        "l'Alliance.\n"
        "Les candidatures sont à soumettre en ligne avec une lettre de motivation et un CV pour le poste.\n"
        "Applications are to be submitted online with a letter and a CV.\n" + REQUIREMENTS
    )
    assert _notice(text).location == "Izmir, Türkiye"


def test_badges_a_space_apart_with_the_grade_and_its_nato_grade_in_brackets():
    text = (
        "Infrastructure Engineer\n🏛 Allied Land Command 📌 Izmir, Türkiye 💼 A-3 (G17) 🛡 COSMIC TOP SECRET\n"
        + REQUIREMENTS
    )
    notice = _notice(text)
    assert (notice.location, notice.grade, notice.clearance) == ("Izmir, Türkiye", "A.3", "COSMIC TOP SECRET")
