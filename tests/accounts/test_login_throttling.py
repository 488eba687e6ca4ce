"""Login throttling counts failures per person, whatever the spelling of their email (issue: changing the
case of the email, or adding a space, used to start a fresh count and let a guesser go on)."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.test import Client

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SPELLINGS = ["victim@example.org", "VICTIM@example.org", "Victim@Example.org", " victim@example.org"]


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def victim():
    """victim: an applicant whose password someone is guessing."""
    return UserFactory(email="victim@example.org")


def log_in(client: Client, email: str, password: str):
    return client.post("/accounts/login/", {"username": email, "password": password})


def logged_in(client: Client) -> bool:
    return SESSION_KEY in client.session


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_logs_in_with_the_right_password(victim, spelling):
    client = Client()
    response = log_in(client, spelling, PASSWORD)
    assert response.status_code == 302 and logged_in(client)
    assert int(client.session[SESSION_KEY]) == victim.pk


@pytest.mark.parametrize("failed_with", SPELLINGS)
def test_after_the_limit_every_other_spelling_is_locked_out_too(victim, failed_with):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(Client(), failed_with, "wrong-guess")
    for spelling in SPELLINGS:
        client = Client()
        response = log_in(client, spelling, PASSWORD)
        assert response.status_code == 429, spelling
        assert "Too many failed log-in attempts" in response.content.decode()
        assert not logged_in(client)
    assert AccessAttempt.objects.get().username == "victim@example.org"


def test_alternating_spellings_are_counted_together():
    UserFactory(email="victim@example.org")
    answers = [log_in(Client(), SPELLINGS[i % len(SPELLINGS)], "wrong-guess").status_code for i in range(30)]
    limit = settings.AXES_FAILURE_LIMIT
    assert answers[: limit - 1] == [200] * (limit - 1)  # the form again, "please enter a correct email..."
    assert set(answers[limit:]) == {429}
    assert AccessAttempt.objects.get().failures_since_start == 30


def test_an_account_is_stored_in_one_spelling():
    user = User.objects.create_user(" Ana.Lopes@Example.ORG ", PASSWORD)
    assert user.email == "ana.lopes@example.org"
    user.email = "ANA.LOPES@example.org"
    user.save()
    user.refresh_from_db()
    assert user.email == "ana.lopes@example.org"
    assert User.objects.get_by_natural_key("  Ana.Lopes@EXAMPLE.org") == user
