"""One-off helper: align 'N y M m' figures in why texts with the generator's arithmetic (end month exclusive)."""
import importlib, re, sys
import common
for name in sys.argv[1:]:
    mod = importlib.import_module(name)
    src = open(name + ".py", encoding="utf-8").read()
    for c in mod.CANDS:
        tagm, tot = {}, 0
        for p in c["exp"]:
            mo = common.months(p, False); tot += mo
            d, ps = common.tagset(p[5])
            for t in d: tagm[t] = tagm.get(t, 0) + mo
            for t in ps: tagm[t + "?"] = tagm.get(t + "?", 0) + mo
        known = set(tagm.values()) | {tot} | {tagm[t] + tagm.get(t[0], 0) for t in tagm if t.endswith("?")}
        why = c["why"]
        new = why
        for a, b in re.findall(r"(\d+) y (\d+) m", why):
            v = int(a) * 12 + int(b)
            if v in known: continue
            best = min(known, key=lambda k: abs(k - v))
            rep = f"{best // 12} y {best % 12} m"
            print(f"{name} c{c['n']:02d}: {a} y {b} m -> {rep} (diff {best - v}) known={sorted(known)}")
            new = new.replace(f"{a} y {b} m", rep, 1)
        if new != why:
            src = src.replace(why, new, 1)
    open(name + ".py", "w", encoding="utf-8").write(src)
