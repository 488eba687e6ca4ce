"""Shared helpers for evaluation set 3: candidate records, month arithmetic and the recomputed checks.

Nothing here reads or runs the product. All decisions (statuses, grades) are written by hand in data_*.py;
this module only recomputes what can be recomputed (nationality, languages, thresholds, degree level)
and reports any disagreement.
"""
import json

AS_OF = "2026-06-01"
AS_OF_MONTH = (2026, 6)

MEMBERS = {
    "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "France",
    "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Montenegro",
    "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain",
    "Sweden", "Türkiye", "United Kingdom", "United States",
}
ALIASES = {"Turkey": "Türkiye", "UK": "United Kingdom", "USA": "United States", "Czech Republic": "Czechia"}

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
EDU_RANK = {"none": 0, "secondary": 1, "bachelor": 2, "master": 3, "doctorate": 4}


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def months(start, end):
    """(exclusive, inclusive) month counts of a post; a current post (end None) runs to the as-of month."""
    sy, sm = ym(start)
    ey, em = ym(end) if end else AS_OF_MONTH
    excl = (ey * 12 + em) - (sy * 12 + sm)
    return excl, excl + 1


class Cand:
    """One candidate. exp: (title, organisation, start, end, description, tags); tags is a space-separated
    string of the notice's context tags; a tag ending in '?' means 'possibly, the profile does not say'."""

    def __init__(self, n, name, nat, edu, exp, lang, grade, why, msc=False, comp=(), skills=(), summary="",
                 st=None):
        self.n, self.name, self.nat = n, name, nat
        self.edu, self.exp, self.lang = edu, exp, lang
        self.grade, self.why, self.msc = grade, why, msc
        self.comp, self.skills, self.summary = list(comp), list(skills), summary
        self.st = dict(st or {})

    def record(self, slug):
        langs = []
        for t in self.lang:
            d = {"language": t[0]}
            if len(t) > 1 and t[1]:
                d["level"] = t[1]
            if len(t) > 2 and t[2]:
                d["stanag"] = t[2]
            langs.append(d)
        comps = []
        for c in self.comp:
            if isinstance(c[1], int):
                comps.append({"name": c[0], "rung": c[1]})
            else:
                comps.append({"name": c[0], "level_text": c[1]})
        return {
            "id": cid(slug, self.n),
            "name": self.name,
            "nationality": self.nat,
            "education": [{"level": e[0], "field": e[1], "institution": e[2], "year": e[3]} for e in self.edu],
            "military_staff_college": self.msc,
            "experience": [{"title": x[0], "organisation": x[1], "start": x[2], "end": x[3], "description": x[4]}
                           for x in self.exp],
            "languages": langs,
            "competencies": comps,
            "skills": self.skills,
            "summary": self.summary,
        }


def cid(slug, n):
    return f"{slug}-c{n:02d}"


# ---------------------------------------------------------------- recomputed checks

def nationality_status(nat, allowed=None):
    nat = ALIASES.get(nat, nat)
    pool = set(allowed) if allowed else MEMBERS
    return "met" if nat in pool else "not_met"


def _levels(cand):
    out = {}
    for t in cand.lang:
        out[t[0]] = (t[1] if len(t) > 1 else None, t[2] if len(t) > 2 else None)
    return out


def stanag_status(level, slp, required, level_map):
    """SLP compared skill by skill; a NATO level without an SLP goes through level_map (approximate bridge)."""
    if slp:
        return "met" if all(int(a) >= int(b) for a, b in zip(slp, required)) else "not_met"
    if level:
        return level_map.get(level, "not_met")
    return "not_met"


def language_status(cand, rule):
    langs = _levels(cand)
    kind = rule[0]
    if kind == "one_high_other_low":
        _, high, low = rule
        def lv(name):
            l = langs.get(name, (None, None))[0]
            return ROMAN.get(l, 0)
        en, fr = lv("English"), lv("French")
        ok = (en >= ROMAN[high] and fr >= ROMAN[low]) or (fr >= ROMAN[high] and en >= ROMAN[low])
        return "met" if ok else "not_met"
    if kind == "each":
        for name, lvl in rule[1]:
            l = langs.get(name, (None, None))[0]
            if ROMAN.get(l, 0) < ROMAN[lvl]:
                return "not_met"
        return "met"
    if kind == "stanag":
        _, name, req, level_map = rule
        level, slp = langs.get(name, (None, None))
        return stanag_status(level, slp, req, level_map)
    raise ValueError(kind)


def threshold_status(cand, conds):
    """conds: [(tag, months)]. Returns (status, details, margin). met needs the sure months (exclusive
    count) to reach the threshold; not_met needs sure + possible months (inclusive count) to stay below."""
    status, details, margins = "met", [], []
    for tag, need in conds:
        sure_x = sure_i = maybe_i = 0
        for x in cand.exp:
            tags = x[5].split()
            e, i = months(x[2], x[3])
            if tag in tags:
                sure_x += e
                sure_i += i
            elif tag + "?" in tags:
                maybe_i += i
        if sure_x >= need:
            s = "met"
            margins.append(sure_x - need)
        elif sure_i + maybe_i < need:
            s = "not_met"
            margins.append(need - (sure_i + maybe_i))
        else:
            s = "to_assess"
        details.append(f"{tag}={sure_x // 12}y{sure_x % 12}m(+{maybe_i}m?)/{need}m:{s}")
        if s == "not_met":
            status = "not_met"
        elif s == "to_assess" and status == "met":
            status = "to_assess"
    return status, details, (min(margins) if margins else None)


def degree_level_ok(cand, minimum, alternatives=()):
    """'met' / 'not_met' / 'to_assess' for the level part only (field judgements are written by hand)."""
    if "military_staff_college" in alternatives and cand.msc:
        return "met"
    if not cand.edu:
        return "to_assess"
    best = max(EDU_RANK[e[0]] for e in cand.edu)
    need = {"university": 2, "bachelor": 2, "master": 3, "doctorate": 4, "secondary": 1}[minimum]
    return "met" if best >= need else "not_met"


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
