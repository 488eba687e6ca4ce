import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
import cvs_txt, cvs_docx, cvs_pdf

rows = []
for fname, style, text, label, enc in cvs_txt.CVS:
    write_text("cvs", fname, text, enc); write_label("cvs", fname, label); rows.append((fname, "TXT", style))
for fname, style, blocks, label in cvs_docx.CVS:
    render_docx("cvs", fname, blocks); write_label("cvs", fname, label); rows.append((fname, "DOCX", style))
for fname, style, blocks, label in cvs_pdf.CVS:
    render_pdf("cvs", fname, blocks); write_label("cvs", fname, label); rows.append((fname, "PDF", style))
import json
json.dump(rows, open(os.path.join(ROOT, "src", "cv_index.json"), "w"), ensure_ascii=False, indent=0)
print(len(rows))
