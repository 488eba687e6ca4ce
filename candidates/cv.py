"""Propose profile entries from the plain text of a CV, for the applicant to accept or edit.

Pure: no Django. The input is the text ``documents.extraction.extract_text`` returns; the output is a
``CvProposal`` whose ``to_json()`` uses the field names of the bulk-import format, so the form
that shows the proposal and ``profile_from_import_json`` read the same shapes.

It is a proposal, not a verdict: the rules below favour missing an entry over inventing one.

- Sections are found by their headings ("Education", "Professional experience", "Languages",
  "Skills", ...); a heading may carry content after a colon ("Skills: Python, SQL").
- Dates: "03/2018", "2018-03", "Mar 2018", "March 2018", "mars 2018", or a bare year. A bare year
  starts in January and ends in December, so "2015-2019" is 2015-01 to 2019-12. "present",
  "current", "now", "today", "to date", "ongoing" end nothing (``end`` is None).
- Language levels: a NATO level ("French: III", "English (V)"), a CEFR level (C1 -> V, B2 -> IV,
  using the reference's LANGUAGE_LEVELS), an SLP ("SLP 3332", approximately: the weakest skill through
  the reference's STANAG bridge), or words: native, mother tongue or bilingual -> VI; fluent ->
  V; the NATO level names (Advanced -> V, Upper Intermediate -> IV, ...); "good" or "working
  knowledge" -> IV; "basic" -> II.
- Nationality only when it is stated ("Nationality: Belgian") and names a member nation.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from reference.data import DEFAULT_REFERENCE, STANAG_TO_NATO_APPROX, ReferenceData
from reference.dates import MONTH_NAMES
from reference.languages import LANGUAGE_NAMES
from reference.nations import DEMONYMS
from reference.scales import SLP_PROFILE

EDUCATION = "education"
EXPERIENCE = "experience"
LANGUAGES = "languages"
SKILLS = "skills"
PERSONAL = "personal"
OTHER = "other"

_HEADINGS: tuple[tuple[str, str], ...] = (
    (
        EDUCATION,
        r"education(?: and training)?|academic (?:background|qualifications|record)|qualifications"
        r"|studies|degrees|formation",
    ),
    (
        EXPERIENCE,
        r"(?:professional |work |relevant |employment |career )?(?:experience|history|background)"
        r"|employment|career|positions held|expérience professionnelle",
    ),
    (LANGUAGES, r"languages?(?: skills| proficiency)?|linguistic skills|langues"),
    (
        SKILLS,
        r"(?:key |core |technical |computer |it |professional )?(?:skills|competences|competencies)"
        r"(?: and (?:competences|competencies|abilities))?|compétences",
    ),
    (
        PERSONAL,
        r"personal (?:details|information|data)|contact(?: details)?|about me",
    ),
    (
        OTHER,
        r"profile|summary|references|interests|hobbies|publications|certifications|training|courses"
        r"|awards|volunteering|additional information",
    ),
)
_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?P<name>" + "|".join(f"(?:{p})" for _, p in _HEADINGS) + r")\s*(?::\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)

_MONTHS = MONTH_NAMES
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = (
    r"(?:(?P<{p}mm>\d{{1,2}})[/.](?P<{p}my>(?:19|20)\d\d)"
    r"|(?P<{p}iy>(?:19|20)\d\d)-(?P<{p}im>\d\d)(?!\d)"
    rf"|(?P<{{p}}name>{_MONTH_NAME})\.?\s+(?P<{{p}}ny>(?:19|20)\d\d)"
    r"|(?P<{p}y>(?:19|20)\d\d))"
)
_PRESENT = r"present|current|now|today|date|ongoing|aujourd'hui|présent"
_RANGE = re.compile(
    r"(?P<start>" + _DATE.format(p="s") + r")\s*(?:-|–|—|to|until|till|→|à)\s*"
    r"(?P<end>" + _DATE.format(p="e") + rf"|(?P<present>{_PRESENT}))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BULLET = re.compile(r"^\s*(?:[-•*·▪◦‣–]|\d+[.)])\s+")

# Degree patterns, highest level first; abbreviations are matched case-sensitively.
_DEGREES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    (
        "doctorate",
        re.compile(r"\bdoctorate\b|\bdoctor of [a-z]+\b|\bdoctorat\b|\bdoktor\b", re.I),
        re.compile(r"\bPh\.?\s?D\.?|\bDPhil\b|\bDr\. ?rer\b"),
    ),
    (
        "master",
        re.compile(
            r"\bmaster'?s?(?: degree)?(?: of (?:arts|science|business administration|laws|public "
            r"administration|engineering|philosophy))?\b|\bmaîtrise\b|\bmagister\b",
            re.I,
        ),
        re.compile(
            r"\bM\.?Sc\.?|\bM\.A\.|\bMA\b|\bMBA\b|\bLL\.?M\.?|\bMPhil\b|\bMPA\b|\bMEng\b|\bDEA\b|\bDESS\b"
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"\bbachelor'?s?(?: degree)?(?: of (?:arts|science|laws|engineering|business administration))?\b"
            r"|\blicence\b|\blicentiate\b|\blicenciatura\b|\blaurea\b",
            re.I,
        ),
        re.compile(r"\bB\.?Sc\.?|\bB\.A\.|\bBA\b|\bBEng\b|\bLL\.?B\.?|\bBBA\b"),
    ),
    (
        "secondary",
        re.compile(
            r"\bbaccalaur[ée]at\b|\bA[- ]levels?\b|\bhigh school\b|\bsecondary (?:school|education)\b"
            r"|\babitur\b|\bmatura\b",
            re.I,
        ),
        None,
    ),
)
_INSTITUTION = re.compile(
    r"\b(?:universit[yéàeä]\w*|universidad|college|institute|institut|school|academy|acad[ée]mie|akademie"
    r"|polytechnic|hochschule|sciences po|[ée]cole|lyc[ée]e|gymnasium)\b",
    re.IGNORECASE,
)
_STAFF_COLLEGE = re.compile(
    r"NATO Defen[cs]e College|staff college|command and staff|war college|Führungsakademie"
    r"|[ée]cole de guerre|Joint Services Command",
    re.IGNORECASE,
)
_LANGUAGE = re.compile(r"\b(" + "|".join(LANGUAGE_NAMES) + r")\b", re.IGNORECASE)
_ROMAN_LEVEL = re.compile(r"(?:[:(\-–]\s*|\blevel\s+)(VI|IV|V|III|II|I)\b")
_CEFR = re.compile(r"\b([ABC][12])\b")
_SLP = re.compile(rf"\bSLP\s*{SLP_PROFILE}", re.I)
# Words, most specific first.
_LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    (r"native|mother tongue|first language|bilingual|langue maternelle", "VI"),
    (r"proficiency", "VI"),
    (r"fluent|fluency|advanced", "V"),
    (r"upper[- ]intermediate|very good|good working|working knowledge|professional working|good", "IV"),
    (r"intermediate", "III"),
    (r"elementary|basic", "II"),
    (r"beginner|notions", "I"),
)
_NATIONALITY = re.compile(r"^\s*(?:nationality|citizenship|nationalité)\s*:?\s*(?P<value>.+)$", re.I | re.M)


@dataclass(frozen=True, slots=True)
class ProposedEducation:
    level: str  # none, secondary, bachelor, master, doctorate
    field: str = ""
    institution: str = ""
    year: int | None = None


@dataclass(frozen=True, slots=True)
class ProposedExperience:
    title: str
    organisation: str
    start: str  # YYYY-MM
    end: str | None  # YYYY-MM, or None for the current post
    description: str = ""


@dataclass(frozen=True, slots=True)
class ProposedLanguage:
    language: str
    level: str  # NATO level I..VI


@dataclass(frozen=True, slots=True)
class CvProposal:
    education: tuple[ProposedEducation, ...] = ()
    experience: tuple[ProposedExperience, ...] = ()
    languages: tuple[ProposedLanguage, ...] = ()
    skills: tuple[str, ...] = ()
    nationality: str | None = None
    military_staff_college: bool = False

    def to_json(self) -> dict[str, Any]:
        """The proposal in the field names of the bulk-import format."""
        return {
            "education": [asdict(entry) for entry in self.education],
            "experience": [asdict(entry) for entry in self.experience],
            "languages": [asdict(entry) for entry in self.languages],
            "skills": list(self.skills),
            "nationality": self.nationality,
            "military_staff_college": self.military_staff_college,
        }


def propose_profile(text: str, reference: ReferenceData = DEFAULT_REFERENCE) -> CvProposal:
    """Entries found in a CV's text.

    >>> cv = "Education\\nMSc International Relations, King's College London, 2012\\nLanguages: French: III"
    >>> p = propose_profile(cv)
    >>> p.education[0], p.languages[0]
    (ProposedEducation(level='master', field='International Relations', institution="King's College London", year=2012), ProposedLanguage(language='French', level='III'))
    """
    lines = [" ".join(line.split()) for line in text.splitlines()]
    sections = _sections(lines)
    everything = [line for line in lines if line]
    education_lines = sections.get(EDUCATION) or everything
    experience_lines = sections.get(EXPERIENCE) or [
        line for line in everything if line not in set(sections.get(EDUCATION, ()))
    ]
    return CvProposal(
        education=_education(education_lines),
        experience=_experience(experience_lines),
        languages=_languages(sections.get(LANGUAGES) or everything, reference),
        skills=_skills(sections.get(SKILLS, [])),
        nationality=_nationality(text, reference),
        military_staff_college=bool(_STAFF_COLLEGE.search(text)),
    )


def _heading(line: str) -> tuple[str, str] | None:
    """(section, content after the colon) when the line is a heading."""
    if len(line) > 200:
        return None
    match = _HEADING.match(line)
    if not match:
        return None
    name = match["name"].casefold()
    for section, pattern in _HEADINGS:
        if re.fullmatch(pattern, name, re.IGNORECASE):
            return section, (match["rest"] or "").strip()
    return None


def _sections(lines: list[str]) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if not line:
            continue
        heading = _heading(line)
        if heading:
            current, rest = heading
            sections.setdefault(current, [])
            if rest:
                sections[current].append(rest)
        elif current:
            sections[current].append(line)
    return sections


# Education -----------------------------------------------------------------------------------------


def _degree(segment: str) -> tuple[str, re.Match[str]] | None:
    for level, words, abbreviations in _DEGREES:
        for pattern in (words, abbreviations):
            match = pattern.search(segment) if pattern else None
            if match:
                return level, match
    return None


def _segments(line: str) -> list[str]:
    return [
        part.strip(" ()")
        for part in re.split(r",\s+|\s+[|–—-]\s+|;\s*", _BULLET.sub("", line))
        if part.strip(" ()")
    ]


def _field(segment: str, match: re.Match[str]) -> str:
    rest = (segment[: match.start()] + " " + segment[match.end() :]).strip()
    rest = _RANGE.sub("", rest)
    rest = _YEAR.sub("", rest)
    rest = re.sub(r"\(?\bhons\b\)?\.?|\bdegree\b|\(\s*\)", "", rest, flags=re.I)
    rest = re.sub(r"^[\s:,.'’-]*(?:in|of|en|de|d'|of arts in|of science in)\s+", "", rest.strip(), flags=re.I)
    rest = " ".join(rest.split()).strip(" ,.:-")
    return "" if _INSTITUTION.search(rest) else rest


def _education(lines: list[str]) -> tuple[ProposedEducation, ...]:
    entries: list[dict[str, Any]] = []
    for line in lines:
        segments = _segments(line)
        found = next(((s, d) for s in segments if (d := _degree(s))), None)
        if found:
            segment, (level, match) = found
            entries.append({"level": level, "field": _field(segment, match), "institution": "", "year": None})
            others = [s for s in segments if s is not segment]
        elif entries and (not entries[-1]["institution"] or entries[-1]["year"] is None):
            others = segments
        else:
            continue
        entry = entries[-1]
        for segment in others:
            if not entry["institution"] and (_INSTITUTION.search(segment) or not _YEAR.search(segment)):
                institution = " ".join(_YEAR.sub("", _RANGE.sub("", segment)).split()).strip(" ,.-–()")
                entry["institution"] = institution if not _degree(institution) else ""
        years = _YEAR.findall(line)
        if years and entry["year"] is None:
            entry["year"] = int(years[-1])
    return tuple(ProposedEducation(**entry) for entry in entries)


# Experience ----------------------------------------------------------------------------------------


def _month(match: re.Match[str], prefix: str, *, end: bool) -> str | None:
    """YYYY-MM of one side of a date range; a bare year is January (start) or December (end)."""
    group = match.groupdict()
    if group[f"{prefix}my"]:
        year, month = int(group[f"{prefix}my"]), int(group[f"{prefix}mm"])
    elif group[f"{prefix}iy"]:
        year, month = int(group[f"{prefix}iy"]), int(group[f"{prefix}im"])
    elif group[f"{prefix}ny"]:
        year, month = int(group[f"{prefix}ny"]), _MONTHS[group[f"{prefix}name"].casefold()]
    else:
        year, month = int(group[f"{prefix}y"]), 12 if end else 1
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def _title_like(line: str) -> bool:
    return bool(line) and not _BULLET.match(line) and len(line) <= 100 and not line.endswith(".")


def _split_post(text: str) -> tuple[str, str]:
    """'Policy Officer, NATO HQ, Brussels' -> ('Policy Officer', 'NATO HQ')."""
    text = text.strip(" ,|:–—-()")
    if " at " in text:
        title, organisation = text.split(" at ", 1)
        return title.strip(" ,"), organisation.split(",")[0].strip()
    parts = [part.strip() for part in re.split(r",\s+|\s+[|–—-]\s+|\s*\|\s*", text) if part.strip()]
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""


def _experience(lines: list[str]) -> tuple[ProposedExperience, ...]:
    entries: list[dict[str, Any]] = []
    before_first: list[str] = []  # lines above the first dated entry
    used: set[int] = set()
    for i, line in enumerate(lines):
        match = _RANGE.search(line)
        if not match or i in used:
            if i not in used:
                (entries[-1]["description"] if entries else before_first).append(_BULLET.sub("", line))
            continue
        start = _month(match, "s", end=False)
        end = None if match["present"] else _month(match, "e", end=True)
        post = (line[: match.start()] + " " + line[match.end() :]).strip()
        if not post.strip(" ,|:–—-()"):
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if _title_like(following) and not _RANGE.search(following):
                post = following
                used.add(i + 1)
            else:
                above = entries[-1]["description"] if entries else before_first
                if above and _title_like(above[-1]):
                    post = above.pop()
        title, organisation = _split_post(post)
        entries.append(
            {"title": title, "organisation": organisation, "start": start, "end": end, "description": []}
        )
    proposals = []
    for entry in entries:
        if not entry["title"] or not entry["start"] or (entry["end"] and entry["end"] < entry["start"]):
            continue
        proposals.append(ProposedExperience(**{**entry, "description": "\n".join(entry["description"])}))
    return tuple(proposals)


# Languages, skills, nationality --------------------------------------------------------------------


def _language_level(segment: str, reference: ReferenceData) -> str | None:
    if match := _ROMAN_LEVEL.search(segment):
        return match[1]
    if match := _CEFR.search(segment):
        by_cefr = {cefr: level for level, (_, cefr) in reference.language_levels.items()}
        return by_cefr.get(match[1])
    if match := _SLP.search(segment):
        return STANAG_TO_NATO_APPROX.get(min(int(d[0]) for d in match.groups())) or None
    for words, level in _LEVEL_WORDS:
        if re.search(rf"\b(?:{words})\b", segment, re.IGNORECASE):
            return level
    return None


def _languages(lines: list[str], reference: ReferenceData) -> tuple[ProposedLanguage, ...]:
    order = ["I", "II", "III", "IV", "V", "VI"]
    found: dict[str, str] = {}
    for line in lines:
        matches = list(_LANGUAGE.finditer(line))
        for n, match in enumerate(matches):
            # A language's level is written between its name and the next language's name.
            stop = matches[n + 1].start() if n + 1 < len(matches) else len(line)
            level = _language_level(line[match.end() : stop], reference)
            name = match[1].title()
            if level and (name not in found or order.index(level) > order.index(found[name])):
                found[name] = level
    return tuple(ProposedLanguage(language, level) for language, level in found.items())


def _skills(lines: list[str]) -> tuple[str, ...]:
    skills: dict[str, str] = {}
    for line in lines:
        for item in re.split(r"[,;|•·▪]\s*|\s+-\s+", _BULLET.sub("", line)):
            item = item.strip(" .:-")
            if item and len(item) <= 80:
                skills.setdefault(item.casefold(), item)
    return tuple(skills.values())


def _nationality(text: str, reference: ReferenceData) -> str | None:
    match = _NATIONALITY.search(text)
    if not match:
        return None
    for part in re.split(r"\s*(?:/|,|&|\band\b|;)\s*", match["value"]):
        part = part.strip(" .()").casefold()
        nation = reference.canonical_nation(part) or reference.canonical_nation(DEMONYMS.get(part, ""))
        if nation:
            return nation
    return None
