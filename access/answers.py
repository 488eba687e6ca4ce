"""Answers kept whole, for every app's views: a page rendered once per state of what it shows, then served
from the cache until that state changes (``recruiting.generations`` keys the recruiters' pages, ``applicants
.views.matches`` the applicant's matches).

An answer is kept under a key naming everything it depends on (``key``: the state the caller reads, who asks,
the language, time zone, day and query string), so a new state is a new key and no answer is ever served for an
older one. The request's CSRF token is put in when the answer is sent (``CSRF_PLACEHOLDER`` in the kept text)."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import redis
from django.conf import settings
from django.core.cache import cache, caches
from django.db import connection
from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils import timezone, translation

log = logging.getLogger(__name__)

# Stands for the request's CSRF token in a kept answer, which every request of the key is served from.
CSRF_PLACEHOLDER = "csrf-token-of-the-request"


def key(request, part: str, state: Any) -> str:
    """The key of a whole page of this user's: ``state`` (what the page shows depends on, as the caller read
    it), who asks (their role decides the navigation; their address is on every page), the language, time
    zone and day it is worded in, the query string and whether HTMX asks for a part."""
    user = request.user
    parts = [
        part, state, user.pk, user.email, user.is_staff, getattr(user, "role", ""), translation.get_language(),
        timezone.get_current_timezone_name(), timezone.localdate().isoformat(), request.get_full_path(),
        bool(getattr(request, "htmx", False)),
    ]  # fmt: skip
    digest = hashlib.blake2b(json.dumps(parts, default=str).encode(), digest_size=16).hexdigest()
    return f"page:{user.pk}:{digest}"


def part_key(part: str, state: Any) -> str:
    """The key of a part of a page shown alike to whoever's state it is (a card, a row): ``state``, and the
    language, time zone and day it is worded in."""
    parts = [
        part,
        state,
        translation.get_language(),
        timezone.get_current_timezone_name(),
        timezone.localdate(),
    ]
    digest = hashlib.blake2b(json.dumps(parts, default=str).encode(), digest_size=16).hexdigest()
    return f"part:{part}:{digest}"


def kept(key: str) -> Any:
    """The answer kept under ``key``: from this process's cache, else from the cache the web processes share
    (``SHARED_CACHE_URL``, Redis: an answer is then rendered once per state in all of them, not once in
    each), else None. The shared cache unreachable is a miss, never an error."""
    value = cache.get(key)
    if value is not None or "shared" not in settings.CACHES:
        return value
    try:
        found = caches["shared"].get(key)
    except (redis.RedisError, OSError) as error:
        log.warning("shared cache unreachable: %s", error)
        return None
    if found is None:
        return None
    until, value = found
    if (seconds := int(until - time.time())) < 1:
        return None
    cache.set(key, value, seconds)
    return value


def keep(key: str, value: Any, seconds: int) -> None:
    """Keep ``value`` under ``key`` for ``seconds`` here and in the shared cache (see ``kept``)."""
    cache.set(key, value, seconds)
    if "shared" in settings.CACHES:
        try:
            caches["shared"].set(key, (time.time() + seconds, value), seconds)
        except (redis.RedisError, OSError) as error:
            log.warning("shared cache unreachable: %s", error)


def read_together(parts: dict[str, QuerySet]) -> dict[str, list[list]]:
    """Each ``values_list`` query's rows (as JSON gives them: times as ISO text), all read in one round trip
    to the database: the state a kept answer is keyed by is read on every request, and on a busy machine
    each round trip waits for a core (issue 16, point 10) more than its query takes."""
    selects, params = [], []
    for queryset in parts.values():
        sql, some = queryset.query.sql_with_params()
        # json (not jsonb) keeps each row's columns in the query's order; the rows keep the subquery's.
        selects.append(f"(SELECT COALESCE(json_agg(found), '[]')::text FROM ({sql}) AS found)")  # noqa: S608 (the ORM's SQL)
        params.extend(some)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(selects), params)
        texts = cursor.fetchone()
    return {
        name: [list(row.values()) for row in json.loads(text, object_pairs_hook=dict)]
        for name, text in zip(parts, texts, strict=True)
    }


def latest(key: str) -> Any:
    """The value kept under ``key`` by ``keep_latest``: a key whose value is replaced, read where every
    process writes it (the shared cache if there is one), never from a copy in this process."""
    try:
        return _writable().get(key)
    except (redis.RedisError, OSError) as error:
        log.warning("shared cache unreachable: %s", error)
        return None


def keep_latest(key: str, value: Any, seconds: int) -> None:
    try:
        _writable().set(key, value, seconds)
    except (redis.RedisError, OSError) as error:
        log.warning("shared cache unreachable: %s", error)


def claim(key: str, seconds: int = 10) -> bool:
    """True for the first process to ask for ``key`` (it renders that answer), False for the others until it
    is released or ``seconds`` have passed (the process that claimed it may have died). The shared cache unreachable: True (each renders its own, as without it)."""
    try:
        return _writable().add(f"claim:{key}", 1, seconds)
    except (redis.RedisError, OSError) as error:
        log.warning("shared cache unreachable: %s", error)
        return True


def rendered_elsewhere(key: str, seconds: float = 3) -> Any:
    """None when this process is the first to need ``key``'s answer (it claims it, then renders it); else that
    answer once the process that claimed it has kept it, waited for up to ``seconds`` (then None: render it
    too). Several processes missing the same answer at once (a new generation) render it once between them."""
    if claim(key):
        return None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if (value := kept(key)) is not None:
            return value
    return None


def release(key: str) -> None:
    """``key``'s answer is kept: the next process to need a newer one may claim it."""
    try:
        _writable().delete(f"claim:{key}")
    except (redis.RedisError, OSError) as error:
        log.warning("shared cache unreachable: %s", error)


def _writable():
    return caches["shared"] if "shared" in settings.CACHES else cache


class ThenRender(HttpResponse):
    """A response that, once sent, runs ``then`` (rendering the next answer, which it keeps) and then releases
    ``claims``: WSGI servers close a response after its last byte, and Django's test client likewise. The
    person asking does not wait for the render; the process does, as it would have before answering. An error
    there is logged, not raised (the answer was sent): the next request renders the answer instead."""

    def __init__(self, content: str, then: Callable[[], Any], claims: Sequence[str]) -> None:
        super().__init__(content)
        self._then, self._claims = then, tuple(claims)

    def close(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            try:
                then()
            except Exception:
                log.exception("rendering the next answer after a response failed")
            finally:
                for claimed in self._claims:
                    release(claimed)
        super().close()  # then Django's end of the request (its database connections)
