"""The bulk bar (move the ticked candidates to a stage, or compare them) and the comparison page."""

import pytest

from applications.models import Application, StageChange
from candidates.models import Candidate
from tests.factories import CandidateFactory

from .conftest import make_match, scored_candidates

pytestmark = pytest.mark.django_db


def test_bulk_move_moves_the_applicants_and_records_each_change(client_for, rita, vacancy, candidates):
    ids = [candidates["hanna"].pk, candidates["jonas"].pk]
    response = client_for(rita).post(
        f"/recruiting/{vacancy.pk}/bulk/",
        {"action": "move", "stage": "shortlisted", "c": ids},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 204 and response["HX-Trigger"] == '{"shortlist-changed": {}}'
    assert set(Application.objects.filter(stage="shortlisted").values_list("candidate_id", flat=True)) == set(
        ids
    )
    assert StageChange.objects.filter(to_stage="shortlisted", changed_by=rita).count() == 2


def test_bulk_move_refuses_candidates_who_have_not_applied(client_for, rita, vacancy, candidates):
    outsider = CandidateFactory(name="Olaf Pool")
    make_match(vacancy, outsider, applied=False)
    client = client_for(rita)
    client.post(
        f"/recruiting/{vacancy.pk}/bulk/",
        {"action": "move", "stage": "shortlisted", "c": [candidates["hanna"].pk, outsider.pk]},
        HTTP_HX_REQUEST="true",
    )
    # Nobody moved, not even the applicant ticked with them, and nobody was put into the pipeline.
    assert not Application.objects.filter(candidate=outsider).exists()
    assert not StageChange.objects.filter(to_stage="shortlisted").exists()
    page = client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert (
        "Nobody was moved: 1 of them has not applied for this vacancy: stages are for applicants only."
        in page
    )


def test_the_refreshed_table_says_what_happened(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    client.post(
        f"/recruiting/{vacancy.pk}/bulk/",
        {"action": "move", "stage": "screened", "c": [candidates["lena"].pk]},
        HTTP_HX_REQUEST="true",
    )
    page = client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "Moved 1 candidate to Screened." in page


def test_bulk_move_without_javascript_returns_to_the_page(client_for, rita, vacancy, candidates):
    next_url = f"/recruiting/{vacancy.pk}/?sort=name"
    response = client_for(rita).post(
        f"/recruiting/{vacancy.pk}/bulk/",
        {"action": "move", "stage": "interview", "c": [candidates["hanna"].pk], "next": next_url},
    )
    assert response.status_code == 302 and response["Location"] == next_url
    assert Application.objects.get(candidate=candidates["hanna"]).stage == "interview"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "move", "stage": "screened"}, "Select candidates first."),
        ({"action": "move"}, "Choose the stage"),
    ],
)
def test_bulk_move_explains_what_is_missing(client_for, rita, vacancy, candidates, data, message):
    data = {**data, **({"c": [candidates["hanna"].pk]} if "stage" not in data else {})}
    client = client_for(rita)
    client.post(f"/recruiting/{vacancy.pk}/bulk/", data)
    assert message in client.get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert not StageChange.objects.exclude(to_stage="new").exists()


def test_bulk_compare_goes_to_the_comparison(client_for, rita, vacancy, candidates):
    ids = [candidates["hanna"].pk, candidates["lena"].pk]
    client = client_for(rita)
    response = client.post(
        f"/recruiting/{vacancy.pk}/bulk/", {"action": "compare", "c": ids}, HTTP_HX_REQUEST="true"
    )
    assert response["HX-Redirect"] == f"/recruiting/{vacancy.pk}/compare/?c={ids[0]}&c={ids[1]}"
    response = client.post(f"/recruiting/{vacancy.pk}/bulk/", {"action": "compare", "c": ids})
    assert (
        response.status_code == 302
        and response["Location"] == f"/recruiting/{vacancy.pk}/compare/?c={ids[0]}&c={ids[1]}"
    )


def test_comparing_one_candidate_says_so_on_the_shortlist(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    response = client.post(
        f"/recruiting/{vacancy.pk}/bulk/",
        {"action": "compare", "c": [candidates["hanna"].pk]},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 204 and "HX-Redirect" not in response
    table = client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true").content.decode()  # the refresh
    assert "Tick 2 to 4 candidates to compare them; you ticked 1." in table


def test_compare_shows_the_candidates_criterion_by_criterion(client_for, rita, vacancy, candidates):
    c = candidates
    page = (
        client_for(rita)
        .get(f"/recruiting/{vacancy.pk}/compare/?c={c['lena'].pk}&c={c['hanna'].pk}&c={c['jonas'].pk}")
        .content.decode()
    )
    assert (
        page.index("Lena Novak") < page.index("Hanna Berg") < page.index("Jonas Weber")
    )  # in the order chosen
    for criterion in ("Degree", "Experience", "Languages", "Competencies", "Desirable", "Relevance"):
        assert f'<th scope="row">{criterion}</th>' in page
    # The engine's words for lena's profile, worked out when read.
    assert "Experience: none, at least 2 years required" in page
    assert "Languages: English below V (IV stated)" in page


@pytest.mark.parametrize("count", [0, 1, 5])
def test_compare_needs_two_to_four(client_for, rita, vacancy, count):
    ids = [c.pk for c in scored_candidates(vacancy, 5)][:count]
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/compare/", {"c": ids})
    assert response.status_code == 400
    assert f"Choose between 2 and 4 candidates to compare; you chose {count}." in response.content.decode()


def test_compare_escapes_names(client_for, rita, vacancy, candidates):
    Candidate.objects.filter(pk=candidates["hanna"].pk).update(name="<script>alert(1)</script>")
    page = (
        client_for(rita)
        .get(f"/recruiting/{vacancy.pk}/compare/?c={candidates['hanna'].pk}&c={candidates['lena'].pk}")
        .content.decode()
    )
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
