"""Stage emails missed while the broker was down are sent by the periodic sweep, once, and only the due ones."""

from datetime import timedelta
from smtplib import SMTPException

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnreachable

from applications.models import Stage, StageChange
from applications.services import add_to_pipeline, apply, move_to_stage, withdraw
from applications.tasks import notify_stage_change, send_missed_stage_change_emails
from tests.factories import VacancyFactory

pytestmark = pytest.mark.django_db


class RefusingBackend(BaseEmailBackend):
    """An SMTP server that is down."""

    def send_messages(self, messages):
        raise SMTPException("421 Service not available")


@pytest.fixture
def broker_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise BrokerUnreachable("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(notify_stage_change, "apply_async", refuse)


def test_a_move_made_while_the_broker_was_down_is_emailed_by_the_sweep_once(
    alice, rita, vacancy, broker_down, django_capture_on_commit_callbacks
):
    application = apply(alice.candidate, vacancy)
    with django_capture_on_commit_callbacks(execute=True):
        move_to_stage([application], Stage.SCREENED, by=rita)
    assert mail.outbox == []
    assert send_missed_stage_change_emails.apply().get() == 0  # too soon: the queued task may still run

    with time_machine.travel(timezone.now() + timedelta(minutes=6), tick=False):
        assert send_missed_stage_change_emails.apply().get() == 1
        assert send_missed_stage_change_emails.apply().get() == 0
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["alice@example.org"]
    assert "Under review" in mail.outbox[0].subject
    assert StageChange.objects.get(to_stage=Stage.SCREENED).notified_at is not None


def test_a_failing_mail_server_leaves_the_email_for_the_next_sweep(
    alice, rita, vacancy, broker_down, settings, django_capture_on_commit_callbacks
):
    application = apply(alice.candidate, vacancy)
    with django_capture_on_commit_callbacks(execute=True):
        move_to_stage([application], Stage.SHORTLISTED, by=rita)
    with time_machine.travel(timezone.now() + timedelta(minutes=6), tick=False):
        settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
        assert send_missed_stage_change_emails.apply().get() == 0
        assert StageChange.objects.get(to_stage=Stage.SHORTLISTED).notified_at is None
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        assert send_missed_stage_change_emails.apply().get() == 1
    assert len(mail.outbox) == 1


def test_the_sweep_sends_nothing_that_was_never_due_or_is_too_old(
    alice, bob, rita, vacancy, broker_down, django_capture_on_commit_callbacks
):
    mine = apply(alice.candidate, vacancy)
    [sourced] = add_to_pipeline(vacancy, [bob.candidate], by=rita)
    with django_capture_on_commit_callbacks(execute=True):
        move_to_stage([sourced], Stage.SCREENED, by=rita)  # bob never applied: never emailed
        withdraw(mine)  # alice's own doing: nothing to tell her
    with time_machine.travel(timezone.now() + timedelta(minutes=6), tick=False):
        assert send_missed_stage_change_emails.apply().get() == 0

    other = apply(bob.candidate, VacancyFactory())
    with django_capture_on_commit_callbacks(execute=True):
        move_to_stage([other], Stage.SCREENED, by=rita)
    with time_machine.travel(timezone.now() + timedelta(days=4), tick=False):  # old news by then
        assert send_missed_stage_change_emails.apply().get() == 0
    assert mail.outbox == []
