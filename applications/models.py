"""Applications and the recruitment pipeline: stages, their history, recruiters' notes and ratings."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from candidates.models import Candidate
from vacancies.models import Vacancy

from . import outcome, stages


class Stage(models.TextChoices):
    NEW = "new", _("New")
    SCREENED = "screened", _("Screened")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    INTERVIEW = "interview", _("Interview")
    OFFER = "offer", _("Offer")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# How far along the pipeline a stage is, e.g. for "reveal names from the interview stage on".
STAGE_ORDER = {stage: i for i, stage in enumerate(Stage.values)}
CLOSED_STAGES = {Stage.REJECTED, Stage.WITHDRAWN}


class ApplicationQuerySet(models.QuerySet):
    def for_applicant(self, user):
        return self.filter(candidate__user=user)

    def for_recruiter(self, user):
        return self.filter(vacancy__in=Vacancy.objects.for_recruiter(user))

    def applied(self):
        """Applications the candidate made themselves: the only ones that have stages a recruiter moves.
        (A candidate a recruiter added, "sourced", is in the pool until they apply.)"""
        return self.filter(source=Application.Source.APPLIED)


class Application(models.Model):
    """A candidate in a vacancy's pipeline: applied by the applicant or added by a recruiter."""

    class Source(models.TextChoices):
        APPLIED = "applied", _("Applied")
        SOURCED = "sourced", _("Added by a recruiter")

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="applications"
    )
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="applications"
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.APPLIED)
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.NEW)
    motivation = models.TextField(_("motivation letter"), blank=True)
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "candidate"], name="one_application_per_pair")
        ]
        indexes = [models.Index(fields=["vacancy", "stage"])]

    def __str__(self) -> str:
        # Ids, never the candidate's name: the admin's history keeps this text (see accounts.signals).
        return gettext("Application #%(id)s") % {"id": self.pk}

    @property
    def is_final(self) -> bool:
        """Not selected or withdrawn as the applicant knows it (the last step of their history): the application
        can no longer change, so it cannot be withdrawn and its documents stay. A recruiter's move to Rejected
        still in its undo window is not final yet: the applicant sees the stage before it, and may withdraw."""
        steps = self.applicant_timeline()
        return steps[-1].stage in CLOSED_STAGES if steps else self.stage in CLOSED_STAGES

    def applicant_timeline(self, *, now: datetime | None = None) -> list[stages.Step]:
        """The history the applicant sees (``applications.stages.timeline``), from the prefetched changes."""
        changes = [
            stages.Change(c.to_stage, c.changed_at, c.changed_by_id is None, c.notified_at is not None)
            for c in self.stage_changes.all()
        ]
        return stages.timeline(
            changes,
            show_internal=self.vacancy.show_stages_to_applicants,
            settled_before=(now or timezone.now()) - stage_email_delay(),
            tz=timezone.get_current_timezone(),
        )

    @property
    def documents_can_change(self) -> bool:
        """Documents are attached and removed while the application is open, until the vacancy's deadline:
        after it, the recruiters assess what was sent."""
        return self.source == self.Source.APPLIED and self.vacancy.is_open and not self.is_final


# News of a stage older than this is no longer sent (e.g. after a long outage of the workers).
STAGE_EMAIL_TOO_OLD = timedelta(days=3)


def told_of_stages(prefix: str = "") -> Q:
    """The applications whose stages a recruiter sets are emailed to the applicant: ones the applicant made
    themselves (a sourced candidate never asked to be told), who has an account to be told at. ``prefix``:
    the path to the application from the model queried ("application__")."""
    return Q(**{f"{prefix}source": Application.Source.APPLIED, f"{prefix}candidate__user__isnull": False})


def stage_email_delay() -> timedelta:
    """The undo window: how long a stage must stay unchanged before the applicant is emailed about it."""
    return timedelta(seconds=settings.STAGE_EMAIL_DELAY_SECONDS)


def _as_applicant_sees(stage: str) -> Case:
    """``applications.stages.as_applicant_sees`` in SQL, for a stage column of a StageChange query."""
    hidden = Q(**{f"{stage}__in": stages.INTERNAL_STAGES}) & Q(
        application__vacancy__show_stages_to_applicants=False
    )
    return Case(When(hidden, then=Value(stages.UNDER_REVIEW)), default=F(stage))


class StageChangeQuerySet(models.QuerySet):
    def to_email(self) -> StageChangeQuerySet:
        """The one rule for who hears about a stage, whenever the email goes (queued task or sweep):
        a change a recruiter made on an application the applicant made themselves, not emailed yet,
        still the application's latest change, and to a stage the applicant sees as other than the last
        one they know of (were emailed about, or set themselves by applying or withdrawing). Stages are
        compared as the applicant sees them (``applications.stages``): Screened -> Shortlisted is
        "Under review" both times, so it is no news unless the vacancy shows its internal stages.

        So New -> Screened -> New emails nothing, and New -> Screened -> Rejected only about Rejected.
        Whether the change has settled (its undo window is over) is ``due``'s part.
        """
        same_application = StageChange.objects.filter(application=OuterRef("application"))
        known = (
            same_application.filter(pk__lt=OuterRef("pk"))
            .filter(Q(notified_at__isnull=False) | Q(changed_by__isnull=True))
            .order_by("-pk")
            .values("to_stage")[:1]
        )
        return (
            self.filter(
                told_of_stages("application__"),
                notified_at__isnull=True,
                changed_by__isnull=False,  # the applicant's own withdrawal is no news to them
            )
            .exclude(Exists(same_application.filter(pk__gt=OuterRef("pk"))))
            .alias(known_stage=Coalesce(Subquery(known), Value("")))
            .alias(seen=_as_applicant_sees("to_stage"), seen_before=_as_applicant_sees("known_stage"))
            .exclude(seen=F("seen_before"))
        )

    def due(self, *, now: datetime | None = None) -> StageChangeQuerySet:
        """``to_email`` changes whose undo window is over, not yet too old to be news."""
        now = now or timezone.now()
        return self.to_email().filter(
            changed_at__lte=now - stage_email_delay(), changed_at__gt=now - STAGE_EMAIL_TOO_OLD
        )

    def pending(self, *, now: datetime | None = None) -> StageChangeQuerySet:
        """``to_email`` changes still inside their undo window: moving back now cancels the email."""
        return self.to_email().filter(changed_at__gt=(now or timezone.now()) - stage_email_delay())


class StageChange(models.Model):
    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="stage_changes"
    )
    from_stage = models.CharField(_("from stage"), max_length=12, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to stage"), max_length=12, choices=Stage.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    # Set once the applicant has been emailed, so a redelivered task never sends twice.
    notified_at = models.DateTimeField(_("notified at"), null=True, blank=True)

    objects = StageChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.from_stage or '-'} -> {self.to_stage}"


class Note(models.Model):
    """A recruiter's note on a candidate for a vacancy; never shown to applicants."""

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="notes"
    )
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return gettext("Note #%(id)s") % {"id": self.pk}  # ids only, like Application's


class Rating(models.Model):
    """One 1-5 rating per recruiter, candidate and vacancy; never shown to applicants."""

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="ratings"
    )
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="ratings"
    )
    recruiter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recruiter"), on_delete=models.CASCADE, related_name="+"
    )
    stars = models.PositiveSmallIntegerField(
        _("stars"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.UniqueConstraint(
                fields=["vacancy", "candidate", "recruiter"], name="one_rating_per_recruiter"
            ),
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5), name="stars_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.stars} stars"


class Invitation(models.Model):
    """A recruiter invited a candidate of the pool (consenting, not applied) to apply: who, when, and when
    the email went. One per candidate and vacancy, so that nobody is invited twice."""

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="invitations"
    )
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="invitations"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    invited_at = models.DateTimeField(_("invited at"), auto_now_add=True)
    # Set when the email is claimed for sending, so that a redelivered task never sends it twice.
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-invited_at"]
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "candidate"], name="one_invitation_per_pair")
        ]

    def __str__(self) -> str:
        return f"{self.candidate} invited to {self.vacancy}"


class OutcomeEmailQuerySet(models.QuerySet):
    def for_vacancy(self, vacancy: Vacancy) -> OutcomeEmail:
        """The vacancy's own outcome email, else the one for every vacancy, else the built-in wording."""
        found = {e.vacancy_id: e for e in self.filter(Q(vacancy=vacancy) | Q(vacancy__isnull=True))}
        return found.get(vacancy.pk) or found.get(None) or OutcomeEmail()


class OutcomeEmail(models.Model):
    """The polite email an applicant receives when they are not selected (their application moved to
    Rejected and settled). The one with no vacancy is for every vacancy (edited in the admin); a vacancy's
    recruiters can give it its own. Placeholders: ``applications.outcome.PLACEHOLDERS``."""

    vacancy = models.OneToOneField(
        Vacancy, verbose_name=_("vacancy"), null=True, blank=True, on_delete=models.CASCADE, related_name="outcome_email",
        help_text=_("Empty: the email for every vacancy that has none of its own."),
    )  # fmt: skip
    subject = models.CharField(_("subject"), max_length=200, default=outcome.DEFAULT_SUBJECT)
    body = models.TextField(_("body"), default=outcome.DEFAULT_BODY)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = OutcomeEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outcome email")
        verbose_name_plural = _("outcome emails")
        constraints = [
            # One for every vacancy (no vacancy) and one per vacancy at most.
            models.UniqueConstraint(
                Coalesce("vacancy", Value(0)),
                name="one_outcome_email_per_vacancy",
                violation_error_message=_(
                    "There is already an outcome email for this vacancy (or for every vacancy)."
                ),
            ),  # fmt: skip
        ]

    def __str__(self) -> str:
        return (
            gettext("Outcome email of vacancy #%(id)s") % {"id": self.vacancy_id}
            if self.vacancy_id
            else gettext("Outcome email (default)")
        )

    def clean(self) -> None:
        errors = {}
        for field in ("subject", "body"):
            if unknown := outcome.unknown_placeholders(getattr(self, field)):
                errors[field] = _("Unknown placeholder %(found)s: use %(known)s.") % {
                    "found": ", ".join(unknown),
                    "known": ", ".join(f"{{{name}}}" for name in outcome.PLACEHOLDERS),
                }
        if errors:
            raise ValidationError(errors)

    def render(self, values: dict[str, str]) -> tuple[str, str]:
        """(subject, body) with the placeholders filled; the subject on one line."""
        subject, body = self.subject, self.body
        # The built-in wording, never edited, goes in the active language (the applicant's).
        if subject == outcome.DEFAULT_SUBJECT:
            subject = gettext(subject)
        if body.replace("\r\n", "\n") == outcome.DEFAULT_BODY:
            body = gettext(outcome.DEFAULT_BODY)
        return " ".join(outcome.fill(subject, values).split()), outcome.fill(body, values)


# Its own module (the documents' storage, rules and files); imported here so that Django finds the model.
from .attachments import ApplicationDocument  # noqa: E402, F401
