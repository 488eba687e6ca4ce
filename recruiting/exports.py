"""The filtered shortlist as CSV or XLSX, with the breakdown; blind review applies here too."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from django.utils.translation import gettext as _
from openpyxl import Workbook

from applications.models import Stage
from audit.exports import defuse
from matching.models import MatchResult
from matching.reasons import describe_all

from .forms import CRITERIA

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADER = [
    "Rank", "Candidate ID", "Name", "Email", "Nationality", "Verdict", "Score", "Stage", "Score updating",
    *[f"{c.capitalize()} {part}" for c in CRITERIA for part in ("points", "weight", "reason")],
    "Unmet essentials", "To assess",
]  # fmt: skip


def shortlist_rows(matches: Iterable[MatchResult]) -> Iterator[list]:
    """One list per match, in HEADER's order; ``matches`` went through ``queries.for_display``."""
    for rank, match in enumerate(matches, start=1):
        candidate = match.candidate
        breakdown = match.breakdown or {}
        yield [
            rank,
            match.candidate_id,
            match.label,
            "" if match.blind else candidate.email,
            "" if match.blind else candidate.nationality_name,
            match.get_verdict_display(),
            round(match.score, 1),
            Stage(match.stage).label if match.stage else "",
            "yes" if match.stale else "",
            *[
                value
                for c in CRITERIA
                for value in (
                    breakdown.get(c, {}).get("points"),
                    breakdown.get(c, {}).get("weight"),
                    breakdown.get(c, {}).get("reason", ""),
                )
            ],
            "; ".join([*describe_all(match.unmet_reasons), *_decided_not_met(match)]),
            "; ".join([*describe_all(match.open_to_assess_reasons), *_not_shown(match)]),
        ]


def _decided_not_met(match: MatchResult) -> list[str]:
    return [_("Decided not met: “%(line)s”") % {"line": line} for line in match.essentials_decided_not_met]


def _not_shown(match: MatchResult) -> list[str]:
    return [
        _("Not shown by the profile: “%(line)s”") % {"line": line}
        for line in match.lines_to_assess_beyond_reasons
    ]


def as_csv(matches: Iterable[MatchResult]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for row in shortlist_rows(matches):
        writer.writerow([defuse(value) for value in row])
    return out.getvalue()


def as_xlsx(matches: Iterable[MatchResult], *, title: str) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Shortlist")
    sheet.append([defuse(title[:200])])
    sheet.append(HEADER)
    for row in shortlist_rows(matches):
        sheet.append([defuse(value) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
