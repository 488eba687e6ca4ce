"""Countries and duty stations as notices and job boards write them: plain data for the parser, no database."""

from __future__ import annotations

from .nations import MEMBER_NATION_CODES, MEMBER_NATIONS, NATION_ALIASES

# Two-letter country codes (lower case) -> member nation: job boards write "LU-Capellen".
COUNTRY_CODES: dict[str, str] = {code.lower(): name for code, name in MEMBER_NATION_CODES.items()}

# Country names as job boards write them (casefolded), in English and the host nations' languages.
COUNTRY_NAMES: frozenset[str] = frozenset(
    [n.casefold() for n in MEMBER_NATIONS]
    + list(NATION_ALIASES)
    + ["belgique", "belgië", "belgie", "italia", "deutschland", "nederland", "españa", "turkey", "norge"]
)

# Duty stations of NATO bodies (casefolded words): a job board may write one after the title
# ("Senior Assistant – Mons").
DUTY_STATIONS: frozenset[str] = frozenset(
    [
        "brussels",
        "mons",
        "the",
        "hague",
        "capellen",
        "naples",
        "brunssum",
        "la",
        "spezia",
        "geilenkirchen",
        "ramstein",
        "uedem",
        "stavanger",
        "bydgoszcz",
        "lisbon",
        "oeiras",
        "rome",
        "oberammergau",
        "izmir",
        "madrid",
        "ulm",
        "betzdorf",
        "kalkar",
        "northwood",
        "norfolk",
        "torrejon",
        "poggio",
        "renatico",
        "glons",
        "casteau",
        "evere",
        "braine-l'alleud",
        "luxembourg",
        "riga",
        "vilnius",
        "tallinn",
        "bucharest",
        "sofia",
        "budapest",
        "warsaw",
    ]
)
