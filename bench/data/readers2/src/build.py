"""Rebuild every document and label of the second corpus, then validate.
Run: /work/evaldata2/venv/bin/python build.py"""
import cvs_docx2
import cvs_pdf2
import cvs_txt2
import notices_c
import notices_d
import validate

if __name__ == "__main__":
    for mod in (notices_c, notices_d, cvs_txt2, cvs_docx2, cvs_pdf2):
        mod.build()
    raise SystemExit(validate.main())
