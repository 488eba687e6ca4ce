"""Log-in records (django-axes) name a person: they go with the account and expire after LOGIN_RECORD_DAYS."""

import datetime as dt

import pytest
import time_machine
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.test import Client

from accounts.login_records import LOGIN_RECORD_MODELS
from accounts.tasks import expire_login_records
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def log_in(client: Client, email: str, password: str):
    return client.post(
        "/accounts/login/", {"username": email, "password": password}, HTTP_USER_AGENT="Firefox/1"
    )


def records_naming(email: str) -> int:
    return sum(model.objects.filter(username=email).count() for model in LOGIN_RECORD_MODELS)


@pytest.fixture
def alice_logged_in_and_failed(settings):
    """alice: an applicant who mistyped her password once, then logged in (a success and a failure held)."""
    settings.AXES_ENABLE_ACCESS_FAILURE_LOG = True
    alice = UserFactory(email="alice@example.org")
    log_in(Client(), "Alice@example.org", "mistyped")
    settings.AXES_RESET_ON_SUCCESS = False  # keep the failure counter too, as after a lock-out elsewhere
    client = Client()
    assert log_in(client, "alice@example.org", PASSWORD).status_code == 302
    assert AccessLog.objects.filter(username="alice@example.org").exists()
    assert AccessAttempt.objects.filter(username="alice@example.org").exists()
    assert AccessFailureLog.objects.filter(username="alice@example.org").exists()
    return alice, client


def test_erasing_an_account_deletes_its_log_in_records(alice_logged_in_and_failed):
    _, client = alice_logged_in_and_failed
    UserFactory(email="bob@example.org")
    log_in(Client(), "bob@example.org", PASSWORD)

    assert client.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302

    assert records_naming("alice@example.org") == 0
    assert records_naming("bob@example.org") == 1  # someone else's stay


def test_an_account_deleted_by_an_admin_loses_its_log_in_records_too(alice_logged_in_and_failed):
    alice, _ = alice_logged_in_and_failed
    alice.delete()
    assert records_naming("alice@example.org") == 0


def test_log_in_records_are_kept_for_the_set_number_of_days_only(settings):
    settings.LOGIN_RECORD_DAYS = 90
    UserFactory(email="alice@example.org")
    with time_machine.travel(dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)):
        log_in(Client(), "alice@example.org", PASSWORD)
        log_in(Client(), "nobody@example.org", "guess")  # nobody logs in after: axes never clears it
    with time_machine.travel(dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)):
        AccessLog.objects.create(username="alice@example.org", user_agent="Firefox/1", ip_address="10.0.0.1")

    with time_machine.travel(dt.datetime(2026, 3, 31, 9, tzinfo=dt.UTC)):  # 89 days after the first
        assert expire_login_records.delay().get() == 0
    with time_machine.travel(dt.datetime(2026, 4, 2, 9, tzinfo=dt.UTC)):  # 91 days after
        assert expire_login_records.delay().get() == 2

    assert AccessLog.objects.get().attempt_time.date() == dt.date(2026, 3, 1)
    assert not AccessAttempt.objects.exists()


def test_the_expiry_runs_every_day_in_beat(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["expire-login-records"]
    assert entry["task"] == "accounts.tasks.expire_login_records" and entry["schedule"] <= 24 * 3600
