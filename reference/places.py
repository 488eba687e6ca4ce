"""Countries and duty stations as notices and job boards write them: plain data for the parser, no database."""

from __future__ import annotations

from .nations import MEMBER_NATION_CODES, MEMBER_NATIONS, NATION_ALIASES, displayed_nation

# Two-letter country codes (lower case) -> member nation: job boards write "LU-Capellen".
COUNTRY_CODES: dict[str, str] = {code.lower(): name for code, name in MEMBER_NATION_CODES.items()}

# Three-letter codes (ISO 3166-1 alpha-3, which NATO's own country codes follow) -> member nation: military
# notices write "Mons (BEL)", "Lago Patria, Naples (ITA)".
COUNTRY_CODES_3: dict[str, str] = {
    "alb": "Albania", "bel": "Belgium", "bgr": "Bulgaria", "can": "Canada", "hrv": "Croatia",
    "cze": "Czechia", "dnk": "Denmark", "est": "Estonia", "fin": "Finland", "fra": "France", "deu": "Germany",
    "grc": "Greece", "hun": "Hungary", "isl": "Iceland", "ita": "Italy", "lva": "Latvia", "ltu": "Lithuania",
    "lux": "Luxembourg", "mne": "Montenegro", "nld": "Netherlands", "mkd": "North Macedonia", "nor": "Norway",
    "pol": "Poland", "prt": "Portugal", "rou": "Romania", "svk": "Slovakia", "svn": "Slovenia",
    "esp": "Spain", "swe": "Sweden", "tur": "Türkiye", "gbr": "United Kingdom", "usa": "United States",
}  # fmt: skip

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

# Duty stations as notices write them (casefolded, also in the host nation's language) -> the city in
# English and its country: a notice that names only the city ("Brussels", "Bruxelles") is in that country.
DUTY_STATION_PLACES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("brussels", "bruxelles", "brussel", "evere"), ("Brussels", "Belgium")),
    **dict.fromkeys(("mons", "bergen"), ("Mons", "Belgium")),
    "casteau": ("Casteau", "Belgium"),
    "glons": ("Glons", "Belgium"),
    **dict.fromkeys(("the hague", "den haag", "la haye", "'s-gravenhage"), ("The Hague", "Netherlands")),
    "brunssum": ("Brunssum", "Netherlands"),
    "capellen": ("Capellen", "Luxembourg"),
    "betzdorf": ("Betzdorf", "Luxembourg"),
    **dict.fromkeys(("naples", "napoli", "lago patria"), ("Naples", "Italy")),
    **dict.fromkeys(("rome", "roma"), ("Rome", "Italy")),
    "la spezia": ("La Spezia", "Italy"),
    "poggio renatico": ("Poggio Renatico", "Italy"),
    "geilenkirchen": ("Geilenkirchen", "Germany"),
    "ramstein": ("Ramstein", "Germany"),
    "uedem": ("Uedem", "Germany"),
    "kalkar": ("Kalkar", "Germany"),
    "ulm": ("Ulm", "Germany"),
    "oberammergau": ("Oberammergau", "Germany"),
    "stavanger": ("Stavanger", "Norway"),
    "bydgoszcz": ("Bydgoszcz", "Poland"),
    **dict.fromkeys(("warsaw", "warszawa"), ("Warsaw", "Poland")),
    **dict.fromkeys(("lisbon", "lisboa"), ("Lisbon", "Portugal")),
    "oeiras": ("Oeiras", "Portugal"),
    "izmir": ("Izmir", "Türkiye"),
    "madrid": ("Madrid", "Spain"),
    **dict.fromkeys(("torrejon", "torrejón", "torrejón de ardoz"), ("Torrejón", "Spain")),
    "northwood": ("Northwood", "United Kingdom"),
    "norfolk": ("Norfolk, Virginia", "United States"),
    "riga": ("Riga", "Latvia"),
    "vilnius": ("Vilnius", "Lithuania"),
    "tallinn": ("Tallinn", "Estonia"),
    **dict.fromkeys(("bucharest", "bucurești", "bucuresti"), ("Bucharest", "Romania")),
    "sofia": ("Sofia", "Bulgaria"),
    "budapest": ("Budapest", "Hungary"),
    "papa": ("Papa", "Hungary"),
    "pápa": ("Pápa", "Hungary"),
}

# Duty stations whose name differs in French (the others are written alike).
DUTY_STATIONS_FR: dict[str, str] = {
    "Brussels": "Bruxelles", "The Hague": "La Haye", "Lisbon": "Lisbonne", "Warsaw": "Varsovie",
    "Bucharest": "Bucarest", "Norfolk, Virginia": "Norfolk (Virginie)",
}  # fmt: skip


def displayed_place(value: str) -> str:
    """A place as stored ("Brussels, Belgium"), in the active language: "Bruxelles, Belgique" in French (the
    country from CLDR, a duty station's French name where it has one); other text as written."""
    from django.utils.translation import get_language

    city, comma, country = value.rpartition(", ")
    if not comma:
        city, country = value, ""
    if (get_language() or "en").startswith("fr"):
        city = DUTY_STATIONS_FR.get(city, city)
    return f"{city}, {displayed_nation(country)}" if country else displayed_nation(city)
