"""A chunk's lease (issue 16): one execution scores a chunk at a time, a dead worker's chunk is sent again
as soon as its lease lapses, and the reconciler tells a chunk waiting in the broker from a lost one."""

import datetime as dt
import subprocess
import sys
import time

import pytest
import redis
import time_machine
from django.conf import settings
from django.utils import timezone

from config.celery import app as celery_app
from matching import broker, leases, rescoring, services, tasks
from matching.models import MatchResult, ScoringChunk
from matching.tasks import score_chunk
from tests.conftest import purge_queues
from tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db

LEASE = dt.timedelta(seconds=settings.SCORING_LEASE_SECONDS)


@pytest.fixture
def chunk(vacancy):
    """One pending chunk of three candidates for the vacancy, sent a while ago (its message since lost)."""
    for _ in range(3):
        CandidateFactory()
    run = rescoring.rescore_vacancy(vacancy)  # its on-commit send never happens in this test's transaction
    ScoringChunk.objects.update(enqueued_at=timezone.now() - 2 * LEASE)
    return run.chunks.get()


@pytest.fixture
def broker_queue():
    """The scoring queue of the test Redis, emptied before and after; tasks really go to it."""
    purge_queues()
    celery_app.conf.task_always_eager = False  # put back by tests/conftest.py
    yield redis.Redis.from_url(settings.CELERY_BROKER_URL)
    purge_queues()


def a_dead_process() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_while_one_execution_holds_the_lease_another_stops_at_once(chunk):
    holder = leases.claim(chunk.pk)
    assert holder is not None
    assert leases.claim(chunk.pk) is None
    assert services.score_chunk(chunk.pk) == 0  # a second delivery at the same time does nothing
    assert not MatchResult.objects.exists()
    assert ScoringChunk.objects.get(pk=chunk.pk).attempts == 0


def test_a_lapsed_lease_is_taken_over_and_the_old_holder_may_no_longer_write(chunk):
    stalled = leases.claim(chunk.pk)
    with time_machine.travel(timezone.now() + LEASE + dt.timedelta(seconds=1)):
        assert services.score_chunk(chunk.pk) == 3  # another execution, after the lease lapsed
    done = ScoringChunk.objects.get(pk=chunk.pk)
    assert done.status == "done" and done.lease_holder != stalled and done.attempts == 1
    assert MatchResult.objects.count() == 3


def test_the_lease_of_a_process_gone_on_this_host_is_taken_over_at_once(chunk):
    host = leases.new_holder().split(":")[0]
    ScoringChunk.objects.filter(pk=chunk.pk).update(
        lease_holder=f"{host}:{a_dead_process()}:abc", lease_until=timezone.now() + LEASE
    )
    assert services.score_chunk(chunk.pk) == 3


def test_a_holder_on_another_host_is_waited_for_until_its_lease_lapses(chunk):
    ScoringChunk.objects.filter(pk=chunk.pk).update(
        lease_holder=f"another-host:{a_dead_process()}:abc", lease_until=timezone.now() + LEASE
    )
    assert services.score_chunk(chunk.pk) == 0
    assert tasks.reconcile_runs() == 0  # held: not lost
    with time_machine.travel(timezone.now() + LEASE + dt.timedelta(seconds=1)):
        assert tasks.reconcile_runs() == 1
    assert ScoringChunk.objects.get(pk=chunk.pk).status == "done"


@pytest.mark.django_db(transaction=True)
def test_the_lease_is_renewed_while_the_holder_works_and_lapses_once_it_stops(chunk, settings):
    settings.SCORING_LEASE_SECONDS = 0.6  # renewed every 0.2 s
    ScoringChunk.objects.filter(pk=chunk.pk).update(status="pending")  # committed tests score it on commit
    holder = leases.claim(chunk.pk)
    assert holder is not None
    with leases.kept(chunk.pk, holder):
        time.sleep(1.5)  # more than twice the lease: still held thanks to the renewals
        assert leases.claim(chunk.pk) is None
    time.sleep(0.7)
    assert leases.claim(chunk.pk) is not None


def test_the_reconciler_sends_a_lost_chunk_and_leaves_one_waiting_in_the_broker(chunk, vacancy, broker_queue):
    score_chunk.delay(chunk.pk)  # its message waits in the scoring queue
    assert broker.chunks_waiting() == {chunk.pk}
    assert services.claim_lost_chunks(waiting=broker.chunks_waiting()) == []

    broker_queue.delete(broker.scoring_queue())  # Redis restarted empty
    assert broker.chunks_waiting() == set()
    assert services.claim_lost_chunks(waiting=set()) == [chunk.pk]
    assert services.claim_lost_chunks(waiting=set()) == []  # just sent again: not lost for another lease


def test_a_chunk_sent_less_than_a_lease_ago_is_in_flight_not_lost(chunk):
    ScoringChunk.objects.filter(pk=chunk.pk).update(enqueued_at=timezone.now() - LEASE / 2)
    assert services.claim_lost_chunks(waiting=set()) == []


def test_the_reconciler_runs_on_the_default_queue_every_15_seconds():
    entry = settings.CELERY_BEAT_SCHEDULE["reconcile-scoring-runs"]
    assert entry["schedule"] == 15 and entry["options"]["expires"] == 15
    route = celery_app.amqp.router.route({}, "matching.tasks.reconcile_scoring_runs")
    assert route["queue"].name == "default"
    assert celery_app.amqp.router.route({}, "matching.tasks.score_chunk")["queue"].name == "scoring"


def test_a_failed_execution_gives_the_lease_up_so_its_retry_goes_at_once(chunk, monkeypatch):
    def fail(*args, **kwargs):
        raise ConnectionError("the database went away")

    monkeypatch.setattr(services, "upsert_results", fail)
    with pytest.raises(ConnectionError):
        services.score_chunk(chunk.pk)
    assert ScoringChunk.objects.get(pk=chunk.pk).lease_until is None
    monkeypatch.undo()
    assert services.score_chunk(chunk.pk) == 3  # the task's autoretry, in the same process


def queued_chunks(client, queue: str) -> set[int]:
    return {broker._chunk_of(raw) for raw in client.lrange(queue, 0, -1)}


def test_a_run_about_one_candidate_goes_to_the_urgent_queue_and_bulk_work_to_the_scoring_queue(
    vacancy, broker_queue, django_capture_on_commit_callbacks
):
    """Issue 18, point 6: a person's change is never queued behind a rescoring of everyone."""
    alice, *others = [CandidateFactory() for _ in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        bulk = rescoring.rescore_vacancy(vacancy)
    with django_capture_on_commit_callbacks(execute=True):
        own = rescoring.rescore_candidate(alice)
    assert queued_chunks(broker_queue, "scoring") == {bulk.chunks.get().pk}
    assert queued_chunks(broker_queue, settings.SCORING_URGENT_QUEUE) == {own.chunks.get().pk}
    assert broker.chunks_waiting() == {bulk.chunks.get().pk, own.chunks.get().pk}  # both count as waiting


def test_the_reconciler_sends_a_lost_chunk_of_one_candidate_to_the_urgent_queue(chunk, vacancy, broker_queue):
    alice = CandidateFactory()
    own = rescoring.rescore_candidate(alice)  # its on-commit send never happens in this test's transaction
    ScoringChunk.objects.update(enqueued_at=timezone.now() - 2 * LEASE)
    assert tasks.reconcile_runs() == 2
    assert queued_chunks(broker_queue, settings.SCORING_URGENT_QUEUE) == {own.chunks.get().pk}
    assert queued_chunks(broker_queue, "scoring") == {chunk.pk}
