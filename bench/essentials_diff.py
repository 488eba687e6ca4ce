"""Where the engine and the expert part on an essential: one line per (candidate, essential) disagreement.

    python bench/essentials_diff.py [--data bench/data/quality2] [--only to_assess] [--slug SLUG]

A diagnostic for finding causes (which kinds of lines are deferred or misjudged), not a figure.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DATA, run_rank  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--only", help="only where the engine says this status (met, not_met, to_assess)")
    parser.add_argument("--slug")
    args = parser.parse_args()
    counts: collections.Counter = collections.Counter()
    for notice in sorted((args.data / "notices").glob("*.txt")):
        slug = notice.stem
        if args.slug and slug != args.slug:
            continue
        expert = json.loads((args.data / "grades" / f"{slug}.essentials.json").read_text(encoding="utf-8"))
        as_of = json.loads((args.data / "grades" / f"{slug}.json").read_text(encoding="utf-8"))["as_of"]
        ranked, _ = run_rank(notice, args.data / "candidates" / f"{slug}.jsonl", as_of)
        lines = {e["id"]: e["text"] for e in expert["essentials"]}
        print(f"\n=== {slug}")
        for row in ranked:
            statuses = expert["candidates"].get(row["id"], {})
            ours = row.get("essentials") or []
            for eid, status in statuses.items():
                best = max(
                    ours,
                    key=lambda e: fuzz.token_set_ratio(lines[eid].casefold(), e["text"].casefold()),
                    default=None,
                )
                mine = best["status"] if best else "unmatched"
                if mine == status or (args.only and mine != args.only):
                    continue
                counts[(slug, eid, status, mine)] += 1
                print(f"{row['id']:<40} {eid:<10} expert={status:<9} engine={mine:<9} {lines[eid][:60]!r}")
                print(f"{'':40} evidence: {(best or {}).get('evidence', '')[:150]!r}")
    print("\n=== counts (notice, line, expert, engine)")
    for key, n in counts.most_common():
        print(n, *key)


if __name__ == "__main__":
    main()
