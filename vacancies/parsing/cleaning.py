"""Text clean-up: unicode and quotes, scraper noise, bullets, repeated blocks.

>>> [line.text for line in clean_lines("Loading ...\\r\\n• have “good” skills;\\r\\nView: 130")]
['have "good" skills;']
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass

from babel import Locale
from wordfreq import zipf_frequency

from .english_french import french_lean, leans_french
from .tables import linearise_tables


@dataclass(frozen=True)
class Line:
    """One line of the notice: its words without bullet mark or indentation, and whether it was a bullet."""

    text: str
    bullet: bool = False
    # A bullet only by its indentation: a PDF may indent the wrapped end of a list item as well.
    indented: bool = False

    def render(self) -> str:
        return f"- {self.text}" if self.bullet else self.text


_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\t": "    ", "\u200b": None, "\u200c": None, "\u200d": None,
        "\u2060": None, "\ufeff": None, "\u00ad": None, "\ufe0e": None, "\ufe0f": None,
    }
)  # fmt: skip

# UTF-8 read as Windows-1252 or Latin-1 ("NATOâ€™s", "RÃ©gulations").
_MOJIBAKE = re.compile(r"â€|Ã[\u0080-\u00bf©¨ª«®´¹º¼½]|Â[\u00a0-\u00bf ]")

_BULLET = re.compile(
    # "[ ]", "[x]", "☐", "☑": a checklist's boxes, one a requirement.
    r"^(?:[-*+•·‣◦▪▫●○■□►▶➢➤➔→✓✔✗⁃∙☐☑☒]|\[[ xX✓✔]?\]|\(?[a-h]\)|\(?[ivx]{1,4}\))\s+|^[•▪●■►➢✓✔]"
    # "a. A university degree ...", "ii. Minimum 4 years ...": a letter or a Roman number and a full stop.
    r"|^(?:[a-h]|[A-H]|[ivx]{1,4})\.\s+(?=[A-Z(\"'])"
)
_INDENT = re.compile(r"^(?: {2,}|\u3000)")

# Whole lines that a job board adds around a notice (English and French chrome).
_NOISE = re.compile(
    r"""^(?:
        loading\s*\.*|chargement\s*\.*|please\ wait\.*
      | (?:views?|ver|visualizza|vues?|visto|aufrufe|bekeken|vistas)\s*:?\s*\d*
      | (?:update\ day|updated?(?:\ on)?|last\ updated|mis\ [àa]\ jour(?:\ le)?|date\ de\ mise\ [àa]\ jour)\s*:.*
      | (?:d[ií]a\ de\ (?:actualizaci[oó]n|atualiza[çc][ãa]o)|giorno\ di\ aggiornamento|更新日|看过)\s*:.*
      | (?:categor[íi]a|industria|ind[úu]stria|tipo\ de\ (?:empleo|empregos?)|tipo\ di\ lavoro)\s*:.*
      | (?:jump|skip)\ to\ (?:main\ )?content|recommended\ posts|you\ are\ on\ page\ \d+\s*of\s*\d+|sei\ sulla\ pagina.*
      | get\ the\ latest\ news.*|job\ search\ and\ career\ advice\ platform|activez\ les\ alertes.*
      | pubblica\ annuncio\ gratuito|share\ this\ job\s*:?
      | (?:>>?\s*|»\s*)?(?:read|see|view)\ the\ (?:full|complete)\ (?:notice|vacancy|job\ description|job\ posting|posting|advert)
        (?:\ and\ apply)?\s*:?|view\ this\ (?:e-?mail|message)\ in\ your\ browser.*
      | click\ to\ apply.*|apply\ now|apply\ for\ this\ (?:job|position)|apply|postuler(?:\ maintenant)?
      | report\ (?:this\ )?job|signaler(?:\ cette\ offre)?|share\ this\ (?:job|offer)|share|partager(?:\ cette\ offre)?
      | save(?:\ this)?\ job|save|sauvegarder|print|imprimer|tweet|email\ this\ job|back\ to\ (?:search|results|jobs)
      | requisition\s*(?:\#|id|number|no\.?)\s*:?.*|job\ (?:id|ref(?:erence)?)\s*:?\s*[\w-]*
      | cover\ image|company\ logo|logo|image|photo
      | -+|=+|\.+|\|+|•
      | (?:[^>»\n]{1,40}\s[>»]\s){2,}[^>»\n]{0,60}
      | industry\s*:|category\s*:|secteur\s*:
      | (?:sign|log)\ ?in|register|se\ connecter|connexion|inscription|s'inscrire|mon\ compte|my\ account
      | home|jobs|emplois|accueil|offres\ d'emploi|offre\ d'emploi|publier\ une\ offre|post\ a\ job
      | (?:privacy|cookie)\ (?:policy|settings)|terms\ (?:of\ use|and\ conditions)|mentions\ l[ée]gales
      | politique\ de\ confidentialit[ée]|conditions\ g[ée]n[ée]rales.*|tous\ droits\ r[ée]serv[ée]s.*
      | all\ rights\ reserved.*|©.*|copyright.*|voir\ plus|see\ more|show\ more|read\ more|en\ savoir\ plus
      | (?:we|this\ site)\ uses?\ cookies.*|accept(?:er)?(?:\ all)?(?:\ cookies)?|j'accepte|ok
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# "29-12-2025 Anderlecht, Brussels Capital": an entry of a similar-jobs list.
_DATE_PLACE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+[A-Z][^.;:]{0,60}$")
_SIMILAR = re.compile(
    r"^(?:similar|related|other|more|recommended)\s+(?:jobs|vacancies|offers|positions|opportunities)\b.*"
    r"|^(?:offres|emplois|postes)\s+(?:d'emploi\s+)?similaires.*|^you\s+may\s+also\s+like.*"
    r"|^jobs\s+you\s+(?:might|may)\s+like.*|^vous\s+aimerez\s+aussi.*",
    re.IGNORECASE,
)
# What ends a similar-jobs list: the notice resumes (a deadline line or a long sentence).
_RESUME = re.compile(r"^(?:deadline|closing date|application deadline|date limite)\b", re.IGNORECASE)


# Fields of a job feed's record that say nothing about the post.
_RECORD_NOISE = re.compile(
    r"^(?:id|uuid|guid|source|status|count|views?|logo|url|\w*_url|href|link|tags|slug|score|rank|page)$",
    re.I,
)
_MAX_RECORD = 200_000  # characters: a feed's dump larger than this is read as the text it is


def json_record(text: str) -> str:
    """A job feed's JSON record (an API dump pasted as text) as the page it describes: "Title: ..." lines for
    its fields, its description's own lines; any other text unchanged.

    >>> print(json_record('{"title": "Analyst", "location": {"city": "Mons", "country": "BE"}, "id": 7}'))
    Title: Analyst
    Location: Mons, BE
    """
    stripped = text.strip()
    if not stripped.startswith(("{", "[")) or len(stripped) > _MAX_RECORD:
        return text
    try:
        record = json.loads(stripped)
    except ValueError:
        return text
    lines: list[str] = []
    _record_lines(record, "", lines, depth=0)
    return "\n".join(lines) if lines else text


# A spreadsheet's export: a header row of quoted field names ("Ref";"Post title";"Essential requirements";...).
_CSV_HEADER = {
    delimiter: re.compile(rf'^\s*"[^"\n]{{1,80}}"(?:\s*{re.escape(delimiter)}\s*"[^"\n]{{1,80}}"){{3,}}\s*$')
    for delimiter in (";", ",", "\t", "|")
}


def csv_record(text: str) -> str:
    r"""A spreadsheet's export of a notice (a header row of quoted field names, then the record, its cells quoted
    over several lines) as the page it describes: "Name: value" for a short cell, a long one under its name as a
    heading; the lines before the header row kept, rows of another shape dropped.

    >>> print(csv_record('"Ref";"Post title";"Grade";"Essential"\n"7";"Analyst";"A-2";"- A degree.\n- English IV."'))
    Ref: 7
    Post title: Analyst
    Grade: A-2
    <BLANKLINE>
    Essential
    - A degree.
    - English IV.
    <BLANKLINE>
    """
    lines = text.split("\n")
    for i, line in enumerate(lines[:30]):
        delimiter = next((d for d, header in _CSV_HEADER.items() if header.match(line)), None)
        if delimiter is None:
            continue
        try:
            header, *rows = csv.reader(io.StringIO("\n".join(lines[i:])), delimiter=delimiter)
        except csv.Error:
            return text
        records = [row for row in rows if len(row) == len(header)]
        if not records:
            return text
        out = lines[:i]
        for record in records:
            for name, value in zip(header, record):
                name, value = _one_language(name.strip()), value.strip()
                if "\n" in value or len(value) > 120:
                    out.extend(["", name, *value.split("\n"), ""])
                elif value:
                    out.append(f"{name}: {value}")
        return "\n".join(out)
    return text


def _record_lines(value, key: str, lines: list[str], depth: int) -> None:
    label = key.replace("_", " ").strip().capitalize()
    if depth > 8 or _RECORD_NOISE.match(key or "-"):
        return
    if isinstance(value, dict):
        kept = {k: v for k, v in value.items() if not _RECORD_NOISE.match(str(k))}
        if key and kept and all(isinstance(v, str) and "\n" not in v for v in kept.values()):
            # {"city": "The Hague", "country": "NL"}, {"name": "NCIA", "logo": "..."}: one field.
            named = kept.get("name")
            shown = named if isinstance(named, str) else ", ".join(v for v in kept.values() if v.strip())
            lines.append(f"{label}: {shown}")
            return
        for k, v in kept.items():
            _record_lines(v, str(k), lines, depth + 1)
    elif isinstance(value, list):
        if key and value and all(isinstance(v, str) for v in value):
            lines.append(f"{label}: {', '.join(v for v in value if v.strip())}")
            return
        for v in value:
            _record_lines(v, "" if isinstance(v, dict) else key, lines, depth + 1)
    elif isinstance(value, str) and value.strip():
        if "\n" in value or len(value) > 200:
            lines.extend(["", *value.split("\n"), ""])
        elif key and not re.match(r"^(?:https?://|www\.)", value):
            lines.append(f"{label}: {value}")


def normalise(text: str) -> str:
    """Unicode NFKC, straight quotes, plain dashes and spaces, \\n line ends, mojibake repaired."""
    if _MOJIBAKE.search(text):
        text = _repair_mojibake(text)
    text = unicodedata.normalize("NFKC", text.translate(_PUNCTUATION))
    text = text.translate(_PUNCTUATION)  # NFKC can produce new curly forms from compatibility characters
    text = text.replace("\\:", ":")  # a Markdown-escaped colon ("should\\:")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A draft exported with its tracked changes ("[Deleted: NATO CONFIDENTIAL][Inserted: NATO SECRET]") and
# its comments' anchors ("[JM1]", the reviewer's initials and a number): the text reads as accepted.
_DELETED = re.compile(r"\[(?:Deleted|Deletion|Removed|Supprimé)\s*:[^\]]*\]", re.IGNORECASE)
_INSERTED = re.compile(r"\[(?:Inserted|Insertion|Added|Inséré)\s*:\s?([^\]]*)\]", re.IGNORECASE)
_COMMENT_ANCHOR = re.compile(r"\[[A-Z]{1,3}\d{1,2}\]")
# A comment as the export lists it after the text: "[JM1] Jan Maes (OPS/RCP), 12/11/2026 09:41: ...", its
# wrapped lines indented under it.
_COMMENT_LINE = re.compile(r"^\[[A-Z]{1,3}\d{1,2}\]\s+\S")


def tracked_changes(text: str) -> str:
    """A draft's tracked changes accepted and its comments dropped; any other text unchanged.

    >>> tracked_changes("Clearance: [Deleted: NATO CONFIDENTIAL][Inserted: NATO SECRET][AS2]")
    'Clearance: NATO SECRET'
    """
    if not (_DELETED.search(text) or _INSERTED.search(text)):
        return text  # anchors alone ("[A1]") may be anything else
    lines, in_comment = [], False
    for raw in text.split("\n"):
        if _COMMENT_LINE.match(raw):
            in_comment = True
            continue
        if in_comment and raw[:1] in (" ", "\t") and raw.strip():
            continue
        in_comment = False
        lines.append(raw)
    text = _INSERTED.sub(lambda m: m.group(1), _DELETED.sub("", "\n".join(lines)))
    return _COMMENT_ANCHOR.sub("", text)


def _repair_mojibake(text: str) -> str:
    for encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return text


def _strip_symbols(text: str) -> str:
    # Emoji and pictographs ("⏰", "🌏") are symbols (So) or surrogates; letters and punctuation stay.
    if text.isascii() and "^" not in text:
        return text  # the common case: no ASCII character is a symbol but "^"
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Cs", "Co", "Cn", "Sk"))


# A PDF's page number, alone or after the page's running head ("NATO UNCLASSIFIED      Page 2 of 3").
_PAGE_NUMBER = re.compile(r"(?:^|\s{2,}|\s+[-|]\s+)page\s+\d+\s*(?:of|/|de|sur)\s*\d+\s*$", re.IGNORECASE)


def split_line(raw: str) -> Line:
    """One raw line -> Line, with bullet marks ("-", "•", "*", "a)", indentation) recognised."""
    raw = _PAGE_NUMBER.sub("", raw) if "age" in raw else raw
    indented = bool(_INDENT.match(raw))
    text = raw.strip()
    match = _BULLET.match(text)
    if match:
        text = text[match.end() :]
    elif outline := _OUTLINE_NUMBER.match(text):
        # "1.1 Post title: ...", "3.1 Essential", "3.1.1 Higher secondary education ...": a post description's
        # paragraph numbers. The number goes; a sentence under it is an item, a short line a heading or field.
        text = _unglue(" ".join(_strip_symbols(text[outline.end() :]).split()))
        item = len(text.split()) > 8 or text.endswith((".", ";"))
        return Line(text, item and bool(text), False)
    text = _unglue(" ".join(_strip_symbols(text).split()))
    return Line(text, (indented or bool(match)) and bool(text), indented and not match and bool(text))


# A paragraph number of two or more levels ("2.3", "3.1.1.", "4.2)") before a capital or a number of years
# ("4.2 3 years' experience"): a date ("12.03.2027") or a figure ("1.5 years") is none.
_OUTLINE_NUMBER = re.compile(
    r"^\d{1,2}(?:\.\d{1,2}){1,3}(?:\.|\))?\s+(?=[A-Z\u00c0-\u00de]|\d{1,2}\+?\s*(?:years?|months?)\b)"
)


# Markup removed without a space: "economics,finance", "one;III", "years'experience".
_GLUED = re.compile(r"(?<=[a-z]{2})([,;])(?=[A-Za-z]{2})|(?<=[a-z]s')(?=[a-z]{3})")


def _unglue(text: str) -> str:
    """A space after a comma, semicolon or plural apostrophe that lost it between two words.

    >>> _unglue("a degree,preferably in economics,finance; 8 years'experience;III")
    "a degree, preferably in economics, finance; 8 years' experience; III"
    """
    if "," not in text and ";" not in text and "'" not in text:
        return text
    return _GLUED.sub(lambda m: f"{m.group(1) or ''} ", text)


# Header fields a PDF or a scraper ran together on one line: "Vacancy Number: 16021 Grade: A-2 Title: ...".
_FIELD_LABEL = re.compile(
    r"(?:TALEO Job Number|Vacancy Number|Post Number|Job Title|NATO Grade|Basic Monthly Salary|Salary"
    r"|Closing Date|Application Deadline|Division/Office|NATO Body|Point of Contact|Primary Location"
    r"|Country|Location|Grade|Title|Division)(?:\s*\([^()]{0,30}\))?\s*:",
    re.IGNORECASE,
)


# A Taleo field name glued to the previous field's value ("Belgium-BrusselsNATO Body", "Full-timeApplication
# Deadline"): copied pages lose the line break between them.
_GLUED_LABEL = re.compile(
    r"(?<=[a-z0-9)])(?=(?:NATO Body|Schedule|Application Deadline|Salary \(Pay Basis\)|Grade|Description)\b)"
)


_GLUED_WORDS = ("NATO Body", "Schedule", "Deadline", "Salary", "Grade", "Description")


def split_fields(text: str) -> list[str]:
    """A line holding several "Label: value" header fields, one field a line; other lines unchanged.

    >>> split_fields("Vacancy Number: 16021 Grade: A-2 Title: Administrator (Security)")
    ['Vacancy Number: 16021', 'Grade: A-2', 'Title: Administrator (Security)']
    """
    if text.count(":") < 2 and not any(label in text for label in _GLUED_WORDS):
        return [text]  # the common case, decided without a regular expression
    pairs = labelled_cells(text)
    if pairs:
        return pairs
    glued = _GLUED_LABEL.split(text)
    if len(glued) > 1:
        return [part for piece in glued for part in split_fields(piece.strip(" :")) if part]
    starts = [m.start() for m in _FIELD_LABEL.finditer(text) if _starts_label(text, m)]
    # Two labels when the line opens with one, else three: prose may name one or two fields.
    if len(starts) < (2 if starts[:1] == [0] else 3) or len(text) < 40:
        return [text]
    bounds = [0, *starts] if starts[0] else starts
    parts = [text[a:b].strip() for a, b in zip(bounds, [*bounds[1:], len(text)])]
    return [part for part in parts if part]


# The cells of a boxed facts grid or a strip of facts as one line: "Post title: Officer | Grade: A-2",
# "Location: | Naples, Italy" (a label's cell, then its value's), "Grade: A.2 · Closing date: 1 May 2027".
_CELL_GAP = re.compile(r"\s+[|·]\s+")
_CELL_LABEL = re.compile(r"^[A-Z][\w /().'-]{0,30}:(?=\s|$)")


def labelled_cells(text: str) -> list[str]:
    """Of a line whose cells are all "Label: value" fields, or a label's cell and its value's, one field a
    line; [] for any other line (a table row, a menu, prose with a colon).

    >>> labelled_cells("Closing: | 23:59 hrs on 1 May 2027 | Eligibility: | Member nations")
    ['Closing: 23:59 hrs on 1 May 2027', 'Eligibility: Member nations']
    >>> labelled_cells("NATO International Staff | Vacancy 27/01 | Grade: A.2")
    []
    """
    cells = [cell.strip() for cell in _CELL_GAP.split(text.strip())]
    fields: list[str] = []
    waiting = False  # the last cell was a label alone: this one is its value
    for cell in cells:
        labelled = _CELL_LABEL.match(cell)
        if waiting and not labelled:
            fields[-1] = f"{fields[-1]} {cell}"
            waiting = False
        elif labelled:
            fields.append(cell)
            waiting = labelled.end() == len(cell)  # the label alone
        else:
            return []
    return fields if len(fields) >= 2 and not waiting else []


# Field names that recruitment platforms (Taleo, Workday, job boards) print on a line of their own, the
# value on the next line: "Unposting Date" / "Jan 15, 2027, 11:59:00 PM".
_FIELD_ALONE = re.compile(
    r"^(?:job title|post title|position title|job requisition id|requisition id|job id|job number|"
    r"primary location|other locations|locations?|duty station|work location|job location|country|city|"
    r"nato body|organi[sz]ation|hiring organi[sz]ation|division|directorate|department|business unit|"
    r"schedule|time type|worker type|employment type|job type|"
    r"unposting date|posting end date|posting date|job posting|posted on|closing date|application deadline|"
    r"deadline|expiry date|end date|salary(?: \(pay basis\))?|grade|nato grade|grade/rank|"
    r"clearance level|security clearance|clearance|habilitation|post number|vacancy number|reference(?: number)?|"
    r"lieu|date limite|post title|location)\s*:?$",
    re.IGNORECASE,
)


def _one_language(label: str) -> str:
    """A bilingual field name ("Lieu / Location", "Date limite / Closing date") as the side this reader
    knows, else as it is."""
    if " / " not in label or len(label) > 60:
        return label
    return next((side for side in label.split(" / ") if _FIELD_ALONE.match(side.strip())), label).strip()


# "Q: Where will I work?" / "Question 3 - What must I have?" and its "A: ..." answer: a page of questions.
_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*\d{0,2}\s*[:.)-]\s*(?P<q>\S.{2,100}\?)\s*$", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*[:.)-]\s*", re.IGNORECASE)
_BARE_QUESTION = re.compile(
    r"^\s*(?P<q>(?:who|what|which|where|when|how|do|does|is|are|will|would|can|must|should|may)\b[^?]{2,100}\?)\s*$",
    re.IGNORECASE,
)
_BARE_QUESTIONS = 4
# What a question asks, by its words: a field (its answer read as "Label: answer") or a list (a heading).
_QUESTION_FIELDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        # Fields first: "When must I apply by?" asks for a date, "Will I need a clearance?" for a clearance.
        ("Location", r"^where\b|\blocat(?:ed|ion)\b|\bduty station\b"),
        ("Closing date", r"\b(?:apply by|deadline|closing date|close|closes|when (?:must|should|can|do) (?:i|you) apply)\b"),
        ("Grade", r"\bgrade\b"),
        ("Security clearance", r"\bclearance\b"),
        ("Competencies", r"\bcompetenc"),
        ("Desirable", r"\b(?:help|helps|helpful|nice|plus|bonus|advantage\w*|asset|desirable|preferred|ideally|stand out|edge|extra)\b"),
        ("Essential", r"\b(?:must|need|needed|required?|requirements?|essential|qualifications|looking for)\b"),
        ("Duties", r"\b(?:will (?:i|you) do|duties|tasks|responsibilities|day to day)\b"),
    )
)  # fmt: skip
_FIELD_ANSWERS = frozenset({"Location", "Closing date", "Grade", "Security clearance"})


# A message's or an utterance's stamp in a chat export, a transcript or a log: "[00:02:41] Host: ",
# "18.11.2026, 08:44 - Ivaylo T.: ", "[18/11/2026, 08:44:12] Ana: "; the speaker is optional.
_STAMP = re.compile(
    r"^\s*\[?\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*\]?"
    r"\s*(?:[-–]\s*)?(?:(?P<speaker>[^\s:\[\]][^:\[\]]{0,40}?):\s+)?"
)
_STAMPED_LINES = 3  # a chat or a transcript stamps many lines; a notice may state one time ("at 12:00")
_STAMPED_SHARE = 0.2
# A caption in brackets: a slide's, an image's ("[SLIDE 2: What you must have]").
_CAPTION = re.compile(
    r"^\s*\[(?:slide|image|figure|photo|caption|screen|video)\b[^:\]]{0,12}:\s*", re.IGNORECASE
)
# A list read out: "One. Nationality of ...", "Two. A university degree ...", "And six, willingness ...".
_SPOKEN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_SPOKEN_ITEM = re.compile(rf"^(?:and\s+)?(?P<n>{'|'.join(_SPOKEN)})\s*[.,:]\s+(?=\S)", re.IGNORECASE)


def message_stamps(raws: list[str]) -> list[str]:
    """A chat export's or a transcript's lines without their stamps and speakers: each message a paragraph
    of its own; a slide's caption as its text; a list read out ("One. ...", "Two. ...") as a list.

    >>> message_stamps(["[00:01] Host: Hello.", "[00:02] [SLIDE 2: What you must have]", "[00:03] Host: One. A degree.",
    ...                 "[00:04] Ana: Any degree.", "[00:05] Host: Two. English IV."])
    ['Hello.', '', 'What you must have', '', '- A degree.', '', 'Comment: Any degree.', '', '- English IV.']
    """
    stamped = sum(1 for raw in raws if _STAMP.match(raw))
    if stamped < _STAMPED_LINES or stamped < _STAMPED_SHARE * sum(1 for raw in raws if raw.strip()):
        return raws  # a page's printed header ("12/1/26, 9:42 AM  Title | Careers") repeats, but on few lines
    result: list[str] = []
    spoken = 0  # the last number of a list read out
    captioned = False  # under a slide's caption: what is said about it, between its items, is commentary
    for raw in raws:
        stamp = _STAMP.match(raw)
        if not stamp:
            result.append(_caption(raw))
            continue
        said = raw[stamp.end() :]
        text = _caption(said).strip()
        if result and result[-1].strip():
            result.append("")  # a new message, a new paragraph
        item = _SPOKEN_ITEM.match(text)
        if _CAPTION.match(said):
            captioned, spoken = True, 0
        elif item and _SPOKEN.index(item["n"].casefold()) in (0, spoken):
            spoken = _SPOKEN.index(item["n"].casefold()) + 1
            text = "- " + text[item.end() :]
        elif captioned and text and not _OPENS_LIST.match(text):
            text = f"Comment: {text}"  # "Yes, staff college counts": a remark, not a requirement
        if text:
            result.append(text)
    return result


# An utterance that opens a list of its own: "Nice to have: instructor experience, ...".
_OPENS_LIST = re.compile(r"^[^:.]{3,40}:\s+\S")


def _caption(raw: str) -> str:
    caption = _CAPTION.match(raw)
    return raw[caption.end() :].rstrip().removesuffix("]") if caption else raw


def questions(raws: list[str]) -> list[str]:
    """A notice written as questions and answers, as headings and fields: "Q: What must I have?" opens the
    essential list, "Q: What would help?" the desirable one, "Q: Where will I work?" / "A: At NATO
    Headquarters, Brussels." is the location; an answer's "A:" goes. A question the reader has no meaning for
    stays a heading of its own (ends the list before it).

    >>> questions(["Q: Where will I work?", "A: Mons, Belgium.", "", "Q: What must I have?", "A: A degree."])
    ['Location: Mons, Belgium.', '', 'Essential', 'A degree.']
    """
    question_line = _QUESTION
    if sum(1 for raw in raws if _QUESTION.match(raw)) < 2:
        # Questions without "Q:" ("Do I need a degree?" / "Yes. You need ..."): a page of them when it asks
        # several, and the answers run to the next question.
        if sum(1 for raw in raws if _BARE_QUESTION.match(raw)) < _BARE_QUESTIONS:
            return raws
        question_line = _BARE_QUESTION
    result: list[str] = []
    field: str | None = None
    for raw in raws:
        asked = question_line.match(raw)
        if asked:
            question = asked["q"].strip()
            field = next((label for label, p in _QUESTION_FIELDS if p.search(question)), None)
            if field not in _FIELD_ANSWERS:
                result.append(field or question)
            continue
        answer = _ANSWER.match(raw)
        if question_line is _BARE_QUESTION and field in _FIELD_ANSWERS and raw.strip():
            answer = re.match(r"\s*", raw)
        if answer and field in _FIELD_ANSWERS:
            result.append(f"{field}: {raw[answer.end() :].strip()}")
            field = None
            continue
        answered = raw[answer.end() :] if answer else raw
        # "Yes. You need a university degree ...": the answer's yes is no part of the requirement.
        result.append(_YES.sub("", answered, count=1) if field else answered)
    return result


_YES = re.compile(r"^(\s*)(?:yes|oui)\s*[.,:;!-]\s*(?=\S)", re.IGNORECASE)


def header_table(raws: list[str]) -> list[str]:
    """A header table of field names over a row of values ("POST NUMBER | POST TITLE | GRADE" then
    "JBS0210 | Logistics Officer | A-2") as one "Name: value" line per field. The names and the values may
    each also come one a line (a table's cells read one by one: "Grade", "Location", "Closing date", then
    the three values). A name the reader does not know ("Contract") may sit among those it knows.

    >>> header_table(["POST NUMBER | POST TITLE | GRADE", "JBS0210 | Logistics Officer | A-2 (G15)"])
    ['POST NUMBER: JBS0210', 'POST TITLE: Logistics Officer', 'GRADE: A-2 (G15)']
    >>> header_table(["Grade", "Contract", "Location", "A-3", "3 years", "Mons, Belgium"])
    ['Grade: A-3', 'Contract: 3 years', 'Location: Mons, Belgium']
    """
    result: list[str] = []
    i = 0
    while i < len(raws):
        names, taken = _header_names(raws, i)
        values = _header_values(raws, i + taken, len(names)) if names else None
        if values is not None:
            result.extend(f"{name}: {value}" for name, value in zip(names, values[0]) if value)
            i += taken + values[1]
            continue
        result.append(raws[i])
        i += 1
    return result


_HEADER_NAME = re.compile(r"^[A-Za-z][A-Za-z /&()'-]{1,30}:?$")
# A header's names one a line: those a field's value is read for, and the contract's.
_HEADER_ONLY = re.compile(
    rf"{_FIELD_ALONE.pattern}|^(?:contract(?: type| duration)?|type of contract|duration)\s*:?$",
    re.IGNORECASE,
)


def _header_names(raws: list[str], i: int) -> tuple[list[str], int]:
    """The field names a header row starting at line ``i`` holds and how many lines it takes: one line of
    names between bars, or three or more lines of one name each."""
    cells = [cell.strip() for cell in raws[i].split("|")]
    if len(cells) >= 2:
        return (cells, 1) if _names(cells) else ([], 0)
    # One a line, every name is one the reader knows (a value such as "Brussels (Belgium)" is none).
    names: list[str] = []
    while i + len(names) < len(raws) and _HEADER_ONLY.match(raws[i + len(names)].strip()):
        names.append(raws[i + len(names)].strip())
    return (names, len(names)) if len(names) >= 3 else ([], 0)


def _names(cells: list[str]) -> bool:
    """Cells that are field names: all short names, all but one of them known."""
    known = sum(bool(_FIELD_ALONE.match(cell)) for cell in cells)
    return all(cell and _HEADER_NAME.match(cell) for cell in cells) and known >= max(2, len(cells) - 1)


def _header_values(raws: list[str], i: int, count: int) -> tuple[list[str], int] | None:
    """``count`` values from line ``i`` and how many lines they take (one line between bars, or one a
    line), or None when the lines there are not such values."""
    if i >= len(raws):
        return None
    cells = [cell.strip() for cell in raws[i].split("|")]
    if len(cells) == count and count >= 2 and "|" in raws[i]:
        lines = 1
    elif count >= 3 and i + count <= len(raws) and all("|" not in raw for raw in raws[i : i + count]):
        cells, lines = [raw.strip() for raw in raws[i : i + count]], count
    else:
        return None
    if any(_FIELD_ALONE.match(cell) for cell in cells) or (lines > 1 and not all(cells)):
        return None
    if lines > 1 and any(len(cell) > 80 or cell.endswith(":") for cell in cells):
        return None
    return cells, lines


def join_labels(raws: list[str]) -> list[str]:
    """A field name alone on its line and its value on the next as one "Label: value" line.

    >>> join_labels(["Unposting Date", "Jan 15, 2027, 11:59:00 PM", "", "Description"])
    ['Unposting Date: Jan 15, 2027, 11:59:00 PM', '', 'Description']
    """
    joined: list[str] = []
    i = 0
    while i < len(raws):
        label, value = _one_language(raws[i].strip()), raws[i + 1].strip() if i + 1 < len(raws) else ""
        if (
            _FIELD_ALONE.match(label)
            and value
            and len(value) <= 80
            and not _FIELD_ALONE.match(value)
            and not value.endswith(":")
        ):
            joined.append(f"{label.rstrip(' :')}: {value}")
            i += 2
            continue
        joined.append(raws[i])
        i += 1
    return joined


# Markup of the formats a notice arrives in, as plain text: Markdown (a wiki export), a quoted e-mail, a
# text browser's dump (lynx), an e-mail newsletter.
_FRONT_MATTER_KEY = re.compile(r"^[a-z_][\w-]*\s*:")
_QUOTE = re.compile(r"^\s*(?:> ?)+")
_COMMENT = re.compile(r"<!--.*?-->")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
# "[Apply](https://...)" -> "Apply"; a bare "<https://...>" and a lynx link number "[12]" go.
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_BARE_LINK = re.compile(r"<(?:https?://|mailto:)[^>\s]*>")
# A line that is only an address, or a text browser's numbered reference to one: "  12. https://...".
_URL_LINE = re.compile(r"^\s*(?:\d{1,3}\.\s+)?<?(?:https?://|mailto:|javascript:)\S*\s*$")
_LINK_NUMBER = re.compile(r"\[\d{1,3}\](?=\S)")
# Emphasis marks on a word's edge ("**Language:**", "*Related pages:*", "__Note__"), not a "* " bullet.
_EMPHASIS = re.compile(r"(?<![\w*])(?:\*{1,3}|_{2,3})(?=[^\s*])|(?<=[^\s*])(?:\*{1,3}|_{2,3})(?![\w*])")
# Italics between single underscores, as Markdown and chat apps write them: "_Essential:_", "_in English_";
# never inside a word ("snake_case") nor a run of them.
_ITALIC = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]*?[^\s_])_(?![\w_])")
# A banner's stars around a sentence: "*** This post is open only to ... ***".
_BANNER = re.compile(r"^(\s*)\*{2,}\s+(.*?)\s+\*{2,}\s*$")


def unmark(raws: list[str]) -> list[str]:
    """The lines without their markup: a Markdown file's front matter, heading marks, emphasis and links
    made text; an e-mail's quote marks ("> ") when it quotes a block; HTML comments; a text browser's link
    numbers. Indentation is kept (a wrapped item's hanging indent is read later).

    >>> unmark(["> ## Essential", ">", "> - **Language:** English, see [page](https://x.org/a)."])
    ['Essential', '', '- Language: English, see page.']
    """
    if raws and raws[0].strip() == "---":
        end = next((i for i, raw in enumerate(raws[1:40], 1) if raw.strip() == "---"), None)
        if end and all(_FRONT_MATTER_KEY.match(raw) or not raw.strip() for raw in raws[1:end]):
            # Its title stays ("title: \"Staff Officer\""); the export's other data (dates, tags) go.
            title = next((raw for raw in raws[1:end] if raw.startswith("title:")), None)
            raws = ([f"Title: {title[6:].strip().strip(chr(34))}"] if title else []) + raws[end + 1 :]
    quoted = sum(1 for raw in raws if _QUOTE.match(raw)) >= 3
    if quoted:
        raws = _quoted_notice(raws)
    result = []
    for raw in raws:
        if quoted:
            raw = _QUOTE.sub("", raw, count=1)
        if _URL_LINE.match(raw):
            continue
        if "<!--" in raw:
            raw = _COMMENT.sub("", raw)
            if not raw.strip():
                continue
        if "#" in raw:
            raw = _MD_HEADING.sub("", raw, count=1)
        if "[" in raw:
            if _is_menu(raw):
                continue
            raw = _LINK_NUMBER.sub("", _MD_LINK.sub(r"\1", raw))
        if "<" in raw:
            raw = _BARE_LINK.sub("", raw).rstrip()
        if "*" in raw or "__" in raw:
            raw = _EMPHASIS.sub("", _BANNER.sub(r"\1\2", raw))
        if "_" in raw:
            raw = _ITALIC.sub(r"\1", raw)
        result.extend(_icon_cells(raw))
    return result


def _icon_cells(raw: str) -> list[str]:
    """A strip of badges, each led by its pictograph ("🏢 NATO Support and Procurement Agency   📍 Capellen,
    Luxembourg"): one line per badge, as the pictographs are dropped later and the cells would run together."""
    text = raw.strip()
    if not text or text.isascii() or not _is_icon(text[0]):
        return [raw]
    # Each pictograph after a space or a bar opens a badge ("🏢 Allied Air Command 📍 Ramstein, Germany").
    starts = [0] + [
        m.end()
        for m in re.finditer(r"\s+(?:\|\s+)?", text)
        if m.end() < len(text) and _is_icon(text[m.end()])
    ]
    if len(starts) < 2:
        return [raw]
    return [text[a:b].strip(" |") for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def _is_icon(char: str) -> bool:
    """A pictograph (emoji, a dingbat, "⏰"): not a geometric shape, which marks a list's item ("●", "▪")."""
    code = ord(char)
    return unicodedata.category(char) in ("So", "Cs") and (
        code >= 0x1F000 or 0x2300 <= code < 0x2400 or 0x2600 <= code < 0x2800
    )


# An e-mail's header lines, in English and French: "From: ...", "Sent: ...", "Objet : ...".
_MAIL_HEADER = re.compile(
    r"^\s*(?:from|to|cc|bcc|sent|date|subject|reply-to|de|[àa]|envoy[ée]|objet)\s*:", re.I
)


def _quoted_notice(raws: list[str]) -> list[str]:
    """Of a forwarded e-mail whose notice is quoted ("> "), the quoted lines without the mail's headers: the
    cover note, the "Forwarded message" line, the signature and the disclaimer around them are the sender's,
    not the notice's. Unchanged when most of the text is not quoted (a reply under a quoted question)."""
    filled = [raw for raw in raws if raw.strip()]
    quoted = [raw for raw in raws if _QUOTE.match(raw)]
    if len(quoted) <= len(filled) - len([raw for raw in quoted if _QUOTE.sub("", raw).strip()]):
        return raws
    start = 0
    while start < len(quoted) and (
        _MAIL_HEADER.match(_QUOTE.sub("", quoted[start])) or not _QUOTE.sub("", quoted[start]).strip()
    ):
        start += 1
    return quoted[start:] if start < len(quoted) else quoted


def _is_menu(raw: str) -> bool:
    """A line of links and little else: a site's menu, breadcrumbs, footer links, a text browser's list of
    the page's feeds ("#[1]Vacancies [2]RSS"), related pages (whose dates are no deadline)."""
    if re.match(r"^\s*#\[\d+\]", raw):
        return True
    if _ITEM_MARK.match(raw) or re.match(r"^\W*[a-z]", raw):
        return False  # an item or a sentence that names two pages ("knowledge of [5]AJP-2.7 and [6]AJP-3")
    links = _MD_LINK.findall(raw)
    if len(links) >= 2:
        return len(re.sub(r"[\W_]+", " ", _MD_LINK.sub(" ", raw)).split()) <= 2
    segments = _LINK_NUMBER.split(raw)
    return (
        len(segments) >= 3
        and (len(segments) >= 4 or not segments[0].strip())
        and all(len(segment.split()) <= 4 for segment in segments[1:])
    )


# A list item's mark and the column its text starts at: "  - ", "     * ", "1. ", "(a) ".
_ITEM_MARK = re.compile(
    r"^(\s*)(?:[-*+•·▪●☐☑☒]|\[[ xX✓✔]?\]|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\))\s+(?=\S)"
    # "A. HIGHER SECONDARY EDUCATION ...", "b. Minimum 5 years ...": a letter and a full stop before a capital.
    r"|^(\s*)[A-Ha-h]\.\s+(?=[A-Z(\"'])"
)
_LABEL_VALUE = re.compile(r"^\s*[A-Z][\w /()&'.-]{0,30}:\s+(?=\S)")
_COLUMN_GAP = re.compile(r"\S\s{4,}\S")
# A line cut where its sentence cannot end: after a comma or a word that needs what follows ("... or").
CUT_AFTER = re.compile(
    r"(?:,|\b(?:or|and|of|in|at|for|to|the|an?|with|by|from|on|as|than|e\.g\.|i\.e\.|such as|including"
    # French: "..., dont trois dans un" / "quartier général militaire."
    r"|un|une|des|du|de|le|la|les|dans|et|ou|à|au|aux|pour|par|sur|avec|dont|notamment)|\b[dl]['’])\s*$",
    re.I,
)


def join_hanging(raws: list[str]) -> list[str]:
    """A list item and its wrapped lines as one line: lines without a mark of their own, indented to the
    column where the item's text starts (Markdown, a text browser's dump, a plain-text e-mail), continue it
    when the item has not ended ("... of which at" / "least one year ..."). Lines laid out in columns are
    left to the table reader.

    A list whose bullet glyphs were lost (a PDF's symbol font) keeps the hanging indent: its items start at
    one indentation, their wrapped lines a little deeper.

    >>> join_hanging(["  * have three years' experience, of which at", "    least one year in defence;"])
    ["  * have three years' experience, of which at least one year in defence;"]
    >>> join_hanging(["  A degree in statistics or a related", "   discipline.", "  Five years' experience."])
    ['  A degree in statistics or a related discipline.', "  Five years' experience."]
    """
    result: list[str] = []
    column = None  # where the open item's text starts
    hanging = None  # where an item without a mark starts, its wrapped lines indented deeper
    semicolons = False  # the item before the open one ended with ";": so will this one
    value = None  # where the value of a "Label:  value" line starts
    for raw in raws:
        text = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if (
            (
                column is not None
                and text
                and abs(indent - column) <= 1
                and not _ITEM_MARK.match(raw)
                and not _COLUMN_GAP.search(raw)
                and (
                    _wrapped_end(result[-1].rstrip(), text)
                    or _unclosed(result[-1])
                    # "(b) to draft the ... and the Exercise" / "Planning Guidance (EXPLAN);" in a list of ";" items
                    or (semicolons and text.endswith((";", ".")) and not result[-1].rstrip().endswith(_ENDS))
                )
            )
            or (
                # "Post title:  Programme Officer (Defence" / "             Institution Building)"
                value is not None
                and text
                and indent == value
                and not _LABEL_VALUE.match(raw)
                and not result[-1].rstrip().endswith((".", ";", ":"))
            )
            or (
                hanging is not None
                and text
                and hanging < indent <= hanging + 4
                and not _ITEM_MARK.match(raw)
                and not _COLUMN_GAP.search(raw)
                and not _LABEL_VALUE.match(raw)
                # Indented deeper under a long item that has not ended: "... of the NATO Lessons" / "   Learned Portal."
                and (
                    _wrapped_end(result[-1].rstrip(), text)
                    or _unclosed(result[-1])
                    or (len(result[-1].strip()) >= 60 and not result[-1].rstrip().endswith(_ENDS))
                )
            )
        ):
            result[-1] = _run_on(result[-1].rstrip(), text)
            continue
        mark = _ITEM_MARK.match(raw)
        hanging = indent if text and not mark and 1 <= indent <= 8 and not _COLUMN_GAP.search(raw) else None
        if mark:
            semicolons = bool(result) and column is not None and result[-1].rstrip().endswith(";")
        column = mark.end() if mark and not _COLUMN_GAP.search(raw) else None
        label = _LABEL_VALUE.match(raw)
        value = label.end() if label and not _COLUMN_GAP.search(raw[label.end() :]) else None
        result.append(raw)
    return result


_ENDS = (".", ";", ":", "!", "?")


def in_capitals(text: str) -> bool:
    """Whether a text is written in capitals (a heading, a banner): nearly all of its letters, four at least."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) > 0.85 * len(letters)


def _heading_like(raw: str) -> bool:
    """A line that stands alone: in capitals ("GÉNÉRAL DES PUISSANCES ALLIÉES"), or a few words each
    capitalised (a title, "Logistics Data Analyst")."""
    words = raw.split()
    return in_capitals(raw) or (
        len(words) <= 6 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )


# A text hard-wrapped at a fixed width (a newspaper's column, a plain-text e-mail, a terminal): its lines
# fill up to about the width and stop where a word would not fit, sentences running on to the next line.
_WRAP_SLACK = 12  # how far short of the width a wrapped line may stop (the next word did not fit)
_MAX_WRAP_WIDTH = 100  # wider lines are a paragraph's own (a web page, a DOCX), not a wrap
_WRAPPED_LINES = 12  # fewer lines show no wrap width
_WRAPS_SEEN = 2  # filled lines whose sentence goes on in lower case below


def hard_wrapped(raws: list[str]) -> list[str]:
    """A hard-wrapped text's sentences and list parts each on one line again: a line filled to the width
    that has not ended ("... min. 7 yrs" / "HUMINT exp., of which ...") runs on into the next, unless that
    one is blank, a list item, indented deeper or laid out in columns. Read only when most lines show the
    wrap: about one width, and several filled lines cut mid-sentence.

    >>> text = ["ESSENTIAL: univ. degree OR nat. staff college; min. 7 yrs",
    ...         "HUMINT exp., of which min. 2 yrs as HUMINT instructor; a", "course; English SLP 3333.", ""]
    >>> hard_wrapped(text * 4)[0]  # doctest: +NORMALIZE_WHITESPACE
    'ESSENTIAL: univ. degree OR nat. staff college; min. 7 yrs HUMINT exp., of which min. 2 yrs as HUMINT
    instructor; a course; English SLP 3333.'
    """
    lengths = sorted(len(raw.rstrip()) for raw in raws if re.search(r"\w", raw))
    if len(lengths) < _WRAPPED_LINES:
        return raws
    width = lengths[int(len(lengths) * 0.9) - 1]
    if not 30 <= width <= _MAX_WRAP_WIDTH:
        return raws

    def filled(raw: str) -> bool:
        return width - _WRAP_SLACK <= len(raw.rstrip()) <= width + 2 and bool(re.search(r"\w", raw))

    full = [raw for raw in raws if filled(raw)]
    cut = [raw for raw in full if not raw.rstrip().endswith(_ENDS)]
    # A sentence going on in lower case on the next line: a wrap, whatever else the lines are.
    running = sum(
        1 for raw, following in zip(raws, raws[1:]) if raw in cut and following.strip()[:1].islower()
    )
    if len(full) < 0.35 * len(lengths) or len(cut) < max(3, 0.3 * len(full)) or running < _WRAPS_SEEN:
        return raws
    result: list[str] = []
    previous = ""  # the line before, as wrapped
    for raw in raws:
        indent = len(raw) - len(raw.lstrip())
        if (
            raw.strip()
            and filled(previous)
            and not previous.rstrip().endswith(_ENDS)
            and not _LABEL_VALUE.match(raw)
            and not _heading_like(previous)
            and not _heading_like(raw)
            and not _ITEM_MARK.match(raw)
            and indent <= len(previous) - len(previous.lstrip())
            and not _COLUMN_GAP.search(raw.strip())
            and not _COLUMN_GAP.search(previous.strip())
            and "|" not in raw + previous  # a table's rows, each a row of its own
        ):
            result[-1] = _run_on(result[-1].rstrip(), raw.strip())
        else:
            result.append(raw)
        previous = raw
    return result


def _unclosed(text: str) -> bool:
    """A line that stops inside brackets or quotes: 'IV ("Upper' / 'Intermediate") in one'."""
    return text.count("(") > text.count(")") or text.count('"') % 2 == 1


def _run_on(first: str, rest: str) -> str:
    # A compound cut at its hyphen ("decision-" / "making") runs on without a space; any other line with one.
    if re.search(r"[^\W\d_]-$", first) and rest[:1].isalpha():
        return first + rest
    return f"{first} {rest}"


def _wrapped_end(item: str, text: str) -> bool:
    if item.endswith(":") and not text.endswith(":"):
        return True  # "- have these levels:" / "  English V and French III.": the item's own end
    if item.endswith(";") and text[:1].islower() and not text.endswith(":"):
        return True  # "Course (NATO School Oberammergau);" / "knowledge of AJP-2.7 ...": one item's parts
    if item.endswith((".", ";", ":", "!", "?")) or text.endswith(":"):
        return False
    if text[:1].islower() or text[:1].isdigit() or text[:1] in "(\"'":
        return True
    return bool(CUT_AFTER.search(item))


def _starts_label(text: str, match: re.Match[str]) -> bool:
    # Upper case labels may be glued to the value before ("AdvisorNATO Grade:"); others need a word break.
    before = text[match.start() - 1 : match.start()]
    return not before or not before.isalpha() or match.group(0)[:1].isupper()


def _is_chrome(cell: str) -> bool:
    return bool(_NOISE.match(cell.strip()))


# A field name and its value with no colon between ("Organisation NATO Communications and Information Agency",
# "Job Locations BE-WHT-Mons", "Closing date 14 February 2027"): recruitment platforms' header rows.
_LABEL_WITHOUT_COLON = re.compile(
    r"^(?P<label>(?i:job locations?|locations?|organi[sz]ation|nato body|duty station|closing date"
    r"|application deadline|clearance|security clearance|grade|nato grade))\s+"
    # Not a name that opens with the word: "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD", "Organisation for ..."
    r"(?!(?i:du|de|des|d'|of|for|pour)\b)(?P<value>[A-Z0-9][^:|]{0,60}(?::[^:|]{0,40})?)$"
)


def colon_labels(raws: list[str]) -> list[str]:
    """Header rows "Label Value" written "Label: Value" (the first 40 lines only: the header).

    >>> colon_labels(["Organisation NATO Support and Procurement Agency", "Location of the post is Mons"])
    ['Organisation: NATO Support and Procurement Agency', 'Location of the post is Mons']
    """
    result = []
    for i, raw in enumerate(raws):
        match = _LABEL_WITHOUT_COLON.match(raw.strip()) or _LABEL_BEFORE_GAP.match(raw) if i < 40 else None
        result.append(f"{match.group('label')}: {match.group('value')}" if match else raw)
    return result


# "Position<TAB>Procurement Officer", "Grade      A-2": a form's field name and its value after a tab or a gap.
_LABEL_BEFORE_GAP = re.compile(
    r"^\s*(?P<label>(?i:position|post|post title|job title|position title|title|vacancy|location|duty station"
    r"|grade|closing date|deadline|organi[sz]ation|division|reference|post number|vacancy number|contract"
    r"|security clearance|clearance))(?:\t|\s{3,})(?P<value>\S.{0,80})$"
)


# A field's name, leaders (dots, underscores, middle dots, an ellipsis, dashes; spaced or not) and its value:
# a print view's or a form's "LOCATION ......... Capellen", "Grade ____ A-2", "Deadline . . . . 30 Nov".
_LEADERS = re.compile(
    r"^(?P<indent>\s*)(?P<label>[A-Za-z][\w /()&'.,-]{0,40}?)\s*:?\s*"
    r"(?:\.{4,}|_{3,}|·{3,}|…{2,}|-{3,}|(?:\.\s){2,}\.?)\s*:?\s*(?P<value>\S.*)$"
)

_LEADER_MARKS = ("....", "___", "---", ". . .", "……", "···")


def leaders(raws: list[str]) -> list[str]:
    """Fields joined to their values by leaders written "Label: value".

    >>> leaders(["LOCATION ......... Capellen, Luxembourg", "Grade _____ A-2", "Wait... then go"])
    ['LOCATION: Capellen, Luxembourg', 'Grade: A-2', 'Wait... then go']
    """
    result = []
    for raw in raws:
        match = _LEADERS.match(raw) if any(mark in raw for mark in _LEADER_MARKS) else None
        if match and not match.group("label").rstrip().endswith((".", ",")):
            raw = f"{match.group('indent')}{match.group('label').strip()}: {match.group('value').strip()}"
        result.append(raw)
    return result


# A page's furniture in a PDF's text: its number ("- 2 -", "Page 2", "2 of 3") and, from the second page on,
# its running head or foot repeated ("NATO UNCLASSIFIED", "NATO UNCLASSIFIED      LANDCOM/HR/VN/2026-031").
_PAGE_MARK = re.compile(
    r"^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:page|slide|diapositive|folie)\s+\d{1,3}(?:\s*(?:of|/|de|sur|von)\s*\d{1,3})?"
    r"|\d{1,3}\s+of\s+\d{1,3})\s*$"
    # A footer whose last cell is the page: "STO CSO – Vacancy CSO-27-04 – page 1".
    r"|^.{0,70}\s[-–—|·]\s*(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/|de|sur)\s*\d{1,3})?\s*$"
    # The export's own line: "Careers Day - JFC Norfolk.pptx (Outline view, exported 2026-11-03)".
    r"|^.{0,80}\.(?:pptx?|docx?|xlsx?|odp|odt|pdf|msg|eml)\b.{0,60}\b(?:exported|outline view|printed|saved|converted)\b.*$",
    re.I,
)
_RUNNING = re.compile(
    r"\b(?:UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|PUBLICLY DISCLOSED|NON CLASSIFI[ÉE]|DIFFUSION)\b"
)


def page_furniture(raws: list[str]) -> list[str]:
    """The text without its pages' furniture, and a page break's blank lines around it closed, so that a
    list or a sentence cut by the page runs on.

    >>> page_furniture(["NATO UNCLASSIFIED", "(c) to plan;", "", "- 1 -", "NATO UNCLASSIFIED", "", "(d) to report."])
    ['NATO UNCLASSIFIED', '(c) to plan;', '(d) to report.']
    """
    seen: set[str] = set()
    result: list[str] = []
    closing = False
    for raw in raws:
        # The running head's first cell: "NATO UNCLASSIFIED" alone repeats "NATO UNCLASSIFIED    REF/01".
        key = re.split(r"\s{2,}", raw.strip())[0]
        running = bool(key) and len(raw.strip()) <= 100 and bool(_RUNNING.search(key)) and len(key) <= 40
        furniture = bool(_PAGE_MARK.match(raw)) or (running and key in seen)
        if running:
            seen.add(key)
        if furniture:
            while result and not result[-1].strip():
                result.pop()
            closing = True
            continue
        if closing and not raw.strip():
            continue
        closing = False
        result.append(raw)
    return result


# A symbol font's bullet that a PDF's text gives as a Private Use Area character (Wingdings "\uf0b7",
# "\uf0a7", "\uf076", "\uf0d8"): a bullet, as "•" is.
_SYMBOL_BULLET = re.compile(r"^(\s*)[\ue000-\uf8ff]\s*(?=\S)")
# Word's second-level bullet in Courier New, an "o": "o Teamwork: Co-operates."
_LETTER_BULLET = re.compile(r"^(\s*)o\s+(?=[A-Z])")


def symbol_bullets(raws: list[str]) -> list[str]:
    """Bullets drawn with a symbol font's glyph, or as a letter "o" (two such lines at least), written "•".

    >>> symbol_bullets(["\uf0b7 Nationality of a NATO member nation.", "o Teamwork: Co-operates;", "o Drive"])
    ['• Nationality of a NATO member nation.', '• Teamwork: Co-operates;', '• Drive']
    """
    raws = [
        _SYMBOL_BULLET.sub(r"\1• ", raw) if "\ue000" <= raw.lstrip()[:1] <= "\uf8ff" else raw for raw in raws
    ]
    if sum(1 for raw in raws if _LETTER_BULLET.match(raw)) >= 2:
        raws = [_LETTER_BULLET.sub(r"\1• ", raw) for raw in raws]
    return raws


def word_frequency(word: str) -> float:
    """How common a word is in English or French (wordfreq's Zipf scale, 0 for no word)."""
    word = word.casefold()
    return max(zipf_frequency(word, "en"), zipf_frequency(word, "fr"))


# wordfreq's Zipf scale: a word used about 3 times per million words or more.
_COMMON_WORD = 3.5


def unhyphenated(head: str, tail: str) -> str | None:
    """The word a line break hyphenated ("organisa-" / "tion" -> "organisation", "Up-" / "per"), None for a
    compound ("decision-" / "making", "long-" / "term"): the halves run together are a word in common use, or
    a rarer word still more common than the halves side by side.

    >>> unhyphenated("EXPERI", "ENCE"), unhyphenated("relation", "ships"), unhyphenated("decision", "making")
    ('EXPERIENCE', 'relationships', None)
    """
    joined = head + tail
    frequency = word_frequency(joined)
    if frequency >= _COMMON_WORD or (frequency > 0 and frequency >= word_frequency(f"{head}-{tail}")):
        return joined
    return None


# A word cut at the end of a line by a hyphen, and the rest of the word at the start of the next.
_CUT_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
_WORD_REST = re.compile(r"^(\s*)([^\W\d_]+)(\S*)\s*")


def dehyphenate(raws: list[str]) -> list[str]:
    """Words a PDF or a scan hyphenated across a line break made whole on the first line ("organisa-" /
    "   tion, of which ..." -> "organisation," / "   of which ..."); a line left empty goes. Compounds
    ("decision-" / "making") and names ("NATO-" / "Georgia") stay as they are.

    >>> dehyphenate(["3. QUALIFICATIONS AND EXPERI-", "ENCE", "- in analysis for an organisa-", "  tion."])
    ['3. QUALIFICATIONS AND EXPERIENCE', '- in analysis for an organisation.']
    """
    raws = list(raws)
    result: list[str] = []
    i = 0
    while i < len(raws):
        raw = raws[i].rstrip()
        cut = _CUT_WORD.search(raw) if raw.endswith("-") else None
        rest = _WORD_REST.match(raws[i + 1]) if cut and i + 1 < len(raws) else None
        word = unhyphenated(cut[1], rest[2]) if cut and rest and _same_case(cut[1], rest[2]) else None
        if word is None:
            result.append(raws[i])
            i += 1
            continue
        result.append(f"{raw[: cut.start()]}{word}{rest[3]}")
        remainder = raws[i + 1][rest.end() :]
        if remainder.strip():
            raws[i + 1] = f"{rest[1]}{remainder}"
            i += 1
        else:
            i += 2
    return result


def _same_case(head: str, tail: str) -> bool:
    # "organisa-" / "tion", "Ad-" / "vanced", "EXPERI-" / "ENCE"; not "NATO-" / "Georgia".
    return tail.islower() or (tail.isupper() and head.isupper())


_MENU_SEPARATOR = re.compile(r"\s+[|·]\s+|\s{4,}")
# The links of a site's menu bar: a header strip's cells (a body, a place, a grade) are none of these.
_MENU_LINK = re.compile(
    r"^(?:home|about(?: us)?|who we are|what we do|careers?|jobs|vacancies|contact(?: us)?|news(?:room)?|events"
    r"|publications|research|projects|training|courses|library|media|resources|partners|faq|search|log ?in"
    r"|sign ?in|my account|privacy|accessibility|sitemap|[a-z]{2})$",
    re.IGNORECASE,
)


# A site's language switch at the end of a header line ("... Management Agency   EN | FR", "DE / EN").
_LANGUAGE_SWITCH = re.compile(r"(?<=\S)\s+(?P<codes>[A-Z]{2}(?:\s*[|/]\s*[A-Z]{2}){1,3})\s*$")


def _without_language_switch(raw: str) -> str:
    """The line without the language codes a site prints after it, which a table reader would take for
    cells; codes that are no language ("NS | NC") stay.

    >>> _without_language_switch("NATO Infrastructure Programme Office EN | FR")
    'NATO Infrastructure Programme Office'
    """
    match = _LANGUAGE_SWITCH.search(raw) if "|" in raw or "/" in raw else None
    if not match:
        return raw
    languages = Locale("en").languages  # ISO 639 codes, as CLDR names them
    codes = re.findall(r"[A-Z]{2}", match["codes"])
    return raw[: match.start()] if all(code.lower() in languages for code in codes) else raw


def site_menus(raws: list[str]) -> list[str]:
    """The text without a site's menu bar: a line of four links or more between "|" or "·", most of them a
    menu's usual links ("About us | Research | Careers | Contact"), whose words are no title or section. A
    header strip of short cells and a table's header row stay.

    >>> site_menus(["About us | Research | Publications | Careers   EN | LV", "", "Senior Analyst"])
    ['', 'Senior Analyst']
    """
    kept = []
    for i, raw in enumerate(raws):
        raw = _without_language_switch(raw)
        cells = [cell for cell in _MENU_SEPARATOR.split(raw.strip().strip("|").strip()) if cell]
        following = next((later for later in raws[i + 1 : i + 3] if later.strip()), "")
        if (
            len(cells) >= 4
            and ("|" in raw or "·" in raw)
            and all(len(cell.split()) <= 3 and not re.search(r"[\d:.;,]", cell) for cell in cells)
            and sum(1 for cell in cells if _MENU_LINK.match(cell)) * 2 > len(cells)
            and following.count("|") != raw.count("|")
        ):
            continue
        kept.append(raw)
    return kept


# A numbered paragraph whose heading is written in capitals with a full stop, the text run on after it
# ("4. ESSENTIAL QUALIFICATIONS.", "2. POST CONTEXT. The Centre plans ...", "6. COMPÉTENCES. 6.1 Initiative:
# ... 6.2 Flexibilité: ..."), as staff memoranda number them.
_NUMBERED_PARAGRAPH = re.compile(
    r"^(?P<number>\d{1,2})\.\s+(?P<heading>[A-ZÀ-Þ][A-ZÀ-Þ'&/, -]{2,60}[A-ZÀ-Þ])\.(?:\s+(?P<rest>\S.*))?$"
)


# Requirements coded by status ("E1  A degree ...", "D2: Knowledge of German"), with or without a key
# "(E = essential, D = desirable)" that says what each letter stands for.
_STATUS_CODE = re.compile(r"^\s*(?:[-•*]\s*)?[\[(]?(?P<letter>[A-Z])(?P<n>\d{1,2})\s*[.:)\]-]?\s+(?=\S)")
_STATUS_KEY = re.compile(
    r"(?<![\w])(?P<letter>[A-Z])\s*[=:]\s*(?P<status>essential|mandatory|required|desirable|preferred|optional)\b",
    re.IGNORECASE,
)
_KEY_LINE = re.compile(
    r"^\s*\(?\s*(?:key\s*:\s*)?[A-Z]\s*[=:]\s*\w+(?:\s*[,;/]\s*[A-Z]\s*[=:]\s*\w+)+\s*\)?\s*$", re.I
)
_STATUS_HEADINGS = {
    "essential": "Essential",
    "mandatory": "Essential",
    "required": "Essential",
    "desirable": "Desirable",
    "preferred": "Desirable",
    "optional": "Desirable",
}


def status_codes(raws: list[str]) -> list[str]:
    """Requirements coded by their status ("E1", "E2" ... "D1") as an "Essential" and a "Desirable" list:
    a heading where the status changes, each code a bullet, the key line dropped. Read only when the codes
    run in order from 1 under each of two letters (a key names the letters, else E and D).

    >>> status_codes(["Requirements", "E1  A degree.", "E2  English IV.", "D1  German.", "(E = essential, D = desirable)"])
    ['Requirements', 'Essential', '- A degree.', '- English IV.', 'Desirable', '- German.']
    """
    keyed = {
        m["letter"].upper(): _STATUS_HEADINGS[m["status"].lower()]
        for raw in raws
        if _KEY_LINE.match(raw)
        for m in _STATUS_KEY.finditer(raw)
    }
    letters = keyed or {"E": "Essential", "D": "Desirable"}
    codes = [
        (i, m) for i, raw in enumerate(raws) if (m := _STATUS_CODE.match(raw)) and m["letter"] in letters
    ]
    numbers: dict[str, list[int]] = {}
    for _, m in codes:
        numbers.setdefault(m["letter"], []).append(int(m["n"]))
    if {letters[letter] for letter in numbers} != {"Essential", "Desirable"}:
        return raws
    if any(found != list(range(1, len(found) + 1)) for found in numbers.values()):
        return raws
    coded = dict(codes)
    out: list[str] = []
    status = None
    column = None  # where the last coded item's text starts: its wrapped lines are indented to it
    for i, raw in enumerate(raws):
        if keyed and _KEY_LINE.match(raw):
            continue
        if i not in coded:
            indent = len(raw) - len(raw.lstrip())
            if column is not None and raw.strip() and abs(indent - column) <= 1:
                # "[E4] Minimum 4 years ..., of" / "     which at least 2": the item wrapped.
                out[-1] = _run_on(out[-1], raw.strip())
                continue
            column = None
            out.append(raw)
            continue
        if letters[coded[i]["letter"]] != status:
            status = letters[coded[i]["letter"]]
            out.append(status)
        column = coded[i].end()
        out.append("- " + raw[coded[i].end() :].strip())
    return out


def numbered_paragraphs(raws: list[str]) -> list[str]:
    """Each numbered paragraph's heading on its own line, and its numbered points ("6.1", "6.2") each on
    their own line after it."""
    out = []
    for raw in raws:
        match = _NUMBERED_PARAGRAPH.match(raw.strip())
        if not match:
            out.append(raw)
            continue
        out.append(f"{match['number']}. {match['heading']}")
        if match["rest"]:
            points = re.split(rf"\s+(?={match['number']}\.\d{{1,2}}\s)", match["rest"])
            out.extend(point for point in points if point)
    return out


# A header line written in French and English side by side, split by a spaced slash: "Lieu / Location :
# Bruxelles, Belgique / Brussels, Belgium", "Secrétariat international / International Staff".
_PAIR = re.compile(r"^(?P<first>[^/:]{2,120}?)\s+/\s+(?P<second>[^/:]{2,120}?)$")
_LABELLED_PAIR = re.compile(r"^(?P<first>[^/:]{2,40}?)\s+/\s+(?P<second>[^/:]{2,40}?)\s*:\s*(?P<value>\S.*)$")
# Labelled lines written as pairs before a notice counts as written in both languages line by line.
MIN_PAIRS = 2
LABEL_WORDS = 3


def _english_half(first: str, second: str) -> int | None:
    """0 or 1: which of a French/English pair is the English one; None when they are not such a pair."""
    lean = french_lean(first) - french_lean(second)
    if abs(lean) < 1:
        return None
    return 1 if lean > 0 else 0


def bilingual_pairs(raws: list[str]) -> list[str]:
    """A notice written in French and English line by line: of each pair, the English half (a label's
    value too: "Date limite / Closing date : 21 février 2027 / 21 February 2027" -> "Closing date: 21
    February 2027"); a line in French followed by its English version (a title given twice) keeps the English
    one. Notices with fewer than two such pairs are left as they are."""
    chosen: dict[int, str] = {}
    labelled_pairs = 0
    for i, raw in enumerate(raws):
        following = raws[i + 1].strip() if i + 1 < len(raws) else ""
        if labelled := _LABELLED_PAIR.match(raw.strip()):
            half = _english_half(labelled["first"], labelled["second"])
            if half is None:
                continue
            values = re.split(r"\s+/\s+", labelled["value"])
            if len(values) == 2:  # (a value wrapped onto the next line is left whole)
                chosen[i] = f"{labelled[('first', 'second')[half]]}: {values[half]}"
                labelled_pairs += 1
        elif (
            (pair := _PAIR.match(raw.strip()))
            and not raw.isupper()  # "ORGANISATION DU TRAITÉ ... / NORTH ATLANTIC ...": a heading, read as one
            # "Date limite / Closing date" over "22/03/2027": a label for the line below, read as it is
            and not (
                following and max(len(pair["first"].split()), len(pair["second"].split())) <= LABEL_WORDS
            )
            and (half := _english_half(pair["first"], pair["second"])) is not None
        ):
            chosen[i] = pair[("first", "second")[half]]
    if labelled_pairs < MIN_PAIRS:
        return raws
    out = []
    for i, raw in enumerate(raws):
        following = raws[i + 1].strip() if i + 1 < len(raws) else ""
        if (
            i not in chosen
            and raw.strip()
            and following
            and ":" not in raw + following
            and abs(len(raw.strip()) - len(following)) < 0.5 * max(len(following), 1)
            and _english_half(raw.strip(), following) == 1
        ):
            continue  # "Assistant(e) administratif(ve) – ..." over "Administrative Assistant – ...": the English
        out.append(chosen.get(i, raw))
    return out


# English and French twins, one under the other, before a notice counts as written line by line in both.
MIN_TWINS = 3


def line_twins(raws: list[str]) -> list[str]:
    """A notice written line by line in English, then its French twin ("- At least 4 years' experience ..."
    over "- Au moins 4 années d'expérience ..."): the English lines only, so that a requirement is read
    once. Twins are lines of about one length whose words lean to English and to French, with the same
    numbers; fewer than three such pairs leave the notice as it is."""

    def twin(first: str, second: str) -> bool:
        first, second = first.strip(), second.strip()
        return (
            len(first) >= 20
            and abs(len(first) - len(second)) < 0.5 * max(len(first), len(second))
            and re.findall(r"\d+", first) == re.findall(r"\d+", second)
            and ":" not in first + second
            and french_lean(first) < 0 < french_lean(second)
            and _english_half(first, second) == 0
        )

    twins = {i + 1 for i in range(len(raws) - 1) if twin(raws[i], raws[i + 1])}
    if len(twins) < MIN_TWINS:
        return raws
    return [raw for i, raw in enumerate(raws) if i not in twins]


def clean_lines(text: str) -> list[Line]:
    """The notice as Lines, scraper noise removed and long repeated lines kept once (blank lines kept)."""
    lines: list[Line] = []
    in_similar = False
    raws = site_menus(
        symbol_bullets(unmark(tracked_changes(normalise(csv_record(json_record(text)))).split("\n")))
    )
    raws = header_table(
        colon_labels(hard_wrapped(leaders(dehyphenate(page_furniture(questions(message_stamps(raws)))))))
    )
    raws = line_twins(bilingual_pairs(numbered_paragraphs(status_codes(raws))))
    raws = [
        part
        for raw in join_hanging(join_labels(linearise_tables(raws, _is_chrome)))
        for part in split_fields(raw)
    ]
    for raw in raws:
        line = split_line(raw)
        if not line.text:
            lines.append(line)
            continue
        if _SIMILAR.match(line.text):
            in_similar = True
            continue
        if in_similar:
            if not (_RESUME.match(line.text) or len(line.text) > 100):
                continue
            in_similar = False
        if _NOISE.match(line.text) or _DATE_PLACE.match(line.text):
            continue
        lines.append(line)
    return _drop_repeated_lines(english_version(lines))


# "=== ENGLISH VERSION ===", "Version française", "French version follows": where one language's full copy
# of the notice starts.
_VERSION = re.compile(
    r"^\W*(?:(?P<en1>english)|french|fran[çc]ais(?:e)?|anglais(?:e)?)\s+(?:version|text|texte)\W*$"
    r"|^\W*(?:version|texte)\s+(?:(?P<en2>anglaise|english)|fran[çc]aise|french)\W*$",
    re.IGNORECASE,
)


def english_version(lines: list[Line]) -> list[Line]:
    """Of a notice given in full in English and in French, the header and the English version only (the
    French copy would repeat every requirement in words this reader does not know).

    >>> [l.text for l in english_version([Line("NATO"), Line("== ENGLISH VERSION =="), Line("Officer"),
    ...                                   Line("== VERSION FRANÇAISE =="), Line("Officier")])]
    ['NATO', 'Officer']
    """
    marks = [
        (i, bool(m["en1"] or m["en2"])) for i, line in enumerate(lines) if (m := _VERSION.match(line.text))
    ]
    if len(marks) < 2 or not any(english for _, english in marks):
        return _english_block(lines)
    kept = lines[: marks[0][0]]
    for (start, english), (end, _) in zip(marks, [*marks[1:], (len(lines), False)]):
        if english:
            kept += lines[start + 1 : end]
    return kept


_FRENCH = re.compile(
    r"\b(?:le|la|les|des|du|et|est|pour|dans|une|avec|sur|aux|doit|être|avoir|d'une?|l'une|l'autre|années?"
    r"|expérience|candidatures?|titulaire|poste|niveaux?|suivants?|langues?|diplôme)\b",
    re.IGNORECASE,
)
_ENGLISH = re.compile(
    r"\b(?:the|and|of|to|is|for|with|on|must|be|have|has|experience|applications?|will|an|in one|other"
    r"|years?|degree|following|levels?|languages?|post)\b",
    re.IGNORECASE,
)
# What a full copy of the requirements states: a degree and years, in French and in English.
_FRENCH_REQUIREMENTS = re.compile(r"dipl[ôo]me|\b(?:ann[ée]es|ans)\b", re.IGNORECASE)
_ENGLISH_REQUIREMENTS = re.compile(r"\bdegree\b|\byears?\b", re.IGNORECASE)


# The parts of a notice, in French and in English: an English copy without one is no full copy.
_PARTS = (
    (r"souhait|atout", r"desirable|advantage|asset|preferred|ideally"),
    (r"comp[ée]tences", r"competenc"),
    (
        r"t[âa]ches|responsabilit|attributions|fonctions",
        r"dut(?:y|ies)|responsibilit|tasks|accountabilit|functions",
    ),
    (r"\blieu\b|\bsi[èe]ge\b", r"location|headquarters|\bbased\b|duty station"),
)


def _french_header(text: str) -> bool:
    """A header line of the French copy: French words, accents or a French label ("Lieu : Naples")."""
    if _FRENCH.search(text) or not text.isascii():
        return True
    label = text.split(":")[0].split() if ":" in text else []
    return 0 < len(label) <= 4 and all(map(leans_french, label))


def _line_language(text: str) -> str | None:
    french, english = len(_FRENCH.findall(text)), len(_ENGLISH.findall(text))
    if french > english and french >= 2:
        return "fr"
    if english > french and english >= 2:
        return "en"
    return None


def _english_block(lines: list[Line]) -> list[Line]:
    """Of a notice written out in full twice, in French and in English, with no line saying where one
    starts, the English copy (with the lines before both): the two blocks are found by the language of their
    lines, and the French one is dropped only when the English one is as full (its degree and years, at
    least 3/5 as many lines), never a French notice with an English sentence or an English one with a
    French page around it."""
    languages = [_line_language(line.text) if line.text else None for line in lines]
    said = [(i, language) for i, language in enumerate(languages) if language]
    if min(sum(1 for _, language in said if language == wanted) for wanted in ("fr", "en")) < 4:
        return lines
    # The cut between the blocks: the one that leaves the most lines in the language of their block.
    best, best_score, first_french = None, 0, None
    for cut in range(1, len(said)):
        before, after = said[:cut], said[cut:]
        for first, second in (("fr", "en"), ("en", "fr")):
            score = sum(1 if lang == first else -1 for _, lang in before) + sum(
                1 if lang == second else -1 for _, lang in after
            )
            if score > best_score:
                best, best_score, first_french = cut, score, first == "fr"
    if best is None or best_score < 0.8 * len(said):
        return lines
    start, end = said[best - 1][0] + 1, said[best][0]
    while start < end and lines[start].text:
        start += 1  # the English copy starts after the blank line that ends the French one, if there is one
    if not first_french:
        # The French copy's header (its title, "Grade : A.2") before its first line of French sentences.
        end = next((i for i in range(said[best - 1][0] + 1, end) if _french_header(lines[i].text)), end)
    french = lines[said[0][0] : start] if first_french else lines[end:]
    english = lines[start:] if first_french else lines[said[0][0] : end]
    french_text = " ".join(line.text for line in french)
    # Written English first, the lines before both ("Location: Mons") are the English copy's header.
    english_text = " ".join(line.text for line in (english if first_french else lines[:end]))
    if not (_FRENCH_REQUIREMENTS.search(french_text) and _ENGLISH_REQUIREMENTS.search(english_text)):
        return lines
    if sum(1 for line in english if line.text) < 0.6 * sum(1 for line in french if line.text):
        return lines
    if any(re.search(fr, french_text, re.I) and not re.search(en, english_text, re.I) for fr, en in _PARTS):
        return lines  # "ENGLISH VERSION (essentials only)": a part in French only, so both are kept
    head = lines[: said[0][0]]
    if first_french:
        # The French copy's own header ("AVIS DE VACANCE - ...", "Lieu : ...") goes with it.
        head = [line for line in head if not _french_header(line.text)]
    return [*head, *english]


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _drop_repeated_lines(lines: list[Line]) -> list[Line]:
    # A long sentence seen twice is a scraper repeat; short lines (headings) are left to the section pass.
    seen: set[str] = set()
    kept = []
    for line in lines:
        key = _key(line.text)
        if len(key) >= (25 if line.bullet else 50):
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return kept


def render(lines: list[Line]) -> str:
    """Lines back to text, at most one blank line in a row."""
    text = "\n".join(line.render() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
