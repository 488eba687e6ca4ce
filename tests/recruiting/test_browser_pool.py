"""rita in Chromium: her applicants by default, the candidate pool apart, an invitation from a row."""

import pytest
from playwright.sync_api import expect

from applications.models import Invitation
from tests.conftest import screenshot
from tests.factories import CandidateFactory

from .conftest import make_match

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_rita_invites_a_candidate_of_the_pool(rita, vacancy, page_for):
    for i, name in enumerate(["Hanna Berg", "Matteo Rossi"]):
        make_match(vacancy, CandidateFactory(name=name), score=80.0 - i)
    olaf = CandidateFactory(name="Olaf Pool")
    make_match(vacancy, olaf, score=95.0, applied=False)
    make_match(vacancy, CandidateFactory(name="Ines Silva"), score=70.0, applied=False)

    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/")
    rows = page.locator("#shortlist-table tbody tr[id^=row-]")
    expect(rows).to_have_count(2)
    expect(page.get_by_role("link", name="Applicants 2")).to_have_attribute("aria-current", "page")
    screenshot(page, "pool-01-applicants")

    page.get_by_role("link", name="Candidate pool 2").click()
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Olaf Pool")
    expect(page.locator("#shortlist-table thead")).to_contain_text("Invitation")
    expect(page.get_by_role("button", name="Move")).to_have_count(0)
    page.get_by_role("button", name="Invite to apply: Olaf Pool").click()
    expect(page.locator(f"#row-{olaf.pk}")).to_contain_text("Invited by Rita Recruiter on")
    screenshot(page, "pool-02-invited")
    assert Invitation.objects.filter(candidate=olaf, invited_by=rita).exists()
