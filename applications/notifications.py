import logging
from datetime import timedelta
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Application, OutcomeEmail, Stage, StageChange, stage_email_delay
from .stages import APPLICANT_LABELS, UNDER_REVIEW, as_applicant_sees

log = logging.getLogger(__name__)
# A change is emailed by a task queued when it is committed, to run once its undo window is over; the sweep
# takes what that missed (the broker was down, the task failed for good) once the task has had time to run.
MISSED_AFTER = timedelta(minutes=3)


def _values(change: StageChange) -> dict[str, str]:
    application = change.application
    return {
        "name": application.candidate.user.get_short_name(),
        "title": application.vacancy.title,
        "organisation": application.vacancy.organisation,
        "url": f"{settings.SITE_URL}{reverse('applicants:applications')}",
    }


def _stage_email(change: StageChange) -> tuple[str, str]:
    """(subject, body) about the stage the applicant now sees: the vacancy's outcome email when they are
    not selected, else a short note naming the stage as they see it ("Under review", ...)."""
    vacancy = change.application.vacancy
    values = _values(change)
    if change.to_stage == Stage.REJECTED:
        return OutcomeEmail.objects.for_vacancy(vacancy).render(values)
    stage = as_applicant_sees(change.to_stage, show_internal=vacancy.show_stages_to_applicants)
    values["stage"] = str(APPLICANT_LABELS[stage])
    subject = _("Your application for %(title)s: %(stage)s") % values
    news = {
        UNDER_REVIEW: _('Your application for "%(title)s" is now under review by the recruiters.'),
        Stage.OFFER: _('Good news: the recruiters of "%(title)s" would like to make you an offer. '
                       "They will contact you about it."),
    }.get(stage, _('Your application for "%(title)s" is now at the stage: %(stage)s.'))  # fmt: skip
    body = _(
        "Hello %(name)s,\n\n%(news)s\n\nWe will email you again when there is news. You can follow all your "
        "applications at %(url)s.\n\nVacancy Matcher\n"
    ) % {**values, "news": news % values}
    return subject, body


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
        if change.application.candidate.user is None:
            return False
        # In the language the applicant chose, not the recruiter's who moved them.
        with translation.override(change.application.candidate.user.email_language):
            subject, body = _stage_email(change)
        send_mail(subject, body, None, [change.application.candidate.user.email])
    return True


def send_application_received_email(stage_change_id: int) -> bool:
    """Email the applicant that their application arrived, once: ``stage_change_id`` is the change that
    applying made, claimed by setting its ``notified_at`` (the applicant was told of it). Returns whether
    this call sent it."""
    with transaction.atomic():
        claimed = StageChange.objects.filter(
            pk=stage_change_id, notified_at__isnull=True, changed_by__isnull=True, to_stage=Stage.NEW,
            application__source=Application.Source.APPLIED, application__candidate__user__isnull=False,
        ).update(notified_at=timezone.now())  # fmt: skip
        if not claimed:
            return False
        change = StageChange.objects.select_related(
            "application__vacancy", "application__candidate__user"
        ).get(pk=stage_change_id)
        with translation.override(change.application.candidate.user.email_language):
            values = {**_values(change), "day": date_format(timezone.localdate(change.changed_at), "j F Y")}
            subject = _("We received your application for %(title)s") % values
            body = (
                _(
                    "Hello %(name)s,\n\n"
                    'Thank you for applying for "%(title)s". We received your application on %(day)s.\n\n'
                    "Its recruiters will now review it. We will email you when your application moves on, and "
                    "you can follow it at any time at %(url)s.\n\n"
                    "Vacancy Matcher\n"
                )
                % values
            )
        send_mail(subject, body, None, [change.application.candidate.user.email])
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
