"""Editing a vacancy's weights rescores it; the shortlist shows the progress and refreshes when done."""

import pytest

from matching.models import ScoringChunk, ScoringRun
from reference.data import DEFAULT_WEIGHTS

pytestmark = pytest.mark.django_db

DEFAULTS = {
    "degree": "15",
    "experience": "25",
    "languages": "20",
    "competencies": "15",
    "desirable": "15",
    "relevance": "10",
}


def test_the_form_starts_from_the_defaults(client_for, rita, vacancy):
    page = client_for(rita).get(f"/recruiting/{vacancy.pk}/weights/").content.decode()
    default = DEFAULT_WEIGHTS["experience"]
    assert f'name="experience" value="{default}"' in page and f"Default {default}" in page


def test_saving_bumps_the_version_and_rescores(
    client_for, rita, vacancy, candidates, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        response = client_for(rita).post(
            f"/recruiting/{vacancy.pk}/weights/", {**DEFAULTS, "experience": "60"}
        )
    assert response.status_code == 302 and response["Location"] == f"/recruiting/{vacancy.pk}/"
    vacancy.refresh_from_db()
    assert vacancy.weights["experience"] == 60 and vacancy.requirements_version == 2
    run = ScoringRun.objects.get(vacancy=vacancy)
    assert run.status == "running" and run.reason == f"weights changed by user #{rita.pk}"
    page = client_for(rita).get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert 'hx-trigger="every 2s"' in page and "Rescoring" in page  # the progress bar
    assert page.count(">updating</span>") == 3  # every row is stale now


def test_it_returns_to_the_shortlist_as_the_recruiter_left_it(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    shortlist = f"http://testserver/recruiting/{vacancy.pk}/?verdict=eligible&min_score=70"
    page = client.get(f"/recruiting/{vacancy.pk}/weights/", HTTP_REFERER=shortlist).content.decode()
    kept = f"/recruiting/{vacancy.pk}/?verdict=eligible&amp;min_score=70"
    assert f'name="next" value="{kept}"' in page and f'<a href="{kept}">Cancel</a>' in page
    response = client.post(
        f"/recruiting/{vacancy.pk}/weights/",
        {**DEFAULTS, "experience": "30", "next": kept.replace("&amp;", "&")},
    )
    assert response["Location"] == f"/recruiting/{vacancy.pk}/?verdict=eligible&min_score=70"
    # Anywhere else (another site, another vacancy) is not followed.
    for elsewhere in ("https://evil.example/recruiting/1/", f"/recruiting/{vacancy.pk + 1}/?q=x"):
        response = client.post(f"/recruiting/{vacancy.pk}/weights/", {**DEFAULTS, "next": elsewhere})
        assert response["Location"] == f"/recruiting/{vacancy.pk}/"


@pytest.mark.parametrize("change", [{"degree": "101"}, {"degree": "-1"}, {"degree": "x"}])
def test_weights_are_0_to_100(client_for, rita, vacancy, change):
    response = client_for(rita).post(f"/recruiting/{vacancy.pk}/weights/", {**DEFAULTS, **change})
    assert response.status_code == 200
    vacancy.refresh_from_db()
    assert vacancy.requirements_version == 1


def test_all_zero_is_refused(client_for, rita, vacancy):
    response = client_for(rita).post(f"/recruiting/{vacancy.pk}/weights/", dict.fromkeys(DEFAULTS, "0"))
    assert "At least one criterion needs a weight above 0." in response.content.decode()


def test_progress_polls_while_running_then_stops_and_asks_for_a_refresh(client_for, rita, vacancy):
    run = ScoringRun.objects.create(reason="test", vacancy=vacancy, total_pairs=10)
    chunk = ScoringChunk.objects.create(run=run, vacancy_ids=[vacancy.pk], candidate_ids=[1], pairs=10)
    ScoringChunk.objects.create(run=run, vacancy_ids=[vacancy.pk], candidate_ids=[2], pairs=10, status="done")
    client = client_for(rita)
    running = client.get(f"/recruiting/{vacancy.pk}/progress/", HTTP_HX_REQUEST="true")
    assert running.status_code == 200 and 'value="10" max="10"' in running.content.decode()
    assert "<html" not in running.content.decode()
    ScoringChunk.objects.filter(pk=chunk.pk).update(status="done")
    ScoringRun.objects.filter(pk=run.pk).update(status="done")
    done = client.get(f"/recruiting/{vacancy.pk}/progress/", HTTP_HX_REQUEST="true")
    assert done.status_code == 286 and done["HX-Trigger"] == '{"scores-updated": {}}'
    assert "Scores are up to date." in done.content.decode()
