"""Refusals stay quiet and safe (issue 16): a 403 is logged in one line, not with a traceback, and the 400
answered for a bad Host header carries the same security headers as every other page."""

import io
import logging

import pytest
from django.test import Client

from tests.security.support import client_as

pytestmark = pytest.mark.django_db

SECURITY_HEADERS = ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy",
                    "Cross-Origin-Opener-Policy")  # fmt: skip


@pytest.fixture
def console_log():
    """What the app's console handler (settings.LOGGING) writes, filters and all."""
    [console] = [h for h in logging.getLogger().handlers if h.name == "console"]
    written = io.StringIO()
    previous = console.setStream(written)
    yield written
    console.setStream(previous)


def test_a_403_is_logged_in_one_line_without_a_traceback(alice, console_log):
    response = client_as(alice).get("/recruiting/")
    assert response.status_code == 403
    log = console_log.getvalue()
    assert "Forbidden (Permission denied): /recruiting/" in log
    assert "Traceback" not in log and len(log.strip().splitlines()) == 1


def test_a_bad_host_is_logged_in_one_line_without_a_traceback(console_log):
    assert Client().get("/", HTTP_HOST="evil.example").status_code == 400
    log = console_log.getvalue()
    assert "Invalid HTTP_HOST header: 'evil.example'" in log and "Traceback" not in log


def test_a_server_error_still_logs_its_traceback(rita, console_log, monkeypatch):
    from recruiting import queries

    monkeypatch.setattr(queries, "vacancies_overview", lambda *a, **k: 1 / 0)
    client = client_as(rita)
    client.raise_request_exception = False
    assert client.get("/recruiting/").status_code == 500
    assert "Traceback" in console_log.getvalue() and "ZeroDivisionError" in console_log.getvalue()


@pytest.mark.parametrize("https_redirect", [False, True], ids=["behind-tls-proxy", "plain-http-redirected"])
def test_the_bad_host_page_has_the_security_headers(settings, https_redirect):
    settings.SECURE_SSL_REDIRECT = https_redirect
    settings.SECURE_REFERRER_POLICY = "same-origin"
    page = Client().get("/", secure=True)
    bad = Client().get("/", HTTP_HOST="evil.example", secure=not https_redirect)
    assert bad.status_code == 400
    assert {h: bad.get(h) for h in SECURITY_HEADERS} == {h: page[h] for h in SECURITY_HEADERS}
