"""Rate limits on requests that are expensive or can be abused (each starts a subprocess, sends an email,
or builds a whole file): django-ratelimit, counting per person, or per address for visitors not logged in,
in the "ratelimit" cache. The limits are settings (RATE_LIMITS, from the environment)."""

from __future__ import annotations

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.http import HttpRequest
from django_ratelimit import UNSAFE
from django_ratelimit.decorators import ratelimit


def client_ip(request: HttpRequest) -> str:
    """RATELIMIT_IP_META_KEY: the client's address as login throttling sees it (PROXY_COUNT proxies)."""
    return get_client_ip_address(request) or request.META["REMOTE_ADDR"]


def _rate(group: str, request: HttpRequest) -> str:
    return settings.RATE_LIMITS[group]  # read per request, so that a test may set it


def rate_limited(group: str, *, method=UNSAFE):
    """Answers 429 (config.views.rate_limited) once a person, or an address, goes past RATE_LIMITS[group]
    requests with this method. Put it under the role checks, so that refused requests are not counted."""
    return ratelimit(group=group, key="user_or_ip", rate=_rate, method=method)
