"""Header facts: title, organisation, location, grade, deadline, contract, clearance, nationality.

Every reader returns ``(value, source line)`` or ``(None, None)``; none of them guesses. Choices:

- organisation: a "Division:"/"Organisation:" label, else the first NATO division named in the text before
  the requirements ("Operations Division"; with its acronym when the text gives one right after it:
  "Defence Investment Division (DI)"), else the first NATO body named ("NATO Communications and
  Information Agency (NCIA)").
- location: the "Location" label's value. A job board's "City Region" form whose region repeats the
  city ("Brussels Brussels Capital") is reduced to the city ("Brussels"); no country is added.
- grade: normalised to "A.2/G15" (category.grade, then NATO grades); ranges keep "-" ("G15-G17"),
  sets "/" ("A.2/A.3"); "NATO Grade: 24" -> "G24".
- deadline: only after a deadline/closing-date label; numeric dates are read day first (European), unless
  the first number cannot be a month's day order (13-31 in second place means US month-first).
- clearance: the level named near "clearance"/"security" (NS -> NATO SECRET, CTS -> COSMIC TOP SECRET).
  "subject to receipt of a security clearance" without a level gives None; the sentence still goes to
  ``sources["clearance"]`` so a recruiter can see it.
"""

from __future__ import annotations

import datetime as dt
import re

from reference.data import CLEARANCE_LEVELS

_I = re.IGNORECASE
Found = tuple[str | None, str | None]

# Title --------------------------------------------------------------------------------------------

_TITLE_LABEL = re.compile(
    r"^(?:(?:job|post|position|vacancy|role)\s+)?title\s*:\s*(?P<v>.+)$|^(?:position|post|vacancy|role|job)\s*:\s*(?P<w>.+)$",
    _I,
)
_TITLE_SUFFIX = re.compile(
    r"\s*(?:[-|–]\s*(?:job post|job offer|job details|careers?|nato careers?|apply now|job)"
    r"|\((?:m/f(?:/[dx])?|f/m(?:/[dx])?|h/f)\))\s*$",
    _I,
)
_NOT_TITLE = re.compile(
    r"^(?:vacancy(?: notice)?|job (?:description|details|content|offer|posting)|position description|"
    r"description du poste|offre d'emploi|emploi|summary|overview|nato|otan|international staff|"
    r"(?:[\w' ]+\s*[>»/]\s*){2,}[\w' ]*|.*\b(?:cookies?|javascript)\b.*)$",
    _I,
)
_LABEL = re.compile(r"^[A-Z][\w /'-]{1,30}:\s*\S")
_ORG_ONLY = re.compile(
    r"^(?:[A-Z]{2,8}\s*[-:|]\s*)?(?:the\s+)?(?:NATO|OTAN|Allied|Supreme|Joint|International|Headquarters)\b[\w\s,&()'-]*"
    r"(?:Agency|Staff|Command|Transformation|Europe|Organi[sz]ation|Headquarters|Centre|Center|College|"
    r"School|Office|Division|\([A-Z ]{2,10}\))$",
    _I,
)


def find_title(lines: list[str]) -> Found:
    for line in lines[:60]:
        match = _TITLE_LABEL.match(line)
        if match:
            return _clean_title(match.group("v") or match.group("w")), line
    for line in lines[:25]:
        if len(line) < 4 or len(line) > 160 or _NOT_TITLE.match(line) or _LABEL.match(line):
            continue
        if _ORG_ONLY.match(line) or line[:1].islower() or re.match(r"^[\d\W]+$", line):
            continue
        if line.endswith(".") and len(line.split()) > 8:
            return None, None  # the text starts with prose: no title line
        return _clean_title(line), line
    return None, None


def _clean_title(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _TITLE_SUFFIX.sub("", text).strip()
    return text.strip(" -:|")


# Organisation -------------------------------------------------------------------------------------

_ORG_LABEL = re.compile(
    r"^(?:organi[sz]ation|employer|company|hiring organi[sz]ation|division|nato body|body|agency|entity|"
    r"organisme|employeur|entreprise|department)\s*:\s*(?P<v>.+)$",
    _I,
)
_CAP = r"(?:[A-Z][\w'-]*|and|of|for|&)"
_DIVISION = re.compile(
    rf"\b(?P<name>[A-Z][\w'-]*(?:\s+{_CAP}){{0,6}}\s+Division)\b(?:\s*\((?P<acr>[A-Z][A-Za-z&]{{1,8}})\))?"
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
        if line == title_line or _LABEL.match(line) or len(line.split()) > 16:
            continue
        first = line.split(",")[0].strip()
        if (
            not _ORG_WORDS.search(first)
            or not first[:1].isupper()
            or first.endswith(".")
            or len(first.split()) > 10
        ):
            continue
        match = _ACRONYM_FIRST.match(first)
        return f"{match.group('name')} ({match.group('acr')})" if match else first
    return None


def find_organisation(
    intro: list[str], everything: list[str], header: list[str] = (), title_line: str | None = None
) -> Found:
    for line in everything[:60]:
        match = _ORG_LABEL.match(line)
        if match:
            return match.group("v").strip(), line
    for line in header:
        name = _header_organisation([line], title_line)
        if name:
            return name, line
    for line in intro:
        for match in _DIVISION.finditer(line):
            name = _name(match)
            if name.split()[0] != "Division":
                return name, line
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


# Location -----------------------------------------------------------------------------------------

_LOCATION_LABEL = re.compile(
    r"^(?:location|duty location|work location|job location|place of work|duty station|lieu(?: de travail)?|"
    r"localisation|city|based in)\s*:?\s*(?P<v>.*)$",
    _I,
)
_LOCATION_TEXT = re.compile(
    r"\b(?:located|based|stationed|duty station is|post is)\s+(?:in|at)\s+(?:the\s+)?(?:NATO\s+)?"
    r"(?:Headquarters\s+(?:in|at)\s+)?(?P<v>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?(?:,\s*[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?)"
)


def find_location(lines: list[str]) -> Found:
    for i, line in enumerate(lines):
        match = _LOCATION_LABEL.match(line)
        if not match:
            continue
        value = match.group("v").strip(" :-")
        if not value and i + 1 < len(lines) and len(lines[i + 1]) <= 60:
            line = lines[i + 1]
            value = line.strip(" :-")
        if value:
            return _city_region(value), line
    for line in lines:
        match = _LOCATION_TEXT.search(line)
        if match:
            return match.group("v"), line
    return None, None


def _city_region(value: str) -> str:
    """ "Brussels Brussels Capital" (city, then a region that repeats it) -> "Brussels"."""
    words = value.split()
    for size in (1, 2, 3):
        if len(words) > size and words[:size] == words[size : 2 * size]:
            return " ".join(words[:size])
    return value


# Grade --------------------------------------------------------------------------------------------

_GRADE_LINE = re.compile(r"\bgrad(?:e|es|ing)\b|\bcategory\b|\bgrade/rank\b", _I)
_GRADE_TOKEN = re.compile(
    r"\b(?P<cat>[ABCL])\s?[.-]\s?(?P<catn>[1-7])\b(?!\.\d)"
    r"|\bG\s?-?\s?(?P<g>\d{1,2})\b"
    r"|\b(?:NATO\s+)?grade\s*:?\s*(?P<bare>\d{1,2})\b",
    _I,
)


def find_grade(lines: list[str], title_line: str | None) -> Found:
    candidates = [line for line in lines if _GRADE_LINE.search(line)]
    if title_line:
        candidates.append(title_line)
    for line in candidates:
        grade = _grade_text(line)
        if grade:
            return grade, line
    return None, None


def _grade_text(line: str) -> str | None:
    tokens = []
    for match in _GRADE_TOKEN.finditer(line):
        if match.group("cat"):
            # Upper-case category only: "a-1" in prose is no grade.
            if not match.group("cat").isupper():
                continue
            tokens.append(("cat", f"{match.group('cat')}.{match.group('catn')}", match.span()))
        else:
            number = match.group("g") or match.group("bare")
            if match.group("g") and not re.match(r"G", match.group(0)):
                continue
            if 1 <= int(number) <= 24:
                tokens.append(("g", f"G{int(number)}", match.span()))
    if not tokens:
        return None
    parts: list[str] = []
    for kind in ("cat", "g"):
        same = [t for t in tokens if t[0] == kind]
        text = ""
        for i, (_, value, span) in enumerate(same):
            if i:
                between = line[same[i - 1][2][1] : span[0]]
                text += (
                    "-" if re.fullmatch(r"\s*(?:-|to|–)\s*(?:NATO\s+)?(?:grade\s*)?", between, _I) else "/"
                )
            text += value
        if text:
            parts.append(text)
    return "/".join(parts)


# Deadline -----------------------------------------------------------------------------------------

_DEADLINE_LABEL = re.compile(
    r"\b(?:application\s+)?deadline\b|\bclosing\s+date\b|\bclosing\b|\bdate\s+limite\b|"
    r"\bdate\s+de\s+cl[oô]ture\b|\bapply\s+by\b|\bapplications?\s+(?:must|should)\s+be\s+(?:received|submitted)\s+"
    r"(?:by|before|no later than)\b|\bapplications?\s+close\b|\blast\s+date\b|\bexpiry\s+date\b|\bexpires\b",
    _I,
)
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "janvier": 1, "février": 2,
    "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "sept": 9,
}  # fmt: skip
_MONTH = r"(?P<month>[A-Za-zéû]{3,9})\.?"
_DATES = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4}|\d{2})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+)?{_MONTH},?\s+(?P<y>\d{{4}})\b", _I),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", _I),
)


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``: "31-12-2025", "5 January 2026", "2026-01-05", "January 5, 2026"."""
    found = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            date = _date_from(match)
            if date:
                found.append((match.start(), date))
    return min(found)[1] if found else None


def _date_from(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    year += 2000 if year < 100 else 0
    day = int(groups["d"])
    if groups.get("month"):
        month = _MONTHS.get(groups["month"].casefold()) or next(
            (
                n
                for name, n in _MONTHS.items()
                if len(groups["month"]) >= 3 and name.startswith(groups["month"].casefold())
            ),
            None,
        )
        if month is None:
            return None
    else:
        month = int(groups["m"])
        if month > 12 and day <= 12:  # 12/31/2025: written month first
            day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_deadline(lines: list[str]) -> tuple[dt.date | None, str | None]:
    for i, line in enumerate(lines):
        match = _DEADLINE_LABEL.search(line)
        if not match or re.match(r"^\s*(?:update|posted|published)", line, _I):
            continue
        date = parse_date(line[match.start() :])
        if date:
            return date, line
        if i + 1 < len(lines) and len(line) <= 60:
            date = parse_date(lines[i + 1])
            if date and len(lines[i + 1]) <= 60:
                return date, lines[i + 1]
    return None, None


# Contract, nationality, clearance ----------------------------------------------------------------

_CONTRACT_LABEL = re.compile(
    r"^(?:contract(?: type| duration)?|type of contract|contract to be offered[^:]*)\s*:\s*(?P<v>.+)$", _I
)
_CONTRACT_TEXT = re.compile(
    r"\b(?:in)?definite[- ]duration contract\b|\b\d+-year contract\b|\bfixed[- ]term\b", _I
)


def find_contract(contract_lines: list[str], lines: list[str]) -> Found:
    for line in lines:
        match = _CONTRACT_LABEL.match(line)
        if match:
            return match.group("v").strip(), line
    for line in contract_lines:
        if len(line) > 30 and not line.endswith(":"):
            return line, line
    for line in lines:
        if _CONTRACT_TEXT.search(line):
            return line, line
    return None, None


_NATIONALITY = re.compile(
    r"\bonly\b[^.]{0,80}\b(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:\d+\s+)?(?:NATO|member|participating|"
    r"allied|contributing)"
    r"|\b(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:\d+\s+)?NATO\s+member\s+(?:states|countries|nations)\s+only"
    r"|\bopen\s+(?:only\s+)?to\s+(?:the\s+)?(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:\d+\s+)?"
    r"(?:NATO|member|participating)"
    r"|\bmust\s+(?:be\s+)?(?:a\s+)?(?:nationals?|citizens?)\s+of\s+(?:a|one of the)\s+(?:\d+\s+)?(?:NATO|member|participating)"
    r"|\bmust\s+(?:hold|have)\s+(?:the\s+)?(?:citizenship|nationality)\s+of\s+(?:a|one of the)\s+(?:NATO|member)"
    r"|\brestricted\s+to\s+(?:the\s+)?(?:nationals?|citizens?)"
    r"|\b(?:nationality|citizenship)\s*:\s*(?:NATO|member)"
    r"|\beligib\w*\b[^.]{0,40}\b(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:NATO|member|participating)",
    _I,
)


def find_nationality(lines: list[str]) -> tuple[bool, str | None]:
    for line in lines:
        if _NATIONALITY.search(line):
            return True, line
    return False, None


_CLEARANCE_CONTEXT = re.compile(r"clearance|vetting|security|habilitation", _I)
_CLEARANCE = re.compile(
    r"\b(?P<full>(?:NATO|COSMIC)\s+(?:TOP\s+)?(?:SECRET|CONFIDENTIAL|RESTRICTED))\b"
    r"|\b(?P<short>CTS|NS|NC|NR)\b",
    _I,
)
_SHORT = {"CTS": "COSMIC TOP SECRET", "NS": "NATO SECRET", "NC": "NATO CONFIDENTIAL", "NR": "NATO RESTRICTED"}


def find_clearance(lines: list[str]) -> Found:
    mention = None
    for line in lines:
        if not _CLEARANCE_CONTEXT.search(line):
            continue
        for match in _CLEARANCE.finditer(line):
            if match.group("full"):
                level = " ".join(match.group("full").upper().split())
            elif match.group("short").isupper() and re.search(r"clearance|level|vetting", line, _I):
                level = _SHORT[match.group("short")]
            else:
                continue
            if level in CLEARANCE_LEVELS:
                return level, line
        if mention is None and re.search(r"\bclearance\b", line, _I):
            mention = line
    return None, mention
