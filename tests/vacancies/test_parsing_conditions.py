"""Issue 14's notice fields: named nations, required vs preferred fields of study, experience conditions.

The phrasings are written from the domain (how NATO bodies and programme agencies word their notices),
one parametrised case per way of saying it; no database needed.
"""

import pytest

from vacancies.parsing import parse_notice
from vacancies.parsing.degree import parse_degree
from vacancies.parsing.experience import experience_conditions
from vacancies.parsing.header.nationality import find_nationalities, find_nationality

BODY = """
The incumbent must:
- hold a university degree;
- have at least 3 years' experience in budgeting;
- possess the following minimum levels of NATO's official languages (English/French): V in one; I in the other.
"""


@pytest.mark.parametrize(
    "lines, nations",
    [
        (["Applications are accepted only from nationals of the programme's participating nations: Greece, "
          "Italy and Spain."], ("Greece", "Italy", "Spain")),
        (["This vacancy is open only to citizens of the nations taking part in the programme (Canada, Iceland,"
          " Türkiye)."], ("Canada", "Iceland", "Türkiye")),
        # The list wraps over the next line.
        (["Eligibility is restricted to nationals of the sponsoring nations: Czech Republic, Hungary,",
          "Slovakia and Slovenia. Applicants must be under 60."], ("Czechia", "Hungary", "Slovakia", "Slovenia")),
        # One nation per bullet after the sentence.
        (["Only nationals of the following participating countries may apply:", "• Romania", "• Bulgaria",
          "Duties"], ("Romania", "Bulgaria")),
        # Nations named directly; aliases become the English country names.
        (["The post is open to nationals of Turkey, Holland and the USA only."],
         ("Türkiye", "Netherlands", "United States")),
        # A group of any name before its list, in a newsletter's banner.
        (["*** This post is open only to nationals of the four NETMA nations: Germany, Italy, Spain and the "
          "United Kingdom. ***"], ("Germany", "Italy", "Spain", "United Kingdom")),
        (["Candidates must be citizens of one of the partner countries, namely Italy, Spain or the UK."],
         ("Italy", "Spain", "United Kingdom")),
        # A nation's name cut by the line's end.
        (["This post is open only to nationals of the MMF participating nations: Belgium, Czech",
          "Republic, Germany, the Netherlands and Norway."],
         ("Belgium", "Czechia", "Germany", "Netherlands", "Norway")),
        (["Open only to nationals of the participating nations: Denmark, United", "Kingdom and Norway."],
         ("Denmark", "United Kingdom", "Norway")),
        # Other phrasings: a field of its own, candidates from, demonyms before "nationals".
        (["Eligible nationalities: Belgium, France, Germany."], ("Belgium", "France", "Germany")),
        (["Only candidates from Germany, Italy, Spain and the United Kingdom will be considered."],
         ("Germany", "Italy", "Spain", "United Kingdom")),
        (["This post is restricted to German, Italian, Spanish and British nationals."],
         ("Germany", "Italy", "Spain", "United Kingdom")),
    ],
)  # fmt: skip
def test_it_reads_the_nations_a_notice_names(lines, nations):
    assert find_nationalities(lines)[0] == nations
    assert find_nationality(lines)[0] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Only nationals from NATO member states can apply.",
        "Only citizens from the 32 Allied nations may apply for this post.",
        "Candidates must be nationals of NATO member countries.",
        "Eligibility: citizens of NATO member nations.",
        "Applications can only be accepted from nationals of a NATO member country.",
        "Seuls les ressortissants des pays membres de l'OTAN peuvent postuler.",
    ],
)
def test_a_restriction_to_member_nations_is_restricted_and_names_no_nation(sentence):
    assert find_nationality([sentence])[0] is True
    assert find_nationalities([sentence])[0] == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Organisation is committed to diversity and welcomes applications from nationals of all member nations.",
        "The Agency is located in Capellen, Luxembourg, close to Belgium and France.",
        "We welcome applications from candidates from Belgium and other nations.",
        "The team works with German and Italian nationals seconded by their ministries.",
    ],
)
def test_a_welcome_or_a_place_restricts_nothing(sentence):
    assert find_nationality([sentence]) == (False, None)
    assert find_nationalities([sentence])[0] == ()


def test_a_nato_post_that_states_no_rule_is_open_to_member_nationals_only():
    # domain.md 4b: IS, IMS, ACO and ACT posts are for nationals of the member nations, stated or not.
    lines = ["Organisation: International Staff, Operations Division", "NATO welcomes applications from all."]
    assert find_nationality(lines) == (True, lines[0])
    assert find_nationality(["Organisation: Ministry of Finance", "Location: Oslo"]) == (False, None)
    assert find_nationalities(lines)[0] == ()


def test_the_json_carries_the_named_nations_and_the_restriction():
    text = "Budget Officer\nOpen only to nationals of the participating nations: Norway and Poland.\n" + BODY
    data = parse_notice(text).to_json()
    assert data["nationalities"] == ["Norway", "Poland"]
    assert data["nationality_restricted"] is True
    assert parse_notice("Budget Officer\n" + BODY).to_json()["nationalities"] == []


@pytest.mark.parametrize(
    "item, fields, required",
    [
        ("a university degree in mechanical engineering, physics or a closely related discipline",
         ("mechanical engineering", "physics"), True),
        ("hold a Master's degree in law or international relations", ("law", "international relations"), True),
        ("a university degree, preferably in statistics, economics or mathematics",
         ("statistics", "economics", "mathematics"), False),
        ("a university degree, ideally in public administration or human resources",
         ("public administration", "human resources"), False),
        ("a university degree (preferably in logistics or supply chain management)",
         ("logistics", "supply chain management"), False),
        ("a university degree in geography would be an advantage", ("geography",), False),
        ("a university degree at bachelor's level", (), False),
        # Markup removed without a space: the article runs into the word.
        ("possess auniversity degree in chemistry", ("chemistry",), True),
    ],
)  # fmt: skip
def test_it_tells_required_fields_of_study_from_preferred_ones(item, fields, required):
    degree = parse_degree([item])
    assert degree.fields == fields
    assert degree.fields_required is required
    assert degree.to_json()["fields_required"] is required


@pytest.mark.parametrize(
    "item, conditions",
    [
        ("have at least 8 years' experience in intelligence analysis, including 4 in a multinational staff",
         ((8, "intelligence analysis", ""), (4, "a multinational staff", ""))),
        ("at least five years' professional experience in procurement, with two years leading a team",
         ((5, "procurement", ""), (2, "leading a team", ""))),
        ("a minimum of 4 years of experience in human resources, gained in a public administration",
         ((4, "human resources", "a public administration"),)),
        ("at least 10 years' experience as an engineer, of which at least 3 years in a NATO body",
         ((10, "an engineer", ""), (3, "a NATO body", ""))),
        ("at least 3 years' experience in procurement, preferably in a defence agency", ((3, "procurement", ""),)),
        ("have 5 years' experience in policy analysis, acquired in a ministry of defence, and a sound knowledge "
         "of NATO", ((5, "policy analysis", "a ministry of defence"),)),
        ("professional experience in budget execution (minimum 3 years)", ((3, "budget execution", ""),)),
        ("at least six years of relevant professional experience", ((6, "", ""),)),
        ("18 months' experience in a deployed headquarters", ((1.5, "a deployed headquarters", ""),)),
        ("have experience in contract management", ()),
        ("have at least 2 years' experience in the last 5 years", ((2, "", ""),)),
    ],
)  # fmt: skip
def test_it_reads_every_experience_requirement_with_its_context(item, conditions):
    assert experience_conditions([item]) == conditions


def test_the_json_lists_the_experience_conditions_across_the_essentials():
    text = (
        "Logistics Officer\nThe incumbent must:\n- hold a university degree;\n"
        "- have at least 6 years' experience in logistics planning, including 2 in an operational headquarters;\n"
        "- have at least 3 years' experience in a multinational environment;\n"
        "- possess the following minimum levels of NATO's official languages (English/French): V in one; "
        "I in the other.\n"
    )
    data = parse_notice(text).to_json()
    assert data["min_years_experience"] == 6
    assert data["experience_conditions"] == [
        {"years": 6, "context": "logistics planning", "where": ""},
        {"years": 2, "context": "an operational headquarters", "where": ""},
        {"years": 3, "context": "a multinational environment", "where": ""},
    ]


def test_it_reads_the_numbered_items_under_a_headquarters_lettered_parts():
    text = (
        "Staff Officer (Plans)\nESSENTIAL QUALIFICATIONS\na. Professional/Experience:\n"
        "(1) At least 5 years' experience in exercise planning, including 2 in a NATO headquarters.\n"
        "(2) Experience in drafting exercise instructions.\nb. Education/Training:\n"
        "(1) University degree in international relations or military history.\n"
        "DESIRABLE QUALIFICATIONS\na. Professional Experience:\n(1) Experience of a deployed exercise staff.\n"
    )
    notice = parse_notice(text)
    assert notice.essential[0] == (
        "At least 5 years' experience in exercise planning, including 2 in a NATO headquarters"
    )
    assert notice.min_years_experience == 5
    assert notice.degree.fields == ("international relations", "military history")
    assert notice.desirable == ("Experience of a deployed exercise staff",)
