"""A vacancy's emails to its applicants, kept by its recruiters (issue 17, point 8): whether applicants see the
internal stages by name, and the outcome email of those not selected (its own, or the admins' one for every
vacancy)."""

import pytest

from applications.models import OutcomeEmail

pytestmark = pytest.mark.django_db


def url(vacancy) -> str:
    return f"/recruiting/{vacancy.pk}/applicant-emails/"


@pytest.fixture
def default_email(db):
    email, _ = OutcomeEmail.objects.update_or_create(
        vacancy=None, defaults={"subject": "Your application for {title}", "body": "Dear {name}, thank you."}
    )
    return email


def test_it_shows_the_email_for_every_vacancy_and_what_applicants_see(
    client_for, rita, vacancy, default_email
):
    response = client_for(rita).get(url(vacancy))
    html = response.content.decode()
    assert response.status_code == 200
    assert "This vacancy uses the outcome email for every vacancy" in html
    assert 'value="Your application for {title}"' in html and "Dear {name}, thank you." in html
    assert "<td>Shortlisted</td><td>Under review</td><td>Shortlisted</td>" in html
    assert "<td>Rejected</td><td>Not selected</td>" in html


def test_it_saves_the_vacancys_own_email_and_the_stage_names(client_for, rita, vacancy, default_email):
    data = {"show_stages_to_applicants": "on", "subject": "{title}: our decision", "body": "Dear {name}, no."}
    response = client_for(rita).post(url(vacancy), data)
    assert response.status_code == 302 and response["Location"] == f"/recruiting/{vacancy.pk}/"
    own = OutcomeEmail.objects.get(vacancy=vacancy)
    assert (own.subject, own.body, own.updated_by) == ("{title}: our decision", "Dear {name}, no.", rita)
    vacancy.refresh_from_db()
    assert vacancy.show_stages_to_applicants
    assert OutcomeEmail.objects.for_vacancy(vacancy) == own


def test_the_same_text_as_the_default_keeps_no_copy(client_for, rita, vacancy, default_email):
    data = {"subject": default_email.subject, "body": default_email.body.replace("\n", "\r\n")}
    client_for(rita).post(url(vacancy), data)
    assert not OutcomeEmail.objects.filter(vacancy=vacancy).exists()
    vacancy.refresh_from_db()
    assert not vacancy.show_stages_to_applicants


def test_it_refuses_an_unknown_placeholder_and_keeps_the_text(client_for, rita, vacancy, default_email):
    data = {"subject": "About {titel}", "body": "Dear {name}, our <b>answer</b>."}
    response = client_for(rita).post(url(vacancy), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Unknown placeholder {titel}: use {name}, {title}, {organisation}, {url}." in html
    assert 'value="About {titel}"' in html and "Dear {name}, our &lt;b&gt;answer&lt;/b&gt;." in html
    assert not OutcomeEmail.objects.filter(vacancy=vacancy).exists()


def test_it_goes_back_to_the_email_for_every_vacancy(client_for, rita, vacancy, default_email):
    OutcomeEmail.objects.create(vacancy=vacancy, subject="Own", body="Own text")
    client = client_for(rita)
    assert b"This vacancy has its own outcome email." in client.get(url(vacancy)).content
    response = client.post(url(vacancy), {"reset": "1"}, follow=True)
    assert b"The outcome email is the one for every vacancy again." in response.content
    assert OutcomeEmail.objects.for_vacancy(vacancy) == default_email


def test_sam_cannot_read_or_change_ritas_vacancys_emails(client_for, sam, vacancy, default_email):
    client = client_for(sam)
    assert client.get(url(vacancy)).status_code == 404
    assert client.post(url(vacancy), {"subject": "x", "body": "y"}).status_code == 404
    assert not OutcomeEmail.objects.filter(vacancy=vacancy).exists()
