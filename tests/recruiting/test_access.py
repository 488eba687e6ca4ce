"""Who may use each recruiting URL: every page, partial, POST and export checks the vacancy and candidate."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import get_resolver

from applications.attachments import attach
from applications.models import Application, ApplicationDocument, Note
from applications.services import add_to_pipeline
from matching.models import EssentialDecision, MatchResult
from tests.factories import CandidateFactory, VacancyFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

OPEN_LINE = "Experience in logistics planning for deployed forces"


@pytest.fixture(autouse=True)
def _an_open_line(vacancy, candidates):
    """hanna's match has an essential line to be assessed, which a recruiter may decide, and her application
    has her CV attached."""
    # The notice asks for it and her profile does not show it: the engine leaves it open when read.
    Vacancy.objects.filter(pk=vacancy.pk).update(essential=[*vacancy.essential, OPEN_LINE])
    MatchResult.objects.filter(vacancy=vacancy, candidate=candidates["hanna"]).update(verdict=1)
    application = Application.objects.get(vacancy=vacancy, candidate=candidates["hanna"])
    attach(
        application,
        SimpleUploadedFile("cv.txt", b"Hanna Berg, logistics planner"),
        kind="cv",
        file_type="txt",
    )


def requests_for(vacancy, candidate_id: int, other_id: int, document_id: int = 1) -> dict:
    """(method, url, data) for every URL name of the app."""
    pk = vacancy.pk
    return {
        "vacancies": ("get", "/recruiting/", {}),
        "shortlist": ("get", f"/recruiting/{pk}/", {}),
        "progress": ("get", f"/recruiting/{pk}/progress/", {}),
        "candidate": ("get", f"/recruiting/{pk}/candidates/{candidate_id}/", {}),
        "document": ("get", f"/recruiting/{pk}/candidates/{candidate_id}/documents/{document_id}/", {}),
        "stage": ("post", f"/recruiting/{pk}/candidates/{candidate_id}/stage/", {"stage": "screened"}),
        "note": ("post", f"/recruiting/{pk}/candidates/{candidate_id}/notes/", {"text": "Strong on planning"}),
        "rating": ("post", f"/recruiting/{pk}/candidates/{candidate_id}/rating/", {"stars": "4"}),
        "essential": ("post", f"/recruiting/{pk}/candidates/{candidate_id}/essentials/",
                      {"line": OPEN_LINE, "outcome": "met", "reason": "Ran the port of Split's logistics"}),
        "bulk": ("post", f"/recruiting/{pk}/bulk/", {"action": "move", "stage": "shortlisted", "c": [candidate_id]}),
        "compare": ("get", f"/recruiting/{pk}/compare/?c={candidate_id}&c={other_id}", {}),
        "blind_review": ("post", f"/recruiting/{pk}/blind-review/", {"blind_review": "on", "reveal_stage": "interview"}),
        "weights": ("get", f"/recruiting/{pk}/weights/", {}),
        "applicant_emails": ("get", f"/recruiting/{pk}/applicant-emails/", {}),
        "export_csv": ("get", f"/recruiting/{pk}/export.csv", {}),
        "export_xlsx": ("get", f"/recruiting/{pk}/export.xlsx", {}),
        "invite": ("post", f"/recruiting/{pk}/candidates/{candidate_id}/invite/", {}),
    }  # fmt: skip


URL_NAMES = list(requests_for(VacancyFactory.build(pk=1), 1, 2))
POST_NAMES = ["stage", "note", "rating", "essential", "bulk", "blind_review", "invite"]


def test_every_url_of_the_app_is_covered():
    names = {
        name for name in get_resolver().namespace_dict["recruiting"][1].reverse_dict if isinstance(name, str)
    }
    assert names == set(URL_NAMES)


def _send(client, method, url, data, **headers):
    return getattr(client, method)(url, data, **headers) if method == "post" else client.get(url, **headers)


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("name", URL_NAMES)
@pytest.mark.parametrize("persona", [None, "alice", "sam", "rita", "ada"])
def test_each_persona_gets_what_it_may(client_for, vacancy, candidates, name, persona, htmx, request):
    user = request.getfixturevalue(persona) if persona else None
    document = ApplicationDocument.objects.get()
    method, url, data = requests_for(vacancy, candidates["hanna"].pk, candidates["jonas"].pk, document.pk)[
        name
    ]
    response = _send(client_for(user), method, url, data, **({"HTTP_HX_REQUEST": "true"} if htmx else {}))
    if persona is None:  # anonymous: to the login page
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    elif persona == "alice":  # an applicant
        assert response.status_code == 403
    elif persona == "sam" and name != "vacancies":  # a recruiter not assigned to this vacancy
        assert response.status_code == 404
    else:
        assert response.status_code in (200, 204, 286, 302), response.content[:300]


def test_sam_does_not_see_ritas_vacancy_in_his_list(client_for, sam, vacancy, candidates):
    response = client_for(sam).get("/recruiting/")
    assert vacancy.title not in response.content.decode()


@pytest.mark.parametrize(
    "name", ["candidate", "document", "stage", "note", "rating", "essential", "bulk", "compare"]
)
def test_a_candidate_not_scored_for_this_vacancy_is_a_404(client_for, rita, vacancy, candidates, name):
    stranger = CandidateFactory(name="Not Scored Here")
    document = ApplicationDocument.objects.get()  # hanna's: not the stranger's
    method, url, data = requests_for(vacancy, stranger.pk, candidates["hanna"].pk, document.pk)[name]
    assert _send(client_for(rita), method, url, data).status_code == 404
    assert not Application.objects.filter(candidate=stranger).exists()
    assert not Note.objects.filter(candidate=stranger).exists()
    assert not EssentialDecision.objects.filter(candidate=stranger).exists()


def test_a_candidate_in_another_vacancys_pipeline_is_a_404(client_for, rita, vacancy, candidates):
    other = VacancyFactory()
    other.recruiters.add(rita)
    outsider = CandidateFactory(name="Elsewhere")
    [application] = add_to_pipeline(other, [outsider], by=rita)
    response = client_for(rita).post(
        f"/recruiting/{vacancy.pk}/candidates/{outsider.pk}/stage/", {"stage": "offer"}
    )
    assert response.status_code == 404
    application.refresh_from_db()
    assert application.stage == "new"


@pytest.mark.parametrize("name", POST_NAMES)
def test_every_post_needs_the_csrf_token(rita, vacancy, candidates, name):
    client = Client(enforce_csrf_checks=True)
    client.force_login(rita)
    method, url, data = requests_for(vacancy, candidates["hanna"].pk, candidates["jonas"].pk)[name]
    assert client.post(url, data).status_code == 403
    assert client.post(url, data, HTTP_HX_REQUEST="true").status_code == 403
    assert not EssentialDecision.objects.exists()


def test_weights_post_needs_the_csrf_token(rita, vacancy):
    client = Client(enforce_csrf_checks=True)
    client.force_login(rita)
    assert client.post(f"/recruiting/{vacancy.pk}/weights/", {"degree": "10"}).status_code == 403


def test_the_applicant_emails_post_needs_the_csrf_token(rita, vacancy):
    from applications.models import OutcomeEmail

    client = Client(enforce_csrf_checks=True)
    client.force_login(rita)
    data = {"subject": "About {title}", "body": "Dear {name}", "show_stages_to_applicants": "on"}
    assert client.post(f"/recruiting/{vacancy.pk}/applicant-emails/", data).status_code == 403
    assert client.post(f"/recruiting/{vacancy.pk}/applicant-emails/", {"reset": "1"}).status_code == 403
    assert not OutcomeEmail.objects.filter(vacancy=vacancy).exists()
    vacancy.refresh_from_db()
    assert not vacancy.show_stages_to_applicants


@pytest.mark.parametrize("name", POST_NAMES)
def test_posts_are_refused_as_gets(client_for, rita, vacancy, candidates, name):
    _, url, _ = requests_for(vacancy, candidates["hanna"].pk, candidates["jonas"].pk)[name]
    assert client_for(rita).get(url).status_code == 405
