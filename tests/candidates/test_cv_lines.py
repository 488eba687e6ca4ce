"""A CV's lines and sections (candidates.cv.lines): headings as CVs write them, wrapped lines, signatures."""

from __future__ import annotations

import pytest

from candidates.cv.lines import clean_lines, heading, sections, signature


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("CAREER (POSTINGS)", "experience"),
        ("COMPETENCY PROFILE (last appraisal, 2024)", "competencies"),
        ("COMPÉTENCES CLÉS (référentiel OTAN) / KEY COMPETENCIES (NATO framework)", "competencies"),
        ("EDUCATION AND MILITARY TRAINING", "education"),
        ("Aus- und Weiterbildung", "education"),
        ("Militärischer Werdegang", "experience"),
        ("SERVICE RECORD", "experience"),
        ("Szakmai tapasztalat", "experience"),
        ("Competenze informatiche", "skills"),
        ("Competencias técnicas / Technical skills", "skills"),
        ("MILITARY EDUCATION", "training"),
        ("PERSONAL SKILLS", "other"),
    ],
)
def test_it_knows_headings_with_a_bracket_a_qualifier_or_in_two_languages(line, section):
    assert heading(line) == (section, "")


@pytest.mark.parametrize("line", ["Mother tongue(s)", "Operations", "Missions :", "Head of Operations"])
def test_a_label_or_a_post_is_no_heading(line):
    assert heading(line) is None


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Pensée analytique (Analytical\nThinking) – voit des relations multiples",
            "Pensée analytique (Analytical Thinking) – voit des relations multiples",
        ),
        (
            "Staff Officer J3, Multinational Division North\n(MND-N)",
            "Staff Officer J3, Multinational Division North (MND-N)",
        ),
        (
            "Máster en Ciberseguridad — Universidad Carlos III de\nMadrid, 2014",
            "Máster en Ciberseguridad — Universidad Carlos III de Madrid, 2014",
        ),
    ],
)
def test_it_joins_a_line_wrapped_inside_a_bracket_or_after_a_linking_word(text, joined):
    assert clean_lines(text) == [joined]


@pytest.mark.parametrize(
    "text",
    [
        "Agence de l'innovation de défense, Service juridique, Paris\ndepuis mars 2020",
        "Senior Officer, Ministry of Defence,\n2019 – 2021",
    ],
)
def test_a_line_starting_with_a_period_is_never_joined_to_the_one_before(text):
    assert clean_lines(text) == text.splitlines()


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("Bonn, im Januar 2027", True),
        ("Bonn, 10.01.2027", True),
        ("Paris, le 3 mars 2027", True),
        ("Frankfurt am Main, 3. März 2027", True),
        ("MSc Defence Studies, June 2012", False),
        ("Senior Officer, March 2019", False),
        ("Warsaw University of Technology, 2010", False),
    ],
)
def test_it_knows_where_and_when_a_cv_was_signed(line, signed):
    assert signature(line) is signed


def test_a_signature_belongs_to_no_section():
    lines = clean_lines("KENNTNISSE\nISO 27001, Python\n\nBonn, im Januar 2027")
    assert sections(lines)["skills"] == ["ISO 27001, Python"]
