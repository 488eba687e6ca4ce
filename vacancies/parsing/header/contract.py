"""Contract: the labelled value, else the contract section's first sentence, else a duration named."""

from __future__ import annotations

import re

from .found import Found

_I = re.IGNORECASE

_CONTRACT_LABEL = re.compile(
    r"^(?:contract(?: type| duration)?|type of contract|contract to be offered[^:]*)\s*:\s*(?P<v>.+)$", _I
)
_CONTRACT_TEXT = re.compile(
    r"\b(?:in)?definite[- ]duration contract\b|\b\d+-year contract\b|\bfixed[- ]term\b", _I
)


def find_contract(contract_lines: list[str], lines: list[str]) -> Found:
    for line in lines:
        match = _CONTRACT_LABEL.match(line)
        if match:
            return match.group("v").strip(), line
    for line in contract_lines:
        if len(line) > 30 and not line.endswith(":"):
            return line, line
    for line in lines:
        if _CONTRACT_TEXT.search(line):
            return line, line
    return None, None
