"""Shared helpers for corpus 21 (readers21, copied from readers20 unchanged apart from this line): label builders and document writers.

Each document is written next to its label in cvs17_*.py / notices17.py. The label is fixed by hand from the
document text; nothing here derives a label from a parser.
"""
import json
import os

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CVS = os.path.join(ROOT, "cvs")
NOTICES = os.path.join(ROOT, "notices")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ---------------------------------------------------------------- labels
def cv_label(file, name, email, phone, nationality, education, msc, experience, languages, competencies, skills):
    return {
        "file": file,
        "name": name,
        "email": email,
        "phone": phone,
        "nationality": nationality,
        "education": [{"level": l, "field": f, "institution": i, "year": y} for (l, f, i, y) in education],
        "military_staff_college": msc,
        "experience": [{"title": t, "organisation": o, "start": s, "end": e} for (t, o, s, e) in experience],
        "languages": [{"language": l, "level": v, "stanag": s} for (l, v, s) in languages],
        "competencies": [{"name": c} for c in competencies],
        "skills": list(skills),
    }


def notice_label(file, title, organisation, location, grade, deadline, degree, conditions, languages,
                 competencies, restricted, nationalities, clearance, essential, desirable):
    level, fields, required, alternatives = degree
    rule, high, low, reqs, stanag = languages
    return {
        "file": file,
        "title": title,
        "organisation": organisation,
        "location": location,
        "grade": grade,
        "deadline": deadline,
        "degree": {"level": level, "fields": list(fields), "fields_required": required,
                   "alternatives": list(alternatives)},
        "min_years_experience": (int(max(y for y, _ in conditions)) if conditions else None),
        "experience_conditions": [{"years": y, "context": c} for (y, c) in conditions],
        "languages": {"rule": rule, "high": high, "low": low,
                      "pair": (["English", "French"] if rule == "one_high_other_low" else None),
                      "requirements": [{"language": l, "level": v} for (l, v) in reqs],
                      "stanag": list(stanag)},
        "competencies": [{"name": n, "rung": r} for (n, r) in competencies],
        "nationality_restricted": restricted,
        "nationalities": list(nationalities),
        "clearance": clearance,
        "essential": list(essential),
        "desirable": list(desirable),
    }


def write_label(folder, label):
    path = os.path.join(folder, "labels", label["file"] + ".json")
    text = json.dumps(label, ensure_ascii=False, indent=2) + "\n"
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            if fh.read() != text:
                raise SystemExit(f"refusing to change the fixed label {path}")
        return
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o444)


def write_text(folder, file, text, encoding="utf-8"):
    with open(os.path.join(folder, file), "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


# ---------------------------------------------------------------- DOCX
def new_docx(base_size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(base_size)
    return doc


def docx_table(doc, rows, style="Table Grid", bold_first_row=False, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            lines = val.split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                run = p.add_run(line)
                if bold_first_row and r == 0:
                    run.bold = True
    return t


# ---------------------------------------------------------------- PDF
class PDF(FPDF):
    footer_text = None
    header_text = None

    def __init__(self, **kw):
        super().__init__(**kw)
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.add_font("Mono", "", os.path.join(FONT_DIR, "DejaVuSansMono.ttf"))
        self.add_font("Serif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
        self.add_font("Serif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
        self.add_font("Serif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
        self.set_font("DejaVu", "", 10)

    def header(self):
        if self.header_text:
            self.set_font("DejaVu", "", 7.5)
            self.set_xy(self.l_margin, 6)
            self.cell(0, 4, self.header_text, align="C")
            self.set_xy(self.l_margin, self.t_margin)
            self.set_font("DejaVu", "", 10)

    def footer(self):
        if self.footer_text:
            self.set_y(-12)
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 5, self.footer_text.replace("{p}", str(self.page_no())), align="C")
            self.set_font("DejaVu", "", 10)

    def para(self, text, size=10, style="", h=None, w=0, align="L"):
        self.set_font("DejaVu", style, size)
        self.multi_cell(w, h or size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def heading(self, text, size=12, rule=True):
        self.ln(2)
        self.set_font("DejaVu", "B", size)
        self.cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
        if rule:
            y = self.get_y() + 0.5
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(1.5)
        self.set_font("DejaVu", "", 10)

    def left_right(self, left, right, size=10, style="B"):
        """Title on the left, dates right-aligned on the same line."""
        self.set_font("DejaVu", style, size)
        y = self.get_y()
        self.cell(0, size * 0.5, left)
        self.set_font("DejaVu", "", size)
        self.set_xy(self.l_margin, y)
        self.cell(0, size * 0.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
