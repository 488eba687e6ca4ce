"""Language requirements: the NATO I-VI scale, the official-language rule, other languages, STANAG 6001.

Rules:

- ``one_high_other_low``: "V ("Advanced") in one; I ("Beginner") in the other" (any pair of levels).
  ``high``/``low`` hold the levels, ``pair`` the two official languages, ``requirements`` only the other
  languages ("good working level of Russian (IV: "Upper Intermediate")").
- ``each``: a level per official language ("level V in English and level III in French", "a good
  knowledge of both"); ``requirements`` holds every language with its level.
- ``none``: no level rule stated.

Older phrasings without a level are mapped conservatively, to the lowest level the words can mean, so
that no candidate is excluded on a guess: fluent/fluency/excellent/thorough/full/very good/advanced
-> V; good/sound/solid/strong (also "good working") -> IV; working/intermediate/adequate -> III;
basic/elementary/limited -> II; some/beginner/notions -> I. So "a good knowledge of one of the two
official languages together with a basic working knowledge of the other" is one_high_other_low IV/II,
"fluency in one of these languages and a working knowledge of the other" V/III and "a good knowledge of
the two official NATO languages" each English IV, French IV.

The rule is also read when a notice words it ("proficient in one of NATO's official languages at the
Advanced level (V) and at least the Beginner level (I) in the other"): two levels (a numeral, a level's
name, or both) between "one" and "the other" are the high and the low one.

STANAG 6001 profiles (SLP) are kept as written, separators dropped and "+" kept: "3-3-3-3" -> "3333",
"3+3+3+3+" -> "3+3+3+3+"; a single level ("STANAG 6001 level 3") is read as that level in all four
skills ("3333"). A level per skill is read in the order listening, speaking, reading, writing, as a
figure or a STANAG level's name ("Listening - Professional; Speaking - Professional; Reading -
Professional; Writing - Functional", "Listening 3, Speaking 3, Reading 3, Writing 2", "L3 S3 R3 W2" ->
"3332"), as is one level in all four skills ("level 2 in all four skills", "Functional in all four
skills" -> "2222"). The language is the one named in the same sentence, English when none is named (the
STANAG notices seen all mean English then).
"""

from __future__ import annotations

import re

from reference.data import DEFAULT_REFERENCE, ReferenceData
from reference.languages import LANGUAGE_NAMES, OFFICIAL_LANGUAGES
from reference.scales import SLP_LEVEL, SLP_NOTICE_SEPARATOR, STANAG_LEVEL_WORDS

from .result import LanguageLevel, Languages, StanagProfile

# French names of the languages French notices ask for ("anglais niveau V, français niveau III").
_FRENCH_NAMES = {
    "anglais": "English", "français": "French", "francais": "French", "allemand": "German",
    "espagnol": "Spanish", "italien": "Italian", "néerlandais": "Dutch", "portugais": "Portuguese",
    "russe": "Russian", "polonais": "Polish", "turc": "Turkish", "arabe": "Arabic", "ukrainien": "Ukrainian",
}  # fmt: skip
_LANG = "|".join([*LANGUAGE_NAMES, *_FRENCH_NAMES])
_ROMAN = r"(?-i:VI|IV|V|III|II|I)"
_PAREN = r"""(?:\s*\(\s*(?:level\s*)?(?-i:VI|IV|V|III|II|I)?\s*[:\-]?\s*"?(?:[^\W\d_]|[ -]){0,25}"?\s*\))?"""
_LANG_RE = re.compile(rf"\b({_LANG})\b", re.IGNORECASE)

_DESCRIPTORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, re.IGNORECASE))
    for level, pattern in (
        ("II", r"\bbasic\b|\belementary\b|\blimited\b"),
        (
            "V",
            r"\bfluen|\bexcellent\b|\bthorough\b|\bfull\b|\bvery good\b|\badvanced\b|\bnative\b|\bperfect\b",
        ),
        ("IV", r"\bgood\b|\bsound\b|\bsolid\b|\bstrong\b|\bupper intermediate\b|\bhigh\b"),
        ("III", r"\bworking\b|\bintermediate\b|\badequate\b|\breasonable\b|\bpractical\b|\boperational\b"),
        ("I", r"\bsome\b|\bbeginner\b|\bnotions?\b|\brudimentary\b"),
    )
)
_LANGUAGE_WORDS = re.compile(
    r"knowledge|command|level|proficien|fluen|speak|spoken|written|oral|mastery|language", re.IGNORECASE
)
_STANAG_HINT = re.compile(r"\bSTANAG\b|\bSLP\b|\bPLS\b", re.IGNORECASE)
_PROFILE = rf"{SLP_LEVEL}(?:{SLP_NOTICE_SEPARATOR}{SLP_LEVEL}){{3}}(?![\d])"
_STANAG_AFTER = re.compile(
    rf"(?:\bSLP\b|\bPLS\b|\bSTANAG\b(?:\s*6001)?(?:\s*\((?:Ed(?:ition|\.)?\s*\d+)\))?)\s*"
    rf"(?:(?:level|profile|SLP|of|at|:|-|=)\s*)*(?P<slp>{_PROFILE}|[0-5]\+?(?![\d+]))",
    re.IGNORECASE,
)
_STANAG_BARE = re.compile(rf"(?<![\d.])(?P<slp>{_PROFILE})")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _level_names(reference: ReferenceData) -> dict[str, str]:
    return {name.casefold(): level for level, (name, _) in reference.language_levels.items()}


def _level_token(reference: ReferenceData) -> str:
    names = sorted((name for name, _ in reference.language_levels.values()), key=len, reverse=True)
    return rf"(?:{_ROMAN}|{'|'.join(re.escape(n) for n in names)})"


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six")
_ROMANS = ("I", "II", "III", "IV", "V", "VI")
_LEVEL_NUMBERS = {**dict(zip(_NUMBER_WORDS, _ROMANS)), **{str(i): r for i, r in enumerate(_ROMANS, 1)}}


def _as_roman(token: str, reference: ReferenceData) -> str:
    if token in reference.language_levels:
        return token
    return _level_names(reference).get(token.casefold()) or _LEVEL_NUMBERS.get(token.casefold(), token)


def _descriptor_level(fragment: str) -> str | None:
    for level, pattern in _DESCRIPTORS:
        if pattern.search(fragment):
            return level
    return None


def _canonical_language(name: str) -> str:
    return _FRENCH_NAMES.get(name.strip().casefold()) or name.strip().capitalize()


def _pair(sentence: str) -> tuple[str, str]:
    match = re.search(rf"\b({_LANG})\s*(?:/|\\|,|\band\b|\bor\b)\s*({_LANG})\b", sentence, re.IGNORECASE)
    if match:
        return (_canonical_language(match.group(1)), _canonical_language(match.group(2)))
    return OFFICIAL_LANGUAGES


def parse_languages(sentences: list[str], reference: ReferenceData = DEFAULT_REFERENCE) -> Languages:
    """Read the language rule, other languages and STANAG profiles from the requirement sentences.

    >>> parse_languages(["possess the following minimum levels of NATO's official languages "
    ...                  '(English/French): V ("Advanced") in one; I ("Beginner") in the other;']).high
    'V'
    """
    token = _level_token(reference)
    # "level four in one ... and level two in the other": after "level", a figure or a number word too.
    level = rf"(?:{token}|(?<=level )(?:[1-6]|{'|'.join(_NUMBER_WORDS)}))"
    one_other = re.compile(
        rf"(?:level\s+)?(?P<high>{level})\b{_PAREN}\s*(?:(?:in|for)\s+(?:the\s+)?one|dans\s+l'une)\b[^.]{{0,60}}?"
        rf"(?:level\s+)?(?P<low>{level})\b{_PAREN}\s*(?:(?:in|for)\s+the\s+other|dans\s+l'autre)",
        re.IGNORECASE,
    )
    # Roman numerals only here: "Proficiency in English" is a phrase, not level VI.
    level_then_lang = re.compile(
        rf"(?:level\s+)?\b(?P<level>{_ROMAN})\b{_PAREN}\s*(?:in|for)\s+(?P<lang>{_LANG})\b", re.IGNORECASE
    )
    lang_then_level = re.compile(
        # "My English is at least NATO SLP level IV": the language, then what it must be
        rf"\b(?P<lang>{_LANG})\b\s*(?:language\s*)?(?:(?:is|must be|should be)\s+)?(?:[:(,=-]|(?:\bat\s+least\s+)?(?:\bat\b|\bto\b)|\bat\s+least\b"
        # "l'anglais correspondant au moins au niveau V", "de l'arabe équivalant au minimum au niveau IV"
        rf"|(?:correspondant|[ée]quivalant|[ée]quivalente?)?\s*(?:au\s+(?:moins|minimum)\s+)?(?:au\b|à\b))?"
        # "command of English, equivalent to NATO level IV"
        rf"\s*(?:(?:equivalent|corresponding)\s+to\s+)?(?:the\s+)?(?:NATO\s+)?"
        # "English: NATO STANAG 6001 level III": a Roman numeral is a NATO level, whatever names the scale
        rf"(?:(?:STANAG\s*(?:6001\s*)?|SLP\s+)(?=level\b))?"
        # "English - Advanced (V)": the level's name, then its numeral in brackets
        rf"(?:(?:level|niveau)\s*:?\s*)?(?:[^\W\d_][\w-]{{2,20}}(?:\s+[\w-]{{2,20}})?\s*\(\s*)?(?P<level>{_ROMAN})\b",
        re.IGNORECASE,
    )
    rule, high, low, pair = "none", None, None, ()
    requirements: dict[str, str] = {}
    stanag: list[StanagProfile] = []
    raw: list[str] = []
    for sentence in sentences:
        used = False
        text = sentence
        match = one_other.search(text)
        if match and rule == "none":
            rule, pair = "one_high_other_low", _pair(text)
            high, low = _as_roman(match.group("high"), reference), _as_roman(match.group("low"), reference)
            text = _without_pair(text[: match.start()] + " " + text[match.end() :])
            used = True
        elif rule == "none" and (worded := _worded_one_other(text, reference)):
            high, low, (start, end) = worded
            rule, pair = "one_high_other_low", _pair(text)
            text = _without_pair(text[:start] + " " + text[end:])
            used = True
        elif rule == "none" and (old := _older_phrasing(text)):
            rule, high, low = old[0], old[1], old[2]
            if rule == "one_high_other_low":
                pair = _pair(text)
            else:
                for language in OFFICIAL_LANGUAGES:
                    requirements[language] = old[1] or "IV"
                high = low = None
            used = True
            text = ""
        per_skill = skill_profiles(text)
        for start, _end, slp in per_skill:
            profile = StanagProfile(_language_near(text, start), slp)
            if profile not in stanag:
                stanag.append(profile)
            used = True
        for start, end, _slp in reversed(per_skill):
            text = text[:start] + " " + text[end:]
        if _STANAG_HINT.search(text) or _SKILL_LIST.search(text):
            for profile in _stanag_profiles(text):
                if profile not in stanag:
                    stanag.append(profile)
                used = True
            text = re.sub(rf"{_STANAG_AFTER.pattern}", " ", text, flags=re.IGNORECASE)
            text = _STANAG_BARE.sub(" ", text)
        found = {}
        for m in level_then_lang.finditer(text):
            found.setdefault(_canonical_language(m.group("lang")), _as_roman(m.group("level"), reference))
        for m in lang_then_level.finditer(text):
            found.setdefault(_canonical_language(m.group("lang")), m.group("level"))
        if not found and _LANGUAGE_WORDS.search(text):
            for m in _LANG_RE.finditer(text):
                language = _canonical_language(m.group(1))
                clause = re.split(r"[;]", text[: m.start()])[-1][-60:]
                level = _descriptor_level(clause)
                if level and not (rule == "one_high_other_low" and language in pair):
                    found.setdefault(language, level)
        for language, level in found.items():
            requirements.setdefault(language, level)
            used = True
        if used:
            raw.append(sentence)
    official = [lang for lang in OFFICIAL_LANGUAGES if lang in requirements]
    if rule == "one_high_other_low":
        for language in pair:
            requirements.pop(language, None)
        if high and low and _ROMAN_ORDER.get(high, 0) < _ROMAN_ORDER.get(low, 0):
            high, low = low, high  # "I ("Beginner") in one; V ("Advanced") in the other"
    elif official:
        rule = "each"
        high = low = None
    return Languages(
        rule=rule,
        high=high,
        low=low,
        pair=tuple(pair) if rule == "one_high_other_low" else (),
        requirements=tuple(LanguageLevel(lang, level) for lang, level in requirements.items()),
        stanag=tuple(stanag),
        raw=tuple(raw),
    )


_ROMAN_ORDER = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
_PAIR_NAMED = re.compile(rf"\(?\s*\b(?:{_LANG})\s*(?:/|and|or|,)\s*(?:{_LANG})\b\s*\)?", re.IGNORECASE)


def _without_pair(text: str) -> str:
    """The text without "(English/French)": the rule's pair, no requirement of its own."""
    return _PAIR_NAMED.sub(" ", text)


_OLD_ONE_OTHER = re.compile(
    r"(?P<high>.{0,60}?)\b(?:of|in)\s+(?:either\s+)?(?:one of\s+)?(?:the\s+|these\s+|NATO'?s?\s+)?(?:two\s+)?"
    r"(?:official\s+)?(?:NATO\s+)?(?:languages?|one)\b(?P<middle>.{0,80}?)\b(?:of|in)\s+the\s+other\b",
    re.IGNORECASE,
)
_OLD_BOTH = re.compile(
    r"(?P<desc>.{0,40}?)\b(?:knowledge|command|level|proficiency|fluency)\s+(?:of|in)\s+(?:both\b|the two\b|"
    r"(?:NATO'?s?\s+)?two official|both official)",
    re.IGNORECASE,
)


def _older_phrasing(sentence: str) -> tuple[str, str | None, str | None] | None:
    """("one_high_other_low", high, low) or ("each", level, None) for a phrasing without I-VI levels."""
    if re.search(rf"\b{_ROMAN}\b\s*(?:\(|in\b)", sentence):
        return None
    match = _OLD_ONE_OTHER.search(sentence)
    if match and "one" in match.group(0).casefold():
        high = _descriptor_level(match.group("high"))
        low = _descriptor_level(match.group("middle"))
        if high and low:
            return "one_high_other_low", high, low
    match = _OLD_BOTH.search(sentence)
    if match:
        level = _descriptor_level(match.group("desc"))
        if level:
            return "each", level, None
    return None


# "STANAG 4545" in a sentence naming no language: a standard's number (NSIF imagery), not a profile.
_STANDARD_NUMBER = re.compile(r"\bSTANAG\s+\d{4}$", re.IGNORECASE)


def _stanag_profiles(sentence: str) -> list[StanagProfile]:
    profiles = []
    spans = []
    about_languages = _LANG_RE.search(sentence) or re.search(r"\bSLP\b|\blanguage", sentence, re.I)
    for match in _STANAG_AFTER.finditer(sentence):
        if not about_languages and _STANDARD_NUMBER.search(sentence[match.start() : match.end("slp")]):
            spans.append(match.span("slp"))
            continue
        spans.append(match.span("slp"))
        profiles.append((match.start("slp"), match.group("slp")))
    for match in _STANAG_BARE.finditer(sentence):
        if any(s <= match.start() < e for s, e in spans):
            continue
        slp = match.group("slp")
        if _YEAR.match(slp):
            continue
        profiles.append((match.start(), slp))
    result = []
    for start, slp in sorted(profiles):
        digits = re.sub(r"[^\d+]", "", slp)
        if len(re.findall(r"\d", digits)) == 1:
            digits = digits * 4
        result.append(StanagProfile(_language_near(sentence, start), digits))
    return result


def _language_near(sentence: str, position: int) -> str:
    """The language the profile at ``position`` is for: the last one named before it in its clause
    ("English: SLP 3333; French: SLP 2222"), else the nearest one, else English."""
    clause_start = max(sentence.rfind(";", 0, position), sentence.rfind(". ", 0, position)) + 1
    before = list(_LANG_RE.finditer(sentence, clause_start, position))
    if before:
        return _canonical_language(before[-1].group(1))
    best, distance = "English", None
    for match in _LANG_RE.finditer(sentence):
        d = abs(match.start() - position)
        if distance is None or d < distance:
            best, distance = _canonical_language(match.group(1)), d
    return best


# The two official languages' rule in words -----------------------------------------------------------

_ONE = re.compile(
    r"\b(?:in|for|of)\s+(?:either\s+)?one\b(?!\s+(?:year|month)s?\b)|\bdans\s+l'une\b"
    # "Advanced (V) in either English or French and Elementary (II) in the other"
    rf"|\bin\s+either\s+(?:{_LANG})\s+or\s+(?:{_LANG})\b"
    # "English or French at level V and the other language at level I"
    rf"|\b(?:{_LANG})\s+or\s+(?:{_LANG})\b",
    re.I,
)
_OTHER = re.compile(
    r"\b(?:in|for|of)\s+the\s+other\b|\bdans\s+l'autre\b|\bthe\s+other\s+(?:language|one)\b|"
    r"\bl'autre\s+langue\b",
    re.I,
)
# What may stand between a level's numeral and its name: "V (Advanced)", "Advanced level (V)".
_NAME_AND_NUMERAL = re.compile(r"^[\s\"'(:\-]*(?:level)?[\s\"'(:\-]*$", re.I)


def _worded_one_other(text: str, reference: ReferenceData) -> tuple[str, str, tuple[int, int]] | None:
    """(high, low, the span read) for the rule worded around "one" and "the other", with exactly two levels
    stated in that clause: "V (Advanced) in one of NATO's official languages (English/French); II
    (Elementary) in the other", "proficient in one ... at the Advanced level (V) and have at least the
    Beginner level (I) in the other", "in one of the two languages at level V and in the other at level II".

    >>> _worded_one_other("be proficient in one of NATO's official languages (English/French) at the "
    ...                   "Advanced level (V) and have at least the Beginner level (I) in the other",
    ...                   DEFAULT_REFERENCE)[:2]
    ('V', 'I')
    """
    one = _ONE.search(text)
    other = _OTHER.search(text, one.end()) if one else None
    if not one or not other:
        return None
    start = max(text.rfind(".", 0, one.start()), -1) + 1
    end = other.end() + len(re.split(r"[;.]", text[other.end() :], maxsplit=1)[0])
    levels = _levels_in(text[start:end], reference)
    if len(levels) != 2:
        return None
    rank = {level: n for n, level in enumerate(reference.language_levels)}
    low, high = sorted(levels, key=lambda level: rank.get(level, -1))
    return high, low, (start, end)


def _levels_in(clause: str, reference: ReferenceData) -> list[str]:
    """The NATO levels a clause states, in order; a numeral and its name side by side are one level. A name
    alone counts only as a level's name ("the Advanced level", "level Advanced"): "proficiency in one of
    the languages" names no level VI.

    >>> _levels_in("proficiency in one of them at the Advanced level and V (Advanced) in the other", DEFAULT_REFERENCE)
    ['V', 'V']
    """
    names = sorted((name for name, _ in reference.language_levels.values()), key=len, reverse=True)
    mentions = re.compile(
        rf"(?-i:\b(?P<roman>{_ROMAN})\b)|\b(?P<name>{'|'.join(re.escape(n) for n in names)})\b", re.I
    )
    found: list[tuple[int, int, str, str]] = []  # start, end, level, kind: "numeral", "name" or "both"
    for match in mentions.finditer(clause):
        kind = "numeral" if match.group("roman") else "name"
        level = match.group("roman") or _as_roman(match.group("name"), reference)
        if (
            found
            and {found[-1][3], kind} == {"numeral", "name"}
            and _NAME_AND_NUMERAL.match(clause[found[-1][1] : match.start()])
        ):
            # "V (Advanced)", "Advanced level (V)": one level, the numeral's
            previous_start, _, previous_level, _ = found[-1]
            found[-1] = (previous_start, match.end(), level if kind == "numeral" else previous_level, "both")
            continue
        found.append((match.start(), match.end(), level, kind))
    return [
        level
        for start, end, level, kind in found
        if kind != "name"
        or re.search(r"\blevel\s*$", clause[:start], re.I)
        or re.match(r"\s*level\b", clause[end:], re.I)
    ]


# STANAG 6001 levels per skill ------------------------------------------------------------------------

_SKILLS = ("listening", "speaking", "reading", "writing")
_STANAG_WORD = "|".join(re.escape(word).replace(r"\ ", r"[\s-]+") for word in STANAG_LEVEL_WORDS)
_SKILL_LEVEL = rf"(?:[0-5]\+?(?![\d.,]\d)(?!\d)|(?:{_STANAG_WORD})(?:\s+proficiency)?)\b\+?"
_SKILL_GROUP = r"(?:listening|speaking|reading|writing)(?:\s*(?:,|/|&|\band\b)\s*(?:listening|speaking|reading|writing))*"
# A level's figure in brackets after its name: "Professional (Level 3)".
_FIGURE_AFTER = r"(?:\s*\(\s*(?:level\s*)?(?P<{0}>[0-5]\+?)\s*\))?"
# "Listening - Professional", "Listening 3", "Listening: level 3", "Listening and Speaking: 3",
# "Professional (Level 3) in Listening and Speaking", "level 2 in reading and writing", "3 (Listening)".
_NAMED_SKILL = re.compile(
    rf"\b(?P<skills>{_SKILL_GROUP})\b\s*(?:[:=(\-]\s*)?(?:(?:at\s+)?(?:level|SLP)\s*)?(?P<level>{_SKILL_LEVEL})"
    + _FIGURE_AFTER.format("figure")
    + rf"|(?:\b(?:level|SLP)\s*)?(?<![\w+])(?P<level2>{_SKILL_LEVEL})"
    + _FIGURE_AFTER.format("figure2")
    + rf"\s*(?:in|for)\s+(?P<skills2>{_SKILL_GROUP})\b"
    r"|(?<![\w+-])(?P<level3>[0-5]\+?)\s*\(\s*(?P<skills3>listening|speaking|reading|writing)\s*\)",
    re.I,
)
# "L3 S3 R3 W2", "L: 3, S: 3, R: 3, W: 2"
_LETTER_SKILL = re.compile(r"(?<![\w-])(?P<skills>[LSRW])\s*[:=]?\s*(?P<level>[0-5]\+?)(?![\w+])")
# "3332 (Listening, Speaking, Reading, Writing)": the four skills named beside a bare profile.
_SKILL_LIST = re.compile(r"\blistening\W+speaking\W+reading\W+(?:and\s+)?writing\b", re.I)
_BETWEEN_SKILLS = re.compile(r"^[\s,;/|)\-]*(?:and\s+)?$", re.I)
# "all four skills", "all 4 language skills", "all language skills": never "all skills" alone.
_FOUR_SKILLS = r"(?:(?:four|4)\s+(?:language\s+)?|language\s+)skills"
_ALL_SKILLS = re.compile(
    rf"(?:(?:STANAG\s*(?:6001\s*)?)?(?:level\s*)?(?P<level>{_SKILL_LEVEL})\s*(?:\([^)]{{0,30}}\)\s*)?"
    rf"(?:in|for|across)\s+(?:all|each)\s+(?:of\s+)?(?:the\s+)?{_FOUR_SKILLS}"
    rf"|\b(?:in\s+)?(?:all|each\s+of\s+the)\s+{_FOUR_SKILLS}\s*(?:\([^)]{{0,60}}\)\s*)?"
    rf"(?:[:\-]\s*)?(?:at\s+)?(?:STANAG\s*(?:6001\s*)?)?(?:level\s*)?(?P<level2>{_SKILL_LEVEL}))",
    re.I,
)


# Cheap test first: most lines name no skill at all.
_ANY_SKILL = re.compile(r"listening|speaking|reading|writing|skills|(?-i:\b[LSRW]\s*[:=]?\s*[0-5])", re.I)


def _skill_level(token: str) -> str:
    token = " ".join(token.replace("-", " ").split()).casefold().removesuffix(" proficiency")
    plus = "+" if token.endswith("+") else ""
    token = token.rstrip("+").strip()
    if token[:1].isdigit():
        return token + plus
    words = {" ".join(w.replace("-", " ").split()): level for w, level in STANAG_LEVEL_WORDS.items()}
    return f"{words[token]}{plus}"


def skill_profiles(text: str) -> list[tuple[int, int, str]]:
    """(start, end, SLP) of every STANAG 6001 profile stated a level per skill, or one level in all four
    skills; the SLP in the order listening, speaking, reading, writing.

    >>> skill_profiles("English (STANAG 6001): Listening - Professional; Speaking - Professional; "
    ...                "Reading - Professional; Writing - Functional")[0][2]
    '3332'
    >>> [p[2] for p in skill_profiles("L3 S3 R3 W2; French: level 2 in all four skills")]
    ['3332', '2222']
    """
    if not _ANY_SKILL.search(text):
        return []
    found: list[tuple[int, int, str]] = []
    for pattern, letters in ((_NAMED_SKILL, False), (_LETTER_SKILL, True)):
        run: dict[str, str] = {}
        start = end = 0
        for match in pattern.finditer(text):
            groups = {name: value for name, value in match.groupdict().items() if value}
            named = groups.get("skills") or groups.get("skills2") or groups.get("skills3") or ""
            skills = (
                [s for s in _SKILLS if s[0] == named.casefold()[:1]]
                if letters
                else [s.casefold() for s in re.findall(r"listening|speaking|reading|writing", named, re.I)]
            )
            level = (
                groups.get("figure") or groups.get("figure2")
                or groups.get("level") or groups.get("level2") or groups.get("level3")
            )  # fmt: skip
            if run and (set(skills) & set(run) or not _BETWEEN_SKILLS.match(text[end : match.start()])):
                run = {}
            if not run:
                start = match.start()
            run.update(dict.fromkeys(skills, _skill_level(level)))
            end = match.end()
            if len(run) == 4:
                found.append((start, end, "".join(run[s] for s in _SKILLS)))
                run = {}
    for match in _ALL_SKILLS.finditer(text):
        if not any(s <= match.start() < e for s, e, _ in found):
            found.append(
                (match.start(), match.end(), _skill_level(match.group("level") or match.group("level2")) * 4)
            )
    return sorted(found)


def states_skill_levels(text: str) -> bool:
    """Whether the text states STANAG 6001 levels per skill (one requirement, however it is punctuated)."""
    return bool(skill_profiles(text))
