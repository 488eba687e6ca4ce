"""The Candidate admin and its JSONL import page."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from candidates.models import Candidate

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/candidates/candidate/import/"


def jsonl(*lines: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("candidates.jsonl", "\n".join(lines).encode(), content_type="application/jsonl")


def test_it_lists_candidates_with_useful_columns(alice, ada, client_for):
    content = client_for(ada).get("/admin/candidates/candidate/").content.decode()
    assert "Alice Martin" in content
    for column in ("Nationality", "External id", "# experience", "Consent", "Updated at"):
        assert column in content
    assert "Import candidates (JSONL)" in content


def test_it_searches_and_filters(alice, bob, ada, client_for):
    client = client_for(ada)
    content = client.get("/admin/candidates/candidate/", {"q": "alice"}).content.decode()
    assert "Alice Martin" in content and "Bob Jansen" not in content
    content = client.get("/admin/candidates/candidate/", {"source": "import"}).content.decode()
    assert "Alice Martin" not in content
    content = client.get("/admin/candidates/candidate/", {"consent": "yes"}).content.decode()
    assert "Alice Martin" in content


def test_it_edits_a_candidate_with_its_rows_inline(alice, ada, client_for):
    content = (
        client_for(ada).get(f"/admin/candidates/candidate/{alice.candidate.pk}/change/").content.decode()
    )
    assert "Policy Officer" in content
    assert "education-TOTAL_FORMS" in content
    assert "languages-TOTAL_FORMS" in content
    assert "competencies-TOTAL_FORMS" in content


def test_it_shows_the_import_form(ada, client_for):
    response = client_for(ada).get(IMPORT_URL)
    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()


def test_it_imports_a_file_and_reports_each_broken_line(ada, client_for):
    good = json.dumps({"id": "hr-1", "name": "Ana Silva"})
    bad = json.dumps({"id": "hr-2", "name": "Rui", "languages": [{"language": "English", "level": "X"}]})
    response = client_for(ada).post(IMPORT_URL, {"file": jsonl(good, "", bad)})
    content = response.content.decode()
    assert "imported 1 new, updated 0, 1 lines with errors" in content
    assert "<td>3</td>" in content
    assert "languages[0].level: &#x27;X&#x27; is not one of I..VI" in content
    assert Candidate.objects.get().external_id == "hr-1"


@override_settings(CANDIDATE_IMPORT_MAX_BYTES=100)
def test_it_refuses_a_file_over_the_limit(ada, client_for):
    response = client_for(ada).post(IMPORT_URL, {"file": jsonl(json.dumps({"id": "x" * 200, "name": "A"}))})
    assert "The file is too large" in response.content.decode()
    assert not Candidate.objects.exists()


def test_it_keeps_recruiters_out_of_the_import(rita, client_for):
    response = client_for(rita).get(IMPORT_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
