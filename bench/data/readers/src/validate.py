import json, os, re, glob, sys
sys.path.insert(0, os.path.dirname(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MEMBERS = "Albania, Belgium, Bulgaria, Canada, Croatia, Czechia, Denmark, Estonia, Finland, France, Germany, Greece, Hungary, Iceland, Italy, Latvia, Lithuania, Luxembourg, Montenegro, Netherlands, North Macedonia, Norway, Poland, Portugal, Romania, Slovakia, Slovenia, Spain, Sweden, Türkiye, United Kingdom, United States".split(", ")
COMPS = ["Achievement","Analytical Thinking","Change Leadership","Clarity and Accuracy","Conceptual Thinking","Flexibility","Impact and Influence","Initiative","Leadership","Organisational Awareness","Teamwork","Customer Service Orientation","Developing Others","Empathy","Organisational Commitment","Self-Control"]
LV = {None,"I","II","III","IV","V","VI"}
ym = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
def text_of(path):
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
                    for t2 in c.tables:
                        for r2 in t2.rows:
                            for c2 in r2.cells: parts.append(c2.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        return "\n".join(parts)
    if path.endswith(".pdf"):
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "cp1252"):
        try: return raw.decode(enc)
        except UnicodeDecodeError: pass
errs = 0
def err(f, m):
    global errs; errs += 1; print("ERR", f, m)
for lf in sorted(glob.glob(os.path.join(ROOT, "cvs/labels/*.json"))):
    L = json.load(open(lf)); f = L["file"]
    txt = text_of(os.path.join(ROOT, "cvs", f)); flat = re.sub(r"\s+", " ", txt)
    if L["nationality"] not in MEMBERS: err(f, "nat " + str(L["nationality"]))
    for k in ("email", "phone"):
        if L[k] and L[k] not in flat: err(f, k + " not in text")
    for e in L["education"]:
        if e["level"] not in ("none","secondary","bachelor","master","doctorate"): err(f, "edu level")
        if e["year"] is not None and str(e["year"]) not in flat: err(f, "year %s" % e["year"])
    for x in L["experience"]:
        if not ym.match(x["start"]) or (x["end"] is not None and not ym.match(x["end"])): err(f, "date")
        if x["end"] and x["end"] < x["start"]: err(f, "end<start")
        if x["organisation"].split(" (")[0][:25] not in flat: err(f, "org? " + x["organisation"])
    for l in L["languages"]:
        if l["level"] not in LV: err(f, "lvl")
        if l["stanag"] and not re.match(r"^[0-5]{4}$", l["stanag"]): err(f, "stanag")
    for c in L["competencies"]:
        if c["name"] not in COMPS: err(f, "comp " + c["name"])
        if c["name"].lower() not in flat.lower(): err(f, "comp not in text " + c["name"])
    cur = [x for x in L["experience"] if x["end"] is None]
    if len(cur) > 1: print("note multiple current", f)
for lf in sorted(glob.glob(os.path.join(ROOT, "notices/labels/*.json"))):
    L = json.load(open(lf)); f = L["file"]
    txt = text_of(os.path.join(ROOT, "notices", f)) if not f.endswith(".html") else open(os.path.join(ROOT,"notices",f),"rb").read().decode("utf-8","replace") if "n15" not in f else open(os.path.join(ROOT,"notices",f),"rb").read().decode("latin-1")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", L["deadline"]): err(f, "deadline")
    if L["degree"]["level"] not in ("none","secondary","bachelor","master","doctorate","university"): err(f, "deg")
    for a in L["degree"]["alternatives"]:
        if a not in ("equivalent_qualification","military_staff_college","equivalent_experience"): err(f, "alt")
    lg = L["languages"]
    if lg["rule"] not in ("one_high_other_low","each","none"): err(f,"rule")
    for c in L["competencies"]:
        if c not in COMPS: err(f, "comp " + c)
    for n in L["nationalities"]:
        if n not in MEMBERS: err(f, "nat " + n)
    if L["nationalities"] and not L["nationality_restricted"]: err(f, "restr")
    ys = [c["years"] for c in L["experience_conditions"]]
    if ys and int(max(ys)) != L["min_years_experience"]: err(f, "max years")
    if L["title"].split(" (")[0] not in txt: err(f, "title not in text")
print("errors", errs)
