from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.db import models, transaction
from django.db.models.functions import MD5
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from candidates.models import Candidate
from vacancies.models import Vacancy

from . import compact, decisions, scoring, signals
from .reasons import Reason, reasons_from_json


def freshness() -> models.Q:
    """The one rule of a fresh result: computed from the vacancy's and the profile's current versions
    by the current engine. Anything else is shown as being updated until it is rescored."""
    return models.Q(
        vacancy_version=models.F("vacancy__requirements_version"),
        profile_version=models.F("candidate__profile_version"),
        engine_version=scoring.ENGINE_VERSION,
    )


@dataclass(slots=True)
class Explanation:
    """A stored result in words, worked out again by the engine (``matching.services.explain_results``).

    ``eligible``: the verdict with the recruiters' decisions laid over the engine's (what is stored);
    the lists and the breakdown are as ``matching.scoring.MatchResult.to_json`` gives them, the essentials
    with each line's criterion and the decisions (``matching.decisions.settle``)."""

    eligible: bool | None
    score: float
    unmet: list = field(default_factory=list)
    to_assess: list = field(default_factory=list)
    hints: list = field(default_factory=list)
    breakdown: dict = field(default_factory=dict)
    essentials: list = field(default_factory=list)
    figures: compact.CompactResult | None = None  # what would be stored, to compare with what is


class MatchResultQuerySet(models.QuerySet):
    def ranked(self):
        """Eligible first, then to be assessed, then not eligible; by score; ties by candidate id."""
        return self.order_by("-verdict", "-score", "candidate_id")

    def for_recruiter(self, user):
        return self.filter(vacancy__in=Vacancy.objects.for_recruiter(user))

    def fresh(self):
        return self.filter(freshness())

    def stale(self):
        return self.exclude(freshness())

    def with_freshness(self):
        """Each result with ``is_fresh`` computed in the same query (see ``MatchResult.is_fresh``)."""
        return self.annotate(
            fresh_now=models.ExpressionWrapper(freshness(), output_field=models.BooleanField())
        )


class StoredResult(models.Model):
    """What is stored of a result, and read from it: ``MatchResult`` (the table) and ``MatchResultRecord``
    (the same rows as the back office lists them)."""

    class Verdict(models.IntegerChoices):
        # Ordered so that sorting by verdict descending ranks eligible candidates first.
        NOT_ELIGIBLE = 0, _("Not eligible")
        TO_ASSESS = 1, _("To be assessed")
        ELIGIBLE = 2, _("Eligible")

    # The columns widest first (8, 4, 2 bytes, then the short text): no padding between them in a row.
    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="matches", db_index=False
    )
    candidate = models.ForeignKey(
        Candidate,
        verbose_name=_("candidate"),
        on_delete=models.CASCADE,
        related_name="matches",
        db_index=False,
    )
    computed_at = models.DateTimeField(_("computed at"))
    score = models.FloatField(_("score"))
    line_statuses = models.BigIntegerField(
        _("line statuses"), default=0, help_text=_("Each essential line's status, 2 bits each.")
    )
    vacancy_version = models.PositiveIntegerField(_("vacancy version"))
    profile_version = models.PositiveIntegerField(_("profile version"))
    decided_lines = models.IntegerField(
        _("decided lines"), default=0, help_text=_("A bit per line a recruiter's decision settled.")
    )
    verdict = models.PositiveSmallIntegerField(_("verdict"), choices=Verdict.choices)
    # What lists, filters and sorts read, compact (matching.compact); the reasons, hints, evidence and
    # breakdown text are the engine's again when read (``explanation``).
    degree_points = models.SmallIntegerField(_("degree points"), default=0, help_text=_("Tenths of a point."))
    experience_points = models.SmallIntegerField(
        _("experience points"), default=0, help_text=_("Tenths of a point.")
    )
    languages_points = models.SmallIntegerField(
        _("languages points"), default=0, help_text=_("Tenths of a point.")
    )
    competencies_points = models.SmallIntegerField(
        _("competencies points"), default=0, help_text=_("Tenths of a point.")
    )
    desirable_points = models.SmallIntegerField(
        _("desirable points"), default=0, help_text=_("Tenths of a point.")
    )
    relevance_points = models.SmallIntegerField(
        _("relevance points"), default=0, help_text=_("Tenths of a point.")
    )
    criteria = models.SmallIntegerField(
        _("criteria"), default=0, help_text=_("Each essential criterion's status, 2 bits each.")
    )
    engine_version = models.CharField(_("engine version"), max_length=20)

    objects = MatchResultQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        # Ids, never the candidate's name: the admin's history keeps this text.
        return gettext("Match of candidate %(candidate)s for vacancy %(vacancy)s") % {
            "candidate": self.candidate_id,
            "vacancy": self.vacancy_id,
        }

    def _pair(self) -> models.QuerySet:
        """This result's row in the table (a result is keyed by its candidate and vacancy)."""
        return MatchResult.objects.filter(candidate_id=self.candidate_id, vacancy_id=self.vacancy_id)

    @property
    def eligible(self) -> bool | None:
        return {2: True, 1: None, 0: False}[self.verdict]

    @property
    def is_fresh(self) -> bool:
        """Whether ``freshness()`` holds: read from ``with_freshness()``, else asked of the database."""
        annotated = getattr(self, "fresh_now", None)
        if annotated is not None:
            return annotated
        return self._pair().fresh().exists()

    def points(self, criterion: str) -> float:
        """A criterion's points as stored (rounded to one decimal)."""
        return getattr(self, f"{criterion}_points") / 10

    def criterion_status(self, criterion: str) -> str:
        """met, to_assess or not_met: an essential criterion as the engine left it (decisions aside)."""
        return compact.criterion_status(self.criteria, criterion)

    # Explained on read: the engine's words for the stored figures (matching.services.explain_results).
    @property
    def explanation(self) -> Explanation:
        explained = self.__dict__.get("_explanation")
        if explained is None:
            from .services import explain_results  # the pipeline's side, which imports this module

            explain_results(self.__dict__.get("_explained_with") or [self])
            explained = self.__dict__["_explanation"]
        return explained

    @staticmethod
    def explain_together(matches: Iterable[MatchResult]) -> None:
        """Explain these matches together (one batch of queries) when any of them is first read."""
        matches = list(matches)
        for match in matches:
            match._explained_with = matches

    @property
    def unmet(self) -> list[dict]:
        """The unmet reasons as data, ``Reason.to_json()`` each."""
        return self.explanation.unmet

    @property
    def to_assess(self) -> list[dict]:
        return self.explanation.to_assess

    @property
    def hints(self) -> list[dict]:
        """Smallest changes that would make the candidate eligible."""
        return self.explanation.hints

    @property
    def breakdown(self) -> dict:
        """{criterion: {"points", "weight", "reason"[, "notes"]}}."""
        return self.explanation.breakdown

    @property
    def essentials(self) -> list[dict]:
        """Each essential line of the notice: {"text", "status" (met / not_met / to_assess), "evidence",
        "checkable" (false: assessed at interview, not part of the verdict), "criterion"}, with the
        recruiters' decisions laid over them (matching.decisions)."""
        return self.explanation.essentials

    @cached_property
    def unmet_reasons(self) -> tuple[Reason, ...]:
        return reasons_from_json(self.unmet)

    @cached_property
    def to_assess_reasons(self) -> tuple[Reason, ...]:
        return reasons_from_json(self.to_assess)

    @cached_property
    def hint_reasons(self) -> tuple[Reason, ...]:
        return reasons_from_json(self.hints)

    @cached_property
    def essentials_to_assess(self) -> list[str]:
        """The essential lines checkable from a profile that the profile does not show: why a result with no
        reason to assess is still "to be assessed" (matching.essentials)."""
        return [e["text"] for e in self.essentials if e.get("status") == "to_assess" and e.get("checkable")]

    # A recruiter's decisions on the lines "to be assessed" (matching.decisions) change what is still open.
    @cached_property
    def decidable_lines(self) -> list[str]:
        """The texts of the essential lines a recruiter may decide (or has decided) for this candidate."""
        return [e["text"] for e in self.essentials if decisions.applies(e)]

    @cached_property
    def open_to_assess_reasons(self) -> tuple[Reason, ...]:
        """The reasons to assess that no recruiter's decision has answered yet."""
        settled = decisions.settled_criteria(self.essentials)
        return tuple(reason for reason in self.to_assess_reasons if reason.criterion not in settled)

    @cached_property
    def lines_to_assess_beyond_reasons(self) -> list[str]:
        """The essential lines still to be assessed that no open reason to assess speaks for (a line on
        experience in logistics planning, say, rather than the nationality that a reason names)."""
        named = {reason.criterion for reason in self.open_to_assess_reasons}
        return [
            e["text"]
            for e in self.essentials
            if e.get("status") == "to_assess" and e.get("checkable") and e.get("criterion") not in named
        ]

    @cached_property
    def essentials_decided_not_met(self) -> list[str]:
        """The essential lines a recruiter decided the candidate does not meet."""
        return [e["text"] for e in self.essentials if e.get("decision") == decisions.NOT_MET]

    def essential_status(self, criterion: str) -> str:
        """met, not_met or to_assess: an essential criterion as the verdict counts it, decisions included."""
        by_lines = {e.get("status") for e in self.essentials if e.get("criterion") == criterion}
        if any(r.criterion == criterion for r in self.unmet_reasons) or decisions.NOT_MET in by_lines:
            return "not_met"
        if any(r.criterion == criterion for r in self.open_to_assess_reasons):
            return "to_assess"
        return "met"

    def apply_decisions(self) -> None:
        """Lay the recruiters' current decisions on this pair over its stored result, and save it: the
        page that decided shows the new verdict at once (the rescoring it asks for does the same)."""
        with transaction.atomic():
            match = self._pair().select_for_update().get()
            # Explained afresh, so with the decisions as they now are.
            match.__dict__.pop("_explanation", None)
            explanation = match.explanation
            lines, decided = compact.from_lines(explanation.essentials)
            # A new computed_at: the shortlist's cached rows and counts are keyed on it.
            self.verdict, self.computed_at = VERDICTS[explanation.eligible], timezone.now()
            self.line_statuses, self.decided_lines = lines, decided
            self._explanation = explanation
            self._pair().update(
                verdict=self.verdict, line_statuses=lines, decided_lines=decided, computed_at=self.computed_at
            )
            signals.stored([self.vacancy_id])
        for name in (
            "decidable_lines",
            "open_to_assess_reasons",
            "lines_to_assess_beyond_reasons",
            "essentials_decided_not_met",
            "essentials_to_assess",
        ):
            self.__dict__.pop(name, None)


class MatchResult(StoredResult):
    """A vacancy's result for a candidate, keyed by the pair (issue 18: 100 bytes a row and two small indexes).

    No surrogate id, whose own index every write filled too. The primary key, vacancy first, serves a
    vacancy's results (the shortlist sorts them: ``ranked``) and is filled in order, as a chunk writes its rows;
    a candidate's results (My matches, deleting a candidate) have an index of the candidate alone, which
    PostgreSQL keeps as one entry a candidate with the list of their rows (deduplication): a few bytes a row.
    No score or verdict in an index: a rescoring that changes them writes no index entry where a row's page
    has room."""

    pk = models.CompositePrimaryKey("vacancy", "candidate")

    class Meta:
        verbose_name = _("match result")
        verbose_name_plural = _("match results")
        indexes = [models.Index(fields=["candidate"], name="match_candidate_idx")]


class MatchResultRecord(StoredResult):
    """The results as the back office lists them, read-only: the admin cannot list a model keyed by two
    columns, so it lists a view of the table with one key made of the two (``vacancy-candidate``)."""

    id = models.CharField(_("key"), primary_key=True, max_length=41)
    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.DO_NOTHING, related_name="+", db_index=False
    )
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.DO_NOTHING, related_name="+", db_index=False
    )

    class Meta:
        managed = False
        db_table = "matching_matchresult_record"
        verbose_name = _("match result")
        verbose_name_plural = _("match results")
        constraints = [models.UniqueConstraint(fields=["vacancy", "candidate"], name="one_record_per_pair")]


VERDICTS = {
    True: MatchResult.Verdict.ELIGIBLE,
    None: MatchResult.Verdict.TO_ASSESS,
    False: MatchResult.Verdict.NOT_ELIGIBLE,
}


class EssentialDecisionQuerySet(models.QuerySet):
    def for_pairs(
        self, vacancy_ids: Iterable[int], candidate_ids: Iterable[int]
    ) -> dict[tuple[int, int], dict[str, decisions.Decision]]:
        """{(vacancy id, candidate id): {line text: Decision}} for these pairs, in one query."""
        found: dict[tuple[int, int], dict[str, decisions.Decision]] = {}
        rows = self.filter(
            vacancy_id__in=list(vacancy_ids), candidate_id__in=list(candidate_ids)
        ).values_list("vacancy_id", "candidate_id", "line", "outcome", "decided_by_id", "decided_at")
        for vacancy_id, candidate_id, line, outcome, by, at in rows:
            found.setdefault((vacancy_id, candidate_id), {})[line] = decisions.Decision(
                outcome, by, at.isoformat()
            )
        return found


class EssentialDecision(models.Model):
    """A recruiter's decision on an essential line the engine left "to be assessed" for a candidate.

    Keyed to the line's text: it applies while the engine still says "to be assessed" for that text
    (matching.decisions), and is kept, no longer applying, when the notice rewords the line or the profile
    settles it. Personal data about the candidate: it goes with them.
    """

    class Outcome(models.TextChoices):
        MET = decisions.MET, _("Met")
        NOT_MET = decisions.NOT_MET, _("Not met")

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="essential_decisions"
    )
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="essential_decisions"
    )
    line = models.TextField(_("line"), help_text=_("The essential line's text, as the engine gives it."))
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    reason = models.CharField(
        _("reason"), max_length=300, help_text=_("Why, in the recruiter's words: for the recruiters.")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"))

    objects = EssentialDecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("essential decision")
        verbose_name_plural = _("essential decisions")
        ordering = ["-decided_at", "-pk"]
        constraints = [
            # A line can be long: its digest, not its text, goes into the index (which serves for_pairs too).
            models.UniqueConstraint(
                models.F("vacancy"), models.F("candidate"), MD5("line"), name="one_decision_per_line"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}: {self.line[:60]}"

    @property
    def decided_by_name(self) -> str:
        """Who decided, "" once their account is gone."""
        return self.decided_by.get_full_name() if self.decided_by else ""


class ApplicationGround(models.Model):
    """A candidate applied for a vacancy: the ground to assess them for that vacancy, whether or not they
    consent to be matched against every vacancy (issue 17, point 7). Recorded by ``matching.rescoring`` when
    the applications app says that someone applied (``matching.signals.candidate_applied``); it goes with
    the candidate or the vacancy. Only the scoring pipeline reads it: which pairs it may score and keep."""

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="application_grounds"
    )
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="application_grounds"
    )
    since = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("application ground")
        verbose_name_plural = _("application grounds")
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "candidate"], name="one_ground_per_pair"),
        ]

    def __str__(self) -> str:
        return f"Candidate {self.candidate_id} applied for vacancy {self.vacancy_id}"


class ScoringRun(models.Model):
    """One rescoring job; its progress lives here, in chunks, not in the broker."""

    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")

    reason = models.CharField(_("reason"), max_length=200)
    vacancy = models.ForeignKey(
        Vacancy,
        verbose_name=_("vacancy"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="runs",
    )
    candidate = models.ForeignKey(
        Candidate,
        verbose_name=_("candidate"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="runs",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.RUNNING)
    total_pairs = models.PositiveIntegerField(_("total pairs"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("scoring run")
        verbose_name_plural = _("scoring runs")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"run {self.pk}: {self.reason}"


class ScoringChunk(models.Model):
    """A slice of a run: some vacancies x some candidates, scored and upserted by one task."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DONE = "done", _("Done")

    run = models.ForeignKey(
        ScoringRun, verbose_name=_("run"), on_delete=models.CASCADE, related_name="chunks"
    )
    vacancy_ids = models.JSONField(_("vacancy ids"))
    candidate_ids = models.JSONField(_("candidate ids"))
    pairs = models.PositiveIntegerField(_("pairs"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    enqueued_at = models.DateTimeField(_("enqueued at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    worker = models.CharField(
        _("worker"), max_length=100, blank=True, help_text=_("The Celery worker that scored it.")
    )
    # The one execution allowed to score the chunk ("host:pid:token", matching.leases) and until when: renewed
    # while it works, so that a dead worker's chunk is sent again within seconds and never run twice at once.
    lease_holder = models.CharField(_("lease holder"), max_length=200, blank=True)
    lease_until = models.DateTimeField(_("lease until"), null=True, blank=True)

    class Meta:
        verbose_name = _("scoring chunk")
        verbose_name_plural = _("scoring chunks")
        indexes = [models.Index(fields=["status", "enqueued_at"])]

    def __str__(self) -> str:
        return f"chunk {self.pk} of run {self.run_id}"


class TermPoolSnapshot(models.Model):
    """How many candidates of the pool used each term when it was taken (``matching.pool``): the weights of the
    relevance criterion. The newest is the one in use; a new one is taken now and then
    (``matching.rescoring.refresh_term_pool``), and every open vacancy is rescored with it, so each stored
    score was worked out from the snapshot then current. Terms fewer than two candidates use are not kept."""

    taken_at = models.DateTimeField(_("taken at"), auto_now_add=True)
    candidates = models.PositiveIntegerField(_("candidates counted"))
    frequencies = models.JSONField(_("candidates per term"), default=dict)

    class Meta:
        verbose_name = _("term pool snapshot")
        verbose_name_plural = _("term pool snapshots")
        get_latest_by = "pk"

    def __str__(self) -> str:
        return f"term pool {self.pk}: {self.candidates} candidates"
