"""Who the CV is about: the name, e-mail address and phone number, as written.

- Name: after a label ("Name", "Nom", "First name(s) / Surname(s)", Europass "Personal information |
  ...", "Name: PETROVSKI, Aleksandar", a surname row and a given-names row), else the first line near the top that reads as a person's name (two to five capitalised words;
  no digits, no comma inside, no heading, no word naming a body, a post or a field of work such as
  "Ministry", "Officer", "S.A.", "Management"), else a line further down (a two-column CV puts its sidebar
  first) that the e-mail address spells ("alistair.maxwell@...") or that starts with a rank or title,
  else where a page footer gives it beside "Curriculum vitae" or a signature under a closing
  ("Sincerely,"). Initials give way to the given names written out on a line below ("J.-H. Becker" over
  "Jan-Hendrik Becker"). Ranks (with a NATO rank code: "Lt Col (OF-4)"), titles ("Dipl.-Inform."),
  letters after the name and a service after a comma are removed (``reference.names``) and capitals-only words
  written in title case ("Sophie LAMBERT" -> "Sophie Lambert"). None rather than a guess.
- E-mail: the first address in the text.
- Phone: the first number ``phonenumbers`` finds: international numbers ("+32 2 555 01 23") anywhere,
  national ones ("(703) 555-0148") in the country of the CV's nationality or after a phone label.
"""

from __future__ import annotations

import re
import unicodedata

from reference.letters import unaccented
from reference.names import NAME_PREFIXES, NAME_SUFFIXES
from reference.nations import MEMBER_NATION_CODES

from .dates import periods
from .lines import EDUCATION, EXPERIENCE, OTHER, TRAINING, heading
from .words import TITLE_WORD

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_NAME_LABEL = re.compile(
    # The label may be given first in another language: "Vardas, pavardė / Name:", "Nom / Name:".
    r"^(?:[^|:/\d]{1,30}/\s*)?(?:(?:full |first |given )?name(?:\(s\))?|first name\(s\) / surname\(s\)|surname\(s\) / first name\(s\)"
    r"|nom(?: et prénom| complet)?|prénom et nom|name, vorname|vorname und name|nombre(?: y apellidos)?"
    r"|nome(?: e cognome)?|imię i nazwisko|jméno(?: a příjmení)?|meno(?: a priezvisko)?|naam"
    r"|ad[ıi]? soyad[ıi]?|nombre completo|nome completo|navn|namn|nimi|ime i prezime|ime in priimek"
    r"|vardas(?:,? pavardė)?|vārds,? uzvārds|nimi|emri(?: dhe mbiemri)?|név|име(?: и фамилия| и презиме)?"
    r"|имя|ονοματεπώνυμο|όνομα|nume(?: și prenume|, prenume)?|nume și prenumele|nafn|fullt nafn"
    # Europass writes the name on its "Personal information" row.
    r"|personal information|informations personnelles|angaben zur person|persönliche angaben"
    r"|informazioni personali|información personal|informações pessoais|dane osobowe)"
    r"(?:\s*\.{2,}|\s*[:|])+\s*(?P<name>[^|]+)",
    re.IGNORECASE,
)
_ADDRESS_LABEL = re.compile(
    r"^(?:address(?:\(es\))?|adresse|anschrift|indirizzo|dirección|morada|adres|adresa|cím)\b", re.I
)
MIN_NATIONAL_DIGITS = 7
_PHONE_LABEL = re.compile(
    r"\b(?:phone|tel|telephone|téléphone|mobile|mob|cell|gsm|telefon|teléfono|telefono|telefone|handy)\b",
    re.I,
)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*|[A-Z]\.|d['’][A-ZÀ-Þ][\w'’.-]*"
    r"|(?:van|von|de|der|den|da|di|du|del|della|dei|degli|dos|das|do|des|los|las|la|le|ter|ten|zu|zum|zur"
    r"|op|y|e|i|af|al|bin)\b)$"
)
_NOT_DOCUMENT = re.compile(
    r"curriculum|vitae|\bcv\b|résumé|resume|lebenslauf|europass|profile|address|phone|e-mail|page\b|annex|appendix"
    r"|anlage|annexe|anexo|allegato|confidential|unclassified|ozgecmis|zivotopis|zyciorys|levensloop"
    r"|ansioluettelo|hoja de vida|curriculo|photo|foto"
    # "Curriculum vitae" in Greek and Cyrillic (accents dropped): ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ, АВТОБИОГРАФИЯ.
    r"|βιογραφικ|σημειωμα|биограф|животопис|резюме",
    re.I,
)


# Words of bodies and fields of work, which two capitalised words in a sidebar or a table row often are
# ("Polska Grupa Zbrojeniowa S.A.", "Force Generation"); words of posts are ``words.TITLE_WORD``.
_NOT_A_NAME = re.compile(
    r"(?<![\w-])(?:ministry|ministère|ministerium|agency|agence|command|headquarters|university|université"
    r"|universität|college|institute|institut|academy|académie|akademie|school|école|forces?|army|navy"
    r"|armée|bundeswehr|corps|regiment|battalion|brigade|division|directorate|department|office|staff"
    r"|management|planning|generation|operations|engagement|information|systems|security|defen[cs]e"
    r"|policy|intelligence|logistics|communications?|leadership|development|engineering|research"
    r"|studies|relations|affairs|cooperation|support|services|skills|nato|otan|s\.?a|gmbh|ltd|inc|llc"
    r"|plc|s\.p\.a|s\.r\.l|a\.s|s\.r\.o|d\.o\.o|n\.v|b\.v|sp\. z o\.o)(?![\w-])",
    re.I,
)
# How far from the top a name, and a phone number without a label, are looked for (lines); a name that
# the e-mail address spells or a rank announces, further down (after a sidebar).
NAME_LINES = 8
FAR_NAME_LINES = 60
MAX_NAME_LINE = 200
MAX_NAME_WORDS = 6  # "María de los Ángeles García López"
CONTACT_LINES = 12


def email_in(text: str) -> str | None:
    match = _EMAIL.search(text)
    return match[0].rstrip(".") if match else None


def phone_in(lines: list[str], nation: str | None) -> str | None:
    """The first phone number in the CV, as written."""
    import phonenumbers

    region = {name: code for code, name in MEMBER_NATION_CODES.items()}.get(nation or "")
    text = "\n".join(lines)
    for match in phonenumbers.PhoneNumberMatcher(text, None, leniency=phonenumbers.Leniency.POSSIBLE):
        if not periods(match.raw_string) and not _someone_elses(text, match.start):
            return match.raw_string
    # A national number is looked for where contacts are written: the top of the CV, or after a label;
    # without a label it has at least MIN_NATIONAL_DIGITS digits (a postcode is no phone number).
    top = [line for line in lines if line][:CONTACT_LINES]
    for line in lines:
        labelled = bool(_PHONE_LABEL.search(line))
        if (line not in top and not labelled) or _ADDRESS_LABEL.match(line):
            continue
        for place in (region, "US", "CA", "GB") if labelled else (region,):
            if place:
                for match in phonenumbers.PhoneNumberMatcher(
                    line, place, leniency=phonenumbers.Leniency.POSSIBLE
                ):
                    digits = len(re.sub(r"\D", "", match.raw_string))
                    if (labelled or digits >= MIN_NATIONAL_DIGITS) and not periods(match.raw_string):
                        return match.raw_string
    return None


def _someone_elses(text: str, at: int) -> bool:
    """Whether the number at ``at`` is given in a bracket as another person's: "(point of contact: Ms Petra
    Kos, +386 ...)", "[Translator: Anna Wróbel, ..., tel. +48 ...]". A bracket with a label alone ("(mobile:
    +32 ...)") is the person's own."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    opened = max(before.rfind("("), before.rfind("["))
    if opened < max(before.rfind(")"), before.rfind("]")):
        return False  # not inside a bracket
    return bool(_NAMED_AFTER_LABEL.search(before[opened + 1 :]))


# A label, then a person's name: "contact: Ms Petra Kos", "Translator: Anna Wróbel".
_NAMED_AFTER_LABEL = re.compile(r":\s*(?:[A-ZÀ-Þ][a-zà-ÿ]{0,3}\.?\s+)?[A-ZÀ-Þ][^\W\d_]+\s+[A-ZÀ-Þ][^\W\d_]+")


def name_in(lines: list[str], email: str | None = None) -> str | None:
    """The person's name, given names first.

    >>> name_in(["Lt Col JONATHAN R. HARPER, MBE", "Arlington, VA"]), name_in(["Name | Arben Hoxha"])
    ('Jonathan R. Harper', 'Arben Hoxha')
    >>> name_in(["Szabó Katalin", "Budapest"], "katalin.szabo@example.hu")
    'Katalin Szabó'
    """
    name = _name_as_written(lines, email)
    # Written as read (not recased from a surname in capitals, which already marks the order).
    as_written = name is not None and any(name in line for line in lines)
    return _in_email_order(name, email) if name and as_written else name


def _in_email_order(name: str, email: str | None) -> str:
    """The name in the order its owner's e-mail address spells it: a CV written in Hungarian, or a
    Romanian one, puts the surname first ("Szabó Katalin", katalin.szabo@...). A surname written in
    capitals ("Péter SZABÓ") says which it is, whatever the address: such a name is not passed here."""
    words = name.split()
    local = unicodedata.normalize("NFKD", (email or "").split("@")[0].casefold())
    spelt = [w for w in re.split(r"[^a-z]+", local.encode("ascii", "ignore").decode()) if w]
    folded = [_email_words(word) for word in words]
    if (
        len(words) == 2
        and len(spelt) == 2
        and all(len(f) == 1 for f in folded)
        and [next(iter(f)) for f in reversed(folded)] == spelt
    ):
        return f"{words[1]} {words[0]}"
    return name


def _name_as_written(lines: list[str], email: str | None) -> str | None:
    # A surname row and a given-names row first: "Nombre | María Luisa" is a name's label too, but only the
    # given names.
    name = _name_from_parts(lines)
    if name:
        return name
    for line in lines:
        match = _NAME_LABEL.match(line) if len(line) <= MAX_NAME_LINE else None
        if match:
            name = _bare_name(_surname_first(match["name"], labelled=True), labelled=True)
            if name:
                return name
    written = _outside_entries(lines)
    spelt = _email_words(email)
    for n, line in enumerate(written[:NAME_LINES]):
        # "PETROVSKI, Aleksandar" heading the CV, when the e-mail address spells it ("ANDOVER, Hampshire"
        # is a town).
        reordered = _surname_first(line)
        if reordered != line and spelt & _email_words(reordered):
            parts = [(reordered, False)]
        else:
            parts = _parts(line)
        for part, _ in parts:
            name = _bare_name(part)
            if name:
                return _written_out(name, written[n + 1 : NAME_LINES])
    for line in written[:FAR_NAME_LINES]:
        for part, ranked in _parts(line):
            name = _bare_name(part)
            if name and (ranked or len(spelt & _email_words(name)) >= 2):
                return name
    # Further down, the name where a page's header or footer, or a signature, gives it: beside "Curriculum
    # vitae" ("Claire WAGNER – Curriculum vitae"), under a closing ("Sincerely,"), or spelt by the e-mail.
    for n, line in enumerate(written):
        parts = _parts(line) if _DOCUMENT_WORD.search(line) else []
        closing = n > 0 and _CLOSING.fullmatch(written[n - 1].strip(" ,.:"))
        for part, _ in parts if len(parts) > 1 else _parts(line) if closing else ():
            name = _bare_name(part)
            if name:
                return name
        for part, _ in _parts(line):
            name = _bare_name(part)
            if name and len(spelt & _email_words(name)) >= 2:
                return name
    # A sidebar read before the main column may put the name under any heading: a line that is a name
    # and nothing else, which the e-mail address spells in full ("Laura Vermeulen", laura.vermeulen@...).
    for line in lines[:FAR_NAME_LINES]:
        name = _bare_name(line) if len(line) <= MAX_NAME_LINE and not heading(line) else None
        if name and len(spelt) >= 2 and spelt <= _email_words(name):
            return name
    # The given name and the surname set in large type on lines of their own ("KADRI" over "SAAREPUU"),
    # as the e-mail address spells them.
    top = [line for line in lines[:FAR_NAME_LINES] if line]
    for first, second in zip(top, top[1:], strict=False):
        if (
            len(first.split()) == 1
            and len(second.split()) == 1
            and not heading(first)
            and not heading(second)
        ):
            name = _bare_name(f"{first} {second}")
            if name and len(spelt) >= 2 and spelt <= _email_words(name):
                return name
    # A CV written wholly in Cyrillic or Greek letters gives no Latin spelling to prefer: its name at the top,
    # in its own letters ("Κωνσταντίνα Δημητρίου" under "ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ").
    # A line in capitals may be a section's heading the reader does not know ("ΠΡΟΣΩΠΙΚΑ ΣΤΟΙΧΕΙΑ", personal
    # details): a name in mixed case is preferred to it.
    found = [
        (part, name)
        for line in written[:NAME_LINES]
        for part, _ in _parts(line)
        if (words := part.split())
        and all(_OTHER_SCRIPT_WORD.match(word) for word in words)
        and not heading(part)
        and (name := _bare_name(part, labelled=True))
    ]
    mixed = [name for part, name in found if not part.isupper()]
    return (mixed or [name for _, name in found] or [None])[0]


_DOCUMENT_WORD = re.compile(r"\b(?:curriculum vitae|cv|lebenslauf|résumé|resume|life sketch)\b", re.I)
_CLOSING = re.compile(
    r"sincerely|yours (?:sincerely|faithfully|truly)|kind regards|best regards|regards|signature|signed"
    r"|signature du candidat|unterschrift|firma|assinatura|podpis|handtekening|underskrift|allekirjoitus",
    re.I,
)
# The surname and the given names on labelled rows of their own ("Surname: Nowak" / "First name: Piotr").
_SURNAME_LABEL = re.compile(
    r"^(?:surname|family name|last name|nom(?: de famille)?|nachname|familienname|apellidos?|cognome|sobrenome"
    r"|apelido|nazwisko|příjmení|priezvisko|achternaam|efternavn|etternavn|efternamn|sukunimi|vezetéknév"
    r"|soyadı|nume|pavardė|uzvārds|perekonnanimi|mbiemri|prezime|priimek|фамилия|επώνυμο)(?:\(s\))?"
    r"\s*(?:\.{2,}\s*)?[:|]?\s*(?<=[\s:|.])(?P<value>[^|]+)",
    re.I,
)
_GIVEN_LABEL = re.compile(
    r"^(?:first names?|given names?|forenames?|prénoms?|vorname[n]?|nombre|nome|nome próprio|imię|imiona"
    r"|jméno|meno|voornamen?|fornavn|förnamn|etunimi|utónév|keresztnév|adı|prenume|vardas|vārds|eesnimi"
    r"|emri|ime|име|όνομα)(?:\s*\(s\))?\s*(?:\.{2,}\s*)?[:|]\s*(?P<value>[^|]+)|^(?:first|given) names?(?:\(s\))?"
    r"\s*\.{2,}\s*(?P<dotted>[^|]+)",
    re.I,
)


def _name_from_parts(lines: list[str]) -> str | None:
    """The name from a surname row and a given-names row near each other, given names first."""
    surname = given = None
    for line in lines[:FAR_NAME_LINES]:
        if surname is None and (match := _SURNAME_LABEL.match(line)):
            surname = match["value"].strip()
        elif given is None and (match := _GIVEN_LABEL.match(line)):
            given = (match["value"] or match["dotted"]).strip()
        if surname and given:
            return _bare_name(f"{given} {surname}")
    return None


_SURNAME_COMMA = re.compile(r"(?P<surname>[^\W\d_][\w'’ -]{0,40}?),\s*(?P<given>[^\W\d_][\w'’. -]{0,60})")


def _surname_first(text: str, *, labelled: bool = False) -> str:
    """ "PETROVSKI, Aleksandar" -> "Aleksandar PETROVSKI": a surname written first before a comma, in
    capitals or on a labelled row; other text is given back as it is."""
    match = _SURNAME_COMMA.fullmatch(text.strip())
    if not match or (not labelled and not match["surname"].isupper()):
        return text
    if match["given"].strip(" .").casefold().replace(".", "") in _SUFFIXES:
        return text  # "Harper, MBE": letters after the name
    return f"{match['given']} {match['surname']}"


def _written_out(name: str, following: list[str]) -> str:
    """The name with its given names written out when a line below gives them: "J.-H. Becker" in a
    heading, "Jan-Hendrik Becker" under it."""
    if not re.search(r"\b[^\W\d_]\.", name):
        return name
    surname = name.split()[-1].casefold()
    for line in following:
        for part, _ in _parts(line):
            other = _bare_name(part)
            if other and other.split()[-1].casefold() == surname and not re.search(r"\b[^\W\d_]\.", other):
                return other
    return name


def _outside_entries(lines: list[str]) -> list[str]:
    """The lines where a name may be written: not under a heading of posts, degrees, courses (an
    employer there is no person) or references, not a row with dates, not overlong. Blank lines are left
    out."""
    found, current = [], None
    for line in lines:
        head = heading(line) if line else None
        if head:
            current = head[0]
        elif line and current not in _ENTRY_SECTIONS and len(line) <= MAX_NAME_LINE and not periods(line):
            found.append(line)
    return found


# References, publications and awards name other people.
_ENTRY_SECTIONS = frozenset({EXPERIENCE, EDUCATION, TRAINING, OTHER})


def name_lines(lines: list[str], name: str | None) -> set[str]:
    """The line that gives the person's name, and a line of letters after the name under it ("MBE"):
    they head the CV and belong to no section (after a sidebar, they would end its last one)."""
    found: set[str] = set()
    if not name:
        return found
    written = _outside_entries(lines)
    for n, line in enumerate(written[:FAR_NAME_LINES]):
        if any(_bare_name(part) == name for part, _ in _parts(line)):
            found.add(line)
            following = written[n + 1].replace(",", " ").split() if n + 1 < len(written) else []
            if following and all(w.casefold().replace(".", "") in _SUFFIXES for w in following):
                found.add(written[n + 1])
            break
    # The name again at the foot, under a signature, belongs to no section either.
    found.update(line for line in lines if len(line) <= MAX_NAME_LINE and _bare_name(line) == name)
    return found


def _parts(line: str) -> list[tuple[str, bool]]:
    """The parts of a line that may be a name, each with whether a rank or title starts it."""
    if heading(line):
        return []
    found = []
    for part in re.split(r"\s+[|–—·/]\s+|\s+-\s+|\s*\|\s*|,\s+(?=[A-Z]{2,}\b|[A-Z][a-z]?\.?$)", line):
        if part.strip() and not heading(part):
            found.append((part, _without_prefix(part.split()) != part.split()))
    return found


def _email_words(text: str | None) -> set[str]:
    """The words of an e-mail address's local part, or of a name, without accents: "rj.devries" ->
    {"rj", "devries"}; "Ruben de Vries" -> {"ruben", "de", "vries"}."""
    if not text:
        return set()
    local = unicodedata.normalize("NFKD", text.split("@")[0].casefold())
    return {w for w in re.split(r"[^a-z]+", local.encode("ascii", "ignore").decode()) if len(w) > 1}


def _without_prefix(words: list[str]) -> list[str]:
    """The words after the ranks and titles that start them ("Lt Col", "Ten. Col.", "mgr inż.",
    "Dipl.-Inform.")."""
    changed = True
    while changed and words:
        changed = False
        if len(words) > 1 and _DIPLOMA_TITLE.fullmatch(words[0]):
            words, changed = words[1:], True
            continue
        for size in (4, 3, 2, 1):
            head = " ".join(words[:size]).casefold().replace(".", "")
            if len(words) > size and head in _PREFIXES:
                words, changed = words[size:], True
                break
    return words


# German and Austrian diploma titles written before a name: "Dipl.-Inform.", "Dipl.-Ing.", "Dipl.-Kffr.".
_DIPLOMA_TITLE = re.compile(r"dipl\.?-?[^\W\d_]*\.?", re.IGNORECASE)


# A name in Cyrillic or Greek letters, read only after a name's label ("Име | Петър Иванов"): unlabelled,
# the Latin spelling a CV gives beside it is the one to propose.
_OTHER_SCRIPT_WORD = re.compile(r"^[А-ЯЁЂЃЄЅІЇЈЉЊЋЌЎЏΑ-ΩΆΈΉΊΌΎΏ][\w'’.-]*$")


# A letter's salutation opens no name: "Dear Recruitment Team", "Sehr geehrte Damen und Herren", "Kære ...".
_SALUTATION = re.compile(
    r"^\s*(?:dear|hello|hi|to whom|madam|sir|bonjour|madame|monsieur|mesdames|sehr geehrte|liebe|lieber"
    r"|estimad[oa]s?|gentil[ei]|egregi|cari?|cara|geachte|beste|kære|kaere|hej|hei|kedves|szanown|vážen"
    r"|spoštovan|poštovan|stimat|αξιότιμ|αγαπητ|уважаем|почитуван|sayın|lugupeetud|gerbiam|cienījam"
    r"|i nderuar|e nderuar|ágætu|hyvä|bäste|bästa)\b",
    re.IGNORECASE,
)


def _bare_name(text: str, *, labelled: bool = False) -> str | None:
    """The name in ``text`` without ranks, titles or letters after it, in title case; None if it is not
    a name."""
    if _SALUTATION.match(text):
        return None
    text = _RETIRED.sub(" ", " ".join(text.replace("’", "'").split())).strip(" ,;:")
    after = _AFTER_NAME_BODY.search(text)
    if after and _NOT_A_NAME.search(after[0]):
        text = text[: after.start()]
    text = _SERVICE_AFTER_NAME.sub("", text)
    if not text or _NOT_DOCUMENT.search(unaccented(text)) or any(c.isdigit() or c in "@/:()" for c in text):
        return None
    words = text.split()
    changed = True
    while changed and words:
        before = words
        words = _without_prefix(words)
        while len(words) > 2 and words[-1].casefold().strip(",").replace(".", "") in _SUFFIXES:
            words = words[:-1]
        if words and words[-1].endswith(","):
            words = [*words[:-1], words[-1].rstrip(",")]
        changed = words != before
    # A comma inside ("Andover, Hampshire") makes a place or a list, not a name; a word of a post or a
    # body makes a title or an organisation ("Junior Researcher", "Polska Grupa Zbrojeniowa S.A.").
    rest = " ".join(words)
    if "," in rest or _NOT_A_NAME.search(rest) or TITLE_WORD.search(rest):
        return None
    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(
        _NAME_WORD.match(w) or (labelled and _OTHER_SCRIPT_WORD.match(w)) for w in words
    ):
        return None
    if sum(w[0].isupper() or w[2:3].isupper() for w in words) < 2:
        return None
    return " ".join(_title(w) for w in _given_names_first(words))


# Marks written with a rank, not part of the name: retired, NATO rank codes, general staff.
_RETIRED = re.compile(
    r"\((?:ret|retd|retired|r|res|(?:OF|OR|WO)[- ]?\d{1,2}|GS|i\.\s?G|EMS|BEM|SG|DEM)\.?\)"
    r"|,\s*(?:ret|retd)\.?(?=\s|$)|,\s*(?:OF|OR)[- ]?\d{1,2}$"
    # An arm or service in a bracket after the rank: "Lieutenant Colonel (Inf)", "Major (Eng)", "Capt (N)".
    r"|\((?:inf|art|arty|armd?|cav|eng|engr|sigs?|log|med|int|mp|av|avn|ad|n|af|sf|cis|gs)\.?\)",
    re.IGNORECASE,
)
# An employer or service written after the name and a comma: "Rui TAVARES SILVA, Portuguese Navy".
_AFTER_NAME_BODY = re.compile(r",\s+[^,]*$")
# The service after the name with no comma (a PDF's wide gap read as one space): "James Byrne Royal Navy",
# "Ana Sousa Força Aérea Portuguesa", "Jean Morel Marine nationale".
_SERVICE_AFTER_NAME = re.compile(
    r"\s+(?:(?:Royal|[A-Z][a-z]+)\s+)?(?:Navy|Army|Air Force|Marines|Marine Corps|Coast Guard|National Guard"
    r"|Armed Forces)$"
    r"|\s+(?:Marine nationale|Armée de terre|Armée de l'air(?: et de l'espace)?|Bundeswehr|Marina Militare"
    r"|Esercito Italiano|Aeronautica Militare|Ejército de Tierra|Ejército del Aire|Armada(?: Española)?"
    r"|Marinha Portuguesa|Força Aérea Portuguesa|Exército Português|Koninklijke (?:Marine|Landmacht|Luchtmacht)"
    r"|Forsvaret|Försvarsmakten|Wojsko Polskie|Marynarka Wojenna)$"
)


def _given_names_first(words: list[str]) -> list[str]:
    """'MÜLLER Andreas' -> 'Andreas MÜLLER': a surname in capitals written first (Europass, French and
    Central European CVs) goes after the given names."""
    capitals = 0
    while capitals < len(words) and _surname_in_capitals(words[capitals]):
        capitals += 1
    rest = words[capitals:]
    if (
        capitals
        and rest
        and not any(_surname_in_capitals(w) for w in rest)
        and all(w[:1].isupper() for w in rest)
    ):
        return [*rest, *words[:capitals]]
    return words


def _surname_in_capitals(word: str) -> bool:
    return word.isupper() and len(word) > 1 and "." not in word


def _title(word: str) -> str:
    """'LAMBERT' -> 'Lambert', 'MACDONALD' -> 'Macdonald', 'R.' and 'R.J.' stay; a word already in mixed
    case stays."""
    if word.isupper() and len(word.rstrip(".")) > 1 and "." not in word.rstrip("."):
        # A Turkish dotted capital I lowers to "i" and its dot ("DEMİR" -> "Demir", not "Demi̇r").
        return "-".join(part.capitalize() for part in word.split("-")).replace("i\u0307", "i")
    return word


_PREFIXES = frozenset(p.replace(".", "") for p in NAME_PREFIXES)
_SUFFIXES = frozenset(s.replace(".", "") for s in NAME_SUFFIXES)
