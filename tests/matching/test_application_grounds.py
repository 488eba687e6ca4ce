"""An application is its own ground to assess the applicant for that vacancy (issue 17, point 7): without consent
to be matched against every vacancy, a candidate is scored only for the vacancies they applied for, and those
scores stay when consent is withdrawn; consent adds the rest. Tasks run in-process, on commit."""

import pytest

from accounts.privacy import erase_account
from applications.services import apply, withdraw
from candidates.services import profile_changed, set_consent
from matching.models import ApplicationGround, MatchResult, ScoringRun
from matching.rescoring import reference_changed, rescore_vacancy
from tests.factories import CandidateFactory, VacancyFactory
from tests.security.support import scored

pytestmark = pytest.mark.django_db


@pytest.fixture
def other(vacancy):
    """Another open vacancy, which nobody applied for."""
    return VacancyFactory(title="Logistics Officer")


@pytest.fixture
def unconsenting(alice):
    """alice, who did not ask to be matched against every vacancy."""
    alice.candidate.consent_at, alice.candidate.consent_version = None, ""
    alice.candidate.save(update_fields=["consent_at", "consent_version"])
    return alice.candidate


def scored_for(candidate) -> set[int]:
    return set(MatchResult.objects.filter(candidate=candidate).values_list("vacancy_id", flat=True))


def test_applying_scores_that_vacancy_only(vacancy, other, unconsenting, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        apply(unconsenting, vacancy)
    assert scored_for(unconsenting) == {vacancy.pk}
    assert ApplicationGround.objects.filter(vacancy=vacancy, candidate=unconsenting).exists()
    run = ScoringRun.objects.get()
    assert (run.vacancy, run.candidate, run.reason, run.total_pairs) == (vacancy, unconsenting, "applied", 1)


def test_every_rescoring_keeps_to_the_vacancies_applied_for(
    vacancy, other, unconsenting, django_capture_on_commit_callbacks
):
    apply(unconsenting, vacancy)  # its own run is never sent: this test's transaction does not commit
    with django_capture_on_commit_callbacks(execute=True):
        profile_changed(unconsenting)
        rescore_vacancy(other)
        rescore_vacancy(vacancy)
        reference_changed()
    assert scored_for(unconsenting) == {vacancy.pk}
    assert MatchResult.objects.get(candidate=unconsenting).profile_version == unconsenting.profile_version


def test_a_candidate_who_neither_consents_nor_applied_is_never_scored(
    vacancy, unconsenting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile_changed(unconsenting)
        rescore_vacancy(vacancy)
    assert scored_for(unconsenting) == set()


def test_withdrawing_consent_keeps_the_scores_of_the_vacancies_applied_for(
    vacancy, other, alice, django_capture_on_commit_callbacks
):
    candidate = alice.candidate
    scored(vacancy, candidate)
    scored(other, candidate)
    apply(candidate, vacancy)
    with django_capture_on_commit_callbacks(execute=True):
        set_consent(candidate, given=False)
    assert scored_for(candidate) == {vacancy.pk}
    assert (
        MatchResult.objects.get(candidate=candidate).profile_version == candidate.profile_version
    )  # rescored


def test_withdrawing_an_application_keeps_its_ground(
    vacancy, other, unconsenting, django_capture_on_commit_callbacks
):
    """A withdrawn application stays in the vacancy's list (its recruiters see it at Withdrawn), with its score."""
    withdraw(apply(unconsenting, vacancy))
    with django_capture_on_commit_callbacks(execute=True):
        profile_changed(unconsenting)
    assert scored_for(unconsenting) == {vacancy.pk}


def test_consenting_adds_every_open_vacancy(vacancy, other, unconsenting, django_capture_on_commit_callbacks):
    apply(unconsenting, vacancy)
    with django_capture_on_commit_callbacks(execute=True):
        set_consent(unconsenting, given=True)
    assert scored_for(unconsenting) == {vacancy.pk, other.pk}


def test_applying_again_records_one_ground(vacancy, unconsenting):
    withdraw(apply(unconsenting, vacancy))
    apply(unconsenting, vacancy)
    assert ApplicationGround.objects.filter(candidate=unconsenting).count() == 1


def test_a_consenting_candidate_is_scored_as_before(vacancy, other, django_capture_on_commit_callbacks):
    ana = CandidateFactory(name="Ana Silva")
    with django_capture_on_commit_callbacks(execute=True):
        rescore_vacancy(other)
    assert scored_for(ana) == {other.pk}


def test_erasure_removes_the_grounds_and_their_scores(
    vacancy, alice, unconsenting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        apply(unconsenting, vacancy)
    erase_account(alice)
    assert not ApplicationGround.objects.exists() and not MatchResult.objects.exists()
