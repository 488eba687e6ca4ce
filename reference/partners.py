"""NATO's partner nations and their cities, as member nations' languages name them.

Work "in a partner country" is shown by the country or the city an entry names ("Kyiv", "Kiszyniów",
"Tiflis"). The names come from CLDR (babel, BSD-3-Clause) and are written out once by
``scripts/build_partner_places.py`` into ``partner_places.txt``: reading 27 locales at every start cost each
process 0.4 s and 34 MB. ``tests/reference/test_partner_places.py`` checks the file against CLDR.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).resolve().parent / "partner_places.txt"

# NATO's partner nations (the Euro-Atlantic Partnership Council's, the Mediterranean Dialogue's, the Istanbul
# Cooperation Initiative's and the partners across the globe; not those whose partnership is suspended), by
# their CLDR codes.
PARTNER_NATIONS = (
    "AM", "AT", "AZ", "BA", "CH", "GE", "IE", "KZ", "KG", "MD", "MT", "RS", "TJ", "TM", "UA", "UZ", "DZ", "EG",
    "IL", "JO", "MR", "MA", "TN", "BH", "KW", "QA", "AE", "AF", "AU", "CO", "IQ", "JP", "KR", "MN", "NZ", "PK",
)  # fmt: skip

# The partners whose cities a CV names for work there (their time zones' exemplar cities are their capitals
# and main cities: Kyiv, Tbilisi, Chișinău, Amman); not those of the western European partners, seats of
# international organisations and embassies, nor those of partners across the globe, whose cities are also
# names and words elsewhere ("Perth", "Darwin", "Oral").
CITY_PARTNERS = frozenset(
    {"AM", "AZ", "BA", "GE", "MD", "RS", "UA", "KG", "TJ", "TM", "UZ", "DZ", "EG", "IL", "JO", "MR", "MA", "TN",
     "BH", "KW", "QA", "AE", "IQ"}
)  # fmt: skip


@functools.cache
def partner_places() -> tuple[str, ...]:
    """The partner nations' names and cities, case-folded, as written out from CLDR."""
    return tuple(line for line in DATA.read_text(encoding="utf-8").splitlines() if line)


def places_from_cldr() -> list[str]:
    """What ``partner_places.txt`` holds, worked out from CLDR: the partner nations' names in the member
    nations' locales, and their cities (time zones' exemplar cities) in those locales; names of four letters
    or more, case-folded, sorted."""
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    from .dates import MEMBER_LOCALES

    zones = [zone for zone, code in get_global("zone_territories").items() if code in CITY_PARTNERS]
    names = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zones}
    for locale in MEMBER_LOCALES:
        territories = Locale.parse(locale).territories
        names.update(territories[code] for code in PARTNER_NATIONS if code in territories)
        names.update(get_timezone_location(zone, locale=locale, return_city=True) for zone in zones)
    return sorted({name.casefold() for name in names if len(name) > 3})
