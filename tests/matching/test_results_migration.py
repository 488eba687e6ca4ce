"""Migration 0011 moves the results into a table keyed by (candidate, vacancy): every row comes out exactly as
it went in, both ways, and the back office's view lists them."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.factories import CandidateFactory, VacancyFactory

BEFORE = [("matching", "0010_verbose_names")]
AFTER = [("matching", "0011_results_keyed_by_pair")]
FIELDS = [
    "vacancy_id", "candidate_id", "verdict", "score", "degree_points", "experience_points", "languages_points",
    "competencies_points", "desirable_points", "relevance_points", "criteria", "line_statuses", "decided_lines",
    "vacancy_version", "profile_version", "engine_version", "computed_at",
]  # fmt: skip


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def rows(apps) -> list[tuple]:
    model = apps.get_model("matching", "MatchResult")
    return list(model.objects.order_by("vacancy_id", "candidate_id").values_list(*FIELDS))


@pytest.mark.django_db(transaction=True)
def test_every_result_is_moved_exactly_and_back():
    vacancies = VacancyFactory.create_batch(2)
    people = CandidateFactory.create_batch(3)
    old = migrate(BEFORE)
    at = dt.datetime(2026, 12, 6, 13, 14, 15, 161718, tzinfo=dt.UTC)
    old.get_model("matching", "MatchResult").objects.bulk_create(
        old.get_model("matching", "MatchResult")(
            vacancy_id=vacancy.pk, candidate_id=person.pk, verdict=(i + j) % 3, score=[0.0, 66.7, 100.0, -3.25][j],
            degree_points=-7, experience_points=150, languages_points=0, competencies_points=32767,
            desirable_points=-32768, relevance_points=5, criteria=0b10_01_00_10, line_statuses=(1 << 62) | 0b1001,
            decided_lines=(1 << 30) | 1, vacancy_version=i + 1, profile_version=2**31 - 1,
            engine_version=f"8\t{i}{j}\\é", computed_at=at + dt.timedelta(microseconds=i * 10 + j),
        )
        for i, vacancy in enumerate(vacancies)
        for j, person in enumerate(people)
    )  # fmt: skip
    before = rows(old)
    assert len(before) == 6

    new = migrate(AFTER)
    assert rows(new) == before
    records = new.get_model("matching", "MatchResultRecord").objects.order_by("vacancy_id", "candidate_id")
    assert [r.pk for r in records] == [f"{v}-{c}" for v, c, *_ in before]

    assert rows(migrate(BEFORE)) == before  # and back
    assert rows(migrate(AFTER)) == before


@pytest.fixture(autouse=True)
def _latest_schema_after():
    """The tests after these in the same process need every later migration's tables back."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
