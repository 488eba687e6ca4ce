from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

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
    confirmed. Unsubscribing deletes the alert."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="job_alerts",
    )
    email = models.EmailField(_("email"))
    # VacancySearch.to_json(): {"text", "organisation", "location", "grade"}, the empty ones left out.
    search = models.JSONField(_("search"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # A visitor's alert sends nothing until the address confirms it; an applicant's is confirmed at once.
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # The language a visitor saved the alert in, for its emails; an applicant's follow their account's choice.
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    objects = JobAlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("job alert")
        verbose_name_plural = _("job alerts")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return f"{self.email}: {self.vacancy_search.describe()}"

    @property
    def email_language(self) -> str:
        return self.user.email_language if self.user_id else self.language

    @property
    def vacancy_search(self) -> VacancySearch:
        return VacancySearch.from_json(self.search)


def address_key(email: str) -> str:
    """A keyed hash of the address (lower case): what is kept of it once its alerts are gone."""
    return salted_hmac("board.AlertEmail", email.strip().lower(), algorithm="sha256").hexdigest()


class AlertEmail(models.Model):
    """The one email about a vacancy to an address, claimed before it is sent: never two, even when several of
    the address's alerts find the vacancy, or when the alert that sent it was deleted since. It keeps no
    address, only its keyed hash (``address_key``); erasing the account deletes it too."""

    alert = models.ForeignKey(
        JobAlert, verbose_name=_("alert"), null=True, on_delete=models.SET_NULL, related_name="emails"
    )
    address_key = models.CharField(_("address key"), max_length=64)
    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("alert email")
        verbose_name_plural = _("alert emails")
        constraints = [
            models.UniqueConstraint(
                fields=["address_key", "vacancy"], name="one_alert_email_per_address_and_vacancy"
            )
        ]

    def __str__(self) -> str:
        return f"alert {self.alert_id}: vacancy {self.vacancy_id}"
