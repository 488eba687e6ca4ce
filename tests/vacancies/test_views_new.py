"""A new notice: pasted or uploaded, parsed into a draft for its recruiter; every bad input refused on the form."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

URL = "/vacancies/new/"
NOTICES = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"
SEED = sorted(NOTICES.glob("*.txt"))
NOT_A_NOTICE = "Shopping list\nmilk\neggs\nbread\nRemember to call the plumber on Tuesday."


def seed_text(index: int = 0) -> str:
    return SEED[index].read_text(encoding="utf-8")


def docx_bytes(text: str) -> bytes:
    from docx import Document

    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(client, name: str, content: bytes, **extra):
    return client.post(URL, {"text": "", "file": SimpleUploadedFile(name, content)}, **extra)


def form_errors(response) -> str:
    content = response.content.decode()
    assert response.status_code == 200
    assert "<form" in content
    return content


# Access


def test_it_sends_anonymous_visitors_to_the_login_page(client):
    assert client.get(URL)["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("persona", ["alice", "bob"])
def test_it_refuses_applicants(persona, request, client_for):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"text": seed_text()}).status_code == 403
    assert not Vacancy.objects.exists()


@pytest.mark.parametrize("persona", ["rita", "sam", "ada"])
def test_it_shows_the_form_to_recruiters_and_admins(persona, request, client_for):
    response = client_for(request.getfixturevalue(persona)).get(URL)
    content = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in content
    assert 'name="text"' in content and 'name="file"' in content


# Pasting


@pytest.mark.parametrize("index", range(len(SEED)))
def test_it_turns_a_pasted_seed_notice_into_a_draft_assigned_to_the_recruiter(index, rita, client_for):
    response = client_for(rita).post(URL, {"text": seed_text(index)})
    vacancy = Vacancy.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/vacancies/{vacancy.pk}/"
    assert vacancy.status == Vacancy.Status.DRAFT
    assert vacancy.created_by == rita
    assert list(vacancy.recruiters.all()) == [rita]
    assert vacancy.title and vacancy.parser_version
    assert vacancy.raw_text == seed_text(index).strip() or vacancy.raw_text == seed_text(index)


def test_it_does_not_assign_the_admin_as_recruiter(ada, client_for):
    client_for(ada).post(URL, {"text": seed_text()})
    vacancy = Vacancy.objects.get()
    assert vacancy.created_by == ada
    assert not vacancy.recruiters.exists()


def test_it_refuses_an_empty_form(rita, client_for):
    content = form_errors(client_for(rita).post(URL, {"text": "   "}))
    assert "Paste the text of a notice or choose a file." in content
    assert not Vacancy.objects.exists()


def test_it_refuses_text_that_is_not_a_vacancy_notice(rita, client_for):
    content = form_errors(client_for(rita).post(URL, {"text": NOT_A_NOTICE}))
    assert 'role="alert"' in content
    assert "Shopping list" in content  # the pasted text is kept for correction
    assert not Vacancy.objects.exists()


def test_it_refuses_both_text_and_a_file(rita, client_for):
    response = client_for(rita).post(
        URL, {"text": seed_text(), "file": SimpleUploadedFile("notice.txt", seed_text().encode())}
    )
    assert "Paste the text or upload a file, not both." in form_errors(response)
    assert not Vacancy.objects.exists()


# Uploading


def test_it_accepts_a_text_file(rita, client_for):
    response = upload(client_for(rita), SEED[0].name, SEED[0].read_bytes())
    vacancy = Vacancy.objects.get()
    assert response.status_code == 302
    assert vacancy.source_filename == SEED[0].name
    assert vacancy.recruiters.filter(pk=rita.pk).exists()


def test_it_accepts_a_docx_file(rita, client_for):
    response = upload(client_for(rita), "notice.docx", docx_bytes(seed_text(1)))
    vacancy = Vacancy.objects.get()
    assert response.status_code == 302
    assert vacancy.source_filename == "notice.docx"
    assert vacancy.title


def test_it_refuses_a_program_renamed_pdf(rita, client_for):
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(512)
    content = form_errors(upload(client_for(rita), "notice.pdf", program))
    assert 'id="id_file-note" class="field-error"' in content
    assert "program" in content
    assert not Vacancy.objects.exists()


def test_it_refuses_an_empty_file(rita, client_for):
    content = form_errors(upload(client_for(rita), "notice.txt", b""))
    assert 'id="id_file-note" class="field-error"' in content
    assert "empty" in content
    assert not Vacancy.objects.exists()


def test_it_refuses_a_file_over_the_limit(rita, client_for, settings):
    settings.UPLOAD_MAX_BYTES = 2000
    content = form_errors(upload(client_for(rita), "notice.txt", b"a" * 3000))
    assert "too large" in content
    assert not Vacancy.objects.exists()


def test_it_refuses_a_file_that_is_not_a_notice(rita, client_for):
    content = form_errors(upload(client_for(rita), "list.txt", NOT_A_NOTICE.encode()))
    assert 'role="alert"' in content
    assert not Vacancy.objects.exists()


def test_it_refuses_two_files(rita, client_for):
    files = [
        SimpleUploadedFile("a.txt", seed_text(0).encode()),
        SimpleUploadedFile("b.txt", seed_text(1).encode()),
    ]
    content = form_errors(client_for(rita).post(URL, {"text": "", "file": files}))
    assert "Upload one file at a time." in content
    assert not Vacancy.objects.exists()


def test_it_ties_the_file_error_to_the_input(rita, client_for):
    content = form_errors(upload(client_for(rita), "notice.txt", b""))
    assert 'aria-describedby="id_file-note"' in content


# Security


def test_it_refuses_a_post_without_the_csrf_token(rita):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(rita)
    assert client.post(URL, {"text": seed_text()}).status_code == 403
    assert not Vacancy.objects.exists()
