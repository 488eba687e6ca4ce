"""``parse_notice``: the raw text of a notice in, a ``ParsedNotice`` out (the fields are read in ``header``,
``degree``, ``experience``, ``languages`` and ``competencies``; this module lays them out and checks that
the text is a notice at all)."""

from __future__ import annotations

import re
from dataclasses import replace

from reference.bodies import is_parent_body
from reference.data import DEFAULT_REFERENCE, ReferenceData

from .cleaning import Line, clean_lines, render
from .competencies import bracketed_competencies, competencies_in_sentence, parse_competencies
from .degree import education_source, parse_degree
from .duties import find_duties
from .english_french import notice_language
from .experience import asks_years, experience_conditions, experience_source, min_years, stated_minimum
from .header import (
    JOB_NOUN,
    day_month_ambiguous,
    find_clearance,
    find_contract,
    find_deadline,
    find_grade,
    find_location,
    find_nationalities,
    find_nationality,
    find_organisation,
    find_reference,
    find_title,
    place_in,
    plausible_body,
    states_restriction,
)
from .header.found import LABEL
from .languages import parse_languages
from .result import Competency, Degree, ExperienceCondition, NotANoticeError, ParsedNotice
from .sections import Item, Layout, heading_kind, layout, opener_kind, running_text

NOT_A_NOTICE = "This text does not look like a vacancy notice: no requirements, title or duties were found."
EMPTY = "This text is empty: there is no vacancy notice to read."
# Signals a vacancy notice gives; below MIN_SIGNALS the text is refused (see _notice_score).
MIN_SIGNALS = 3
_VOCABULARY = re.compile(
    r"\b(incumbent|vacanc(?:y|ies)|applicants?|candidates?|apply|recruitment|post ?holder|position|duties|"
    r"responsibilities|accountabilities|requirements|qualifications|contract|salary|job|deadline|closing date|"
    r"essential|desirable|competencies|grade)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\bI\s+(?:am|have|was|worked|led|managed|developed|speak|hold)\b|\bmy\s+(?:role|team)\b"
)
_CV_MARKERS = re.compile(
    r"curriculum vitae|\bdate of birth\b|personal (?:details|information)|\breferences\b", re.I
)
_TRAILING = re.compile(r"(?:\s*[;.,:]|\s+(?:and|or))+$", re.IGNORECASE)
_STANAG_OR_RULE = re.compile(r"\bSTANAG\b|\bSLP\b|\bin the other\b|official languages", re.IGNORECASE)


def clean_item(text: str) -> str:
    """A requirement as a clean sentence: no bullet, no trailing ";"/"."/" and".

    >>> clean_item("have in-depth knowledge of defence policy issues; ")
    'have in-depth knowledge of defence policy issues'
    """
    return _TRAILING.sub("", " ".join(text.split())).strip()


def _items(items: tuple[Item, ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    texts, sources = [], {}
    for item in items:
        text = clean_item(item.text)
        if text and text not in sources:
            texts.append(text)
            sources[text] = item.source
    return tuple(texts), sources


def parse_notice(text: str, reference: ReferenceData = DEFAULT_REFERENCE) -> ParsedNotice:
    """Parse the raw text of a vacancy notice; raises ``NotANoticeError`` for anything else."""
    if not text or not text.strip():
        raise NotANoticeError(EMPTY)
    page = layout(clean_lines(text))
    lines = [line.text for line in page.lines if line.text]
    essential, essential_sources = _items(page.essential)
    desirable, desirable_sources = _items(page.desirable)
    item_sources = {**desirable_sources, **essential_sources}
    sources: dict[str, str] = {}

    def note(field: str, source: str | None) -> None:
        if source:
            sources[field] = item_sources.get(source, source)

    language = notice_language(render(list(page.lines)))
    title, source = find_title(lines)
    note("title", source)
    organisation, source = find_organisation(
        _intro(page), lines, _header_lines(page)[:8], sources.get("title"), language
    )
    note("organisation", source)
    place, source = find_location(lines, sources.get("title"))
    location = place_in(place, source, language)  # "Bruxelles, Belgique" in a French notice
    note("location", source)
    grade, source = find_grade(lines, sources.get("title"))
    note("grade", source)
    deadline, source = find_deadline(lines)
    note("deadline", source)
    contract, source = find_contract(page.texts("contract"), lines)
    note("contract", source)
    nationality_restricted, source = find_nationality(lines)
    note("nationality_restricted", source)
    nationalities, source = find_nationalities(lines)
    if nationalities:
        note("nationalities", source)
    clearance, source = find_clearance(lines)
    note("clearance", source)

    # Without an explicit requirements list, the qualifications section is the next best evidence.
    requirement_text = list(essential) or page.texts("qualifications")
    degree = parse_degree(requirement_text)
    note("degree", education_source(requirement_text))
    if degree.level == "none" and page.texts("education"):
        # A job board's own "Education"/"Formation" section, when the requirements name no degree.
        degree = parse_degree(page.texts("education"))
        note("degree", education_source(page.texts("education")))
    years_from_intro = not requirement_text
    years_text = requirement_text or stated_minimum(_intro(page))
    years = min_years(years_text)
    note("min_years_experience", experience_source(years_text))
    conditions = tuple(ExperienceCondition(*found) for found in experience_conditions(years_text))
    languages = parse_languages(_language_sentences(page, requirement_text), reference)
    if languages.raw:
        note("languages", languages.raw[0])
    competencies = _competencies(page, reference)
    if competencies:
        note(
            "competencies",
            next((t for t in page.texts("competencies") if competencies[0].level_text in t), None),
        )
    accountabilities = find_duties(page, title)

    notice = ParsedNotice(
        title=title,
        organisation=organisation,
        location=location,
        grade=grade,
        deadline=deadline,
        contract=contract,
        nationality_restricted=nationality_restricted or bool(nationalities),
        nationalities=nationalities,
        clearance=clearance,
        degree=degree,
        min_years_experience=years,
        experience_conditions=conditions,
        languages=languages,
        competencies=competencies,
        essential=essential,
        desirable=desirable,
        accountabilities=accountabilities,
        cleaned_text=render(list(page.lines)),
        sources=sources,
        language=language,
        place=place,
        reference=find_reference(lines)[0],
    )
    if _notice_score(notice, lines, set(page.kinds)) < MIN_SIGNALS:
        raise NotANoticeError(NOT_A_NOTICE)
    unsure = _unsure(notice, page, years_from_intro=years_from_intro)
    return _with_missing(replace(notice, unsure=unsure))


_ROMAN_LEVEL = re.compile(r"\b(?:I{1,3}|IV|VI?)\b|\bSLP\b|\bSTANAG\b|\b[1-5][+]?(?:[/-]?[1-5][+]?){3}\b")


def _from_sentence(value: str | None, source: str | None) -> bool:
    """A value taken out of a sentence or a longer line, not from a field of its own."""
    if not value or not source or LABEL.match(source):
        return False
    return len(source.split()) > max(12, len(value.split()) + 8)


def _unsure(notice: ParsedNotice, page: Layout, *, years_from_intro: bool) -> dict[str, str]:
    """Field -> why its value may be wrong (``result.UNSURE_REASONS``); fields read from their own label,
    heading or list are not named."""
    sources = notice.sources
    unsure: dict[str, str] = {}
    if notice.title:
        if _from_sentence(notice.title, sources.get("title")):
            unsure["title"] = "cut_from_text"
        elif not JOB_NOUN.search(notice.title) and not LABEL.match(sources.get("title") or ""):
            unsure["title"] = "no_job_word"
    for name in ("organisation", "location"):
        if _from_sentence(getattr(notice, name), sources.get(name)):
            unsure[name] = "cut_from_text"
    if notice.organisation and is_parent_body(notice.organisation):
        unsure["organisation"] = "parent_body"
    elif notice.organisation and "organisation" not in unsure and not plausible_body(notice.organisation):
        unsure["organisation"] = "not_a_body"
    source = sources.get("nationality_restricted")
    if (
        notice.nationality_restricted
        and not notice.nationalities
        and source
        and not states_restriction(source)
    ):
        unsure["nationality_restricted"] = "implied_by_body"
    if notice.deadline and day_month_ambiguous(sources.get("deadline") or ""):
        unsure["deadline"] = "day_month_order"
    if notice.min_years_experience is not None and years_from_intro:
        unsure["min_years_experience"] = "outside_requirements"
    if notice.min_years_experience is None and _years_asked(page):
        # The text asks for years of experience that no requirement read holds (a list the reader could not
        # delimit, a heading it did not know): never a silent "no experience required".
        unsure["min_years_experience"] = "years_not_read"
    if notice.degree.level != "none" and not notice.essential:
        unsure["degree"] = "outside_requirements"
    if page.lists_inferred:
        unsure["essential"] = "no_list_heading"
    if not notice.essential:
        # Never a silent "no requirements": every applicant would meet the essentials.
        unsure["essential"] = "none_found"
    if page.essential_undelimited:
        # The items may be under the wrong list: no one may be called eligible on it (the stronger word).
        unsure["essential"] = "not_delimited"
    if any(c.rung is None for c in notice.competencies):
        unsure["competencies"] = "not_on_ladder"
    if notice.languages.rule != "none" and not _ROMAN_LEVEL.search(" ".join(notice.languages.raw)):
        unsure["languages"] = "levels_from_words"
    return unsure


# Parts of a notice whose figures are no requirement of the candidate: wishes, duties, the contract, applying.
_NOT_ASKED = frozenset({"desirable", "accountabilities", "contract", "recruitment", "interrelationships"})


def _years_asked(page: Layout) -> str | None:
    """The first line outside the wishes, duties and contract that asks for years of experience."""
    return next(
        (
            line.text
            for line, kind in zip(page.lines, page.kinds)
            if line.text and kind not in _NOT_ASKED and asks_years(line.text)
        ),
        None,
    )


def _intro(page: Layout) -> list[str]:
    """The lines before the requirements and duties: where a notice names its division."""
    intro = []
    for line, kind in zip(page.lines, page.kinds):
        if kind not in ("header", "summary", "other"):
            break
        if line.text:
            intro.append(line.text)
    return intro


def _header_lines(page: Layout) -> list[str]:
    """The header, and the lines in capitals right after it ("NATO UNCLASSIFIED", "SUPREME HEADQUARTERS
    ALLIED POWERS EUROPE" at the top of a PDF look like headings but name the body)."""
    found = []
    for line, kind in zip(page.lines, page.kinds):
        if kind not in ("header", "other"):
            break
        if line.text and (kind == "header" or line.text.isupper()):
            found.append(line.text)
    return found


def _language_sentences(page: Layout, requirement_text: list[str]) -> list[str]:
    sentences = list(requirement_text)
    for line, kind in zip(page.lines, page.kinds):
        if not line.text or kind in ("desirable", "essential") or line.text in sentences:
            continue
        if kind in ("languages", "header") or _STANAG_OR_RULE.search(line.text):
            sentences.append(line.text)
    return sentences


def _competencies(page: Layout, reference: ReferenceData) -> tuple[Competency, ...]:
    # Headings and "The incumbent must demonstrate:" are no part of any competency's text.
    # Nor is a field the page printed under them ("SECURITY CLEARANCE: NATO CONFIDENTIAL").
    block = [
        text
        for text in page.texts("competencies")
        if not heading_kind_text(text)
        and (opener_kind(text) or ("", "x"))[1]
        and heading_kind_text(text.split(":")[0]) in (None, "other", "competencies")
    ]
    found = parse_competencies(block, reference)
    if found:
        return found
    # No competencies block: a sentence listing them ("... the following competencies: Achievement, setting
    # challenging goals; ..."), else only known names opening a line count ("Teamwork: Co-operates").
    for line, kind in zip(page.lines, page.kinds):
        if line.text and kind != "header" and (in_sentence := competencies_in_sentence(line.text, reference)):
            return in_sentence
    # "We expect you to show Analytical Thinking (makes complex plans or analyses), Initiative (...)": a
    # paragraph naming them with their levels in brackets.
    for paragraph, _ in running_text(list(page.lines)):
        if in_brackets := bracketed_competencies(paragraph, reference):
            return in_brackets
    # Blank lines kept: a paragraph break ends the last behaviour ("Teamwork: Solicits inputs" / "" / "THE
    # SMALL PRINT" is no part of it).
    others = [
        line.text
        for line, kind in zip(page.lines, page.kinds)
        if kind not in ("essential", "desirable", "header")
    ]
    return tuple(c for c in parse_competencies(others, reference) if c.rung is not None)


def heading_kind_text(text: str) -> str | None:
    return heading_kind(Line(text))


# Field names of the recruitment platforms' pages ("Expiry Date", "NATO Body", "Requisition #").
_NOTICE_FIELD = re.compile(
    r"^(?:contract type|expiry date|application deadline|closing date|nato body|primary location|"
    r"vacancy number|post number|job title|staff vacancy|salary \(pay basis\)|\d+ requisition #)\b",
    re.IGNORECASE,
)
# Section kinds only a vacancy notice has (a CV has "experience" and "languages" too).
_NOTICE_SECTIONS = frozenset(
    {"summary", "qualifications", "essential", "desirable", "accountabilities", "competencies",
     "interrelationships", "contract", "recruitment"}
)  # fmt: skip


def _notice_score(notice: ParsedNotice, lines: list[str], kinds: set[str] = frozenset()) -> int:
    """How many signs of a vacancy notice the text gives (requirements, duties, rules, vocabulary).

    At least two come from the structure (requirement lists, competencies, degree, years, languages,
    deadline/grade/nationality/clearance): vocabulary alone ("vacancy", "apply") does not make a notice.
    A CV's first-person sentences or personal-details headings count against it.
    """
    score = 0
    score += 2 if notice.essential else 0
    score += 1 if notice.desirable else 0
    score += 2 if any(c.rung is not None for c in notice.competencies) else 0
    score += 1 if notice.accountabilities and notice.essential else 0
    score += 1 if notice.languages.found else 0
    score += 1 if notice.degree.level != "none" else 0
    score += 1 if notice.min_years_experience is not None else 0
    # A scraped page cut off before its requirements still shows a NATO grade, a deadline, a clearance.
    header = (notice.deadline, notice.grade, notice.nationality_restricted, notice.clearance)
    score += min(2, sum(1 for found in header if found))
    score += 1 if kinds & _NOTICE_SECTIONS else 0
    score += 1 if notice.title and JOB_NOUN.search(notice.title) else 0
    score += 1 if any(_NOTICE_FIELD.match(line) for line in lines[:40]) else 0
    score += 1 if "accountabilities" in kinds and notice.accountabilities and not notice.essential else 0
    structural = score
    if structural < 2:
        return 0
    text = notice.cleaned_text
    vocabulary = {m.group(1).casefold() for m in _VOCABULARY.finditer(text)}
    score += 2 if len(vocabulary) >= 4 else 1 if len(vocabulary) >= 2 else 0
    if len(_FIRST_PERSON.findall(text)) >= 2 or _CV_MARKERS.search(text):
        score -= 3
    if not notice.title and not notice.essential:
        score -= 1
    return score


_FIELDS_SHOWN = (
    "title", "organisation", "location", "grade", "deadline", "contract", "nationality_restricted",
    "clearance", "degree", "min_years_experience", "languages", "competencies", "essential", "desirable",
    "accountabilities",
)  # fmt: skip


def _with_missing(notice: ParsedNotice) -> ParsedNotice:
    empty = {
        "degree": notice.degree == Degree(),
        "languages": not notice.languages.found,
    }
    missing = tuple(
        name for name in _FIELDS_SHOWN if empty.get(name, getattr(notice, name) in (None, False, (), ""))
    )
    return replace(notice, missing=missing)
