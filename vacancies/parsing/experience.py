"""Minimum years of professional experience: the largest overall figure among the essential items.

Figures "in the last 5 years" or of age are ignored; a range ("3-5 years") counts as its lower end;
months count as whole years rounded down ("6-month work experience" -> 0).

>>> min_years(["have at least 5 years' experience in the field", "at least two years' experience"])
5
"""

from __future__ import annotations

import re

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "eighteen": 18, "twenty": 20, "a": 1, "an": 1,
}  # fmt: skip
_NUMBER = r"\d{1,2}(?:[.,]5)?|" + "|".join(sorted((w for w in _WORDS if len(w) > 2), key=len, reverse=True))
_FIGURE = re.compile(
    rf"\b(?P<n>{_NUMBER})(?:\s*\((?:{_NUMBER})\))?\s*(?:\+|plus)?\s*(?:(?:-|to|or)\s*(?:{_NUMBER})\s*)?"
    rf"(?:\s+|-)?(?:full[- ]time\s+|full\s+|consecutive\s+|additional\s+)?(?P<unit>years?|yrs?|months?)\b",
    re.IGNORECASE,
)
# "exper" alone: a scraped notice cut off mid-word ("at least 2 years' exper").
_EXPERIENCE = re.compile(r"\bexper|\bworked\b|\bworking\b|\bservice\b|\bemployment\b", re.IGNORECASE)
_MINIMUM = re.compile(
    r"\b(?:minimum(?:\s+of)?|at\s+least|min\.?)\s+\S+\s+(?:\(\S+\)\s+)?years?\b", re.IGNORECASE
)
_NOT_EXPERIENCE_BEFORE = re.compile(
    r"(?:last|past|previous|recent|within|over the|under|aged?|than)\s*$", re.I
)
_NOT_EXPERIENCE_AFTER = re.compile(r"^\W*(?:of age|old|ago|contract|renewable)", re.IGNORECASE)


def _value(token: str) -> float:
    token = token.casefold().replace(",", ".")
    return float(_WORDS[token]) if token in _WORDS else float(token)


def years_in(text: str) -> int | None:
    """The largest experience figure in one requirement, in whole years; None when it states none."""
    if not _EXPERIENCE.search(text):
        return None
    best: int | None = None
    for match in _FIGURE.finditer(text):
        if _NOT_EXPERIENCE_BEFORE.search(text[max(0, match.start() - 14) : match.start()]):
            continue
        if _NOT_EXPERIENCE_AFTER.match(text[match.end() :]):
            continue
        value = _value(match.group("n"))
        years = int(value // 12) if match.group("unit").casefold().startswith("month") else int(value)
        best = years if best is None else max(best, years)
    return best


def min_years(essential: list[str]) -> int | None:
    """The largest overall figure among the essential items; None when none is stated."""
    figures = [y for y in (years_in(item) for item in essential) if y is not None]
    return max(figures) if figures else None


def experience_source(essential: list[str]) -> str | None:
    figures = [(y, item) for item in essential if (y := years_in(item)) is not None]
    return max(figures, key=lambda f: f[0])[1] if figures else None


def stated_minimum(lines: list[str]) -> list[str]:
    """Sentences outside any requirement list that state a minimum ("If you have minimum 6 years of
    experience in HR ..."): the evidence left when a page lost its requirements."""
    return [line for line in lines if _MINIMUM.search(line) and years_in(line) is not None]
