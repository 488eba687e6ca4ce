"""Month names as notices and CVs write them: English and French for notices, every member nation's
language (CLDR, through babel) for CVs."""

from __future__ import annotations

import re
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


# Fields of a CLDR date pattern that a date written year first can hold; weekdays and eras are left out.
_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")


@cache
def year_first_patterns() -> tuple[tuple[tuple[str, str], ...], ...]:
    """How the member nations' languages write a date year first, from CLDR's date formats and skeletons
    (babel): each a sequence of (kind, text), kind "year", "month" (a name), "number" (a month in digits),
    "day" or "literal" (the words and marks between: Latvian "gada", Lithuanian "m." and "d.", Hungarian
    "."). A CV in a language nobody here has read writes its periods the same way.

    >>> (("year", "y"), ("literal", ". gada "), ("day", "d"), ("literal", ". "), ("month", "MMMM")) in (
    ...     year_first_patterns())
    True
    """
    from babel import Locale

    found: dict[tuple[tuple[str, str], ...], None] = {}
    for locale in MEMBER_LOCALES:
        data = Locale.parse(locale)
        patterns = [data.date_formats[width].pattern for width in ("full", "long", "medium", "short")]
        patterns += [data.datetime_skeletons[s].pattern for s in ("yMMMM", "yMMM", "yMd", "yM", "yMMMMd")
                     if s in data.datetime_skeletons]  # fmt: skip
        for pattern in patterns:
            fields = _fields(pattern)
            kinds = [kind for kind, _ in fields]
            month = "month" if "month" in kinds else "number"
            if "year" in kinds and month in kinds and kinds.index("year") < kinds.index(month):
                found[fields] = None
    return tuple(found)


def _fields(pattern: str) -> tuple[tuple[str, str], ...]:
    """A CLDR pattern's fields, without the weekday (and the comma that joins it) at either end."""
    fields: list[tuple[str, str]] = []
    for token in _FIELD.finditer(pattern):
        text = token[0]
        if text.startswith("'"):
            fields.append(("literal", text[1:-1].replace("''", "'")))
        elif not token[1]:
            fields.append(("literal", text))
        elif token[1] in "yu":
            fields.append(("year", text))
        elif token[1] in "ML":
            fields.append(("month" if len(text) >= 3 else "number", text))
        elif token[1] == "d":
            fields.append(("day", text))
        elif token[1] in "Ec":
            fields.append(("weekday", text))
        else:
            return ()  # an era, an hour: not a date a CV writes
    # Join adjacent literals and drop the weekday with the literal that joins it to the date.
    while fields and fields[0][0] in ("weekday", "literal"):
        fields.pop(0)
    while fields and fields[-1][0] == "weekday":
        fields.pop()
        while fields and fields[-1][0] == "literal" and not fields[-1][1].strip(" ,"):
            fields.pop()
    joined: list[tuple[str, str]] = []
    for kind, text in fields:
        if kind == "literal" and joined and joined[-1][0] == "literal":
            joined[-1] = ("literal", joined[-1][1] + text)
        else:
            joined.append((kind, text))
    return tuple(joined)


@cache
def year_suffixes() -> tuple[str, ...]:
    """What the member nations' languages write after a year that ends a date (CLDR): Croatian "2019.",
    Bulgarian and Macedonian "2019 г."; casefolded, spaces as written.

    >>> sorted(year_suffixes())
    ['.', '\\u202fг.']
    """
    from babel import Locale

    found: set[str] = set()
    for locale in MEMBER_LOCALES:
        data = Locale.parse(locale)
        for pattern in [data.date_formats[w].pattern for w in ("long", "medium", "short")] + [
            data.datetime_skeletons[s].pattern for s in ("yMMMM", "yMMM") if s in data.datetime_skeletons
        ]:
            fields = _fields(pattern)
            if len(fields) >= 2 and fields[-1][0] == "literal" and fields[-2][0] == "year":
                found.add(fields[-1][1].casefold())
    return tuple(found)


@cache
def open_end_words() -> tuple[str, ...]:
    """The member nations' words for "today" and "now" (CLDR's relative day and second fields, as
    ``dateparser`` ships them; babel leaves them out): how a CV ends a post still held, often after a
    preposition ("šodien", "iki dabar", "do danas", "bis heute", "teraz", "ma", "most").

    >>> {"šodien", "dabar", "danas", "heute", "teraz", "денес", "täna", "núna"} <= set(open_end_words())
    True
    """
    from importlib import import_module

    found: set[str] = set()
    for locale in MEMBER_LOCALES:
        relative = import_module(f"dateparser.data.date_translation_data.{locale}").info.get(
            "relative-type", {}
        )
        for field in ("0 day ago", "0 second ago"):
            found.update(word.casefold() for word in relative.get(field, ()))
    return tuple(sorted(found))


@cache
def month_stems() -> dict[str, int]:
    """Stems of the month names of languages that write a word between the year and the month (CLDR:
    Latvian "2020. gada marta", the genitive of "marts", which CLDR does not give) -> month; read only in
    such a year-first date. A stem shared by two months is left out.

    >>> month_stems()["mart"], month_stems()["septembr"]
    (3, 9)
    """
    from babel import Locale

    found: dict[str, set[int]] = {}
    for locale in MEMBER_LOCALES:
        data = Locale.parse(locale)
        patterns = [data.date_formats[w].pattern for w in ("long", "medium")]
        if not any(kind == "literal" and re.search(r"[^\W\d_]", text) for p in patterns for kind, text in
                   year_first_fields(p)):  # fmt: skip
            continue
        for context in ("format", "stand-alone"):
            for number, name in data.months[context]["wide"].items():
                name = name.casefold()
                stem = name[: max(4, len(name) - 2)] if len(name) > 4 else name[:-1]
                found.setdefault(stem, set()).add(number)
    return {stem: next(iter(months)) for stem, months in found.items() if len(months) == 1}


def year_first_fields(pattern: str) -> tuple[tuple[str, str], ...]:
    """The fields of a pattern that writes the year before the month, else ()."""
    fields = _fields(pattern)
    kinds = [kind for kind, _ in fields]
    if "year" in kinds and "month" in kinds and kinds.index("year") < kinds.index("month"):
        return fields
    return ()


@cache
def duration_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words for "year", words for "month") as the member nations' languages write a length of time in
    full, every plural form ("1 año", "8 años", "2 lata", "5 lat", "11 mėnesių"): CLDR's duration units
    (babel). One-letter short forms ("a", "m.", "v") are too often other words and are left out.

    >>> years, months = duration_words()
    >>> {"año", "años", "vuotta", "metų"} <= years, {"mes", "meses", "miesięcy", "hónap"} <= months
    (True, True)
    """
    from babel import Locale

    found: tuple[set[str], set[str]] = (set(), set())
    for locale in MEMBER_LOCALES:
        units = Locale.parse(locale)._data["unit_patterns"]
        for words, unit in zip(found, ("duration-year", "duration-month"), strict=True):
            # the long forms, else the short ones where CLDR gives no long one (Italian, Portuguese, Turkish)
            forms = {**units.get(unit, {}).get("short", {}), **units.get(unit, {}).get("long", {})}
            for plural, pattern in forms.items():
                word = pattern.replace("{0}", "").strip().lower()
                if plural != "per" and len(word) >= 2 and re.fullmatch(r"[^\W\d_]+", word):
                    words.add(word)
    return frozenset(found[0]), frozenset(found[1])
