"""Latency of the recruiter's shortlist with 10,000 scored candidates on one vacancy, under load.

    .venv/bin/python bench/shortlist.py [--candidates 10000] [--clients 20] [--seconds 20] [--workers 4]

WRITES TO A DATABASE: the one named by DATABASE_URL if set, otherwise a throwaway PostgreSQL
database ``vm_bench_shortlist`` on 127.0.0.1 (created if missing, migrated). The first run imports
synthetic candidates and scores them with the real engine; later runs reuse them.

Then it starts gunicorn on 127.0.0.1 (sync workers), logs in as a recruiter (a session cookie), and
runs ``--clients`` concurrent clients without pause for ``--seconds`` over the full shortlist page and
the HTMX filter variants a recruiter clicks through. Printed: requests/s, p50/p95/p99 per variant and
overall, and errors. Target: p95 under 150 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._django import ROOT, setup  # noqa: E402

TITLE = "Bench: Policy Officer (Defence Planning)"
RECRUITER = "bench-recruiter@example.org"
SECRET_KEY = "bench-only-secret-key-not-for-production"
VARIANTS = {
    "full page": ("", False),
    "eligible only": ("verdict=eligible", True),
    "min score 60": ("min_score=60", True),
    "French >= III": ("language=French&language_level=III", True),
    "search 'policy'": ("q=policy", True),
    "sort by name": ("sort=name", True),
    "experience pts": ("sort=points:experience", True),
    "not in pipeline": ("stage=none", True),
    "page 40": ("page=40", True),
    "nationality": ("nationality=Belgium&verdict=eligible_or_assess", True),
}


def prepare(count: int) -> tuple[int, str]:
    """The bench vacancy (created, with ``count`` scored candidates, when missing) and a session key."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connection

    from accounts.models import User
    from candidates.importing import import_jsonl
    from candidates.models import Candidate
    from candidates.synthetic import synthetic_profiles
    from matching.models import MatchResult
    from matching.services import score_pairs, upsert_results
    from vacancies.models import Vacancy

    recruiter, _ = User.objects.get_or_create(email=RECRUITER, defaults={"role": User.Role.RECRUITER})
    vacancy = Vacancy.objects.filter(title=TITLE).first()
    if vacancy is None:
        vacancy = Vacancy.objects.create(
            title=TITLE, organisation="Defence Policy and Planning Division", raw_text="bench", grade="A.2",
            status=Vacancy.Status.PUBLISHED, degree_level="university", min_years_experience=5,
            language_rule="one_high_other_low", language_high="V", language_low="I", language_pair=["English", "French"],
            nationality_restricted=True,
            essential=["possess a university degree", "have at least 5 years' experience in defence planning"],
            desirable=["knowledge of the NATO Defence Planning Process", "experience in capability development"],
            accountabilities=["Advise on defence planning and capability development with partner nations."],
        )  # fmt: skip
    vacancy.recruiters.add(recruiter)
    if MatchResult.objects.filter(vacancy=vacancy).count() < count:
        started = time.perf_counter()
        profiles = synthetic_profiles(count, seed=11)
        for p in profiles:
            p["id"] = p["id"].replace("demo-", "shortlist-bench-")
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "candidates.jsonl"
            path.write_text("\n".join(json.dumps(p) for p in profiles) + "\n", encoding="utf-8")
            with path.open(encoding="utf-8") as lines:
                import_jsonl(lines)
        ids = list(
            Candidate.objects.filter(external_id__startswith="shortlist-bench-").values_list("pk", flat=True)
        )
        for start in range(0, len(ids), 2000):
            upsert_results(score_pairs([vacancy.pk], ids[start : start + 2000]))
        with connection.cursor() as cursor:  # fresh statistics, as autovacuum would gather soon after a load
            cursor.execute("ANALYZE")
        print(f"prepared {len(ids):,} candidates and their scores in {time.perf_counter() - started:.0f} s")
    session = SessionStore()
    session[SESSION_KEY] = str(recruiter.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = recruiter.get_session_auth_hash()
    session.save()
    return vacancy.pk, f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(port: int, workers: int, database_url: str) -> subprocess.Popen:
    env = {
        **os.environ,
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
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning"],
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


def get(port: int, path: str, cookie: str, htmx: bool) -> tuple[int, float]:
    headers = {"Cookie": cookie, "Host": "127.0.0.1"}
    if htmx:
        headers.update({"HX-Request": "true", "HX-Target": "shortlist-table"})
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
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


def drive(port: int, vacancy_pk: int, cookie: str, *, clients: int, seconds: float) -> dict[str, list]:
    """Each client loops over the variants (starting at a different one) until the time is up."""
    names = list(VARIANTS)
    results: dict[str, list] = {name: [] for name in names}
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(index: int) -> None:
        i = index
        while time.monotonic() < deadline:
            name = names[i % len(names)]
            query, htmx = VARIANTS[name]
            path = f"/recruiting/{vacancy_pk}/" + (f"?{query}" if query else "")
            try:
                status, elapsed = get(port, path, cookie, htmx)
                with lock:
                    (results[name] if status == 200 else errors).append(
                        elapsed if status == 200 else f"{status} {path}"
                    )
            except OSError as exc:
                with lock:
                    errors.append(f"{type(exc).__name__} {path}")
            i += 1

    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(client, range(clients)))
    results["errors"] = errors
    return results


def report(results: dict[str, list], seconds: float) -> None:
    errors = results.pop("errors")
    every = [t for times in results.values() for t in times]
    print(f"{'variant':18} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, times in results.items():
        if times:
            print(
                f"{name:18} {len(times):8d} {percentile(times, 50) * 1000:8.1f} "
                f"{percentile(times, 95) * 1000:8.1f} {percentile(times, 99) * 1000:8.1f}"
            )
    p95 = percentile(every, 95) * 1000
    print(
        f"{'all':18} {len(every):8d} {percentile(every, 50) * 1000:8.1f} {p95:8.1f} "
        f"{percentile(every, 99) * 1000:8.1f}"
    )
    print(
        f"throughput {len(every) / seconds:.1f} requests/s; errors {len(errors)}"
        + (f" e.g. {errors[:3]}" if errors else "")
    )
    print(f"target p95 < 150 ms: {'met' if p95 < 150 else 'NOT met'} ({p95:.0f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    # The server signs sessions with this key: the bench process must create the session with the same one.
    os.environ["SECRET_KEY"] = SECRET_KEY
    database_url = setup("vm_bench_shortlist")
    vacancy_pk, cookie = prepare(args.candidates)
    port = free_port()
    server = start_gunicorn(port, args.workers, database_url)
    try:
        for name, (query, htmx) in VARIANTS.items():  # warm up each worker's connections and caches
            for _ in range(args.workers):
                status, _ = get(port, f"/recruiting/{vacancy_pk}/?{query}", cookie, htmx)
                if status != 200:
                    raise SystemExit(f"{name}: HTTP {status}; is the bench recruiter logged in?")
        print(
            f"database {database_url.rsplit('/', 1)[-1]}; vacancy {vacancy_pk} with {args.candidates:,} scored "
            f"candidates; gunicorn {args.workers} sync workers on {os.cpu_count()} CPUs; "
            f"{args.clients} clients for {args.seconds:.0f} s, no think time"
        )
        report(drive(port, vacancy_pk, cookie, clients=args.clients, seconds=args.seconds), args.seconds)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
