"""An applicant's journey in Chromium: sign up, verify, build a profile, watch the matches update, apply,
follow the application as a recruiter moves it, withdraw; then the same pages on a phone and by keyboard."""

import datetime as dt
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import User
from applications.models import Application, Stage
from applications.services import move_to_stage
from candidates.models import Education, Experience, LanguageSkill
from candidates.services import PRIVACY_NOTICE_VERSION
from matching.rescoring import rescore_candidate
from tests.conftest import screenshot
from tests.factories import VacancyFactory
from vacancies.models import LanguageRequirement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture
def vacancies(vacancy):
    """rita's Policy Officer post and three more, each asking something different."""
    vacancy.title = "Policy Officer (Defence Policy and Planning)"
    vacancy.grade = "A.2"
    vacancy.cleaned_text = (
        "Policy Officer\nThe incumbent must:\nhold a university degree;\nhave at least 2 years' experience."
    )
    vacancy.save()
    VacancyFactory(
        title="Senior Interpreter (French)", location="Mons, Belgium", grade="L.3", organisation="SHAPE",
        language_rule="each", language_high="V", language_low="V", language_pair=["English", "French"],
        min_years_experience=5, deadline=dt.date.today() + dt.timedelta(days=12),
    )  # fmt: skip
    VacancyFactory(
        title="Cyber Security Analyst", location="The Hague, Netherlands", grade="A.3", organisation="NCIA",
        degree_level="master", min_years_experience=6, language_high="IV", language_low="II",
    )  # fmt: skip
    staff_officer = VacancyFactory(
        title="Staff Officer (Plans)", location="Mons, Belgium", grade="OF-4", organisation="SHAPE",
        min_years_experience=4, deadline=dt.date.today() + dt.timedelta(days=20),
    )  # fmt: skip
    LanguageRequirement.objects.create(vacancy=staff_officer, language="English", slp="3333")
    VacancyFactory(
        title="Logistics Assistant", location="Norfolk, United States", grade="B.4", degree_level="secondary",
        organisation="Allied Command Transformation", min_years_experience=3, language_low="II",
    )  # fmt: skip
    return vacancy


def build_profile(candidate) -> None:
    """What the /profile/ pages save (done through the ORM here: those pages are not built yet)."""
    Education.objects.create(candidate=candidate, level="master", field="International Security", year=2016)
    Experience.objects.create(
        candidate=candidate, title="Defence Policy Adviser", organisation="Ministry of Defence",
        start=dt.date(2017, 3, 1), end=None,
    )  # fmt: skip
    LanguageSkill.objects.create(candidate=candidate, language="English", level="V")
    LanguageSkill.objects.create(candidate=candidate, language="French", level="III")
    candidate.nationality = "Italy"
    candidate.save(update_fields=["nationality"])
    candidate.bump_profile_version()


def test_an_applicant_signs_up_is_matched_applies_and_follows_the_application(
    page_for, vacancies, rita, settings
):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0  # no undo window here (test_stage_emails.py has it)
    page = page_for(None)

    # Sign up.
    page.goto("/me/signup/")
    page.get_by_label("Email address").fill("carla@example.org")
    page.get_by_label("Name").fill("Carla Rossi")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_label("Nationality").select_option("Italy")
    screenshot(page, "applicant-01-signup")
    # Being matched against every vacancy is optional (issue 17): carla asks for it.
    page.get_by_label(re.compile("Match me against every open vacancy")).check()
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    screenshot(page, "applicant-02-check-your-email")

    # Verify the address with the emailed link.
    user = User.objects.get(email="carla@example.org")
    assert user.candidate.consent_version == PRIVACY_NOTICE_VERSION
    link = re.search(r"https?://[^/]+(/me/verify/\S+/)", mail.outbox[-1].body)[1]
    page.goto(link)
    expect(page.get_by_text("your email address is verified")).to_be_visible()
    page.get_by_label("Email address").fill("carla@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="My matches")).to_be_visible()
    screenshot(page, "applicant-03-matches-empty-profile")
    assert page.locator(".match-card .chip-bad").count() == 5  # scored at sign-up, with an empty profile

    # Build a minimal profile: the stored scores are now behind it, and the page says so and polls.
    build_profile(user.candidate)
    page.reload()
    expect(page.get_by_text("Your matches are being updated…")).to_be_visible()
    screenshot(page, "applicant-04-matches-updating")
    rescore_candidate(user.candidate)  # the profile pages' save does this; tasks run in-process
    VacancyFactory(
        title="Legal Adviser",
        location="Brussels, Belgium",
        grade="A.4",
        organisation="Office of Legal Affairs",
    )
    expect(page.get_by_text("Your matches are being updated…")).to_be_hidden(timeout=8000)
    policy = page.locator(".match-card").filter(
        has=page.get_by_role("link", name="Policy Officer (Defence Policy and Planning)")
    )
    expect(policy.get_by_text("Eligible", exact=True)).to_be_visible()
    # Eligible first, then to be assessed, then not eligible; the vacancy published meanwhile last.
    verdicts = page.locator(".match-card .match-verdict .chip").all_inner_texts()
    order = ["Eligible", "To be assessed", "Not eligible", "Not scored yet"]
    assert verdicts == sorted(verdicts, key=order.index) and verdicts[-1] == "Not scored yet"
    assert verdicts.count("Eligible") >= 3 and "Not eligible" in verdicts
    screenshot(page, "applicant-05-my-matches")

    # Filter, with HTMX and a pushed URL.
    page.get_by_label("Location").select_option("Mons, Belgium")
    expect(page).to_have_url(re.compile(r"location=Mons"))
    expect(page.locator(".match-card")).to_have_count(2)
    screenshot(page, "applicant-06-matches-filtered")
    page.get_by_role("link", name="Clear").click()
    expect(page.locator(".match-card")).to_have_count(6)

    # Read the vacancy and apply.
    page.get_by_role("link", name="Policy Officer (Defence Policy and Planning)").click()
    expect(page.get_by_role("heading", name="How your profile compares")).to_be_visible()
    screenshot(page, "applicant-07-vacancy")
    page.get_by_label("Motivation letter (optional)").fill(
        "Eight years of defence policy work in a ministry."
    )
    page.get_by_role("button", name="Apply for this vacancy").click()
    expect(page.get_by_role("heading", name="My applications")).to_be_visible()
    expect(page.get_by_text("You applied for Policy Officer")).to_be_visible()

    # rita moves the application; carla is emailed and sees the new stage, in her words.
    application = Application.objects.get(candidate__user=user)
    move_to_stage([application], Stage.SCREENED, by=rita)
    assert mail.outbox[-1].to == ["carla@example.org"] and "Under review" in mail.outbox[-1].subject
    page.reload()
    card = page.locator(".application-card").first
    expect(card.locator(".match-verdict").get_by_text("Under review")).to_be_visible()
    expect(card.locator(".stage-history li")).to_have_count(2)
    screenshot(page, "applicant-08-applications")

    # Withdraw, after confirming.
    page.get_by_role("button", name=re.compile("Withdraw my application for Policy Officer")).click()
    page.get_by_role("button", name="Yes, withdraw my application").click()
    expect(page.get_by_text("You withdrew your application")).to_be_visible()
    expect(page.locator(".application-card .match-verdict").get_by_text("Withdrawn")).to_be_visible()


@pytest.fixture
def scored_alice(alice, vacancies):
    alice.email_verified_at = dt.datetime.now(dt.UTC)
    alice.save(update_fields=["email_verified_at"])
    rescore_candidate(alice.candidate)
    return alice


@pytest.mark.parametrize("width", [390])
def test_the_applicant_pages_fit_a_phone(page_for, scored_alice, vacancies, width):
    page = page_for(scored_alice, width=width, height=844)
    for name, url in [
        ("matches", "/me/matches/"),
        ("vacancy", f"/me/vacancies/{vacancies.pk}/"),
        ("signup", None),
    ]:
        if url is None:
            page = page_for(None, width=width, height=844)
            url = "/me/signup/"
        page.goto(url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px"
        screenshot(page, f"applicant-phone-{name}")
    page = page_for(scored_alice, width=width, height=844)
    page.goto(f"/me/vacancies/{vacancies.pk}/")
    page.get_by_role("button", name="Apply for this vacancy").click()
    page.goto("/me/applications/")
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    screenshot(page, "applicant-phone-applications")


def test_the_matches_page_works_with_a_keyboard(page_for, scored_alice, vacancies):
    page = page_for(scored_alice)
    page.goto("/me/matches/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    reached = set()
    for _ in range(25):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert {"id_location", "id_grade", "id_deadline_before", "Filter"} <= reached
    assert "Policy Officer (Defence Policy and Planning)" in reached
    # The focused element is outlined.
    page.focus("#id_location")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    shadow = page.evaluate("getComputedStyle(document.activeElement).boxShadow")
    assert outline != "none" or shadow != "none"
    page.keyboard.press("ArrowDown")  # a select changes with the keyboard; HTMX filters on change
    expect(page).to_have_url(re.compile(r"location="))
