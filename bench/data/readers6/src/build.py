"""Rebuild every corpus-6 document. Labels are fixed: write_label() refuses to change a stored label."""
import cvs6_docx
import cvs6_pdf
import cvs6_txt
import notices6

if __name__ == "__main__":
    for m in (cvs6_txt, cvs6_docx, cvs6_pdf, notices6):
        print(m.__name__, len(m.build()))
