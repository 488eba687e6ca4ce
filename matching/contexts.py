"""What an experience context asks for, read as a recruiter reads it.

"Focused on terrorism or counter-terrorism", "translating or working on terminology in the fields of defence,
security or military affairs": a context is a few *slots* in a row (what the work was, in which field), each
a list of alternatives ("defence, security or military affairs"); an entry meets the context when it meets
its slots, and a slot when it meets any one alternative. An alternative is met by half its key terms, a
term by the same word in another form ("terrorist" for "terrorism", "terrorismo"), or by a concept the
slot asks for in its general words (reference.concepts: "translating" for "~translation").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reference.concepts import asked_concepts, is_where

from .text import STOPWORDS, english_terms, fold, terms

# Words of a context that say how or where in the sentence, not what: they end a phrase.
_FILLER = frozenset(
    """focused focus focusing gained acquired spent mainly primarily predominantly preferably directly
    closely dealing involving involved related similar comparable relevant fields areas domain domains
    matters role roles type types duties tasks responsibilities position positions post posts job jobs
    counter adult adults professional professionals support direct advising advice""".split()  # noqa: SIM905
)  # ("counter-terrorism": terrorism is what it is about; "training to adult professionals": to whom, not what;
# "in direct support of military training or exercises": the training or exercises are what it was about;
# "advising on public procurement or government contracts": a lawyer's years on the contracts, however said)
# Words that join alternatives into one slot (in English and in French, the notices' two languages).
_JOINS = frozenset({"or", "and", "and/or", ",", "/", "(", "ou", "et", "et/ou"})
_TOKENS = re.compile(r"[\w'’-]+|[,/;()]")
# A term in another form: one a prefix of the other (at least this long), or a common start this long.
PREFIX_MIN, COMMON_MIN = 5, 7
# An entry meets a context of one or two slots when it meets them all, of more when it misses one at most.
SLACK_FROM = 3


# Nouns that name what a person was ("as a HUMINT instructor", "as a dog trainer"): the head of a context's
# phrase. The words before it say in what field; the years asked are years in that role, so an entry meets
# the phrase only where it shows the role ("HUMINT team leader" is no HUMINT instructor).
ROLE_HEADS = frozenset(
    """instructor instructors trainer trainers teacher teachers lecturer lecturers handler handlers officer
    officers manager managers leader leaders commander commanders analyst analysts specialist specialists
    technician technicians engineer engineers adviser advisers advisor advisors planner planners controller
    controllers inspector inspectors auditor auditors operator operators coordinator coordinators supervisor
    supervisors director directors pilot pilots diver divers interpreter interpreters translator translators
    investigator investigators researcher researchers scientist scientists developer developers
    administrator administrators assistant assistants clerk clerks guide guides collector collectors
    interrogator interrogators mentor mentors coach coaches examiner examiners evaluator evaluators""".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class ContextSlot:
    alternatives: tuple[frozenset[str], ...]  # each alternative's key terms (no concept tags)
    tags: frozenset[str] = frozenset()  # concepts the slot asks for by their general words
    # Per alternative, the term of the role it names (ROLE_HEADS), which an entry must show; None for none.
    heads: tuple[str | None, ...] = ()

    def met_by(self, entry_terms: frozenset[str]) -> bool:
        if self.tags & entry_terms:
            return True
        heads = self.heads or (None,) * len(self.alternatives)
        return any(
            sum(1 for term in alternative if _has(term, entry_terms)) >= max(1, len(alternative) / 2)
            and (head is None or _has(head, entry_terms))
            for alternative, head in zip(self.alternatives, heads)
        )


# A word and a longer form that says the opposite in this domain: work "involving several nations" is not
# shown by "national" studies (a national post is what a multinational one is not).
_NOT_THE_SAME = frozenset({("nation", "national"), ("nation", "nationally")})


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if (a, b) in _NOT_THE_SAME or (b, a) in _NOT_THE_SAME:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) >= PREFIX_MIN and long_.startswith(short):
        return True
    return len(short) >= COMMON_MIN and short[:COMMON_MIN] == long_[:COMMON_MIN]


def _has(term: str, entry_terms: frozenset[str]) -> bool:
    return (
        term in entry_terms
        or any(_same_word(term, other) for other in entry_terms if other[:2] == term[:2])
        # A word of another language, in its English terms (matching.text.english_terms).
        or any(
            _same_word(term, english)
            for other in entry_terms
            for english in english_terms(other)
            if english[:2] == term[:2]
        )
    )


def context_slots(context: str) -> tuple[ContextSlot, ...]:
    """The slots of an experience context.

    >>> [sorted(map(sorted, s.alternatives)) for s in context_slots("focused on terrorism or counter-terrorism")]
    [[['terrorism'], ['terrorism']]]
    """
    folded = fold(context)
    slots: list[tuple[list[list[str]], int, int]] = []  # (phrases, start, end) per slot
    phrase: list[str] | None = None
    join = False
    for match in _TOKENS.finditer(folded):
        token = match.group()
        if token in _JOINS:
            join, phrase = True, None
        elif token in (";", ")") or token in STOPWORDS or token in _FILLER:
            phrase = None
        else:
            if phrase is None:
                phrase = []
                if join and slots:
                    slots[-1][0].append(phrase)
                else:
                    slots.append(([phrase], match.start(), match.end()))
            phrase.append(token)
            phrases, start, _ = slots[-1]
            slots[-1] = (phrases, start, match.end())
            join = False
    for phrases, _, _ in slots:
        _share_object(phrases)
        _share_role(phrases)
    asked = [(tag, span) for tag, span in asked_concepts(folded) if not is_where(tag)]
    found = []
    for phrases, start, end in slots:
        read = [
            (frozenset(t for t in terms(" ".join(p)) if not t.startswith("~")), _role_term(p))
            for p in phrases
        ]
        tags = frozenset(tag for tag, (s, e) in asked if s < end and e > start)
        read = [(alternative, head) for alternative, head in read if alternative]
        if read or tags:
            alternatives = tuple(alternative for alternative, _ in read)
            heads = tuple(head for _, head in read)
            found.append(ContextSlot(alternatives, tags, heads if any(heads) else ()))
    return tuple(found)


def _role_term(phrase: list[str]) -> str | None:
    """The term of the role a phrase of two words or more ends with ("humint instructor"); None otherwise (a
    role alone, "instructor", is the whole phrase: half its terms is all of it)."""
    if len(phrase) < 2 or phrase[-1] not in ROLE_HEADS:
        return None
    found = [t for t in terms(phrase[-1]) if not t.startswith("~")]
    return found[0] if found else None


def _share_role(phrases: list[list[str]]) -> None:
    """Words listed before one role share it: "a military, police, customs or border-guard dog handler" asks
    for a military dog handler, not for anything military."""
    *fields, last = phrases
    if fields and len(last) > 1 and last[-1] in ROLE_HEADS and all(len(p) == 1 for p in fields):
        for phrase in fields:
            if phrase[0] not in ROLE_HEADS:
                phrase.extend(last[1:])


def _share_object(phrases: list[list[str]]) -> None:
    """Verbs listed before one object share it: "drafting, negotiating and administering complex contracts"
    asks for drafting contracts, not drafting anything (a lettings negotiator does not meet it)."""
    *verbs, last = phrases
    if (
        verbs
        and len(last) > 1
        and last[0].endswith("ing")
        and all(len(phrase) == 1 and phrase[0].endswith("ing") for phrase in verbs)
    ):
        for phrase in verbs:
            phrase.extend(last[1:])


def meets_slots(slots: tuple[ContextSlot, ...], entry_terms: frozenset[str]) -> bool:
    met = sum(1 for slot in slots if slot.met_by(entry_terms))
    return met >= (len(slots) if len(slots) < SLACK_FROM else len(slots) - 1)
