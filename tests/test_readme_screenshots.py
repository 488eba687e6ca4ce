"""The README's pictures, taken by this browser test on the demo data (`load_demo`, fewer candidates):
rita's shortlist with alice's row expanded, alice's matches, her applications and her application's
documents. The test also checks what they show.

Copy them to docs/ after a run: cp tests/screenshots/readme-*.png docs/screenshots/ (dropping "readme-").
The third, readme-competencies.png, comes from tests/vacancies/test_browser_competencies.py.
"""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from playwright.sync_api import expect

from accounts.models import User
from applications.attachments import attach
from tests.conftest import screenshot
from tests.factories import PASSWORD
from vacancies.models import Vacancy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", "--candidates", "60", "--password", PASSWORD, stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {user.email.split("@")[0]: user for user in User.objects.all()}


def test_the_readme_pictures(demo, page_for, settings):
    settings.STAGE_EMAIL_DELAY_SECONDS = 0  # the demo's moves have settled: alice sees them
    alice, rita = demo["alice"], demo["rita"]
    vacancy = Vacancy.objects.get(title="Officer, Country Coordinator")

    page = page_for(rita, height=1500)
    page.goto(f"/recruiting/{vacancy.pk}/")
    row = page.locator(f"#row-{alice.candidate.pk}")
    expect(row).to_contain_text("Alice Martin")
    row.locator(".who a").click()
    detail = page.locator(f"#detail-{alice.candidate.pk}")
    expect(detail).to_contain_text("Why this score")
    expect(detail).to_contain_text("meets 'university degree'")
    screenshot(page, "readme-shortlist", full_page=False)

    page = page_for(alice, height=1100)
    page.goto("/me/matches/")
    expect(page.locator(".match-card").first).to_contain_text(re.compile("Eligible|To be assessed"))
    expect(page.locator("body")).to_contain_text("You meet")
    screenshot(page, "readme-my-matches", full_page=False)

    page.set_viewport_size({"width": 1280, "height": 620})
    page.goto("/me/applications/")
    card = page.locator(".application-card").first
    expect(card.locator(".match-verdict")).to_have_text(
        "Under review"
    )  # rita screened her: an internal stage
    expect(card.locator(".stage-history li")).to_have_count(2)
    screenshot(page, "readme-my-applications", full_page=False)
    # alice attaches her CV to her application.
    application = alice.candidate.applications.get()
    attach(
        application,
        SimpleUploadedFile("Alice Martin CV.pdf", b"%PDF-1.4\n%%EOF\n"),
        kind="cv",
        file_type="pdf",
    )
    page = page_for(alice, height=900)
    page.goto(f"/me/applications/{application.pk}/documents/")
    expect(page.locator(".document-list")).to_contain_text("Alice Martin CV.pdf")
    screenshot(page, "readme-documents", full_page=False)
