"""Speed of the bulk candidate import: candidates per second, first import and re-import.

    .venv/bin/python bench/import_candidates.py [--count 10000]

WRITES TO A DATABASE: the one named by DATABASE_URL if set, otherwise a throwaway PostgreSQL
database ``vm_bench`` on 127.0.0.1 (created if missing, migrated). The synthetic candidates
(ids bench-00001...) are deleted before the first run, so the first import creates them all.
The re-import changes one candidate in ten, so it measures both the unchanged and the changed path.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._django import setup  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    url = setup("vm_bench")

    from candidates.importing import import_jsonl
    from candidates.models import Candidate
    from candidates.synthetic import synthetic_profiles

    profiles = synthetic_profiles(args.count, seed=7)
    for p in profiles:
        p["id"] = p["id"].replace("demo-", "bench-")
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "candidates.jsonl"
        path.write_text("\n".join(json.dumps(p) for p in profiles) + "\n", encoding="utf-8")
        size = path.stat().st_size
        Candidate.objects.filter(external_id__startswith="bench-").delete()
        print(f"database: {url.rsplit('/', 1)[-1]}; {args.count:,} candidates, {size / 1e6:.1f} MB of JSONL")

        for label, edit in (("first import", False), ("re-import, 1 in 10 changed", True)):
            if edit:
                for p in profiles[::10]:
                    p["summary"] += " Updated."
                path.write_text("\n".join(json.dumps(p) for p in profiles) + "\n", encoding="utf-8")
            started = time.perf_counter()
            with path.open(encoding="utf-8") as lines:
                report = import_jsonl(lines)
            seconds = time.perf_counter() - started
            print(
                f"{label:28} {seconds:6.2f} s  {args.count / seconds:8,.0f} candidates/s  "
                f"({report.summary()}; {report.unchanged:,} unchanged)"
            )


if __name__ == "__main__":
    main()
