"""Behavioural competencies: "Name: behavioural text" pairs matched to a rung of the reference ladder.

A notice may join two adjacent rungs ("Creates own measures of excellence and improves performance");
such a text is stored as the HIGHER rung, the level the candidate must reach. Names are made canonical
through the reference aliases (Organizational Awareness -> Organisational Awareness); a name the
reference does not know is kept as written with ``rung=None`` (as is a known name whose text is not one of
its ladder's rungs, even if it loosely resembles one), so a recruiter can fill it in rather than the parser
guessing; ``ParsedNotice.unsure`` then says so.

>>> [c.rung for c in parse_competencies(["Teamwork: Solicits inputs and encourages others."])]
[4]
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from reference.data import DEFAULT_REFERENCE, ReferenceData
from reference.ladders_fr import COMPETENCY_LADDERS_FR, COMPETENCY_NAMES_FR
from reference.letters import unaccented

from .result import Competency

# Phrasings of rungs seen in notices besides the ladder's own words (domain reference, section 2).
EXTRA_RUNG_PHRASES: dict[str, tuple[tuple[int, str], ...]] = {
    "Flexibility": ((3, "Adapts tactics"),),
    "Initiative": ((3, "Decisive in a crisis"), (3, "Is decisive in a crisis")),
}
# A whole text this close to one rung is that rung; below it, the text is split into clauses.
WHOLE_TEXT_SCORE = 88
CLAUSE_SCORE = 72
NAME_SCORE = 88

_STOP_NAMES = frozenset({"note", "notes", "level", "e.g", "i.e", "nb", "n.b", "please note", "example"})
# A table's header row ("Competency | Required behaviour") or the block's heading ("Competencies: The
# incumbent must demonstrate:") is no competency.
_HEADING_NAME = re.compile(
    r"^(?:(?:core |key |behaviou?ral |required |nato )?(?:competenc(?:y|ies|es)|comp[ée]tences?)"
    r"(?: (?:name|profile|required|level))?|name|behaviou?r|required behaviou?r|level(?: required)?|rung)$",
    re.IGNORECASE,
)
# A condition of the post printed in the competencies block ("Travel: frequent travel to the nations",
# "Security clearance: NATO SECRET") or the page's buttons: no competency, and no part of the one before it.
_CONDITION_NAME = re.compile(
    r"^(?:travel(?:ling)?|(?:security )?clearance|nationality|eligibility|languages?|location|contract"
    r"|deadline|closing date|medical|driving licen[cs]e|working hours|hours|deployments?|availability|salary"
    r"|remarks?|shift work|on[- ]call|special requirements|physical requirements|health"
    # the other parts of an ACO post description, printed under "Attributes / competencies"
    r"|personal attributes|professional contacts|contribution to (?:the )?objectives|supervisory responsibilit(?:y|ies)"
    # a page's own notes under the block ("Information: contract of 3 years", "Conditions: ...")
    r"|(?:additional |further |other |general )?information|conditions(?: of employment)?|benefits"
    # a page's share buttons after the block ("Partager : LinkedIn", "Share: X")
    r"|share(?: this (?:job|post|page))?|partager|teilen|delen|compartir|condividi|print|imprimer|follow us)$",
    re.IGNORECASE,
)
_GENERIC_NAME = re.compile(
    r"(?:^|(?<=[;\n]))[ \t]*(?:[-*•][ \t]*)?"
    r"(?P<name>[A-Z][\w'/&-]*(?:[ \t]+(?:and|of|for|to|&|[A-Z][\w'/&-]*)){0,5})[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:",
)
# "Level 3", "3 - Sees ...", a rung's number in a cell or brackets before the behaviour or alone ("3 | Checks
# own work", "(4)").
_EXPLICIT_RUNG = re.compile(
    r"\b(?:level|rung)\s*(?P<n>[1-7])\b|^\(?(?P<m>[1-7])\)?(?:\s*[-:.)|·]|\s*$)", re.IGNORECASE
)
# The rung's number before the behaviour, which the review page shows without it.
_RUNG_NUMBER = re.compile(r"^\(?[1-7]\)?\s*(?:[|·]\s*|$)")
_CLAUSES = re.compile(r"\s+and\s+|\s*[;,]\s*|\s+as well as\s+|\s+et\s+|\s+ainsi que\s+")


def match_key(text: str) -> str:
    """Lower case, British spelling, no punctuation: the form texts are compared in."""
    text = text.casefold().replace("’", "'").replace("'", "")
    # French wordings compared without their accents ("Réflexion"/"Reflexion").
    text = unaccented(text)
    text = re.sub(r"(?<=[a-z])iz(?=e|es|ed|ing|ation|ations|ational)", "is", text)
    text = text.replace("co-op", "coop").replace("behavior", "behaviour")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@lru_cache(maxsize=8)
def _ladder_keys(ladders_key: tuple) -> dict[str, list[tuple[int, str]]]:
    ladders = dict(ladders_key)
    keyed: dict[str, list[tuple[int, str]]] = {}
    for name, rungs in ladders.items():
        phrases = [(i + 1, match_key(text)) for i, text in enumerate(rungs)]
        phrases += [(rung, match_key(text)) for rung, text in EXTRA_RUNG_PHRASES.get(name, ())]
        # The same rungs as French notices word them (reference/ladders_fr.py).
        for rung, wordings in enumerate(COMPETENCY_LADDERS_FR.get(name, ()), start=1):
            phrases += [(rung, match_key(text)) for text in wordings if rung <= len(rungs)]
        keyed[name] = phrases
    return keyed


def _ladders(reference: ReferenceData) -> dict[str, list[tuple[int, str]]]:
    return _ladder_keys(tuple(reference.competency_ladders.items()))


@lru_cache(maxsize=8)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    # A name of several words may wrap at a line's end ("Customer Service" / "Orientation: Makes ...").
    alternatives = "|".join(
        r"[ \t]*\n?[ \t]*".join(re.escape(word) for word in n.split(" "))
        for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(
        # "Réflexion analytique (Analytical Thinking) :": a French notice gives the English name in brackets.
        # The name and its behaviour joined by a colon or a spaced dash of any length ("Flexibility – Adapts
        # strategy"), or the name alone on its line over the behaviour (a table's two cells read as lines).
        # A table's cells joined by bars, the rung's number in the next ("Teamwork | 3 | Expresses positive
        # attitudes") too, and a name before
        # its rung in brackets ("Initiative (3) · Teamwork (2)") or alone on the line above it (a table read
        # cell by cell: "Initiative" / "3").
        rf"(?<![\w-])(?P<name>{alternatives})\)?(?:[ \t]*(?:\([^)\n]{{0,40}}\))?[ \t]*(?::|\s[-–—]\s)"
        rf"|[ \t]*\|(?=[ \t]*[1-7][ \t]*(?:\||\n|$)))"
        rf"|(?<![\w-])(?P<ranked>{alternatives})[ \t]*(?=\([ \t]*[1-7][ \t]*\))"
        rf"|(?:^|(?<=\n))[ \t]*(?P<alone>{alternatives})[ \t]*\n(?=[ \t]*(?:[A-Z]|[1-7][ \t]*(?:\n|$)))",
        re.I,
    )


def canonical_name(name: str, reference: ReferenceData = DEFAULT_REFERENCE) -> str | None:
    """'Organizational Awareness' -> 'Organisational Awareness'; a close misspelling too; None if unknown."""
    exact = reference.canonical_competency(name)
    if exact:
        return exact
    choices = {match_key(n): n for n in reference.competency_ladders}
    choices.update({match_key(alias): n for alias, n in reference.competency_aliases.items()})
    choices.update(
        {match_key(name): n for name, n in COMPETENCY_NAMES_FR.items() if n in reference.competency_ladders}
    )
    key = match_key(name)
    if key in choices:
        return choices[key]
    best = process.extractOne(key, list(choices), scorer=fuzz.ratio, score_cutoff=NAME_SCORE)
    return choices[best[0]] if best else None


def _best(key: str, phrases: list[tuple[int, str]]) -> tuple[int, float]:
    scored = [(max(fuzz.ratio(key, p), fuzz.token_sort_ratio(key, p)), rung) for rung, p in phrases]
    score, rung = max(scored, key=lambda s: (s[0], s[1]))
    return rung, score


def rung_for(name: str, text: str, reference: ReferenceData = DEFAULT_REFERENCE) -> int | None:
    """The rung of ladder ``name`` that ``text`` describes; joined rungs give the higher one.

    >>> rung_for("Achievement", "Creates own measures of excellence and improves performance")
    4
    >>> rung_for("Organisational Awareness", "Understands organizational climate and culture")
    3
    """
    phrases = _ladders(reference).get(name)
    if not phrases:
        return None
    explicit = _EXPLICIT_RUNG.search(text)
    if explicit:
        return int(explicit.group("n") or explicit.group("m"))
    key = match_key(text)
    if not key:
        return None
    rung, score = _best(key, phrases)
    if score >= WHOLE_TEXT_SCORE:
        return rung
    clauses: list[str] = []
    for clause in _CLAUSES.split(text):
        clause_key = match_key(clause)
        if not clause_key:
            continue
        # A one-word clause ("culture" in "climate and culture") belongs to the clause before it.
        if clauses and len(clause_key.split()) < 2:
            clauses[-1] = f"{clauses[-1]} {clause_key}"
        else:
            clauses.append(clause_key)
    matched = [r for r, s in (_best(c, phrases) for c in clauses) if s >= CLAUSE_SCORE]
    if matched:
        return max(matched)
    partial = [r for r, p in phrases if fuzz.partial_ratio(p, key) >= 90 and len(p) >= 8]
    if partial:
        return max(partial)
    return None  # a text only loosely like a rung is not on the ladder: the review page asks a person


def competency_pairs(text: str, reference: ReferenceData = DEFAULT_REFERENCE) -> list[tuple[str, str]]:
    """(name as written, behavioural text) pairs from a competencies block, however laid out.

    >>> competency_pairs("Achievement: Creates own measures of excellence Initiative: Shows persistence")
    [('Achievement', 'Creates own measures of excellence'), ('Initiative', 'Shows persistence')]
    >>> competency_pairs("Flexibility (Adapts to unforeseen situations) | Teamwork (Solicits inputs)")
    [('Flexibility', 'Adapts to unforeseen situations'), ('Teamwork', 'Solicits inputs')]
    """
    names = (
        tuple(reference.competency_ladders) + tuple(reference.competency_aliases) + tuple(COMPETENCY_NAMES_FR)
    )
    found: dict[int, tuple[int, str]] = {}
    ranked: set[int] = set()  # where a name with its rung in brackets starts
    for match in _name_pattern(names).finditer(text):
        group = next(g for g in ("name", "ranked", "alone") if match.group(g))
        end = match.end()
        if group == "ranked":
            # "Initiative (3)": the rung in brackets is all its text; what follows is the next name or the page.
            end = text.index(")", end) + 1
            ranked.add(match.start(group))
        found[match.start(group)] = (end, match.group(group))
    for match in _GENERIC_NAME.finditer(text):
        start = match.start("name")
        if any(s <= start < end for s, (end, _) in found.items()):
            continue
        name = match.group("name").strip()
        if name.casefold() in _STOP_NAMES or len(name) < 3 or _HEADING_NAME.match(name):
            continue
        found[start] = (match.end(), "" if _CONDITION_NAME.match(name) else name)
    starts = sorted(found)
    pairs = []
    for i, start in enumerate(starts):
        end, name = found[start]
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        if start in ranked:
            pairs.append((name, text[text.rindex("(", 0, end) : end]))
            continue
        # A blank line after the behaviour ends it: what follows is another part of the page.
        paragraph = text.find("\n\n", end, stop)
        if paragraph != -1 and text[end:paragraph].strip():
            stop = paragraph
        # The next name's own words before its bracket ("; - Influence et impact (") are not this text.
        level_text = " ".join(re.sub(r"[;\s]*\n[^\n]*\($", "", text[end:stop]).split())
        level_text = re.sub(r"(?:\s*[;.,]|\s+-|\s*[•·])+$", "", level_text).strip().rstrip(";., ")
        if level_text and name:  # a condition of the post ("Travel: ...") ends the text before it, no more
            pairs.append((name, level_text))
    if not pairs:
        # "Flexibility (Adapts to unforeseen situations) | Teamwork (Solicits inputs)": the text in brackets.
        pairs = [
            (m.group("name"), " ".join(m.group("text").split()))
            for m in _bracketed_pattern(names).finditer(text)
        ]
    return pairs


@lru_cache(maxsize=8)
def _bracketed_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<name>{alternatives})[ \t]*\((?P<text>[^()\n]{{3,120}})\)", re.I)


def parse_competencies(
    lines: list[str], reference: ReferenceData = DEFAULT_REFERENCE
) -> tuple[Competency, ...]:
    """Competencies from the lines of the competencies block (one per line, bullets, or run together)."""
    result: list[Competency] = []
    seen: set[str] = set()
    for name, level_text in competency_pairs("\n".join(lines), reference):
        canonical = canonical_name(name, reference)
        shown = canonical or " ".join(name.split())
        if shown.casefold() in seen:
            continue
        seen.add(shown.casefold())
        rung = rung_for(canonical, level_text, reference) if canonical else None
        result.append(Competency(shown, _RUNG_NUMBER.sub("", level_text) or level_text, rung))
    return tuple(result)


# Competencies named in a sentence ------------------------------------------------------------------------
# "... is expected to demonstrate the following competencies at the levels indicated: Achievement, setting
# challenging goals; Analytical Thinking, making complex plans or analyses; and Leadership, communicating a
# compelling vision." Each entry: a name, then its level as a gerund phrase (after ",", "-", ":" or in brackets).
_IN_SENTENCE = re.compile(r"\bcompetenc(?:ies|es|y)\b[^:]{0,120}:\s*(?P<rest>.+)$", re.IGNORECASE)
_ENTRY = re.compile(r"^(?:and\s+)?(?P<name>[A-Z][^,:()–-]{2,50}?)\s*(?:,|:|\s[-–]\s|\()\s*(?P<text>.+?)\)?$")


def _stem(word: str) -> str:
    """ "setting"/"sets" -> "set", "making"/"makes" -> "mak", "challenging"/"challenges" -> "challeng"."""
    word = word.casefold()
    if word.endswith("ing") and len(word) > 4:
        word = word[:-3]
        if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsfz":
            word = word[:-1]
        return word
    if word.endswith("es") and len(word) > 4 and word[-3] in "sxz":
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:-1] if word.endswith("e") else word


@lru_cache(maxsize=8)
def _verbs(ladders_key: tuple) -> dict[str, str]:
    """Stem -> the ladders' own form of each verb opening a rung ("set" -> "Sets")."""
    verbs: dict[str, str] = {}
    for _name, rungs in ladders_key:
        for text in rungs:
            first = text.split()[0]
            verbs.setdefault(_stem(first), first)
    return verbs


def _as_rung_text(text: str, reference: ReferenceData) -> str:
    """A gerund phrase in the ladder's form: "setting challenging goals" -> "Sets challenging goals"."""
    words = text.split()
    if not words or not words[0].casefold().endswith("ing"):
        return text
    verb = _verbs(tuple(reference.competency_ladders.items())).get(_stem(words[0]))
    return " ".join([verb, *words[1:]]) if verb else text


def competencies_in_sentence(
    text: str, reference: ReferenceData = DEFAULT_REFERENCE
) -> tuple[Competency, ...]:
    """Known competencies a sentence lists after "competencies ...:", each with its level (see above).

    >>> [(c.name, c.rung) for c in competencies_in_sentence(
    ...     "Candidates must show these competencies: Achievement, setting challenging goals; and Teamwork, "
    ...     "working with others.")]
    [('Achievement', 5), ('Teamwork', None)]
    """
    found = _IN_SENTENCE.search(text)
    if not found:
        return ()
    result: list[Competency] = []
    for entry in found.group("rest").rstrip(" .").split(";"):
        match = _ENTRY.match(entry.strip())
        canonical = canonical_name(match.group("name").strip(), reference) if match else None
        if not match or not canonical or any(c.name == canonical for c in result):
            continue
        level_text = _as_rung_text(match.group("text").strip(" .,"), reference)
        result.append(Competency(canonical, level_text, rung_for(canonical, level_text, reference)))
    return tuple(result)


# "Analytical Thinking (makes complex plans or analyses)": a name and, in brackets, its level's words.
_BRACKETED = re.compile(
    r"(?P<name>[A-Z][\w'/&-]*(?:\s+(?:and|of|for|to|&|[A-Z][\w'/&-]*)){0,5})\s*\((?P<text>[^()]{3,90})\)"
)


def bracketed_competencies(text: str, reference: ReferenceData = DEFAULT_REFERENCE) -> tuple[Competency, ...]:
    """Known competencies a sentence names with their level in brackets, two at least (one name in
    brackets may be anything else: "Teamwork (see annex)").

    >>> [(c.name, c.rung) for c in bracketed_competencies(
    ...     "We expect you to show Analytical Thinking (makes complex plans or analyses) and Teamwork "
    ...     "(solicits inputs).")]
    [('Analytical Thinking', 4), ('Teamwork', 3)]
    """
    if "(" not in text:
        return ()
    result: list[Competency] = []
    for match in _BRACKETED.finditer(text):
        words = match.group("name").split()
        # The name is the end of the capitalised run: "show Analytical Thinking", "and Teamwork".
        canonical = next(
            (
                found
                for start in range(len(words))
                if (found := canonical_name(" ".join(words[start:]), reference))
            ),
            None,
        )
        if not canonical or any(c.name == canonical for c in result):
            continue
        level_text = _as_rung_text(match.group("text").strip(" .,"), reference)
        result.append(Competency(canonical, level_text, rung_for(canonical, level_text, reference)))
    return tuple(result) if len(result) >= 2 else ()
