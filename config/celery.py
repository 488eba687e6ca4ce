import os
import socket
import sys
from contextlib import suppress
from pathlib import Path
from urllib.parse import urlparse

from celery import Celery
from celery.signals import celeryd_after_setup, worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("vacancy_matcher")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


AUTOGROUP = Path("/proc/self/autogroup")


@worker_init.connect
def _yield_the_cpu_to_people(**kwargs) -> None:
    """A worker runs at a lower CPU priority (WORKER_NICENESS) than the web processes, its pool processes and
    embedded beat too (they inherit it): on shared cores a rescoring then takes only the cycles that pages
    leave, and never holds a person's request back (bench/web.py --rescoring).

    On Linux a process started in a session of its own (a service, ``setsid``, ``make run``'s worker) shares
    the CPU with other sessions as a group, whatever its own niceness: such a worker lowers its group's too.
    A worker sharing a session does not, or it would lower whatever else runs in it (a web server).
    On Linux it also takes the idle scheduling class (``WORKER_SCHED_IDLE``, issue 16 point 10)."""
    from django.conf import settings

    # A worker at the web's priority (WORKER_NICENESS=0, the scoring-now one) is meant to compete for the CPU.
    if settings.WORKER_SCHED_IDLE and settings.WORKER_NICENESS > 0 and hasattr(os, "SCHED_IDLE"):
        # Linux's idle class: the CPU only when no other task wants it, and given up at once when one does
        # (a niceness of 19 still takes about 1.5 % of a busy core from each page, and a whole time slice).
        with suppress(OSError):
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    niceness = settings.WORKER_NICENESS
    if not niceness:
        return
    os.nice(niceness)
    if os.getsid(0) == os.getpid() and AUTOGROUP.exists():
        with suppress(OSError):
            AUTOGROUP.write_text(str(niceness))


@worker_init.connect
def _load_what_scoring_reads(**kwargs) -> None:
    """What the scorer loads once (``matching.warmup``), loaded before the first chunk: the pool processes are
    forked from this one, warm."""
    from django.apps import apps

    if apps.ready:  # Celery's Django fixup sets Django up first, at worker_init too
        from matching.warmup import warm_up

        warm_up()


@celeryd_after_setup.connect
def _scoring_workers_take_urgent_chunks(sender, instance, **kwargs) -> None:
    """A worker on the scoring queue takes from the urgent one too (a run about one candidate), unless a
    worker of its own does (SCORING_URGENT_WORKER): the urgent queue is never left without a consumer."""
    from django.conf import settings

    queues = instance.app.amqp.queues
    consumed = set(queues.consume_from or queues)
    scoring = settings.CELERY_TASK_ROUTES["matching.tasks.*"]["queue"]
    if (
        scoring in consumed
        and settings.SCORING_URGENT_QUEUE not in consumed
        and not settings.SCORING_URGENT_WORKER
    ):
        queues.select_add(settings.SCORING_URGENT_QUEUE)


def redis_reachable(url: str, timeout: float = 0.3) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), timeout):
            return True
    except OSError:
        return False


def run_tasks_in_process_without_redis() -> None:
    """Local development without Redis: run tasks in-process instead of failing (see the README).

    Called once Django is set up (config.apps), not when the settings are imported: reading the settings
    opens no connection."""
    from django.conf import settings

    if settings.DEBUG and not app.conf.task_always_eager and not redis_reachable(settings.CELERY_BROKER_URL):
        app.conf.task_always_eager = True
        print(
            f"Redis is not reachable at {settings.CELERY_BROKER_URL}: background tasks will run in-process "
            "(slower, no worker needed). Start Redis to use Celery workers.",
            file=sys.stderr,
        )
