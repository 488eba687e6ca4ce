"""Month names as notices and CVs write them, in English and French."""

from __future__ import annotations

# Full names, with and without accents.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "janvier": 1, "février": 2,
    "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip

# Abbreviations ("Sept", "janv", "déc"): each is the start of its full name, so reading a month by the
# start of a name gives the same month.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "sept": 9, "jan": 1, "janv": 1, "feb": 2, "fév": 2, "févr": 2, "mar": 3, "apr": 4, "avr": 4, "jun": 6,
    "jul": 7, "juil": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12, "déc": 12,
}  # fmt: skip

MONTH_NAMES: dict[str, int] = {**MONTHS, **MONTH_ABBREVIATIONS}
