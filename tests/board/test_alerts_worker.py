"""Job alerts through the real broker: a worker sends each alert once, only to the applicants the engine finds
eligible or to be assessed, and nothing after unsubscribing."""

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


def emails(worker) -> list[tuple[str, str, str]]:
    """(to, subject, unsubscribe path) of each alert email the worker printed (the console email backend)."""
    sent, to, subject = [], "", ""
    for line in list(worker.log):
        if found := re.search(r"To: (\S+)", line):
            to = found[1]
        elif found := re.search(r"Subject: (New vacancy.*)", line):
            subject = found[1].strip()
        elif found := re.match(r"https?://[^/\s]+(/jobs/alerts/unsubscribe/\S+/)", line):  # the body's link
            sent.append((to, subject, found[1]))
    return sent


def test_a_worker_sends_each_alert_once_and_none_after_unsubscribing(alice, bob, rita, start_worker):
    """vera is a visitor with two alerts; alice (eligible) and bob (no profile: not eligible) consent to be
    matched and look for logistics posts too."""
    worker = start_worker(queues="default")
    confirmed = timezone.now()
    vera = JobAlert.objects.create(
        email="vera@example.org", search={"text": "logistics"}, confirmed_at=confirmed
    )
    JobAlert.objects.create(email="vera@example.org", search={"grade": "A-2"}, confirmed_at=confirmed)
    JobAlert.objects.create(email="walt@example.org", search={"text": "finance"}, confirmed_at=confirmed)
    for applicant in (alice, bob):
        JobAlert.objects.create(user=applicant, email=applicant.email, search={"text": "logistics"},
                                confirmed_at=confirmed)  # fmt: skip
    drafts = [
        VacancyFactory(title=title, grade=grade, status=Vacancy.Status.DRAFT, published_at=None)
        for title, grade in (("Logistics Officer", "A-2"), ("Logistics Assistant", "B-4"))
    ]

    publish_vacancy(drafts[0], by=rita)  # committed at once: the task goes to the worker
    # A worker's first scoring prepares the engine's reference data: on a busy machine, tens of seconds.
    wait_for(lambda: len(emails(worker)) == 2, 120, "the alert emails in the worker's log")
    # The task again (a redelivery, a second publish signal): nothing more goes.
    send_job_alerts.delay(drafts[0].pk)
    time.sleep(3)
    assert sorted((to, subject) for to, subject, _ in emails(worker)) == [
        ("alice@example.org", "New vacancy: Logistics Officer"),
        ("vera@example.org", "New vacancy: Logistics Officer"),
    ]
    assert AlertEmail.objects.count() == 2

    veras_link = next(link for to, _, link in emails(worker) if to == "vera@example.org")
    response = Client().post(veras_link)  # the link of the alert that sent it, without logging in
    assert response.status_code == 200 and not JobAlert.objects.filter(pk=vera.pk).exists()
    publish_vacancy(drafts[1], by=rita)  # found by alice's alert and by the one vera stopped
    send_job_alerts.delay(drafts[0].pk)  # vera's other alert finds the first, which her address already had
    wait_for(lambda: len(emails(worker)) == 3, 60, "alice's second alert email")
    time.sleep(3)  # the worker has run both tasks by now
    assert [(to, subject) for to, subject, _ in emails(worker)][2:] == [
        ("alice@example.org", "New vacancy: Logistics Assistant")
    ]
    assert AlertEmail.objects.count() == 3
