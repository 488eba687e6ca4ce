"""Reading a recruiter's vacancies and shortlists: filters, sorting, counts and chart figures.

Every function starts from the user (``for_recruiter``) so that access control cannot be forgotten, and
answers in a fixed number of queries whatever the number of rows.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

import msgspec
from django.db.models import (
    Avg,
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Floor, Least
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext

from applications.models import (
    STAGE_ORDER,
    Application,
    ApplicationDocument,
    Invitation,
    Note,
    Rating,
    Stage,
    StageChange,
    stage_email_delay,
    told_of_stages,
)
from candidates.models import NATO_LEVELS, Candidate, Experience, LanguageSkill
from matching import scoring
from matching.compact import ESSENTIAL_CRITERIA
from matching.models import MatchResult, ScoringRun, freshness
from matching.reasons import criterion_label
from reference.languages import stored_language
from reference.nations import stored_nationality
from vacancies.models import Vacancy

from . import generations
from .forms import CRITERIA

T = TypeVar("T")
_deterministic_json = msgspec.json.Encoder(order="deterministic").encode  # the same bytes for equal values

LEVELS = [code for code, _ in NATO_LEVELS]
HIDDEN_STAGES = {Stage.REJECTED, Stage.WITHDRAWN}  # closed early or late: stay anonymous either way


# Vacancies


def _count(queryset: QuerySet) -> Subquery:
    """A correlated COUNT(*) subquery: counts per vacancy row without multiplying joins."""
    return Coalesce(
        Subquery(queryset.order_by().values("vacancy").annotate(n=Count("pk")).values("n")[:1]),
        0,
        output_field=IntegerField(),
    )


def running_runs(vacancy: Vacancy | OuterRef) -> QuerySet:
    """Runs that are scoring this vacancy now: its own, and bulk runs over every open vacancy."""
    return ScoringRun.objects.filter(
        Q(vacancy=vacancy) | Q(vacancy__isnull=True, candidate__isnull=True),
        status=ScoringRun.Status.RUNNING,
    )


def vacancies_overview(user, generations: dict[int, int] | None = None) -> list[Vacancy]:
    """The vacancies the user may see, each with its counts: the stages' in one query, the scores' in one
    more (``match_counts``, kept per ``generations`` of the vacancies when given: {vacancy id: generation})."""
    applications = Application.objects.applied().filter(vacancy=OuterRef("pk"))
    stage_counts = {f"in_{stage}": _count(applications.filter(stage=stage)) for stage in Stage.values}
    bulk_run = ScoringRun.objects.filter(
        vacancy__isnull=True, candidate__isnull=True, status=ScoringRun.Status.RUNNING
    )
    vacancies = list(
        Vacancy.objects.for_recruiter(user)
        .annotate(
            rescoring=Exists(ScoringRun.objects.filter(vacancy=OuterRef("pk"), status="running"))
            | Exists(bulk_run),
            **stage_counts,
        )
        .order_by(F("deadline").asc(nulls_last=True), "title")
    )
    counts = match_counts([vacancy.pk for vacancy in vacancies], generations)
    for vacancy in vacancies:
        vacancy.scored, vacancy.eligible, vacancy.to_assess = counts.get(vacancy.pk, (0, 0, 0))
    return vacancies


def match_counts(
    vacancy_ids: list[int], generations: dict[int, int] | None = None
) -> dict[int, tuple[int, int, int]]:
    """{vacancy id: (scored, eligible, to be assessed)}, in one query over the results; kept in this process's
    cache per generation of each vacancy when ``generations`` gives them (recruiting.generations: while a
    rescoring runs they change every few seconds, not with every chunk)."""

    def count() -> dict[int, tuple[int, int, int]]:
        found: dict[int, list[int]] = {pk: [0, 0, 0] for pk in vacancy_ids}
        rows = (
            MatchResult.objects.filter(vacancy_id__in=vacancy_ids)
            .values_list("vacancy_id", "verdict")
            .annotate(n=Count("*"))
            .order_by()
        )
        for vacancy_id, verdict, n in rows:
            found[vacancy_id][0] += n
            if verdict == MatchResult.Verdict.ELIGIBLE:
                found[vacancy_id][1] += n
            elif verdict == MatchResult.Verdict.TO_ASSESS:
                found[vacancy_id][2] += n
        return {pk: tuple(n) for pk, n in found.items()}

    if generations is None or any(pk not in generations for pk in vacancy_ids):
        return count()
    state = ",".join(f"{pk}:{generations[pk]}" for pk in sorted(vacancy_ids))
    digest = hashlib.md5(state.encode(), usedforsecurity=False).hexdigest()
    return _kept(f"match-counts:{digest}", count)


def _kept(key: str, compute: Callable[[], T]) -> T:
    """``compute()``, kept under ``key`` (which names what the value depends on: ``generations.kept``)."""
    value = generations.kept(key)
    if value is None:
        value = compute()
        generations.keep(key, value, PICTURE_SECONDS)
    return value


def get_vacancy_for_recruiter(user, pk: int, *, with_generation: bool = False) -> Vacancy:
    """The vacancy if this user may see it; 404 otherwise (never reveal that it exists). ``with_generation``:
    with its shortlist's generation read in the same query (recruiting.generations), and whether a run
    rescores it (``rescoring``)."""
    vacancies = Vacancy.objects.for_recruiter(user)
    if with_generation:
        vacancies = generations.with_generation(vacancies).annotate(
            rescoring=Exists(running_runs(OuterRef("pk")))
        )
    return get_object_or_404(vacancies, pk=pk)


# The shortlist


def blind_for(vacancy: Vacancy, stage: str | None) -> bool:
    """Whether a candidate at this stage is shown anonymously.

    >>> v = Vacancy(blind_review=True, reveal_stage="interview")
    >>> blind_for(v, None), blind_for(v, "shortlisted"), blind_for(v, "interview"), blind_for(v, "rejected")
    (True, True, False, True)
    """
    if not vacancy.blind_review:
        return False
    if stage is None or stage in HIDDEN_STAGES:
        return True
    return STAGE_ORDER[stage] < STAGE_ORDER.get(vacancy.reveal_stage, STAGE_ORDER[Stage.INTERVIEW])


def _annotated(user, vacancy: Vacancy) -> QuerySet:
    # Only an application the candidate made has a stage; one a recruiter added leaves them in the pool.
    application = Application.objects.applied().filter(vacancy=vacancy, candidate=OuterRef("candidate"))
    ratings = Rating.objects.filter(vacancy=vacancy, candidate=OuterRef("candidate"))
    invitation = Invitation.objects.filter(vacancy=vacancy, candidate=OuterRef("candidate"))
    notes = Note.objects.filter(vacancy=vacancy, candidate=OuterRef("candidate"))
    # A move whose email is still in its undo window (at most one: the application's latest change).
    pending = StageChange.objects.pending().filter(
        application__vacancy=vacancy, application__candidate=OuterRef("candidate")
    )
    return (
        MatchResult.objects.for_recruiter(user)
        .filter(vacancy=vacancy)
        .select_related("candidate")
        .with_freshness()
        .annotate(
            stage=Subquery(application.values("stage")[:1]),
            applied_at=Subquery(application.values("applied_at")[:1]),
            invited_at=Subquery(invitation.values("invited_at")[:1]),
            invited_by_name=Subquery(invitation.values("invited_by__full_name")[:1]),
            notes_count=_count_of(notes),
            average_rating=Subquery(
                ratings.order_by().values("candidate").annotate(a=Avg("stars")).values("a")[:1]
            ),
            # Whether a move is emailed to the applicant (the confirmation says so only then).
            told_of_stages=Exists(application.filter(told_of_stages())),
            email_pending_since=Subquery(pending.values("changed_at")[:1]),
            undo_stage=Subquery(pending.values("from_stage")[:1]),
        )
    )


def _count_of(queryset: QuerySet) -> Coalesce:
    """A correlated COUNT(*) of the rows of a subquery bound by OuterRef."""
    return Coalesce(
        Subquery(queryset.order_by().values("candidate").annotate(n=Count("pk")).values("n")[:1]),
        0,
        output_field=IntegerField(),
    )


def _search(queryset: QuerySet, q: str, *, blind: bool) -> QuerySet:
    titles = Exists(Experience.objects.filter(candidate=OuterRef("candidate"), title__icontains=q))
    found = Q(candidate__skills__icontains=q) | Q(titles)
    if not blind:  # under blind review a name search would reveal who is who
        found |= Q(candidate__name__icontains=q) | Q(candidate__email__icontains=q)
    return queryset.filter(found)


def _ordered(queryset: QuerySet, sort: str, *, blind: bool) -> QuerySet:
    if sort == "score":
        return queryset.order_by("-score", "candidate_id")
    if sort == "-score":
        return queryset.order_by("score", "candidate_id")
    if sort == "name":
        return (
            queryset.order_by("candidate_id")
            if blind
            else queryset.order_by("candidate__name", "candidate_id")
        )
    if sort.startswith("points:") and sort.removeprefix("points:") in scoring.CRITERIA:
        return queryset.order_by(F(f"{sort.removeprefix('points:')}_points").desc(), "-score", "candidate_id")
    return queryset.ranked()


def shortlist(user, vacancy: Vacancy, filters: dict) -> QuerySet:
    """The vacancy's scored candidates that pass the filters, in the chosen order.

    Whose: ``view`` "applicants" (the default: those who applied) or "pool" (candidates who consent to be
    matched and have not applied). Filters (all optional): q, verdict ("eligible" | "eligible_or_assess"),
    min_score, stage (applicants at a stage), language + language_level, nationality.
    The rows are bare: page through their candidates' ids, then fetch one page's details with ``with_details``
    (sorting 10,000 narrow keys is cheap, sorting 10,000 wide rows is not).
    """
    blind = vacancy.blind_review
    rows = of_view(
        MatchResult.objects.for_recruiter(user).filter(vacancy=vacancy), vacancy, filters.get("view")
    )
    if filters.get("verdict") == "eligible":
        rows = rows.filter(verdict=MatchResult.Verdict.ELIGIBLE)
    elif filters.get("verdict") == "eligible_or_assess":
        rows = rows.filter(verdict__gte=MatchResult.Verdict.TO_ASSESS)
    if filters.get("min_score") is not None:
        rows = rows.filter(score__gte=filters["min_score"])
    if filters.get("stage"):
        applications = Application.objects.filter(vacancy=vacancy, candidate=OuterRef("candidate"))
        rows = rows.filter(Exists(applications.applied().filter(stage=filters["stage"])))
    if filters.get("language"):
        level = filters.get("language_level") or LEVELS[0]
        speakers = LanguageSkill.objects.filter(
            candidate=OuterRef("candidate"),
            language=stored_language(filters["language"]),
            level__in=LEVELS[LEVELS.index(level) :],
        )
        rows = rows.filter(Exists(speakers))
    if filters.get("nationality") and not blind:
        rows = rows.filter(candidate__nationality=stored_nationality(filters["nationality"]))
    if filters.get("q"):
        rows = _search(rows, filters["q"], blind=blind)
    return _ordered(rows, filters.get("sort", "rank"), blind=blind)


POOL = "pool"


def of_view(matches: QuerySet, vacancy: Vacancy, view: str | None) -> QuerySet:
    """The vacancy's applicants, or with ``view`` "pool" the candidates who could be invited to apply:
    consenting to be matched, not applied."""
    applied = Exists(Application.objects.applied().filter(vacancy=vacancy, candidate=OuterRef("candidate")))
    if view == POOL:
        return matches.filter(~applied, candidate__in=Candidate.objects.matchable())
    return matches.filter(applied)


def view_counts(user, vacancy: Vacancy, *, generation: int) -> dict[str, int]:
    """How many applicants and how many in the pool, for the two tabs, kept per ``generation`` of the shortlist
    (recruiting.generations)."""
    matches = MatchResult.objects.for_recruiter(user).filter(vacancy=vacancy)
    return _kept(
        f"view-counts:{vacancy.pk}:{user.pk}:{vacancy.requirements_version}:{generation}",
        lambda: {view: of_view(matches, vacancy, view).count() for view in ("applicants", POOL)},
    )


def with_details(user, vacancy: Vacancy, candidate_ids: list[int]) -> list[MatchResult]:
    """These matches (the candidates' ids from ``shortlist``, ``values_list("candidate_id")``), in the same
    order, with candidate, stage and rating."""
    found = {}
    # An export asks for thousands: a few queries of fair size.
    for start in range(0, len(candidate_ids), 2000):
        some = candidate_ids[start : start + 2000]
        found.update((m.candidate_id, m) for m in _annotated(user, vacancy).filter(candidate_id__in=some))
    return [found[pk] for pk in candidate_ids if pk in found]


def get_match_for_recruiter(user, vacancy: Vacancy, candidate_id: int) -> MatchResult:
    """One scored candidate of this vacancy with everything the row detail shows; 404 if not matched."""
    queryset = _annotated(user, vacancy).prefetch_related(
        "candidate__education",
        "candidate__experience",
        "candidate__languages",
        "candidate__competencies",
    )
    return get_object_or_404(queryset, candidate_id=candidate_id)


def matches_for_compare(user, vacancy: Vacancy, candidate_ids: list[int]) -> list[MatchResult]:
    """The chosen candidates' matches, in the order asked; 404 when one is not matched to the vacancy."""
    by_id = {
        m.candidate_id: m
        for m in _annotated(user, vacancy)
        .filter(candidate_id__in=candidate_ids)
        .prefetch_related("candidate__languages", "candidate__experience", "candidate__education")
    }
    if set(candidate_ids) - by_id.keys():
        raise Http404("No such candidate for this vacancy.")
    return [by_id[pk] for pk in candidate_ids]


def application_of(vacancy: Vacancy, candidate_id: int) -> Application | None:
    """The candidate's application for the vacancy, if they applied (one a recruiter added is no application)."""
    return (
        Application.objects.applied()
        .filter(vacancy=vacancy, candidate_id=candidate_id)
        .prefetch_related(
            Prefetch("stage_changes", to_attr="history"), "stage_changes__changed_by", "documents"
        )
        .first()
    )


def documents_hidden(user, vacancy: Vacancy, stage: str | None) -> bool:
    """Whether an applicant's documents are withheld from this user: from recruiters while blind review hides
    who the applicant is (a CV names them, like a motivation letter); never from admins."""
    return blind_for(vacancy, stage) and not user.is_staff


def get_document_for_recruiter(
    user, vacancy: Vacancy, candidate_id: int, document_id: int
) -> ApplicationDocument:
    """A document of the candidate's application for this vacancy; 404 when there is none or while it is
    hidden from this user (``documents_hidden``)."""
    applications = Application.objects.applied().filter(vacancy=vacancy, candidate_id=candidate_id)
    document = get_object_or_404(
        ApplicationDocument.objects.filter(application__in=applications).select_related("application"),
        pk=document_id,
    )
    if documents_hidden(user, vacancy, document.application.stage):
        raise Http404("No such document.")
    return document


def stage_histories(vacancy: Vacancy, candidate_ids: list[int]) -> dict[int, list[tuple[str, object]]]:
    """Each applicant's stages with when they were reached, oldest first, in one query (for exports)."""
    histories: dict[int, list[tuple[str, object]]] = {}
    changes = (
        StageChange.objects.filter(application__in=Application.objects.applied().filter(vacancy=vacancy))
        .filter(application__candidate_id__in=candidate_ids)
        .order_by("changed_at", "pk")
        .values_list("application__candidate_id", "to_stage", "changed_at")
    )
    for candidate_id, stage, changed_at in changes:
        histories.setdefault(candidate_id, []).append((stage, changed_at))
    return histories


def pending_emails(vacancy: Vacancy, candidate_ids: list[int]) -> int:
    """How many of these candidates' applicants are to be emailed once the undo window is over."""
    return (
        StageChange.objects.pending()
        .filter(application__vacancy=vacancy, application__candidate_id__in=candidate_ids)
        .count()
    )


def notes_of(vacancy: Vacancy, candidate_id: int) -> QuerySet:
    return Note.objects.filter(vacancy=vacancy, candidate_id=candidate_id).select_related("author")


def ratings_of(user, vacancy: Vacancy, candidate_id: int) -> dict:
    ratings = Rating.objects.filter(vacancy=vacancy, candidate_id=candidate_id)
    summary = ratings.aggregate(average=Avg("stars"), count=Count("pk"))
    own = ratings.filter(recruiter=user).values_list("stars", flat=True).first()
    return {**summary, "own": own}


# The picture


@dataclass(frozen=True)
class ShortlistCounts:
    scored: int
    eligible: int
    to_assess: int
    stale: int


@dataclass(frozen=True)
class ScoreDistribution:
    bins: list[tuple[int, int]]  # (eligible, others) per 10-point bin, 0-9 ... 90-100
    missed: list[tuple[str, int]]  # (criterion of an unmet essential, candidates missing it), most first


@dataclass(frozen=True)
class ShortlistPicture:
    """Counts and chart figures over all the vacancy's scored candidates (the filters do not apply)."""

    counts: ShortlistCounts
    distribution: ScoreDistribution


# Long enough to serve a recruiter's session; the key changes with everything the figures depend on anyway.
PICTURE_SECONDS = 600


def shortlist_picture(user, vacancy: Vacancy, *, generation: int | None = None) -> ShortlistPicture:
    """The counts and the charts' figures, computed once per state of the vacancy's results.

    They read every result of the vacancy (the missed essentials every unmet line, the stale count a
    join with the candidates): tens of milliseconds at 10,000 candidates. So they are kept in the cache
    under what changes them: the vacancy's requirements, the newest scoring run (a profile changed: its
    results are stale until the run rescores them) and the shortlist's ``generation``
    (recruiting.generations: while a rescoring runs it changes every few seconds, not with every chunk);
    without a generation, the number of results and the newest one.
    """
    rows = MatchResult.objects.for_recruiter(user).filter(vacancy=vacancy)
    run = ScoringRun.objects.order_by("-pk").values_list("pk", flat=True).first()
    prefix = f"shortlist-picture:{vacancy.pk}:{vacancy.requirements_version}:{scoring.ENGINE_VERSION}:{run}"
    if generation is not None:
        key = f"{prefix}:generation-{generation}"
    else:
        marker = rows.aggregate(scored=Count("*"), newest=Max("computed_at"))
        newest = marker["newest"].isoformat() if marker["newest"] else ""
        key = f"{prefix}:{marker['scored']}:{newest}"
    return _kept(key, lambda: _picture(rows, vacancy))


def _picture(rows: QuerySet, vacancy: Vacancy) -> ShortlistPicture:
    stale = ~freshness()
    counted = (
        rows.annotate(bin=Least(Floor(F("score") / 10), Value(9.0)))
        .values("bin", "verdict")
        .annotate(n=Count("pk"), stale=Count("pk", filter=stale))
        .order_by()
    )
    bins = [[0, 0] for _ in range(10)]
    by_verdict = dict.fromkeys(MatchResult.Verdict, 0)
    stale_count = 0
    for row in counted:
        bins[max(0, int(row["bin"]))][0 if row["verdict"] == MatchResult.Verdict.ELIGIBLE else 1] += row["n"]
        by_verdict[row["verdict"]] += row["n"]
        stale_count += row["stale"]
    counts = ShortlistCounts(
        scored=sum(by_verdict.values()),
        eligible=by_verdict[MatchResult.Verdict.ELIGIBLE],
        to_assess=by_verdict[MatchResult.Verdict.TO_ASSESS],
        stale=stale_count,
    )
    distribution = ScoreDistribution(bins=[tuple(b) for b in bins], missed=_missed_essentials(rows))
    return ShortlistPicture(counts=counts, distribution=distribution)


def _missed_essentials(rows: QuerySet) -> list[tuple[str, int]]:
    """How many candidates miss each essential criterion (the engine's, matching.compact), most first."""
    flags = {criterion: F("criteria").bitand(3 << 2 * i) for i, criterion in enumerate(ESSENTIAL_CRITERIA)}
    not_met = {
        criterion: 2 << 2 * i for i, criterion in enumerate(ESSENTIAL_CRITERIA)
    }  # matching.compact.STATUS_CODES
    counted = rows.alias(**{f"{c}_flag": flag for c, flag in flags.items()}).aggregate(
        **{c: Count("pk", filter=Q(**{f"{c}_flag": not_met[c]})) for c in ESSENTIAL_CRITERIA}
    )
    return sorted(((c, n) for c, n in counted.items() if n), key=lambda item: (-item[1], item[0]))


def for_display(matches, vacancy: Vacancy) -> list[MatchResult]:
    """Mark each match for the templates and exports: ``blind``, ``label`` (who to show), ``stale``, and
    ``email_at``: when the applicant is emailed about the stage unless it changes back before then."""
    matches = list(matches)
    MatchResult.explain_together(matches)
    delay = stage_email_delay()
    # One reverse() for the page instead of several per row: the row URLs only differ by the candidate id.
    base = reverse("recruiting:shortlist", args=[vacancy.pk])
    for match in matches:
        match.url = f"{base}candidates/{match.candidate_id}/"
        match.blind = blind_for(vacancy, match.stage)
        match.label = (
            gettext("Candidate #%(id)s") % {"id": match.candidate_id} if match.blind else match.candidate.name
        )
        match.stale = not match.is_fresh
        # In words only when shown: a row kept in the cache needs none (``MatchResult.explain_together``).
        match.chips = SimpleLazyObject(lambda match=match: _chips_of(match))
        since = getattr(match, "email_pending_since", None)
        match.email_at = since + delay if since else None
        match.fingerprint = row_fingerprint(match)
    return matches


def row_fingerprint(match: MatchResult) -> str:
    """Everything a shortlist row shows, as a cache key: a new score, breakdown, unmet or open essential,
    stage, rating, name or pending email makes a new one (the email's one ends when its window does), and
    so does the language the page is in (the row's words are in it).

    What the result shows is keyed by what is stored of it, not by when it was computed: its figures and
    statuses, the versions and the day it is explained as of (``MatchResult.explain_together`` words them
    from exactly these). A rescoring that gives a row the same result (most rows, when reference data or
    another vacancy changed) keeps its rendering, so pages under a rescoring do not render every row again
    (issue 16, point 10), and reading the key explains nothing.
    """
    email_at = match.email_at.isoformat() if match.email_at else ""
    result = [match.points(criterion) for criterion in scoring.CRITERIA] + [
        match.criteria, match.line_statuses, match.decided_lines, match.vacancy_version,
        match.profile_version, match.engine_version, match.computed_at.date().isoformat(),
    ]  # fmt: skip
    shown = hashlib.blake2b(_deterministic_json(result), digest_size=12).hexdigest()
    return (
        f"{get_language()}:{match.vacancy_id}:{match.candidate_id}:{shown}:{match.score}:{match.verdict}:{match.stale}:{match.blind}:"
        f"{match.stage}:{match.average_rating}:{match.label}:{match.candidate.nationality}:"
        f"{email_at}:{match.undo_stage}:{match.invited_at}:{getattr(match, 'told_of_stages', '')}"
    )


@dataclass(frozen=True)
class CriterionChip:
    criterion: str
    points: float
    weight: int
    reason: str
    fails_essential: bool = False  # an unmet essential of this criterion: red whatever the points

    @cached_property
    def css(self) -> str:
        """chip-bad for a failed essential; otherwise chip-ok from three quarters of the weight, chip-warn
        from 40 %, chip-bad below, counted on the whole points the table shows (two "6/15" look alike)."""
        if self.fails_essential:
            return "chip-bad"
        share = round(self.points) / self.weight if self.weight else 0
        return "chip-ok" if share >= 0.75 else "chip-warn" if share >= 0.4 else "chip-bad"

    @property
    def label(self) -> str:
        # Not cached: a chip is shared by pages in either language.
        return criterion_label(self.criterion)

    @cached_property
    def whole_points(self) -> str:
        """The points as the table shows them: ``{{ points|floatformat:0 }}``, worked out once per chip."""
        return floatformat(self.points, 0)


# The same few hundred chips recur across candidates (the engine words its reasons per distinct case):
# shared, each one's figures are formatted once instead of once per row.
_chip = functools.lru_cache(maxsize=4096)(CriterionChip)


def _chips_of(match: MatchResult) -> list[CriterionChip]:
    """A row's chips: the points and the failed essentials as stored (what the list sorts and filters by),
    the weights and the reasons in words as the engine explains them."""
    breakdown = {
        c: {**part, "points": match.points(c)} for c, part in match.breakdown.items() if c in scoring.CRITERIA
    }
    return criterion_chips(
        breakdown, [c for c in ESSENTIAL_CRITERIA if match.criterion_status(c) == "not_met"]
    )


def criterion_chips(breakdown: dict, failed: Iterable[str] = ()) -> list[CriterionChip]:
    """The weighted criteria of a breakdown, in the usual order; weight-0 ones say nothing and are left out.

    A criterion in ``failed`` (an unmet essential) fails whatever its points.
    """
    failed = set(failed)
    return [
        _chip(
            c,
            float(part.get("points") or 0),
            int(part.get("weight") or 0),
            part.get("reason", ""),
            c in failed,
        )
        for c in CRITERIA
        if (part := (breakdown or {}).get(c)) and part.get("weight")
    ]


def matched_candidate_ids(user, vacancy: Vacancy, candidate_ids: list[int]) -> list[int]:
    """The ids, checked: 404 when one of them is not a candidate scored for this vacancy."""
    found = set(
        MatchResult.objects.for_recruiter(user)
        .filter(vacancy=vacancy, candidate_id__in=candidate_ids)
        .values_list("candidate_id", flat=True)
    )
    if set(candidate_ids) - found:
        raise Http404("No such candidate for this vacancy.")
    return candidate_ids
