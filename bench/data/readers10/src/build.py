"""Rebuild every corpus-10 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs10_docx
import cvs10_pdf
import cvs10_txt

if __name__ == "__main__":
    for m in (cvs10_txt, cvs10_docx, cvs10_pdf):
        print(m.__name__, len(m.build()))
