"""Every trigger listed in matching.rescoring plans a run, enqueued once the change commits.

The apps below matching ask through their own signals; these go through the real workflows. Triggers
tested elsewhere: re-parse and the admin's rescore actions (tests/admin/test_actions.py), an admin's edit
(tests/admin/test_edits_keep_scores_fresh.py), reference data (tests/admin/test_reference_rescores.py),
new weights (tests/recruiting/test_weights.py).
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from applicants.services import sign_up
from candidates import signals as candidate_signals
from candidates.services import profile_changed, set_consent
from matching.models import MatchResult, ScoringRun
from tests.factories import CandidateFactory, VacancyFactory
from tests.security.support import scored
from vacancies import signals as vacancy_signals
from vacancies.services import publish_vacancy, update_vacancy_requirements

pytestmark = pytest.mark.django_db


def only_run() -> ScoringRun:
    run = ScoringRun.objects.get()
    assert run.status == ScoringRun.Status.DONE  # its chunks were enqueued on commit and scored
    return run


def test_publishing_a_vacancy_scores_it(rita, alice, django_capture_on_commit_callbacks):
    draft = VacancyFactory(status="draft", published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        publish_vacancy(draft, by=rita)
    run = only_run()
    assert (run.vacancy, run.reason) == (draft, f"published by user #{rita.pk}")
    assert MatchResult.objects.filter(vacancy=draft, candidate=alice.candidate).exists()


def test_a_recruiters_correction_rescores_the_published_vacancy(
    rita, alice, vacancy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        update_vacancy_requirements(vacancy, {"min_years_experience": 9}, by=rita)
    run = only_run()
    assert (run.vacancy, run.reason) == (vacancy, f"corrected by user #{rita.pk}: min_years_experience")
    assert MatchResult.objects.get(vacancy=vacancy).vacancy_version == 2


def test_correcting_a_draft_plans_nothing(rita, alice, django_capture_on_commit_callbacks):
    draft = VacancyFactory(status="draft", published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        update_vacancy_requirements(draft, {"min_years_experience": 9}, by=rita)
    assert not ScoringRun.objects.exists()


def test_a_profile_change_rescores_the_candidate(vacancy, alice, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        profile_changed(alice.candidate)
    run = only_run()
    assert (run.candidate, run.reason) == (alice.candidate, "profile changed")
    assert MatchResult.objects.get(candidate=alice.candidate).profile_version == 2


def test_signing_up_without_consent_scores_nothing(vacancy, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user = sign_up(
            email="nina@example.org", full_name="Nina Berg", password="a-long-password-2026", consent=False
        )
    assert (
        not ScoringRun.objects.exists() and not MatchResult.objects.filter(candidate=user.candidate).exists()
    )


def test_withdrawing_consent_drops_the_scores_and_plans_nothing(vacancy, alice):
    scored(vacancy, alice.candidate)
    set_consent(alice.candidate, given=False)
    assert not MatchResult.objects.filter(candidate=alice.candidate).exists()
    assert not ScoringRun.objects.exists()


def test_signing_up_scores_the_new_applicant(vacancy, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user = sign_up(
            email="nina@example.org", full_name="Nina Berg", password="a-long-password-2026", consent=True
        )
    run = only_run()
    assert (run.candidate, run.reason) == (user.candidate, "signed up")


def test_importing_candidates_scores_the_changed_ones(vacancy, tmp_path, django_capture_on_commit_callbacks):
    path = tmp_path / "candidates.jsonl"
    path.write_text(json.dumps({"id": "hr-1", "name": "Ana Silva"}) + "\n", encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_candidates", str(path), stdout=StringIO())
    run = only_run()
    assert (run.vacancy, run.candidate, run.reason) == (None, None, "1 candidates imported")
    assert MatchResult.objects.filter(vacancy=vacancy, candidate__external_id="hr-1").exists()


def test_a_lower_app_gets_the_planned_run_back(vacancy):
    CandidateFactory()
    run = vacancy_signals.request_rescoring(vacancy, reason="asked")
    assert run == ScoringRun.objects.get(vacancy=vacancy, reason="asked")
    assert vacancy_signals.request_rescoring(VacancyFactory(status="draft"), reason="asked") is None
    assert candidate_signals.request_rescoring([], reason="nobody") is None
