"""What an applicant sees of their application's stages: plain Python, no database.

Recruiters move applications through internal stages (Screened, Shortlisted, Interview). An applicant sees
them as "Under review", unless the vacancy chooses to show them (``Vacancy.show_stages_to_applicants``);
"New" is "Received" and "Rejected" is "Not selected". What they see of the history is what they were told
or did themselves, one line per stage they saw, with its day: never the time of an internal move, nor a
move a recruiter undid within the undo window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# The recruiters' stages an applicant sees as "Under review" (unless the vacancy shows them).
INTERNAL_STAGES = ("screened", "shortlisted", "interview")
UNDER_REVIEW = "under_review"

APPLICANT_LABELS = {
    "new": _("Received"),
    UNDER_REVIEW: _("Under review"),
    "screened": _("Screened"),
    "shortlisted": _("Shortlisted"),
    "interview": _("Interview"),
    "offer": _("Offer"),
    "rejected": _("Not selected"),
    "withdrawn": _("Withdrawn"),
}


def as_applicant_sees(stage: str, *, show_internal: bool) -> str:
    """The stage an applicant sees for a recruiter's stage.

    >>> as_applicant_sees("shortlisted", show_internal=False), as_applicant_sees("shortlisted", show_internal=True)
    ('under_review', 'shortlisted')
    >>> as_applicant_sees("rejected", show_internal=False)
    'rejected'
    """
    return UNDER_REVIEW if stage in INTERNAL_STAGES and not show_internal else stage


def applicant_label(stage: str, *, show_internal: bool) -> str:
    """The words an applicant reads for a recruiter's stage: "Under review", "Not selected", ..."""
    return str(APPLICANT_LABELS[as_applicant_sees(stage, show_internal=show_internal)])


@dataclass(frozen=True)
class Change:
    """One stage change as the timeline needs it."""

    to_stage: str
    at: dt.datetime
    by_applicant: bool  # applying or withdrawing: their own act
    notified: bool  # the applicant was emailed about it


@dataclass(frozen=True)
class Step:
    """One line of the applicant's history: the stage they saw and the day it began."""

    stage: str
    on: dt.date

    @property
    def label(self) -> str:
        return str(APPLICANT_LABELS[self.stage])


def timeline(
    changes: Iterable[Change],
    *,
    show_internal: bool,
    settled_before: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> list[Step]:
    """The history an applicant sees, oldest first: the changes they made or were told about, and the latest
    change once it has settled (made before ``settled_before``, the end of its undo window); consecutive
    changes they see as the same stage are one step, dated by the first.

    >>> day = lambda d, h=9: dt.datetime(2026, 3, d, h, tzinfo=dt.UTC)
    >>> changes = [Change("new", day(2), True, False), Change("screened", day(3), False, True),
    ...            Change("shortlisted", day(4), False, False), Change("rejected", day(4, 10), False, False)]
    >>> [(s.stage, s.on.day) for s in timeline(changes, show_internal=False, settled_before=day(5))]
    [('new', 2), ('under_review', 3), ('rejected', 4)]
    >>> [s.stage for s in timeline(changes, show_internal=False, settled_before=day(4))]  # not settled yet
    ['new', 'under_review']
    """
    changes = sorted(changes, key=lambda change: change.at)
    steps: list[Step] = []
    for i, change in enumerate(changes):
        latest = i == len(changes) - 1
        if not (change.by_applicant or change.notified or (latest and change.at <= settled_before)):
            continue
        stage = as_applicant_sees(change.to_stage, show_internal=show_internal)
        if steps and steps[-1].stage == stage:
            continue
        steps.append(Step(stage, change.at.astimezone(tz).date() if tz else change.at.date()))
    return steps
