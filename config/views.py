"""The server error page, with its own answer for a database that cannot be reached, the rate-limit page, and
the health check."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django.views.decorators.http import require_safe

from . import health

# A lost or refused connection, a restart, a deadlock or a statement timeout: all pass in a minute.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def server_error(request):
    """503 with Retry-After when the database is unavailable, the plain 500 page otherwise.

    Installed as handler500, so it also catches what middleware raises (loading the session, the user),
    which a middleware's process_exception never sees. Like Django's own, it renders its template without
    a request context: no context processor, no query, nothing that could fail again.
    """
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = "60"
        return response
    return defaults.server_error(request)


@require_safe
def healthz(request):
    """For load balancers and monitoring: each service's state, and 503 while any the app needs is down."""
    checks = health.check_all()
    healthy = all(state != health.UNAVAILABLE for state in checks.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks}, status=200 if healthy else 503
    )
    add_never_cache_headers(response)
    return response


def rate_limited(request, exception):
    """RATELIMIT_VIEW: the page for a request past its rate limit (access.ratelimits)."""
    return render(request, "429.html", status=429)


@require_safe
def robots_txt(request):
    """Crawlers may read the public board; the sitemap lists its open vacancies. Every other page needs a
    log-in, so they are left out rather than listed here."""
    lines = [
        "User-agent: *",
        "Allow: /jobs/",
        "Disallow: /jobs/alerts/",
        "Disallow: /me/",
        "Disallow: /profile/",
        "Disallow: /recruiting/",
        "Disallow: /vacancies/",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
