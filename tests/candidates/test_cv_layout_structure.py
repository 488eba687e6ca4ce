"""Posts read from the layout rather than from words (issue 15): where a post's title and employer are
written is read from the document's structure (dates as anchors, the lines next to them, the section's
other posts), so that titles and employers in words the reader does not know are still put in their place.

The CVs are written for the test, with invented titles and employers ("Quillwright", "Harrow & Vane") that
no word list here holds."""

from __future__ import annotations

import io

from docx import Document

from candidates.cv import propose_profile, read_cv


def _posts(cv: str) -> list[tuple]:
    return [(p.title, p.organisation, p.start, p.end) for p in propose_profile(cv).experience]


def test_a_title_on_its_own_line_above_the_employer_and_dates_line():
    cv = (
        "Anna Berg\n\nEXPERIENCE\n"
        "Quillwright\nHarrow & Vane | 03/2019 – present\n• Shaped the yearly plan with five teams.\n\n"
        "Tallyman\nOsterby Mills | 06/2015 – 02/2019\n• Kept the accounts of two sites.\n\n"
        "LANGUAGES\nEnglish: fluent"
    )
    assert _posts(cv) == [
        ("Quillwright", "Harrow & Vane", "2019-03", None),
        ("Tallyman", "Osterby Mills", "2015-06", "2019-02"),
    ]


def test_a_short_line_above_the_first_post_is_not_taken_when_the_layout_does_not_lead_with_titles():
    # No description between the posts, and a short line under the last dates: the titles may as well be
    # written under the dates, so the line above the first post (a summary) belongs to no post.
    cv = (
        "Twelve years in public finance\n"
        "Harrow & Vane | 03/2019 – present\nQuillwright\n"
        "Osterby Mills | 06/2015 – 02/2019\nTallyman\n"
    )
    posts = _posts(cv)
    assert [post[2] for post in posts] == ["2019-03", "2015-06"]
    assert not any("Twelve" in (post[0] + post[1]) for post in posts)


def test_a_post_at_a_body_whose_name_starts_with_a_number_or_an_unknown_word():
    cv = (
        "EXPERIENCE\n"
        "2019 – 2022\nCompany Commander at 3rd Battalion The Wessex Rifles\n• Led 120 soldiers.\n"
        "2015 – 2019\nQuillwright at Harrow & Vane\n• Shaped the yearly plan.\n"
    )
    assert _posts(cv) == [
        ("Company Commander", "3rd Battalion The Wessex Rifles", "2019-01", "2022-12"),
        ("Quillwright", "Harrow & Vane", "2015-01", "2019-12"),
    ]


def test_the_sections_other_posts_tell_which_of_two_lines_is_the_title():
    # The first two posts are known by their words (a body on the dates' line, a post under it); the third's
    # words say nothing, and it is read the same way.
    cv = (
        "EXPERIENCE\n"
        "Ministry of Defence        2020 – present\nStaff Officer\n• Wrote the plans.\n"
        "Royal Signals Agency        2016 – 2020\nProject Manager\n• Ran the programme.\n"
        "Harrow & Vane        2012 – 2016\nQuillwright\n• Shaped the yearly plan.\n"
    )
    assert _posts(cv)[2] == ("Quillwright", "Harrow & Vane", "2012-01", "2016-12")


def test_a_comma_part_in_small_letters_or_a_legal_form_goes_on_with_the_part_before():
    cv = (
        "EXPERIENCE\n"
        "2015 – 2019 | Platoon Leader, then Company Commander, Wessex Rifles Regiment\n• Led 30, then 120.\n"
        "2012 – 2015 | Network Engineer, Telia Lietuva, AB\n• Ran the core network.\n"
    )
    assert [(title, organisation) for title, organisation, *_ in _posts(cv)] == [
        ("Platoon Leader, then Company Commander", "Wessex Rifles Regiment"),
        ("Network Engineer", "Telia Lietuva, AB"),
    ]


def test_how_long_a_post_lasted_is_no_part_of_its_employer_in_other_languages():
    cv = (
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "Analyste financier, Banque Nordelle | 01/2019 – 03/2022 · 3 ans 2 mois\n• Suivi des budgets.\n"
        "Referent, Stadtwerke Lindau | 02/2015 – 12/2018 · 3 Jahre 10 Monate\n• Planung.\n"
    )
    assert [(post[0], post[1]) for post in _posts(cv)] == [
        ("Analyste financier", "Banque Nordelle"),
        ("Referent", "Stadtwerke Lindau"),
    ]


def test_a_docx_whose_title_line_stands_above_employer_and_dates():
    document = Document()
    document.add_paragraph("Anna Berg")
    document.add_paragraph("Experience")
    for title, body, dates, duty in (
        ("Quillwright", "Harrow & Vane", "03/2019 – present", "Shaped the yearly plan with five teams."),
        ("Tallyman", "Osterby Mills", "06/2015 – 02/2019", "Kept the accounts of two sites."),
    ):
        document.add_paragraph(title)
        document.add_paragraph(f"{body} | {dates}")
        document.add_paragraph(f"• {duty}")
    buffer = io.BytesIO()
    document.save(buffer)
    posts = read_cv(buffer.getvalue(), filename="cv.docx").experience
    assert [(p.title, p.organisation, p.start) for p in posts] == [
        ("Quillwright", "Harrow & Vane", "2019-03"),
        ("Tallyman", "Osterby Mills", "2015-06"),
    ]


def test_a_section_writing_the_body_first_reads_an_unknown_pair_the_same_way():
    # Two posts known by their words put the body before the dash; the third's words say nothing.
    cv = (
        "EXPERIENCE\n"
        "Ministry of Defence — Staff Officer\n2020 – present\n• Wrote the plans.\n"
        "Royal Signals Agency — Project Manager\n2016 – 2020\n• Ran the programme.\n"
        "Harrow & Vane — Quillwright\n2012 – 2016\n• Shaped the yearly plan.\n"
    )
    assert _posts(cv)[2][:2] == ("Quillwright", "Harrow & Vane")


def test_a_company_known_by_its_legal_form_is_the_body():
    cv = (
        "EXPERIENCE\n"
        "Kıdemli Sistem Mühendisi, ASELSAN A.Ş.\n01/2019 – present\n• Sistem tasarımı.\n"
        "Quillwright, Harrow Vane GmbH\n09/2013 – 12/2018\n• Shaped the yearly plan.\n"
    )
    assert [post[:2] for post in _posts(cv)] == [
        ("Kıdemli Sistem Mühendisi", "ASELSAN A.Ş."),
        ("Quillwright", "Harrow Vane GmbH"),
    ]


def test_a_body_in_the_bracket_ending_the_post_line_but_not_a_unit_or_a_note():
    cv = (
        "EXPERIENCE\n"
        "Revizorica (Ministarstvo financija)\n06/2013 – 10/2017\n• Revizija.\n"
        "Quillwright (Harrow Vane Ltd)\n02/2011 – 05/2013\n• Shaped the yearly plan.\n"
        "Operations Officer (G3)\n01/2010 – 01/2011\n• Planned operations.\n"
    )
    assert [post[:2] for post in _posts(cv)] == [
        ("Revizorica", "Ministarstvo financija"),
        ("Quillwright", "Harrow Vane Ltd"),
        ("Operations Officer (G3)", ""),
    ]
