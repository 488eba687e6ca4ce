"""A PDF page's words in the order a person reads them (pdfplumber, run in the sandbox).

pypdf gives text in the order it was drawn, which for a two-column CV or a table may be any order.
Here the words with their positions are laid out again:

- ruled tables (pdfplumber's ``find_tables``) become one line per row, cells joined by " | ";
- the other words are grouped into lines by height, and a line's parts far apart (more than about one
  character height of blank) are joined by " | ", as cells of one row;
- a column gutter (a band of blank running down a run of lines, with text on both sides) splits those
  lines when the page was drawn a column at a time (the order of the words in the PDF goes down the left
  side, then down the right one, as word processors write columns): the left column is read to its end,
  then the right one. Text drawn row by row (a label and its value, dates and the post beside them) is
  kept as rows.

Everything is plain data in, plain text out; ``page_lines`` takes pdfplumber's word and table boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

# Blank between two words, in font heights, above which they are separate cells of a row.
CELL_GAP = 1.2
# A blank wider than this many font heights is never one between words of a justified line.
MAX_WORD_GAP = 3
# A gutter runs down at least this many lines.
MIN_COLUMN_LINES = 6
MAX_COLUMN_CROSSINGS = 2


@dataclass(frozen=True, slots=True)
class Part:
    """Words of one line that belong together (a cell, a column's share of a line)."""

    x0: float
    x1: float
    top: float
    text: str
    order: int  # where its first word comes in the PDF's drawing order
    # Its words' (x0, x1, text, order): where a column's gutter may run through a part read as one cell.
    words: tuple[tuple[float, float, str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Line:
    top: float
    parts: tuple[Part, ...]

    def text(self) -> str:
        return " | ".join(part.text for part in self.parts)


def page_lines(
    words: list[dict], tables: list[tuple[tuple, list[list[str | None]]]], width: float
) -> list[str]:
    """The page's text lines in reading order.

    ``words``: pdfplumber word dicts (``text``, ``x0``, ``x1``, ``top``, ``bottom``) in the order the PDF
    draws them; ``tables``: each table's bounding box and its rows of cell texts.
    """
    words = [{**word, "order": n} for n, word in enumerate(words)]
    placed: list[tuple[float, list[str]]] = []
    for bbox, rows in tables:
        cells = [[" ".join((cell or "").split()) for cell in row] for row in rows]
        placed.append((bbox[1], [" | ".join(c for c in row if c) for row in cells if any(row)]))
    free = [w for w in words if not any(_inside(w, bbox) for bbox, _ in tables)]
    lines = _lines(free)
    # Tables are read where they stand between the other lines.
    blocks = _blocks(lines, width)
    placed.extend((top, texts) for top, texts in blocks)
    placed.sort(key=lambda item: item[0])
    return [text for _, texts in placed for text in texts]


def _inside(word: dict, bbox: tuple) -> bool:
    x0, top, x1, bottom = bbox
    middle_x, middle_y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _lines(words: list[dict]) -> list[Line]:
    """Words grouped into lines (vertical overlap), each line cut into parts at wide blanks."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        height = word["bottom"] - word["top"]
        for row in rows[-3:]:
            anchor = row[0]
            if abs(anchor["top"] - word["top"]) <= 0.5 * max(height, anchor["bottom"] - anchor["top"]):
                row.append(word)
                break
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        height = median(w["bottom"] - w["top"] for w in row) or 10.0
        gaps = [b["x0"] - a["x1"] for a, b in zip(row, row[1:])]
        # A justified line stretches every blank alike: a cell's blank stands out from the others. A blank
        # of several font heights is a cell's whatever the others (a row of cells, most blanks between them:
        # "GRADE    LOCATION    CLOSING DATE    CONTRACT").
        wide = CELL_GAP * height
        if len(gaps) >= 3:
            wide = max(wide, min(2 * median(gaps), MAX_WORD_GAP * height))
        parts, current = [], [row[0]]
        for previous, word in zip(row, row[1:]):
            if word["x0"] - previous["x1"] > wide:
                parts.append(current)
                current = []
            current.append(word)
        parts.append(current)
        lines.append(
            Line(
                top=min(w["top"] for w in row),
                parts=tuple(
                    Part(
                        p[0]["x0"],
                        max(w["x1"] for w in p),
                        min(w["top"] for w in p),
                        _join(p),
                        min(w["order"] for w in p),
                        tuple((w["x0"], w["x1"], w["text"], w["order"]) for w in p),
                    )
                    for p in parts
                ),
            )
        )
    lines.sort(key=lambda line: line.top)
    return lines


def _join(words: list[dict]) -> str:
    return " ".join(w["text"] for w in words)


def _blocks(lines: list[Line], width: float) -> list[tuple[float, list[str]]]:
    """Lines as blocks of text with their top: a run of lines split by a gutter is its left column's
    lines followed by its right column's."""
    if not lines:
        return []
    best = _gutter(lines, width)
    if best is None:
        return [(line.top, [line.text()]) for line in lines]
    x, start, stop = best
    run = [
        Line(line.top, tuple(q for p in line.parts for q in _split_at(p, x))) for line in lines[start:stop]
    ]
    left = [Line(line.top, tuple(p for p in line.parts if p.x1 <= x)) for line in run]
    right = [Line(line.top, tuple(p for p in line.parts if p.x0 >= x)) for line in run]
    column_text = [line.text() for line in (*left, *right) if line.parts]
    return [
        *_blocks(lines[:start], width),
        (lines[start].top, column_text),
        *_blocks(lines[stop:], width),
    ]


def _gutter(lines: list[Line], width: float) -> tuple[float, int, int] | None:
    """(x, first line, line after the last) of the longest run of lines that a vertical blank at x splits
    into two columns; None when there is none."""
    best: tuple[int, float, int, int] | None = None
    for step in range(int(width * 0.15), int(width * 0.85), 3):
        x = float(step)
        start = 0
        for i in range(len(lines) + 1):
            crossed = i == len(lines) or any(p.x0 < x < p.x1 and not _opens_at(p, x) for p in lines[i].parts)
            if not crossed:
                continue
            run = lines[start:i]
            longer = best is None or len(run) > best[0]
            if longer and len(run) >= MIN_COLUMN_LINES and _two_columns(run, x, width):
                best = (len(run), x, start, i)
            start = i + 1
    return None if best is None else best[1:]


def _opens_at(part: Part, x: float) -> bool:
    """Whether x falls in the widest blank between the part's words, twice as wide as the others' middle:
    two columns' justified lines read as one cell ("... experience in personnel   - Au moins 2 années")."""
    blanks = [(b[0] - a[1], a[1], b[0]) for a, b in zip(part.words, part.words[1:])]
    if len(blanks) < 3:
        return False
    widest = max(blanks)
    return widest[1] <= x <= widest[2] and widest[0] > 1.5 * median(blank for blank, _, _ in blanks)


def _split_at(part: Part, x: float) -> tuple[Part, ...]:
    """The part cut in two at the blank x falls in, when it opens there."""
    if not (part.x0 < x < part.x1 and _opens_at(part, x)):
        return (part,)
    halves = ([w for w in part.words if w[1] <= x], [w for w in part.words if w[0] >= x])
    return tuple(
        Part(h[0][0], h[-1][1], part.top, " ".join(w[2] for w in h), min(w[3] for w in h), tuple(h))
        for h in halves
    )


def _two_columns(run: list[Line], x: float, width: float) -> bool:
    """Whether the lines of the run are two columns split at x: text on both sides, drawn one side at a time
    (the drawing order crosses from one side to the other at most twice), or two halves of the page both
    filled with running text (a text and its translation beside it, drawn paragraph by paragraph)."""
    left = [p for line in run for p in line.parts if p.x1 <= x]
    right = [p for line in run for p in line.parts if p.x0 >= x]
    if len({p.top for p in left}) < 3 or len({p.top for p in right}) < 3:
        return False
    sides = [side for _, side in sorted([(p.order, 0) for p in left] + [(p.order, 1) for p in right])]
    crossings = sum(a != b for a, b in zip(sides, sides[1:]))
    return crossings <= MAX_COLUMN_CROSSINGS or _halves_of_text(left, right, x, width)


# Two halves of running text: the gutter near the middle and, on both sides, several lines wrapped at the
# column's edge, longer than this share of the page (a table's narrow column of dates or labels beside its
# text is no such half).
HALF_TEXT_WIDTH = 0.3
MIN_WRAPPED_LINES = 3


def _halves_of_text(left: list[Part], right: list[Part], x: float, width: float) -> bool:
    if not 0.4 * width <= x <= 0.6 * width:
        return False
    return all(
        sum(p.x1 - p.x0 >= HALF_TEXT_WIDTH * width for p in side) >= MIN_WRAPPED_LINES
        for side in (left, right)
    )
