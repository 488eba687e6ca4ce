"""Every periodic task that beat sends is a task the workers know: a renamed or moved task would otherwise be
sent every night to a worker that drops it as unregistered."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A fresh process, as a worker starts: only what Celery's autodiscovery imports is registered.
WORKER_VIEW = (
    "import json, django; django.setup(); from django.conf import settings; from config.celery import app; "
    "app.loader.import_default_modules(); "
    "print(json.dumps({'registered': sorted(app.tasks), "
    "'scheduled': sorted(entry['task'] for entry in settings.CELERY_BEAT_SCHEDULE.values())}))"
)


def test_every_task_in_the_beat_schedule_is_registered_with_the_celery_app():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    out = subprocess.run(
        [sys.executable, "-c", WORKER_VIEW], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    tasks = json.loads(out.stdout.strip().splitlines()[-1])
    assert tasks["scheduled"], "the beat schedule is empty"
    assert sorted(set(tasks["scheduled"]) - set(tasks["registered"])) == []
