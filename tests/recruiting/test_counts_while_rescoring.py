"""My vacancies' counts and the shortlist's tab counts while a rescoring runs (issue 16, point 10): its
chunks change results several times a second, so the counts are read again every few seconds instead of on
every request (each read counts every result of every vacancy), and exactly again once the run has ended."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from matching.models import MatchResult, ScoringRun
from recruiting.queries import PICTURE_SECONDS_WHILE_RESCORING
from tests.factories import CandidateFactory

from .conftest import make_match

pytestmark = pytest.mark.django_db


@pytest.fixture
def window_start():
    """The beginning of a window of PICTURE_SECONDS_WHILE_RESCORING seconds."""
    start = timezone.now().replace(microsecond=0)
    return start - dt.timedelta(seconds=start.second % PICTURE_SECONDS_WHILE_RESCORING)


def my_vacancies_counts(client, vacancy) -> tuple[int, int]:
    [row] = [v for v in client.get("/recruiting/").context_data["vacancies"] if v.pk == vacancy.pk]
    return row.scored, row.eligible


def tab_counts(client, vacancy) -> dict[str, int]:
    return client.get(f"/recruiting/{vacancy.pk}/").context_data["view_counts"]


def test_my_vacancies_counts_are_read_every_few_seconds_during_a_run_and_exactly_after(
    client_for, rita, vacancy, window_start
):
    make_match(vacancy, CandidateFactory(), verdict=2)
    client = client_for(rita)
    with time_machine.travel(window_start, tick=False):
        run = ScoringRun.objects.create(reason="weights changed", total_pairs=2)
        assert my_vacancies_counts(client, vacancy) == (1, 1)
        make_match(vacancy, CandidateFactory(), verdict=2)  # a chunk writes a new result
        assert my_vacancies_counts(client, vacancy) == (1, 1)  # not counted again within the window
    with time_machine.travel(
        window_start + dt.timedelta(seconds=PICTURE_SECONDS_WHILE_RESCORING), tick=False
    ):
        assert my_vacancies_counts(client, vacancy) == (2, 2)
        MatchResult.objects.filter(vacancy=vacancy).update(verdict=0)
        ScoringRun.objects.filter(pk=run.pk).update(status=ScoringRun.Status.DONE)
        assert my_vacancies_counts(client, vacancy) == (2, 0)  # the run ended: exact at once


def test_without_a_run_my_vacancies_counts_every_result_at_once(client_for, rita, vacancy):
    ScoringRun.objects.create(reason="done before", total_pairs=1, status=ScoringRun.Status.DONE)
    client = client_for(rita)
    make_match(vacancy, CandidateFactory(), verdict=2)
    assert my_vacancies_counts(client, vacancy) == (1, 1)
    make_match(vacancy, CandidateFactory(), verdict=1)
    assert my_vacancies_counts(client, vacancy) == (2, 1)


def test_the_shortlists_tab_counts_are_read_every_few_seconds_during_a_run(
    client_for, rita, vacancy, window_start
):
    make_match(vacancy, CandidateFactory(), verdict=2)
    client = client_for(rita)
    with time_machine.travel(window_start, tick=False):
        run = ScoringRun.objects.create(reason="weights changed", vacancy=vacancy, total_pairs=2)
        assert tab_counts(client, vacancy) == {"applicants": 1, "pool": 0}
        make_match(vacancy, CandidateFactory(), verdict=2)
        assert tab_counts(client, vacancy) == {"applicants": 1, "pool": 0}
    with time_machine.travel(
        window_start + dt.timedelta(seconds=PICTURE_SECONDS_WHILE_RESCORING), tick=False
    ):
        assert tab_counts(client, vacancy) == {"applicants": 2, "pool": 0}
        make_match(vacancy, CandidateFactory(), verdict=2)
        ScoringRun.objects.filter(pk=run.pk).update(status=ScoringRun.Status.DONE)
        assert tab_counts(client, vacancy) == {"applicants": 3, "pool": 0}
