"""The notice's own reference number ("Reference: IS 123/26", "Référence : IS 123/26", "Vacancy number:
240512"): what says that an English and a French notice are the same vacancy (issue 19, point 4)."""

from __future__ import annotations

import re

from .found import Found

_REFERENCE = re.compile(
    r"^\W*(?:r[ée]f[ée]rence|ref\.?|r[ée]f\.?|vacancy (?:number|reference|no\.?|ref\.?)|job (?:number|reference|id)"
    r"|requisition (?:number|no\.?|id|#)|num[ée]ro (?:de (?:l'avis|r[ée]f[ée]rence|poste)|du poste)|n[°o] de l'avis"
    r"|avis de vacance (?:n[°o]|num[ée]ro)|vacancy notice (?:no\.?|number))\s*(?:n[°o]\s*)?[:#]\s*"
    r"(?P<v>[A-Z0-9][\w./ -]{1,30}?)\s*$",
    re.IGNORECASE,
)


def find_reference(lines: list[str]) -> Found:
    """The reference number as written, from a "Reference:" label among the first lines.

    >>> find_reference(["AVIS DE VACANCE", "Référence : IS 123/26"])
    ('IS 123/26', 'Référence : IS 123/26')
    """
    for line in lines[:60]:
        match = _REFERENCE.match(line)
        if match and re.search(r"\d", match.group("v")):
            return match.group("v").strip(), line
    return None, None


def reference_key(reference: str | None) -> str:
    """A reference as compared: capitals, letters and digits only ("IS 123/26" == "is-123/26")."""
    return re.sub(r"[^A-Z0-9]", "", (reference or "").upper())
