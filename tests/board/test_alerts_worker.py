"""Job alerts through the real broker: a worker sends each alert once, and nothing after unsubscribing."""

import re
import time

import pytest
from django.test import Client
from django.utils import timezone

from board.models import AlertEmail, JobAlert
from board.tasks import send_job_alerts
from tests.factories import VacancyFactory
from tests.reliability.support import wait_for
from vacancies.models import Vacancy
from vacancies.services import publish_vacancy

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def subjects(worker) -> list[str]:
    return [
        line.split("Subject: ", 1)[1].strip() for line in list(worker.log) if "Subject: New vacancy" in line
    ]


def unsubscribe_path(worker) -> str:
    return next(
        m[1]
        for line in list(worker.log)
        if (m := re.search(r"https?://[^/\s]+(/jobs/alerts/unsubscribe/\S+/)", line))
    )


def test_a_worker_sends_each_alert_once_and_none_after_unsubscribing(rita, start_worker):
    worker = start_worker(queues="default")
    vera = JobAlert.objects.create(
        email="vera@example.org", search={"text": "logistics"}, confirmed_at=timezone.now()
    )
    # The same address twice, and an alert that finds nothing.
    JobAlert.objects.create(email="vera@example.org", search={"grade": "A-2"}, confirmed_at=timezone.now())
    JobAlert.objects.create(email="walt@example.org", search={"text": "finance"}, confirmed_at=timezone.now())
    drafts = [
        VacancyFactory(title=title, grade=grade, status=Vacancy.Status.DRAFT, published_at=None)
        for title, grade in (("Logistics Officer", "A-2"), ("Logistics Assistant", "B-4"))
    ]

    publish_vacancy(drafts[0], by=rita)  # committed at once: the task goes to the worker
    wait_for(lambda: AlertEmail.objects.count() == 1, 30, "the alert email")
    wait_for(lambda: subjects(worker), 30, "the email in the worker's log")
    # The task again (a redelivery, a second publish signal): nothing more goes.
    send_job_alerts.delay(drafts[0].pk)
    time.sleep(3)
    assert subjects(worker) == ["New vacancy: Logistics Officer"]

    response = Client().post(unsubscribe_path(worker))  # the link of the alert that sent it
    assert response.status_code == 200 and not JobAlert.objects.filter(pk=vera.pk).exists()
    publish_vacancy(drafts[1], by=rita)  # only the alert vera stopped finds it
    send_job_alerts.delay(drafts[0].pk)  # her other alert finds the first, which her address had already
    time.sleep(4)  # the worker has run both tasks by now, and sent nothing
    assert subjects(worker) == ["New vacancy: Logistics Officer"]
    assert AlertEmail.objects.count() == 1
