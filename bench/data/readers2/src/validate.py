"""Checks the labels against the documents (never against any parser): allowed values, formats,
member-nation names, and that e-mail, phone, years, titles, organisations and institutions occur
in the document text (word by word for PDFs, whose columns interleave when extracted)."""
import glob
import html
import json
import os
import re
import sys

import pdfplumber
from docx import Document

from common import CVS, NOTICES

MEMBERS = {"Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia",
           "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia",
           "Lithuania", "Luxembourg", "Montenegro", "Netherlands", "North Macedonia", "Norway",
           "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Türkiye",
           "United Kingdom", "United States"}
COMPETENCIES = {"Achievement", "Analytical Thinking", "Change Leadership", "Clarity and Accuracy",
                "Conceptual Thinking", "Customer Service Orientation", "Developing Others",
                "Empathy", "Flexibility", "Impact and Influence", "Initiative", "Leadership",
                "Organisational Awareness", "Organisational Commitment", "Self-Control", "Teamwork"}
LEVELS = {"I", "II", "III", "IV", "V", "VI"}
ERRORS = []


def err(f, msg):
    ERRORS.append(f"{f}: {msg}")


def doc_text(path):
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def present(needle, text, path):
    if needle is None:
        return True
    t = norm(text)
    n = norm(needle)
    if n in t or n in norm(text.replace("|", " ")):  # cells of plain-text tables wrap
        return True
    if path.endswith(".pdf"):
        words = set(re.findall(r"[\w'’.@+()&/-]+", t))
        toks = re.findall(r"[\w'’.@+()&/-]+", n)
        return all(w in words for w in toks)
    return False


def check_notice(path, lab):
    f = os.path.basename(path)
    text = doc_text(path)
    if lab["file"] != f:
        err(f, "file key")
    if lab["deadline"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", lab["deadline"]):
        err(f, "deadline format")
    if not re.fullmatch(r"([ABCL]-\d(/[ABCL]-\d)?|G\d\d)", lab["grade"] or ""):
        err(f, f"grade {lab['grade']}")
    d = lab["degree"]
    if d["level"] not in {"none", "secondary", "bachelor", "master", "doctorate", "university"}:
        err(f, "degree level")
    for a in d["alternatives"]:
        if a not in {"equivalent_qualification", "military_staff_college", "equivalent_experience"}:
            err(f, "alternative " + a)
    for fld in d["fields"]:
        if not present(fld, text, path):
            err(f, "field not in text: " + fld)
    if not d["fields"] and d["fields_required"]:
        err(f, "fields_required without fields")
    conds = lab["experience_conditions"]
    if conds and lab["min_years_experience"] != int(max(c["years"] for c in conds)):
        err(f, "min_years != max(conditions)")
    for c in conds:
        if not present(c["context"], text, path):
            err(f, "context not in text: " + c["context"])
    L = lab["languages"]
    if L["rule"] not in {"one_high_other_low", "each", "none"}:
        err(f, "rule")
    if L["rule"] == "one_high_other_low" and not (L["high"] in LEVELS and L["low"] in LEVELS):
        err(f, "high/low")
    if L["rule"] == "each" and not L["requirements"]:
        err(f, "each without requirements")
    for s in L["stanag"]:
        if not re.fullmatch(r"[0-5]{4}", s):
            err(f, "stanag " + s)
    for c in lab["competencies"]:
        if c not in COMPETENCIES:
            err(f, "competency " + c)
        elif not present(c, text, path):
            err(f, "competency name not in text " + c)
    for n in lab["nationalities"]:
        if n not in MEMBERS:
            err(f, "nation " + n)
    if lab["clearance"] not in {None, "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET",
                                "COSMIC TOP SECRET"}:
        err(f, "clearance")
    if not present(lab["title"], text, path):
        err(f, "title not in text")


def check_cv(path, lab):
    f = os.path.basename(path)
    text = doc_text(path)
    if lab["file"] != f:
        err(f, "file key")
    if lab["nationality"] and lab["nationality"] not in MEMBERS:
        err(f, "nationality")
    for k in ("email", "phone"):
        if lab[k] and lab[k] not in text:
            err(f, f"{k} not verbatim in text")
    name_words = lab["name"].lower().split()
    if not all(w in text.lower() for w in name_words):
        err(f, "name not in text")
    for e in lab["education"]:
        if e["level"] not in {"secondary", "bachelor", "master", "doctorate"}:
            err(f, "edu level")
        if e["year"] and str(e["year"]) not in text:
            err(f, f"year {e['year']} not in text")
        for k in ("field", "institution"):
            if not present(e[k], text, path):
                err(f, f"{k} not in text: {e[k]}")
    prev_start = None
    for x in lab["experience"]:
        for k in ("start", "end"):
            if x[k] is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", x[k]):
                err(f, f"{k} format {x[k]}")
        if x["end"] and x["end"] < x["start"]:
            err(f, "end before start " + x["title"])
        for k in ("title", "organisation"):
            if not present(x[k], text, path):
                err(f, f"{k} not in text: {x[k]}")
    for l in lab["languages"]:
        if l["level"] is not None and l["level"] not in LEVELS:
            err(f, "lang level")
        if l["stanag"] is not None and not re.fullmatch(r"[0-5]{4}", l["stanag"]):
            err(f, "stanag")
    for c in lab["competencies"]:
        if c["name"] not in COMPETENCIES:
            err(f, "competency " + c["name"])
    for s in lab["skills"]:
        if not present(s, text, path):
            err(f, "skill not in text: " + s)


def main():
    n_docs = 0
    for folder, check in ((NOTICES, check_notice), (CVS, check_cv)):
        docs = sorted(p for p in glob.glob(os.path.join(folder, "*")) if os.path.isfile(p))
        labels = sorted(glob.glob(os.path.join(folder, "labels", "*.json")))
        if len(docs) != len(labels):
            err(folder, f"{len(docs)} documents, {len(labels)} labels")
        for p in docs:
            lp = os.path.join(folder, "labels", os.path.basename(p) + ".json")
            if not os.path.exists(lp):
                err(p, "no label")
                continue
            check(p, json.load(open(lp, encoding="utf-8")))
            n_docs += 1
    print(f"{n_docs} documents checked, {len(ERRORS)} problems")
    for e in ERRORS:
        print("  " + e)
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
