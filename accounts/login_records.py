"""Log-in records (django-axes): who logged in or failed to, from which address and browser, and when.
They name a person (their email), so they go with the account and are kept only LOGIN_RECORD_DAYS."""

from __future__ import annotations

import datetime as dt

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.utils import timezone

# Every table django-axes writes a person's email to: successes, failure counters and failure history.
LOGIN_RECORD_MODELS = (AccessLog, AccessAttempt, AccessFailureLog)


def login_records_of(email: str) -> dict[str, list[dict]]:
    """What is held about this email's log-ins, newest first (the person's own data download)."""
    return {
        "log_ins": _rows(AccessLog, email, "attempt_time", "logout_time", "ip_address", "user_agent"),
        "failed_log_ins": _rows(AccessFailureLog, email, "attempt_time", "locked_out", "ip_address", "user_agent"),
        # Counters of recent failures, which lock the account for a while.
        "failure_counters": _rows(AccessAttempt, email, "attempt_time", "failures_since_start", "ip_address", "user_agent"),
    }  # fmt: skip


def _rows(model, email: str, *fields: str) -> list[dict]:
    rows = model.objects.filter(username=email).order_by("-attempt_time").values(*fields)
    return [{k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in row.items()} for row in rows]


def forget_login_records(email: str) -> int:
    """Delete every log-in record of this email (stored normalised: accounts.throttling)."""
    return sum(model.objects.filter(username=email).delete()[0] for model in LOGIN_RECORD_MODELS)


def expire_login_records(*, days: int, now: dt.datetime | None = None) -> int:
    """Delete log-in records older than ``days``; returns how many. A lock-out lasts hours
    (AXES_COOLOFF_HOURS), so no failure counter still in use is that old."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=days)
    return sum(model.objects.filter(attempt_time__lt=cutoff).delete()[0] for model in LOGIN_RECORD_MODELS)
