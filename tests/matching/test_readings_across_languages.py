"""Essentials read in the words applicants use, whatever their language (issue 14, eighth session): a
degree's field named in another European language, a team led under a national title, one item of a list of
phrases, tools asked for together. Pure, no database; each case failed before its rule."""

from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from reference.disciplines import cognate_field, families_of

AS_OF = date(2026, 12, 1)


def notice(*essential: str, fields=(), required=True, years=3, conditions=()) -> dict:
    return {
        "title": "Officer",
        "degree": {
            "level": "master",
            "fields": list(fields),
            "fields_required": required,
            "alternatives": [],
        },
        "min_years_experience": years,
        "experience_conditions": list(conditions),
        "languages": {"rule": "none", "requirements": [], "stanag": [], "raw": [], "pair": []},
        "nationality_restricted": True,
        "essential": list(essential),
        "desirable": [],
        "accountabilities": ["Deliver the branch's analyses"],
    }


def person(*experience: dict, field: str = "Statistics") -> dict:
    return {
        "id": "p", "name": "P", "nationality": "Norway",
        "education": [{"level": "master", "field": field, "institution": "A university"}],
        "experience": list(experience)
        or [{"title": "Analyst", "organisation": "A bureau", "start": "2010-01", "end": None, "description": ""}],
        "languages": [{"language": "English", "level": "V"}],
    }  # fmt: skip


def post(title: str, description: str = "", start: str = "2015-01", end: str | None = None) -> dict:
    return {
        "title": title,
        "organisation": "Statistics Norway",
        "start": start,
        "end": end,
        "description": description,
    }


def outcome(vacancy: dict, candidate: dict):
    return score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)


def status_of(vacancy: dict, candidate: dict, line: str) -> str:
    return next(e.status for e in outcome(vacancy, candidate).essentials if e.text == line)


# A degree's field in another language


@pytest.mark.parametrize(
    "field",
    ["Magister meteorologii", "Diplom-Meteorologe", "Master i meteorologi", "Licenciatura em Meteorologia",
     "Meteorologie a klimatologie"],
)  # fmt: skip
def test_a_field_named_in_another_language_meets_the_field_asked(field):
    vacancy = notice(fields=["meteorology", "atmospheric science"])
    result = outcome(vacancy, person(field=field))
    assert result.eligible is True, result.to_assess


def test_a_field_in_greek_letters_is_read_too():
    assert cognate_field("Πτυχίο Φυσικής", "physics")
    assert outcome(notice(fields=["physics"]), person(field="Πτυχίο Φυσικής")).eligible is True


def test_words_that_only_start_alike_are_not_one_field():
    assert not cognate_field("Internal audit", "international law")
    assert not cognate_field("Laws", "law")
    result = outcome(notice(fields=["international relations"]), person(field="Internal audit"))
    assert result.eligible is False


def test_a_field_of_the_same_family_in_another_language_is_assessed():
    # Physics beside mathematics and computer science: plausibly related, whatever language names it.
    assert families_of("Laurea magistrale in Fisica") == families_of("Physics")
    vacancy = notice(fields=["computer science", "statistics", "mathematics"])
    assert outcome(vacancy, person(field="Laurea magistrale in Fisica")).eligible is None


def test_a_field_is_of_its_disciplines_family_not_of_a_word_it_shares():
    # "Information security" is computing: a law degree is not related to it by the word "security".
    vacancy = notice(fields=["computer science", "information security"])
    assert outcome(vacancy, person(field="Laurea magistrale in Giurisprudenza")).eligible is False


# A team led, under the titles member nations use

LEADING = "At least 8 years' experience in analysis, including at least 3 years leading a team"
LED = notice(
    LEADING,
    years=8,
    conditions=[{"years": 8, "context": "analysis"}, {"years": 3, "context": "leading a team"}],
)


@pytest.mark.parametrize(
    "title, description",
    [("Principal Data Scientist, Group Lead", "Models in production."),
     ("Senior analyst", "Leads a group of eight analysts."),
     ("Responsable d'équipe IA", "Analyse des données."),
     ("Prosjektleder og sjefforsker", "Leder et team på 8; analyse."),
     ("Enhetschef, metodenheten", "Leder 11 metodstatistiker; analys."),
     ("Kierownik zespołu analiz", "Analizy statystyczne.")],
)  # fmt: skip
def test_a_team_led_is_read_in_the_titles_and_words_of_member_nations(title, description):
    candidate = person(
        post("Analyst", "Analysis of surveys.", "2010-01", "2014-12"), post(title, description)
    )
    assert not [r for r in outcome(LED, candidate).to_assess if r.criterion == "experience"]


def test_a_post_without_people_led_leaves_the_condition_to_a_person():
    candidate = person(
        post("Analyst", "Analysis of surveys.", "2010-01", "2014-12"), post("Senior analyst", "Analysis.")
    )
    assert outcome(LED, candidate).eligible is None


# One item of a list of phrases shows what the line asks

LIST_LINE = "At least 5 years' experience in offshore energy, subsea cables or port operations"
LISTED = notice(LIST_LINE, years=5, conditions=[{"years": 5, "context": "offshore energy, subsea cables or port operations"}])  # fmt: skip


def test_one_item_of_a_list_of_phrases_shows_the_experience_line():
    for description in (
        "Inspection of offshore energy platforms.",
        "Repairs of subsea cables in the Baltic.",
    ):
        candidate = person(post("Engineer", description))
        assert status_of(LISTED, candidate, LIST_LINE) == MET, description
    assert status_of(LISTED, person(post("Engineer", "Energy audits of offices.")), LIST_LINE) == TO_ASSESS


def test_a_list_of_single_words_qualifying_a_phrase_is_not_a_list_of_alternatives():
    line = (
        "Experience in designing structured interviews and surveys in an operational or exercise environment"
    )
    vacancy = notice(line)
    candidate = person(post("Analyst", "Analysis of operational databases and exercise reports."))
    assert status_of(vacancy, candidate, line) == TO_ASSESS


# Tools asked for together

TOOLS = "Advanced, production-grade programming in Python and SQL"


def test_tools_asked_together_are_shown_together_and_the_line_is_read_from_the_profile():
    vacancy = notice(TOOLS)
    sql_only = person(post("Statistician", "Surveys in R, SAS and SQL."))
    both = person(post("Data engineer", "Pipelines in Python and SQL."))
    assert status_of(vacancy, sql_only, TOOLS) == TO_ASSESS
    assert status_of(vacancy, both, TOOLS) == MET


def test_a_line_about_readiness_stays_for_the_interview_whatever_it_names():
    line = "Willingness to deploy to Afghanistan and Iraq"
    result = outcome(notice(line), person())
    assert next(e for e in result.essentials if e.text == line).checkable is False


# A staff post, under the names of member nations' staffs

STAFF_LINE = "At least 5 years' experience in CBRN defence, of which at least 2 years in a staff post"
STAFF = notice(
    STAFF_LINE,
    years=5,
    conditions=[{"years": 5, "context": "CBRN defence"}, {"years": 2, "context": "a staff post"}],
)


@pytest.mark.parametrize(
    "title, organisation",
    [("Stabsoffizier ABC-Abwehr (G3)", "Kommando Heer"),
     ("Náčelník oddělení ochrany proti ZHN", "Velitelství pozemních sil"),
     ("Capo Sezione CBRN", "Comando Operativo di Vertice Interforze"),
     ("Officier d'état-major NRBC", "Brigade de renseignement"),
     ("SO2 CBRN", "Allied Rapid Reaction Corps")],
)  # fmt: skip
def test_a_staff_post_is_read_in_the_names_of_member_nations_staffs(title, organisation):
    platoon = {"title": "CBRN platoon leader", "organisation": "CBRN battalion", "start": "2010-01", "end": "2014-12",
               "description": "CBRN reconnaissance and decontamination."}  # fmt: skip
    staff = {"title": title, "organisation": organisation, "start": "2015-01", "end": None,
             "description": "CBRN defence plans."}  # fmt: skip
    assert not [r for r in outcome(STAFF, person(platoon, staff)).to_assess if r.criterion == "experience"]


def test_a_post_in_a_unit_is_no_staff_post():
    platoon = {"title": "CBRN company commander", "organisation": "CBRN battalion", "start": "2010-01", "end": None,
               "description": "CBRN reconnaissance and decontamination."}  # fmt: skip
    assert outcome(STAFF, person(platoon)).eligible is None


# Words of the international vocabulary, as member nations' CVs write them (ninth session).


def shown(index_text: str, written: str) -> set[str]:
    """The notice's terms (of ``index_text``) that a profile's words match."""
    from matching.text import TermIndex, terms

    index = TermIndex([index_text])
    mask = index.mask_of(terms(written))
    return {index.term(bit) for bit in range(len(index)) if mask >> bit & 1}


@pytest.mark.parametrize(
    "written, expected",
    [
        ("Vidaus auditai pagal IIA standartus", {"audit", "standard", "iia"}),  # Lithuanian
        ("Audits de processus RH selon le référentiel", {"audit", "process"}),  # French
        ("Auditoría interna de procesos", {"process"}),  # Spanish
    ],
)
def test_a_word_of_another_language_is_the_notice_word_it_begins_with(written, expected):
    assert expected <= shown("Internal audit of processes against the IIA standards", written)


def test_a_word_that_begins_alike_but_goes_on_otherwise_is_another_word():
    # German "Standortleiter" (site manager) shares "stand" with "standard", not most of it.
    assert shown("Internal audit against the IIA standards", "Standortleiter") == set()


def test_english_words_keep_their_own_meanings():
    # "internal" begins with most of "international" but is an English word of its own.
    assert "international" not in shown("experience in an international organisation", "internal controls")
