"""The scoring pipeline's worker side: score a chunk, upsert its results, find stuck chunks, progress.

The scores themselves come from the pure engine in ``matching.scoring``; this module only moves rows.
Runs are planned in ``matching.rescoring`` and chunks are sent by ``matching.tasks``, which both import
this module and never the other way round (an import-linter contract in pyproject.toml).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import logging
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Collection, Sequence

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from candidates.models import Candidate
from candidates.profile import profile_from_import_json
from reference.data import ReferenceData
from reference.loading import current_reference
from vacancies.models import Vacancy

from . import leases, scoring, signals
from .compact import CompactResult, from_lines
from .decisions import settle
from .models import (
    VERDICTS,
    EssentialDecision,
    Explanation,
    MatchResult,
    ScoringChunk,
    ScoringRun,
    TermPoolSnapshot,
)
from .pool import EMPTY_POOL, TermPool
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


def _prepared_vacancy(
    vacancy: Vacancy, reference: ReferenceData, pool: tuple[int | None, TermPool]
) -> scoring.PreparedVacancy:
    requirements = vacancy.requirements_json()
    weights = vacancy.effective_weights(reference.default_weights)
    key = json.dumps([requirements, weights, pool[0]], sort_keys=True, default=str)
    kept = _prepared.get(key)
    if kept is not None and kept[0] == reference:
        _prepared.move_to_end(key)
        return kept[1]
    prepared = scoring.prepare_vacancy(requirements, weights=weights, reference=reference, pool=pool[1])
    _prepared[key] = (reference, prepared)
    while len(_prepared) > PREPARED_VACANCIES_KEPT:
        _prepared.popitem(last=False)
    return prepared


# The snapshot in use, read once per process and again only when a newer one is taken.
_pool_kept: tuple[int | None, TermPool] = (None, EMPTY_POOL)


def current_pool() -> tuple[int | None, TermPool]:
    """(the newest term pool snapshot's id, its pool); (None, the empty pool) before the first is taken."""
    global _pool_kept
    newest = TermPoolSnapshot.objects.order_by("-pk").values_list("pk", flat=True).first()
    if newest != _pool_kept[0]:
        if newest is None:
            _pool_kept = (None, EMPTY_POOL)
        else:
            snapshot = TermPoolSnapshot.objects.get(pk=newest)
            _pool_kept = (newest, TermPool(snapshot.candidates, snapshot.frequencies))
    return _pool_kept


def take_term_pool() -> TermPoolSnapshot:
    """Count the terms of every candidate the scorer can read into a new snapshot (the older ones go)."""
    reference = current_reference()
    ids = list(Candidate.objects.order_by("pk").values_list("pk", flat=True))
    pool = TermPool.of(
        profile for start in range(0, len(ids), 1000)
        for _, _, profile in _scoring_profiles(ids[start : start + 1000], reference)
    )  # fmt: skip
    snapshot = TermPoolSnapshot.objects.create(candidates=pool.candidates, frequencies=dict(pool.frequencies))
    TermPoolSnapshot.objects.filter(pk__lt=snapshot.pk).delete()
    return snapshot


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


def _scoring_profiles(
    candidate_ids: Sequence[int], reference
) -> list[tuple[int, int, scoring.PreparedProfile]]:
    """(pk, profile version, prepared profile) of each candidate the scorer can read: ``_profiles`` without
    model instances (``CandidateQuerySet.profiles_json``), for the chunks."""
    profiles = []
    for pk, version, found in Candidate.objects.filter(pk__in=candidate_ids).profiles_json():
        try:
            profile = profile_from_import_json(found, reference)
            profiles.append((pk, version, scoring.prepare_profile(profile, reference)))
        except ValueError:
            log.warning("candidate %s has a profile the scorer cannot read; skipped", pk)
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


def _vacancies(vacancy_ids: Collection[int]) -> list[Vacancy]:
    return list(
        Vacancy.objects.filter(pk__in=vacancy_ids).prefetch_related(
            "language_requirements", "competency_requirements"
        )
    )


def score_rows(
    vacancy_ids: Sequence[int],
    candidate_ids: Sequence[int],
    *,
    as_of: dt.date | None = None,
    timings: Counter | None = None,
) -> list[ResultRow]:
    """``score_pairs`` as plain rows for ``upsert_results``: what a chunk writes, quicker to build.

    Only what is stored is computed (``MatchResult.compact``): no words. A pair with a recruiter's decision
    (few of them) gets its essential lines in full, for ``settle``. ``timings``: seconds spent in each
    step are added to it (``bench/pipeline.py`` prints the split).
    """
    clock = _Clock(timings)
    reference = current_reference()
    as_of = as_of or timezone.localdate()
    now = timezone.now()
    vacancies = _vacancies(vacancy_ids)
    # After the vacancies: a snapshot taken since comes with a new requirements version, so rows scored
    # with the older one are stored under the older version, stale, and scored again.
    pool = current_pool()
    clock("vacancies read")
    candidates = _scoring_profiles(candidate_ids, reference)
    clock("profiles read and prepared")
    # The few decisions of the chunk's pairs, in one query; most pairs have none.
    decided = EssentialDecision.objects.for_pairs(vacancy_ids, [pk for pk, _, _ in candidates])
    clock("decisions read")
    with _scoring_lock:
        prepared = [_prepared_vacancy(vacancy, reference, pool) for vacancy in vacancies]
        clock("vacancies prepared")
        results = scoring.score_all(prepared, [profile for _, _, profile in candidates], as_of)
        clock("scored")
        # Worked out with the vacancies' caches: under the lock too.
        compacts = [
            [_settled(p, result, decided.get((vacancy.pk, pk))) for result, (pk, _, _) in zip(row, candidates)]
            for p, vacancy, row in zip(prepared, vacancies, results)
        ]  # fmt: skip
        clock("figures and flags")
    engine_version = scoring.ENGINE_VERSION
    versions = [(vacancy.pk, vacancy.requirements_version) for vacancy in vacancies]
    rows = []
    for column, (candidate_id, profile_version, _) in enumerate(candidates):
        for (vacancy_id, vacancy_version), vacancy_compacts in zip(versions, compacts):
            c = vacancy_compacts[column]
            rows.append(
                ResultRow(
                    vacancy_id, candidate_id, VERDICTS[c.eligible], c.score, *c.points, c.criteria, c.lines,
                    c.decided, vacancy_version, profile_version, engine_version, now,
                )
            )  # fmt: skip
    clock("rows built")
    return rows


class _Clock:
    """Adds the seconds since the last call to ``timings[step]`` (nothing without ``timings``)."""

    def __init__(self, timings: Counter | None) -> None:
        self.timings, self.last = timings, time.perf_counter()

    def __call__(self, step: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[step] += now - self.last
            self.last = now


def _settled(
    prepared: scoring.PreparedVacancy, result: scoring.MatchResult, decisions: dict | None
) -> CompactResult:
    """The result as stored, with the recruiters' decisions on its lines laid over it."""
    found = result.compact()
    if decisions:
        eligible, lines = settle(
            result.eligible,
            _essentials_json(prepared, result),
            decisions,
            {r.criterion for r in result.to_assess},
        )
        found.eligible = eligible
        found.lines, found.decided = from_lines(lines)
    return found


# Explaining a stored result


def explain_results(matches: Sequence[MatchResult]) -> None:
    """Give each match its ``explanation``: the engine's words for its stored figures, worked out again from
    the vacancy and the profile as of the day it was computed, with the recruiters' decisions laid over.

    From the same versions the engine gives the same result (a test checks it for every pair of a run); a
    result not fresh any more (``MatchResult.is_fresh``) is explained from the vacancy and the profile as
    they are now, as it will be once rescored. A profile the scorer cannot read, or gone, explains nothing.
    """
    todo = [match for match in matches if "_explanation" not in match.__dict__]
    if not todo:
        return
    reference = current_reference()
    vacancies = {vacancy.pk: vacancy for vacancy in _vacancies({m.vacancy_id for m in todo})}
    pool = current_pool()
    profiles = {c.pk: p for c, p in _profiles(sorted({m.candidate_id for m in todo}), reference)}
    decided = EssentialDecision.objects.for_pairs(vacancies, profiles)
    by_day: dict[dt.date, list[MatchResult]] = {}
    for match in todo:
        by_day.setdefault(timezone.localdate(match.computed_at), []).append(match)
    for as_of, group in by_day.items():
        vacancy_ids = sorted({m.vacancy_id for m in group if m.vacancy_id in vacancies})
        candidate_ids = sorted({m.candidate_id for m in group if m.candidate_id in profiles})
        with _scoring_lock:
            prepared = {pk: _prepared_vacancy(vacancies[pk], reference, pool) for pk in vacancy_ids}
            results = scoring.score_all(
                list(prepared.values()), [profiles[pk] for pk in candidate_ids], as_of
            )
            found = {
                (vacancy_id, candidate_id): (prepared[vacancy_id], result, _essentials_json(prepared[vacancy_id], result))
                for vacancy_id, row in zip(prepared, results)
                for candidate_id, result in zip(candidate_ids, row)
            }  # fmt: skip
        for match in group:
            explained = found.get((match.vacancy_id, match.candidate_id))
            if explained is None:
                match._explanation = Explanation(match.eligible, match.score)
                continue
            p, result, lines = explained
            figures = result.compact()
            eligible, lines = settle(
                result.eligible, lines, decided.get((match.vacancy_id, match.candidate_id)),
                {r.criterion for r in result.to_assess},
            )  # fmt: skip
            figures.eligible = eligible
            figures.lines, figures.decided = from_lines(lines)
            match._explanation = Explanation(
                eligible, result.score, reasons_json(result.unmet), reasons_json(result.to_assess),
                reasons_json(result.hints), result.breakdown_json(), lines, figures,
            )  # fmt: skip


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
        with collector_paused():
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
            upsert_results(rows, by_run=True)
    _finish_run_if_complete(chunk.run_id)
    return len(rows)


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic garbage collector off while a chunk is scored: scoring allocates millions of small
    objects, each allocation burst sets off a collection, and every full one walks the worker's caches
    (prepared vacancies, terms, concepts), a fifth of a chunk's CPU time. What the chunk leaves in cycles
    is collected once it is back on, at the next collection."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _finish_run_if_complete(run_id: int) -> None:
    """Mark the run done once no chunk of it is pending; its results then show at once (``signals.finished``:
    while it ran, pages showed them every few seconds)."""
    if ScoringChunk.objects.filter(run_id=run_id, status=ScoringChunk.Status.PENDING).exists():
        return
    with transaction.atomic():
        ended = ScoringRun.objects.filter(pk=run_id, status=ScoringRun.Status.RUNNING).update(
            status=ScoringRun.Status.DONE, finished_at=timezone.now()
        )
        if ended:
            signals.finished(ScoringRun.objects.values_list("created_at", flat=True).get(pk=run_id))


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


def chunks_of_one_candidate(chunk_ids: Collection[int]) -> list[int]:
    """Those of the chunks that score one candidate (sent before bulk work, ``tasks.enqueue_chunks``)."""
    rows = ScoringChunk.objects.filter(pk__in=chunk_ids).values_list("pk", "candidate_ids")
    return [pk for pk, candidate_ids in rows if len(candidate_ids) == 1]


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
