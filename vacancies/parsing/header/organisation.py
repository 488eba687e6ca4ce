"""Organisation: the body or division that offers the post (the order is in the package docstring)."""

from __future__ import annotations

import re

from .found import LABEL, Found

_I = re.IGNORECASE

_ORG_LABEL = re.compile(
    r"^(?:organi[sz]ation|employer|company|hiring organi[sz]ation|division|nato body|body|agency|entity|"
    r"organisme|employeur|entreprise|department)\s*:\s*(?P<v>.+)$",
    _I,
)
# A label alone on its line, its value on the next one (Taleo pages: "NATO Body" / "NATO International Staff").
_ORG_LABEL_ALONE = re.compile(r"^(?:nato body|organi[sz]ation|hiring organi[sz]ation|employer)\s*:?$", _I)
_CAP = r"(?:[A-Z][\w'-]*|and|of|for|&)"
_DIVISION = re.compile(
    rf"\b(?P<name>[A-Z][\w'-]*(?:\s+{_CAP}){{0,6}}(?:\s*\([A-Z][A-Za-z&]{{1,8}}\))?\s+Division)\b"
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
_LEADING = re.compile(r"^(?:(?:The|Within|In|At|For|Of|And|Our|As|Join|With|Both)\s+)+")


def _name(match: re.Match[str]) -> str:
    name = _LEADING.sub("", match.group("name")).strip()
    name = re.sub(r"\s+(?:and|of|for|&)$", "", name)
    return f"{name} ({match.group('acr')})" if match.group("acr") else name


# A header line that names the body: "Centre for Maritime Research and Experimentation (CMRE), NATO STO".
_ORG_WORDS = re.compile(
    r"\b(?:Agency|Staff|Command|Transformation|Europe|Organi[sz]ation|Headquarters|Centre|Center|College|School|"
    r"Office|Division|Directorate|Brunssum|Naples|Norfolk|Experimentation|Institute|Authority)\b"
)
_ACRONYM_FIRST = re.compile(r"^(?P<acr>[A-Z]{2,8})\s*[-:|]\s*(?P<name>.+)$")


def _header_organisation(header: list[str], title_line: str | None) -> str | None:
    for line in header[:8]:
        if line == title_line or LABEL.match(line) or len(line.split()) > 16:
            continue
        first = line.split(",")[0].strip()
        if (
            not _ORG_WORDS.search(first if not first.isupper() else first.title())
            or not first[:1].isupper()
            or first.endswith(".")
            or len(first.split()) > 10
        ):
            continue
        match = _ACRONYM_FIRST.match(first)
        return f"{match.group('name')} ({match.group('acr')})" if match else first
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


def find_organisation(
    intro: list[str], everything: list[str], header: list[str] = (), title_line: str | None = None
) -> Found:
    """The body or division that offers the post (see the module docstring for the order)."""
    name, line = _find_organisation(intro, everything, header, title_line)
    if name and _shouting(name):
        name = _as_written_elsewhere(name, everything)
    return name, line


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
