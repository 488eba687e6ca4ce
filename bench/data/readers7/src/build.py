"""Rebuild every corpus-7 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs7_docx
import cvs7_pdf
import cvs7_txt
import notices7

if __name__ == "__main__":
    for m in (cvs7_txt, cvs7_docx, cvs7_pdf, notices7):
        print(m.__name__, len(m.build()))
