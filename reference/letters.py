"""Letters as texts are compared across languages. Pure, no database."""

from __future__ import annotations

import unicodedata


def unaccented(text: str) -> str:
    """The text without its accents, compatibility forms spelled out ("Réflexion" -> "Reflexion",
    "ÖZGEÇMİŞ" -> "OZGECMIS"); an ASCII text as it is.

    >>> unaccented("sécurité"), unaccented("Curriculum")
    ('securite', 'Curriculum')
    """
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
