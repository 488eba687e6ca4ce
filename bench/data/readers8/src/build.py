"""Rebuild every corpus-8 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs8_docx
import cvs8_pdf
import cvs8_txt

if __name__ == "__main__":
    for m in (cvs8_txt, cvs8_docx, cvs8_pdf):
        print(m.__name__, len(m.build()))
