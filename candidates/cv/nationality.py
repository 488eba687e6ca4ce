"""A CV's nationality, only where it is stated, as the member nation's English name.

Read from a label anywhere in a line, in the member nations' languages ("Nationality: Belgian",
"Born 1982 in Brno | Nationality: Czech", "Citizenship | Latvian", "Nationalité : belge", "Nationality: |
Dutch", "Citizenship: Slovak Republic · peter@...",
"Staatsangehörigkeit: deutsch"), from prose ("a Dutch national", "U.S. citizen", "citoyenne française",
"Citizen of the Republic of North Macedonia"), or from a line near the top that is a demonym alone
("Norwegian"). Demonyms and country names come from ``reference.nations``. A nationality that is not a
member nation's is not proposed.
"""

from __future__ import annotations

import re

from reference.data import ReferenceData
from reference.nations import country_names, nation_named, nation_of_demonym, nation_of_own_demonym
from reference.patterns import any_of

# "Nationality" and "citizenship" in the member nations' languages.
NATIONALITY_LABELS = (
    "nationality", "nationalities", "nationalité", "nationalität", "nationaliteit", "nationalità",
    "nationalitet", "nazionalità", "nasjonalitet", "naționalitate", "citizenship", "citoyenneté",
    "staatsangehörigkeit", "nacionalidad", "nacionalidade", "vatandaşlık", "shtetësia", "ríkisfang",
    "státní příslušnost", "občanství", "státní občanství", "εθνικότητα", "cittadinanza", "obywatelstwo",
    "narodowość", "štátna príslušnosť", "državljanstvo", "statsborgerskap", "medborgarskap",
    "statsborgerskab", "kansalaisuus", "állampolgárság", "uyruk", "uyruğu", "cetățenie", "cetățenia", "cetăţenia", "pilietybė", "pilsonība",
    "kodakondsus", "υπηκοότητα", "гражданство", "државјанство", "državljanstvo", "passport", "passeport",
    "reisepass", "pasaporte", "passaporto", "paszport", "cestovní pas", "útlevél", "pasaport", "паспорт",
    "διαβατήριο", "nationalitéit", "staatsbiergerschaft",
)  # fmt: skip
_LABEL = re.compile(
    rf"{any_of(list(NATIONALITY_LABELS))}"
    r"(?:\s*\((?:s|ies)\))?(?:\s*/\s*[^\W\d_]+)?(?:\s*\.{2,}|\s*[:|]|\s+[–—-](?=\s))*\s*(?P<value>[^|;–—:·•]+)",
    re.IGNORECASE,
)
_LABEL_ALONE = re.compile(rf"{any_of(list(NATIONALITY_LABELS))}(?:\s*\((?:s|ies)\))?\s*:?", re.IGNORECASE)
_PROSE = re.compile(
    # "a citizen" in the member languages too: "Svensk medborgare", "dansk statsborger", "Suomen kansalainen".
    # The nationality's noun after its adjective in the member languages too: "de Nederlandse nationaliteit",
    # "die deutsche Staatsangehörigkeit", "la nationalité" is noun first (``_NOUN_FIRST``).
    r"(?P<demonym>\b[\w.]+(?:\s+[\w.]+)?)\s+(?:citizen|national|citizenship|nationality|passport"
    r"|(?P<own>nationaliteit|staatsangehörigkeit|staatsbürgerschaft|nationalität|statsborgerskap"
    r"|statsborgerskab|medborgarskap|ríkisborgararétt|medborgare|statsborger|statsborgare|kansalainen|staatsbürger(?:in)?|staatsburger|állampolgár"
    r"|cetățean|vatandaşı))\b"
    r"|\bcitoyen(?:ne)?\s+(?P<fr>\w+)"
    r"|\b(?:citizen|national)\s+of\s+(?:the\s+)?(?:(?:republic|kingdom|grand duchy)\s+of\s+(?:the\s+)?)?"
    r"(?P<country>[\w ]+?)(?=\s*[.,;|·•–—(]|$|\s+(?:and|with|since|born)\b)",
    re.IGNORECASE,
)
# The noun first, as the Romance and Slavic languages write it: "ciudadano español", "cetățean român",
# "cittadina italiana", "obywatel polski", "državljan Slovenije" (read after ``_PROSE``, whose demonym-first
# reading would take "Sunt cetățean" and go past the adjective).
_NOUN_FIRST = re.compile(
    r"\b(?:citoyen(?:ne)?|ciudadan[oa]|cidad[ãa]o|cidadã|cittadin[oa]|cetățean(?:ă)?|cetăţean(?:ă)?"
    r"|cetatean(?:a)?|obywatel(?:ka)?|občan(?:ka)?|državljan(?:ka)?|drzavljan(?:ka)?|pilietis|pilietė"
    r"|pilsonis|pilsone|kodanik|πολίτης|гражданин|гражданка|државјанин|државјанка|shtetas|shtetase)"
    r"\s+(?P<fr>\w+)",
    re.IGNORECASE,
)
# Words that make a nationality in prose someone else's, or not held.
_SOMEONE_ELSE = re.compile(
    r"\b(?:married|spouse|wife|husband|partner|father|mother|parents?|son|daughter|children|family"
    r"|épou(?:se|x)|conjoint\w*|mari[ée]e? (?:à|avec)|verheiratet|ehe(?:frau|mann)|sposat[oa]|casad[oa]"
    r"|not an?|non-|formerly|former|applied for|applying for|pending)\b",
    re.IGNORECASE,
)
_PROSE_WORD = re.compile(
    r"citizen|national|citoyen|passport|medborga|statsborg|staatsang|ríkisborg|kansalainen|staatsb|állampolgár|cetățean|vatandaşı"
    r"|ciudadan|cidad|cittadin|cetăţean|cetatean|obywatel|občan|državljan|drzavljan|piliet|pilson|kodanik"
    r"|πολίτης|граждан|државјан|shtetas",
    re.IGNORECASE,
)
# How far from the top a demonym alone on its line is read as the nationality.
TOP_LINES = 8


def nationality_in(lines: list[str], reference: ReferenceData) -> str | None:
    """The member nation the CV states as the person's nationality.

    >>> from reference.data import DEFAULT_REFERENCE as R
    >>> nationality_in(["Date of birth 04/07/1979 | Nationality Greek"], R), nationality_in(["I am a Dutch national."], R)
    ('Greece', 'Netherlands')
    """
    for line in lines:
        for match in _LABEL.finditer(line):
            cell = re.split(r"[|;•·]", line[: match.start()])[-1]
            if len(cell) <= 25 and _SOMEONE_ELSE.search(cell):
                continue  # "Spouse's nationality: ...", "Épouse de nationalité italienne"
            nation = _nation(match["value"], reference, after_label=True)
            if nation:
                return nation
    for line, below in zip(lines, lines[1:]):
        # The label alone on its line, its value on the next (a sidebar's "NATIONALITY" over "Belgian").
        if _LABEL_ALONE.fullmatch(line.strip()) and (nation := _nation(below, reference, after_label=True)):
            return nation
    for line in lines:
        if not _PROSE_WORD.search(line):
            continue  # a cheap look first: the prose pattern is slow on long lines
        for match in [*_PROSE.finditer(line), *_NOUN_FIRST.finditer(line)]:
            if _SOMEONE_ELSE.search(line[max(0, match.start() - 40) : match.start() + len(match[0])]):
                continue  # "married to a French national": someone else's nationality
            if match.re is _PROSE and match["demonym"]:
                words = match["demonym"].split()
                nation = _nation(" ".join(words[-1:]), reference) or _nation(match["demonym"], reference)
                if not nation and match["own"]:
                    nation = nation_of_own_demonym(words[-1])  # "Svensk medborgare": the word in its language
            else:
                found = match["fr"] if match.re is _NOUN_FIRST else match["fr"] or match["country"]
                nation = _nation(found or "", reference)
                if not nation and found and match.re is _NOUN_FIRST:
                    nation = nation_of_own_demonym(found)  # "cetățean român": in its own language
            if nation:
                return nation
    for line in [line for line in lines if line][:TOP_LINES]:
        nation = nation_of_demonym(line.strip(" ."))
        if nation:
            return nation
        # A demonym alone in a cell of the contact line ("jan@example.nl · +31 6 ... · Dutch") or after an
        # icon of its own ("⚐ Hungarian", "🏳 Italian"), as a one-line head gives each fact a cell.
        contact = bool(_CONTACT.search(line))
        for cell in _CELL.split(line):
            if contact or _ICON_BEFORE.match(cell):
                nation = nation_of_demonym(_ICON_BEFORE.sub("", cell).strip(" ."))
                if nation:
                    return nation
    return None


_CONTACT = re.compile(r"@[\w-]+\.\w|\+?\d[\d ()/.-]{7,}\d")
# Between the cells of a line: a spaced dot, bar, bullet or dash, a wide blank, or an icon (a symbol that
# is no letter, digit or punctuation of an address).
_CELL = re.compile(r"\s+[·|•–—-]\s+|\s{3,}|\t|(?=[^\w\s@.+()'’,/&-])")
_ICON_BEFORE = re.compile(r"^\s*[^\w\s@.+()'’,/&-]+\s*")


def _nation(value: str, reference: ReferenceData, *, after_label: bool = False) -> str | None:
    parts = re.split(r"\s*(?:/|,|&|\band\b|\bund\b|\bet\b|\by\b|\(|\))\s*", value)
    if after_label and len(parts) > 1:
        # The value in two languages ("slovensko / Slovenian"): a demonym outweighs a word of the nation's
        # own language that is also another country's name ("slovensko": Slovene adjective, Slovakia).
        sure = next((n for part in parts if (n := nation_of_demonym(part.strip(" .")))), None)
        if sure:
            return sure
    for part in parts:
        part = part.strip(" .")
        if not part:
            continue
        if after_label and part.islower() and (own := nation_of_own_demonym(part)):
            # An adjective in small letters is the nationality in its own language, not a country's name
            # that is spelt the same: Slovene "slovensko" (Slovenian), not Slovak "Slovensko" (Slovakia).
            return own
        nation = nation_of_demonym(part) or reference.canonical_nation(part) or nation_named(part)
        if not nation and after_label:
            nation = nation_of_own_demonym(part)  # "Obywatelstwo: polskie"
        if not nation and after_label and re.fullmatch(r"[A-Z]{2,3}", part):
            # A country's code after the label: "Citizenship: CZ", an HR system's "ROU" (ISO 3166 alpha-3).
            nation = reference.canonical_nation(country_names().get(_alpha2(part), ""))
        # A state's formal name: "Slovak Republic", "Republic of Estonia", "Kingdom of the Netherlands".
        formal = _FORMAL.fullmatch(part)
        if not nation and formal:
            nation = (
                nation_of_demonym(formal["demonym"] or "")
                or _nation(formal["country"] or "", reference)
                or _nation(formal["own"] or "", reference)
            )
        if nation:
            return nation
    words = value.split()
    if after_label and len(words) > 1:
        # The value runs on into the next field ("Staatsangehörigkeit: deutsch geboren am ...", "Česká
        # republika"): its first word alone.
        return _nation(words[0], reference, after_label=True)
    return None


def _alpha2(code: str) -> str:
    """A country's two-letter code for its two- or three-letter code (CLDR's aliases: "ROU" -> "RO")."""
    if len(code) == 2:
        return code
    from babel.core import get_global

    aliases = get_global("territory_aliases").get(code) or []
    return aliases[0] if aliases else ""


_FORMAL = re.compile(
    r"(?:the\s+)?(?P<demonym>[^\W\d_]+)\s+republic"
    r"|(?:the\s+)?(?:republic|kingdom|grand duchy)\s+of\s+(?:the\s+)?(?P<country>[\w ]+)"
    # The state's own formal name: "Türkiye Cumhuriyeti", "Republika Hrvatska" is left to the demonyms.
    r"|(?P<own>[^\W\d_]+)\s+(?:cumhuriyeti|republiek|republik|repubblica|république|república)",
    re.IGNORECASE,
)
