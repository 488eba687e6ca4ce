"""Private companies by the legal form in their names ("PricewaterhouseCoopers GmbH", "UAB Maxima LT",
"Leonardo S.p.A."), in the member nations' company law, from cleanco's table of legal terms (MIT).

An experience "gained in the public sector" cannot be refused for an entry at an organisation the engine
does not know ("Forsvarsbygg", "Bundesanstalt für Immobilienaufgaben"): a person reads it. An entry at a
company that says so in its name was not, and can be.
"""

from __future__ import annotations

import functools
import re

from cleanco.clean import normalized
from cleanco.termdata import terms_by_country, terms_by_type

# Two-letter terms that are legal forms wherever they end or start a name; the others of cleanco's list are
# also country codes, articles or prepositions ("UK", "NL", "da", "at", "et").
_SHORT_FORMS = frozenset(
    {"ag", "sa", "nv", "bv", "ab", "as", "oy", "kg", "ky", "hf", "oü", "aps", "dd", "ad"}
)
# A company, a military company ("B Company") or a name: not telling alone.
_NOT_TELLING = frozenset({"company", "co", "& co", "private", "unlimited"})
# Legal forms that say "company" wherever they stand in a name ("PricewaterhouseCoopers GmbH WPG").
_ANYWHERE = frozenset(
    {"gmbh", "ltd", "llc", "llp", "plc", "inc", "bvba", "sprl", "sarl", "kft", "zrt", "oyj", "uab"}
)
# A university by its name in the member nations' languages.
_UNIVERSITY_WORDS = (
    r"university|universit[äéàa]t?|universidad[e]?|universiteit|uniwersytet|univerzit\w*|universitet\w*|"
    r"egyetem|yliopisto|[üu]niversitesi"
)
_UNIVERSITY = re.compile(rf"\b(?:{_UNIVERSITY_WORDS})\b")
# Firms and kinds of business a name says without a legal form: the audit and consulting firms that many
# finance and management careers pass through, banks, consultancies.
_FIRMS = re.compile(
    r"\b(deloitte|kpmg|pwc|pricewaterhousecoopers|ernst & young|ey|accenture|mckinsey|boston consulting|"
    r"bearingpoint|capgemini|\w*consult\w*|bank|banque|banca|banco|& partners?|"
    # Trades and words that say a business: "Hotel chain", "Online fashion retailer", "(private)".
    r"compan(y|ies)|firms?|retail\w*|suppliers?|manufacturers?|hotels?|start ?ups?|shops?|stores?|"
    r"e ?commerce|consumer goods|telecom\w*|insurance|airlines?|private( company| sector| firm| practice)?|"
    r"(marketing|advertising|travel|recruitment|creative|digital|media|pr|real estate|employment|staffing|"
    r"booking|event|events) agency|"
    # Universities teach and research; they are not the administrations and organisations notices ask for.
    rf"{_UNIVERSITY_WORDS})\b"
)
_PUNCTUATION = re.compile(r"[.,()\[\]\"']")


def _normal(text: str) -> tuple[str, ...]:
    return tuple(_PUNCTUATION.sub("", normalized(text)).replace("-", " ").split())


@functools.cache
def _forms() -> frozenset[tuple[str, ...]]:
    found = set()
    for terms in (*terms_by_type.values(), *terms_by_country.values()):
        for term in terms:
            words = _normal(term)
            joined = " ".join(words)
            if not words or joined in _NOT_TELLING:
                continue
            if len(joined.replace(" ", "")) >= 3 or joined in _SHORT_FORMS:
                found.add(words)
    return frozenset(found)


def is_company(organisation: str) -> bool:
    """Whether an organisation's name ends or starts with a company's legal form.

    >>> is_company("PricewaterhouseCoopers GmbH"), is_company("UAB Maxima LT"), is_company("Forsvarsbygg")
    (True, True, False)
    """
    words = _normal(organisation)
    if not words:
        return False
    joined = " ".join(words)
    if _ANYWHERE.intersection(words) or (_FIRMS.search(joined) and "private office" not in joined):
        return True
    return any(words[-len(form) :] == form or words[: len(form)] == form for form in _forms())


def is_university(organisation: str) -> bool:
    """Whether an organisation is a university by its name, in the member nations' languages.

    >>> is_university("Nemzeti Közszolgálati Egyetem"), is_university("Forsvarsbygg")
    (True, False)
    """
    return bool(_UNIVERSITY.search(" ".join(_normal(organisation))))


def has_legal_form(name: str) -> bool:
    """Whether a name ends or starts with a company's legal form in any member nation's company law (the
    firms and trades of ``is_company`` aside): "Cargolux Airlines International S.A.", "Telia Company AB",
    "UAB Maxima LT"; not "Staff Officer", "Consultant".

    >>> has_legal_form("Slovak Telekom, a.s."), has_legal_form("Kompanisjef"), has_legal_form("Consultant")
    (True, False, False)
    """
    words = _normal(name)
    if not words:
        return False
    return bool(_ANYWHERE.intersection(words)) or any(
        words[-len(form) :] == form or words[: len(form)] == form for form in _forms()
    )
