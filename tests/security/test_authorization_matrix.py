"""Issue 8: who may open every URL of the project. The table is ``tests/security/routes.py``; the admin site
follows one rule (``test_the_admin_is_for_staff_only``). A new URL pattern fails the first test until it is
classified in the table."""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.db import transaction
from django.shortcuts import resolve_url
from django.templatetags.static import static
from django.test import RequestFactory, override_settings

from access.middleware import ANONYMOUS_ALLOWED
from tests.security.routes import LOGIN, REFUSALS, ROUTES, admin_urls, in_admin, url_patterns
from tests.security.support import PERSONAS, changed_tables, client_as, database_state, with_csrf_token

pytestmark = pytest.mark.django_db

# Pages a visitor may open without logging in (access.middleware lets only these through).
ALLOW_LIST = {
    "home",
    "healthz",
    "privacy",
    "login",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "applicants:signup",
    "applicants:signup_done",
    "applicants:verify_email",
    "board:list",
    "board:vacancy",
    "sitemap",
    "robots_txt",
    "board:alert_new",
    "board:alert_confirm",
    "board:unsubscribe",
    "set_language",  # the language switcher (issue 19, point 3)
}


def answer(response):
    """The status code, or LOGIN for a redirect to the login page."""
    if response.status_code == 302 and response["Location"].startswith(
        f"{resolve_url(settings.LOGIN_URL)}?next="
    ):
        return LOGIN
    return response.status_code


def test_every_url_pattern_is_in_the_table():
    patterns = {key for key, _, namespace, _ in url_patterns() if not in_admin(namespace)}
    table = {route.name for route in ROUTES}
    assert sorted(patterns - table) == [], "new URL patterns: add them to tests/security/routes.py"
    assert sorted(table - patterns) == [], "the table lists URL patterns that no longer exist"


def test_login_is_required_everywhere_but_the_allow_list():
    assert "access.middleware.LoginRequiredMiddleware" in settings.MIDDLEWARE
    public_in_table = {route.name for route in ROUTES if route.get[0] != LOGIN}
    assert ALLOW_LIST | {"admin:login"} == ANONYMOUS_ALLOWED
    assert public_in_table == ALLOW_LIST


@override_settings(WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=True)
def test_static_files_are_public():
    assert client_as(None).get(static("css/app.css")).status_code == 200


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_gets_what_the_table_says(world, persona):
    """GET on every route; a refusal must also hold for the HTMX request of the same URL."""
    client = client_as(world.users[persona])
    wrong = []
    for route in ROUTES:
        expected, url = route.get[PERSONAS.index(persona)], route.url(world)
        got = answer(client.get(url))
        if got != expected:
            wrong.append(f"{route}: GET {url} answered {got}, the table says {expected}")
        elif expected in REFUSALS and (htmx := answer(client.get(url, HTTP_HX_REQUEST="true"))) != expected:
            wrong.append(f"{route}: GET {url} with HTMX answered {htmx}, without it {expected}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_posts_only_where_the_table_says(world, persona):
    """POST with a valid CSRF token: refused without any change to the database, or (rolled back after) the
    answer the table gives; the POST of the persona who may must change something."""
    user, column = world.users[persona], PERSONAS.index(persona)
    wrong = []
    for route in (route for route in ROUTES if route.post):
        expected, url = route.post.answers[column], route.url(world)
        client = client_as(user, enforce_csrf_checks=True)
        token = with_csrf_token(client)
        watched = expected in REFUSALS or persona == route.post.by
        with transaction.atomic():
            before = database_state() if watched else {}
            got = answer(client.post(url, route.post.data(world), **token))
            changed = changed_tables(before, database_state() if watched else {})
            transaction.set_rollback(True)
        if got != expected:
            wrong.append(f"{route}: POST {url} answered {got}, the table says {expected}")
        elif expected in REFUSALS and changed:
            wrong.append(f"{route}: the refused POST {url} changed {changed}")
        elif persona == route.post.by and route.post.changes and not changed:
            wrong.append(f"{route}: {persona}'s POST {url} changed nothing")
    assert not wrong, "\n".join(wrong)


def test_bob_does_not_see_alices_match(world):
    """No URL takes a match id: the applicant pages show the signed-in applicant's own match only."""
    alice, bob = client_as(world.alice), client_as(world.bob)
    assert alice.get(f"/me/vacancies/{world.vacancy.pk}/").context["match"].candidate == world.alice.candidate
    assert bob.get(f"/me/vacancies/{world.vacancy.pk}/").context["match"] is None
    alices_cards, bobs_cards = (client.get("/me/matches/").context["cards"] for client in (alice, bob))
    assert {card.match.candidate for card in alices_cards if card.match} == {world.alice.candidate}
    assert len(bobs_cards) == len(alices_cards) and [card.match for card in bobs_cards if card.match] == []


# The admin site: one rule for all of it.


def staff_answer(key: str, url: str, request) -> int:
    """What ada (staff) gets: the page, unless the model admin itself refuses (a read-only trail)."""
    special = {"admin:login": 302, "admin:logout": 405, "admin:autocomplete": 403, "admin:view_on_site": 404}
    if key in special:
        return special[key]
    if key.endswith(("_add", "_delete")):
        _, label, model_name, *_ = url.strip("/").split("/")
        model_admin = admin.site._registry[apps.get_model(label, model_name)]
        allowed = (
            model_admin.has_add_permission if key.endswith("_add") else model_admin.has_delete_permission
        )
        return 200 if allowed(request) else 403
    if key.startswith("admin/") and key.endswith("<path:object_id>/"):
        return 302  # /admin/<app>/<model>/<id>/ redirects to the change page (the results' id: vacancy-candidate)
    if url == "/admin/no-such-page/":
        return 404
    return 200


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_admin_is_for_staff_only(admin_objects, persona):
    """Staff get the admin pages; everyone else is sent to log in: to the admin's login page, or for
    anonymous visitors on a model's pages to the site's (LoginRequiredMiddleware answers first there)."""
    user = admin_objects.users[persona]
    client = client_as(user)
    request = RequestFactory().get("/admin/")
    request.user = user
    wrong = []
    for key, url in admin_urls(admin_objects):
        response = client.get(url)
        got = response.status_code
        if persona == "ada":
            expected = staff_answer(key, url, request)
        elif key == "admin:login":
            expected = 200
        else:
            expected = "sent to log in"
            # Logging out of the admin without being staff goes to the index, which sends them to log in.
            logins = {f"/admin/login/?next={url}", f"/accounts/login/?next={url}"}
            if key == "admin:logout":
                logins.add("/admin/")
            if got == 302 and response.get("Location") in logins:
                got = expected
        if got != expected:
            wrong.append(f"{key}: GET {url} answered {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)
