"""A stage is emailed once it has settled: after the undo window, only the application's latest stage, and only
when it is news to the applicant, as they see it (issue 17, point 8: the internal stages are "Under review" unless
the vacancy shows them; not being selected is the vacancy's polite outcome email). The queued task runs
in-process here, at the time the worker would run it."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from applications.models import OutcomeEmail, Stage, StageChange
from applications.services import apply, move_to_stage
from applications.tasks import notify_stage_change, send_missed_stage_change_emails

pytestmark = pytest.mark.django_db

WINDOW = 60


@pytest.fixture(autouse=True)
def _undo_window(settings):
    settings.STAGE_EMAIL_DELAY_SECONDS = WINDOW


@pytest.fixture
def application(alice, vacancy):
    return apply(alice.candidate, vacancy)


@pytest.fixture
def moves(rita, django_capture_on_commit_callbacks):
    """moves(application, stage, ...) -> the email tasks these moves queued, to run when a worker would."""

    def move(application, *stages):
        queued = []
        for stage in stages:
            with django_capture_on_commit_callbacks() as callbacks:
                move_to_stage([application], stage, by=rita)
            queued.extend(callbacks)
        return queued

    return move


def run_when_due(queued, *, after: float = WINDOW + 1) -> None:
    with time_machine.travel(timezone.now() + timedelta(seconds=after), tick=False):
        for task in queued:
            task()


def sweep_later() -> int:
    with time_machine.travel(timezone.now() + timedelta(minutes=30), tick=False):
        return send_missed_stage_change_emails.apply().get()


@pytest.fixture
def shows_stages(vacancy):
    """rita's vacancy tells its applicants each internal stage by name."""
    vacancy.show_stages_to_applicants = True
    vacancy.save(update_fields=["show_stages_to_applicants"])
    return vacancy


def test_the_email_waits_for_the_undo_window(application, moves):
    queued = moves(application, Stage.SHORTLISTED)
    run_when_due(queued, after=WINDOW / 2)  # a task run early (a clock ahead) sends nothing yet
    assert mail.outbox == []

    run_when_due(queued)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == f"Your application for {application.vacancy.title}: Under review"
    assert mail.outbox[0].to == ["alice@example.org"]
    assert StageChange.objects.get(to_stage=Stage.SHORTLISTED).notified_at is not None


def test_moving_back_within_the_window_emails_nothing(application, moves):
    queued = moves(application, Stage.SCREENED, Stage.NEW)
    assert len(queued) == 1  # back to the stage alice knows: nothing to tell her, nothing queued
    run_when_due(queued)
    assert sweep_later() == 0
    assert mail.outbox == []


def test_only_the_stage_it_settles_on_is_emailed_once(application, moves):
    queued = moves(application, Stage.SCREENED, Stage.SHORTLISTED, Stage.REJECTED)
    run_when_due(queued)
    run_when_due(queued)  # each task delivered twice
    assert sweep_later() == 0
    assert [m.subject for m in mail.outbox] == [f"Your application for {application.vacancy.title}"]
    assert "has not been selected" in mail.outbox[0].body and "Rejected" not in mail.outbox[0].body


def test_the_internal_stages_are_one_email_about_the_review(application, moves):
    run_when_due(moves(application, Stage.SCREENED))
    with time_machine.travel(timezone.now() + timedelta(minutes=5), tick=False):
        assert moves(application, Stage.SHORTLISTED) == []  # still "Under review" to alice: nothing queued
        assert moves(application, Stage.INTERVIEW) == []
    assert sweep_later() == 0
    [email] = mail.outbox
    assert email.subject.endswith(": Under review") and "is now under review by the recruiters" in email.body
    for internal in ("Screened", "Shortlisted", "Interview"):
        assert internal not in email.subject + email.body


def test_a_vacancy_that_shows_its_stages_emails_each_by_name(application, moves, shows_stages):
    run_when_due(moves(application, Stage.SCREENED))
    with time_machine.travel(timezone.now() + timedelta(minutes=5), tick=False):
        run_when_due(moves(application, Stage.INTERVIEW))
    assert [m.subject.rsplit(": ", 1)[1] for m in mail.outbox] == ["Screened", "Interview"]


def test_the_outcome_email_is_the_vacancys_own_with_its_placeholders_filled(application, moves, settings):
    OutcomeEmail.objects.create(
        vacancy=application.vacancy, subject="{title}: our decision",
        body="Dear {name},\nthank you for applying to {organisation}. See {url}.\n{unknown}",
    )  # fmt: skip
    OutcomeEmail.objects.update_or_create(vacancy=None, defaults={"subject": "Default", "body": "Default"})
    run_when_due(moves(application, Stage.REJECTED))
    [email] = mail.outbox
    vacancy = application.vacancy
    assert email.subject == f"{vacancy.title}: our decision" and email.to == ["alice@example.org"]
    assert email.body == (
        f"Dear Alice,\nthank you for applying to {vacancy.organisation}. "
        f"See {settings.SITE_URL}/me/applications/.\n{{unknown}}"
    )


def test_the_outcome_email_for_every_vacancy_is_the_one_the_admins_keep(application, moves):
    OutcomeEmail.objects.update_or_create(
        vacancy=None, defaults={"subject": "About {title}", "body": "Dear {name}, not this time."}
    )
    run_when_due(moves(application, Stage.REJECTED))
    assert (mail.outbox[0].subject, mail.outbox[0].body) == (
        f"About {application.vacancy.title}",
        "Dear Alice, not this time.",
    )


def test_a_move_after_the_email_is_news_again(application, moves, shows_stages):
    run_when_due(moves(application, Stage.INTERVIEW))
    with time_machine.travel(timezone.now() + timedelta(minutes=5), tick=False):
        queued = moves(application, Stage.SHORTLISTED, Stage.INTERVIEW)
        assert len(queued) == 1  # back to Interview, which alice was told about: nothing new
        run_when_due(queued)
    assert [m.subject.rsplit(": ", 1)[1] for m in mail.outbox] == ["Interview"]


def test_a_task_for_a_change_that_was_moved_on_sends_nothing(application, moves):
    moves(application, Stage.SCREENED, Stage.INTERVIEW)
    first = StageChange.objects.get(to_stage=Stage.SCREENED)
    with time_machine.travel(timezone.now() + timedelta(seconds=WINDOW + 1), tick=False):
        assert notify_stage_change.apply(args=[first.pk]).get() is False
    assert mail.outbox == []


def test_pending_lists_the_change_until_its_window_is_over(application, moves):
    moves(application, Stage.SCREENED)
    assert list(StageChange.objects.pending().values_list("to_stage", flat=True)) == ["screened"]
    assert not StageChange.objects.due().exists()
    later = timezone.now() + timedelta(seconds=WINDOW + 1)
    assert not StageChange.objects.pending(now=later).exists()
    assert StageChange.objects.due(now=later).count() == 1
