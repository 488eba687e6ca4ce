"""Build corpus 20. Step 1 writes every hand-written label (0444; write_label() refuses to change a stored label);
step 2 renders the documents. `python build.py labels` runs step 1 only (how the labels were fixed first)."""
import sys

import cvs20_docx
import cvs20_pdf
import cvs20_txt
import notices20
from common import write_label

MODS = (cvs20_txt, cvs20_docx, cvs20_pdf, notices20)

if __name__ == "__main__":
    for m in MODS:
        for folder, lab in m.labels():
            write_label(folder, lab)
        print(m.__name__, "labels", len(m.labels()))
    if sys.argv[1:] != ["labels"]:
        for m in MODS:
            print(m.__name__, "documents", len(m.build()))
