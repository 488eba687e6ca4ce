"""Build corpus 21. Step 1 writes every hand-written label (0444; write_label() refuses to change a stored label);
step 2 renders the documents. `python build.py labels` runs step 1 only (how the labels were fixed first)."""
import sys

import cvs21_docx
import cvs21_pdf
import cvs21_txt
import notices21
from common import write_label

MODS = (cvs21_txt, cvs21_docx, cvs21_pdf, notices21)

if __name__ == "__main__":
    for m in MODS:
        for folder, lab in m.labels():
            write_label(folder, lab)
        print(m.__name__, "labels", len(m.labels()))
    if sys.argv[1:] != ["labels"]:
        for m in MODS:
            print(m.__name__, "documents", len(m.build()))
