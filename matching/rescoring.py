"""Rescoring: what triggers it, and planning its runs. The one place that knows both.

The apps below matching (vacancies, candidates, reference) must not import it (README.md, "Layout"):
they send their own signals when scores go stale, and the receivers here plan the runs. The apps above
send the same signals, so every trigger is listed here:

- a vacancy published, corrected, re-parsed, its weights changed, or rescored in the admin
  (``vacancies.signals.scores_stale``): every matchable candidate against it, when it is published;
- a profile changed (an applicant's edit, consent, an admin's edit; ``candidates.signals.profile_changed``):
  the candidate against every open vacancy; without consent, only against the vacancies they applied for,
  and their other scores dropped;
- candidates imported, signed up or rescored in the admin (``candidates.signals.scores_stale``); an import that
  changes the pool by TERM_POOL_REFRESH_SHARE takes a new term pool snapshot and rescores everything;
- a new term pool snapshot (``refresh_term_pool``: the daily beat, ``manage.py refresh_term_pool``, ``load_demo``):
  everything open;
- reference data changed in the admin (``reference.signals.reference_changed``): everything open;
- a recruiter's decision on an essential line made, changed or undone (``matching.signals.decisions_changed``):
  that one pair, so that the stored verdict is the pipeline's;
- a candidate applied for a vacancy (``matching.signals.candidate_applied``): the application is recorded as
  the ground to assess them for it, and that one pair is scored.

Which pairs may be scored is decided here too (``scorable``): a candidate who consents to be matched
against every open vacancy, and anyone against the vacancies they applied for (an ``ApplicationGround``).
So a candidate without consent is scored only for what they applied to, and never appears in another
vacancy's pool or in "My matches" (those read consenting candidates only).

A run is split into chunks of about SCORING_CHUNK_SIZE pairs stored in the database and enqueued once the
transaction that asked for it commits; a run about one candidate goes before bulk work (``tasks.enqueue_chunks``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.dispatch import receiver
from django.utils import timezone

from candidates import signals as candidate_signals
from candidates.models import Candidate
from reference import signals as reference_signals
from vacancies import signals as vacancy_signals
from vacancies.models import Vacancy

from . import signals
from .models import ApplicationGround, MatchResult, ScoringChunk, ScoringRun, TermPoolSnapshot
from .services import take_term_pool
from .tasks import enqueue_chunks

# Triggers


@receiver(vacancy_signals.scores_stale)
def _vacancy_scores_stale(sender, *, vacancy: Vacancy, reason: str, **kwargs) -> ScoringRun | None:
    return rescore_vacancy(vacancy, reason=reason)


@receiver(candidate_signals.profile_changed)
def _profile_changed(sender, *, candidate: Candidate, **kwargs) -> ScoringRun | None:
    if candidate.consent_at is None:
        # Without consent, only the vacancies they applied for may assess them: drop every other score.
        applied = ApplicationGround.objects.filter(candidate=candidate).values("vacancy")
        MatchResult.objects.filter(candidate=candidate).exclude(vacancy__in=applied).delete()
    return rescore_candidate(candidate)


@receiver(candidate_signals.scores_stale)
def _candidate_scores_stale(
    sender,
    *,
    candidate_ids: Sequence[int],
    reason: str,
    candidate: Candidate | None = None,
    imported: bool = False,
    **kwargs,
) -> ScoringRun | None:
    if imported:
        # A bulk import may change the pool enough for a new term pool snapshot: everything is then
        # rescored with it, the new candidates included.
        run = refresh_term_pool(reason=reason)
        if run is not None:
            return run
    return rescore_candidates(candidate_ids, reason=reason, candidate=candidate)


@receiver(reference_signals.reference_changed)
def _reference_changed(sender, **kwargs) -> ScoringRun | None:
    return reference_changed()


@receiver(signals.decisions_changed)
def _decisions_changed(sender, *, vacancy: Vacancy, candidate: Candidate, **kwargs) -> ScoringRun | None:
    return rescore_pair(vacancy, candidate, reason="essential decided")


@receiver(signals.candidate_applied)
def _candidate_applied(sender, *, vacancy: Vacancy, candidate: Candidate, **kwargs) -> ScoringRun | None:
    ApplicationGround.objects.get_or_create(vacancy=vacancy, candidate=candidate)
    if MatchResult.objects.filter(vacancy=vacancy, candidate=candidate).fresh().exists():
        return None  # scored as it stands already (as a consenting candidate usually is)
    return rescore_pair(vacancy, candidate, reason="applied")


# Which pairs may be scored


Block = tuple[Sequence[int], Sequence[int]]  # vacancy ids x candidate ids


def scorable(vacancy_ids: Sequence[int], candidate_ids: Sequence[int] | None = None) -> list[Block]:
    """The pairs among these vacancies and candidates (None: every candidate) that may be scored, as blocks:
    every candidate who consents to be matched against every vacancy, then each vacancy with the candidates
    who do not consent but applied for it (the application is its own ground)."""
    candidates = (
        Candidate.objects.all() if candidate_ids is None else Candidate.objects.filter(pk__in=candidate_ids)
    )
    blocks: list[Block] = [(vacancy_ids, list(candidates.matchable().values_list("pk", flat=True)))]
    applied: defaultdict[int, list[int]] = defaultdict(list)
    grounds = ApplicationGround.objects.filter(
        vacancy_id__in=vacancy_ids, candidate__in=candidates.filter(consent_at__isnull=True)
    )
    for vacancy_id, candidate_id in grounds.order_by("vacancy_id", "candidate_id").values_list(
        "vacancy_id", "candidate_id"
    ):
        applied[vacancy_id].append(candidate_id)
    blocks.extend(([vacancy_id], ids) for vacancy_id, ids in applied.items())
    return blocks


# Planning


def _chunks_of(ids: Sequence[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


@transaction.atomic
def plan_run(*, reason: str, blocks: Sequence[Block], vacancy=None, candidate=None) -> ScoringRun | None:
    """Split each block of vacancies x candidates into chunks of about SCORING_CHUNK_SIZE pairs, enqueue
    them on commit."""
    blocks = [(sorted(set(v)), sorted(set(c))) for v, c in blocks]
    blocks = [(v, c) for v, c in blocks if v and c]
    if not blocks:
        return None
    run = ScoringRun.objects.create(
        reason=reason[:200],
        vacancy=vacancy,
        candidate=candidate,
        total_pairs=sum(len(v) * len(c) for v, c in blocks),
    )
    chunks = []
    for vacancy_ids, candidate_ids in blocks:
        per_chunk = max(1, settings.SCORING_CHUNK_SIZE // len(vacancy_ids))
        chunks += [
            ScoringChunk(run=run, vacancy_ids=vacancy_ids, candidate_ids=ids, pairs=len(vacancy_ids) * len(ids),
                         enqueued_at=timezone.now())
            for ids in _chunks_of(candidate_ids, per_chunk)
        ]  # fmt: skip
    chunk_ids = [chunk.pk for chunk in ScoringChunk.objects.bulk_create(chunks)]
    # A run about one candidate (a profile saved, an application, a decision on one pair): someone waits
    # for it on a page, so its chunks go before bulk work.
    urgent = all(len(candidate_ids) == 1 for _, candidate_ids in blocks)
    transaction.on_commit(lambda: enqueue_chunks(chunk_ids, urgent=urgent))
    return run


def rescore_vacancy(vacancy: Vacancy, *, reason: str = "vacancy changed") -> ScoringRun | None:
    """Score every candidate who may be scored against this vacancy (when it is published)."""
    if vacancy.status != Vacancy.Status.PUBLISHED:
        return None
    return plan_run(reason=reason, blocks=scorable([vacancy.pk]), vacancy=vacancy)


def rescore_candidates(
    candidate_ids: Sequence[int], *, reason: str = "profiles changed", candidate: Candidate | None = None
) -> ScoringRun | None:
    """Score these candidates against every open vacancy they may be scored for."""
    vacancy_ids = list(Vacancy.objects.open().values_list("pk", flat=True))
    return plan_run(reason=reason, blocks=scorable(vacancy_ids, candidate_ids), candidate=candidate)


def rescore_candidate(candidate: Candidate, *, reason: str = "profile changed") -> ScoringRun | None:
    return rescore_candidates([candidate.pk], reason=reason, candidate=candidate)


def rescore_pair(vacancy: Vacancy, candidate: Candidate, *, reason: str) -> ScoringRun | None:
    """Score one candidate against one vacancy, whatever the vacancy's status: its stored result is kept
    and read (a closed vacancy's shortlist too)."""
    return plan_run(reason=reason, blocks=scorable([vacancy.pk], [candidate.pk]), vacancy=vacancy,
                    candidate=candidate)  # fmt: skip


def rescore_everything(*, reason: str = "full rescore") -> ScoringRun | None:
    vacancy_ids = list(Vacancy.objects.open().values_list("pk", flat=True))
    return plan_run(reason=reason, blocks=scorable(vacancy_ids))


def reference_changed() -> ScoringRun | None:
    """New reference data (ladders, language scales, member nations, default weights) feeds every score:
    the open vacancies' scores count as stale at once (a new requirements version) and are all computed again."""
    return _rescore_everything_stale(reason="reference data changed")


def _rescore_everything_stale(*, reason: str) -> ScoringRun | None:
    """Something every score reads changed: the open vacancies' scores count as stale at once (a new
    requirements version) and are all computed again."""
    Vacancy.objects.open().update(requirements_version=F("requirements_version") + 1)
    return rescore_everything(reason=reason)


def term_pool_due() -> bool:
    """Whether the pool has grown or shrunk by TERM_POOL_REFRESH_SHARE since its snapshot was taken (or none
    was): only then is a new one worth rescoring everything for."""
    taken = TermPoolSnapshot.objects.order_by("-pk").values_list("candidates", flat=True).first()
    now = Candidate.objects.count()
    if taken is None:
        return now > 0
    return abs(now - taken) >= settings.TERM_POOL_REFRESH_SHARE * max(taken, 1)


def refresh_term_pool(*, force: bool = False, reason: str = "term pool refreshed") -> ScoringRun | None:
    """Take a new term pool snapshot when it is due (or ``force``): the relevance weights of every score
    change with it, so the open vacancies' scores count as stale at once and are all computed again.
    The run that does it; None when no snapshot was due (or nothing is open to score)."""
    if not (force or term_pool_due()):
        return None
    with transaction.atomic():
        take_term_pool()
        return _rescore_everything_stale(reason=reason)


@shared_task(ignore_result=True)
def refresh_term_pool_when_due() -> int | None:
    """The beat's daily check (``CELERY_BEAT_SCHEDULE``): the id of the rescoring it started, if any."""
    run = refresh_term_pool()
    return run.pk if run else None
