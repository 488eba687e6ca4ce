"""Nations: the member nations with their codes and other spellings, any other country by its code, and
what a person's nationality stores.

A nationality is stored as the country's ISO 3166-1 alpha-2 code in capitals ("BE", "TR", "CH"): the
standard code, for member nations and every other country alike, whose names babel (CLDR data) gives in
English and French. A nationality that is not a member nation keeps its code too: eligibility reads the
member list, not the code. Text that names no country ("Other" from sign-up, "Swiss", a typo) is kept as
written, never dropped or guessed; a country other than a member nation is recognised only by its name
exactly as CLDR writes it ("Switzerland"), so what a person wrote is shown unchanged.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .data import ReferenceData

# Code -> name as notices and pages write it (the same as CLDR's English names).
MEMBER_NATION_CODES: dict[str, str] = {
    "AL": "Albania", "BE": "Belgium", "BG": "Bulgaria", "CA": "Canada", "HR": "Croatia", "CZ": "Czechia",
    "DK": "Denmark", "EE": "Estonia", "FI": "Finland", "FR": "France", "DE": "Germany", "GR": "Greece",
    "HU": "Hungary", "IS": "Iceland", "IT": "Italy", "LV": "Latvia", "LT": "Lithuania", "LU": "Luxembourg",
    "ME": "Montenegro", "NL": "Netherlands", "MK": "North Macedonia", "NO": "Norway", "PL": "Poland",
    "PT": "Portugal", "RO": "Romania", "SK": "Slovakia", "SI": "Slovenia", "ES": "Spain", "SE": "Sweden",
    "TR": "Türkiye", "GB": "United Kingdom", "US": "United States",
}  # fmt: skip
MEMBER_NATIONS: tuple[str, ...] = tuple(MEMBER_NATION_CODES.values())
# ISO 3166 three-letter codes, as NATO's own lists write the nations (STANAG 1059: "DEU, FRA, GBR").
_MEMBER_ALPHA3 = {
    "ALB": "AL", "BEL": "BE", "BGR": "BG", "CAN": "CA", "HRV": "HR", "CZE": "CZ", "DNK": "DK", "EST": "EE",
    "FIN": "FI", "FRA": "FR", "DEU": "DE", "GRC": "GR", "HUN": "HU", "ISL": "IS", "ITA": "IT", "LVA": "LV",
    "LTU": "LT", "LUX": "LU", "MNE": "ME", "NLD": "NL", "MKD": "MK", "NOR": "NO", "POL": "PL", "PRT": "PT",
    "ROU": "RO", "SVK": "SK", "SVN": "SI", "ESP": "ES", "SWE": "SE", "TUR": "TR", "GBR": "GB", "USA": "US",
}  # fmt: skip
# A member nation's code as lists of nations write it: ISO two or three letters, and "UK".
MEMBER_CODES: dict[str, str] = {
    **MEMBER_NATION_CODES,
    **{code3: MEMBER_NATION_CODES[code2] for code3, code2 in _MEMBER_ALPHA3.items()},
    "UK": "United Kingdom",
}

# Other spellings (lower case) -> member nation name.
NATION_ALIASES: dict[str, str] = {
    "czech republic": "Czechia",
    "turkey": "Türkiye",
    "turkiye": "Türkiye",
    "uk": "United Kingdom",
    "great britain": "United Kingdom",
    "britain": "United Kingdom",
    "usa": "United States",
    "us": "United States",
    "united states of america": "United States",
    "the netherlands": "Netherlands",
    "holland": "Netherlands",
    "macedonia": "North Macedonia",
    "united kingdom of great britain and northern ireland": "United Kingdom",
    "česká republika": "Czechia",
    "slovenská republika": "Slovakia",
}

# A CV's "Nationality: Belgian": the member nation a demonym names (lower case).
DEMONYMS: dict[str, str] = {
    "albanian": "Albania", "belgian": "Belgium", "bulgarian": "Bulgaria", "canadian": "Canada",
    "croatian": "Croatia", "czech": "Czechia", "danish": "Denmark", "dane": "Denmark",
    "estonian": "Estonia", "finnish": "Finland", "finn": "Finland", "french": "France",
    "german": "Germany", "greek": "Greece", "hungarian": "Hungary", "icelandic": "Iceland",
    "icelander": "Iceland", "italian": "Italy", "latvian": "Latvia", "lithuanian": "Lithuania",
    "luxembourgish": "Luxembourg", "luxembourger": "Luxembourg", "montenegrin": "Montenegro",
    "dutch": "Netherlands", "macedonian": "North Macedonia", "north macedonian": "North Macedonia",
    "norwegian": "Norway", "polish": "Poland", "portuguese": "Portugal", "romanian": "Romania",
    "slovak": "Slovakia", "slovakian": "Slovakia", "slovenian": "Slovenia", "slovene": "Slovenia",
    "spanish": "Spain", "swedish": "Sweden", "turkish": "Türkiye", "british": "United Kingdom",
    "american": "United States", "hellenic": "Greece", "walloon": "Belgium", "scottish": "United Kingdom",
    "welsh": "United Kingdom",
}  # fmt: skip

# The same in the member nations' main languages, as CVs write a nationality ("Nationalité : belge",
# "citoyenne française", "Staatsangehörigkeit: deutsch", "Nacionalidad: española"): French masculine and
# feminine, German adjective, Spanish, Italian, Portuguese and Dutch forms, lower case.
DEMONYMS_IN_OTHER_LANGUAGES: dict[str, str] = {
    "Albania": "albanais albanaise albanisch albanés albanesa albanese albanês albanees",
    "Belgium": "belge belgisch belgische belga belgo",
    "Bulgaria": "bulgare bulgarisch búlgaro búlgara bulgaro bulgara bulgaars",
    "Canada": "canadien canadienne kanadisch canadiense canadese canadiano canadiana canadees",
    "Croatia": "croate kroatisch croata croato kroatisch",
    "Czechia": "tchèque tschechisch checo checa ceco ceca tcheco tcheca tsjechisch",
    "Denmark": "danois danoise dänisch danés danesa danese dinamarquês dinamarquesa deens",
    "Estonia": "estonien estonienne estnisch estonio estonia estone estoniano estoniana ests",
    "Finland": "finlandais finlandaise finnisch finlandés finlandesa finlandese finlandês fins",
    "France": "français française französisch francés francesa francese francês frans franse",
    "Germany": "allemand allemande deutsch deutsche deutscher alemán alemana tedesco tedesca alemão alemã duits duitse",
    "Greece": "grec grecque griechisch griego griega greco greca grego grega grieks griekse",
    "Hungary": "hongrois hongroise ungarisch húngaro húngara ungherese húngaro hongaars",
    "Iceland": "islandais islandaise isländisch islandés islandesa islandese islandês ijslands",
    "Italy": "italien italienne italienisch italiano italiana italiaans italiaanse",
    "Latvia": "letton lettone lettisch letón letona lettone letão lets",
    "Lithuania": "lituanien lituanienne litauisch lituano lituana litouws",
    "Luxembourg": "luxembourgeois luxembourgeoise luxemburgisch luxemburgués luxemburguesa lussemburghese luxemburguês luxemburgs"
    " lëtzebuergesch lëtzebuergeschen lëtzebuergesche",
    "Montenegro": "monténégrin monténégrine montenegrinisch montenegrino montenegrina montenegrijns",
    "Netherlands": "néerlandais néerlandaise niederländisch neerlandés neerlandesa olandese holandês holandesa nederlands nederlandse",
    "North Macedonia": "macédonien macédonienne mazedonisch nordmazedonisch macedonio macedonia macedone macedônio",
    "Norway": "norvégien norvégienne norwegisch noruego noruega norvegese norueguês norueguesa noors",
    "Poland": "polonais polonaise polnisch polaco polaca polacco polacca polonês polonesa pools poolse",
    "Portugal": "portugais portugaise portugiesisch portugués portuguesa portoghese português portugees",
    "Romania": "roumain roumaine rumänisch rumano rumana rumeno rumena romeno romena roemeens",
    "Slovakia": "slovaque slowakisch eslovaco eslovaca slovacco slovacca slowaaks",
    "Slovenia": "slovène slowenisch esloveno eslovena sloveno slovena sloveens",
    "Spain": "espagnol espagnole spanisch español española spagnolo spagnola espanhol espanhola spaans spaanse",
    "Sweden": "suédois suédoise schwedisch sueco sueca svedese zweeds",
    "Türkiye": "turc turque türkisch turco turca turks turkse",
    "United Kingdom": "britannique britisch británico británica britannico britannica britânico brits britse",
    "United States": "américain américaine amerikanisch estadounidense statunitense americano americana norte-americano amerikaans",
}  # fmt: skip


# Each nation's own words for its nationality, as its citizens write them in a CV in their language.
OWN_DEMONYMS: dict[str, str] = {
    "Albania": "shqiptar shqiptare shqiptarë",
    # The Dutch noun for a citizen ("Nationaliteit: Belg", "Nationaliteit: Nederlander").
    "Belgium": "belg",
    "Netherlands": "nederlander",
    "Bulgaria": "българско българин българка bulgarsko",
    "Croatia": "hrvatsko hrvatska hrvat hrvatica hrvatske",
    "Czechia": "česká český české ceska cesky",
    "Denmark": "dansk danske danskt",
    "Estonia": "eesti eestlane",
    "Finland": "suomalainen",
    "Greece": "ελληνική έλληνας ελληνίδα ελληνικη",
    "Hungary": "magyar",
    "Iceland": "íslensk íslenskur íslenskt",
    "Latvia": "latvietis latviete latvijas",
    "Lithuania": "lietuvis lietuvė lietuvos",
    "North Macedonia": "македонско македонец makedonsko",
    "Norway": "norsk norske norskt",
    "Poland": "polskie polski",
    "Romania": "română român româna",
    "Slovakia": "slovenská slovenský slovenske slovensky",
    "Slovenia": "slovensko slovenec slovenka slovenski slovenije",
    "Sweden": "svensk svenska svenskt",
    "Türkiye": "türk tc t.c",
}  # fmt: skip


def nation_of_demonym(word: str) -> str | None:
    """The member nation a nationality word names, in English or another member language ("belge",
    "deutsch", "U.S."); None for anything else.

    >>> nation_of_demonym("Française"), nation_of_demonym("deutsch"), nation_of_demonym("U.S.")
    ('France', 'Germany', 'United States')
    """
    key = " ".join(word.split()).casefold().strip(" .")
    if key in {"u.s", "us", "u. s"}:
        return "United States"
    return DEMONYMS.get(key) or _other_demonyms().get(key)


# A state's formal name: "Federal Republic of Germany", "Kingdom of the Netherlands", "Grand Duchy of
# Luxembourg", "Slovak Republic", "Hellenic Republic" (the name or demonym it is built on).
_FORMAL_NAME = re.compile(
    r"^(?:the )?(?:(?:federal|democratic|united|grand) )*(?:republic|kingdom|duchy|principality|state) of "
    r"(?:the )?(?P<name>.+)$|^(?P<demonym>[^ ]+(?: [^ ]+)?) republic$"
)


def formal_name_core(key: str) -> str | None:
    """The name or demonym a (case-folded) formal state name is built on, or None.

    >>> formal_name_core("federal republic of germany"), formal_name_core("hellenic republic")
    ('germany', 'hellenic')
    """
    found = _FORMAL_NAME.match(key)
    return (found.group("name") or found.group("demonym")) if found else None


def nation_named(name: str) -> str | None:
    """The member nation a country name names in a member nation's language (CLDR): "Česko",
    "Deutschland", "Belgique" -> "Czechia", "Germany", "Belgium"."""
    return _member_names_written().get(" ".join(name.split()).casefold())


@cache
def _member_names_written() -> dict[str, str]:
    """Member nations' names in the member nations' languages (CLDR): "Česko", "Deutschland", "Belgique"."""
    from .dates import MEMBER_LOCALES

    names: dict[str, str] = {}
    for locale in MEMBER_LOCALES:
        for code, name in country_names(locale).items():
            if code in MEMBER_NATION_CODES:
                names.setdefault(name.casefold(), MEMBER_NATION_CODES[code])
    return names


@cache
def _other_demonyms() -> dict[str, str]:
    return {form: nation for nation, forms in DEMONYMS_IN_OTHER_LANGUAGES.items() for form in forms.split()}


@cache
def _own_demonyms() -> dict[str, str]:
    return {form: nation for nation, forms in OWN_DEMONYMS.items() for form in forms.split()}


def nation_of_own_demonym(word: str) -> str | None:
    """The member nation that a nationality word in its own language names ("dansk", "polskie",
    "magyar"). Many of these are also the language's name, so they are read only after a nationality
    label."""
    return _own_demonyms().get(" ".join(word.split()).casefold().strip(" ."))


# CLDR territories with two-letter codes that are no country of nationality.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})
_CODE_OF_MEMBER = {name: code for code, name in MEMBER_NATION_CODES.items()}


@cache
def country_names(locale: str = "en") -> dict[str, str]:
    """Every country: code -> name in ``locale`` (CLDR), member nations under their names above in English."""
    from babel import Locale

    names = {
        code: name
        for code, name in Locale.parse(locale).territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    return {**names, **MEMBER_NATION_CODES} if locale == "en" else names


@cache
def _code_of_country() -> dict[str, str]:
    return {name: code for code, name in country_names().items()}


def nation_code(text: str, reference: ReferenceData | None = None) -> str | None:
    """The code of the country ``text`` names: a member nation by name or alias in any case, another
    country by its CLDR name as written; None for anything else.

    >>> nation_code("turkey"), nation_code("UK"), nation_code("Switzerland"), nation_code("switzerland")
    ('TR', 'GB', 'CH', None)
    """
    if reference is None:
        from .data import DEFAULT_REFERENCE

        reference = DEFAULT_REFERENCE
    written = " ".join(str(text).split())
    if written in country_names():
        return written  # already a code
    member = reference.canonical_nation(written)
    if member:
        return _CODE_OF_MEMBER.get(member) or _code_of_country().get(member)
    return _code_of_country().get(written)


def stored_nationality(text: str, reference: ReferenceData | None = None) -> str:
    """What ``Candidate.nationality`` stores: the code, or the text as written when it names no country."""
    return (nation_code(text, reference) or text) if text else ""


def displayed_nation(value: str) -> str:
    """A stored nationality (a code) or a country's English name, in the active language: "BE" and
    "Belgium" -> "Belgique" in French; text that names no country as written."""
    from django.utils.translation import get_language

    return nation_in(value, (get_language() or "en").split("-")[0])


def nation_in(value: str, locale: str) -> str:
    """A nationality code or a country's English name in ``locale`` ("fr": "Belgium" -> "Belgique"), from
    CLDR; text that names no country as written. No settings needed (the notice parser uses it)."""
    code = value if value in country_names() else _code_of_country().get(value)
    if code is None:
        return value
    return country_names(locale).get(code) or country_names().get(code, value)


def nation_name(value: str, locale: str = "en") -> str:
    """A stored nationality as a person reads it: "TR" -> "Türkiye" ("Turquie" in "fr"); text that is not a
    code is shown as written."""
    return country_names(locale).get(value, value) if value else ""
