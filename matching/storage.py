"""Writing match results: one bulk upsert per chunk, the hot path of every scoring run.

On PostgreSQL the rows are copied (``COPY ... FROM STDIN``, the fastest way rows reach the server) into a
temporary staging table of the session, then moved into the results by one ``INSERT ... SELECT ... ON
CONFLICT`` in a stable lock order: about the cost of that one statement, the floor ``bench/pipeline.py``
prints beside it. A stored result is only replaced by one computed from versions at least as new (the
``WHERE`` of the ``ON CONFLICT``), so two runs racing on the same pair can never leave the older score
behind, and writing the same rows twice (a redelivered chunk) leaves the same results. Other databases
(SQLite, the zero-setup default) use the ORM, with the same rule.

Rows are ``MatchResult`` instances or anything with the same attributes (``ResultRow``, lighter to build:
what a chunk writes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from django.db import connection, transaction

from reference.scales import CRITERIA

from . import signals
from .models import MatchResult

POINTS_FIELDS = [f"{criterion}_points" for criterion in CRITERIA]
RESULT_FIELDS = [
    "verdict", "score", *POINTS_FIELDS, "criteria", "line_statuses", "decided_lines",
    "vacancy_version", "profile_version", "engine_version", "computed_at",
]  # fmt: skip
_COLUMNS = {  # column -> its type in the staging table
    "vacancy_id": "bigint", "candidate_id": "bigint", "verdict": "smallint", "score": "double precision",
    **dict.fromkeys(POINTS_FIELDS, "smallint"), "criteria": "smallint", "line_statuses": "bigint",
    "decided_lines": "integer", "vacancy_version": "integer", "profile_version": "integer",
    "engine_version": "varchar", "computed_at": "timestamptz",
}  # fmt: skip


class ResultRow(NamedTuple):
    """One result to store, with the attributes of ``MatchResult`` that ``upsert_results`` reads
    (matching.compact: the points in tenths, the statuses as flags)."""

    vacancy_id: int
    candidate_id: int
    verdict: int
    score: float
    degree_points: int
    experience_points: int
    languages_points: int
    competencies_points: int
    desirable_points: int
    relevance_points: int
    criteria: int
    line_statuses: int
    decided_lines: int
    vacancy_version: int
    profile_version: int
    engine_version: str
    computed_at: dt.datetime


BATCH_SIZE = 5000
_TABLE = MatchResult._meta.db_table
_STAGING = "matching_result_staging"
_NAMES = ", ".join(_COLUMNS)
# Only our own table and column names are interpolated; the rows travel by COPY.
# Per session, emptied at the end of each call (and at commit), so it never holds another call's rows.
_CREATE_STAGING_SQL = (
    f"CREATE TEMPORARY TABLE IF NOT EXISTS {_STAGING} "
    f"({', '.join(f'{name} {kind}' for name, kind in _COLUMNS.items())}) ON COMMIT DELETE ROWS"
)
_COPY_SQL = f"COPY {_STAGING} ({_NAMES}) FROM STDIN"
_UPSERT_SQL = (
    f"INSERT INTO {_TABLE} ({_NAMES}) SELECT {_NAMES} FROM {_STAGING} "  # noqa: S608
    "ORDER BY vacancy_id, candidate_id "
    f"ON CONFLICT (candidate_id, vacancy_id) DO UPDATE SET {', '.join(f'{n} = EXCLUDED.{n}' for n in RESULT_FIELDS)} "
    f"WHERE {_TABLE}.vacancy_version <= EXCLUDED.vacancy_version "
    f"AND {_TABLE}.profile_version <= EXCLUDED.profile_version"
)
# DELETE rather than TRUNCATE, which would give the table new files (and the catalogue a new row) each call;
# the commit's own emptying (ON COMMIT DELETE ROWS) gives its space back.
_EMPTY_STAGING_SQL = f"DELETE FROM {_STAGING}"  # noqa: S608


def upsert_results(rows: Sequence[Any], *, by_run: bool = False) -> int:
    """Insert or update these results (unique per vacancy and candidate), in a stable lock order.
    ``by_run``: a scoring run's chunk writes them (``signals.results_stored``)."""
    if not rows:
        return 0
    if connection.vendor != "postgresql":
        return _upsert_with_the_orm(rows, by_run=by_run)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_CREATE_STAGING_SQL)
        with cursor.cursor.copy(_COPY_SQL) as copy:  # the driver's cursor: Django's has no copy()
            for start in range(0, len(rows), BATCH_SIZE):  # a few megabytes at a time
                copy.write(copy_text(rows[start : start + BATCH_SIZE]))
        cursor.execute(_UPSERT_SQL)
        cursor.execute(_EMPTY_STAGING_SQL)
        signals.stored((row.vacancy_id for row in rows), by_run=by_run)
    return len(rows)


def copy_text(rows: Sequence[Any]) -> bytes:
    """The rows in COPY's text format: a line per row, its columns separated by tabs.

    The columns are numbers, and the row's own engine version and time (escaped once per chunk).
    """
    lines = []
    append = lines.append
    texts: dict[Any, bytes] = {}  # the engine version and the time: the same for a whole chunk
    for row in rows:
        engine, at = row.engine_version, row.computed_at
        if engine not in texts:
            texts[engine] = _escape(engine.encode())
        if at not in texts:
            texts[at] = at.isoformat().encode()
        append(
            b"%d\t%d\t%d\t%r\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%b\t%b\n"
            % (
                row.vacancy_id, row.candidate_id, row.verdict, float(row.score), row.degree_points,
                row.experience_points, row.languages_points, row.competencies_points, row.desirable_points,
                row.relevance_points, row.criteria, row.line_statuses, row.decided_lines, row.vacancy_version,
                row.profile_version, texts[engine], texts[at],
            )
        )  # fmt: skip
    return b"".join(lines)


def _escape(text: bytes) -> bytes:
    """A text column in COPY's text format."""
    return text.replace(b"\\", b"\\\\").replace(b"\t", b"\\t").replace(b"\n", b"\\n").replace(b"\r", b"\\r")


def _upsert_with_the_orm(rows: Sequence[Any], *, by_run: bool) -> int:
    rows = sorted(rows, key=lambda row: (row.vacancy_id, row.candidate_id))
    # The same "never replace a newer result" rule as on PostgreSQL: drop rows older than what is stored.
    stored = {
        (v, c): (vv, pv)
        for v, c, vv, pv in MatchResult.objects.filter(
            vacancy_id__in={row.vacancy_id for row in rows},
            candidate_id__in={row.candidate_id for row in rows},
        ).values_list("vacancy_id", "candidate_id", "vacancy_version", "profile_version")
    }
    fresh = [
        row if isinstance(row, MatchResult) else MatchResult(**row._asdict())
        for row in rows
        if (key := (row.vacancy_id, row.candidate_id)) not in stored
        or (stored[key][0] <= row.vacancy_version and stored[key][1] <= row.profile_version)
    ]
    with transaction.atomic():
        MatchResult.objects.bulk_create(
            fresh, batch_size=500, update_conflicts=True, unique_fields=["vacancy", "candidate"],
            update_fields=RESULT_FIELDS,
        )  # fmt: skip
        signals.stored((row.vacancy_id for row in fresh), by_run=by_run)
    return len(rows)
