"""Issue 17, point 12: `make run` (scripts/run_dev.sh) starts a Celery worker beside the web server; stopping
the server stops the worker too, the worker's stage emails print in the same console as the server's, and their
links use the port the app runs on."""

import collections
import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from applications.models import Stage
from applications.services import apply, move_to_stage
from tests.conftest import database_url_for_subprocesses, purge_queues
from tests.reliability.support import pool_children, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def running(pid: int) -> bool:
    """Whether the process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.fixture
def make_run(tmp_path):
    """scripts/run_dev.sh on a free port, as `make run` starts it; its console is ``.output``."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"SITE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        PY=sys.executable, PORT=str(port), RUN_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=database_url_for_subprocesses(), REDIS_URL=settings.CELERY_BROKER_URL,
        STAGE_EMAIL_DELAY_SECONDS="0",
    )  # fmt: skip
    purge_queues()
    script = subprocess.Popen(
        ["scripts/run_dev.sh"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job is
    )  # fmt: skip
    script.port, script.output = port, collections.deque(maxlen=2000)
    threading.Thread(target=script.output.extend, args=(script.stdout,), daemon=True).start()
    yield script
    if script.poll() is None:
        os.killpg(script.pid, signal.SIGKILL)
    purge_queues()


def test_stopping_the_server_stops_the_worker_whose_emails_print_beside_the_servers(
    make_run, alice, rita, vacancy, settings, tmp_path
):
    console = make_run.output
    wait_for(lambda: any("Celery worker started (pid" in line for line in console), 60, "the worker to start")
    [line] = [line for line in console if "Celery worker started (pid" in line]
    worker = int(line.split("(pid ")[1].split(",")[0])
    log = tmp_path / "celery.log"
    wait_for(lambda: log.exists() and " ready." in log.read_text(), 120, "the worker to be ready")
    wait_for(lambda: answers(make_run.port), 120, "the web server to answer")
    processes = [worker, *pool_children(worker)]
    assert len(processes) >= 3  # the worker, its pool of two, and beat

    # A stage change the worker emails: the email prints in the script's console, with the app's port.
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    move_to_stage([apply(alice.candidate, vacancy)], Stage.SCREENED, by=rita)
    wait_for(lambda: any("Subject: Your application for" in line for line in console), 60, "the stage email")
    text = "".join(console)
    assert f"http://127.0.0.1:{make_run.port}/me/applications/" in text
    assert "Subject: Your application for" not in log.read_text()  # printed, not logged

    # Ctrl+C in the terminal: the server's process group gets SIGINT (the worker has a session of its own).
    os.killpg(make_run.pid, signal.SIGINT)
    assert make_run.wait(timeout=60) == 130
    assert [pid for pid in processes if running(pid)] == []
    assert not answers(make_run.port)
    assert "Celery worker stopped." in "".join(console)
