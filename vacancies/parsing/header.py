"""Header facts: title, organisation, location, grade, deadline, contract, clearance, nationality.

Every reader returns ``(value, source line)`` or ``(None, None)``; none of them guesses. Choices:

- organisation: a "Division:"/"NATO Body:"/"Organisation:" label (its value may be on the next line), else
  a header line naming a body (capitals rewritten as the text writes them elsewhere: "SUPREME
  HEADQUARTERS ALLIED POWERS EUROPE" -> "Supreme Headquarters Allied Powers Europe (SHAPE)"), else a body
  introducing itself at the start of a sentence ("NATO Support and Procurement Agency (NSPA) brings ...",
  "ACT contributes ..."), else the first NATO division named before the requirements ("Operations
  Division", "Defence Investment Division (DI)", "Political Affairs and Security Policy (PASP) Division"),
  else "NATO" from a job board's "NATO : Title", else the first NATO body named anywhere.
- title: a "Title:" label, else the first short line naming a job (Officer, Assistant, Head, ...), else a
  Title Case first line; chrome, field names and their values, places, dates and headings are skipped;
  "NATO : " and post codes ("H-4: ") before it, a requisition number, "NATO" or a duty station after it
  are dropped.
- location: the "Location"/"Primary Location"/"Country" label's value, else a header line that is only a
  place ("Brussels, Belgium", "Belgium, Brussels", "Luxembourg"), else a duty station after the title.
  Job boards' forms are rewritten as "City, Country": "Belgium-Brussels", "LU-Capellen"; a region after
  the city without a comma is dropped ("Brussels Brussels Capital", "Mons Hainaut" -> the city).
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

from reference.data import CLEARANCE_LEVELS, MEMBER_NATIONS, NATION_ALIASES

from .cleaning import Line
from .sections import heading_kind

_I = re.IGNORECASE
Found = tuple[str | None, str | None]

# Title --------------------------------------------------------------------------------------------

_TITLE_LABEL = re.compile(
    r"^(?:(?:job|post|position|vacancy|role)\s+)?title\s*:\s*(?P<v>.+)$|^(?:position|post|vacancy|role|job)\s*:\s*(?P<w>.+)$",
    _I,
)
_TITLE_SUFFIX = re.compile(
    r"\s*(?:[-|–]\s*(?:job post|job offer|job details|careers?|nato careers?|apply now|job)"
    r"|\((?:m/f(?:/[dx])?|f/m(?:/[dx])?|h/f)\))\s*$"
    # A requisition number ("(180703)", "-190921") or the employer's name after the title ("... NATO").
    r"|\s*(?:\(\s*\d{5,}\s*\)|-\s*\d{5,})\s*$|(?<!\bto)(?<!\bat)(?<!\bin)(?<!\bof)(?<!\bfor)\s+(?:[-|–]\s*)?(?:NATO|OTAN)\s*$",
    _I,
)
# "NATO : Title", "NATO: NATO: Title", a post number "H-4: Title" before the title.
_TITLE_PREFIX = re.compile(r"^(?:(?:NATO|OTAN)\s*:\s*)+|^[A-Z]{1,2}-?\d{1,2}\s*:\s*(?=[A-Z])")
_NOT_TITLE = re.compile(
    r"^(?:vacancy(?: notice| notification)?|job (?:description|details|content|offer|posting|specifications)|"
    r"position description|description du poste|offre d'emploi|emploi|summary|overview|nato|otan|"
    r"international staff|header|pending budget approval|nato (?:un)?classified|full[- ]time|part[- ]time|"
    r"skills|schedule|salary.*|primary location|other locations|nato body|application deadline|grade|"
    r"open to nationals.*|on site|remote|hybrid|junior|mid level|senior level|"
    r"location|sector|experience|posted|category|industry|contract type|expiry date|job type|deadline|"
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
# Words a job title ends on or names: a line among the first ones holding one is the title.
_JOB_NOUN = re.compile(
    r"\b(?:officers?|officier|assistants?|head|manager|engineer|analyst|advis[eo]r|specialist|scientist|"
    r"coordinator|director|agent|administrator|technician|planner|secretary|translator|interpreter|reviser|"
    r"architect|developer|consultant|researcher|expert|chief|controller|auditor|accountant|clerk|driver|"
    r"guard|editor|counsel|lawyer|legal adviser|instructor|trainer|lecturer|professor|inspector|operator|"
    r"programmer|librarian|archivist|nurse|physician|psychologist|mechanic|electrician|firefighter|"
    r"supervisor|team leader|intern|trainee|proofreader|linguist|economist|statistician|strategist|buyer)\b",
    _I,
)
_SENTENCE_START = re.compile(
    r"^(?:we|you|our|this|these|the|if|are|do|please|through|as|in|within|under|a|an|it|applications?|"
    r"candidates?|all|only|appointment|note|click|find|why)\b",
    _I,
)
_HEADING = re.compile(r"^(?:\d{1,2}\s*[.)]\s*)?[A-Z][A-Z &/,-]+:?$|^\d{1,2}\s*[.)]\s*\S")


def find_title(lines: list[str]) -> Found:
    """The "Title:" label's value, else the first short line naming a job ("Officer", "Assistant", ...),
    else the first line if it reads like a title; chrome, labels, dates and org names are skipped.

    >>> find_title(["Job Specifications", "NATO Body", "NATO International Staff (NATO IS)", "Head, Office"])
    ('Head, Office', 'Head, Office')
    """
    for line in lines[:60]:
        match = _TITLE_LABEL.match(line)
        if match:
            return _clean_title(match.group("v") or match.group("w")), line
    candidates = [line for line in lines[:25] if _could_be_title(line)]
    for line in candidates:
        if _JOB_NOUN.search(line) and len(line.split()) <= 12 and not _SENTENCE_START.match(line):
            return _clean_title(line), line
    previous = ""
    for line in lines[:25]:
        field_value = _FIELD_NAME.match(previous)  # "Sector" / "Non Profit": a field's value, no title
        previous = line
        if field_value or not _could_be_title(line):
            if len(line.split()) > 8 and not _LABEL.match(line):
                break  # prose: the text has no title line
            continue
        words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
        if len(line.split()) <= 8 and words and all(w[:1].isupper() for w in words):
            return _clean_title(line), line
        break
    return None, None


_FIELD_NAME = re.compile(
    r"^(?:location|sector|experience|posted|schedule|nato body|primary location|other locations|grade|"
    r"application deadline|salary(?: \(pay basis\))?|contract type|expiry date|category|industry|job type|"
    r"deadline|seniority|employment type)\s*:?$|^[A-Z][\w /'-]{1,30}:$",
    _I,
)


def _could_be_title(line: str) -> bool:
    text = _TITLE_PREFIX.sub("", line)
    return not (
        len(text) < 4
        or len(text) > 160
        or _NOT_TITLE.match(text)
        or (_LABEL.match(text) and text == line)
        or _ORG_ONLY.match(text)
        or text[:1].islower()
        or re.match(r"^[\d\W]+$", text)
        or _HEADING.match(text)
        or heading_kind(Line(text)) not in (None, "other")
        or text.endswith((".", ";", ":", "!", "?"))
        or _GRADE_LINE.search(text)
        or parse_date(text)
        or _location_line(text)
        or _is_country(text)
        or _city_region(text) != text
    )


def _clean_title(text: str) -> str:
    text = _TITLE_PREFIX.sub("", text)
    previous = None
    while previous != text:
        previous, text = text, _TITLE_SUFFIX.sub("", text).strip()
        city = re.search(r"\s+[-–]\s+(?P<city>[A-Z][\w' -]+)$", text)
        if city and _is_city(city.group("city")):
            text = text[: city.start()].strip()
    return text.strip(" -:|")


# Organisation -------------------------------------------------------------------------------------

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
        if line == title_line or _LABEL.match(line) or len(line.split()) > 16:
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


# Location -----------------------------------------------------------------------------------------

_LOCATION_LABEL = re.compile(
    r"^(?:location|duty location|work location|job location|place of work|duty station|lieu(?: de travail)?|"
    r"localisation|city|based in|primary location|country|ubicaci[oó]n|localiza[çc][ãa]o|localit[àa]|"
    r"localidad)\s*:?\s*(?P<v>.*)$",
    _I,
)
_LOCATION_TEXT = re.compile(
    r"\b(?:located|based|stationed|duty station is|post is)\s+(?:in|at)\s+(?:the\s+)?(?:NATO\s+)?"
    r"(?:Headquarters\s+(?:in|at)\s+)?(?P<v>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?(?:,\s*[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?)"
)
_COUNTRY_CODES = {
    "al": "Albania", "be": "Belgium", "bg": "Bulgaria", "ca": "Canada", "hr": "Croatia", "cz": "Czechia",
    "dk": "Denmark", "ee": "Estonia", "fi": "Finland", "fr": "France", "de": "Germany", "gr": "Greece",
    "hu": "Hungary", "is": "Iceland", "it": "Italy", "lv": "Latvia", "lt": "Lithuania", "lu": "Luxembourg",
    "me": "Montenegro", "nl": "Netherlands", "mk": "North Macedonia", "no": "Norway", "pl": "Poland",
    "pt": "Portugal", "ro": "Romania", "sk": "Slovakia", "si": "Slovenia", "es": "Spain", "se": "Sweden",
    "tr": "Türkiye", "gb": "United Kingdom", "us": "United States",
}  # fmt: skip
# Country names as job boards write them, in English and the host nations' languages.
_COUNTRIES = frozenset(
    [n.casefold() for n in MEMBER_NATIONS]
    + list(NATION_ALIASES)
    + ["belgique", "belgië", "belgie", "italia", "deutschland", "nederland", "españa", "turkey", "norge"]
)
# Regions a job board writes after the city, without a comma ("Mons Hainaut", "Brussels Capital").
_REGION = re.compile(
    r"\s+(?:Brussels[- ]Capital(?: Region)?|Bruxelles[- ]Capitale|Brussel Hoofdstad|Capital Region|Hainaut|"
    r"Walloon Brabant|Brabant wallon|Flemish Brabant|Vlaams[- ]Brabant|Antwerpen|Antwerp|Li[èe]ge|Namur|"
    r"Limburg|Oost-Vlaanderen|West-Vlaanderen|East Flanders|West Flanders|Noord-Brabant|Zuid-Holland|"
    r"Campania|Liguria|Emilia-Romagna|Nordrhein-Westfalen|North Rhine-Westphalia|Rogaland)$",
    _I,
)
# Duty stations of NATO bodies: a job board may write one after the title ("Senior Assistant – Mons").
_CITIES = frozenset(
    [
        "brussels",
        "mons",
        "the",
        "hague",
        "capellen",
        "naples",
        "brunssum",
        "la",
        "spezia",
        "geilenkirchen",
        "ramstein",
        "uedem",
        "stavanger",
        "bydgoszcz",
        "lisbon",
        "oeiras",
        "rome",
        "oberammergau",
        "izmir",
        "madrid",
        "ulm",
        "betzdorf",
        "kalkar",
        "northwood",
        "norfolk",
        "torrejon",
        "poggio",
        "renatico",
        "glons",
        "casteau",
        "evere",
        "braine-l'alleud",
        "luxembourg",
        "riga",
        "vilnius",
        "tallinn",
        "bucharest",
        "sofia",
        "budapest",
        "warsaw",
    ]
)


_NOT_PLACE = re.compile(
    r"\b(?:NATO|Agency|Staff|Command|Organi[sz]ation|Headquarters|Division|Directorate|Office|Centre|Center)\b"
)


def _is_country(text: str) -> bool:
    return text.strip().casefold() in _COUNTRIES


def _is_city(text: str) -> bool:
    return text.strip().casefold() in _CITIES


def _location_line(line: str) -> str | None:
    """A header line that is only a place: "Brussels, Belgium", "Belgium, Brussels", "Shape, Mons, Belgium"."""
    parts = [p.strip() for p in line.split(",")]
    if not 2 <= len(parts) <= 3 or any(
        not re.fullmatch(r"[A-Z][\w'.-]*(?: [\w'.-]+){0,2}", p) for p in parts
    ):
        return None
    if _is_country(parts[-1]):
        return ", ".join(parts)
    if len(parts) == 2 and _is_country(parts[0]):
        return f"{parts[1]}, {parts[0]}"
    return None


def find_location(lines: list[str], title_line: str | None = None) -> Found:
    for i, line in enumerate(lines):
        match = _LOCATION_LABEL.match(line)
        if not match:
            continue
        value = match.group("v").strip(" :-")
        if not value and i + 1 < len(lines) and len(lines[i + 1]) <= 60:
            line = lines[i + 1]
            value = line.strip(" :-")
            if line.rstrip().endswith(":") or _LABEL.match(line) or _NOT_PLACE.search(line):
                continue  # the next line is another field or a body, not a place
        if value and not _NOT_PLACE.search(value):
            return _city_region(value), line
    for line in lines[:15]:
        place = _location_line(line) or (line.strip() if _is_country(line) else None)
        if place:
            return place, line
    if title_line:
        city = re.search(r"\s+[-–]\s+(?P<city>[A-Z][\w' -]+)$", title_line)
        if city and _is_city(city.group("city")):
            return city.group("city").strip(), title_line
    for line in lines:
        match = _LOCATION_TEXT.search(line)
        if match:
            return match.group("v"), line
    return None, None


def _city_region(value: str) -> str:
    """A job board's place as "City, Country".

    >>> [_city_region(v) for v in ("Brussels Brussels Capital", "Mons Hainaut", "Belgium-Brussels", "LU-Capellen")]
    ['Brussels', 'Mons', 'Brussels, Belgium', 'Capellen, Luxembourg']
    """
    words = value.split()
    for size in (1, 2, 3):
        if len(words) > size and words[:size] == words[size : 2 * size]:
            return " ".join(words[:size])
    if "," not in value:
        value = _REGION.sub("", value).strip() or value
    # Taleo's "Country-City" ("Belgium-Brussels", "Belgium – Brussels", "LU-Capellen").
    match = re.fullmatch(r"(?P<country>[A-Za-z][A-Za-z ]*?)\s*[-–]\s*(?P<city>[A-Z][\w' -]*)", value)
    if match:
        country = match.group("country")
        name = _COUNTRY_CODES.get(country.casefold()) if len(country) == 2 else country
        if name and _is_country(name):
            return f"{match.group('city').strip()}, {name}"
    return _location_line(value) or value


# Grade --------------------------------------------------------------------------------------------

_GRADE_LINE = re.compile(r"\bgrad(?:e|es|ing)\b|\bcategory\b|\bgrade/rank\b", _I)
_GRADE_TOKEN = re.compile(
    # "A.2", "A-2", and in a grade line also "B4/G10" or "(ABCL A2)".
    r"(?:\b|(?<=Grade))(?P<cat>[ABCL])\s?[.-]?\s?(?P<catn>[1-7])\b(?!\.\d)"
    r"|\bG\s?-?\s?(?P<g>\d{1,2})\b"
    r"|\b(?:NATO\s+)?grade\s*:?\s*(?P<bare>\d{1,2})\b",
    _I,
)


def find_grade(lines: list[str], title_line: str | None) -> Found:
    candidates = [line for line in lines if _GRADE_LINE.search(line)]
    if title_line:
        candidates.append(title_line)
    found = [(grade, line) for line in candidates if (grade := _grade_text(line))]
    # "Grade NATO Grade G10" then "GRADE: B-4/G-10": the line with category and NATO grade tells more.
    both = [(grade, line) for grade, line in found if "." in grade and "G" in grade]
    return (both or found or [(None, None)])[0]


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
        seen = set()
        for i, (_, value, span) in enumerate(same):
            if value in seen:
                continue  # "(G5/G8, G8, G8/G10, G10 grades)": each grade once
            seen.add(value)
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
    # "5 January 2026", "12-Jan-2026"; the year may be glued to the next word in a PDF ("2025POST").
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?(?:\s+(?:of\s+)?|-){_MONTH},?[\s-]+(?P<y>\d{{4}})(?!\d)", _I
    ),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", _I),
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
    r"|\beligib\w*\b[^.]{0,40}\b(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:NATO|member|participating)"
    # "applications will only be accepted from nationals of the following countries which contribute ..."
    r"|\bonly\b[^.]{0,60}\b(?:nationals?|citizens?)\s+of\s+the\s+following\s+(?:countries|nations|states)",
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
