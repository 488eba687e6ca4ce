"""Logging in through the page lands on the role's home page: My matches, My vacancies, the admin
(issue 17, point 6); a page that sent the visitor to log in is where they land instead."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def log_in(page, email: str, password: str) -> None:
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("main").get_by_role("button", name="Log in").click()


@pytest.mark.parametrize(
    ("persona", "lands_on", "heading"),
    [
        ("alice", "/me/matches/", "matches"),
        ("rita", "/recruiting/", "vacancies"),
        ("ada", "/admin/", "administration"),
    ],
)
def test_logging_in_lands_on_the_roles_home_page(persona, lands_on, heading, request, password, page_for):
    user = request.getfixturevalue(persona)
    page = page_for(None)
    page.goto("/accounts/login/")
    log_in(page, user.email, password)
    expect(page).to_have_url(re.compile(re.escape(lands_on) + "$"))
    expect(page.locator("h1").first).to_contain_text(heading, ignore_case=True)


def test_a_page_asked_for_before_logging_in_comes_first(rita, vacancy, password, page_for):
    page = page_for(None)
    page.goto(f"/vacancies/{vacancy.pk}/")
    expect(page).to_have_url(re.compile(re.escape(f"/accounts/login/?next=/vacancies/{vacancy.pk}/") + "$"))
    log_in(page, rita.email, password)
    expect(page.get_by_role("heading", name=vacancy.title, level=1)).to_be_visible()
    assert page.url.endswith(f"/vacancies/{vacancy.pk}/")
