"""Organisation: the body or division that offers the post (the order is in the package docstring)."""

from __future__ import annotations

import re

from reference.bodies import BODY_ACRONYMS, body_name_in, body_named, is_parent_body

from .found import LABEL, Found
from .title import JOB_NOUN

_I = re.IGNORECASE

_ORG_LABEL = re.compile(
    r"^(?:organi[sz]ation|employer|company|hiring organi[sz]ation|headquarters|command|division|nato body|body|"
    r"agency|entity|organisme|employeur|entreprise|department)\s*:\s*(?P<v>.+)$",
    _I,
)
# A label alone on its line, its value on the next one (Taleo pages: "NATO Body" / "NATO International Staff").
_ORG_LABEL_ALONE = re.compile(r"^(?:nato body|organi[sz]ation|hiring organi[sz]ation|employer)\s*:?$", _I)
_CAP = r"(?:[A-Z][\w'-]*|and|of|for|&)"
_DIVISION = re.compile(
    # "Innovation, Hybrid and Cyber Division": a comma after the first word of a name that lists its parts.
    rf"\b(?P<name>[A-Z][\w'-]*(?:,(?=\s+[A-Z][\w'-]*\s+and\s))?(?:\s+{_CAP}){{0,6}}(?:\s*\([A-Z][A-Za-z&]{{1,8}}\))?\s+Division)\b"
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z&]{1,8})\))?"
)
_BODY = re.compile(
    rf"\b(?P<name>(?:NATO|Allied|Supreme|Joint|Headquarters)(?:\s+{_CAP}){{1,8}}"
    r"|International (?:Military )?Staff)\b(?:\s*\((?P<acr>[A-Z][A-Za-z &]{1,10})\))?"
)
_BODY_END = re.compile(
    r"\b(?:Agency|Staff|Command|Transformation|Operations|Europe|Organi[sz]ation|Headquarters|Centre|Center|"
    r"College|School|Office|Brunssum|Naples|Norfolk|Force|Alliance|Experimentation)$"
)
_BODY_FR = re.compile(
    r"^(?:L['’]\s*|Le\s+|La\s+)?(?P<name>(?:Agence|Commandement|Quartier g[ée]n[ée]ral|Coll[èe]ge|Centre|Bureau|"
    r"Secr[ée]tariat|[ÉE]tat-major)\s+(?:(?:de\s+l['’]|d['’])\s*)?(?:OTAN|alli[ée]|international|militaire\s+international)"
    r"[\w\s'’-]{0,60}?)\s*(?:\([^()]{2,20}\)|,|$)"
)
_LEADING = re.compile(
    r"^(?:(?:The|Within|In|At|For|Of|And|Our|As|Join|With|Both|La|Le|Les|Au sein de la)\s+)+"
)


def _name(match: re.Match[str]) -> str:
    name = _LEADING.sub("", match.group("name")).strip()
    name = re.sub(r"\s+(?:and|of|for|&)$", "", name)
    return f"{name} ({match.group('acr')})" if match.group("acr") else name


# A header line that names the body: "Centre for Maritime Research and Experimentation (CMRE), NATO STO".
_ORG_WORDS = re.compile(
    r"\b(?:Agency|Staff|Command|Transformation|Organi[sz]ation|Headquarters|Centre|Center|College|School|"
    r"Office|Division|Directorate|Brunssum|Naples|Norfolk|Experimentation|Institute|Authority"
    # French: "Agence OTAN d'information et de communication", "Direction ...", "Secrétariat international"
    r"|Agence|Direction|Secrétariat|Commandement|Quartier général|Collège|Bureau|État-major)\b"
)
# The International Staff's offices that are no division ("Executive Management; NATO Headquarters").
_IS_OFFICE = re.compile(
    r"\b(?:Executive Management|Office of (?:the )?(?:Secretary General|Financial Controller|Legal Affairs|Resources"
    r"|Security|Chief Information Officer)|NATO Office of Security|Private Office)\b"
)
_ACRONYM_FIRST = re.compile(r"^(?P<acr>[A-Z]{2,8})\s*[-:|·–]\s*(?P<name>.+)$")


# A call to action above the notice ("JOIN JFC NORFOLK", "Work with us at NSPA"): a slogan, not the body's name.
_SLOGAN = re.compile(r"^(?:join|work (?:with|at|for)|careers? (?:at|with)|rejoignez)\b", _I)


_AT_BODY = re.compile(r"^[A-Z][\w'&/ -]{2,60}?\s+at\s+(?=(?:the\s+)?[A-Z])")


def _header_organisation(header: list[str], title_line: str | None) -> str | None:
    for line in header[:8]:
        if line == title_line or LABEL.match(line) or len(line.split()) > 16 or _SLOGAN.match(line):
            continue
        first = line.split(",")[0].strip()
        # "Talent Acquisition Officer at NATO Support and Procurement Agency": a person's job at the body (the
        # author of a post sharing the vacancy), the body after "at".
        first = _AT_BODY.sub("", first)
        match = _ACRONYM_FIRST.match(first)
        if match and match.group("acr") in BODY_ACRONYMS:
            return match.group("acr")  # "NSPA - Multinational ... Partnership": a programme the agency hosts
        if match:
            # "NAPMA · NATO ... Management Agency": the name the acronym stands for
            first = match.group("name")
        if (
            not _ORG_WORDS.search(first if not first.isupper() else first.title())
            or len(first.split()) < 2  # "Norfolk, VA, United States" is a place
            or not first[:1].isupper()
            or first.endswith(".")
            or len(first.split()) > 10
        ):
            continue
        return f"{first} ({match.group('acr')})" if match else first
    return None


# Bodies known by their acronym alone on a job board's header line ("SHAPE").
_BODY_ACRONYMS = frozenset(
    [
        "SHAPE",
        "NCIA",
        "NSPA",
        "CMRE",
        "NDC",
        "ACT",
        "ACO",
        "JFC",
        "JFCBS",
        "JFCNP",
        "JWC",
        "JFTC",
        "JALLC",
        "NSO",
        "IMS",
        "DIANA",
        "STO",
        "NAEW&C",
    ]
)


def _spelled_out(name: str, lines: list[str]) -> str:
    """A body known by its acronym as the notice itself spells it out ("NATO Helicopter Design and Development
    Production and Logistics Management Agency" / "(NAHEMA)"), rather than as the reference shortens it."""
    acronym = next((a for a, full in BODY_ACRONYMS.items() if name in (a, full)), None)
    if not acronym:
        return name
    bracket = f"({acronym})"
    for i, line in enumerate(lines[:60]):
        if line.strip() == bracket and i:
            before = lines[i - 1].strip()
        elif line.rstrip().endswith(bracket) and "," not in line:  # "Head, Policy, NATO ... Agency (NSPA)"
            before = line.rstrip()[: -len(bracket)].strip()
        else:
            continue
        before = before.rsplit(":", 1)[-1].strip()  # "Organisation: NATO ... Agency (NCIA)"
        words = before.split()
        if (
            3 <= len(words) <= 16
            and all(word[:1].isupper() or word in ("and", "of", "for", "&") for word in words)
            and _BODY_END.search(before)
        ):
            return before
    return name


def find_organisation(
    intro: list[str],
    everything: list[str],
    header: list[str] = (),
    title_line: str | None = None,
    language: str = "en",
) -> Found:
    """The body or division that offers the post (see the module docstring for the order), in the notice's
    ``language``: a French notice's known body by its French name."""
    name, line = _organisation(intro, everything, header, title_line)
    return (body_name_in(_spelled_out(name, everything), language) if name else name), line


_MARKING = re.compile(
    r"\s+(?:NATO\s+|OTAN\s+)?(?:UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|SECRET|NON CLASSIFI[ÉE]|DIFFUSION RESTREINTE"
    r"|PUBLICLY DISCLOSED)(?:\s*[-/]\s*PUBLICLY DISCLOSED)?\s*$"
)


def _organisation(
    intro: list[str], everything: list[str], header: list[str] = (), title_line: str | None = None
) -> Found:
    name, line = _find_organisation(intro, everything, header, title_line)
    if name:
        # "SUPREME HEADQUARTERS ALLIED POWERS EUROPE NATO UNCLASSIFIED": a page's marking run into the name.
        name = _MARKING.sub("", name).strip() or name
    if name and _shouting(name):
        name = _as_written_elsewhere(name, everything)
    if name:
        name = _most_specific(name)
    # "Division: Contracts": a unit by its label, though its name says nothing of it.
    unit_label = bool(line and re.match(r"^(?:division|department|directorate|branch|section)\s*:", line, _I))
    if name and (is_parent_body(name) or _UNIT.search(name) or unit_label):
        # "NATO Science and Technology Organization" above "Collaboration Support Office (CSO)"; "Division:
        # Commercial Division" of the agency named in the header: the body that offers the post.
        top = list(dict.fromkeys([*header, *everything[:10]]))
        inner = _body_in_header(top, title_line, parent=is_parent_body(name))
        if inner:
            return inner
    if name and is_parent_body(name):
        # "NATO International Staff · Brussels" above "The Innovation, Hybrid and Cyber Division (IHC) of
        # NATO's International Staff leads ...": the division the intro names.
        for text in intro:
            division = next(
                (d for d in map(_name, _DIVISION.finditer(text)) if d.split()[0] != "Division"), None
            )
            office = division or (found.group(0) if (found := _IS_OFFICE.search(text)) else None)
            if office:
                return _most_specific(office), text
    return name, line


# What a value names besides its body: a unit after a comma or dash, the parent staff, the page's words.
_SEGMENT = re.compile(r"\s*(?:,(?!\u00a0)|;|\s[-·|/]\s|\s·|·\s)\s*")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z &.]{0,12}\)")
# Units inside a body: the body offers the post ("Allied Joint Force Command Naples - Financial Controller's
# Office", "J4 Logistics - Logistics Plans Branch").
_UNIT = re.compile(r"\b(?:Branch|Section|Service|Unit|Team|Cell|Division|Directorate|Office|J\d)\b")
_BODY_WORDS = re.compile(
    r"\b(?:Agency|Command|Headquarters|Centre|Center|College|School|Force|Organi[sz]ation|Staff|Alliance)\b"
)


# "Innovation, Hybrid and Cyber Division": a single word and a comma open a name listing its parts.
# French: "Division Innovation, hybride et cyber".
_LISTED_NAME = re.compile(
    r"^((?:Division\s+)?[A-Z][a-z]+(?:\s+[a-zà-ÿ][\w'-]+)?),\s+(?=[A-Z][\w ]+ (?:and|&) |[a-zà-ÿ][\w ]+ et )"
)


def _most_specific(value: str) -> str:
    """The body a value names, without its acronym, the unit inside it or the staff it belongs to.

    >>> [_most_specific(v) for v in ("Nuclear Policy Directorate (NPD), International Staff",
    ...     "NATO STO - Centre for Maritime Research and Experimentation (CMRE)", "NCI Agency - Vacancy",
    ...     "Allied Joint Force Command Naples - Financial Controller's Office", "ACT",
    ...     "Innovation, Hybrid and Cyber Division (IHC)")]
    ['Nuclear Policy Directorate', 'Centre for Maritime Research and Experimentation', 'NATO Communications and Information Agency', 'Allied Joint Force Command Naples', 'Allied Command Transformation', 'Innovation, Hybrid and Cyber Division']
    """
    segments = (
        [
            name.replace("\u00a0", " ")
            for part in _SEGMENT.split(_LISTED_NAME.sub("\\1,\u00a0", value))  # that comma splits nothing
            if (name := _ACRONYM_AFTER.sub("", part).strip(" .:-"))
            and (name[:1].isupper() or name[:1].isdigit())
        ]
        or [value]
    )
    named = [body_named(s) or s for s in segments]
    bodies = [s for s in named if body_named(s) or _BODY_WORDS.search(s) or _ORG_WORDS.search(s)]
    if not bodies:
        return named[0]
    inner = [s for s in bodies if not is_parent_body(s)] or bodies
    whole = [s for s in inner if _BODY_WORDS.search(s) and not _UNIT.search(s.split()[-1])]
    return (whole or inner)[0]


def _body_in_header(header: list[str], title_line: str | None, *, parent: bool) -> Found | None:
    """A body the header names that is not a parent staff (for a parent) or not a unit (for a unit)."""
    for line in header:
        if line == title_line or len(line.split()) > 16 or LABEL.match(line) and not _ORG_LABEL.match(line):
            continue
        value = _ORG_LABEL.match(line).group("v") if _ORG_LABEL.match(line) else line
        name = _most_specific(value)
        known = body_named(name)
        if known and not is_parent_body(known) and (parent or not _UNIT.search(known)):
            return known, line
        plausible = name[:1].isupper() and len(name.split()) <= 10 and not name.endswith(".")
        named = _BODY_WORDS.search(name) or _UNIT.search(name) or _IS_OFFICE.fullmatch(name)
        if parent and plausible and named and not is_parent_body(name):
            return name, line
    return None


def _find_organisation(
    intro: list[str], everything: list[str], header: list[str], title_line: str | None
) -> Found:
    for i, line in enumerate(everything[:60]):
        match = _ORG_LABEL.match(line)
        if match:
            return match.group("v").strip(), line
        if _ORG_LABEL_ALONE.match(line) and i + 1 < len(everything) and _ORG_WORDS.search(everything[i + 1]):
            return everything[i + 1].strip(), everything[i + 1]
    for line in header:
        name = _header_organisation([line], title_line)
        if name:
            return name, line
        if line.strip() in _BODY_ACRONYMS:
            return line.strip(), line
    for line in intro:
        # "Supreme Headquarters Allied Powers Europe (SHAPE) provides ...": the body introduces itself.
        match = _BODY.match(re.sub(r"^The\s+", "", line))
        if match and match.group("acr") and _BODY_END.search(match.group("name")):
            return _name(match), line
    for line in intro:
        # "ACT contributes to ...", "SHAPE is the strategic level command ..."
        acronym = re.match(
            r"^(?P<acr>[A-Z&]{3,6})\s+(?:is|contributes|provides|leads|delivers|brings|supports)\b", line
        )
        if acronym and acronym.group("acr") in _BODY_ACRONYMS:
            return acronym.group("acr"), line
    for line in intro:
        for match in _DIVISION.finditer(line):
            name = _name(match)
            if name.split()[0] != "Division":
                return name, line
        office = _IS_OFFICE.search(line)
        if office:
            return office.group(0), line
    for line in intro[:12]:
        # French: "Agence OTAN d'information et de communication (NCI Agency)", "Commandement allié Transformation"
        match = _BODY_FR.search(line)
        if match:
            return " ".join(match.group("name").split()), line
    if title_line and re.match(r"^(?:NATO|OTAN)\s*:", title_line):
        return "NATO", title_line  # a job board's "NATO : Title": better than a body named in the duties
    for line in intro + everything:
        for match in _BODY.finditer(line):
            name = _LEADING.sub("", match.group("name"))
            while name and not _BODY_END.search(name):
                shorter = re.sub(r"\s+\S+$", "", name)
                if shorter == name:
                    break
                name = shorter
            if _BODY_END.search(name) and len(name.split()) >= 2:
                return (f"{name} ({match.group('acr')})" if match.group("acr") else name), line
    return None, None


def _shouting(name: str) -> bool:
    words = re.findall(r"[A-Za-z]{3,}", name)
    return len(words) >= 2 and sum(w.isupper() for w in words) >= 2 and words[0].isupper()


def _as_written_elsewhere(name: str, everything: list[str]) -> str:
    """ "NATO STANDARDIZATION OFFICE Policy Branch" -> "NATO Standardization Office (NSO)" when the text
    also writes the capitals' words in mixed case; else the capitals as they are."""
    words = name.split()
    capitals = []
    for word in words:
        if not (word.isupper() or not re.search(r"[a-z]", word)):
            break
        capitals.append(word)
    shout = " ".join(capitals) if len(capitals) >= 2 else name
    pattern = re.compile(
        r"\s+".join(re.escape(w) for w in shout.split()) + r"\b(?:\s*\((?P<acr>[A-Z][A-Za-z&]{1,8})\))?",
        _I,
    )
    for line in everything:
        for match in pattern.finditer(line):
            written = match.group(0)
            if not written.isupper() and re.search(r"[a-z]", written.split("(")[0]):
                return " ".join(written.split())
    return shout


# What names a body or a part of one beyond _ORG_WORDS, _UNIT and _BODY_WORDS.
_MORE_BODY_WORDS = re.compile(
    r"\b(?:Management|Wing|Programme|Program|Board|Council|Committee|Group|Fund|Mission|Component|Capability"
    r"|Cooperation|Support|Operations|Policy|Affairs|Resources|Planning|Intelligence|Security|Academy|Facility"
    r"|Base|Battalion|Regiment|Fleet|Registry|Secretariat|Controller|Adviser|COE|CoE|NATO|OTAN)\b"
)


def plausible_body(name: str) -> bool:
    """Whether ``name`` reads as a body or one of its units: a known body, or words that name one
    ("Division", "Agency", "Branch", "Executive Management"), and not a job ("Staff Officer (ISR ...)").

    >>> [plausible_body(n) for n in ("NCI Agency", "Executive Management", "Staff Officer (ISR Collection)",
    ...                              "Apply now", "Defence Policy and Planning Division")]
    [True, True, False, False, True]
    """
    if body_named(name):
        return True
    if JOB_NOUN.search(name) and not (
        _UNIT.search(name) or _BODY_WORDS.search(re.sub(r"\bStaff\b", "", name))
    ):
        return False
    return bool(
        _ORG_WORDS.search(name)
        or _UNIT.search(name)
        or _BODY_WORDS.search(name)
        or _IS_OFFICE.search(name)
        or _MORE_BODY_WORDS.search(name)
    )
