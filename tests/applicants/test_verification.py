import re

import pytest
from django.core import mail

from accounts.models import User

pytestmark = pytest.mark.django_db


def verification_path() -> str:
    return re.search(r"https?://[^/]+(/me/verify/\S+/)", mail.outbox[-1].body)[1]


@pytest.fixture
def link(client_for, alice):
    client_for(alice).post("/me/verify/resend/")
    return verification_path()


def test_it_marks_the_address_verified(client_for, alice, link):
    response = client_for(alice).get(link)
    assert response.status_code == 302 and response["Location"] == "/me/matches/"
    alice.refresh_from_db()
    assert alice.email_verified_at is not None


def test_it_works_without_being_logged_in(client, alice, link):
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == "/accounts/login/?next=/me/matches/"
    alice.refresh_from_db()
    assert alice.email_verified_at is not None


def test_a_used_link_stops_working(client, alice, link):
    client.get(link)
    response = client.get(link)
    assert response.status_code == 400
    assert b"This link does not work" in response.content


def test_a_link_for_an_address_changed_since_stops_working(client, alice, link):
    User.objects.filter(pk=alice.pk).update(email="alice.new@example.org")
    assert client.get(link).status_code == 400


@pytest.mark.parametrize(
    "path", ["/me/verify/MQ/not-a-token/", "/me/verify/%%%/x-y/", "/me/verify/OTk5OTk/x-y/"]
)
def test_it_refuses_broken_links(client, alice, path):
    assert client.get(path).status_code in (400, 404)
    alice.refresh_from_db()
    assert alice.email_verified_at is None


def test_it_resends_the_link(client_for, alice):
    response = client_for(alice).post("/me/verify/resend/", follow=True)
    assert b"We sent a new link" in response.content
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["alice@example.org"]


def test_it_does_not_resend_once_verified(client_for, verified):
    response = client_for(verified).post("/me/verify/resend/", follow=True)
    assert b"already verified" in response.content
    assert mail.outbox == []


def test_it_tells_a_verified_applicant_so(client_for, verified):
    assert b"Your email address is verified" in client_for(verified).get("/me/verify/").content


def test_it_says_so_when_the_mail_server_fails(client_for, alice, settings):
    settings.EMAIL_BACKEND = "tests.applicants.test_verification.FailingBackend"
    response = client_for(alice).post("/me/verify/resend/", follow=True)
    assert b"could not send the email" in response.content


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")
