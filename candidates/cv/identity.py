"""Who the CV is about: the name, e-mail address and phone number, as written.

- Name: after a label ("Name", "Nom", "First name(s) / Surname(s)"), else the first line near the top
  that reads as a person's name (two to five capitalised words, no digits); ranks, titles and letters
  after the name are removed (``reference.names``) and capitals-only words written in title case
  ("Sophie LAMBERT" -> "Sophie Lambert"). None rather than a guess.
- E-mail: the first address in the text.
- Phone: the first number ``phonenumbers`` finds: international numbers ("+32 2 555 01 23") anywhere,
  national ones ("(703) 555-0148") in the country of the CV's nationality or after a phone label.
"""

from __future__ import annotations

import re

from reference.names import NAME_PREFIXES, NAME_SUFFIXES
from reference.nations import MEMBER_NATION_CODES

from .lines import heading

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_NAME_LABEL = re.compile(
    r"^(?:(?:full |first |given )?name(?:\(s\))?|first name\(s\) / surname\(s\)|surname\(s\) / first name\(s\)"
    r"|nom(?: et prénom| complet)?|prénom et nom|name, vorname|vorname und name|nombre(?: y apellidos)?"
    r"|nome(?: e cognome)?)\s*(?::|\|)\s*(?P<name>[^|]+)",
    re.IGNORECASE,
)
_PHONE_LABEL = re.compile(
    r"\b(?:phone|tel|telephone|téléphone|mobile|mob|cell|gsm|telefon|teléfono|telefono|telefone|handy)\b",
    re.I,
)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*|[A-Z]\.|(?:van|von|de|der|den|da|di|du|del|della|dos|la|le|ter|ten|zu|y|e|af|al|bin)\b)$"
)
_NOT_A_NAME = re.compile(
    r"curriculum|vitae|\bcv\b|résumé|resume|lebenslauf|europass|profile|address|phone|e-mail|page\b", re.I
)
# How far from the top a name, and a phone number without a label, are looked for (lines).
NAME_LINES = 8
MAX_NAME_LINE = 200
CONTACT_LINES = 12


def email_in(text: str) -> str | None:
    match = _EMAIL.search(text)
    return match[0].rstrip(".") if match else None


def phone_in(lines: list[str], nation: str | None) -> str | None:
    """The first phone number in the CV, as written."""
    import phonenumbers

    region = {name: code for code, name in MEMBER_NATION_CODES.items()}.get(nation or "")
    text = "\n".join(lines)
    for match in phonenumbers.PhoneNumberMatcher(text, None, leniency=phonenumbers.Leniency.POSSIBLE):
        return match.raw_string
    # A national number is looked for where contacts are written: the top of the CV, or after a label.
    top = [line for line in lines if line][:CONTACT_LINES]
    for line in lines:
        if line not in top and not _PHONE_LABEL.search(line):
            continue
        for place in (region, "US", "CA", "GB") if _PHONE_LABEL.search(line) else (region,):
            if place:
                for match in phonenumbers.PhoneNumberMatcher(
                    line, place, leniency=phonenumbers.Leniency.POSSIBLE
                ):
                    return match.raw_string
    return None


def name_in(lines: list[str]) -> str | None:
    """The person's name.

    >>> name_in(["Lt Col JONATHAN R. HARPER, MBE", "Arlington, VA"]), name_in(["Name | Arben Hoxha"])
    ('Jonathan R. Harper', 'Arben Hoxha')
    """
    for line in lines:
        match = _NAME_LABEL.match(line) if len(line) <= MAX_NAME_LINE else None
        if match:
            name = _bare_name(match["name"])
            if name:
                return name
    for line in [line for line in lines if line][:NAME_LINES]:
        if heading(line) or len(line) > MAX_NAME_LINE:
            continue
        for part in re.split(r"\s+[|–—·]\s+|\s+-\s+|,\s+(?=[A-Z]{2,}\b|[A-Z][a-z]?\.?$)", line):
            name = _bare_name(part)
            if name:
                return name
    return None


def _bare_name(text: str) -> str | None:
    """The name in ``text`` without ranks, titles or letters after it, in title case; None if it is not
    a name."""
    text = " ".join(text.replace("’", "'").split()).strip(" ,;:")
    if not text or _NOT_A_NAME.search(text) or any(c.isdigit() or c in "@/:()" for c in text):
        return None
    words = text.split()
    changed = True
    while changed and words:
        changed = False
        for size in (4, 3, 2, 1):
            head = " ".join(words[:size]).casefold().replace(".", "")
            if len(words) > size and head in _PREFIXES:
                words, changed = words[size:], True
                break
        while len(words) > 2 and words[-1].casefold().strip(",").replace(".", "") in _SUFFIXES:
            words, changed = words[:-1], True
        words = [w.rstrip(",") for w in words]
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if sum(w[0].isupper() for w in words) < 2:
        return None
    return " ".join(_title(w) for w in words)


def _title(word: str) -> str:
    """'LAMBERT' -> 'Lambert', 'MACDONALD' -> 'Macdonald', 'R.' stays; a word already in mixed case stays."""
    if word.isupper() and len(word.rstrip(".")) > 1:
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


_PREFIXES = frozenset(p.replace(".", "") for p in NAME_PREFIXES)
_SUFFIXES = frozenset(s.replace(".", "") for s in NAME_SUFFIXES)
