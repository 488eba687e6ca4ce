"""rita's journey in Chromium: her vacancies, the ranked shortlist, filters and back, a row expanded,
a note and a rating, a stage changed inline and in bulk, a comparison, an export, blind review, a phone."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from applications.models import Application, StageChange
from candidates.models import CompetencyAssessment, LanguageSkill
from tests.conftest import screenshot
from tests.factories import CandidateFactory

from .conftest import make_match

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PEOPLE = [  # name, nationality, verdict, score
    ("Hanna Berg", "Norway", 2, 91.5), ("Matteo Rossi", "Italy", 2, 86.0), ("Zeynep Yilmaz", "Türkiye", 2, 79.4),
    ("Piotr Kowalski", "Poland", 2, 72.8), ("Ines Silva", "Portugal", 1, 70.1), ("Lukas Schmidt", "Germany", 1, 64.3),
    ("Chloe Dubois", "France", 0, 58.9), ("Andrei Popescu", "Romania", 0, 47.2), ("Ingrid Larsen", "Denmark", 0, 33.0),
    ("Tomas Dvorak", "Czechia", 0, 21.6),
]  # fmt: skip


@pytest.fixture
def shortlist(vacancy):
    vacancy.title = "Policy Officer (Defence Policy and Planning)"
    vacancy.grade = "A.2"
    vacancy.save()
    people = {}
    for name, nation, verdict, score in PEOPLE:
        candidate = CandidateFactory(name=name, nationality=nation, skills=["defence planning", "NATO DPP"])
        if verdict == 2:
            LanguageSkill.objects.filter(candidate=candidate, language="French").update(level="IV")
        CompetencyAssessment.objects.create(
            candidate=candidate, name="Teamwork", rung=4, evidence="Chaired a working group"
        )
        make_match(vacancy, candidate, verdict=verdict, score=score)
        people[name] = candidate
    return people


def test_rita_works_through_her_shortlist(rita, vacancy, shortlist, page_for):
    page = page_for(rita)
    page.goto("/recruiting/")
    expect(page.get_by_role("heading", name="My vacancies")).to_be_visible()
    screenshot(page, "shortlist-01-my-vacancies")
    page.get_by_role("link", name=vacancy.title).click()

    table = page.locator("#shortlist-table")
    expect(table.locator("tbody tr[id^=row-]")).to_have_count(10)
    expect(table.locator("tbody tr[id^=row-]").first).to_contain_text("Hanna Berg")
    expect(page.locator("#score-chart svg")).to_have_count(2)
    screenshot(page, "shortlist-02-ranked")

    # Filter: the table changes in place, the URL follows, and Back undoes it.
    entries = page.evaluate("history.length")
    page.select_option("#id_verdict", "eligible")
    expect(table.locator("tbody tr[id^=row-]")).to_have_count(4)
    expect(page).to_have_url(re.compile(r"verdict=eligible"))
    page.fill("#id_language", "French")
    page.select_option("#id_language_level", "IV")
    expect(page).to_have_url(re.compile(r"language_level=IV"))
    expect(page.locator("#shortlist-table .result-count")).to_contain_text("4 candidates match the filters")
    screenshot(page, "shortlist-03-filtered")
    for _ in range(page.evaluate("history.length") - entries):  # one entry per filter change htmx sent
        before = page.url
        page.go_back()
        expect(page).not_to_have_url(before)
    expect(page).to_have_url(re.compile(rf"/recruiting/{vacancy.pk}/$"))
    expect(page.locator("#shortlist-table tbody tr[id^=row-]")).to_have_count(10)

    # Expand a row: the breakdown, the profile, then a note and a rating.
    hanna = shortlist["Hanna Berg"]
    page.locator(f"#row-{hanna.pk} .who a").click()
    detail = page.locator(f"#detail-{hanna.pk}")
    expect(detail).to_contain_text("Why this score")
    expect(detail).to_contain_text("2 years required")  # the engine's words for her experience, when read
    expect(detail).to_contain_text("Chaired a working group")
    detail.get_by_role("textbox", name="Add a note").fill("Strong on capability planning; check French.")
    detail.get_by_role("button", name="Add note").click()
    expect(detail.locator(".note-list")).to_contain_text("Strong on capability planning")
    expect(detail.locator(".note-list")).to_contain_text("Rita Recruiter")
    detail.locator("select[name=stars]").select_option("4")
    detail.get_by_role("button", name="Rate").click()
    expect(detail).to_contain_text("Average 4.0★ from 1 recruiter")
    screenshot(page, "shortlist-04-row-expanded")
    detail.get_by_role("button", name="Close").click()
    expect(page.locator(f"#detail-{hanna.pk}")).to_be_empty()

    # A stage changed inline: chosen, then saved.
    matteo = shortlist["Matteo Rossi"]
    page.locator(f"#row-{matteo.pk} select[name=stage]").select_option("screened")
    with page.expect_response(lambda r: r.url.endswith(f"/candidates/{matteo.pk}/stage/")):
        page.locator(f"#row-{matteo.pk}").get_by_role("button", name="Save").click()
    expect(page.locator(f"#row-{matteo.pk} select[name=stage]")).to_have_value("screened")
    assert Application.objects.get(candidate=matteo).stage == "screened"

    # In bulk: two candidates to "Shortlisted".
    zeynep, piotr = shortlist["Zeynep Yilmaz"], shortlist["Piotr Kowalski"]
    page.locator(f"#row-{zeynep.pk} input[type=checkbox]").check()
    page.locator(f"#row-{piotr.pk} input[type=checkbox]").check()
    page.select_option(".bulk-bar select[name=stage]", "shortlisted")
    page.get_by_role("button", name="Move", exact=True).click()
    expect(page.locator("#shortlist-table .messages")).to_contain_text("Moved 2 candidates to Shortlisted.")
    expect(page.locator(f"#row-{zeynep.pk} select[name=stage]")).to_have_value("shortlisted")
    assert StageChange.objects.filter(to_stage="shortlisted", changed_by=rita).count() == 2
    screenshot(page, "shortlist-05-bulk-moved")

    # Export what is shown.
    with page.expect_download() as download:
        page.locator("#shortlist-table .exports").get_by_role("link", name="CSV").click()
    assert download.value.suggested_filename.startswith(f"shortlist-{vacancy.pk}-policy-officer")
    assert "Hanna Berg" in Path(download.value.path()).read_text(encoding="utf-8")

    # Compare two.
    page.locator(f"#row-{hanna.pk} input[type=checkbox]").check()
    page.locator(f"#row-{matteo.pk} input[type=checkbox]").check()
    page.get_by_role("button", name="Compare (2-4)").click()
    expect(page.get_by_role("heading", name="Compare candidates")).to_be_visible()
    expect(page.locator(".compare-table thead")).to_contain_text("Hanna Berg")
    expect(page.locator(".compare-table thead")).to_contain_text("Matteo Rossi")
    screenshot(page, "shortlist-06-compare")


def test_rita_turns_blind_review_on(rita, vacancy, shortlist, page_for):
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/")
    expect(page.locator("#shortlist-table")).to_contain_text("Hanna Berg")
    page.get_by_role("switch", name="Blind review").check()
    expect(page.locator("#shortlist-table")).not_to_contain_text("Hanna Berg")
    expect(page.locator("#shortlist-table")).to_contain_text(f"Candidate #{shortlist['Hanna Berg'].pk}")
    screenshot(page, "shortlist-07-blind-review")


def test_the_shortlist_on_a_phone(rita, vacancy, shortlist, page_for):
    page = page_for(rita, width=390, height=844)
    page.goto(f"/recruiting/{vacancy.pk}/")
    expect(page.locator("#shortlist-table tbody tr[id^=row-]")).to_have_count(10)
    screenshot(page, "shortlist-phone")
    page.goto("/recruiting/")
    screenshot(page, "shortlist-phone-vacancies")
