"""Issue 8, uploads: the notice and CV uploads refuse too many files, files over ``UPLOAD_MAX_BYTES`` and
renamed programs, each with a message a person can act on, and save nothing.

A notice or a CV read to fill in a profile is never stored: it is read in memory (or, above the in-memory
limit, from Django's temporary file, deleted with the request), its text extracted, and the file discarded.
Only the text (a vacancy's ``raw_text``) or the entries proposed from it (in the session) are kept, and
nothing is written under MEDIA_ROOT. The one model with a file is a document attached to an application
(``applications.attachments``), kept in DOCUMENTS_ROOT, which no URL serves. The hostile contents themselves
(bombs, malformed PDFs, macros…) are the corpus of ``tests/documents``.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.utils.html import escape

from tests.security.support import changed_tables, client_as, database_state

pytestmark = pytest.mark.django_db

WINDOWS_PROGRAM = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 50 + b"PE\x00\x00" + b"\x00" * 500
)
LINUX_PROGRAM = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 500
NOTICE = b"Policy Officer\nLocation: Brussels\nThe incumbent must:\n- hold a university degree;\n"
CV = b"Bob Jansen\nEducation\n2012 Master of Laws, Leiden University\nLanguages\nEnglish: V (Advanced)\n"


def text_file(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/plain")


def too_large(name: str) -> SimpleUploadedFile:
    return text_file(name, b"a" * (settings.UPLOAD_MAX_BYTES + 1))


UPLOADS = {  # the page, who uploads, and its form's file field
    "notice": ("/vacancies/new/", "rita", "file"),
    "cv": ("/profile/cv/", "bob", "file"),
}
REFUSALS = [  # which upload, the files sent, what the page must say
    pytest.param("notice", lambda: [text_file("a.txt", NOTICE), text_file("b.txt", NOTICE)],
                 "Upload one file at a time.", id="notice-two-files"),
    pytest.param("cv", lambda: [text_file("a.txt", CV), text_file("b.txt", CV)],
                 "Upload one file at a time.", id="cv-two-files"),
    pytest.param("notice", lambda: [too_large("notice.txt")], "The file is too large", id="notice-too-large"),
    pytest.param("cv", lambda: [too_large("cv.txt")], "The file is too large", id="cv-too-large"),
    pytest.param("notice", lambda: [SimpleUploadedFile("notice.pdf", WINDOWS_PROGRAM)],
                 '"notice.pdf" is named .pdf but it is a Windows program, not a document.', id="notice-program"),
    pytest.param("cv", lambda: [SimpleUploadedFile("cv.docx", LINUX_PROGRAM)],
                 '"cv.docx" is named .docx but it is a Linux program, not a document.', id="cv-program"),
]  # fmt: skip


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path
    return settings.MEDIA_ROOT


@pytest.mark.parametrize(
    ("upload", "files", "message"), REFUSALS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_it_refuses_the_upload_with_a_clear_message_and_saves_nothing(
    request, media_root, tmp_path, upload, files, message
):
    url, persona, field = UPLOADS[upload]
    client = client_as(request.getfixturevalue(persona))
    before = database_state()
    response = client.post(url, {field: files()})
    assert response.status_code == 200
    assert escape(message) in response.content.decode()
    assert changed_tables(before, database_state()) == []
    assert list(tmp_path.rglob("*")) == []  # neither in MEDIA_ROOT nor a temporary file left over


@pytest.mark.parametrize("upload", UPLOADS)
def test_more_files_than_any_form_takes_are_refused_before_the_view(request, media_root, upload):
    url, persona, field = UPLOADS[upload]
    files = [text_file(f"{i}.txt", NOTICE) for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)]
    client = client_as(request.getfixturevalue(persona))
    before = database_state()
    response = client.post(url, {field: files})
    assert response.status_code == 400
    assert changed_tables(before, database_state()) == []


def test_accepted_uploads_leave_no_file_behind(rita, bob, media_root, tmp_path):
    rita, bob = client_as(rita), client_as(bob)
    assert rita.post("/vacancies/new/", {"file": text_file("notice.txt", NOTICE)}).status_code == 302
    assert bob.post("/profile/cv/", {"file": text_file("cv.txt", CV)}).status_code == 302
    assert list(tmp_path.rglob("*")) == []


def test_only_documents_attached_to_applications_are_stored_and_privately():
    file_fields = [
        (f"{model._meta.label}.{field.name}", field)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField)
    ]
    assert [name for name, _ in file_fields] == ["applications.ApplicationDocument.file"]
    storage = file_fields[0][1].storage
    assert Path(storage.location) == Path(settings.DOCUMENTS_ROOT).resolve()
    with pytest.raises(ValueError, match="no URL"):
        storage.url("anything")


DOCUMENT_REFUSALS = [  # the files sent, what the page must say
    pytest.param(lambda: [text_file("a.txt", CV), text_file("b.txt", CV)], "Upload one file at a time.",
                 id="two-files"),
    pytest.param(lambda: [too_large("cv.txt")], "The file is too large", id="too-large"),
    pytest.param(lambda: [SimpleUploadedFile("cv.pdf", WINDOWS_PROGRAM)],
                 '"cv.pdf" is named .pdf but it is a Windows program, not a document.', id="program"),
]  # fmt: skip


@pytest.mark.parametrize(("files", "message"), DOCUMENT_REFUSALS)
def test_a_document_refused_is_said_and_saves_nothing(alice, vacancy, media_root, tmp_path, files, message):
    from applications.services import apply

    application, client = apply(alice.candidate, vacancy), client_as(alice)
    before = database_state()
    response = client.post(f"/me/applications/{application.pk}/documents/", {"kind": "cv", "file": files()})
    assert response.status_code == 400
    assert escape(message) in response.content.decode()
    assert changed_tables(before, database_state()) == []
    assert [path for path in Path(settings.DOCUMENTS_ROOT).rglob("*") if path.is_file()] == []
    assert list(tmp_path.rglob("*")) == []
