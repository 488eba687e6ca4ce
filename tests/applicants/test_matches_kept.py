"""My matches is kept whole per state of what it shows (``applicants.services.matches_state``): every change
to what the page shows must make the next request show it. Each test renders the page twice (the second is
served from the cache, not rendered: ``kept_page`` checks it), changes something through the real path, and
renders again: were that change missing from the state, the third request would be the kept page, and the
test fails."""

import datetime as dt
import re

import pytest
import time_machine
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from applicants.tokens import email_verification_token
from applications.models import Stage
from applications.services import apply, move_to_stage
from candidates.services import profile_changed, set_consent
from matching.models import MatchResult, ScoringChunk
from matching.rescoring import rescore_pair
from matching.services import score_chunk
from tests.factories import VacancyFactory
from vacancies.models import Vacancy
from vacancies.services import add_notice_text

pytestmark = pytest.mark.django_db
LINE = "proven experience in logistics planning for deployed forces"


def without_tokens(page: str) -> str:
    """The page with its CSRF tokens left out: each response masks the token afresh."""
    page = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page)
    return re.sub(r'"X-CSRFToken": "[^"]+"', "", page)


def kept_page(client, path: str = "/me/matches/", **headers) -> str:
    """The page rendered once, then served from the cache: what a change must get past."""
    first = client.get(path, **headers)
    again = client.get(path, **headers)
    assert first.templates and not again.templates  # the second is served from the cache, not rendered
    assert without_tokens(again.content.decode()) == without_tokens(first.content.decode())
    return first.content.decode()


def page(client, path: str = "/me/matches/", **headers) -> str:
    return client.get(path, **headers).content.decode()


@pytest.fixture
def planner(alice, make_match, rita):
    vacancy = VacancyFactory(title="Logistics Planner", essential=[LINE])
    vacancy.recruiters.add(rita)
    make_match(vacancy, alice.candidate, verdict=1, score=90.2)
    return vacancy


def test_the_kept_page_carries_the_requests_own_token(client_for, alice, planner):
    client = client_for(alice)
    kept_page(client)
    again = client.get("/me/matches/")
    html = again.content.decode()
    assert "csrf-token-of-the-request" not in html and again.cookies["csrftoken"].value
    assert re.search(r'"X-CSRFToken": "[A-Za-z0-9]{64}"', html)


def test_another_applicant_never_gets_alices_page(client_for, alice, bob, planner):
    kept_page(client_for(alice))
    assert "Logistics Planner" in page(client_for(bob)) and "90</strong>" not in page(client_for(bob))


def test_a_new_result_from_the_real_scoring_task(client_for, alice, planner):
    client = client_for(alice)
    assert "<strong>90</strong>" in kept_page(client)
    for chunk in ScoringChunk.objects.filter(run=rescore_pair(planner, alice.candidate, reason="test")):
        score_chunk(chunk.pk)
    scored = MatchResult.objects.get(vacancy=planner, candidate=alice.candidate)
    assert round(scored.score) != 90  # the engine's score differs from the fixture's
    assert f"<strong>{scored.score:.0f}</strong>" in page(client)


def test_a_recruiters_decision_on_an_essential_line(client_for, alice, rita, planner):
    client = client_for(alice)
    assert f'Your profile does not show: "{LINE}"' in kept_page(client)
    response = client_for(rita).post(
        f"/recruiting/{planner.pk}/candidates/{alice.candidate.pk}/essentials/",
        {"line": LINE, "outcome": "not_met", "reason": "No deployment."},
    )
    assert response.status_code in (200, 302)
    assert f'A recruiter assessed "{LINE}": you do not meet it' in page(client)


def test_applying_and_a_rejection_once_its_undo_window_has_passed(client_for, alice, rita, planner, settings):
    client = client_for(alice)
    assert ">Applied</a>" not in kept_page(client)
    application = apply(alice.candidate, planner)
    assert ">Applied</a>" in kept_page(client)
    settings.STAGE_EMAIL_DELAY_SECONDS = 120
    move_to_stage([application], Stage.REJECTED, by=rita)
    assert ">Applied</a>" in kept_page(client)  # rita may still undo it
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=121)):  # no write: only time passes
        assert ">Not selected</a>" in page(client)


def test_a_profile_change_then_consent_withdrawn(client_for, alice, planner):
    client = client_for(alice)
    assert "being updated" not in kept_page(client)
    profile_changed(alice.candidate)
    assert "Your matches are being updated" in kept_page(client)
    set_consent(alice.candidate, given=False)
    assert "The open vacancies, without your matches" in page(client)


def test_a_recruiters_correction_and_the_vacancy_closing(client_for, alice, planner):
    client = client_for(alice)
    assert "Logistics Planner" in kept_page(client)
    planner.title = "Senior Logistics Planner"
    planner.save()
    assert "Senior Logistics Planner" in kept_page(client)
    planner.close()
    assert "Logistics Planner" not in page(client)


def test_a_deadline_passing(client_for, alice, planner):
    Vacancy.objects.filter(pk=planner.pk).update(deadline=timezone.localdate())
    client = client_for(alice)
    assert "Logistics Planner" in kept_page(client)
    with time_machine.travel(timezone.now() + dt.timedelta(days=1)):
        assert "Logistics Planner" not in page(client)


def test_the_notice_in_the_readers_language_corrected(client_for, alice, planner):
    client = client_for(alice)
    add_notice_text(planner, "Avis: planificateur", {"language": "fr", "title": "Planificateur"}, "Avis")
    assert "Planificateur" in kept_page(client, HTTP_ACCEPT_LANGUAGE="fr")
    parsed = {"language": "fr", "title": "Planificateur logistique"}  # the same notice, read again
    add_notice_text(planner, "Avis de vacance: planificateur logistique", parsed, "Avis de vacance")
    assert "Planificateur logistique" in page(client, HTTP_ACCEPT_LANGUAGE="fr")


def test_a_message_is_shown_once_never_kept(client_for, alice, planner):
    """The verification link lands on My matches with its thanks: shown on that request only."""
    client = client_for(alice)
    kept_page(client)
    uid = urlsafe_base64_encode(force_bytes(alice.pk))
    link = f"/me/verify/{uid}/{email_verification_token.make_token(alice)}/"
    response = client.get(link, follow=True)
    thanks = "your email address is verified"
    assert response.redirect_chain[-1][0] == "/me/matches/" and thanks in response.content.decode()
    assert thanks not in page(client)


def test_a_rescoring_that_gives_the_same_result_keeps_the_page(client_for, alice, planner):
    """Keyed by what a card shows, not by when its result was computed: a run that stores the same figures
    again (most pairs, when other data changed) leaves the page as kept (issue 16, point 10)."""
    client = client_for(alice)
    for chunk in ScoringChunk.objects.filter(run=rescore_pair(planner, alice.candidate, reason="test")):
        score_chunk(chunk.pk)
    scored = kept_page(client)
    computed = MatchResult.objects.get(vacancy=planner, candidate=alice.candidate).computed_at
    for chunk in ScoringChunk.objects.filter(run=rescore_pair(planner, alice.candidate, reason="again")):
        score_chunk(chunk.pk)
    assert MatchResult.objects.get(vacancy=planner, candidate=alice.candidate).computed_at > computed
    again = client.get("/me/matches/")
    assert not again.templates  # served from the cache
    assert without_tokens(again.content.decode()) == without_tokens(scored)
