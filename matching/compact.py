"""A result as stored: only what lists, filters and sorts read; the words are worked out when read.

Pure: no Django. The scoring pipeline keeps per (candidate, vacancy) pair the verdict, the score, each
criterion's points (in tenths, ``CRITERIA``'s order), each essential criterion's status and each essential
line's status as small integers, and the versions. The reasons, hints, evidence and breakdown text are the
engine's again when a row is expanded, compared, exported or shown to the applicant
(``matching.explain``): the same vacancy, profile and engine versions give the same result.

Flags are 2 bits a status (``STATUS_CODES``): the essential criteria in ``ESSENTIAL_CRITERIA``'s order,
the essential lines in the notice's order (``PreparedVacancy.essential_lines``; only the first
``MAX_LINES``). ``decided``: a bit per line that a recruiter's decision settled (``matching.decisions``).

>>> flags = line_flags(["met", "to_assess", "not_met"])
>>> flags, line_statuses(flags, 3)
(36, ('met', 'to_assess', 'not_met'))
>>> criterion_status(criteria_flags(["languages"], ["degree"]), "languages")
'not_met'
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MET, TO_ASSESS, NOT_MET = "met", "to_assess", "not_met"
STATUS_CODES = {MET: 0, TO_ASSESS: 1, NOT_MET: 2}
STATUSES = (MET, TO_ASSESS, NOT_MET, MET)
# The criteria that decide eligibility, whose statuses are kept (matching.reasons.ESSENTIAL_CRITERIA).
ESSENTIAL_CRITERIA = ("degree", "experience", "languages", "nationality")
# 2 bits a line in a signed 64-bit integer; a notice with more essential lines keeps the first ones' flags.
MAX_LINES = 31


@dataclass(slots=True)
class CompactResult:
    """One pair's result as stored (``MatchResult.compact``)."""

    eligible: bool | None
    score: float
    points: tuple[int, ...]  # tenths of a point, in CRITERIA's order
    criteria: int  # each essential criterion's status (criteria_flags)
    lines: int  # each essential line's status (line_flags)
    decided: int = 0  # the lines a recruiter's decision settled


def tenths(points: float) -> int:
    """Points as stored: ``round(points, 1)`` in tenths.

    >>> tenths(7.25), tenths(15.0)
    (72, 150)
    """
    return round(round(points, 1) * 10)


def criteria_flags(unmet: Collection[str], to_assess: Collection[str]) -> int:
    """The essential criteria's statuses from the criteria of the unmet reasons and those to assess."""
    flags = 0
    if unmet or to_assess:
        for i, criterion in enumerate(ESSENTIAL_CRITERIA):
            if criterion in unmet:
                flags |= STATUS_CODES[NOT_MET] << 2 * i
            elif criterion in to_assess:
                flags |= STATUS_CODES[TO_ASSESS] << 2 * i
    return flags


def criterion_status(flags: int, criterion: str) -> str:
    """met, to_assess or not_met: one essential criterion's status in ``criteria_flags``."""
    return STATUSES[flags >> 2 * ESSENTIAL_CRITERIA.index(criterion) & 3]


def line_flags(statuses: Iterable[str]) -> int:
    """The lines' statuses, 2 bits each, the first line lowest."""
    flags = 0
    for j, status in enumerate(statuses):
        if j >= MAX_LINES:
            break
        flags |= STATUS_CODES[status] << 2 * j
    return flags


def line_statuses(flags: int, count: int) -> tuple[str, ...]:
    """The statuses of the first ``count`` lines (met beyond ``MAX_LINES``)."""
    return tuple(STATUSES[flags >> 2 * j & 3] if j < MAX_LINES else MET for j in range(count))


def from_lines(lines: Sequence[Mapping[str, Any]]) -> tuple[int, int]:
    """(line flags, decided bits) of essential lines as ``matching.decisions.settle`` gives them."""
    decided = sum(1 << j for j, line in enumerate(lines[:MAX_LINES]) if "decision" in line)
    return line_flags(line.get("status", MET) for line in lines), decided
