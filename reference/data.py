"""Reference data for parser and matcher, as plain Python.

These are the seed values (from the domain reference). The database holds the editable copy
(see ``reference.models``); ``reference.loading.current_reference()`` turns it back into a
``ReferenceData`` so the pure parser and scorer never touch the ORM themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The scales, languages and nations live in their own modules; imported here for the ``ReferenceData``
# defaults and for the modules that read them from here.
from .ladders_fr import COMPETENCY_NAMES_FR
from .languages import OFFICIAL_LANGUAGES
from .nations import MEMBER_NATIONS, NATION_ALIASES, formal_name_core, nation_of_demonym
from .scales import CRITERIA, LANGUAGE_LEVELS, ROMAN_LEVELS, STANAG_LEVELS, STANAG_TO_NATO_APPROX

__all__ = [
    "CLEARANCE_LEVELS",
    "COMPETENCY_ALIASES",
    "COMPETENCY_LADDERS",
    "CRITERIA",
    "DEFAULT_REFERENCE",
    "DEFAULT_WEIGHTS",
    "LANGUAGE_LEVELS",
    "MEMBER_NATIONS",
    "NATION_ALIASES",
    "OFFICIAL_LANGUAGES",
    "ROMAN_LEVELS",
    "STANAG_LEVELS",
    "STANAG_TO_NATO_APPROX",
    "ReferenceData",
]

# Competency ladders: canonical name -> rung texts, rung 1 first.
COMPETENCY_LADDERS: dict[str, tuple[str, ...]] = {
    "Analytical Thinking": (
        "Breaks down problems",
        "Sees basic relationships",
        "Sees multiple relationships",
        "Makes complex plans or analyses",
        "Makes very complex plans or analyses",
        "Makes extremely complex plans or analyses",
    ),
    "Achievement": (
        "Wants to do the job well",
        "Works to meet others' standards",
        "Creates own measures of excellence",
        "Improves performance",
        "Sets challenging goals",
        "Makes cost-benefit analyses",
        "Takes calculated entrepreneurial risks",
    ),
    "Change Leadership": (
        "Identifies areas for change",
        "Expresses vision for change",
        "Ensures change messages are heard",
        "Challenges the status quo",
        "Visibly reinforces the change vision",
        "Manages distress during the change process",
    ),
    "Clarity and Accuracy": (
        "Works for order and clarity",
        "Checks own work",
        "Checks own and others' work",
        "Monitors and corrects existing systems",
        "Develops systems",
    ),
    "Conceptual Thinking": (
        "Uses basic rules",
        "Sees patterns",
        "Applies complex concepts",
        "Clarifies complex data or situations",
        "Creates new concepts",
    ),
    "Flexibility": (
        "Sees situations objectively",
        "Applies rules flexibly",
        "Adapts to unforeseen situations",
        "Adapts strategy",
        "Makes organisational adaptations",
    ),
    "Impact and Influence": (
        "States intention but takes no specific action",
        "Takes a single action to persuade",
        "Takes multiple actions to persuade",
        "Calculates the impact of one's actions or words",
        "Uses indirect influence",
        "Uses complex influence strategies",
    ),
    "Initiative": (
        "Shows persistence",
        "Addresses current opportunities or problems",
        "Is decisive in a time-sensitive situation",
        "Acts up to 2 months ahead",
        "Acts 3-12 months ahead",
        "Acts more than a year ahead",
    ),
    "Leadership": (
        "Manages logistics and keeps people informed",
        "Acts to make the team effective",
        "Ensures the team has the opportunity to perform",
        "Leads the team to results",
        "Communicates a compelling vision",
    ),
    "Organisational Awareness": (
        "Understands formal structure",
        "Understands informal structure",
        "Understands organisational climate and culture",
        "Understands organisational politics",
        "Understands underlying organisational issues",
    ),
    "Teamwork": (
        "Co-operates",
        "Expresses positive expectations of the team",
        "Solicits inputs",
        "Encourages others",
        "Builds the team and resolves conflicts",
    ),
    # Less certain ladders (recalled, unverified in the domain reference): editable in the admin.
    "Customer Service Orientation": (
        "Follows up",
        "Maintains clear communication",
        "Takes personal responsibility for correcting problems",
        "Makes self fully available",
        "Addresses underlying needs",
        "Acts as a trusted adviser",
    ),
    "Developing Others": (
        "Expresses positive expectations",
        "Gives detailed instructions",
        "Gives reasons and support",
        "Gives specific feedback",
        "Arranges longer-term development",
    ),
    "Empathy": (
        "Understands meaning or emotion",
        "Understands both meaning and emotion",
        "Understands unexpressed meanings",
        "Understands underlying issues",
        "Understands complex underlying issues",
    ),
    "Organisational Commitment": (
        "Makes an effort to fit in",
        "Demonstrates loyalty",
        "Shows organisational commitment",
        "Makes sacrifices",
        "Makes unpopular decisions for the good of the organisation",
    ),
    "Self-Control": (
        "Stays composed",
        "Responds calmly",
        "Manages stress effectively",
        "Responds constructively",
        "Calms others",
    ),
}

# Alias (lower case) -> canonical competency name.
COMPETENCY_ALIASES: dict[str, str] = {
    "achievement orientation": "Achievement",
    "concern for order": "Clarity and Accuracy",
    "interpersonal understanding": "Empathy",
    "team leadership": "Leadership",
    "teamwork and co-operation": "Teamwork",
    "teamwork and cooperation": "Teamwork",
    "organizational awareness": "Organisational Awareness",
    "organizational commitment": "Organisational Commitment",
    "self control": "Self-Control",
    "customer service": "Customer Service Orientation",
}

CLEARANCE_LEVELS: tuple[str, ...] = (
    "NATO RESTRICTED",
    "NATO CONFIDENTIAL",
    "NATO SECRET",
    "COSMIC TOP SECRET",
)

# Default weights of the score's criteria; per-vacancy weights override them.
# Relevance to the duties weighs most: it is what separates candidates who all meet the essentials
# (issue 14, point 10; measured in README "Measured quality"). Migration reference 0003 moves stored defaults.
DEFAULT_WEIGHTS: dict[str, int] = dict(zip(CRITERIA, (10, 15, 15, 10, 15, 35), strict=True))


@dataclass(frozen=True)
class ReferenceData:
    """Everything parser and scorer need to know about scales, ladders and nations."""

    language_levels: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(LANGUAGE_LEVELS))
    competency_ladders: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(COMPETENCY_LADDERS))
    competency_aliases: dict[str, str] = field(default_factory=lambda: dict(COMPETENCY_ALIASES))
    member_nations: tuple[str, ...] = MEMBER_NATIONS
    nation_aliases: dict[str, str] = field(default_factory=lambda: dict(NATION_ALIASES))
    default_weights: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    def canonical_nation(self, name: str) -> str | None:
        """'turkey' -> 'Türkiye'; also a demonym ("German", "belge") or a formal name ("Slovak Republic",
        "Federal Republic of Germany") of a member nation; None when the name is not a member nation. (Names
        in member nations' languages, "Deutschland", are the CV reader's: reading them here would load 27
        CLDR locales into every process that meets a name it does not know.)"""
        key = " ".join(name.split()).casefold()
        for nation in self.member_nations:
            if nation.casefold() == key:
                return nation
        found = self.nation_aliases.get(key)
        if found is None:
            core = formal_name_core(key)
            if core is not None and core != key:
                return self.canonical_nation(core)
            found = nation_of_demonym(key)
            if found not in self.member_nations:
                return None
        return found

    def canonical_competency(self, name: str) -> str | None:
        key = " ".join(name.replace("’", "'").split()).casefold()
        for canonical in self.competency_ladders:
            if canonical.casefold() == key:
                return canonical
        # A French notice's name ("Réflexion analytique") when no alias in the editable rows says otherwise.
        return self.competency_aliases.get(key) or COMPETENCY_NAMES_FR.get(key)


DEFAULT_REFERENCE = ReferenceData()
