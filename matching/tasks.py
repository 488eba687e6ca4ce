"""The Celery side of the scoring pipeline: the tasks, and sending chunks to them.

Above ``matching.services`` (the tasks call it) and below ``matching.rescoring`` (which plans runs and
sends their chunks here): never importing either upwards keeps the three free of cycles.
"""

import logging
from collections.abc import Sequence

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerUnreachable
from redis.exceptions import RedisError

from . import broker, services
from .models import ScoringChunk

log = logging.getLogger(__name__)

# A database or broker that is away for a moment: try again later rather than fail the chunk.
TRANSIENT = (ConnectionError, OperationalError, InterfaceError)


@shared_task(bind=True, ignore_result=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=10)
def score_chunk(self, chunk_id: int) -> int:
    return services.score_chunk(chunk_id, worker=self.request.hostname or "")


@shared_task
def reconcile_scoring_runs() -> int:
    return reconcile_runs()


def enqueue_chunks(chunk_ids: Sequence[int], *, urgent: bool = False) -> int:
    """Send one task per chunk; returns how many were sent. ``urgent``: a person waits for them (a run
    about one candidate), so they go to a queue of their own (SCORING_URGENT_QUEUE), never behind bulk work.

    When the broker cannot be reached the chunks stay in the database, marked as never enqueued, and the
    reconciler sends them once it is back: the change that asked for the run is committed, and the page
    that made it still answers.
    """
    options = {"queue": settings.SCORING_URGENT_QUEUE} if urgent else {}  # else the route: "scoring"
    for sent, chunk_id in enumerate(chunk_ids):
        try:
            score_chunk.apply_async((chunk_id,), **options)
        except BrokerUnreachable as error:
            left = chunk_ids[sent:]
            ScoringChunk.objects.filter(pk__in=left).update(enqueued_at=None)
            log.warning("broker unreachable (%s): %d chunks left for the reconciler", error, len(left))
            return sent
    return len(chunk_ids)


def reconcile_runs() -> int:
    """Send again the chunks whose message is lost (broker down, Redis restarted empty, a dead worker's);
    returns how many were sent. Beat runs it every SCORING_RECONCILE_SECONDS."""
    try:
        waiting = broker.chunks_waiting()
    except (RedisError, OSError) as error:  # nothing can be sent either; the next round will
        log.warning("reconciler: the broker cannot be read (%s)", error)
        return 0
    lost = services.claim_lost_chunks(waiting=waiting)
    one_candidate = set(services.chunks_of_one_candidate(lost))
    sent = enqueue_chunks([pk for pk in lost if pk in one_candidate], urgent=True)
    sent += enqueue_chunks([pk for pk in lost if pk not in one_candidate])
    services.finish_complete_runs()
    return sent
