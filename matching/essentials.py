"""Every essential accounted for: each essential line of a notice gets met / not met / to be assessed.

Pure: no Django but its translation functions (for the evidence's words, written only when asked).

A notice's essential lines are of three sorts, decided once per vacancy (``prepare_essentials``):

- **criterion lines**: a line about the degree, the years of experience, the languages or the
  nationality takes that criterion's outcome (``matching.criteria``): not met when it adds an unmet
  reason, to be assessed when it adds one to assess, met otherwise. A criterion the notice states
  elsewhere (the nationality rule in the remarks) gets a line of its own. A years-of-experience line
  that also says in what ("3 years in administrative support to projects") is met only when the
  experience entries also speak to it;
- **evidence lines** ("experience in logistics planning for deployed forces", "knowledge of NATO
  defence planning", "advanced user of Excel"): met when the profile's words cover at least half of
  the line's key terms (function words and words of degree, "thorough", "proven", dropped); otherwise
  to be assessed, as nothing in the profile speaks to it. Never not met: a profile that is silent is not
  proof of absence;
- **interview lines**: a line about how a person behaves rather than what they have done, learnt or
  hold ("be able to communicate clearly", "available to travel", "cultural awareness"). The rule: a
  line that names no criterion and none of experience, knowledge, familiarity, proficiency, use of a
  tool, a qualification, certificate, training, clearance or licence is assessed at interview or test,
  and so is a condition of appointment ("the successful candidate will be required to obtain a
  clearance").
  It gets a status like an evidence line but does not decide eligibility: a CV cannot show it, and
  letting it block would leave every candidate "to be assessed".

Eligibility (``matching.scoring``): not eligible when a criterion is unmet, as before; eligible only
when, besides, nothing is to be assessed and every line checkable from a profile is met.

Speed: the criterion lines add nothing to the verdict (their reasons are already the criteria's), so
the scoring loop only checks, for a candidate otherwise eligible, that each checkable line's key
terms are covered, from the bit masks ``matching.text`` computes anyway (cached per line by mask).
The statuses and the evidence (which entry, which degree) are worked out per candidate only when
read (``account``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wordfreq import zipf_frequency

from reference.concepts import is_where
from reference.data import ROMAN_LEVELS
from reference.scales import REQUIREMENT_LABELS, gettext_noop

from .criteria import education_label
from .reasons import describe, duration
from .text import TAG_WEIGHT, TermIndex, requirement_terms, stem, term_weights, terms

if TYPE_CHECKING:
    from .criteria import Outcome
    from .prepared import PreparedProfile, PreparedVacancy
    from .requirements import VacancyRequirements

MET, NOT_MET, TO_ASSESS = "met", "not_met", "to_assess"
# An evidence line is met when the profile covers this share of its key terms' weight.
EVIDENCE_COVERAGE = 0.5
# ... or when it holds the line's most telling term, provided that term weighs at least this much
# (matching.text.word_weight: a word rarer than about 3 per 10 million, or a concept).
ANCHOR_WEIGHT = 2.0

# Each pattern in English and in French, the two languages notices come in.
_NATIONALITY = re.compile(
    r"\bnationals\b|\bnationality\b|\bcitizens?(hip)?\b|\bnational of\b|\bressortissant(e|s|es)?\b|"
    r"\bnationalité\b|\bcitoyen(ne|s|nes)?\b",
    re.I,
)
_LANGUAGE = re.compile(r"\blanguages?\b|\blangues?\b|\bSLP\b|\bSTANAG\s*6001\b", re.I)
# A level asked for a language the line names: "English at NATO level V (Advanced)", "good working level
# of Russian (IV)", "fluent Italian". A lone "I" is a pronoun unless a level label follows it.
_LANGUAGE_LEVEL = re.compile(
    r"\b(levels?|VI|IV|V|III|II|advanced|intermediate|beginner|elementary|fluen(t|cy)|native|mother tongue|"
    r"proficien(t|cy)|command of)\b|\bI\b(?=\s*[(:\"“«])",
    re.I,
)
_DEGREE = re.compile(
    r"\b(degree|diploma|bachelor'?s?|master'?s?|doctorate|ph\.?d|university|education|staff college|"
    r"diplômes?|doctorat|universitaire|enseignement)\b",
    re.I,
)
_YEARS = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
    r"une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze)\s*(\(\d+\)\s*)?\+?\s*"
    r"(years?|months?|ans?|années|mois)\b",
    re.I,
)
# What a profile can show: what a person has done, learnt or holds.
_CHECKABLE = re.compile(
    r"\b(experience[ds]?|knowledge|familiar(ity)?|proficien(t|cy)|expertise|user|use of|qualifi\w*|"
    r"certifi\w*|accredit\w*|training|trained|course|clearance|licen[cs]e|background|track record|"
    r"expériences?|connaissances?|maîtrise|formations?|habilitation|permis)\b",
    re.I,
)
# Conditions of appointment, met after selection (a clearance to obtain, a medical): not from a profile.
_AFTER_SELECTION = re.compile(
    r"\b(will be required to|must be (prepared|willing) to|prior to (appointment|taking up)|subject to|"
    r"successful candidate|(able|ability|eligible|willing(ness)?) to (obtain|acquire|be granted|be cleared)|"
    r"obtain and maintain|eligib(le|ility) for\b[^.;]{0,40}\bclearance|"
    r"avant (la prise|l'entrée) de fonctions?|sous réserve|(en mesure|susceptible) d'obtenir)\b",
    re.I,
)
# A line about the person's readiness or manner, which a profile cannot show whatever it names ("willing to
# deploy to Iraq", "able to work in the repository").
_DISPOSITION = re.compile(
    r"\b(willing(ness)?|prepared to|read(y|iness) to|availab(le|ility)|able to|ability to|capacity to|"
    r"flexib(le|ility)|commit(ment|ted) to|disposée?s?|prête?s? à|disponib(le|ilité)|capable de|"
    r"capacité à|aptitude à|apte à)\b",
    re.I,
)
# A line asking for experience is shown by what the experience entries say, not by a list of skills.
_ASKS_EXPERIENCE = re.compile(r"\bexperience[ds]?\b|\btrack record\b|\bexpériences?\b", re.I)
# The part of an experience line after the years: what the experience must be in.
_CONTEXT = re.compile(r"\b(?:experience|expérience)\b(.*)", re.I | re.S)
# Words of an essential line that say how much or how well, not what.
_LINE_STOPWORDS = frozenset(
    """thorough sound solid broad minimum least general proficiency proficient familiarity familiar user use
    advanced good expert expertise background track record proven practical hands demonstrable recent
    significant extensive wide full environment gained gain depth matters issues methods structures
    principles concepts field
    apply applying application run running conduct conducting perform performing undertaking carrying
    show example instance only""".split()  # noqa: SIM905
)  # (the last: how the work was done, "running", "applying", and "for example", "not only", not what it was)
# Terms are stems: "methods" is the term "method".
_LINE_STOPWORDS |= frozenset(map(stem, _LINE_STOPWORDS))


@dataclass(frozen=True, slots=True)
class EssentialLine:
    """One essential as the engine reads it, prepared once per vacancy."""

    text: str  # the notice's sentence; "" for a criterion the notice states elsewhere
    criterion: str | None  # degree, experience, languages, nationality; None: evidenced by terms
    checkable: bool  # False: assessed at interview or test, does not decide eligibility
    terms: tuple[str, ...]  # the key terms the profile's words are matched against
    weights: tuple[tuple[int, float], ...]  # (bit in the vacancy's TermIndex, weight) per term
    mask: int = 0  # of those bits
    language: str = ""  # a languages line naming one language: only its reasons count
    # Its most telling words (the heaviest, when they weigh ANCHOR_WEIGHT), each as the bits a profile must
    # show for it to tell: the word, with the words the line joins to it by "and" ("Python and SQL").
    anchors: tuple[int, ...] = ()
    on_experience: bool = False  # evidenced by the experience entries only (it asks for experience)
    # Where (reference.concepts, kind "where": "a military or international environment"): the profile
    # must show one of these; what: the other terms, weighed.
    where_mask: int = 0
    # What: (bits, weight) per term, or per list of alternatives ("administrative or financial"), any
    # of whose terms shows it.
    what: tuple[tuple[int, float], ...] = ()
    # The bits of each example the line gives ("methods (e.g. social network analysis, Python or R)"): a
    # profile showing one example in full shows what the line asks, as a recruiter reads it.
    examples: tuple[int, ...] = ()
    # What the line asks without what it adds in brackets ("a valid driving licence" of "... (category B or US
    # equivalent)"), weighed like ``what``: a profile covering either shows it.
    head: tuple[tuple[int, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Essential:
    """One essential of one candidate: its status and the profile evidence (or the reason)."""

    text: str
    status: str  # MET, NOT_MET or TO_ASSESS
    evidence: str
    checkable: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "status": self.status,
            "evidence": self.evidence,
            "checkable": self.checkable,
        }


# Preparing a vacancy's essentials


def line_texts(requirements: VacancyRequirements) -> tuple[str, ...]:
    """The texts whose key terms the vacancy's TermIndex must hold: the essential lines, each with the
    initialisms of the phrases it spells out (``spelled_out``)."""
    return tuple(spelled_out(text) for text in requirements.essential)


# A word that may be part of a phrase to abbreviate: letters; not a word that joins phrases.
_PHRASE_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]{2,}")
_JOINING = frozenset(
    """and or of in on for the a an to with at by from as into under over per via its their such least
    years year months experience knowledge including minimum plus according related relevant""".split()  # noqa: SIM905
)
_COMMON_WORD = 3.0  # wordfreq's Zipf scale: initials this frequent in English are a word ("man")


def spelled_out(text: str) -> str:
    """The line with the initialism of each phrase of three or four words it spells out, put after it as a
    notice writes "service level agreements (SLA)": a profile that writes "ILS" then shows "integrated
    logistics support" (``_with_acronyms``; an initialism is never a term of its own). Not where the phrase
    already has one, nor when the initials make a common word.

    >>> spelled_out("Experience in integrated logistics support or logistics engineering")
    'Experience in integrated logistics support (ILS) or logistics engineering'
    """
    runs: list[list[re.Match[str]]] = [[]]
    for word in _PHRASE_WORD.finditer(text):
        if word[0].casefold() in _JOINING or word[0].isupper():
            runs.append([])
        elif runs[-1] and text[runs[-1][-1].end() : word.start()] in (" ", "-"):
            runs[-1].append(word)
        else:
            runs.append([word])
    for run in reversed(runs):
        if not 3 <= len(run) <= 4:
            continue
        initials = "".join(word[0][0] for word in run).upper()
        end = run[-1].end()
        if text[end:].lstrip().startswith("(") or zipf_frequency(initials.casefold(), "en") >= _COMMON_WORD:
            continue
        text = f"{text[:end]} ({initials}){text[end:]}"
    return text


def classify(text: str, active: frozenset[str], languages: Sequence[str] = ()) -> tuple[str | None, bool]:
    """(criterion or None, checkable) of one essential line; ``active``: the criteria the notice sets,
    ``languages``: the names of the languages it asks for (a line naming one with a level is about it).

    >>> every = frozenset({"degree", "experience", "languages", "nationality"})
    >>> classify("At least 5 years' experience in finance", every)
    ('experience', True)
    >>> classify("Knowledge of NATO defence planning", every), classify("Be available to travel", every)
    ((None, True), (None, False))
    """
    # A line about nationality is the nationality essential even when the parser did not set the rule.
    active = active | {"nationality"}
    for criterion, pattern in (
        ("nationality", _NATIONALITY), ("languages", _LANGUAGE), ("degree", _DEGREE), ("experience", _YEARS)
    ):  # fmt: skip
        if criterion in active and pattern.search(text):
            if criterion == "experience" and _readiness_for_a_while(text):
                break
            return criterion, True
    if "languages" in active and _LANGUAGE_LEVEL.search(text) and named_languages(text, languages):
        return "languages", True
    return None, bool(_CHECKABLE.search(text)) and not _AFTER_SELECTION.search(text)


_NOT_A_WORD = re.compile(r"\W+")


def read_from(text: str, source_lines: Sequence[tuple[str, str]], active: frozenset[str]) -> str | None:
    """The criterion the parser read from this essential line (its ``sources``), when the notice sets it:
    the one place that knows which line states the degree, the years or the languages, in any language
    the parser reads. The source must be the line itself (a requirement written as a paragraph of prose is
    the source of every criterion it states, not of each of its sentences).

    >>> sources = (("degree", "- être titulaire d'un diplôme universitaire en droit ;"),)
    >>> read_from("être titulaire d'un diplôme universitaire en droit", sources, frozenset({"degree"}))
    'degree'
    """
    line = _NOT_A_WORD.sub(" ", text.casefold()).strip()
    for criterion, source in source_lines:
        if criterion in active and line and _NOT_A_WORD.sub(" ", source.casefold()).strip() == line:
            return criterion
    return None


def _readiness_for_a_while(text: str) -> bool:
    """Whether a line's years or months are how long the person must be ready to do something ("prepared
    to deploy for periods of up to six months", "able to travel 40 days a year"), not experience asked."""
    return bool(_DISPOSITION.search(text)) and not _ASKS_EXPERIENCE.search(text)


def named_languages(text: str, languages: Sequence[str]) -> set[str]:
    """The languages among ``languages`` a line names (case-folded)."""
    return {name.casefold() for name in languages if re.search(rf"\b{re.escape(name)}\b", text, re.I)}


def prepare_essentials(
    requirements: VacancyRequirements,
    index: TermIndex,
    active: frozenset[str],
    languages: Sequence[str],
) -> tuple[EssentialLine, ...]:
    """The vacancy's essential lines; ``index`` holds the terms of ``line_texts(requirements)``.

    A key term weighs by its rarity in general English (``matching.text.term_weights``), a concept the
    line asks for by its general words stands for those words (``requirement_terms``). An idf over the
    notice's own items was measured worse (bench/quality.py): the post's core terms ("defence",
    "planning") recur across its lines and would count least.
    """
    lines = []
    covered = set()
    for text, spelled in zip(requirements.essential, line_texts(requirements)):
        # The parser's reading of the line comes first: "3 years' experience in the delivery of academic
        # courses ... military education programmes" states the years, not the degree its words suggest.
        criterion = read_from(text, requirements.source_lines, active)
        if criterion is None:
            criterion, checkable = classify(text, active, languages)
        else:
            checkable = True
        covered.add(criterion)
        wanted: tuple[str, ...] = ()
        head_terms: tuple[str, ...] = ()
        if criterion is None:
            wanted = _key_terms(_core(text, asides=True))
            if _core(text) != _core(text, asides=True):
                head_terms = _key_terms(_core(text))
        elif criterion == "experience":
            wanted = _experience_terms(text, requirements)
        weights = []
        weighed = term_weights(text)
        # "Military or civil aircraft": both sides of the divide ask for no place, nor for either word.
        either = {term for match in _EITHER_SIDE.finditer(text) for term in terms(match[0])}
        for term in wanted:
            if term in either:
                continue
            bit = index.bit(term)
            if bit is not None:
                weights.append((bit, weighed.get(term, TAG_WEIGHT if term.startswith("~") else 1.0)))
        named = named_languages(text, languages)
        language = next(iter(named)) if criterion == "languages" and len(named) == 1 else ""
        if criterion is None and not weights:
            checkable = False  # "have relevant experience": no key term to look for, a person judges it
        mask = sum(1 << bit for bit, _ in weights)
        where = [bit for bit, _ in weights if is_where(index.term(bit))]
        if where:
            where = list(dict.fromkeys(where + _where_alternatives(text, weights, index)))
        if criterion is None and len(where) < len(weights):
            where = []  # "events involving senior military participants": a term like any other
        # Where is a condition of its own in a pure "where" line ("a military or international
        # environment") and in what an experience must be in ("military logistics").
        singles = [(bit, weight) for bit, weight in weights if bit not in where]
        what = _with_acronyms(spelled, _alternatives(text, singles, index), index)
        words = [(bit, weight) for bit, weight in singles if not index.term(bit).startswith("~")]
        heaviest = max((weight for _, weight in words), default=0.0)
        anchors = _anchors(text, [bit for bit, weight in words if weight == heaviest >= ANCHOR_WEIGHT], index)
        head = _alternatives(
            text,
            [
                (bit, weighed.get(term, TAG_WEIGHT if term.startswith("~") else 1.0))
                for term in head_terms
                if (bit := index.bit(term)) is not None and bit not in where
            ],
            index,
        )
        if criterion is None and not checkable and _names_a_tool(text, anchors, index):
            checkable = not _AFTER_SELECTION.search(text) and not _DISPOSITION.search(text)
        on_experience = criterion == "experience" or (
            criterion is None and bool(_ASKS_EXPERIENCE.search(text))
        )
        examples = _example_masks(text, {bit for bit, _ in words}, index, asides=criterion is None)
        if criterion == "experience":
            examples += _phrase_alternatives(
                _experience_context(text, requirements), set(dict(singles)), index
            )
        elif criterion is None:
            examples += _phrase_alternatives(_core(text), set(dict(singles)), index)
        lines.append(
            EssentialLine(
                text, criterion, checkable, wanted, tuple(weights), mask, language, anchors, on_experience,
                sum(1 << bit for bit in where), what, examples, tuple(head),
            )
        )  # fmt: skip
    # A criterion the notice sets but states in no essential line (nationality in the remarks).
    for criterion in ("nationality", "degree", "experience", "languages"):
        if criterion in active and criterion not in covered:
            lines.append(EssentialLine("", criterion, True, (), ()))
    if unread(requirements, active):
        lines.append(EssentialLine("", UNREAD, True, (), ()))
    return tuple(lines)


# The line of a notice whose requirements could not be read: never a silent "eligible".
UNREAD = "unread"


def unread(requirements: VacancyRequirements, active: frozenset[str]) -> bool:
    """Whether the notice's requirements were not read: the parser found no essential requirement and no
    degree, experience or language is asked (nationality aside). A post asks for some; a notice that seems
    to ask for none is a layout the parser does not know, and a person must read it before anyone is
    called eligible. So is a notice the parser read only in part (years of experience asked but not read,
    an essential list it could not delimit). Requirements a person wrote or reviewed are taken as they are."""
    if not requirements.requirements_read:
        return True
    return not requirements.essentials_found and not active - {"nationality"}


# A list of alternatives: "administrative or financial", "design, implementation or operation".
_SIDES = r"(?:military|defen[cs]e|government|public)"
_OTHER_SIDES = r"(?:civil(?:ian)?|commercial|private)"
_EITHER_SIDE = re.compile(
    rf"\b{_SIDES}\s+(?:or|and/or|and)\s+{_OTHER_SIDES}\b|\b{_OTHER_SIDES}\s+(?:or|and/or|and)\s+{_SIDES}\b",
    re.I,
)
_ALTERNATIVES = re.compile(r"\b[\w'-]+(?:,\s*[\w'-]+)*,?\s+(?:or|and/or|ou|et/ou)\s+[\w'-]+", re.I)
_LIST_SPLIT = re.compile(r",\s*|\s+(?:or|and/or|ou|et/ou)\s+", re.I)
_LIST_SPLIT_AND = re.compile(r",\s*|\s+(?:and|&)\s+", re.I)


def _alternatives(
    text: str, singles: list[tuple[int, float]], index: TermIndex
) -> tuple[tuple[int, float], ...]:
    """The line's what-terms as (bits, weight): the terms of a list of alternatives in the line make one
    entry, met by any of them and weighing as its heaviest; every other term stands alone.

    "Administrative or financial support to projects or programmes" asks for two things, not four; the
    examples a line gives ("a service management tool (e.g. ServiceNow, BMC Remedy, Jira)") are one.
    """
    weight_of = dict(singles)
    grouped: list[tuple[int, float]] = []
    taken: set[int] = set()
    lists = [*(m[1] for m in _EXAMPLES.finditer(text)), *(m[0] for m in _ALTERNATIVES.finditer(text))]
    for found in lists:
        bits = set()
        for word in _LIST_SPLIT.split(found):
            for term in terms(word):
                bit = index.bit(term)
                if bit in weight_of and bit not in taken:
                    bits.add(bit)
        if len(bits) >= 2:
            taken |= bits
            grouped.append((sum(1 << bit for bit in bits), max(weight_of[bit] for bit in bits)))
    return tuple(grouped) + tuple((1 << bit, weight) for bit, weight in singles if bit not in taken)


# A list of alternatives whose items are phrases: "data science, machine learning or advanced analytics".
# Each item up to four words; the list ends at a stop, a bracket or the line's end ("..., including ...").
_PHRASE = r"(?:[\w'/-]+\s+){0,3}[\w'/-]+"
_PHRASE_LIST = re.compile(
    rf"(?:[\w'/-]+\s+){{0,2}}[\w'/-]+(?:,\s*{_PHRASE})*,?\s+(?:or|and/or)\s+{_PHRASE}(?=\s*(?:[,.;:()]|$))",
    re.I,
)


def _phrase_alternatives(text: str, bits: set[int], index: TermIndex) -> tuple[int, ...]:
    """The bits of each item of a list of alternatives in the line ("data science, machine learning or
    advanced analytics"), among its terms ``bits``: a profile showing one item in full shows what the line
    asks, as it does one of its examples. Items of two terms at least: one word ("interviews") is too
    often said of others' work ("the interviews were conducted by the hiring departments")."""
    found = []
    for match in _PHRASE_LIST.finditer(text):
        items = []
        for item in _LIST_SPLIT.split(match[0]):
            item_terms = requirement_terms(item)
            item_bits = {index.bit(term) for term in item_terms} & bits
            # A place named by its kind ("a public body": ~government) is one term, and as telling as two.
            place = bool(item_terms) and all(is_where(term) for term in item_terms)
            if len(item_bits) >= 2 or (place and item_bits):
                items.append(sum(1 << bit for bit in item_bits))
        # Two phrases at least: single words ("in an operational or exercise environment") qualify a word.
        if len(items) >= 2:
            found.extend(items)
    return tuple(found)


# A name in a line: a capitalised word after its first ("Python", "SQL", "IPSAS").
_NAME = re.compile(r"(?<=\s)[A-Z][\w+#.-]*")


def _names_a_tool(text: str, anchors: tuple[int, ...], index: TermIndex) -> bool:
    """Whether a line's most telling word is a name ("programming in Python and SQL"): a tool, a method or
    a standard, which a profile shows or not, unlike "excellent organisational skills"."""
    if not anchors:
        return False
    # A place ("NATO", "OTAN") is where work was done, not a tool it was done with.
    named = set()
    for name in _NAME.findall(text):
        found = terms(name)
        if not any(is_where(term) for term in found):
            named.update(index.bit(term) for term in found)
    named.discard(None)
    return any(anchor >> bit & 1 for anchor in anchors for bit in named)


# Words the line asks for together: "Python and SQL", "NATO, EU and UN".
_TOGETHER = re.compile(r"\b[\w'+#.-]+(?:,\s*[\w'+#.-]+)*,?\s+(?:and|&)\s+[\w'+#.-]+", re.I)


def _anchors(text: str, heaviest: list[int], index: TermIndex) -> tuple[int, ...]:
    """Each most telling word's bits with those of the words the line asks for together with it: "SQL"
    alone does not show "programming in Python and SQL"."""
    together = []
    for match in _TOGETHER.finditer(text):
        bits = {index.bit(term) for word in _LIST_SPLIT_AND.split(match[0]) for term in terms(word)} - {None}
        together.append(sum(1 << bit for bit in bits))
    return tuple(next((joined for joined in together if joined >> bit & 1), 1 << bit) for bit in heaviest)


def _example_masks(text: str, bits: set[int], index: TermIndex, asides: bool = False) -> tuple[int, ...]:
    """The bits of each example the line gives (``_EXAMPLES``), among the line's word terms ``bits``; with
    ``asides``, each item of what it adds in brackets when that is left out of what it asks (``_core``)."""
    found = []
    for match in _EXAMPLES.finditer(text):
        for item in _LIST_SPLIT.split(match[1]):
            item_bits = [index.bit(term) for term in terms(item) if not term.startswith("~")]
            if item_bits and all(bit in bits for bit in item_bits):
                found.append(sum(1 << bit for bit in item_bits))
    if asides and _core(text) != text:
        # What the line adds in brackets, left out of what it asks: each item shown in full shows it too
        # ("CIA, CISA, ACCA, CPA" for "a recognised audit certification").
        for match in _ASIDE.finditer(text):
            for item in _LIST_SPLIT.split(match[1]):
                item_bits = [index.bit(term) for term in _key_terms(item)]
                if item_bits and None not in item_bits:
                    found.append(sum(1 << bit for bit in item_bits))
    return tuple(dict.fromkeys(found))


def _where_alternatives(text: str, weights: list[tuple[int, float]], index: TermIndex) -> list[int]:
    """The terms listed as alternatives to a place ("military or multinational movement planning"):
    places too, since any of them is where the line asks."""
    found = []
    bits = {bit for bit, _ in weights}
    for match in _ALTERNATIVES.finditer(text):
        listed = terms(match[0])
        if any(term.startswith("~") and is_where(term) for term in listed):
            found += [bit for term in listed if (bit := index.bit(term)) in bits and not term.startswith("~")]
    return found


def _key_terms(text: str) -> tuple[str, ...]:
    # A number of one or two digits ("AJP-3.19", "v3 or 4") names nothing on its own, nor does a version.
    return tuple(
        term
        for term in requirement_terms(text)
        if term not in _LINE_STOPWORDS
        and not (term.isdigit() and len(term) <= 2)
        and not _VERSION.fullmatch(term)
    )


# What a line asks, then what it dwells on: "Knowledge of ITIL, in particular incident, problem and change
# management" asks for ITIL; an ITIL certificate shows it, whatever parts of it the profile names.
_ELABORATION = re.compile(r"[,;:(]\s*(?:in particular|particularly|notably|especially|specifically)\b", re.I)
_VERSION = re.compile(r"v\d{1,2}")


def _core(text: str, asides: bool = False) -> str:
    """A line up to where it dwells on particulars ("..., in particular ..."), without what it adds in
    brackets ("a valid driving licence (category B or US equivalent)") when what is left still names two
    things at least, or a concept of the domain (unless ``asides``); the whole line otherwise."""
    found = _ELABORATION.search(text)
    text = text[: found.start()] if found and found.start() > 10 else text
    if asides:
        return text
    head = _ASIDE.sub(" ", text)
    named = _key_terms(head)
    return head if head != text and (len(named) >= 2 or any(t.startswith("~") for t in named)) else text


# What a line adds in brackets: a category, a standard, examples, alternatives.
_ASIDE = re.compile(r"\s*\(([^()]*)\)")


# Examples a line gives: any of them shows what it asks.
_EXAMPLES = re.compile(r"\(\s*(?:e\.\s?g\.?|such as|for example|for instance|like)[\s,:]*([^)]*)\)", re.I)
# An acronym after what it stands for: "service level agreements (SLAs)", "intrusion detection/prevention
# systems (IDS/IPS)".
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{0,2}[A-Z][A-Z]*s?)(?:\s*/\s*[A-Z]{2,}s?)*\s*\)")
_EXPANSION_WORD = re.compile(r"[A-Za-z][\w']*")


def _word_bits(text: str, index: TermIndex) -> int:
    """The mask of the text's word terms in the index (concept tags aside: a concept stands for itself)."""
    bits = 0
    for term in terms(text):
        bit = index.bit(term)
        if bit is not None and not term.startswith("~"):
            bits |= 1 << bit
    return bits


def _with_acronyms(
    text: str, what: tuple[tuple[int, float], ...], index: TermIndex
) -> tuple[tuple[int, float], ...]:
    """``what`` with each acronym the line spells out standing for its words: a profile that writes
    "SLA" shows "service level agreements", and one that writes the words shows the acronym; the
    acronym is then no term of its own."""
    for match in _ACRONYM.finditer(text):
        acronym = match[1].rstrip("s")
        acronym_bits = _word_bits(match[0], index)
        if not acronym_bits:
            continue
        before = _EXPANSION_WORD.findall(text[max(0, match.start() - 120) : match.start()])
        expansion = ()
        for size in (len(acronym), len(acronym) + 1):
            words = before[-size:]
            if len(words) == size and words[0][0].casefold() == acronym[0].casefold():
                expansion = words
                break
        expansion_bits = _word_bits(" ".join(expansion), index)
        if not expansion_bits or expansion_bits & acronym_bits:
            continue
        what = tuple(
            (bits | acronym_bits if bits & expansion_bits else bits, weight)
            for bits, weight in what
            if bits & ~acronym_bits
        )
    return what


def _experience_context(text: str, requirements: VacancyRequirements) -> str:
    """What an experience line asks the experience to be in: the context of the requirement the line
    states (where it was gained is an experience condition, judged from the organisations)."""
    folded = text.casefold()
    contexts = [c.context for c in requirements.experience_conditions if c.context]
    stated = [context for context in contexts if context.casefold() in folded]
    if stated:
        return stated[0]
    context = _CONTEXT.search(_YEARS.sub(" ", text))
    return context[1] if context else ""


def _experience_terms(text: str, requirements: VacancyRequirements) -> tuple[str, ...]:
    """What an experience line's entries must speak to: the key terms of its context."""
    context = _experience_context(text, requirements)
    return _key_terms(context) if context else ()


def active_criteria(
    requirements: VacancyRequirements, required_rank: int, required_months: int
) -> frozenset[str]:
    """The eligibility criteria that this notice sets."""
    languages = requirements.languages
    active = set()
    if required_rank or requirements.degree.alternatives:
        active.add("degree")
    if required_months:
        active.add("experience")
    if languages.rule != "none" or languages.requirements or languages.stanag:
        active.add("languages")
    if requirements.nationality_restricted or requirements.nationalities:
        active.add("nationality")
    return frozenset(active)


# Statuses


def criterion_status(unmet: Sequence[Any], to_assess: Sequence[Any]) -> int:
    """0: not met, 1: to be assessed, 2: met."""
    return 0 if unmet else 1 if to_assess else 2


_STATUS = (NOT_MET, TO_ASSESS, MET)


def covered(line: EssentialLine, mask: int) -> bool:
    """Whether the candidate's terms (a mask over the vacancy's TermIndex) cover the line's key terms."""
    if line.where_mask and not mask & line.where_mask:
        return False  # not where it asks ("military logistics" at a parcel carrier)
    if not line.what:
        return bool(line.where_mask)
    if any(mask & anchor == anchor for anchor in line.anchors):
        return True  # the line's most telling word ("COPD", "IPSAS") is there
    if any(mask & example == example for example in line.examples):
        return True  # an example the line gives, shown in full
    return _covers(line.what, mask) or _covers(line.head, mask)


def _covers(what: tuple[tuple[int, float], ...], mask: int) -> bool:
    total = matched = 0.0
    for bits, weight in what:
        total += weight
        if mask & bits:
            matched += weight
    return bool(total) and matched >= EVIDENCE_COVERAGE * total


def statuses(
    lines: tuple[EssentialLine, ...],
    degree: int,
    experience: int,
    languages: Outcome,
    nationality: int,
    lines_covered: int,
) -> tuple[tuple[str, ...], bool | None]:
    """(the status of each line, the verdict of the lines checkable from a profile: True when all are
    met, False when any is not met, None otherwise).

    ``degree``, ``experience``, ``nationality``: those criteria's ``criterion_status``; ``lines_covered``:
    bit j set when the j-th line with key terms is ``covered``.
    """
    found = []
    j = 0
    for line in lines:
        criterion = line.criterion
        is_covered = False
        if line.weights:
            is_covered = bool(lines_covered >> j & 1)
            j += 1
        if criterion == "degree":
            status = _STATUS[degree]
        elif criterion == "experience":
            status = _STATUS[experience]
            if status == MET and line.weights and not is_covered:
                status = TO_ASSESS
        elif criterion == "languages":
            unmet, to_assess = languages[1], languages[2]
            if line.language:
                unmet = [r for r in unmet if str(r.values.get("language", "")).casefold() == line.language]
                to_assess = [
                    r for r in to_assess if str(r.values.get("language", "")).casefold() == line.language
                ]
            status = _STATUS[criterion_status(unmet, to_assess)]
        elif criterion == "nationality":
            status = _STATUS[nationality]
        else:
            status = MET if is_covered else TO_ASSESS
        found.append(status)
    checked = [status for line, status in zip(lines, found) if line.checkable]
    return tuple(found), False if NOT_MET in checked else (None if TO_ASSESS in checked else True)


def covered_bits(line: EssentialLine) -> int:
    """The bits of a candidate's mask that ``covered`` reads for a line: its answer for a mask is its answer
    for the mask and these (what an answer is kept by). The line's key terms, and the initialisms
    ``_with_acronyms`` adds to what it asks, which may be words of the notice beyond them."""
    bits = line.mask | line.where_mask
    for anchor in line.anchors:
        bits |= anchor
    for what, _weight in (*line.what, *line.head):
        bits |= what
    for example in line.examples:
        bits |= example
    return bits


def covered_kept(answers: dict[int, bool], mask: int, line: EssentialLine) -> bool:
    """``covered(line, mask)``, kept in ``answers`` (a line's, by ``mask``: the bits it reads)."""
    found = answers.get(mask)
    if found is None:
        if len(answers) >= ANSWERS_KEPT:
            answers.clear()
        found = answers[mask] = covered(line, mask)
    return found


ANSWERS_KEPT = 50_000


def shown_in_profile(
    prepared: PreparedVacancy, candidate: PreparedProfile, line: EssentialLine, in_its_words: bool, last: int
) -> bool:
    """Whether a profile shows a line with key terms, given whether its words cover the line (``covered``):
    a line asking for experience in something may also be shown by an entry that does the same work in
    other words (``PreparedVacancy.same_work``); the experience line's years must have been spent on what
    it asks, not merely mention it. The one rule for the stored statuses and the scoring loop's verdict."""
    if line.criterion == "experience":
        return (in_its_words or prepared.in_other_words(line)) and (
            prepared.context_months(candidate, last) >= prepared.required_months
        )
    return in_its_words or (
        line.on_experience and bool(prepared.same_work) and prepared.shows_same_work(candidate, line)
    )


def account_statuses(
    prepared: PreparedVacancy,
    candidate: PreparedProfile,
    degree: Outcome,
    experience: Outcome,
    languages: Outcome,
    nationality: tuple[tuple, tuple, tuple],
    text_mask: int,
    experience_mask: int,
    last: int,
) -> tuple[str, ...]:
    """The status of each essential line, as ``account`` gives it, without its evidence (no words: what a
    stored result keeps). The arguments are ``account``'s, but the months.

    Whether a line's key terms are covered is kept per line by the bits it reads (``covered_bits``), and
    an experience line's is read only when the experience criterion is met: otherwise its status is the
    criterion's, covered or not (``statuses``), and its months need not be counted.
    """
    experience_status = criterion_status(experience[1], experience[2])
    lines_covered = 0
    for j, (line, bits, answers) in enumerate(prepared._line_answers):
        if line.criterion == "experience" and experience_status != 2:
            continue
        mask = (experience_mask if line.on_experience else text_mask) & bits
        if shown_in_profile(prepared, candidate, line, covered_kept(answers, mask, line), last):
            lines_covered |= 1 << j
    # Few distinct cases: the lines' statuses kept by what decides them, the languages' outcome by identity
    # (the engine shares one between the pairs of its case; the entry holds it, so that its id is not reused).
    degree_status = criterion_status(degree[1], degree[2])
    nationality_status = criterion_status(nationality[0], nationality[1])
    key = (degree_status, experience_status, nationality_status, lines_covered, id(languages))
    kept = prepared._statuses.get(key)
    if kept is not None and kept[0] is languages:
        return kept[1]
    found = statuses(
        prepared.essential_lines,
        degree_status,
        experience_status,
        languages,
        nationality_status,
        lines_covered,
    )[0]
    if len(prepared._statuses) >= ANSWERS_KEPT:
        prepared._statuses.clear()
    prepared._statuses[key] = (languages, found)
    return found


# The evidence, per candidate, when read


def account(
    prepared: PreparedVacancy,
    candidate: PreparedProfile,
    degree: Outcome,
    experience: Outcome,
    languages: Outcome,
    nationality: tuple[tuple, tuple, tuple],
    months: int,
    text_mask: int,
    experience_mask: int,
    last: int,
    language: str | None = None,
) -> tuple[Essential, ...]:
    """Each essential with its status and, in words, the evidence that meets it or the reason it does not.

    The arguments are what the scoring loop had for the pair: the criteria's outcomes, the months of
    experience, the masks of the vacancy's terms that the candidate's words (all of them, and those
    of the experience entries) match, and the as-of month index; ``language``: the active one, passed
    when accounting for many (asking Django for it costs more than the rest).
    """
    line_statuses = account_statuses(
        prepared, candidate, degree, experience, languages, nationality, text_mask, experience_mask, last
    )
    by_criterion = {
        "degree": degree[1] + degree[2],
        "experience": experience[1],
        "languages": languages[1] + languages[2],
        "nationality": nationality[0] + nationality[1],
    }
    # Words that repeat from candidate to candidate (a line's own text, "5 years of experience", the
    # fixed sentences) are kept per vacancy and language: gettext is slow beside the rest.
    words, language = prepared._words, language or get_language()
    if len(words) > WORDS_KEPT:
        words.clear()
    kept = prepared._essentials_kept
    if len(kept) > ESSENTIALS_KEPT:
        kept.clear()
    found = []
    sources = None  # what the evidence may quote (``_sources``), once needed
    weighed = prepared._source_weights
    if len(weighed) > WEIGHTS_KEPT:
        weighed.clear()
    for position, (line, status) in enumerate(zip(prepared.essential_lines, line_statuses)):
        text = line.text or _said(
            words, (language, "line", line.criterion), _criterion_line, prepared, line.criterion
        )
        if line.criterion == UNREAD:
            evidence = _said(words, (language, UNREAD), _, _READ_THE_NOTICE)
        elif (
            line.criterion and status != MET and not (line.criterion == "experience" and status == TO_ASSESS)
        ):
            reasons = by_criterion[line.criterion]
            if line.language:
                reasons = tuple(
                    r for r in reasons if str(r.values.get("language", "")).casefold() == line.language
                )
            evidence = "; ".join([describe(reason, language) for reason in reasons])
        elif line.criterion and line.criterion != "experience":
            evidence = _criterion_evidence(prepared, candidate, line, words, language)
        elif line.criterion == "experience":
            have = _said(words, (language, "have", months), _have, months)
            sources = sources or _sources(prepared.terms, candidate)
            best = _best_source(line, sources, (weighed, position), words, language, experience_only=True)
            if status == MET:
                evidence = f"{have}; {best}" if best else have
            elif experience[2]:  # a condition a person must judge ("with 2 years leading a team")
                evidence = "; ".join([have, *(describe(reason, language) for reason in experience[2])])
            else:
                evidence = _said(words, (language, "no entry", months), _no_entry, have)
        elif status == MET:
            sources = sources or _sources(prepared.terms, candidate)
            evidence = _best_source(line, sources, (weighed, position), words, language) or ""
        elif not line.checkable:
            evidence = _said(words, (language, "interview"), _, _AT_INTERVIEW)
        else:
            evidence = _said(words, (language, "nothing"), _, _NOTHING)
        key = (text, status, evidence, line.checkable)
        essential = kept.get(key)
        if essential is None:
            essential = kept[key] = Essential(text, status, evidence, line.checkable)
        found.append(essential)
    return tuple(found)


WORDS_KEPT = 10_000
WEIGHTS_KEPT = 50_000
ESSENTIALS_KEPT = 50_000
# Fixed evidence, translated when said (kept per language by _said).
_READ_THE_NOTICE = gettext_noop("A person must read the notice's requirements")
_AT_INTERVIEW = gettext_noop("Assessed at interview or test: a profile cannot show it")
_NOTHING = gettext_noop("Nothing in the profile speaks to it")
_STAFF_COLLEGE = gettext_noop("Military staff college")
_SUMMARY = gettext_noop("Summary")


def _said(words: dict, key: tuple, make, *args) -> str:
    """``make(*args)``, kept in ``words`` by ``key`` (which names everything it depends on)."""
    text = words.get(key)
    if text is None:
        text = words[key] = make(*args)
    return text


def _have(months: int) -> str:
    return _("%(duration)s of experience") % {"duration": duration(months)}


def _no_entry(have: str) -> str:
    return _("%(have)s; no entry speaks to what it must be in") % {"have": have}


def _criterion_line(prepared: PreparedVacancy, criterion: str | None) -> str:
    requirements = prepared.requirements
    if criterion == UNREAD:
        if not requirements.requirements_read:
            return _("The notice's essential requirements: only part of them could be read from it")
        return _("The notice's essential requirements: none could be read from it")
    if criterion == "nationality":
        if requirements.nationalities:
            return _("Nationality: a national of %(nations)s") % {
                "nations": ", ".join(requirements.nationalities)
            }
        return _("Nationality: a national of a NATO member nation")
    if criterion == "experience":
        return _("At least %(duration)s of experience") % {"duration": duration(prepared.required_months)}
    if criterion == "degree":
        return _("Education: %(required)s") % {"required": _(REQUIREMENT_LABELS[requirements.degree.level])}
    wanted = [f"{name} {ROMAN_LEVELS[level - 1]}" for name, _key, level in prepared.other_languages]
    wanted += [f"{name} SLP {slp}" for name, _key, slp in prepared.stanag]
    if requirements.languages.rule == "one_high_other_low":
        wanted.insert(
            0,
            _("%(high)s in one of %(first)s and %(second)s, %(low)s in the other")
            % {"high": ROMAN_LEVELS[prepared.high - 1], "low": ROMAN_LEVELS[prepared.low - 1],
               "first": prepared.pair[0], "second": prepared.pair[1]},
        )  # fmt: skip
    return _("Languages: %(levels)s") % {"levels": ", ".join(wanted)}


def _criterion_evidence(
    prepared: PreparedVacancy,
    candidate: PreparedProfile,
    line: EssentialLine,
    words: dict,
    language: str | None,
) -> str:
    profile = candidate.profile
    if line.criterion == "degree":
        highest = candidate.highest
        if highest is None:
            return (
                _said(words, (language, "staff college"), _, _STAFF_COLLEGE)
                if candidate.staff_college
                else ""
            )
        degree = _said(words, (language, "degree", highest.level, highest.field), _degree, highest)
        return f"{degree}, {highest.institution}" if highest.institution else degree
    if line.criterion == "nationality":
        return _said(words, (language, "nationality", profile.nationality), _nationality, profile.nationality)
    stated = []
    for skill in profile.languages:
        if line.language and skill.language.casefold() != line.language:
            continue
        if skill.language.casefold() in prepared.language_keys:
            level = ROMAN_LEVELS[skill.level - 1] if 1 <= skill.level <= 6 else str(skill.level)
            stated.append(f"{skill.language} {level}" + (f" (SLP {skill.stanag})" if skill.stanag else ""))
    return ", ".join(stated)


def _degree(highest) -> str:
    return str(education_label((highest.level, highest.field)))  # worded now (a lazy text would be kept)


def _nationality(nationality: str) -> str:
    return _("Nationality: %(nationality)s") % {"nationality": nationality}


def _sources(index: TermIndex, candidate: PreparedProfile) -> list[tuple[str, Any, int]]:
    """What ``_best_source`` may quote: (a kind, its value, the mask of the vacancy's terms its words match),
    the experience entries first (kind "", the entry itself: quoted by ``_best_source``), then the skills, the
    fields of study and the summary. Worked out once per candidate for all its lines."""
    profile = candidate.profile
    mask_of_text = index.mask_of_text
    sources: list[tuple[str, Any, int]] = [
        ("", x, mask_of_text(x.title, x.organisation, x.description)) for x in profile.experience
    ]
    sources += [("skill", s, mask_of_text(s)) for s in candidate.skills_held]
    sources += [("studies", f, mask_of_text(f)) for f in candidate.fields]
    if profile.summary:
        sources.append(("summary", "", index.mask_of(candidate.summary_terms)))  # read when prepared
    return sources


def _best_source(
    line: EssentialLine,
    sources: list[tuple[str, Any, int]],
    weighed: tuple[dict[tuple[int, int], float], int],
    words: dict,
    language: str | None,
    experience_only: bool = False,
) -> str:
    """The entry, skill, field of study or summary whose words cover most of the line's weight, quoted.

    ``weighed``: the vacancy's weights kept by (line, mask), and this line's position: many sources of a pool
    match the same terms of a line (a post, a skill held by many). ``words``: ``account``'s words kept, in
    ``language``.
    """
    if not line.weights:
        return ""
    kept, position = weighed
    best, best_weight = None, 0.0
    for source in sources:
        if experience_only and source[0]:
            break  # the entries come first
        mask = source[2]
        weight = kept.get((position, mask))
        if weight is None:
            weight = kept[position, mask] = sum(w for bit, w in line.weights if mask >> bit & 1)
        if weight > best_weight:
            best, best_weight = source, weight
    if best is None:
        return ""
    kind, value, _mask = best
    if kind == "skill":
        return _said(words, (language, "skill", value), _skill, value)
    if kind == "studies":
        return _said(words, (language, "studies", value), _studies, value)
    if kind == "summary":
        return _said(words, (language, "summary"), _, _SUMMARY)
    return ", ".join(part for part in (value.title, value.organisation) if part)


def _skill(skill: str) -> str:
    return _("Skill: %(skill)s") % {"skill": skill}


def _studies(field: str) -> str:
    return _("Studies: %(field)s") % {"field": field}
