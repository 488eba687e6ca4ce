"""Which writes change what a vacancy's shortlist shows: the one place that knows (issue 18, point 5).

The shortlist's table, counts and charts are kept in the cache under the vacancy's **generation**
(``of``), a counter that every write changing them bumps (``bump``) in the writer's own transaction, after
the write. The new generation is therefore seen together with the change: a request that reads the new
generation reads the new rows too (it reads the generation first), and one that read the old generation
keeps its answer under a key nobody asks for again. No answer is ever served for a generation older than
the data, whoever wrote, whatever the process.

What bumps a vacancy's generation (the receivers below; a writer needs nothing else):

- its results: any ``MatchResult`` saved or deleted (a candidate's erasure deletes theirs), and
  ``matching.signals.results_stored`` for the writes that send no model signal: a scoring chunk's bulk
  upsert and a recruiter's decision laid over a stored result;
- its applications, stage changes (with the email pending in its undo window), ratings, notes, invitations
  and essential decisions, saved or deleted; ``applications.signals.written_in_bulk`` for the bulk writes
  (invitations, a stage written with ``update``);
- a candidate's row (name, nationality, consent), the rows the filters read (languages, experience), a
  profile change (``candidates.signals.profile_changed``: the stale mark) and a candidate's deletion: every
  vacancy the candidate has a result for; many candidates at once (an import,
  ``candidates.signals.scores_stale``): every vacancy (scope 0, added to each vacancy's own).

Not a bump but part of the key (``cache_key``), as the permission check reads the vacancy's row anyway:
its requirements version (a correction, new weights, new reference data: every result stale at once), its
blind review settings and when it was last saved. And what time changes without a write: a stage email's
undo window ending (the row's "Email to applicant at ..., Undo"), so an answer is kept at most until the
first such window on it ends (``keep_for``).

What a scoring run's chunks write is a machine's write, several a second while a rescoring runs: were each
to bump, every answer would be rendered again after nearly every chunk, in every web process (issue 16, point
10). A chunk (``results_stored`` with ``by_run``) bumps the generation only when the vacancy's last such bump
is ``SHORTLIST_SCORES_REFRESH`` seconds old; otherwise it marks the vacancy's row ``scores_pending``, and the
generation as read (``of``) shows that mark once twice the interval has passed since that last bump, so those
results are shown at most that late even when no chunk follows (while chunks follow, the next one's bump shows
them after one interval: one new generation per interval, not two). When a run ends (``matching.signals
.run_finished``) every vacancy it wrote is bumped at once: its final state is exact. Every other write bumps at
once, as above, and is never served stale: while a run rescores the vacancy, an answer missing for a new
generation is rendered by one process while the others serve the answer before (the last one kept, from
before the run too), which says as of when its scores were read, only when nothing but the run's chunks wrote since (``kept_or_previous``). Read, a row counts ``2 * generation``, plus one once its pending
results are due: a number that only grows, with every bump and when pending results fall due.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Case, F, OuterRef, Q, QuerySet, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone, translation

from access import answers
from access.answers import keep, kept  # noqa: F401 (the recruiters' views keep their answers through here)
from applications import signals as application_signals
from applications.models import Application, Invitation, Note, Rating, StageChange
from candidates import signals as candidate_signals
from candidates.models import Candidate, Experience, LanguageSkill
from matching import scoring
from matching import signals as matching_signals
from matching.models import EssentialDecision, MatchResult, ScoringRun
from vacancies.models import Vacancy

from .models import ShortlistGeneration

log = logging.getLogger(__name__)
EVERY_VACANCY = 0
KEEP_SECONDS = 600  # how long an answer is kept at most; a new generation makes it unreachable at once
_TABLE = ShortlistGeneration._meta.db_table


def of(vacancy: Vacancy) -> int:
    """The vacancy's generation: its own counter plus the every-vacancy one (both only grow, so the sum
    changes with every bump of either). Read with the vacancy when it was fetched ``with_generation``."""
    if hasattr(vacancy, "shortlist_generation"):
        return vacancy.shortlist_generation
    return ShortlistGeneration.objects.filter(scope__in=(EVERY_VACANCY, vacancy.pk)).aggregate(
        n=Coalesce(Sum(_as_read()), 0)
    )["n"]


def with_generation(vacancies: QuerySet) -> QuerySet:
    """The vacancies with their generation read in the same query (``of`` then needs none), and the count of
    the bumps that were not a run's chunks (``people_generation``, for ``kept_or_previous``)."""
    counters = ShortlistGeneration.objects.filter(scope__in=[EVERY_VACANCY, OuterRef("pk")])
    summed = counters.annotate(one=Value(1)).values("one")
    return vacancies.annotate(
        shortlist_generation=Coalesce(Subquery(summed.annotate(n=Sum(_as_read())).values("n")), 0),
        people_generation=Coalesce(Subquery(summed.annotate(n=Sum("people")).values("n")), 0),
    )


def _as_read():
    """A row's generation as read: twice its counter, plus one once its pending results are due: twice the
    interval after the last bump, so that while chunks keep coming the next one's bump (after one interval)
    comes first, and the generation changes once per interval, not twice (the mark falling due, then the bump
    just after it: each a new answer to render in every variant, issue 16 point 10)."""
    due = Q(scores_pending=True, scores_bumped_at__lte=timezone.now() - 2 * _refresh())
    return F("generation") * 2 + Case(When(due, then=Value(1)), default=Value(0))


def _refresh() -> dt.timedelta:
    return dt.timedelta(seconds=settings.SHORTLIST_SCORES_REFRESH)


def bump(vacancy_ids: Iterable[int | None]) -> None:
    """Mark these vacancies' shortlists changed, in the current transaction (so together with the write).

    One statement, the rows in a stable order (two writers never wait on each other in a cycle). What was
    pending is shown too (the next read reads every committed row)."""
    ids = _ids(vacancy_ids)
    if not ids:
        return
    rows = ", ".join(["(%s, 1, FALSE, 1)"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_TABLE} (scope, generation, scores_pending, people) VALUES {rows} "  # noqa: S608 (our table name only)
            f"ON CONFLICT (scope) DO UPDATE SET generation = {_TABLE}.generation + 1, scores_pending = FALSE, "
            f"people = {_TABLE}.people + 1",
            ids,
        )


def bump_for_a_run(vacancy_ids: Iterable[int | None]) -> None:
    """What a scoring run's chunk wrote: a bump if the vacancy's last one by a run is at least
    ``SHORTLIST_SCORES_REFRESH`` seconds old (or there was none), otherwise marked pending (``of`` shows it
    once that time has passed). One statement, in the writer's transaction, rows in a stable order."""
    ids = _ids(vacancy_ids)
    if not ids:
        return
    now = timezone.now()
    rows = ", ".join(["(%s, 1, %s, FALSE, 0)"] * len(ids))
    due = f"({_TABLE}.scores_bumped_at IS NULL OR {_TABLE}.scores_bumped_at <= %s)"
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_TABLE} (scope, generation, scores_bumped_at, scores_pending, people) VALUES {rows} "  # noqa: S608
            f"ON CONFLICT (scope) DO UPDATE SET "
            f"generation = {_TABLE}.generation + CASE WHEN {due} THEN 1 ELSE 0 END, "
            f"scores_pending = NOT {due}, "
            f"scores_bumped_at = CASE WHEN {due} THEN %s ELSE {_TABLE}.scores_bumped_at END",
            [value for pk in ids for value in (pk, now)] + [now - _refresh()] * 3 + [now],
        )


def bump_after_a_run(started_at: dt.datetime) -> None:
    """A run has ended: bump every vacancy a run wrote since it started (pending or bumped by it), so that its
    final state shows at once and the page no longer says that scores are being refreshed."""
    written = ShortlistGeneration.objects.filter(
        Q(scores_pending=True) | Q(scores_bumped_at__gte=started_at)
    ).values_list("scope", flat=True)
    bump(written)


def kept_or_previous(
    vacancy: Vacancy, key: str, latest: str, during_the_run: Callable[[Any], Any] | None
) -> tuple[Any, str | None]:
    """(the answer to serve or None: render it now, the claim this request holds to render the next answer
    once the one served is sent, or None).

    The answer kept under ``key`` (this generation's); else, while a run rescores the vacancy, the latest answer
    kept (``keep_with_previous``: from before the run or during it) as ``during_the_run`` shows it (saying as of
    when its scores were read), if nothing but the run's chunks has written since (the same count of other
    bumps); one request at a time renders the next one, after sending the answer before
    (``answers.ThenRender``), while no other answer of the vacancy is being rendered so, and the others are
    served the answer before meanwhile; else this generation's answer once another process has rendered it
    (``answers.rendered_elsewhere``), or None: render it. ``during_the_run`` None: never the answer before (a
    page that keeps what it is built from).

    So while a run writes, nobody waits for a render: the web processes render each answer once per
    generation between them, one at a time per vacancy, after answering ("Scores are being refreshed: ... as
    of 14:02:11"; issue 16 point 10: a request that rendered the new answer took up to 1.5 s while the workers
    wrote). A person's write, a run's end or anything else that ``bump`` counts is never served that way: the
    answer for it is rendered first."""
    if (value := kept(key)) is not None:
        return value, None
    if during_the_run is not None and getattr(vacancy, "rescoring", False):
        previous = answers.latest(latest)
        if previous is not None and previous[0] == vacancy.people_generation:
            renders = answers.claim(latest)
            if renders and not answers.claim(_rendering(vacancy)):
                answers.release(latest)  # another answer of the vacancy is being rendered: later
                renders = False
            return during_the_run(previous[1]), (latest if renders else None)
    return answers.rendered_elsewhere(key), None


def render_after(html: str, vacancy: Vacancy, claim: str, render: Callable[[], Any]) -> answers.ThenRender:
    """The answer before, ``html``, sent; then ``render`` (which keeps the next answer), then the claims
    released (``kept_or_previous`` gave ``claim``)."""
    return answers.ThenRender(html, render, (claim, _rendering(vacancy)))


def _rendering(vacancy: Vacancy) -> str:
    return f"rendering:{vacancy.pk}"


def keep_with_previous(vacancy: Vacancy, key: str, latest: str, value, seconds: int) -> None:
    """Keep ``value`` under ``key``, and as the latest answer (``kept_or_previous``), with the count of other
    bumps it was rendered at: kept before a run too, so that from the run's first write on a request is served
    the answer before at once rather than wait for one process to render the new one (issue 16, point 10)."""
    keep(key, value, seconds)
    answers.release(key)
    answers.keep_latest(latest, (vacancy.people_generation, value), seconds)
    answers.release(latest)


def _ids(vacancy_ids: Iterable[int | None]) -> list[int]:
    return sorted({int(pk) for pk in vacancy_ids if pk is not None})


def cache_key(request, vacancy: Vacancy, generation: int, part: str) -> str:
    """The key of one answer: the part, the vacancy's generation and row, who asks (what their role lets
    them see), the language, time zone and day it is worded in, and the page's own query string."""
    user = request.user
    parts = [
        part, vacancy.pk, generation, vacancy.requirements_version, vacancy.blind_review,
        vacancy.reveal_stage, vacancy.updated_at.isoformat() if vacancy.updated_at else "",
        user.is_staff, getattr(user, "role", ""), translation.get_language(),
        timezone.get_current_timezone_name(), timezone.localdate().isoformat(), request.get_full_path(),
        scoring.ENGINE_VERSION,
    ]  # fmt: skip
    digest = hashlib.blake2b(json.dumps(parts, default=str).encode(), digest_size=16).hexdigest()
    return f"shortlist:{vacancy.pk}:{digest}"


def vacancies_state(user) -> dict:
    """What "My vacancies" shows depends on: each vacancy the user may see with its row and generation (one
    query), and the scoring runs running (another: a vacancy they rescore is shown "Rescoring")."""
    rows = with_generation(Vacancy.objects.for_recruiter(user)).order_by("pk")
    return {
        "vacancies": list(
            rows.values_list(
                "pk", "shortlist_generation", "updated_at", "requirements_version", "status", "deadline"
            )
        ),
        "running": list(
            ScoringRun.objects.filter(status=ScoringRun.Status.RUNNING)
            .order_by("pk")
            .values_list("pk", flat=True)
        ),
    }


def page_key(request, part: str, state: dict) -> str:
    """The key of a whole page of this user's (``access.answers.key``), the engine's version in its state."""
    return answers.key(request, part, [state, scoring.ENGINE_VERSION])


def keep_for(email_times: Iterable[dt.datetime | None]) -> int:
    """Seconds to keep an answer showing these pending emails: until the first undo window ends."""
    now = timezone.now()
    ends = [(at - now).total_seconds() for at in email_times if at is not None]
    return max(1, min([KEEP_SECONDS, *(int(s) for s in ends)]))


# What bumps


def _candidates_vacancies(candidate_ids: Iterable[int]) -> list[int]:
    """The vacancies these candidates have results for (their rows are on those shortlists)."""
    return list(
        MatchResult.objects.filter(candidate_id__in=list(candidate_ids))
        .order_by()
        .values_list("vacancy_id", flat=True)
        .distinct()
    )


@receiver([post_save, post_delete], sender=MatchResult)
@receiver([post_save, post_delete], sender=Application)
@receiver([post_save, post_delete], sender=Rating)
@receiver([post_save, post_delete], sender=Note)
@receiver([post_save, post_delete], sender=Invitation)
@receiver([post_save, post_delete], sender=EssentialDecision)
def _row_of_a_vacancy(sender, instance, **kwargs) -> None:
    bump([instance.vacancy_id])


@receiver([post_save, post_delete], sender=StageChange)
def _stage_change(sender, instance, **kwargs) -> None:
    bump(Application.objects.filter(pk=instance.application_id).values_list("vacancy_id", flat=True))


@receiver(matching_signals.results_stored)
@receiver(application_signals.written_in_bulk)
def _written_in_bulk(sender, *, vacancy_ids, by_run: bool = False, **kwargs) -> None:
    (bump_for_a_run if by_run else bump)(vacancy_ids)


@receiver(matching_signals.run_finished)
def _run_finished(sender, *, started_at, **kwargs) -> None:
    bump_after_a_run(started_at)


@receiver(post_save, sender=Candidate)
@receiver(pre_delete, sender=Candidate)  # before their results go with them
def _candidate(sender, instance, **kwargs) -> None:
    bump(_candidates_vacancies([instance.pk]))


@receiver([post_save, post_delete], sender=Experience)
@receiver([post_save, post_delete], sender=LanguageSkill)
def _filtered_profile_row(sender, instance, **kwargs) -> None:
    bump(_candidates_vacancies([instance.candidate_id]))


@receiver(candidate_signals.profile_changed)
def _profile_changed(sender, *, candidate: Candidate, **kwargs) -> None:
    bump(_candidates_vacancies([candidate.pk]))


@receiver(candidate_signals.scores_stale)
def _candidates_stale(sender, *, candidate_ids, candidate=None, **kwargs) -> None:
    ids = list(candidate_ids)
    bump(_candidates_vacancies(ids) if len(ids) == 1 else [EVERY_VACANCY])
