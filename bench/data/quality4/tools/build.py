"""Writes candidates/, grades/, labels/ of set 4 and checks their consistency. Exit 1 on any problem.

Run: cd /work/evaldata4/quality4 && python3 tools/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import data_namp, data_hr, data_marcom, data_cso, data_nso, data_diana  # noqa: E402,E401
from labels_data import LABELS  # noqa: E402

MODULES = [data_namp, data_hr, data_marcom, data_cso, data_nso, data_diana]
LABEL_KEYS = ["file", "title", "organisation", "location", "grade", "grade_set", "deadline", "degree",
              "min_years_experience", "languages", "competencies", "nationality_restricted", "nationalities", "clearance",
              "experience_conditions", "_notes"]


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def check_label(slug, lab, mod, problems):
    notice = os.path.join(ROOT, "notices", slug + ".txt")
    if not os.path.exists(notice):
        problems.append(f"{slug}: notice file missing")
        return
    text = open(notice, encoding="utf-8").read()
    for key in ("title",):
        if lab[key] not in text:
            problems.append(f"{slug}: label {key} not found verbatim in the notice")
    if lab["min_years_experience"] != max(c["years"] for c in lab["experience_conditions"]):
        problems.append(f"{slug}: min_years must be the largest experience figure")
    years = [need // 12 for _, need in next(iter(mod.THRESHOLDS.values()))]
    if sorted(years, reverse=True) != [c["years"] for c in lab["experience_conditions"]]:
        problems.append(f"{slug}: label experience_conditions {lab['experience_conditions']} vs thresholds {years}")
    nations = getattr(mod, "NATIONS", None)
    if (nations or []) != lab["nationalities"]:
        problems.append(f"{slug}: nationalities label differs from the grading list")
    for n in lab["nationalities"]:
        if n not in common.MEMBERS:
            problems.append(f"{slug}: {n} is not a member name")
    rule = mod.LANG_RULE
    lang = lab["languages"]
    if rule["kind"] == "slp" and (lang["rule"] != "none" or lang["stanag"] != [rule["profile"]]):
        problems.append(f"{slug}: language label does not match the grading rule")
    if rule["kind"] == "pair" and (lang["rule"], lang["high"], lang["low"]) != ("one_high_other_low", rule["high"], rule["low"]):
        problems.append(f"{slug}: language label does not match the grading rule")
    if rule["kind"] == "each" and [(r["language"], r["level"]) for r in lang["requirements"]] != list(rule["levels"]):
        problems.append(f"{slug}: language label does not match the grading rule")
    if lab["degree"]["level"] != mod.DEGREE["level"] or lab["degree"]["fields_required"] != mod.DEGREE["fields_required"]:
        problems.append(f"{slug}: degree label does not match the grading spec")
    if ("military_staff_college" in lab["degree"]["alternatives"]) != bool(mod.DEGREE.get("staff_college")):
        problems.append(f"{slug}: staff-college alternative label does not match the grading spec")


def main():
    problems, margins = [], []
    seen_ids = set()
    totals = {"g": [0, 0, 0, 0], "e": {True: 0, None: 0, False: 0}}
    print(f"{'notice':40s} grade 3/2/1/0   eligible true/null/false")
    for mod in MODULES:
        slug = mod.SLUG
        common.check_notice(mod, problems, margins)
        cands = sorted(mod.CANDIDATES, key=lambda c: c["n"])
        lines, grades, ess_out = [], {}, {}
        ids = [e["id"] for e in mod.ESSENTIALS]
        for c in cands:
            j = common.to_jsonable(c, slug)
            if j["id"] in seen_ids:
                problems.append(f"duplicate id {j['id']}")
            seen_ids.add(j["id"])
            lines.append(json.dumps(j, ensure_ascii=False))
            grades[j["id"]] = {"grade": c["_grade"], "eligible": c.get("_eligible"), "why": c["_why"]}
            ess_out[j["id"]] = dict(zip(ids, (common.CODE[s] for s in c["_st"])))
        with open(os.path.join(ROOT, "candidates", slug + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        dump(os.path.join(ROOT, "grades", slug + ".json"), {"as_of": common.AS_OF, "grades": grades})
        dump(os.path.join(ROOT, "grades", slug + ".essentials.json"),
             {"as_of": common.AS_OF, "notice": slug + ".txt", "essentials": mod.ESSENTIALS, "candidates": ess_out})
        lab = dict(LABELS[slug])
        lab["file"] = slug + ".txt"
        lab = {k: lab[k] for k in LABEL_KEYS}
        check_label(slug, lab, mod, problems)
        dump(os.path.join(ROOT, "labels", slug + ".json"), lab)
        g = [sum(1 for c in cands if c["_grade"] == k) for k in (3, 2, 1, 0)]
        e = [sum(1 for c in cands if c.get("_eligible") is v) for v in (True, None, False)]
        for k, v in zip((3, 2, 1, 0), g):
            totals["g"][3 - k] += v
        for k, v in zip((True, None, False), e):
            totals["e"][k] += v
        print(f"{slug:40s} {g[0]} / {g[1]} / {g[2]} / {g[3]}      {e[0]} / {e[1]} / {e[2]}")
    print(f"{'TOTAL':40s} {' / '.join(map(str, totals['g']))}      "
          f"{totals['e'][True]} / {totals['e'][None]} / {totals['e'][False]}")
    margins.sort()
    print("smallest threshold margins (months):")
    for m in margins[:8]:
        print("  ", m)
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
