"""Small reportlab helpers (DejaVu fonts so that accents, dashes and bullets are real Unicode)."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate,
                                Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from common import FONT_DIR

pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))

BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=12.5, alignment=TA_LEFT,
                      spaceAfter=3)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", parent=BODY, fontName="DVB", fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="DVB", fontSize=11, leading=14, spaceBefore=7,
                    spaceAfter=3)
H3 = ParagraphStyle("h3", parent=BODY, fontName="DVB", fontSize=9.5, leading=12.5, spaceBefore=4)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=12, bulletIndent=2, bulletFontName="DV")
IND = ParagraphStyle("ind", parent=BODY, leftIndent=18, firstLineIndent=-12)
SERIF = ParagraphStyle("serif", parent=BODY, fontName="DVS")
SERIF_H = ParagraphStyle("serifh", parent=H2, fontName="DVSB")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BUL, mark="•"):
    return [Paragraph(t, style, bulletText=mark) for t in items]


def grid(rows, widths, header=True, font="DV", size=8.5, lines=True):
    st = ParagraphStyle("cell", parent=BODY, fontName=font, fontSize=size, leading=size + 2.5,
                        spaceAfter=0)
    sth = ParagraphStyle("cellh", parent=st, fontName="DVB")
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), sth if (header and i == 0) else st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if lines:
        style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    t.setStyle(TableStyle(style))
    return t


def one_column(path, flow, margins=18 * mm):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins, rightMargin=margins,
                            topMargin=16 * mm, bottomMargin=16 * mm)
    doc.build(flow)


def sidebar_layout(path, side_flow, main_flow, side_w=58 * mm, gap=7 * mm, margin=14 * mm,
                   side_first=True, shade=True, side_right=False):
    """Real two-column page: a narrow sidebar frame and a wide main frame on page 1; later pages
    use one wide frame. side_first: the sidebar is laid out (and stored) before the main column."""
    W, H = A4
    top, bottom = 14 * mm, 14 * mm
    fh = H - top - bottom
    main_w = W - 2 * margin - side_w - gap
    side_x = W - margin - side_w if side_right else margin
    main_x = margin if side_right else margin + side_w + gap
    side = Frame(side_x, bottom, side_w, fh, id="side", leftPadding=4, rightPadding=4)
    main = Frame(main_x, bottom, main_w, fh, id="main")
    full = Frame(margin, bottom, W - 2 * margin, fh, id="full")

    def bg(canvas, doc):
        if shade:
            canvas.saveState()
            canvas.setFillColor(colors.HexColor("#eef1f5"))
            canvas.rect(side_x - 2, bottom - 2, side_w + 4, fh + 4, stroke=0, fill=1)
            canvas.restoreState()

    frames = [side, main] if side_first else [main, side]
    doc = BaseDocTemplate(path, pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=bg),
                          PageTemplate(id="one", frames=[full])])
    first, second = (side_flow, main_flow) if side_first else (main_flow, side_flow)
    flow = [NextPageTemplate("one")] + list(first) + [FrameBreak()] + list(second)
    doc.build(flow)


def two_flowing_columns(path, head_flow, body_flow, margin=15 * mm, gap=8 * mm, head_h=38 * mm):
    """Newspaper layout: a full-width head on page 1, then text flowing in two equal columns."""
    W, H = A4
    top, bottom = 14 * mm, 14 * mm
    colw = (W - 2 * margin - gap) / 2
    head = Frame(margin, H - top - head_h, W - 2 * margin, head_h, id="head")
    ch = H - top - head_h - bottom
    c1 = Frame(margin, bottom, colw, ch, id="c1")
    c2 = Frame(margin + colw + gap, bottom, colw, ch, id="c2")
    d1 = Frame(margin, bottom, colw, H - top - bottom, id="d1")
    d2 = Frame(margin + colw + gap, bottom, colw, H - top - bottom, id="d2")
    doc = BaseDocTemplate(path, pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="first", frames=[head, c1, c2]),
                          PageTemplate(id="later", frames=[d1, d2])])
    doc.build([NextPageTemplate("later")] + list(head_flow) + [FrameBreak()] + list(body_flow))


__all__ = ["P", "bullets", "grid", "one_column", "sidebar_layout", "two_flowing_columns", "esc",
           "BODY", "SMALL", "H1", "H2", "H3", "BUL", "IND", "SERIF", "SERIF_H", "Spacer", "mm"]
