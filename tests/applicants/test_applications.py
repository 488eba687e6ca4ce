import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from applications.models import Application, Note, Rating, Stage, StageChange
from applications.notifications import send_stage_change_email
from applications.services import add_to_pipeline, apply, move_to_stage
from applications.tasks import notify_stage_change
from tests.factories import VacancyFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(alice, vacancy):
    return apply(alice.candidate, vacancy, motivation="Hello")


def test_it_lists_the_applications_with_the_stage_the_applicant_sees(
    client_for, alice, application, rita, settings
):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0  # no undo window: the move has settled at once
    move_to_stage([application], Stage.SCREENED, by=rita)
    html = client_for(alice).get("/me/applications/").content.decode()
    assert application.vacancy.title in html and ">Under review</span>" in html and "Screened" not in html
    assert f'href="/me/applications/{application.pk}/withdraw/"' in html


def test_each_application_shows_the_grade_that_tells_two_posts_of_one_title_apart(client_for, alice, vacancy):
    Vacancy.objects.filter(pk=vacancy.pk).update(grade="A-2")
    other = VacancyFactory(title=vacancy.title, organisation=vacancy.organisation, grade="A-3")
    apply(alice.candidate, vacancy)
    apply(alice.candidate, other)
    html = client_for(alice).get("/me/applications/").content.decode()
    assert "<span>Grade A-2</span>" in html and "<span>Grade A-3</span>" in html


def test_it_names_the_internal_stages_when_the_vacancy_shows_them(
    client_for, alice, application, rita, settings
):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    Vacancy.objects.filter(pk=application.vacancy_id).update(show_stages_to_applicants=True)
    move_to_stage([application], Stage.SHORTLISTED, by=rita)
    assert ">Shortlisted</span>" in client_for(alice).get("/me/applications/").content.decode()


def test_a_move_shows_only_once_its_undo_window_is_over(client_for, alice, application, rita, settings):
    settings.STAGE_EMAIL_DELAY_SECONDS = 120
    move_to_stage([application], Stage.REJECTED, by=rita)
    client = client_for(alice)
    html = client.get("/me/applications/").content.decode()
    assert ">Received</span>" in html and "Not selected" not in html  # rita may still undo it
    with time_machine.travel(timezone.now() + timedelta(seconds=121), tick=False):
        html = client.get("/me/applications/").content.decode()
    assert ">Not selected</span>" in html and "Rejected" not in html


def test_it_shows_the_letter_that_was_sent_escaped(client_for, alice, vacancy):
    apply(alice.candidate, vacancy, motivation="Dear panel,\n<b>I know</b> the job.")
    html = client_for(alice).get("/me/applications/").content.decode()
    assert "Your motivation letter" in html
    assert "Dear panel,<br>&lt;b&gt;I know&lt;/b&gt; the job." in html


def test_it_shows_the_history_by_day_but_not_the_internal_moves_or_who_made_them(
    client_for, alice, application, rita, settings
):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    move_to_stage([application], Stage.SCREENED, by=rita)
    move_to_stage([application], Stage.INTERVIEW, by=rita)
    response = client_for(alice).get("/me/applications/")
    [(_, steps)] = response.context["applications"]
    assert [step.label for step in steps] == ["Received", "Under review"]
    html = response.content.decode()
    today = timezone.localdate()
    assert f'<time datetime="{today:%Y-%m-%d}">{today.day} {today:%B %Y}</time>' in html
    assert not re.search(r"\d\d:\d\d", html.split('class="stage-history"')[1].split("</ol>")[0])  # no times
    assert "Rita" not in html and "rita@example.org" not in html and "Interview" not in html


def test_it_never_shows_recruiters_notes_or_ratings(client_for, alice, application, rita, vacancy):
    Note.objects.create(
        vacancy=vacancy, candidate=alice.candidate, author=rita, text="Weak French, says rita"
    )
    Rating.objects.create(vacancy=vacancy, candidate=alice.candidate, recruiter=rita, stars=2)
    client = client_for(alice)
    for url in ["/me/applications/", "/me/matches/", f"/me/vacancies/{vacancy.pk}/",
                f"/me/applications/{application.pk}/withdraw/"]:  # fmt: skip
        html = client.get(url).content.decode()
        assert "Weak French" not in html and "stars" not in html.lower() and "rating" not in html.lower()


def test_it_hides_a_recruiters_own_pipeline_entries(client_for, bob, vacancy, rita):
    (sourced,) = add_to_pipeline(vacancy, [bob.candidate], by=rita)
    client = client_for(bob)
    assert vacancy.title not in client.get("/me/applications/").content.decode()
    assert client.get(f"/me/applications/{sourced.pk}/withdraw/").status_code == 404


def test_it_asks_before_withdrawing(client_for, alice, application):
    response = client_for(alice).get(f"/me/applications/{application.pk}/withdraw/")
    html = response.content.decode()
    assert "Withdraw your application?" in html and 'method="post"' in html
    application.refresh_from_db()
    assert application.stage == Stage.NEW


def test_it_withdraws_and_keeps_the_application_listed(client_for, alice, application):
    client = client_for(alice)
    response = client.post(f"/me/applications/{application.pk}/withdraw/", follow=True)
    html = response.content.decode()
    assert "You withdrew your application" in html
    assert application.vacancy.title in html and ">Withdrawn</span>" in html
    assert f"/me/applications/{application.pk}/withdraw/" not in html
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN


def test_it_refuses_to_withdraw_twice(client_for, alice, application):
    client = client_for(alice)
    client.post(f"/me/applications/{application.pk}/withdraw/")
    response = client.post(f"/me/applications/{application.pk}/withdraw/", follow=True)
    assert b"already closed" in response.content
    assert StageChange.objects.filter(application=application, to_stage=Stage.WITHDRAWN).count() == 1


def test_bob_cannot_withdraw_alices_application(client_for, bob, application):
    client = client_for(bob)
    assert client.get(f"/me/applications/{application.pk}/withdraw/").status_code == 404
    assert client.post(f"/me/applications/{application.pk}/withdraw/").status_code == 404
    application.refresh_from_db()
    assert application.stage == Stage.NEW


def test_bob_sees_none_of_alices_applications(client_for, bob, application):
    response = client_for(bob).get("/me/applications/")
    assert list(response.context["applications"]) == []
    assert application.vacancy.title.encode() not in response.content


def test_it_says_when_there_are_no_applications(client_for, bob):
    assert b"You have not applied for any vacancy yet" in client_for(bob).get("/me/applications/").content


def test_the_applicant_is_emailed_once_when_the_stage_changes(
    alice, application, rita, settings, django_capture_on_commit_callbacks
):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0  # no undo window: the task sends at once (test_stage_emails.py)
    with django_capture_on_commit_callbacks(execute=True):
        move_to_stage([application], Stage.SHORTLISTED, by=rita)
    change = StageChange.objects.get(application=application, to_stage=Stage.SHORTLISTED)
    # A redelivered task, and the same task run again by hand, send nothing more.
    notify_stage_change.apply(args=[change.pk])
    assert send_stage_change_email(change.pk) is False
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alice@example.org"]
    assert "Under review" in mail.outbox[0].subject and "/me/applications/" in mail.outbox[0].body


def test_withdrawing_sends_no_email(client_for, alice, application, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(alice).post(f"/me/applications/{application.pk}/withdraw/")
    assert mail.outbox == []
    assert Application.objects.get(pk=application.pk).stage == Stage.WITHDRAWN


def test_a_candidate_a_recruiter_added_to_the_pipeline_is_not_emailed(
    alice, vacancy, rita, django_capture_on_commit_callbacks
):
    """Only people who applied are told about their stage: alice never asked to be tracked here."""
    [sourced] = add_to_pipeline(vacancy, [alice.candidate], by=rita)
    with django_capture_on_commit_callbacks(execute=True):
        move_to_stage([sourced], Stage.INTERVIEW, by=rita)
    assert Application.objects.get(pk=sourced.pk).stage == Stage.INTERVIEW
    assert mail.outbox == []


# Closed vacancies and applications that can no longer change (issue 17, point 9).


def test_the_vacancy_of_each_application_opens_even_once_closed(client_for, alice, application, settings):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    vacancy = application.vacancy
    vacancy.close()
    client = client_for(alice)
    html = client.get("/me/applications/").content.decode()
    closed = f"{timezone.localdate().day} {timezone.localdate():%B %Y}"
    assert f'<a href="/me/vacancies/{vacancy.pk}/">{vacancy.title}</a>' in html
    assert f"Vacancy closed on {closed}" in html
    response = client.get(f"/me/vacancies/{vacancy.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f"This vacancy closed on {closed}: it no longer takes applications." in page
    assert "You applied on" in page and "/apply/" not in page


def test_withdraw_is_not_offered_once_the_application_can_no_longer_change(
    client_for, alice, application, rita, settings
):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    move_to_stage([application], Stage.REJECTED, by=rita)
    client = client_for(alice)
    html = client.get("/me/applications/").content.decode()
    assert ">Not selected</span>" in html and "/withdraw/" not in html and "Withdraw" not in html
    response = client.get(f"/me/applications/{application.pk}/withdraw/", follow=True)
    assert response.redirect_chain[-1][0] == "/me/applications/"
    assert "can no longer be withdrawn" in response.content.decode()
    assert b"Yes, withdraw my application" not in response.content


def test_withdraw_is_still_offered_while_a_closed_vacancys_selection_goes_on(client_for, alice, application):
    application.vacancy.close()
    assert (
        f"/me/applications/{application.pk}/withdraw/"
        in client_for(alice).get("/me/applications/").content.decode()
    )


def test_a_rejection_still_in_its_undo_window_changes_nothing_the_applicant_sees(
    client_for, alice, application, rita, settings, django_capture_on_commit_callbacks
):
    # Found trying the app again: the page said "Received" but Withdraw and the documents' link had gone, which
    # told the applicant of the rejection before it settled. Until then it is still open to them.
    settings.STAGE_EMAIL_DELAY_SECONDS = 120
    move_to_stage([application], Stage.REJECTED, by=rita)
    client = client_for(alice)
    html = client.get("/me/applications/").content.decode()
    assert ">Received</span>" in html and "Not selected" not in html
    assert f"/me/applications/{application.pk}/withdraw/" in html
    assert f"/me/applications/{application.pk}/documents/" in html and "Attach your CV" in html

    # Withdrawing then is the applicant's own act: it wins, and no outcome email follows.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/me/applications/{application.pk}/withdraw/", follow=True)
    assert "You withdrew your application" in response.content.decode()
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN
    assert not StageChange.objects.to_email().exists()

    # Once settled, a rejection closes the application as before.
    other = apply(alice.candidate, VacancyFactory(), motivation="")
    move_to_stage([other], Stage.REJECTED, by=rita)
    with time_machine.travel(timezone.now() + timedelta(seconds=121), tick=False):
        html = client.get("/me/applications/").content.decode()
        assert f"/me/applications/{other.pk}/withdraw/" not in html
        assert client.post(f"/me/applications/{other.pk}/withdraw/", follow=True).status_code == 200
    other.refresh_from_db()
    assert other.stage == Stage.REJECTED
