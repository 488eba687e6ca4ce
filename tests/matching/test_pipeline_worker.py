"""Fault drills with a real Celery worker and Redis: killed processes, redelivery, the same run twice.

Each drill ends by comparing the stored results with a fresh in-process computation (checksum): every
pair exists exactly once and is correct.
"""

import os
import signal
import time

import pytest

from candidates.importing import import_profiles
from candidates.synthetic import synthetic_profiles
from matching import rescoring
from matching.models import MatchResult, ScoringChunk
from matching.tasks import score_chunk
from tests.factories import VacancyFactory
from tests.reliability.support import (
    done_chunks,
    expected_checksum,
    pool_children,
    results_checksum,
    run_finished,
    wait_for,
)

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

CANDIDATES = 3000
CHUNK_SIZE = 300  # pairs per chunk: ten chunks per vacancy-wide run


@pytest.fixture
def population(settings):
    settings.SCORING_CHUNK_SIZE = CHUNK_SIZE
    import_profiles(synthetic_profiles(CANDIDATES, seed=7))
    return VacancyFactory()


def test_a_pool_process_killed_mid_run_loses_nothing(start_worker, population):
    worker = start_worker(concurrency=1)
    run = rescoring.rescore_vacancy(population)
    wait_for(lambda: done_chunks(run) >= 1, 60, "the first chunk")

    for child in pool_children(worker.pid):  # the process running the current chunk
        os.kill(child, signal.SIGKILL)

    wait_for(lambda: run_finished(run), 120, "the run to complete after the kill")
    assert MatchResult.objects.count() == CANDIDATES
    assert results_checksum() == expected_checksum()


def test_a_whole_worker_killed_and_restarted_loses_nothing_and_recovers_within_a_minute(
    start_worker, population
):
    worker = start_worker(concurrency=1)
    run = rescoring.rescore_vacancy(population)
    wait_for(lambda: done_chunks(run) >= 1, 60, "the first chunk")

    os.killpg(worker.pid, signal.SIGKILL)  # the chunk it was scoring and the one it had taken are in flight
    killed_at = time.monotonic()
    worker.wait()
    assert not run_finished(run)
    # As a supervisor restarts it; beat's reconciler (every 15 s) sends again what the dead worker held,
    # once its lease lapsed: no waiting for Redis's visibility timeout (900 s) or a stale period.
    start_worker(concurrency=1, beat=True)

    wait_for(lambda: run_finished(run), 60, "the run to complete after the restart")
    print(f"recovered {time.monotonic() - killed_at:.1f} s after the kill")
    assert MatchResult.objects.count() == CANDIDATES
    assert results_checksum() == expected_checksum()


def test_a_task_delivered_twice_and_a_run_repeated_give_identical_results(start_worker, population):
    start_worker(concurrency=2)
    run = rescoring.rescore_vacancy(population)
    for chunk_id in run.chunks.values_list("pk", flat=True):  # every chunk delivered a second time
        score_chunk.delay(chunk_id)
    wait_for(lambda: run_finished(run), 120, "the run")
    time.sleep(1)  # let the duplicate deliveries finish too
    first = results_checksum()
    assert MatchResult.objects.count() == CANDIDATES

    again = rescoring.rescore_vacancy(population)
    wait_for(lambda: run_finished(again), 120, "the second run")

    assert results_checksum() == first == expected_checksum()
    assert MatchResult.objects.count() == CANDIDATES
    # Never scored twice at once: each delivery that found its chunk done or leased stopped before scoring.
    assert set(ScoringChunk.objects.values_list("attempts", flat=True)) == {1}
