"""Proposing profile entries from a CV's text, and the whole path from an uploaded file."""

from __future__ import annotations

import pytest

from candidates.cv import (
    CvProposal,
    ProposedEducation,
    ProposedExperience,
    ProposedLanguage,
    propose_profile,
)
from candidates.profile import profile_from_import_json
from documents.extraction import CV_KINDS, DocumentError, extract_text
from tests.documents import hostile_files as files

# Jane, an applicant from Belgium with a policy career, written the way CVs are written.
JANE_CV = """JANE DOE
Nationality: Belgian
Email: jane@example.org

PROFILE
Policy analyst with ten years in defence.

PROFESSIONAL EXPERIENCE
03/2018 - present  Senior Policy Officer, NATO Headquarters, Brussels
- Drafted capability targets for DOTMLPF-I reviews.
- Led a team of four analysts.
Mar 2015 - Feb 2018
Defence Analyst at Ministry of Defence
Prepared briefings for the minister.
2012-2014 Research Assistant | Egmont Institute

EDUCATION
Master of Arts in International Relations, University of Kent, 2012
BA Political Science - Université libre de Bruxelles (2010)
NATO Defense College, Senior Course 2019

LANGUAGES
English: native; French (C1); German - B2; Spanish: basic

SKILLS
Policy analysis, Capability planning; Microsoft Office
"""

JANE_PROPOSAL = CvProposal(
    education=(
        ProposedEducation("master", "International Relations", "University of Kent", 2012),
        ProposedEducation("bachelor", "Political Science", "Université libre de Bruxelles", 2010),
    ),
    experience=(
        ProposedExperience(
            "Senior Policy Officer",
            "NATO Headquarters",
            "2018-03",
            None,
            "Drafted capability targets for DOTMLPF-I reviews.\nLed a team of four analysts.",
        ),
        ProposedExperience(
            "Defence Analyst",
            "Ministry of Defence",
            "2015-03",
            "2018-02",
            "Prepared briefings for the minister.",
        ),
        ProposedExperience("Research Assistant", "Egmont Institute", "2012-01", "2014-12", ""),
    ),
    # "native" and "basic" state no NATO level: the person chooses it.
    languages=(
        ProposedLanguage("English", None),
        ProposedLanguage("French", "V"),
        ProposedLanguage("German", "IV"),
        ProposedLanguage("Spanish", None),
    ),
    skills=("Policy analysis", "Capability planning", "Microsoft Office"),
    nationality="Belgium",
    military_staff_college=True,
    name="Jane Doe",
    email="jane@example.org",
    summary="Policy analyst with ten years in defence.",
)


def test_it_proposes_every_kind_of_entry_from_a_cv():
    assert propose_profile(JANE_CV) == JANE_PROPOSAL


def test_its_json_is_accepted_by_the_bulk_import_reader_once_every_language_has_a_level():
    proposal = propose_profile(JANE_CV).to_json()
    proposal["languages"] = [x for x in proposal["languages"] if x["level"] or x["stanag"]]
    profile = profile_from_import_json({"id": "jane", **proposal})
    assert (profile.name, profile.nationality) == ("Jane Doe", "Belgium")
    assert [e.level for e in profile.education] == ["master", "bachelor"]
    assert profile.experience[0].end is None
    assert [(s.language, s.level) for s in profile.languages] == [("French", 5), ("German", 4)]


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("MSc International Relations", "master", "International Relations"),
        ("Master of Arts in History", "master", "History"),
        ("MA Economics", "master", "Economics"),
        ("MBA", "master", ""),
        ("BA (Hons) Politics", "bachelor", "Politics"),
        ("Bachelor's degree in Law", "bachelor", "Law"),
        ("Licence en droit", "bachelor", "droit"),
        ("PhD in Political Science", "doctorate", "Political Science"),
        ("Doctorate in Physics", "doctorate", "Physics"),
        ("Baccalauréat", "secondary", ""),
    ],
)
def test_it_reads_the_level_and_field_of_a_degree(line, level, field):
    (entry,) = propose_profile(f"Education\n{line}").education
    assert (entry.level, entry.field) == (level, field)


def test_it_reads_institution_and_year_from_the_next_line():
    cv = "Education\nMSc Security Studies\nKing's College London, 2009 - 2010\n"
    assert propose_profile(cv).education == (
        ProposedEducation("master", "Security Studies", "King's College London", 2010),
    )


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        ("03/2018 - present", "2018-03", None),
        ("Mar 2018 – Jun 2021", "2018-03", "2021-06"),
        ("2015-2019", "2015-01", "2019-12"),
        ("January 2020 to date", "2020-01", None),
        ("2019-04 - 2020-09", "2019-04", "2020-09"),
        ("Sept. 2016 — current", "2016-09", None),
        ("mars 2010 - juin 2012", "2010-03", "2012-06"),
    ],
)
def test_it_reads_dated_experience(dates, start, end):
    (entry,) = propose_profile(f"Experience\n{dates} Analyst, NCIA").experience
    assert (entry.title, entry.organisation, entry.start, entry.end) == ("Analyst", "NCIA", start, end)


def test_it_takes_the_title_from_the_line_above_the_dates():
    cv = "Work experience\nLogistics Officer, SHAPE\n2010 - 2014\n- Planned exercises.\n"
    (entry,) = propose_profile(cv).experience
    assert (entry.title, entry.organisation, entry.description) == (
        "Logistics Officer",
        "SHAPE",
        "Planned exercises.",
    )


def test_it_drops_an_entry_that_ends_before_it_starts():
    assert propose_profile("Experience\n2019 - 2015 Analyst, NCIA").experience == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("French: III", ("French", "III")),
        ("English (V)", ("English", "V")),
        ("Italian - level IV", ("Italian", "IV")),
        ("German C2", ("German", "VI")),
        ("Polish: A2", ("Polish", None)),  # a basic user: its NATO level is only probable
        ("Français / French: VI (Proficiency)", ("French", "VI")),
        ("English – NATO V", ("English", "V")),
        ("Anglais : niveau IV", ("English", "IV")),
        ("Dutch: mother tongue", ("Dutch", None)),
        ("Spanish: fluent", ("Spanish", None)),
        ("Allemand : courant", ("German", None)),
        ("Englisch: verhandlungssicher", ("English", None)),
    ],
)
def test_it_reads_language_levels_only_where_a_level_is_stated(line, expected):
    assert [(s.language, s.level) for s in propose_profile(f"Languages\n{line}").languages] == [expected]


@pytest.mark.parametrize(
    ("line", "stanag"),
    [
        ("Russian: SLP 3322", "3322"),
        ("Russian – STANAG 6001 3-2-3-2", "3232"),
        ("Russian: PLS 3333", "3333"),
        ("Russian: SLP 3+3+3+2+", "3332"),
        ("Russian (STANAG 6001: 2/2/2/2)", "2222"),
    ],
)
def test_it_keeps_a_stanag_profile_as_written_and_gives_no_nato_level_for_it(line, stanag):
    (language,) = propose_profile(f"Languages\n{line}").languages
    assert (language.language, language.level, language.stanag) == ("Russian", None, stanag)


def test_it_reads_stanag_levels_from_a_table_of_skills():
    cv = "Languages\nLanguage | Listening | Speaking | Reading | Writing\nEnglish (STANAG 6001) | 3 | 3 | 3 | 2"
    assert propose_profile(cv).languages == (ProposedLanguage("English", None, "3332"),)


def test_it_lists_every_language_of_the_languages_section_and_none_outside_it():
    cv = "Education\nMA in Russian Studies, Uppsala University\nLanguages\nI speak English and some French"
    assert [x.language for x in propose_profile(cv).languages] == ["English", "French"]


def test_it_gives_a_level_written_after_several_languages_to_each():
    cv = "Langues\nAnglais et néerlandais : niveau V\nMother tongue: Italian"
    assert [(x.language, x.level) for x in propose_profile(cv).languages] == [
        ("English", "V"),
        ("Dutch", "V"),
        ("Italian", None),
    ]


def test_it_proposes_a_nationality_only_for_a_member_nation():
    assert propose_profile("Nationality: Turkish").nationality == "Türkiye"
    assert propose_profile("Nationality: United Kingdom").nationality == "United Kingdom"
    assert propose_profile("Nationality: Swiss / Italian").nationality == "Italy"
    assert propose_profile("Nationality: Swiss").nationality is None
    assert propose_profile("Born in France").nationality is None


def test_it_notices_staff_college_attendance():
    assert propose_profile("Attended the Joint Services Command and Staff College").military_staff_college
    assert not propose_profile("Attended King's College").military_staff_college


def test_it_proposes_nothing_from_text_that_is_not_a_cv():
    assert propose_profile("Shopping list: milk, eggs") == CvProposal()


def _jane_docx() -> bytes:
    lines = JANE_CV.splitlines()
    assert lines[-5:-3] == ["LANGUAGES", lines[-4]] and lines[-2] == "SKILLS"
    return files.simple_docx(lines[:-5], table=[["LANGUAGES"], [lines[-4]], ["SKILLS"], [lines[-1]]])


def _jane_pdf() -> bytes:
    return files.text_pdf(JANE_CV.splitlines(), lines_per_page=25)


@pytest.mark.parametrize("build", [_jane_docx, _jane_pdf], ids=["docx", "pdf"])
def test_it_proposes_a_profile_from_an_uploaded_cv_file(build):
    text = extract_text(build(), filename="jane-doe-cv", kinds=CV_KINDS)
    proposal = propose_profile(text)
    assert proposal.education == JANE_PROPOSAL.education
    assert proposal.experience == JANE_PROPOSAL.experience
    assert proposal.languages == JANE_PROPOSAL.languages
    assert proposal.skills[:3] == JANE_PROPOSAL.skills
    assert proposal.nationality == "Belgium"
    assert proposal.military_staff_college


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (files.windows_program(), '"cv.pdf" is named .pdf but it is a Windows program, not a document.'),
        (files.encrypted_pdf(), "This PDF is encrypted; please upload an unprotected copy."),
    ],
    ids=["exe-renamed-pdf", "encrypted-pdf"],
)
def test_it_refuses_a_hostile_cv_file(data, reason):
    with pytest.raises(DocumentError) as refusal:
        extract_text(data, filename="cv.pdf", kinds=CV_KINDS)
    assert str(refusal.value) == reason


def test_it_reads_a_million_characters_of_crafted_text():
    # How long it takes is a benchmark (bench/readers.py prints it beside its 5 s bound), not a test: the
    # test shows that such text is read to the end and proposes nothing it does not say.
    languages = propose_profile("Languages: " + "English French " * 60_000)
    assert {row.language for row in languages.languages} <= {"English", "French"}
    education = propose_profile("Education\n" + "MSc, " * 200_000)
    assert {entry.level for entry in education.education} <= {"master"}
