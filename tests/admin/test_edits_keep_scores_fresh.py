"""An edit in the admin goes through the same workflow as one on the site: stale scores are recomputed."""

import pytest

from audit.models import AuditEntry
from candidates.models import Candidate
from matching.models import MatchResult, ScoringRun
from tests.admin.support import change_form_data
from tests.security.support import scored
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

CANDIDATES = "/admin/candidates/candidate/"
VACANCIES = "/admin/vacancies/vacancy/"


def save_change(client, url: str, **changes):
    data = change_form_data(client.get(url)) | changes
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_editing_a_candidates_languages_rescores_them(
    ada, alice, vacancy, client_for, django_capture_on_commit_callbacks
):
    candidate = alice.candidate
    scored(vacancy, candidate, score=10.0)
    url = f"{CANDIDATES}{candidate.pk}/change/"
    client = client_for(ada)
    data = change_form_data(client.get(url))
    french = next(key for key, value in data.items() if key.startswith("languages-") and value == "French")
    with django_capture_on_commit_callbacks(execute=True):
        save_change(client, url, **{french.replace("-language", "-level"): "V"})
    candidate.refresh_from_db()
    assert candidate.languages.get(language="French").level == "V"
    assert candidate.profile_version == 2
    match = MatchResult.objects.get(vacancy=vacancy, candidate=candidate)
    assert match.profile_version == 2 and match.score != 10.0
    assert ScoringRun.objects.get().candidate == candidate


def test_withdrawing_consent_in_the_admin_drops_the_scores(ada, alice, vacancy, client_for):
    candidate = alice.candidate
    scored(vacancy, candidate)
    url = f"{CANDIDATES}{candidate.pk}/change/"
    save_change(client_for(ada), url, consent_at_0="", consent_at_1="")
    assert Candidate.objects.get(pk=candidate.pk).consent_at is None
    assert not MatchResult.objects.filter(candidate=candidate).exists()


def test_saving_a_candidate_unchanged_does_not_rescore(ada, alice, vacancy, client_for):
    save_change(client_for(ada), f"{CANDIDATES}{alice.candidate.pk}/change/")
    assert Candidate.objects.get(pk=alice.candidate.pk).profile_version == 1
    assert not ScoringRun.objects.exists()


def test_opening_a_candidate_in_the_admin_is_recorded(ada, alice, client_for):
    client_for(ada).get(f"{CANDIDATES}{alice.candidate.pk}/change/")
    entry = AuditEntry.objects.get(action=AuditEntry.Action.VIEWED)
    assert (entry.actor, entry.candidate_id, entry.detail) == (ada, alice.candidate.pk, "admin")


def test_adding_a_language_requirement_rescores_the_vacancy(
    ada, alice, vacancy, client_for, django_capture_on_commit_callbacks
):
    url = f"{VACANCIES}{vacancy.pk}/change/"
    client = client_for(ada)
    data = change_form_data(client.get(url))
    data.update({
        "language_requirements-TOTAL_FORMS": "1", "language_requirements-0-language": "German",
        "language_requirements-0-level": "IV", "language_requirements-0-vacancy": str(vacancy.pk),
    })  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    vacancy.refresh_from_db()
    assert vacancy.language_requirements.get().language == "German"
    assert vacancy.requirements_version == 2
    run = ScoringRun.objects.get(vacancy=vacancy)
    assert "language requirements" in run.reason
    assert MatchResult.objects.get(candidate=alice.candidate).vacancy_version == 2


def test_changing_a_vacancys_weights_in_the_admin_makes_its_scores_stale(ada, alice, vacancy, client_for):
    scored(vacancy, alice.candidate)
    save_change(client_for(ada), f"{VACANCIES}{vacancy.pk}/change/", weights='{"degree": 50}')
    vacancy.refresh_from_db()
    assert vacancy.weights == {"degree": 50} and vacancy.requirements_version == 2
    assert not MatchResult.objects.fresh().exists()
    assert ScoringRun.objects.get(vacancy=vacancy)


def test_a_draft_edited_in_the_admin_is_not_scored(ada, client_for):
    from tests.factories import VacancyFactory

    draft = VacancyFactory(status=Vacancy.Status.DRAFT, published_at=None)
    save_change(client_for(ada), f"{VACANCIES}{draft.pk}/change/", min_years_experience="9")
    draft.refresh_from_db()
    assert draft.requirements_version == 2
    assert not ScoringRun.objects.exists()
