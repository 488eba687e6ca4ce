import pytest
from django.core import mail

from applications.models import Application, Note, Rating, Stage, StageChange
from applications.notifications import send_stage_change_email
from applications.services import add_to_pipeline, apply, move_to_stage
from applications.tasks import notify_stage_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(alice, vacancy):
    return apply(alice.candidate, vacancy, motivation="Hello")


def test_it_lists_the_applications_with_their_stage(client_for, alice, application, rita):
    move_to_stage([application], Stage.SCREENED, by=rita)
    html = client_for(alice).get("/me/applications/").content.decode()
    assert application.vacancy.title in html and ">Screened</span>" in html
    assert f'href="/me/applications/{application.pk}/withdraw/"' in html


def test_it_shows_the_letter_that_was_sent_escaped(client_for, alice, vacancy):
    apply(alice.candidate, vacancy, motivation="Dear panel,\n<b>I know</b> the job.")
    html = client_for(alice).get("/me/applications/").content.decode()
    assert "Your motivation letter" in html
    assert "Dear panel,<br>&lt;b&gt;I know&lt;/b&gt; the job." in html


def test_it_shows_the_history_with_dates_but_not_who_moved_it(client_for, alice, application, rita):
    move_to_stage([application], Stage.SCREENED, by=rita)
    move_to_stage([application], Stage.INTERVIEW, by=rita)
    response = client_for(alice).get("/me/applications/")
    history = [c.to_stage for c in response.context["applications"][0].stage_changes.all()]
    assert history == ["new", "screened", "interview"]
    html = response.content.decode()
    assert "<time datetime=" in html
    assert "Rita" not in html and "rita@example.org" not in html


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
    assert "Shortlisted" in mail.outbox[0].subject and "/me/applications/" in mail.outbox[0].body


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
