"""Deadline: a date after a deadline or closing-date label, read day first unless it cannot be."""

from __future__ import annotations

import datetime as dt
import re

from reference.dates import MONTH_NAMES, month_names

_I = re.IGNORECASE

_DEADLINE_LABEL = re.compile(
    r"\b(?:application\s+)?deadline\b|\bclosing\s+date\b|\bclosing\b|\bdate\s+limite\b|"
    r"\bdate\s+de\s+cl[oô]ture\b|\bapply\s+by\b|\bcloses\b|\bclose\s*:|"
    # "Applications must be received by", "Applications must reach us by", "should arrive no later than"
    r"\b(?:applications?|candidatures?|your\s+application)\s+(?:must|should|shall|are\s+to)\s+(?:be\s+(?:received|submitted|sent)"
    r"|reach(?:\s+[\w']+){1,3}?|arrive)\s+(?:by|before|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than)\b|\bapplications?\s+close\b|\blast\s+date\b|\bexpiry\s+date\b|\bexpires\b|"
    # "Applications by: 19 May 2027", "Apply until ...", and "Applications must be submitted through the
    # platform no later than ...": the sentence about applications names the route before the limit.
    r"\bapplications?\s+(?:by|until|before)\b|\bapply\s+(?:until|no\s+later\s+than)\b|"
    r"\b(?:applications?|candidatures?)\b[^.;]{0,100}?\b(?:no|not)\s+later\s+than\b|"
    # Taleo's "Unposting Date", Workday's "Posting End Date": the day the page, and so the call, closes.
    r"\bunposting\s+date\b|\bposting\s+end\s+date\b|\bapplication\s+end\s+date\b|\bapply\s+before\b|"
    # The member nations' languages on a job board: Italian, Spanish, Portuguese, German, Dutch, Polish.
    r"\bscadenza\b|\bfecha\s+l[ií]mite\b|\bplazo\b|\bdata\s+limite\b|\bprazo\b|\bbewerbungs(?:schluss|frist)\b|"
    r"\beinsendeschluss\b|\bsluitingsdatum\b|\buiterste\s+datum\b|\btermin\s+(?:składania|zgłoszeń)\b",
    _I,
)
_MONTHS = MONTH_NAMES
# Any language's month name (CLDR's, read through reference.dates.month_names): "5. März 2027".
_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_DATES = (
    re.compile(r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4}|\d{2})\b"),
    # "5 January 2026", "12-Jan-2026"; the year may be glued to the next word in a PDF ("2025POST").
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?(?:\s+(?:of\s+|de\s+)?|-){_MONTH},?[\s-]+(?:de\s+)?"
        # The year in two digits too ("15 Mar 27", as military date-time groups write it), not an hour.
        r"(?P<y>\d{4}|\d{2})(?!\d|[:.h]\d)",
        _I,
    ),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", _I),
)


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``: "31-12-2025", "5 January 2026", "2026-01-05", "January 5, 2026".

    >>> [str(parse_date(t)) for t in ("2027/03/05", "5. März 2027", "19 MAR 2027", "12 de febrero de 2027",
    ...                               "23:59 hrs on 15 Mar 27")]
    ['2027-03-05', '2027-03-05', '2027-03-19', '2027-02-12', '2027-03-15']
    """
    found = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            date = _date_from(match)
            if date:
                found.append((match.start(), date))
    return min(found)[1] if found else None


def _date_from(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    year += 2000 if year < 100 else 0
    day = int(groups["d"])
    if groups.get("month"):
        name = groups["month"].casefold()
        month = (
            _MONTHS.get(name)
            or month_names().get(name)
            or next(
                (
                    n
                    for name, n in _MONTHS.items()
                    if len(groups["month"]) >= 3 and name.startswith(groups["month"].casefold())
                ),
                None,
            )
        )
        if month is None:
            return None
    else:
        month = int(groups["m"])
        if month > 12 and day <= 12:  # 12/31/2025: written month first
            day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_deadline(lines: list[str]) -> tuple[dt.date | None, str | None]:
    """The date after a deadline's label: a line that opens with it first ("Closing date: 31 January 2027"),
    then one that holds it further on (a digest's other jobs: "Grade B-4 · Closing date 15 January 2027")."""
    for at_start in (True, False):
        found = _deadline(lines, at_start=at_start)
        if found[0]:
            return found
    return None, None


def _deadline(lines: list[str], *, at_start: bool) -> tuple[dt.date | None, str | None]:
    for i, line in enumerate(lines):
        match = _DEADLINE_LABEL.search(line)
        if not match or re.match(r"^\s*(?:update|posted|published)", line, _I):
            continue
        if at_start and re.search(r"\w", line[: match.start()]):
            continue
        date = parse_date(line[match.start() :])
        if date:
            return date, line
        if i + 1 < len(lines) and len(line) <= 60:
            date = parse_date(lines[i + 1])
            if date and len(lines[i + 1]) <= 60:
                return date, lines[i + 1]
        if i + 1 < len(lines) and re.match(r"^\d{4}\b", lines[i + 1]):
            # "Closing date: 18 February" / "2027. Vacancy number ...": a narrow column wrapped the date.
            date = parse_date(f"{line[match.start() :]} {lines[i + 1][:4]}")
            if date:
                return date, line
    return None, None


def day_month_ambiguous(text: str) -> bool:
    """Whether the first date in ``text`` is numeric with day and month both 12 or less ("03/04/2027"):
    read day first, as European notices write it, but a US page means the 4th of March.

    >>> day_month_ambiguous("Closing date: 03/04/2027"), day_month_ambiguous("Closing date: 23/04/2027")
    (True, False)
    """
    found = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if _date_from(match):
                found.append((match.start(), match))
    if not found:
        return False
    match = min(found, key=lambda pair: pair[0])[1]
    groups = match.groupdict()
    if groups.get("month") or match.group(0).startswith(groups["y"]):
        return False  # a month name or an ISO date says which is which
    return (
        int(groups["d"]) <= 12
        and int(groups["m"]) <= 12
        and groups["d"].lstrip("0") != groups["m"].lstrip("0")
    )
