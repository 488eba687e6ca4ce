"""Checks labels against document text (allowed values, dates, strings present). Reads documents only."""
import glob, json, os, re, unicodedata, zipfile
import pypdf
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NATIONS = set("Albania Belgium Bulgaria Canada Croatia Czechia Denmark Estonia Finland France Germany Greece Hungary Iceland Italy Latvia Lithuania Luxembourg Montenegro Netherlands Norway Poland Portugal Romania Slovakia Slovenia Spain Sweden Türkiye".split()) | {"North Macedonia", "United Kingdom", "United States"}
COMP = {"Achievement", "Analytical Thinking", "Change Leadership", "Clarity and Accuracy", "Conceptual Thinking", "Customer Service Orientation", "Developing Others", "Empathy", "Flexibility", "Impact and Influence", "Initiative", "Leadership", "Organisational Awareness", "Self-Control", "Teamwork"}
def text(p):
    if p.endswith(".pdf"):
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    if p.endswith(".docx"):
        x = zipfile.ZipFile(p).read("word/document.xml").decode()
        return " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x)).replace("&amp;", "&")
    return open(p, encoding="utf-8").read()
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).lower()
bad = 0
for lp in sorted(glob.glob(os.path.join(ROOT, "cvs/labels/*.json"))):
    L = json.load(open(lp)); doc = os.path.join(ROOT, "cvs", L["file"]); T = norm(text(doc)); errs = []
    def need(s, what):
        if s and norm(s) not in T: errs.append(f"{what} not in text: {s!r}")
    need(L["email"], "email")
    if L["phone"] and re.sub(r"\D", "", L["phone"]) not in re.sub(r"\D", "", T): errs.append("phone digits")
    if L["nationality"] is not None and L["nationality"] not in NATIONS: errs.append("nationality")
    for e in L["education"]:
        assert e["level"] in ("secondary", "bachelor", "master", "doctorate")
        need(e["institution"], "institution"); need(e["field"], "field")
        if e["year"] and str(e["year"]) not in T: errs.append(f"year {e['year']}")
    for x in L["experience"]:
        need(x["title"], "title"); need(x["organisation"], "org")
        for k in ("start", "end"):
            if x[k] is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", x[k]): errs.append(f"date {x[k]}")
    for l in L["languages"]:
        assert l["level"] in (None, "I", "II", "III", "IV", "V", "VI") and (l["stanag"] is None or re.fullmatch(r"\d{4}", l["stanag"]))
    for c in L["competencies"]:
        if c["name"] not in COMP: errs.append("competency " + c["name"])
    for s in L["skills"]: need(s, "skill")
    for part in L["name"].split():
        if norm(part) not in T: errs.append(f"name part {part}")
    print(("OK  " if not errs else "ERR ") + L["file"], "; ".join(errs)); bad += bool(errs)
print("files with problems:", bad)
