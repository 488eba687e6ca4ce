"""Requirements as a reader finds them in notices of the third graded set, each fixed for every way notices
phrase it: requirements written as prose paragraphs (no heading, no bullets), a two-column "required |
desired" table flattened into lines, an emoji list's "Must-haves", named Sponsoring Nations, and a Title Case
heading over a list. Pure: no database.
"""

import pytest

from vacancies.parsing import parse_notice
from vacancies.parsing.competencies import competencies_in_sentence
from vacancies.parsing.sections import advantage_clauses

HEADER = """Head, Policy Section
NATO International Staff · Brussels, Belgium
Apply before 12 July 2027

Job description

The Division leads the Alliance's work on resilience and supports the North Atlantic Council.
"""


def notice(body: str):
    return parse_notice(HEADER + "\n" + body)


# 1. Requirements in prose ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, level, years",
    [
        (
            "NATO is looking for a senior manager with a university degree from an institute of recognised "
            "standing, preferably in law or economics. Candidates should bring at least ten years of professional "
            "experience in security policy, of which at least four years in a managerial role.",
            "university",
            10,
        ),
        (
            "The Agency seeks an engineer who holds a master's degree in electrical engineering. The successful "
            "candidate will have at least 6 years of experience in radar maintenance.",
            "master",
            6,
        ),
        (
            "We are looking for an analyst with a bachelor's degree in statistics. You will bring a minimum of "
            "five years' experience in data analysis gained in a public administration.",
            "bachelor",
            5,
        ),
    ],
)
def test_it_reads_requirements_written_as_sentences(sentence, level, years):
    parsed = notice(sentence + "\n")
    assert parsed.degree.level == level
    assert parsed.min_years_experience == years
    assert len(parsed.essential) == 2
    assert not any(item.startswith(("NATO is", "The Agency", "We are")) for item in parsed.essential)


def test_it_reads_the_of_which_condition_of_a_sentence():
    parsed = notice(
        "Candidates should bring at least ten years of professional experience in security or defence policy, "
        "gained in a national administration or the armed forces, of which at least four years in a managerial "
        "role leading a team.\n"
    )
    assert [(c.years, c.context) for c in parsed.experience_conditions] == [
        (10, "security or defence policy"),
        (4, "a managerial role leading a team"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'NATO\'s official languages are English and French; the incumbent must have V ("Advanced") in one '
        'and I ("Beginner") in the other.',
        "The official languages are English and French; candidates must have V in one and II in the other.",
        "The working languages of the Agency are English and French; the post holder should have level V in "
        "one and level I in the other.",
    ],
)
def test_a_language_rule_inside_a_sentence_stays_one_requirement(sentence):
    parsed = notice(
        "Candidates must hold a university degree in political science and must have at least 5 years of "
        "experience in defence policy. " + sentence + "\n"
    )
    assert parsed.languages.rule == "one_high_other_low"
    rules = [item for item in parsed.essential if "in the other" in item]
    assert len(rules) == 1 and "English and French" in rules[0]
    assert not any(
        item.endswith(("the incumbent", "candidates", "the post holder")) for item in parsed.essential
    )


def test_two_clauses_joined_by_must_are_two_requirements():
    parsed = notice(
        "The incumbent must hold a university degree in law, and must have at least 5 years of experience "
        "in legal practice.\n"
    )
    assert parsed.essential == (
        "hold a university degree in law",
        "have at least 5 years of experience in legal practice",
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It would be an advantage to hold a master's degree or a doctorate, to have worked in NATO, to be "
            "familiar with EU-NATO cooperation, including the work of the Helsinki Centre, and to have a higher "
            "level of the second official language.",
            [
                "hold a master's degree or a doctorate",
                "have worked in NATO",
                "be familiar with EU-NATO cooperation, including the work of the Helsinki Centre",
                "have a higher level of the second official language",
            ],
        ),
        (
            "It is an asset to have experience of project management and to speak German.",
            ["have experience of project management", "speak German"],
        ),
        (
            "It would also be considered an advantage for the candidate to hold a PRINCE2 certificate.",
            ["hold a PRINCE2 certificate"],
        ),
    ],
)
def test_it_would_be_an_advantage_to_lists_the_wishes(sentence, expected):
    assert advantage_clauses(sentence) == expected
    parsed = notice(
        "Candidates must hold a university degree and must have at least 3 years of experience in policy "
        "work.\n\n" + sentence + "\n"
    )
    assert list(parsed.desirable) == expected


def test_sentences_that_state_no_requirement_are_no_items():
    parsed = notice(
        "Candidates must hold a university degree in economics. The Section works closely with the Operations "
        "Division and the International Military Staff on crisis response and resilience.\n\n"
        "The successful applicant will be offered a definite duration contract of three years.\n"
    )
    assert parsed.essential == ("hold a university degree in economics",)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Head of Section is expected to demonstrate the following competencies at the levels indicated: "
            "Achievement, setting challenging goals; Analytical Thinking, making complex plans or analyses; and "
            "Organisational Awareness, understanding underlying organisational issues.",
            [
                ("Achievement", "Sets challenging goals", 5),
                ("Analytical Thinking", "Makes complex plans or analyses", 4),
                ("Organisational Awareness", "Understands underlying organisational issues", 5),
            ],
        ),
        (
            "Required competencies: Leadership - communicating a compelling vision; Impact and Influence - using "
            "complex influence strategies.",
            [
                ("Leadership", "Communicates a compelling vision", 5),
                ("Impact and Influence", "Uses complex influence strategies", 6),
            ],
        ),
        (
            "The competencies sought are: Change Leadership (challenging the status quo); Achievement (improving "
            "performance).",
            [
                ("Change Leadership", "Challenges the status quo", 4),
                ("Achievement", "Improves performance", 4),
            ],
        ),
    ],
)
def test_competencies_listed_in_a_sentence(sentence, expected):
    assert [(c.name, c.level_text, c.rung) for c in competencies_in_sentence(sentence)] == expected
    parsed = notice("Candidates must hold a university degree in economics.\n\n" + sentence + "\n")
    assert [(c.name, c.rung) for c in parsed.competencies] == [(n, r) for n, _, r in expected]


# 2. A two-column "required | desired" table flattened into lines ------------------------------------------

TABLE = """QUALIFICATIONS
{headings}
Education
University degree in computer science or mathematics.
Master's degree in modelling and simulation.
Experience
At least 5 years' experience in the operation of simulation systems.
Experience as simulation lead for a NATO exercise.
Experience of HLA and DIS standards.
Language
English: SLP 3332 (Listening, Speaking, Reading, Writing) in accordance with STANAG 6001.
French: SLP 2222.
Nationality
National of a NATO member nation.

PERSONAL ATTRIBUTES
The incumbent works calmly under pressure.
"""


@pytest.mark.parametrize(
    "headings",
    [
        "Qualifications required\nQualifications desired",
        "Essential\nDesirable",
        "Required qualifications\nDesired qualifications",
        "Essential requirements | Desirable requirements",
        "Minimum requirements\tPreferred qualifications",
    ],
)
def test_a_flattened_two_column_table_is_read_row_by_row(headings):
    parsed = notice(TABLE.format(headings=headings))
    assert parsed.essential == (
        "University degree in computer science or mathematics",
        "At least 5 years' experience in the operation of simulation systems",
        "English: SLP 3332 (Listening, Speaking, Reading, Writing) in accordance with STANAG 6001",
        "National of a NATO member nation",
    )
    assert parsed.desirable == (
        "Master's degree in modelling and simulation",
        "Experience as simulation lead for a NATO exercise",
        "Experience of HLA and DIS standards",
        "French: SLP 2222",
    )
    assert parsed.degree.level == "university"
    assert parsed.min_years_experience == 5
    assert [(s.language, s.slp) for s in parsed.languages.stanag] == [("English", "3332")]


def test_an_ordinary_essential_then_desirable_list_is_no_table():
    parsed = notice(
        "Essential\n- a university degree in law;\n- 5 years of experience in legal practice.\n\n"
        "Desirable\n- knowledge of French.\n"
    )
    assert parsed.essential == ("a university degree in law", "5 years of experience in legal practice")
    assert parsed.desirable == ("knowledge of French",)


# 3. An emoji list: the degree level required when only its field is wished; named nations with flags -----

EMOJI = """Research Analyst – Undersea Infrastructure Protection
Centre of Excellence, Gdynia, Poland
🗓️ Apply by 30 June 2027

✅ Must-haves
{degree}
💼 3+ years of experience in maritime security
🗣️ Fluent English: STANAG 6001 SLP 3333
{nationality}
"""


@pytest.mark.parametrize(
    "line, level, fields",
    [
        (
            "🎓 Master's degree – ideally in engineering, maritime/ocean studies or security studies",
            "master",
            ("engineering", "maritime studies", "ocean studies", "security studies"),
        ),
        (
            "🎓 Master's degree (ideally in engineering or security studies)",
            "master",
            ("engineering", "security studies"),
        ),
        ("📚 Bachelor's degree, preferably in law or economics", "bachelor", ("law", "economics")),
        ("A university degree; ideally in political science", "university", ("political science",)),
        ("Master's degree: ideally in economics", "master", ("economics",)),
        ("🎓 MSc – ideally in data science", "master", ("data science",)),
    ],
)
def test_ideally_qualifies_only_the_field_of_a_required_degree(line, level, fields):
    parsed = parse_notice(EMOJI.format(degree=line, nationality=""))
    assert parsed.degree.level == level
    assert parsed.degree.fields == fields and not parsed.degree.fields_required
    assert len(parsed.essential) == 3  # the degree, the years, English
    assert parsed.desirable == ()


def test_a_wish_for_the_degree_itself_stays_desirable():
    parsed = parse_notice(EMOJI.format(degree="Ideally, a master's degree in economics", nationality=""))
    assert parsed.desirable == ("Ideally, a master's degree in economics",)


@pytest.mark.parametrize(
    "line, nations",
    [
        (
            "🛂 Citizenship of one of our Sponsoring Nations: 🇩🇰 Denmark, 🇪🇪 Estonia, 🇫🇮 Finland, 🇳🇴 Norway",
            ("Denmark", "Estonia", "Finland", "Norway"),
        ),
        ("Nationality of a participating nation (🇳🇴 Norway, 🇵🇱 Poland)", ("Norway", "Poland")),
        (
            "You are a citizen of one of the contributing nations: Spain, Italy or Greece",
            ("Spain", "Italy", "Greece"),
        ),
        (
            "Nationals of the nations taking part in the programme: Belgium, Denmark and Norway.",
            ("Belgium", "Denmark", "Norway"),
        ),
    ],
)
def test_named_nations_of_a_requirement_line(line, nations):
    text = EMOJI.format(degree="🎓 Master's degree in law", nationality=line)
    # A comment further down the page refers back to the list ("listed above"): the list still counts.
    text += "\nunfortunately only to nationals of our Sponsoring Nations listed above.\n"
    parsed = parse_notice(text)
    assert parsed.nationalities == nations
    assert parsed.nationality_restricted


# 4. A Title Case line over a list's items is the heading of a part -----------------------------------------


@pytest.mark.parametrize(
    "essential",
    [
        "Professional Experience\n- At least three years' experience in registry work.\n- Experience with a records "
        "management system.\nEducation/Training\n- Completed secondary education.\nLanguage\n- English - SLP 3222.",
        "Work Experience\n1. At least three years' experience in registry work.\n2. Experience with a records "
        "management system.\nEducation\n1. Completed secondary education.\nLanguages\n1. English - SLP 3222.",
        "Relevant experience\nAt least three years' experience in registry work.\nExperience with a records "
        "management system.\nEducation and training\nA completed secondary education.\nLanguage skills\n"
        "Proficiency in English - SLP 3222.",
    ],
)
def test_a_title_over_items_is_no_requirement(essential):
    parsed = notice(
        f"ESSENTIAL QUALIFICATIONS\n{essential}\n\nDESIRABLE QUALIFICATIONS\nKnowledge\n- Dutch.\n"
    )
    assert parsed.essential[:2] == (
        "At least three years' experience in registry work",
        "Experience with a records management system",
    )
    assert len(parsed.essential) == 4 and parsed.essential[3].endswith("English - SLP 3222")
    assert parsed.desirable == ("Dutch",)
    assert parsed.degree.level == "secondary" and parsed.min_years_experience == 3


def test_a_short_requirement_over_a_list_is_kept_when_no_item_follows():
    parsed = notice("Must have\n- Python and SQL\n- Docker\n\nDuties\n- Build data pipelines.\n")
    assert parsed.essential == ("Python and SQL", "Docker")


def test_a_body_seeking_to_do_something_states_no_requirement():
    parsed = notice(
        "Candidates must hold a university degree in economics. The Division seeks to strengthen its "
        "cooperation with partners and to share knowledge and experience with the European Union.\n"
    )
    assert parsed.essential == ("hold a university degree in economics",)
