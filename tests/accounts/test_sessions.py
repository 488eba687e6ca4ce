"""Sessions record who is logged in to them, so that erasing an account deletes that person's sessions by
an index instead of decoding every session in the database."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import Session
from accounts.privacy import erase_account

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-new-long-passphrase-42"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def logged_in(email: str, password: str) -> Client:
    client = Client()
    assert client.post("/accounts/login/", {"username": email, "password": password}).status_code == 302
    return client


def test_a_session_records_the_user_logged_in_to_it(alice, password):
    client = logged_in("alice@example.org", password)
    assert Session.objects.get(session_key=client.session.session_key).user_id == alice.pk


def test_erasing_an_account_deletes_its_sessions_and_only_those(alice, bob, ada, password):
    phone, laptop = logged_in("alice@example.org", password), logged_in("alice@example.org", password)
    # A new password gives the laptop's session a new key: that one must go too.
    laptop.post("/accounts/password_change/", {"old_password": password, "new_password1": NEW_PASSWORD,
                                               "new_password2": NEW_PASSWORD})  # fmt: skip
    laptop_key = laptop.session.session_key
    assert Session.objects.get(session_key=laptop_key).user_id == alice.pk
    bobs = [logged_in("bob@example.org", password).session.session_key for _ in range(3)]
    anonymous = Client()
    anonymous.get("/accounts/login/")

    with CaptureQueriesContext(connection) as queries:
        erase_account(alice, by=ada)

    assert not Session.objects.filter(session_key__in=[phone.session.session_key, laptop_key]).exists()
    assert set(Session.objects.filter(user=bob).values_list("session_key", flat=True)) == set(bobs)
    # Found by the user's id: no query reads other people's sessions.
    on_sessions = [query["sql"] for query in queries if '_session"' in query["sql"]]
    assert len(on_sessions) == 1, on_sessions
    assert on_sessions[0].startswith('DELETE FROM "accounts_session" WHERE "accounts_session"."user_id" IN (')
    assert phone.get("/me/matches/").status_code == 302  # logged out
