"""Check the labels of corpus 3 against the rules and against the documents' own text."""

import json
import re
import sys

import pdfplumber
from docx import Document

from common import CVS, KEYS, LABELS

MEMBERS = {"Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland",
           "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
           "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia",
           "Slovenia", "Spain", "Sweden", "Türkiye", "United Kingdom", "United States"}
COMPETENCIES = {"Achievement", "Analytical Thinking", "Change Leadership", "Clarity and Accuracy",
                "Conceptual Thinking", "Customer Service Orientation", "Developing Others", "Empathy",
                "Flexibility", "Impact and Influence", "Initiative", "Leadership", "Organisational Awareness",
                "Self-Control", "Teamwork", "Organisational Commitment"}
LEVELS = {"secondary", "bachelor", "master", "doctorate"}
NATO = {None, "I", "II", "III", "IV", "V", "VI"}


def text_of(path):
    if path.suffix == ".pdf":
        with pdfplumber.open(path) as pdf:
            parts = []
            for p in pdf.pages:
                parts.append(p.extract_text() or "")
                # two-column pages interleave; also read each column on its own
                cut = 7.2 * 72 / 2.54
                parts.append(p.crop((0, 0, cut, p.height)).extract_text() or "")
                parts.append(p.crop((cut, 0, p.width, p.height)).extract_text() or "")
            return "\n".join(parts)
    if path.suffix == ".docx":
        d = Document(path)
        parts = [p.text for s in d.sections for p in s.header.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def check(lab, errors):
    f = lab["file"]
    err = lambda m: errors.append(f"{f}: {m}")  # noqa: E731
    if list(lab) != KEYS:
        err("key order")
    text = text_of(CVS / f)
    t = norm(text)
    for k in ("email", "phone"):
        if lab[k] is not None and lab[k] not in text:
            err(f"{k} not verbatim in text")
    if lab["nationality"] is not None and lab["nationality"] not in MEMBERS:
        err("nationality not a member name")
    for part in lab["name"].split():
        if norm(part) not in t:
            err(f"name part {part!r} not in text")
    for e in lab["education"]:
        if e["level"] not in LEVELS:
            err(f"level {e['level']}")
        for k in ("field", "institution"):
            if e[k] is not None and norm(e[k]) not in t:
                err(f"education {k} {e[k]!r} not in text")
        if e["year"] is not None and str(e["year"]) not in text:
            err(f"year {e['year']} not in text")
    for j in lab["experience"]:
        for k in ("title", "organisation"):
            if norm(j[k]) not in t:
                err(f"experience {k} {j[k]!r} not in text")
        for k in ("start", "end"):
            v = j[k]
            if v is None and k == "end":
                continue
            if not re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", v or ""):
                err(f"bad {k} {v!r}")
            elif v[:4] not in text:
                err(f"{k} year {v[:4]} not in text")
        if j["end"] and j["end"] < j["start"]:
            err("end before start")
    for lg in lab["languages"]:
        if lg["level"] not in NATO:
            err(f"language level {lg['level']}")
        if lg["stanag"] is not None and not re.fullmatch(r"[0-5]{4}", lg["stanag"]):
            err(f"stanag {lg['stanag']}")
        if lg["level"] and lg["stanag"]:
            err("level and stanag both set")
    for c in lab["competencies"]:
        if list(c) != ["name"] or c["name"] not in COMPETENCIES:
            err(f"competency {c}")
    for s in lab["skills"]:
        if norm(s) not in t:
            err(f"skill {s!r} not in text")
    if not isinstance(lab["military_staff_college"], bool):
        err("military_staff_college not bool")


def main():
    errors = []
    docs = sorted(p for p in CVS.iterdir() if p.is_file())
    labels = sorted(LABELS.glob("*.json"))
    if {p.name for p in docs} != {p.name[:-5] for p in labels}:
        errors.append("documents and labels do not pair up")
    for p in labels:
        lab = json.loads(p.read_text(encoding="utf-8"))
        if lab["file"] + ".json" != p.name:
            errors.append(f"{p.name}: file key")
        check(lab, errors)
    print("\n".join(errors) or f"OK: {len(labels)} labels")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
