"""Months as an intern or a working student are no sure professional experience: a minimum met only with them
is left to a person, never met silently and never refused (issue 14). Pure, no database."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.criteria import in_training
from matching.essentials import MET, TO_ASSESS
from matching.reasons import describe
from matching.requirements import VacancyRequirements
from matching.scoring import prepare_vacancy, score

AS_OF = date(2026, 12, 1)
LINE = "At least 3 years of experience in maritime security"
VACANCY = VacancyRequirements(min_years_experience=3, essential=(LINE,))


def person(*posts: tuple[str, str, str]) -> dict:
    return {
        "id": "c1",
        "nationality": "Estonia",
        "education": [{"level": "master", "field": "International relations"}],
        "experience": [
            {"title": title, "organisation": "Maritime Security Centre", "start": start, "end": end,
             "description": "Maritime security analysis."}
            for title, start, end in posts
        ],
        "languages": [{"language": "English", "level": "V"}],
    }  # fmt: skip


def result(candidate: dict):
    return score(prepare_vacancy(VACANCY), profile_from_import_json(candidate), AS_OF)


def line_status(candidate: dict) -> str:
    return next(e.status for e in result(candidate).essentials if e.text == LINE)


def test_a_minimum_met_only_with_an_internship_is_to_be_assessed():
    # Six months as an intern, then an analyst since February 2024: 41 months in all, 35 as a professional.
    analyst = person(("Intern", "2023-08", "2024-01"), ("Analyst", "2024-02", None))
    outcome = result(analyst)
    assert outcome.eligible is None
    assert line_status(analyst) == TO_ASSESS
    (reason,) = [r for r in outcome.to_assess if r.kind == "training_to_assess"]
    assert dict(reason.values) == {"months": 35, "training_months": 6, "required_months": 36}
    assert "as an intern or a student" in describe(reason)


def test_professional_months_enough_on_their_own_meet_it_whatever_the_internship():
    analyst = person(("Intern", "2019-01", "2019-06"), ("Analyst", "2019-07", None))
    assert result(analyst).eligible is True
    assert line_status(analyst) == MET


def test_a_post_held_past_the_training_and_a_trainee_in_a_profession_are_professionals():
    assert in_training("Stagiaire Direction juridique\nRecherches.")
    assert in_training("Working student, marketing Zalando\n")
    assert not in_training("Intern, then analyst ICDS\n")
    assert not in_training("Trainee solicitor Army Legal Services\n")  # employed in the profession
    assert not in_training("Analyst International Centre for Defence\n")
    assert result(person(("Intern, then analyst", "2023-01", None))).eligible is True
