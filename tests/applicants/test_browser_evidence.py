"""bob takes competencies from his CV, chooses the rung the CV did not say, and writes what he did (issue 14,
point 8), in a real browser."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from accounts.sessions import SessionStore
from applicants.profile_views import CV_SESSION_KEY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROPOSAL = {
    "competencies": [
        {"name": "Teamwork", "rung": 3, "evidence": "Teamwork: solicits inputs"},
        {"name": "Initiative", "level_text": "plans far ahead", "evidence": "Initiative: plans far ahead"},
    ]
}


def test_bob_reviews_his_cvs_competencies_and_writes_his_evidence(bob, page_for):
    page = page_for(bob)
    cookie = next(c for c in page.context.cookies() if c["name"] == settings.SESSION_COOKIE_NAME)
    session = SessionStore(cookie["value"])
    session[CV_SESSION_KEY] = PROPOSAL
    session.save()
    page.goto("/profile/cv/review/")
    expect(page.get_by_role("heading", name="Competencies")).to_be_visible()
    expect(page.locator("#id_cv-competencies-0-evidence")).to_have_value("Teamwork: solicits inputs")
    expect(page.get_by_text("Your CV says: “plans far ahead”.")).to_be_visible()

    # The CV's words matched no rung of Initiative: bob picks one, then a competency whose rungs reload.
    page.locator("#id_cv-competencies-1-rung").select_option(label="Acts 3-12 months ahead")
    page.select_option("#id_cv-competencies-1-name", "Flexibility")
    rung = page.locator("#id_cv-competencies-1-rung")
    expect(rung.locator("option", has_text="Adapts strategy")).to_have_count(1)
    rung.select_option(label="Adapts strategy")
    page.fill("#id_cv-competencies-0-evidence", "Ran the brigade's logistics working group of 9 nations.")
    page.get_by_role("button", name="Add the ticked entries to my profile").click()

    expect(page.get_by_role("heading", name="My profile")).to_be_visible()
    rows = page.locator("#competencies-rows")
    expect(rows).to_contain_text("Ran the brigade's logistics working group of 9 nations.")
    expect(rows.locator("article", has_text="Flexibility")).to_contain_text(
        "This repeats the level rather than showing it"
    )
    assert set(bob.candidate.competencies.values_list("name", "rung")) == {
        ("Teamwork", 3),
        ("Flexibility", 4),
    }

    # bob says what he did for Flexibility too: the note goes.
    flexibility = rows.locator("article", has_text="Flexibility")
    flexibility.get_by_role("link", name="Edit").click()
    form = page.locator("#competencies-rows form")
    form.get_by_label("Evidence, in your own words").fill(
        "Rewrote the exercise plan overnight when the port closed."
    )
    form.get_by_role("button", name="Save").click()
    expect(rows.locator("article", has_text="Flexibility")).to_contain_text("Rewrote the exercise plan")
    expect(rows).not_to_contain_text("This repeats the level")
