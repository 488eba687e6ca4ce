"""English or French: how the parser tells which of the notices' two languages a text is written in.

One reading for every place that asks (a notice's language, the English half of a bilingual pair, the header
of a French copy, a title's English name in brackets): how much more common its words are in French than in
English, on wordfreq's Zipf scale, as a mean per word.
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# A notice whose words lean this far to French is written in French. A notice in both languages, line by line
# or side by side, leans far less (its English halves weigh as much): it is read in English, as its English
# halves are. On the development sets' notices, French ones lean 1.8 and more, English and bilingual ones 0.9
# at most.
FRENCH_NOTICE = 1.3
# The first words of a notice tell its language; reading more only costs time.
NOTICE_WORDS = 600


def french_lean(text: str, limit: int | None = None) -> float:
    """How much more French than English the words of a text are (0 for a text without words).

    >>> french_lean("le titulaire") > 1 > 0 > french_lean("the incumbent")
    True
    """
    words = _WORD.findall(text.casefold())[:limit]
    if not words:
        return 0.0
    return sum(zipf_frequency(w, "fr") - zipf_frequency(w, "en") for w in words) / len(words)


def leans_french(text: str) -> bool:
    """Whether a word (or a text) is more common in French than in English."""
    return french_lean(text) > 0


def notice_language(text: str) -> str:
    """ "fr" when a notice is written in French, else "en".

    >>> notice_language("Le/la titulaire doit être titulaire d'un diplôme universitaire et avoir ...")
    'fr'
    >>> notice_language("Le titulaire doit avoir un diplôme. The incumbent must have a degree.")
    'en'
    """
    return "fr" if french_lean(text, NOTICE_WORDS) > FRENCH_NOTICE else "en"
