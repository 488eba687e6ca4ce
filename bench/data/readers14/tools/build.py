"""Rebuild every corpus-14 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs14_docx
import cvs14_pdf
import cvs14_txt
import notices14

if __name__ == "__main__":
    for m in (cvs14_txt, cvs14_docx, cvs14_pdf, notices14):
        print(m.__name__, len(m.build()))
