"""Varied notices (NCIA, NSPA, ACT, SHAPE, IS, CMRE, NDC, JFC) and phrasings. Pure: no database."""

import datetime as dt
from pathlib import Path

import pytest

from vacancies.parsing import NotANoticeError, parse_notice
from vacancies.parsing.competencies import rung_for
from vacancies.parsing.degree import parse_degree
from vacancies.parsing.experience import min_years
from vacancies.parsing.header import parse_date
from vacancies.parsing.languages import parse_languages

NOTICES = Path(__file__).parent / "notices"


def parse_file(name: str):
    # newline="" keeps Windows line endings for the parser to deal with.
    return parse_notice((NOTICES / name).read_bytes().decode("utf-8"))


def rungs(notice):
    return [(c.name, c.rung) for c in notice.competencies]


def test_it_reads_an_ncia_notice_with_a_stanag_profile_and_clearance():
    notice = parse_file("ncia-software-engineer.txt")
    assert notice.title == "Senior Software Engineer (Cloud Services)"
    assert notice.organisation == "NATO Communications and Information Agency"
    assert notice.location == "The Hague, Netherlands"
    assert notice.grade == "G15"
    assert notice.deadline == dt.date(2026, 1, 5)
    assert notice.nationality_restricted is True
    assert notice.clearance == "NATO SECRET"
    assert notice.degree.level == "university"
    assert notice.degree.fields == ("Computer Science", "Software Engineering")
    assert notice.degree.alternatives == ("equivalent_experience",)
    assert notice.min_years_experience == 3  # "Minimum 3 years' ..., with 2 years in cloud platforms"
    assert notice.languages.rule == "none"
    assert notice.to_json()["languages"]["stanag"] == [{"language": "English", "slp": "3333"}]
    assert len(notice.essential) == 5 and len(notice.desirable) == 3
    assert notice.accountabilities[0] == "Design and develop cloud services for the Agency's customers."


def test_it_reads_a_b_grade_nspa_notice_with_windows_line_endings():
    raw = (NOTICES / "nspa-procurement-assistant.txt").read_bytes()
    assert b"\r\n" in raw
    notice = parse_file("nspa-procurement-assistant.txt")
    assert notice.title == "Procurement Assistant"
    assert notice.organisation == "NATO Support and Procurement Agency"
    assert notice.grade == "B.4"
    assert notice.location == "Capellen, Luxembourg"
    assert notice.deadline == dt.date(2026, 1, 12)
    assert notice.degree.level == "secondary"
    assert notice.min_years_experience == 3  # "at least three years experience", apostrophe lost
    # Older phrasing: good knowledge ~ IV, basic working knowledge ~ II.
    assert (notice.languages.rule, notice.languages.high, notice.languages.low) == (
        "one_high_other_low",
        "IV",
        "II",
    )
    assert notice.contract == "Definite duration contract of 3 years."
    assert "\r" not in notice.cleaned_text


def test_it_reads_competencies_run_together_on_the_opening_line():
    notice = parse_file("nspa-procurement-assistant.txt")
    assert rungs(notice) == [
        ("Achievement", 2),
        ("Clarity and Accuracy", 2),
        ("Customer Service Orientation", 3),
        ("Teamwork", 2),
    ]


def test_it_reads_an_act_notice_with_us_spellings_and_an_each_language_rule():
    notice = parse_file("act-capability-planner.txt")
    assert notice.title == "Capability Planner"
    assert notice.organisation == "Allied Command Transformation"  # HQ SACT is its headquarters
    assert notice.location == "Norfolk, Virginia, United States"
    assert notice.grade == "G17"
    assert notice.deadline == dt.date(2026, 1, 5)
    assert notice.clearance == "NATO SECRET"  # "Clearance Level NS"
    assert notice.degree.level == "master"
    assert notice.degree.fields == ("operations research", "systems engineering")
    assert notice.min_years_experience == 5
    languages = notice.to_json()["languages"]
    assert languages["rule"] == "each" and languages["high"] is None and languages["low"] is None
    assert languages["requirements"] == [
        {"language": "English", "level": "V"},
        {"language": "French", "level": "III"},
    ]


def test_it_makes_competency_aliases_canonical_one_per_line_without_bullets():
    notice = parse_file("act-capability-planner.txt")
    assert rungs(notice) == [
        ("Achievement", 5),
        ("Analytical Thinking", 4),
        ("Organisational Awareness", 5),
        ("Teamwork", 5),
        ("Leadership", 4),
    ]
    assert notice.competencies[2].level_text == "Understands underlying organizational issues"


def test_it_reads_a_shape_notice_inside_a_french_page_chrome():
    notice = parse_file("shape-intelligence-analyst.txt")
    assert notice.title == "Intelligence Analyst"
    assert notice.organisation == "Supreme Headquarters Allied Powers Europe"
    assert notice.location == "Mons, Belgium"  # the country in English
    assert notice.grade == "G24"  # "NATO Grade: 24"
    assert notice.deadline is None  # the similar jobs' dates are not this notice's deadline
    assert notice.clearance == "COSMIC TOP SECRET"
    assert notice.degree.alternatives == ("military_staff_college",)
    assert notice.degree.fields == ("international relations", "political science", "history")
    assert notice.min_years_experience == 8
    assert [s.slp for s in notice.languages.stanag] == ["3333"]
    assert notice.desirable == ("knowledge of Russian", "experience of NATO operations")
    for chrome in ("Accueil", "Postuler", "Partager", "Signaler", "Offres similaires", "Politique"):
        assert chrome not in notice.cleaned_text
    assert notice.accountabilities == (
        "Produce intelligence assessments for the Command Group.",
        "Brief senior leadership on the threat environment.",
    )


def test_it_keeps_other_languages_apart_from_the_official_pair():
    notice = parse_file("is-russia-officer.txt")
    languages = notice.to_json()["languages"]
    assert (languages["rule"], languages["high"], languages["low"]) == ("one_high_other_low", "V", "I")
    assert languages["requirements"] == [{"language": "Russian", "level": "IV"}]
    assert len(languages["raw"]) == 2


def test_it_reads_an_international_staff_notice_with_grade_and_equivalent_experience():
    notice = parse_file("is-russia-officer.txt")
    assert notice.organisation == "Political Affairs and Security Policy Division"
    assert notice.grade == "A.2"
    assert notice.deadline == dt.date(2026, 1, 16)
    assert notice.degree.level == "university"
    assert notice.degree.alternatives == ("equivalent_experience",)
    assert notice.min_years_experience == 5  # "five years of relevant professional experience"
    assert notice.nationality_restricted is True
    assert notice.desirable == ("a Master's degree in Slavic studies", "knowledge of Ukrainian")
    assert rungs(notice) == [
        ("Analytical Thinking", 4),
        ("Flexibility", 3),
        ("Impact and Influence", 4),
        ("Initiative", 2),
        ("Organisational Awareness", 4),
        ("Teamwork", 2),
    ]


def test_it_reads_a_doctorate_and_a_level_per_language():
    notice = parse_file("cmre-scientist.txt")
    assert notice.organisation == "Centre for Maritime Research and Experimentation"
    assert notice.grade == "A.3"
    assert notice.deadline == dt.date(2026, 1, 31)
    assert notice.degree.level == "doctorate"
    assert notice.degree.fields == ("oceanography", "physics", "applied mathematics")
    assert notice.min_years_experience == 2
    assert notice.languages.rule == "each"
    assert [(r.language, r.level) for r in notice.languages.requirements] == [
        ("English", "V"),
        ("French", "I"),
    ]


def test_a_masters_preference_does_not_raise_the_degree_and_months_count_as_zero_years():
    notice = parse_file("is-associate-policy-officer.txt")
    assert notice.grade == "A.2/A.3"
    assert notice.degree.level == "bachelor"
    assert notice.min_years_experience == 0  # "6-month work experience"
    assert notice.languages.rule == "each"
    assert [(r.language, r.level) for r in notice.languages.requirements] == [
        ("English", "IV"),
        ("French", "IV"),
    ]


def test_it_survives_noise_indented_bullets_a_repeated_block_and_a_cut_off_end():
    notice = parse_file("ncia-noisy-cutoff.txt")
    assert notice.title == "Service Delivery Manager"
    assert notice.location == "Mons, Belgium"
    assert notice.grade == "G15-G17"
    assert notice.organisation == "NATO Communications and Information Agency"
    assert notice.deadline is None  # "Update day" is no deadline
    assert notice.min_years_experience == 4
    assert (notice.languages.high, notice.languages.low) == ("IV", "II")
    assert len(notice.essential) == 4  # the repeated block is kept once
    assert notice.desirable == ("experience with ServiceNow", "knowledge of the NATO enterprise architec")
    for noise in (
        "View:",
        "Ver:",
        "Visualizza",
        "cover image",
        "Share this job",
        "Report job",
        "Requisition",
        "🚀",
    ):
        assert noise not in notice.cleaned_text


def test_it_reads_items_whose_bullets_were_dropped_and_unknown_competencies():
    notice = parse_file("jfc-brunssum-logistics.txt")
    assert notice.organisation == "Joint Force Command Brunssum"
    assert notice.deadline == dt.date(2026, 1, 31)
    assert len(notice.essential) == 4 and notice.essential[-1] == "be willing to deploy on operations"
    assert notice.desirable == ("experience with LOGFAS", "knowledge of Dutch")
    assert notice.degree.alternatives == ("equivalent_qualification",)
    assert (notice.languages.high, notice.languages.low) == ("IV", "II")
    assert rungs(notice) == [
        ("Initiative", 4),
        ("Flexibility", 4),
        ("Self-Control", 2),
        ("Strategic Agility", None),
    ]


def test_it_maps_the_older_fluency_phrasing_and_reads_a_us_date():
    notice = parse_file("ndc-faculty-adviser.txt")
    assert notice.organisation == "NATO Defense College"
    assert notice.deadline == dt.date(2026, 2, 2)  # "February 2, 2026"
    assert notice.degree.level == "master"  # "a university degree at master's level"
    assert notice.degree.fields == ("political science", "history", "security studies")
    assert notice.min_years_experience == 10
    assert (notice.languages.rule, notice.languages.high, notice.languages.low) == (
        "one_high_other_low",
        "V",
        "III",
    )
    assert notice.nationality_restricted is True
    assert notice.clearance == "NATO SECRET"


@pytest.mark.parametrize(
    ("items", "years"),
    [
        (["have at least 5 years’ experience in the field"], 5),
        (["have at least two years' experience in procurement"], 2),
        (["five years of relevant professional experience"], 5),
        (["Minimum eight years' experience in finance"], 8),
        (["at least three years experience"], 3),
        (["Minimum 3 years' experience in X, with 2 years in Y"], 3),
        (["6-month work experience"], 0),
        (["have at least 2 years’ of relevant experience"], 2),
        (["3-5 years of experience in logistics"], 3),
        (["hold a degree", "at least 4 years of experience", "2 years of experience in NATO"], 4),
        (["experience gained in the last 5 years"], None),
        (["hold a university degree"], None),
    ],
)
def test_it_takes_the_largest_overall_experience_figure(items, years):
    assert min_years([i.replace("’", "'") for i in items]) == years


@pytest.mark.parametrize(
    ("item", "level", "alternatives"),
    [
        ("hold a university degree or equivalent", "university", ("equivalent_qualification",)),
        ("have a good general education at least to higher secondary level", "secondary", ()),
        ("hold a Bachelor's degree in accounting", "bachelor", ()),
        (
            "hold a Master's degree, or a Bachelor's degree with two additional years of experience",
            "bachelor",
            (),
        ),
        ("a university degree, preferably at Master's level", "university", ()),
        ("hold a PhD in physics", "doctorate", ()),
        (
            "hold a university degree or have equivalent relevant professional experience",
            "university",
            ("equivalent_experience",),
        ),
        ("have attended a national military staff college", "none", ("military_staff_college",)),
    ],
)
def test_it_reads_degree_phrasings(item, level, alternatives):
    degree = parse_degree([item])
    assert (degree.level, degree.alternatives) == (level, alternatives)


@pytest.mark.parametrize(
    ("sentence", "rule", "high", "low", "requirements"),
    [
        ("IV in one; II in the other", "one_high_other_low", "IV", "II", []),
        ("V (Advanced) in one; I (Beginner) in the other", "one_high_other_low", "V", "I", []),
        ("English: V; French: III", "each", None, None, [("English", "V"), ("French", "III")]),
        (
            "a good knowledge of both official languages",
            "each",
            None,
            None,
            [("English", "IV"), ("French", "IV")],
        ),
        ("be fluent in English", "each", None, None, [("English", "V")]),
        ("possess Italian at level III", "none", None, None, [("Italian", "III")]),
        ("demonstrate excellent communication skills", "none", None, None, []),
    ],
)
def test_it_reads_language_rules(sentence, rule, high, low, requirements):
    languages = parse_languages([sentence])
    assert (languages.rule, languages.high, languages.low) == (rule, high, low)
    assert [(r.language, r.level) for r in languages.requirements] == requirements


@pytest.mark.parametrize(
    ("sentence", "slp"),
    [
        ("English SLP 3333", "3333"),
        ("Proficiency in English: 3-3-3-3 (STANAG 6001)", "3333"),
        ("STANAG 6001 level 3333 in English", "3333"),
        ("English STANAG 6001 SLP 3+3+3+3+", "3+3+3+3+"),
        ("STANAG 6001 level 3 in English", "3333"),
    ],
)
def test_it_reads_stanag_profiles(sentence, slp):
    languages = parse_languages([sentence])
    assert [(s.language, s.slp) for s in languages.stanag] == [("English", slp)]
    assert languages.rule == "none"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Deadline: 31-12-2025", dt.date(2025, 12, 31)),
        ("Closing date: 5 January 2026", dt.date(2026, 1, 5)),
        ("Application deadline: 2026-01-05", dt.date(2026, 1, 5)),
        ("January 5, 2026", dt.date(2026, 1, 5)),
        ("12/31/2025", dt.date(2025, 12, 31)),
    ],
)
def test_it_reads_dates(text, date):
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("grade_line", "grade"),
    [
        ("Grade: A.2 / NATO Grade G15", "A.2"),
        ("Grade: A-2/G-15", "A.2"),
        ("Grade: B-4/G-10", "B.4"),
        ("NATO Grade: G15-G17", "G15-G17"),
        ("Grade: A.2/A.3", "A.2/A.3"),
        ("NATO Grade: 24", "G24"),
    ],
)
def test_it_normalises_grades(grade_line, grade):
    notice = parse_notice(f"Budget Officer\n{grade_line}\n{BODY}")
    assert notice.grade == grade


BODY = """
The incumbent must:
- hold a university degree in finance;
- have at least 3 years' experience in budgeting;
- possess the following minimum levels of NATO's official languages (English/French): V in one; I in the other.
The following would be considered an advantage:
- knowledge of NATO common funding.
"""


def test_it_finds_the_essentials_when_every_heading_is_lost():
    notice = parse_notice("Budget Officer\n" + BODY)
    assert notice.essential == (
        "hold a university degree in finance",
        "have at least 3 years' experience in budgeting",
        "possess the following minimum levels of NATO's official languages (English/French): V in one; I in the other",
    )
    assert notice.desirable == ("knowledge of NATO common funding",)
    assert notice.grade is None and "grade" in notice.missing


def test_it_repairs_utf8_read_as_windows_1252():
    text = (
        "Budget Officer\nThe incumbent must:\n• have at least 3 years’ experience in NATO’s budget;\n" + BODY
    )
    notice = parse_notice(text.encode("utf-8").decode("cp1252"))
    assert notice.essential[0] == "have at least 3 years' experience in NATO's budget"


def test_it_reads_latin_1_text_once_decoded():
    text = (
        "Officier budgétaire (Budget Officer)\n"
        + BODY
        + "Serving staff: NATO Civilian Personnel Régulations.\n"
    )
    notice = parse_notice(text.encode("latin-1").decode("latin-1"))
    assert notice.title == "Budget Officer"  # the English name in brackets (issue 15, bilingual titles)
    assert "Officier budgétaire" in notice.cleaned_text
    assert "Régulations" in notice.cleaned_text


def test_it_reads_curly_quotes_and_a_clearance_abbreviation():
    notice = parse_notice("Budget Officer\nSecurity clearance: CTS\n" + BODY.replace("'", "’"))
    assert notice.clearance == "COSMIC TOP SECRET"
    assert notice.essential[1] == "have at least 3 years' experience in budgeting"


def test_it_reads_competencies_as_bullets_with_an_explicit_level():
    notice = parse_notice(
        "Budget Officer\n"
        + BODY
        + "COMPETENCIES\n* Analytical Thinking (level 4)\n* Initiative: Shows persistence\n"
        "* Teamwork: Encourages others\n"
    )
    assert rungs(notice) == [("Initiative", 1), ("Teamwork", 4)]
    notice = parse_notice("Budget Officer\n" + BODY + "COMPETENCIES\nAnalytical Thinking: level 4\n")
    assert rungs(notice) == [("Analytical Thinking", 4)]


@pytest.mark.parametrize(
    ("name", "text", "rung"),
    [
        ("Achievement", "Creates own measures of excellence and improves performance", 4),
        ("Teamwork", "Solicits inputs and encourages others", 4),
        ("Organisational Awareness", "Understands organizational climate and culture", 3),
        ("Initiative", "Decisive in a crisis", 3),
        ("Flexibility", "Adapts tactics", 3),
        ("Teamwork", "Cooperates", 1),
    ],
)
def test_it_matches_ladder_rungs(name, text, rung):
    assert rung_for(name, text) == rung


def test_it_reads_nationality_restrictions_in_other_words():
    for sentence in (
        "OPEN TO NATIONALS OF NATO MEMBER STATES ONLY",
        "Only nationals of the participating nations (Belgium, France, Germany) may apply.",
        "Applicants must be nationals of one of the NATO member states.",
    ):
        assert parse_notice(f"Budget Officer\n{sentence}\n{BODY}").nationality_restricted is True
    # A welcome restricts nothing (tests/vacancies/test_parsing_conditions.py); this body is a NATO post's,
    # which is open to nationals of member nations whatever its remarks say (domain.md 4b).


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "Pancakes\nIngredients:\n- 2 eggs\n- 250 g flour\n- 500 ml milk\nMethod:\nWhisk everything and fry in butter.",
        "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt",
        "Jane Doe\nCurriculum Vitae\nDate of birth: 1 May 1985\nEXPERIENCE\n2015-2020 Analyst, Ministry of "
        "Defence. I managed a team of five. I have a master's degree in economics.\nLANGUAGES\nEnglish (C1)",
    ],
)
def test_it_refuses_what_is_not_a_notice(text):
    with pytest.raises(NotANoticeError) as raised:
        parse_notice(text)
    assert "vacancy notice" in str(raised.value)
    assert isinstance(raised.value, ValueError)
