"""Scores follow every change, through the real paths: publishing or correcting a vacancy, editing a
profile in the browser's endpoints, consent, and the bulk import (tasks run in-process)."""

import json

import pytest
from django.core.management import call_command

from applicants.services import matches_updating
from candidates.models import Candidate
from matching import scoring
from matching.models import MatchResult, ScoringRun
from matching.reasons import describe_all
from matching.rescoring import rescore_vacancy
from tests.factories import CandidateFactory, VacancyFactory

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what waits for the commit (the enqueued scoring chunks) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def results_for(vacancy):
    return {r.candidate_id: r for r in MatchResult.objects.filter(vacancy=vacancy)}


def test_publishing_a_draft_scores_every_consenting_candidate(rita, client_for, committed):
    people = [CandidateFactory() for _ in range(3)]
    CandidateFactory(consent_at=None)
    draft = VacancyFactory(status="draft", published_at=None)
    draft.recruiters.add(rita)
    assert not results_for(draft)

    with committed():
        assert client_for(rita).post(f"/vacancies/{draft.pk}/publish/").status_code == 302

    assert set(results_for(draft)) == {p.pk for p in people}


def test_correcting_a_published_vacancy_rescores_it(vacancy, rita, client_for, committed):
    person = CandidateFactory()  # about 4 years of experience in the factory's profile
    with committed():
        rescore_vacancy(vacancy)
    before = results_for(vacancy)[person.pk]

    with committed():
        response = client_for(rita).post(
            f"/vacancies/{vacancy.pk}/fields/min_years_experience/edit/", {"min_years_experience": "30"}, **HX
        )

    assert response.status_code == 200
    after = results_for(vacancy)[person.pk]
    assert after.vacancy_version == before.vacancy_version + 1
    assert after.verdict == MatchResult.Verdict.NOT_ELIGIBLE
    assert any(reason.criterion == "experience" for reason in after.unmet_reasons)


def test_adding_a_language_in_the_profile_rescores_that_applicant(vacancy, bob, client_for, committed):
    with committed():
        rescore_vacancy(vacancy)
    before = results_for(vacancy)[bob.candidate.pk]
    assert "French" in " ".join(describe_all(before.unmet_reasons))

    with committed():
        response = client_for(bob).post(
            "/profile/languages/add/", {"languages-new-language": "French", "languages-new-level": "V"}, **HX
        )

    assert response.status_code == 200
    after = results_for(vacancy)[bob.candidate.pk]
    assert after.profile_version > before.profile_version
    assert "French" not in " ".join(describe_all(after.unmet_reasons))
    assert after.breakdown["languages"]["points"] > before.breakdown["languages"]["points"]


def test_withdrawing_consent_removes_the_applicants_scores(vacancy, alice, client_for, committed):
    with committed():
        rescore_vacancy(vacancy)
    assert alice.candidate.pk in results_for(vacancy)

    with committed():
        client_for(alice).post("/profile/consent/", {}, **HX)

    assert alice.candidate.pk not in results_for(vacancy)
    assert not ScoringRun.objects.filter(candidate=alice.candidate, reason="profile changed").exists()


def test_imported_candidates_are_scored_and_unchanged_ones_are_not_rescored(vacancy, tmp_path, committed):
    people = [
        {"id": f"imp-{n}", "name": f"Person {n}", "education": [{"level": "master", "field": "Law"}],
         "experience": [{"title": "Officer", "start": "2010-01", "end": None}],
         "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "I"}]}
        for n in range(3)
    ]  # fmt: skip
    path = tmp_path / "people.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in people))

    with committed():
        call_command("import_candidates", str(path))

    imported = set(Candidate.objects.filter(external_id__startswith="imp-").values_list("pk", flat=True))
    assert set(results_for(vacancy)) == imported
    assert all(r.verdict == MatchResult.Verdict.ELIGIBLE for r in results_for(vacancy).values())
    runs = ScoringRun.objects.count()

    with committed():
        call_command(
            "import_candidates", str(path)
        )  # the same file again: nothing changed, nothing to rescore

    assert ScoringRun.objects.count() == runs


def test_results_of_an_older_engine_show_as_being_updated_until_rescored(
    vacancy, alice, rita, client_for, committed, monkeypatch
):
    with committed():
        rescore_vacancy(vacancy)
    shortlist = f"/recruiting/{vacancy.pk}/"
    assert MatchResult.objects.stale().count() == 0
    assert not matches_updating(alice.candidate)

    monkeypatch.setattr(scoring, "ENGINE_VERSION", "99")

    match = MatchResult.objects.get(vacancy=vacancy, candidate=alice.candidate)
    assert not match.is_fresh and MatchResult.objects.fresh().count() == 0
    assert matches_updating(alice.candidate)
    assert "Your matches are being updated" in client_for(alice).get("/me/matches/").content.decode()
    response = client_for(rita).get(shortlist, {"view": "pool"})  # alice has not applied: in the pool
    assert all(row.stale for row in response.context_data["rows"])
    assert response.context_data["counts"].stale == response.context_data["counts"].scored > 0
    assert ">updating</span>" in response.content.decode()

    with committed():
        rescore_vacancy(vacancy)
    assert MatchResult.objects.stale().count() == 0
    assert MatchResult.objects.get(pk=match.pk).engine_version == "99"
    assert not matches_updating(alice.candidate)
    response = client_for(rita).get(shortlist)
    assert response.context_data["counts"].stale == 0
    assert ">updating</span>" not in response.content.decode()
