"""Minimum years of professional experience: the largest overall figure among the essential items.

Figures "in the last 5 years" or of age are ignored; a range ("3-5 years") counts as its lower end;
months count as whole years rounded down ("6-month work experience" -> 0).

>>> min_years(["have at least 5 years' experience in the field", "at least two years' experience"])
5
"""

from __future__ import annotations

import re

from .degree import DEGREE_SUBSTITUTE, secondary_route_start

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "eighteen": 18, "twenty": 20, "a": 1, "an": 1,
    # French notices: "au moins cinq années d'expérience"
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "douze": 12,
    "quinze": 15, "une": 1, "un": 1, "six ans": 6, "onze": 11, "vingt": 20,
}  # fmt: skip
_NUMBER = r"\d{1,2}(?:[.,]5)?|" + "|".join(sorted((w for w in _WORDS if len(w) > 2), key=len, reverse=True))
_FIGURE = re.compile(
    rf"\b(?P<n>{_NUMBER})(?:\s*\((?:{_NUMBER})\))?\s*(?:\+|plus)?\s*(?:(?:-|to|or)\s*(?:{_NUMBER})\s*)?"
    rf"(?:\s+|-)?(?:full[- ]time\s+|full\s+|consecutive\s+|additional\s+)?(?P<unit>years?|yrs?|months?|ann[ée]es?|ans|mois)\b",
    re.IGNORECASE,
)
# "exper" alone: a scraped notice cut off mid-word ("at least 2 years' exper"); "exp." as an advert shortens it.
_EXPERIENCE = re.compile(
    r"\bexper|\bexp[ée]rience|\bexp\.|\bworked\b|\bworking\b|\bservice\b|\bemployment\b|\bpractice\b",
    re.IGNORECASE,
)
# A minimum of years in some work, without the word "experience": "At least five years in petroleum, oil and
# lubricants logistics", "minimum 3 years as a project manager"; years of age, of study or of a contract are none.
_YEARS_IN_WORK = re.compile(
    rf"\b(?:at\s+least|minimum(?:\s+of)?|a\s+minimum\s+of|min\.?|not\s+less\s+than|no\s+less\s+than)\s+"
    rf"(?:{_NUMBER})\s*(?:\(\S+\)\s*)?\+?\s*(?:full[- ]time\s+)?(?:years?|yrs?)\s+(?:in|of|as|on|at|within|working|leading|managing)\s+"
    r"(?!(?:\S+\s+){0,2}?(?:age|university|universities|stud(?:y|ies)|education|degree|school|schooling|college|"
    r"training|courses?|lieu)\b)",
    re.IGNORECASE,
)
# "4+ years building data pipelines": a figure with its plus (a minimum) and the work done, as a gerund.
_YEARS_PLUS_DOING = re.compile(
    rf"(?<![\w.])(?:{_NUMBER})\s*\+\s*(?:years?|yrs?)\s+(?:in|as|on|at|within|[a-z]{{3,}}ing)\s+"
    r"(?!(?:\S+\s+){0,2}?(?:age|university|universities|stud(?:y|ies)|education|degree|school|schooling|college|"
    r"training|courses?|lieu)\b)",
    re.IGNORECASE,
)
_MINIMUM = re.compile(
    r"\b(?:minimum(?:\s+of)?|at\s+least|min\.?|au\s+moins|au\s+minimum)\s+\S+\s+(?:\(\S+\)\s+)?"
    r"(?:years?|ann[ée]es?|ans)\b",
    re.IGNORECASE,
)
_NOT_EXPERIENCE_BEFORE = re.compile(
    # "not less than six years" is a minimum; "older than", "more than 10 years ago" are not experience.
    r"(?:last|past|previous|recent|within|over the|under|aged?|(?<!less )than|au cours des|pendant les|[âa]g[ée]e?s? de"
    r"|moins de|depuis)\s*$",
    re.I,
)
_NOT_EXPERIENCE_AFTER = re.compile(
    r"^\W*(?:of age|old|ago|contract|renewable|derni[èe]res?|renouvelable|de contrat)", re.IGNORECASE
)


def _value(token: str) -> float:
    token = token.casefold().replace(",", ".")
    return float(_WORDS[token]) if token in _WORDS else float(token)


def years_in(text: str) -> int | None:
    """The largest experience figure in one requirement, in whole years; None when it states none. A
    figure that stands in for the degree ("or 2 additional years of experience in lieu of a degree") is
    none: it belongs to the degree's alternatives.

    >>> years_in("A degree in IT, or an additional 2 years of relevant experience in lieu of a degree")
    """
    if (
        not _EXPERIENCE.search(text)
        and not _YEARS_IN_WORK.search(text)
        and not _YEARS_PLUS_DOING.search(text)
    ):
        return None
    best: int | None = None
    for match in _experience_figures(text):
        value = _value(match.group("n"))
        years = (
            int(value // 12) if match.group("unit").casefold().startswith(("month", "mois")) else int(value)
        )
        best = years if best is None else max(best, years)
    return best


def min_years(essential: list[str]) -> int | None:
    """The largest overall figure among the essential items; None when none is stated."""
    figures = [y for y in (years_in(item) for item in essential) if y is not None]
    return max(figures) if figures else None


def experience_source(essential: list[str]) -> str | None:
    figures = [(y, item) for item in essential if (y := years_in(item)) is not None]
    return max(figures, key=lambda f: f[0])[1] if figures else None


def stated_minimum(lines: list[str]) -> list[str]:
    """Sentences outside any requirement list that state a minimum ("If you have minimum 6 years of
    experience in HR ..."): the evidence left when a page lost its requirements."""
    return [line for line in lines if _MINIMUM.search(line) and years_in(line) is not None]


# A figure without its unit, after the main one: "including 3 in an operational headquarters", "at least
# two of which were gained in a government organisation".
_BARE_FIGURE = re.compile(
    rf"\b(?:including|of which|out of which|whereof|with|dont)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+"
    rf"|au\s+moins\s+)?(?P<n>{_NUMBER})(?=\s+(?:in|at|as|on|within|leading|managing|spent|dans|en|au|aux|comme|"
    rf"à|a|sur|au\s+sein)\b)"
    rf"|(?<![\w-])(?P<m>{_NUMBER})\s+(?:of\s+which|of\s+them|of\s+those(?:\s+years)?)\s+(?:(?:were|was|must|should|have|has|been|be)\s+)*"
    rf"(?=(?:gained|spent|acquired|obtained|served|in|at|on|within)\b)",
    re.IGNORECASE,
)
# What joins one figure's context to the next figure: dropped from the end of the context.
_JOINER = re.compile(
    r"[\s,;(]*(?:\b(?:including|of which|out of which|whereof|with|and|plus|or|dont|et|ou|y\s+compris)\s+)?"
    r"(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|min\.?|over|more\s+than|(?:not|no)\s+less\s+than|au\s+moins"
    r"|plus\s+de)?\s*$",
    re.IGNORECASE,
)
# The words between a figure and its context: "years' relevant professional experience in".
_LEAD = re.compile(
    r"^\W*(?:s\b)?\W*(?:of\s+)?(?:(?:relevant|professional|proven|progressive(?:ly)?|responsible|practical|"
    r"demonstrable|hands-on|recent|substantial|significant|working|work|post-qualification|full-time)[\s,]+)*"
    r"(?:experience\b|exper\w*)?\s*(?:(?:(?:gained|spent|acquired|obtained)\s+)?(?:in|at|as|on|within|of|with|dans|en|comme|au\s+sein\s+d[e'u]\s*)\s+)?"
    r"(?:the\s+(?:field|area|domain)s?\s+(?:of\s+)?)?"
    r"(?:(?:le|les|un|une)\s+(?:domaines?|secteurs?)\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l'|d'|de\s+))?"
    # French: "années d'expérience professionnelle pertinente dans le domaine des ..."
    r"(?:(?:d'|de\s+)(?:exp[ée]rience|pratique)\s+(?:(?:professionnelle|pertinente|confirm[ée]e|r[ée]elle|"
    r"significative|pratique|av[ée]r[ée]e|utile)(?:[\s,]+|$)(?:et\s+)?)*(?:(?:acquise\s+)?(?:dans|en|au\s+sein\s+d[e'u]\s*"
    r"|au|aux|comme|à|sur)\s+)?"
    # "le domaine des finances" -> "finances"; "le domaine juridique" stays whole (an adjective names the field)
    r"(?:(?:le|les|un|une)\s+(?:domaines?|secteurs?)\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l'|d'|de\s+))?)?",
    re.IGNORECASE,
)
_CONTEXT_BEFORE = re.compile(
    r"\b(?:experience\s+(?:in|of|as|with|within|at)|exp[ée]rience\s+(?:dans|en|de|comme|au\s+sein\s+d[e'u]))"
    r"\s+(?P<c>[^(;]+?)\s*(?:[(,:]|\bof\s+at\s+least\b|\bfor\b|\bd'au\s+moins\b|\bpendant\b|$)",
    re.IGNORECASE,
)


def experience_conditions(essential: list[str]) -> tuple[tuple[float, str, str], ...]:
    """Every experience figure in the essential items with what it must be in and where it was gained
    ("" when unstated), the main one included.

    >>> experience_conditions(["At least 6 years' experience in financial management, including 3 in an "
    ...                        "operational headquarters"])
    ((6, 'financial management', ''), (3, 'an operational headquarters', ''))
    >>> experience_conditions(["3 years of post-graduate research experience in underwater acoustics"])
    ((3, 'underwater acoustics', ''),)
    """
    found: list[tuple[float, str, str]] = []
    for item in essential:
        if years_in(item) is None:
            continue
        # A figure that stands in for the degree is no condition, but still ends the context before it.
        every = [m for m in _FIGURE.finditer(item) if _is_experience_figure(item, m)]
        figures = [m for m in every if not _substitutes_degree(item, m, every)]
        figures += [
            m
            for m in _BARE_FIGURE.finditer(item)
            if not any(_overlaps(m, f) for f in every) and not _substitutes_degree(item, m, figures)
        ]
        figures.sort(key=lambda m: m.start())
        starts = sorted({m.start() for m in every + figures})
        for match in figures:
            end = next((start for start in starts if start > match.start()), len(item))
            context, where = _context(item[match.end() : end])
            if not context and match is figures[0]:
                before = _CONTEXT_BEFORE.search(item[: match.start()])
                context = _tidy(before.group("c")) if before else ""
            if match is not figures[0] and not where:
                context, where = _nested_place(context)
            found.append((_years(match), context, where))
    return tuple(found)


# What names a place of work, not a kind of work: "a multinational or joint headquarters", "an air
# operations centre", "a government, military or international organisation".
_PLACE = (
    r"(?:headquarters|HQs?|organi[sz]ations?|administrations?|departments?|ministr(?:y|ies)|agenc(?:y|ies)"
    r"|governments?|commands?|cent(?:re|er)s?|countr(?:y|ies)|institutions?|embass(?:y|ies)|missions?)"
)
_AT_PLACE = re.compile(
    rf"\s+(?:in|at|within)\s+(?P<where>(?:an?|the)\s+[^;]{{0,60}}?\b{_PLACE}\b[^;]{{0,40}})$", re.I
)


def _nested_place(context: str) -> tuple[str, str]:
    """(context, where) of a figure nested in the main one: "incident handling at a security operations
    centre" is a kind of work and where it was done. A place alone ("of which two in a joint headquarters")
    stays the context: the matching engine reads a context of places as where.

    >>> _nested_place("ISR tasking at an air operations centre or an air component headquarters")
    ('ISR tasking', 'an air operations centre or an air component headquarters')
    >>> _nested_place("lessons learned or the evaluation of exercises")
    ('lessons learned or the evaluation of exercises', '')
    """
    at = _AT_PLACE.search(context)
    if at and at.start() > 0:
        return _tidy(context[: at.start()]), _tidy(at.group("where"))
    return context, ""


def _is_experience_figure(text: str, match: re.Match[str]) -> bool:
    return not (
        _NOT_EXPERIENCE_BEFORE.search(text[max(0, match.start() - 14) : match.start()])
        or _NOT_EXPERIENCE_AFTER.match(text[match.end() :])
    )


def _experience_figures(text: str) -> list[re.Match[str]]:
    """The figures of experience in one requirement, without those that stand in for the degree."""
    figures = [m for m in _FIGURE.finditer(text) if _is_experience_figure(text, m)]
    return [m for m in figures if not _substitutes_degree(text, m, figures)]


# Between "in the absence of a degree" and its figure: a comma, "need", "must have at least" ...
_SUBSTITUTE_LEAD = re.compile(r"^[^;.()]{0,45}$")


def _substitutes_degree(text: str, match: re.Match[str], figures: list[re.Match[str]]) -> bool:
    """Whether the figure stands in for the degree: the substitute's words in its own clause, after it
    (up to the next figure) or just before it ("in the absence of a degree, 8 years' experience")."""
    route = secondary_route_start(text)
    if route is not None and match.start() > route:
        return True  # "..., or Higher Secondary education ... with 4 years post related experience"
    following = [f.start() for f in figures if f.start() > match.start()]
    end = min([*following, len(text)])
    after = re.split(r"[;)]|\.(?:\s|$)", text[match.end() : end], maxsplit=1)[0]
    if DEGREE_SUBSTITUTE.search(after):
        return True
    clause_start = max(text.rfind(mark, 0, match.start()) for mark in (";", ". ", "("))
    if any(clause_start < f.start() < match.start() for f in figures):
        return False  # the words before belong to an earlier figure ("4 years instead of a degree, plus 3")
    before = text[clause_start + 1 : match.start()]
    phrases = list(DEGREE_SUBSTITUTE.finditer(before))
    lead = before[phrases[-1].end() :] if phrases else ""
    return bool(phrases and _SUBSTITUTE_LEAD.match(lead) and " and " not in lead)


def _number(match: re.Match[str]) -> str:
    return match.group("n") or match.group("m")


def _overlaps(a: re.Match[str], b: re.Match[str]) -> bool:
    group = "n" if a.group("n") else "m"
    return a.start(group) < b.end() and b.start() < a.end(group)


def _years(match: re.Match[str]) -> float:
    value = _value(_number(match))
    unit = match.groupdict().get("unit") or "years"
    years = value / 12 if unit.casefold().startswith(("month", "mois")) else value
    return int(years) if float(years).is_integer() else round(years, 2)


# Where the context ends: a preference (not essential), a further requirement without a figure
# ("including experience and a good understanding of ..."), or when ("in the last 5 years").
_CONTEXT_END = re.compile(
    r",?\s*\b(?:preferabl[ye]|ideally|desirabl[ye]|de\s+pr[ée]f[ée]rence|id[ée]alement)\b.*$"
    r"|,\s*(?:including|in particular|notably|as well as|such as|e\.g\.|for example|y compris|notamment"
    r"|en particulier|ainsi que|tels? que|par exemple)\b.*$"
    r"|(?:^|\s+)et\s+(?:une?\s+)?(?:bonne|solide|parfaite|excellente|vaste|large)\s+"
    r"(?:connaissance|compr[ée]hension|ma[îi]trise)\b.*$"
    r"|[\s,]*\bau\s+cours\s+des\b.*$"
    r"|(?:^|\s+)and\s+(?:a\s+)?(?:good|sound|solid|thorough|broad|in-depth|proven|excellent)\s+"
    r"(?:knowledge|understanding|command|awareness)\b.*$"
    r"|[\s,]*\b(?:with)?in\s+the\s+(?:last|past|previous)\b.*$",
    re.IGNORECASE,
)
# Where the experience was gained, kept apart from what it is in: "financial management, gained in a
# government department", "defence affairs from an International Organisation or a national administration".
_WHERE = re.compile(
    r",?\s*\b(?:(?:gained|acquired|obtained)\s+(?:in|at|with|within|from)|(?:from|within)\s+(?=(?:an?|the)\s+"
    r"[\w\s-]{0,40}?(?:organi[sz]ation|administration|department|ministry|headquarters|agency|body|"
    r"government|service))"
    # French: "..., acquise dans une organisation internationale", "au sein d'une administration nationale"
    r"|(?:acquise?s?|obtenue?s?)\s+(?:dans|au\s+sein\s+d[e'u]|auprès\s+d[e'u]|en)\s*"
    r"|au\s+sein\s+d['e]\s*(?=(?:une?\s+)?[\w\s-]{0,40}?(?:organisation|administration|minist|quartier|agence|"
    r"service|gouvernement)))\s*(?P<where>.+)$",
    re.IGNORECASE,
)


def _context(text: str) -> tuple[str, str]:
    """(what the experience is in, where it was gained) for the words after one figure."""
    # Up to the clause's end; then the joiner to the next figure and the lead-in words go.
    text = text.replace("’", "'")  # French elisions written with a typographic apostrophe ("d’expérience")
    text = re.split(
        r";|\.(?:\s|$)|,?\s+or\s+(?:an?\s+)?(?:higher\s+)?secondary\b"
        # "... in a NATO headquarters, and including the leadership of a team": a further requirement with
        # no figure of its own, not part of where the two years were spent.
        rf"|,\s+(?:and\s+)?(?:including|as\s+well\s+as)\s+(?!(?:at\s+least\s+)?(?:{_NUMBER})\b)",
        text,
        maxsplit=1,
        flags=re.I,
    )[0]
    text = _JOINER.sub("", text)
    text = _CONTEXT_END.sub("", _LEAD.sub("", _CONTEXT_END.sub("", text), count=1))
    # "post-graduate research experience in underwater acoustics": what the experience is in.
    inner = re.match(
        r"^[\w\s'-]{0,40}?\b(?:experience\s+(?:in|of|as|with)|exp[ée]rience\s+(?:dans|en|de|comme))\s+(?=\S)",
        text,
        re.I,
    )
    text = text[inner.end() :] if inner else text
    where = _WHERE.search(text)
    if where and where.start() > 0:
        return _tidy(text[: where.start()]), _tidy(where.group("where"))
    return _tidy(text), ""


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" ,:-")
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].strip(" ,:-")
    return text


# A sentence that plainly asks for a number of years or months of experience: "7+ years' experience in
# logistics planning", "at least five years of relevant professional experience", "experience of at least
# 36 months", "cinq ans d'expérience".
_ASKS_YEARS = re.compile(
    rf"\b(?:{_NUMBER})\s*\+?\s*(?:years?|yrs|months?|ann[ée]es?|ans|mois)\b\W{{0,3}}(?:[\w-]+\W+){{0,5}}?"
    rf"(?:experience\b|exp[ée]rience\b|exp\.)"
    rf"|\b(?:experience|exp[ée]rience)\b.{{0,60}}?\b(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|au\s+moins)"
    rf"\s+(?:{_NUMBER})\s*(?:years?|months?|ann[ée]es?|ans|mois)\b",
    re.IGNORECASE,
)
# What only wishes for the years: "... would be an advantage", "preferably 3 years' experience".
_WISH = re.compile(
    r"\b(?:advantage\w*|assets?|desirable|preferabl[ey]|preferred|ideally|a plus|bonus|beneficial|welcome"
    r"|atouts?|avantage\w*|souhait\w*|de pr[ée]f[ée]rence)\b",
    re.IGNORECASE,
)


# What makes a figure a demand: a minimum, the reader or the candidate addressed, a list item opening on it.
_DEMAND = re.compile(
    r"^\W*(?:\d{1,2}|[a-z]+)\s*\+?\s*(?:years?|yrs|months?|ann[ée]es?|ans|mois)\b"
    r"|\b(?:at\s+least|a\s+minimum|minimum|min\.|no\s+less\s+than|not\s+less\s+than|or\s+more|au\s+moins"
    r"|ou\s+plus|must|required|requires?|should|needs?|you|your|candidates?|applicants?|incumbent|post\s*holder"
    r"|titulaire|doi(?:t|vent)|requis\w*|exig\w*)\b|\d\s*\+",
    re.IGNORECASE,
)


def asks_years(text: str) -> bool:
    """Whether a sentence plainly asks for a number of years or months of experience (not as a wish).

    >>> asks_years("7+ years' experience in logistics planning"), asks_years("3 years' experience is an asset")
    (True, False)
    >>> asks_years("The contract is for 3 years"), asks_years("Experience of at least 36 months in a registry")
    (False, True)
    """
    return (
        bool(_ASKS_YEARS.search(text) and _DEMAND.search(text))
        and not _WISH.search(text)
        and years_in(text) is not None
    )
