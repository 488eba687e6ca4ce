"""Writes candidates/, grades/ and labels/ from the data modules and runs consistency checks.
Run: python tools/build.py  (from /work/evaldata/quality). Prints a month report for review."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from labels_data import LABELS
import data_dicb, data_mcc, data_ncia, data_shape, data_nspa, data_mcuas, data_ndc, data_dpp, data_act

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODS = [data_dicb, data_mcc, data_ncia, data_shape, data_nspa, data_mcuas, data_ndc, data_dpp, data_act]
ST = {"M": "met", "N": "not_met", "T": "to_assess"}
errors, seen = [], set()
report = []
for mod in MODS:
    slug = mod.SLUG
    assert os.path.exists(os.path.join(ROOT, "notices", slug + ".txt")), slug
    assert len(mod.CANDS) >= 20, slug
    ess = [{"id": f"E{i+1}", "text": t, "screening": s} for i, (t, s) in enumerate(mod.ESSENTIALS)]
    grades, statuses, lines = {}, {}, []
    for c in mod.CANDS:
        rec = c.record(slug)
        cid = rec["id"]
        if cid in seen:
            errors.append(f"duplicate id {cid}")
        seen.add(cid)
        if len(c.ess) != len(ess):
            errors.append(f"{cid}: ess length {len(c.ess)} != {len(ess)}")
            continue
        scr = [c.ess[i] for i, e in enumerate(ess) if e["screening"]]
        exp_elig = False if "N" in scr else (True if all(x == "M" for x in scr) else None)
        if exp_elig != c.eligible:
            errors.append(f"{cid}: eligible {c.eligible} but screening statuses give {exp_elig} ({c.ess})")
        if (c.grade == 0) != (c.eligible is False):
            errors.append(f"{cid}: grade {c.grade} vs eligible {c.eligible}")
        for x in rec["experience"]:
            if x["end"] is not None and x["end"] < x["start"]:
                errors.append(f"{cid}: end before start")
            if x["start"] > "2026-05":
                errors.append(f"{cid}: start after as-of")
        lines.append(json.dumps(rec, ensure_ascii=False))
        grades[cid] = {"grade": c.grade, "eligible": c.eligible, "why": c.why}
        statuses[cid] = {e["id"]: ST[c.ess[i]] for i, e in enumerate(ess)}
        tm = c.tag_months()
        report.append(f"{cid:45s} g{c.grade} {str(c.eligible):5s} {c.ess:10s} " +
                      " ".join(f"{t}={a//12}y{a%12}m..{b//12}y{b%12}m" for t, (a, b) in sorted(tm.items())))
    with open(os.path.join(ROOT, "candidates", slug + ".jsonl"), "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "grades", slug + ".json"), "w") as f:
        json.dump({"as_of": "2026-06-01", "grades": grades}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(ROOT, "grades", slug + ".essentials.json"), "w") as f:
        json.dump({"as_of": "2026-06-01", "notice": slug + ".txt", "essentials": ess, "candidates": statuses},
                  f, ensure_ascii=False, indent=1)
    lab = dict(LABELS[slug]); lab = {"file": slug + ".txt", **lab}
    with open(os.path.join(ROOT, "labels", slug + ".json"), "w") as f:
        json.dump(lab, f, ensure_ascii=False, indent=1)
print("\n".join(report))
print("ERRORS:" if errors else "no errors", *errors, sep="\n")
print("candidates:", len(seen))
