"""The shortlist's table is kept whole per generation of the vacancy (recruiting.generations): every writer
must make the next request show its change. Each test renders, writes through the real path, renders again:
without the bump the second request is answered from the cache, and the test fails.

Each test runs three times: on a quiet vacancy; while a run rescores it with another web process rendering the
table's next answer (``answers.claim`` held); and with the answer kept before a run that begins just after it,
the rendering claimed elsewhere likewise. Then a request that misses is served the answer before unless a
person wrote since (``generations.kept_or_previous``): a writer whose bump counted as a run's chunk (or no bump)
would leave the old row on the page, and the test fails."""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone

from access import answers
from accounts.models import User
from accounts.privacy import erase_account
from applications import invitations
from applications.models import Application
from applications.services import withdraw
from candidates.models import Candidate, LanguageSkill
from candidates.services import profile_changed, set_consent
from matching.models import MatchResult, ScoringChunk
from matching.rescoring import plan_run, rescore_pair
from matching.services import score_chunk
from recruiting import generations, services
from recruiting.queries import running_runs
from tests.factories import UserFactory
from tests.recruiting.shortlist_html import row_of, table
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


DURING, AFTER = "during", "after"  # a run begun before the test's first answer, or just after it
_RUN = {"begun": None}


@pytest.fixture(
    autouse=True,
    params=[None, DURING, AFTER],
    ids=["quiet", "during a run, rendered elsewhere", "a run begun after the answer, rendered elsewhere"],
)
def during_a_run(request):
    """The second time, a run rescores the vacancy (planned, its chunks never scored) and ``kept_table`` leaves
    the rendering of the table's next answer claimed by another process; the third time, ``kept_table``
    begins the run after keeping its answer (from before the run), then claims likewise."""
    if request.param == DURING and "vacancy" in request.fixturenames:
        if "candidates" in request.fixturenames:
            request.getfixturevalue("candidates")
        begin_a_run(request.getfixturevalue("vacancy"))
    _RUN["begun"] = request.param
    yield request.param
    _RUN["begun"] = None


def begin_a_run(vacancy) -> None:
    """A rescoring of the vacancy's scored candidates, planned (running), its chunks never scored."""
    scored = MatchResult.objects.filter(vacancy=vacancy).values_list("candidate_id", flat=True)
    plan_run(reason="a run in progress", blocks=[([vacancy.pk], list(scored))], vacancy=vacancy)


def kept_table(client, vacancy, query: str = "") -> str:
    """The table, rendered once and then served from the cache: what a writer's change must get past."""
    first = table(client, vacancy, query)
    again = client.get(f"/recruiting/{vacancy.pk}/?{query}", HTTP_HX_REQUEST="true")
    assert not hasattr(again, "context_data")  # served from the cache, not rendered
    assert without_tokens(again.content.decode()) == without_tokens(first)
    if _RUN["begun"] == AFTER and not running_runs(vacancy).exists():
        begin_a_run(vacancy)
    if _RUN["begun"]:
        rendering_elsewhere(client, vacancy, query)
    return first


def rendering_elsewhere(client, vacancy, query: str = "", *, page: bool = False) -> None:
    """Another web process has claimed the rendering of this table's (or whole ``page``'s) next answer, as
    ``kept_or_previous`` claims it (the key of the latest answer) and as ``answers.rendered_elsewhere`` does
    (this generation's key), worked out from the same request and vacancy row."""
    headers = {} if page else {"HTTP_HX_REQUEST": "true"}
    request = RequestFactory().get(f"/recruiting/{vacancy.pk}/?{query}", **headers)
    request.user = user = User.objects.get(pk=client.session["_auth_user_id"])
    row = generations.with_generation(Vacancy.objects.filter(pk=vacancy.pk)).get()
    row.rescoring = running_runs(vacancy).exists()
    part = f"page:{user.pk}:{user.email}" if page else "table"
    assert answers.claim(generations.cache_key(request, row, "latest", part))
    now = part + (f":{row.rescoring}" if page else "")
    answers.claim(generations.cache_key(request, row, generations.of(row), now))


def without_tokens(page: str) -> str:
    """The page with its CSRF tokens left out: each response masks the token afresh."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page)


def test_the_table_is_kept_per_generation_and_served_without_rendering(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    before = generations.of(vacancy)
    kept_table(client, vacancy)
    assert generations.of(vacancy) == before  # reading bumps nothing
    services.rate(vacancy, candidates["hanna"].pk, 3, by=rita)
    assert generations.of(vacancy) > before
    # A full page shows the kept table too, each with the request's own CSRF token.
    page = client.get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert (
        "csrf-token-of-the-request" not in page
        and row_of(table(client, vacancy), candidates["hanna"]) in page
    )


def test_a_stage_change_and_its_undo(client_for, rita, vacancy, candidates):
    client, hanna = client_for(rita), candidates["hanna"]
    assert '<option value="new" selected>' in row_of(kept_table(client, vacancy), hanna)
    response = client.post(f"/recruiting/{vacancy.pk}/candidates/{hanna.pk}/stage/", {"stage": "interview"})
    assert response.status_code == 302
    assert '<option value="interview" selected>' in row_of(table(client, vacancy), hanna)
    assert "interview" in table(client, vacancy, "stage=interview")


def test_a_rating(client_for, rita, vacancy, candidates):
    client, hanna = client_for(rita), candidates["hanna"]
    assert "★" not in row_of(kept_table(client, vacancy), hanna)
    client.post(f"/recruiting/{vacancy.pk}/candidates/{hanna.pk}/rating/", {"stars": 4})
    assert "4.0★" in row_of(table(client, vacancy), hanna)


def test_a_note_counted_in_the_filters(client_for, rita, vacancy, candidates):
    """A note is not in the row; it still makes a new generation (nothing about a candidate is kept stale)."""
    client, hanna = client_for(rita), candidates["hanna"]
    kept_table(client, vacancy)
    before = generations.of(vacancy)
    client.post(f"/recruiting/{vacancy.pk}/candidates/{hanna.pk}/notes/", {"text": "Strong planner."})
    assert generations.of(vacancy) > before


def test_a_new_result_from_the_real_scoring_task(client_for, rita, vacancy, candidates):
    client, hanna = client_for(rita), candidates["hanna"]
    stored = MatchResult.objects.get(vacancy=vacancy, candidate=hanna)
    assert f"<strong>{stored.score:.0f}</strong>" in row_of(kept_table(client, vacancy), hanna)
    run = rescore_pair(vacancy, hanna, reason="test")
    for chunk in ScoringChunk.objects.filter(run=run):
        score_chunk(chunk.pk)
    scored = MatchResult.objects.get(vacancy=vacancy, candidate=hanna)
    assert round(scored.score) != round(stored.score)  # the engine's score differs from the fixture's
    assert f"<strong>{scored.score:.0f}</strong>" in row_of(table(client, vacancy), hanna)


def test_a_decision_on_an_essential_line(client_for, rita, vacancy, candidates):
    client, jonas = client_for(rita), candidates["jonas"]
    logistics = "Experience in logistics planning for deployed forces"
    vacancy.essential = ["Hold a university degree", logistics]
    vacancy.save()
    for chunk in ScoringChunk.objects.filter(run=rescore_pair(vacancy, jonas, reason="test")):
        score_chunk(chunk.pk)  # the engine's lines: logistics is left to be assessed
    assert "1 essential line to assess" in row_of(kept_table(client, vacancy), jonas)
    client.post(
        f"/recruiting/{vacancy.pk}/candidates/{jonas.pk}/essentials/",
        {"line": logistics, "outcome": "not_met", "reason": "No deployment."},
    )
    row = row_of(table(client, vacancy), jonas)
    assert f"Decided not met: “{logistics}”" in row and "essential line to assess" not in row


def test_a_withdrawal(client_for, rita, vacancy, candidates):
    client, jonas = client_for(rita), candidates["jonas"]
    assert '<option value="new" selected>' in row_of(kept_table(client, vacancy), jonas)
    withdraw(Application.objects.get(vacancy=vacancy, candidate=jonas))
    row = row_of(table(client, vacancy), jonas)
    assert '<option value="withdrawn" selected' in row


def test_an_erasure(client_for, rita, vacancy, candidates):
    client, lena = client_for(rita), candidates["lena"]
    lena.user = UserFactory(email="lena@example.org")
    lena.save()
    assert "Lena Novak" in kept_table(client, vacancy)
    erase_account(lena.user)
    assert not Candidate.objects.filter(pk=lena.pk).exists()
    assert "Lena Novak" not in table(client, vacancy)


def test_a_name_a_language_and_a_profile_change(client_for, rita, vacancy, candidates):
    client, jonas = client_for(rita), candidates["jonas"]
    assert "Jonas Weber" in kept_table(client, vacancy)
    jonas.name = "Jonas Weber-Lang"
    jonas.save()
    assert "Jonas Weber-Lang" in table(client, vacancy)
    kept_table(client, vacancy, "language=Italian&language_level=III")
    LanguageSkill.objects.create(candidate=jonas, language="Italian", level="IV")
    assert "Jonas Weber-Lang" in table(client, vacancy, "language=Italian&language_level=III")
    assert "updating" not in row_of(kept_table(client, vacancy), jonas)
    profile_changed(jonas)  # a new profile version: the row is marked stale until rescored
    assert "updating" in row_of(table(client, vacancy), jonas)


def test_an_invitation_and_a_consent_withdrawn_in_the_pool(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    guest = Candidate.objects.get(pk=candidates["hanna"].pk)
    Application.objects.filter(vacancy=vacancy, candidate=guest).delete()  # back in the pool
    set_consent(guest, given=True)
    page = kept_table(client, vacancy, "view=pool")
    assert "Hanna Berg" in page and "Invited by" not in row_of(page, guest)
    invitations.invite_to_apply(vacancy, [guest.pk], by=rita)
    assert "Invited by" in row_of(table(client, vacancy, "view=pool"), guest)
    set_consent(guest, given=False)
    assert "Hanna Berg" not in table(client, vacancy, "view=pool")


def test_blind_review_is_in_the_key(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    assert "Hanna Berg" in kept_table(client, vacancy)
    services.set_blind_review(vacancy, blind_review=True, reveal_stage="interview")
    assert "Hanna Berg" not in table(client, vacancy)


def test_a_pending_email_is_kept_only_until_its_undo_window_ends(settings):
    settings.STAGE_EMAIL_DELAY_SECONDS = 120
    now = timezone.now()
    assert generations.keep_for([now + dt.timedelta(seconds=90), None]) in (89, 90)
    assert generations.keep_for([None]) == generations.KEEP_SECONDS
    assert generations.keep_for([now - dt.timedelta(seconds=5)]) == 1
    cache.clear()


def test_my_vacancies_is_kept_until_a_count_changes(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    first = client.get("/recruiting/")
    again = client.get("/recruiting/")
    assert hasattr(first, "context_data") and not hasattr(again, "context_data")  # the second one kept
    assert [v.in_interview for v in first.context_data["vacancies"]] == [0]
    services.move_candidates(vacancy, [candidates["hanna"].pk], "interview", by=rita)
    [row] = client.get("/recruiting/").context_data["vacancies"]
    assert row.in_interview == 1
    vacancy.title = "Policy Officer (renamed)"
    vacancy.save()
    assert "Policy Officer (renamed)" in client.get("/recruiting/").content.decode()


def test_an_answer_rendered_in_one_web_process_is_served_to_the_others(
    client_for, rita, vacancy, candidates, settings
):
    """With a cache the web processes share (SHARED_CACHE_URL; a local stand-in here), a table rendered by one
    process is served by another whose own cache is empty, until a write bumps the generation."""
    shared = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared-answers"}
    settings.CACHES = {**settings.CACHES, "shared": shared}
    client = client_for(rita)
    first = table(client, vacancy)
    cache.clear()  # another process
    again = client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true")
    assert not hasattr(again, "context_data")  # not rendered: from the shared cache
    assert without_tokens(again.content.decode()) == without_tokens(first)
    services.rate(vacancy, candidates["hanna"].pk, 2, by=rita)
    cache.clear()
    assert "2.0★" in row_of(table(client, vacancy), candidates["hanna"])
