import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cv = json.load(open(os.path.join(ROOT, "src/cv_index.json")))
nt = json.load(open(os.path.join(ROOT, "src/notice_index.json")))
head = open(os.path.join(ROOT, "src/README_head.md"), encoding="utf-8").read()
out = [head, "\n## File table: CVs (%d)\n" % len(cv), "| File | Format | Style / what it tests |", "|---|---|---|"]
for f, fmt, st in cv:
    out.append("| `cvs/%s` | %s | %s |" % (f, fmt, st))
out += ["\n## File table: notices (%d)\n" % len(nt), "| File | Format | Encoding | Style / what it tests |", "|---|---|---|---|"]
for f, fmt, st, enc in nt:
    out.append("| `notices/%s` | %s | %s | %s |" % (f, fmt, enc, st))
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
