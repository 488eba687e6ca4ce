"""The filtered shortlist as CSV or XLSX, with the breakdown; blind review applies here too."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from applications.models import Stage
from audit.exports import FORMULA_STARTS, defuse
from matching.models import MatchResult
from matching.reasons import criterion_label, describe_all

from .forms import CRITERIA

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The columns in English (their widths below are keyed by these); ``header()`` words them for a person.
HEADER = [
    "Rank", "Candidate ID", "Name", "Email", "Nationality", "Verdict", "Score", "Stage", "Applied",
    "Stage history", "Rating", "Notes", "Score updating",
    *[f"{c.capitalize()} {part}" for c in CRITERIA for part in ("points", "weight", "reason")],
    "Unmet essentials", "To assess",
]  # fmt: skip
_HEADER_WORDS = (
    gettext_noop("Rank"), gettext_noop("Candidate ID"), gettext_noop("Name"), gettext_noop("Email"),
    gettext_noop("Nationality"), gettext_noop("Verdict"), gettext_noop("Score"), gettext_noop("Stage"),
    gettext_noop("Applied"), gettext_noop("Stage history"), gettext_noop("Rating"), gettext_noop("Notes"),
    gettext_noop("Score updating"), gettext_noop("Unmet essentials"), gettext_noop("To assess"),
)  # fmt: skip
_CRITERION_PARTS = {
    "points": gettext_noop("%(criterion)s points"),
    "weight": gettext_noop("%(criterion)s weight"),
    "reason": gettext_noop("%(criterion)s reason"),
}


def header() -> list[str]:
    """HEADER in the active language: "Rang", "Identifiant du candidat", ... "Diplôme : points"."""
    criteria = [
        _(_CRITERION_PARTS[part]) % {"criterion": criterion_label(c)}
        for c in CRITERIA
        for part in ("points", "weight", "reason")
    ]
    return [*[_(h) for h in HEADER[:13]], *criteria, *[_(h) for h in HEADER[-2:]]]


def shortlist_rows(
    matches: Iterable[MatchResult], histories: Mapping[int, list[tuple[str, datetime]]] | None = None
) -> Iterator[list]:
    """One list per match, in HEADER's order; ``matches`` went through ``queries.for_display``, ``histories``
    holds each applicant's stages with when they were reached, oldest first (``queries.stage_histories``)."""
    histories = histories or {}
    for rank, match in enumerate(matches, start=1):
        candidate = match.candidate
        breakdown = match.breakdown or {}
        yield [
            rank,
            match.candidate_id,
            match.label,
            "" if match.blind else candidate.email,
            "" if match.blind else candidate.nationality_display,
            match.get_verdict_display(),
            round(match.score, 1),
            str(Stage(match.stage).label) if match.stage else "",
            _day(match.applied_at),
            " → ".join(
                f"{Stage(stage).label} {_day(at)}" for stage, at in histories.get(match.candidate_id, [])
            ),
            round(match.average_rating, 1) if match.average_rating else None,
            match.notes_count,
            _("yes") if match.stale else "",
            *[
                value
                for c in CRITERIA
                for value in (
                    match.points(c) if c in breakdown else None,  # as stored: what the list sorts by
                    breakdown.get(c, {}).get("weight"),
                    breakdown.get(c, {}).get("reason", ""),
                )
            ],
            "; ".join([*describe_all(match.unmet_reasons), *_decided_not_met(match)]),
            "; ".join([*describe_all(match.open_to_assess_reasons), *_not_shown(match)]),
        ]


def _day(moment: datetime | None) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d") if moment else ""


def _decided_not_met(match: MatchResult) -> list[str]:
    return [_("Decided not met: “%(line)s”") % {"line": line} for line in match.essentials_decided_not_met]


def _not_shown(match: MatchResult) -> list[str]:
    return [
        _("Not shown by the profile: “%(line)s”") % {"line": line}
        for line in match.lines_to_assess_beyond_reasons
    ]


def as_csv(matches: Iterable[MatchResult], histories=None) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header())
    for row in shortlist_rows(matches, histories):
        writer.writerow([defuse(value) for value in row])
    return out.getvalue()


# Column widths in characters: short for numbers and codes, wide for names and reasons.
NARROW = {"Rank", "Candidate ID", "Score", "Rating", "Notes", "Score updating"} | {
    h for h in HEADER if h.endswith((" points", " weight"))
}
WIDE = {"Stage history", "Unmet essentials", "To assess"} | {h for h in HEADER if h.endswith(" reason")}


def _width(header: str) -> int:
    return 9 if header in NARROW else 48 if header in WIDE else 20


def as_xlsx(matches: Iterable[MatchResult], *, title: str, histories=None) -> bytes:
    """The header on row 1, frozen, with an autofilter; the vacancy's title is the workbook's title."""
    workbook = Workbook(write_only=True)
    workbook.properties.title = title[:200]
    sheet = workbook.create_sheet(title=_("Shortlist")[:31])
    for i, column in enumerate(HEADER, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = _width(column)
    sheet.freeze_panes = "A2"
    sheet.append(header())
    n = 0
    for n, row in enumerate(shortlist_rows(matches, histories), start=1):  # noqa: B007 (n counts the rows)
        sheet.append([_text_cell(sheet, value) for value in row])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADER))}{n + 1}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _text_cell(sheet, value):
    """Text that looks like a formula stays text, shown as written: a string cell, not a quoted one."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value
