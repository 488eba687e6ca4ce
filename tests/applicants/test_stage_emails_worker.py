"""The undo window through the real broker: a worker runs the email task when the window is over."""

import time

import pytest

from applications.models import Stage, StageChange
from applications.services import apply, move_to_stage
from tests.reliability.support import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_worker_emails_only_the_stage_that_settled(alice, rita, vacancy, settings, start_worker):
    settings.STAGE_EMAIL_DELAY_SECONDS = 2  # here, where the task is queued, and in the worker
    worker = start_worker(queues="default", extra_env={"STAGE_EMAIL_DELAY_SECONDS": "2"})
    application = apply(alice.candidate, vacancy)
    for stage in (Stage.SCREENED, Stage.NEW, Stage.REJECTED):  # each committed at once, within the window
        move_to_stage([application], stage, by=rita)

    emailed = StageChange.objects.filter(notified_at__isnull=False, changed_by__isnull=False)
    wait_for(emailed.exists, 30, "the email")
    time.sleep(2)  # the Screened task has run by now too, and sent nothing
    assert list(emailed.values_list("to_stage", flat=True)) == [Stage.REJECTED]
    assert sum("Subject: Your application for" in line for line in worker.log) == 1  # the outcome email
    # Applying was acknowledged at once, by the same worker, once.
    assert sum("Subject: We received your application for" in line for line in worker.log) == 1
    assert StageChange.objects.get(changed_by__isnull=True).notified_at is not None
