"""Rebuild every corpus-13 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs13_docx
import cvs13_pdf
import cvs13_txt
import notices13

if __name__ == "__main__":
    for m in (cvs13_txt, cvs13_docx, cvs13_pdf, notices13):
        print(m.__name__, len(m.build()))
