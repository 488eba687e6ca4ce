"""Check the readers5fr labels against their documents and the twins against each other.

- key order and allowed values (levels, rules, roman numerals, competency and nation names, clearance, ISO dates);
- min_years_experience = the largest figure of experience_conditions;
- every text field occurs in its own document: title, organisation, city of the location, degree fields,
  experience contexts, competency level_text (and the English competency name in English notices, or when a French
  notice gives it in brackets), each essential and desirable item;
- twins (twins.json): every structured field equal (grade, deadline, degree level / fields_required /
  alternatives and number of fields, min years, condition years, languages, competency names and rungs,
  nationality_restricted, nationalities, clearance, number of essential/desirable items).
Run: /work/main/.venv/bin/python validate.py
"""
import html
import json
import os
import re
import sys

import pdfplumber
from docx import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTICES = os.path.join(ROOT, "notices")
NATIONS = {"Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "France",
           "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Montenegro",
           "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain",
           "Sweden", "Türkiye", "United Kingdom", "United States"}
COMPS = {"Achievement", "Analytical Thinking", "Change Leadership", "Clarity and Accuracy", "Conceptual Thinking",
         "Customer Service Orientation", "Developing Others", "Empathy", "Flexibility", "Impact and Influence",
         "Initiative", "Leadership", "Organisational Awareness", "Organisational Commitment", "Self-Control", "Teamwork"}
N_KEYS = ["file", "title", "organisation", "location", "grade", "deadline", "degree", "min_years_experience",
          "experience_conditions", "languages", "competencies", "nationality_restricted", "nationalities", "clearance",
          "essential", "desirable"]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "html":
        return html.unescape(re.sub(r"<[^>]+>", " ", open(path, encoding="utf-8").read()))
    if ext == "pdf":
        with pdfplumber.open(path) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def check_in(errs, text, what, value):
    if value is None:
        return
    v, t = norm(str(value)), norm(text)
    if v not in t and v.replace(" ", "") not in t.replace(" ", ""):
        errs.append(f"{what} not in text: {value!r}")


def check_notice(path, lab):
    errs = []
    t = text_of(path)
    english = os.path.basename(path).startswith("en")
    if list(lab) != N_KEYS:
        errs.append("key order")
    check_in(errs, t, "title", lab["title"])
    check_in(errs, t, "organisation", lab["organisation"])
    check_in(errs, t, "location city", lab["location"].split(",")[0])
    if not re.fullmatch(r"2027-\d\d-\d\d", lab["deadline"] or ""):
        errs.append("deadline")
    if lab["grade"] and not re.fullmatch(r"([ABCL]-\d(/[ABCL]-\d)?|G\d\d?)", lab["grade"]):
        errs.append("grade")
    dg = lab["degree"]
    if list(dg) != ["level", "fields", "fields_required", "alternatives"]:
        errs.append("degree keys")
    if dg["level"] not in ("none", "secondary", "bachelor", "master", "doctorate", "university"):
        errs.append("degree level")
    if dg["fields_required"] and not dg["fields"]:
        errs.append("fields_required without fields")
    for f in dg["fields"]:
        check_in(errs, t, "field", f)
    for a in dg["alternatives"]:
        if a not in ("equivalent_qualification", "military_staff_college", "equivalent_experience"):
            errs.append("alt " + a)
    conds = lab["experience_conditions"]
    if (lab["min_years_experience"] if conds else None) != (int(max(c["years"] for c in conds)) if conds else None):
        errs.append("min years")
    for c in conds:
        check_in(errs, t, "context", c["context"])
    lg = lab["languages"]
    if lg["rule"] not in ("one_high_other_low", "each", "none"):
        errs.append("rule")
    if lg["rule"] == "one_high_other_low":
        if lg["high"] not in ROMAN or lg["low"] not in ROMAN or ROMAN.index(lg["high"]) <= ROMAN.index(lg["low"]):
            errs.append("high/low")
        if lg["pair"] != ["English", "French"]:
            errs.append("pair")
    elif lg["high"] or lg["low"] or lg["pair"]:
        errs.append("high/low/pair outside one_high_other_low")
    if lg["rule"] == "each" and not lg["requirements"]:
        errs.append("each without requirements")
    for r in lg["requirements"]:
        if r["level"] not in ROMAN:
            errs.append("req level")
    for s in lg["stanag"]:
        if not re.fullmatch(r"[0-5]{4}", s):
            errs.append("stanag " + s)
        check_in(errs, t, "stanag", s)
    for c in lab["competencies"]:
        if list(c) != ["name", "level_text", "rung"]:
            errs.append("competency keys")
        if c["name"] not in COMPS:
            errs.append("comp " + c["name"])
        if english or f"({c['name']})" in t:
            check_in(errs, t, "competency", c["name"])
        check_in(errs, t, "level_text", c["level_text"])
    for n in lab["nationalities"]:
        if n not in NATIONS:
            errs.append("nation " + n)
    if lab["nationalities"] and not lab["nationality_restricted"]:
        errs.append("nationalities without restriction")
    if lab["clearance"] not in (None, "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET", "COSMIC TOP SECRET"):
        errs.append("clearance")
    for i in lab["essential"] + lab["desirable"]:
        check_in(errs, t, "item", i)
    return errs


def structured(lab):
    dg, lg = lab["degree"], lab["languages"]
    return {
        "grade": lab["grade"], "deadline": lab["deadline"],
        "degree": (dg["level"], len(dg["fields"]), dg["fields_required"], dg["alternatives"]),
        "min_years": lab["min_years_experience"],
        "condition_years": [c["years"] for c in lab["experience_conditions"]],
        "languages": lg,
        "competencies": [(c["name"], c["rung"]) for c in lab["competencies"]],
        "nationality": (lab["nationality_restricted"], lab["nationalities"]),
        "clearance": lab["clearance"],
        "items": (len(lab["essential"]), len(lab["desirable"])),
    }


def main():
    bad = 0
    labels = {}
    files = sorted(f for f in os.listdir(NOTICES) if os.path.isfile(os.path.join(NOTICES, f)) and f != "twins.json")
    for f in files:
        lab = json.load(open(os.path.join(NOTICES, "labels", f + ".json"), encoding="utf-8"))
        labels[f] = lab
        errs = [] if lab["file"] == f else ["file key"]
        errs += check_notice(os.path.join(NOTICES, f), lab)
        if errs:
            bad += 1
            print(f, errs)
    twins = json.load(open(os.path.join(NOTICES, "twins.json"), encoding="utf-8"))
    if sorted(list(twins) + list(twins.values())) != files:
        bad += 1
        print("twins.json does not cover exactly the notice files")
    for fr, en in twins.items():
        a, b = structured(labels[fr]), structured(labels[en])
        diff = [k for k in a if a[k] != b[k]]
        if diff or fr[2:] .split("-", 1)[0] != en[2:].split("-", 1)[0]:
            bad += 1
            print("twins differ:", fr, en, diff)
    print(f"{len(files)} notices, {len(twins)} twin pairs, files/pairs with problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
