"""A kept shortlist answer as served while a run rescores the vacancy (``generations.kept_or_previous``).

An answer rendered while no run rescored the vacancy (before the run, or before its first write) says nothing
of a rescoring, but carries two marks where it would: when its scores were read (``read_at_slot``, in the
table) and where the run's progress goes (``PROGRESS_SLOT``, in the whole page). Served during a run, it shows
there the notice that scores are being refreshed, as of when they were read, and the progress bar (which
loads the run's figures itself): the page then reads as one rendered during the run, with no query and no
rendering of the rows (issue 16, point 10). Marks are HTML comments: served as rendered, they show nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from vacancies.models import Vacancy

PROGRESS_SLOT = mark_safe("<!--rescoring-progress-->")  # noqa: S308 (a constant)
_READ_AT = re.compile(r"<!--scores-read-at (\d+)-->")


def read_at_slot(read_at: dt.datetime) -> SafeString:
    """The mark of when a table's scores were read, in whole seconds since the epoch."""
    return mark_safe(f"<!--scores-read-at {int(read_at.timestamp())}-->")  # noqa: S308 (digits only)


def during_the_run(html: str, request, vacancy: Vacancy) -> str:
    """``html`` with the notice for each table's scores (as of when they were read) and the run's progress
    bar in place of their marks; an answer rendered during the run has neither mark and is left as it is."""

    def notice(found: re.Match) -> str:
        read_at = timezone.localtime(dt.datetime.fromtimestamp(int(found[1]), tz=dt.UTC))
        return render_to_string("recruiting/_scores_refreshing.html", {"read_at": read_at})

    html = _READ_AT.sub(notice, html)
    if PROGRESS_SLOT in html:
        progress = {"vacancy": vacancy, "progress": None, "request": request}  # it polls for its figures
        html = html.replace(PROGRESS_SLOT, render_to_string("recruiting/_progress.html", progress), 1)
    return html
