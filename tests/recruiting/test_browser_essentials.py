"""In Chromium, through the real scoring pipeline: rita expands a candidate "to be assessed", settles the
open essential lines as met, and sees the verdict become eligible without a reload; then alice, that
candidate, reads the checklist on her vacancy page."""

import datetime as dt
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from applications.services import apply
from audit.models import AuditEntry
from candidates.models import Experience
from matching import rescoring
from matching.models import EssentialDecision, MatchResult
from tests.factories import CandidateFactory, VacancyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(os.environ.get("PAGES_SHOTS", "/tmp/pages-shots"))
LOGISTICS = "Experience in logistics planning for deployed forces"
NDPP = "Knowledge of the NATO Defence Planning Process and capability targets"
ESSENTIALS = [
    "hold a university degree",
    "have at least 2 years' experience",
    LOGISTICS,
    NDPP,
    "be able to communicate clearly and work in a team",
]


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def notice(rita, alice):
    """rita's logistics notice, scored by the pipeline: alice (a policy officer: both evidence lines open),
    Hanna (a logistics planner at NATO: eligible) and Tom (no profile: not eligible)."""
    vacancy = VacancyFactory(title="Logistics Planning Officer", grade="A-2", essential=ESSENTIALS)
    vacancy.recruiters.add(rita)
    hanna = CandidateFactory(name="Hanna Berg", nationality="Norway")
    Experience.objects.create(
        candidate=hanna, title="Logistics Planner", organisation="NATO Defence Planning Process, SHAPE",
        description="Logistics planning for deployed forces; NATO defence planning process capability targets.",
        start=dt.date(2016, 1, 1), end=None,
    )  # fmt: skip
    CandidateFactory(name="Tom Weiss", with_profile=False)
    for candidate in (alice.candidate, hanna):  # applicants: the shortlist shows them first
        apply(candidate, vacancy)
    rescoring.rescore_vacancy(vacancy)  # its chunk runs in-process once planned (Celery eager)
    return vacancy


def test_rita_settles_the_open_essentials_and_alice_sees_her_checklist(rita, alice, notice, page_for):
    candidate = alice.candidate
    match = MatchResult.objects.get(vacancy=notice, candidate=candidate)
    assert match.verdict == MatchResult.Verdict.TO_ASSESS
    assert [e["text"] for e in match.essentials if e["status"] == "to_assess" and e["checkable"]] == [
        LOGISTICS,
        NDPP,
    ]

    page = page_for(rita)
    page.goto(f"/recruiting/{notice.pk}/")
    row = page.locator(f"#row-{candidate.pk}")
    expect(row.locator(f"#row-verdict-{candidate.pk}")).to_have_text("To assess")
    expect(row).to_contain_text("2 essential lines to assess")
    eligible_before = int(page.locator("#figures dd.ok").inner_text())
    page.evaluate("window.notReloaded = true")
    shot(page, "01-shortlist")

    # Expand alice's row: the checklist, each line with its status in words.
    row.locator(".who a").click()
    detail = page.locator(f"#detail-{candidate.pk}")
    checklist = detail.locator(f"#essentials-{candidate.pk}")
    expect(checklist).to_contain_text("2 lines to assess")
    expect(checklist.locator("li.essential")).to_have_count(len(match.essentials))  # with the languages rule
    expect(checklist.locator("li.essential", has_text="hold a university degree")).to_contain_text("Met")
    expect(checklist.locator("li.essential", has_text="communicate clearly")).to_contain_text(
        "Assessed at interview or test"
    )
    shot(page, "02-row-expanded")

    # A decision without a reason is refused beside its line, and nothing is lost.
    logistics = checklist.locator("li.essential", has_text=LOGISTICS)
    logistics.get_by_label("Met", exact=True).check()
    logistics.get_by_role("button", name="Save decision").click()
    expect(checklist.locator("li.essential", has_text=LOGISTICS)).to_contain_text("Say in a few words why.")
    shot(page, "03-reason-required")

    # The first line: met, with a reason; one line is still open, so the verdict stays.
    logistics = checklist.locator("li.essential", has_text=LOGISTICS)
    expect(logistics.get_by_label("Met", exact=True)).to_be_checked()
    logistics.get_by_role("textbox").fill(
        "Planned the resupply of KFOR rotations as J4 desk officer (interview)"
    )
    logistics.get_by_role("button", name="Save decision").click()
    logistics = checklist.locator("li.essential", has_text=LOGISTICS)
    expect(logistics).to_contain_text("Decided met by Rita Recruiter")
    expect(checklist).to_contain_text("1 line to assess")
    expect(page.locator(f"#row-verdict-{candidate.pk}")).to_have_text("To assess")
    shot(page, "04-first-line-settled")

    # The second: the verdict becomes eligible in the detail, the row and the counts, without a reload.
    ndpp = checklist.locator("li.essential", has_text=NDPP)
    ndpp.get_by_label("Met", exact=True).check()
    ndpp.get_by_role("textbox").fill("Drafted Norway's NDPP capability targets in 2021")
    ndpp.get_by_role("button", name="Save decision").click()
    expect(page.locator(f"#detail-verdict-{candidate.pk}")).to_have_text("Eligible")
    expect(page.locator(f"#row-verdict-{candidate.pk}")).to_have_text("Eligible")
    expect(page.locator(f"#row-{candidate.pk}")).not_to_contain_text("essential lines to assess")
    expect(page.locator("#figures dd.ok")).to_have_text(str(eligible_before + 1))
    expect(checklist).not_to_contain_text("to assess")
    assert page.evaluate("window.notReloaded") is True
    shot(page, "05-eligible")

    # Stored by the pipeline, audited; the "eligible only" filter finds her.
    match.refresh_from_db()
    assert match.verdict == MatchResult.Verdict.ELIGIBLE
    assert EssentialDecision.objects.filter(candidate=candidate, decided_by=rita, outcome="met").count() == 2
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DECIDED, candidate_id=candidate.pk).count() == 2
    page.select_option("#id_verdict", "eligible")
    expect(page.locator(f"#row-{candidate.pk}")).to_be_visible()

    # The candidate's own page, on a phone: the decisions, who made them and why.
    phone = page_for(rita, width=390, height=844)
    phone.goto(f"/recruiting/{notice.pk}/candidates/{candidate.pk}/")
    expect(phone.locator(f"#detail-verdict-{candidate.pk}")).to_have_text("Eligible")
    expect(phone.locator(f"#essentials-{candidate.pk}")).to_contain_text(
        "Drafted Norway's NDPP capability targets"
    )
    shot(phone, "06-candidate-page-phone")

    # alice: her match is eligible, and the checklist says why in plain words, without rita's words.
    mine = page_for(alice)
    mine.goto("/me/matches/")
    card = mine.locator("article.match-card", has_text=notice.title)
    expect(card.locator(".match-verdict")).to_contain_text("Eligible")
    card.get_by_role("link", name="See each essential requirement against your profile").click()
    essentials = mine.locator("#essentials")
    expect(essentials).to_be_visible()
    expect(essentials.locator("li", has_text=LOGISTICS)).to_contain_text(
        "Your profile did not show it, so a recruiter assessed it: you meet it."
    )
    expect(essentials.locator("li", has_text="hold a university degree")).to_contain_text(
        "Your profile shows it"
    )
    expect(essentials).not_to_contain_text("KFOR")
    expect(essentials).not_to_contain_text("Rita")
    shot(mine, "07-applicant-checklist")
