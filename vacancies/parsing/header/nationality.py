"""Nationality: whether the notice restricts the post to nationals of member (or participating) nations,
and which nations, when it names them.

A restriction is a sentence that both names who may apply ("nationals of/from ... NATO member states",
"citizens of the participating nations", "ressortissants de pays membres") and limits it ("only",
"must", "open to", "restricted to", "eligibility"); "NATO welcomes applications of nationals from all
member Nations" limits nothing. A programme's own list of nations ("Open only to nationals of the
nations taking part in the programme: Belgium, Denmark, Norway and Poland") is read as English country
names; "NATO member nations" names none.

>>> find_nationalities(["Open only to nationals of the participating nations (Norway, Poland)."])
(('Norway', 'Poland'), 'Open only to nationals of the participating nations (Norway, Poland).')
"""

from __future__ import annotations

import re
from functools import cache

from reference.nations import (
    DEMONYMS,
    MEMBER_CODES,
    MEMBER_NATIONS,
    NATION_ALIASES,
    country_names,
    nation_named,
)

_I = re.IGNORECASE

# Who may apply: nationals/citizens of (or from) a group of nations, within the same sentence.
_WHO = (
    r"(?:\b(?:nationals?|citizens?|nat\.)\s+(?:of|from)\b|\bcitizenship\s+of\b|\bnationality\s+of\b"
    r"|\bressortissants?\s+(?:de|d'|des|du)|\bnationality\s*:|\bcitizenship\s*:"
    # "Eligible nationalities: ...", "Eligible nations: ...", "Only candidates from Germany, Italy ..."
    r"|\bnationalities\s*:|\beligible\s+(?:nations|countries)\s*:|\b(?:candidates?|applicants?)\s+from\b)"
)
_GROUP = (
    # "the NETMA Nations", "these Nations" (named in the sentence before)
    r"(?:NATO|OTAN|member|participating|allied|contributing|sponsoring|taking\s+part|the\s+following"
    r"|(?-i:[A-Z][A-Z&]{2,7})\s+nations|th(?:ese|ose)\s+nations"
    r"|pays\s+membres|États\s+membres|nations?\s+participantes?|pays\s+(?:suivants|participants?)"
    r"|nations\s+suivantes)"
)
_WHO_GROUP = re.compile(rf"{_WHO}[^.;]{{0,70}}?{_GROUP}", _I)
# What makes it a restriction rather than a welcome.
_LIMIT = re.compile(
    r"\bonly\b|\bmust\b|\bopen\s+to\b|\brestricted\s+to\b|\blimited\s+to\b|\breserved\s+for\b"
    r"|\beligib\w*|\bnationality\s*:|\bcitizenship\s*:|\bqu[e']\s*(?:les|aux)\b|\buniquement\b|\bseule?s?\b|\bexclusivement\b|\bouvert\w*\s+(?:aux|à)\b|\bréservée?s?\s+aux\b"
    r"|\bexclusively\b|\b(?:of|from)\s+one\s+of\s+(?:our|the)\b|\b(?:be|are|is)\s+an?\s+(?:national|citizen)\b",
    _I,
)
# A group that is the NATO membership as a whole: no list of nations to read.
_ALL_MEMBERS = re.compile(
    r"\b(?:NATO|OTAN|allied)\s+(?:member|nations?|countries|states)|\bmember\s+(?:states|nations|countries)\b"
    r"|\bpays\s+membres\b|\bÉtats\s+membres\b",
    _I,
)
_LIST_GROUP = re.compile(
    r"\bparticipating\b|\btaking\s+part\b|\bcontribut\w*|\bsponsor\w*|\bthe\s+following\b|\bprogramme\b"
    r"|\bparticipantes?\b|\bfund\w*|\bsuivant\w*|\bparticipants?\b",
    _I,
)


_WHO_ALONE = re.compile(_WHO, _I)


def _restriction(line: str) -> re.Match[str] | None:
    # "nationals of ... member states", or "nationals of Belgium, Denmark and Norway" (nations named directly).
    named = [
        m
        for m in _WHO_ALONE.finditer(line)
        if _nation(_ITEM_SPLIT.split(line[m.end() :], maxsplit=1)[0]) or _named_group(line[m.end() :])
    ]
    for match in [*_WHO_GROUP.finditer(line), *named, *_demonym_lists(line)]:
        # A question ends a sentence too: "Who can apply? Nationals of our Sponsoring Nations: ...".
        sentence_start = max(line.rfind(sep, 0, match.start()) for sep in (". ", "; ", "? ", "! ")) + 1
        sentence_end = line.find(". ", match.end())
        sentence = line[sentence_start : sentence_end if sentence_end >= 0 else len(line)]
        # A requirement stating it ("🛂 Citizenship of one of our Sponsoring Nations: ...", "Nationals of the
        # participating nations") limits by itself: the line is one of what the candidate must have.
        if _LIMIT.search(sentence) or not re.search(r"\w", line[sentence_start : match.start()]):
            return match
    return None


# "restricted to German, Italian, Spanish and British nationals": the nations named before the word.
_DEMONYM_LIST = re.compile(
    r"(?P<list>(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s*,\s*|\s+(?:and|or)\s+))*[A-Z][\w'-]+)\s+"
    r"(?:nationals|citizens)\b"
)


def _demonym_lists(line: str) -> list[re.Match[str]]:
    return [m for m in _DEMONYM_LIST.finditer(line) if _list_after(m["list"])]


# "nationals of the four NETMA nations: Germany, ...", "citizens of the programme's partner countries (Italy,
# Spain)": a group of any name, then its nations.
_GROUP_OPENING = re.compile(
    r"^[^.;:()]{0,70}?\b(?:nations|countries|states)\s*(?::|\(|,?\s*(?:namely|i\.e\.)\s)", _I
)


def _named_group(tail: str) -> bool:
    opening = _GROUP_OPENING.match(tail)
    return bool(opening and _list_after(tail[opening.end() :]))


# A post of NATO or one of its bodies: open to nationals of the member nations even where the notice does
# not say so (domain.md, 4b: IS, IMS, ACO, ACT; agencies restrict further when they name nations).
_NATO_BODY = re.compile(
    r"\b(NATO|OTAN|SHAPE|International Staff|International Military Staff|Allied Command (?:Operations|"
    r"Transformation)|HQ SACT|NSPA|NCIA|NCI Agency|Joint Force Command|NATO Defen[cs]e College)\b"
)


def states_restriction(line: str) -> bool:
    """Whether ``line`` says who may apply (else a restriction ``find_nationality`` gave was implied by
    the NATO body the line names)."""
    return _restriction(line) is not None


def find_nationality(lines: list[str]) -> tuple[bool, str | None]:
    """(restricted, the sentence that says so); a NATO post that says nothing is restricted, the line
    naming the NATO body being the source."""
    for line in lines:
        if _restriction(line):
            return True, line
    for line in lines:
        if _NATO_BODY.search(line):
            return True, line
    return False, None


@cache
def _nation_names() -> dict[str, str]:
    """Lower-case name, alias or demonym -> English country name; short capital codes kept apart."""
    names = {name.casefold(): name for name in country_names().values()}
    names.update({name.casefold(): name for name in MEMBER_NATIONS})
    names.update({alias: name for alias, name in NATION_ALIASES.items() if len(alias) > 3})
    names.update(DEMONYMS)
    return names


# Codes that name a nation even alone (in a list of codes, any member's: ``MEMBER_CODES``).
_CODES = {code: MEMBER_CODES[code] for code in ("US", "USA", "UK")}
_ITEM_SPLIT = re.compile(r"\s*(?:[,;()]|\band\b|\bor\b|\bet\b|\n|[•▪·*–-]\s)\s*", _I)


def _nation(item: str) -> str | None:
    item = re.sub(r"\s+only$", "", " ".join(item.replace("’", "'").split()).strip(" .:"), flags=_I)
    item = re.sub(r"^the\s+", "", item, flags=_I)
    item = re.sub(r"^[^\w(]+|[^\w).]+$", "", item)  # a flag or another emoji beside the name
    if item in _CODES:
        return _CODES[item]
    # "the United Kingdom will be considered": the sentence goes on after the list's last name.
    run = re.match(r"^((?:[A-Z][\w'-]*\s*)+)\s+(?=[a-z])(?!.*\b[A-Z])", item)
    found = _nation_names().get(item.casefold()) or (
        _nation_names().get(run[1].strip().casefold()) if run else None
    )
    if found:
        return found
    # French: "de la Belgique", "des Pays-Bas", "l'Allemagne": a member nation's name in a member language (CLDR).
    bare = re.sub(
        r"^(?:(?:de\s+la|des|du|de|la|le|les|à\s+la|au|aux)\s+|(?:de\s+l|d|l)['’]\s*)", "", item, flags=_I
    )
    return nation_named(bare) or _nation_names().get(bare.casefold())


def _list_after(text: str) -> tuple[str, ...]:
    """The nations listed at the start of ``text`` (after a ":" or "(" or directly), in order."""
    nations: list[str] = []
    items = [item for item in _ITEM_SPLIT.split(text) if item.strip(" .:")]
    # "RO, CZ, DE, GR, HU": member nations by their ISO codes, read only in a list of several such codes (a
    # lone "IT" or "IS" is a word).
    coded = sum(1 for item in items if item.strip(" .:") in MEMBER_CODES) >= 3
    skip = False
    for item, following in zip(items, [*items[1:], ""]):
        if skip:
            skip = False
            continue
        # "Czech" / "Republic": a name wrapped over two lines
        nation = following and _nation(f"{item} {following}")
        skip = bool(nation)
        nation = nation or _nation(item) or (coded and MEMBER_CODES.get(item.strip(" .:"))) or None
        if nation:
            nations.append(nation)
        elif nations:
            break  # the list has ended ("..., Norway and Poland. Applicants must ...")
    return tuple(dict.fromkeys(nations))


def find_nationalities(lines: list[str]) -> tuple[tuple[str, ...], str | None]:
    """The nations named when only they may apply; () when the restriction is NATO member nations.

    The list may run on over the next lines (a wrapped sentence, or one nation per bullet).
    """
    first: str | None = None
    for i, line in enumerate(lines):
        match = _restriction(line)
        if not match:
            continue
        first = first or line
        if match.re is _DEMONYM_LIST:
            return _list_after(match["list"]), line
        tail = line[match.end() :]
        group = line[match.start() : match.end()] + tail[:60]
        if _ALL_MEMBERS.search(group) and not _LIST_GROUP.search(group):
            return (), line
        # From the list's opening (":", "(", "namely") to the sentence's end, over the next lines.
        opening = re.search(r"[:(]|\bnamely\b|\bi\.e\.", tail)
        body = tail[opening.end() :] if opening else tail
        following = lines[i + 1 : i + 12]
        if not re.search(r"\.\s*$", body):
            body = "\n".join([body, *following])
        body = re.split(r"\.(?:\s|$)", body, maxsplit=1)[0]
        nations = _list_after(body)
        if not nations and re.search(r"\bth(?:ese|ose)\s+nations\b", group, _I):
            # "... on behalf of the NAHEMA Nations: Belgium, France, ... Only nationals of these Nations":
            # the list the sentence before gives.
            before = " ".join([*lines[max(0, i - 3) : i], line[: match.start()]])
            listed = list(re.finditer(r"\bnations?\s*:", before, _I))
            nations = _list_after(re.split(r"\.(?:\s|$)", before[listed[-1].end() :])[0]) if listed else ()
        if nations:
            return nations, line
        # "only to nationals of our Sponsoring Nations listed above": the list is elsewhere; read on.
    return (), first
