"""Several workers, as on several machines, against one PostgreSQL and one Redis.

Two workers consume only the "scoring" queue and one only "default", each with its own node name as
`celery -A config worker -Q scoring -n scoring@%h` gives on its machine. They share nothing but the
database and the broker: a run's chunks are spread over both scoring workers, other work never waits
behind them, and every result is stored exactly once.
"""

import datetime as dt
from collections import Counter

import pytest
from django.utils import timezone

from candidates.importing import import_profiles
from candidates.synthetic import synthetic_profiles
from matching import rescoring
from matching.models import MatchResult
from tests.factories import CandidateFactory, VacancyFactory
from tests.reliability.support import (
    expected_checksum,
    expected_count,
    results_checksum,
    run_finished,
    wait_for,
)
from vacancies.tasks import close_expired_vacancies

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_run_is_shared_by_scoring_workers_on_two_machines_and_other_work_has_its_own(
    start_worker, settings
):
    settings.SCORING_CHUNK_SIZE = 150
    import_profiles(synthetic_profiles(1500, seed=13))
    vacancy = VacancyFactory()
    VacancyFactory(deadline=timezone.localdate() - dt.timedelta(days=1))
    scoring = [
        start_worker(queues="scoring", name="scoring1@hostA"),
        start_worker(queues="scoring", name="scoring2@hostB"),
    ]
    default = start_worker(queues="default", name="default@hostA")

    run = rescoring.rescore_vacancy(vacancy)
    closed = close_expired_vacancies.delay()

    assert closed.get(timeout=30) == 1
    wait_for(lambda: run_finished(run), 90, "the run")
    chunks_by_worker = Counter(run.chunks.values_list("worker", flat=True))
    assert set(chunks_by_worker) == {"scoring1@hostA", "scoring2@hostB"}, chunks_by_worker
    assert sum(chunks_by_worker.values()) == 10
    assert any("close_expired_vacancies" in line for line in default.log)
    assert not any("close_expired_vacancies" in line for worker in scoring for line in worker.log)
    assert MatchResult.objects.count() == expected_count() == 1500
    assert results_checksum() == expected_checksum()


def test_a_worker_on_the_scoring_queue_takes_urgent_chunks_too(start_worker):
    """A run about one candidate goes to the urgent queue (issue 18, point 6): a worker started with
    `-Q scoring` takes from it too, so that it is never left without a consumer."""
    VacancyFactory()
    start_worker(queues="scoring", name="scoring@hostA")
    run = rescoring.rescore_candidate(CandidateFactory())
    wait_for(lambda: run_finished(run), 60, "the run")
    assert list(run.chunks.values_list("worker", flat=True)) == ["scoring@hostA"]


def test_with_a_worker_of_their_own_urgent_chunks_go_to_it_and_bulk_work_to_the_others(start_worker):
    """SCORING_URGENT_WORKER: a worker on `-Q scoring-now` (at the web's priority, WORKER_NICENESS=0) takes
    the runs about one candidate, and the scoring workers leave them to it."""
    vacancy = VacancyFactory()
    alice, *_ = [CandidateFactory() for _ in range(3)]
    urgent_only = {"SCORING_URGENT_WORKER": "True"}
    start_worker(queues="scoring", name="bulk@hostB", extra_env=urgent_only)
    start_worker(queues="scoring-now", name="urgent@hostB", extra_env={**urgent_only, "WORKER_NICENESS": "0"})
    own = [rescoring.rescore_candidate(alice) for _ in range(3)]
    bulk = rescoring.rescore_vacancy(vacancy)
    for run in [*own, bulk]:
        wait_for(lambda run=run: run_finished(run), 60, "the runs")
    assert {w for run in own for w in run.chunks.values_list("worker", flat=True)} == {"urgent@hostB"}
    assert set(bulk.chunks.values_list("worker", flat=True)) == {"bulk@hostB"}
    assert MatchResult.objects.filter(vacancy=vacancy).count() == 3
