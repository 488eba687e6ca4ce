"""The scoring pipeline with tasks run in-process: runs, chunks, upserts, staleness, the reconciler."""

import datetime as dt
import hashlib
import json

import pytest
from django.utils import timezone

from candidates.profile import profile_from_import_json
from matching import rescoring, scoring, services, tasks
from matching.models import MatchResult, ScoringChunk, ScoringRun
from matching.reasons import reasons_json
from matching.storage import POINTS_FIELDS
from tests.factories import CandidateFactory, VacancyFactory

pytestmark = pytest.mark.django_db


def checksum() -> str:
    rows = MatchResult.objects.order_by("vacancy_id", "candidate_id").values_list(
        "vacancy_id",
        "candidate_id",
        "verdict",
        "score",
        *POINTS_FIELDS,
        "criteria",
        "line_statuses",
        "decided_lines",
    )
    return hashlib.sha256(json.dumps(list(rows), sort_keys=True).encode()).hexdigest()


@pytest.fixture
def candidates():
    people = [CandidateFactory() for _ in range(5)]
    CandidateFactory(consent_at=None)  # has not consented: never scored
    return people


def test_it_scores_every_consenting_candidate_when_a_vacancy_is_rescored(
    vacancy, candidates, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run = rescoring.rescore_vacancy(vacancy)

    run.refresh_from_db()
    assert run.status == ScoringRun.Status.DONE and run.total_pairs == 5
    assert MatchResult.objects.filter(vacancy=vacancy).count() == 5
    assert set(MatchResult.objects.values_list("candidate_id", flat=True)) == {c.pk for c in candidates}


def test_it_stores_what_the_engine_computes(vacancy, candidates, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        rescoring.rescore_vacancy(vacancy)

    candidate = candidates[0]
    stored = MatchResult.objects.get(vacancy=vacancy, candidate=candidate)
    expected = scoring.score(
        scoring.prepare_vacancy(vacancy.requirements_json()),
        profile_from_import_json(candidate.profile_json()),
        timezone.localdate(),
    )
    assert stored.eligible == expected.eligible
    assert stored.score == expected.score
    assert stored.breakdown == expected.breakdown_json()
    assert stored.unmet == reasons_json(expected.unmet)
    # Every essential line, with its status and evidence, for the pages to show, and the criterion it is about.
    assert stored.essentials == [
        {**essential.to_json(), "criterion": line.criterion or ""}
        for essential, line in zip(
            expected.essentials, scoring.prepare_vacancy(vacancy.requirements_json()).essential_lines
        )
    ]
    assert {e["criterion"] for e in stored.essentials} >= {"degree", "experience"}
    assert [e["text"] for e in stored.essentials][:2] == [
        "hold a university degree",
        "have at least 2 years' experience",
    ]
    assert {e["status"] for e in stored.essentials} <= {"met", "not_met", "to_assess"}
    assert (stored.vacancy_version, stored.profile_version) == (1, 1)


def test_it_splits_a_run_into_chunks(settings, vacancy, candidates, django_capture_on_commit_callbacks):
    settings.SCORING_CHUNK_SIZE = 2
    with django_capture_on_commit_callbacks(execute=True):
        run = rescoring.rescore_vacancy(vacancy)

    assert sorted(len(c.candidate_ids) for c in run.chunks.all()) == [1, 2, 2]
    assert not run.chunks.exclude(status=ScoringChunk.Status.DONE).exists()
    assert MatchResult.objects.count() == 5


def test_it_does_not_score_a_draft_vacancy(candidates):
    assert rescoring.rescore_vacancy(VacancyFactory(status="draft")) is None


def test_a_chunk_delivered_twice_gives_the_same_results(
    vacancy, candidates, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run = rescoring.rescore_vacancy(vacancy)
    before, count = checksum(), MatchResult.objects.count()
    chunk = run.chunks.get()

    assert services.score_chunk(chunk.pk) == 0  # already done: a redelivery does nothing
    ScoringChunk.objects.filter(pk=chunk.pk).update(status=ScoringChunk.Status.PENDING)
    assert services.score_chunk(chunk.pk) == 5  # the same run again, as if its first result was lost

    assert checksum() == before and MatchResult.objects.count() == count


def test_it_marks_scores_stale_until_the_profile_is_rescored(
    vacancy, candidates, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        rescoring.rescore_vacancy(vacancy)
    candidate = candidates[0]
    candidate.bump_profile_version()
    assert not MatchResult.objects.fresh().filter(candidate=candidate).exists()

    with django_capture_on_commit_callbacks(execute=True):
        rescoring.rescore_candidate(candidate)

    assert MatchResult.objects.fresh().filter(candidate=candidate).count() == 1


def test_the_reconciler_reenqueues_chunks_left_pending(
    vacancy, candidates, django_capture_on_commit_callbacks
):
    run = rescoring.rescore_vacancy(vacancy)  # its on-commit enqueue never happens: a lost message
    ScoringChunk.objects.update(enqueued_at=timezone.now() - dt.timedelta(hours=1))

    assert tasks.reconcile_runs() == 1

    run.refresh_from_db()
    assert run.status == ScoringRun.Status.DONE
    assert MatchResult.objects.count() == 5


def test_the_reconciler_leaves_recent_chunks_alone(vacancy, candidates):
    rescoring.rescore_vacancy(vacancy)
    assert tasks.reconcile_runs() == 0
    assert ScoringChunk.objects.get().status == ScoringChunk.Status.PENDING


def test_it_reports_progress_in_pairs(settings, vacancy, candidates):
    settings.SCORING_CHUNK_SIZE = 2
    run = rescoring.rescore_vacancy(vacancy)
    services.score_chunk(run.chunks.order_by("pk").first().pk)

    progress = services.run_progress(ScoringRun.objects.filter(pk=run.pk))

    assert progress == {"done": 2, "total": 5, "running": True}


def test_a_result_is_never_replaced_by_one_from_older_versions(vacancy, candidates):
    """Two runs racing on the same pair: whichever writes last, the newer versions' score stays."""
    from matching.storage import upsert_results

    candidate = candidates[0]

    def result(score, vacancy_version, profile_version):
        return MatchResult(
            vacancy=vacancy, candidate=candidate, verdict=2, score=score,
            vacancy_version=vacancy_version, profile_version=profile_version,
            engine_version="test", computed_at=timezone.now(),
        )  # fmt: skip

    upsert_results([result(70.0, 2, 2)])
    upsert_results([result(10.0, 1, 2)])  # computed from the older requirements, arriving late
    upsert_results([result(20.0, 2, 1)])  # computed from the older profile, arriving late
    assert MatchResult.objects.get(vacancy=vacancy, candidate=candidate).score == 70.0

    upsert_results([result(80.0, 2, 3)])
    assert MatchResult.objects.get(vacancy=vacancy, candidate=candidate).score == 80.0
