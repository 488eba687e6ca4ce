"""The scales parser, profiles, forms and scorer share: degree levels, NATO language levels, STANAG 6001
profiles and the score's criteria. Plain Python, no database (the editable copies are in ``models``)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _


def gettext_noop(message: str) -> str:
    """Marks a message for makemessages, translated where it is shown. Django's own touches the settings,
    which the engine and the parser must not need."""
    return message


# Degree levels ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DegreeLevel:
    """One level with every wording the app shows for it (a change here shows everywhere).

    The choices (held, required) are lazy translations; the words the engine puts together are English
    here, marked for the catalogue, and translated where a sentence is written (``matching.reasons``)."""

    rank: int
    held: str | None  # a person's education, as a choice: "Bachelor's" (None: nobody holds "university")
    required: str  # a notice's requirement, as a choice: "Bachelor's degree"
    in_reason: str | None  # the score's reason: "Bachelor's in Economics meets ..."
    highest: str | None  # "Degree: no master's degree (highest: bachelor's)"
    requirement: str  # "Obtain a bachelor's degree", "no degree"


# Ranked none < secondary < bachelor < master < doctorate; "university" (any cycle) is only ever
# required, and a bachelor or above meets it.
DEGREE_LEVELS: dict[str, DegreeLevel] = {
    "none": DegreeLevel(
        0,
        _("None"),
        _("None stated"),
        gettext_noop("No formal education"),
        gettext_noop("none stated"),
        gettext_noop("no degree"),
    ),
    "secondary": DegreeLevel(
        1,
        _("Secondary"),
        _("Secondary education"),
        gettext_noop("Secondary education"),
        gettext_noop("secondary"),
        gettext_noop("secondary education"),
    ),
    "bachelor": DegreeLevel(
        2,
        _("Bachelor's"),
        _("Bachelor's degree"),
        gettext_noop("Bachelor's"),
        gettext_noop("bachelor's"),
        gettext_noop("bachelor's degree"),
    ),
    "master": DegreeLevel(
        3,
        _("Master's"),
        _("Master's degree"),
        gettext_noop("Master's"),
        gettext_noop("master's"),
        gettext_noop("master's degree"),
    ),
    "doctorate": DegreeLevel(
        4,
        _("Doctorate"),
        _("Doctorate"),
        gettext_noop("Doctorate"),
        gettext_noop("doctorate"),
        gettext_noop("doctorate"),
    ),
    "university": DegreeLevel(
        2, None, _("University degree (any cycle)"), None, None, gettext_noop("university degree")
    ),
}
EDUCATION_LEVELS: tuple[str, ...] = tuple(k for k, level in DEGREE_LEVELS.items() if level.held is not None)
DEGREE_REQUIREMENT_LEVELS: tuple[str, ...] = tuple(DEGREE_LEVELS)
DEGREE_RANK: dict[str, int] = {k: DEGREE_LEVELS[k].rank for k in EDUCATION_LEVELS}
REQUIRED_RANK: dict[str, int] = {k: level.rank for k, level in DEGREE_LEVELS.items()}
# Model and form choices.
EDUCATION_CHOICES: list[tuple[str, str]] = [(k, DEGREE_LEVELS[k].held) for k in EDUCATION_LEVELS]
DEGREE_REQUIREMENT_CHOICES: list[tuple[str, str]] = [
    (k, level.required) for k, level in DEGREE_LEVELS.items()
]
# The score's wording.
EDUCATION_REASON_LABELS: dict[str, str] = {k: DEGREE_LEVELS[k].in_reason or k for k in EDUCATION_LEVELS}
HIGHEST_EDUCATION_LABELS: dict[str, str] = {k: DEGREE_LEVELS[k].highest or k for k in EDUCATION_LEVELS}
REQUIREMENT_LABELS: dict[str, str] = {k: level.requirement for k, level in DEGREE_LEVELS.items()}

# NATO language levels ----------------------------------------------------------------------------------

ROMAN_LEVELS: tuple[str, ...] = ("I", "II", "III", "IV", "V", "VI")
ROMAN_CHOICES: list[tuple[str, str]] = [(code, code) for code in ROMAN_LEVELS]

# NATO civilian language scale: level -> (name in notices, CEFR equivalent).
LANGUAGE_LEVELS: dict[str, tuple[str, str]] = {
    "I": (gettext_noop("Beginner"), "A1"),
    "II": (gettext_noop("Elementary"), "A2"),
    "III": (gettext_noop("Intermediate"), "B1"),
    "IV": (gettext_noop("Upper Intermediate"), "B2"),
    "V": (gettext_noop("Advanced"), "C1"),
    "VI": (gettext_noop("Proficiency"), "C2"),
}

# The CEFR's basic user (A1, A2), whose NATO level domain.md gives as probable only: no level to propose
# from a CV (the person chooses it). From B1, the independent user, the table above is read.
BASIC_USER_CEFR: frozenset[str] = frozenset({"A1", "A2"})


def level_label(code: str) -> str:
    """A NATO level as people read it, in the active language: "V (Advanced)", "V (Avancé)" in French.

    >>> level_label("V"), level_label("x")
    ('V (Advanced)', 'x')
    """
    from django.utils.translation import gettext

    if code not in LANGUAGE_LEVELS:
        return code
    return gettext("%(level)s (%(name)s)") % {"level": code, "name": gettext(LANGUAGE_LEVELS[code][0])}


# Form choices: "V (Advanced)", worded when shown.
LEVEL_CHOICES: list[tuple[str, str]] = [(code, lazy(level_label, str)(code)) for code in LANGUAGE_LEVELS]

# STANAG 6001 ----------------------------------------------------------------------------------------

# STANAG 6001 base levels 0-5 and their names (marked for the catalogue; translated where shown).
STANAG_LEVELS: dict[int, str] = {
    0: gettext_noop("No proficiency"),
    1: gettext_noop("Survival"),
    2: gettext_noop("Functional"),
    3: gettext_noop("Professional"),
    4: gettext_noop("Expert"),
    5: gettext_noop("Highly-articulate native"),
}

# The words notices write for a STANAG 6001 level, per skill ("Listening - Professional", "Functional in
# all four skills"), the longer first; the official names above and their usual synonyms.
STANAG_LEVEL_WORDS: dict[str, int] = {
    "highly-articulate native": 5,
    "highly articulate native": 5,
    "advanced professional": 4,
    "general professional": 3,
    "limited working": 2,
    "no proficiency": 0,
    "professional": 3,
    "functional": 2,
    "elementary": 1,
    "survival": 1,
    "expert": 4,
}

# Approximate bridge STANAG level -> lowest NATO civilian level it suggests. Labelled approximate:
# there is no official mapping.
STANAG_TO_NATO_APPROX: dict[int, str] = {0: "", 1: "I", 2: "II", 3: "IV", 4: "V", 5: "VI"}

# A Standardised Language Profile (SLP): four levels, listening, speaking, reading, writing, each 0-5 with
# an optional "+". SLP_PROFILE captures the four levels ("3333", "3-3-3-3", "3/3/3/3", "3+3+3+3+").
SLP_LEVEL = r"[0-5]\+?"
SLP_SEPARATOR = r"[\s\-/]*"
SLP_PROFILE = SLP_SEPARATOR.join([f"({SLP_LEVEL})"] * 4)
# Notices also write "3.3.3.3" or "3, 3, 3, 3": the parser reads one such mark (and spaces) between levels.
SLP_NOTICE_SEPARATOR = r"\s*[-/.,]?\s*"

# Score criteria ------------------------------------------------------------------------------------------

CRITERIA: tuple[str, ...] = ("degree", "experience", "languages", "competencies", "desirable", "relevance")
# Their names, for the catalogue (``matching.reasons.criterion_label`` words them).
CRITERION_NAMES: dict[str, str] = {
    "degree": gettext_noop("Degree"),
    "experience": gettext_noop("Experience"),
    "languages": gettext_noop("Languages"),
    "competencies": gettext_noop("Competencies"),
    "desirable": gettext_noop("Desirable"),
    "relevance": gettext_noop("Relevance"),
}
