"""Rebuild every corpus-16 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs16_docx
import cvs16_pdf
import cvs16_txt
import notices16

if __name__ == "__main__":
    for m in (cvs16_txt, cvs16_docx, cvs16_pdf, notices16):
        print(m.__name__, len(m.build()))
