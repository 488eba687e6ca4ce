"""Issue 17, point 10: the documents attached to applications are in "Your data" and its download, and go, files
and all, with the application: by erasure, by retention, or by any deletion that takes the application."""

import datetime as dt
import json
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.privacy import apply_retention, erase_account
from applications.attachments import attach
from applications.models import ApplicationDocument, Stage
from applications.services import apply
from tests.factories import PASSWORD, VacancyFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\nAlice Martin\n%%EOF\n"
TEXT = b"Reference: Alice led the planning cell.\n"


def stored_files() -> set[str]:
    return {path.name for path in Path(settings.DOCUMENTS_ROOT).rglob("*") if path.is_file()}


@pytest.fixture
def attached(alice, vacancy, django_capture_on_commit_callbacks):
    """alice's application for rita's vacancy with her CV and a reference."""
    application = apply(alice.candidate, vacancy, motivation="I know the job.")
    with django_capture_on_commit_callbacks(execute=True):
        cv = attach(application, SimpleUploadedFile("Alice CV.pdf", PDF), kind="cv", file_type="pdf")
        reference = attach(
            application, SimpleUploadedFile("reference.txt", TEXT), kind="other", file_type="txt"
        )
    return application, [cv, reference]


def test_your_data_lists_each_document_to_download(client_for, alice, vacancy, attached):
    application, (cv, reference) = attached
    html = client_for(alice).get("/accounts/privacy/").content.decode()
    assert "Documents you attached" in html
    for document in (cv, reference):
        assert f'href="/me/applications/{application.pk}/documents/{document.pk}/"' in html
        assert document.name in html
    assert vacancy.title in html


def test_your_data_lists_no_one_elses_documents(client_for, bob, attached):
    html = client_for(bob).get("/accounts/privacy/").content.decode()
    assert "Documents you attached" not in html and "Alice CV.pdf" not in html


def test_the_download_of_your_data_says_what_each_document_is(client_for, alice, attached):
    application, (cv, reference) = attached
    data = json.loads(client_for(alice).get("/accounts/my-data/").content)
    assert data["applications"][0]["documents"] == [
        {"kind": "CV", "name": "Alice CV.pdf", "type": "pdf", "bytes": len(PDF),
         "attached_at": cv.uploaded_at.isoformat()},
        {"kind": "Other document", "name": "reference.txt", "type": "txt", "bytes": len(TEXT),
         "attached_at": reference.uploaded_at.isoformat()},
    ]  # fmt: skip


def test_deleting_the_account_deletes_the_documents_and_their_files(
    client_for, alice, attached, django_capture_on_commit_callbacks
):
    assert len(stored_files()) == 2
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(alice).post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not ApplicationDocument.objects.exists()
    assert stored_files() == set()


def test_an_erasure_rolled_back_keeps_the_files(alice, attached, django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        erase_account(alice)
        transaction.set_rollback(True)
    assert callbacks == [] and len(stored_files()) == 2
    assert ApplicationDocument.objects.count() == 2


def test_deleting_the_vacancy_deletes_its_applications_documents(
    vacancy, attached, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        vacancy.delete()
    assert stored_files() == set() and not ApplicationDocument.objects.exists()


def closed_long_ago(vacancy) -> None:
    with time_machine.travel(dt.datetime(2026, 1, 10, tzinfo=dt.UTC)):
        vacancy.close()


def test_retention_deletes_the_documents_of_applicants_not_selected(
    alice, bob, attached, django_capture_on_commit_callbacks
):
    application, _ = attached
    kept_vacancy = VacancyFactory(title="Logistics Officer")
    offered = apply(bob.candidate, kept_vacancy)
    with django_capture_on_commit_callbacks(execute=True):
        bobs = attach(offered, SimpleUploadedFile("bob.pdf", PDF), kind="cv", file_type="pdf")
    offered.stage = Stage.OFFER
    offered.save(update_fields=["stage"])
    closed_long_ago(application.vacancy)
    closed_long_ago(kept_vacancy)

    with time_machine.travel(dt.datetime(2026, 6, 1, tzinfo=dt.UTC)):  # within the period: kept
        assert apply_retention(days=180).deleted_documents == 0
    with time_machine.travel(dt.datetime(2026, 7, 15, tzinfo=dt.UTC)):
        assert apply_retention(days=180, dry_run=True).deleted_documents == 2
        assert len(stored_files()) == 3
        with django_capture_on_commit_callbacks(execute=True):
            report = apply_retention(days=180)

    assert report.deleted_documents == 2 and report.anonymised_applications == 1
    assert "2 attached document(s) deleted" in str(report)
    assert list(ApplicationDocument.objects.all()) == [bobs]  # selected: kept
    assert stored_files() == {bobs.file.name}
    application.refresh_from_db()
    assert application.motivation == ""
