"""Helpers and consistency checks for evaluation set 18 (plain python3, standard library only)."""
import json
import re
import os

AS_OF = "2026-12-01"
AS_OF_MONTH = "2026-12"  # current posts are counted to this month (end exclusive)

MEMBERS = ["Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland",
           "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
           "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia",
           "Slovenia", "Spain", "Sweden", "Türkiye", "United Kingdom", "United States"]
ALIASES = {"Turkey": "Türkiye", "UK": "United Kingdom", "USA": "United States", "Czech Republic": "Czechia"}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
LEVELS = {"none": 0, "secondary": 1, "bachelor": 2, "master": 3, "doctorate": 4}
CODE = {"m": "met", "n": "not_met", "a": "to_assess"}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def mi(ym):
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(post, inclusive):
    start, end = post[2], post[3] or AS_OF_MONTH
    n = mi(end) - mi(start)
    if inclusive and post[3] is not None:
        n += 1
    return n


def mset(post, inclusive):
    start, end = post[2], post[3] or AS_OF_MONTH
    e = mi(end) + (1 if inclusive and post[3] is not None else 0)
    return set(range(mi(start), e))


def tagmonths(posts, tag, which, inclusive):
    s = set()
    for p in posts:
        if tag in tagset(p[5])[which]:
            s |= mset(p, inclusive)
    return s


def tagset(tags):
    """'CD' -> definite {C, D}; 'C?D?' -> possible {C, D}."""
    definite, possible = set(), set()
    for m in re.finditer(r"([A-Z])(\?)?", tags):
        (possible if m.group(2) else definite).add(m.group(1))
    return definite, possible


def nat_norm(n):
    return ALIASES.get(n, n)


def lang_ok_level(langs, name, need):
    for l in langs:
        if l[0] == name and l[1] and ROMAN[l[1]] >= ROMAN[need]:
            return True
    return False


def lang_status(rule, langs):
    """langs: list of (language, level or None, slp or None)."""
    kind = rule["rule"]
    if kind == "pair":
        a, b = rule["pair"]
        ok = (lang_ok_level(langs, a, rule["high"]) and lang_ok_level(langs, b, rule["low"])) or \
             (lang_ok_level(langs, b, rule["high"]) and lang_ok_level(langs, a, rule["low"]))
        for lg, lv in rule.get("extra", []):
            ok = ok and lang_ok_level(langs, lg, lv)
        return "m" if ok else "n"
    if kind == "each":
        return "m" if all(lang_ok_level(langs, lg, lv) for lg, lv in rule["req"]) else "n"
    if kind == "slp":
        for l in langs:
            if l[0] != rule["lang"]:
                continue
            if len(l) > 2 and l[2]:
                return "m" if all(int(c) >= int(r) for c, r in zip(l[2], rule["slp"])) else "n"
            if l[1] and ROMAN[l[1]] >= 5:
                return "m"
            if l[1] == "IV":
                return "a"
            return "n"
        return "n"
    raise ValueError(kind)


def exp_status(rule, posts, problems, cid):
    """rule: list of (years, tag). posts: (title, org, start, end, desc, tags).
    A tag 'X' counts; 'X?' may count (empty/unclear description). Both month conventions, margin >= 2."""
    out = []
    margins = []
    for years, tag in rule:
        T = years * 12
        res = []
        for inclusive in (False, True):
            ds = tagmonths(posts, tag, 0, inclusive)
            d = len(ds)
            poss = len(ds | tagmonths(posts, tag, 1, inclusive))
            if d >= T + 2:
                res.append("m")
                margins.append((d - T, tag, inclusive))
            elif poss <= T - 2:
                res.append("n")
                margins.append((T - poss, tag, inclusive))
            elif d <= T - 2 and poss >= T + 2:
                res.append("a")
            else:
                problems.append(f"{cid}: margin under 2 months for {years} y [{tag}] (definite {d}, possible {poss})")
                res.append("?")
        if res[0] != res[1]:
            problems.append(f"{cid}: conventions disagree for {years} y [{tag}]")
        out.append(res[0])
    if "n" in out:
        return "n", margins
    if all(s == "m" for s in out):
        return "m", margins
    return "a", margins


def build(mod, problems, summary):
    slug = mod.SLUG
    ess = mod.ESS
    ids = [e[0] for e in ess]
    screening = {e[0]: e[2] for e in ess}
    rules = mod.RULES
    cands = mod.CANDS
    if not os.path.exists(os.path.join(ROOT, "notices", slug + ".txt")):
        problems.append(f"{slug}: notice missing")
    if [c["n"] for c in cands] != list(range(1, 21)):
        problems.append(f"{slug}: candidates not numbered 1..20")
    lines, grades, estat = [], {}, {}
    dist = {0: 0, 1: 0, 2: 0, 3: 0}
    elig = {True: 0, None: 0, False: 0}
    minmargin = []
    for c in cands:
        cid = f"{slug}-c{c['n']:02d}"
        st = c["st"]
        if len(st) != len(ess):
            problems.append(f"{cid}: status string length {len(st)} != {len(ess)}")
            continue
        sd = {ids[i]: st[i] for i in range(len(ess))}
        # posts chronological
        posts = c["exp"]
        prev_end = None
        prev_start = None
        for i, p in enumerate(posts):
            if p[3] is not None and mi(p[3]) < mi(p[2]):
                problems.append(f"{cid}: post ends before start")
            if mi(p[2]) >= mi(AS_OF_MONTH) or (p[3] and mi(p[3]) >= mi(AS_OF_MONTH)):
                problems.append(f"{cid}: post after as-of month")
            if prev_end is not None and mi(p[2]) < mi(prev_start):
                problems.append(f"{cid}: unsorted posts")
            prev_start = p[2]
            prev_end = p[3] or AS_OF_MONTH
            if p[4] == "" and tagset(p[5])[0]:
                problems.append(f"{cid}: empty description but definite tag")
        # nationality
        if "nat" in rules:
            eid, allowed = rules["nat"]
            allowed = MEMBERS if allowed == "members" else allowed
            want = "m" if nat_norm(c["nat"]) in allowed else "n"
            if sd[eid] != want:
                problems.append(f"{cid}: nationality {c['nat']} status {sd[eid]} != {want}")
        if "lang" in rules:
            eid, lr = rules["lang"]
            want = lang_status(lr, c["lang"])
            if sd[eid] != want:
                problems.append(f"{cid}: language status {sd[eid]} != {want}")
        if "lang2" in rules:
            eid, lr = rules["lang2"]
            want = lang_status(lr, c["lang"])
            if sd[eid] != want:
                problems.append(f"{cid}: second language status {sd[eid]} != {want}")
        if "exp" in rules:
            eid, er = rules["exp"]
            want, margins = exp_status(er, posts, problems, cid)
            minmargin += [(m, cid, t) for m, t, inc in margins]
            if "qual" in rules:  # conditions without years inside the same essential (e.g. "including team leadership")
                for tag in rules["qual"][1]:
                    if any(tag in tagset(p[5])[0] for p in posts):
                        q = "m"
                    elif any(tag in tagset(p[5])[1] for p in posts):
                        q = "a"
                    else:
                        q = "n"
                    if q == "n" or (q == "a" and want == "m"):
                        want = q
            if sd[eid] != want:
                problems.append(f"{cid}: experience status {sd[eid]} != {want} (recomputed)")
        if "deg" in rules:
            eid, need, alt = rules["deg"]
            edu = c["edu"]
            best = max([LEVELS[e[0]] for e in edu], default=None)
            if c.get("sc") and alt == "staff_college":
                pass  # hand judgement (normally met)
            elif best is None:
                if sd[eid] != "a":
                    problems.append(f"{cid}: no education given but degree status {sd[eid]}")
            elif best < LEVELS[need]:
                if alt in ("equivalent", "experience") and sd[eid] in "amn":
                    pass
                elif sd[eid] != "n":
                    problems.append(f"{cid}: degree level fails but status {sd[eid]}")
        for e in ess:
            if not e[2] and sd[e[0]] == "n":
                problems.append(f"{cid}: non-screening {e[0]} not_met")
        # every "N y M m" figure in the why must be a tag total, a definite+possible total or the career total
        alltags = set()
        for p in posts:
            d, ps = tagset(p[5])
            alltags |= d | ps
        tot = len(set().union(*[mset(p, False) for p in posts])) if posts else 0
        known = {tot}
        for t in alltags:
            dd = tagmonths(posts, t, 0, False)
            pp = tagmonths(posts, t, 1, False)
            known |= {len(dd), len(pp), len(dd | pp)}
        for a, b in re.findall(r"(\d+) y (\d+) m", c["why"]):
            if int(a) * 12 + int(b) not in known:
                problems.append(f"{cid}: why figure {a} y {b} m matches no recomputed total")
        scr = [sd[e[0]] for e in ess if e[2]]
        eligible = False if "n" in scr else (True if all(s == "m" for s in scr) else None)
        g = c["g"]
        if (g == 0) != (eligible is False):
            problems.append(f"{cid}: grade {g} vs eligible {eligible}")
        dist[g] += 1
        elig[eligible] += 1
        grades[cid] = {"grade": g, "eligible": eligible, "why": c["why"]}
        estat[cid] = {k: CODE[v] for k, v in sd.items()}
        rec = {"id": cid, "name": c["name"], "nationality": c["nat"],
               "education": [{"level": e[0], "field": e[1], "institution": e[2], "year": e[3]} for e in c["edu"]],
               "military_staff_college": bool(c.get("sc", False)),
               "experience": [{"title": p[0], "organisation": p[1], "start": p[2], "end": p[3], "description": p[4]}
                              for p in posts],
               "languages": [], "competencies": [], "skills": c.get("skills", []), "summary": c.get("summary", "")}
        if "email" in c:
            rec["email"] = c["email"]
        for l in c["lang"]:
            d = {"language": l[0]}
            if l[1]:
                d["level"] = l[1]
            if len(l) > 2 and l[2]:
                d["stanag"] = l[2]
            rec["languages"].append(d)
        for comp in c.get("comp", []):
            if isinstance(comp[1], int):
                rec["competencies"].append({"name": comp[0], "rung": comp[1]})
            else:
                rec["competencies"].append({"name": comp[0], "level_text": comp[1]})
        lines.append(json.dumps(rec, ensure_ascii=False))
    if not (3 <= dist[0] <= 7):
        problems.append(f"{slug}: {dist[0]} ineligible (want 3-7)")
    if elig[True] + elig[None] < 12:
        problems.append(f"{slug}: fewer than 12 eligible or undecided")
    if elig[None] < 1:
        problems.append(f"{slug}: no undecided candidate")
    with open(os.path.join(ROOT, "candidates", slug + ".jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "grades", slug + ".json"), "w", encoding="utf-8") as f:
        json.dump({"as_of": AS_OF, "grades": grades}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(ROOT, "grades", slug + ".essentials.json"), "w", encoding="utf-8") as f:
        json.dump({"as_of": AS_OF, "notice": slug + ".txt",
                   "essentials": [{"id": e[0], "text": e[1], "screening": e[2]} for e in ess],
                   "candidates": estat}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    minmargin.sort()
    summary.append((slug, dist, elig, minmargin[:3]))
