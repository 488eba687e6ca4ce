"""Requirement lines that were misread on the second labelled set's notices, each fixed for every way notices
phrase it: a STANAG 6001 level per skill, the official-language rule in words (and wrapped over two rows),
sub-headings and process lines inside a requirements list, a figure that stands in for the degree, and a
sentence that only qualifies the requirement before it. Pure: no database.
"""

import pytest

from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import Line
from vacancies.parsing.degree import parse_degree
from vacancies.parsing.experience import experience_conditions, min_years
from vacancies.parsing.languages import parse_languages
from vacancies.parsing.sections import is_process, list_sub_heading
from vacancies.parsing.tables import linearise_tables

HEADER = """Title: Staff Officer (Plans)
Organisation: Allied Joint Force Command Naples
Location: Lago Patria (Naples), Italy
Grade: A-2
Closing date: 14 July 2027

Summary
The Plans Branch prepares the Headquarters' operation plans.
"""


def notice(body: str):
    return parse_notice(HEADER + "\n" + body)


# 1. STANAG 6001 levels per skill ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, language, slp",
    [
        ("Language: English (STANAG 6001): Listening - Professional; Speaking - Professional; Reading - "
         "Professional; Writing - Functional.", "English", "3332"),
        ("English: Listening 3, Speaking 3, Reading 3, Writing 2", "English", "3332"),
        ("English L3 S3 R3 W2", "English", "3332"),
        ("English, L: 3, S: 3, R: 2, W: 2", "English", "3322"),
        ("English SLP 3-3-3-2", "English", "3332"),
        ("English: level 2 in all four skills", "English", "2222"),
        ("English at STANAG 6001 level 3 in all 4 language skills", "English", "3333"),
        ("French: Functional in all four skills", "French", "2222"),
        ("English: Professional (Level 3) in Listening and Speaking; Functional (Level 2) in Reading and "
         "Writing (STANAG 6001)", "English", "3322"),
        ("English: level 3 in listening and speaking, level 2 in reading and writing", "English", "3322"),
        ("English - Listening and Speaking: 3; Reading and Writing: 2", "English", "3322"),
        ("SLP 3 (Listening), 3 (Speaking), 2 (Reading), 2 (Writing) in English", "English", "3322"),
        ("French: Listening: General Professional; Speaking: Limited Working; Reading: Advanced Professional; "
         "Writing: Survival", "French", "3241"),
        ("English: Listening 3+, Speaking 3, Reading 3, Writing 2+", "English", "3+332+"),
        # Skills in another order are put in the SLP's order.
        ("English: Speaking 2, Listening 3, Writing 1, Reading 3", "English", "3231"),
        ("Language: English - 3332 (Listening, Speaking, Reading, Writing)", "English", "3332"),
    ],
)  # fmt: skip
def test_it_reads_a_stanag_profile_stated_per_skill(sentence, language, slp):
    languages = parse_languages([sentence])
    assert [(p.language, p.slp) for p in languages.stanag] == [(language, slp)]
    assert languages.rule == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "Excellent reading and writing skills in English",
        "Good listening skills; strong writing; reading of technical reports",
        "Expert in all skills of staff work",
    ],
)
def test_words_about_skills_are_no_stanag_profile(sentence):
    assert parse_languages([sentence]).stanag == ()


def test_a_per_skill_language_line_is_one_essential_item():
    parsed = notice(
        """ESSENTIAL QUALIFICATIONS/EXPERIENCE
1. A university degree in international relations.
2. Minimum 5 years' experience in operations planning.
3. Language: English (STANAG 6001): Listening - Professional; Speaking - Professional; Reading - Professional; Writing - Functional.
DESIRABLE QUALIFICATIONS/EXPERIENCE
1. French: Functional in all four skills.
"""
    )
    assert parsed.essential[-1] == (
        "Language: English (STANAG 6001): Listening - Professional; Speaking - Professional; "
        "Reading - Professional; Writing - Functional"
    )
    assert len(parsed.essential) == 3
    assert parsed.to_json()["languages"]["stanag"] == [{"language": "English", "slp": "3332"}]


def test_a_table_with_a_column_per_skill_gives_a_line_per_language():
    assert linearise_tables(
        ["| Language | Listening | Speaking | Reading | Writing |", "|---|---|---|---|---|",
         "| English | 3 | 3 | 3 | 2 |", "| French | 2 | 2 | 2 | 2 |"]
    ) == ["English: Listening 3, Speaking 3, Reading 3, Writing 2",
          "French: Listening 2, Speaking 2, Reading 2, Writing 2"]  # fmt: skip
    parsed = notice(
        """Essential
- At least 5 years' experience in operations planning.
- English language proficiency, STANAG 6001 profile as follows:
Language    Listening   Speaking   Reading   Writing
English     3           3          3         2
"""
    )
    assert [(p.language, p.slp) for p in parsed.languages.stanag] == [("English", "3332")]


# 2. The official-language rule in words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, high, low",
    [
        ("be proficient in one of NATO's official languages (English/French) at the Advanced level (V) and "
         "have at least the Beginner level (I) in the other", "V", "I"),
        ("V (Advanced) in one of NATO's official languages (English/French); II (Elementary) in the other",
         "V", "II"),
        ("proficiency in one of the two official languages at level V and in the other at level II", "V", "II"),
        ("Advanced (V) in one of the two official languages of the Alliance and at least Elementary (II) in "
         "the other", "V", "II"),
        ("a command of one of NATO's official languages at the Upper Intermediate level (IV), and the Beginner "
         "level (I) in the other", "IV", "I"),
        # The lower level first: the higher one is still the high one.
        ("at least the Elementary level (II) in one of the official languages and the Advanced level (V) in "
         "the other", "V", "II"),
        # The pair named as alternatives, then "the other language".
        ('You must have English or French at level V ("Advanced") and the other language at level I '
         '("Beginner") on NATO\'s scale.', "V", "I"),
        ("English or French at the Advanced level (V); the other one at the Elementary level (II)", "V", "II"),
    ],
)  # fmt: skip
def test_it_reads_the_one_high_other_low_rule_in_words(sentence, high, low):
    languages = parse_languages([sentence])
    assert (languages.rule, languages.high, languages.low) == ("one_high_other_low", high, low)
    assert languages.pair == ("English", "French")
    assert languages.requirements == ()


def test_a_level_in_one_language_alone_is_no_one_other_rule():
    assert parse_languages(["English: V (Advanced); French: II (Elementary)"]).rule == "each"


def test_the_rule_over_two_rows_of_a_text_table_is_one_requirement():
    parsed = notice(
        """Qualifications and experience

Criterion   | Requirement                                                        | Type
------------+--------------------------------------------------------------------+-----------
Education   | University degree in finance, accounting, economics or public      | Essential
            | administration                                                     |
Experience  | At least 8 years' experience in budgeting in the public sector or  | Essential
            | an international organisation, of which at least 2 at managerial   |
            | level                                                              |
Skills      | Experience with SAP or another ERP financial module                | Desirable
Languages   | V (Advanced) in one of NATO's official languages (English/French); | Essential
            | II (Elementary) in the other                                       |
"""
    )
    assert parsed.essential == (
        "Education: University degree in finance, accounting, economics or public administration",
        "Experience: At least 8 years' experience in budgeting in the public sector or an international "
        "organisation, of which at least 2 at managerial level",
        "Languages: V (Advanced) in one of NATO's official languages (English/French); II (Elementary) in the "
        "other",
    )
    assert parsed.desirable == ("Skills: Experience with SAP or another ERP financial module",)
    languages = parsed.languages
    assert (languages.rule, languages.high, languages.low) == ("one_high_other_low", "V", "II")
    assert languages.requirements == ()
    assert parsed.degree.fields[-1] == "public administration"
    assert [(c.years, c.context) for c in parsed.experience_conditions] == [
        (8, "budgeting in the public sector or an international organisation"),
        (2, "managerial level"),
    ]


def test_the_rule_wrapped_over_two_bullets_is_one_requirement():
    parsed = notice(
        """The incumbent must:
- hold a university degree in economics;
- V (Advanced) in one of NATO's official languages (English/French);
- II (Elementary) in the other.
"""
    )
    assert parsed.essential[-1] == (
        "V (Advanced) in one of NATO's official languages (English/French); II (Elementary) in the other"
    )
    assert (parsed.languages.high, parsed.languages.low) == ("V", "II")


def test_the_rule_wrapped_by_a_pdf_after_its_first_numeral_is_one_requirement():
    parsed = notice(
        """The incumbent must:
- hold a university degree in economics;
- possess the following minimum levels of NATO's official languages (English/French): V
("Advanced") in one; II ("Elementary") in the other;
- have proven leadership of multinational teams.
"""
    )
    assert parsed.essential[1] == (
        "possess the following minimum levels of NATO's official languages (English/French): V "
        '("Advanced") in one; II ("Elementary") in the other'
    )
    assert len(parsed.essential) == 3
    assert (parsed.languages.rule, parsed.languages.high, parsed.languages.low) == (
        "one_high_other_low",
        "V",
        "II",
    )


# 3. Sub-headings inside a requirements list ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sub_heading",
    ["Experience and skills:", "Technical knowledge:", "Professional experience:", "Personal qualities:",
     "2. Experience:", "Language:", "Languages:", "Education/Training:"],
)  # fmt: skip
def test_a_sub_heading_inside_the_requirements_is_no_requirement(sub_heading):
    parsed = notice(
        f"""Minimum qualifications
Education: A doctorate (PhD) in underwater acoustics or physics.
{sub_heading}
- at least three years of post-doctoral research experience in underwater acoustics;
- a record of publications in peer-reviewed journals;
- English: V (Advanced).
Desired qualifications
- experience with autonomous underwater vehicles.
"""
    )
    assert parsed.essential == (
        "Education: A doctorate (PhD) in underwater acoustics or physics",
        "at least three years of post-doctoral research experience in underwater acoustics",
        "a record of publications in peer-reviewed journals",
        "English: V (Advanced)",
    )
    assert parsed.desirable == ("experience with autonomous underwater vehicles",)


@pytest.mark.parametrize(
    "line",
    ["Knowledge of:", "Experience in at least two of the following areas:", "Experience in one of these:",
     "Have 5 years' experience in:", "in particular:"],
)  # fmt: skip
def test_a_line_that_opens_a_sentence_is_no_sub_heading(line):
    assert not list_sub_heading(Line(line))


# 4. Process lines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Applications are to be submitted using the NSPA e-recruitment tool. Applications submitted by e-mail "
        "will not be considered.",
        "Applications must be submitted through the NATO Talent Acquisition Platform.",
        "Applications received after the deadline will not be considered.",
        "Please apply via the online application form before the closing date.",
        "Only shortlisted candidates will be contacted.",
        "Shortlisted candidates will be invited to sit a written test.",
        "Successful applicants will be offered a definite duration contract of 3 years.",
        "A contract of three years will be offered, which may be renewed.",
    ],
)
def test_a_process_line_under_the_requirements_is_no_requirement(line):
    assert is_process(line)
    parsed = notice(
        f"""ESSENTIAL
The incumbent must:
- hold a university degree in logistics;
- have at least 4 years' experience in military logistics.
{line}
- be able to deploy on operations.

Eligibility
Only nationals from the 32 NATO member states can apply for vacancies at NSPA.
{line}
"""
    )
    assert parsed.essential == (
        "hold a university degree in logistics",
        "have at least 4 years' experience in military logistics",
        "be able to deploy on operations",
        "Only nationals from the 32 NATO member states can apply for vacancies at NSPA",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Experience in contract management and procurement",
        "Experience in managing the application portal of a large organisation",
        "Ability to submit accurate reports to tight deadlines",
        "apply the principles of risk management to logistic support",
        "complete the NATO Logistics Course within a year of appointment",
    ],
)
def test_requirements_about_contracts_or_applications_stay_requirements(line):
    assert not is_process(line)


def test_a_process_sentence_in_a_requirement_goes_and_the_requirement_stays():
    parsed = notice(
        """Essential
- A university degree in law. Applications without a copy of the diploma will not be considered.
- At least 5 years' experience in legal affairs.
"""
    )
    assert parsed.essential == ("A university degree in law", "At least 5 years' experience in legal affairs")


# 5. A figure that stands in for the degree ----------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "A university degree in information technology or a related discipline, or an additional 2 years of "
        "relevant experience in lieu of a degree",
        "A bachelor's degree; 4 additional years of relevant experience may replace the degree",
        "In the absence of a degree, at least 8 years of experience in finance",
        "Candidates without a university degree must have at least 10 years of relevant experience",
        "A degree in law, or 3 years of legal experience instead of a degree",
        "A university degree (or two years' experience in place of the degree)",
        "A degree in economics, or 6 years of experience as a substitute for the degree",
    ],
)
def test_a_figure_that_replaces_the_degree_is_no_experience_requirement(item):
    assert experience_conditions([item]) == ()
    assert min_years([item]) is None
    assert "equivalent_experience" in parse_degree([item]).alternatives


@pytest.mark.parametrize(
    "item, conditions",
    [
        ("Minimum 5 years' experience in IT, or 8 years' experience in lieu of a degree", ((5, "IT", ""),)),
        ("A degree or 4 years of experience instead of a degree, plus 3 years of experience in networks",
         ((3, "networks", ""),)),
        ("A degree (or 2 years in lieu of a degree) and 5 years of experience in budgeting",
         ((5, "budgeting", ""),)),
    ],
)  # fmt: skip
def test_the_real_figures_beside_a_degree_substitute_stay(item, conditions):
    assert experience_conditions([item]) == conditions
    assert min_years([item]) == conditions[0][0]


def test_the_notice_json_keeps_the_substitute_out_of_the_experience():
    parsed = notice(
        """Essential
- A university degree in information technology, computer science or a related discipline, or an additional 2 years of relevant experience in lieu of a degree.
- Minimum 5 years' experience in IT service management, of which at least 2 years at managerial level.
"""
    ).to_json()
    assert parsed["min_years_experience"] == 5
    assert parsed["experience_conditions"] == [
        {"years": 5, "context": "IT service management", "where": ""},
        {"years": 2, "context": "managerial level", "where": ""},
    ]
    assert parsed["degree"]["alternatives"] == ["equivalent_experience"]


def test_what_stands_in_for_the_degree_does_not_lower_its_level():
    degree = parse_degree(
        ["A university degree in information technology. Candidates without a degree may be considered with a "
         "higher secondary education and an additional 4 years of experience in lieu of a degree"]
    )  # fmt: skip
    assert (degree.level, degree.alternatives) == ("university", ("equivalent_experience",))


# 6. A sentence that only qualifies the requirement before it ---------------------------------------------


@pytest.mark.parametrize(
    "qualifier",
    [
        "Graduates of a national staff college are considered to meet this requirement.",
        "Completion of a national military staff college is accepted as equivalent.",
        "A national staff college course may be regarded as meeting this criterion.",
        "Relevant experience may replace the degree.",
    ],
)
def test_a_qualifying_sentence_belongs_to_the_degree_line(qualifier):
    for body in (
        "1. A university degree at bachelor level or above, ideally in the social or political sciences. "
        f"{qualifier}\n",
        "- A university degree at bachelor level or above, ideally in the social or political sciences.\n"
        f"- {qualifier}\n",
    ):
        parsed = notice(
            f"ESSENTIAL QUALIFICATIONS\n{body}2. Minimum 5 years' experience in operations planning.\n"
            "DESIRABLE QUALIFICATIONS\n1. A master's degree in international relations.\n"
        )
        assert parsed.essential[0] == (
            "A university degree at bachelor level or above, ideally in the social or political sciences. "
            + qualifier.rstrip(".")
        )
        assert len(parsed.essential) == 2
        assert parsed.desirable == ("A master's degree in international relations",)
        assert parsed.degree.level == "bachelor"
        assert parsed.degree.fields == ("social sciences", "political sciences")
        assert parsed.degree.fields_required is False


@pytest.mark.parametrize(
    "item, desirable",
    [
        ("A university degree, ideally in economics", False),
        ("Experience in budgeting, ideally with a NATO body", False),
        ("Ideally, the candidate will have a master's degree", True),
        ("The incumbent would ideally have experience of NATO", True),
    ],
)
def test_ideally_makes_a_wish_only_of_the_whole_sentence(item, desirable):
    parsed = notice(f"Essential\n- At least 5 years' experience in operations planning.\n- {item}.\n")
    assert (item in parsed.desirable) is desirable
    assert (item in parsed.essential) is not desirable


@pytest.mark.parametrize(
    "item, where_spent",
    [
        (
            "Minimum six years' experience in military engineering, of which at least three years in a NATO "
            "headquarters, and including the supervision of contractors.",
            "a NATO headquarters",
        ),
        (
            "At least 4 years in financial control, of which 2 in a ministry, as well as experience of IPSAS.",
            "a ministry",
        ),
    ],
)
def test_a_further_requirement_without_a_figure_is_not_where_the_years_were_spent(item, where_spent):
    """ "... of which two years in a NATO headquarters, and including the leadership of a team": the team is
    asked beside the two years, not a part of the place where they were spent (a national headquarters
    whose post led a team does not meet the place)."""
    assert experience_conditions([item])[1][1:] == (where_spent, "")


def test_a_figure_after_including_is_still_its_own_condition():
    conditions = experience_conditions(
        ["At least 8 years' experience in logistics, including at least 2 years leading a team"]
    )
    assert conditions == ((8, "logistics", ""), (2, "leading a team", ""))
