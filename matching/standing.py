"""Where a candidate stands on each competency a notice asks for, written out in full (issue 17, point 6).

Pure: no Django. The competencies criterion (``matching.criteria._competencies``) sums these up in one
reason that names at most three competencies below the level asked; the compare page lists every one,
from the same prepared vacancy and profile, so both read the rungs the same way: the rung asked (a
behaviour resolved on its ladder, rung 1 when it cannot be), the highest rung claimed, and the highest rung
that evidence backs (``matching.claims``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .prepared import PreparedProfile, PreparedVacancy


@dataclass(frozen=True)
class CompetencyStanding:
    name: str
    asked: int
    claimed: int  # 0: not stated
    backed: int  # rungs that evidence backs, up to the rung claimed; 0: none

    @property
    def meets(self) -> bool:
        return self.claimed >= self.asked

    @property
    def evidence(self) -> str:
        """ "full", "part" or "none" for the rungs that count (up to the rung asked); "" when not stated.

        >>> CompetencyStanding("Teamwork", 3, 4, 3).evidence, CompetencyStanding("Teamwork", 3, 4, 1).evidence
        ('full', 'part')
        """
        if not self.claimed:
            return ""
        counted, shown = min(self.claimed, self.asked), min(self.backed, self.asked)
        return "full" if shown >= counted else "part" if shown else "none"


def competency_standings(
    vacancy: PreparedVacancy, candidate: PreparedProfile
) -> tuple[CompetencyStanding, ...]:
    """One line per competency the notice asks for, in the notice's order.

    >>> from matching.scoring import prepare_profile, prepare_vacancy
    >>> from candidates.profile import profile_from_import_json
    >>> notice = prepare_vacancy({"competencies": [{"name": "Teamwork", "level_text": "", "rung": 3},
    ...                                            {"name": "Initiative", "level_text": "", "rung": 2}]})
    >>> person = prepare_profile(profile_from_import_json({"id": "x", "name": "X",
    ...     "competencies": [{"name": "Teamwork", "rung": 4}]}))
    >>> [(s.name, s.asked, s.claimed, s.meets) for s in competency_standings(notice, person)]
    [('Teamwork', 3, 4, True), ('Initiative', 2, 0, False)]
    """
    standings = []
    for name, asked in vacancy.competencies:
        claimed = candidate.competencies.get(name, 0)
        standings.append(
            CompetencyStanding(name, asked, claimed, min(candidate.backed.get(name, 0), claimed))
        )
    return tuple(standings)
