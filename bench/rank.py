"""The rank command end to end, beside its floor: reading and re-writing the same JSON lines.

Writes N synthetic candidates (``candidates.synthetic``, default 100,000) as JSON lines, then times:

- the floor: every line read, decoded with ``json.loads``, encoded again with ``json.dumps`` and written;
- ``manage.py rank --vacancy NOTICE --candidates FILE --json`` in a subprocess, exactly as a user runs it
  (wall time and the CPU time it and its processes used: one per usable core by default, ``--jobs``), and its
  time over the floor (target, issue 18: within 3x);
- the same steps in this process, one after the other, to show where the time goes: reading the lines
  into profiles (``candidates.import_lines.read_line``; the careful path ``json.loads`` +
  ``profile_from_import_json`` beside it), preparing the profiles, scoring and ranking, and writing the
  JSON lines (the essentials' evidence is worked out there, when read; here it is a step of its own),
  as the command writes them (``_Lines``: each part worded and encoded once per outcome).

Run by hand: `.venv/bin/python bench/rank.py [--count N] [--notice FILE] [--jobs N]`. No database.
"""

import argparse
import datetime as dt
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ROOT / "bench" / "data" / "quality" / "notices" / "is-dpp-capability-targets-officer.txt"
AS_OF = "2025-12-01"


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def floor(source: Path, target: Path) -> tuple[float, float]:
    """Wall and CPU seconds to read, decode, encode and write every line."""
    started, cpu = time.perf_counter(), time.process_time()
    with target.open("w", encoding="utf-8") as out:
        for line in source.read_text(encoding="utf-8").splitlines():
            out.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
    return time.perf_counter() - started, time.process_time() - cpu


def command(notice: Path, source: Path, target: Path, jobs: int | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of the rank command in its own process (with the processes it forks)."""
    started, cpu = time.perf_counter(), children_cpu()
    with target.open("w", encoding="utf-8") as out:
        subprocess.run(
            [sys.executable, "manage.py", "rank", "--vacancy", str(notice), "--candidates", str(source),
             "--as-of", AS_OF, "--json", *(["--jobs", str(jobs)] if jobs else [])],
            cwd=ROOT, stdout=out, check=True, env={**os.environ, "LOG_LEVEL": "WARNING"},
        )  # fmt: skip
    return time.perf_counter() - started, children_cpu() - cpu


def phases(notice: Path, source: Path) -> None:
    """The command's steps in this process, each timed on its own (CPU seconds)."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.utils.translation import get_language

    from candidates.import_lines import read_line
    from candidates.profile import profile_from_import_json
    from matching.management.commands.rank import _Lines, read_vacancy
    from matching.pool import TermPool
    from matching.scoring import prepare_profile, prepare_vacancy, rank, score_many
    from reference.data import DEFAULT_REFERENCE

    lines = source.read_text(encoding="utf-8").splitlines()
    steps = {}
    gc.disable()  # as the command does

    def step(name, work):
        cpu = time.process_time()
        value = work()
        steps[name] = time.process_time() - cpu
        return value

    step("careful reading (json.loads + profile_from_import_json)",
         lambda: [profile_from_import_json(json.loads(line), DEFAULT_REFERENCE) for line in lines])  # fmt: skip
    profiles = step("reading lines into profiles (read_line)", lambda: [read_line(line) for line in lines])
    prepared = step("preparing the profiles (engine)", lambda: [prepare_profile(p) for p in profiles])
    pool = step("counting the pool's terms (matching.pool)", lambda: TermPool.of(prepared))
    vacancy = step(
        "reading and preparing the notice", lambda: prepare_vacancy(read_vacancy(notice), pool=pool)
    )
    ranked = step("scoring and ranking (engine)",
                  lambda: rank(score_many(vacancy, prepared, dt.date.fromisoformat(AS_OF))))  # fmt: skip
    language = get_language()
    step("the essentials' evidence (engine, worked out when read)",
         lambda: [result.essentials_in(language) for _, result in ranked])  # fmt: skip
    names = {p.id: p.profile.name for p in prepared}
    line = _Lines().line
    step("the JSON lines: reasons and breakdown worded, encoded",
         lambda: [line(n, i, names[i], r) for n, (i, r) in enumerate(ranked, start=1)])  # fmt: skip
    count = len(lines)
    for name, seconds in steps.items():
        print(f"  {name:<58} {seconds:6.2f} s CPU, {1e6 * seconds / count:6.1f} µs a candidate")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--notice", type=Path, default=NOTICE)
    parser.add_argument("--jobs", type=int, default=None, help="rank's --jobs (default: one per usable core)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from candidates.synthetic import synthetic_profiles

    with tempfile.TemporaryDirectory() as directory:
        source = Path(directory) / "candidates.jsonl"
        source.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in synthetic_profiles(args.count)),
            encoding="utf-8",
        )
        print(f"{args.count:,} candidates, {source.stat().st_size / 1e6:.0f} MB of JSON lines; "
              f"notice {args.notice.name}; load average before: {load()}")  # fmt: skip
        floor_wall, floor_cpu = floor(source, Path(directory) / "copy.jsonl")
        print(f"floor, reading and re-writing the same lines: {floor_wall:6.1f} s ({floor_cpu:.1f} s CPU)")
        wall, cpu = command(args.notice, source, Path(directory) / "ranked.jsonl", args.jobs)
        size = (Path(directory) / "ranked.jsonl").stat().st_size
        jobs = f"--jobs {args.jobs}" if args.jobs else f"{len(os.sched_getaffinity(0))} usable cores"
        print(f"rank --json end to end ({jobs}): {wall:6.1f} s ({cpu:.1f} s CPU), {args.count / wall:,.0f} candidates/s, "
              f"{size / 1e6:.0f} MB written; {wall / floor_wall:.1f}x the floor (CPU {cpu / floor_cpu:.1f}x), "
              f"target 3x {'met' if wall / floor_wall <= 3 else 'NOT met'}; load average after: {load()}")  # fmt: skip
        one = Path(directory) / "one.jsonl"
        one.write_text(source.read_text(encoding="utf-8").split("\n", 1)[0] + "\n", encoding="utf-8")
        start_wall, start_cpu = command(args.notice, one, Path(directory) / "one-ranked.jsonl")
        print(f"of which starting (the same command over 1 candidate: Django, the notice, the word lists): "
              f"{start_wall:.1f} s ({start_cpu:.1f} s CPU)")  # fmt: skip
        print("where the time goes (in this process, step by step):")
        phases(args.notice, source)


if __name__ == "__main__":
    main()
