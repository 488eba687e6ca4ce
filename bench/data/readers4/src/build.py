"""Rebuild every corpus-4 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs4_docx
import cvs4_pdf
import cvs4_txt
import notices4

if __name__ == "__main__":
    for m in (cvs4_txt, cvs4_docx, cvs4_pdf, notices4):
        print(m.__name__, len(m.build()))
