"""Inviting a candidate of a vacancy's pool (consenting to be matched, not applied) to apply for it.

An invitation is recorded once per candidate and vacancy (who invited, when); inviting again sends nothing
and says who did it first. The email goes once the invitation is committed, claimed like the stage emails.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError as BrokerUnreachable

from candidates.models import Candidate
from vacancies.models import Vacancy

from . import signals
from .models import Application, Invitation

log = logging.getLogger(__name__)


@dataclass
class InvitationOutcome:
    """What inviting some candidates did: the newly invited, those invited before (not emailed again), and
    those who cannot be invited (they applied already, or do not consent to be matched)."""

    invited: list[int] = field(default_factory=list)
    already: list[Invitation] = field(default_factory=list)
    not_in_pool: list[int] = field(default_factory=list)


@transaction.atomic
def invite_to_apply(vacancy: Vacancy, candidate_ids: Sequence[int], *, by) -> InvitationOutcome:
    outcome = InvitationOutcome()
    applied = set(
        Application.objects.applied()
        .filter(vacancy=vacancy, candidate_id__in=candidate_ids)
        .values_list("candidate_id", flat=True)
    )
    in_pool = (
        set(Candidate.objects.matchable().filter(pk__in=candidate_ids).values_list("pk", flat=True)) - applied
    )
    earlier = {
        invitation.candidate_id: invitation
        for invitation in Invitation.objects.filter(
            vacancy=vacancy, candidate_id__in=candidate_ids
        ).select_related("invited_by")
    }
    for candidate_id in dict.fromkeys(candidate_ids):
        if candidate_id not in in_pool:
            outcome.not_in_pool.append(candidate_id)
        elif candidate_id in earlier:
            outcome.already.append(earlier[candidate_id])
        else:
            outcome.invited.append(candidate_id)
    created = Invitation.objects.bulk_create(
        [Invitation(vacancy=vacancy, candidate_id=pk, invited_by=by) for pk in outcome.invited],
        ignore_conflicts=True,  # two recruiters inviting at once: the first one's row stays
    )
    signals.written([vacancy.pk])
    for invitation in Invitation.objects.filter(
        vacancy=vacancy,
        candidate_id__in=[i.candidate_id for i in created],
        invited_by=by,
        sent_at__isnull=True,
    ).values_list("pk", flat=True):
        transaction.on_commit(partial(_queue_email, invitation))
    return outcome


def _queue_email(invitation_id: int) -> None:
    from .tasks import send_invitation

    try:
        send_invitation.delay(invitation_id)
    except BrokerUnreachable as error:  # the invitation stays recorded, unsent (sent_at empty)
        log.warning("broker unreachable (%s): invitation %s not emailed", error, invitation_id)


def send_invitation_email(invitation_id: int) -> bool:
    """Email the invitation once; returns whether this call sent it."""
    with transaction.atomic():
        claimed = Invitation.objects.filter(pk=invitation_id, sent_at__isnull=True).update(
            sent_at=timezone.now()
        )
        if not claimed:
            return False
        invitation = Invitation.objects.select_related("vacancy", "candidate__user").get(pk=invitation_id)
        candidate = invitation.candidate
        to = candidate.user.email if candidate.user else candidate.email
        if not to:
            return False
        # In the language the candidate chose; one with no account gets the site's default.
        language = candidate.user.email_language if candidate.user else settings.LANGUAGE_CODE
        with translation.override(language):
            values = {
                "name": candidate.name,
                "title": invitation.vacancy.title,
                "url": settings.SITE_URL + reverse("applicants:vacancy", args=[invitation.vacancy_id]),
            }
            subject = _("An invitation to apply: %(title)s") % values
            body = (
                _(
                    "Hello %(name)s,\n\n"
                    'Your profile matches the vacancy "%(title)s" well, and its recruiters invite you to apply.\n\n'
                    "Read the vacancy and apply here: %(url)s\n\n"
                    "Vacancy Matcher\n"
                )
                % values
            )
        send_mail(subject, body, None, [to])
    return True
