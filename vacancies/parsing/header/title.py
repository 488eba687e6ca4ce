"""Title: a "Title:" label, else the first short line naming a job, else a Title Case first line."""

from __future__ import annotations

import re

from reference.bodies import body_named

from ..cleaning import Line
from ..english_french import leans_french
from ..sections import heading_kind
from .deadline import parse_date
from .found import LABEL, Found
from .grade import GRADE_LINE
from .location import city_region, is_city, is_country, location_line

_I = re.IGNORECASE

_TITLE_LABEL = re.compile(
    # A bilingual form names the field twice: "Intitulé du poste / Post title : ...".
    r"^(?:[^:/|]{2,40}/\s*)?(?:(?:job|post|position|vacancy|role|requisition|req\.?|external|posting|advertised|functional|official|working)\s+)?title"
    r"\s*(?::|\s[-–]\s)\s*(?P<v>.+)$"
    # "Post Title<TAB>Senior Staff Officer": a form's two-word label, its value after a tab or wide gap.
    r"|^(?:job|post|position|vacancy)\s+title(?:\t|\s{2,}|\s+(?=[A-Z][a-z]))\s*(?P<u>[A-Z].+)$"
    r"|^(?:position|post|vacancy|role|job|civilian post|poste|intitul[ée] du poste|vacancy notice"
    r"|job opening|vacancy announcement|titre du poste|intitul[ée] de (?:la fonction|l'emploi)|fonction)\s*:\s*(?P<w>.+)$",
    _I,
)
# A post's reference, not its title: "Post: JWC SCEN 0070", "Post: 26/CSO/09".
_REFERENCE = re.compile(r"(?=.*\d)[A-Z0-9 ./_-]+")
_LOOKING_FOR = re.compile(
    r"\b(?:is|are)\s+(?:looking for|seeking|recruiting|hiring)\s+(?:an?\s+)?"
    r"(?P<title>[A-Z][\w'&/-]*(?:\s+(?:and|of|for|&|[A-Z][\w'&/-]*))*(?:\s*\([^()]{1,40}\))?)"
)
_HIRING = re.compile(r"^(?:we'?re|we are|now) hiring\W*$|^join (?:our|the) team\W*$|^job opening\W*$", _I)
# A post's reference code: capitals, figures and the marks between them, three figures at least, no year
# ("OR(BUD)-0327", "27/JALLC/05", "NCIA/ACQ/26/412", "270118"; not "C4ISR" nor "2027").
_CODE = r"(?-i:(?=(?:[A-Z()/._-]*\d){3})(?!(?:19|20)\d\d\b)[A-Z0-9][A-Z0-9()/._-]*[A-Z0-9)])"
_REFERENCE_WORD = (
    r"(?:requisition|req\.?|ref(?:erence)?\.?|vacancy|job(?:\s+id)?|post)(?:\s*(?:no\.?|number|#|id))?\s*:?"
)
_TITLE_SUFFIX = re.compile(
    r"\s*(?:[-|–]\s*(?:job post|job offer|job details|careers?|nato careers?|apply now|job)"
    r"|\((?:m/f(?:/[dx])?|f/m(?:/[dx])?|h/f|civilian post|civilian|full[- ]time|part[- ]time)\)"
    # the grade after the title: "Budget Officer (A-2)", "(A.2/A.3)", "(G15)"
    r"|\((?:NATO\s+)?(?:grade\s+)?(?:[ABLC][.-]?\d|G-?\d{1,2})(?:\s*[/-]\s*(?:[ABLC][.-]?\d|G-?\d{1,2}))*\))\s*$"
    # A requisition number ("(180703)", "-190921") or the employer's name after the title ("... NATO").
    r"|\s*(?:\(\s*\d{3,}\s*\)|-\s*\d{5,})\s*$"
    # The post's reference after the title, in brackets or after a dash: "(NCIA/ACQ/26/412)", "(Requisition
    # 270118)", "- JFTC/TRG/27-02".
    rf"|\s*\(\s*(?:{_REFERENCE_WORD}\s*)?{_CODE}\s*\)\s*$|\s+[-–|]\s+{_CODE}\s*$"
    r"|(?<!\bto)(?<!\bat)(?<!\bin)(?<!\bof)(?<!\bfor)\s+(?:[-|–]\s*)?(?:NATO|OTAN)\s*$",
    _I,
)
# "NATO : Title", "NATO: NATO: Title", a post number "H-4: Title" before the title.
# "Consultancy Services - Title": the kind of contract a call for a contractor names first.
_TITLE_PREFIX = re.compile(
    r"^(?:(?:NATO|OTAN)\s*:\s*)+|^[A-Z]{1,2}-?\d{1,2}\s*:\s*(?=[A-Z])"
    # "NOW HIRING: Logistics Plans Officer", "We're hiring - Analyst": a slide's or a post's announcement.
    r"|^(?:we'?re|we are|now|currently)\s+(?:hiring|recruiting)\s*[:!–-]+\s*(?=[A-Z])"
    # "NSO-CIV-26-09 | Course Director (...)": the post's reference in a cell before the title.
    r"|^[A-Z]{2,}[A-Z0-9/._-]*\d[A-Z0-9/._-]*\s*[|:]\s*(?=[A-Z])"
    # "OR(BUD)-0327 Senior Budget Analyst", "27/JALLC/05 - Operational Analyst": the reference, then the post.
    rf"|^{_CODE}\s*(?:[-–:|]\s*)?(?=[A-Z][a-z])"
    r"|^(?:consultancy|consulting|contractor|professional|expert)\s+services?\s*[-–:]\s*(?=[A-Z])"
    # "VACANCY NOTICE - Officer (Force Planning)", "Job Opening: Analyst": what the page is, then the post.
    # "Vacancy 26/NCSC/118 - Cyber Incident Handler", "VACANCY NOTICE CMRE-27-03: Scientist": the page, its
    # number, then the post.
    r"|^(?:(?:civilian\s+)?vacancy(?:\s+(?:notice|announcement|notification))?"
    r"(?:\s+(?:no\.?\s*|number\s+|#\s*|ref\.?\s*)?[A-Z0-9][\w/.-]*\d[\w/.-]*)?"
    r"|job\s+(?:opening|offer|posting|vacancy)"
    r"|avis\s+de\s+vacance(?:\s+de\s+poste)?|offre\s+d'emploi|post\s+announcement)\s*(?:[-–:|]\s*)+(?=[A-Z])",
    _I,
)
_NOT_TITLE = re.compile(
    r"^(?:vacancy(?: notice| notification)?|job (?:description|details|content|offer|posting|specifications)|"
    r"position description|description du poste|offre d'emploi|emploi|summary|overview|nato|otan|"
    r"avis de vacance(?: de poste| d'emploi)?|secr[ée]tariat international|"
    r"international staff|header|pending budget approval|nato (?:un)?classified|full[- ]time|part[- ]time|"
    r"skills|schedule|salary.*|primary location|other locations|nato body|application deadline|grade|"
    r"open to nationals.*|on site|remote|hybrid|junior|mid level|senior level|"
    r"location|sector|experience|posted|category|industry|contract type|expiry date|job type|deadline|"
    r"(?:[\w' ]+\s*[>»/]\s*){2,}[\w' ]*|.*\b(?:cookies?|javascript)\b.*)$",
    _I,
)
_ORG_ONLY = re.compile(
    r"^(?:[A-Z]{2,8}\s*[-:|]\s*)?(?:the\s+)?(?:NATO|OTAN|Allied|Supreme|Joint|International|Headquarters)\b[\w\s,&()'-]*"
    r"(?:Agency|Staff|Command|Transformation|Europe|Organi[sz]ation|Headquarters|Centre|Center|College|"
    r"School|Office|Division|\([A-Z ]{2,10}\))$",
    _I,
)
# A unit named after its head ("Office of the Chief Scientist", "Office of the Financial Controller (FinCon) -
# Accounting Section"): where the post is, no title, though it names a job.
_UNIT = re.compile(
    r"^(?:the\s+)?(?:office|bureau|cabinet|division|directorate|department|branch|section|unit)\s+(?:of|for)\b",
    _I,
)
# Words a job title ends on or names: a line among the first ones holding one is the title.
JOB_NOUN = re.compile(
    r"\b(?:officers?|officier|assistants?|head|manager|engineer|analyst|advis[eo]r|specialist|scientist|"
    r"coordinator|director|agent|administrator|technician|planner|secretary|translator|interpreter|reviser|"
    r"architect|developer|consultant|researcher|expert|chief|controller|auditor|accountant|clerk|driver|"
    r"guard|editor|counsel|lawyer|legal adviser|instructor|trainer|lecturer|professor|inspector|operator|"
    r"programmer|librarian|archivist|nurse|physician|psychologist|mechanic|electrician|firefighter|"
    r"supervisor|team leader|intern|trainee|proofreader|linguist|terminologist|economist|statistician|strategist|buyer"
    # French titles ("Administrateur/Administratrice de programme", "Analyste principal(e)", "Chef de section")
    r"|officière|administrat(?:eur|rice)s?|analystes?|conseill(?:er|ère)s?|chef|cheffe|assistante?s?|ingénieure?s?"
    r"|tradu(?:cteur|ctrice)s?|interprètes?|réviseu(?:r|se)s?|gestionnaires?|responsable|secrétaire|direct(?:eur|rice)"
    r"|coordonnat(?:eur|rice)|coordinat(?:eur|rice)|spécialistes?|juristes?|comptables?|techniciens?|technicienne"
    r"|informaticien(?:ne)?|planificat(?:eur|rice)|chercheu(?:r|se)|audit(?:eur|rice)|contrôleu(?:r|se)|rédact(?:eur|rice)"
    r"|économiste|statisticien(?:ne)?|chargée? de (?:mission|programme|projet)s?|stagiaire|expert(?:e)?)\b",
    _I,
)
_SENTENCE_START = re.compile(
    r"^(?:we|you|our|this|these|the|if|are|do|please|through|as|in|within|under|a|an|it|applications?|"
    r"candidates?|all|only|appointment|note|click|find|why)\b",
    _I,
)
# An annex's heading that says it holds the notice.
_NOTICE_START = re.compile(
    r"^(?:annex(?:e)?|appendix|enclosure|anlage|pi[eè]ce jointe)\s+[A-Z0-9]{1,3}\s*[-–—:.]?\s*"
    r"(?:vacancy notice|vacancy announcement|job description|post description|avis de vacance(?: de poste)?"
    r"|description de poste|stellenausschreibung)\s*$",
    _I,
)
_HEADING = re.compile(r"^(?:\d{1,2}\s*[.)]\s*)?[A-Z][A-Z &/,-]+:?$|^\d{1,2}\s*[.)]\s*\S")


def find_title(lines: list[str]) -> Found:
    """The "Title:" label's value, else the first short line naming a job ("Officer", "Assistant", ...),
    else the first line if it reads like a title; chrome, labels, dates and org names are skipped.

    >>> find_title(["Job Specifications", "NATO Body", "NATO International Staff (NATO IS)", "Head, Office"])
    ('Head, Office', 'Head, Office')
    """
    for i, line in enumerate(lines[:60]):
        match = _TITLE_LABEL.match(line)
        if match and not _REFERENCE.fullmatch(match.group("v") or match.group("w") or match.group("u")):
            value = match.group("v") or match.group("w") or match.group("u")
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if re.fullmatch(r"\([^()]{2,60}\)", following):
                value = (
                    f"{value} {following}"  # "Post: Intelligence Analyst" / "(Russia and Eurasia)": wrapped
                )
            return _clean_title(value), line
    for i, line in enumerate(lines[:40]):
        # "WE'RE HIRING" / "Research Analyst - ... (civilian post)": a post announced in a social media post.
        if _HIRING.match(line) and i + 1 < len(lines) and _could_be_title(lines[i + 1]):
            return _clean_title(lines[i + 1]), lines[i + 1]
        # "We're hiring!" / "LANDCOM is looking for a Training Support Assistant (G7) to join ...": the post
        # named in the sentence under it (the author's own job, on the post's header, is no title).
        wanted = _LOOKING_FOR.search(lines[i + 1]) if _HIRING.match(line) and i + 1 < len(lines) else None
        if wanted and JOB_NOUN.search(wanted["title"]):
            return _clean_title(wanted["title"]), lines[i + 1]
    for i, line in enumerate(lines[:60]):
        # A covering letter or memo before the notice (its signature names a job too): the notice starts at
        # its own heading ("ANNEX A – VACANCY NOTICE", "Annexe 1 : avis de vacance"), its title under it.
        if _NOTICE_START.match(line.strip()) and i + 1 < len(lines):
            below = lines[i + 1]
            if _could_be_title(below) and JOB_NOUN.search(below) and len(below.split()) <= 12:
                return _clean_title(below), below
    # A line naming a job; else the page's heading in capitals naming one ("SENIOR ANALYST, INFORMATION
    # ENVIRONMENT ASSESSMENT"), which a body's name in capitals above the title may also be.
    for capitals in (False, True):
        candidates = [line for line in lines[:25] if _could_be_title(line, capitals=capitals)]
        for line in candidates:
            if JOB_NOUN.search(line) and len(line.split()) <= 12 and not _SENTENCE_START.match(line):
                return _clean_title(line), line
    for line in lines[:3]:
        title = title_before_text(line)
        if title:
            return title, line
    previous = ""
    for line in lines[:25]:
        field_value = _FIELD_NAME.match(previous)  # "Sector" / "Non Profit": a field's value, no title
        previous = line
        if field_value or not _could_be_title(line):
            if len(line.split()) > 8 and not LABEL.match(line):
                break  # prose: the text has no title line
            continue
        words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
        if len(line.split()) <= 8 and words and all(w[:1].isupper() for w in words):
            return _clean_title(line), line
        break
    return None, None


_TITLE_WORDS = re.compile(r"^(?:[A-Z][\w'&/().-]*,?|and|of|for|the|to|in|on|&|-|–)$")
_BODY_START = re.compile(r"^(?:The|This|These|We|Our|In|As|You|Join|Within|At|It|NATO's|Are|Do|Based)$")


def title_before_text(line: str) -> str | None:
    """The title at the start of a line a scraper ran the body into ("Officer, Resource Policy and
    Planning The Resource Policy and Planning Board (RPPB) is ..."): the Title Case words naming a job,
    up to the word that starts the first sentence.

    >>> title_before_text("Officer, Resource Policy and Planning The Board is the senior advisory body.")
    'Officer, Resource Policy and Planning'
    """
    words = line.split()
    if len(words) < 10:
        return None
    for end in range(2, min(len(words) - 3, 14)):
        if not _TITLE_WORDS.match(words[end - 1]):
            return None
        if _BODY_START.match(words[end]) and words[end + 1][:1].isalpha():
            title = " ".join(words[:end]).rstrip(",")
            return title if JOB_NOUN.search(title) and words[end - 1][:1].isupper() else None
    return None


_FIELD_NAME = re.compile(
    r"^(?:location|sector|experience|posted|schedule|nato body|primary location|other locations|grade|"
    r"application deadline|salary(?: \(pay basis\))?|contract type|expiry date|category|industry|job type|"
    r"deadline|seniority|employment type)\s*:?$|^[A-Z][\w /'-]{1,30}:$",
    _I,
)


def _could_be_title(line: str, *, capitals: bool = False) -> bool:
    text = _TITLE_PREFIX.sub("", line)
    if (
        capitals
        and _HEADING.match(text)
        and not re.match(r"^\d", text)
        and heading_kind(Line(text)) == "other"
    ):
        text = _title_case(text)  # a heading in capitals that is no section of the notice
    return not (
        len(text) < 4
        or len(text) > 160
        or _NOT_TITLE.match(text)
        or (LABEL.match(text) and text == line)
        or _ORG_ONLY.match(text)
        or _UNIT.match(text)
        or text[:1].islower()
        or re.match(r"^[\d\W]+$", text)
        or _HEADING.match(text)
        or heading_kind(Line(text)) not in (None, "other")
        or text.endswith((".", ";", ":", "!", "?"))
        or GRADE_LINE.search(text)
        or parse_date(text)
        or location_line(text)
        or is_country(text)
        or city_region(text) != text
    )


# What a page writes after the title: the body offering the post ("Finance Officer - Multinational
# Counter-UAS Programme Office (MCUAS PO)") or the heading of the text that follows ("... Job content").
_BODY_AFTER = re.compile(
    r"\s+[-–|]\s+(?P<body>[A-Z][\w' ,&-]*\b(?:Agency|Office|Command|Headquarters|Centre|Center|Division|"
    r"Directorate|Staff|Organi[sz]ation|College|School)(?:\s*\([A-Z][\w &]{1,12}\))?)$"
)
_HEADING_AFTER = re.compile(
    r"\s+(?:job|post|position|role)\s+(?:content|description|summary|overview|details)$|\s+(?:summary|overview)$",
    _I,
)
_KEPT_CAPITALS = frozenset({"NATO", "OTAN", "CIS", "ICT", "IAMD", "CIMIC", "ISR", "C2", "C4ISR"})
_SMALL_WORDS = frozenset(
    {"and", "of", "for", "the", "to", "in", "on", "at", "a", "an", "or", "with",
     # French: "ASSISTANT(E) (VOYAGES ET CONFÉRENCES)" -> "Assistant(e) (Voyages et Conférences)"
     "et", "de", "des", "du", "la", "le", "les", "en", "à", "au", "aux", "ou", "pour", "par", "sur", "e", "ne"}
)  # fmt: skip


def _clean_title(text: str) -> str:
    """The title without what a page put around it, and in Title Case if it was in capitals.

    >>> [_clean_title(t) for t in ("Senior Officer, Air Defence Job content", "Scientist (Acoustics) (2710)",
    ...     "Finance Officer - Counter-UAS Programme Office (CUAS PO)", "STAFF OFFICER (OPERATIONS PLANNING)")]
    ['Senior Officer, Air Defence', 'Scientist (Acoustics)', 'Finance Officer', 'Staff Officer (Operations Planning)']
    """
    text = _TITLE_PREFIX.sub("", text)
    previous = None
    while previous != text:
        previous, text = text, _TITLE_SUFFIX.sub("", text).strip()
        city = re.search(r"\s+[-–]\s+(?P<city>[A-Z][\w'-]*(?: [\w'][\w'-]*)*)$", text)
        if city and is_city(city.group("city")):
            text = text[: city.start()].strip()
        for after in (_BODY_AFTER, _HEADING_AFTER):
            cut = after.search(text)
            if cut and JOB_NOUN.search(text[: cut.start()]):
                text = text[: cut.start()].strip()
        named = re.search(r"\s+[-–|]\s+(?P<body>[A-Z][\w' &()-]{1,40})$", text)
        if named and body_named(named.group("body")) and JOB_NOUN.search(text[: named.start()]):
            text = text[: named.start()].strip()  # "... Officer (Recruitment) - JFC Brunssum": a known body
    text = text.strip(" -:|")
    text = _english_in_brackets(text)
    return _title_case(text) if _shouting(text) else text


def _english_in_brackets(text: str) -> str:
    """ "INGÉNIEUR NAVIGABILITÉ (Airworthiness Engineer)": a title in another language with its English name in
    brackets gives the English name; "Officer (Force Planning)" stays as it is (the brackets name no job).

    >>> _english_in_brackets("Analyste principal (Senior Analyst)"), _english_in_brackets("Officer (Budget)")
    ('Senior Analyst', 'Officer (Budget)')
    """
    match = re.fullmatch(r"(?P<out>[^()]{3,80}?)\s*\((?P<inside>[^()]{3,60})\)", text)
    if not match or not JOB_NOUN.search(match["inside"]) or not match["inside"].isascii():
        return text
    outside = re.findall(r"[^\W\d_]{3,}", match["out"].casefold())
    french = sum(map(leans_french, outside)) * 2 > len(outside)
    if not outside or not (french or re.search(r"\b(?:de|du|des|la|le|et|aux)\b", match["out"], _I)):
        return text
    return match["inside"].strip()


def _shouting(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def _title_case(text: str) -> str:
    words = re.split(r"(\s+|[(/-])", text.lower())
    cased = [
        w.upper()
        if w.upper() in _KEPT_CAPITALS or (len(w) == 2 and w.isalpha() and w not in _SMALL_WORDS)
        else w
        if ((w in _SMALL_WORDS or w in ("e)", "ne)")) and i)
        or not w.strip()
        or (i and re.match(r"^[dl]['’]", w))
        else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    ]
    return "".join(cased)
