"""Issue 17, point 10: an applicant attaches their CV and up to three other documents to an application,
checked by the CV upload's own rule, stored privately, downloaded only by them (and the vacancy's recruiters)."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.html import escape

from applications.models import ApplicationDocument, Stage
from applications.services import apply, move_to_stage, withdraw
from config import settings as project_settings

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nAlice Martin, policy officer\n%%EOF\n"
TEXT = b"References\nDr Jane Doe, Ministry of Defence: Alice led our planning cell.\n"
PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64


@pytest.fixture
def application(alice, vacancy):
    return apply(alice.candidate, vacancy, motivation="I know the job.")


def upload(client, application, name: str, data: bytes, kind: str = "cv"):
    return client.post(
        f"/me/applications/{application.pk}/documents/",
        {"kind": kind, "file": SimpleUploadedFile(name, data)},
    )


def stored_files() -> list[Path]:
    return [path for path in Path(settings.DOCUMENTS_ROOT).rglob("*") if path.is_file()]


def test_an_applicant_attaches_a_cv_and_downloads_it_as_an_attachment(client_for, alice, application):
    client = client_for(alice)
    response = upload(client, application, "Alice Martin CV.pdf", PDF)
    assert (
        response.status_code == 302
        and response["Location"] == f"/me/applications/{application.pk}/documents/"
    )
    document = application.documents.get()
    assert (document.kind, document.name, document.size, document.file_type) == (
        "cv", "Alice Martin CV.pdf", len(PDF), "pdf",
    )  # fmt: skip
    download = client.get(f"/me/applications/{application.pk}/documents/{document.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"] == 'attachment; filename="Alice Martin CV.pdf"'
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in download["Cache-Control"]


def test_the_file_is_stored_outside_every_served_folder_under_a_name_that_says_nothing(
    client_for, alice, application
):
    upload(client_for(alice), application, "Alice Martin CV.pdf", PDF)
    [path] = stored_files()
    assert path.read_bytes() == PDF
    # Nothing of the uploaded name (a random name may hold two letters such as "cv" by chance, not "martin").
    assert "alice" not in path.name.lower() and "martin" not in path.name.lower() and len(path.name) >= 32
    assert path.stat().st_mode & 0o077 == 0  # readable by the app's own user only
    # The folder the app uses when nothing is set: its own, outside the static and media folders.
    default = Path(project_settings.BASE_DIR) / "var" / "documents"
    for served in (
        project_settings.STATIC_ROOT,
        project_settings.MEDIA_ROOT,
        *project_settings.STATICFILES_DIRS,
    ):
        assert not default.is_relative_to(Path(served))
    with pytest.raises(ValueError, match="no URL"):
        ApplicationDocument.objects.get().file.url  # noqa: B018
    client = client_for(alice)
    for prefix in ("/media/", "/static/", "/documents/", "/var/documents/"):
        assert client.get(f"{prefix}{path.name}").status_code == 404


def test_a_file_whose_bytes_are_not_its_name_downloads_as_what_it_is(client_for, alice, application):
    client = client_for(alice)
    upload(client, application, "references.pdf", TEXT, kind="other")
    document = application.documents.get()
    download = client.get(f"/me/applications/{application.pk}/documents/{document.pk}/")
    assert download["Content-Type"] == "text/plain"
    assert download["Content-Disposition"] == 'attachment; filename="references.txt"'


def test_a_name_in_any_script_is_kept_and_sent_safely(client_for, alice, application):
    client = client_for(alice)
    upload(client, application, 'Życiorys "Ålice"\u202e.pdf', PDF)
    document = application.documents.get()
    assert document.name == 'Życiorys "Ålice".pdf'
    disposition = client.get(f"/me/applications/{application.pk}/documents/{document.pk}/")[
        "Content-Disposition"
    ]
    assert disposition.startswith("attachment; filename*=utf-8''") and '"' not in disposition.split("''")[1]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("cv.pdf", PROGRAM, '"cv.pdf" is named .pdf but it is a Windows program, not a document.'),
        # The profile's CV reader also names the .json and .xml files it reads.
        ("cv.exe", PDF, "Upload a PDF, a Word .docx"),
        (
            "cv.docx",
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,
            "Only .txt, .pdf and .docx files are accepted; this file",
        ),
    ],
)
def test_the_cv_uploads_rule_refuses_the_same_files_with_the_same_words(
    client_for, alice, application, name, data, message
):
    client = client_for(alice)
    attached = upload(client, application, name, data)
    prefill = client.post("/profile/cv/", {"file": SimpleUploadedFile(name, data)})
    assert attached.status_code == 400
    assert escape(message) in attached.content.decode()
    assert escape(message) in prefill.content.decode()
    assert not ApplicationDocument.objects.exists() and stored_files() == []


def test_a_file_over_the_limit_is_refused_and_the_page_says_by_how_much(
    client_for, alice, application, settings
):
    settings.UPLOAD_MAX_BYTES = 1024
    response = upload(client_for(alice), application, "cv.txt", b"x" * 2048)
    assert response.status_code == 400
    assert "The file is too large (2.0\xa0KB); the limit is 1.0\xa0KB." in response.content.decode()
    assert stored_files() == []


def test_one_cv_and_three_other_documents_at_most(client_for, alice, application):
    client = client_for(alice)
    assert upload(client, application, "cv.pdf", PDF).status_code == 302
    second_cv = upload(client, application, "cv-2024.pdf", PDF)
    assert second_cv.status_code == 400
    assert "You have attached a CV already: remove it to attach another." in second_cv.content.decode()
    for i in range(3):
        assert upload(client, application, f"reference-{i}.txt", TEXT, kind="other").status_code == 302
    fifth = upload(client, application, "reference-4.txt", TEXT, kind="other")
    assert "You have attached 3 other documents already" in fifth.content.decode()
    assert application.documents.count() == 4 and len(stored_files()) == 4
    page = client.get(f"/me/applications/{application.pk}/documents/").content.decode()
    assert "You have attached as many documents as an application takes" in page
    assert 'type="file"' not in page


def test_the_form_offers_only_the_kinds_there_is_room_for(client_for, alice, application):
    client = client_for(alice)
    page = client.get(f"/me/applications/{application.pk}/documents/").content.decode()
    assert 'value="cv"' in page and 'value="other"' in page
    upload(client, application, "cv.pdf", PDF)
    page = client.get(f"/me/applications/{application.pk}/documents/").content.decode()
    assert 'value="cv"' not in page and 'value="other"' in page


def test_removing_a_document_deletes_its_file(
    client_for, alice, application, django_capture_on_commit_callbacks
):
    client = client_for(alice)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, application, "cv.pdf", PDF)
    document = application.documents.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/me/applications/{application.pk}/documents/{document.pk}/remove/")
    assert response.status_code == 302
    assert not ApplicationDocument.objects.exists() and stored_files() == []
    follow = client.get(response["Location"]).content.decode()
    assert "“cv.pdf” is removed from your application." in follow


@pytest.mark.parametrize("ended_by", ["withdrawn", "rejected", "deadline"])
def test_documents_stay_as_they_are_once_the_application_can_no_longer_change(
    client_for, alice, rita, vacancy, application, ended_by, settings
):
    settings.STAGE_EMAIL_DELAY_SECONDS = (
        0  # a rejection settles at once (in its undo window it is still open)
    )
    client = client_for(alice)
    upload(client, application, "cv.pdf", PDF)
    document = application.documents.get()
    if ended_by == "withdrawn":
        withdraw(application)
    elif ended_by == "rejected":
        move_to_stage([application], Stage.REJECTED, by=rita)
    else:
        vacancy.deadline = timezone.localdate() - dt.timedelta(days=1)
        vacancy.save(update_fields=["deadline"])
    removed = client.post(f"/me/applications/{application.pk}/documents/{document.pk}/remove/")
    assert client.get(removed["Location"]).content.decode().count("can no longer change") >= 1
    added = upload(client, application, "reference.txt", TEXT, kind="other")
    assert added.status_code == 400 and "can no longer change" in added.content.decode()
    assert list(application.documents.all()) == [document] and len(stored_files()) == 1
    page = client.get(f"/me/applications/{application.pk}/documents/").content.decode()
    assert 'type="file"' not in page and "/remove/" not in page
    # Still theirs to download.
    assert client.get(f"/me/applications/{application.pk}/documents/{document.pk}/").status_code == 200


def test_my_applications_lists_the_documents_and_where_to_attach_them(client_for, alice, application):
    client = client_for(alice)
    page = client.get("/me/applications/").content.decode()
    assert "none attached" in page and "Attach your CV and other documents" in page
    upload(client, application, "cv.pdf", PDF)
    document = application.documents.get()
    page = client.get("/me/applications/").content.decode()
    assert f'href="/me/applications/{application.pk}/documents/{document.pk}/"' in page
    assert "Attach or remove documents" in page and "PDF" in page


def test_nobody_else_reaches_an_applicants_documents(client_for, alice, bob, rita, application):
    upload(client_for(alice), application, "cv.pdf", PDF)
    document = application.documents.get()
    base = f"/me/applications/{application.pk}/documents/"
    bobs = client_for(bob)
    assert bobs.get(base).status_code == 404
    assert bobs.get(f"{base}{document.pk}/").status_code == 404
    assert bobs.post(f"{base}{document.pk}/remove/").status_code == 404
    assert upload(bobs, application, "cv.pdf", PDF).status_code == 404
    assert client_for(rita).get(f"{base}{document.pk}/").status_code == 403  # recruiters have their own door
    assert client_for(None).get(f"{base}{document.pk}/").status_code == 302
    assert application.documents.count() == 1


def test_a_document_is_reached_only_through_its_own_application(client_for, alice, vacancy, application):
    from tests.factories import VacancyFactory

    other = apply(alice.candidate, VacancyFactory(title="Logistics Officer"))
    client = client_for(alice)
    upload(client, application, "cv.pdf", PDF)
    document = application.documents.get()
    assert client.get(f"/me/applications/{other.pk}/documents/{document.pk}/").status_code == 404


def test_after_the_deadline_the_page_says_the_documents_are_settled_not_the_application(
    client_for, alice, vacancy, application
):
    # Found trying the app again: "This application can no longer change" beside a Withdraw that still worked.
    vacancy.close()
    page = client_for(alice).get(f"/me/applications/{application.pk}/documents/").content.decode()
    assert (
        "This vacancy no longer takes applications: your documents stay as the recruiters received them."
        in page
    )
    assert "This application" not in page and 'type="file"' not in page


def test_the_first_kind_of_document_offered_is_chosen_already(client_for, alice, application):
    """A file attached without touching "What it is" is sent as the first kind offered (the CV while there is
    room for one; "Other" once a CV is attached), not held back by the browser with only a tooltip to say why."""
    client = client_for(alice)
    page = client.get(f"/me/applications/{application.pk}/documents/").content.decode()
    assert re.search(r'<input type="radio" name="kind" value="cv"[^>]* checked>', page)
    assert not re.search(r'<input type="radio" name="kind" value="other"[^>]* checked>', page)
    upload(client, application, "alice.pdf", PDF)
    page = client.get(f"/me/applications/{application.pk}/documents/").content.decode()
    assert 'name="kind" value="cv"' not in page
    assert re.search(r'<input type="radio" name="kind" value="other"[^>]* checked>', page)
