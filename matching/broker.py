"""What waits in the broker: the chunks whose scoring task is in the Redis queue, not yet taken by a worker.

Celery's Redis transport keeps a queue as a Redis list of JSON messages; a task's arguments are in the
message's body (base64 JSON, Celery's message protocol 2: ``[args, kwargs, embed]``). Reading the list is
how the reconciler tells a chunk that waits its turn from one whose message was lost.
"""

from __future__ import annotations

import base64
import json

import redis
from django.conf import settings

SCORE_CHUNK = "matching.tasks.score_chunk"


def scoring_queue() -> str:
    return settings.CELERY_TASK_ROUTES["matching.tasks.*"]["queue"]


def scoring_queues() -> list[str]:
    """The scoring queue and the urgent one (a run about one candidate: ``tasks.enqueue_chunks``)."""
    return [scoring_queue(), settings.SCORING_URGENT_QUEUE]


def chunks_waiting() -> set[int]:
    """Ids of the chunks with a task message in a scoring queue. Raises redis.RedisError (or OSError)
    when the broker cannot be read."""
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_connect_timeout=5, socket_timeout=30)
    try:
        messages = [raw for queue in scoring_queues() for raw in client.lrange(queue, 0, -1)]
    finally:
        client.close()
    waiting = set()
    for raw in messages:
        chunk_id = _chunk_of(raw)
        if chunk_id is not None:
            waiting.add(chunk_id)
    return waiting


def _chunk_of(raw: bytes) -> int | None:
    try:
        message = json.loads(raw)
        if message.get("headers", {}).get("task") != SCORE_CHUNK:
            return None
        body = message["body"]
        if message.get("properties", {}).get("body_encoding") == "base64":
            body = base64.b64decode(body)
        args = json.loads(body)[0]
        return int(args[0])
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None  # not a message this code wrote
