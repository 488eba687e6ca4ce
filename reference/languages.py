"""Languages: the one list of languages that notices, CVs and profiles name, and the key a person's
language row stores.

Keys are the project's own: the English name in lower case ("english", "flemish"). ISO 639-1 does not
fit the names in use one to one: Flemish and Dutch share "nl", Mandarin and Chinese "zh", Farsi and
Persian "fa", Slovene and Slovenian "sl", and Montenegrin and Dari have no two-letter code. Each name is
matched on its own (a notice asking for Flemish is met by Flemish) and shown as it is written, so a key
per name keeps scores and pages as they were. ``LANGUAGE_TAGS`` gives each one's BCP 47 tag, for its name
in another language (babel, CLDR data).

A language outside the list is kept as written, never dropped or guessed.
"""

from __future__ import annotations

from functools import cache

OFFICIAL_LANGUAGES: tuple[str, str] = ("English", "French")

# The order is the parser's: alternatives of a regular expression are tried in it.
LANGUAGE_NAMES: tuple[str, ...] = (
    "English", "French", "German", "Spanish", "Italian", "Portuguese", "Dutch", "Russian", "Ukrainian",
    "Arabic", "Turkish", "Polish", "Romanian", "Bulgarian", "Greek", "Albanian", "Croatian", "Serbian",
    "Macedonian", "Slovak", "Slovenian", "Slovene", "Czech", "Hungarian", "Estonian", "Latvian",
    "Lithuanian", "Danish", "Swedish", "Norwegian", "Finnish", "Icelandic", "Georgian", "Armenian",
    "Azerbaijani", "Chinese", "Mandarin", "Japanese", "Korean", "Farsi", "Persian", "Dari", "Pashto",
    "Hebrew", "Montenegrin", "Bosnian", "Belarusian", "Hindi", "Urdu", "Luxembourgish", "Maltese",
    "Kazakh", "Uzbek", "Moldovan", "Flemish", "Catalan", "Basque", "Galician", "Welsh",
)  # fmt: skip

# Key -> English name.
LANGUAGES: dict[str, str] = {name.lower(): name for name in LANGUAGE_NAMES}

LANGUAGE_TAGS: dict[str, str] = {
    "english": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it", "portuguese": "pt",
    "dutch": "nl", "russian": "ru", "ukrainian": "uk", "arabic": "ar", "turkish": "tr", "polish": "pl",
    "romanian": "ro", "bulgarian": "bg", "greek": "el", "albanian": "sq", "croatian": "hr", "serbian": "sr",
    "macedonian": "mk", "slovak": "sk", "slovenian": "sl", "slovene": "sl", "czech": "cs", "hungarian": "hu",
    "estonian": "et", "latvian": "lv", "lithuanian": "lt", "danish": "da", "swedish": "sv", "norwegian": "no",
    "finnish": "fi", "icelandic": "is", "georgian": "ka", "armenian": "hy", "azerbaijani": "az",
    "chinese": "zh", "mandarin": "cmn", "japanese": "ja", "korean": "ko", "farsi": "fa", "persian": "fa",
    "dari": "fa_AF", "pashto": "ps", "hebrew": "he", "montenegrin": "cnr", "bosnian": "bs",
    "belarusian": "be", "hindi": "hi", "urdu": "ur", "luxembourgish": "lb", "maltese": "mt", "kazakh": "kk",
    "uzbek": "uz", "moldovan": "ro_MD", "flemish": "nl_BE", "catalan": "ca", "basque": "eu", "galician": "gl",
    "welsh": "cy",
}  # fmt: skip

# Suggested in the shortlist's language filter.
COMMON_LANGUAGES: tuple[str, ...] = (
    "English", "French", "German", "Italian", "Spanish", "Dutch", "Polish", "Russian", "Arabic",
)  # fmt: skip


def language_key(text: str) -> str | None:
    """The key of a language name, any case and spacing; None for a language outside the list.

    >>> language_key(" FRENCH "), language_key("french"), language_key("Klingon")
    ('french', 'french', None)
    """
    key = " ".join(str(text).split()).lower()
    return key if key in LANGUAGES else None


def stored_language(text: str) -> str:
    """What a language row stores: the key, or the text as written when the language is not listed."""
    return language_key(text) or text


def language_name(value: str, locale: str = "en") -> str:
    """A stored language as a person reads it: "french" -> "French" ("français" in "fr"); text that is
    not a key is shown as written."""
    if value not in LANGUAGES:
        return value
    if locale == "en":
        return LANGUAGES[value]
    return _names(locale).get(LANGUAGE_TAGS[value]) or LANGUAGES[value]


def displayed_language(value: str) -> str:
    """A language (a key or its English name) named in the active language: "French" -> "French", and
    "français" when French is active; text outside the list as written."""
    from django.utils.translation import get_language

    key = language_key(value)
    if key is None:
        return value
    return language_name(key, (get_language() or "en").split("-")[0])


@cache
def _names(locale: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(locale).languages)


@cache
def language_names_written() -> dict[str, str]:
    """Every listed language's name as the member nations write it (CLDR, casefolded) -> its English name:
    "allemand", "Englisch", "inglés", "néerlandais" -> "German", "English", "Spanish"... A name that means
    different languages in two locales is left out; the English names win.

    >>> names = language_names_written()
    >>> names["englisch"], names["néerlandais"], names["inglese"], names["français"]
    ('English', 'Dutch', 'English', 'French')
    """
    from babel import Locale

    from .dates import MEMBER_LOCALES
    from .nations import NATION_ALIASES, country_names

    english_by_tag: dict[str, str] = {}
    for key, tag in LANGUAGE_TAGS.items():
        english_by_tag.setdefault(tag, LANGUAGES[key])
    found: dict[str, set[str]] = {}
    # Luxembourgish too ("Däitsch", "Franséisch"): Luxembourg's own language, whose dates are German's.
    for locale in (*MEMBER_LOCALES, "lb"):
        names = Locale.parse(locale).languages
        for tag, english in english_by_tag.items():
            if names.get(tag):
                # Turkish "İngilizce" casefolds to "i" and a combining dot: the dot goes (CVs in capitals).
                found.setdefault(names[tag].casefold().replace("i\u0307", "i"), set()).add(english)
    # Some languages' names for a language are an English country name ("albania", "georgia").
    countries = {name.casefold() for name in country_names().values()} | set(NATION_ALIASES)
    written = {
        name: next(iter(english))
        for name, english in found.items()
        if len(english) == 1 and name not in countries
    }
    return written | _JAZYK | {name.casefold(): name for name in LANGUAGE_NAMES}


# Czech and Slovak CVs name a language by its adjective and "jazyk" ("anglický jazyk", "nemecký jazyk")
# as often as by CLDR's noun ("angličtina").
_ADJECTIVES = {
    "English": "anglický",
    "German": "německý nemecký",
    "French": "francouzský francúzsky",
    "Russian": "ruský",
    "Spanish": "španělský španielsky",
    "Italian": "italský taliansky",
    "Slovak": "slovenský",
    "Czech": "český",
    "Polish": "polský poľský",
    "Hungarian": "maďarský",
    "Ukrainian": "ukrajinský",
    "Portuguese": "portugalský",
    "Dutch": "nizozemský holandský",
}
_JAZYK = {f"{form} jazyk": name for name, forms in _ADJECTIVES.items() for form in forms.split()}
