"""A task goes through the real Redis broker to a real worker process and its result comes back."""

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from config.celery import app
from tests.factories import VacancyFactory
from vacancies.models import Vacancy
from vacancies.tasks import close_expired_vacancies

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_it_is_configured_so_that_no_work_is_lost():
    conf = app.conf
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_serializer == "json" and conf.accept_content == ["json"]
    assert conf.task_time_limit and conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit
    assert conf.broker_url == settings.REDIS_URL or conf.broker_url.startswith("redis://")


def test_it_round_trips_a_task_through_redis_and_a_worker(start_worker):
    expired = VacancyFactory(deadline=timezone.localdate() - dt.timedelta(days=1))
    current = VacancyFactory()
    start_worker()

    result = close_expired_vacancies.delay()

    assert result.get(timeout=30) == 1
    assert Vacancy.objects.get(pk=expired.pk).status == Vacancy.Status.CLOSED
    assert Vacancy.objects.get(pk=current.pk).status == Vacancy.Status.PUBLISHED


def test_a_worker_and_its_pool_run_at_a_lower_cpu_priority_than_the_web(start_worker):
    import os

    from tests.reliability.support import pool_children

    web = os.getpriority(os.PRIO_PROCESS, 0)  # this process stands in for a web process: not lowered
    worker = start_worker(concurrency=2)
    processes = [worker.pid, *pool_children(worker.pid)]
    assert len(processes) == 3
    expected = min(19, web + settings.WORKER_NICENESS)
    assert [os.getpriority(os.PRIO_PROCESS, pid) for pid in processes] == [expected] * 3
    assert settings.WORKER_NICENESS == 19 and expected > web
    # On Linux, in the idle scheduling class too (issue 16, point 10); this process is not.
    if hasattr(os, "SCHED_IDLE"):
        assert settings.WORKER_SCHED_IDLE
        assert [os.sched_getscheduler(pid) for pid in processes] == [os.SCHED_IDLE] * 3
        assert os.sched_getscheduler(0) != os.SCHED_IDLE
    # Started in a session of its own (as a service is), its whole CPU group yields too (Linux autogroups).
    autogroup = Path(f"/proc/{worker.pid}/autogroup")
    if autogroup.exists():
        assert autogroup.read_text().split()[-1] == "19"
        # The test's own group is not lowered; a process in the root group reads an empty file (nice 0).
        own = Path("/proc/self/autogroup").read_text().split() or ["0"]
        assert own[-1] == "0"
