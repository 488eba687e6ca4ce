"""Fault drills with a real Celery worker and Redis: killed processes, redelivery, the same run twice.

Each drill ends by comparing the stored results with a fresh in-process computation (checksum): every
pair exists exactly once and is correct.
"""

import datetime as dt
import hashlib
import json
import os
import signal
import subprocess
import time

import pytest
from django.utils import timezone

from candidates.importing import import_profiles
from candidates.models import Candidate
from candidates.synthetic import synthetic_profiles
from matching import services
from matching.models import MatchResult, ScoringChunk, ScoringRun
from matching.tasks import score_chunk
from tests.factories import VacancyFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

CANDIDATES = 3000
CHUNK_SIZE = 300  # pairs per chunk: ten chunks per vacancy-wide run


def results_checksum() -> str:
    rows = MatchResult.objects.order_by("vacancy_id", "candidate_id").values_list(
        "vacancy_id", "candidate_id", "verdict", "score", "unmet", "breakdown"
    )
    return hashlib.sha256(json.dumps(list(rows), sort_keys=True).encode()).hexdigest()


def expected_checksum(vacancy) -> str:
    """What the results must be: the pairs scored again, in-process, into an empty table."""
    saved = list(MatchResult.objects.all())
    MatchResult.objects.all().delete()
    ids = list(Candidate.objects.matchable().values_list("pk", flat=True))
    services.upsert_results(services.score_pairs([vacancy.pk], ids))
    expected = results_checksum()
    MatchResult.objects.all().delete()
    MatchResult.objects.bulk_create(saved)
    return expected


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def done_chunks(run) -> int:
    return ScoringChunk.objects.filter(run=run, status=ScoringChunk.Status.DONE).count()


def run_finished(run) -> bool:
    return ScoringRun.objects.get(pk=run.pk).status == ScoringRun.Status.DONE


@pytest.fixture
def population(settings):
    settings.SCORING_CHUNK_SIZE = CHUNK_SIZE
    import_profiles(synthetic_profiles(CANDIDATES, seed=7))
    return VacancyFactory()


def pool_children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def test_a_pool_process_killed_mid_run_loses_nothing(start_worker, population):
    worker = start_worker(concurrency=1)
    run = services.rescore_vacancy(population)
    wait_for(lambda: done_chunks(run) >= 1, 60, "the first chunk")

    for child in pool_children(worker.pid):  # the process running the current chunk
        os.kill(child, signal.SIGKILL)

    wait_for(lambda: run_finished(run), 120, "the run to complete after the kill")
    assert MatchResult.objects.count() == CANDIDATES
    assert results_checksum() == expected_checksum(population)


def test_a_whole_worker_killed_and_restarted_loses_nothing(start_worker, population):
    worker = start_worker(concurrency=1, extra_env={"CELERY_VISIBILITY_TIMEOUT": "5"})
    run = services.rescore_vacancy(population)
    wait_for(lambda: done_chunks(run) >= 1, 60, "the first chunk")

    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    assert not run_finished(run)
    start_worker(concurrency=1, extra_env={"CELERY_VISIBILITY_TIMEOUT": "5"})
    # Redis redelivers the unacknowledged chunk after the visibility timeout; the reconciler re-enqueues
    # anything whose message was lost altogether.
    ScoringChunk.objects.filter(run=run, status="pending").update(
        enqueued_at=timezone.now() - dt.timedelta(hours=1)
    )
    services.reconcile_runs()

    wait_for(lambda: run_finished(run), 120, "the run to complete after the restart")
    assert MatchResult.objects.count() == CANDIDATES
    assert results_checksum() == expected_checksum(population)


def test_a_task_delivered_twice_and_a_run_repeated_give_identical_results(start_worker, population):
    start_worker(concurrency=2)
    run = services.rescore_vacancy(population)
    for chunk_id in run.chunks.values_list("pk", flat=True):  # every chunk delivered a second time
        score_chunk.delay(chunk_id)
    wait_for(lambda: run_finished(run), 120, "the run")
    time.sleep(1)  # let the duplicate deliveries finish too
    first = results_checksum()
    assert MatchResult.objects.count() == CANDIDATES

    again = services.rescore_vacancy(population)
    wait_for(lambda: run_finished(again), 120, "the second run")

    assert results_checksum() == first == expected_checksum(population)
    assert MatchResult.objects.count() == CANDIDATES
