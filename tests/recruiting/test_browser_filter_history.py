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
