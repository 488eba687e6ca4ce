"""A candidate's own words for the work read as the English words of the notice (`reference.work_words`,
through `matching.text.TermIndex`): "vyjednávání" is negotiation, "Haushaltsplanung" budget planning,
"tilintarkastus" audit. An English word keeps its English meaning, and a word of another language that the
glossary does not know stays unread. Pure, no database (issue 14, point 4)."""

from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from matching.text import TermIndex, terms
from reference.work_words import english_words

AS_OF = date(2026, 6, 1)


def matched_words(item: str, text: str) -> set[str]:
    """The item's words (not the tags of reference.concepts, read otherwise) that the text's words match."""
    index = TermIndex([item])
    mask = index.mask_of(terms(text))
    return {
        index.term(bit)
        for bit in range(len(index))
        if mask >> bit & 1 and not index.term(bit).startswith("~")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vyjednávání a příprava smluv", {"negoti", "contract"}),  # Czech
        ("Sopimusneuvottelut ja hankinnat", {"negoti", "contract", "procure"}),  # Finnish compound
        ("Przetargi i zamówienia publiczne", {"procure"}),  # Polish
        ("Ihale süreçlerinin yönetimi ve sözleşmeler", {"procure", "contract"}),  # Turkish
    ],
)
def test_contract_work_in_other_languages_meets_the_notices_words(text, expected):
    found = matched_words("Negotiation of contracts and procurement procedures", text)
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        "Haushaltsplanung und Mittelbewirtschaftung",  # German compound: budget + planning
        "Planificarea și execuția bugetului",  # Romanian
        "Προϋπολογισμός και σχεδιασμός",  # Greek
        "Eelarve planeerimine",  # Estonian
    ],
)
def test_budget_planning_in_other_languages(text):
    assert matched_words("budget planning", text) == {"budget", "plann"}


def test_compounds_are_read_as_a_chain_of_stems():
    assert {"access", "control"} <= english_words("adgangskontrol") | english_words("zutrittskontrolle")
    assert {"contract", "management"} <= english_words("contractbeheer")
    assert english_words("tilintarkastus") >= {"audit"}


def test_an_english_word_keeps_its_english_meaning():
    # "personal" and "chef" are words of other languages too (German staff, French head); in English they mean
    # what they say, so the glossary is not asked about them.
    assert matched_words("management of personnel", "personal assistant") == set()
    assert matched_words("supervise the team", "Chef, banqueting kitchen") == set()
    # An English synonym is not a word of another language: "purchasing" stays apart from "tender".
    assert matched_words("tender procedures", "purchasing") == set()


def test_false_friends_and_unknown_words_stay_unread():
    # Italian "vero" (true), Swedish "vara" (to be), French "vide" (empty) are not "tax", "asset", "environment".
    assert english_words("vero") == english_words("vara") == english_words("vide") == frozenset()
    # A short stem does not begin an unrelated long word: Spanish "planta" is no plan.
    assert english_words("planta") == frozenset()
    assert matched_words("Management of the fuel depot", "Zahradnictví a botanika") == set()


LINE = "Experience in negotiating and drafting international contracts"


def status(title: str, description: str, nationality: str) -> str:
    vacancy = {
        "title": "Contracting Officer",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 5,
        "essential": [LINE],
        "accountabilities": ["Negotiate and draft the agency's contracts with industry"],
    }
    candidate = {
        "id": "p", "name": "P", "nationality": nationality,
        "education": [{"level": "master", "field": "Law"}],
        "experience": [{"title": title, "organisation": "Ministry of Defence", "start": "2012-01", "end": None,
                        "description": description}],
    }  # fmt: skip
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == LINE)


def test_an_essential_line_is_met_by_the_work_described_in_another_language():
    assert (
        status("Kontraktsjef", "Forhandling og utarbeidelse av internasjonale kontrakter.", "Norway") == MET
    )
    assert status("Referent", "Negocjowanie i sporządzanie międzynarodowych umów.", "Poland") == MET
    assert status("Jurista", "Negociação e redação de contratos internacionais.", "Portugal") == MET


def test_work_of_another_kind_in_another_language_does_not_meet_it():
    assert status("Kok", "Bereiding van maaltijden voor de kazerne.", "Netherlands") == TO_ASSESS


def condition_status(title: str, description: str) -> str:
    line = "At least 6 years' experience in finance, of which at least 2 years in procurement or contracting"
    vacancy = {
        "title": "Finance Officer",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 6,
        "experience_conditions": [
            {"years": 6, "context": "finance"},
            {"years": 2, "context": "procurement or contracting"},
        ],
        "essential": [line],
        "accountabilities": ["Manage the budget of the agency"],
    }
    candidate = {
        "id": "p", "name": "P", "nationality": "Belgium",
        "education": [{"level": "master", "field": "Economics"}],
        "experience": [{"title": title, "organisation": "Ministerie van Defensie", "start": "2012-01", "end": None,
                        "description": description}],
    }  # fmt: skip
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == line)


def test_an_experience_condition_is_met_by_an_entry_in_another_language():
    # The condition's months count only the entries on procurement: read in the entry's own words.
    assert (
        condition_status("Financieel adviseur", "Aanbestedingen en contractbeheer, financiële controle.")
        == MET
    )
    assert condition_status("Financieel adviseur", "Loonadministratie en financiële rapportage.") != MET
