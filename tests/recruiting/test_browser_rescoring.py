"""In Chromium: a run has written its first scores and another web process is rendering the shortlist's new
page; rita, meanwhile, is served the page kept before the run at once, and it says that scores are being
refreshed (as of when they were read) and shows the run's progress (issue 16, point 10)."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from config.celery import app as celery_app
from matching import rescoring
from matching.models import ScoringChunk
from matching.services import score_chunk
from tests.recruiting.shortlist_html import row_of
from tests.recruiting.test_generations import rendering_elsewhere

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(os.environ.get("PAGES_SHOTS", "/tmp/pages-shots"))


def test_the_page_from_before_a_run_is_served_during_it_saying_so(
    rita, vacancy, candidates, page_for, client_for, settings
):
    settings.SHORTLIST_SCORES_REFRESH = 60
    settings.SCORING_CHUNK_SIZE = 1  # a chunk per candidate
    hanna = candidates["hanna"]
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/")
    before = row_of(page.content(), hanna)
    expect(page.locator(".refreshing")).to_have_count(0)
    expect(page.locator(".rescoring")).to_have_count(0)
    people = sorted(candidates.values(), key=lambda c: c.pk)
    celery_app.conf.task_always_eager = False  # the chunks queued, not run: the run stays in progress
    try:
        run = rescoring.plan_run(
            reason="weights changed", blocks=[([vacancy.pk], [c.pk for c in people])], vacancy=vacancy
        )
    finally:
        celery_app.conf.task_always_eager = True
    score_chunk(ScoringChunk.objects.filter(run=run).order_by("pk").first().pk)  # Hanna's: a new generation
    rendering_elsewhere(client_for(rita), vacancy, page=True)
    page.goto(f"/recruiting/{vacancy.pk}/")
    notice = page.locator(".refreshing")
    expect(notice).to_have_text(
        re.compile(
            r"^Scores are being refreshed: this list shows them as of \d\d:\d\d:\d\d and is brought up to date"
        )
    )
    expect(page.locator(".rescoring progress")).to_be_visible()  # the bar has loaded the run's figures
    expect(page.locator(".rescoring")).to_contain_text("of 3 scores computed")
    assert row_of(page.content(), hanna) == before  # Hanna's score from before the run
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "shortlist-during-a-run.png"), full_page=True)
