"""In Chromium: alice attaches her CV and a reference to her application; rita expands alice's row on the
shortlist and downloads the CV; alice removes the reference."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from applications.models import ApplicationDocument
from applications.services import apply
from tests.security.support import scored

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(os.environ.get("PAGES_SHOTS", "/tmp/pages-shots"))
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nAlice Martin, policy officer\n%%EOF\n"
REFERENCE = b"Reference for Alice Martin: she led our planning cell for three years.\n"


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_alice_attaches_her_cv_and_rita_opens_it_from_the_shortlist(alice, rita, vacancy, page_for, tmp_path):
    scored(vacancy, alice.candidate, score=88.0)
    application = apply(alice.candidate, vacancy, motivation="I know the job.")
    cv, reference = tmp_path / "Alice Martin CV.pdf", tmp_path / "reference.txt"
    cv.write_bytes(PDF)
    reference.write_bytes(REFERENCE)

    page = page_for(alice)
    page.goto("/me/applications/")
    card = page.locator(".application-card")
    expect(card).to_contain_text("none attached")
    card.get_by_role("link", name="Attach your CV and other documents").click()
    expect(page.get_by_role("heading", name="Documents", exact=True)).to_be_visible()
    page.get_by_label("CV", exact=True).check()
    page.get_by_label("File").set_input_files(str(cv))
    page.get_by_role("button", name="Attach").click()
    expect(page.locator(".messages")).to_contain_text(
        "“Alice Martin CV.pdf” is attached to your application."
    )
    # The CV is attached: only "Other document" is offered now.
    expect(page.get_by_label("CV", exact=True)).to_have_count(0)
    page.get_by_label("Other document").check()
    page.get_by_label("File").set_input_files(str(reference))
    page.get_by_role("button", name="Attach").click()
    documents = page.locator(".document-list li")
    expect(documents).to_have_count(2)
    shot(page, "documents-applicant")

    page.goto("/me/applications/")
    expect(page.locator(".application-documents")).to_contain_text("Alice Martin CV.pdf")
    expect(page.locator(".application-documents")).to_contain_text("reference.txt")
    shot(page, "documents-my-applications")

    # rita expands alice's row on the shortlist and downloads the CV.
    recruiter = page_for(rita)
    recruiter.goto(f"/recruiting/{vacancy.pk}/")
    row = recruiter.locator(f"#row-{alice.candidate.pk}")
    row.locator(".who a").click()
    files = recruiter.locator(f"#documents-{alice.candidate.pk}")
    expect(files).to_contain_text("Alice Martin CV.pdf")
    expect(files).to_contain_text("reference.txt")
    shot(recruiter, "documents-shortlist-row")
    with recruiter.expect_download() as download_info:
        files.get_by_role("link", name="Alice Martin CV.pdf").click()
    download = download_info.value
    assert download.suggested_filename == "Alice Martin CV.pdf"
    assert Path(download.path()).read_bytes() == PDF
    expect(recruiter).to_have_url(f"{recruiter.url.split('/recruiting/')[0]}/recruiting/{vacancy.pk}/")

    # alice removes the reference; rita's row no longer lists it.
    page.goto(f"/me/applications/{application.pk}/documents/")
    page.get_by_role("button", name="Remove reference.txt").click()
    expect(page.locator(".messages")).to_contain_text("“reference.txt” is removed from your application.")
    expect(page.locator(".document-list li")).to_have_count(1)
    assert list(ApplicationDocument.objects.values_list("name", flat=True)) == ["Alice Martin CV.pdf"]
    recruiter.reload()
    recruiter.locator(f"#row-{alice.candidate.pk} .who a").click()
    expect(recruiter.locator(f"#documents-{alice.candidate.pk}")).not_to_contain_text("reference.txt")
