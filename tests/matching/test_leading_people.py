"""Leading people, as notices ask for it ("with 2 years leading a team", "at managerial level", "of which 2 in
a supervisory role") and as posts show it in any member nation's words ("leads five staff", "Referatsleiter",
"chef de bureau", "náčelník"): the concept ``~leadership`` (issue 14, point 3: conditions attached to
experience). It is a role, how senior a post is, not what it is about: it weighs nothing in how relevant a
profile is to the duties. Pure, no database."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from reference.concepts import asked_concepts, concept_tags

AS_OF = date(2026, 6, 1)
LINE = "At least 6 years' experience in budgeting or financial management, with 2 years leading a team"


def notice(line: str = LINE, **changes) -> dict:
    vacancy = {
        "title": "Budget Officer",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 6,
        "experience_conditions": [
            {"years": 6, "context": "budgeting or financial management"},
            {"years": 2, "context": "leading a team"},
        ],
        "essential": [line],
        "accountabilities": ["Prepare the annual budget and report on its execution to the Head of Section"],
    }
    vacancy.update(changes)
    return vacancy


def person(*posts: tuple[str, str, str, str | None, str]) -> dict:
    return {
        "id": "p", "name": "P", "nationality": "Belgium",
        "education": [{"level": "master", "field": "Economics"}],
        "experience": [
            {"title": t, "organisation": o, "start": s, "end": e, "description": d} for t, o, s, e, d in posts
        ],
    }  # fmt: skip


def status(vacancy: dict, candidate: dict) -> str:
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == vacancy["essential"][0])


BUDGET = ("Budget officer", "Ministry of Finance", "2012-01", "2019-12", "Budget preparation and execution.")


def test_a_post_that_leads_people_meets_the_years_leading_a_team_in_any_words():
    for lead in (
        (
            "Head of budget section",
            "Belgian Defence",
            "2020-01",
            None,
            "Leads five staff; the defence budget.",
        ),
        ("Referatsleiter Haushalt", "Bundesministerium der Verteidigung", "2020-01", None, "Defence budget."),
        ("Chef de bureau", "Ministère des Armées", "2020-01", None, "Préparation du budget des armées."),
        ("Náčelník finančního oddělení", "Ministerstvo obrany", "2020-01", None, "Defence budget planning."),
        ("Budget team leader", "NATO Support and Procurement Agency", "2020-01", None, "Annual budgets."),
    ):
        assert status(notice(), person(BUDGET, lead)) == MET, lead[0]


def test_posts_that_lead_no_one_leave_the_years_leading_a_team_to_be_assessed():
    analyst = ("Senior budget analyst", "Belgian Defence", "2020-01", None, "Analyses the defence budget.")
    assert status(notice(), person(BUDGET, analyst)) == TO_ASSESS


def test_leading_for_less_than_the_years_asked_is_not_enough():
    short = ("Head of budget section", "Belgian Defence", "2025-09", None, "Leads five staff.")
    assert status(notice(), person(BUDGET, short)) != MET


def test_a_managerial_level_is_asked_in_the_words_notices_use():
    for words in ("managerial level", "a supervisory role", "leading a team or a section", "line management"):
        assert "~leadership" in {tag for tag, _ in asked_concepts(words)}, words
    assert "~leadership" not in concept_tags("budget analyst, ministry of finance")


def test_leading_people_earns_nothing_in_relevance_to_the_duties():
    # The duties name the Head of Section; a candidate who is one is not more relevant to them for it.
    vacancy = prepare_vacancy(notice())
    worker = ("Budget officer", "Belgian Defence", "2020-01", None, "Prepares the annual budget.")
    head = ("Head of Section", "Belgian Defence", "2020-01", None, "Prepares the annual budget.")
    points = [
        score(vacancy, profile_from_import_json(person(BUDGET, post)), AS_OF).breakdown["relevance"].points
        for post in (worker, head)
    ]
    assert points[0] == points[1]
