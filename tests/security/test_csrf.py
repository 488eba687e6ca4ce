"""Issue 8, CSRF: every endpoint that changes state refuses a POST without the token, and HTMX sends it.

The list of state-changing endpoints is the routes table (``tests/security/routes.py``): the first test
asks each URL which methods it accepts, so an endpoint that takes POST without a ``post`` entry in the
table fails here until it is listed.
"""

import json
import logging
import re

import pytest
from playwright.sync_api import expect

from applications.models import Application
from tests.security.routes import LOGIN, ROUTES, admin_urls
from tests.security.support import PERSONAS, changed_tables, client_as, database_state, with_csrf_token

pytestmark = pytest.mark.django_db

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
# Django's view shows a forged or expired link's page whatever the method; a valid link gets its form
# (GET, POST) after the method check.
ANY_METHOD = {"password_reset_confirm": {"GET", "POST"}}


def who_may_open(route) -> str:
    """A persona that gets past the login and role checks of the route, to its method check."""
    return next(p for p, answer in zip(PERSONAS, route.get) if answer not in (LOGIN, 403))


def who_may_post(route) -> str:
    return route.post.by or next(p for p, answer in zip(PERSONAS, route.post.answers) if answer != LOGIN)


def test_every_url_that_takes_a_post_is_in_the_list(world):
    """A TRACE answers 405 with the methods the view accepts; a view that declares none accepts them all."""
    wrong = []
    for route in ROUTES:
        response = client_as(world.users[who_may_open(route)]).generic("TRACE", route.url(world))
        if route.name in ANY_METHOD:
            accepted = ANY_METHOD[route.name]
        elif response.status_code == 405:
            accepted = {method.strip() for method in response["Allow"].split(",")}
        else:
            wrong.append(f"{route}: TRACE answered {response.status_code}: the view declares no methods")
            continue
        if bool(accepted & UNSAFE) != bool(route.post):
            wrong.append(f"{route} accepts {sorted(accepted)}, but the table has post={route.post}")
    assert not wrong, "\n".join(wrong)


def test_every_state_changing_url_refuses_a_post_without_the_token(world, caplog):
    """Logged in as the persona who may post there, with the data that would otherwise work."""
    clients = {persona: client_as(user, enforce_csrf_checks=True) for persona, user in world.users.items()}
    wrong, before = [], database_state()
    for route in (route for route in ROUTES if route.post):
        client = clients[who_may_post(route)]
        for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
            caplog.clear()
            with caplog.at_level(logging.WARNING, logger="django.security.csrf"):
                response = client.post(route.url(world), route.post.data(world), **headers)
            logged = any(record.name == "django.security.csrf" for record in caplog.records)
            if response.status_code != 403 or not logged:
                wrong.append(
                    f"{route} {headers}: answered {response.status_code}, CSRF failure logged: {logged}"
                )
    changed = changed_tables(before, database_state())
    assert not wrong and not changed, "\n".join(wrong + [f"changed: {changed}"])


def test_every_admin_url_refuses_a_post_without_the_token(admin_objects):
    client = client_as(admin_objects.ada, enforce_csrf_checks=True)
    wrong, before = [], database_state()
    for key, url in admin_urls(admin_objects):
        response = client.post(url, {"title": "Changed", "action": "delete_selected", "post": "yes"})
        if response.status_code != 403:
            wrong.append(f"{key}: POST {url} without a token answered {response.status_code}")
    changed = changed_tables(before, database_state())
    assert not wrong and not changed, "\n".join(wrong + [f"changed: {changed}"])


def test_every_page_sends_the_token_with_htmx_requests(world):
    """base.html puts the token in hx-headers on <body>; that header alone gets an HTMX POST through."""
    client = client_as(world.alice, enforce_csrf_checks=True)
    page = client.get("/profile/").content.decode()
    headers = json.loads(re.search(r"<body hx-headers='([^']*)'", page)[1])
    [token] = [value for name, value in headers.items() if name.lower() == "x-csrftoken"]
    data = {"languages-new-language": "German", "languages-new-level": "III"}
    refused = client.post("/profile/languages/add/", data, HTTP_HX_REQUEST="true")
    response = client.post("/profile/languages/add/", data, HTTP_HX_REQUEST="true", HTTP_X_CSRFTOKEN=token)
    assert refused.status_code == 403
    assert response.status_code == 200 and "<html" not in response.content.decode()
    assert world.alice.candidate.languages.filter(language="German", level="III").exists()


def test_a_valid_token_header_is_what_gets_through(world):
    """The check above is not vacuous: a made-up token is refused, a real one accepted."""
    client = client_as(world.rita, enforce_csrf_checks=True)
    url = f"/recruiting/{world.vacancy.pk}/candidates/{world.alice.candidate.pk}/notes/"
    header = with_csrf_token(client)
    assert client.post(url, {"text": "x"}, HTTP_X_CSRFTOKEN="A" * 64).status_code == 403
    assert client.post(url, {"text": "x"}, **header).status_code == 302


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_rita_changes_a_stage_with_htmx_in_chromium(world, page_for):
    page = page_for(world.rita)
    page.goto(f"/recruiting/{world.vacancy.pk}/")
    hanna = world.hanna
    page.locator(f"#row-{hanna.pk} select[name=stage]").select_option("interview")
    with page.expect_response(lambda r: r.url.endswith(f"/candidates/{hanna.pk}/stage/")) as answer:
        page.locator(f"#row-{hanna.pk}").get_by_role("button", name="Save").click()
    request = answer.value.request
    assert request.method == "POST" and request.headers.get("hx-request") == "true"
    assert request.headers.get("x-csrftoken")
    assert answer.value.status == 200
    expect(page.locator(f"#row-{hanna.pk} select[name=stage]")).to_have_value("interview")
    assert Application.objects.get(vacancy=world.vacancy, candidate=hanna).stage == "interview"
