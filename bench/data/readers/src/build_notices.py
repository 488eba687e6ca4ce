import sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
import notices_a, notices_b

ENC = {"notice_n10_fr_administrateur.txt": "cp1252",
       "notice_n15_nspa_logistics.html": "latin-1",
       "notice_n07_scrape_hr_assistant.txt": "utf-8-sig"}
rows = []
for fname, fmt, style, content, label in notices_a.NOTICES + notices_b.NOTICES:
    if fmt in ("txt", "html"):
        write_text("notices", fname, content, ENC.get(fname, "utf-8"))
    elif fmt == "pdf":
        render_pdf("notices", fname, content)
    elif fmt == "docx":
        render_docx("notices", fname, content)
    write_label("notices", fname, label)
    rows.append((fname, fmt.upper(), style, ENC.get(fname, "utf-8") if fmt in ("txt", "html") else "-"))
json.dump(rows, open(os.path.join(ROOT, "src", "notice_index.json"), "w"), ensure_ascii=False, indent=0)
print(len(rows))
