"""Clearance: the level named near "clearance"/"security" (NS -> NATO SECRET)."""

from __future__ import annotations

import re

from reference.data import CLEARANCE_LEVELS

from .found import Found
from .grade import GRADE_ALONE, header_strip_cells

_I = re.IGNORECASE

_CLEARANCE_CONTEXT = re.compile(r"clearance|vetting|security|habilitation", _I)
_CLEARANCE = re.compile(
    r"\b(?P<full>(?:NATO|COSMIC|OTAN)\s+(?:TOP\s+|TR[ÈE]S\s+)?(?:SECRET|CONFIDENTIAL|CONFIDENTIEL|RESTRICTED|DIFFUSION RESTREINTE))\b"
    r"|\b(?P<short>CTS|NS|NC|NR)\b",
    _I,
)
_HEADING_ALONE = re.compile(
    r"^(?:security\s+)?clearance(?:\s+(?:level|required))?\s*:?$|^habilitation(?:\s+de\s+s[ée]curit[ée])?(?:\s+requise)?\s*:?$",
    _I,
)
# French notices: "habilitation de sécurité OTAN SECRET"
_IN_ENGLISH = {
    "OTAN SECRET": "NATO SECRET", "OTAN CONFIDENTIEL": "NATO CONFIDENTIAL",
    "OTAN DIFFUSION RESTREINTE": "NATO RESTRICTED", "COSMIC TRÈS SECRET": "COSMIC TOP SECRET",
    "COSMIC TRES SECRET": "COSMIC TOP SECRET",
}  # fmt: skip
_SHORT = {"CTS": "COSMIC TOP SECRET", "NS": "NATO SECRET", "NC": "NATO CONFIDENTIAL", "NR": "NATO RESTRICTED"}


def find_clearance(lines: list[str]) -> Found:
    mention = None
    for i, line in enumerate(lines):
        if not _CLEARANCE_CONTEXT.search(line):
            continue
        source = line
        within = (0, len(line))  # where the line is in the text searched; a level must touch it
        if _HEADING_ALONE.match(line) and i + 1 < len(lines):
            # "SECURITY CLEARANCE" as a heading, the level on the line under it.
            source = line = f"{line}: {lines[i + 1]}" if len(lines[i + 1]) <= 60 else line
            within = (0, len(line))
        elif not _CLEARANCE.search(line):
            # A sentence hard-wrapped around the level: "... must obtain a NATO" / "SECRET security clearance.",
            # "... Security clearance level:" / "NS (NATO SECRET).".
            if i and not lines[i - 1].rstrip().endswith((".", ";", ":")):
                line = f"{lines[i - 1]} {line}"
                within = (len(line) - len(source), len(line))
            if i + 1 < len(lines) and not line.rstrip().endswith((".", ";")):
                # After "level:" the next line is the value; else only a level cut by the wrap counts.
                reach = len(line) + 1 + len(lines[i + 1]) if line.rstrip().endswith(":") else len(line) + 1
                line = f"{line} {lines[i + 1]}"
                within = (within[0], reach)
        for match in _CLEARANCE.finditer(line):
            if match.end() <= within[0] or match.start() >= within[1]:
                continue  # a level on a neighbouring line only: that line is read on its own
            if match.group("full"):
                level = _IN_ENGLISH.get(key := " ".join(match.group("full").upper().split()), key)
            elif match.group("short").isupper() and re.search(r"clearance|level|vetting", line, _I):
                level = _SHORT[match.group("short")]
            else:
                continue
            if level in CLEARANCE_LEVELS:
                return level, source  # the line as the notice has it, which the review page highlights
        if mention is None and re.search(r"\bclearance\b", source, _I):
            mention = source
    return _level_in_header_strip(lines[:HEADER_LINES]) or (None, mention)


HEADER_LINES = 15


def _level_in_header_strip(lines: list[str]) -> Found | None:
    """A level alone in a cell of the header's strip of facts, beside the grade ("Norfolk | A-3 | NATO SECRET |
    Closes 15 March 2027", one cell a line once the strip is read), as a careers page shows its facts as
    badges. A level with no grade beside it is a page's marking, not the post's clearance; so is one under
    SECRET."""
    for i, line in enumerate(lines):
        near = [cell for other in lines[max(0, i - 2) : i + 3] for cell in header_strip_cells(other)]
        if not any(GRADE_ALONE.match(cell) for cell in near):
            continue
        for cell in header_strip_cells(line):
            match = _CLEARANCE.fullmatch(cell)
            if match and match.group("full") and match.group("full").isupper():
                level = _IN_ENGLISH.get(key := " ".join(match.group("full").split()), key)
                if level in CLEARANCE_LEVELS and "SECRET" in level:
                    return level, line
    return None
