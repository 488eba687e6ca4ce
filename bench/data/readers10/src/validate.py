"""Consistency checks of the corpus-10 CV labels against their own documents (not against any parser).

Adapted from readers9's validate.py (CV checks only). Document text for the checks: TXT as written plus, for the
grid-table TXT (t67), each table cell joined over its wrapped lines; DOCX read from document.xml directly (every
w:t of every paragraph, so text boxes, content controls, hyperlinks and inserted text count, deleted text w:delText
does not); PDF read whole, as tables and as column crops. All text is NFKC-normalised (p74's ligatures).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile

import pdfplumber
from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NATIONS = {"Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "France",
           "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Montenegro",
           "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain",
           "Sweden", "Türkiye", "United Kingdom", "United States"}
COMPS = {"Achievement", "Analytical Thinking", "Change Leadership", "Clarity and Accuracy", "Conceptual Thinking",
         "Customer Service Orientation", "Developing Others", "Empathy", "Flexibility", "Impact and Influence",
         "Initiative", "Leadership", "Organisational Awareness", "Organisational Commitment", "Self-Control", "Teamwork"}
CV_KEYS = ["file", "name", "email", "phone", "nationality", "education", "military_staff_college", "experience",
           "languages", "competencies", "skills"]
ROMAN = {"I", "II", "III", "IV", "V", "VI"}
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def grid_cells(text):
    """Join each cell of a +---+ grid table over its wrapped lines."""
    out, block = [], []
    for ln in text.split("\n") + [""]:
        if ln.startswith("|"):
            block.append([c.strip() for c in ln.strip().strip("|").split("|")])
        elif block:
            for k in range(max(len(r) for r in block)):
                out.append(" ".join(r[k] for r in block if k < len(r) and r[k]))
            block = []
    return "\n".join(out)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        t = open(path, encoding="utf-8").read()
        if "gridtables" in path:
            t += "\n" + grid_cells(t)
        return t
    if ext == "pdf":
        parts = []
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                for tb in pg.extract_tables():
                    for row in tb:
                        parts.extend(c for c in row if c)
                w = pg.width
                for a, b in [(0, 0.3), (0.3, 1), (0, 0.34), (0.34, 1), (0, 0.5), (0.5, 1), (0, 0.67), (0.25, 1),
                             (0.33, 0.66), (0.66, 1), (0.12, 0.6), (0.6, 1)]:
                    parts.append(pg.crop((w * a, 0, w * b, pg.height)).extract_text() or "")
        return "\n".join(parts)
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            root = etree.fromstring(z.read("word/document.xml"))
        parts = []
        for p in root.iter(WNS + "p"):
            parts.append("".join(t.text or "" for t in p.iter(WNS + "t")))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("-\n", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().lower()


def check_in(errs, text, what, value):
    if value is None:
        return
    if norm(str(value)) not in norm(text) and norm(str(value)).replace(" ", "") not in norm(text).replace(" ", ""):
        errs.append(f"{what} not in text: {value!r}")


def ym(v):
    return v is None or re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", v)


def check_cv(path, lab):
    errs = []
    t = text_of(path)
    if list(lab) != CV_KEYS:
        errs.append("key order")
    if lab["email"] and lab["email"] not in t:
        errs.append("email not verbatim")
    if lab["phone"] and lab["phone"] not in t:
        errs.append("phone not verbatim")
    if lab["nationality"] is not None and lab["nationality"] not in NATIONS:
        errs.append("nationality")
    for e in lab["education"]:
        if e["level"] not in ("none", "secondary", "bachelor", "master", "doctorate"):
            errs.append("edu level")
        check_in(errs, t, "field", e["field"])
        check_in(errs, t, "institution", e["institution"])
        check_in(errs, t, "year", e["year"])
    for x in lab["experience"]:
        check_in(errs, t, "title", x["title"])
        check_in(errs, t, "organisation", x["organisation"])
        if not (ym(x["start"]) and x["start"] and ym(x["end"])):
            errs.append("dates")
        if x["end"] and x["end"] < x["start"]:
            errs.append("end<start")
    for lg in lab["languages"]:
        if lg["level"] is not None and lg["level"] not in ROMAN:
            errs.append("lang level")
        if lg["stanag"] is not None and not re.fullmatch(r"[0-5]{4}", lg["stanag"]):
            errs.append("stanag")
    for c in lab["competencies"]:
        if c["name"] not in COMPS:
            errs.append("competency " + c["name"])
    for s in lab["skills"]:
        check_in(errs, t, "skill", s)
    parts = lab["name"].split()
    for p in (parts[0], parts[-1]):
        if norm(p) not in norm(t) and " ".join(p.lower()) not in norm(t):
            errs.append("name part " + p)
    return errs


def main():
    bad = 0
    folder = os.path.join(ROOT, "cvs")
    n = 0
    for f in sorted(os.listdir(folder)):
        p = os.path.join(folder, f)
        if not os.path.isfile(p):
            continue
        n += 1
        lab = json.load(open(os.path.join(folder, "labels", f + ".json"), encoding="utf-8"))
        assert lab["file"] == f
        errs = check_cv(p, lab)
        if errs:
            bad += 1
            print(f, errs)
    print("files:", n, "with problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
