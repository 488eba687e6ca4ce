"""Posts told in sentences, as an official biography tells them ("From August 2003 until July 2007 he served
as Platoon Commander in the 42nd Armoured Infantry Battalion in Seedorf, Germany."): each sentence with a
period, a person and a verb of holding a post gives the title (the capitalised words after the verb) and
the body (after "in", "at" or "with", without the town after it). "In August 2007 he became Company
Commander in the same battalion, a post he held until June 2011": the period from the two dates, the body
the one before. The posts are written as the rows of a table the experience reader knows."""

from __future__ import annotations

import re

from .dates import Period, month_of, periods

# A person holding a post, told in the third person as a biography is: "he served as", "she was", "he became",
# "he has been" (a CV's own first-person summary is left to the other readers).
_HOLDS = re.compile(
    r"\b(?:he|she)\s+(?:has been|had been|have been|was appointed(?: as)?|was posted as|served as|serves as"
    r"|worked as|works as|became|becomes|was|is)\s+(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
_TITLE = re.compile(r"[A-Z][\w'-]*(?:\s+(?:[A-Z0-9][\w'()/&-]*|of|to|the|for|and|on|in charge of))*")
# The body after the title, a town after it left out: "in the 42nd ... Battalion 'Limburgse Jagers' in Seedorf".
_BODY = re.compile(
    r"\s+(?:in|at|with|of)\s+(?:the\s+)?(?P<body>(?:same\s+[a-z]+)|[A-Z0-9][^,;]*?)"
    r"(?:\s+in\s+(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?)?\s*(?=[,;]|\.(?:\s|$)|$)"
)
# "In August 2007 ..., a post he held until June 2011": a start and an end written apart.
_IN_DATE = re.compile(r"\b(?:in|on)\s+(?P<date>(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b", re.IGNORECASE)
_UNTIL_DATE = re.compile(r"\buntil\s+(?P<date>(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b", re.IGNORECASE)
MIN_SENTENCES = 2  # a biography tells at least two posts this way


def prose_rows(lines: list[str], header: str) -> list[str] | None:
    """The posts of a biography as the header and rows of a table ("start | end | title | organisation"),
    the sentences that hold none kept as lines before them; None when the lines are no biography."""
    text = " ".join(line.strip() for line in lines)
    if len(_HOLDS.findall(text)) < MIN_SENTENCES:
        return None  # a cheap look first: most CVs tell no post in the third person
    sentences = re.split(r"(?<=[.;])\s+(?=[A-Z])", text)
    rows: list[str] = []
    kept: list[str] = []
    organisation = ""
    for sentence in sentences:
        post = _post(sentence, organisation)
        if post is None:
            kept.append(sentence)
            continue
        period, title, organisation = post
        rows.append(f"{period.start} | {period.end or 'present'} | {title} | {organisation}")
    if len(rows) < MIN_SENTENCES:
        return None
    return [*kept, header, *rows]  # the other sentences first: no post's description


def _post(sentence: str, before: str) -> tuple[Period, str, str] | None:
    holds = _HOLDS.search(sentence)
    if not holds:
        return None
    title = _TITLE.match(sentence, holds.end())
    if not title:
        return None
    period = _period(sentence)
    if period is None:
        return None
    words = title[0]
    body = _BODY.match(sentence, title.end()) if not re.search(r"\s(?:in|at|with)\s", words) else None
    if body is None:
        # "Military Assistant to the Commander of the Royal Netherlands Army at the Army Headquarters": the
        # title's capitalised words ran on to the body; cut at its last "in", "at" or "with".
        cut = re.search(r"\s(?:in|at|with)\s+(?:the\s+)?", words)
        if cut:
            body = _BODY.match(sentence, holds.end() + cut.start())
            words = words[: cut.start()]
    if body is None:
        return None
    organisation = before if body["body"].startswith("same ") else body["body"].strip()
    return (period, words.strip(), organisation) if organisation else None


def _period(sentence: str) -> Period | None:
    found = periods(sentence)
    if found:
        return found[0]
    start, end = _IN_DATE.search(sentence), _UNTIL_DATE.search(sentence)
    if start and end:
        first, last = month_of(start["date"], end=False), month_of(end["date"], end=True)
        if first and last and last >= first:
            return Period(first, last, start.start(), end.end())
    return None
