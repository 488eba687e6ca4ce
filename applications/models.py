"""Applications and the recruitment pipeline: stages, their history, recruiters' notes and ratings."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from candidates.models import Candidate
from vacancies.models import Vacancy


class Stage(models.TextChoices):
    NEW = "new", "New"
    SCREENED = "screened", "Screened"
    SHORTLISTED = "shortlisted", "Shortlisted"
    INTERVIEW = "interview", "Interview"
    OFFER = "offer", "Offer"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"


# How far along the pipeline a stage is, e.g. for "reveal names from the interview stage on".
STAGE_ORDER = {stage: i for i, stage in enumerate(Stage.values)}
CLOSED_STAGES = {Stage.REJECTED, Stage.WITHDRAWN}


class ApplicationQuerySet(models.QuerySet):
    def for_applicant(self, user):
        return self.filter(candidate__user=user)

    def for_recruiter(self, user):
        return self.filter(vacancy__in=Vacancy.objects.for_recruiter(user))


class Application(models.Model):
    """A candidate in a vacancy's pipeline: applied by the applicant or added by a recruiter."""

    class Source(models.TextChoices):
        APPLIED = "applied", "Applied"
        SOURCED = "sourced", "Added by a recruiter"

    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="applications")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="applications")
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.APPLIED)
    stage = models.CharField(max_length=12, choices=Stage.choices, default=Stage.NEW)
    motivation = models.TextField("motivation letter", blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "candidate"], name="one_application_per_pair")
        ]
        indexes = [models.Index(fields=["vacancy", "stage"])]

    def __str__(self) -> str:
        return f"{self.candidate} -> {self.vacancy} ({self.stage})"


class StageChange(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=12, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=12, choices=Stage.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)
    # Set once the applicant has been emailed, so a redelivered task never sends twice.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.from_stage or '-'} -> {self.to_stage}"


class Note(models.Model):
    """A recruiter's note on a candidate for a vacancy; never shown to applicants."""

    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="notes")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"note by {self.author} on {self.candidate}"


class Rating(models.Model):
    """One 1-5 rating per recruiter, candidate and vacancy; never shown to applicants."""

    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="ratings")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="ratings")
    recruiter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    stars = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["vacancy", "candidate", "recruiter"], name="one_rating_per_recruiter"
            ),
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5), name="stars_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.stars} stars"
