"""Blind review hides who a candidate is until the chosen stage: in the table, detail, compare and exports."""

import pytest

from applications.services import add_to_pipeline, move_to_stage
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def blind(vacancy):
    Vacancy.objects.filter(pk=vacancy.pk).update(blind_review=True, reveal_stage="interview")
    vacancy.refresh_from_db()
    return vacancy


def test_the_switch_turns_it_on_and_refreshes_the_table(client_for, rita, vacancy, candidates):
    response = client_for(rita).post(
        f"/recruiting/{vacancy.pk}/blind-review/",
        {"blind_review": "on", "reveal_stage": "shortlisted"},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert page.lstrip().startswith('<form id="blind-review"') and " checked" in page
    assert response["HX-Trigger"] == '{"shortlist-changed": {}}'
    vacancy.refresh_from_db()
    assert vacancy.blind_review and vacancy.reveal_stage == "shortlisted"


def test_the_switch_works_without_javascript(client_for, rita, vacancy):
    response = client_for(rita).post(f"/recruiting/{vacancy.pk}/blind-review/", {"reveal_stage": "offer"})
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert not vacancy.blind_review and vacancy.reveal_stage == "offer"


def test_the_table_shows_numbers_instead_of_names(client_for, rita, blind, candidates):
    page = client_for(rita).get(f"/recruiting/{blind.pk}/").content.decode()
    for name in ("Hanna Berg", "Jonas Weber", "Lena Novak"):
        assert name not in page
    assert f"Candidate #{candidates['hanna'].pk}" in page
    assert "Norway" not in page.split('id="shortlist-table"')[1]  # no nationality in the rows
    assert 'name="nationality"' not in page  # nor a filter on it


def test_names_show_from_the_reveal_stage_on(client_for, rita, blind, candidates):
    applications = add_to_pipeline(blind, [candidates["hanna"], candidates["jonas"]], by=rita)
    move_to_stage(applications[:1], "interview", by=rita)
    move_to_stage(applications[1:], "rejected", by=rita)
    page = client_for(rita).get(f"/recruiting/{blind.pk}/").content.decode()
    assert "Hanna Berg" in page and "Jonas Weber" not in page


def test_searching_by_name_finds_nothing(client_for, rita, blind, candidates):
    response = client_for(rita).get(f"/recruiting/{blind.pk}/?q=Hanna&nationality=Norway")
    assert response.context_data["rows"] == []


def test_sorting_by_name_does_not_give_the_alphabet_away(client_for, rita, blind, candidates):
    response = client_for(rita).get(f"/recruiting/{blind.pk}/?sort=name")
    assert [r.candidate_id for r in response.context_data["rows"]] == sorted(
        c.pk for c in candidates.values()
    )


def test_the_detail_hides_name_email_nationality_and_institution(client_for, rita, blind, candidates):
    from candidates.models import Education

    Education.objects.filter(candidate=candidates["hanna"]).update(
        institution="University of Oslo", year=2012
    )
    page = (
        client_for(rita).get(f"/recruiting/{blind.pk}/candidates/{candidates['hanna'].pk}/").content.decode()
    )
    for secret in ("Hanna Berg", candidates["hanna"].email, "Norway", "University of Oslo"):
        assert secret not in page
    assert "International Relations" in page and "2012" in page


def test_compare_and_exports_are_blind_too(client_for, rita, blind, candidates):
    client = client_for(rita)
    compare = client.get(
        f"/recruiting/{blind.pk}/compare/?c={candidates['hanna'].pk}&c={candidates['lena'].pk}"
    )
    exported = client.get(f"/recruiting/{blind.pk}/export.csv").content.decode()
    for page in (compare.content.decode(), exported):
        assert "Hanna Berg" not in page and "Norway" not in page and candidates["hanna"].email not in page
        assert f"Candidate #{candidates['hanna'].pk}" in page
