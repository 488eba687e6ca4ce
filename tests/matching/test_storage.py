"""Writing results (matching.storage): what is written is what is read back, whatever the text holds, and
writing the same rows again, or several batches in one transaction, leaves exactly those rows."""

import datetime as dt

import pytest
from django.db import connection, transaction

from candidates.models import Candidate
from matching.models import MatchResult
from matching.storage import ResultRow, upsert_results
from tests.factories import CandidateFactory, VacancyFactory

pytestmark = pytest.mark.django_db

AWKWARD = [
    "back\\slash", "tab\there", "new\nline", "carriage\rreturn", 'a "quote"', "\\N", "\\.", "é ü ß Ø 中文 😀",
    "\u2028 line separator", "ends with a backslash \\", "\\\\ two", "\x01 control", "",
]  # fmt: skip
AT = dt.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC)


def row(vacancy, candidate, *, score=50.0, text="x", version=1, engine="7") -> ResultRow:
    # The only text of a stored result is its engine version: the awkward texts go there.
    return ResultRow(
        vacancy_id=vacancy.pk, candidate_id=candidate.pk, verdict=MatchResult.Verdict.TO_ASSESS, score=score,
        degree_points=150, experience_points=73, languages_points=0, competencies_points=-1,
        desirable_points=32767, relevance_points=5, criteria=0b10_01_00_10, line_statuses=(1 << 62) | 0b10_01,
        decided_lines=(1 << 30) | 1, vacancy_version=version, profile_version=1,
        engine_version=f"{engine}{text}"[:20], computed_at=AT,
    )  # fmt: skip


def stored(vacancy, candidate) -> ResultRow:
    fields = ResultRow._fields
    return ResultRow(*MatchResult.objects.values_list(*fields).get(vacancy=vacancy, candidate=candidate))


def test_every_awkward_text_is_read_back_as_written():
    vacancy = VacancyFactory()
    people = CandidateFactory.create_batch(len(AWKWARD))
    rows = [
        row(vacancy, person, text=text, score=i + 0.1, engine=f"e\t{i}\\")
        for i, (person, text) in enumerate(zip(people, AWKWARD))
    ]

    assert upsert_results(rows) == len(rows)

    for written in rows:
        assert stored(vacancy, Candidate(pk=written.candidate_id)) == written


def test_the_same_rows_written_twice_leave_the_same_results():
    vacancy = VacancyFactory()
    people = CandidateFactory.create_batch(3)
    rows = [row(vacancy, person) for person in people]
    upsert_results(rows)
    first = list(MatchResult.objects.order_by("pk").values())

    upsert_results(rows)  # a redelivered chunk

    assert list(MatchResult.objects.order_by("pk").values()) == first


def test_several_batches_in_one_transaction_each_write_only_their_own_rows():
    vacancy, other = VacancyFactory(), VacancyFactory()
    people = CandidateFactory.create_batch(4)
    with transaction.atomic():
        upsert_results([row(vacancy, person, score=10.0) for person in people[:2]])
        upsert_results([row(other, person, score=20.0) for person in people[2:]])
        upsert_results([row(vacancy, people[0], score=30.0, version=2)])

    assert sorted(MatchResult.objects.values_list("vacancy_id", "candidate_id", "score")) == sorted(
        [(vacancy.pk, people[0].pk, 30.0), (vacancy.pk, people[1].pk, 10.0),
         (other.pk, people[2].pk, 20.0), (other.pk, people[3].pk, 20.0)]
    )  # fmt: skip


def test_a_newer_result_stays_when_an_older_one_arrives_in_the_same_batch_as_new_pairs():
    vacancy = VacancyFactory()
    kept, new = CandidateFactory.create_batch(2)
    upsert_results([row(vacancy, kept, score=90.0, version=3)])

    upsert_results([row(vacancy, kept, score=10.0, version=2), row(vacancy, new, score=40.0, version=2)])

    assert stored(vacancy, kept).score == 90.0
    assert stored(vacancy, new).score == 40.0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the staging table is PostgreSQL's path")
def test_the_staging_table_is_left_empty():
    vacancy = VacancyFactory()
    upsert_results([row(vacancy, person) for person in CandidateFactory.create_batch(2)])
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM matching_result_staging")
        assert cursor.fetchone() == (0,)
