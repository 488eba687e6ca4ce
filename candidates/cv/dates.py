"""Periods of a CV's entries: "03/2018 – present", "Sep 2020 – Aug 2021", "since 2019", "depuis mars 2020",
"seit 01.2015", "2019.04 – 2021.06", "2018.09. – jelenleg", "2016/09 – now", "15/06/2017 – 30/09/2019",
"2015 – 2017", "08/19 – 07/22", "da settembre 2021 ad oggi", "2012-09 à / to 2017-03".

A date is a month and a year in any of the usual shapes (numbers day first, as in Europe, or year first as
in ISO and Hungarian dates; month names in the member nations' languages from CLDR,
``reference.dates.month_names``) or a bare year; a two-digit year ("08/19") only inside a period. A bare
year starts in January and ends in December. An open start ("since", "depuis", "seit", "desde", "dal", or
a dash followed by "present", "aujourd'hui", "heute", "jelenleg"...) ends nothing (``end`` is None). A
bilingual CV may give the connecting word or "present" twice ("à / to", "présent / present", "jelenleg
(present)"): both belong to the period.

Also (the ninth blind set): quarters ("Q3 2019", French "T3 2019", "Q1 2016 – Q2 2019": a start is the
quarter's first month, an end its last), seasons ("autumn 2012 – Q4 2015"; "Été 2012" alone is June to
August), months in roman numerals ("IX.2017 – prezent"), a day with "1er" ("Depuis le 1er février 2021"), a
connecting word before "present" after a dash ("07.2018 - till now", "03/2015 – hasta la fecha"), and a start
with the post's length instead of its end ("2018 Jan ▸ 3 yrs 2 mos": the end is the length's last month).
Babel's CLDR data (already used for month names) has no quarters, seasons or roman months, and
``dateparser`` reads one date, not periods in a line: these stay here, in one place.

The orders and words of every member language's dates come from CLDR (``reference.dates``), not from lists:
year-first dates with their literals ("2020. gada marta", "2019 m. rugsėjo 1 d.", "2017. 08. 01."), a year's
ending ("sept. 2019.", "март 2017 г.") and the words for "today" and "now" as an open end, also after a
preposition ("– šodien", "iki dabar", "до денес", "03.2020 – täna"). Hungarian writes "from" and "until" as
endings ("2021. augusztus 1-től", "31-ig"), which CLDR does not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reference.dates import (
    month_abbreviations,
    month_names,
    month_stems,
    open_end_words,
    year_first_patterns,
    year_suffixes,
)
from reference.patterns import any_of

# "Present" in the member nations' languages, as CVs end a current post.
_PRESENT = (
    r"present|current(?:ly)?|now|today|to date|till date|date|ongoing|aujourd'hui|ce jour|à ce jour|présent"
    r"|heute|jetzt|bis heute|dato|actualidad|la actualidad|presente|oggi|ad oggi|attuale|atualidade|actual"
    r"|atualmente|hoy|obecnie|nadal|dosud|doposud|současnost|súčasnosť|teraz|danes|trenutno|sada|danas|nyt"
    r"|nu|nå|i dag|idag|heden|tot heden|nykyään|jelenleg|napjainkig|günümüz|halen|devam|prezent|prezentul"
    r"|praegu|tänaseni|šobrīd|patlaban|dabar|iki dabar|sot|сега|до момента|досега|до днес|настоящее|σήμερα"
    r"|d\.\s?d\.|dags dato"
    # More member languages' words for a post still held: Slovak, Czech, Swedish, Danish, Norwegian,
    # Icelandic, Finnish, Portuguese, Spanish, Dutch, Turkish.
    r"|doteraz|dodnes|do súčasnosti|do současnosti|pågående|pågår|tills vidare|til nu|til i dag|í dag"
    r"|nykyhetkeen|tähän asti|atual|actualmente|a atualidade|o presente|tot nu|tot op heden|huidig"
    r"|günümüze|devam ediyor|in corso|en curso|em curso|en cours|laufend|lopend"
    r"|til dato|dd"
    # Polish "do chwili obecnej" (to the present moment), Romanian "până în prezent".
    r"|chwili obecnej|obecnej|prezent|în prezent"
    # Italian "in atto" (military: ongoing), "tuttora"; Albanian "në vazhdim" (continuing), "deri më sot";
    # Spanish "la fecha" (after "hasta"); German "aktuell", "derzeit"; Serbian/Croatian "u toku"; Polish "do
    # dziś"; Lithuanian "iki šiol", Latvian "līdz šim" (until now).
    r"|in atto|tuttora|në vazhdim|vazhdim|deri më sot|deri sot|la fecha|aktuell|derzeit|u toku|do dziś"
    r"|do dzisiaj|iki šiol|līdz šim"
    # Italian "a tutt'oggi" (to this day).
    r"|tutt'oggi|tutt’oggi"
    # An end left open as a mark: "07/2021 → …".
    r"|…|\.\.\."
)
# Tried longest first: "devam ediyor" before "devam", "to date" before "date" (an alternation takes the first
# that fits, and the rest of the phrase would be read as the post's title).
_PRESENT = "|".join(sorted(set(_PRESENT.split("|")), key=len, reverse=True)) + (
    # An HR system's far-future end for a post still held: "31-DEC-9999", "31.12.9999", "9999-12-31".
    r"|(?:\d{1,2}[-./ ]?(?:\d{1,2}|[^\W\d_]{3})[-./ ]?)?9999(?:[-./]\d{1,2}[-./]\d{1,2})?"
)
# A connecting word before "present" when a dash already joins the period: "07.2018 - till now", "03/2015 –
# hasta la fecha".
_UP_TO = (
    r"(?:to|till|until|up to|up till|through|jusqu'à|jusqu'au|bis|hasta|fino ad?|até|tot|do|deri|până|pana)"
    # with an article, as Portuguese writes it: "até ao presente", "até à data"
    r"(?:\s+(?:ao|à|a|o))?\s+"
)
# A quarter (Q3 2019; T3 in French, Spanish and Italian trimestre; K3 in Scandinavian kvartal) and a season
# ("summer 2012", "Été 2012", "autumn 2012 – Q4 2015"): a start is the first month, an end the last.
_QUARTER = r"(?-i:\b[QTK][1-4])"
SEASONS: dict[str, tuple[int, int]] = {
    **dict.fromkeys(
        ("spring", "printemps", "frühjahr", "frühling", "primavera", "voorjaar", "lente", "vår", "forår", "wiosna"
         , "wiosną", "jaro", "tavasz", "kevät", "pranavera", "пролет", "άνοιξη", "bahar", "pavasaris", "pavasarī",
         "kevad"),
        (3, 5),
    ),
    **dict.fromkeys(
        ("summer", "été", "sommer", "sommar", "verano", "estate", "verão", "zomer", "lato", "latem", "léto",
         "leto", "nyár", "kesä", "sumar", "vară", "лято", "καλοκαίρι", "yaz", "vasara", "vasarā", "suvi",
         "verë", "ljeto"),
        (6, 8),
    ),
    **dict.fromkeys(
        ("autumn", "fall", "automne", "herbst", "otoño", "autunno", "outono", "najaar", "herfst", "höst", "høst"
         , "efterår", "jesień", "jesienią", "podzim", "jeseň", "ősz", "syksy", "haust", "toamnă", "toamna",
         "есен", "φθινόπωρο", "sonbahar", "ruduo", "rudenī", "sügis", "vjeshtë", "jesen"),
        (9, 11),
    ),
}  # fmt: skip
# Winter spans the turn of a year, so it is written with both years ("winter 2019/20", "hiver 2019/2020"):
# December of the first to February of the second. "Winter 2019" alone could be either end of 2019: not read.
WINTERS = (
    "winter", "hiver", "invierno", "inverno", "vinter", "vetur", "zima", "zimą", "tél", "talvi", "iarnă",
    "iarna", "зима", "χειμώνας", "kış", "žiema", "ziema", "talv", "dimër", "vinteren",
)  # fmt: skip
# A half-year: "H2 2021" (July), "H1 2021" (ends in June); "2021 H2".
_HALF = r"(?-i:\bH[12])"
_ROMAN = {
    numeral: n
    for n, numeral in enumerate(
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], start=1
    )
}
# A length after the start instead of an end ("2018 Jan ▸ 3 yrs 2 mos", "2014 Jun ▸ 3 mos"): years and months in
# English, French, German, Spanish, Italian, Lithuanian.
_YEARS_WORD = r"(?:yrs?|years?|ans?|jahre?n?|años|anni|anno|metai|m\.)"
_MONTHS_WORD = r"(?:mos?|months?|mths?|mois|monate?n?|meses|mes|mesi|mėn\.?|mėnesiai)"
_OPEN = (
    r"since|from|depuis|dès|seit|ab|desde|dal|dall'|da|od|sinds|vanaf|fra|siden|alkaen|al|ekde|dës|din|nuo"
    r"|alates|kopš|från|fram|óta|itibaren|zënter|zanter|vun"
    # Macedonian and Bulgarian "од 2019 до денес", "от 2019".
    r"|од|от"
)
_CONNECTOR = (
    r"-|–|—|‒|to|until|till|through|→|à|au|jusqu'à|jusqu'en|bis|a|ad|al|hasta|fino al?|fino ad|até|do|tot"
    # Dutch "tot en met" (up to and including), "t/m".
    r"|tot en met|t/m"
    r"|til|\||▸|►|▶|»|⟶|⇒|>"
    # Macedonian, Bulgarian and Serbian "до", Lithuanian "iki", Latvian "līdz".
    r"|до|iki|līdz"
    # Romanian "până (la)" (until).
    r"|până la|până în|până|pana la|pana in|pana"
)
# Hungarian writes "from" and "until" as endings of the date: "2021. augusztus 1-től", "2019-től", "2018.
# március 1-jétől 2020. május 31-ig" (not in CLDR, which has no prepositions).
_FROM_ENDING = r"-?(?:j[éá])?t[óő]l(?!\w)"
_UNTIL_ENDING = r"-?(?:j[éá])?ig(?!\w)"
# "and" in the member languages, before the connecting word of a period's end: Norwegian "fra 2014 og frem
# til i dag", Romanian "din 2012 și până în prezent", Croatian "od 2014. pa sve do danas", German "seit 2014 und
# bis heute" (one word may stand between: "frem", "până", "sve").
_AND = r"and|et|und|y|e|en|og|och|ja|és|și|şi|ve|dhe|и|και|ir|un|ning|pa|i"
# "à / to": a bilingual CV writes the connecting word in both languages.
_TO = (
    rf"\s*(?:(?:{_AND})\s+(?:[^\W\d_]{{2,8}}\s+){{0,2}}(?=(?:{_CONNECTOR})\s))?"
    rf"(?:{_CONNECTOR})(?:\s*/\s*(?:{_CONNECTOR}))?\s*"
)
_YEAR = r"(?:19|20)\d\d"
# A start followed by a word for "from then on": "June 2019 onwards", Slovene "od oktobra 2018 dalje".
# ... and Finnish postpositions after the start: "elok. 2021 alkaen", "2019 lähtien".
_ONWARD = r"onwards?|and since|dalje|naprej|ff\.|alkaen|lähtien"
# Two-digit years ("08/19 – 07/22") are read only inside a period: alone they are too often other numbers.
_SHORT = r"(?:0?[1-9]|1[0-2])/\d\d(?![\d/])"
# Every capital letter (any script), for a word in lower case: Python's ``re`` has no Unicode letter classes.
_UPPER = re.escape(
    "".join(chr(code) for code in range(0x250) if chr(code).isupper())
    + "".join(chr(code) for code in range(0x370, 0x530) if chr(code).isupper())
)


@dataclass(frozen=True, slots=True)
class Period:
    start: str  # YYYY-MM
    end: str | None  # YYYY-MM, None for an open period
    begin: int  # where the period's text starts and ends in the line
    stop: int


@cache
def _month_words() -> list[str]:
    """Full month names and the abbreviations of every member language ("ruj.", "wrz", "Φεβ")."""
    return sorted(set(month_names()) | set(month_abbreviations()))


@cache
def _cut_names() -> dict[str, dict[str, int]]:
    """Month names cut short with a dot as people write them, beyond CLDR's own abbreviations ("септ.",
    "февр.", "szept."): every start of at least three letters of a full name -> {locale: month}. Read only
    before a dot, as a short word alone is too often another word."""
    from babel import Locale

    from reference.dates import MEMBER_LOCALES

    known = set(month_names()) | set(month_abbreviations())
    found: dict[str, dict[str, int]] = {}
    for locale in MEMBER_LOCALES:
        months = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for number, name in months[context]["wide"].items():
                name = name.casefold()
                for end in range(3, len(name)):
                    if name[:end] not in known:
                        found.setdefault(name[:end], {})[locale] = number
    return found


def _short_forms() -> dict[str, dict[str, int]]:
    return {**_cut_names(), **month_abbreviations()}


_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"


def _year_first(names: str) -> str:
    """The member languages' year-first dates (CLDR, ``reference.dates.year_first_patterns``) as one
    pattern: "2020. gada marta", "2015. gada 1. septembris", "2019 m. rugsėjo 1 d.", "2017. 08. 01.",
    "2021. augusztus 1". A day is optional (CVs mostly leave it out); a dot in the pattern is needed, except
    after a word ("g.", "m."); a language that writes a word between year and month may decline the month
    where CLDR gives one form (Latvian "marta" for "marts": ``month_stems``)."""
    stems = rf"(?:{any_of(list(month_stems()))})[^\W\d_]{{0,4}}"
    alternatives: dict[str, bool] = {}
    for fields in year_first_patterns():
        worded = any(kind == "literal" and re.search(r"[^\W\d_]", text) for kind, text in fields)
        if not worded and not any(kind == "literal" and " " in text for kind, text in fields):
            continue  # "2017-06-15", "2017-06": read by the ISO shapes already
        parts: list[str] = []
        index = 0
        while index < len(fields):
            kind, text = fields[index]
            last = index + 1 == len(fields)
            if kind == "year":
                parts.append(_YEAR)
            elif kind == "month":
                parts.append("\0")  # the month's name: written once for all patterns, below
            elif kind == "number":
                parts.append(rf"{_MONTH_NUMBER}(?!\d)")
            elif kind == "day" or (
                kind == "literal"
                and not last
                and fields[index + 1][0] == "day"
                and not re.search(r"[^\W\d_]", text)
            ):
                # The day with the literals around it ("1. ", " 1 d."), all left out when the CV gives no
                # day; the date's final dot may give way to an ending (Hungarian "augusztus 1-től").
                before = "" if kind == "day" else _literal(text)
                index += 0 if kind == "day" else 1
                last = index + 1 == len(fields)
                after = "" if last else fields[index + 1][1]
                if index + 2 == len(fields) and after:
                    after = f"(?:{_literal(after.rstrip(', '))})?"
                else:
                    after = _literal(after)
                parts.append(rf"(?:{before}{_DAY}(?!\d){after})?")
                index += 1
            else:
                parts.append(_literal(text.rstrip(", ") if last else text))
            index += 1
        alternatives["".join(parts)] = worded
    # The patterns with a month's name share it (the names are many): the year and what comes before the
    # name, the name, then what comes after it, per kind of pattern.
    shapes = [shape for shape in alternatives if "\0" not in shape]
    for worded, month in ((True, rf"(?:{stems}|{names})"), (False, names)):
        around = [
            shape.split("\0") for shape, kind in alternatives.items() if kind is worded and "\0" in shape
        ]
        if around:
            before = "|".join(sorted({b for b, _ in around}, key=len, reverse=True))
            after = "|".join(sorted({a for _, a in around}, key=len, reverse=True))
            shapes.append(rf"(?:{before}){month}(?:{after})")
    return "|".join(sorted(shapes, key=len, reverse=True))


def _year_suffix() -> str:
    """What CLDR writes after a year that ends a date, as CVs write it ("2019.", "2019 г.")."""
    suffixes = [_literal(suffix).replace("\u202f", r"\s?") for suffix in year_suffixes()]
    return "(?:" + "|".join(rf"{suffix}(?![\w.])" for suffix in suffixes) + ")"


def _literal(text: str) -> str:
    """A CLDR pattern's literal as CVs write it: any spaces, a word's own dot optional ("m.", "g.")."""
    pattern = ""
    for index, char in enumerate(text):
        if char.isspace():
            pattern += r"\s*" if not pattern.endswith(r"\s*") else ""
        elif char == "." and index and text[index - 1].isalpha():
            pattern += r"\.?"
        else:
            pattern += re.escape(char)
    return pattern


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # A month's name, or the start of one before a dot ("septembre", "sept.", "септ.").
    names = rf"(?:{any_of(_month_words())}\.?|{any_of(list(_cut_names()))}\.)"
    seasons = any_of(list(SEASONS))
    winters = any_of(list(WINTERS))
    roman = "|".join(sorted(_ROMAN, key=len, reverse=True))
    date = (
        rf"(?:{_year_first(names)}"
        rf"|(?:\d{{1,2}})[./](?:\d{{1,2}})[./]{_YEAR}"  # 15/06/2017, 15.06.2017
        rf"|\d{{1,2}}\.\s\d{{1,2}}\.\s?{_YEAR}"  # 1. 9. 2020: Croatian, Slovene, Czech, Slovak, Hungarian
        rf"|{_YEAR}[-./]\d{{1,2}}[-./]\d{{1,2}}\.?(?![\d])"  # 2017-06-15, 2018.09.15.
        rf"|\d{{1,2}}[./]\s?{_YEAR}"  # 06/2017, 06.2017
        rf"|{_YEAR}[-./]\d{{1,2}}(?:\.(?![\d]))?(?![\d.])"  # 2017-06, 2019.04, 2018.09., 2016/09
        # (15) June 2017, Jan-2018, and "01-JUL-2021" as database exports write dates
        rf"|(?:\d{{1,2}}(?:(?:\.|st|nd|rd|th|er|re|e|º|°)?\s+|-))?{names},?(?:\s+|-)(?:de\s+|of\s+)?{_YEAR}"
        rf"|{names}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+{_YEAR}"  # Sept. 1, 2016
        # The year first, as Hungarian and Lithuanian dates: "2011. szept.", "2021 m. spal.".
        rf"|{_YEAR}\.?\s+(?:m\.\s+)?{names}(?!\w)"
        rf"|{_YEAR}\.\s\d{{1,2}}\.(?!\d)"  # "2019. 03.": Hungarian, a space after the year's dot
        rf"|{_QUARTER}\s?[/.-]?\s?{_YEAR}|{_YEAR}\s?[/-]?\s?(?-i:Q[1-4])\b"  # Q3 2019, T3 2019, 2019-Q3
        rf"|{seasons}(?:\s+(?:of|de|d'|del|di|van))?\s+{_YEAR}"  # summer 2012, Été 2012
        rf"|{winters}(?:\s+(?:of|de|d'|del|di|van))?\s+{_YEAR}/(?:\d\d|{_YEAR})(?![\d/])"  # winter 2019/20
        rf"|{_HALF}\s?[/.-]?\s?{_YEAR}|{_YEAR}\s?[/-]?\s?(?-i:H[12])\b"  # H2 2021, 2021-H2
        # Months in roman numerals, as Romanian, Bulgarian and Polish dates: "IX.2017", "12.IV.1987".
        rf"|(?:\d{{1,2}}\.\s?)?(?-i:{roman})\.\s?{_YEAR}"
        # ... also without the dot before the year ("IX 2016", Polish), and year first with the numeral
        # between dots ("2019. IX.", Hungarian).
        rf"|(?<![\w.])(?-i:{roman})\s{_YEAR}|{_YEAR}\.\s?(?-i:{roman})\.(?:\s?{_DAY}\.?)?(?!\w)"
        # "20210815": an officer record's YYYYMMDD, read only when month and day can be one.
        rf"|(?<!\d){_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
        rf"|{_YEAR}(?:\.(?![\d.]))?)"  # 2017, and "2017." as Croatian, Slovene and Hungarian dates write it
        # Polish dates end with "r." (roku, "of the year"): "od marca 2020 r. do ..."; CLDR's own endings
        # after a year: Croatian and Serbian "sept. 2019.", Bulgarian and Macedonian "март 2019 г.".
        rf"(?:\s?r\.(?!\w)|{_year_suffix()})?"
    )
    # "Mar '20": a month and the year's last two digits after an apostrophe, read only inside a period.
    either = rf"(?:{date}|{_SHORT}|{names}\s?['’‘]\d\d(?!\d))"
    # "présent / present", "jelenleg (present)": the same word again in another language.
    # "Today" and "now" in every member language (CLDR), also after a preposition nobody listed here ("iki
    # dabar", "до денес", "bis heute").
    # A short word in capitals is an acronym, not "today": "2017 | MA Military Studies" (Hungarian "ma").
    short = [word for word in open_end_words() if len(word) <= 3]
    today = "|".join(
        [any_of([word for word in open_end_words() if len(word) > 3])]
        + [rf"(?-i:{word}|{word.capitalize()})" for word in short]
    )
    still = rf"(?:(?:{_UP_TO})?(?:{_PRESENT})|(?:[^\W\d_]{{2,5}}\s+)?(?:{today}))(?!\w)"
    present = rf"{still}(?:\s*(?:/\s*|\(\s*){still}\)?)?"
    # An end in words no list here holds ("08.2021 – p.t.", "от 09.2020 г. до момента"): a few letters in
    # lower case (a place or a body after the dash is capitalised) after a dash or a word (a cell's rule
    # starts the next cell: "2017 | pplk."), closing the line, its cell or a bracket.
    lower = rf"(?-i:[^\W\d_{_UPPER}])[^\W\d_]{{0,11}}\.?"
    vague = (
        rf"(?<![|\w])(?<!\|\s)(?=[^|)\]]{{1,12}}(?:$|[|)\]]))"
        rf"{lower}(?:\s?{lower}){{0,2}}(?=\s*(?:$|[|)\]]))"
    )
    length = (
        rf"(?=\d)(?:(?P<years>\d{{1,2}})\s?{_YEARS_WORD}(?!\w)\s*)?"
        rf"(?:(?P<months>\d{{1,2}})\s?{_MONTHS_WORD}(?!\w))?(?<=[^\W\d_]|\.)"
    )
    period = re.compile(
        rf"(?:(?<![\w/.-])(?:(?:{_OPEN})\s+)?(?P<onward>{date})\s+(?:{_ONWARD})(?!\w)"
        rf"|(?P<open>\b(?:{_OPEN})(?:\s+|(?<=['’]))(?:(?:le|the|dem|el|il)\s+|l['’]\s?)?)(?P<since>(?>{date}))(?!\.?(?:\s?r\.)?{_TO}(?:{either}|{present}|{vague}))"
        rf"|(?<![\w/.-])(?P<from>{date}){_FROM_ENDING}(?:\s*(?:[-–—]\s*)?(?P<until>{date}){_UNTIL_ENDING})?"
        rf"|(?<![\w/.-])(?:(?:{_OPEN}|de|du|von|van|entre)\s+)?(?P<start>{either}){_TO}"
        # Not when the end starts a period of its own: "2021 | 07/2021 → …" is a year axis's cell, then a period.
        rf"(?:(?P<end>{either})(?!{_TO}(?:{either}|{present}))|(?P<present>{present})|(?P<length>{length})|(?P<vague>{vague}))"
        # An open end: a dash or an arrow after the start ("8/2020 →"), or in the end's own cell ("2021-07-12 |
        # — | Officer").
        # The word saying so may stand in a cell of its own after the dash, as a badge: "Jan 2021 – | Current".
        rf"|(?<![\w/.-])(?P<dangling>{date})\s*(?:\|\s*)?(?:-|–|—|→|⟶|⇒|▸|►|▶)\s*(?:\|\s*{present}\s*)?(?=$|[|:,;])"
        # "2013–16": the end's century left out, after a dash that is no ISO date's hyphen.
        rf"|(?<![\w/.-])(?P<long>{_YEAR})(?:\s*[–—]\s*|\s+-\s+)(?P<short>\d\d)(?![\w/.-])"
        # A season alone is a period of its own: "Été 2012" (a summer internship).
        rf"|(?<![\w/.-])(?P<season>{seasons}(?:\s+(?:of|de|d'|del|di|van))?\s+{_YEAR}"
        rf"|{winters}(?:\s+(?:of|de|d'|del|di|van))?\s+{_YEAR}/(?:\d\d|{_YEAR}))(?![\w/.-]))",
        re.IGNORECASE,
    )
    return period, re.compile(date, re.IGNORECASE)


def periods(line: str) -> list[Period]:
    """Every period written in the line, in order.

    >>> [(p.start, p.end) for p in periods("Since 2019: adviser; 15/06/2013 – 30/09/2019 | depuis mars 2020")]
    [('2019-01', None), ('2013-06', '2019-09'), ('2020-03', None)]
    """
    if not re.search(r"\d\d", line):
        return []  # every period has a year ("2019", "08/19"): a line without two digits in a row has none
    pattern, _ = _patterns()
    found = []
    for match in pattern.finditer(line):
        if match["long"]:
            start, end = f"{match['long']}-01", f"{match['long'][:2]}{match['short']}-12"
        elif match["season"]:
            start, end = month_of(match["season"], end=False), month_of(match["season"], end=True)
        elif match["length"]:
            start = month_of(match["start"], end=False, context=match["start"])
            end = _after(start, int(match["years"] or 0) * 12 + int(match["months"] or 0)) if start else None
        elif match["from"]:
            start = month_of(match["from"], end=False)
            end = month_of(match["until"], end=True) if match["until"] else None
        elif match["since"] or match["dangling"] or match["onward"]:
            start = month_of(match["since"] or match["dangling"] or match["onward"], end=False)
            end = None
        else:
            # An abbreviation that names different months in two languages ("lip": June in Croatian, July in
            # Polish) is read in the language of the period's other date ("lip. 2013 – kol. 2017").
            both = f"{match['start']} {match['end'] or ''}"
            start = month_of(match["start"], end=False, context=both)
            if match["vague"] and any(word.strip(".") in month_names() for word in match["vague"].split()):
                continue  # a month without its year ("2019 – jun") is no open end
            open_end = match["present"] or match["vague"]
            end = None if open_end else month_of(match["end"], end=True, context=both)
        if (
            start
            and (end is None or end >= start)
            and (match["present"] or match["vague"] or end or _open_ok(match))
        ):
            found.append(Period(start, end, match.start(), match.end()))
    return found


def _open_ok(match: re.Match[str]) -> bool:
    return bool(match["since"] or match["dangling"] or match["season"] or match["onward"] or match["from"])


def _after(start: str, months: int) -> str | None:
    """The last month of a post that started in ``start`` (YYYY-MM) and lasted ``months`` months."""
    if months < 1:
        return None
    year, month = divmod(int(start[:4]) * 12 + int(start[5:]) - 1 + months - 1, 12)
    return f"{year:04d}-{month + 1:02d}"


def month_of(text: str, *, end: bool, context: str = "") -> str | None:
    """YYYY-MM of one date; a bare year is January (a start) or December (an end). An abbreviation of
    several languages' months is read in a language that the ``context`` (the whole period) shares, or
    not at all.

    >>> month_of("2019.04", end=False), month_of("Sept. 2020", end=False), month_of("2015", end=True)
    ('2019-04', '2020-09', '2015-12')
    """
    text = text.strip()
    compact = re.fullmatch(rf"({_YEAR})(\d\d)\d\d", text)
    if compact:  # "20210815": YYYYMMDD
        text = f"{compact[1]}-{compact[2]}"
    text = re.sub(r"['’‘](\d\d)$", lambda two: str(_century(int(two[1]))), text)  # "Mar '20"
    short = re.fullmatch(r"(\d{1,2})/(\d\d)", text)
    if short:  # "08/19": month and two-digit year
        text = f"{short[1]}/{_century(int(short[2]))}"
    year_match = re.search(_YEAR, text)
    if not year_match:
        return None
    year = int(year_match[0])
    quarter = re.search(r"(?<![^\W\d_])[QTK]([1-4])(?!\d)", text)
    season = next((SEASONS[w] for w in re.findall(r"[^\W\d_]+", text.casefold()) if w in SEASONS), None)
    roman = re.search(
        rf"(?<![^\W\d_])({'|'.join(sorted(_ROMAN, key=len, reverse=True))})(?:\.|\s(?=\d))", text
    )
    half = re.search(r"(?<![^\W\d_])H([12])(?!\d)", text)
    if any(word in WINTERS for word in re.findall(r"[^\W\d_]+", text.casefold())):
        return f"{year + 1:04d}-02" if end else f"{year:04d}-12"
    if half:
        return f"{year:04d}-{int(half[1]) * 6 if end else int(half[1]) * 6 - 5:02d}"
    if quarter:
        first = int(quarter[1]) * 3 - 2
        return f"{year:04d}-{first + 2 if end else first:02d}"
    if season:
        return f"{year:04d}-{season[1] if end else season[0]:02d}"
    if roman:
        return f"{year:04d}-{_ROMAN[roman[1]]:02d}"
    numbers = [int(n) for n in re.findall(r"\d+", text) if not re.fullmatch(_YEAR, n)]
    words = [w.casefold().rstrip(".") for w in re.findall(r"[^\W\d_]+\.?", text)]
    names = month_names()
    month = next((names[w] for w in words if w in names), None)
    if month is None:
        month = next((m for w in words if (m := _abbreviated(w, context or text))), None)
    if month is None:
        month = next((m for w in words if (m := _declined(w))), None)
    if month is None and numbers and year_match.start() == 0:
        month = numbers[0]  # year first, as ISO and Hungarian dates: "2017-06-15", "2018.09.15."
    elif month is None and numbers:
        # Day first, as Europe writes dates: "15/06/2017"; "06/15/2017" only when the first cannot be a month.
        month = numbers[0] if len(numbers) == 1 or numbers[1] > 12 else numbers[1]
    if month is None:
        month = 12 if end else 1
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def _abbreviated(word: str, context: str) -> int | None:
    """The month an abbreviation names: its only month, or the one of the language common to every
    abbreviation of the context ("lip" beside "kol": Croatian, June)."""
    readings = _short_forms().get(word)
    if not readings:
        return None
    if len(set(readings.values())) == 1:
        return next(iter(readings.values()))
    languages = set(readings)
    for other in re.findall(r"[^\W\d_]+", context.casefold()):
        if other in _short_forms() and other not in month_names():
            languages &= set(_short_forms()[other])
    months = {readings[language] for language in languages}
    return months.pop() if len(months) == 1 else None


def _declined(word: str) -> int | None:
    """The month a declined name stands for ("marta": Latvian "marts"), by the longest stem it starts with."""
    stems = month_stems()
    return next((stems[word[:end]] for end in range(len(word), 2, -1) if word[:end] in stems), None)


def _century(two_digits: int) -> int:
    """2019 for "19", 1998 for "98": a CV's dates lie in the past, or at most a few years ahead."""
    from datetime import date

    soon = date.today().year % 100 + 5
    return 2000 + two_digits if two_digits <= soon else 1900 + two_digits


def is_date(text: str) -> bool:
    """Whether the text is one date and nothing else ("10.01.2027", "12 March 2027", "Januar 2027")."""
    return bool(_patterns()[1].fullmatch(text.strip(" .")))


def starts_with_date(line: str) -> bool:
    """Whether the line starts with a date or a period ("2019 – 2021", "depuis mars 2020", "since 2019")."""
    line = line.lstrip(" -–—•*·▪(")
    if not re.search(r"\d\d", line):
        return False  # every date has a year
    period, date = _patterns()
    return bool(date.match(line) or period.match(line))
