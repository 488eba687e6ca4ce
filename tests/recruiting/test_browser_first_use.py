"""What a first real use found on the recruiter's side (issue 17, point 6), in Chromium through the real scoring
pipeline: a rating updates its row at once, compare shows every competency in full, and line breaks in
descriptions and notes are kept."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from applications.services import apply
from candidates.models import CompetencyAssessment, Experience
from matching import rescoring
from matching.models import MatchResult
from tests.conftest import screenshot
from tests.factories import CandidateFactory, VacancyFactory
from vacancies.models import CompetencyRequirement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ASKED = ["Analytical Thinking", "Teamwork", "Initiative", "Achievement", "Change Leadership"]
DUTIES = "Planned the resupply of KFOR rotations.\nRan the J4 desk for two years.\nWrote the logistics annex."


@pytest.fixture
def notice(rita):
    """rita's notice asking for five competencies at rung 3; Hanna (two of them, one with evidence, and a
    post described on three lines) and Jonas (none) applied and were scored by the pipeline."""
    vacancy = VacancyFactory(title="Logistics Planning Officer")
    vacancy.recruiters.add(rita)
    for order, name in enumerate(ASKED):
        CompetencyRequirement.objects.create(vacancy=vacancy, order=order, name=name, level_text="", rung=3)
    hanna = CandidateFactory(name="Hanna Berg", nationality="Norway")
    Experience.objects.create(
        candidate=hanna, title="Logistics Planner", organisation="SHAPE", description=DUTIES,
        start=dt.date(2016, 1, 1), end=None,
    )  # fmt: skip
    CompetencyAssessment.objects.create(
        candidate=hanna,
        name="Teamwork",
        rung=4,
        evidence="Chaired the 12-nation movement working group in 2022",
    )
    CompetencyAssessment.objects.create(candidate=hanna, name="Initiative", rung=2, evidence="")
    jonas = CandidateFactory(name="Jonas Weber", nationality="Germany")
    for candidate in (hanna, jonas):
        apply(candidate, vacancy)
    rescoring.rescore_vacancy(vacancy)  # in-process (Celery eager)
    return vacancy, hanna, jonas


def test_a_rating_updates_its_row_at_once(rita, sam, notice, page_for):
    vacancy, hanna, _ = notice
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/")
    row = page.locator(f"#row-{hanna.pk}")
    expect(row.locator("td").last).to_have_text("—")
    page.evaluate("window.notReloaded = true")

    row.locator(".who a").click()
    rating = page.locator(f"#rating-{hanna.pk}")
    rating.get_by_label("Your rating").select_option("4")
    rating.get_by_role("button", name="Rate").click()
    expect(page.locator(f"#rating-{hanna.pk}")).to_contain_text("Average 4.0★ from 1 recruiter")
    expect(page.locator(f"#row-rating-{hanna.pk}")).to_have_text("4.0★")
    page.locator(f"#rating-{hanna.pk}").get_by_label("Your rating").select_option("2")
    page.locator(f"#rating-{hanna.pk}").get_by_role("button", name="Rate").click()
    expect(page.locator(f"#row-rating-{hanna.pk}")).to_have_text("2.0★")
    assert page.evaluate("window.notReloaded") is True
    screenshot(page, "first-use-rating", full_page=False)

    # On the candidate's own page the rating works as before (there is no row to update).
    page.goto(f"/recruiting/{vacancy.pk}/candidates/{hanna.pk}/")
    page.locator(f"#rating-{hanna.pk}").get_by_label("Your rating").select_option("5")
    page.locator(f"#rating-{hanna.pk}").get_by_role("button", name="Rate").click()
    expect(page.locator(f"#rating-{hanna.pk}")).to_contain_text("Average 5.0★ from 1 recruiter")


def test_compare_shows_every_competency_in_full(rita, notice, page_for):
    vacancy, hanna, jonas = notice
    reason = MatchResult.objects.get(vacancy=vacancy, candidate=jonas).breakdown["competencies"]["reason"]
    assert reason.endswith(", ...")  # the engine's one-line reason names three of the five below the level
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/compare/?c={hanna.pk}&c={jonas.pk}")
    cells = page.locator("tr", has=page.get_by_role("rowheader", name="Competencies")).locator("td")
    hanna_cell, jonas_cell = cells.nth(0), cells.nth(1)
    for name in ASKED:
        expect(jonas_cell.locator("li", has_text=name)).to_contain_text(
            f"below {name}: not stated, rung 3 asked"
        )
    expect(jonas_cell).not_to_contain_text("...")
    expect(hanna_cell.locator("li", has_text="Teamwork")).to_contain_text(
        "at level Teamwork: rung 4, 3 asked · with evidence"
    )
    expect(hanna_cell.locator("li", has_text="Initiative")).to_contain_text(
        "below Initiative: rung 2, 3 asked · no evidence"
    )
    expect(hanna_cell.locator("li", has_text="Change Leadership")).to_contain_text("not stated, rung 3 asked")
    screenshot(page, "first-use-compare", full_page=False)


def test_line_breaks_are_kept_in_descriptions_and_notes(rita, notice, page_for):
    vacancy, hanna, _ = notice
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/candidates/{hanna.pk}/")
    # (inner_text, as the page shows it: Playwright's text assertions make every white space one space)
    duties = page.locator("li", has_text="Logistics Planner").inner_text()
    assert "Planned the resupply of KFOR rotations.\nRan the J4 desk for two years.\nWrote the" in duties

    notes = page.locator(f"#notes-{hanna.pk}")
    notes.get_by_label("Add a note").fill("Strong on movements.\nAsk about the annex.")
    notes.get_by_role("button", name="Add note").click()
    note = page.locator(f"#notes-{hanna.pk} .note-list li").first
    expect(note).to_contain_text("Ask about the annex.")
    assert "Strong on movements.\nAsk about the annex." in note.inner_text()
