"""Skills and summary: what the CV's own Skills (Compétences, Kenntnisse, Digital skills) and Profile
sections say, as written."""

from __future__ import annotations

import re

from reference.places import COUNTRY_NAMES, DUTY_STATIONS

from .dates import is_date
from .languages import language_name_at, language_named_in
from .lines import KINDS_ALONE, unbulleted

# An item longer than this is a sentence, not a skill.
MAX_SKILL_LENGTH = 80
MAX_SUMMARY_LENGTH = 1000


def skills(lines: list[str]) -> tuple[str, ...]:
    """Items split on commas, semicolons, bullets and lines, never inside brackets ("Contrôle des
    exportations (ITAR, EAR)"); a "Label | items" row gives its items; a sentence is no list of skills
    (a two-column CV's main column may follow its sidebar's skills without a heading)."""
    found: dict[str, str] = {}
    for line in _matrix_rows(_before_an_unknown_heading(lines)):
        line = unbulleted(line)
        if _sentence(line):
            continue
        label, bar, items = line.partition(" | ")
        if bar and len(label) < 40 and re.search(r"skills|compétences|kenntnisse|competenc", label, re.I):
            line = items
        if _DRIVING_LICENCE.search(line):
            continue  # a driving licence is listed with skills but is none ("Driving licence: B, C")
        if _QUALITIES_LABEL.match(line):
            continue  # "Strengths: reliable, punctual", "Key achievements: ...": about the person, no skills
        if _PERSONAL_ROW.match(line):
            continue  # a sidebar's personal data under its skills ("Date of birth: ...", "Gender: male")
        if _NOT_A_SKILL_LINE.search(line):
            continue  # a language's test or level written among skills: no skill to propose
        if (soft := _SOFT_LABEL.match(line)) and not _short_items(line[soft.end() :]):
            continue  # "Organisational skills: managing a team of five analysts": a phrase about the person
        category = _CATEGORY.match(line)
        listed = [item for item in _items(line[category.end() :]) if item.strip()] if category else []
        if len(listed) >= 2:
            line = line[category.end() :]  # "IT: MS Office, SharePoint": the items, not their heading
        elif len(listed) == 1 and (
            _DONE.match(listed[0].strip()) or _PROFICIENCY.fullmatch(listed[0].strip())
        ):
            continue  # "Leadership: led a 40-person company in combat operations": what was done, no skill
        elif len(listed) == 1 and len(category[0].split()) == 1:
            line = line[category.end() :]  # "IT: SAP": the item, not its heading
        after_language = False
        for item in _items(_RATING.sub(" ", line)):
            item = " ".join(item.split()).strip(" .:-")
            if _AVAILABILITY.search(item):
                continue
            if (
                _a_language(item)
                or (after_language and _PROFICIENCY.fullmatch(item))
                or _states_a_language(item)
            ):
                after_language = True
                continue  # "English (C2)", "Arabic - fluent" among skills: a language, read as one
            after_language = False
            if _about_the_person(item):
                continue
            if item and len(item) <= MAX_SKILL_LENGTH:
                found.setdefault(item.casefold(), item)
    return tuple(found.values())


def _before_an_unknown_heading(lines: list[str]) -> list[str]:
    """The section's lines up to a heading the reader does not know ("Nevenfuncties", "Rekomendacijos"):
    after skills written as a list on a line, one word alone on its line, in a capital, is no skill but the
    name of the next section.

    >>> _before_an_unknown_heading(["SAP, Excel, Power BI", "Referenzen", "Dr. A. Muster, +49 30 555 01"])
    ['SAP, Excel, Power BI']
    """
    listed = False
    for n, line in enumerate(lines):
        text = line.strip()
        if listed and re.fullmatch(r"[^\W\d_][^\W\d_-]{2,}:?", text) and text[0].isupper():
            return lines[:n]
        listed = listed or len(_SEPARATOR.findall(text)) >= 2
    return lines


def _matrix_rows(lines: list[str]) -> list[str]:
    """A skills matrix ("Skill | Level | Years" over "SAP FI/CO | 4 | 8"): each row gives the skill in its
    first cell, its other cells (levels, years, dates) are no skills, and the header row and a rule of
    dashes give none."""
    out: list[str] = []
    n = 0
    while n < len(lines):
        group = []
        while n + len(group) < len(lines):
            line = lines[n + len(group)]
            cells = [c.strip() for c in line.split("|") if c.strip()]  # a text table's blanks: no cells
            if _RULE.fullmatch(line.strip()):
                group.append(None)
            elif len(cells) >= 2 and all(_short_cell(c) for c in cells[1:]):
                group.append(cells)
            else:
                break
        rows = [cells for cells in group if cells]
        widths = {len(cells) for cells in rows}
        if len(rows) >= 2 and len(widths) == 1:
            # The header names the columns: no digit in its other cells while the rows hold numbers.
            first, rest = rows[0], rows[1:]
            numbers_below = any(re.search(r"\d", c) for cells in rest for c in cells[1:])
            if numbers_below and not any(
                re.search(r"\d", c.replace("1-5", "").replace("1–5", "")) for c in first[1:]
            ):
                rows = rest
            out.extend(cells[0] for cells in rows)
            n += len(group)
        else:
            out.append(lines[n])
            n += 1
    return out


_RULE = re.compile(r"[-=+|_ ]{3,}")


def _short_cell(cell: str) -> bool:
    """A cell of a matrix beside a skill: a level, a number or a year, a few words, no list."""
    return len(cell.split()) <= 4 and not re.search(r"[,;]", cell)


# A skill bar or dot rating drawn beside a skill ("Python | ████████░░ | 80%", "SAP FI ●●●○○"): not part of it.
_RATING = re.compile(
    r"(?:\s*\|?\s*[█▓▒░■□●○◉◯◐★☆✪⬤▮▯]+)+(?:\s*\|?\s*\d{1,3}\s?%)?|(?<=[█░●○■□])\s*\|?\s*\d{1,3}\s?%"
)


# A short heading of a list of skills on its line: "IT:", "Tools:", "EDV-Kenntnisse :", "Informatique :".
_CATEGORY = re.compile(r"(?:[^\W\d_][\w&/.-]*\s?){1,4}\s?:\s+")
_DRIVING_LICENCE = re.compile(
    r"driving licen[cs]e|driver'?s licen[cs]e|führerschein|permis de conduire|permis [AB]\b|carnet de conducir"
    r"|patente di guida|^patente\s*(?:\||:)\s*[a-e]\b|carta de condução|rijbewijs|prawo jazdy|řidičský průkaz|vodičský preukaz|ajokortti"
    r"|körkort|førerkort|kørekort|jogosítvány|ehliyet|permis auto|permis de conducere|vozniško dovoljenje"
    r"|vozačka dozvola|juhiluba|vadītāja apliecība|vairuotojo pažymėjimas"
    # The other member languages: Bulgarian (and its "МПС", motor vehicle), Macedonian, Greek, Albanian,
    # Icelandic, Turkish, Spanish, Portuguese.
    r"|свидетелство за управление|шофьорска книжка|\bмпс\b|возачка дозвола|δίπλωμα οδήγησης"
    r"|leje? e drejtimit|ökuskírteini|sürücü belgesi|carné de conducir|permiso de conducir|carta de condução",
    re.IGNORECASE,
)


def _states_a_language(item: str) -> bool:
    """Whether a list item says how well the person speaks a language ("Fluent in English and Norwegian",
    "Native German speaker", "Working knowledge of French"): read as languages, not a skill."""
    return bool(_PROFICIENCY_WORD.search(item)) and language_named_in(item)


def _a_language(item: str) -> bool:
    """Whether a list item is a language's name, maybe with its level ("Russian", "English (C2)",
    "French - fluent")."""
    name = re.split(r"\s*[(:–—-]\s*|\s+(?=[ABC][12]\b)", item, maxsplit=1)[0]
    return bool(name) and language_name_at(name)


_PROFICIENCY = re.compile(
    r"(?:very )?(?:fluent|native|mother tongue|bilingual|basic|intermediate|good|excellent|working knowledge"
    r"|professional|proficient|elementary|beginner|[ABC][12]\+?|courant|notions|langue maternelle|fließend"
    r"|muttersprache|grundkenntnisse|nativo|nativa|madrelingua|fluente|básico|intermedio|avanzado)",
    re.IGNORECASE,
)


# A row of personal data, after its label: a sidebar lists them under its skills without a heading.
_PERSONAL_ROW = re.compile(
    r"(?:date(?: and place)? of birth|place of birth|born|birth|marital status|family status|civil status"
    r"|gender|sex|address|home address|nationality|citizenship|phone|mobile|tel\.?|telephone|e-?mail|children"
    r"|date de naissance|lieu de naissance|née?|état civil|situation familiale|adresse|nationalité|téléphone"
    r"|geburtsdatum|geburtsort|geboren|familienstand|anschrift|adresse|staatsangehörigkeit|fecha de nacimiento"
    r"|lugar de nacimiento|estado civil|dirección|nacionalidad|data di nascita|luogo di nascita|stato civile"
    r"|indirizzo|nazionalità|data de nascimento|nacionalidade|geboortedatum|burgerlijke staat|adres"
    r"|nationaliteit|data urodzenia|stan cywilny|obywatelstwo|datum narození|státní příslušnost)"
    r"\s*(?::|\|)",
    re.IGNORECASE,
)
# An item that says something about the person, not a skill: a year or a number alone, a country or a town
# alone, a marital status, or a heading of skills left in the list ("SOFT SKILLS").
_MARITAL = re.compile(
    r"married|single|divorced|widowed|verheiratet|ledig|geschieden|mariée?|célibataire|divorcée?|casad[oa]"
    r"|solter[oa]|sposat[oa]|coniugat[oa]|celibe|nubile|gehuwd|ongehuwd|żonaty|zamężna|ženatý|vdaná"
    r"|gift|ugift|(?:\w+ )?children|(?:\w+ )?kids|enfants?|kinder",
    re.IGNORECASE,
)


def _about_the_person(item: str) -> bool:
    text = item.strip(" .,;:")
    return bool(
        re.fullmatch(r"[\d\s./()+-]+", text)
        or is_date(text)  # the date a CV was signed on, after its place ("Budapest, 2027. I. 14."): no skill
        or text.casefold() in COUNTRY_NAMES
        or text.casefold() in DUTY_STATIONS
        or _MARITAL.fullmatch(text)
        or re.fullmatch(r"(?:[^\W\d_]+\s+){0,2}skills", text, re.IGNORECASE)
    )


# A language's test or level written among skills ("Second Language Evaluation (SLE): CBC", "CEFR: English
# C1"): the whole line is about languages, no skill. (A clearance listed among skills is one.)
_NOT_A_SKILL_LINE = re.compile(
    r"\b(?:second language evaluation|sle|cefr|cecrl|gers|stanag 6001|slp|toefl|ielts|toeic|delf|dalf"
    r"|testdaf)\b"
    # A profile site's endorsement count under a skill ("Endorsed by 12 colleagues", "3 endorsements").
    r"|^endorsed by\b|^\d+ endorsements?$"
    # "References on request" in the member languages: a closing line after the skills, no skill.
    r"|\b(?:references|referees) (?:available )?(?:up)?on request|références sur demande|referenzen auf anfrage"
    r"|referencias (?:disponibles )?a petición|referenze su richiesta|referências (?:disponíveis )?a pedido"
    r"|referenties op aanvraag|referencje na żądanie|reference na vyžádání|referanser (?:ved|på) forespørsel"
    r"|referenser (?:lämnas )?på begäran|referencer (?:gives )?på forespørgsel",
    re.IGNORECASE,
)
# A phrase telling what the person did: a verb in the past tense first ("led", "briefed", "managed").
_DONE = re.compile(r"(?:[a-z]+ed|led|ran|built|wrote|taught|won|oversaw|drove|set up|made)\b")
_PROFICIENCY_WORD = re.compile(rf"\b(?:{_PROFICIENCY.pattern}|speaker|spoken|written)\b", re.IGNORECASE)


# Rows of personal qualities, achievements or pastimes written among skills, after their label.
_QUALITIES_LABEL = re.compile(
    r"(?:(?:key|main|personal|other|core)\s+)?(?:strengths|qualities|attributes|traits|personality|soft skills"
    r"|achievements|accomplishments|interests|hobbies|leisure|pastimes|qualités(?: personnelles)?|atouts"
    r"|points forts|savoir-être|centres d'intérêt|loisirs|stärken|persönliche eigenschaften|soft skills"
    r"|fortalezas|cualidades|logros|punti di forza|qualità personali|pontos fortes|qualidades|sterke punten"
    r"|kwaliteiten|styrker|mocne strony|silné stránky|erősségek|güçlü yönler|(?:security )?clearance"
    r"|habilitation(?: de sécurité)?|sicherheitsüberprüfung|nulla osta(?: di sicurezza)?|availability"
    r"|disponibilité|verfügbarkeit|notice period)\s*(?::|\|)\s*",
    re.IGNORECASE,
)
# A statement of availability among skills ("Available to travel", "willing to relocate"): no skill.
_AVAILABILITY = re.compile(
    r"(?:available|willing|ready|prepared|open|able) to (?:travel|relocate|start|move|work|deploy)"
    r"|(?:full|clean) driving|disponible|mobilité géographique|reisebereit|umzugsbereit",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"[,;|•·▪]\s*|\s+-\s+")
MEAN_LIST_ITEM_WORDS = 4


def _items(line: str) -> list[str]:
    """The line split at separators outside brackets."""
    items, start, depth = [], 0, 0
    position = 0
    while position < len(line):
        char = line[position]
        depth += char in "(["
        depth -= char in ")]" and depth > 0
        separator = _SEPARATOR.match(line, position) if depth == 0 else None
        if separator and separator.end() > position:
            items.append(line[start:position])
            start = position = separator.end()
            continue
        position += 1
    items.append(line[start:])
    return items


def _sentence(line: str) -> bool:
    """A line of prose: it ends with a full stop, and its parts are longer than a list's items."""
    items = [item for item in _items(line) if item.strip()]
    words = sum(len(item.split()) for item in items)
    return line.rstrip().endswith(".") and words > MEAN_LIST_ITEM_WORDS * max(len(items), 1)


_SKILLS_LABEL = re.compile(
    r"^(?:(?:job-related|digital|computer|it|technical|organisational|communication|other) skills"
    r"|compétences (?:informatiques|numériques|techniques)|edv-kenntnisse"
    # a row named by its kind alone ("IT: SAP, Excel", "Systems: JTLS, ICC", "Computer: MS Office")
    rf"|{KINDS_ALONE})\s*(?:\||:)\s*",
    re.IGNORECASE,
)


def skills_row(line: str) -> bool:
    """Whether the line is a labelled row of skills ("IT: ArcGIS, MS Office"), whatever section holds it."""
    return bool(_SKILLS_LABEL.match(line))


def labelled_skills(lines: list[str]) -> list[str]:
    """Skills given on a labelled row outside a Skills section ("Job-related skills | ...", Europass). A
    row of personal qualities ("Organisational skills: leading a platoon of 30 soldiers") gives only the
    short items of a list: a phrase about the person is no skill to propose."""
    found = []
    for line in lines:
        label = _SKILLS_LABEL.match(line)
        if not label:
            continue
        items = line[label.end() :]
        if _SOFT_LABEL.match(line) and not _short_items(items):
            continue
        found.append(items)
    return found


def _short_items(items: str) -> bool:
    """Whether a row of personal skills is a list of at least two short items, not a phrase."""
    every = [item for item in _items(items) if item.strip()]
    short = [item for item in every if len(item.split()) <= MAX_SOFT_SKILL_WORDS]
    return len(short) >= 2 and len(short) == len(every)


_SOFT_LABEL = re.compile(
    r"(?:organi[sz]ational|communication|social|interpersonal|management|managerial|leadership)"
    r"(?: and \w+)? skills\s*(?::|\|)\s*|compétences (?:organisationnelles|relationnelles|sociales"
    r"|managériales|de communication)\s*(?::|\|)\s*",
    re.IGNORECASE,
)
MAX_SOFT_SKILL_WORDS = 3


def summary(lines: list[str]) -> str | None:
    text = " ".join(unbulleted(line) for line in lines).strip()
    return text[:MAX_SUMMARY_LENGTH] or None
