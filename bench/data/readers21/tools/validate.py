"""(corpus 21: copied from readers20 tools/validate.py, which is readers19's, unchanged.)
Consistency checks of the corpus-11 labels against their own documents (not against any parser).

Checks: key order, allowed values, YYYY-MM / YYYY-MM-DD formats, member-nation and competency names, e-mail and
phone verbatim in the text, titles / organisations / institutions / fields / skills / essential items present in
the text (whitespace- and hyphenation-normalised), min_years_experience = max of experience_conditions.
"""
import html
import json
import os
import re
import sys

import pdfplumber
from docx import Document

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
N_KEYS = ["file", "title", "organisation", "location", "grade", "deadline", "degree", "min_years_experience",
          "experience_conditions", "languages", "competencies", "nationality_restricted", "nationalities", "clearance",
          "essential", "desirable"]
ROMAN = {"I", "II", "III", "IV", "V", "VI"}


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt",):
        t = open(path, encoding="utf-8").read()
        if "quoted" in path:  # corpus 13: e-mail quote prefixes "> " removed as well
            t += "\n" + re.sub(r"(?m)^> ?", "", t)
        if "flat2col" in path:  # side-by-side columns: read each column on its own as well
            lines = t.split("\n")
            t += "\n" + "\n".join(ln[:52] for ln in lines) + "\n" + "\n".join(ln[56:] for ln in lines)
        return t
    if ext == "html":
        t = open(path, encoding="utf-8").read()
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    if ext == "pdf":
        parts = []
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                for tb in pg.extract_tables():
                    for row in tb:
                        parts.extend(c for c in row if c)
                w = pg.width
                for box in [(0, 0, w * 0.3, pg.height), (w * 0.3, 0, w, pg.height), (0, 0, w * 0.745, pg.height),
                            (0, 0, w * 0.34, pg.height), (w * 0.34, 0, w, pg.height), (0, 0, w * 0.5, pg.height), (w * 0.5, 0, w, pg.height), (0, 0, w * 0.67, pg.height)]:
                    parts.append(pg.crop(box).extract_text() or "")
        return "\n".join(parts)
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
                parts.extend(c.text for c in row.cells)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        # corpus 11: every w:t of the body, headers and footers, paragraph by paragraph (text boxes, header tables)
        import zipfile
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n):
                    x = z.read(n).decode("utf-8")
                    for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                        parts.append(html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", para))))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    s = s.replace("-\n", "").replace("\u00ad", "").replace("\u0307", "")
    return re.sub(r"\s+", " ", s).strip().lower().replace("\u0307", "")


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
    for k in ("email",):
        if lab[k] and lab[k] not in t:
            errs.append(f"{k} not verbatim")
    if lab["phone"] and lab["phone"] not in t:
        errs.append("phone not verbatim")
    if lab["nationality"] is not None and lab["nationality"] not in NATIONS:
        errs.append("nationality")
    for e in lab["education"]:
        if e["level"] not in ("none", "secondary", "bachelor", "master", "doctorate"):
            errs.append("edu level")
        check_in(errs, t, "field", e["field"])
        check_in(errs, t, "institution", e["institution"])
        if e["year"] is not None and f"{e['year'] - 1}/{str(e['year'])[2:]}" in t:
            pass  # academic year "2012/13" -> award year 2013 (t60)
        else:
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


def check_notice(path, lab):
    errs = []
    t = text_of(path)
    if list(lab) != N_KEYS:
        errs.append("key order")
    check_in(errs, t, "title", lab["title"])
    if not re.fullmatch(r"2027-\d\d-\d\d", lab["deadline"] or ""):
        errs.append("deadline")
    if lab["grade"] and not re.fullmatch(r"([ABCL]-\d(/[ABCL]-\d)?|G\d\d?)", lab["grade"]):
        errs.append("grade")
    dg = lab["degree"]
    if dg["level"] not in ("none", "secondary", "bachelor", "master", "doctorate", "university"):
        errs.append("degree level")
    for f in dg["fields"]:
        first = f.split()[0]
        check_in(errs, t, "field", first)
    for a in dg["alternatives"]:
        if a not in ("equivalent_qualification", "military_staff_college", "equivalent_experience"):
            errs.append("alt")
    conds = lab["experience_conditions"]
    if conds and lab["min_years_experience"] != int(max(c["years"] for c in conds)):
        errs.append("min years")
    for c in conds:
        check_in(errs, t, "context", c["context"])
    lg = lab["languages"]
    if lg["rule"] not in ("one_high_other_low", "each", "none"):
        errs.append("rule")
    for r in lg["requirements"]:
        if r["level"] not in ROMAN:
            errs.append("req level")
    for c in lab["competencies"]:
        if c["name"] not in COMPS:
            errs.append("comp " + c["name"])
        if "_fr_" not in path:  # corpus 15: a French notice names the competencies in French only (n124)
            check_in(errs, t, "competency", c["name"])
    for n in lab["nationalities"]:
        if n not in NATIONS:
            errs.append("nation " + n)
    if lab["clearance"] not in (None, "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET", "COSMIC TOP SECRET"):
        errs.append("clearance")
    for i in lab["essential"] + lab["desirable"]:
        check_in(errs, t, "item", i)
    return errs


def main():
    bad = 0
    for sub, fn in (("cvs", check_cv), ("notices", check_notice)):
        folder = os.path.join(ROOT, sub)
        for f in sorted(os.listdir(folder)):
            p = os.path.join(folder, f)
            if not os.path.isfile(p):
                continue
            lab = json.load(open(os.path.join(folder, "labels", f + ".json"), encoding="utf-8"))
            assert lab["file"] == f
            errs = fn(p, lab)
            if errs:
                bad += 1
                print(f, errs)
    print("files with problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
