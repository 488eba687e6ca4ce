"""Plain-text tables read as a person reads them, before the lines are classified.

Notices put their requirements, and platforms their header fields, in tables that reach the parser as
text: cells between "|" (a DOCX or PDF table, a Markdown table) or columns padded with spaces. Read row by
row they are nonsense ("A university degree in law, preferably | Essential"), so each table is rewritten
as the lines it stands for:

- a column of statuses ("Essential"/"Desirable", "Required"/"Preferred"), or of marks under such column
  headings ("X", "✓"): an "Essential" and a "Desirable" heading, each with its rows as bullets;
- columns headed "Essential" and "Desirable" (also padded with spaces): each column as a bulleted list;
- columns headed Listening, Speaking, Reading and Writing (STANAG 6001 levels): "English: Listening 3,
  Speaking 3, Reading 3, Writing 2", a line per language;
- "Label | value" rows: "Label: value" lines; a single row of short cells ("Office of Resources (OR) |
  Brussels, Belgium | A-2"): one line per cell;
- any other table: its rows, cells joined by " | ";
- a grid table drawn with "+", "-" and "|": the same, a cell spanning rows read on each of them;
- records, one per requirement, whose header line holds the status ("Req 01 | Type: ESSENTIAL | Category:
  Education", "[Desirable] Languages") and whose text follows on the lines under it (an applicant tracking
  system's export): an "Essential" and a "Desirable" heading, each with its records' texts as bullets.

A cell that wraps onto the next row (the other cells of that row empty, or the row starting with an empty
first cell) is joined to the cell above.

>>> linearise_tables(["| Requirement | Status |", "|---|---|", "| A degree in law | Essential |"])
['Essential', '- A degree in law']
"""

from __future__ import annotations

import re
from collections.abc import Callable

_STATUS = {
    "essential": "Essential",
    "required": "Essential",
    "mandatory": "Essential",
    "must have": "Essential",
    "minimum": "Essential",
    "desirable": "Desirable",
    "preferred": "Desirable",
    "desired": "Desirable",
    "advantageous": "Desirable",
    "an advantage": "Desirable",
    "advantage": "Desirable",
    "asset": "Desirable",
    "an asset": "Desirable",
    "nice to have": "Desirable",
    "optional": "Desirable",
    # A column of letters, its legend under the table ("E = essential, D = desirable").
    "e": "Essential",
    "d": "Desirable",
    "ess": "Essential",
    "des": "Desirable",
}
# That legend: status letters defined ("E = essential (all must be met), D = desirable."), no requirement.
_LEGEND = re.compile(
    r"^[\W_]*[A-Z]{1,3}\s*[=:]\s*(?:essential|required|mandatory)\b.{0,120}?\b[A-Z]{1,3}\s*[=:]\s*"
    r"(?:desirable|preferred|optional|an? (?:asset|advantage))\W*$",
    re.IGNORECASE,
)
# Words that head the requirement column of such a table.
_COLUMN_WORDS = re.compile(
    r"^(?:requirements?|criteri(?:a|on)|qualifications?|skills?|area|competence|experience|item|description)$",
    re.IGNORECASE,
)
_MARK = re.compile(r"^(?:x|✓|✔|yes|oui|•|\*|e|d)$", re.IGNORECASE)
# A Markdown table's delimiter cell is one dash or more, colons marking the alignment ("--:", ":-:").
_SEPARATOR_CELL = re.compile(r"^:?-+:?$|^=+$|^$")
# A short label in a table's first column ("Post title", "Grade", "Closing date").
_LABEL_CELL = re.compile(r"^[A-Z][\w /'().&-]{1,40}$")
_SENTENCE_END = (".", ";", ":", "!", "?")
# Columns padded with spaces: two or more spaces between the cells.
_GAP = re.compile(r"\S(?:.*?\S)??(?=\s{2,}|\s*$)")


def linearise_tables(lines: list[str], chrome: Callable[[str], bool] = lambda cell: False) -> list[str]:
    """The lines with every table rewritten (see the module docstring); other lines unchanged. A single
    row with a cell that ``chrome`` calls page chrome ("Home | Jobs | Login") is a menu: left as it is."""
    result: list[str] = []
    i = 0
    while i < len(lines):
        items, end = records(lines, i)
        if items:
            result.extend(items)
            i = end
            continue
        grid, end = grid_table(lines, i)
        if grid:
            result.extend(grid)
            i = end
            continue
        rows, end = _pipe_block(lines, i)
        if len(rows) == 1 and any(chrome(cell) for cell in rows[0]):
            rows = []
        if rows:
            result.extend(_rewrite(rows))
            i = end
            continue
        columns, end = _padded_block(lines, i)
        if columns:
            result.extend(_rewrite(columns))
            i = end
            continue
        if _LEGEND.match(lines[i]):
            i += 1
            continue
        if i == 0 or not lines[i - 1].strip():
            halves, end = side_by_side(lines, i)
            if halves:
                result.extend(halves)
                i = end
                continue
        result.append(lines[i])
        i += 1
    return result


# Records -------------------------------------------------------------------------------------------

# A record header's cells: "Req 01 | Type: ESSENTIAL | Category: Education", "#2 - Desirable - Languages".
_RECORD_SPLIT = re.compile(r"\s*(?:\||\s[-–—]\s|\t|\s{2,})\s*|(?<=\])\s*|\s*(?=\[)")
_RECORD_STATUS = re.compile(
    r"^[\[(]?(?:(?:requirement\s+|criterion\s+)?(?:type|priority|status|class|classification|kind|category)"
    r"\s*[:=]\s*)?(?P<status>[a-z][a-z ]{2,14}?)[\])]?$",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"^(?:[-*•·▪●]|\d{1,2}[.)]|\(?[a-h]\))\s+")
_RECORD_RULE = re.compile(r"^\s*(?:[-=_*~]{3,}|[-=_*~](?:\s[-=_*~]){2,})\s*$")


def _record_status(line: str) -> str | None:
    """The status a record's header line gives ("Req 01 | Type: ESSENTIAL | Category: Education"), None
    for any other line: at least two short cells, exactly one of them a status."""
    text = line.strip()
    if not text or len(text) > 100 or text.endswith((".", ";", ",")):
        return None
    cells = [cell for cell in _RECORD_SPLIT.split(text) if cell and cell.strip()]
    if len(cells) < 2 or any(len(cell.split()) > 6 for cell in cells):
        return None
    statuses = [_status(m.group("status")) for cell in cells if (m := _RECORD_STATUS.match(cell.strip()))]
    statuses = [status for status in statuses if status]
    # A record is numbered ("Req 01", "#2") or its status is a tag ("[Essential]"); "Qualifications -
    # Essential" is a heading.
    if not re.search(r"\d|^\[", text):
        return None
    return statuses[0] if len(statuses) == 1 else None


def records(lines: list[str], start: int) -> tuple[list[str], int]:
    """Requirements written as records (see the module docstring) from ``start``: the "Essential" and
    "Desirable" lists they stand for, and where they end; ([], start) unless two records follow each other.

    >>> records(["Req 01 | Type: ESSENTIAL", "  A degree in law.", "Req 02 | Type: DESIRABLE", "  French."], 0)
    (['Essential', '- A degree in law.', 'Desirable', '- French.'], 4)
    """
    lists: dict[str, list[str]] = {"Essential": [], "Desirable": []}
    found = 0
    i = start
    while i < len(lines):
        status = _record_status(lines[i])
        if status is None:
            break
        text, i = [], i + 1
        indent = None
        while i < len(lines) and lines[i].strip() and not _RECORD_RULE.match(lines[i]):
            if _record_status(lines[i]) is not None or pipe_cells(lines[i]) is not None:
                break  # the next record, or a table's row: records have their text on lines of its own
            depth = len(lines[i]) - len(lines[i].lstrip())
            indent = depth if indent is None else indent
            if indent and depth < indent:
                break  # the records' text is indented: a line at the margin is no part of it
            text.append(lines[i].strip())
            i += 1
        if not text or any(_LIST_MARK.match(line) for line in text):
            break  # a record holds one requirement, not a list
        lists[status].append(" ".join(text))
        found += 1
        while i < len(lines) and not lines[i].strip() and i + 1 < len(lines) and _record_status(lines[i + 1]):
            i += 1  # records spaced by blank lines
    if found < 2:
        return [], start
    return _lists(lists), i


# Grid tables -----------------------------------------------------------------------------------

# A grid table's border: "+------+-------+", "+======+".
_GRID_BORDER = re.compile(r"^\+(?:[-=]+\+)+$")


def grid_table(lines: list[str], start: int) -> tuple[list[str], int]:
    """A grid table drawn with "+", "-" and "|" (a text export of a word processor's table, Pandoc's grid
    tables) from ``start``: its rows read as any table's (see ``_rewrite``), a row that spans the table (a
    caption) as a line of its own. A cell spanning several rows ("ESSENTIAL" beside five requirements,
    drawn across their "+----" rules) is read on each of them; a cell's wrapped lines are joined, and where
    every line of a row has text in every column, each line is a row. ([], start) for any other line.

    >>> grid_table(["+-----------+------+", "|           |a. Law|", "| ESSENTIAL +------+", "|           |b. SQL|",
    ...             "+-----------+------+"], 0)[0]
    ['Essential', '- a. Law', '- b. SQL']
    """
    if not _GRID_BORDER.match(lines[start].strip()):
        return [], start
    indent = len(lines[start]) - len(lines[start].lstrip())
    block = [lines[start][indent:].rstrip()]
    end = start + 1
    while end < len(lines) and lines[end][indent:].startswith(("|", "+")):
        block.append(lines[end][indent:].rstrip())
        end += 1
    if len(block) < 3 or not _GRID_BORDER.match(block[-1]):
        return [], start
    result: list[str] = []
    rows: list[list[str]] = []
    border = block[0]
    group: list[str] = []
    for line in block[1:]:
        if not _GRID_BORDER.match(line):
            group.append(line)
            continue
        # A band's columns are drawn by the rule above it or, under a top rule drawn without them (a word
        # processor's text export), by the rule below it.
        cuts = max(([n for n, ch in enumerate(rule) if ch == "+"] for rule in (border, line)), key=len)
        found = _grid_rows(group, cuts)
        if len(cuts) == 2:
            # A row across the whole table: a caption or a heading, no cell of the table.
            if rows:
                result.extend(_rewrite(rows))
                rows = []
            result.extend(cell for row in found for cell in row if cell)
        else:
            if rows and len(found[0]) != len(rows[0]):
                result.extend(_rewrite(rows))
                rows = []
            rows.extend(found)
        border, group = line, []
    if rows:
        result.extend(_rewrite(rows))
    return result, end


def _grid_rows(group: list[str], cuts: list[int]) -> list[list[str]]:
    """The rows of one band of a grid table between two full rules."""
    spans = list(zip(cuts, cuts[1:]))
    # The last cell runs to its row's own right edge, which a text export may draw a few places off the rules'.
    texts = [
        [line[a + 1 : b].strip() for a, b in spans[:-1]] + [line[spans[-1][0] + 1 :].rstrip(" |").strip()]
        for line in group
    ]
    starts = [n for n, row in enumerate(texts) if row[0]]
    ruled = any(cell and set(cell) <= set("-=+") for row in texts for cell in row)
    if not ruled and len(starts) > 1 and starts[0] == 0 and all(all(texts[n]) for n in starts):
        # A row per line with a first cell ("Analytical Thinking | Sees multiple relationships"), the lines
        # under it with that cell empty its wrapped text.
        rows = []
        for n, row in enumerate(texts):
            if n in starts:
                rows.append(list(row))
            else:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row)]
        return rows
    columns: list[list[list[str]]] = []
    for n in range(len(spans)):
        parts: list[list[str]] = [[]]
        for row in texts:
            cell = row[n]
            if cell and set(cell) <= set("-=+"):
                parts.append([])  # this column's rule between two of its rows
            elif cell:
                parts[-1].append(cell)
        columns.append([part for part in parts if part] or [[]])
    height = max(len(parts) for parts in columns)
    rows = []
    for k in range(height):
        row = []
        for parts in columns:
            cell = parts[k] if len(parts) == height else [line for part in parts for line in part]
            row.append(" ".join(cell))
        rows.append(row)
    return rows


# Reading the rows ------------------------------------------------------------------------------------


def pipe_cells(line: str) -> list[str] | None:
    """The cells of a "|" row (outer bars optional), None for a line that is no row."""
    text = line.strip()
    if text.count("|") < 1 or not (" | " in text or text.startswith("|") or text.endswith("|")):
        return None
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    cells = [" ".join(cell.split()) for cell in text.split("|")]
    return cells if len(cells) >= 2 else None


# A rule under a text table's heading row: "------------+-----------+------", "|---|---|", "===  ===".
# A Markdown delimiter row may have cells of one or two dashes ("|--:|:-:|"): a bar-led row of such cells.
_RULE_ROW = re.compile(r"^\s*\|?[-=:+| ]*[-=]{3,}[-=:+| ]*$|^\s*\|(?:\s*:?-+:?\s*\|)+\s*$")


def _inner_cells(text: str) -> list[str]:
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    return [" ".join(cell.split()) for cell in text.split("|")]


def _pipe_block(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """The rows of a "|" table from ``start``, and where it ends. A rule row ("----+----") between its rows
    is skipped. Without outer bars ("Education | A degree | Essential"), a row whose text starts or ends
    with a bar ("            | or business administration |") has an empty first or last cell: a
    wrapped cell, which the rewriting joins to the row above."""
    raws = []
    i = start
    while i < len(lines):
        if raws and _RULE_ROW.match(lines[i]):
            i += 1
            continue
        text = lines[i].strip()
        if pipe_cells(text) is None and not (raws and len(text) > 2 and text[0] == text[-1] == "|"):
            break
        raws.append(lines[i].strip())
        i += 1
    header = pipe_cells(raws[0]) if raws else None
    statuses = [_status_in_words(cell) for cell in header or ()]
    if len(statuses) == 2 and statuses[0] and statuses[1] and statuses[0] != statuses[1] and len(raws) >= 2:
        raws[0] = f"{statuses[0]} | {statuses[1]}"
        # "YOU MUST HAVE | NICE TO HAVE": where the right column ran out, the rows go on at the left margin
        # without a bar ("defence context.", "English SLP 3333."): left cells, up to a blank line or a heading.
        # Rows with a label before the two lists ("Education | A degree | A master's"; the corner cell above
        # the labels left out): a line without bars between them is a further paragraph of a cell, read in
        # the first list (a DOCX reader writes a cell's further paragraphs after its row).
        labelled = any(len(pipe_cells(raw) or ()) > 2 for raw in raws[1:])
        while i < len(lines) and (text := lines[i].strip()) and lines[i][:1] not in " \t":
            if text.isupper() or (pipe_cells(text) is not None and not labelled):
                break
            if labelled and pipe_cells(text) is None and len(text.split()) < 4:
                break  # the next heading
            raws.append(text if pipe_cells(text) is not None else f"| {text} |" if labelled else f"{text} |")
            i += 1
    outer = sum(raw.startswith("|") for raw in raws) * 2 > len(raws)
    rows = []
    for raw in raws:
        cells = _inner_cells(raw) if outer else [" ".join(cell.split()) for cell in raw.split("|")]
        if cells and not all(_SEPARATOR_CELL.match(cell) for cell in cells):
            rows.append(cells)
    return rows, i


def _padded_block(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """A table padded with spaces, recognised by its heading row: two or more cells naming statuses
    ("Essential     Desirable"), or a requirement column beside them."""
    header = _padded_cells(lines[start])
    names = [text for _, text in header]
    skills = len(_skill_columns(names)) == 4 and len(names) <= 5
    if not skills and (
        len(header) < 2
        or not any(_status(name) for name in names)
        or not all(_status(name) or _COLUMN_WORDS.match(name) for name in names)
    ):
        return [], start
    starts = [offset for offset, _ in header]
    rows = [[text for _, text in header]]
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            # A blank line ends the table unless the next line is still laid out in its columns (and
            # does not open the next section: "4. COMPETENCIES          5. NATIONALITY").
            following = _padded_cells(lines[i + 1]) if i + 1 < len(lines) else []
            if following and _SECTION_CELL.match(following[0][1]):
                break
            if len(following) >= 2 or (following and following[0][0] >= starts[1] - 2):
                i += 1
                continue
            break
        cells = _padded_cells(line)
        row = [""] * len(starts)
        for offset, text in cells:
            column = max((n for n, s in enumerate(starts) if offset >= s - 2), default=0)
            row[column] = f"{row[column]} {text}".strip()
        rows.append(row)
        i += 1
    return (rows, i) if len(rows) >= 2 else ([], start)


_SECTION_CELL = re.compile(r"^(?:\d{1,2}\.\s*)?[A-Z][A-Z &/,'-]{3,}$")


def side_by_side(lines: list[str], start: int) -> tuple[list[str], int]:
    """A block of lines (up to a blank line) that a PDF laid out in two columns side by side ("1. SUMMARY
    ... 2. PRINCIPAL DUTIES"), read as a person reads it: the left column, a blank line, the right column.
    The columns are where at least three lines have text on both sides of one gap of two spaces or more
    at the same place, and no line runs across it. ([], start) for any other block.

    >>> side_by_side(["The Liaison Office supports the    The incumbent will:",
    ...               "defence reform of the host         - manage a portfolio of projects;",
    ...               "country and reports to its Head.   - report to donors."], 0)[0]
    ['The Liaison Office supports the', 'defence reform of the host', 'country and reports to its Head.', '', \
'The incumbent will:', '- manage a portfolio of projects;', '- report to donors.']
    """
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    block = lines[start:end]
    if len(block) < 3 or any(_GRID_BORDER.match(line.strip()) for line in block):
        return [], start  # a table drawn with "+---+" rules is read as a table (``grid_table``), not columns
    counts: dict[int, int] = {}
    for line in block:
        for offset, _ in _padded_cells(line)[1:]:
            if offset >= 20 and line[offset - 2 : offset] == "  ":
                counts[offset] = counts.get(offset, 0) + 1
    for column in sorted(counts, key=counts.__getitem__, reverse=True)[:3]:
        split = _split_at(block, column)
        if split:
            left, right = split
            tail, end = _column_tail(lines, end, column)
            return [*left, "", *right, *tail], end
    return [], start


def _column_tail(lines: list[str], end: int, column: int) -> tuple[list[str], int]:
    """The right column going on alone after a blank line, where the left one ended ("Nice-to-haves" and its
    bullets, every line starting at the column): read with the column, its indentation taken away."""
    start = end
    while start < len(lines) and not lines[start].strip():
        start += 1
    stop = start
    while stop < len(lines) and lines[stop].strip() and not lines[stop][: column - 1].strip():
        stop += 1
    if stop - start < 2 or (stop < len(lines) and lines[stop].strip()):
        return [], end
    return ["", *(line[column:].rstrip() for line in lines[start:stop])], stop


def _split_at(block: list[str], column: int) -> tuple[list[str], list[str]] | None:
    left, right, both, short = [], [], 0, 0
    for line in block:
        cut = column
        # The right column may start a character early or late on a line (proportional fonts).
        for offset in (column, column - 1, column + 1):
            if line[offset - 2 : offset].strip() == "" and line[offset : offset + 1].strip():
                cut = offset
                break
        if line[cut - 1 : cut].strip() and len(line) > cut:
            return None  # a line runs across the gap: no columns here
        if line[cut:].strip() and line[:cut].strip():
            both += 1
            # "Primary Location     The Hague", "Post title:     Officer": a table of fields, not two columns.
            # A short left part in lower case ("plans or analyses") is the column's wrapped sentence, no label.
            left_text = line[:cut].strip()
            short += (len(left_text.split()) <= 3 and not left_text[:1].islower()) or left_text.endswith(":")
        if line[:cut].strip():
            left.append(line[:cut].rstrip())
        if line[cut:].strip():
            right.append(line[cut:].rstrip())
    return (left, right) if both >= 3 and len(right) >= 3 and short * 2 <= both else None


def _padded_cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _GAP.finditer(line)]


# Rewriting -------------------------------------------------------------------------------------------


# Column headings that name a list's status in words ("YOU MUST HAVE | NICE TO HAVE", "What we need |
# What would help"), beyond the single words of _STATUS.
_ESSENTIAL_CELL = re.compile(
    r"^(?:(?:you|we|candidates?) (?:must|need to|should) (?:have|bring)|what (?:you|we) (?:need|must have|must bring"
    r"|require)|what we need|must[- ]haves?|required (?:qualifications|skills|experience)"
    r"|essential (?:qualifications|requirements|criteria|skills))$",
    re.IGNORECASE,
)
_DESIRABLE_CELL = re.compile(
    r"^(?:nice[- ]to[- ]haves?|(?:it's )?a plus|bonus(?: points)?|(?:what )?would help|what would make you stand out"
    r"|desirable (?:qualifications|requirements|criteria|skills)|preferred (?:qualifications|skills|experience)"
    r"|good to have|(?:an? )?(?:assets?|advantages?))$",
    re.IGNORECASE,
)


def _status(cell: str) -> str | None:
    return _STATUS.get(cell.strip(" *:.").casefold())


def _status_in_words(cell: str) -> str | None:
    """A status column heading, also in words ("YOU MUST HAVE", "Nice to have", "What would help")."""
    text = " ".join(cell.strip(" *:.!").split())
    if (found := _status(text)) or len(text.split()) > 6:
        return found
    return (
        "Essential" if _ESSENTIAL_CELL.match(text) else "Desirable" if _DESIRABLE_CELL.match(text) else None
    )


def _status_header(cells: list[str]) -> bool:
    return sum(_status(cell) is not None for cell in cells) >= (1 if len(cells) <= 3 else 2)


# A row number ("COMP 1", "R2", "#3") or the heading of their column ("#", "No.").
_ROW_NUMBER = re.compile(r"^(?:(?:[A-Za-z]{1,12}\.?\s*)?#?\d{1,3}[.)]?|#|No\.?|N°)$")
# A bare row number ("1", "2.") or its column's heading ("#", "No."), beside one cell of text.
_NUMBER_CELL = re.compile(r"^(?:\d{1,3}[.)]?|#|No\.?|N°)$")
# The heading of a column saying how a requirement is checked ("How assessed", "Evidence", "What we look for
# in your application"): no part of the requirement.
_EVIDENCE_CELL = re.compile(
    r"^(?:how (?:it is |this is |we )?(?:assessed|tested|measured|checked)|(?:evidence|proof)(?: required)?"
    r"|(?:method of )?assessment(?: method)?|means of verification|assessed (?:by|at|through|via)\b.*"
    r"|what we (?:look for|check|want to see)\b.*)$",
    re.IGNORECASE,
)


def _rewrite(rows: list[list[str]]) -> list[str]:
    width = max(len(row) for row in rows)
    if len(rows) > 1 and len(rows[0]) == width - 1 >= 2 and all(_status(cell) for cell in rows[0]):
        # "Essential | Desirable" over "Education | A degree | A master's": the corner cell above the rows'
        # labels was empty and left out.
        rows = [["", *rows[0]], *rows[1:]]
    rows = [row + [""] * (width - len(row)) for row in rows]
    if width >= 3 and all(_ROW_NUMBER.match(row[0]) for row in rows):
        # A first column of row numbers ("COMP 1", "R2", "#3"): the rows read without it.
        return _rewrite([row[1:] for row in rows])
    if (
        width == 2
        and all(_NUMBER_CELL.match(row[0]) for row in rows)
        and any(r[0][:1].isdigit() for r in rows)
    ):
        # "# | Requirement" over "1 | A university degree ...": a numbered list drawn as a table, its items
        # one a row; the heading row names the column, no item.
        return [f"- {row[1]}" for row in rows if row[0][:1].isdigit() and row[1]]
    header = rows[0]
    if len(rows) > 1 and len(_skill_columns(header)) == 4:
        return _by_skills(header, rows[1:])
    if _status_header(header) and len(rows) > 1:
        marks = _by_marks(header, rows[1:])
        if marks is not None:
            return marks
        if all(_status(cell) or not cell for cell in header[1:]) and _status(header[0]):
            return _by_columns(header, rows[1:])
        if sum(_status(cell) is not None for cell in header) >= 2:
            return _by_columns(header, rows[1:])
    headed = (_is_header(header) and not _first_row_of_statuses(rows)) or _heads_statuses(rows)
    if headed and (evidence := [n for n, cell in enumerate(header) if _EVIDENCE_CELL.match(cell)]):
        return _rewrite([[cell for n, cell in enumerate(row) if n not in evidence] for row in rows])
    body = rows[1:] if headed else rows
    status_column = _status_column(body)
    if status_column is not None:
        return _by_status(_joined(body, status_column), status_column)
    if len(rows) == 1:
        return _single_row(rows[0])
    # Up to six words: French field names are longer ("Date limite de dépôt des candidatures").
    if width == 2 and all(_LABEL_CELL.match(row[0]) and len(row[0].split()) <= 6 for row in rows if row[0]):
        return [f"{row[0]}: {row[1]}" if row[1] else row[0] for row in _joined(rows, 1)]
    return [" | ".join(cell for cell in row if cell) for row in _joined(rows, None)]


_SKILL_CELL = re.compile(r"^(?:listening|speaking|reading|writing)(?:\s*\([LSRW]\))?$", re.IGNORECASE)


_SKILL_LETTERS = {"L": "Listening", "S": "Speaking", "R": "Reading", "W": "Writing"}


def _skill_columns(header: list[str]) -> list[int]:
    named = [n for n, cell in enumerate(header) if _SKILL_CELL.match(cell)]
    if named:
        return named
    # "L  S  R  W": the four skills by their letters, all four of them.
    letters = [n for n, cell in enumerate(header) if cell.strip().upper() in _SKILL_LETTERS]
    found = {header[n].strip().upper() for n in letters}
    return letters if len(letters) == 4 and len(found) == 4 else []


def _skill_name(cell: str) -> str:
    word = cell.split()[0]
    return _SKILL_LETTERS.get(word.upper(), word) if len(word) == 1 else word


def _by_skills(header: list[str], rows: list[list[str]]) -> list[str]:
    """A STANAG 6001 table, one column per skill: a line per language, "English: Listening 3, Speaking 3,
    Reading 3, Writing 2".

    >>> _by_skills(["Language", "Listening", "Speaking", "Reading", "Writing"], [["English", "3", "3", "3", "2"]])
    ['English: Listening 3, Speaking 3, Reading 3, Writing 2']
    """
    columns = _skill_columns(header)
    lines = []
    statuses: dict[str, list[str]] = {"Essential": [], "Desirable": []}
    for row in rows:
        label = " ".join(cell for n, cell in enumerate(row) if n not in columns and cell)
        levels = ", ".join(f"{_skill_name(header[n])} {row[n]}" for n in columns if row[n])
        if levels:
            lines.append(f"{label}: {levels}" if label else levels)
            # "French (desirable)": a language the post only wishes for goes to the wishes.
            if status := next(
                (_status(m) for m in re.findall(r"\(([^()]{3,20})\)", label) if _status(m)), None
            ):
                statuses[status].append(lines[-1])
        elif label:
            lines.append(label)
    if statuses["Desirable"] and sum(map(len, statuses.values())) == len(lines):
        return _lists(statuses)
    return lines


def _is_header(row: list[str]) -> bool:
    return all(cell and len(cell.split()) <= 4 and not cell.endswith(_SENTENCE_END) for cell in row)


def _first_row_of_statuses(rows: list[list[str]]) -> bool:
    """A first row that is already one of the list's ("ESSENTIAL | a. Law"): its status column holds a status
    there too, and no cell heads a column ("Requirement")."""
    column = _status_column(rows) if len(rows) > 1 else None
    return (
        column is not None
        and bool(_status(rows[0][column]))
        and not any(_COLUMN_WORDS.match(cell) for cell in rows[0])
    )


def _heads_statuses(rows: list[list[str]]) -> bool:
    """A first row of headings over a status column ("# | Requirement | E/D"), its headings however long."""
    column = _status_column(rows[1:]) if len(rows) > 2 else None
    return column is not None and not _status(rows[0][column]) and len(rows[0][column].split()) <= 2


def _status_column(rows: list[list[str]]) -> int | None:
    """The column whose filled cells are statuses, when most rows have one (the first only beside one other
    column: "ESSENTIAL | a. A university degree ...", a grid table's cell spanning its rows)."""
    first = 0 if rows and len(rows[0]) == 2 else 1
    for column in range(first, len(rows[0]) if rows else 0):
        filled = [row[column] for row in rows if row[column]]
        if filled and all(_status(cell) for cell in filled) and len(filled) * 2 >= len(rows):
            return column
    return None


def _continues(row: list[str], key: int | None, previous: list[str] | None) -> bool:
    """A row that only carries the wrapped end of the cells above it."""
    if previous is None:
        return False
    if not row[0]:
        return True
    others = [cell for n, cell in enumerate(row) if n != 0]
    if key is not None:
        return not row[key] and not previous[0].endswith(_SENTENCE_END)
    return not any(others) and row[0][:1].islower()


def _joined(rows: list[list[str]], key: int | None) -> list[list[str]]:
    joined: list[list[str]] = []
    for row in rows:
        if _continues(row, key, joined[-1] if joined else None):
            joined[-1] = [f"{a} {b}".strip() for a, b in zip(joined[-1], row)]
        else:
            joined.append(list(row))
    return joined


def _by_status(rows: list[list[str]], column: int) -> list[str]:
    lists: dict[str, list[str]] = {"Essential": [], "Desirable": []}
    for row in rows:
        status = _status(row[column]) or "Essential"
        cells = [cell for n, cell in enumerate(row) if n != column and cell]
        if len(cells) >= 2 and column > 1 and _LABEL_CELL.match(cells[0]) and len(cells[0].split()) <= 3:
            # A criterion's label before its text: "Languages | V (Advanced) in one ..." -> "Languages: V ..."
            cells = [f"{cells[0]}: {cells[1]}", *cells[2:]]
        text = " ".join(cells)
        if text:
            lists[status].append(text)
    return _lists(lists)


def _by_marks(header: list[str], rows: list[list[str]]) -> list[str] | None:
    """Rows of a requirement and marks under "Essential"/"Desirable" headings; None if not such a table."""
    status_columns = {n: _status(cell) for n, cell in enumerate(header) if _status(cell)}
    text_columns = [n for n in range(len(header)) if n not in status_columns]
    marked = [row for row in rows if any(_MARK.match(row[n]) for n in status_columns)]
    if not text_columns or len(marked) * 2 < len(rows):
        return None
    lists: dict[str, list[str]] = {"Essential": [], "Desirable": []}
    joined: list[tuple[str, str]] = []
    for row in rows:
        text = " ".join(row[n] for n in text_columns if row[n])
        status = next((status_columns[n] for n in status_columns if _MARK.match(row[n])), None)
        if status is None and joined:
            joined[-1] = (f"{joined[-1][0]} {text}".strip(), joined[-1][1])
        elif text:
            joined.append((text, status or "Essential"))
    for text, status in joined:
        lists[status].append(text)
    return _lists(lists)


def _by_columns(header: list[str], rows: list[list[str]]) -> list[str]:
    """Columns headed "Essential" and "Desirable": each a list, wrapped cells joined to the item above."""
    lists: dict[str, list[str]] = {"Essential": [], "Desirable": []}
    for column, heading in enumerate(header):
        status = _status(heading)
        if not status:
            continue
        items = lists[status]
        # A column whose items carry marks: a line without one is the wrapped end of the item above.
        marked = sum(bool(re.match(r"^[-•*]\s+", row[column])) for row in rows) >= 2
        for row in rows:
            cell = row[column]
            if not cell:
                continue
            bullet = re.match(r"^[-•*]\s+", cell)
            cell = cell[bullet.end() :] if bullet else cell
            if items and not bullet and (_wraps(items[-1], cell) or (marked and not _opens(items[-1]))):
                items[-1] = f"{items[-1]} {cell}"
            else:
                items.append(cell)
    return _lists(lists)


def _opens(text: str) -> bool:
    """A sentence opening the list ("The incumbent must:"), not an item cut inside its brackets ("(IV:")."""
    return text.endswith(":") and text.count("(") <= text.count(")")


def _wraps(previous: str, cell: str) -> bool:
    return cell[:1].islower() or previous.endswith((",", "-", " and", " or", " of", " in", " with"))


def _lists(lists: dict[str, list[str]]) -> list[str]:
    lines: list[str] = []
    for heading, items in lists.items():
        if items:
            lines.append(heading)
            lines.extend(f"- {item}" for item in items)
    return lines


def _single_row(cells: list[str]) -> list[str]:
    """One row: "Label | value" as "Label: value"; short cells (a header strip) one per line."""
    cells = [cell for cell in cells if cell]
    if len(cells) == 2 and _LABEL_CELL.match(cells[0]) and len(cells[0].split()) <= 4:
        return [f"{cells[0]}: {cells[1]}"]
    if len(cells) >= 2 and all(len(cell.split()) <= 10 for cell in cells):
        return cells
    return [" | ".join(cells)]
