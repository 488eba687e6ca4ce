"""Back and Forward in Chromium: the filter controls always show what the table shows, and the next change keeps
every filter the table was filtered by."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import screenshot

from .conftest import scored_candidates

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_back_and_forward_keep_the_controls_in_step_with_the_table(rita, vacancy, page_for):
    scored_candidates(vacancy, 12)  # 6 eligible
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/")
    rows = page.locator("#shortlist-table tbody tr[id^=row-]")
    expect(rows).to_have_count(12)

    page.select_option("#id_verdict", "eligible")
    expect(rows).to_have_count(6)
    page.select_option("#id_sort", "-score")
    expect(page).to_have_url(re.compile(r"sort=-score"))

    page.go_back()
    expect(page).not_to_have_url(re.compile(r"sort=-score"))
    expect(rows).to_have_count(6)
    expect(page.locator("#id_verdict")).to_have_value("eligible")
    expect(page.locator("#id_sort")).to_have_value("rank")

    page.go_forward()
    expect(page).to_have_url(re.compile(r"sort=-score"))
    expect(rows).to_have_count(6)
    expect(page.locator("#id_verdict")).to_have_value("eligible")
    expect(page.locator("#id_sort")).to_have_value("-score")
    screenshot(page, "filters-01-after-back-and-forward")

    # The next change keeps the filter the table shows.
    page.fill("#id_min_score", "80")
    page.locator("#id_min_score").press("Enter")
    expect(page).to_have_url(re.compile(r"min_score=80"))
    expect(page).to_have_url(re.compile(r"verdict=eligible"))
    expect(page).to_have_url(re.compile(r"sort=-score"))
    assert all("Eligible" in text for text in rows.locator(".score-cell").all_inner_texts())


def test_pressing_enter_or_filter_sends_one_request_and_makes_one_history_entry(rita, vacancy, page_for):
    # Enter in a box (or clicking Filter after typing) fires both "change" and "submit": two requests, and two
    # identical history entries, so the first Back seemed to do nothing.
    scored_candidates(vacancy, 12)
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/")
    requests = []
    page.on("request", lambda r: requests.append(r.url) if "min_score=" in r.url else None)
    before = page.evaluate("history.length")

    page.fill("#id_min_score", "80")
    page.locator("#id_min_score").press("Enter")
    expect(page).to_have_url(re.compile(r"min_score=80"))
    page.fill("#id_min_score", "70")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"min_score=70"))
    page.wait_for_load_state("networkidle")

    assert page.evaluate("history.length") == before + 2
    page.go_back()
    expect(page).to_have_url(re.compile(r"min_score=80"))
    expect(page.locator("#id_min_score")).to_have_value("80")
