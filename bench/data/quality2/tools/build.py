"""Write candidates/grades/labels for quality2 and run the consistency checks.

Usage: cd /work/evaldata2/quality2 && python tools/build.py
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import data_jfc, data_cmre, data_naew, data_pdd, data_nor, data_ncia  # noqa: E402,E401
from labels_data import LABELS  # noqa: E402

MODULES = [data_jfc, data_cmre, data_naew, data_pdd, data_nor, data_ncia]


def main():
    problems, margins = [], []
    all_ids = set()
    dist = Counter()
    for mod in MODULES:
        notice = mod.NOTICE
        slug = notice["slug"]
        if not os.path.exists(os.path.join(ROOT, "notices", slug + ".txt")):
            problems.append("%s: notice file missing" % slug)
        if len(mod.CANDS) != 20 or sorted(c["n"] for c in mod.CANDS) != list(range(1, 21)):
            problems.append("%s: expected candidates 1..20" % slug)
        rows, grades, statuses = common.check_and_build(notice, mod.CANDS, problems, margins)
        for r in rows:
            if r["id"] in all_ids:
                problems.append("duplicate id %s" % r["id"])
            all_ids.add(r["id"])
        for g in grades.values():
            dist[(g["grade"], g["eligible"])] += 1
        common.dump_jsonl(os.path.join(ROOT, "candidates", slug + ".jsonl"), rows)
        common.dump(os.path.join(ROOT, "grades", slug + ".json"), {"as_of": common.AS_OF, "grades": grades})
        common.dump(os.path.join(ROOT, "grades", slug + ".essentials.json"), {
            "as_of": common.AS_OF,
            "notice": slug + ".txt",
            "essentials": [{"id": e[0], "text": e[1], "screening": e[2]} for e in notice["essentials"]],
            "candidates": statuses,
        })
        lab = {"file": slug + ".txt"}
        lab.update(LABELS[slug])
        if "nationalities" in notice and sorted(lab["nationalities"]) != sorted(notice["nationalities"]):
            problems.append("%s: label nationalities differ from grading list" % slug)
        common.dump(os.path.join(ROOT, "labels", slug + ".json"), lab)
        c = Counter((g["grade"], g["eligible"]) for g in grades.values())
        print("%-40s %s" % (slug, dict(sorted(c.items(), key=lambda kv: (-kv[0][0], str(kv[0][1]))))))
    print("\nmonth checks (smallest margins first):")
    for m in sorted(margins)[:12]:
        print("  margin %2d m  %s %s  months %d/%d vs %d y  expect %s" % m)
    print("\ntotal candidates:", len(all_ids))
    print("distribution (grade, eligible):", dict(sorted(dist.items(), key=lambda kv: (-kv[0][0], str(kv[0][1])))))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
