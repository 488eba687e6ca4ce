"""What /healthz reports: whether each service the app needs answers, checked afresh on every call."""

from __future__ import annotations

import logging

import redis
from django.conf import settings
from django.db import DatabaseError, connection

from .celery import app as celery_app

log = logging.getLogger(__name__)

OK, UNAVAILABLE, NOT_USED = "ok", "unavailable", "not used"
TIMEOUT_SECONDS = 2.0


def database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        log.warning("health check: the database is unavailable: %s", error)
        return UNAVAILABLE
    return OK


def broker() -> str:
    """Redis, which carries the background tasks; not used when they run in-process (development)."""
    if celery_app.conf.task_always_eager:
        return NOT_USED
    client = redis.Redis.from_url(
        settings.CELERY_BROKER_URL, socket_connect_timeout=TIMEOUT_SECONDS, socket_timeout=TIMEOUT_SECONDS
    )
    try:
        client.ping()
    except (redis.RedisError, OSError) as error:
        log.warning("health check: the broker is unavailable: %s", error)
        return UNAVAILABLE
    finally:
        client.close()
    return OK


def check_all() -> dict[str, str]:
    return {"database": database(), "broker": broker()}
