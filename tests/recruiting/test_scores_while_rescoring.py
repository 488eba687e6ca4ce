"""What a scoring run writes shows on the shortlist every few seconds, not after every chunk (issue 16, point
10), and exactly once the run ends; what a person writes meanwhile shows at once (recruiting.generations).

The chunks are scored by the real task (``score_chunk``), planned by the real planner (``plan_run``), and
the pages read through the client: a chunk whose results showed at once would re-render the kept table, one
whose results never showed (a forgotten bump at the run's end) would leave the table stale.
"""

import datetime as dt
import re
import time

import pytest
import time_machine
from django.utils import timezone

from access import answers
from candidates.importing import import_profiles
from candidates.synthetic import synthetic_profiles
from matching import rescoring
from matching.models import MatchResult, ScoringChunk, ScoringRun
from matching.services import score_chunk
from recruiting import generations, services
from recruiting.models import ShortlistGeneration
from tests.factories import VacancyFactory
from tests.recruiting.shortlist_html import row_of, table
from tests.recruiting.test_generations import kept_table, rendering_elsewhere, without_tokens
from tests.reliability.support import run_finished, wait_for

pytestmark = pytest.mark.django_db

REFRESH = 60  # seconds: longer than a test takes, so only a bump can show what a chunk wrote


@pytest.fixture
def refresh(settings):
    settings.SHORTLIST_SCORES_REFRESH = REFRESH
    settings.SCORING_CHUNK_SIZE = 1  # a chunk per pair


@pytest.fixture
def run(vacancy, candidates, refresh):
    """A rescoring of rita's three candidates, one chunk each (Hanna's, then Jonas's, then Lena's)."""
    return begin_a_run(vacancy, candidates)


def begin_a_run(vacancy, candidates):
    people = sorted(candidates.values(), key=lambda c: c.pk)
    planned = rescoring.plan_run(reason="weights changed", blocks=[([vacancy.pk], [c.pk for c in people])],
                                 vacancy=vacancy)  # fmt: skip
    chunks = list(ScoringChunk.objects.filter(run=planned).order_by("pk"))
    assert [chunk.candidate_ids for chunk in chunks] == [[c.pk] for c in people]
    return planned, chunks, people


def score(vacancy, candidate) -> str:
    return f"<strong>{MatchResult.objects.get(vacancy=vacancy, candidate=candidate).score:.0f}</strong>"


def served_from_the_cache(client, vacancy) -> bool:
    return not hasattr(client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true"), "context_data")


def test_a_runs_first_chunk_shows_at_once_the_next_ones_every_few_seconds(client_for, rita, vacancy, run):
    _, chunks, (first, second, _) = run
    client = client_for(rita)
    before = kept_table(client, vacancy)
    score_chunk(chunks[0].pk)  # no chunk of a run wrote to this vacancy for a while: a new generation at once
    # The request that meets it is served the answer before at once and renders the new one once it is sent.
    assert row_of(table(client, vacancy), first) == row_of(before, first)
    fresh = table(client, vacancy)
    assert score(vacancy, first) in row_of(fresh, first)
    assert "Scores are being refreshed" in fresh
    score_chunk(chunks[1].pk)  # within the interval: kept for it, the table is not rendered again
    assert served_from_the_cache(client, vacancy)
    assert score(vacancy, second) not in row_of(table(client, vacancy), second)
    # With no chunk after it, what was written shows once twice the interval has passed since the last bump
    # (a chunk after one interval would have bumped first).
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=REFRESH + 1)):
        assert score(vacancy, second) not in row_of(table(client, vacancy), second)
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=2 * REFRESH + 1)):
        table(client, vacancy)  # the answer before, the new one rendered once it is sent
        assert score(vacancy, second) in row_of(table(client, vacancy), second)


def test_the_end_of_a_run_shows_its_final_state_at_once(client_for, rita, vacancy, run):
    planned, chunks, people = run
    client = client_for(rita)
    kept_table(client, vacancy)
    for chunk in chunks:
        score_chunk(chunk.pk)
    assert ScoringRun.objects.get(pk=planned.pk).status == ScoringRun.Status.DONE
    final = table(client, vacancy)  # the second and third chunks were pending: the run's end showed them
    assert all(score(vacancy, person) in row_of(final, person) for person in people)
    assert "Scores are being refreshed" not in final
    assert not ShortlistGeneration.objects.filter(scores_pending=True).exists()


def test_a_persons_write_during_a_run_shows_at_once(client_for, rita, vacancy, run):
    _, chunks, (first, second, _) = run
    client = client_for(rita)
    score_chunk(chunks[0].pk)
    score_chunk(chunks[1].pk)  # pending
    kept_table(client, vacancy)
    services.rate(vacancy, second.pk, 4, by=rita)
    fresh = table(client, vacancy)
    assert "4.0★" in row_of(fresh, second)
    assert score(vacancy, second) in row_of(fresh, second)  # and what was pending with it


def test_my_vacancies_and_the_shortlists_counts_follow_the_same_rule(client_for, rita, vacancy, run):
    _, chunks, _ = run
    client = client_for(rita)
    score_chunk(chunks[0].pk)
    first = client.get("/recruiting/")
    page = client.get(f"/recruiting/{vacancy.pk}/")
    score_chunk(chunks[1].pk)  # pending: both kept
    assert not hasattr(client.get("/recruiting/"), "context_data")
    assert not hasattr(client.get(f"/recruiting/{vacancy.pk}/"), "context_data")
    score_chunk(chunks[2].pk)  # the run ends: both read afresh, with the counts as they now are
    after = client.get("/recruiting/")
    [row] = after.context_data["vacancies"]
    eligible = MatchResult.objects.filter(vacancy=vacancy, verdict=MatchResult.Verdict.ELIGIBLE).count()
    assert (row.scored, row.eligible) == (3, eligible)
    assert hasattr(first, "context_data") and hasattr(page, "context_data")
    counts = client.get(f"/recruiting/{vacancy.pk}/").context_data["counts"]
    assert counts.eligible == eligible


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_workers_run_bumps_once_at_its_start_and_once_at_its_end(start_worker, settings):
    """Twenty chunks written by a real Celery worker: two bumps (the first chunk, then the run's end) where
    every chunk used to bump. Without the bump at the end there would be one; without coalescing, twenty-one."""
    settings.SCORING_CHUNK_SIZE = 30
    settings.SHORTLIST_SCORES_REFRESH = 3600
    import_profiles(synthetic_profiles(600, seed=5))
    vacancy = VacancyFactory()
    start_worker(concurrency=2, extra_env={"SHORTLIST_SCORES_REFRESH": "3600"})
    before = generations.of(vacancy)
    planned = rescoring.rescore_vacancy(vacancy)
    chunks = ScoringChunk.objects.filter(run=planned).count()
    assert chunks >= 10
    wait_for(lambda: run_finished(planned), 180, "the run")
    assert generations.of(vacancy) - before == 2 * 2  # each bump counts twice as read (``of``)
    assert (
        MatchResult.objects.filter(vacancy=vacancy).count()
        == ScoringRun.objects.get(pk=planned.pk).total_pairs
    )


def test_while_another_process_renders_a_chunks_scores_the_answer_before_is_served_saying_so(
    client_for, rita, vacancy, run
):
    """Between two generations of a run's writes each answer is rendered once in all the web processes: the
    others are served the answer before meanwhile, which says as of when its scores were read. Once it is
    rendered (or the process that claimed it is gone: the claim ends), the new scores show."""
    _, chunks, (first, *_) = run
    client = client_for(rita)
    before = kept_table(client, vacancy)
    rendering_elsewhere(client, vacancy)
    score_chunk(chunks[0].pk)  # a run's first write to the vacancy: a new generation at once
    served = table(client, vacancy)
    assert without_tokens(served) == without_tokens(before)
    assert score(vacancy, first) not in row_of(served, first)
    assert "Scores are being refreshed: this list shows them as of" in served
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=11)):  # the claim has ended
        table(client, vacancy)  # this request renders it, once the answer before is sent
        assert score(vacancy, first) in row_of(table(client, vacancy), first)


def test_a_persons_write_is_never_served_from_the_answer_before(client_for, rita, vacancy, run):
    _, chunks, (first, second, _) = run
    client = client_for(rita)
    score_chunk(chunks[0].pk)
    kept_table(client, vacancy)
    rendering_elsewhere(client, vacancy)
    services.rate(vacancy, second.pk, 4, by=rita)
    assert "4.0★" in row_of(table(client, vacancy), second)


def test_the_end_of_a_run_is_never_served_from_the_answer_before(client_for, rita, vacancy, run):
    planned, chunks, people = run
    client = client_for(rita)
    score_chunk(chunks[0].pk)
    kept_table(client, vacancy)
    rendering_elsewhere(client, vacancy)
    score_chunk(chunks[1].pk)  # pending
    score_chunk(chunks[2].pk)  # the run ends
    final = table(client, vacancy)
    assert all(score(vacancy, person) in row_of(final, person) for person in people)
    assert "Scores are being refreshed" not in final


def test_from_a_runs_first_write_requests_are_served_the_answer_from_before_the_run_at_once(
    client_for, rita, vacancy, candidates, refresh
):
    """While one process renders the run's first answer, the others are served the last one kept before the
    run, with the notice as of when its scores were read, rather than wait for the new one (issue 16 point 10:
    they waited up to 3 s while PostgreSQL served the run's writes). Once it is rendered, the new scores show."""
    client = client_for(rita)
    read_from = timezone.localtime().strftime("%H:%M:%S")
    before = kept_table(client, vacancy)
    read_until = timezone.localtime().strftime("%H:%M:%S")
    assert "Scores are being refreshed" not in before
    _, chunks, (first, *_) = begin_a_run(vacancy, candidates)
    score_chunk(chunks[0].pk)  # the run's first write: a new generation at once
    rendering_elsewhere(client, vacancy)
    started = time.monotonic()
    served = table(client, vacancy)
    assert time.monotonic() - started < 2  # not the 3 s ``answers.rendered_elsewhere`` waits
    assert row_of(served, first) == row_of(before, first)  # the score before the run
    [as_of] = re.findall(r"Scores are being refreshed: this list shows them as of (\d\d:\d\d:\d\d)", served)
    assert read_from <= as_of <= read_until
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=11)):  # the claim has ended
        table(client, vacancy)  # this request renders it, once the answer before is sent
        fresh = table(client, vacancy)
    assert score(vacancy, first) in row_of(fresh, first) and "Scores are being refreshed" in fresh


def test_the_whole_page_from_before_the_run_shows_the_notice_and_the_runs_progress(
    client_for, rita, vacancy, candidates, refresh
):
    client = client_for(rita)
    page = client.get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert "Scores are being refreshed" not in page and "Rescoring" not in page
    _, chunks, (first, *_) = begin_a_run(vacancy, candidates)
    score_chunk(chunks[0].pk)
    rendering_elsewhere(client, vacancy, page=True)
    served = client.get(f"/recruiting/{vacancy.pk}/")
    assert not hasattr(served, "context_data")  # not rendered
    html = served.content.decode()
    assert row_of(html, first) == row_of(page, first)
    assert "Scores are being refreshed: this list shows them as of" in html
    assert f'hx-get="/recruiting/{vacancy.pk}/progress/"' in html and "Rescoring…" in html
    assert "<!--" + "scores-read-at" not in html and "<!--rescoring-progress-->" not in html


def test_a_persons_write_after_the_answer_from_before_the_run_is_never_hidden(
    client_for, rita, vacancy, candidates, refresh
):
    client = client_for(rita)
    hanna = candidates["hanna"]
    kept_table(client, vacancy)
    _, chunks, _ = begin_a_run(vacancy, candidates)
    services.rate(vacancy, hanna.pk, 4, by=rita)
    score_chunk(chunks[1].pk)  # a chunk after the person's write: a new generation, the same count of theirs
    rendering_elsewhere(client, vacancy)
    assert "4.0★" in row_of(table(client, vacancy), hanna)
    page = client.get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert "4.0★" in row_of(page, hanna)


def test_the_request_that_meets_a_runs_new_generation_is_served_at_once_and_renders_it_after(
    client_for, rita, vacancy, run, caplog
):
    """Nobody waits for a run's new answer (issue 16 point 10: the request that rendered it took up to 1.5 s
    while the workers wrote): it is rendered after the answer before is sent (``answers.ThenRender``), kept,
    and served to the next request without rendering."""
    _, chunks, (first, *_) = run
    client = client_for(rita)
    before = kept_table(client, vacancy)
    score_chunk(chunks[0].pk)
    response = client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true")
    assert isinstance(response, answers.ThenRender)  # sent first, then the render
    assert row_of(response.content.decode(), first) == row_of(before, first)
    assert "Scores are being refreshed: this list shows them as of" in response.content.decode()
    after = client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true")
    assert not hasattr(after, "context_data")  # kept by the request before, not rendered now
    assert score(vacancy, first) in row_of(after.content.decode(), first)
    assert "rendering the next answer" not in caplog.text


def test_one_answer_of_a_vacancy_is_rendered_at_a_time_while_a_run_writes(client_for, rita, vacancy, run):
    """While another request renders an answer of the vacancy after its response, the others are served the
    answer before and render nothing: the web processes keep serving while the workers write. Once that claim
    ends, the next request renders."""
    _, chunks, (first, *_) = run
    client = client_for(rita)
    before = kept_table(client, vacancy)
    score_chunk(chunks[0].pk)
    assert answers.claim(f"rendering:{vacancy.pk}")  # another process renders, say, the whole page
    for _ in range(2):
        response = client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true")
        assert not isinstance(response, answers.ThenRender)
        assert row_of(response.content.decode(), first) == row_of(before, first)
    answers.release(f"rendering:{vacancy.pk}")
    assert isinstance(client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true"), answers.ThenRender)
    assert score(vacancy, first) in row_of(table(client, vacancy), first)
