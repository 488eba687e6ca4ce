"""rita pastes a seed notice, checks the parse beside the text, corrects a field inline and publishes."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import screenshot
from vacancies.models import Vacancy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTICE = (
    Path(__file__).resolve().parents[2]
    / "vacancies"
    / "fixtures"
    / "notices"
    / "nato-mcc-programme-officer.txt"
)


@pytest.mark.parametrize("width", [1280, 390])
def test_rita_reviews_corrects_and_publishes_a_pasted_notice(width, rita, page_for):
    page = page_for(rita, width=width)
    suffix = "" if width > 1000 else "-narrow"
    page.goto("/vacancies/new/")
    page.fill("#id_text", NOTICE.read_text(encoding="utf-8"))
    screenshot(page, f"notices-1-new{suffix}")
    page.get_by_role("button", name="Parse the notice").click()

    expect(page.get_by_role("heading", name="Parsed fields")).to_be_visible()
    vacancy = Vacancy.objects.get()
    assert page.url.endswith(f"/vacancies/{vacancy.pk}/")
    expect(page.locator("mark.field-source").first).to_be_visible()
    screenshot(page, f"notices-2-review{suffix}")

    # Correct the minimum experience inline: a wrong value first, then a right one.
    field = page.locator("#field-min_years_experience")
    field.get_by_role("link", name="Edit").click()
    years = page.locator("#id_min_years_experience")
    expect(years).to_be_focused()
    years.fill("-1")
    field.get_by_role("button", name="Save").click()
    expect(page.locator("#id_min_years_experience-note")).to_have_class("field-error")
    screenshot(page, f"notices-3-invalid{suffix}")
    page.locator("#id_min_years_experience").fill("4")
    page.locator("#field-min_years_experience").get_by_role("button", name="Save").click()
    expect(page.locator("#field-min_years_experience")).to_contain_text("At least 4 years")
    expect(page.locator("#field-min_years_experience")).to_contain_text("Saved")
    assert page.url.endswith(f"/vacancies/{vacancy.pk}/")  # swapped in place, no reload
    vacancy.refresh_from_db()
    assert vacancy.min_years_experience == 4
    screenshot(page, f"notices-4-corrected{suffix}")

    # The notice's deadline (31 December 2025) has passed: publishing is refused until it is corrected.
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("The deadline, 31 December 2025, has passed")).to_be_visible()
    field = page.locator("#field-deadline")
    field.get_by_role("link", name="Edit").click()
    page.locator("#id_deadline").fill("2027-01-31")
    field.get_by_role("button", name="Save").click()
    expect(field).to_contain_text("Saved")

    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("is published")).to_be_visible()
    expect(page.get_by_role("button", name="Close")).to_be_visible()
    vacancy.refresh_from_db()
    assert vacancy.status == Vacancy.Status.PUBLISHED
    screenshot(page, f"notices-5-published{suffix}")

    # Closing asks first: dismissed, nothing happens; accepted, the vacancy is closed.
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Close the vacancy").click()
    expect(page.get_by_role("button", name="Close the vacancy")).to_be_visible()
    vacancy.refresh_from_db()
    assert vacancy.status == Vacancy.Status.PUBLISHED
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Close the vacancy").click()
    expect(page.get_by_text("is closed")).to_be_visible()
    vacancy.refresh_from_db()
    assert vacancy.status == Vacancy.Status.CLOSED

    page.goto("/vacancies/")
    page.fill("#id_q", "nothing like this")
    expect(page.locator("#results")).to_contain_text("0 notices")
    assert "q=nothing" in page.url
    page.fill("#id_q", "")
    page.select_option("#id_status", "closed")
    expect(page.locator("#results")).to_contain_text(vacancy.title)
    assert "status=closed" in page.url
    screenshot(page, f"notices-6-list{suffix}")


UNSURE_NOTICE = """Budget Officer
Organisation: NATO International Staff
Location: Brussels, Belgium
Grade: A.2
Closing date: 03/04/2027

ESSENTIAL
The incumbent must:
- possess a university degree in economics or finance;
- have at least 5 years' experience in budgeting;
- possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other.

COMPETENCIES
The incumbent must demonstrate:
- Teamwork: Is always kind to colleagues;
- Achievement: Creates own measures of excellence.
"""


def test_rita_sees_what_the_reader_is_not_sure_of_instead_of_a_guess(rita, page_for):
    page = page_for(rita)
    page.goto("/vacancies/new/")
    page.fill("#id_text", UNSURE_NOTICE)
    page.get_by_role("button", name="Parse the notice").click()
    expect(page.get_by_role("heading", name="Parsed fields")).to_be_visible()

    competencies = page.locator("#field-competencies")
    expect(competencies).to_have_class("vfield vfield-unsure")
    expect(competencies.locator("li").nth(0)).to_contain_text("not on the ladder")  # no rung 1 for Teamwork
    expect(competencies.locator("li").nth(1)).to_contain_text("rung 3")
    expect(page.locator("#field-nationality_restricted")).to_contain_text("says nothing about nationality")
    expect(page.locator("#field-organisation")).to_contain_text("Only the larger body was found")
    expect(page.locator("#field-deadline")).to_contain_text("could also be month first")
    expect(page.locator("#field-degree")).to_contain_text("In: economics, finance")
    screenshot(page, "notices-7-unsure")
    vacancy = Vacancy.objects.get()
    assert [(c.name, c.rung) for c in vacancy.competency_requirements.all()] == [
        ("Teamwork", None),
        ("Achievement", 3),
    ]
