"""Redis stopped in the middle of a rescoring run, then started again (empty: its queues are lost).

While it is down, pages answer and say that scores are being updated, and changes that ask for a
rescoring are saved; their chunks wait in the database. Once it is back, beat's reconciler (every 15 s)
sends again what was lost, within a minute, and every result exists once and is correct.
"""

import signal
import socket
import subprocess
import time

import pytest
import redis
from kombu.exceptions import OperationalError as BrokerUnreachable

from applications.models import Stage, StageChange
from applications.services import apply, move_to_stage
from candidates.importing import import_profiles
from candidates.synthetic import synthetic_profiles
from config.celery import app as celery_app
from matching import rescoring, services, tasks
from matching.models import MatchResult, ScoringChunk, ScoringRun
from tests.reliability.support import (
    done_chunks,
    expected_checksum,
    expected_count,
    results_checksum,
    wait_for,
)

CANDIDATES = 2000
CHUNK_SIZE = 200  # pairs per chunk: ten chunks for the vacancy-wide run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OwnRedis:
    """A throwaway redis-server on a spare port, without persistence: a restart loses every message."""

    def __init__(self, directory):
        self.port, self.directory, self.process = free_port(), directory, None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis.from_url(self.url)
        wait_for(lambda: self._answers(client), 10, "redis-server to start")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    @staticmethod
    def _answers(client) -> bool:
        try:
            return client.ping()
        except redis.ConnectionError:
            return False


def use_broker(url: str) -> None:
    """Point this process's Celery app at another broker; its cached connection pools go with the old."""
    celery_app.conf.broker_url = url
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def own_redis(tmp_path):
    server = OwnRedis(tmp_path)
    server.start()
    previous = celery_app.conf.broker_url
    use_broker(server.url)
    yield server
    use_broker(previous)
    if server.process.poll() is None:
        server.kill()


@pytest.fixture
def population(settings, vacancy, alice):
    settings.SCORING_CHUNK_SIZE = CHUNK_SIZE
    import_profiles(synthetic_profiles(CANDIDATES, seed=9))
    apply(alice.candidate, vacancy)
    services.upsert_results(services.score_pairs([vacancy.pk], [alice.candidate.pk]))
    return vacancy


ALICE_PERSONAL = {
    "name": "Alice Martin",
    "nationality": "Netherlands",
    "summary": "Moved.",
    "skills_text": "",
}


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_pages_answer_while_redis_is_down_and_the_run_completes_after(
    own_redis, start_worker, population, alice, rita, client_for
):
    vacancy = population
    start_worker(extra_env={"REDIS_URL": own_redis.url}, beat=True)
    run = rescoring.rescore_vacancy(vacancy)
    wait_for(lambda: done_chunks(run) >= 1, 60, "the first chunk")

    own_redis.kill()
    assert done_chunks(run) < run.chunks.count()
    recruiter, applicant = client_for(rita), client_for(alice)

    overview = recruiter.get("/recruiting/")
    assert overview.status_code == 200 and "Rescoring" in overview.content.decode()
    progress = recruiter.get(f"/recruiting/{vacancy.pk}/progress/")
    assert progress.status_code == 200 and "Rescoring" in progress.content.decode()
    moved = recruiter.post(
        f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/stage/", {"stage": Stage.SCREENED}
    )
    assert moved.status_code == 302  # moved; only the email is missed (and logged)
    assert StageChange.objects.filter(to_stage=Stage.SCREENED).exists()

    saved = applicant.post("/profile/personal/", ALICE_PERSONAL)
    assert saved.status_code == 302
    # The run her profile change asked for (applying asked for one of its own when her pair was not fresh).
    alices_run = ScoringRun.objects.filter(candidate=alice.candidate).latest("pk")
    assert not alices_run.chunks.filter(enqueued_at__isnull=False).exists()  # left for the reconciler
    matches = applicant.get("/me/matches/")
    assert matches.status_code == 200 and "Your matches are being updated" in matches.content.decode()

    own_redis.start()  # empty: the run's queued chunks are gone with the old server
    restarted_at = time.monotonic()

    wait_for(lambda: not ScoringRun.objects.filter(status="running").exists(), 60, "both runs to complete")
    print(f"both runs complete {time.monotonic() - restarted_at:.1f} s after Redis restarted empty")
    assert MatchResult.objects.count() == expected_count()
    assert results_checksum() == expected_checksum()
    alice.candidate.refresh_from_db()
    assert (
        MatchResult.objects.get(candidate=alice.candidate).profile_version == alice.candidate.profile_version
    )
    assert "Your matches are being updated" not in applicant.get("/me/matches/").content.decode()


# The same without a worker: the broker refuses every message, as a stopped Redis does.


@pytest.fixture
def unreachable_broker(monkeypatch):
    from applications.tasks import notify_stage_change
    from matching.tasks import score_chunk

    def refuse(*args, **kwargs):
        raise BrokerUnreachable("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(score_chunk, "apply_async", refuse)  # delay too goes through it
    monkeypatch.setattr(notify_stage_change, "apply_async", refuse)


@pytest.mark.django_db
def test_a_rescoring_asked_for_while_the_broker_is_unreachable_waits_for_the_reconciler(
    vacancy, alice, client_for, unreachable_broker, monkeypatch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert client_for(alice).post("/profile/personal/", ALICE_PERSONAL).status_code == 302
    chunk = ScoringChunk.objects.get(run__candidate=alice.candidate)
    assert chunk.enqueued_at is None and chunk.status == ScoringChunk.Status.PENDING

    monkeypatch.undo()  # the broker is back
    assert tasks.reconcile_runs() == 1  # never enqueued: due at once, not after the stale period

    assert ScoringChunk.objects.get(pk=chunk.pk).status == ScoringChunk.Status.DONE
    alice.candidate.refresh_from_db()
    assert (
        MatchResult.objects.get(candidate=alice.candidate).profile_version == alice.candidate.profile_version
    )


@pytest.mark.django_db
def test_a_stage_move_made_while_the_broker_is_unreachable_is_kept(
    alice, rita, vacancy, unreachable_broker, django_capture_on_commit_callbacks
):
    application = apply(alice.candidate, vacancy)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert move_to_stage([application], Stage.SCREENED, by=rita) == 1

    assert len(callbacks) == 1  # the email's enqueue ran, failed, and was logged
    application.refresh_from_db()
    assert application.stage == Stage.SCREENED
