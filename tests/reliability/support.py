"""What the fault drills share: a checksum of the results table, the same computed afresh, waiting."""

from __future__ import annotations

import hashlib
import json
import subprocess
import time

from candidates.models import Candidate
from matching import services
from matching.models import MatchResult, ScoringChunk, ScoringRun
from matching.storage import POINTS_FIELDS
from vacancies.models import Vacancy

CHECKED_FIELDS = (
    "vacancy_id", "candidate_id", "verdict", "score", *POINTS_FIELDS, "criteria", "line_statuses",
    "decided_lines", "vacancy_version", "profile_version", "engine_version",
)  # fmt: skip


def results_checksum() -> str:
    """SHA-256 of every stored result (all but computed_at), in pair order."""
    rows = MatchResult.objects.order_by("vacancy_id", "candidate_id").values_list(*CHECKED_FIELDS)
    return hashlib.sha256(json.dumps(list(rows), sort_keys=True).encode()).hexdigest()


def expected_checksum() -> str:
    """What the results must be: every open vacancy x matchable candidate scored again, in-process,
    into an empty table. The stored rows are put back afterwards."""
    saved = list(MatchResult.objects.all())
    MatchResult.objects.all().delete()
    vacancy_ids = list(Vacancy.objects.open().values_list("pk", flat=True))
    candidate_ids = list(Candidate.objects.matchable().values_list("pk", flat=True))
    services.upsert_results(services.score_pairs(vacancy_ids, candidate_ids))
    expected = results_checksum()
    MatchResult.objects.all().delete()
    MatchResult.objects.bulk_create(saved)
    return expected


def expected_count() -> int:
    return Vacancy.objects.open().count() * Candidate.objects.matchable().count()


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def done_chunks(run) -> int:
    return ScoringChunk.objects.filter(run=run, status=ScoringChunk.Status.DONE).count()


def run_finished(run) -> bool:
    return ScoringRun.objects.get(pk=run.pk).status == ScoringRun.Status.DONE


def pool_children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]
