"""The shortlist's counts and charts while a rescoring runs (issue 16): its results change with every
chunk, so the figures are computed again every few seconds, not on every request, and at once at the end."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from matching.models import MatchResult, ScoringRun
from recruiting.queries import PICTURE_SECONDS_WHILE_RESCORING, shortlist_picture
from tests.factories import CandidateFactory
from tests.recruiting.conftest import make_match

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored(vacancy):
    """Two eligible candidates for rita's vacancy."""
    return [make_match(vacancy, CandidateFactory(), verdict=2) for _ in range(2)]


def a_chunk_writes(match: MatchResult, *, verdict: int) -> None:
    MatchResult.objects.filter(pk=match.pk).update(verdict=verdict, computed_at=timezone.now())


def test_while_a_run_is_running_the_figures_are_refreshed_every_few_seconds(rita, vacancy, scored):
    start = timezone.now().replace(microsecond=0)
    start -= dt.timedelta(seconds=start.second % PICTURE_SECONDS_WHILE_RESCORING)  # a window's beginning
    with time_machine.travel(start, tick=False):
        run = ScoringRun.objects.create(reason="weights changed", vacancy=vacancy, total_pairs=2)
        assert shortlist_picture(rita, vacancy).counts.eligible == 2
        a_chunk_writes(scored[0], verdict=0)
        assert shortlist_picture(rita, vacancy).counts.eligible == 2  # not read again within the window
    with time_machine.travel(start + dt.timedelta(seconds=PICTURE_SECONDS_WHILE_RESCORING), tick=False):
        assert shortlist_picture(rita, vacancy).counts.eligible == 1
        a_chunk_writes(scored[1], verdict=0)
        run.status = ScoringRun.Status.DONE
        run.save()
        assert shortlist_picture(rita, vacancy).counts.eligible == 0  # the run ended: at once


def test_without_a_run_every_new_result_counts_at_once(rita, vacancy, scored):
    ScoringRun.objects.create(reason="done before", vacancy=vacancy, total_pairs=2, status="done")
    assert shortlist_picture(rita, vacancy).counts.eligible == 2
    a_chunk_writes(scored[0], verdict=0)
    assert shortlist_picture(rita, vacancy).counts.eligible == 1
