"""Helpers and checks for evaluation set 4 (written without reading or running the product)."""

AS_OF = "2026-06-01"
AS_OF_MONTH = (2026, 6)

MEMBERS = [
    "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland",
    "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
    "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia",
    "Slovenia", "Spain", "Sweden", "Türkiye", "United Kingdom", "United States",
]
ALIASES = {"Turkey": "Türkiye", "UK": "United Kingdom", "USA": "United States", "US": "United States",
           "Czech Republic": "Czechia", "The Netherlands": "Netherlands"}

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
CODE = {"m": "met", "n": "not_met", "a": "to_assess"}
EDU_RANK = {"none": 0, "secondary": 1, "bachelor": 2, "master": 3, "doctorate": 4}
REQ_RANK = {"secondary": 1, "university": 2, "bachelor": 2, "master": 3, "doctorate": 4}


def nat(name):
    return ALIASES.get(name, name)


def P(title, org, start, end, desc, tags=""):
    """A post. tags: space-separated threshold tags; 'x?' = may count (empty description)."""
    return {"title": title, "organisation": org, "start": start, "end": end, "description": desc,
            "_tags": tags.split()}


def E(level, field, institution, year):
    return {"level": level, "field": field, "institution": institution, "year": year}


def L(language, level=None, stanag=None):
    d = {"language": language}
    if level:
        d["level"] = level
    if stanag:
        d["stanag"] = stanag
    return d


def C(n, name, nationality, education, experience, languages, *, st, grade, why, msc=False,
      competencies=(), skills=(), summary=""):
    return {"n": n, "name": name, "nationality": nationality, "education": list(education),
            "military_staff_college": msc, "experience": list(experience), "languages": list(languages),
            "competencies": list(competencies), "skills": list(skills), "summary": summary,
            "_st": st.split(), "_grade": grade, "_why": why}


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def months(p, inclusive):
    sy, sm = ym(p["start"])
    ey, em = ym(p["end"]) if p["end"] else AS_OF_MONTH
    return (ey * 12 + em) - (sy * 12 + sm) + (1 if inclusive else 0)


def tag_months(c, tag, inclusive):
    sure = sum(months(p, inclusive) for p in c["experience"] if tag in p["_tags"])
    maybe = sum(months(p, inclusive) for p in c["experience"] if tag + "?" in p["_tags"])
    return sure, maybe


def threshold_status(c, tag, need, problems, label, margins):
    se, me = tag_months(c, tag, False)
    si, mi = tag_months(c, tag, True)
    if se >= need:
        margins.append((se - need, label, tag, se, need))
        if se - need < 2:
            problems.append(f"{label}: {tag} {se} months vs {need}: margin below 2")
        return "met"
    if si + mi <= need:
        margins.append((need - si - mi, label, tag, si + mi, need))
        if need - si - mi < 2:
            problems.append(f"{label}: {tag} {si + mi} months (incl. maybe) vs {need}: margin below 2")
        return "not_met"
    # undecided: definite below, definite + maybe above
    if si > need - 2 or se + me < need + 2:
        problems.append(f"{label}: {tag} undecided but margins too small ({si}/{se + me} vs {need})")
    return "to_assess"


def combine(statuses):
    if "not_met" in statuses:
        return "not_met"
    if "to_assess" in statuses:
        return "to_assess"
    return "met"


def slp_ok(have, need):
    h = [int(ch) for ch in have.replace("+", "").replace("-", "")]
    n = [int(ch) for ch in need]
    return all(a >= b for a, b in zip(h, n))


def lang_status(c, rule):
    langs = {x["language"]: x for x in c["languages"]}
    kind = rule["kind"]
    if kind == "slp":
        x = langs.get(rule["language"])
        if not x:
            return "not_met"
        if x.get("stanag"):
            return "met" if slp_ok(x["stanag"], rule["profile"]) else "not_met"
        lv = ROMAN[x["level"]]
        top = max(int(ch) for ch in rule["profile"])
        if top >= 3:
            return "met" if lv >= 5 else ("to_assess" if lv == 4 else "not_met")
        return "met" if lv >= 4 else ("to_assess" if lv == 3 else "not_met")
    if kind == "pair":
        hi, lo = ROMAN[rule["high"]], ROMAN[rule["low"]]
        e = ROMAN[langs["English"]["level"]] if "English" in langs else 0
        f = ROMAN[langs["French"]["level"]] if "French" in langs else 0
        return "met" if (e >= hi and f >= lo) or (f >= hi and e >= lo) else "not_met"
    if kind == "each":
        for lang, lev in rule["levels"]:
            x = langs.get(lang)
            if not x or ROMAN[x["level"]] < ROMAN[lev]:
                return "not_met"
        return "met"
    raise ValueError(kind)


def degree_status(c, spec):
    """Level part only. Returns (computed, exact): exact False when a field judgement may lower 'met'."""
    alt = spec.get("staff_college") and c["military_staff_college"]
    if not c["education"]:
        return ("met", True) if alt else ("to_assess", True)
    best = max(EDU_RANK[e["level"]] for e in c["education"])
    if best >= REQ_RANK[spec["level"]]:
        if alt:
            return "met", True
        return "met", not spec.get("fields_required")
    return ("met", True) if alt else ("not_met", True)


def to_jsonable(c, slug):
    out = {"id": f"{slug}-c{c['n']:02d}", "name": c["name"], "nationality": c["nationality"],
           "education": c["education"], "military_staff_college": c["military_staff_college"],
           "experience": [{k: v for k, v in p.items() if not k.startswith("_")} for p in c["experience"]],
           "languages": c["languages"], "competencies": c["competencies"], "skills": c["skills"],
           "summary": c["summary"]}
    return out


def check_notice(mod, problems, margins):
    slug = mod.SLUG
    cands = mod.CANDIDATES
    ess = mod.ESSENTIALS
    ids = [e["id"] for e in ess]
    if len(cands) != 20 or sorted(c["n"] for c in cands) != list(range(1, 21)):
        problems.append(f"{slug}: candidates must be numbered 1..20")
    allowed = [nat(x) for x in getattr(mod, "NATIONS", MEMBERS)]
    for c in cands:
        label = f"{slug}-c{c['n']:02d}"
        if len(c["_st"]) != len(ess):
            problems.append(f"{label}: {len(c['_st'])} statuses for {len(ess)} essentials")
            continue
        st = dict(zip(ids, (CODE[s] for s in c["_st"])))
        # posts
        prev_end = None
        for i, p in enumerate(c["experience"]):
            s = ym(p["start"])
            e = ym(p["end"]) if p["end"] else AS_OF_MONTH
            if p["end"] is None and i != len(c["experience"]) - 1:
                problems.append(f"{label}: current post not last")
            if e < s or e > AS_OF_MONTH:
                problems.append(f"{label}: bad dates {p['start']}..{p['end']}")
            if prev_end and s <= prev_end:
                problems.append(f"{label}: posts overlap or not chronological")
            prev_end = e
            if p["description"] == "" and any(not t.endswith("?") for t in p["_tags"]):
                problems.append(f"{label}: empty description with a definite tag")
        # nationality
        want = "met" if nat(c["nationality"]) in allowed else "not_met"
        if st[mod.NAT_ESS] != want:
            problems.append(f"{label}: nationality {c['nationality']} should be {want}")
        # language
        want = lang_status(c, mod.LANG_RULE)
        if st[mod.LANG_ESS] != want:
            problems.append(f"{label}: language should be {want}, is {st[mod.LANG_ESS]}")
        # degree (level)
        want, exact = degree_status(c, mod.DEGREE)
        got = st[mod.DEGREE["ess"]]
        if exact and got != want:
            problems.append(f"{label}: degree should be {want}, is {got}")
        if not exact and want == "met" and got == "met":
            pass
        if want == "not_met" and got != "not_met":
            problems.append(f"{label}: degree level fails but status {got}")
        # thresholds
        for eid, parts in mod.THRESHOLDS.items():
            comp = combine([threshold_status(c, tag, need, problems, label, margins) for tag, need in parts])
            if st[eid] != comp:
                problems.append(f"{label}: {eid} computed {comp}, declared {st[eid]}")
        # eligibility
        screening = [st[e["id"]] for e in ess if e["screening"]]
        elig = False if "not_met" in screening else (True if all(s == "met" for s in screening) else None)
        c["_eligible"] = elig
        if (c["_grade"] == 0) != (elig is False):
            problems.append(f"{label}: grade {c['_grade']} inconsistent with eligible {elig}")
        for e in ess:
            if not e["screening"] and st[e["id"]] == "not_met":
                problems.append(f"{label}: non-screening line {e['id']} must not be not_met")
    inel = sum(1 for c in cands if c["_eligible"] is False)
    if not 6 <= inel <= 8:
        problems.append(f"{slug}: {inel} ineligible (want 6-8)")
    if sum(1 for c in cands if c["_eligible"] is None) < 2:
        problems.append(f"{slug}: fewer than 2 undecided")
