"""Changing a stage is deliberate: the row's dropdown sends nothing by itself, a closing stage is confirmed first
(by a page when there is no JavaScript), and the recruiter sees when the applicant will be emailed, with Undo."""

import pytest
from django.core import mail

from applications.models import Application, Stage, StageChange
from applications.services import apply

from .conftest import make_match

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _undo_window(settings):
    settings.STAGE_EMAIL_DELAY_SECONDS = 120


@pytest.fixture
def alices(alice, vacancy):
    """alice applied to rita's vacancy and is scored for it."""
    make_match(vacancy, alice.candidate, verdict=2, score=88.0, applied=False)
    return apply(alice.candidate, vacancy)


def stage_url(vacancy, candidate) -> str:
    return f"/recruiting/{vacancy.pk}/candidates/{candidate.pk}/stage/"


def test_the_rows_dropdown_sends_nothing_by_itself(client_for, rita, vacancy, alices, alice):
    html = client_for(rita).get(f"/recruiting/{vacancy.pk}/").content.decode()
    select = html[html.index(f'id="stage-{alice.candidate.pk}"') :].split("</select>")[0]
    assert "hx-post" not in select and "hx-trigger" not in select
    assert f'id="stage-save-{alice.candidate.pk}" form="stage-form-{alice.candidate.pk}"' in html
    assert 'data-confirm="Move Alice Martin to Rejected?' in html  # the dialog's question, for the script
    assert "/static/js/stages.js" in html


def test_a_saved_move_shows_when_the_applicant_is_emailed_and_undo_takes_it_back(
    client_for, rita, vacancy, alices, alice, django_capture_on_commit_callbacks
):
    client = client_for(rita)
    with django_capture_on_commit_callbacks(execute=True):
        row = client.post(stage_url(vacancy, alice.candidate), {"stage": "shortlisted", "rank": "1"}, **HTMX)
    html = row.content.decode()
    assert html.lstrip().startswith(f'<tr id="row-{alice.candidate.pk}"') and "<html" not in html
    assert "Email to applicant at" in html and 'name="undo" value="new"' in html
    assert mail.outbox == []  # not before the undo window is over

    # Undo: the dropdown still says Shortlisted, the button says where to go back to.
    with django_capture_on_commit_callbacks(execute=True) as queued:
        row = client.post(
            stage_url(vacancy, alice.candidate), {"stage": "shortlisted", "undo": "new"}, **HTMX
        )
    assert Application.objects.get().stage == Stage.NEW and queued == []
    assert "Email to applicant at" not in row.content.decode()
    assert "Email to applicant at" not in client.get(f"/recruiting/{vacancy.pk}/").content.decode()


def test_the_candidate_page_says_when_the_applicant_is_emailed_and_what_was(
    client_for, rita, vacancy, alices, alice, settings, django_capture_on_commit_callbacks
):
    client = client_for(rita)
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    with django_capture_on_commit_callbacks(execute=True):
        client.post(stage_url(vacancy, alice.candidate), {"stage": "screened"})
    settings.STAGE_EMAIL_DELAY_SECONDS = 120
    client.post(stage_url(vacancy, alice.candidate), {"stage": "offer"})
    html = client.get(f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/").content.decode()
    assert "New → Screened" in html and "by Rita Recruiter · emailed" in html
    assert "The applicant is emailed about “Offer” at" in html
    assert "Undo: back to Screened" in html and len(mail.outbox) == 1


def test_without_javascript_rejecting_asks_on_a_page_first(client_for, rita, vacancy, alices, alice):
    client = client_for(rita)
    next_url = f"/recruiting/{vacancy.pk}/?verdict=eligible"
    page = client.post(stage_url(vacancy, alice.candidate), {"stage": "rejected", "next": next_url})
    html = page.content.decode()
    assert page.status_code == 200 and "Move Alice Martin to Rejected?" in html
    assert '<input type="hidden" name="stage" value="rejected">' in html
    assert '<input type="hidden" name="confirmed" value="1">' in html
    assert f'href="{next_url}"' in html
    assert Application.objects.get().stage == Stage.NEW

    done = client.post(
        stage_url(vacancy, alice.candidate), {"stage": "rejected", "next": next_url, "confirmed": "1"}
    )
    assert done.status_code == 302 and done["Location"] == next_url
    assert Application.objects.get().stage == Stage.REJECTED


def test_an_unconfirmed_htmx_rejection_shows_the_question_in_the_page(
    client_for, rita, vacancy, alices, alice
):
    response = client_for(rita).post(stage_url(vacancy, alice.candidate), {"stage": "rejected"}, **HTMX)
    assert response["HX-Retarget"] == "#main" and "<html" not in response.content.decode()
    assert "Move Alice Martin to Rejected?" in response.content.decode()
    assert not StageChange.objects.filter(to_stage=Stage.REJECTED).exists()


def test_a_bulk_rejection_is_confirmed_then_says_who_is_emailed(
    client_for, rita, vacancy, alices, alice, candidates
):
    client = client_for(rita)
    ids = [alice.candidate.pk, candidates["hanna"].pk]
    data = {"action": "move", "stage": "rejected", "c": ids}
    page = client.post(f"/recruiting/{vacancy.pk}/bulk/", data).content.decode()
    assert "Move 2 candidates to Rejected?" in page
    assert all(f'<input type="hidden" name="c" value="{pk}">' in page for pk in ids)
    assert not StageChange.objects.filter(to_stage=Stage.REJECTED).exists()

    done = client.post(f"/recruiting/{vacancy.pk}/bulk/", {**data, "confirmed": "1"}, follow=True)
    html = done.content.decode()
    assert "Moved 2 candidates to Rejected." in html
    assert "1 applicant is emailed about it in 2 minutes, unless moved back before then." in html
    assert set(Application.objects.filter(candidate_id__in=ids).values_list("stage", flat=True)) == {
        Stage.REJECTED
    }


def test_a_bulk_move_to_an_open_stage_needs_no_confirmation(client_for, rita, vacancy, candidates):
    data = {"action": "move", "stage": "screened", "c": [candidates["hanna"].pk]}
    client_for(rita).post(f"/recruiting/{vacancy.pk}/bulk/", data)
    assert Application.objects.get(candidate=candidates["hanna"]).stage == Stage.SCREENED


def test_a_move_of_someone_with_no_account_promises_no_email(client_for, rita, vacancy):
    """A candidate who applied without an account (imported with their application) is never emailed about
    a stage, so neither the row's dialog nor the page without JavaScript says they will be."""
    from tests.factories import CandidateFactory

    piotr = CandidateFactory(name="Piotr Nowak")
    assert piotr.user_id is None
    make_match(vacancy, piotr, verdict=2, score=70.0)
    client = client_for(rita)
    shortlist = client.get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert "Move Piotr Nowak to Rejected? They have no account here, so no email is sent." in shortlist
    assert "Move Piotr Nowak to Rejected? An applicant is emailed" not in shortlist
    page = client.post(stage_url(vacancy, piotr), {"stage": "rejected"}).content.decode()
    assert "They have no account here, so no email is sent." in page and "is emailed about it" not in page
    client.post(stage_url(vacancy, piotr), {"stage": "rejected", "confirmed": "1"})
    assert Application.objects.get(candidate=piotr).stage == Stage.REJECTED
    assert not StageChange.objects.pending().exists() and not mail.outbox


def test_a_move_of_an_applicant_with_an_account_still_says_they_are_emailed(
    client_for, rita, vacancy, alices
):
    shortlist = client_for(rita).get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert "Move Alice Martin to Rejected? An applicant is emailed about it in 2 minutes" in shortlist
