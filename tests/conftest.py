import pytest
from django.core.cache import cache
from django.test import Client

from accounts.models import User
from config.celery import app as celery_app
from tests.factories import PASSWORD, CandidateFactory, UserFactory, VacancyFactory


@pytest.fixture(autouse=True)
def _tasks_run_in_process(request):
    """Tasks run eagerly (the same code, in-process) except in tests that start a real worker."""
    eager = "worker" not in request.keywords
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = eager
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _language_reset():
    """Each test starts in the default language: a request read in French leaves French active in the thread
    (LocaleMiddleware activates it and nothing deactivates it), and a command run next would speak French."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _documents_in_a_temporary_folder(settings, tmp_path_factory):
    """Attached documents are written to a folder of the test's own, never to the project's var/."""
    settings.DOCUMENTS_ROOT = tmp_path_factory.mktemp("documents")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (rendered rows, chart figures), as a freshly started process does."""
    cache.clear()
    from django.conf import settings

    shared = settings.CACHES.get("shared", {})
    if shared.get("BACKEND", "").endswith("LocMemCache"):  # a test's own stand-in for SHARED_CACHE_URL; never
        from django.core.cache import caches  # a Redis database's FLUSHDB (the broker may be in it)

        caches["shared"].clear()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def alice(db):
    """alice: an applicant with a complete profile."""
    user = UserFactory(email="alice@example.org", full_name="Alice Martin", role=User.Role.APPLICANT)
    CandidateFactory(user=user, name="Alice Martin", email=user.email)
    return user


@pytest.fixture
def bob(db):
    """bob: another applicant, who must see nothing of alice's."""
    user = UserFactory(email="bob@example.org", full_name="Bob Jansen", role=User.Role.APPLICANT)
    CandidateFactory(user=user, name="Bob Jansen", email=user.email, with_profile=False)
    return user


@pytest.fixture
def rita(db):
    """rita: the recruiter assigned to the vacancy."""
    return UserFactory(email="rita@example.org", full_name="Rita Recruiter", role=User.Role.RECRUITER)


@pytest.fixture
def sam(db):
    """sam: a recruiter who is not assigned to the vacancy."""
    return UserFactory(email="sam@example.org", full_name="Sam Other", role=User.Role.RECRUITER)


@pytest.fixture
def ada(db):
    """ada: the admin (staff)."""
    return UserFactory(
        email="ada@example.org", full_name="Ada Admin", role=User.Role.ADMIN, is_staff=True, is_superuser=True
    )


@pytest.fixture
def vacancy(rita):
    """A published vacancy that rita recruits for."""
    vacancy = VacancyFactory()
    vacancy.recruiters.add(rita)
    return vacancy


@pytest.fixture
def client_for():
    def make(user) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return make


# Browser tests: Debian's chromium driven by Playwright, against pytest-django's live server.
CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = __import__("pathlib").Path(__file__).parent / "screenshots"


@pytest.fixture(scope="session")
def browser():
    import os

    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make are still sync.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page_for(browser, live_server):
    """page_for(user) -> a Playwright page logged in as that user (None: anonymous), at the live server."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from playwright.sync_api import expect

    from accounts.sessions import SessionStore

    # Assertions wait as long as actions do: with two test processes on two cores an HTMX answer can take
    # more than Playwright's 5 s default (a filter's cards were once still the old ones then).
    expect.set_options(timeout=10_000)
    contexts = []

    def make(user, *, width: int = 1280, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height}, base_url=live_server.url)
        if user is not None:
            session = SessionStore()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.save()
            context.add_cookies(
                [{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": live_server.url}]
            )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        return page

    yield make
    for context in contexts:
        context.close()


def htmx_settled(page, timeout: float = 10_000) -> None:
    """Wait until htmx has finished every request and swap: swapped-in controls listen for a change only once
    htmx has settled them (processed their attributes), so choosing in them earlier is lost."""
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')",
        timeout=timeout,
    )


def screenshot(page, name: str, *, full_page: bool = True) -> str:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return str(path)


# A real Celery worker process, consuming from the real Redis broker and writing to the test database.
def database_url_for_subprocesses() -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("a worker process needs PostgreSQL (set DATABASE_URL), not an in-memory SQLite database")
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def purge_queues() -> None:
    import redis
    from django.conf import settings

    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    client.delete("default", "scoring", "scoring-now", "unacked", "unacked_index", "unacked_mutex")


@pytest.fixture
def start_worker(request):
    """start_worker(concurrency=1) -> the Popen of a `celery worker` on the default and scoring queues.

    ``queues`` and ``name`` (a node name such as ``scoring1@hostA``) stand in for a worker on another
    machine; ``extra_env`` overrides its environment (``REDIS_URL``, ``CELERY_VISIBILITY_TIMEOUT``);
    ``beat`` embeds Celery beat, which sends the periodic tasks (the reconciler) as in production."""
    import collections
    import os
    import signal
    import subprocess
    import sys
    import tempfile
    import threading
    import time

    from django.conf import settings

    workers = []

    def start(*, concurrency: int = 1, extra_env: dict | None = None, queues: str = "default,scoring",
              name: str | None = None, beat: bool = False):  # fmt: skip
        env = dict(os.environ)
        env.update(
            DATABASE_URL=database_url_for_subprocesses(),
            REDIS_URL=settings.CELERY_BROKER_URL,
            DJANGO_SETTINGS_MODULE="config.settings",
        )
        env.update(extra_env or {})
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", queues,
             "--concurrency", str(concurrency), "--pool", "prefork", "--loglevel", "INFO",
             "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", name or f"test{len(workers)}@%h",
             *(["-B", "--schedule", f"{tempfile.mkdtemp()}/beat-schedule"] if beat else [])],
            cwd=str(__import__("pathlib").Path(__file__).resolve().parent.parent),
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
        )  # fmt: skip
        workers.append(process)
        deadline = time.monotonic() + 90  # a worker starts in 5-10 s; at a load average of 15, over 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if "ready." in line:
                # Keep reading its log (the last lines help a failing drill), or a full pipe blocks the worker.
                process.log = collections.deque(maxlen=500)
                threading.Thread(target=process.log.extend, args=(process.stdout,), daemon=True).start()
                return process
            if process.poll() is not None:
                break
        raise RuntimeError("the Celery worker did not start")

    purge_queues()
    yield start
    for process in workers:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
    purge_queues()
