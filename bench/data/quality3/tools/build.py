"""Writes candidates/, grades/ and labels/ of evaluation set 3 from the data modules, and checks consistency.

Usage: cd /work/evaldata3/quality3 && python3 tools/build.py
Exits 1 on any inconsistency. Prints the per-notice distribution and the smallest month margins.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
from common import AS_OF, cid, dump, months, ym  # noqa: E402
import labels_data  # noqa: E402
import data_ihc, data_mcip, data_jwc, data_ims, data_jfcbs, data_landcom  # noqa: E402,E401

MODULES = [data_ihc, data_mcip, data_jwc, data_ims, data_jfcbs, data_landcom]
STATUSES = {"met", "not_met", "to_assess"}
errors = []


def err(msg):
    errors.append(msg)


def check_posts(c, key):
    prev_end = None
    for x in c.exp:
        s = ym(x[2])
        e = ym(x[3]) if x[3] else common.AS_OF_MONTH
        if e < s:
            err(f"{key}: post ends before it starts: {x[0]}")
        if e > common.AS_OF_MONTH:
            err(f"{key}: post after as-of month: {x[0]}")
        if prev_end is not None and s <= prev_end:
            err(f"{key}: posts overlap or not chronological at {x[0]}")
        if x[3] is None and x is not c.exp[-1]:
            err(f"{key}: current post is not the last")
        prev_end = e


def statuses_for(mod, c):
    out = {}
    for eid, _, screening in mod.ESSENTIALS:
        out[eid] = c.st.get(eid, "met" if screening else "to_assess")
    for eid in c.st:
        if eid not in out:
            err(f"{mod.SLUG} c{c.n:02d}: status for unknown essential {eid}")
    return out


def main():
    all_ids = set()
    report = []
    dist_total = collections.Counter()
    min_margin = []
    for mod in MODULES:
        slug = mod.SLUG
        notice = os.path.join(ROOT, "notices", slug + ".txt")
        if not os.path.exists(notice):
            err(f"{slug}: notice file missing")
        if len(mod.CANDS) != 20:
            err(f"{slug}: {len(mod.CANDS)} candidates, 20 expected")
        if [c.n for c in mod.CANDS] != list(range(1, 21)):
            err(f"{slug}: candidate numbers are not 1..20 in order")
        screening = {eid: s for eid, _, s in mod.ESSENTIALS}
        lines, grades, ess = [], {}, {}
        dist = collections.Counter()
        for c in mod.CANDS:
            key = cid(slug, c.n)
            if key in all_ids:
                err(f"duplicate id {key}")
            all_ids.add(key)
            check_posts(c, key)
            st = statuses_for(mod, c)
            for eid, v in st.items():
                if v not in STATUSES:
                    err(f"{key}: bad status {v} for {eid}")

            # recomputed: nationality
            eid, allowed = mod.CHECKS["nat"]
            exp = common.nationality_status(c.nat, allowed)
            if st[eid] != exp:
                err(f"{key}: {eid} nationality {c.nat}: declared {st[eid]}, recomputed {exp}")
            # recomputed: languages
            eid, rule = mod.CHECKS["lang"]
            exp = common.language_status(c, rule)
            if st[eid] != exp:
                err(f"{key}: {eid} languages: declared {st[eid]}, recomputed {exp}")
            # recomputed: thresholds
            eid, conds = mod.CHECKS["thr"]
            exp, details, margin = common.threshold_status(c, conds)
            if st[eid] != exp:
                err(f"{key}: {eid} threshold: declared {st[eid]}, recomputed {exp} ({'; '.join(details)})")
            if margin is not None:
                min_margin.append((margin, key, details))
                if margin < 2:
                    err(f"{key}: threshold margin {margin} month(s) < 2 ({'; '.join(details)})")
            # recomputed: degree level (field judgements are manual)
            eid, minimum, alts, fields_required = mod.CHECKS["deg"]
            lvl = common.degree_level_ok(c, minimum, alts)
            if lvl == "not_met" and st[eid] != "not_met":
                err(f"{key}: {eid} degree level fails but declared {st[eid]}")
            if lvl == "to_assess" and st[eid] != "to_assess":
                err(f"{key}: {eid} no education given but declared {st[eid]}")
            if lvl == "met" and st[eid] != "met" and not fields_required:
                err(f"{key}: {eid} degree level met, no field required, but declared {st[eid]}")

            # eligibility derived from the screening essentials
            scr = [st[e] for e in st if screening[e]]
            if "not_met" in scr:
                elig = False
            elif all(s == "met" for s in scr):
                elig = True
            else:
                elig = None
            if (c.grade == 0) != (elig is False):
                err(f"{key}: grade {c.grade} but eligible {elig}")
            if c.grade not in (0, 1, 2, 3):
                err(f"{key}: bad grade {c.grade}")
            if not c.why:
                err(f"{key}: empty why")
            # descriptions: an empty description must come with a '?' tag somewhere or be declared to_assess
            lines.append(json.dumps(c.record(slug), ensure_ascii=False))
            grades[key] = {"grade": c.grade, "eligible": elig, "why": c.why}
            ess[key] = st
            dist[(c.grade, elig)] += 1
            dist_total[(c.grade, elig)] += 1
            report.append(f"  {key:<45} g{c.grade} elig={str(elig):<5} {' '.join(details)}")

        with open(os.path.join(ROOT, "candidates", slug + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        dump(os.path.join(ROOT, "grades", slug + ".json"), {"as_of": AS_OF, "grades": grades})
        dump(os.path.join(ROOT, "grades", slug + ".essentials.json"), {
            "as_of": AS_OF, "notice": slug + ".txt",
            "essentials": [{"id": e, "text": t, "screening": s} for e, t, s in mod.ESSENTIALS],
            "candidates": ess})
        lab = {"file": slug + ".txt"}
        lab.update(labels_data.LABELS[slug])
        dump(os.path.join(ROOT, "labels", slug + ".json"), lab)

        n_false = sum(v for (g, e), v in dist.items() if e is False)
        n_null = sum(v for (g, e), v in dist.items() if e is None)
        by_grade = collections.Counter()
        for (g, e), v in dist.items():
            by_grade[g] += v
        print(f"{slug}: grades 3/2/1/0 = {by_grade[3]}/{by_grade[2]}/{by_grade[1]}/{by_grade[0]}; "
              f"eligible true/null/false = {20 - n_false - n_null}/{n_null}/{n_false}")
        if not 7 <= n_false <= 9:
            err(f"{slug}: {n_false} ineligible, 7-9 wanted")

    print("\nMonth report (sure months, possible months, threshold):")
    print("\n".join(report))
    min_margin.sort(key=lambda t: t[0])
    print("\nSmallest threshold margins (months):")
    for m, k, d in min_margin[:6]:
        print(f"  {m}  {k}  {'; '.join(d)}")
    tot_false = sum(v for (g, e), v in dist_total.items() if e is False)
    tot_null = sum(v for (g, e), v in dist_total.items() if e is None)
    tg = collections.Counter()
    for (g, e), v in dist_total.items():
        tg[g] += v
    print(f"\nTotal: {len(all_ids)} candidates; grades 3/2/1/0 = {tg[3]}/{tg[2]}/{tg[1]}/{tg[0]}; "
          f"eligible true/null/false = {len(all_ids) - tot_false - tot_null}/{tot_null}/{tot_false}")
    if errors:
        print("\nPROBLEMS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nAll checks passed.")


if __name__ == "__main__":
    main()
