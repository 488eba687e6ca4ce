"""Languages and their levels, only as the CV states them.

A language is named in any member nation's language ("Allemand", "Englisch", "Inglés": CLDR names,
``reference.languages.language_names_written``) and proposed by its English name. Its level, read between
its name and the next language's:

- a NATO level ("V (Advanced)", "NATO level IV", "niveau V", "| VI – Proficiency");
- a CEFR level, through the reference's table (C1 -> V); A1-A2 (a basic user) none, their NATO level being only
  probable;
- a STANAG 6001 profile ("SLP 3332", "STANAG 6001 3-2-3-2", "PLS 3333", "3+3+3+3", a row of four levels
  under Listening | Speaking | Reading | Writing) goes in ``stanag``, the level left empty: there is no
  official bridge to I-VI;
- words (native, mother tongue, fluent, bilingual, courant, good...) give no level: the person chooses it.

Languages are read in the languages section, and elsewhere only on lines that state a level or say
"mother tongue" ("Mother tongue: Italian"), so that "MA in Russian Studies" names no language.
"""

from __future__ import annotations

import re
from functools import cache

from reference.data import ReferenceData
from reference.languages import language_names_written
from reference.patterns import any_of
from reference.scales import BASIC_USER_CEFR, SLP_PROFILE

from .proposal import ProposedLanguage

_ROMAN = re.compile(
    r"(?:(?<=[:(|])|(?<=[:(|]\s)|(?<=[–—-]\s)|\b(?:nato|level|niveau|niveau otan|stufe|nivel|livello|nível)"
    r"(?:\s+(?:nato|otan))?\s*:?\s*)(VI|IV|V|III|II|I)(?![\w+])",
    re.IGNORECASE,
)
_CEFR = re.compile(r"(?<![\w+])([ABC][12])(?![\w+])")
_SLP = re.compile(
    rf"(?:\b(?:slp|pls|stanag(?:\s*6001)?|sprachleistungsprofil)\b[\s:()6001]*|(?<![\w.+/-])(?=\d[+]?[-/+ ]\d))"
    rf"{SLP_PROFILE}(?![\w/]|\.\d)",
    re.IGNORECASE,
)
# A STANAG 6001 profile written skill by skill: "Listening 3, Speaking 3, Reading 3, Writing 2", "L3 S2 R3 W2".
_PER_SKILL = re.compile(
    r"\bl(?:istening)?\W{0,3}([0-5])\+?\W{1,4}s(?:peaking)?\W{0,3}([0-5])\+?\W{1,4}"
    r"r(?:eading)?\W{0,3}([0-5])\+?\W{1,4}w(?:riting)?\W{0,3}([0-5])(?![\w.])",
    re.IGNORECASE,
)
_SKILL_COLUMNS = re.compile(r"listening.*speaking.*reading.*writing", re.I)
_MOTHER_TONGUE = re.compile(
    r"mother tongue|native|first language|langue maternelle|muttersprache|lengua materna|madrelingua"
    r"|língua materna|lingua madre|język ojczysty|mateřský jazyk|moedertaal|modersmål|morsmål|äidinkieli"
    r"|materinský(?: jazyk)?|rodilá mluvčí|rodilý mluvčí|modersmål|modersmaal|ana dil|móðurmál|emakeel",
    re.I,
)
_LEVEL_WORDS = re.compile(
    r"fluent|bilingual|bilingue|courant|verhandlungssicher|fließend|good|basic|notions|intermediate"
    r"|advanced|proficien|working knowledge|conversational|grundkenntnisse|gut|sehr gut|elementary"
    r"|débutant|beginner|dlpt|sle|els|professional",
    re.I,
)


@cache
def _language_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + any_of(list(language_names_written())) + r")(?![\w-])", re.IGNORECASE)


def languages(
    section: list[str], everything: list[str], reference: ReferenceData
) -> tuple[ProposedLanguage, ...]:
    in_section = set(section)
    section = [_code_named(line) for line in section]
    lines = section + [line for line in everything if line not in in_section and _states_a_level(line)]
    found: dict[str, ProposedLanguage] = {}
    columns = None
    for line in lines:
        matches = list(_language_pattern().finditer(line))
        if _SKILL_COLUMNS.search(line) and not matches:
            columns = line  # "Language | Listening | Speaking | Reading | Writing": a table's header
            continue
        for n, match in enumerate(matches):
            stop = matches[n + 1].start() if n + 1 < len(matches) else len(line)
            after = line[match.end() : stop]
            # "English and Dutch: bilingual": a level after a list of names is each one's.
            last = n
            while last + 1 < len(matches) and re.fullmatch(
                r"\s*(?:,|and|et|und|y|e|&|/)\s*", line[matches[last].end() : matches[last + 1].start()]
            ):
                last += 1  # the last name of the list: "Polish and Ukrainian – native; English – C1"
            if last != n:
                end = matches[last + 1].start() if last + 1 < len(matches) else len(line)
                after = line[matches[last].end() : end]
            # A Turkish dotted capital I folds to "i" and its dot: "İngilizce" is "ingilizce".
            name = language_names_written()[match[1].casefold().replace("i\u0307", "i")]
            level, stanag = _level(after, reference, table=columns is not None)
            if (
                level is None
                and stanag is None
                and len(matches) == 1
                and (slp := _SLP.search(line, 0, match.start()))
            ):
                stanag = "".join(part.rstrip("+") for part in slp.groups())  # "STANAG 6001 3-2-3-2 English"
            known = found.get(name)
            if known is None or (known.level is None and known.stanag is None):
                found[name] = ProposedLanguage(name, level, stanag)
        if not matches:
            columns = None
    return tuple(found.values())


# A language given by its two-letter code at the start of a row of the languages section ("EN ●●●●● C2").
_CODE_START = re.compile(r"^([A-Z]{2})(?=\s*(?:[|:–—-]|\s)|$)")


def _code_named(line: str) -> str:
    """The row with a language's code written as its English name: "RU ●●●●○ B2" -> "Russian ●●●●○ B2"."""
    code = _CODE_START.match(line.strip())
    if not code:
        return line
    from babel import Locale

    name = Locale.parse("en").languages.get(code[1].lower())
    if not name or name.casefold() not in language_names_written():
        return line
    return name + line.strip()[2:]


def language_name_at(text: str) -> bool:
    """Whether the whole text is a language's name in one of the languages read ("Russian", "Englisch")."""
    return bool(_language_pattern().fullmatch(text.strip()))


# "Languages: ..." as a row's label, not a subject named with the word ("Lecturer in Russian Language and
# Literature", "Department of Romance Languages": the person's languages are not stated there).
_LANGUAGES_LABEL = re.compile(
    r"(?:^|[|(•·;])\s*(?:[^\W\d_]+\s+)?(?:languages?|langues?|sprachen|sprachkenntnisse)\s*(?:[:|–—(-]|$)",
    re.IGNORECASE,
)


# How well a language is spoken, in words that say nothing else: "Fluent in English and Norwegian".
_SPOKEN = re.compile(
    r"\b(?:fluent(?:ly)?|bilingual|native speaker|working knowledge of|conversational|courant|couramment"
    r"|bilingue|fließend|verhandlungssicher)\b",
    re.IGNORECASE,
)


# LinkedIn's and the US government's (ILR) scale in words, specific enough to be read in any line: "Spanish
# (professional working proficiency)" at the end of a row of skills.
_PROFICIENCY = re.compile(
    r"\b(?:elementary|limited working|(?:full )?professional(?: working)?|native or bilingual) proficiency\b",
    re.IGNORECASE,
)


def language_named_in(text: str) -> bool:
    """Whether a language's name is written somewhere in the text."""
    return bool(_language_pattern().search(text))


def _states_a_level(line: str) -> bool:
    if not _language_pattern().search(line):
        return False
    return bool(
        _MOTHER_TONGUE.search(line)
        or _SLP.search(line)
        or _LANGUAGES_LABEL.search(line)
        or (_SPOKEN.search(line) and len(line) < 80)
        or _PROFICIENCY.search(line)
        or (_ROMAN.search(line) and re.search(r"\b(?:nato|level|niveau)\b", line, re.I))
        or (_CEFR.search(line) and len(line) < 80)
    )


def _level(text: str, reference: ReferenceData, *, table: bool) -> tuple[str | None, str | None]:
    """(NATO level, STANAG profile) stated in ``text``: a CEFR or NATO level written beside a profile
    ("SLP 3-3-3-3 / CEFR C2") is read too."""
    stanag = None
    profile = _SLP.search(text) or _PER_SKILL.search(text)
    if profile:
        stanag = "".join(level.rstrip("+") for level in profile.groups())
        text = text[: profile.start()] + " " + text[profile.end() :]
    elif table:
        digits = re.findall(r"(?<![\w.])([0-5])\+?(?![\w.])", text)
        if len(digits) == 4:
            return None, "".join(digits)
    cefr = _CEFR.findall(text)
    roman = _ROMAN.search(text)
    if roman:
        return roman[1].upper(), stanag
    if cefr:
        by_cefr = {c: level for level, (_, c) in reference.language_levels.items()}
        # A CEFR level per skill ("B2 B2 B2 B2") gives the lowest; a basic user's has only a probable one.
        if any(c in BASIC_USER_CEFR for c in cefr):
            return None, stanag
        levels = [by_cefr[c] for c in cefr if c in by_cefr]
        order = list(reference.language_levels)
        return (min(levels, key=order.index) if levels else None), stanag
    return None, stanag
