"""Grade: normalised to "A.2", or "G15" when only the NATO grade is given; ranges keep "-" ("G15-G17"),
sets "/" ("A.2/A.3"). The NATO grade beside a category grade ("A.2 / NATO Grade G15") is left out: each
category grade is one NATO grade (domain.md: A.2 = G15), so it adds nothing, and the notices' own
"grade" is the category."""

from __future__ import annotations

import re

from .found import Found

_I = re.IGNORECASE

GRADE_LINE = re.compile(r"\bgrad(?:e|es|ing)\b|\bcategory\b|\bgrade/rank\b", _I)
_GRADE_TOKEN = re.compile(
    # "A.2", "A-2", and in a grade line also "B4/G10" or "(ABCL A2)".
    r"(?:\b|(?<=Grade))(?P<cat>[ABCL])\s?[.-]?\s?(?P<catn>[1-7])\b(?!\.\d)"
    r"|\bG\s?-?\s?(?P<g>\d{1,2})\b"
    r"|\b(?:NATO\s+)?grade\s*:?\s*(?P<bare>\d{1,2})\b",
    _I,
)


# A header line that is only a grade ("A-2", "A.2/G15", "G17", "NATO Grade G15", "A-2 (G15)"): a cell of a
# header strip.
GRADE_ALONE = re.compile(
    r"^(?:NATO\s+)?(?:Grade\s+)?(?:[ABLC][.\s-]?[1-7]|G\s?-?\d{1,2})(?:\s*[/-]\s*(?:[ABLC][.\s-]?[1-7]|G\s?-?\d{1,2}))*"
    r"(?:\s*\((?:NATO\s+)?(?:Grade\s+)?G?\s?-?\d{1,2}\))?$"
)


# Cells of a header strip a page wrote on one line ("Executive Management; NATO Headquarters; B-4/G-10").
_CELL = re.compile(r"\s*(?:;|\||·|\s[-–]\s)\s*")


def header_strip_cells(line: str) -> list[str]:
    """The cells of a header strip's line ("Norfolk, United States | A-3 | NATO SECRET"); none when too long."""
    return [cell.strip() for cell in _CELL.split(line)] if len(line) <= 160 else []


def _grade_cell(line: str) -> bool:
    return any(GRADE_ALONE.match(cell) for cell in _CELL.split(line)) if len(line) <= 160 else False


def find_grade(lines: list[str], title_line: str | None) -> Found:
    candidates = [
        line
        for i, line in enumerate(lines)
        if GRADE_LINE.search(line) or (i < 15 and (GRADE_ALONE.match(line) or _grade_cell(line)))
    ]
    if title_line:
        candidates.append(title_line)
    found = [(grade, line) for line in candidates if (grade := _grade_text(_grade_part(line)))]
    # "Grade NATO Grade G10" then "GRADE: B-4/G-10": the line with the category grade tells more.
    both = [(grade, line) for grade, line in found if "." in grade]
    # A digest's other jobs ("Grade B-4 · Closing date ...") before the notice's own "Grade: A-2" field.
    fields = [(grade, line) for grade, line in both or found if _GRADE_FIELD.match(line)]
    if not found:
        # No grade field: a notice may name the grade only where it states the pay ("the basic monthly
        # salary for this A-3 post is ...", "le traitement ... d'un poste B.4").
        found = [(grade, line) for line in lines if _PAY.search(line) and (grade := _grade_text(line))]
    return (fields or both or found or [(None, None)])[0]


_PAY = re.compile(
    r"\b(?:salary|remuneration|pay|emoluments|traitement|r[ée]mun[ée]ration|salaire|gehalt)\b", _I
)


_GRADE_FIELD = re.compile(r"^\W*(?:NATO\s+)?grade\s*:", re.IGNORECASE)


def _grade_part(line: str) -> str:
    """The cell of a header strip that holds the grade, else the whole line."""
    if GRADE_LINE.search(line):
        return line
    return next((cell for cell in _CELL.split(line) if GRADE_ALONE.match(cell)), line)


def _grade_text(line: str) -> str | None:
    tokens = []
    for match in _GRADE_TOKEN.finditer(line):
        if match.group("cat"):
            # Upper-case category only: "a-1" in prose is no grade.
            if not match.group("cat").isupper():
                continue
            tokens.append(("cat", f"{match.group('cat')}.{match.group('catn')}", match.span()))
        else:
            number = match.group("g") or match.group("bare")
            if match.group("g") and not re.match(r"G", match.group(0)):
                continue
            if 1 <= int(number) <= 24:
                tokens.append(("g", f"G{int(number)}", match.span()))
    if not tokens:
        return None
    parts: list[str] = []
    kinds = ("cat",) if any(t[0] == "cat" for t in tokens) else ("g",)
    for kind in kinds:
        same = [t for t in tokens if t[0] == kind]
        text = ""
        seen = set()
        for i, (_, value, span) in enumerate(same):
            if value in seen:
                continue  # "(G5/G8, G8, G8/G10, G10 grades)": each grade once
            seen.add(value)
            if i:
                between = line[same[i - 1][2][1] : span[0]]
                text += (
                    "-" if re.fullmatch(r"\s*(?:-|to|–)\s*(?:NATO\s+)?(?:grade\s*)?", between, _I) else "/"
                )
            text += value
        if text:
            parts.append(text)
    return "/".join(parts)
