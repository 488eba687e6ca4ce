"""Rebuild every corpus-9 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs9_docx
import cvs9_pdf
import cvs9_txt
import notices9

if __name__ == "__main__":
    for m in (cvs9_txt, cvs9_docx, cvs9_pdf, notices9):
        print(m.__name__, len(m.build()))
