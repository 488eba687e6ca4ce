"""The notice's layout: headings, repeated sections dropped, requirement lists and what each line is part of.

Each line gets a kind: header (before the first heading), summary, qualifications, essential,
desirable, accountabilities, interrelationships, competencies, contract, languages, recruitment,
additional, body (unlabelled text after the requirement lists) or other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cleaning import Line, _key, in_capitals, unhyphenated
from .competencies import bracketed_competencies, parse_competencies
from .degree import DEGREE_SUBSTITUTE
from .languages import states_skill_levels

_H = re.IGNORECASE
_SECTION_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"^(?:{pattern})$", _H))
    for kind, pattern in (
        ("essential", r"(?:(?:essential|mandatory|minimum|required)(?: (?:qualifications|requirements|criteria"
         r"|skills|experience|knowledge))?|(?:basic|key) (?:qualifications|requirements|criteria))"
         r"(?:(?:,? (?:and|&) |\s*/\s*)(?:experience|skills|qualifications))?"
         r"|(?:qualifications|requirements|criteria|skills)(?: \((?:essential|required|mandatory)\)| required"
         r"|\s*[-–:]\s*(?:essential|required|mandatory))"
         r"|must[- ]haves?(?: (?:skills|qualifications|requirements|experience|criteria))?"
         r"|what you (?:need|must have|bring)|you (?:have|bring|must have)"
         r"|crit[èe]res (?:essentiels|obligatoires)|exigences(?: minimales| essentielles| requises)?|qualifications requises|conditions requises"
         r"|(?:qualifications |comp[ée]tences )?essentiel(?:le)?s|obligatoires?"
         # "Qualifications et expérience essentielles" (a French notice's one heading for the essential list)
         r"|(?:qualifications|comp[ée]tences|exigences)(?: et exp[ée]riences?)? (?:essentielles|requises|obligatoires)"),
        ("desirable", r"(?:(?:desirable|preferred|desired|optional)(?: (?:qualifications|requirements|criteria"
         r"|skills|experience|knowledge))?|additional (?:qualifications|skills|experience|knowledge))"
         r"(?:(?:,? (?:and|&) |\s*/\s*)(?:experience|skills|qualifications))?"
         r"|(?:qualifications|requirements|criteria|skills)(?: \((?:desirable|preferred|optional|desired)\)"
         r"| preferred| desired| desirable|\s*[-–:]\s*(?:desirable|preferred|desired|optional))"
         r"|additional (?:desirable|preferred) (?:qualifications|requirements|criteria|skills|experience)"
         r"|advantageous|(?:an? )?(?:assets?|advantage|plus)|nice[- ]to[- ]haves?(?: skills)?|bonus(?: points| skills)?"
         r"|pluses|(?:it's|it is|would be) a plus|good[- ]to[- ]haves?|(?:it would be )?good to have"
         r"|what would make you stand out|crit[èe]res souhaitables|atouts?|(?:qualifications )?souhaitables?"
         r"|(?:qualifications|comp[ée]tences|exigences)(?: et exp[ée]riences?)? (?:souhaitables|souhait[ée]es|appr[ée]ci[ée]es)"),
        ("summary", r"(?:job |position |post |role )?(?:summary|description|overview|context|background)"
         r"|job content|introduction|about (?:us|the (?:role|position|post|job|organi[sz]ation))|the role"
         r"|description du poste|organi[sz]ational (?:context|background)|general background|r[ée]sum[ée]"
         r"|contexte(?: du poste)?"),
        ("qualifications", r"qualifications(?:,? (?:and )?experience)?(?:,? and (?:skills|competencies))?"
         r"(?: required)?|(?:experience|skills) and qualifications|requirements|eligibility(?: criteria)?"
         r"|(?:candidate |person )?(?:profile|specification)|person specification|profil(?: recherch[ée])?"
         r"|qualifications et exp[ée]rience|what we (?:are|'re) looking for|your (?:profile|qualifications)"
         r"|who you are"
         # "Knowledge, Skills and Abilities", "Education and Experience", "Other Requirements"
         r"|knowledge,? skills,? (?:and|&) abilities|ksas?|(?:education|training),? (?:and|&) experience"
         r"|experience,? (?:and|&) (?:education|training)|skills,? (?:and|&) experience"
         r"|(?:other|further|general) requirements|requirements (?:for|of) (?:the|this) (?:post|position|role|job)"),
        ("accountabilities", r"(?:main |key |principal |primary |major |role |job )?(?:accountabilities|duties"
         r"(?: and responsibilities)?|responsibilities|tasks(?: and responsibilities)?|functions)"
         r"|what you will do|your (?:role|responsibilities|tasks)|job duties|principales responsabilit[ée]s"),
        ("interrelationships", r"interrelationships|reporting lines?|working relationships|reports to"),
        # "Attributes / competencies", "Competencies and attributes": the behaviours a post asks for.
        ("competencies", r"(?:(?:personal )?attributes\s*(?:/|and|&)\s*)?(?:behaviou?ral |core |key )?"
         r"competenc(?:ies|es|y profile)(?:\s*(?:/|and|&)\s*(?:personal )?attributes)?"
         r"|comp[ée]tences(?: comportementales)?"),
        ("languages", r"languages?(?: requirements?| skills| proficiency)?"),
        ("education", r"education(?:al background)?(?:\s*(?:/|and)\s*training)?|academic qualifications|formation"),
        ("contract", r"contract(?: type| duration| details)?|type of contract|conditions of (?:employment|service)"
         r"|terms of (?:employment|appointment)|employment conditions"),
        ("recruitment", r"recruitment process|how to apply|application(?: process| procedure| instructions)?"
         r"|selection process|applications"),
        ("additional", r"additional information|other information|remarks|notes?|special requirements"
         r"|(?:security )?clearance|salary(?: and benefits)?|what we offer|benefits|remuneration"
         r"|working (?:conditions|environment)|work environment|additional requirements"),
    )
)  # fmt: skip
_STATUS_AFTER = re.compile(
    r"^(?P<heading>[^()]{3,60}?)\s*\((?P<status>essential|required|mandatory|minimum|desirable|preferred"
    r"|desired|optional|an? (?:advantage|asset))\)$",
    _H,
)
# A heading with a note in brackets after it ("Essential requirements (ALL must be met)").
_ASIDE_AFTER = re.compile(r"^(?P<heading>[^()]{3,60}?)\s*\((?P<aside>[^()]{1,40})\)$")
# A requirements table's first column header, the second naming the status ("Criterion | Essential",
# "Exigences | Essentielles", "Qualification | Desirable"): the rows under it are that list.
_STATUS_COLUMN = re.compile(
    r"^(?:requirements?|criteria|criterion|qualifications?|area|item|category|critères?|exigences?|domaine"
    r"|anforderung(?:en)?|kriterium|requisitos?|requisiti?|criterio|vereiste|eis)\s*[:|]\s*(?P<status>[^:|]{3,40})$",
    _H,
)
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[A-H])\s*[.)]\s*(?P<rest>[A-Za-z].*)$")
_OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "competencies",
        re.compile(
            r"^(?:the )?(?:incumbent|candidates?|applicants?|successful (?:candidate|applicant)|post ?holder|you)"
            r"\s+(?:must|should|will|shall)\s+(?:also\s+)?(?:be able to\s+)?demonstrate\b[^:]{0,40}:"
            r"|^(?:behaviou?ral |core |key )?competenc(?:ies|es)\s*(?::|[-–]\s*[^:]{0,60}:)"
            r"|^(?:le/la |le |la )?(?:titulaire|candidat\w*)\s+(?:doit|doivent|devra)\s+faire preuve\b[^:]{0,60}:",
            _H,
        ),
    ),
    (
        "desirable",
        re.compile(
            # "5.2 Desired (scored in the technical evaluation):": a numbered part of a statement of work.
            r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+desired\b"
            r"|the following (?:would|will|could|may|might) be (?:considered )?(?:as )?(?:an? )?"
            r"(?:advantage|asset|plus|desirable|beneficial|advantageous)"
            r"|(?:it )?would be (?:an? )?(?:advantage|asset|desirable)|desirable\b|desired\b|preferred\b|advantageous\b"
            r"|(?:the )?(?:incumbent|candidates?|applicants?) (?:should|would) ideally|ideally,? (?:the )?"
            r"|(?:additional|other) (?:desirable )?(?:qualifications|skills)|nice[- ]to[- ]haves?|bonus points"
            r"|preferred (?:qualifications|skills|experience)"
            r"|(?:an? )?(?:advantage|asset)s? (?:would be|will be|are)\b)[^:]{0,80}:",
            _H,
        ),
    ),
    (
        "essential",
        re.compile(
            r"^(?:(?:the )?(?:incumbent|candidates?|applicants?|successful (?:candidate|applicant)|post ?holder|you)"
            r"\s+(?:must|should|will need to|shall|is required to|are required to|will be required to|need to)"
            r"(?:\s+(?:have|possess|be|hold|meet))?(?:\s+the following)?(?:\s+requirements)?"
            r"|essential\b[^:]{0,50}|minimum (?:requirements|qualifications)[^:]{0,40}"
            r"|(?:requirements|qualifications)(?: and experience)?(?: required)?"
            r"|what we(?: are|'re) looking for|your profile|required|must[- ]haves?|(?:basic|key) qualifications"
            # "The Capability Area Coordinators should:", "Candidates for this post must:"
            r"|(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:for this (?:post|position)\s+)?(?:must|should|shall)"
            r"(?:\s+(?:have|possess|be|hold|meet))?)\s*:",
            _H,
        ),
    ),
    (
        "accountabilities",
        re.compile(
            r"^.{0,200}\b(?:the following|main|principal|key)\s+(?:functions|duties|tasks|responsibilities)"
            r"(?:\s+are)?\s*:|^(?:the )?incumbent'?s duties are\s*:",
            _H,
        ),
    ),
)
# Lines that start the interrelationships paragraph when its heading is lost.
_INTERREL = re.compile(
    r"^(?:the (?:incumbent|post ?holder|officer|assistant)|s/he|she|he)\s+(?:works|reports|will report|is "
    r"responsible to|is supervised)\b|^(?:direct|indirect) reports\b|^reports to\b",
    _H,
)
_CONTRACT_LINE = re.compile(r"^contract (?:to be offered|type|duration)|^type of contract", _H)
# Words a requirement item starts with when its bullet mark was lost.
STARTERS = frozenset(
    [
        "be",
        "have",
        "has",
        "hold",
        "holds",
        "possess",
        "possession",
        "demonstrate",
        "demonstrated",
        "demonstrable",
        "proven",
        "show",
        "knowledge",
        "experience",
        "experienced",
        "relevant",
        "good",
        "very",
        "excellent",
        "strong",
        "sound",
        "solid",
        "thorough",
        "ability",
        "able",
        "capable",
        "fluency",
        "fluent",
        "familiarity",
        "familiar",
        "understanding",
        "previous",
        "prior",
        "higher",
        "university",
        "degree",
        "master's",
        "masters",
        "bachelor's",
        "bachelors",
        "a",
        "an",
        "at",
        "minimum",
        "min",
        "certification",
        "certified",
        "working",
        "proficiency",
        "proficient",
        "awareness",
        "skills",
        "skilled",
        "expertise",
        "excellence",
        "outstanding",
        "effective",
        "familiarisation",
        "practical",
        "advanced",
        "basic",
        "in-depth",
        "comprehensive",
        "superior",
        "extensive",
    ]
)
_TITLE_WORD = re.compile(r"^(?:[A-Z0-9][\w'&/().,-]*|and|or|of|for|the|to|in|on|with|&|-|/)$")


@dataclass(frozen=True)
class Item:
    """A requirement: its words (continuation lines joined) and the line it came from, as in cleaned_text."""

    text: str
    source: str


@dataclass(frozen=True)
class Layout:
    lines: tuple[Line, ...]
    kinds: tuple[str, ...]
    essential: tuple[Item, ...]
    desirable: tuple[Item, ...]
    # True when no heading or opening sentence announced the requirements: they were read from
    # unlabelled bullets or from running text.
    lists_inferred: bool = False
    # True when an essential list's heading was followed at once by the desirable list's (a table's two
    # columns read row by row, a page that moved the items): where the essential items are is unknown.
    essential_undelimited: bool = False

    def texts(self, *kinds: str) -> list[str]:
        return [line.text for line, kind in zip(self.lines, self.kinds) if kind in kinds and line.text]


# A short line that names the status of the list below it, in any phrasing or language ("What you MUST
# bring", "Non-negotiables", "Indispensable", "Unverzichtbar", "Bonus points", "Nice if you also have",
# "Wünschenswert"): the list's heading, when no known heading matched.
_ESSENTIAL_WORDS = re.compile(
    r"\b(?:essentials?|mandatory|must[- ]haves?|non[- ]negotiables?|indispensables?|obligatoires?|requis(?:es)?"
    r"|exig(?:ences|[ée]s?)|imprescindibil[ei]|obbligatori[oe]?|requisiti(?: minimi| essenziali)?"
    r"|unverzichtbar|erforderlich|voraussetzungen|anforderungen|vereist(?:en)?|eisen|wymagania|wymagane"
    r"|requisitos(?: m[íi]nimos)?|imprescindibles?|obligatorios?|essenziali)\b"
    # "What you MUST bring", "You must have", "Required of you": "must"/"required" with the reader addressed.
    r"|\b(?:you|we|candidates?|applicants?)\b.{0,20}\b(?:must|need|required|requires?)\b"
    r"|\b(?:must|required)\b.{0,20}\b(?:you|bring|have|offer)\b",
    _H,
)
_DESIRABLE_WORDS = re.compile(
    r"\b(?:desirables?|nice[- ]to[- ]haves?|nice if|bonus|advantageous|an? (?:advantage|asset|plus)|assets?"
    r"|extra points|would help|would be nice|even better|(?:would be )?great if|we value|we'd love|preferred|souhaitables?|atouts?|appr[ée]ci[ée]e?s|un plus|w[üu]nschenswert"
    r"|von vorteil|gewenst|pluspunkte|preferenziali|graditi|auspicabili|deseables?|valorables?)\b",
    _H,
)


def _heading_words(text: str) -> bool:
    """Words that may head a list: capitalised, not opening a requirement ("Experience of ... (essential)")."""
    words = text.split()
    return (
        bool(words)
        and text[:1].isupper()
        and words[0].casefold() not in STARTERS - {"a", "an", "minimum", "basic"}
    )


def _status_heading(body: str) -> str | None:
    """ "essential" or "desirable" for a short heading-like line whose words name a list's status."""
    words = body.split()
    if (
        not 1 <= len(words) <= 7
        or re.search(r"\d|[.;,]$|[:<>|=]", body)
        or not (body[:1].isalpha() and body[:1].isupper())
    ):
        return None
    if not _heading_words(body):
        return None  # "Experience of ... is essential": an item, not a heading
    if any(p.match(" ".join(words[:end])) for end in range(1, len(words)) for _, p in _SECTION_WORDS):
        return None  # "QUALIFICATIONS AND EXPERIENCE ESSENTIAL": two known headings run together
    wish, must = _DESIRABLE_WORDS.search(body), _ESSENTIAL_WORDS.search(body)
    if wish and not must:
        return "desirable"
    if must and not wish:
        return "essential"
    return None


# A heading's frame: "[Required Qualifications]", "<< Essential >>", "== Desirable ==", "-- Competencies --".
_FRAMED = re.compile(r"^[\[<{=~#*-]+\s*(?P<text>[A-Za-z][^\[\]<>{}]*?)\s*[\]>}=~#*-]+$")


_TITLE_QUESTION = re.compile(r"^(?:What|Who|Where|When|How|Why|Which)(?: [A-Z][\w']*){1,5}$")


def _heading_with_tail(body: str) -> str | None:
    """The kind of a short title-case heading that starts with a known one and goes on ("Competencies We Look
    For", "Qualifications You Will Need", "LANGUAGES REQUIRED")."""
    words = body.split()
    if not 2 <= len(words) <= 6 or re.search(r"[\d.;,:|]", body):
        return None
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None
    for end in (3, 2, 1):
        head, tail = " ".join(words[:end]), " ".join(words[end:])
        if end >= len(words) or re.match(r"(?:and|or|&)\b", tail, _H):
            continue  # "SPECIAL REQUIREMENTS AND ADDITIONAL (DUTIES)": a heading cut inside, not one with a tail
        if _ESSENTIAL_WORDS.search(tail) or _DESIRABLE_WORDS.search(tail):
            continue  # "QUALIFICATIONS AND EXPERIENCE ESSENTIAL": two headings run together, split elsewhere
        if any(
            pattern.match(" ".join(words[start:]))
            for start in range(end, len(words))
            for _, pattern in _SECTION_WORDS
        ):
            continue
        for kind, pattern in _SECTION_WORDS:
            if pattern.match(head):
                return kind
    return None


def _long_capitals_heading(line: Line, text: str) -> str | None:
    """A long heading in capitals that names one list's status ("BEFORE YOU APPLY - CHECK THAT YOU MEET ALL
    ESSENTIAL REQUIREMENTS"): that list; any other long line is no heading."""
    if line.bullet or len(text) > 120 or not in_capitals(text):
        return None
    wish, must = _DESIRABLE_WORDS.search(text), _ESSENTIAL_WORDS.search(text)
    return "desirable" if wish and not must else "essential" if must and not wish else None


def _section_word(text: str) -> str | None:
    """The kind of a known heading written exactly ("Essential requirements", "Competencies")."""
    return next((kind for kind, pattern in _SECTION_WORDS if pattern.match(text)), None)


def heading_kind(line: Line) -> str | None:
    """The kind a heading line opens, "other" for an unknown heading, None for a line that is no heading.

    >>> heading_kind(Line("2. QUALIFICATIONS AND EXPERIENCE")), heading_kind(Line("6.CONTRACT"))
    ('qualifications', 'contract')
    """
    framed = _FRAMED.match(line.text.strip())
    text = framed["text"] if framed else line.text.strip()
    words = text.rstrip(":").split()
    if not words or text.endswith((".", ";", ",")):
        return None
    if len(words) > 9 or len(text) > 80:
        return _long_capitals_heading(line, text)
    numbered = _NUMBERED.match(text)
    body = (numbered.group("rest") if numbered else text).strip().rstrip(":").strip()
    for kind, pattern in _SECTION_WORDS:
        if pattern.match(body):
            return kind
    sides = body.split(" / ")
    if len(sides) == 2 and all(sides):
        # "Desirable / Souhaitable": a list's status in both languages.
        kinds = {heading_kind(Line(side)) for side in sides}
        if kinds in ({"essential"}, {"desirable"}):
            return kinds.pop()
    if (column := _STATUS_COLUMN.match(body)) and not line.bullet:
        # "Requirement | Essential" (read as "Requirement: Essential"): a table's header whose second column
        # names the status of the rows under it.
        status = heading_kind(Line(column["status"]))
        if status in ("essential", "desirable"):
            return status
    status = _STATUS_AFTER.match(body)
    if status and (
        heading_kind(Line(status["heading"]))
        or status["heading"].isupper()
        or (not line.bullet and len(status["heading"].split()) <= 6 and _heading_words(status["heading"]))
    ):
        # "WHAT YOU NEED (essential)", "What you MUST bring (essential)", "Bonus points (desirable)": the
        # status in brackets says which list, whatever the words before it.
        wish = re.match(r"desir|prefer|option|an? (?:advantage|asset)", status["status"], _H)
        return "desirable" if wish else "essential"
    aside = _ASIDE_AFTER.match(body)
    if aside and not status and (kind := _section_word(aside["heading"])):
        # "Essential requirements (ALL must be met)", "Competencies (B-level)": a known heading with a note
        # in brackets that names no list's status.
        return kind
    if not line.bullet and (meaning := _status_heading(body)):
        return meaning
    if not line.bullet and (meaning := _heading_with_tail(body)):
        return meaning
    upper = in_capitals(body)
    if numbered and (upper or len(body.split()) <= 5) and not line.bullet:
        return "other"
    if upper and not line.bullet and ":" not in body:
        return "other"
    if not line.bullet and _TITLE_QUESTION.match(body) and all(w[:1].isupper() for w in body.split()):
        return "other"  # "Who Can Apply", "How To Apply": a title-case question without its mark
    if body.endswith("?") and not line.bullet and body[:1].isupper() and len(words) <= 10:
        return "other"  # "Who can apply?": a question heading (questions with a meaning are read in cleaning)
    return None


def opener_kind(text: str) -> tuple[str, str] | None:
    """("essential" | "desirable" | "competencies" | "accountabilities", the text after the colon) for a
    sentence opening a list.

    >>> opener_kind("Candidates are expected to meet the following criteria:")
    ('essential', '')
    """
    if len(text) > 400:
        return None
    for kind, pattern in _OPENERS:
        match = pattern.match(text)
        if match:
            return kind, text[match.end() :].strip()
    return _generic_opener(text)


# Any other sentence that ends in a colon and says what follows: duties, an advantage, or what is required.
_OPENS_DUTIES = re.compile(
    r"\b(?:duties|tasks|responsibilit\w*|responsible for|accountabilit\w*|functions|t[âa]ches|attributions)\b",
    _H,
)
_OPENS_DESIRABLE = re.compile(
    r"\b(?:advantage\w*|assets?|desirable|preferred|preferably|ideally|nice to have|a plus|bonus|beneficial"
    r"|atouts?|avantage\w*|souhaitables?)\b",
    _H,
)
_OPENS_ESSENTIAL = re.compile(
    r"\b(?:must|required|requirements?|criteria|essential|mandatory|expected to (?:have|possess|hold|be)"
    r"|needs? to (?:have|hold|be)|should (?:have|possess|hold|be)|looking for|qualifications|will have"
    r"|doit|doivent|devra|requis\w*|exig\w*)\b",
    _H,
)
_OPENS_OTHER = re.compile(
    r"\b(?:appl(?:y|ications?)|submit\w*|send|contact|e-?mail|interview|documents?)\b", _H
)


def _generic_opener(text: str) -> tuple[str, str] | None:
    if not text.endswith(":") or len(text) > 160 or len(text.split()) < 3 or _OPENS_OTHER.search(text):
        return None
    if _OPENS_DUTIES.search(text) and not _OPENS_DESIRABLE.search(text):
        return "accountabilities", ""
    if _OPENS_DESIRABLE.search(text):
        return "desirable", ""
    if _OPENS_ESSENTIAL.search(text):
        return "essential", ""
    return None


def is_minor_heading(line: Line) -> bool:
    """A short Title Case line such as "Expertise Development" (an accountability's heading)."""
    words = line.text.rstrip(":").split()
    return (
        not line.bullet
        and 1 <= len(words) <= 7
        and line.text[:1].isupper()
        and not line.text.endswith((".", ";", ","))
        and all(_TITLE_WORD.match(w) for w in words)
    )


def looks_like_item(line: Line) -> bool:
    """A requirement whose bullet mark may have been lost: "have at least 5 years' experience;"."""
    if line.bullet:
        return True
    text = line.text
    words = text.split()
    if _NUMBERED_ITEM.match(text) and len(words) >= 4 and heading_kind(line) is None:
        return True  # "1. A university degree in law.", "(2) Knowledge of Russian."
    if re.match(r"^\d{1,2}\+?\s+(?:years?|yrs)\b", text, _H):
        return True  # "5 years of experience in data analysis"
    if len(words) == 2 and words[0].casefold() in STARTERS and text.endswith((";", ".")):
        return True  # "a doctorate."
    if len(words) < 3 or _INTERREL.match(text) or is_minor_heading(line):
        return False
    if text[:1].islower():
        return True
    return words[0].casefold().strip("(") in STARTERS and (text.endswith((";", ".", ",")) or len(words) > 5)


_MAX_COMPARED = 100  # sections of one name compared pair by pair; more are no notice's, only a crafted text's


def _drop_repeated_sections(lines: list[Line]) -> list[Line]:
    """A section (numbered/capitals/known heading) whose lines all appear in a same-named one is dropped."""
    starts = [i for i, line in enumerate(lines) if heading_kind(line) not in (None, "essential", "desirable")]
    if not starts:
        return lines
    bounds = list(zip(starts, starts[1:] + [len(lines)]))
    groups: dict[str, list[tuple[int, int]]] = {}
    for start, end in bounds:
        groups.setdefault(_key(_NUMBERED.sub(r"\g<rest>", lines[start].text)), []).append((start, end))
    dropped: set[tuple[int, int]] = set()
    for sections in groups.values():
        bodies = {
            s: frozenset(_key(line.text) for line in lines[s[0] + 1 : s[1]] if line.text) for s in sections
        }
        # Of two equal copies, the later one goes (in one pass: a page may repeat a block thousands of times).
        first: dict[frozenset[str], tuple[int, int]] = {}
        for section in sections:
            if bodies[section] in first:
                dropped.add(section)
            else:
                first[bodies[section]] = section
        distinct = list(first.values())[:_MAX_COMPARED]
        for a in distinct:
            # The smaller copy goes.
            if any(b != a and b not in dropped and bodies[a] < bodies[b] for b in distinct):
                dropped.add(a)
    if not dropped:
        return lines
    keep = [True] * len(lines)
    for start, end in dropped:
        keep[start:end] = [False] * (end - start)
    return [line for line, k in zip(lines, keep) if k]


class _Lists:
    """The requirement lists being filled while walking the lines."""

    def __init__(self) -> None:
        self.items: dict[str, list[Item]] = {"essential": [], "desirable": []}
        self.last: str | None = None

    def add(self, kind: str, text: str, source: str) -> None:
        for part in split_run_on(_NUMBERED_ITEM.sub("", text)):
            self.items[kind].append(Item(part, source))
        self.last = kind

    def extend_last(self, kind: str, line: Line) -> None:
        previous = self.items[kind][-1]
        self.items[kind][-1] = Item(join_wrapped(previous.text, line.text), previous.source)


_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]+)-$")


def join_wrapped(first: str, rest: str) -> str:
    """A line and its wrapped end; a word hyphenated across the break ("manage-" / "ment") made whole
    again, the hyphen kept in a compound ("decision-" / "making", see ``cleaning.unhyphenated``).

    >>> join_wrapped("experience in materiel manage-", "ment of spare parts"), join_wrapped("decision-", "making")
    ('experience in materiel management of spare parts', 'decision-making')
    """
    cut = _HYPHENATED.search(first)
    if cut and rest[:1].isupper():
        return first + rest  # "Substantial NATO-" / "Georgia Package": a compound of names
    if cut and rest[:1].islower():
        tail = re.match(r"[^\W\d_]*", rest)[0]
        word = unhyphenated(cut[1], tail) if tail else None
        if word is None:
            return first + rest
        return first[: cut.start()] + word + rest[len(tail) :]
    return f"{first} {rest}"


_RUN_ON = re.compile(r";\s+(?=(?:be|have|hold|possess|demonstrate|show)\b)", _H)


def split_run_on(text: str) -> list[str]:
    """Items run together on one line ("hold a degree; have 5 years' experience;") split at ";" + verb."""
    return [part.strip() for part in _RUN_ON.split(text) if part.strip()]


_NUMBERED_ITEM = re.compile(r"^\(\d{1,2}\)\s+|^\d{1,2}[.)]\s+(?=\S)")
# A lettered part of a requirements list: a few capitalised words, no sentence.
# A language level stated on a line of its own ("French - SLP 2222 - (Listening, ...)"): a requirement.
# A remark, a speaker's or an editor's comment under a list: commentary, never a requirement ("Notes: people
# ask if a staff college counts", "Speaker notes: ...", "Comment: ...", "[Note: ...]").
_NOTE = re.compile(
    r"^[\[(]?(?:(?:speaker|presenter|editor'?s?|recruiter'?s?|internal)\s+)?(?:NOTES?|N\.\s?B\.?|Nota(?: bene)?"
    r"|Remarque|Anmerkung|Hinweis|comments?|commentaire)\s*[:\-–]",
    re.IGNORECASE,
)
_IN_BRACKETS = re.compile(r"^\([^()]{10,}\)\.?$")
_LEVEL_STATEMENT = re.compile(r"\bSLP\b|\bSTANAG\s*6001\b")
_SUB_HEADING = re.compile(r"^\(?[a-h][.)]\s+[A-Z][\w/&,' -]{0,45}:?$")


# Kinds of heading that, written as "Languages:" inside a list of requirements, head a part of it.
_PART_KINDS = frozenset({"languages", "education", "other"})
# Words a line ends with before its colon when it opens a sentence, not a part: "Knowledge of:".
_OPEN_END = frozenset(
    {"of", "in", "with", "to", "for", "on", "at", "by", "from", "as", "and", "or", "the", "a", "an", "are",
     "is", "be", "include", "includes", "including", "such"}
)  # fmt: skip
_INTRODUCES_ITEMS = re.compile(r"\b(?:following|these|below|above|either|one|both|all|any)\b", _H)


def list_sub_heading(line: Line, heading: str | None = None) -> bool:
    """A short line ending with a colon that heads a part of a requirements list ("Experience and
    skills:", "Language:", "Technical knowledge:", "2. Experience:"): no requirement of its own.

    >>> list_sub_heading(Line("Experience and skills:")), list_sub_heading(Line("Knowledge of:"))
    (True, False)
    """
    text = line.text.strip()
    numbered = _NUMBERED.match(text)
    body = numbered.group("rest") if numbered else text
    if not body.endswith(":") or heading not in (None, *_PART_KINDS):
        return False
    words = body[:-1].split()
    return (
        1 <= len(words) <= 6
        and not re.search(r"[\d.;:!?]", body[:-1])
        and words[-1].casefold() not in _OPEN_END
        and not _INTRODUCES_ITEMS.search(body)
        and body[:1].isupper()
    )


def part_title(lines: list[Line], index: int, heading: str | None = None) -> bool:
    """A short title without a colon that heads a part of a requirements list, the items following it as
    bullets or numbers ("Professional Experience", "Education/Training", "IT skills" above "- ..."): no
    requirement of its own. A line in capitals is a section of the notice, not a part.

    >>> part_title([Line("Professional Experience"), Line("At least 3 years in a registry.", bullet=True)], 0)
    True
    >>> part_title([Line("1. Professional/Experience"), Line("At least 5 years of experience in analysis.")], 0)
    True
    """
    line = lines[index]
    text = line.text.strip()
    numbered = _NUMBERED.match(text) if re.match(r"^\d", text) else None
    text = numbered.group("rest").strip() if numbered else text  # "1. Professional/Experience"
    words = text.split()
    if (
        line.bullet
        or heading not in (None, *_PART_KINDS)
        or not 1 <= len(words) <= 5
        or not text[:1].isupper()
        or text.endswith((".", ";", ",", ":"))
        or re.search(r"\d", text)
        or in_capitals(text)
        or words[-1].casefold() in _OPEN_END
        or words[0].casefold()
        in ("a", "an", "be", "have", "has", "hold", "holds", "possess", "show", "demonstrate")
    ):
        return False
    following = next((later for later in lines[index + 1 :] if later.text), None)
    return following is not None and (
        following.bullet
        or bool(_NUMBERED_ITEM.match(following.text))
        or (
            looks_like_item(following)
            and _ends_item(following.text)
            and len(following.text.split()) > len(words)
        )
    )


# What a notice says about applying, the contract and the selection: never a requirement, wherever a page
# put it ("Applications are to be submitted using the NSPA e-recruitment tool").
_PROCESS = re.compile(
    r"^(?:all\s+|only\s+)?applications?\s+(?:are|is|must|should|will|shall|may|can|cannot|received|submitted|"
    r"sent|made|not|without|that|which|from\s+(?:internal|serving))\b"
    r"|^(?:please\s+)?(?:apply\s+(?:online|via|through|using|by|for\s+this|now|before)"
    r"|(?:submit|send|upload)\s+(?:your|an?\s+application|the\s+application|online|via|through|using|by))\b"
    r"|\bhow to apply\b"
    r"|\b(?:using|via|through|on|in|complete|fill\s+in)\s+(?:the|our|an?)\s+(?:[\w-]+\s+){0,3}?(?:e-?recruitment|"
    r"talent\s+acquisition|online\s+application|application)\s+(?:tool|system|platform|portal|form|site|website)\b"
    r"|^(?:only\s+)?(?:shortlisted|short-listed|selected|successful)\s+(?:candidates?|applicants?)\s+(?:will|may|shall)\s+"
    r"(?:be\s+(?:contacted|invited|asked|required\s+to\s+(?:sit|take|undergo|pass\s+a))|sit|take|undergo|receive)\b"
    r"|\b(?:contract|appointment)\b[^.;]{0,40}?\b(?:will|shall|may)\s+be\s+(?:offered|made|renewed|extended|subject)\b"
    r"|\bwill be offered an?\b[^.;]{0,40}\bcontract\b|\b(?:in)?definite duration contract\b"
    r"|\bprobationary period\b|\b(?:basic\s+)?(?:monthly\s+)?salary\s+(?:is|will be|of)\b"
    r"|^(?:please note|note that|for (?:further|more) information|enquiries|queries)\b",
    _H,
)


def is_process(text: str) -> bool:
    """A sentence about applying, the contract or the selection, not about the candidate.

    >>> is_process("Applications are to be submitted using the NSPA e-recruitment tool.")
    True
    >>> is_process("Experience in managing the application portal of a large organisation")
    False
    """
    return bool(_PROCESS.search(text))


# A page's classification marking, alone or before the document's reference: no requirement.
_MARKING = re.compile(r"^(?:NATO\s+)?(?:UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|SECRET)(?:\s*$|\s+[-–|/]\s+)")


def _ends_item(text: str) -> bool:
    return text.rstrip().endswith((";", ".", ":", "!", "?"))


_CUT_MID_SENTENCE = re.compile(
    r"(?:[,(-]|\b(?:e\.g\.|i\.e\.|or|and|of|in|for|with|to|the|a|an|as|at|on|by|from|such as))\s*$", _H
)


def _open_end(text: str) -> bool:
    """An item cut mid-sentence: a bracket left open, or a comma, a conjunction or a preposition last."""
    return text.count("(") > text.count(")") or bool(_CUT_MID_SENTENCE.search(text))


_MARKED_ROW = re.compile(
    r"^(?:\(?\d{1,2}[.)]?\s*\|\s*)?(?P<text>[^|]{8,}?)\s*\|\s*"
    r"(?P<mark>E|D|Ess\.?|Des\.?|Essential|Desirable|Required|Desired|Preferred)\s*$",
    _H,
)


def layout(lines: list[Line]) -> Layout:
    """Assign every line a kind and collect the essential and desirable items.

    A list opens at "ESSENTIAL", "The incumbent must:", "DESIRABLE", "The following would be considered an
    advantage:" (or a QUALIFICATIONS heading directly followed by items) and runs while lines look like
    requirements. Bullets that look like requirements but stray into the interrelationships or an
    unlabelled part after the lists (a scraper displaced them) go back to the list that was open last.
    """
    lines = _drop_repeated_sections(split_glued_headings(split_paragraphs(lines)))
    columns = two_column_table([line.text for line in lines])
    kinds: list[str] = []
    lists = _Lists()
    current = "header"
    open_list: str | None = None  # "essential", "desirable", or "implicit" (a qualifications heading)
    previous_text = ""
    previous_bullet = False
    seen_list = False
    blank_since_item = False  # a blank line since the list opened or its last item
    after_process = False  # the last line of the open list was about applying, the contract, the selection
    essentials_before = 0  # essential items before the last essential heading
    previous_blank = False
    pairs_seen = 0  # "Name: behaviour" lines in the competencies section so far
    undelimited = False
    item_bullet = False  # the open list's last item had a bullet mark
    for index, line in enumerate(lines):
        text = line.text
        if index in columns:
            # A "required | desired" table read row by row (see two_column_table).
            current = columns[index]
            if current in ("essential", "desirable"):
                lists.add(current, text, text)
                seen_list = True
                lists.last = current
            kinds.append("essential" if current == "table" else current)
            open_list = None
            previous_text = text
            continue
        if not text:
            kinds.append(current)
            blank_since_item = previous_blank = True
            continue
        marked = _MARKED_ROW.match(text)
        if marked:
            # "1 | A university degree ... | E": a table whose last column says essential or desirable.
            kind = "desirable" if marked.group("mark")[:1] in "Dd" else "essential"
            lists.add(kind, marked.group("text"), text)
            seen_list = True
            lists.last = kind
            kinds.append(kind)
            previous_text = text
            continue
        heading = heading_kind(line)
        if heading not in (None, "essential", "desirable") and open_list in ("essential", "desirable"):
            # "c. Language:" under DESIRABLE QUALIFICATIONS is a part of that list, not a section of its own.
            part = (
                _SUB_HEADING.match(text)
                or list_sub_heading(line, heading)
                or part_title(lines, index, heading)
            )
            heading = None if part else heading
        opener = None if heading else opener_kind(text)
        after_process = after_process and not (heading or opener)
        if (
            heading == "desirable"
            and open_list == "essential"
            and len(lists.items["essential"]) == essentials_before
        ):
            undelimited = True  # "Essential" then "Desirable" with nothing between
        if heading == "essential":
            essentials_before = len(lists.items["essential"])
        if heading in ("essential", "desirable"):
            current = open_list = heading
            seen_list = True
            lists.last = heading
            blank_since_item = False
        elif heading:
            current = heading
            open_list = "implicit" if heading == "qualifications" else None
        elif opener:
            current, rest = opener
            open_list = current if current in ("essential", "desirable") else None
            if open_list:
                seen_list = True
                lists.last = current
                blank_since_item = False
                for item in inline_items(rest):
                    lists.add(current, item, item)
        elif open_list and (
            _SUB_HEADING.match(text) or list_sub_heading(line, heading) or part_title(lines, index, heading)
        ):
            # "a. Professional/Experience:", "b. Education/Training:" (a military headquarters' notice),
            # "Experience and skills:": the list goes on under its parts; their headings are no requirement.
            current = "essential" if open_list == "implicit" else open_list
        elif open_list and is_process(text):
            # How to apply, the contract, the selection: no requirement. The list goes on only if a bullet
            # follows; any other line ends it.
            current = "recruitment"
            after_process = True
        elif open_list and after_process and not line.bullet:
            open_list = None
            current = _after_list(line)
        elif open_list and not line.bullet and _rung_pairs(text):
            # "Conceptual Thinking – Applies complex concepts. Flexibility – Adapts strategy." after the last
            # list under a heading of the page's own ("How we work"): the competencies, no requirement.
            open_list = None
            current = "competencies"
        elif open_list:
            after_process = False
            kind = "essential" if open_list == "implicit" else open_list
            items = lists.items[kind]
            # A line without a bullet under a bulleted item that is not finished: the item wrapped, whatever its
            # first word ("... an international organisation or" / "a news media organisation;").
            under_bullet = item_bullet and not line.bullet
            continuation = (
                items
                and open_list != "implicit"
                and (
                    (
                        not _ends_item(items[-1].text)
                        # A line indented under an item that is no bullet is that item wrapped (a hanging
                        # indent: "... of which at least 2 at" / "  managerial level;").
                        and (not line.bullet or (line.indented and not previous_bullet))
                        # '("Advanced") in one; ...' after "... (English/French): V": a PDF wrapped the item.
                        and (text[:1].islower() or (text[:1] == "(" and not _NUMBERED_ITEM.match(text)))
                        and (under_bullet or text.split()[0].casefold() not in STARTERS)
                    )
                    # "... tools (e.g." / "Brandwatch, Talkwalker, Google" / "Analytics);": cut mid-sentence.
                    or (under_bullet and _open_end(items[-1].text))
                )
            )
            if continuation:
                lists.extend_last(kind, line)
                current = kind
            elif _NUMBERED_ITEM.match(text) and len(text.split()) >= 4:
                # "(1) At least 6 years' experience ...": numbered items under a lettered part.
                current = kind
                seen_list = True
                lists.add(kind, _NUMBERED_ITEM.sub("", text), text)
                item_bullet = True
            elif _MARKING.match(text) and "clearance" not in text.casefold():
                current = (
                    kind  # a page's running head where a table broke across pages ("NATO UNCLASSIFIED - ...")
                )
            elif _NOTE.match(text) or (not line.bullet and _IN_BRACKETS.match(text)):
                # A remark under the list ("NOTE: the work is carried out mainly in English", "(Applications
                # that do not show each of the following will not be considered.)")
                current = kind
            elif (
                looks_like_item(line)
                or _LEVEL_STATEMENT.search(text)
                or states_skill_levels(text)
                or (
                    items
                    and _ends_item(text)
                    and len(text.split()) >= 3
                    and not is_minor_heading(line)
                    and not _INTERREL.match(text)
                )
                # Under "Must have" / "Minimum qualifications", every line of the block is a requirement,
                # however it is written ("5 years of experience in data analysis", "Python and SQL").
                or (open_list != "implicit" and not blank_since_item and not _INTERREL.match(text))
            ):
                current = kind
                seen_list = True
                blank_since_item = False
                lists.add(kind, text, text)
                item_bullet = line.bullet
            else:
                open_list = None
                current = _after_list(line)
        elif current == "competencies" and _NOTE.match(text):
            current = "other"  # "Comment: Is a brigade headquarters enough?": a remark, no competency
        elif current == "competencies" and not _has_pair(text) and len(text) > 60:
            current = _after_list(line)
        elif current == "competencies" and previous_blank and pairs_seen and not _has_pair(text):
            current = _after_list(line)  # "Apply Online" after a blank line under the last competency
        elif current == "competencies" and (field := _field_heading(text)):
            current = field  # "SECURITY CLEARANCE: NATO SECRET" under the competencies ends them
        elif _INTERREL.match(text) and current in ("body", "other", "summary", "header"):
            current = "interrelationships"
        elif _CONTRACT_LINE.match(text):
            current = "contract"
        elif (
            seen_list
            and lists.last
            and current in ("interrelationships", "body")
            and looks_like_item(line)
            and (line.bullet or text.endswith(";"))
            and text[:1].islower()
            and not previous_text.endswith(":")
        ):
            # A requirement displaced by the scraper after "Indirect reports: N/a."
            lists.add(lists.last, text, text)
            kinds.append(lists.last)
            previous_text = text
            continue
        kinds.append(current)
        previous_text = text
        previous_bullet = line.bullet
        previous_blank = False
        if current != "competencies":
            pairs_seen = 0
        elif _has_pair(text):
            pairs_seen += 1
    inferred = not lists.items["essential"] and not lists.items["desirable"]
    if inferred:
        for start, end in _unlabelled_requirements(lines, kinds):
            for i in range(start, end):
                lists.add("essential", lines[i].text, lines[i].text)
                kinds[i] = "essential"
    if not lists.items["essential"]:
        _prose_requirements(lines, kinds, lists)
    essential, desirable = _sorted_sentences(lists.items["essential"], lists.items["desirable"])
    essential, desirable = _with_footnotes(essential, lines), _with_footnotes(desirable, lines)
    essential = _english_copy(essential, lines)
    inferred = inferred or (not seen_list and bool(essential))
    return Layout(
        tuple(lines),
        tuple(kinds),
        tuple(essential),
        tuple(desirable),
        inferred and bool(essential),
        undelimited,
    )


# "ENGLISH VERSION (essentials only - the French text prevails)": an English copy of a notice's requirements
# after the notice in another language.
_ENGLISH_COPY = re.compile(r"^\W*(?:english\s+(?:version|text|translation)|version\s+anglaise)\b", re.I)


def _english_copy(items: list[Item], lines: list[Line]) -> list[Item]:
    """Of essential items stated twice, in another language and then in an English copy, the English ones
    (the same requirements read once, in the words the rest of the reader knows)."""
    mark = next((i for i, line in enumerate(lines) if _ENGLISH_COPY.match(line.text)), None)
    if mark is None:
        return items
    after = {line.text for line in lines[mark + 1 :] if line.text}
    before = {line.text for line in lines[:mark] if line.text}
    english = [item for item in items if item.source in after and item.source not in before]
    other = [item for item in items if item.source not in after]
    return english if english and other and len(english) >= len(other) - 1 else items


# An item's footnote mark ("... a related discipline (2).", "... member nation¹") and the note's line.
_FOOTNOTE_MARK = re.compile(r"\s*(?:\((?P<n>\d)\)|(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹]))\s*[.;,]?\s*$")
_FOOTNOTE = re.compile(r"^\s*(?:\((?P<n>\d)\)|(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹]))\s*(?P<note>\S.{10,})$")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"


def _footnote_key(match: re.Match[str]) -> str:
    sup = match.group("sup")
    return str(_SUPERSCRIPTS.index(sup) + 1) if sup else match.group("n")


def _with_footnotes(items: list[Item], lines: list[Line]) -> list[Item]:
    """Items whose footnote the page puts below them ("(2) Completion of a staff college is accepted in lieu
    of a university degree"), the note read with the item: it is part of the requirement."""
    marked = [(i, m) for i, item in enumerate(items) if (m := _FOOTNOTE_MARK.search(item.text))]
    if not marked:
        return items
    sources = {item.source for item in items}
    notes: dict[str, str] = {}
    for line in lines:
        note = None if line.text in sources else _FOOTNOTE.match(line.text)
        if note:
            notes.setdefault(_footnote_key(note), note.group("note").strip())
    result = list(items)
    for i, mark in marked:
        note = notes.get(_footnote_key(mark))
        if note:
            item = items[i]
            result[i] = Item(f"{item.text[: mark.start()]} ({note.rstrip('.')})", item.source)
    return result


# A two-column table "Qualifications required | Qualifications desired" flattened into lines -------------------

_CELL_GAP = re.compile(r"\s*\|\s*|\t+")


def _column_headings(texts: list[str], i: int) -> int:
    """How many lines the "required" and "desired" column headings take at ``i`` (2, or 1 when they share
    a line "Required | Desired"); 0 when there are none."""
    kinds = [heading_kind(Line(text)) for text in texts[i : i + 2]]
    if kinds == ["essential", "desirable"]:
        return 2
    # One line "Required | Desired" (the page's "|", tab or colon between the cells, or only a space).
    words = _CELL_GAP.sub(" ", texts[i]).replace(":", " ").split()
    if len(words) > 8:
        return 0
    for k in range(1, len(words)):
        if heading_kind(Line(" ".join(words[:k]))) == "essential" and (
            heading_kind(Line(" ".join(words[k:]))) == "desirable"
        ):
            return 1
    return 0


def _row_heading(text: str) -> bool:
    """A row's heading in the table's first column: "Education", "IT skills", "Simulation systems"."""
    words = text.rstrip(":").split()
    letters = [ch for ch in text if ch.isalpha()]
    return (
        1 <= len(words) <= 4
        and text[:1].isupper()
        and not text.endswith((".", ";", ","))
        and not re.search(r"\d", text)
        and not (len(letters) >= 6 and all(ch.isupper() for ch in letters))
    )


def _ends_table(text: str) -> bool:
    """A section heading after the table ("PERSONAL ATTRIBUTES", "3. REMARKS", "Duties")."""
    kind = heading_kind(Line(text))
    return (
        in_capitals(text)
        or _NUMBERED.match(text) is not None
        or kind not in (None, "other", "education", "languages")
    )


def two_column_table(texts: list[str]) -> dict[int, str]:
    """Line index -> "table" (a heading), "essential" or "desirable" for a table whose two columns a page
    flattened: the column headings in a row, then per row heading (Education, Experience, Language...) the
    required cell's line, then the desired cell's line(s). A row with one line is required only.

    >>> two_column_table(["Required", "Desired", "Education", "A degree.", "A master's.", "Nationality",
    ...                   "NATO national.", "REMARKS"])
    {0: 'table', 1: 'table', 2: 'table', 3: 'essential', 4: 'desirable', 5: 'table', 6: 'essential'}
    """
    found: dict[int, str] = {}
    for i in range(len(texts)):
        size = _column_headings(texts, i) if texts[i] else 0
        if not size:
            continue
        j = i + size
        while j < len(texts) and not texts[j]:
            j += 1
        if j >= len(texts) or not _row_heading(texts[j]):
            continue  # the columns' lines do not follow the headings: no flattened table
        table = dict.fromkeys(range(i, i + size), "table")
        row_lines = 0
        for k in range(j, len(texts)):
            text = texts[k]
            if not text:
                continue
            if _ends_table(text) and row_lines:
                break
            if _row_heading(text) and row_lines != 0 or k == j:
                table[k] = "table"
                row_lines = 0
            else:
                table[k] = "essential" if row_lines == 0 else "desirable"
                row_lines += 1
        found.update(table)
    return found


_REQUIREMENT_WORDS = re.compile(
    r"\b(?:degree|experience|knowledge|skills?|ability|able to|willing\w*|proficien\w*|qualification|education|"
    r"certifi\w*|familiar\w*|understanding|demonstrated|proven)\b"
    # "You must have prepared annual statements", "should have led a team": what the person has done.
    r"|\b(?:must|should|will)\s+(?:also\s+)?have\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|led|run|done|made|built|written|"
    r"taught|held|won|drawn|given|overseen|undertaken|brought|spent|worked)\b",
    re.IGNORECASE,
)


def _unlabelled_requirements(lines: list[Line], kinds: list[str]) -> list[tuple[int, int]]:
    """The first run of 3+ bullets before any section that reads as requirements (a page that lost the
    "Qualifications" heading above its list); duties and summary bullets are in their sections already."""
    start = None
    for i, (line, kind) in enumerate([*zip(lines, kinds), (Line(""), "end")]):
        if (line.bullet or looks_like_item(line)) and kind in ("header", "other"):
            start = i if start is None else start
            continue
        if not line.text and start is not None and kind != "end":
            continue
        if start is not None:
            run = [lines[j] for j in range(start, i) if lines[j].text]
            if len(run) >= 3 and sum(bool(_REQUIREMENT_WORDS.search(r.text)) for r in run) >= 0.6 * len(run):
                return [(j, j + 1) for j in range(start, i) if lines[j].text]
            start = None
    return []


def _field_heading(text: str) -> str | None:
    """The section a "Label: value" line names when its label is a known heading ("Security clearance")."""
    kind = heading_kind(Line(text.split(":")[0])) if ":" in text else None
    return kind if kind not in (None, "other", "competencies") else None


def _after_list(line: Line) -> str:
    if _INTERREL.match(line.text):
        return "interrelationships"
    if _CONTRACT_LINE.match(line.text):
        return "contract"
    return "body"


# A table's row joined by bars, the rung's number after the name ("Teamwork | 2 | Expresses positive
# attitudes"), pairs the name and its level too.
_PAIR = re.compile(
    r"^[A-Z][\w'/&-]*(?:\s+(?:and|of|for|to|&|[A-Z][\w'/&-]*)){0,5}\s*"
    r"(?::\s*\S|\s[-–—]\s\s*\S|\s\|\s*[1-7]\s*(?:\||$))"
)


# "Influence et impact (Impact and Influence) : Agit ...": a name in another language, the English one in brackets.
_BRACKETED_PAIR = re.compile(r"^[^:()]{2,40}\([A-Z][\w '/&-]{2,40}\)\s*:\s*\S")


# "Impact et influence : prend plusieurs mesures ...", "Connaissance de l'organisation : comprend ...": a French
# name is in lower case after its first word (French puts a space before the colon).
_FRENCH_PAIR = re.compile(r"^[A-ZÀ-Ý][\w'’/&-]*(?:\s+[\w'’/&-]+){0,4}\s+:\s*\S")


def _rung_pairs(text: str) -> bool:
    """Whether the line is known competencies each with a behaviour on its ladder ("Teamwork – Solicits
    inputs")."""
    if not _KNOWN_PAIR_HINT.search(text):
        return False  # a cheap look first: most lines hold no spaced dash or colon
    found = parse_competencies([text])
    return bool(found) and all(competency.rung is not None for competency in found)


_KNOWN_PAIR_HINT = re.compile(r"[A-Za-z]\s*(?::|\s[-–—]\s)\s*[A-Z]")


def _has_pair(text: str) -> bool:
    return bool(_PAIR.match(text) or _BRACKETED_PAIR.match(text) or _FRENCH_PAIR.match(text))


# Glued headings ----------------------------------------------------------------------------------------

_CAPITALS_RUN = re.compile(
    r"^(?P<number>\d{1,2}\.\s+)?(?P<run>(?:[A-Z][A-Z'&/-]+\s+){1,7})(?=[A-Z][a-z]|[a-z(\"])"
)


def split_glued_headings(lines: list[Line]) -> list[Line]:
    """Headings a page ran into the text after them, each on a line of its own.

    >>> [l.text for l in split_glued_headings([Line("QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must:")])]
    ['QUALIFICATIONS AND EXPERIENCE', 'ESSENTIAL', 'The incumbent must:']
    """
    result: list[Line] = []
    for line in lines:
        match = None if line.bullet else _CAPITALS_RUN.match(line.text)
        headings = _known_headings(match.group("run").split()) if match else None
        if not headings or len(line.text[match.end() :].split()) < 3:
            result.append(line)
            continue
        headings[0] = f"{match.group('number') or ''}{headings[0]}"
        result.extend(Line(heading) for heading in headings)
        result.append(Line(line.text[match.end() :].strip()))
    return result


# A whole notice on one line (a scraper that dropped every line break): where its lines were.
_PARAGRAPH = 300
# Before "2. QUALIFICATIONS ..." and before "DESIRABLE The ..." after the end of a sentence or item.
_NUMBERED_BREAK = re.compile(r"(?<=[\w.;:!?\"')])\s+(?=\d{1,2}\.\s+[A-Z][A-Z'&/-]+\b)")
_CAPITALS_BREAK = re.compile(r"(?<!\d\.)(?<=[.;:!?])\s+(?=(?:[A-Z][A-Z'&/-]+\s+){1,7}[A-Z][a-z])")


def split_paragraphs(lines: list[Line]) -> list[Line]:
    """A line that holds a whole notice cut where its headings, list openers and items begin.

    >>> text = ("Closing date: 31-Jan-2027 1. SUMMARY The Division leads the work of its staff on planning. "
    ...         "2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must: possess a university degree; "
    ...         "have 5 years' experience in defence planning; DESIRABLE The following would be considered an "
    ...         "advantage: a master's degree in economics; experience of NATO procurement. 3. CONTRACT Definite "
    ...         "duration contract of three years with a possibility of renewal for a further three years.")
    >>> [line.text for line in split_paragraphs([Line(text)])][:7]  # doctest: +NORMALIZE_WHITESPACE
    ['Closing date: 31-Jan-2027', '1. SUMMARY The Division leads the work of its staff on planning.',
     '2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must:', 'possess a university degree;',
     "have 5 years' experience in defence planning", 'DESIRABLE The following would be considered an advantage:',
     "a master's degree in economics;"]
    """
    result: list[Line] = []
    for line in lines:
        if len(line.text) <= _PARAGRAPH or line.bullet:
            result.append(line)
            continue
        for piece in _NUMBERED_BREAK.split(line.text):
            for part in _at_capital_headings(piece):
                result.extend(Line(text) for text in _at_openers(part))
    return result


def _at_capital_headings(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _CAPITALS_BREAK.finditer(text):
        run = re.match(r"(?:[A-Z][A-Z'&/-]+\s+)+", text[match.end() :])
        if run and _known_headings(run.group(0).split()):
            parts.append(text[start : match.start()].strip())
            start = match.end()
    parts.append(text[start:].strip())
    return [part for part in parts if part]


# Items end at ";", but "V ("Advanced") in one; III ("Intermediate") in the other" is one requirement.
# (The space is inside the look-ahead: outside it, a break before the space would let "; I (" through.)
_ITEM_BREAK = re.compile(r";(?!\s*(?:(?:[IVX]{1,3}|VI)\b|in the other\b))\s*")


def inline_items(text: str) -> list[str]:
    """The items of a list written on the line that opens it ("ESSENTIAL: a degree; 7 years' experience;
    English SLP 3333"), cut at its ";" as a list's items end; the text whole when it holds no such list."""
    items = [item.strip() for item in _ITEM_BREAK.split(text) if item.strip()]
    if sum(1 for item in items if len(item.split()) >= 2) < 2:
        return [text] if text else []
    return items


def _at_openers(text: str) -> list[str]:
    """The text cut after a sentence that opens a list ("The incumbent must:"), the list cut at its ";"."""
    for colon in (m.start() for m in re.finditer(r":\s", text)):
        sentence_start = max(text.rfind(". ", 0, colon), text.rfind("; ", 0, colon)) + 1
        opener = text[sentence_start : colon + 1].strip()
        opener = _CAPITALS_RUN.sub("", opener) if _CAPITALS_RUN.match(opener) else opener
        if opener_kind(opener) and len(opener.split()) >= 3:
            items = [f"{item.strip()};" for item in _ITEM_BREAK.split(text[colon + 1 :]) if item.strip()]
            if items:
                items[-1] = items[-1][:-1]
            return [text[: colon + 1].strip(), *items]
    return [text]


def _known_headings(words: list[str]) -> list[str] | None:
    """The capital words as a sequence of known headings (longest first), None if any word is left over."""
    if not words:
        return []
    for size in range(len(words), 0, -1):
        heading = " ".join(words[:size])
        if heading_kind(Line(heading)) not in (None, "other"):
            rest = _known_headings(words[size:])
            if rest is not None:
                return [heading, *rest]
    return None


# Requirements written as prose ------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?:(?<=[a-z0-9)\"'])|(?<=[A-Z]{2}))[.!]\s+(?=[A-Z(])")
_DESIRABLE_SENTENCE = re.compile(
    r"\b(?:would|will|could|may|might|is|are|be)\s+(?:also\s+)?(?:be\s+)?(?:considered\s+)?(?:as\s+)?(?:an?\s+)?"
    r"(?:(?:additional|distinct|strong)\s+)?(?:advantage|asset|plus|desirable|beneficial|preferred|welcome[d]?)\b"
    # "Ideally, ...", "would ideally have": the whole sentence is a wish. "A degree, ideally in economics"
    # is not: the degree is required, only its field preferred.
    # "A degree; ideally in law" / "Master's degree: ideally in economics": only the field is a wish.
    r"|(?:^|\.\s+)\W*ideally\b|[;:]\s+\W*ideally\b(?!,?\s+(?:in|within)\b)|\b(?:would|should|will|could|may|might)\s+ideally\b"
    r"|\bideally\s+(?:have|has|hold|holds|be|possess|possesses|speak|know)\b"
    r"|\bnice to have\b|\bis desirable\b|^desirable\b|^preferred\b",
    _H,
)
# Whom a notice's prose addresses its requirements to.
_ADDRESSEE = r"incumbent|candidates?|applicants?|post ?holder|jobholder|person|you|he or she|s/he|she|he|they"
# What makes a sentence of prose a requirement: a duty to have something, named with what it is.
_MUST = re.compile(
    r"\b(?:must|is required|are required|required to|is essential|are essential|is mandatory|should (?:have|hold|"
    r"possess|be|bring)|will need|needs? to (?:have|hold|be)|expected to (?:have|hold|possess|be|bring)|minimum of)\b"
    # "The successful candidate will have ...", "Candidates should bring ...", "You will bring ..."
    rf"|\b(?:{_ADDRESSEE})"
    r"\s+(?:will|shall|should)\s+(?:also\s+)?(?:have|hold|possess|bring|offer|be|demonstrate|show|combine|speak)\b"
    # "We expect the successful candidate to show ...", "We require applicants to hold ..."
    r"|\bwe\s+(?:expect|require|need|want)\s+(?:the\s+|our\s+)?(?:successful\s+|ideal\s+|new\s+)?"
    r"(?:candidates?|applicants?|incumbent|post ?holder|colleague|person)\s+to\b"
    # "NATO is looking for a senior manager with a degree", "We seek an engineer with ..."
    r"|\b(?:(?:is|are)\s+(?:looking|searching)\s+for|(?:seeks?|seeking))\s+(?:an?|the)\s+[^.;]{0,60}?\b"
    r"(?:with|who (?:has|have|holds|brings|can))\b"
    # "The post calls for frequent travel", "The role requires ..."
    r"|\b(?:post|position|role|job|function)\s+(?:also\s+)?(?:calls for|requires|demands)\b",
    _H,
)
_NOT_A_REQUIREMENT = re.compile(
    r"\b(?:appl(?:y|ications?|icants? (?:will|shall))|submit\w*|deadline|interview|shortlist\w*|selected|"
    r"contract|salary|will be (?:offered|appointed|responsible)|reports? to|clearance (?:will|must) be)\b",
    _H,
)
_EXPECT = re.compile(
    r"^we\s+(?:expect|require|need|want)\s+(?:the\s+|our\s+)?(?:successful\s+|ideal\s+|new\s+)?"
    r"(?:candidates?|applicants?|incumbent|post ?holder|colleague|person)\s+to\s+",
    _H,
)
_SUBJECT = re.compile(
    rf"{_EXPECT.pattern}"
    rf"|^(?:(?:the|a|an)\s+)?(?:(?:successful|ideal|selected)\s+)?(?:{_ADDRESSEE})\s+"
    r"(?:must|should|will need to|needs? to|is required to|are required to|"
    r"is expected to|are expected to|will|shall)\s+(?:also\s+)?"
    # "NATO is looking for a senior manager with ": the requirement is what the person is to have.
    r"|^[^.;]{0,60}?\b(?:(?:is|are)\s+(?:looking|searching)\s+for|seeks?|seeking)\s+(?:an?|the)\s+[^.;,]{0,40}?\b"
    r"(?:with|who (?:has|have|holds|brings))\s+",
    _H,
)
# "must hold a degree, and must have 5 years": one requirement per clause. Only after a comma or "and":
# "...; the incumbent must have V in one and I in the other" is one rule, its subject no item of its own.
_MUST_JOIN = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:you|he or she|s/he|they)\s+)?(?:must|should)\s+(?:also\s+)?"
    r"(?=(?:have|hold|possess|be|show|demonstrate)\b)",
    _H,
)
# "have experience of X, and a proven track record of Y": a second requirement joined by ", and".
_NEXT_REQUIREMENT = re.compile(
    r",\s+and\s+(?=(?:an?\s+)?(?:proven|demonstrable|demonstrated|strong|solid|good|excellent|sound|thorough|"
    r"in-depth|working|fluent)\s+(?:track record|experience|knowledge|understanding|ability|command|skills)\b)",
    _H,
)
# "It would be an advantage to hold a master's degree, to have worked in NATO, and to be familiar with ...":
# the sentence's lead goes, each infinitive clause is an item.
_ADVANTAGE_LEAD = re.compile(
    r"^(?:it|this)\s+(?:would|will|could|is|may|might)\s+(?:also\s+)?(?:be\s+)?(?:considered\s+)?(?:as\s+)?"
    r"(?:an?\s+)?(?:(?:additional|distinct|strong|real|definite)\s+)?(?:advantage|asset|plus|desirable|beneficial|"
    r"preferable|an? bonus)\s+(?:for\s+(?:the\s+)?(?:candidates?|applicants?|incumbent|post ?holder)\s+)?to\s+",
    _H,
)
_INFINITIVE_JOIN = re.compile(
    r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)to\s+(?=(?:have|hold|be|possess|know|speak|read|write|show|"
    r"demonstrate|bring|understand|master|use|work|offer)\b)",
    _H,
)


def advantage_clauses(sentence: str) -> list[str] | None:
    """The wishes of a sentence "It would be an advantage to X, to Y and to Z", one per infinitive clause;
    None for a sentence of another form.

    >>> advantage_clauses("It would be an asset to hold a PhD, to have worked abroad and to speak German.")
    ['hold a PhD', 'have worked abroad', 'speak German']
    """
    lead = _ADVANTAGE_LEAD.match(sentence)
    if not lead:
        return None
    rest = sentence[lead.end() :].strip().rstrip(".")
    return [part.strip(" ,;") for part in _INFINITIVE_JOIN.split(rest) if part.strip(" ,;")]


_ADVANTAGE_TAIL = re.compile(
    r"\s+(?:would|will|could|is|are)\s+(?:also\s+)?(?:be\s+)?(?:considered\s+)?(?:as\s+)?(?:an?\s+)?"
    r"(?:(?:additional|distinct|strong)\s+)?(?:advantage|asset|plus|desirable|beneficial|preferred|welcome[d]?)\b.*$",
    _H,
)


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE.split(text) if part.strip()]


def running_text(lines: list[Line]) -> list[tuple[str, list[tuple[int, int]]]]:
    """The paragraphs of running text: lines a page wrapped joined again (a word hyphenated at the break made
    whole), each with (offset in the paragraph, line index) where its lines start. A line runs on from the one
    before when it starts in lower case, or when that line is a long one that did not end its sentence
    ("... of the NATO Command" / "Structure and ..."); bullets, headings and blank lines end a paragraph.

    >>> running_text([Line("The successful candidate will hold a university degree, ideally in economics"),
    ...               Line("or law. He or she will bring five years of experience."), Line("")])[0][0]
    'The successful candidate will hold a university degree, ideally in economics or law. He or she will bring five years of experience.'
    """
    found: list[tuple[str, list[tuple[int, int]]]] = []
    open_text = False  # the last paragraph may run on
    for i, line in enumerate(lines):
        text = line.text
        if not text or line.bullet or heading_kind(line) is not None:
            open_text = False
            continue
        if open_text:
            previous, starts = found[-1]
            if (
                text[:1].islower()
                or text[:1].isdigit()
                or (
                    len(previous) - starts[-1][0] >= 50
                    and not previous.endswith(_SENTENCE_ENDS)
                    and text[:1].isupper()  # a sentence runs on with a word, not with markup or a symbol
                    and not _ITEM_START.match(text)
                )
            ):
                joined = join_wrapped(previous, text)
                found[-1] = (joined, [*starts, (len(joined) - len(text), i)])
                continue
        found.append((text, [(0, i)]))
        open_text = True
    return found


_SENTENCE_ENDS = (".", ":", ";", "!", "?")
# A line in capitals that opens a requirement of its own ("Experience in budget management" / "Knowledge of
# SAP": a list whose bullets were lost) does not run on from the line before.
_ITEM_START = re.compile(
    r"(?:experience|knowledge|(?:a\s+)?(?:university\s+)?degree|university|ability|proficien\w*|fluen\w*|"
    r"familiar\w*|understanding|demonstrated|proven|skills?|qualifications?|education|certifi\w*|minimum|"
    r"at\s+least|expérience|connaissance\w*|diplôme)\b",
    re.IGNORECASE,
)


def _prose_requirements(lines: list[Line], kinds: list[str], lists: _Lists) -> None:
    """Requirements stated in running text ("The successful candidate must hold a degree in ..., must have
    at least 5 years ... Knowledge of SAP would be an advantage."), when the notice has no list of them: each
    paragraph read sentence by sentence, essential or desirable from its wording."""
    add_desirable = not lists.items["desirable"]
    paragraphs = running_text(lines)
    # "You must hold a degree ... You should hold a master's": where the same person is told what they "must"
    # have, what they "should" have is the wish beside it; where "should" is how requirements are stated
    # ("Candidates must hold ...; the post holder should have V in one and I in the other"), it is required.
    must_subjects = {
        _subject(sentence)
        for paragraph, starts in paragraphs
        if all(kinds[i] in _PROSE_KINDS for _, i in starts)
        for sentence in sentences(paragraph)
        if _MUST_WORD.search(sentence)
        and _REQUIREMENT_WORDS.search(sentence)
        and not _NOT_A_REQUIREMENT.search(sentence)
    } - {""}
    for paragraph, starts in paragraphs:
        indexes = [i for _, i in starts]
        if any(kinds[i] not in _PROSE_KINDS for i in indexes) or len(paragraph.split()) < 8:
            continue
        found = False
        offset = 0
        for sentence in sentences(paragraph):
            offset = paragraph.find(sentence, offset)
            # The line the sentence starts on is its source.
            source = lines[max(i for start, i in starts if start <= max(offset, 0))].text
            clauses = advantage_clauses(sentence)
            if _NOT_A_REQUIREMENT.search(sentence) or not (
                _REQUIREMENT_WORDS.search(sentence) or _LANGUAGE_WORDS.search(sentence) or clauses
            ):
                continue
            if clauses:
                if add_desirable:
                    for part in clauses:
                        lists.add("desirable", part, source)
                    found = True
            elif _DESIRABLE_SENTENCE.search(sentence):
                if add_desirable:
                    for part in re.split(r",\s+as (?:would|does|do|is|are)\s+", _SUBJECT.sub("", sentence)):
                        lists.add("desirable", _ADVANTAGE_TAIL.sub("", part).strip(), source)
                    found = True
            elif (
                _subject(sentence) in must_subjects
                and _SHOULD_ONLY.search(sentence)
                and not _MUST_WORD.search(sentence)
                and not _LANGUAGE_WORDS.search(sentence)  # official language levels are a rule, never a wish
            ):
                if add_desirable:
                    for part in _MUST_JOIN.split(_SUBJECT.sub("", sentence)):
                        lists.add("desirable", _ADVANTAGE_TAIL.sub("", part).strip(), source)
                    found = True
            elif _MUST.search(sentence):
                clauses = _MUST_JOIN.split(_SUBJECT.sub("", sentence))
                if _EXPECT.match(sentence):
                    # "We expect the candidate to show X, and to be willing to travel": one item per infinitive.
                    clauses = [part for clause in clauses for part in _INFINITIVE_JOIN.split(clause)]
                for clause in clauses:
                    if bracketed_competencies(clause):
                        continue  # "show Analytical Thinking (...), Teamwork (...)": the competencies
                    for part in _NEXT_REQUIREMENT.split(clause):
                        lists.add("essential", part.strip(), source)
                found = True
        if found:
            for i in indexes:
                kinds[i] = "essential"


_LANGUAGE_WORDS = re.compile(r"\b(?:English|French|languages?|SLP|STANAG)\b")
_MUST_WORD = re.compile(r"\bmust\b|\b(?:is|are)\s+required\b|\brequired\s+to\b", _H)
_SHOULD_ONLY = re.compile(r"\bshould\b", _H)
_ADDRESSED = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:(?:successful|ideal|selected)\s+)?(?P<who>{_ADDRESSEE})\s+(?:must|should)\b",
    _H,
)


def _subject(sentence: str) -> str:
    """Whom a requirement sentence addresses ("you", "candidates"), "" when it names no one."""
    found = _ADDRESSED.match(sentence)
    return found["who"].casefold().rstrip("s") if found else ""


_PROSE_KINDS = frozenset({"header", "summary", "other", "body", "qualifications", "essential", "desirable"})


def _sorted_sentences(essential: list[Item], desirable: list[Item]) -> tuple[list[Item], list[Item]]:
    """Essential items split into their sentences and ";"-separated parts when they hold several
    requirements; a sentence that states an advantage moves to the desirable ones."""
    kept: list[Item] = []
    moved: list[Item] = []
    for item in _joined_rules(_with_qualifiers(essential)):
        for part in _parts(item.text):
            if _DESIRABLE_SENTENCE.search(part) and not part.casefold().startswith(("the following", "if ")):
                moved.append(Item(_ADVANTAGE_TAIL.sub("", part).strip() or part, item.source))
            else:
                kept.append(Item(part, item.source))
    return kept, [*desirable, *moved]


# Language levels: their ";" joins the levels of one requirement ("English: V; French: II").
_LEVELS_STATED = re.compile(r"\b(?:[IV]{1,3}|VI)\b\s*(?:\(|;|$)|\bSLP\b|\blanguages?\b|\bin the other\b")


def _parts(text: str) -> list[str]:
    found = sentences(text) if len(text) > 80 else [text]
    if any(is_process(part) for part in found):
        # "... Applications submitted by e-mail will not be considered.": that sentence is no requirement.
        found = [part for part in found if not is_process(part)]
        if not found:
            return []
        text = " ".join(found)
    if len(found) > 1 and any(_DESIRABLE_SENTENCE.search(part) for part in found):
        return _qualified(found)
    if wish_split := _wish_after_semicolon(text):
        return wish_split
    if (
        text.rstrip(" ;.").count(";") >= 2
        and not _LEVELS_STATED.search(text)
        and not states_skill_levels(text)
    ):
        parts: list[str] = []
        for part in (p.strip() for p in text.split(";")):
            # "V in one; I in the other" stays one requirement.
            if parts and (
                re.match(r"^(?:[IVX]{1,3}\b|in the other|and\b|or\b)", part) or len(part.split()) < 3
            ):
                parts[-1] = f"{parts[-1]}; {part}"
            elif part:
                parts.append(part)
        return parts
    return [text]


def _wish_after_semicolon(text: str) -> list[str] | None:
    """ "English SLP 3333; Dutch would be an asset": a requirement and a wish joined by ";", as two parts
    (the wish then moves to the desirable list). "A degree; ideally in law" stays one: only the field is a
    wish."""
    if ";" not in text:
        return None
    parts = [part.strip() for part in text.rstrip(" ;.").split(";") if part.strip()]
    wishes = [
        bool(_DESIRABLE_SENTENCE.search(part))
        and not re.match(r"^\W*(?:ideally|preferably|or|and|e\.g\.|i\.e\.)\b", part, _H)
        for part in parts
    ]
    if len(parts) < 2 or not any(wishes) or all(wishes) or any(len(part.split()) < 2 for part in parts):
        return None
    return parts


# A sentence that only qualifies the requirement before it ("Graduates of a national staff college are
# considered to meet this requirement", "Equivalent experience may be accepted in lieu of the degree"):
# part of that requirement, never one of its own.
_QUALIFIER = re.compile(
    r"\bth(?:is|e above|ese) (?:requirements?|criteri(?:on|a)|conditions?|qualifications?)\b"
    r"|\b(?:is|are|will be|shall be|may be|can be)\s+(?:also\s+)?(?:considered|deemed|regarded|accepted|"
    r"recognised|recognized|treated)\s+(?:to\s+(?:meet|satisfy|fulfil|fulfill)|as\s+(?:meeting|satisfying|"
    r"fulfilling|equivalent)|equivalent)\b"
    r"|^(?:or|i\.e\.|e\.g\.)\s",
    _H,
)
_ABOUT_DEGREE = re.compile(r"\bdegree|\bdiploma|\beducation\b|\buniversit|\bbachelor|\bmaster|\bdoctor", _H)


def qualifies(previous: str, text: str) -> bool:
    """Whether ``text`` only qualifies the requirement ``previous``: "Graduates of a national staff college
    are considered to meet this requirement", or a figure that may replace the degree ``previous`` names.

    >>> qualifies("A university degree", "Graduates of a national staff college are considered to meet this requirement.")
    True
    """
    if _DESIRABLE_SENTENCE.search(text) or re.match(
        r"^\W*(?:have|has|hold|be|possess|demonstrate)\b", text, _H
    ):
        return False
    return bool(
        _QUALIFIER.search(text) or (DEGREE_SUBSTITUTE.search(text) and _ABOUT_DEGREE.search(previous))
    )


def _qualified(parts: list[str]) -> list[str]:
    """Sentences with each qualifying one joined to the sentence before."""
    joined: list[str] = []
    for part in parts:
        if joined and qualifies(joined[-1], part):
            joined[-1] = f"{joined[-1].rstrip(' .;')}. {part}"
        else:
            joined.append(part)
    return joined


def _with_qualifiers(items: list[Item]) -> list[Item]:
    """Items with a qualifying item (a line or bullet of its own) joined to the one before."""
    joined: list[Item] = []
    for item in items:
        if joined and len(item.text.split()) <= 30 and qualifies(joined[-1].text, item.text):
            previous = joined[-1]
            joined[-1] = Item(f"{previous.text.rstrip(' .;')}. {item.text}", previous.source)
        else:
            joined.append(item)
    return joined


# "V (Advanced) in one of NATO's official languages;" then "II (Elementary) in the other": one rule
# that a page wrapped over two items (rows of a table, lines of a list).
_IN_ONE = re.compile(r"\b(?:in|for)\s+(?:either\s+)?one\b|\bone of\b|dans l'une", _H)
_IN_THE_OTHER = re.compile(r"\b(?:in|for)\s+the\s+other\b|dans l'autre", _H)


def _joined_rules(items: list[Item]) -> list[Item]:
    joined: list[Item] = []
    for item in items:
        if (
            joined
            and _IN_THE_OTHER.search(item.text)
            and not _IN_ONE.search(item.text)
            and len(item.text.split()) <= 12
            and _IN_ONE.search(joined[-1].text)
            and not _IN_THE_OTHER.search(joined[-1].text)
        ):
            previous = joined[-1]
            joined[-1] = Item(f"{previous.text.rstrip(' ;,')}; {item.text}", previous.source)
        else:
            joined.append(item)
    return joined
