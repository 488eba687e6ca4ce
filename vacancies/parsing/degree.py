"""The education requirement: level, preferred fields and accepted alternatives.

The level comes from the essential requirement only, read from the part before "preferably"/"ideally"
(a preference does not raise it). When several levels are named ("a master's degree or a bachelor's
degree with ..."), the lowest one is the requirement. "university degree" without a cycle is
"university"; a named cycle wins over it ("a university degree at master's level" -> master).

>>> parse_degree(["hold a university degree, or an equivalent level of qualification"]).alternatives
('equivalent_qualification',)
"""

from __future__ import annotations

import re

from reference.scales import REQUIRED_RANK

from .result import Degree

_I = re.IGNORECASE
_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, _I))
    for level, pattern in (
        ("doctorate", r"\bph\.?\s?d\b|\bdoctorate\b|\bdoctoral\b|\bdoctorat\b"),
        ("master", r"\bmaster'?s?\b|\bm\.?sc\b|\bm\.a\.|\bmba\b|\bpost-?graduate\b|\bsecond[- ](?:cycle|level)\b"
         r"|\badvanced (?:university )?degree\b|\bma[îi]trise\b|\bbac\s?\+\s?[45]\b|\bdeuxi[èe]me cycle\b"
         r"|\bdipl[ôo]me (?:d'[ée]tudes )?(?:universitaires? )?de (?:deuxi[èe]me|second) cycle\b"),
        # "licence en droit" (French), not a pilot's or engineer's licence
        ("bachelor", r"\bbachelor'?s?\b|\bb\.?sc\b|\bb\.a\.|\bundergraduate\b|\bfirst[- ](?:cycle|level)\b"
         r"|\blicence\s+(?:en|ès|es|ou|universitaire)\b|\b(?:une|la|d'une|d’une)\s+licence\b|\bbac\s?\+\s?3\b"
         r"|\bpremier cycle\b|\bbachelor\b"),
        # "auniversity": a notice's markup removed without a space (the article run into the word)
        ("university", r"\ba?universit|\bdegrees?\b(?!\s+of\b)|\bhigher education\b|\bacademic\b|\btertiary\b"
         r"|\bgraduate\b|\bpolytechnic\b|\benseignement sup[ée]rieur\b|\b[ée]tudes sup[ée]rieures\b"
         r"|\bdipl[ôo]me d'(?:une )?[ée]cole d'ing[ée]nieurs?\b|\bdipl[ôo]me (?:d'[ée]tudes )?sup[ée]rieur"),
        ("secondary", r"\bsecondary\b|\bhigh school\b|\bbaccalaur|\bgeneral education\b|\ba-levels?\b"
         r"|\bschool[- ]leaving\b|\bvocational\b|\bsecondaire\b|\bfin d'[ée]tudes secondaires\b"),
    )
)  # fmt: skip
_EDUCATION = re.compile(
    r"\bdegrees?\b(?!\s+of\b)|\bdiploma|\beducation\b|\ba?universit|\bbachelor|\bmaster'?s?\b|\bph\.?\s?d\b"
    r"|\bdoctor|\bgraduate|\bsecondary\b|\bhigh school\b|\bbaccalaur|\bstaff college\b"
    r"|\b[mb]\.?sc\b|\bmba\b|\b[mb]\.a\."
    # French
    r"|\bdipl[ôo]m|\blicence\b|\bdoctorat|\bma[îi]trise\b|\bsecondaire\b|\benseignement\b"
    r"|\bcoll[èe]ge (?:militaire|de d[ée]fense|d'[ée]tat-major)|\b[ée]cole (?:de guerre|d'[ée]tat-major|militaire)"
    r"|\b[ée]tudes (?:universitaires|sup[ée]rieures)",
    _I,
)
_PREFERENCE = re.compile(
    r"\b(?:preferabl[ye]|ideally|preference|desirabl[ye]|an advantage|an asset|de pr[ée]f[ée]rence|id[ée]alement"
    r"|un atout|un avantage|souhaitable)\b",
    _I,
)
# What a figure that stands in for the degree is written with: "2 additional years of experience in lieu of
# a degree", "instead of / in place of a university degree", "may replace / substitute for the degree",
# "in the absence of a degree", "candidates without a degree". Such a figure is one of the degree's
# alternatives, never an experience requirement (``experience``).
DEGREE_SUBSTITUTE = re.compile(
    r"\b(?:in\s+lieu\s+of|instead\s+of|in\s+place\s+of|as\s+(?:an?\s+)?(?:substitute|replacement)\s+for"
    r"|in\s+the\s+absence\s+of|without"
    r"|(?:may|can|could|will|shall)\s+(?:also\s+)?(?:be\s+)?(?:replace[ds]?|substituted?|compensated?|accepted)"
    r"\s*(?:for|in\s+lieu\s+of|instead\s+of|as\s+equivalent\s+to)?)"
    r"\s+(?:the\s+lack\s+of\s+)?(?:(?:a|an|the|such\s+a|this|formal|required|relevant|university|academic|"
    r"bachelor'?s?|master'?s?|first|higher)\s+)*"
    r"(?:degree|diploma|university\s+(?:education|studies)|(?:academic|formal)\s+(?:education|qualifications?)"
    r"|education)s?\b",
    re.IGNORECASE,
)
_ALTERNATIVES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "equivalent_qualification",
        re.compile(
            r"equivalent (?:level of )?(?:qualification|degree|diploma|education(?! coupled| combined| and| with))"
            r"|(?:degree|diploma|qualification|education|studies)\)?\s*,?\s*\(?or (?:an? )?(?:recognised |recognized )?"
            r"equivalent\b(?!\s+(?:relevant\s+)?(?:professional\s+|work\s+)?experience)"
            # French: "ou d'une qualification de niveau équivalent", "ou d'un diplôme équivalent"
            r"|(?:qualification|dipl[ôo]me|titre|formation)s?\s+(?:de\s+niveau\s+)?[ée]quivalente?s?"
            r"|\bniveau\s+(?:de\s+(?:qualification|formation)\s+)?[ée]quivalent",
            _I,
        ),
    ),
    (
        "military_staff_college",
        re.compile(
            r"\bstaff college\b|\bmilitary (?:staff|war) college\b"
            r"|\bcoll[èe]ge (?:militaire|de d[ée]fense|d'[ée]tat-major|interarm[ée]es)|\b[ée]cole (?:de guerre|d'[ée]tat-major"
            r"|sup[ée]rieure de guerre)|\bcours (?:sup[ée]rieur )?d'[ée]tat-major",
            _I,
        ),
    ),
    (
        "equivalent_experience",
        re.compile(
            r"equivalent (?:relevant )?(?:professional |work |practical )?experience"
            r"|equivalent education (?:coupled|combined) with|experience in lieu|in lieu of (?:a|the) degree"
            r"|combination of (?:education|studies) and (?:professional )?experience"
            # French: "ou expérience équivalente", "à défaut de diplôme", "en lieu et place d'un diplôme"
            r"|exp[ée]rience (?:professionnelle |pertinente )?[ée]quivalente"
            r"|[àa] d[ée]faut (?:de|d'un) dipl[ôo]me|en l'absence (?:de|d'un) dipl[ôo]me|au lieu d'un dipl[ôo]me"
            r"|en lieu et place d'un dipl[ôo]me|(?:peu(?:t|vent)|pourra|pourront) (?:[êe]tre )?(?:remplac|compens)"
            r"|(?:years|experience) (?:may|can|could) (?:be accepted|substitute|compensate|replace)"
            rf"|\b(?:experience|years?)\b[^;.]{{0,60}}?{DEGREE_SUBSTITUTE.pattern}"
            rf"|{DEGREE_SUBSTITUTE.pattern}[^;.]{{0,40}}?\b(?:experience|years?)\b",
            _I,
        ),
    ),
)
_FIELDS = (
    # "a degree in a relevant field of study (Law, Public or Business Administration, Human Resources)"
    re.compile(r"\b(?:fields?|areas?|disciplines?)\s+of\s+study\s*\((?P<f>[^()]+)\)", _I),
    re.compile(r"\b(?:such as|e\.g\.,?|including)\s+(?P<f>[^;.()]+)", _I),
    re.compile(
        r"\bin\s+(?:the\s+|a\s+)?(?:fields?|areas?|disciplines?|subjects?|domains?)\s+of\s+(?P<f>[^;.()]+)",
        _I,
    ),
    re.compile(
        r"\b(?:degree|diploma|studies|qualification|master'?s?|bachelor'?s?|ph\.?\s?d|doctorate|[mb]\.?sc|mba)"
        # "Degree level education in ...", "Bachelor's degree or higher in ..."
        r"(?:\s+level)?(?:\s+(?:education|studies|qualification))?(?:\s+or\s+(?:higher|above|equivalent))?"
        r"(?=[\s,;:(-])\s*(?:\([^)]*\)\s+)?"
        # "Master of Science in ...", "Bachelor of Arts in ..."
        r"(?:of\s+(?:Science|Arts|Engineering|Laws|Business Administration)\s+)?"
        # "a degree from an institute of recognised standing in law": the institution is skipped
        r"(?:(?:from|at)\s+(?:an?\s+|the\s+)?[\w\s'-]{0,60}?(?:standing|universit\w*|institut\w*|college)\s+)?"
        # "a degree, preferably in ...", "a degree (ideally in ...)": the preference may follow a comma
        r"(?:\s*[,;:-]?\s*\(?\s*(?:preferabl[ye]|ideally|desirabl[ye]|normally)\s*,?\s+)?"
        r"in\s+(?!(?:the|a|an)\s+(?:fields?|areas?|relevant|related)\b)(?P<f>[^;.()]+)",
        _I,
    ),
    # "a degree with a specialisation in signal processing": after the degree's own "in ..." list, which it
    # only refines ("a doctorate in physics or electrical engineering with a specialisation in ...").
    re.compile(
        r"\b(?:specialis|specializ|major|focus|concentration|emphasis|emphases)\w*\s+(?:in|on)\s+(?P<f>[^;.()]+)",
        _I,
    ),
    # "a university degree (economics, finance or accounting)"
    re.compile(
        r"\b(?:degree|diploma|studies)\s*\((?:(?:preferabl[ye]|ideally)\s*,?\s*)?(?:in\s+)?"
        r"(?!or\b|an?\s+equivalent|equivalent)(?P<f>[^()]+)\)",
        _I,
    ),
    # "a degree in a relevant discipline, preferably economics or finance"
    re.compile(
        r"\b(?:degree|diploma|studies|discipline|field)[^;.]{0,60}?,?\s*\(?(?:preferabl[ye]|ideally)\s*,?\s+"
        r"(?:in\s+)?(?P<f>[^;.()]+)",
        _I,
    ),
    # French: "diplôme universitaire ..., de préférence en relations internationales, en sciences politiques"
    re.compile(
        r"\b(?:dipl[ôo]me|licence|master|doctorat|[ée]tudes)\b[^;.]{0,90}?\b(?:de pr[ée]f[ée]rence\s+|id[ée]alement\s+)?"
        r"en\s+(?P<f>[^;.()]+)",
        _I,
    ),
)
_FIELD_STOP = re.compile(
    r",?\s+and\s+(?:at\s+least|a\s+minimum|minimum|\d+|possess\w*)\b.*"
    r"|,?\s+(?:or|and)\s+(?:an?\s+)?(?:equivalent|have|has|attended|similar)\b.*"
    # "in law and be qualified to practise as a lawyer": a second requirement, no field
    r"|,?\s+and\s+(?:be|hold|possess|must|should|demonstrate)\b.*|\s+(?:from|at|obtained|with|awarded)\b.*"
    # "... or political science and will have at least six years ...": a second requirement in the sentence
    r"|,?\s+and\s+(?:will|shall|can|would|also|further|ideally)\s+(?:have|be|hold|possess|demonstrate|bring)\b.*"
    r"|,?\s+or\s+(?:have|hold|an)\b.*|,?\s+or\s+(?:the\s+)?(?:successful\s+)?(?:completion|graduation|attendance)\s+(?:of|from)\b.*|\s+(?:is|are)\s+(?:required|desirable|preferred)\b.*"
    r"|\s+(?:would|will|is|are)\s+(?:be\s+)?(?:an?\s+)?(?:advantage|asset|preferred|welcome|beneficial)\b.*"
    # French: "..., ou avoir suivi ...", "délivré par ...", "serait un atout"
    r"|,?\s+ou\s+(?:avoir|être|d'une?|une?|justifier|posséder|expérience|dipl[ôo]me|qualification)\b.*"
    # "en droit et être habilité(e) à exercer ...": a second requirement, no field
    r"|,?\s+et\s+(?:être|avoir|posséder|justifier|disposer|maîtriser)\b.*"
    r"|,?\s+(?:délivrée?|obtenue?|reconnue?)\b.*|\s+(?:serait|seraient|est|sont|constituerait)\s+(?:un\s+)?"
    r"(?:atout|avantage|souhaitable|appréciée?)\b.*|,?\s*\bde\s+pr[ée]f[ée]rence\b.*"
    r"|,?\s*\b(?:preferably|ideally)\b.*|,?\s+or\s+(?:a|an)\s+(?:bachelor|master|university|degree|ph\.?d|diploma)\b.*",
    _I,
)
_FILLER = re.compile(
    r"\b(?:another|other|any|relevant|related|similar|appropriate|equivalent|suitable|comparable|etc)\b", _I
)
# French fillers: "dans une discipline connexe", "tout autre domaine pertinent", "expérience équivalente".
_FILLER_FR = re.compile(
    r"\b(?:disciplines?|domaines?|mati[èe]res?|fili[èe]res?)\b.*\b(?:connexes?|apparent[ée]e?s?|pertinente?s?|"
    r"similaires?|analogues?|[ée]quivalente?s?|pertinent|li[ée]e?s?)\b|^(?:tout|toute|une?)\s+autres?\b|\bexp[ée]rience\b|^etc$",
    _I,
)
_KIND_OF_FIELD = re.compile(r"(?<=\w)\s+(?:disciplines?|fields?)$", _I)
_FILLER_NOUN = re.compile(r"\b(?:fields?|disciplines?|areas?|subjects?|domains?|studies)\s*$", _I)


# "aeronautical or mechanical engineering", "Public or Business Administration": two fields sharing a noun.
_SHARED_NOUN = re.compile(
    r"(?P<lead>^|,\s*)(?:(?:the|a|an)\s+)?(?P<first>[A-Za-z]+(?:ic|al|ive|ary))\s+or\s+(?P<second>[A-Za-z]+)\s+(?P<noun>[A-Za-z]+)"
    r"(?=\s*(?:,|$|or\s|and\s))"
)

# "aerospace, electrical or systems engineering": a list of single words whose last but one is an adjective
# that needs the noun ("electrical"), the noun closing the list, is a list of the noun's kinds.
_LISTED_SHARED_NOUN = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<words>(?:[A-Za-z]+\s*,\s*)+[A-Za-z]+(?:ic|al|ive|ary)),?\s+(?:or|and)\s+"
    # ... and closes the list ("Engineering, Public or Business Administration, Logistics" lists fields).
    r"(?P<last>[A-Za-z]+)\s+(?P<noun>[A-Za-z]+)(?=\s*(?:$|[.;)]|,?\s+or\s+(?:an?|other|another|equivalent"
    r"|related|similar)\b))"
)


def _list_shares_noun(match: re.Match[str]) -> str:
    words = [*re.split(r"\s*,\s*", match["words"]), match["last"]]
    return ", ".join(f"{word} {match['noun']}" for word in words)


# "Middle Eastern, African or Islamic studies", "Russian or East European studies": names of regions or
# peoples in capitals share the noun after the last of them.
_SHARED_BY_NAMES = re.compile(
    r"(?P<names>(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,\s*)*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,?\s+(?:or|and)\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<noun>studies|affairs|history|languages|literature|law)\b"
)


def _share_noun(match: re.Match[str]) -> str:
    names = [
        n.strip()
        for n in re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+", match["names"])
        if n.strip()
    ]
    return ", ".join(f"{name} {match['noun']}" for name in names)


# "maritime/ocean studies", "electrical/electronic engineering": both words share the noun.
_SLASH_SHARED_NOUN = re.compile(
    r"(?<![\w/])(?P<first>[A-Za-z]+)\s*/\s*(?P<second>[A-Za-z]+)\s+(?P<noun>stud(?:y|ies)|sciences?|engineering"
    r"|relations|administration|management|law|security|economics)\b"
)


def education_items(items: list[str]) -> list[str]:
    return [item for item in items if _EDUCATION.search(item)]


def degree_level(text: str) -> str:
    """The lowest level named in the required part of ``text`` ("none" when none is named). What stands in
    for the degree is no part of it ("Candidates without a degree may be considered with a higher secondary
    education and 4 more years of experience": still a university degree)."""
    required = _PREFERENCE.split(_without_substitute(text), maxsplit=1)[0]
    required = _without_secondary_route(required)
    named = [level for level, pattern in _LEVELS if pattern.search(required)]
    if not named:
        return "none"
    specific = [level for level in named if level != "university"]
    if "secondary" in named:
        return "secondary"
    return min(specific or named, key=lambda level: REQUIRED_RANK[level])


# "University Degree in logistics and 2 years post related experience, or Higher Secondary education and
# completed advanced vocational training ... with 4 years post related experience" (ACO notices): the
# second route stands in for the degree.
_SECONDARY_ROUTE = re.compile(r",?\s+or\s+(?:a\s+|an\s+)?(?:higher\s+|upper\s+)?secondary\b(?P<rest>.*)$", _I)
_UNIVERSITY_LEVEL = re.compile(r"\ba?universit|\bdegree\b|\bbachelor|\bmaster|\bph\.?\s?d\b|\bdoctor", _I)


def secondary_route_start(text: str) -> int | None:
    """Where the secondary route that stands in for a university degree begins in ``text``, if it has one."""
    route = _SECONDARY_ROUTE.search(text)
    return route.start() if route and _UNIVERSITY_LEVEL.search(text[: route.start()]) else None


def _without_secondary_route(text: str) -> str:
    start = secondary_route_start(text)
    return text if start is None else text[:start]


def secondary_route(text: str) -> bool:
    """Whether ``text`` names a university degree and, after "or", secondary education with experience.

    >>> secondary_route("University Degree in logistics and 2 years post related experience, or Higher "
    ...                 "Secondary education and vocational training with 4 years post related experience.")
    True
    """
    route = _SECONDARY_ROUTE.search(text)
    return bool(
        route
        and _UNIVERSITY_LEVEL.search(text[: route.start()])
        and re.search(r"\b(?:years?|experience)\b", route.group("rest"), _I)
    )


def _without_substitute(text: str) -> str:
    """``text`` up to the sentence or clause ("; ...", ", or ...") that states what may replace the degree.

    >>> _without_substitute("a degree in translation; a degree in another discipline is acceptable if combined "
    ...                     "with a post-graduate qualification in translation")
    'a degree in translation'
    """
    route = _ACCEPTED_ROUTE.search(text)
    if route and route.start() > 0:
        text = text[: route.start()]
    match = DEGREE_SUBSTITUTE.search(text)
    if not match:
        return text
    cut = max(text.rfind(mark, 0, match.start()) for mark in (". ", ";", ", or ", " or "))
    return text[:cut] if cut > 0 else text


# "...; a degree in another discipline is acceptable if combined with a post-graduate qualification": a second
# route, whose level is not the one required.
_ACCEPTED_ROUTE = re.compile(
    r"(?:;|\.\s|,\s+or\s)\s*(?:an?\s|other\s)[^;.]{0,80}?\b(?:is|are|will\s+be|may\s+be)\s+(?:also\s+)?"
    r"(?:acceptable|accepted|considered)\b",
    _I,
)


def degree_fields(text: str) -> tuple[str, ...]:
    """Preferred fields as written, fillers ("another relevant discipline") dropped.

    >>> degree_fields("a University degree, preferably in the field of political science, international "
    ...               "relations, security studies, or another relevant discipline; or have attended ...")
    ('political science', 'international relations', 'security studies')
    """
    return _read_fields(expand_kinds(text))[0]


def fields_required(text: str) -> bool:
    """Whether the fields named are part of the essential: no "preferably"/"ideally" before them, no
    "would be an advantage" after them.

    >>> fields_required("a university degree in electrical engineering or a closely related discipline")
    True
    >>> fields_required("a degree, preferably in economics, finance or accounting")
    False
    """
    text = expand_kinds(text)
    fields, start, end = _read_fields(text)
    if not fields:
        return False
    before = text[:start]
    after = re.split(r"[;.]", text[end:], maxsplit=1)[0]
    return not (_PREFERENCE.search(before) or _PREFERENCE.search(after) or _PREFERRED_AFTER.search(after))


_PREFERRED_AFTER = re.compile(r"(?:is|are|would be|will be)\s+(?:preferred|welcome|beneficial)\b", _I)


# Examples right after the qualification itself name that qualification, not a field of study.
_QUALIFICATION_BEFORE = re.compile(
    r"\b(?:education|diplomas?|qualifications?|certificates?|school(?:ing)?|level)\s*[(,:-]?\s*$", _I
)
_EXAMPLES_START = re.compile(r"\s*(?:such as|e\.g\.|for example|including)\b", _I)


def _before_examples(text: str, match: re.Match) -> str:
    """The words before a list of examples, up to its "e.g." or its parenthesis."""
    before = text[max(0, match.start("f") - 60) : match.start("f")]
    return re.sub(r"(?:\(\s*)?(?:such as|e\.g\.,?|for example|including)?\s*$", "", before, flags=_I)


# "engineering (aeronautical, mechanical or electrical)": the kinds of one field in brackets.
_KINDS_IN_BRACKETS = re.compile(
    r"\b(?P<noun>[a-z]{4,})\s*\((?P<kinds>[a-z]{3,}(?:\s*,\s*[a-z]{3,})*,?\s+(?:or|and|and/or)\s+[a-z]{3,})\)"
)


_NO_FIELD_NOUN = re.compile(
    r"(?:degrees?|diplomas?|qualifications?|education|studies|level|fields?|disciplines?|areas?|subjects?"
    r"|masters?|bachelors?|doctorate|preferably|ideally|experience|years?|months?)$",
    _I,
)


def expand_kinds(text: str) -> str:
    """The kinds of a field named in brackets after it written out as fields of their own.

    >>> expand_kinds("a degree in engineering (aeronautical, mechanical or electrical), logistics or law")
    'a degree in aeronautical engineering, mechanical engineering or electrical engineering, logistics or law'
    """
    if "(" not in text:
        return text

    def written_out(match: re.Match[str]) -> str:
        if _NO_FIELD_NOUN.match(match["noun"]):
            return match[0]  # "a degree (economics, finance or accounting)": the fields themselves
        kinds = re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and|and/or)\s+", match["kinds"])
        named = [f"{kind} {match['noun']}" for kind in kinds if kind]
        return f"{', '.join(named[:-1])} or {named[-1]}" if len(named) > 1 else match[0]

    return _KINDS_IN_BRACKETS.sub(written_out, text)


def _read_fields(text: str) -> tuple[tuple[str, ...], int, int]:
    """The fields, and where the phrase naming them starts and ends in ``text`` (kinds in brackets written
    out, see ``expand_kinds``)."""
    for pattern in _FIELDS:
        match = pattern.search(text)
        if (
            match
            and pattern is _FIELDS[1]
            and re.search(r"equivalent", text[max(0, match.start() - 60) : match.start()], _I)
        ):
            match = None  # "an equivalent level of qualification such as a military education": no field
        if (
            match
            and (pattern is _FIELDS[1] or _EXAMPLES_START.match(match.group("f")))
            and not match.group("f").casefold().startswith("in ")
            and _QUALIFICATION_BEFORE.search(_before_examples(text, match))
        ):
            match = None  # "secondary education (e.g. baccalaureate, Abitur)": names of the diploma
        if not match:
            continue
        phrase = phrase_end = _FIELD_STOP.sub("", match.group("f")).rstrip()
        phrase = _LIST_INTRO.sub("", phrase.strip())
        phrase = _LISTED_SHARED_NOUN.sub(_list_shares_noun, phrase)
        # An adjective shares the noun after "or": "Public Administration", "Business Administration".
        phrase = _SHARED_NOUN.sub(
            lambda m: f"{m['lead']}{m['first']} {m['noun']}, {m['second']} {m['noun']}", phrase
        )
        phrase = _SHARED_BY_NAMES.sub(_share_noun, phrase)
        phrase = _SLASH_SHARED_NOUN.sub(
            lambda m: f"{m['first']} {m['noun']}, {m['second']} {m['noun']}", phrase
        )
        fields = []
        for part in re.split(
            r"\s*,\s*(?:or\s+|and\s+|and/or\s+|ou\s+|et\s+)?|\s+or\s+|\s+and/or\s+|\s*/\s*|\s+ou\s+|\s+et\s+",
            phrase,
        ):
            part = re.sub(r"^en\s+", "", part.strip())  # French repeats "en" before each field
            for piece in _split_and(part):
                piece = re.sub(r"^(?:a|an|the)\s+", "", piece.strip(" :-"), flags=_I).strip()
                if not piece or len(piece) > 60:
                    continue
                if _FILLER.search(piece) and (
                    _FILLER_NOUN.search(piece)
                    or piece.split()[0].casefold()
                    in ("another", "other", "any", "etc", "similar", "related", "relevant")
                ):
                    continue
                # "preferably in education, training management or ...": education as the field of study.
                studied = piece.casefold() in ("education", "educational sciences", "education sciences")
                if piece.casefold() in ("etc", "similar", "related") or (
                    _EDUCATION.search(piece) and not studied
                ):
                    continue
                if _FILLER_FR.search(piece):
                    continue
                # "a scientific or engineering discipline": the kinds are the fields, not the word after them.
                piece = _KIND_OF_FIELD.sub("", piece)
                fields.append(piece)
        if fields:
            # The phrase ends where the stop words begin ("... economics would be an advantage").
            return tuple(dict.fromkeys(fields)), match.start("f"), match.start("f") + len(phrase_end)
    return (), 0, 0


_LIST_INTRO = re.compile(
    r"^(?:one\s+of\s+)?the\s+following\s+(?:fields?|disciplines?|areas?|subjects?)(?:\s+of\s+study)?\s*:?\s*",
    _I,
)


def _split_and(part: str) -> list[str]:
    # "political science and international relations" is two fields; "science and technology" is one.
    sides = re.split(r"\s+and\s+", part)
    if len(sides) == 2 and all(len(side.split()) >= 2 for side in sides):
        return sides
    return [part]


# "Graduation from a national or NATO staff college is accepted in lieu of a degree": the college stands in.
# The clause ends at the sentence's end or at the next alternative ("..., or completion of a national or NATO
# staff college, or equivalent professional experience": the experience is an alternative of its own).
_STAFF_COLLEGE_CLAUSE = re.compile(
    r"[^.;]*(?:\bstaff college\b|\bcoll[èe]ge (?:militaire|de d[ée]fense|d'[ée]tat-major)|\b[ée]cole (?:de guerre|"
    r"d'[ée]tat-major))(?:(?!,\s*(?:or|ou)\s)[^.;])*",
    _I,
)


def degree_alternatives(text: str) -> tuple[str, ...]:
    """What may stand in for the degree; a clause naming a staff college is not equivalent experience.

    >>> degree_alternatives("A degree. Graduation from a staff college is accepted in lieu of a degree.")
    ('military_staff_college',)
    """
    without_college = _STAFF_COLLEGE_CLAUSE.sub("", text)
    return tuple(
        name
        for name, pattern in _ALTERNATIVES
        if pattern.search(without_college if name == "equivalent_experience" else text)
        or (name == "equivalent_experience" and secondary_route(text))
    )


# Words a page ran together ("universitydegree", "Master'sdegree").
_GLUED_DEGREE = re.compile(r"(?<=universit[yé])(?=degree|diploma|studies)|(?<=[a-z]'s)(?=degree)", _I)


def parse_degree(essential: list[str]) -> Degree:
    """The degree requirement from the essential items (the first one that names a level)."""
    essential = [_GLUED_DEGREE.sub(" ", item) for item in essential]
    for item in education_items(essential):
        level = degree_level(item)
        if level == "none" and "staff college" not in item.casefold():
            continue
        return Degree(
            level=level,
            fields=degree_fields(item),
            alternatives=degree_alternatives(item),
            fields_required=fields_required(item),
        )
    return Degree()


def education_source(essential: list[str]) -> str | None:
    for item in education_items(essential):
        if degree_level(item) != "none" or "staff college" in item.casefold():
            return item
    return None
