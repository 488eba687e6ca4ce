"""Who viewed, exported, rescored or moved which candidate: ids and actions only, never personal data."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class AuditEntryQuerySet(models.QuerySet):
    def about_candidate(self, candidate_id: int):
        """A person's trail: the entries about them alone, and the bulk ones (an export) that list them."""
        listed = rf"[^0-9]{int(candidate_id)}[^0-9]"  # in the list's JSON text, "[12, 34]"
        return self.alias(listed_ids=Cast("candidate_ids", models.TextField())).filter(
            models.Q(candidate_id=candidate_id) | models.Q(listed_ids__regex=listed)
        )


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        VIEWED = "viewed", _("Viewed")
        EXPORTED = "exported", _("Exported")
        RESCORED = "rescored", _("Rescored")
        MOVED = "moved", _("Moved to a stage")
        NOTED = "noted", _("Added a note")
        RATED = "rated", _("Rated")
        DECIDED = "decided", _("Decided an essential")
        DATA_EXPORTED = "data_exported", _("Downloaded own data")
        ERASED = "erased", _("Erased an account")
        RETAINED = "retention", _("Retention clean-up")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_role = models.CharField(_("actor role"), max_length=16, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    # Plain ids, not foreign keys: the trail outlives the rows it speaks of (e.g. an erased candidate).
    vacancy_id = models.BigIntegerField(_("vacancy id"), null=True, blank=True)
    candidate_id = models.BigIntegerField(_("candidate id"), null=True, blank=True)
    # One entry for an action on many candidates (an export of 20,000 rows is one entry, not 20,000).
    candidate_ids = models.JSONField(
        _("candidate ids"), default=list, blank=True, help_text=_("The candidates of a bulk action.")
    )
    count = models.PositiveIntegerField(
        _("count"), null=True, blank=True, help_text=_("How many rows, for bulk actions.")
    )
    detail = models.CharField(
        _("detail"),
        max_length=200,
        blank=True,
        help_text=_("Never personal data: a stage, a format, a notice's line."),
    )
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        ordering = ["-at", "-id"]
        verbose_name_plural = _("audit entries")
        indexes = [models.Index(fields=["candidate_id", "at"]), models.Index(fields=["vacancy_id", "at"])]

    def __str__(self) -> str:
        # Local time, as the list shows it; the actor by id only (the trail keeps no personal data).
        by = gettext("user #%(id)s") % {"id": self.actor_id} if self.actor_id else gettext("the system")
        return gettext("%(at)s %(action)s by %(by)s") % {
            "at": f"{timezone.localtime(self.at):%Y-%m-%d %H:%M}",
            "action": self.get_action_display(),
            "by": by,
        }
