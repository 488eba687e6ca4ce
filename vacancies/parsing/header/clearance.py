"""Clearance: the level named near "clearance"/"security" (NS -> NATO SECRET)."""

from __future__ import annotations

import re

from reference.data import CLEARANCE_LEVELS

from .found import Found

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
        if _HEADING_ALONE.match(line) and i + 1 < len(lines):
            # "SECURITY CLEARANCE" as a heading, the level on the line under it.
            line = f"{line}: {lines[i + 1]}" if len(lines[i + 1]) <= 60 else line
        for match in _CLEARANCE.finditer(line):
            if match.group("full"):
                level = _IN_ENGLISH.get(key := " ".join(match.group("full").upper().split()), key)
            elif match.group("short").isupper() and re.search(r"clearance|level|vetting", line, _I):
                level = _SHORT[match.group("short")]
            else:
                continue
            if level in CLEARANCE_LEVELS:
                return level, line
        if mention is None and re.search(r"\bclearance\b", line, _I):
            mention = line
    return None, mention
