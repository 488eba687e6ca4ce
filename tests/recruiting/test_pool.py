"""The shortlist shows the vacancy's applicants; the pool (consenting, not applied) is apart, where a recruiter
invites candidates to apply, once. Stages are for applicants only, whatever sends the move."""

import pytest
from django.core import mail

from applications.models import Application, Invitation, StageChange
from tests.factories import CandidateFactory

from .conftest import make_match

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def pool(vacancy, candidates):
    """Two scored candidates who have not applied: Olaf consents to be matched, Nils withdrew his consent."""
    olaf = CandidateFactory(name="Olaf Pool", email="olaf@example.org")
    nils = CandidateFactory(name="Nils Private", consent_at=None)
    make_match(vacancy, olaf, score=95.0, applied=False)
    make_match(vacancy, nils, score=94.0, applied=False)
    return {"olaf": olaf, "nils": nils}


def names(response) -> list[str]:
    return [row.candidate.name for row in response.context_data["rows"]]


def test_the_shortlist_shows_the_applicants_and_the_pool_apart(client_for, rita, vacancy, candidates, pool):
    client = client_for(rita)
    response = client.get(f"/recruiting/{vacancy.pk}/")
    assert names(response) == ["Hanna Berg", "Jonas Weber", "Lena Novak"]
    assert response.context_data["view_counts"] == {"applicants": 3, "pool": 1}
    page = response.content.decode()
    assert 'aria-current="page">Applicants <span class="count">3</span>' in page
    assert names(client.get(f"/recruiting/{vacancy.pk}/?view=pool")) == ["Olaf Pool"]  # not Nils: no consent


def test_inviting_emails_the_vacancy_link_once_and_records_who_and_when(
    client_for, rita, vacancy, pool, django_capture_on_commit_callbacks
):
    client = client_for(rita)
    olaf = pool["olaf"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/recruiting/{vacancy.pk}/candidates/{olaf.pk}/invite/", {"rank": "1"}, **HTMX
        )
    row = response.content.decode()
    assert row.lstrip().startswith(f'<tr id="row-{olaf.pk}"') and "Invited by Rita Recruiter on" in row
    [email] = mail.outbox
    assert email.to == ["olaf@example.org"] and vacancy.title in email.subject
    assert f"/vacancies/{vacancy.pk}/" in email.body
    invitation = Invitation.objects.get()
    assert (invitation.invited_by, invitation.candidate) == (rita, olaf) and invitation.sent_at
    assert not Application.objects.filter(candidate=olaf).exists()  # invited is not applied

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/recruiting/{vacancy.pk}/bulk/", {"action": "invite", "c": [olaf.pk]}, **HTMX)
    assert len(mail.outbox) == 1 and Invitation.objects.count() == 1
    page = client.get(f"/recruiting/{vacancy.pk}/?view=pool", **HTMX).content.decode()
    assert f"Candidate #{olaf.pk} was already invited by Rita Recruiter on" in page
    assert "the invitation was not sent again" in page


def test_applicants_and_candidates_without_consent_are_not_invited(
    client_for, rita, vacancy, candidates, pool
):
    client = client_for(rita)
    ids = [candidates["hanna"].pk, pool["nils"].pk]
    client.post(f"/recruiting/{vacancy.pk}/bulk/", {"action": "invite", "c": ids}, **HTMX)
    assert not Invitation.objects.exists() and not mail.outbox
    page = client.get(f"/recruiting/{vacancy.pk}/", **HTMX).content.decode()
    assert "2 candidates were not invited: they applied already or do not consent to be matched." in page


def test_a_rows_save_refuses_a_candidate_who_has_not_applied(client_for, rita, vacancy, pool):
    olaf = pool["olaf"]
    response = client_for(rita).post(
        f"/recruiting/{vacancy.pk}/candidates/{olaf.pk}/stage/", {"stage": "shortlisted", "rank": "1"}, **HTMX
    )
    assert (
        "Olaf Pool has not applied for this vacancy: stages are for applicants only."
        in response.content.decode()
    )
    assert (
        not Application.objects.filter(candidate=olaf).exists()
        and not StageChange.objects.filter(application__candidate=olaf).exists()
    )


def test_the_candidate_page_offers_an_invitation_not_a_stage(client_for, rita, vacancy, pool):
    client = client_for(rita)
    olaf = pool["olaf"]
    url = f"/recruiting/{vacancy.pk}/candidates/{olaf.pk}/"
    page = client.get(url).content.decode()
    assert "Set stage" not in page and "Has not applied" in page and f'action="{url}invite/"' in page
    response = client.post(url + "stage/", {"stage": "interview"}, follow=True)
    assert "Olaf Pool has not applied for this vacancy" in response.content.decode()
    response = client.post(url + "invite/", {"from": "candidate"}, follow=True)
    assert response.redirect_chain[-1][0] == url
    assert "Invited 1 candidate to apply" in response.content.decode()
    assert "Invited to apply by Rita Recruiter on" in response.content.decode()


def test_an_applicant_without_consent_is_in_the_vacancys_applicants_and_in_no_pool(
    client_for, rita, vacancy, django_capture_on_commit_callbacks
):
    """Issue 17, point 7: applying is enough to be assessed for that vacancy; the pools are for those who consent."""
    from applications.services import apply
    from tests.factories import VacancyFactory

    other = VacancyFactory(title="Logistics Officer")
    other.recruiters.add(rita)
    nina = CandidateFactory(name="Nina Applied", consent_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        apply(nina, vacancy)
    client = client_for(rita)
    assert names(client.get(f"/recruiting/{vacancy.pk}/")) == ["Nina Applied"]
    assert names(client.get(f"/recruiting/{vacancy.pk}/?view=pool")) == []
    assert "Nina Applied" not in names(client.get(f"/recruiting/{other.pk}/?view=pool"))
    assert client.get(f"/recruiting/{other.pk}/candidates/{nina.pk}/").status_code == 404
