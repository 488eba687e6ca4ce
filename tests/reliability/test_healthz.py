"""/healthz says how each service the app needs is doing, and answers 503 while one is down, so that a load
balancer takes the instance out (issue 16: it answered 200 while Redis was down)."""

import socket

import pytest
from django.test import Client

from config.celery import app as celery_app
from tests.reliability.test_database_down import database_down  # noqa: F401  (a fixture)

pytestmark = pytest.mark.django_db(transaction=True)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def tasks_go_through_redis():
    """As in production: tasks go to the broker (tests otherwise run them in-process)."""
    celery_app.conf.task_always_eager = False  # put back by tests/conftest.py


def health(client=None):
    response = (client or Client(raise_request_exception=False)).get("/healthz")
    return response.status_code, response.json()


def test_it_answers_200_with_each_service_when_all_answer(tasks_go_through_redis):
    assert health() == (200, {"status": "ok", "checks": {"database": "ok", "broker": "ok"}})


def test_it_answers_503_while_redis_is_down(tasks_go_through_redis, settings):
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{closed_port()}/0"
    assert health() == (503, {"status": "unavailable", "checks": {"database": "ok", "broker": "unavailable"}})


@pytest.mark.usefixtures("database_down")
def test_it_answers_503_while_the_database_is_down(tasks_go_through_redis):
    assert health() == (503, {"status": "unavailable", "checks": {"database": "unavailable", "broker": "ok"}})


def test_without_redis_in_development_tasks_run_in_process_and_it_is_healthy(settings):
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{closed_port()}/0"
    assert celery_app.conf.task_always_eager
    assert health() == (200, {"status": "ok", "checks": {"database": "ok", "broker": "not used"}})


def test_it_is_never_cached():
    assert "no-store" in Client().get("/healthz")["Cache-Control"]
