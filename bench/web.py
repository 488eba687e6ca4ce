"""Web benchmark: the recruiter's shortlist and "My vacancies", the applicant's "my matches", served by
gunicorn, under load.

    .venv/bin/python bench/web.py [--candidates 10000] [--vacancies 20] [--clients 1 20 50] [--seconds 15]
                                  [--think 1 0] [--workers 5] [--threads 1] [--pages shortlist matches]
                                  [--rescoring [--scoring-workers N]] [--no-shared-cache]

WRITES TO A DATABASE: the one named by DATABASE_URL if set, otherwise a throwaway PostgreSQL database
``vm_bench_web`` on 127.0.0.1 (created if missing, migrated). The first run imports synthetic
candidates, publishes ``--vacancies`` vacancies and scores everyone with the real engine; later runs
reuse them.

Then it collects static files and starts gunicorn on 127.0.0.1 as in production (``DEBUG=False``), and
for each page, each pause and each number of clients runs that many concurrent clients for ``--seconds``,
each with its own session: one recruiter over the shortlist page of a vacancy with ``--candidates``
scored candidates and the HTMX filter variants a recruiter clicks through; the same recruiter over "My
vacancies" (the overview with counts per stage and the scoring progress); one applicant per client over
"my matches", full page and filtered.

``--think`` sets how long a client pauses between two requests, as a person reading the page does (a
locust user's ``wait_time``): each pause is drawn between half and one and a half times it. The default
runs each load twice: with 1 s pauses (people at work: the latency they see) and with none (a
saturation test: throughput, where latency becomes queueing, about clients / requests per second).
Printed per run: requests/s, p50/p95/p99 and errors (anything but a 200, or no answer within 30 s;
there must be none).

The shortlist's vacancy has every bench candidate as an applicant (the shortlist lists applicants; the pool
is a tab apart), so its pages show 10,000 rows.

``--rescoring`` runs each load twice, back to back: without a rescoring, then with one kept in progress, as
when a recruiter changes weights or an admin changes reference data: a Celery worker with
``--scoring-workers`` pool processes (default one per core) on the same machine, and a new rescoring of
every candidate against every open vacancy planned whenever the last one finishes; the worker stops and the
run is dropped after each measurement. Each run with a rescoring also prints the pairs scored per second
meanwhile. The workers run at the priority they run at in production (``WORKER_NICENESS``, 19);
``WORKER_NICENESS=0 WORKER_SCHED_IDLE=False`` shows what pages go through without it. Each summary row
that a target applies to prints it beside the figure: p95 under 300 ms with a rescoring in progress for
clients pausing as people do (issue 16, point 10), under 150 ms for the shortlist at 20 clients without
pauses (issue 18, point 5). Redis: database 14 unless REDIS_URL is set
(its queues are emptied before each rescoring; the answers the web processes keep there are left as they are). The clients run on the same machine as the server and the database and take a
share of its CPU; each run prints the load average at its start and end: on a shared machine the figures
vary from run to run, hence the pairs.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._django import ROOT, setup  # noqa: E402

TITLE = "Bench: Policy Officer (Defence Planning)"
RECRUITER = "bench-recruiter@example.org"
APPLICANT = "bench-applicant-{}@example.org"
SECRET_KEY = "bench-only-secret-key-not-for-production"
# name: (query, HTMX target or "" for the full page)
SHORTLIST = {
    "full page": ("", ""),
    "eligible only": ("verdict=eligible", "shortlist-table"),
    "min score 60": ("min_score=60", "shortlist-table"),
    "French >= III": ("language=French&language_level=III", "shortlist-table"),
    "search 'policy'": ("q=policy", "shortlist-table"),
    "sort by name": ("sort=name", "shortlist-table"),
    "experience pts": ("sort=points:experience", "shortlist-table"),
    "not in pipeline": ("stage=none", "shortlist-table"),
    "page 40": ("page=40", "shortlist-table"),
    "nationality": ("nationality=Belgium&verdict=eligible_or_assess", "shortlist-table"),
}
MY_VACANCIES = {"full page": ("", "")}
MATCHES = {
    "full page": ("", ""),
    "grade A.2": ("grade=A.2", "match-list"),
    "location Mons": ("location=Mons", "match-list"),
}
LOCATIONS = ["Brussels", "Mons", "Norfolk", "The Hague", "Naples"]
GRADES = ["A.2", "A.3", "A.4", "B.5"]


def publish_vacancies(count: int):
    """The shortlist's vacancy and ``count - 1`` others, so that "my matches" lists ``count`` of them."""
    from vacancies.models import Vacancy

    existing = list(Vacancy.objects.filter(title__startswith="Bench: ").order_by("pk"))
    for i in range(len(existing), count):
        existing.append(
            Vacancy.objects.create(
                title=TITLE if i == 0 else f"Bench: Analyst {i}", organisation="Defence Policy and Planning Division",
                raw_text="bench", grade=GRADES[i % 4], location=LOCATIONS[i % 5], status=Vacancy.Status.PUBLISHED,
                degree_level=["university", "master", "secondary"][i % 3], min_years_experience=2 + i % 6,
                language_rule="one_high_other_low", language_high="V", language_low="I",
                language_pair=["English", "French"], nationality_restricted=i % 2 == 0,
                essential=["possess a university degree", "have at least 5 years' experience in defence planning"],
                desirable=["knowledge of the NATO Defence Planning Process", "experience in capability development"],
                accountabilities=["Advise on defence planning and capability development with partner nations."],
            )
        )  # fmt: skip
    return existing


def prepare(candidates: int, vacancies: int, applicants: int) -> tuple[int, str, list[str]]:
    """The shortlist vacancy, the recruiter's session cookie and one cookie per applicant."""
    from django.db import connection
    from django.utils import timezone

    from accounts.models import User
    from applications.models import Application
    from candidates.importing import import_jsonl
    from candidates.models import Candidate
    from candidates.synthetic import synthetic_profiles
    from matching.models import MatchResult
    from matching.services import score_pairs, upsert_results

    recruiter, _ = User.objects.get_or_create(email=RECRUITER, defaults={"role": User.Role.RECRUITER})
    published = publish_vacancies(vacancies)
    shortlist = published[0]
    shortlist.recruiters.add(recruiter)
    if MatchResult.objects.filter(vacancy__in=published).count() < candidates * len(published):
        started = time.perf_counter()
        profiles = synthetic_profiles(candidates, seed=11)
        for p in profiles:
            p["id"] = p["id"].replace("demo-", "web-bench-")
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "candidates.jsonl"
            path.write_text("\n".join(json.dumps(p) for p in profiles) + "\n", encoding="utf-8")
            with path.open(encoding="utf-8") as lines:
                import_jsonl(lines)
        ids = list(
            Candidate.objects.filter(external_id__startswith="web-bench-").values_list("pk", flat=True)
        )
        vacancy_ids = [v.pk for v in published]
        for start in range(0, len(ids), 100):
            upsert_results(score_pairs(vacancy_ids, ids[start : start + 100]))
        with connection.cursor() as cursor:  # fresh statistics, as autovacuum would gather soon after a load
            cursor.execute("ANALYZE")
        print(
            f"prepared {len(ids):,} candidates x {len(published)} vacancies in {time.perf_counter() - started:.0f} s"
        )
    # The shortlist lists the vacancy's applicants (the pool is a tab apart): every bench candidate applied.
    if not Application.objects.filter(vacancy=shortlist).exists():
        Application.objects.bulk_create(
            [Application(vacancy=shortlist, candidate_id=pk, applied_at=timezone.now())
             for pk in Candidate.objects.filter(external_id__startswith="web-bench-").values_list("pk", flat=True)],
            batch_size=2000, ignore_conflicts=True,
        )  # fmt: skip
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    candidates_for_applicants = Candidate.objects.filter(external_id__startswith="web-bench-").order_by("pk")
    cookies = []
    for i, candidate in enumerate(candidates_for_applicants[:applicants]):
        if candidate.user_id is None:
            user, _ = User.objects.get_or_create(
                email=APPLICANT.format(i), defaults={"role": User.Role.APPLICANT}
            )
            Candidate.objects.filter(pk=candidate.pk).update(user=user)
            candidate.user = user
        cookies.append(session_cookie(candidate.user))
    return shortlist.pk, session_cookie(recruiter), cookies


def session_cookie(user) -> str:
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    session = import_module(settings.SESSION_ENGINE).SessionStore()  # the app's own (accounts.sessions)
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(
    port: int, workers: int, threads: int, database_url: str, shared_cache: bool
) -> subprocess.Popen:
    env = {
        **os.environ,
        # The answers kept per generation, shared by the web processes (recruiting.generations.kept), in the
        # bench's Redis database unless SHARED_CACHE_URL names another.
        "SHARED_CACHE_URL": os.environ.get("SHARED_CACHE_URL") or os.environ["REDIS_URL"]
        if shared_cache
        else "",
        "DATABASE_URL": database_url,
        "DEBUG": "False",
        "SECRET_KEY": SECRET_KEY,
        "PYTHONWARNINGS": "ignore::UserWarning",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",
        "LOG_LEVEL": "WARNING",
    }
    # As in production: DEBUG off serves hashed static names from the manifest that collectstatic writes.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=str(ROOT), env=env, check=True
    )
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--threads", str(threads), "--backlog", "256", "--log-level", "warning"],
        cwd=str(ROOT), env=env, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def start_scoring_worker(concurrency: int, database_url: str) -> subprocess.Popen:
    """One Celery worker on the scoring and default queues, configured as in production."""
    import redis
    from django.conf import settings

    from matching.models import ScoringRun

    # The queues emptied, not the answers the web processes keep in the same database (SHARED_CACHE_URL, keys
    # "answers:..."): emptied too, every run with a rescoring measured a cold cache, not the rescoring.
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    for key in broker.scan_iter(count=1000):
        if not key.startswith(b"answers:"):
            broker.delete(key)
    ScoringRun.objects.filter(status=ScoringRun.Status.RUNNING).delete()  # left by an interrupted bench
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "False", "SECRET_KEY": SECRET_KEY,
           "SECURE_SSL_REDIRECT": "False", "LOG_LEVEL": "WARNING"}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", "scoring,default",
         "--concurrency", str(concurrency), "--without-gossip", "--without-mingle", "--without-heartbeat",
         "-n", "bench-scoring@%h", "--loglevel", "WARNING"],
        cwd=str(ROOT), env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(6)  # let it connect
    return process


@contextmanager
def rescoring_in_progress(args, database_url: str):
    """A scoring worker and a rescoring of everything kept in progress (``KeepRescoring``) for the block;
    after it the worker stops and the unfinished run is dropped, so that the next block starts without."""
    from django.conf import settings

    from matching.models import ScoringRun

    worker = start_scoring_worker(args.scoring_workers, database_url)
    keeper = KeepRescoring()
    keeper.start()
    print(
        f"\n(a rescoring of {args.candidates:,} x {args.vacancies} pairs kept in progress by "
        f"{args.scoring_workers} scoring process(es) at niceness {settings.WORKER_NICENESS}"
        + (", scheduling class idle" if settings.WORKER_SCHED_IDLE and hasattr(os, "SCHED_IDLE") else "")
        + ")"
    )
    try:
        time.sleep(3)  # under way before the measurement
        yield
    finally:
        keeper.stop()
        # The run is dropped: no need for the warm shutdown, which at niceness 19 on a busy machine can take
        # minutes to finish the chunk in hand.
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
        ScoringRun.objects.filter(status=ScoringRun.Status.RUNNING).delete()


class KeepRescoring(threading.Thread):
    """Plans a rescoring of everything whenever none is running, until stopped."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stopping = threading.Event()

    def run(self) -> None:
        from django.db import connection

        from matching.models import ScoringRun
        from matching.rescoring import rescore_everything

        try:
            while not self.stopping.is_set():
                if not ScoringRun.objects.filter(status=ScoringRun.Status.RUNNING).exists():
                    rescore_everything(reason="bench: a rescoring under load")
                self.stopping.wait(0.5)
        finally:
            connection.close()

    def stop(self) -> None:
        self.stopping.set()
        self.join()


def pairs_scored_between(start, end) -> int:
    from matching.models import ScoringChunk

    done = ScoringChunk.objects.filter(finished_at__gte=start, finished_at__lt=end)
    return sum(done.values_list("pairs", flat=True))


def get(port: int, path: str, cookie: str, target: str, timeout: float = 30) -> tuple[int, float]:
    headers = {"Cookie": cookie, "Host": "127.0.0.1"}
    if target:
        headers.update({"HX-Request": "true", "HX-Target": target})
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        connection.close()


def percentile(values: list[float], p: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]
    )


def drive(
    port: int,
    base: str,
    variants: dict,
    cookies: list[str],
    *,
    clients: int,
    seconds: float,
    think: float = 0,
) -> dict:
    """Each client loops over the variants (starting at a different one), pausing about ``think`` seconds
    after each answer, until the time is up."""
    names = list(variants)
    times: dict[str, list[float]] = {name: [] for name in names}
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(index: int) -> None:
        i, cookie = index, cookies[index % len(cookies)]
        pauses = random.Random(index)
        if think:  # people do not all click at the same moment
            time.sleep(pauses.uniform(0, think))
        while time.monotonic() < deadline:
            name = names[i % len(names)]
            query, target = variants[name]
            path = base + (f"?{query}" if query else "")
            try:
                status, elapsed = get(port, path, cookie, target)
                with lock:
                    (times[name] if status == 200 else errors).append(
                        elapsed if status == 200 else f"{status} {path}"
                    )
            except OSError as exc:
                with lock:
                    errors.append(f"{type(exc).__name__} {path}")
            i += 1
            if think:
                time.sleep(pauses.uniform(0.5 * think, 1.5 * think))

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(client, range(clients)))
    return {"times": times, "errors": errors, "elapsed": time.monotonic() - started}


def report(title: str, results: dict, *, per_variant: bool) -> dict:
    times, errors = results["times"], results["errors"]
    every = [t for values in times.values() for t in values]
    row = {
        "requests": len(every), "rps": len(every) / results["elapsed"], "errors": len(errors),
        **{f"p{p}": percentile(every, p) * 1000 for p in (50, 95, 99)},
    }  # fmt: skip
    print(f"\n{title}")
    if per_variant:
        print(f"  {'variant':18} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
        for name, values in times.items():
            if values:
                print(
                    f"  {name:18} {len(values):8d} {percentile(values, 50) * 1000:8.1f} "
                    f"{percentile(values, 95) * 1000:8.1f} {percentile(values, 99) * 1000:8.1f}"
                )
    print(
        f"  {'all':18} {row['requests']:8d} {row['p50']:8.1f} {row['p95']:8.1f} {row['p99']:8.1f}   "
        f"{row['rps']:.1f} requests/s, errors {row['errors']}" + (f" e.g. {errors[:3]}" if errors else "")
    )
    return row


def target_of(page: str, think: float, clients: int, rescoring: bool) -> tuple[int, str] | None:
    """The p95 a run is held to, and where it is asked: people's pages while a rescoring runs (issue 16,
    point 10), the shortlist saturated by 20 clients without pauses (issue 18, point 5)."""
    if rescoring and think:
        return 300, "issue 16.10"
    if page == "shortlist" and not think and clients == 20 and not rescoring:
        return 150, "issue 18.5"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--vacancies", type=int, default=20)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 20, 50])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument(
        "--think", type=float, nargs="+", default=[1.0, 0.0],
        help="mean pause between a client's requests, in seconds; one run per value (0: no pause)",
    )  # fmt: skip
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--pages", nargs="+", choices=["shortlist", "my-vacancies", "matches"],
        default=["shortlist", "my-vacancies", "matches"],
    )  # fmt: skip
    parser.add_argument("--per-variant", action="store_true", help="print p50/p95/p99 for each variant too")
    parser.add_argument(
        "--rescoring", action="store_true", help="keep a rescoring in progress during every run"
    )
    parser.add_argument("--scoring-workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--no-shared-cache", action="store_true",
        help="each web process keeps its own answers only (no SHARED_CACHE_URL): what the shared cache saves",
    )  # fmt: skip
    args = parser.parse_args()
    # The server signs sessions with this key: the bench process must create the sessions with the same one.
    os.environ["SECRET_KEY"] = SECRET_KEY
    database_url = setup("vm_bench_web")
    vacancy_pk, recruiter, applicants = prepare(args.candidates, args.vacancies, max(args.clients))
    pages = {
        "shortlist": (f"/recruiting/{vacancy_pk}/", SHORTLIST, [recruiter]),
        "my-vacancies": ("/recruiting/", MY_VACANCIES, [recruiter]),
        "matches": ("/me/matches/", MATCHES, applicants),
    }
    port = free_port()
    server = start_gunicorn(port, args.workers, args.threads, database_url, not args.no_shared_cache)
    from django.utils import timezone

    summary = []
    try:
        for name in args.pages:  # warm up each worker's connections and caches; a wrong set-up fails here
            base, variants, cookies = pages[name]
            for query, target in variants.values():
                for _ in range(3 * args.workers):  # each worker keeps its own cache: reach them all
                    # Cold answers (each worker's first) are slow on a busy machine: a longer wait here.
                    status, _ = get(port, base + f"?{query}", cookies[0], target, timeout=180)
                    if status != 200:
                        raise SystemExit(f"{name} {query}: HTTP {status}")
        print(
            f"database {database_url.rsplit('/', 1)[-1]}: shortlist of {args.candidates:,} scored candidates, "
            f"my matches over {args.vacancies} open vacancies; gunicorn {args.workers} workers x {args.threads} "
            f"thread(s) on {os.cpu_count()} CPUs shared with PostgreSQL and the clients; "
            f"{args.seconds:.0f} s per run"
        )
        for name in args.pages:
            base, variants, cookies = pages[name]
            for think in args.think:
                for clients in args.clients:
                    title = f"{name}, {clients} clients, " + (f"{think:g} s pauses" if think else "no pause")
                    # With --rescoring each load runs twice, back to back: without a rescoring, then with one,
                    # so that the difference is the rescoring's and not other work on a shared machine.
                    for rescoring in (False, True) if args.rescoring else (False,):
                        with rescoring_in_progress(args, database_url) if rescoring else nullcontext():
                            started, load = timezone.now(), os.getloadavg()[0]
                            results = drive(
                                port,
                                base,
                                variants,
                                cookies,
                                clients=clients,
                                seconds=args.seconds,
                                think=think,
                            )
                            load_after = os.getloadavg()[0]
                            row = report(
                                title + (", rescoring" if rescoring else ""),
                                results,
                                per_variant=args.per_variant,
                            )
                            row["load"] = load
                            if rescoring:
                                row["scored"] = (
                                    pairs_scored_between(started, timezone.now()) / results["elapsed"]
                                )
                                print(f"  rescoring meanwhile: {row['scored']:,.0f} pairs/s")
                            print(
                                f"  load average (1 min): {load:.1f} at the start, {load_after:.1f} at the end"
                            )
                        summary.append((name, think, clients, rescoring, row))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a busy machine: the summary matters more than a graceful stop
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=30)
    print(
        f"\n{'page':12} {'pause s':>7} {'clients':>7} {'rescoring':>9} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'errors':>6} {'load':>5} {'scored pairs/s':>14}  target"
    )
    for name, think, clients, rescoring, row in summary:
        goal = target_of(name, think, clients, rescoring)
        print(
            f"{name:12} {think:7g} {clients:7d} {'yes' if rescoring else 'no':>9} {row['rps']:7.1f} {row['p50']:7.1f} "
            f"{row['p95']:7.1f} {row['p99']:7.1f} {row['errors']:6d} {row['load']:5.1f} "
            + (f"{row['scored']:14,.0f}" if rescoring else f"{'-':>14}")
            + (
                f"  p95 < {goal[0]} ms ({goal[1]}): {'met' if row['p95'] < goal[0] else 'NOT met'}"
                if goal
                else ""
            )
        )
    if any(row["errors"] for *_, row in summary):
        raise SystemExit("errors: there must be none")


if __name__ == "__main__":
    main()
