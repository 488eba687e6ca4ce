from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from .models import StageChange

SUBJECT = "Your application for {title}: {stage}"
BODY = """Hello {name},

The status of your application for "{title}" is now: {stage}.

You can follow all your applications at {url}.

Vacancy Matcher
"""


def send_stage_change_email(stage_change_id: int) -> bool:
    """Email the applicant once about a stage change; returns whether this call sent it."""
    with transaction.atomic():
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
