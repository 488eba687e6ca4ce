"""Military exercises as a line asks for them ("the NATO exercise process", "exercise planning") and as posts
show them in member nations' words ("esercitazioni", "Übungen", "øving", "CPX"), a concept of the domain
(`reference.concepts`, "~exercises"). Pure, no database (issue 14, point 4)."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score

AS_OF = date(2026, 6, 1)
LINE = "Experience of the NATO exercise process (Bi-SC 075-003 Collective Training and Exercise Directive)"


def status(title: str, description: str) -> str:
    vacancy = {
        "title": "Exercise Planning Officer",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 5,
        "essential": [LINE],
        "accountabilities": ["Plan and support the exercises of the Joint Force Training Centre"],
    }
    candidate = {
        "id": "p", "name": "P", "nationality": "Italy",
        "education": [{"level": "master", "field": "Scienze strategiche"}],
        "experience": [{"title": title, "organisation": "Esercito", "start": "2012-01", "end": None,
                        "description": description}],
    }  # fmt: skip
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == LINE)


def test_exercise_planning_in_other_words_and_languages_shows_the_exercise_process():
    assert status("Capo sezione esercitazioni", "Esercitazioni nazionali e multinazionali.") == MET
    assert status("S3 Ausbildung", "Plant die Übungen der Brigade.") == MET
    assert status("Exercise planner", "Corps CPX design, MEL/MIL scripting.") == MET


def test_a_post_with_no_exercises_leaves_it_to_be_assessed():
    assert status("Logistics officer", "Fuel and ammunition supply of the brigade.") == TO_ASSESS
