"""Month names as notices and CVs write them: English and French for notices, every member nation's
language (CLDR, through babel) for CVs."""

from __future__ import annotations

from functools import cache

# Full names, with and without accents.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "janvier": 1, "février": 2,
    "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip

# Abbreviations ("Sept", "janv", "déc"): each is the start of its full name, so reading a month by the
# start of a name gives the same month.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "sept": 9, "jan": 1, "janv": 1, "feb": 2, "fév": 2, "févr": 2, "mar": 3, "apr": 4, "avr": 4, "jun": 6,
    "jul": 7, "juil": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12, "déc": 12,
}  # fmt: skip

MONTH_NAMES: dict[str, int] = {**MONTHS, **MONTH_ABBREVIATIONS}

# Languages of the member nations whose month names a CV may use (CLDR locales).
MEMBER_LOCALES: tuple[str, ...] = (
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "ro", "hu", "tr", "da", "sv",
    "nb", "fi", "et", "lv", "lt", "sq", "bg", "el", "mk", "is",
)  # fmt: skip


# Month names as a language declines them after "from" and "until" where CLDR gives only the nominative:
# Slovene "od oktobra 2018 do septembra 2020" (the genitive; Polish, Czech, Croatian and Slovak format
# months in CLDR are already genitive).
INFLECTED_MONTHS: dict[str, int] = {
    name: number
    for number, name in enumerate(
        ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
         "oktobra", "novembra", "decembra"),
        start=1,
    )
}  # fmt: skip

ABBREVIATION_LOCALES = frozenset({"en", "fr", "de", "es", "it", "pt", "nl"})


@cache
def month_names() -> dict[str, int]:
    """Month names and abbreviations in the member nations' languages (CLDR, casefolded, without a
    final dot) -> month number; a word that names different months in two languages is left out.

    >>> names = month_names()
    >>> names["märz"], names["mrt"], names["giugno"], names["octobre"], "listopad" in names
    (3, 3, 6, 10, False)
    """
    from babel import Locale

    found: dict[str, set[int]] = {
        name: {month} for name, month in {**MONTH_NAMES, **INFLECTED_MONTHS}.items()
    }
    for locale in MEMBER_LOCALES:
        months = Locale.parse(locale).months
        # Short abbreviations of other languages are too often words ("pro", "set", "led").
        widths = ("wide", "abbreviated") if locale in ABBREVIATION_LOCALES else ("wide",)
        for context in ("format", "stand-alone"):
            for width in widths:
                for number, name in months[context][width].items():
                    key = name.casefold().rstrip(".")
                    if len(key) >= 3 and not key.isdigit():
                        found.setdefault(key, set()).add(number)
    return {name: next(iter(months)) for name, months in found.items() if len(months) == 1}


@cache
def month_abbreviations() -> dict[str, dict[str, int]]:
    """Abbreviated month names of every member nation's language (CLDR, casefolded, without a final dot) ->
    {locale: month number}. Unlike ``month_names``, a word that names different months in two languages
    stays, with both readings ("lip": June in Croatian, July in Polish): a reader that sees the other date of
    the same period can tell which language it is written in.

    >>> abbreviations = month_abbreviations()
    >>> abbreviations["ruj"], abbreviations["lip"]["hr"], abbreviations["lip"]["pl"], abbreviations["φεβ"]
    ({'hr': 9}, 6, 7, {'el': 2})
    """
    from babel import Locale

    found: dict[str, dict[str, int]] = {}
    for locale in MEMBER_LOCALES:
        months = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for number, name in months[context]["abbreviated"].items():
                key = name.casefold().rstrip(".")
                if len(key) >= 3 and not key.isdigit():
                    found.setdefault(key, {})[locale] = number
    return found
