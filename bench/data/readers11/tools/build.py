"""Rebuild every corpus-11 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs11_docx
import cvs11_pdf
import cvs11_txt
import notices11

if __name__ == "__main__":
    for m in (cvs11_txt, cvs11_docx, cvs11_pdf, notices11):
        print(m.__name__, len(m.build()))
