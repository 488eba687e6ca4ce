"""Shared helpers for corpus readers5fr: label builder and the four document writers.

A notice is a list of blocks written by hand: ("title", s), ("h", s), ("p", s), ("li", s), ("kv", (key, value)),
("sep", None). The same blocks are rendered as TXT, HTML, DOCX or PDF. Labels are written by hand next to the
blocks (notices5fr.py); nothing here derives a label from a document.
"""
import html
import json
import os

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTICES = os.path.join(ROOT, "notices")
LABELS = os.path.join(NOTICES, "labels")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ---------------------------------------------------------------- label
def notice_label(file, title, organisation, location, grade, deadline, degree, conditions, languages,
                 competencies, restricted, nationalities, clearance, essential, desirable):
    """degree = (level, fields, fields_required, alternatives); conditions = [(years, context)];
    languages = (rule, high, low, [(language, level)], [stanag]); competencies = [(name, level_text, rung)]."""
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
        "competencies": [{"name": n, "level_text": t, "rung": r} for (n, t, r) in competencies],
        "nationality_restricted": restricted,
        "nationalities": list(nationalities),
        "clearance": clearance,
        "essential": list(essential),
        "desirable": list(desirable),
    }


def write_label(label):
    path = os.path.join(LABELS, label["file"] + ".json")
    text = json.dumps(label, ensure_ascii=False, indent=2) + "\n"
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            if fh.read() != text:
                raise SystemExit(f"refusing to change the fixed label {path}")
        return
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o444)


# ---------------------------------------------------------------- renderers
def render_txt(blocks, bullet="-", kv_sep=": "):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += ["", val, ""]
        elif kind == "h":
            out += ["", val]
        elif kind == "p":
            out.append(val)
        elif kind == "li":
            out.append(f"{bullet} {val}")
        elif kind == "kv":
            out.append(f"{val[0]}{kv_sep}{val[1]}")
        elif kind == "sep":
            out.append("")
    return "\n".join(out).strip() + "\n"


def render_html(blocks, lang, page_title, chrome_top="", chrome_bottom=""):
    def e(s):
        return html.escape(s, quote=False)
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{e(page_title)}</title>\n'
           '<style>body{font-family:Arial,sans-serif;max-width:860px;margin:auto} th{text-align:left}</style>\n'
           '</head>\n<body>']
    if chrome_top:
        out.append(chrome_top)
    out.append('<main class="vacancy">')
    in_ul = False
    in_table = False
    for kind, val in blocks:
        if kind != "li" and in_ul:
            out.append("</ul>")
            in_ul = False
        if kind != "kv" and in_table:
            out.append("</table>")
            in_table = False
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "li":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"  <li>{e(val)}</li>")
        elif kind == "kv":
            if not in_table:
                out.append('<table class="facts">')
                in_table = True
            out.append(f"  <tr><th>{e(val[0])}</th><td>{e(val[1])}</td></tr>")
    if in_ul:
        out.append("</ul>")
    if in_table:
        out.append("</table>")
    out.append("</main>")
    if chrome_bottom:
        out.append(chrome_bottom)
    out.append("</body>\n</html>\n")
    return "\n".join(out)


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    kv_rows = []

    def flush():
        if kv_rows:
            t = doc.add_table(rows=len(kv_rows), cols=2)
            t.style = "Table Grid"
            for r, (k, v) in enumerate(kv_rows):
                t.cell(r, 0).text = k
                t.cell(r, 1).text = v
                for run in t.cell(r, 0).paragraphs[0].runs:
                    run.bold = True
            kv_rows.clear()

    for kind, val in blocks:
        if kind != "kv":
            flush()
        if kind == "title":
            doc.add_heading(val, level=1)
        elif kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "kv":
            kv_rows.append(val)
    flush()
    doc.save(path)


class PDF(FPDF):
    header_text = None
    footer_text = None

    def __init__(self, **kw):
        super().__init__(**kw)
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
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
            self.cell(0, 5, self.footer_text.replace("{p}", str(self.page_no())).replace("{n}", "{nb}"), align="C")
            self.set_font("DejaVu", "", 10)


def render_pdf(blocks, path, header_text=None, footer_text=None):
    pdf = PDF(format="A4")
    pdf.header_text = header_text
    pdf.footer_text = footer_text
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    for kind, val in blocks:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 7, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y() + 0.3
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(1.2)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "li":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(4, 5, "•")
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(62, 6, val[0], border=1)
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 6, val[1], border=1, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sep":
            pdf.ln(3)
    pdf.output(path)


def write(file, fmt, blocks, **kw):
    path = os.path.join(NOTICES, file)
    if fmt == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(kw.get("pre", "") + render_txt(blocks, kw.get("bullet", "-"), kw.get("kv_sep", ": ")) + kw.get("post", ""))
    elif fmt == "html":
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render_html(blocks, kw["lang"], kw["page_title"], kw.get("chrome_top", ""),
                                 kw.get("chrome_bottom", "")))
    elif fmt == "docx":
        render_docx(blocks, path, kw.get("header_text"), kw.get("footer_text"))
    elif fmt == "pdf":
        render_pdf(blocks, path, kw.get("header_text"), kw.get("footer_text"))
    else:
        raise ValueError(fmt)
