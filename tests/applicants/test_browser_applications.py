"""Issue 17, points 7-9 in Chromium: an applicant who does not consent to be matched applies all the same and
is assessed for that vacancy only; they are told that it arrived, see the stages in their words with days (no
times, no internal moves), get the polite outcome email; the vacancy of each application still opens once it
closed, and Withdraw goes once the application can no longer change. A recruiter words what applicants see."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Application, OutcomeEmail, Stage
from applications.services import move_to_stage
from matching.models import MatchResult
from tests.conftest import screenshot
from tests.factories import VacancyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def nina(alice):
    """alice, verified, who did not ask to be matched against every vacancy."""
    alice.email_verified_at = timezone.now()
    alice.save(update_fields=["email_verified_at"])
    candidate = alice.candidate
    candidate.consent_at, candidate.consent_version = None, ""
    candidate.save(update_fields=["consent_at", "consent_version"])
    return alice


@pytest.fixture
def vacancies(vacancy):
    vacancy.title = "Policy Officer (Defence Policy and Planning)"
    vacancy.save(update_fields=["title"])
    other = VacancyFactory(title="Logistics Officer", deadline=timezone.localdate() + dt.timedelta(days=40))
    return vacancy, other


def test_an_applicant_without_consent_applies_and_follows_it_in_plain_words(
    page_for, nina, rita, vacancies, settings
):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0  # no undo window here (test_stage_emails.py has it)
    vacancy, other = vacancies
    page = page_for(nina)

    # My matches: the open vacancies, without scores, and why.
    page.goto("/me/matches/")
    expect(page.get_by_role("heading", name="The open vacancies, without your matches")).to_be_visible()
    expect(page.locator(".match-card")).to_have_count(2)
    expect(page.locator(".match-card .chip")).to_have_count(0)  # no verdict, no "Not scored yet"
    screenshot(page, "applicant-17-matches-without-consent")

    # Apply: no consent asked.
    page.get_by_role("link", name=vacancy.title).click()
    expect(page.get_by_text("we compare your profile with a vacancy once you apply for it")).to_be_visible()
    expect(page.get_by_text("Applying is enough for this vacancy's recruiters to assess you")).to_be_visible()
    screenshot(page, "applicant-17-vacancy-without-consent")
    page.get_by_label("Motivation letter (optional)").fill("Eight years of defence policy work.")
    page.get_by_role("button", name="Apply for this vacancy").click()
    expect(page.get_by_text(f"You applied for {vacancy.title}")).to_be_visible()
    card = page.locator(".application-card").first
    expect(card.locator(".match-verdict").get_by_text("Received", exact=True)).to_be_visible()
    assert mail.outbox[-1].subject == f"We received your application for {vacancy.title}"
    # Assessed for that vacancy only, and still not matched against the rest.
    assert list(MatchResult.objects.values_list("vacancy", flat=True)) == [vacancy.pk]
    page.goto(f"/me/vacancies/{vacancy.pk}/")
    expect(page.get_by_role("heading", name="How your profile compares")).to_be_visible()
    expect(page.locator(".compare-table")).to_be_visible()
    page.goto("/me/matches/")
    expect(page.locator(".match-card .match-verdict .chip")).to_have_text(["Applied"])

    # rita moves it through her stages: nina sees "Under review", by day, then the outcome.
    application = Application.objects.get(candidate__user=nina)
    for stage in (Stage.SCREENED, Stage.SHORTLISTED, Stage.INTERVIEW):
        move_to_stage([application], stage, by=rita)
    page.goto("/me/applications/")
    card = page.locator(".application-card").first
    expect(card.locator(".match-verdict").get_by_text("Under review", exact=True)).to_be_visible()
    expect(card.locator(".stage-history li")).to_have_text([re.compile(r"^Received \d+ \w+ \d{4}$"),
                                                            re.compile(r"^Under review \d+ \w+ \d{4}$")])  # fmt: skip
    for internal in ("Screened", "Shortlisted", "Interview"):
        expect(card.get_by_text(internal)).to_have_count(0)
    expect(card.get_by_role("button", name=re.compile("Withdraw"))).to_be_visible()
    screenshot(page, "applicant-17-under-review")
    assert [m.subject.rsplit(": ", 1)[-1] for m in mail.outbox[1:]] == ["Under review"]

    move_to_stage([application], Stage.REJECTED, by=rita)
    page.reload()
    expect(card.locator(".match-verdict").get_by_text("Not selected", exact=True)).to_be_visible()
    expect(card.get_by_role("button", name=re.compile("Withdraw"))).to_have_count(0)
    assert "has not been selected" in mail.outbox[-1].body and "Rejected" not in mail.outbox[-1].body

    # The vacancy closes: its page still opens from the application, and says since when.
    vacancy.close()
    page.reload()
    today = timezone.localdate()
    expect(card.get_by_text(f"Vacancy closed on {today.day} {today:%B %Y}")).to_be_visible()
    screenshot(page, "applicant-17-applications-closed")
    card.get_by_role("link", name=vacancy.title).click()
    expect(page.get_by_text(f"This vacancy closed on {today.day} {today:%B %Y}")).to_be_visible()
    expect(page.get_by_role("heading", name="Your application")).to_be_visible()
    expect(page.get_by_role("button", name="Apply for this vacancy")).to_have_count(0)
    screenshot(page, "applicant-17-closed-vacancy")


def test_a_recruiter_words_what_the_applicants_see(page_for, rita, alice, vacancy, settings):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    OutcomeEmail.objects.get_or_create(vacancy=None)
    page = page_for(rita)
    page.goto(f"/recruiting/{vacancy.pk}/")
    page.get_by_role("button", name="Emails to applicants").click()
    expect(page.get_by_role("heading", name="Emails to applicants")).to_be_visible()
    expect(page.get_by_text("This vacancy uses the outcome email for every vacancy")).to_be_visible()
    screenshot(page, "recruiter-17-applicant-emails")
    page.get_by_label("Subject").fill("About {titel}")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Unknown placeholder {titel}")).to_be_visible()
    page.get_by_label("Show applicants the internal stages by name").check()
    page.get_by_label("Subject").fill("{title}: our decision")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved: applicants are told in these words from now on.")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"/recruiting/{vacancy.pk}/$"))

    from applications.services import apply

    application = apply(alice.candidate, vacancy)
    move_to_stage([application], Stage.SHORTLISTED, by=rita)
    applicant = page_for(alice)
    applicant.goto("/me/applications/")
    expect(applicant.locator(".application-card .match-verdict").get_by_text("Shortlisted")).to_be_visible()
    move_to_stage([application], Stage.REJECTED, by=rita)
    assert mail.outbox[-1].subject == f"{vacancy.title}: our decision"
