"""A chunk's lease: the one execution allowed to score it, renewed while it works.

A task delivered twice, a message sent again by the reconciler, or Redis redelivering a message whose
worker died: whichever execution claims the chunk first scores it, any other one at the same time finds it
leased and stops, and only the lease holder writes (``matching.services.score_chunk``). The lease lasts
``SCORING_LEASE_SECONDS`` and a thread renews it every third of that while the holder works, so a holder
killed with its worker lets go within that time (at once when its process is seen gone on the same host).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Q
from django.utils import timezone

from .models import ScoringChunk


def lease_duration() -> dt.timedelta:
    return dt.timedelta(seconds=settings.SCORING_LEASE_SECONDS)


def new_holder() -> str:
    """This execution's name: host and process (to see a holder gone on this host) and a token of its own."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def holder_gone(holder: str) -> bool:
    """Whether the holder's process is known to be dead: only on this host; elsewhere its lease expires."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


def free(now: dt.datetime) -> Q:
    """Chunks no execution holds: never leased, or the lease ran out."""
    return Q(lease_until__isnull=True) | Q(lease_until__lt=now)


def claim(chunk_id: int) -> str | None:
    """Take the chunk's lease for this execution; its holder name, or None when the chunk is done or held
    by another execution still at work."""
    holder, now = new_holder(), timezone.now()
    pending = ScoringChunk.objects.filter(pk=chunk_id, status=ScoringChunk.Status.PENDING)
    taken = pending.filter(free(now)).update(lease_holder=holder, lease_until=now + lease_duration())
    if not taken:
        current = pending.values_list("lease_holder", flat=True).first()
        if current is None or not holder_gone(current):
            return None
        # Its holder died on this host (a killed pool process): take over without waiting for the expiry.
        taken = pending.filter(lease_holder=current).update(
            lease_holder=holder, lease_until=now + lease_duration()
        )
    return holder if taken else None


@contextmanager
def kept(chunk_id: int, holder: str) -> Iterator[None]:
    """Renew the lease every third of its duration while the block runs (a thread with its own connection);
    give it up when the block fails, so that a retry (or another worker) may take the chunk at once."""
    stop = threading.Event()

    def renew() -> None:
        try:
            while not stop.wait(settings.SCORING_LEASE_SECONDS / 3):
                try:
                    ScoringChunk.objects.filter(
                        pk=chunk_id, lease_holder=holder, status=ScoringChunk.Status.PENDING
                    ).update(lease_until=timezone.now() + lease_duration())
                except DatabaseError:  # away for a moment: the next renewal may reach it
                    connection.close()
        finally:
            connection.close()

    renewer = threading.Thread(target=renew, name=f"lease-{chunk_id}", daemon=True)
    renewer.start()
    try:
        yield
    except BaseException:
        stop.set()
        renewer.join()
        with suppress(DatabaseError):  # when the database is what failed, the lease lapses by itself
            ScoringChunk.objects.filter(pk=chunk_id, lease_holder=holder).update(lease_until=None)
        raise
    finally:
        stop.set()
        renewer.join()
