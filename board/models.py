from __future__ import annotations

from django.conf import settings
from django.db import models

from vacancies.models import Vacancy

from .search import VacancySearch


class JobAlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def of(self, user):
        """The person's alerts: those of their account, and those their address confirmed as a visitor."""
        return self.filter(models.Q(user=user) | models.Q(user__isnull=True, email__iexact=user.email))


class JobAlert(models.Model):
    """A saved search of the public board: one email for each newly published vacancy it finds.

    An applicant's alert belongs to their account (and goes with it); a visitor's holds only the address they
    confirmed. Unsubscribing deletes the alert, and with it what it was sent (``AlertEmail``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="job_alerts"
    )
    email = models.EmailField()
    # VacancySearch.to_json(): {"text", "organisation", "location", "grade"}, the empty ones left out.
    search = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # A visitor's alert sends nothing until the address confirms it; an applicant's is confirmed at once.
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = JobAlertQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return f"{self.email}: {self.vacancy_search.describe()}"

    @property
    def vacancy_search(self) -> VacancySearch:
        return VacancySearch.from_json(self.search)


class AlertEmail(models.Model):
    """The one email about a vacancy to an address, claimed before it is sent: never two, even when several of
    the address's alerts find the vacancy. It goes with the alert that sent it."""

    alert = models.ForeignKey(JobAlert, on_delete=models.CASCADE, related_name="emails")
    email = models.EmailField()  # lower case
    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["email", "vacancy"], name="one_alert_email_per_address_and_vacancy"
            )
        ]

    def __str__(self) -> str:
        return f"{self.email}: vacancy {self.vacancy_id}"
