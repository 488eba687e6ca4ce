"""rita arrows through a row's stage dropdown in Chromium: nothing is saved and no email is queued until she
presses Save; Rejected asks first; the row then says when the applicant is emailed, and Undo takes it back."""

import pytest
from playwright.sync_api import expect

from applications.models import Application, Stage, StageChange
from applications.services import apply
from tests.conftest import SCREENSHOTS

from .conftest import make_match

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def alices_application(alice, vacancy, settings):
    settings.STAGE_EMAIL_DELAY_SECONDS = 120
    make_match(vacancy, alice.candidate, verdict=2, score=88.0, applied=False)
    return apply(alice.candidate, vacancy)


@pytest.fixture
def queued_emails(monkeypatch):
    """The stage emails handed to the broker (nothing else is sent in between)."""
    from applications.tasks import notify_stage_change

    queued = []
    monkeypatch.setattr(notify_stage_change, "apply_async", lambda args, **options: queued.append(args))
    return queued


def test_arrowing_through_the_stages_saves_nothing_until_save(
    rita, vacancy, alice, alices_application, queued_emails, page_for
):
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/")
    row = page.locator(f"#row-{alice.candidate.pk}")
    select = row.locator("select[name=stage]")
    select.focus()
    requests = []
    page.on("request", lambda request: requests.append(request) if request.method == "POST" else None)
    for _ in range(5):  # New -> ... -> Rejected, a pause after each key, as a person reads the options
        page.keyboard.press("ArrowDown")
        page.wait_for_timeout(400)
    expect(select).to_have_value("rejected")
    page.wait_for_timeout(1000)
    assert requests == []
    assert Application.objects.get().stage == Stage.NEW and StageChange.objects.count() == 1
    assert queued_emails == []

    # Save on Rejected asks first; "no" sends nothing.
    page.once("dialog", lambda dialog: dialog.dismiss())
    row.get_by_role("button", name="Save").click()
    page.wait_for_timeout(500)
    assert requests == [] and Application.objects.get().stage == Stage.NEW

    # A deliberate Save of Shortlisted saves once and queues one email, shown in the row with Undo.
    select.select_option("shortlisted")
    with page.expect_response(lambda r: r.url.endswith(f"/candidates/{alice.candidate.pk}/stage/")):
        row.get_by_role("button", name="Save").click()
    expect(row.locator(".email-pending")).to_contain_text("Email to applicant at")
    expect(select).to_have_value("shortlisted")
    assert list(StageChange.objects.values_list("to_stage", flat=True)) == ["shortlisted", "new"]
    assert len(queued_emails) == 1
    SCREENSHOTS.mkdir(exist_ok=True)
    page.locator("#shortlist-table table").screenshot(path=str(SCREENSHOTS / "shortlist-stage-row.png"))

    # Undo within the window: back to New, which alice knows; no email is queued for it.
    with page.expect_response(lambda r: r.url.endswith("/stage/")):
        row.get_by_role("button", name="Undo").click()
    expect(select).to_have_value("new")
    expect(row.locator(".email-pending")).to_have_count(0)
    assert Application.objects.get().stage == Stage.NEW and len(queued_emails) == 1

    # The bulk bar asks too before Rejected; "no" sends nothing.
    row.locator("input[type=checkbox]").check()
    page.select_option(".bulk-bar select[name=stage]", "rejected")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Move", exact=True).click()
    page.wait_for_timeout(500)
    assert Application.objects.get().stage == Stage.NEW

    # Rejected, confirmed in the dialog: saved once.
    select.select_option("rejected")
    page.once("dialog", lambda dialog: dialog.accept())
    with page.expect_response(lambda r: r.url.endswith("/stage/")):
        row.get_by_role("button", name="Save").click()
    expect(select).to_have_value("rejected")
    assert StageChange.objects.filter(to_stage=Stage.REJECTED).count() == 1
