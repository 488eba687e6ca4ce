"""rita corrects a notice's competencies as rows, each with the ladder picker of the applicant's profile, and
the field then says who corrected it instead of pointing at the notice (issue 17, point 4)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS, htmx_settled, screenshot
from vacancies.models import CompetencyRequirement
from vacancies.services import submit_notice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTICE = (
    Path(__file__).resolve().parents[2]
    / "vacancies"
    / "fixtures"
    / "notices"
    / "nato-mcc-programme-officer.txt"
)


@pytest.mark.parametrize("width", [1280, 390])
def test_rita_corrects_the_competencies_with_the_ladder_picker(width, rita, page_for):
    draft = submit_notice(NOTICE.read_text(encoding="utf-8"), by=rita)
    # A behaviour the parser found on no rung: the row says what the notice wrote.
    CompetencyRequirement.objects.filter(vacancy=draft).delete()
    CompetencyRequirement.objects.create(
        vacancy=draft, order=0, name="Teamwork", level_text="Co-operates", rung=1
    )
    CompetencyRequirement.objects.create(
        vacancy=draft, order=1, name="Initiative", level_text="Is keen", rung=None
    )
    draft.unsure = {**draft.unsure, "competencies": "not_on_ladder"}
    draft.save(update_fields=["unsure"])
    suffix = "" if width > 1000 else "-narrow"

    page = page_for(rita, width=width)
    page.goto(f"/vacancies/{draft.pk}/")
    field = page.locator("#field-competencies")
    expect(field.get_by_role("link", name="In the notice")).to_be_visible()
    expect(field).to_contain_text("not on the ladder")
    field.get_by_role("link", name="Edit").click()

    rows = field.locator(".competency-row")
    expect(rows).to_have_count(3)  # Teamwork, Initiative and an empty row to add one
    htmx_settled(page)
    expect(rows.nth(0).get_by_label("Competency", exact=True)).to_be_focused()
    expect(rows.nth(0).get_by_label("Level asked")).to_have_value("1")
    initiative = rows.nth(1)
    expect(initiative).to_contain_text("The notice says: “Is keen”")
    expect(initiative.get_by_label("Level asked")).to_have_value("")
    screenshot(page, f"competencies-1-rows{suffix}")

    # Saving without a rung for Initiative is refused beside it; nothing is lost.
    field.get_by_role("button", name="Save").click()
    expect(field.locator(".competency-row").nth(1)).to_contain_text(
        "Choose the statement the notice asks for."
    )
    htmx_settled(page)
    assert list(draft.competency_requirements.values_list("name", "rung")) == [
        ("Teamwork", 1),
        ("Initiative", None),
    ]

    # The ladder picker: Initiative's statements, then a new competency whose ladder loads once chosen.
    rows = page.locator("#field-competencies .competency-row")
    rows.nth(1).get_by_label("Level asked").select_option(
        label="2: Addresses current opportunities or problems"
    )
    blank = rows.nth(2)
    expect(blank.get_by_label("Level asked")).to_contain_text("Choose a competency first")
    blank.get_by_label("Competency", exact=True).select_option("Analytical Thinking")
    expect(blank.get_by_label("Level asked")).to_contain_text("Makes very complex plans or analyses")
    htmx_settled(page)
    blank.get_by_label("Level asked").select_option(label="4: Makes complex plans or analyses")
    page.get_by_role("button", name="Add a competency").click()
    rows = page.locator("#field-competencies .competency-row")
    expect(rows).to_have_count(4)
    htmx_settled(page)
    expect(rows.nth(3).get_by_label("Competency", exact=True)).to_be_focused()
    expect(rows.nth(2).get_by_label("Level asked")).to_have_value("4")  # what was chosen stays
    rows.nth(3).get_by_label("Competency", exact=True).select_option("Achievement")
    expect(rows.nth(3).get_by_label("Level asked")).to_contain_text("Improves performance")
    htmx_settled(page)
    rows.nth(3).get_by_label("Level asked").select_option("4")
    rows.nth(0).get_by_label("Remove").check()
    screenshot(page, f"competencies-2-picked{suffix}")
    if not suffix:  # the README's picture (docs/screenshots/competencies.png)
        SCREENSHOTS.mkdir(exist_ok=True)
        page.locator("#field-competencies").screenshot(path=str(SCREENSHOTS / "readme-competencies.png"))
    page.locator("#field-competencies").get_by_role("button", name="Save").click()

    field = page.locator("#field-competencies")
    expect(field).to_contain_text("Saved")
    expect(field).to_contain_text("Corrected by Rita Recruiter")
    expect(field.get_by_role("link", name="In the notice")).to_have_count(0)
    expect(field).not_to_contain_text("not on the ladder")
    expect(field.locator("li")).to_have_count(3)
    expect(field).to_contain_text("Addresses current opportunities or problems")
    screenshot(page, f"competencies-3-saved{suffix}")
    assert list(draft.competency_requirements.values_list("name", "level_text", "rung")) == [
        ("Initiative", "Addresses current opportunities or problems", 2),
        ("Analytical Thinking", "Makes complex plans or analyses", 4),
        ("Achievement", "Improves performance", 4),
    ]
    draft.refresh_from_db()
    assert "competencies" not in draft.unsure and draft.corrections["competencies"]["by"] == rita.pk

    # After a reload too; another field the notice states still points at it.
    page.reload()
    expect(page.locator("#field-competencies")).to_contain_text("Corrected by Rita Recruiter")
    expect(page.locator("#field-title").get_by_role("link", name="In the notice")).to_be_visible()
