import re

import pytest
from django.core import mail

from accounts.models import User
from candidates.services import PRIVACY_NOTICE_VERSION

pytestmark = pytest.mark.django_db

GOOD = {
    "email": "Carla@Example.org",
    "full_name": "Carla Rossi",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
    "nationality": "Italy",
    "consent": "on",
}


def test_it_shows_the_form_with_the_privacy_notice_version(client):
    html = client.get("/me/signup/").content.decode()
    assert "I consent to the processing of my data and to being matched to vacancies" in html
    assert f"Privacy notice version {PRIVACY_NOTICE_VERSION}" in html
    assert '<label for="id_email"' in html and '<label for="id_password2"' in html


def test_it_creates_an_applicant_who_consented_and_logs_them_in(client):
    response = client.post("/me/signup/", GOOD)
    assert response.status_code == 302 and response["Location"] == "/me/verify/"
    user = User.objects.get(email="carla@example.org")
    assert user.role == User.Role.APPLICANT and user.is_active and user.email_verified_at is None
    assert user.candidate.name == "Carla Rossi" and user.candidate.nationality_name == "Italy"
    assert user.candidate.consent_at is not None
    assert user.candidate.consent_version == PRIVACY_NOTICE_VERSION
    assert client.get("/me/verify/").context["user"] == user


def test_it_sends_a_verification_link(client):
    response = client.post("/me/signup/", GOOD, follow=True)
    assert b"Check your email" in response.content
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["carla@example.org"]
    assert re.search(r"http://testserver/me/verify/[\w-]+/[\w-]+/", mail.outbox[0].body)


def test_it_requires_the_consent(client):
    response = client.post("/me/signup/", {**GOOD, "consent": ""})
    assert response.status_code == 200
    assert "You need to consent" in response.content.decode()
    assert not User.objects.filter(email="carla@example.org").exists()
    assert 'aria-describedby="id_consent_helptext id_consent_error"' in response.content.decode()


def test_it_refuses_passwords_that_differ(client):
    response = client.post("/me/signup/", {**GOOD, "password2": "something-else-entirely"})
    assert "didn’t match" in response.content.decode()
    assert not User.objects.exists()


def test_it_applies_the_password_validators(client):
    response = client.post("/me/signup/", {**GOOD, "password1": "password", "password2": "password"})
    html = response.content.decode()
    assert "This password is too common" in html
    assert 'id="id_password2_error"' in html and 'aria-invalid="true"' in html


def test_it_refuses_an_address_that_already_has_an_account(client, alice):
    response = client.post("/me/signup/", {**GOOD, "email": "ALICE@example.org"})
    assert "already exists" in response.content.decode()
    assert User.objects.filter(email__iexact="alice@example.org").count() == 1


def test_it_needs_a_name(client):
    response = client.post("/me/signup/", {**GOOD, "full_name": ""})
    assert 'id="id_full_name_error"' in response.content.decode()


def test_it_leaves_the_nationality_optional(client):
    client.post("/me/signup/", {**GOOD, "nationality": ""})
    assert User.objects.get(email="carla@example.org").candidate.nationality == ""


def test_it_sends_someone_already_logged_in_home(client_for, alice):
    assert client_for(alice).get("/me/signup/")["Location"] == "/"


def test_it_scores_the_new_applicant_against_the_open_vacancies(
    client, vacancy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/me/signup/", GOOD)
    user = User.objects.get(email="carla@example.org")
    assert user.candidate.matches.get().vacancy == vacancy
