"""Job alerts: a saved search emails once about each newly published vacancy it finds, never after
unsubscribing; tasks run in-process here (the worker drill is test_alerts_worker.py)."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from accounts.privacy import erase_account, export_personal_data
from board.models import AlertEmail, JobAlert
from tests.factories import CandidateFactory, UserFactory, VacancyFactory
from vacancies.models import Vacancy
from vacancies.services import publish_vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def verified(alice):
    alice.email_verified_at = timezone.now()
    alice.save(update_fields=["email_verified_at"])
    return alice


@pytest.fixture
def publish(rita, django_capture_on_commit_callbacks):
    """publish(title=...) -> a draft published by rita, its alerts sent once the transaction commits."""

    def make(**fields):
        draft = VacancyFactory(status=Vacancy.Status.DRAFT, published_at=None, **fields)
        with django_capture_on_commit_callbacks(execute=True):
            publish_vacancy(draft, by=rita)
        return draft

    return make


def alert_emails():
    return [m for m in mail.outbox if m.subject.startswith("New vacancy")]


def link(message, name: str) -> str:
    return re.search(rf"https?://[^/]+(/jobs/alerts/{name}/\S+/)", message.body)[1]


def visitor_alert(client, email="vera@example.org", **search) -> JobAlert:
    """A visitor saves a search and opens the link emailed to confirm it."""
    response = client.post("/jobs/alerts/new/", {"email": email, **search})
    assert response.status_code == 200 and b"Check your email" in response.content
    confirmation = mail.outbox.pop()
    assert confirmation.subject == "Confirm your job alert" and confirmation.to == [email]
    response = client.get(link(confirmation, "confirm"))
    assert response.status_code == 200 and b"Your alert is on" in response.content
    return JobAlert.objects.filter(email=email).latest("pk")


def test_a_visitors_alert_sends_nothing_until_the_address_confirms_it(client, publish):
    client.post("/jobs/alerts/new/", {"email": "vera@example.org", "text": "logistics"})
    mail.outbox.clear()
    publish(title="Logistics Officer")
    assert alert_emails() == []
    assert JobAlert.objects.get().confirmed_at is None


def test_a_confirmed_alert_emails_once_about_a_vacancy_it_finds(client, publish, settings):
    alert = visitor_alert(client, text="logistics", location="Brussels, Belgium")
    publish(title="Policy Officer")  # not found by the search
    vacancy = publish(title="Logistics Officer")
    [email] = alert_emails()
    assert email.to == ["vera@example.org"] and email.subject == "New vacancy: Logistics Officer"
    assert f"{settings.SITE_URL}/jobs/{vacancy.pk}/\n" in email.body
    unsubscribe = link(email, "unsubscribe")
    assert email.extra_headers["List-Unsubscribe"].endswith(f"{unsubscribe}>")
    assert list(AlertEmail.objects.values_list("alert", "vacancy")) == [(alert.pk, vacancy.pk)]


def test_sending_again_sends_nothing_more(client, publish):
    from board.tasks import send_job_alerts

    visitor_alert(client, text="logistics")
    vacancy = publish(title="Logistics Officer")
    assert send_job_alerts(vacancy.pk) == 0
    assert len(alert_emails()) == 1


def test_two_alerts_of_one_address_that_find_a_vacancy_send_one_email(client, publish):
    visitor_alert(client, text="logistics")
    client.post("/jobs/alerts/new/", {"email": "vera@example.org", "grade": "A-2"})
    client.get(link(mail.outbox.pop(), "confirm"))
    publish(title="Logistics Officer", grade="A-2")
    assert len(alert_emails()) == 1


def test_unsubscribing_needs_no_log_in_and_stops_the_emails(client, publish):
    visitor_alert(client, text="officer")
    publish(title="Logistics Officer")
    unsubscribe = link(alert_emails()[0], "unsubscribe")
    page = client.get(unsubscribe)  # a mail scanner opening the link unsubscribes nobody
    assert page.status_code == 200 and JobAlert.objects.exists() and b"Stop this alert" in page.content
    response = client.post(unsubscribe)
    assert response.status_code == 200 and b"The alert is stopped" in response.content
    assert not JobAlert.objects.exists()
    publish(title="Finance Officer")
    assert len(alert_emails()) == 1
    assert client.post(unsubscribe).status_code == 200  # twice is the same answer


@pytest.mark.parametrize("token", ["not-a-token", "MQ:1abc:forged"])
def test_a_forged_unsubscribe_link_does_nothing(client, token):
    alert = JobAlert.objects.create(email="vera@example.org", confirmed_at=timezone.now())
    assert client.post(f"/jobs/alerts/unsubscribe/{token}/").status_code == 400
    assert client.get(f"/jobs/alerts/confirm/{token}/").status_code == 400
    assert JobAlert.objects.filter(pk=alert.pk).exists()


def test_a_confirmation_link_cannot_unsubscribe(client):
    from django.core import signing

    alert = JobAlert.objects.create(email="vera@example.org", confirmed_at=timezone.now())
    confirm_token = signing.dumps(alert.pk, salt="board.alerts.confirm")
    assert client.post(f"/jobs/alerts/unsubscribe/{confirm_token}/").status_code == 400
    assert JobAlert.objects.filter(pk=alert.pk).exists()


# Applicants


def test_an_applicant_saves_the_search_at_once(client_for, verified, publish):
    response = client_for(verified).post("/jobs/alerts/new/", {"text": "officer", "grade": "A-2"})
    assert response.status_code == 302 and response["Location"] == "/jobs/alerts/"
    alert = JobAlert.objects.get()
    assert (
        alert.user == verified and alert.confirmed_at and alert.search == {"text": "officer", "grade": "A-2"}
    )
    assert mail.outbox == []  # nothing to confirm
    page = client_for(verified).get("/jobs/alerts/").content.decode()
    assert "“officer” · grade: A-2" in page and "/jobs/alerts/unsubscribe/" in page
    client_for(verified).post("/jobs/alerts/new/", {"text": "officer", "grade": "A-2"})
    assert JobAlert.objects.count() == 1  # the same search twice is one alert


def test_an_applicant_must_verify_their_address_first(client_for, alice):
    response = client_for(alice).post("/jobs/alerts/new/", {"text": "officer"}, follow=True)
    assert b"Verify your email address first" in response.content
    assert not JobAlert.objects.exists()


def test_recruiters_save_no_alert(client_for, rita):
    assert client_for(rita).post("/jobs/alerts/new/", {"email": "rita@example.org"}).status_code == 403


def test_a_consenting_applicant_hears_only_of_vacancies_they_are_eligible_for_or_to_be_assessed(
    client_for, verified, publish
):
    """alice (a master's degree, English V and French II, policy work since 2018) consents to be matched."""
    client_for(verified).post("/jobs/alerts/new/", {"text": "officer"})
    publish(title="Policy Officer")
    publish(title="Senior Officer", min_years_experience=30, essential=["have at least 30 years' experience"])
    assert [m.subject for m in alert_emails()] == ["New vacancy: Policy Officer"]


def test_an_applicant_without_consent_hears_of_every_vacancy_the_search_finds(publish):
    """dan has no profile to speak of and does not consent: his profile is not compared with the vacancy."""
    dan = UserFactory(email="dan@example.org", email_verified_at=timezone.now())
    CandidateFactory(user=dan, email=dan.email, consent_at=None, consent_version="", with_profile=False)
    JobAlert.objects.create(
        user=dan, email=dan.email, search={"text": "officer"}, confirmed_at=timezone.now()
    )
    publish(title="Senior Officer", min_years_experience=30)
    assert [m.to for m in alert_emails()] == [["dan@example.org"]]


def test_a_consenting_applicant_who_is_not_eligible_hears_nothing(bob, publish):
    """bob consents and has no profile yet: not eligible for anything."""
    JobAlert.objects.create(user=bob, email=bob.email, search={}, confirmed_at=timezone.now())
    publish(title="Policy Officer")
    assert alert_emails() == []


# Their data


def test_alerts_are_in_my_data_and_erased_with_the_account(client, verified, publish):
    JobAlert.objects.create(
        user=verified, email=verified.email, search={"grade": "A-2"}, confirmed_at=timezone.now()
    )
    visitor_alert(client, email="alice@example.org", text="logistics")  # before she had an account, say
    publish(title="Logistics Officer", grade="A-2")
    exported = export_personal_data(verified)["job_alerts"]
    assert sorted(a["search"].get("text", "") for a in exported) == ["", "logistics"]
    assert sum(len(a["vacancies_emailed"]) for a in exported) == 1
    erase_account(verified)
    assert not JobAlert.objects.exists() and not AlertEmail.objects.exists()


def test_a_visitor_saves_only_so_many_alerts_an_hour(client, settings):
    """Each visitor's alert emails an address: the rate limit keeps the form from mailing strangers."""
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "job_alert": "2/h"}
    answers = [client.post("/jobs/alerts/new/", {"email": f"v{i}@example.org"}).status_code for i in range(3)]
    assert answers == [200, 200, 429]
    assert len(mail.outbox) == 2


def test_the_board_links_an_applicant_to_their_alerts_and_a_recruiter_to_none(client_for, alice, rita):
    assert 'href="/jobs/alerts/">My job alerts' in client_for(alice).get("/jobs/").content.decode()
    assert "/jobs/alerts/" not in client_for(rita).get("/jobs/").content.decode()


def test_an_alert_nobody_confirmed_is_forgotten_once_its_link_expired(client):
    from board.tasks import forget_unconfirmed_alerts

    client.post("/jobs/alerts/new/", {"email": "vera@example.org"})
    confirmed = JobAlert.objects.create(email="walt@example.org", confirmed_at=timezone.now())
    assert forget_unconfirmed_alerts() == 0
    JobAlert.objects.update(created_at=timezone.now() - dt.timedelta(days=8))
    assert forget_unconfirmed_alerts() == 1
    assert list(JobAlert.objects.all()) == [confirmed]
