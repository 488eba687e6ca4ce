"""Rescoring: what triggers it, and planning its runs. The one place that knows both.

The apps below matching (vacancies, candidates, reference) must not import it (README.md, "Layout"):
they send their own signals when scores go stale, and the receivers here plan the runs. The apps above
send the same signals, so every trigger is listed here:

- a vacancy published, corrected, re-parsed, its weights changed, or rescored in the admin
  (``vacancies.signals.scores_stale``): every matchable candidate against it, when it is published;
- a profile changed (an applicant's edit, consent, an admin's edit; ``candidates.signals.profile_changed``):
  the candidate against every open vacancy, or their scores dropped without consent;
- candidates imported, signed up or rescored in the admin (``candidates.signals.scores_stale``);
- reference data changed in the admin (``reference.signals.reference_changed``): everything open;
- a recruiter's decision on an essential line made, changed or undone (``matching.signals.decisions_changed``):
  that one pair, so that the stored verdict is the pipeline's.

A run is split into chunks of about SCORING_CHUNK_SIZE pairs stored in the database and enqueued once the
transaction that asked for it commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
from .models import MatchResult, ScoringChunk, ScoringRun
from .tasks import enqueue_chunks

# Triggers


@receiver(vacancy_signals.scores_stale)
def _vacancy_scores_stale(sender, *, vacancy: Vacancy, reason: str, **kwargs) -> ScoringRun | None:
    return rescore_vacancy(vacancy, reason=reason)


@receiver(candidate_signals.profile_changed)
def _profile_changed(sender, *, candidate: Candidate, **kwargs) -> ScoringRun | None:
    if candidate.consent_at is None:
        # Without consent there is nothing to match: drop the scores rather than keep stale ones.
        MatchResult.objects.filter(candidate=candidate).delete()
        return None
    return rescore_candidate(candidate)


@receiver(candidate_signals.scores_stale)
def _candidate_scores_stale(
    sender, *, candidate_ids: Sequence[int], reason: str, candidate: Candidate | None = None, **kwargs
) -> ScoringRun | None:
    return rescore_candidates(candidate_ids, reason=reason, candidate=candidate)


@receiver(reference_signals.reference_changed)
def _reference_changed(sender, **kwargs) -> ScoringRun | None:
    return reference_changed()


@receiver(signals.decisions_changed)
def _decisions_changed(sender, *, vacancy: Vacancy, candidate: Candidate, **kwargs) -> ScoringRun | None:
    return rescore_pair(vacancy, candidate, reason="essential decided")


# Planning


def _chunks_of(ids: Sequence[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


@transaction.atomic
def plan_run(
    *, reason: str, vacancy_ids: Sequence[int], candidate_ids: Sequence[int], vacancy=None, candidate=None
) -> ScoringRun | None:
    """Split vacancies x candidates into chunks of about SCORING_CHUNK_SIZE pairs, enqueue them on commit."""
    vacancy_ids, candidate_ids = sorted(set(vacancy_ids)), sorted(set(candidate_ids))
    if not vacancy_ids or not candidate_ids:
        return None
    run = ScoringRun.objects.create(
        reason=reason[:200],
        vacancy=vacancy,
        candidate=candidate,
        total_pairs=len(vacancy_ids) * len(candidate_ids),
    )
    per_chunk = max(1, settings.SCORING_CHUNK_SIZE // len(vacancy_ids))
    chunks = ScoringChunk.objects.bulk_create(
        [
            ScoringChunk(run=run, vacancy_ids=vacancy_ids, candidate_ids=ids, pairs=len(vacancy_ids) * len(ids),
                         enqueued_at=timezone.now())
            for ids in _chunks_of(candidate_ids, per_chunk)
        ]
    )  # fmt: skip
    chunk_ids = [chunk.pk for chunk in chunks]
    transaction.on_commit(lambda: enqueue_chunks(chunk_ids))
    return run


def rescore_vacancy(vacancy: Vacancy, *, reason: str = "vacancy changed") -> ScoringRun | None:
    """Score every matchable candidate against this vacancy (when it is published)."""
    if vacancy.status != Vacancy.Status.PUBLISHED:
        return None
    candidate_ids = list(Candidate.objects.matchable().values_list("pk", flat=True))
    return plan_run(reason=reason, vacancy_ids=[vacancy.pk], candidate_ids=candidate_ids, vacancy=vacancy)


def rescore_candidates(
    candidate_ids: Sequence[int], *, reason: str = "profiles changed", candidate: Candidate | None = None
) -> ScoringRun | None:
    """Score these candidates against every open vacancy."""
    vacancy_ids = list(Vacancy.objects.open().values_list("pk", flat=True))
    matchable = list(Candidate.objects.matchable().filter(pk__in=candidate_ids).values_list("pk", flat=True))
    return plan_run(reason=reason, vacancy_ids=vacancy_ids, candidate_ids=matchable, candidate=candidate)


def rescore_candidate(candidate: Candidate, *, reason: str = "profile changed") -> ScoringRun | None:
    return rescore_candidates([candidate.pk], reason=reason, candidate=candidate)


def rescore_pair(vacancy: Vacancy, candidate: Candidate, *, reason: str) -> ScoringRun | None:
    """Score one candidate against one vacancy, whatever the vacancy's status: its stored result is kept
    and read (a closed vacancy's shortlist too)."""
    matchable = Candidate.objects.matchable().filter(pk=candidate.pk).values_list("pk", flat=True)
    return plan_run(reason=reason, vacancy_ids=[vacancy.pk], candidate_ids=list(matchable), vacancy=vacancy,
                    candidate=candidate)  # fmt: skip


def rescore_everything(*, reason: str = "full rescore") -> ScoringRun | None:
    vacancy_ids = list(Vacancy.objects.open().values_list("pk", flat=True))
    candidate_ids = list(Candidate.objects.matchable().values_list("pk", flat=True))
    return plan_run(reason=reason, vacancy_ids=vacancy_ids, candidate_ids=candidate_ids)


def reference_changed() -> ScoringRun | None:
    """New reference data (ladders, language scales, member nations, default weights) feeds every score:
    the open vacancies' scores count as stale at once (a new requirements version) and are all computed again."""
    Vacancy.objects.open().update(requirements_version=F("requirements_version") + 1)
    return rescore_everything(reason="reference data changed")
