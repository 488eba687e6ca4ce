"""Rebuild every corpus-17 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs17_docx
import cvs17_pdf
import cvs17_txt
import notices17

if __name__ == "__main__":
    for m in (cvs17_txt, cvs17_docx, cvs17_pdf, notices17):
        print(m.__name__, len(m.build()))
