"""Helpers to render evaluation documents (TXT / DOCX / PDF) and write their labels.

Only public APIs of fpdf2 and python-docx are used.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ---------------------------------------------------------------- label helpers
def edu(level, field, institution, year):
    return {"level": level, "field": field, "institution": institution, "year": year}


def exp(title, organisation, start, end):
    return {"title": title, "organisation": organisation, "start": start, "end": end}


def lang(language, level=None, stanag=None):
    return {"language": language, "level": level, "stanag": stanag}


def comp(*names):
    return [{"name": n} for n in names]


def cv_label(name, email, phone, nationality, education, military_staff_college,
             experience, languages, competencies=(), skills=()):
    return {
        "name": name, "email": email, "phone": phone, "nationality": nationality,
        "education": list(education), "military_staff_college": military_staff_college,
        "experience": list(experience), "languages": list(languages),
        "competencies": list(competencies), "skills": list(skills),
    }


def write_label(kind, filename, label):
    d = os.path.join(ROOT, kind, "labels")
    os.makedirs(d, exist_ok=True)
    lab = dict(label)
    lab = {"file": filename, **lab}
    with open(os.path.join(d, filename + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_text(kind, filename, text, encoding="utf-8"):
    path = os.path.join(ROOT, kind, filename)
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text.lstrip("\n"))


# ---------------------------------------------------------------- DOCX
def render_docx(kind, filename, blocks):
    """blocks: list of tuples
    ("title", text) | ("h", text) | ("h2", text) | ("p", text) | ("pb", bold, rest)
    ("bullet", text) | ("table", rows, header_bool) | ("twocol", left_blocks, right_blocks, widths_cm)
    ("header", text) | ("footer", text) | ("pagebreak",)
    """
    import docx
    from docx.shared import Pt, Cm

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    def emit(container, b):
        k = b[0]
        if k == "title":
            if container is doc:
                doc.add_heading(b[1], 0)
            else:
                p = container.add_paragraph()
                r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
        elif k == "h":
            if container is doc:
                doc.add_heading(b[1], 1)
            else:
                p = container.add_paragraph()
                r = p.add_run(b[1].upper()); r.bold = True
        elif k == "h2":
            if container is doc:
                doc.add_heading(b[1], 2)
            else:
                p = container.add_paragraph()
                r = p.add_run(b[1]); r.bold = True; r.italic = True
        elif k == "p":
            container.add_paragraph(b[1])
        elif k == "pb":
            p = container.add_paragraph()
            r = p.add_run(b[1]); r.bold = True
            p.add_run(b[2])
        elif k == "bullet":
            container.add_paragraph(b[1], style="List Bullet")
        elif k == "table":
            rows = b[1]
            header = b[2] if len(b) > 2 else False
            ncol = max(len(r) for r in rows)
            t = container.add_table(rows=len(rows), cols=ncol)
            t.style = doc.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    lines = val.split("\n")
                    cell.text = lines[0]
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
                    if header and i == 0:
                        for par in cell.paragraphs:
                            for r in par.runs:
                                r.bold = True
            if container is doc:
                doc.add_paragraph("")
        elif k == "twocol":
            left, right = b[1], b[2]
            t = container.add_table(rows=1, cols=2)
            widths = b[3] if len(b) > 3 else (5.5, 11.5)
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
                t.cell(0, j).width = Cm(w)
            lc, rc = t.cell(0, 0), t.cell(0, 1)
            # remove the default empty paragraph after use
            for cell, blks in ((lc, left), (rc, right)):
                first = cell.paragraphs[0]
                for bb in blks:
                    emit(cell, bb)
                if first.text == "" and len(cell.paragraphs) > 1:
                    first._element.getparent().remove(first._element)
        elif k == "header":
            doc.sections[0].header.paragraphs[0].text = b[1]
        elif k == "footer":
            doc.sections[0].footer.paragraphs[0].text = b[1]
        elif k == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(k)

    for b in blocks:
        emit(doc, b)
    doc.core_properties.author = ""
    doc.save(os.path.join(ROOT, kind, filename))


# ---------------------------------------------------------------- PDF
def _pdf():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    pdf.set_font("DV", "", 10)
    return pdf


def render_pdf(kind, filename, blocks):
    """blocks as for DOCX plus:
    ("twocol", left_blocks, right_blocks, left_width_mm) -> real side-by-side columns
    ("kv", key, value) -> key in bold on the left (35 mm), value wrapped on the right
    ("row3", a, b, c) -> three positioned cells on one line (e.g. title | organisation | dates)
    ("table", rows, header_bool, col_widths_mm or None)
    ("rule",) -> horizontal line ; ("gap", mm)
    """
    pdf = _pdf()

    def emit(b, width):
        k = b[0]
        x0 = pdf.l_margin
        if k == "title":
            pdf.set_font("DV", "B", 17)
            pdf.multi_cell(width, 8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 10)
        elif k == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(width, 6.5, b[1].upper(), new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            pdf.line(x0, y, x0 + (width or (pdf.w - pdf.r_margin - x0)), y)
            pdf.ln(1)
            pdf.set_font("DV", "", 10)
        elif k == "h2":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(width, 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 10)
        elif k == "p":
            pdf.multi_cell(width, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "i":
            pdf.set_font("DV", "I", 9.5)
            pdf.multi_cell(width, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 10)
        elif k == "pb":
            pdf.set_font("DV", "B", 10)
            pdf.write(5, b[1])
            pdf.set_font("DV", "", 10)
            pdf.write(5, b[2])
            pdf.ln(5)
        elif k == "bullet":
            pdf.multi_cell(width, 5, "\u2022 " + b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "kv":
            y = pdf.get_y()
            pdf.set_font("DV", "B", 10)
            pdf.set_xy(x0, y)
            pdf.multi_cell(35, 5, b[1], new_x="RIGHT", new_y="TOP")
            y_after_key = pdf.get_y()
            pdf.set_font("DV", "", 10)
            pdf.set_xy(x0 + 37, y)
            w = (width - 37) if width else 0
            pdf.multi_cell(w, 5, b[2], new_x="LMARGIN", new_y="NEXT")
        elif k == "row3":
            y = pdf.get_y()
            total = width or (pdf.w - pdf.r_margin - x0)
            ws = b[4] if len(b) > 4 else (total * 0.45, total * 0.33, total * 0.22)
            ys = []
            xx = x0
            for txt, w, st in zip(b[1:4], ws, ("B", "", "I")):
                pdf.set_xy(xx, y)
                pdf.set_font("DV", st, 9.5)
                pdf.multi_cell(w - 1, 5, txt, new_x="RIGHT", new_y="TOP")
                ys.append(pdf.get_y())
                xx += w
            # multi_cell with new_y=TOP leaves y at top; compute heights by re-measuring
            hmax = 0
            for txt, w in zip(b[1:4], ws):
                lines = pdf.multi_cell(w - 1, 5, txt, dry_run=True, output="LINES")
                hmax = max(hmax, 5 * len(lines))
            pdf.set_font("DV", "", 10)
            pdf.set_xy(x0, y + hmax + 1)
        elif k == "table":
            rows = b[1]
            header = b[2] if len(b) > 2 else False
            widths = b[3] if len(b) > 3 and b[3] else None
            pdf.set_font("DV", "", 9)
            kw = {"first_row_as_headings": header, "text_align": "LEFT", "line_height": 4.8}
            if widths:
                kw["col_widths"] = widths
            if width:
                kw["width"] = width
            with pdf.table(**kw) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
            pdf.set_font("DV", "", 10)
        elif k == "rule":
            y = pdf.get_y()
            pdf.line(x0, y, pdf.w - pdf.r_margin, y)
            pdf.ln(1)
        elif k == "gap":
            pdf.ln(b[1])
        elif k == "twocol":
            left, right = b[1], b[2]
            lw = b[3] if len(b) > 3 else 55
            y0 = pdf.get_y()
            old_l = pdf.l_margin
            # left column
            pdf.set_left_margin(old_l)
            pdf.set_xy(old_l, y0)
            for bb in left:
                emit(bb, lw)
            y_left, p_left = pdf.get_y(), pdf.page
            # right column
            pdf.set_left_margin(old_l + lw + 6)
            pdf.set_xy(old_l + lw + 6, y0)
            for bb in right:
                emit(bb, 0)
            pdf.set_left_margin(old_l)
            if pdf.page == p_left and y_left > pdf.get_y():
                pdf.set_y(y_left)
            pdf.set_x(old_l)
        else:
            raise ValueError(k)

    for b in blocks:
        emit(b, 0)
    pdf.output(os.path.join(ROOT, kind, filename))
