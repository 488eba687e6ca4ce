"""What the CV reader proposes: frozen dataclasses whose JSON is the ``parse_cv`` / bulk-import format."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


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
    level: str | None  # NATO level I..VI when the CV states one (or a CEFR level); None otherwise
    stanag: str | None = None  # STANAG 6001 profile "3332" when the CV gives one


@dataclass(frozen=True, slots=True)
class ProposedCompetency:
    name: str  # the ladder's name
    rung: int | None  # the rung the behaviour matches; None when it matches none (level_text says what)
    level_text: str
    evidence: str  # the CV's line


@dataclass(frozen=True, slots=True)
class CvProposal:
    education: tuple[ProposedEducation, ...] = ()
    experience: tuple[ProposedExperience, ...] = ()
    languages: tuple[ProposedLanguage, ...] = ()
    skills: tuple[str, ...] = ()
    nationality: str | None = None
    military_staff_college: bool = False
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    competencies: tuple[ProposedCompetency, ...] = ()
    summary: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The proposal in the field names of the bulk-import format (``parse_cv --json`` adds "file")."""
        return {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "nationality": self.nationality,
            "education": [asdict(entry) for entry in self.education],
            "military_staff_college": self.military_staff_college,
            "experience": [asdict(entry) for entry in self.experience],
            "languages": [asdict(entry) for entry in self.languages],
            "competencies": [_competency(entry) for entry in self.competencies],
            "skills": list(self.skills),
            "summary": self.summary,
        }


def _competency(entry: ProposedCompetency) -> dict[str, Any]:
    """A rung when the behaviour matched one, else the behaviour as written (``level_text``)."""
    given = {"rung": entry.rung} if entry.rung is not None else {"level_text": entry.level_text}
    return {"name": entry.name, **given, "evidence": entry.evidence}
