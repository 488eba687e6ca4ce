"""The notice's own reference number ("Reference: IS 123/26", "Référence : IS 123/26", "Vacancy number:
240512"): what says that an English and a French notice are the same vacancy (issue 19, point 4)."""

from __future__ import annotations

import re

from .found import Found

_REFERENCE = re.compile(
    r"(?:^|[·–|]\s*|\s-\s)\W*(?:r[ée]f[ée]rence|r[ée]f\.?|ref\.?|vacancy (?:number|reference|no\.?|ref\.?)"
    r"|job (?:number|reference|id)|post (?:number|no\.?)|requisition (?:number|no\.?|id|#)"
    r"|num[ée]ro (?:de (?:l'avis|r[ée]f[ée]rence|poste)|du poste)|n[°o] de l'avis|avis de vacance (?:n[°o]|num[ée]ro)"
    r"|vacancy notice (?:no\.?|number))\s*(?:n[°o]\.?\s*)?(?:[:#|]\s*|\s+)"
    # "IS 123/26", "NCIA-26-318", "26/NSPA/145", "SHJ ENG 0210": capitals and digits, up to four parts
    r"(?P<v>(?-i:[A-Z0-9][A-Z0-9./-]*(?:\s[A-Z0-9][A-Z0-9./-]*){0,3}))(?=\s*(?:$|[·|,;]|\s-\s))",
    re.IGNORECASE,
)


def find_reference(lines: list[str]) -> Found:
    """The reference number as written, from a "Reference:" label among the first lines.

    >>> find_reference(["AVIS DE VACANCE", "Référence : IS 123/26"])
    ('IS 123/26', 'Référence : IS 123/26')
    """
    for line in lines[:60]:
        match = _REFERENCE.search(line)
        if match and re.search(r"\d", match.group("v")):
            return match.group("v").strip(), line
    return None, None


def reference_key(reference: str | None) -> str:
    """A reference as compared: capitals, letters and digits only ("IS 123/26" == "is-123/26")."""
    return re.sub(r"[^A-Z0-9]", "", (reference or "").upper())
