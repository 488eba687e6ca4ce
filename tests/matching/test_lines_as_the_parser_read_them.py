"""Each essential line is the criterion the parser read from it, in French as in English (issue 14, point 4:
every essential accounted for). The parser's ``sources`` name the line that states the degree, the years
and the languages; the engine places that line there even when its own English words would not ("English:
Listening 3, Speaking 3 ...", "justifier d'au moins six années d'expérience ..."). French words are whole
terms, accents dropped on both sides. Pure: the notice goes through the parser as `rank` reads it."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.essentials import MET, NOT_MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from matching.text import terms
from vacancies.parsing import parse_notice

AS_OF = date(2026, 6, 1)

FRENCH_NOTICE = """AVIS DE VACANCE
Conseiller/Conseillère en résilience civile
Division Opérations, Siège de l'OTAN
Lieu d'affectation : Bruxelles (Belgique)
Grade : A.3
Date de clôture : 15 janvier 2027

QUALIFICATIONS ET EXPÉRIENCE
ESSENTIELLES
Le/la titulaire doit :
- être titulaire d'un diplôme universitaire, de préférence en gestion des crises ou en sciences politiques ;
- justifier d'au moins six années d'expérience dans la planification civile d'urgence, dont au moins deux \
années dans un contexte militaire, de défense ou de sécurité ;
- avoir l'expérience de la conduite d'exercices de gestion de crise ;
- posséder au minimum les niveaux suivants dans les langues officielles de l'OTAN (anglais/français) : V \
(« Avancé ») dans l'une ; II (« Élémentaire ») dans l'autre ;
- être disposé(e) à se rendre en mission dans les pays membres.

SOUHAITABLES
- une expérience au sein d'une organisation internationale.
"""

ENGLISH_NOTICE = """VACANCY NOTICE
Medical Plans Officer
Allied Joint Force Command Brunssum
Location: Brunssum, The Netherlands
Grade: A-3

ESSENTIAL QUALIFICATIONS
- A university degree in medicine, nursing or public health
- At least five years' experience in medical planning
- English (essential): Listening 3, Speaking 3, Reading 3, Writing 2
"""


def parsed(text: str) -> dict:
    return parse_notice(text).to_json()


def lines_of(vacancy: dict) -> dict[str, tuple[str | None, bool]]:
    return {
        line.text[:30]: (line.criterion, line.checkable) for line in prepare_vacancy(vacancy).essential_lines
    }


def person(*experience: dict, **changes) -> dict:
    candidate = {
        "id": "p", "name": "P", "nationality": "France",
        "education": [{"level": "master", "field": "Sciences politiques", "institution": "Sciences Po"}],
        "experience": list(experience),
        "languages": [{"language": "French", "level": "VI"}, {"language": "English", "level": "IV"}],
    }  # fmt: skip
    candidate.update(changes)
    return candidate


def post(title: str, organisation: str, start: str, end: str | None, description: str) -> dict:
    return {
        "title": title,
        "organisation": organisation,
        "start": start,
        "end": end,
        "description": description,
    }


def statuses(vacancy: dict, candidate: dict) -> dict[str, str]:
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return {e.text[:30]: e.status for e in result.essentials if e.text}


def test_each_french_line_is_the_criterion_it_states():
    lines = lines_of(parsed(FRENCH_NOTICE))
    assert lines["être titulaire d'un diplôme un"] == ("degree", True)
    assert lines["justifier d'au moins six année"] == ("experience", True)
    assert lines["posséder au minimum les niveau"] == ("languages", True)
    # Experience without years is shown by the posts; a readiness is judged at interview.
    assert lines["avoir l'expérience de la condu"] == (None, True)
    assert lines["être disposé(e) à se rendre en"] == (None, False)


def test_a_french_profile_meets_the_french_lines_with_its_own_words():
    candidate = person(
        post("Chargée de planification civile d'urgence", "Préfecture de zone de défense et de sécurité Sud",
             "2014-01", "2019-12", "Plans ORSEC, conduite d'exercices de gestion de crise avec les armées."),
        post("Conseillère résilience", "Ministère des Armées", "2020-01", None,
             "Planification civile d'urgence au profit des forces armées."),
    )  # fmt: skip
    found = statuses(parsed(FRENCH_NOTICE), candidate)
    assert found["être titulaire d'un diplôme un"] == MET
    assert found["justifier d'au moins six année"] == MET
    assert found["avoir l'expérience de la condu"] == MET
    assert found["posséder au minimum les niveau"] == MET


def test_a_french_experience_line_nothing_speaks_to_is_to_be_assessed_never_silently_met():
    candidate = person(
        post("Chargée de planification civile d'urgence", "Préfecture de zone de défense et de sécurité Sud",
             "2014-01", None, "Plans ORSEC et continuité de l'État."),
    )  # fmt: skip
    assert statuses(parsed(FRENCH_NOTICE), candidate)["avoir l'expérience de la condu"] == TO_ASSESS


def test_years_below_the_french_line_are_not_met():
    candidate = person(
        post("Chargée de planification civile d'urgence", "Ministère de la Défense", "2023-01", None,
             "Planification civile d'urgence, conduite d'exercices de gestion de crise."),
    )  # fmt: skip
    assert statuses(parsed(FRENCH_NOTICE), candidate)["justifier d'au moins six année"] == NOT_MET


def test_a_profile_written_skill_by_skill_is_the_language_line():
    vacancy = parsed(ENGLISH_NOTICE)
    assert lines_of(vacancy)["English (essential): Listening"] == ("languages", True)
    meets = person(languages=[{"language": "English", "level": "V", "stanag": "3332"}])
    falls_short = person(languages=[{"language": "English", "stanag": "2222"}])
    assert statuses(vacancy, meets)["English (essential): Listening"] == MET
    assert statuses(vacancy, falls_short)["English (essential): Listening"] == NOT_MET


def test_a_paragraph_the_parser_read_several_criteria_from_places_none_of_its_sentences():
    paragraph = (
        "We look for a university graduate with ten years of experience in defence policy. The post calls for "
        "frequent travel at short notice."
    )
    vacancy = {
        "title": "Officer",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 10,
        "essential": ["The post calls for frequent travel at short notice"],
        "sources": {"degree": paragraph, "min_years_experience": paragraph},
    }
    assert lines_of(vacancy)["The post calls for frequent tr"] == (None, False)


def test_accented_words_are_whole_terms_without_their_accents():
    assert terms("sécurité défense")[:2] == ("securite", "defense")
    # French function words and the notices' boilerplate are no terms; "ILS" stays one.
    assert terms("au moins six années d'expérience dans la gestion") == ("six", "gestion")
    assert "ils" in terms("integrated logistics support (ILS)")
