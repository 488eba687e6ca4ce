"""Periods of a CV's entries: "03/2018 – present", "Sep 2020 – Aug 2021", "since 2019", "depuis mars 2020",
"seit 01.2015", "2019.04 – 2021.06", "15/06/2017 – 30/09/2019", "2015 – 2017".

A date is a month and a year in any of the usual shapes (numbers day first, as in Europe; month names in
the member nations' languages from CLDR, ``reference.dates.month_names``) or a bare year. A bare year
starts in January and ends in December. An open start ("since", "depuis", "seit", "desde", "dal", or a
dash followed by "present", "aujourd'hui", "heute"...) ends nothing (``end`` is None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reference.dates import month_names

from .patterns import any_of

_PRESENT = (
    r"present|current(?:ly)?|now|today|to date|date|ongoing|aujourd'hui|ce jour|à ce jour|présent|heute|jetzt"
    r"|dato|actualidad|la actualidad|presente|oggi|atualidade|actual|hoy|obecnie|dosud|danes|nyt|nu|nå"
)
_OPEN = r"since|from|depuis|dès|seit|ab|desde|dal|dall'|da|od|sinds|fra|siden|alkaen|al|ekde"
_TO = r"\s*(?:-|–|—|‒|to|until|till|→|à|au|bis|a|al|hasta|fino al?|até|do|tot|til|\|)\s*"
_YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True, slots=True)
class Period:
    start: str  # YYYY-MM
    end: str | None  # YYYY-MM, None for an open period
    begin: int  # where the period's text starts and ends in the line
    stop: int


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = any_of(list(month_names()))
    date = (
        rf"(?:(?:\d{{1,2}})[./](?:\d{{1,2}})[./]{_YEAR}"  # 15/06/2017, 15.06.2017
        rf"|\d{{1,2}}[./]\s?{_YEAR}"  # 06/2017, 06.2017
        rf"|{_YEAR}[-.]\d{{1,2}}(?![\d.])"  # 2017-06, 2019.04
        rf"|(?:\d{{1,2}}\.?\s+)?(?:{names})\.?,?\s+(?:de\s+|of\s+)?{_YEAR}"  # (15) June 2017, mars 2020
        rf"|{_YEAR})"
    )
    period = re.compile(
        rf"(?:(?P<open>\b(?:{_OPEN})\s+)(?P<since>{date})(?!\s*(?:-|–|—)\s*\w)"
        rf"|(?<![\w/.-])(?P<start>{date}){_TO}(?:(?P<end>{date})|(?P<present>{_PRESENT})\b)"
        rf"|(?<![\w/.-])(?P<dangling>{date})\s*(?:-|–|—)\s*(?=$|[|:,;]))",
        re.IGNORECASE,
    )
    return period, re.compile(date, re.IGNORECASE)


def periods(line: str) -> list[Period]:
    """Every period written in the line, in order.

    >>> [(p.start, p.end) for p in periods("Since 2019: adviser; 15/06/2013 – 30/09/2019 | depuis mars 2020")]
    [('2019-01', None), ('2013-06', '2019-09'), ('2020-03', None)]
    """
    pattern, _ = _patterns()
    found = []
    for match in pattern.finditer(line):
        if match["since"] or match["dangling"]:
            start = month_of(match["since"] or match["dangling"], end=False)
            end = None
        else:
            start = month_of(match["start"], end=False)
            end = None if match["present"] else month_of(match["end"], end=True)
        if start and (end is None or end >= start) and (match["present"] or match["end"] or _open_ok(match)):
            found.append(Period(start, end, match.start(), match.end()))
    return found


def _open_ok(match: re.Match[str]) -> bool:
    return bool(match["since"] or match["dangling"])


def month_of(text: str, *, end: bool) -> str | None:
    """YYYY-MM of one date; a bare year is January (a start) or December (an end).

    >>> month_of("2019.04", end=False), month_of("Sept. 2020", end=False), month_of("2015", end=True)
    ('2019-04', '2020-09', '2015-12')
    """
    text = text.strip()
    year_match = re.search(_YEAR, text)
    if not year_match:
        return None
    year = int(year_match[0])
    numbers = [int(n) for n in re.findall(r"\d+", text) if not re.fullmatch(_YEAR, n)]
    words = [w.casefold().rstrip(".") for w in re.findall(r"[^\W\d_]+\.?", text)]
    names = month_names()
    month = next((names[w] for w in words if w in names), None)
    if month is None and numbers:
        # Day first, as Europe writes dates: "15/06/2017"; "06/15/2017" only when the first cannot be a month.
        month = numbers[0] if len(numbers) == 1 or numbers[1] > 12 else numbers[1]
    if month is None:
        month = 12 if end else 1
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def has_date(line: str) -> bool:
    return bool(_patterns()[1].search(line))
