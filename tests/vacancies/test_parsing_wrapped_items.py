"""List items that a PDF wrapped over lines: an indented wrapped end after an item cut at "or", "and" or a
comma belongs to that item, a word hyphenated across the break is made whole, and examples of the
qualification itself ("secondary education (e.g. Abitur)") are no field of study. Pure: no database.
"""

import pytest

from vacancies.parsing import parse_notice
from vacancies.parsing.degree import degree_fields, fields_required
from vacancies.parsing.sections import join_wrapped

HEADER = """Supply Assistant
NATO Support and Procurement Agency
Location: Capellen, Luxembourg
Grade: B-5

ESSENTIAL

The candidate must:
"""


def essentials(body: str) -> list[str]:
    return list(parse_notice(HEADER + body).essential)


def test_an_indented_wrapped_end_after_or_belongs_to_its_item():
    found = essentials(
        "a) have completed higher secondary education or\n"
        "   equivalent;\n"
        "b) have a minimum of five (5) years of experience in the supply of aircraft spare parts;\n"
    )
    assert found[0] == "have completed higher secondary education or equivalent"
    assert len(found) == 2


def test_an_indented_wrapped_end_after_a_comma_belongs_to_its_item_whatever_its_case():
    found = essentials(
        "a) have working experience of a stock-control system (e.g. SAP MM,\n"
        "   AMOS, or a comparable system);\n"
        "b) hold a secondary school diploma;\n"
    )
    assert (
        found[0]
        == "have working experience of a stock-control system (e.g. SAP MM, AMOS, or a comparable system)"
    )


def test_indented_items_after_a_finished_item_stay_items():
    found = essentials(
        "   have completed higher secondary education;\n   have five years of experience in supply;\n"
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    "first, rest, joined",
    [
        ("materiel manage-", "ment of parts", "materiel management of parts"),
        ("organi-", "sation", "organisation"),
        ("decision-", "making process", "decision-making process"),
        ("a degree", "in law", "a degree in law"),
    ],
)
def test_a_word_hyphenated_across_the_break_is_made_whole(first, rest, joined):
    assert join_wrapped(first, rest) == joined


@pytest.mark.parametrize(
    "text",
    [
        "have completed higher secondary education (e.g. baccalauréat, Abitur, érettségi) or equivalent",
        "a secondary school diploma (such as the Abitur or the Matura)",
        "hold a professional qualification, e.g. CIPS Level 4",
    ],
)
def test_examples_of_the_qualification_are_no_field(text):
    assert degree_fields(text) == ()
    assert not fields_required(text)


def test_examples_of_the_field_stay_fields():
    assert degree_fields("a university degree in a technical discipline such as engineering or physics") == (
        "engineering",
        "physics",
    )
