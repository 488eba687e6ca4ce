import cvs12_txt, cvs12_docx, cvs12_pdf
for m in (cvs12_txt, cvs12_docx, cvs12_pdf):
    m.build()
