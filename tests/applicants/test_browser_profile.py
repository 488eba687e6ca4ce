"""bob builds his profile section by section in a real browser, and watches the meter rise."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def meter_percent(page) -> int:
    text = page.locator("#meter .meter-title").inner_text()
    return int(re.search(r"(\d+)% complete", text)[1])


def meter_rises_from(page, previous: int) -> int:
    """Waits for the meter to refresh (it reloads itself on the profile-changed event) and rise."""
    expect(page.locator("#meter .meter-title")).not_to_contain_text(f" {previous}% complete")
    percent = meter_percent(page)
    assert percent > previous
    return percent


def test_bob_builds_his_profile_section_by_section(bob, page_for):
    page = page_for(bob)
    page.goto("/profile/")
    expect(page.get_by_role("heading", name="My profile")).to_be_visible()
    start = meter_percent(page)
    screenshot(page, "profile-1-empty")

    # Education
    page.select_option("#id_education-new-level", "master")
    page.fill("#id_education-new-field", "Logistics")
    page.fill("#id_education-new-institution", "Delft University of Technology")
    page.fill("#id_education-new-year", "2012")
    page.locator("#education-new").get_by_role("button", name="Add").click()
    expect(page.locator("#education-rows .row")).to_have_count(1)
    expect(page.locator("#education-rows")).to_contain_text("Master's in Logistics")
    expect(page.locator("#id_education-new-field")).to_have_value("")
    after_education = meter_rises_from(page, start)

    # Experience: the end is before the start, then fixed
    page.fill("#id_experience-new-title", "Logistics Officer")
    page.fill("#id_experience-new-organisation", "Royal Netherlands Army")
    page.fill("#id_experience-new-start", "2020-05")
    page.fill("#id_experience-new-end", "2019-01")
    page.locator("#experience-new").get_by_role("button", name="Add").click()
    error = page.locator("#id_experience-new-end-errors")
    expect(error).to_have_text("The end month is before the start month.")
    expect(page.locator("#id_experience-new-end")).to_have_attribute("aria-invalid", "true")
    screenshot(page, "profile-2-experience-error")
    page.fill("#id_experience-new-end", "2023-12")
    page.locator("#experience-new").get_by_role("button", name="Add").click()
    expect(page.locator("#experience-rows .row")).to_have_count(1)
    expect(page.locator("#experience-rows")).to_contain_text("May 2020 – Dec 2023")
    expect(page.locator("#id_experience-new-end-errors")).not_to_have_class("field-error")
    after_experience = meter_rises_from(page, after_education)

    # A language
    page.fill("#id_languages-new-language", "English")
    page.select_option("#id_languages-new-level", "V")
    page.locator("#languages-new").get_by_role("button", name="Add").click()
    expect(page.locator("#languages-rows")).to_contain_text("English")
    expect(page.locator("#languages-rows")).to_contain_text("V Advanced")
    after_language = meter_rises_from(page, after_experience)

    # A competency, chosen by the text of its rung
    page.select_option("#id_competencies-new-name", "Teamwork")
    rung = page.locator("#id_competencies-new-rung")
    expect(rung.locator("option", has_text="Solicits inputs")).to_have_count(1)
    rung.select_option(label="Solicits inputs")
    page.fill("#id_competencies-new-evidence", "Ran the brigade's logistics working group.")
    page.locator("#competencies-new").get_by_role("button", name="Add").click()
    expect(page.locator("#competencies-rows")).to_contain_text("Teamwork: Solicits inputs")
    meter_rises_from(page, after_language)
    screenshot(page, "profile-3-built")

    # Edit a row in place, then cancel
    page.locator("#experience-rows .row").get_by_role("link", name="Edit").click()
    expect(page.locator("#experience-rows form")).to_be_visible()
    screenshot(page, "profile-4-editing")
    page.locator("#experience-rows form").get_by_role("button", name="Cancel").click()
    expect(page.locator("#experience-rows article.row")).to_have_count(1)

    bob.candidate.refresh_from_db()
    assert bob.candidate.education.count() == 1
    assert bob.candidate.experience.count() == 1
    assert bob.candidate.languages.count() == 1
    assert bob.candidate.competencies.get().rung == 3

    page.goto("/profile/preview/")
    expect(page.locator("body")).to_contain_text("Solicits inputs")
    screenshot(page, "profile-5-preview")


def test_the_profile_reads_well_on_a_phone(alice, page_for):
    page = page_for(alice, width=390, height=844)
    page.goto("/profile/")
    expect(page.get_by_role("heading", name="My profile")).to_be_visible()
    screenshot(page, "profile-6-phone")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


def test_bob_reviews_what_was_read_in_his_cv(bob, page_for):
    from django.conf import settings

    from accounts.sessions import SessionStore
    from applicants.profile_views import CV_SESSION_KEY
    from tests.applicants.test_profile_cv import PROPOSAL

    for width, name in ((1280, "cv-review"), (390, "cv-review-phone")):
        page = page_for(bob, width=width, height=900)
        cookie = next(c for c in page.context.cookies() if c["name"] == settings.SESSION_COOKIE_NAME)
        session = SessionStore(cookie["value"])
        session[CV_SESSION_KEY] = PROPOSAL
        session.save()
        page.goto("/profile/cv/review/")
        expect(page.get_by_role("heading", name="Review what we read in your CV")).to_be_visible()
        screenshot(page, name)
    page.uncheck("#id_cv-experience-1-include")
    page.fill("#id_cv-experience-0-end", "2019-01")
    page.get_by_role("button", name="Add the ticked entries to my profile").click()
    expect(page.locator("#id_cv-experience-0-end-errors")).to_have_text(
        "The end month is before the start month."
    )
    assert not bob.candidate.experience.exists()
    page.fill("#id_cv-experience-0-end", "2023-12")
    page.get_by_role("button", name="Add the ticked entries to my profile").click()
    expect(page.get_by_role("heading", name="My profile")).to_be_visible()
    assert [x.title for x in bob.candidate.experience.all()] == ["Logistics Officer"]
