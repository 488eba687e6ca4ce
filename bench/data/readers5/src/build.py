"""Rebuild every corpus-5 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs5_docx
import cvs5_pdf
import cvs5_txt

if __name__ == "__main__":
    for m in (cvs5_txt, cvs5_docx, cvs5_pdf):
        print(m.__name__, len(m.build()))
