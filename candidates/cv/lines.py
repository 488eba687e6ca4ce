"""A CV's text as lines and sections, the way a person scans it.

- A wide blank inside a line (a tab, or three spaces or more: columns typed in a text file) separates
  cells, written " | " as the document readers write table cells.
- A line that goes on from the one before (it starts in lower case or with "(", or the one before ends
  with a comma or a hyphen joining a word) is joined to it: PDF and typed CVs wrap long lines.
- Sections start at headings in the languages of the member nations ("Education", "Formation",
  "Ausbildung", "Berufserfahrung", "Langues / Languages"); a heading may carry content after a colon.
"""

from __future__ import annotations

import re

from .dates import has_date

EDUCATION = "education"
EXPERIENCE = "experience"
LANGUAGES = "languages"
SKILLS = "skills"
COMPETENCIES = "competencies"
PERSONAL = "personal"
SUMMARY = "summary"
OTHER = "other"

_HEADINGS: tuple[tuple[str, str], ...] = (
    (
        EDUCATION,
        r"academic (?:background|record|qualifications|education)|(?:education|qualifications|studies)"
        r"(?: and training)?"
        r"|education and (?:professional )?training|training and education|degrees|formation(?: académique)?"
        r"|études|ausbildung|studium|akademische ausbildung|bildungsweg|formación(?: académica)?|educación"
        r"|istruzione(?: e formazione)?|formazione|formação(?: académica)?|educação|wykształcenie|vzdělání"
        r"|vzdelanie|izobrazba|obrazovanje|uddannelse|utbildning|utdanning|koulutus|opleiding",
    ),
    (
        EXPERIENCE,
        r"(?:professional |work |relevant |employment |career |military |previous )?experience"
        r"|(?:work|employment|career) history|employment|career(?: summary)?"
        r"|(?:positions?|appointments|posts) held|positions|appointments"
        r"|expérience(?:s)? professionnelle(?:s)?|expérience|parcours professionnel|berufserfahrung"
        r"|beruflicher werdegang|werdegang|experiencia(?: profesional| laboral)?|esperienz[ae](?: professionali"
        r"| professionale| lavorative| lavorativa)?|experiência profissional|doświadczenie zawodowe"
        r"|pracovní zkušenosti|pracovné skúsenosti|delovne izkušnje|radno iskustvo|erhvervserfaring"
        r"|arbetslivserfarenhet|arbeidserfaring|työkokemus|werkervaring",
    ),
    (
        LANGUAGES,
        r"(?:foreign )?languages?(?: skills| proficiency| knowledge)?|linguistic (?:skills|profile)"
        r"|langues?(?: étrangères)?|compétences linguistiques|sprachen|sprachkenntnisse|idiomas|lingue"
        r"|conoscenze linguistiche|línguas|idiomas|języki(?: obce)?|jazyky|jezici|jeziki|sprog|språk|kielet|talen",
    ),
    (
        COMPETENCIES,
        r"(?:nato |core |behavioural |key )?competenc(?:ies|es)|compétences (?:otan|comportementales)",
    ),
    (
        SKILLS,
        r"(?:key |core |technical |computer |it |professional |digital |job-related |other )?skills"
        r"(?: (?:and|&) (?:competences|abilities|expertise|certifications|tools))?"
        r"|(?:certifications|tools|qualifications) (?:and|&) skills|compétences(?: techniques| informatiques)?"
        r"|informatique|kenntnisse|edv-kenntnisse|fähigkeiten|competencias|habilidades|competenze"
        r"|competências|umiejętności|dovednosti|expertise|areas of expertise",
    ),
    (
        PERSONAL,
        r"personal (?:details|information|data|particulars)|contact(?: details| information)?"
        r"|persönliche daten|persönliche angaben|données personnelles|informations personnelles|état civil"
        r"|datos personales|dati personali|dados pessoais|about me|personal",
    ),
    (
        SUMMARY,
        r"(?:professional )?(?:profile|summary)|profil(?: professionnel)?|résumé|kurzprofil|perfil"
        r"|profilo|objective|about",
    ),
    (
        OTHER,
        r"references|interests|hobbies|publications|certifications?|training|courses|awards|honou?rs"
        r"|volunteering|additional information|security clearance|clearance|military education"
        r"|professional (?:military )?(?:education|development|training)|weiterbildung|fortbildung"
        r"|lehrgänge|loisirs|centres d'intérêt|divers|sonstiges|otros|altro|memberships|declaration",
    ),
)
_HEADING_NAME = re.compile("|".join(f"(?P<{section}>{pattern})" for section, pattern in _HEADINGS), re.I)
_WIDE_BLANK = re.compile(r"\t+| {3,}")
_BULLET = re.compile(r"^\s*(?:[-•*·▪◦‣–—]|\d+[.)])\s+")


def clean_lines(text: str) -> list[str]:
    """The CV's lines with cells marked and wrapped lines joined; blank lines kept (as ""). A line longer
    than any a CV holds is cut at blanks, so that no reader spends more than linear time on crafted text."""
    lines = []
    for raw in _bounded(text.splitlines()):
        cells = [" ".join(cell.split()) for cell in _WIDE_BLANK.split(raw.strip())]
        line = " | ".join(cell for cell in cells if cell)
        if lines and lines[-1] and line and len(lines[-1]) < MAX_LINE and _continues(lines[-1], line):
            joiner = "" if lines[-1].endswith("-") and not lines[-1].endswith(" -") else " "
            lines[-1] = lines[-1] + joiner + line
        else:
            lines.append(line)
    return lines


# No line of a CV is longer than this (a long paragraph of a profile is about 1,000 characters).
MAX_LINE = 2000


def _bounded(raw_lines: list[str]) -> list[str]:
    bounded = []
    for line in raw_lines:
        while len(line) > MAX_LINE:
            cut = line.rfind(" ", 0, MAX_LINE)
            cut = cut if cut > 0 else MAX_LINE
            bounded.append(line[:cut])
            line = line[cut:]
        bounded.append(line)
    return bounded


def _continues(previous: str, line: str) -> bool:
    wrapped = (
        previous.endswith(",")
        or (previous.endswith("-") and previous[-2:-1].isalpha())
        or bool(_OPEN_END.search(previous))
        or (
            previous.endswith(":") and ";" in previous
        )  # a run-on list: "...; Teamwork:" / "Co-operates; ..."
        or line[0].islower()
        or (line[0] == "(" and line[1:2].islower())
    )
    if not wrapped or _BULLET.match(line) or "|" in line or "|" in previous:
        return False
    # Headings, contacts, dates and a name's line stand alone however they start.
    return not ("@" in line or _name_like(previous) or heading(previous) or heading(line) or has_date(line))


_OPEN_END = re.compile(r"\s(?:and|of|for|in|to|the|with|on|at|et|de|des|du|und|für|der|y|e|di|del)$", re.I)


def _name_like(line: str) -> bool:
    words = line.split()
    return len(words) <= 4 and all(
        w[:1].isupper() or w in {"van", "von", "de", "der", "da", "di"} for w in words
    )


def heading(line: str) -> tuple[str, str] | None:
    """(section, content after a colon) when the line is a section heading.

    >>> heading("LANGUES / LANGUAGES"), heading("Skills: Python, SQL"), heading("Policy Officer")
    (('languages', ''), ('skills', 'Python, SQL'), None)
    """
    text = line.strip().lstrip("#").strip()
    if not text or len(text) > 80:
        return None
    name, colon, rest = text.partition(":")
    if colon and len(name) > 40:
        return None
    name = name.strip().rstrip(":").strip()
    sections = set()
    for part in re.split(r"\s+/\s+|\s+\|\s+", name):
        match = _HEADING_NAME.fullmatch(part.strip())
        if not match:
            return None
        sections.add(match.lastgroup)
    if len(sections) != 1:
        return None
    return sections.pop(), rest.strip()


def sections(lines: list[str]) -> dict[str, list[str]]:
    """Section -> its lines (without the heading, with the heading's content after a colon). Lines above
    the first heading are under "top"."""
    found: dict[str, list[str]] = {"top": []}
    current = "top"
    for line in lines:
        if not line:
            continue
        head = heading(line)
        if head:
            current, rest = head
            found.setdefault(current, [])
            if rest:
                found[current].append(rest)
        else:
            found.setdefault(current, []).append(line)
    return found


def unbulleted(line: str) -> str:
    return _BULLET.sub("", line)
