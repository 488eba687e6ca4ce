"""Shared helpers and consistency checks for the quality2 evaluation set.

Written from the domain notes only (no product code read). As-of date 2026-06-01.
"""
import json

AS_OF = "2026-06-01"
NOW = "2026-06"  # current posts (end None) are counted up to this month

MEMBERS = [
    "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland",
    "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
    "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia",
    "Slovenia", "Spain", "Sweden", "Türkiye", "United Kingdom", "United States",
]
ALIASES = {"Turkey": "Türkiye", "UK": "United Kingdom", "USA": "United States", "US": "United States",
           "Czech Republic": "Czechia", "The Netherlands": "Netherlands"}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


def norm_nat(n):
    return ALIASES.get(n, n)


def mon(s):
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(post):
    """(exclusive, inclusive) month counts of one post."""
    start, end = post[2], post[3]
    ex = mon(end or NOW) - mon(start)
    return ex, ex + 1


def candidate_json(slug, c):
    langs = []
    for l in c["langs"]:
        d = {"language": l[0]}
        if l[1]:
            d["level"] = l[1]
        if len(l) > 2 and l[2]:
            d["stanag"] = l[2]
        langs.append(d)
    comps = []
    for name, val in c.get("comps", []):
        comps.append({"name": name, "rung": val} if isinstance(val, int) else {"name": name, "level_text": val})
    return {
        "id": "%s-c%02d" % (slug, c["n"]),
        "name": c["name"],
        "nationality": c["nat"],
        "education": [{"level": e[0], "field": e[1], "institution": e[2], "year": e[3]} for e in c["edu"]],
        "military_staff_college": c.get("msc", False),
        "experience": [{"title": p[0], "organisation": p[1], "start": p[2], "end": p[3], "description": p[4]}
                       for p in c["exp"]],
        "languages": langs,
        "competencies": comps,
        "skills": c.get("skills", []),
        "summary": c.get("summary", ""),
    }


# ---------------------------------------------------------------- language rules
def lang_expected(rule, c):
    """Expected status of the language essential, from the declared languages."""
    decl = {}
    for l in c["langs"]:
        decl[l[0]] = (l[1], l[2] if len(l) > 2 else None)
    kind = rule[0]
    if kind == "slp":
        _, lang, target, met_from, assess_from = rule
        if lang not in decl:
            return "not_met"
        level, slp = decl[lang]
        if slp:
            return "met" if all(int(a) >= int(b) for a, b in zip(slp, target)) else "not_met"
        v = ROMAN[level]
        if v >= ROMAN[met_from]:
            return "met"
        if v >= ROMAN[assess_from]:
            return "to_assess"
        return "not_met"
    if kind == "each":
        for lang, lvl in rule[1]:
            if lang not in decl or not decl[lang][0] or ROMAN[decl[lang][0]] < ROMAN[lvl]:
                return "not_met"
        return "met"
    if kind == "pair":
        _, hi, lo = rule
        e = ROMAN.get((decl.get("English") or (None,))[0] or "", 0)
        f = ROMAN.get((decl.get("French") or (None,))[0] or "", 0)
        ok = (e >= ROMAN[hi] and f >= ROMAN[lo]) or (f >= ROMAN[hi] and e >= ROMAN[lo])
        return "met" if ok else "not_met"
    raise ValueError(kind)


CODE = {"m": "met", "n": "not_met", "t": "to_assess"}


def check_and_build(notice, cands, problems, margins):
    slug = notice["slug"]
    ess = notice["essentials"]
    ids = [e[0] for e in ess]
    grades, statuses, rows = {}, {}, []
    for c in cands:
        cid = "%s-c%02d" % (slug, c["n"])
        where = cid
        st = c["ess"].replace(" ", "")
        if len(st) != len(ess) or any(ch not in CODE for ch in st):
            problems.append("%s: bad essential string %r" % (where, st))
            continue
        s = {ids[i]: CODE[ch] for i, ch in enumerate(st)}
        # posts: chronological, no overlap, valid
        prev_end = None
        for p in c["exp"]:
            if p[3] is not None and mon(p[3]) < mon(p[2]):
                problems.append("%s: post ends before it starts: %s" % (where, p[0]))
            if p[3] is not None and mon(p[3]) > mon(NOW):
                problems.append("%s: post ends after as-of: %s" % (where, p[0]))
            if prev_end is not None and mon(p[2]) <= prev_end:
                problems.append("%s: overlapping posts at %s" % (where, p[0]))
            prev_end = mon(p[3] or NOW)
        for i, p in enumerate(c["exp"][:-1]):
            if p[3] is None:
                problems.append("%s: a current post is not the last one" % where)
        # nationality
        allowed = notice.get("nationalities") or MEMBERS
        exp_nat = "met" if norm_nat(c["nat"]) in allowed else "not_met"
        if s[notice["nat_ess"]] != exp_nat:
            problems.append("%s: nationality %s expected %s, got %s" % (where, c["nat"], exp_nat, s[notice["nat_ess"]]))
        # language
        exp_lang = lang_expected(notice["lang_rule"], c)
        if s[notice["lang_ess"]] != exp_lang:
            problems.append("%s: language expected %s, got %s" % (where, exp_lang, s[notice["lang_ess"]]))
        # months
        for eid, conds in c.get("calc", {}).items():
            results = []
            for posts, years, expect in conds:
                ex = sum(months(c["exp"][k])[0] for k in posts)
                inc = sum(months(c["exp"][k])[1] for k in posts)
                thr = years * 12
                if expect:
                    ok = ex >= thr
                    margin = ex - thr
                else:
                    ok = inc < thr
                    margin = thr - inc
                if not ok:
                    problems.append("%s: %s months %d/%d vs %d y expected %s" % (where, eid, ex, inc, years, expect))
                margins.append((margin, cid, eid, ex, inc, years, expect))
                results.append(expect)
            want = "met" if all(results) else "not_met"
            if s[eid] != want:
                problems.append("%s: %s months say %s but status is %s" % (where, eid, want, s[eid]))
        # eligibility
        scr = [s[e[0]] for e in ess if e[2]]
        elig = False if "not_met" in scr else (True if all(x == "met" for x in scr) else None)
        if elig != c["elig"]:
            problems.append("%s: eligible derived %s but given %s" % (where, elig, c["elig"]))
        if (c["grade"] == 0) != (c["elig"] is False):
            problems.append("%s: grade %s inconsistent with eligible %s" % (where, c["grade"], c["elig"]))
        if c["grade"] not in (0, 1, 2, 3):
            problems.append("%s: bad grade" % where)
        grades[cid] = {"grade": c["grade"], "eligible": c["elig"], "why": c["why"]}
        statuses[cid] = s
        rows.append(candidate_json(slug, c))
    return rows, grades, statuses


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False)


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
