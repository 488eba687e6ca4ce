"""Languages in a CV (candidates.cv.languages): a profile with its skills named on the same line."""

from __future__ import annotations

from candidates.cv import ProposedLanguage, propose_profile


def test_a_profile_whose_skills_are_named_on_its_line_is_no_table_header():
    cv = "Languages\nEnglish: NATO SLP 3332 (Listening 3, Speaking 3, Reading 3, Writing 2)"
    assert propose_profile(cv).languages == (ProposedLanguage("English", None, "3332"),)


def test_a_table_header_still_gives_its_columns_to_the_rows_under_it():
    cv = "Languages\nLanguage | Listening | Speaking | Reading | Writing\nEnglish | 3 | 3 | 3 | 2"
    assert propose_profile(cv).languages == (ProposedLanguage("English", None, "3332"),)
