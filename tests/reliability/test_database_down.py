"""The database unavailable for a moment: a clear error page, never a stack trace, nothing half-written."""

import socket

import psycopg
import pytest
from django.db import OperationalError, close_old_connections, connection
from django.test import Client

from candidates.importing import import_profiles
from candidates.models import Candidate, CompetencyAssessment, Education
from candidates.synthetic import synthetic_profiles
from matching import rescoring, services
from matching.models import MatchResult, ScoringChunk
from tests.factories import CandidateFactory, VacancyFactory
from tests.reliability.support import results_checksum

pytestmark = pytest.mark.django_db(transaction=True)


def nothing_listening() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


@pytest.fixture
def database_down():
    """From now on every new connection is refused, as when PostgreSQL is stopped."""
    settings_dict = connection.settings_dict
    previous = settings_dict["HOST"], settings_dict["PORT"]
    connection.close()
    settings_dict["HOST"], settings_dict["PORT"] = "127.0.0.1", nothing_listening()
    yield
    connection.close()
    settings_dict["HOST"], settings_dict["PORT"] = previous


def logged_in(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.mark.parametrize("path", ["/recruiting/", "/me/matches/", "/accounts/login/"])
def test_it_answers_503_with_a_plain_page_when_the_database_is_down(rita, alice, path, request):
    client = logged_in(alice if path.startswith("/me/") else rita)
    request.getfixturevalue("database_down")

    response = client.get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert "The database is unavailable" in html and "Try again in a minute" in html
    assert "Traceback" not in html and "OperationalError" not in html and "127.0.0.1" not in html


def test_any_other_error_answers_the_plain_500_page(rita, monkeypatch):
    from recruiting import queries

    def fail(*args, **kwargs):
        raise RuntimeError("secret detail from deep inside")

    monkeypatch.setattr(queries, "vacancies_overview", fail)

    response = logged_in(rita).get("/recruiting/")

    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "secret detail" not in html and "Traceback" not in html and "Retry-After" not in response


def test_a_page_answers_again_as_soon_as_the_database_is_back(rita):
    client = logged_in(rita)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        [pid] = cursor.fetchone()
    params = connection.get_connection_params()
    with psycopg.connect(
        **{k: v for k, v in params.items() if k != "cursor_factory"}, autocommit=True
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])  # a restart drops every connection

    close_old_connections()  # what each request starts with (the test client leaves it out)

    # The persistent connection is checked before use (CONN_HEALTH_CHECKS) and replaced, not used for an error.
    assert client.get("/recruiting/").status_code == 200


# Nothing half-written


def test_a_bulk_upsert_that_fails_midway_leaves_the_table_as_it_was():
    import_profiles(synthetic_profiles(1000, seed=5))
    vacancy_ids = [v.pk for v in VacancyFactory.create_batch(3)]
    rows = services.score_pairs(vacancy_ids, list(Candidate.objects.values_list("pk", flat=True)))
    services.upsert_results(rows[:500])
    before = results_checksum()
    for row in rows:
        row.score += 1
    rows[2500].verdict = -1  # refused by the database after 2,500 rows of the same statement

    with pytest.raises(Exception, match="verdict"):
        services.upsert_results(rows)

    assert MatchResult.objects.count() == 500
    assert results_checksum() == before


def test_a_chunk_whose_write_fails_midway_stays_pending_with_no_results(vacancy, monkeypatch):
    CandidateFactory.create_batch(4)
    monkeypatch.setattr(
        rescoring, "enqueue_chunks", lambda chunk_ids, urgent=False: 0
    )  # the chunk is run by hand below
    run = rescoring.rescore_vacancy(vacancy)
    [chunk] = run.chunks.all()
    real_upsert = services.upsert_results

    def connection_lost_halfway(rows, **options):
        real_upsert(rows[:2], **options)
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(services, "upsert_results", connection_lost_halfway)
    with pytest.raises(OperationalError):
        services.score_chunk(chunk.pk)

    assert ScoringChunk.objects.get(pk=chunk.pk).status == ScoringChunk.Status.PENDING
    assert not MatchResult.objects.exists()
    monkeypatch.undo()
    assert services.score_chunk(chunk.pk) == 4  # the retry (autoretry, or the reconciler) completes it
    assert MatchResult.objects.count() == 4


def test_an_import_batch_whose_write_fails_midway_keeps_none_of_it(monkeypatch):
    def connection_lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    # The last of the batch's writes: candidates, education and experience are already written by then.
    monkeypatch.setattr(CompetencyAssessment.objects, "bulk_create", connection_lost)

    report = import_profiles(synthetic_profiles(20, seed=3))

    assert report.created == 0 and len(report.errors) == 20
    assert not Candidate.objects.exists() and not Education.objects.exists()
