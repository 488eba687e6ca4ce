"""Regenerate candidates/grades/labels of set 18 and check consistency. Exit 1 on any problem."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from labels_data import LABELS  # noqa: E402

import re
FROZEN = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "frozen_grades.json"), encoding="utf-8"))
MODULES = [m for m in ["data_pnt", "data_ssa", "data_ato", "data_asp", "data_sfa", "data_edit"]
           if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py"))]


def words_in_order(text, notice):
    """True when the words of text occur in order in the notice (a title or rung wrapped across PDF columns)."""
    pos = 0
    text, notice = text.lower(), notice.lower()
    for w in text.split():
        i = notice.find(w, pos)
        if i < 0:
            return False
        pos = i + len(w)
    return True


def check_label(mod, lab, problems):
    slug = mod.SLUG
    notice = open(os.path.join(common.ROOT, "notices", slug + ".txt"), encoding="utf-8").read()
    notice = re.sub(r"-\n\s*", "", notice)  # join words split by PDF/OCR hyphenation
    if lab["title"] not in notice and not words_in_order(lab["title"], notice):
        problems.append(f"{slug}: label title not found in notice")
    if lab["file"] != slug + ".txt":
        problems.append(f"{slug}: label file name")
    r = mod.RULES
    years = [y for y, _ in r["exp"][1]]
    if lab["min_years_experience"] != max(years):
        problems.append(f"{slug}: min_years {lab['min_years_experience']} != {max(years)}")
    if sorted(c["years"] for c in lab["experience_conditions"]) != sorted(years):
        problems.append(f"{slug}: experience_conditions years differ from the grading rule")
    nat = r["nat"][1]
    if nat != "members" and "NATIONS" in dir(mod) and sorted(mod.NATIONS) != sorted(nat):
        problems.append(f"{slug}: NATIONS mismatch")
    want = [] if nat == "members" else sorted(nat)
    if sorted(lab["nationalities"]) != want or lab["nationality_restricted"] is not True:
        problems.append(f"{slug}: nationalities label differs from the grading rule")
    lr = r["lang"][1]
    L = lab["languages"]
    if lr["rule"] == "pair":
        ok = L["rule"] == "one_high_other_low" and L["high"] == lr["high"] and L["low"] == lr["low"] and \
            sorted(L["pair"]) == sorted(lr["pair"]) and \
            [(q["language"], q["level"]) for q in L["requirements"]] == list(lr.get("extra", [])) + \
            list(r["lang2"][1]["req"] if "lang2" in r else [])
    elif lr["rule"] == "each":
        ok = L["rule"] == "each" and [(q["language"], q["level"]) for q in L["requirements"]] == list(lr["req"])
    else:
        ok = L["rule"] == "none" and L["stanag"] == [lr["slp"]] and L.get("stanag_language") == lr["lang"]
    if not ok:
        problems.append(f"{slug}: language label differs from the grading rule")
    eid, need, alt = r["deg"]
    lvl = lab["degree"]["level"]
    if (need == "bachelor" and lvl not in ("university", "bachelor")) or (need != "bachelor" and lvl != need):
        problems.append(f"{slug}: degree level label {lvl} vs rule {need}")
    if ("fields_required" not in lab["degree"]) or (lab["degree"]["fields_required"] and not lab["degree"]["fields"]):
        problems.append(f"{slug}: degree fields_required missing or no fields")
    alts = lab["degree"]["alternatives"]
    if ("military_staff_college" in alts) != (alt == "staff_college") or \
            ("equivalent_qualification" in alts) != (alt == "equivalent") or \
            ("equivalent_experience" in alts) != (alt == "experience"):
        problems.append(f"{slug}: degree alternatives label differs from the grading rule")
    for comp in lab["competencies"]:
        if comp["level_text"] not in notice and not words_in_order(comp["level_text"], notice):
            problems.append(f"{slug}: competency text '{comp['level_text']}' not in notice")
    if lab["deadline"] is None or not lab["deadline"].startswith("2026-1"):
        problems.append(f"{slug}: deadline")


def main():
    problems, summary = [], []
    ids = set()
    for name in MODULES:
        mod = importlib.import_module(name)
        common.build(mod, problems, summary)
        fz = FROZEN[mod.SLUG]
        if [list(e) for e in mod.ESS] != fz["essentials"]:
            problems.append(f"{mod.SLUG}: essentials differ from frozen_grades.json")
        for c in mod.CANDS:
            cid = f"{mod.SLUG}-c{c['n']:02d}"
            if (c["g"], c["st"]) != (fz["candidates"][cid]["grade"], fz["candidates"][cid]["st"]):
                problems.append(f"{cid}: grade/status differs from frozen_grades.json")
        order = ["file", "title", "organisation", "location", "grade", "grade_set", "deadline", "degree",
                 "min_years_experience", "languages", "competencies", "nationality_restricted", "nationalities",
                 "clearance", "experience_conditions", "_notes"]
        lab = {k: LABELS[mod.SLUG][k] for k in order}
        check_label(mod, lab, problems)
        with open(os.path.join(common.ROOT, "labels", mod.SLUG + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
        for line in open(os.path.join(common.ROOT, "candidates", mod.SLUG + ".jsonl"), encoding="utf-8"):
            cid = json.loads(line)["id"]
            if cid in ids:
                problems.append(f"duplicate id {cid}")
            ids.add(cid)
    tot = {0: 0, 1: 0, 2: 0, 3: 0}
    for slug, dist, elig, mm in summary:
        print(f"{slug:42s} grades 3/2/1/0 = {dist[3]}/{dist[2]}/{dist[1]}/{dist[0]}  "
              f"eligible T/null/F = {elig[True]}/{elig[None]}/{elig[False]}  smallest margins {mm}")
        for k in tot:
            tot[k] += dist[k]
    print("total grades 3/2/1/0 =", tot[3], tot[2], tot[1], tot[0], " candidates:", len(ids))
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
