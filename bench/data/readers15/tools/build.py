"""Rebuild every corpus-15 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs15_docx
import cvs15_pdf
import cvs15_txt
import notices15

if __name__ == "__main__":
    for m in (cvs15_txt, cvs15_docx, cvs15_pdf, notices15):
        print(m.__name__, len(m.build()))
