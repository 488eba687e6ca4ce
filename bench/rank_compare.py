"""The rank command's output of two checkouts, compared byte for byte (a faster ``rank`` must write the same).

- every graded notice of ``bench/data/quality*`` with its own candidates and the as-of date of its grades,
  ``manage.py rank --json`` in its own process, as a user runs it (stdout and stderr);
- the notices of sets 1 and 6 (``bench/data/quality``, ``bench/data/quality6``) with a synthetic pool
  (``candidates.synthetic``, default 3,000), in English and in French, one process per checkout and
  language (the caches kept from notice to notice, as a long-lived process keeps them).

Run by hand: `.venv/bin/python bench/rank_compare.py --before /work/main --after .` (prints each
difference found, and exits 1 if there is any). No database.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SYNTHETIC_SETS = ("quality", "quality6")
SYNTHETIC_AS_OF = "2025-12-01"

# Run in the checkout: each notice ranked in turn, in one language, into its own file.
RUNNER = """
import datetime, io, os, sys
sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
import django
django.setup()
from django.core.management import call_command
from django.utils import translation
language, candidates, as_of, target, *notices = sys.argv[1:]
translation.activate(language)
for number, notice in enumerate(notices):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "rank", vacancy=notice, candidates=candidates, as_of=datetime.date.fromisoformat(as_of), json=True,
        stdout=out, stderr=err,
    )
    with open(os.path.join(target, f"{number}.out"), "w", encoding="utf-8") as kept:
        kept.write(out.getvalue() + "\\n--- stderr\\n" + err.getvalue())
"""


def graded() -> list[tuple[Path, Path, str]]:
    """(notice, candidates, as-of date) of every graded notice."""
    found = []
    for grades in sorted(DATA.glob("quality*/grades/*.json")):
        if grades.name.endswith(".essentials.json"):
            continue
        slug, folder = grades.stem, grades.parent.parent
        notice, candidates = folder / "notices" / f"{slug}.txt", folder / "candidates" / f"{slug}.jsonl"
        if notice.exists() and candidates.exists():
            found.append((notice, candidates, json.loads(grades.read_text(encoding="utf-8"))["as_of"]))
    return found


def run(checkout: Path, notice: Path, candidates: Path, as_of: str) -> bytes:
    done = subprocess.run(
        [sys.executable, "manage.py", "rank", "--vacancy", str(notice), "--candidates", str(candidates),
         "--as-of", as_of, "--json"],
        cwd=checkout, capture_output=True, check=False, env={**os.environ, "LOG_LEVEL": "WARNING"},
    )  # fmt: skip
    return done.stdout + b"\n--- stderr\n" + done.stderr + f"\n--- exit {done.returncode}".encode()


def run_pool(checkout: Path, language: str, candidates: Path, notices: list[Path], target: Path) -> None:
    target.mkdir(parents=True)
    subprocess.run(
        [sys.executable, "-c", RUNNER, language, str(candidates), SYNTHETIC_AS_OF, str(target), *map(str, notices)],
        cwd=checkout, check=True, env={**os.environ, "LOG_LEVEL": "WARNING"},
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, required=True, help="a checkout (e.g. main's)")
    parser.add_argument("--after", type=Path, required=True, help="the checkout changed")
    parser.add_argument("--synthetic", type=int, default=3_000, help="candidates in the synthetic pool")
    parser.add_argument("--pool-only", action="store_true", help="only the synthetic pool")
    args = parser.parse_args()
    differences = 0
    notices = [] if args.pool_only else graded()
    for notice, candidates, as_of in notices:
        before, after = (run(c, notice, candidates, as_of) for c in (args.before, args.after))
        if before != after:
            differences += 1
            print(f"DIFFERENT: {notice.relative_to(ROOT)}")
    print(f"graded notices: {len(notices)}, {differences} different")
    sys.path.insert(0, str(ROOT))
    from candidates.synthetic import synthetic_profiles

    pool_notices = sorted(n for s in SYNTHETIC_SETS for n in (DATA / s / "notices").glob("*.txt"))
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        candidates = folder / "pool.jsonl"
        candidates.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in synthetic_profiles(args.synthetic)),
            encoding="utf-8",
        )
        pool_differences = 0
        for language in ("en-gb", "fr"):
            for name, checkout in (("before", args.before), ("after", args.after)):
                run_pool(checkout, language, candidates, pool_notices, folder / language / name)
            for number, notice in enumerate(pool_notices):
                before, after = (
                    (folder / language / side / f"{number}.out").read_bytes() for side in ("before", "after")
                )
                if before != after:
                    pool_differences += 1
                    print(
                        f"DIFFERENT ({language}, {args.synthetic:,} synthetic candidates): {notice.relative_to(ROOT)}"
                    )
        print(f"synthetic pool: {len(pool_notices)} notices x 2 languages, {pool_differences} different")
    sys.exit(1 if differences or pool_differences else 0)


if __name__ == "__main__":
    main()
