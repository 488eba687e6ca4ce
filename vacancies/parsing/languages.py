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

STANAG 6001 profiles (SLP) are kept as written, separators dropped and "+" kept: "3-3-3-3" -> "3333",
"3+3+3+3+" -> "3+3+3+3+"; a single level ("STANAG 6001 level 3") is read as that level in all four
skills ("3333"). The language is the one named in the same sentence, English when none is named (the
STANAG notices seen all mean English then).
"""

from __future__ import annotations

import re

from reference.data import DEFAULT_REFERENCE, ReferenceData
from reference.languages import LANGUAGE_NAMES, OFFICIAL_LANGUAGES
from reference.scales import SLP_LEVEL, SLP_NOTICE_SEPARATOR

from .result import LanguageLevel, Languages, StanagProfile

_LANG = "|".join(LANGUAGE_NAMES)
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
_STANAG_HINT = re.compile(r"\bSTANAG\b|\bSLP\b", re.IGNORECASE)
_PROFILE = rf"{SLP_LEVEL}(?:{SLP_NOTICE_SEPARATOR}{SLP_LEVEL}){{3}}(?![\d])"
_STANAG_AFTER = re.compile(
    rf"(?:\bSLP\b|\bSTANAG\b(?:\s*6001)?(?:\s*\((?:Ed(?:ition|\.)?\s*\d+)\))?)\s*"
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


def _as_roman(token: str, reference: ReferenceData) -> str:
    return (
        token if token in reference.language_levels else _level_names(reference).get(token.casefold(), token)
    )


def _descriptor_level(fragment: str) -> str | None:
    for level, pattern in _DESCRIPTORS:
        if pattern.search(fragment):
            return level
    return None


def _canonical_language(name: str) -> str:
    return name.strip().capitalize()


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
    one_other = re.compile(
        rf"(?:level\s+)?(?P<high>{token})\b{_PAREN}\s*(?:(?:in|for)\s+(?:the\s+)?one|dans\s+l'une)\b[^.]{{0,60}}?"
        rf"(?:level\s+)?(?P<low>{token})\b{_PAREN}\s*(?:(?:in|for)\s+the\s+other|dans\s+l'autre)",
        re.IGNORECASE,
    )
    # Roman numerals only here: "Proficiency in English" is a phrase, not level VI.
    level_then_lang = re.compile(
        rf"(?:level\s+)?\b(?P<level>{_ROMAN})\b{_PAREN}\s*(?:in|for)\s+(?P<lang>{_LANG})\b", re.IGNORECASE
    )
    lang_then_level = re.compile(
        rf"\b(?P<lang>{_LANG})\b\s*(?:language\s*)?(?:[:(,=-]|\bat\b|\bto\b)?\s*(?:the\s+)?(?:NATO\s+)?"
        rf"(?:level\s*:?\s*)?(?P<level>{_ROMAN})\b",
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
            text = text[: match.start()] + " " + text[match.end() :]
            text = re.sub(
                rf"\(?\s*\b(?:{_LANG})\s*(?:/|and|or|,)\s*(?:{_LANG})\b\s*\)?", " ", text, flags=re.I
            )
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
        if _STANAG_HINT.search(text):
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


def _stanag_profiles(sentence: str) -> list[StanagProfile]:
    profiles = []
    spans = []
    for match in _STANAG_AFTER.finditer(sentence):
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
    best, distance = "English", None
    for match in _LANG_RE.finditer(sentence):
        d = abs(match.start() - position)
        if distance is None or d < distance:
            best, distance = _canonical_language(match.group(1)), d
    return best
