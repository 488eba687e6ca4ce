"""Helpers for building the graded evaluation set. Data lives in data_*.py; build.py writes the files."""
AS_OF = (2026, 6)  # as-of date 2026-06-01: a current post counts up to (not including) June 2026


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def months(start, end):
    """(exclusive, inclusive) month counts. exclusive: end - start; inclusive adds the end month for ended posts."""
    sy, sm = ym(start)
    if end is None:
        ey, em = AS_OF
        n = (ey * 12 + em) - (sy * 12 + sm)
        return n, n + 1  # a product might count June 2026 as well
    ey, em = ym(end)
    n = (ey * 12 + em) - (sy * 12 + sm)
    return n, n + 1


def X(title, org, start, end, desc="", tags=""):
    return {"title": title, "organisation": org, "start": start, "end": end,
            "description": desc, "_tags": [t for t in tags.split(",") if t]}


def ED(spec):
    """'level|field|institution|year' -> education dict"""
    level, field, inst, year = spec.split("|")
    return {"level": level, "field": field, "institution": inst, "year": int(year)}


def LANG(spec):
    """'English:V:3333, French:II' -> list"""
    out = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        bits = part.split(":")
        d = {"language": bits[0]}
        if len(bits) > 1 and bits[1]:
            d["level"] = bits[1]
        if len(bits) > 2 and bits[2]:
            d["stanag"] = bits[2]
        out.append(d)
    return out


def COMP(spec):
    """'Analytical Thinking=4; Teamwork=Solicits inputs' -> list"""
    out = []
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        name, val = part.split("=", 1)
        name, val = name.strip(), val.strip()
        out.append({"name": name, "rung": int(val)} if val.isdigit() else {"name": name, "level_text": val})
    return out


class Cand:
    def __init__(self, n, name, nationality, education, msc, experience, languages, competencies,
                 skills, summary, grade, eligible, ess, why):
        self.n, self.name, self.nationality = n, name, nationality
        self.education = [ED(e) for e in education]
        self.msc = msc
        self.experience = experience
        self.languages = LANG(languages)
        self.competencies = COMP(competencies)
        self.skills = skills
        self.summary = summary
        self.grade, self.eligible, self.ess, self.why = grade, eligible, ess, why

    def record(self, slug):
        return {"id": f"{slug}-c{self.n:02d}", "name": self.name, "nationality": self.nationality,
                "education": self.education, "military_staff_college": self.msc,
                "experience": [{k: v for k, v in x.items() if k != "_tags"} for x in self.experience],
                "languages": self.languages, "competencies": self.competencies,
                "skills": self.skills, "summary": self.summary}

    def tag_months(self):
        sums = {}
        for x in self.experience:
            a, b = months(x["start"], x["end"])
            for t in x["_tags"]:
                lo, hi = sums.get(t, (0, 0))
                sums[t] = (lo + a, hi + b)
        return sums
