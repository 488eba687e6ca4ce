"""Settings come from the environment, with safe defaults; production settings pass check --deploy."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_PROBE = (
    "import json, django; django.setup(); from django.conf import settings as s; from config.celery import app; "
    "print(json.dumps({'engine': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']), "
    "'debug': s.DEBUG, 'hosts': s.ALLOWED_HOSTS, 'broker': s.CELERY_BROKER_URL, 'email': s.EMAIL_BACKEND, "
    "'eager': app.conf.task_always_eager, 'secret': s.SECRET_KEY}))"
)


def run_settings(**env) -> dict:
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY", "REDIS_URL"}
    }
    clean.update(DJANGO_SETTINGS_MODULE="config.settings", **env)
    out = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_it_defaults_to_a_sqlite_file_and_debug():
    probe = run_settings()
    assert probe["engine"] == "django.db.backends.sqlite3"
    assert probe["name"].endswith("var/db.sqlite3")
    assert probe["debug"] is True


def test_it_reads_database_redis_hosts_and_email_from_the_environment():
    probe = run_settings(
        DATABASE_URL="postgres://u:p@db.example.org:5433/vm",
        REDIS_URL="redis://127.0.0.1:6379/3",
        DEBUG="false",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="vm.example.org, www.vm.example.org",
        EMAIL_HOST="smtp.example.org",
    )
    assert probe["engine"] == "django.db.backends.postgresql"
    assert probe["name"] == "vm"
    assert probe["broker"] == "redis://127.0.0.1:6379/3"
    assert probe["debug"] is False
    assert probe["hosts"] == ["vm.example.org", "www.vm.example.org"]
    assert probe["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert probe["secret"] == "x" * 60


def test_it_uses_the_console_email_backend_by_default():
    assert run_settings()["email"] == "django.core.mail.backends.console.EmailBackend"


def test_it_refuses_to_start_in_production_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", DEBUG="False")
    result = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_it_runs_tasks_in_process_when_redis_is_unreachable():
    probe = run_settings(REDIS_URL="redis://127.0.0.1:1/0")
    assert probe["eager"] is True


def test_it_uses_the_worker_when_redis_answers():
    assert run_settings(REDIS_URL="redis://127.0.0.1:6379/0")["eager"] is False


def test_it_says_so_at_start_up_when_redis_is_unreachable():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "REDIS_URL": "redis://127.0.0.1:1/0"}
    env.pop("DEBUG", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert (
        "Redis is not reachable at redis://127.0.0.1:1/0: background tasks will run in-process"
        in result.stderr
    )


def test_reading_the_settings_opens_no_connection():
    """Importing the settings (a manage.py command, a test collection) must not wait on the network."""
    probe = (
        "import socket\n"
        "def refuse(*args, **kwargs): raise AssertionError('a connection at import time')\n"
        "socket.create_connection = socket.socket.connect = refuse\n"
        "import config.settings as s\n"
        "print(s.CELERY_TASK_ALWAYS_EAGER)"
    )
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:1/0"}
    env.pop("DEBUG", None)
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("word", ["Ture", "flase", "2", "enabled"])
def test_it_refuses_a_boolean_it_does_not_know(word):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "EMAIL_USE_TLS": word}
    result = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert f"EMAIL_USE_TLS={word!r} is neither true nor false" in result.stderr


@pytest.mark.parametrize(
    ("word", "value"), [("true", True), (" Yes ", True), ("ON", True), ("1", True), ("False", False),
                        ("no", False), ("off", False), ("0", False), ("", True)],
)  # fmt: skip
def test_it_reads_the_usual_boolean_words(monkeypatch, word, value):
    from config.settings import env_bool

    monkeypatch.setenv("SOME_FLAG", word)
    assert env_bool("SOME_FLAG", True) is value


def test_it_passes_check_deploy_with_production_settings():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}  # set by browser tests
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="False",
        SECRET_KEY="k3Jd9-production-secret-" + "q8Wz" * 12,
        ALLOWED_HOSTS="vacancies.example.org",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_it_has_a_migration_for_every_model_change():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_it_reads_rate_limits_from_the_environment_and_refuses_a_malformed_one():
    probe = "import config.settings as s; print(s.RATE_LIMITS['export'], s.RATE_LIMITS['signup'])"
    env = {**os.environ, "RATE_LIMIT_EXPORT": "7/10m"}
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["7/10m", "10/h"]
    env["RATE_LIMIT_EXPORT"] = "lots"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode != 0 and "RATE_LIMIT_EXPORT='lots' is not a rate limit" in out.stderr


@pytest.mark.parametrize(
    ("env", "site_url"),
    [
        ({}, "http://127.0.0.1:8000"),
        ({"PORT": "8123"}, "http://127.0.0.1:8123"),  # `make run PORT=8123`: links in emails reach it
        ({"PORT": "8123", "SITE_URL": "https://vacancies.example.org"}, "https://vacancies.example.org"),
    ],
)
def test_links_in_emails_follow_the_port_unless_the_site_url_is_set(env, site_url):
    clean = {k: v for k, v in os.environ.items() if k not in {"PORT", "SITE_URL"}}
    probe = "import config.settings as s; print(s.SITE_URL)"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == site_url
