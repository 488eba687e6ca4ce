"""The scoring pipeline's worker side: score a chunk, upsert its results, find stuck chunks, progress.

The scores themselves come from the pure engine in ``matching.scoring``; this module only moves rows.
Runs are planned in ``matching.rescoring`` and chunks are sent by ``matching.tasks``, which both import
this module and never the other way round (an import-linter contract in pyproject.toml).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Collection, Sequence

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from candidates.models import Candidate
from candidates.profile import profile_from_import_json
from reference.data import ReferenceData
from reference.loading import current_reference
from vacancies.models import Vacancy

from . import leases, scoring
from .decisions import settle
from .models import VERDICTS, EssentialDecision, MatchResult, ScoringChunk, ScoringRun
from .reasons import reasons_json
from .standing import CompetencyStanding, competency_standings
from .storage import ResultRow, upsert_results

log = logging.getLogger(__name__)


# Scoring one chunk


# A worker keeps the vacancies it has prepared: what they learn while scoring (the candidates' words
# compared with the notice's terms, the sentences of each distinct case) makes its next chunk several
# times faster than a fresh start. The key is everything the preparation reads, so a changed vacancy,
# new weights or new reference data prepare afresh; the lock keeps those caches to one thread at a time.
# More than an organisation's open vacancies: a chunk scores every open vacancy, so keeping fewer would
# prepare each of them afresh for every chunk.
PREPARED_VACANCIES_KEPT = 256
_prepared: OrderedDict[str, tuple[ReferenceData, scoring.PreparedVacancy]] = OrderedDict()
_scoring_lock = threading.Lock()


def _prepared_vacancy(vacancy: Vacancy, reference: ReferenceData) -> scoring.PreparedVacancy:
    requirements = vacancy.requirements_json()
    weights = vacancy.effective_weights(reference.default_weights)
    key = json.dumps([requirements, weights], sort_keys=True, default=str)
    kept = _prepared.get(key)
    if kept is not None and kept[0] == reference:
        _prepared.move_to_end(key)
        return kept[1]
    prepared = scoring.prepare_vacancy(requirements, weights=weights, reference=reference)
    _prepared[key] = (reference, prepared)
    while len(_prepared) > PREPARED_VACANCIES_KEPT:
        _prepared.popitem(last=False)
    return prepared


def _profiles(candidate_ids: Sequence[int], reference) -> list[tuple[Candidate, scoring.PreparedProfile]]:
    candidates = Candidate.objects.filter(pk__in=candidate_ids).prefetch_related(
        "education", "experience", "languages", "competencies"
    )
    profiles = []
    for candidate in candidates:
        try:
            profile = profile_from_import_json(candidate.profile_json(), reference)
            profiles.append((candidate, scoring.prepare_profile(profile, reference)))
        except ValueError:
            log.warning("candidate %s has a profile the scorer cannot read; skipped", candidate.pk)
    return profiles


def competency_lines(
    vacancy: Vacancy, candidate_ids: Sequence[int]
) -> dict[int, tuple[CompetencyStanding, ...]]:
    """Each candidate's standing on every competency the vacancy asks for (``matching.standing``), read
    from the vacancy and the profiles as they are now; a profile the scorer cannot read is left out."""
    reference = current_reference()
    weights = vacancy.effective_weights(reference.default_weights)
    prepared = scoring.prepare_vacancy(vacancy.requirements_json(), weights=weights, reference=reference)
    return {
        candidate.pk: competency_standings(prepared, profile)
        for candidate, profile in _profiles(candidate_ids, reference)
    }


def _essentials_json(prepared: scoring.PreparedVacancy, result: scoring.MatchResult) -> list[dict]:
    """The result's essentials as stored: each with the criterion its line is about ("" for none), which
    tells a recruiter's decision on a line which reasons to assess it answers (matching.decisions)."""
    essentials = [essential.to_json() for essential in result.essentials]
    lines = prepared.essential_lines
    if len(lines) == len(essentials):  # one per line, in order (matching.essentials.account)
        for essential, line in zip(essentials, lines):
            essential["criterion"] = line.criterion or ""
    return essentials


def score_pairs(
    vacancy_ids: Sequence[int], candidate_ids: Sequence[int], *, as_of: dt.date | None = None
) -> list[MatchResult]:
    """Score the pairs and return unsaved MatchResult rows (the pure engine does the work), with the
    recruiters' decisions on lines "to be assessed" laid over them (matching.decisions)."""
    return [MatchResult(**row._asdict()) for row in score_rows(vacancy_ids, candidate_ids, as_of=as_of)]


def score_rows(
    vacancy_ids: Sequence[int], candidate_ids: Sequence[int], *, as_of: dt.date | None = None
) -> list[ResultRow]:
    """``score_pairs`` as plain rows for ``upsert_results``: what a chunk writes, quicker to build."""
    reference = current_reference()
    as_of = as_of or timezone.localdate()
    now = timezone.now()
    vacancies = list(
        Vacancy.objects.filter(pk__in=vacancy_ids).prefetch_related(
            "language_requirements", "competency_requirements"
        )
    )
    candidates = _profiles(candidate_ids, reference)
    with _scoring_lock:
        prepared = [_prepared_vacancy(vacancy, reference) for vacancy in vacancies]
        results = scoring.score_all(prepared, [profile for _, profile in candidates], as_of)
        # The essentials' evidence is worked out when read, with the vacancies' caches: under the lock too.
        essentials = [[_essentials_json(p, result) for result in row] for p, row in zip(prepared, results)]
    # The few decisions of the chunk's pairs, in one query; most pairs have none.
    decided = EssentialDecision.objects.for_pairs(vacancy_ids, [candidate.pk for candidate, _ in candidates])
    engine_version = scoring.ENGINE_VERSION
    versions = [(vacancy.pk, vacancy.requirements_version) for vacancy in vacancies]
    rows = []
    for column, (candidate, _) in enumerate(candidates):
        candidate_id, profile_version = candidate.pk, candidate.profile_version
        for (vacancy_id, vacancy_version), vacancy_results, vacancy_essentials in zip(
            versions, results, essentials
        ):
            result = vacancy_results[column]
            eligible, lines = result.eligible, vacancy_essentials[column]
            if decided:
                eligible, lines = settle(
                    eligible,
                    lines,
                    decided.get((vacancy_id, candidate_id)),
                    {r.criterion for r in result.to_assess},
                )
            rows.append(
                ResultRow(
                    vacancy_id, candidate_id, VERDICTS[eligible], result.score, reasons_json(result.unmet),
                    reasons_json(result.to_assess), reasons_json(result.hints), result.breakdown_json(), lines,
                    vacancy_version, profile_version, engine_version, now,
                )
            )  # fmt: skip
    return rows


def score_chunk(chunk_id: int, *, worker: str = "") -> int:
    """Score and store one chunk; running it twice (a redelivered task) changes nothing more.

    Only the execution holding the chunk's lease scores it (``matching.leases``): another delivery at the
    same time stops at once. Results and the chunk's "done" mark are written in one transaction, and only
    while the lease is still this execution's: a worker killed midway leaves the chunk pending and no partial
    state that matters, and the chunk is sent again once its lease lapses.
    """
    holder = leases.claim(chunk_id)
    if holder is None:  # done, or another execution is at it
        return 0
    chunk = ScoringChunk.objects.get(pk=chunk_id)
    ScoringChunk.objects.filter(pk=chunk_id).update(attempts=F("attempts") + 1)
    with leases.kept(chunk_id, holder):
        rows = score_rows(chunk.vacancy_ids, chunk.candidate_ids)
        # Always the same lock order, so that two chunks writing the same pairs wait rather than deadlock.
        rows.sort(key=lambda row: (row.vacancy_id, row.candidate_id))
        with transaction.atomic():
            finished = ScoringChunk.objects.filter(
                pk=chunk_id, status=ScoringChunk.Status.PENDING, lease_holder=holder
            ).update(
                status=ScoringChunk.Status.DONE,
                finished_at=timezone.now(),
                worker=worker[:100],
                lease_until=None,
            )
            if not finished:  # the lease lapsed and another execution took the chunk over
                return 0
            upsert_results(rows)
    _finish_run_if_complete(chunk.run_id)
    return len(rows)


def _finish_run_if_complete(run_id: int) -> None:
    if not ScoringChunk.objects.filter(run_id=run_id, status=ScoringChunk.Status.PENDING).exists():
        ScoringRun.objects.filter(pk=run_id, status=ScoringRun.Status.RUNNING).update(
            status=ScoringRun.Status.DONE, finished_at=timezone.now()
        )


# Reconciling (the sending is in matching.tasks)


def claim_lost_chunks(*, waiting: Collection[int]) -> list[int]:
    """The pending chunks nobody will score unless they are sent again, marked as sent now; the reconciler
    (``matching.tasks.reconcile_runs``) sends them. ``waiting``: the chunks whose message waits in the broker.

    Lost is: never sent (the broker was down), or sent more than a lease ago and neither held by a live
    execution (``matching.leases``) nor waiting in the broker's queue, so its message was lost (Redis
    restarted empty) or is held by a dead worker. A message in flight for less than a lease is left alone.
    """
    now = timezone.now()
    candidates = ScoringChunk.objects.filter(status=ScoringChunk.Status.PENDING).filter(
        Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=now - leases.lease_duration())
    )
    lost = []
    for pk, sent, holder, until in candidates.order_by("pk").values_list(
        "pk", "enqueued_at", "lease_holder", "lease_until"
    ):
        held = until is not None and until >= now and not leases.holder_gone(holder)
        if sent is None or not (held or pk in waiting):
            lost.append(pk)
    ScoringChunk.objects.filter(pk__in=lost).update(enqueued_at=now)
    return lost


def finish_complete_runs() -> None:
    for run_id in ScoringRun.objects.filter(status=ScoringRun.Status.RUNNING).values_list("pk", flat=True):
        _finish_run_if_complete(run_id)


# Progress


def run_progress(runs) -> dict:
    """{"done": pairs, "total": pairs, "running": bool} over the given runs (a queryset)."""
    totals = ScoringChunk.objects.filter(run__in=runs).aggregate(
        total=Count("pk"), done=Count("pk", filter=Q(status=ScoringChunk.Status.DONE))
    )
    pairs_total = sum(runs.values_list("total_pairs", flat=True))
    pairs_done = sum(
        ScoringChunk.objects.filter(run__in=runs, status=ScoringChunk.Status.DONE).values_list(
            "pairs", flat=True
        )
    )
    return {"done": pairs_done, "total": pairs_total, "running": totals["done"] < totals["total"]}
