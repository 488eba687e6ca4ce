import logging
from datetime import timedelta
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from .models import StageChange, stage_email_delay

log = logging.getLogger(__name__)
# A change is emailed by a task queued when it is committed, to run once its undo window is over; the sweep
# takes what that missed (the broker was down, the task failed for good) once the task has had time to run.
MISSED_AFTER = timedelta(minutes=3)

SUBJECT = "Your application for {title}: {stage}"
BODY = """Hello {name},

The status of your application for "{title}" is now: {stage}.

You can follow all your applications at {url}.

Vacancy Matcher
"""


def send_stage_change_email(stage_change_id: int) -> bool:
    """Email the applicant once about a stage change, if it is due now (``StageChange.objects.due``: settled,
    still the latest, news to them); returns whether this call sent it."""
    if not StageChange.objects.due().filter(pk=stage_change_id).exists():
        return False  # moved again since (that move has its own task), moved back, or not news
    with transaction.atomic():
        # The claim: of two deliveries of the task (or the task and the sweep), one sends.
        claimed = StageChange.objects.filter(pk=stage_change_id, notified_at__isnull=True).update(
            notified_at=timezone.now()
        )
        if not claimed:
            return False
        change = StageChange.objects.select_related(
            "application__vacancy", "application__candidate__user"
        ).get(pk=stage_change_id)
        user = change.application.candidate.user
        if user is None:
            return False
        values = {
            "name": user.get_short_name(),
            "title": change.application.vacancy.title,
            "stage": change.get_to_stage_display(),
            "url": f"{settings.SITE_URL}/me/applications/",
        }
        send_mail(SUBJECT.format(**values), BODY.format(**values), None, [user.email])
    return True


def unsent_stage_changes(now=None):
    """Stage changes due to be emailed (the same rule as the queued task's) whose task should have sent them
    ``MISSED_AFTER`` ago."""
    now = now or timezone.now()
    return (
        StageChange.objects.due(now=now)
        .filter(changed_at__lte=now - stage_email_delay() - MISSED_AFTER)
        .order_by("changed_at", "pk")
    )


def send_missed_stage_change_emails() -> int:
    """Send the emails that were missed; one failing address does not stop the others. Returns how many sent."""
    sent = 0
    for stage_change_id in unsent_stage_changes().values_list("pk", flat=True):
        try:
            sent += send_stage_change_email(stage_change_id)
        except (OSError, SMTPException) as error:  # not claimed (rolled back): the next sweep tries again
            log.warning("stage change %s: email failed again (%s)", stage_change_id, error)
    return sent
