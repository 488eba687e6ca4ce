"""My vacancies: the vacancies a recruiter may see, with their counts, in a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from applications.models import Application
from applications.services import add_to_pipeline, move_to_stage
from matching.models import ScoringRun
from tests.factories import CandidateFactory, VacancyFactory

from .conftest import scored_candidates

pytestmark = pytest.mark.django_db


def test_it_lists_the_vacancies_with_their_counts(client_for, rita, vacancy, candidates):
    add_to_pipeline(vacancy, [CandidateFactory()], by=rita)  # added by a recruiter: not an applicant
    move_to_stage(Application.objects.filter(candidate=candidates["hanna"]), "interview", by=rita)
    response = client_for(rita).get("/recruiting/")
    [row] = response.context_data["vacancies"]
    assert (row.scored, row.eligible, row.to_assess, row.in_new, row.in_interview) == (3, 1, 1, 2, 1)
    page = response.content.decode()
    assert f'href="/recruiting/{vacancy.pk}/"' in page and "Interview 1" in page and "<html" in page


def test_htmx_answers_the_table_only(client_for, rita, vacancy):
    page = client_for(rita).get("/recruiting/", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in page and page.lstrip().startswith('<div id="vacancy-table"')


def test_admins_see_every_vacancy(client_for, ada, vacancy):
    VacancyFactory(title="Unassigned Post")
    page = client_for(ada).get("/recruiting/").content.decode()
    assert vacancy.title in page and "Unassigned Post" in page


def test_a_recruiter_without_vacancies_is_told_why(client_for, sam, vacancy):
    assert "No vacancy is assigned to you yet." in client_for(sam).get("/recruiting/").content.decode()


def test_a_vacancy_being_rescored_shows_a_progress_bar(client_for, rita, vacancy):
    ScoringRun.objects.create(reason="weights changed", vacancy=vacancy, total_pairs=100)
    page = client_for(rita).get("/recruiting/").content.decode()
    assert f'hx-get="/recruiting/{vacancy.pk}/progress/" hx-trigger="load, every 2s"' in page


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get("/recruiting/")
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_vacancies_or_candidates(client_for, rita, vacancy):
    client = client_for(rita)
    scored_candidates(vacancy, 3)
    few = _queries(client)
    for _ in range(5):
        other = VacancyFactory()
        other.recruiters.add(rita)
        scored_candidates(other, 4, start=10 * other.pk)
    assert _queries(client) == few
