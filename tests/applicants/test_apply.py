import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from applications.models import Application, Stage, StageChange
from applications.services import apply, withdraw
from applications.tasks import notify_application_received
from matching.models import MatchResult
from tests.factories import VacancyFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


def post(client, vacancy, motivation="I have worked on NATO policy for eight years."):
    return client.post(f"/me/vacancies/{vacancy.pk}/apply/", {"motivation": motivation}, follow=True)


def test_it_applies_with_a_motivation_letter(client_for, verified, vacancy):
    response = post(client_for(verified), vacancy)
    assert response.redirect_chain[-1][0] == "/me/applications/"
    assert f"You applied for {vacancy.title}" in response.content.decode()
    application = Application.objects.get(candidate=verified.candidate, vacancy=vacancy)
    assert application.stage == Stage.NEW and application.source == Application.Source.APPLIED
    assert application.motivation == "I have worked on NATO policy for eight years."


def test_it_applies_without_a_motivation_letter(client_for, verified, vacancy):
    post(client_for(verified), vacancy, motivation="")
    assert Application.objects.filter(candidate=verified.candidate, vacancy=vacancy).exists()


def test_it_refuses_a_second_application(client_for, verified, vacancy):
    client = client_for(verified)
    post(client, vacancy)
    response = post(client, vacancy)
    assert "You have already applied for this vacancy." in response.content.decode()
    assert Application.objects.filter(vacancy=vacancy).count() == 1


def test_it_lets_an_applicant_apply_again_after_withdrawing(client_for, verified, vacancy):
    withdraw(apply(verified.candidate, vacancy, motivation=""))
    post(client_for(verified), vacancy, motivation="Second thoughts")
    application = Application.objects.get(vacancy=vacancy)
    assert application.stage == Stage.NEW and application.motivation == "Second thoughts"


def test_it_refuses_after_the_deadline(client_for, verified, vacancy):
    Vacancy.objects.filter(pk=vacancy.pk).update(deadline=timezone.localdate() - dt.timedelta(days=2))
    response = post(client_for(verified), vacancy)
    assert response.redirect_chain[-1][0] == f"/me/vacancies/{vacancy.pk}/"  # the vacancy says it closed
    assert "The deadline for this vacancy was" in response.content.decode()
    assert not Application.objects.exists()


def test_it_refuses_a_closed_vacancy(client_for, verified):
    vacancy = VacancyFactory(status=Vacancy.Status.CLOSED)
    response = post(client_for(verified), vacancy)
    assert "This vacancy is not open for applications." in response.content.decode()
    assert not Application.objects.exists()


def test_it_does_not_reveal_drafts(client_for, verified):
    vacancy = VacancyFactory(status=Vacancy.Status.DRAFT)
    assert client_for(verified).post(f"/me/vacancies/{vacancy.pk}/apply/").status_code == 404
    assert not Application.objects.exists()


def test_it_refuses_an_unverified_email_address(client_for, alice, vacancy):
    response = post(client_for(alice), vacancy)
    assert "Verify your email address before applying" in response.content.decode()
    assert not Application.objects.exists()


def test_it_needs_no_consent_to_be_matched_and_assesses_that_vacancy_only(
    client_for, verified, vacancy, django_capture_on_commit_callbacks
):
    """Issue 17, point 7: the application is its own ground to assess the applicant for its vacancy."""
    other = VacancyFactory(title="Logistics Officer")
    verified.candidate.consent_at = None
    verified.candidate.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client_for(verified), vacancy)
    assert f"You applied for {vacancy.title}" in response.content.decode()
    assert Application.objects.get(candidate=verified.candidate).vacancy == vacancy
    assert list(MatchResult.objects.values_list("vacancy", flat=True)) == [vacancy.pk]
    assert not MatchResult.objects.filter(vacancy=other).exists()
    verified.candidate.refresh_from_db()
    assert verified.candidate.consent_at is None  # applying asks for nothing more


def test_it_refuses_an_applicant_without_a_profile(client_for, verified, vacancy):
    verified.candidate.delete()
    assert "Start your profile before applying" in post(client_for(verified), vacancy).content.decode()
    assert not Application.objects.exists()


def test_applying_emails_that_the_application_was_received_once(
    client_for, verified, vacancy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(client_for(verified), vacancy)
    [email] = mail.outbox
    assert email.to == ["alice@example.org"]
    assert email.subject == f"We received your application for {vacancy.title}"
    assert f'Thank you for applying for "{vacancy.title}"' in email.body and "/me/applications/" in email.body
    change = StageChange.objects.get()
    assert change.notified_at is not None  # alice was told of it
    assert notify_application_received.apply(args=[change.pk]).get() is False  # a redelivered task
    assert len(mail.outbox) == 1


def test_applying_again_after_withdrawing_is_received_again(
    client_for, verified, vacancy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(apply(verified.candidate, vacancy, motivation=""))
        post(client_for(verified), vacancy, motivation="Second thoughts")
    assert [m.subject for m in mail.outbox] == [f"We received your application for {vacancy.title}"] * 2


def test_it_refuses_a_letter_that_is_too_long(client_for, verified, vacancy):
    response = client_for(verified).post(f"/me/vacancies/{vacancy.pk}/apply/", {"motivation": "x" * 5001})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ensure this value has at most 5000 characters" in html
    assert 'aria-describedby="id_motivation_helptext id_motivation_error"' in html
    assert not Application.objects.exists()


def test_it_only_accepts_post(client_for, verified, vacancy):
    assert client_for(verified).get(f"/me/vacancies/{vacancy.pk}/apply/").status_code == 405
