"""Issue 17, point 10: the recruiters of a vacancy open the documents an applicant attached, from the shortlist's
expanded row or the candidate's page; nobody else can, and blind review withholds them as it does the letter."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from applications.attachments import attach
from applications.models import Stage
from applications.services import apply, move_to_stage
from audit.models import AuditEntry
from tests.factories import CandidateFactory, VacancyFactory
from tests.security.support import scored

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\nAlice Martin, policy officer\n%%EOF\n"
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def application(alice, vacancy):
    scored(vacancy, alice.candidate, score=88.0)
    return apply(alice.candidate, vacancy, motivation="I know the job.")


@pytest.fixture
def cv(application):
    return attach(application, SimpleUploadedFile("Alice Martin CV.pdf", PDF), kind="cv", file_type="pdf")


def url(vacancy, candidate, document) -> str:
    return f"/recruiting/{vacancy.pk}/candidates/{candidate.pk}/documents/{document.pk}/"


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["candidate page", "expanded row"])
def test_the_vacancys_recruiter_sees_the_documents_and_opens_them(
    client_for, rita, vacancy, alice, cv, headers
):
    client = client_for(rita)
    detail = client.get(f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/", **headers)
    html = detail.content.decode()
    assert ("<html" in html) is not bool(headers)
    link = url(vacancy, alice.candidate, cv)
    assert f'href="{link}"' in html and "Alice Martin CV.pdf" in html
    download = client.get(link)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Disposition"] == 'attachment; filename="Alice Martin CV.pdf"'
    assert download["X-Content-Type-Options"] == "nosniff"


def test_opening_a_document_is_on_the_candidates_trail(client_for, rita, vacancy, alice, cv):
    client_for(rita).get(url(vacancy, alice.candidate, cv))
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.action, entry.vacancy_id, entry.candidate_id, entry.detail) == (
        rita, "viewed", vacancy.pk, alice.candidate.pk, f"document #{cv.pk}",
    )  # fmt: skip


def test_only_the_vacancys_recruiters_and_admins_may_open_it(client_for, alice, bob, sam, ada, vacancy, cv):
    link = url(vacancy, alice.candidate, cv)
    assert client_for(sam).get(link).status_code == 404
    assert client_for(bob).get(link).status_code == 403
    assert client_for(ada).get(link).status_code == 200
    assert client_for(None).get(link).status_code == 302
    assert not AuditEntry.objects.filter(actor__in=[sam, bob]).exists()


def test_a_document_is_reached_only_through_its_own_candidate_and_vacancy(
    client_for, rita, vacancy, alice, cv
):
    hanna = CandidateFactory(name="Hanna Berg")
    scored(vacancy, hanna, score=60.0, applied=True)
    other = VacancyFactory(title="Logistics Officer")
    other.recruiters.add(rita)
    scored(other, alice.candidate, score=70.0, applied=True)
    client = client_for(rita)
    assert client.get(url(vacancy, hanna, cv)).status_code == 404
    assert client.get(url(other, alice.candidate, cv)).status_code == 404


def test_blind_review_withholds_the_documents_until_the_reveal_stage(
    client_for, rita, ada, vacancy, alice, cv
):
    vacancy.blind_review, vacancy.reveal_stage = True, Stage.INTERVIEW
    vacancy.save(update_fields=["blind_review", "reveal_stage"])
    client, link = client_for(rita), url(vacancy, alice.candidate, cv)
    html = client.get(f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/", **HTMX).content.decode()
    assert "One document, hidden during blind review: it may name the applicant." in html
    assert "Alice Martin CV.pdf" not in html and link not in html
    assert client.get(link).status_code == 404
    assert client_for(ada).get(link).status_code == 200  # the back office sees everything
    move_to_stage([alice.candidate.applications.get()], Stage.INTERVIEW, by=rita)
    html = client.get(f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/", **HTMX).content.decode()
    assert "Alice Martin CV.pdf" in html
    assert client.get(link).status_code == 200


def test_an_application_without_documents_says_so(client_for, rita, vacancy, alice, application):
    html = client_for(rita).get(f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/").content.decode()
    assert "None attached." in html


def test_the_admin_lists_the_documents_of_an_application(client_for, ada, application, cv):
    html = client_for(ada).get(f"/admin/applications/application/{application.pk}/change/").content.decode()
    assert "Alice Martin CV.pdf" in html
    assert f'href="{url(application.vacancy, application.candidate, cv)}"' in html
