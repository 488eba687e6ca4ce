"""Shared helpers for readers12: label builder and writers. Labels are written by hand next to each document."""
import json, os
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CVS = os.path.join(ROOT, "cvs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def cv_label(file, name, email, phone, nationality, education, msc, experience, languages, competencies, skills):
    return {
        "file": file, "name": name, "email": email, "phone": phone, "nationality": nationality,
        "education": [{"level": l, "field": f, "institution": i, "year": y} for (l, f, i, y) in education],
        "military_staff_college": msc,
        "experience": [{"title": t, "organisation": o, "start": s, "end": e} for (t, o, s, e) in experience],
        "languages": [{"language": l, "level": v, "stanag": s} for (l, v, s) in languages],
        "competencies": [{"name": c} for c in competencies],
        "skills": list(skills),
    }


def write_label(label):
    path = os.path.join(CVS, "labels", label["file"] + ".json")
    text = json.dumps(label, ensure_ascii=False, indent=2) + "\n"
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            if fh.read() != text:
                raise SystemExit(f"refusing to change the fixed label {path}")
        return
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o444)


def write_text(file, text, encoding="utf-8"):
    with open(os.path.join(CVS, file), "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


def new_docx(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


class PDF(FPDF):
    footer_text = None
    header_text = None

    def __init__(self, **kw):
        super().__init__(**kw)
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.add_font("Serif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
        self.add_font("Serif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
        self.add_font("Serif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
        self.set_font("DejaVu", "", 10)

    def header(self):
        if self.header_text and self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.set_xy(self.l_margin, 7)
            self.cell(0, 4, self.header_text.replace("{p}", str(self.page_no())), align="R")
            self.set_xy(self.l_margin, self.t_margin)
            self.set_font("DejaVu", "", 10)

    def footer(self):
        if self.footer_text:
            self.set_y(-12)
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 5, self.footer_text.replace("{p}", str(self.page_no())), align="C")
            self.set_font("DejaVu", "", 10)

    def para(self, text, size=10, style="", h=None, w=0, align="L", font="DejaVu"):
        self.set_font(font, style, size)
        self.multi_cell(w, h or size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def heading(self, text, size=12, rule=True, font="DejaVu"):
        self.ln(2)
        self.set_font(font, "B", size)
        self.cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
        if rule:
            y = self.get_y() + 0.5
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(1.5)
        self.set_font(font, "", 10)

    def left_right(self, left, right, size=10, style="B", font="DejaVu"):
        self.set_font(font, style, size)
        y = self.get_y()
        self.cell(0, size * 0.5, left)
        self.set_font(font, "", size)
        self.set_xy(self.l_margin, y)
        self.cell(0, size * 0.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
