import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client

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
    assert "Match me against every open vacancy (optional)" in html
    assert 'type="checkbox" name="consent"' in html and "checked" not in html  # never ticked for them
    assert f"Privacy notice version {PRIVACY_NOTICE_VERSION}" in html
    assert '<label for="id_email"' in html and '<label for="id_password2"' in html


def test_it_creates_an_applicant_who_consented_and_who_then_logs_in(client):
    response = client.post("/me/signup/", GOOD)
    assert response.status_code == 302 and response["Location"] == "/me/signup/sent/"
    user = User.objects.get(email="carla@example.org")
    assert user.role == User.Role.APPLICANT and user.is_active and user.email_verified_at is None
    assert user.candidate.name == "Carla Rossi" and user.candidate.nationality_name == "Italy"
    assert user.candidate.consent_at is not None
    assert user.candidate.consent_version == PRIVACY_NOTICE_VERSION
    assert SESSION_KEY not in client.session  # as for an address that has an account
    assert (
        client.post(
            "/accounts/login/", {"username": GOOD["email"], "password": GOOD["password1"]}
        ).status_code
        == 302
    )
    assert client.get("/me/verify/").context["user"] == user


def test_it_sends_a_verification_link(client):
    response = client.post("/me/signup/", GOOD, follow=True)
    assert b"Check your email" in response.content
    # What the page says matches what the app allows: logging in unverified works, applying waits.
    assert "You can log in now to build your profile" in response.content.decode()
    assert "verify your address before you apply" in response.content.decode()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["carla@example.org"]
    [link] = re.findall(r"http://testserver(/me/verify/[\w-]+/[\w-]+/)", mail.outbox[0].body)
    verified = client.get(link, follow=True)
    assert verified.redirect_chain[-1][0] == "/accounts/login/?next=/me/matches/"
    assert "verified. Log in to apply." in verified.content.decode()
    assert User.objects.get(email="carla@example.org").email_verified_at is not None


def test_it_signs_up_without_consent_to_be_matched(client):
    """Issue 17, point 7: consent to matching is optional; applying needs none."""
    data = {**GOOD}
    del data["consent"]
    response = client.post("/me/signup/", data)
    assert response.status_code == 302 and response["Location"] == "/me/signup/sent/"
    candidate = User.objects.get(email="carla@example.org").candidate
    assert candidate.consent_at is None and candidate.consent_version == ""


def test_it_refuses_passwords_that_differ(client):
    response = client.post("/me/signup/", {**GOOD, "password2": "something-else-entirely"})
    assert "didn’t match" in response.content.decode()
    assert not User.objects.exists()


def test_it_applies_the_password_validators(client):
    response = client.post("/me/signup/", {**GOOD, "password1": "password", "password2": "password"})
    html = response.content.decode()
    assert "This password is too common" in html
    assert 'id="id_password2_error"' in html and 'aria-invalid="true"' in html


def page_without_tokens(response) -> str:
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
    return re.sub(r'"X-CSRFToken": "[^"]+"', "", html)


def test_it_answers_the_same_whether_the_address_has_an_account_or_not(alice, password):
    new, taken = Client(), Client()
    answers = [c.post("/me/signup/", {**GOOD, "email": email}) for c, email in ((new, "carla@example.org"),
                                                                              (taken, " ALICE@example.org"))]  # fmt: skip
    assert [(a.status_code, a["Location"]) for a in answers] == [(302, "/me/signup/sent/")] * 2
    assert set(answers[0].cookies) == set(answers[1].cookies)
    assert page_without_tokens(new.get("/me/signup/sent/")) == page_without_tokens(
        taken.get("/me/signup/sent/")
    )
    # The address with an account is told by email instead; the account is untouched.
    [verification, attempt] = mail.outbox
    assert verification.to == ["carla@example.org"] and attempt.to == ["alice@example.org"]
    assert "Someone tried to sign up" in attempt.subject
    assert "You already have an account" in attempt.body
    assert "http://testserver/accounts/login/" in attempt.body
    assert "http://testserver/accounts/password_reset/" in attempt.body
    alice_now = User.objects.get(email="alice@example.org")
    assert User.objects.filter(email__iexact="alice@example.org").count() == 1
    assert alice_now.full_name == "Alice Martin" and alice_now.check_password(password)
    assert alice_now.candidate.name == "Alice Martin"


def test_the_form_never_says_an_address_has_an_account(alice):
    response = Client().post("/me/signup/", {**GOOD, "email": "alice@example.org", "password2": "different"})
    html = response.content.decode()
    assert "didn’t match" in html and "already" not in html and "exists" not in html


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


# Signing up to apply: from a vacancy of the public board, back to it.


def test_signing_up_from_a_vacancy_comes_back_to_it_after_verifying_and_logging_in(client, vacancy):
    vacancy_path = f"/me/vacancies/{vacancy.pk}/"
    html = client.get("/me/signup/", {"next": vacancy_path}).content.decode()
    assert f'<input type="hidden" name="next" value="{vacancy_path}">' in html
    assert 'href="/accounts/login/?next=%2Fme%2Fvacancies%2F' in html  # "Already have an account? Log in"
    response = client.post("/me/signup/", {**GOOD, "next": vacancy_path})
    assert response["Location"] == f"/me/signup/sent/?next=%2Fme%2Fvacancies%2F{vacancy.pk}%2F"
    assert (
        'href="/accounts/login/?next=%2Fme%2Fvacancies%2F'
        in client.get(response["Location"]).content.decode()
    )
    link = re.search(r"https?://[^/]+(/me/verify/\S+)", mail.outbox[-1].body)[1]
    assert link.endswith(f"?next=%2Fme%2Fvacancies%2F{vacancy.pk}%2F")
    response = client.get(link)
    assert response["Location"] == f"/accounts/login/?next=/me/vacancies/{vacancy.pk}/"
    response = client.post(
        response["Location"], {"username": GOOD["email"], "password": GOOD["password1"], "next": vacancy_path}
    )
    assert response.status_code == 302 and response["Location"] == vacancy_path


@pytest.mark.parametrize("next_page", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"])
def test_it_never_sends_anyone_to_another_site(client, next_page):
    client.post("/me/signup/", {**GOOD, "next": next_page})
    assert "evil" not in mail.outbox[-1].body and "javascript" not in mail.outbox[-1].body
    assert (
        "next" not in client.get("/me/signup/", {"next": next_page}).content.decode().split("<form")[1][:300]
    )
