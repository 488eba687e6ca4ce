"""Applying, withdrawing and moving candidates through a vacancy's stages."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from kombu.exceptions import OperationalError as BrokerUnreachable

from audit.log import record_many
from audit.models import AuditEntry
from candidates.models import Candidate
from matching import signals as matching_signals
from vacancies.models import Vacancy

from .models import Application, Stage, StageChange

log = logging.getLogger(__name__)


class ApplicationRefused(Exception):
    """Why an application cannot be made or changed, in words for the applicant."""


@transaction.atomic
def apply(candidate: Candidate, vacancy: Vacancy, *, motivation: str = "") -> Application:
    """Apply (or apply again after withdrawing, or take up a recruiter's pipeline entry). The application is
    the ground to assess the candidate for this vacancy, with or without their consent to be matched against
    every vacancy: matching records it and scores the pair. The applicant is emailed that it was received."""
    application = _apply(candidate, vacancy, motivation=motivation)
    matching_signals.record_application(vacancy, candidate)
    if candidate.user_id is not None:
        receipt = application.stage_changes.filter(changed_by__isnull=True).order_by("-pk").first()
        transaction.on_commit(partial(_queue, "notify_application_received", receipt.pk))
    return application


def _apply(candidate: Candidate, vacancy: Vacancy, *, motivation: str) -> Application:
    if not vacancy.is_open:
        if vacancy.deadline and vacancy.deadline < timezone.localdate():
            raise ApplicationRefused(
                gettext("The deadline for this vacancy was %(deadline)s; it is closed.")
                % {"deadline": date_format(vacancy.deadline, "d F Y")}
            )
        raise ApplicationRefused(_("This vacancy is not open for applications."))
    existing = Application.objects.filter(vacancy=vacancy, candidate=candidate).first()
    if existing and existing.source == Application.Source.APPLIED and existing.stage != Stage.WITHDRAWN:
        raise ApplicationRefused(_("You have already applied for this vacancy."))
    if existing:  # added by a recruiter before, or withdrawn earlier: applying (again) reopens it
        previous = existing.stage
        existing.source, existing.motivation, existing.applied_at = (
            Application.Source.APPLIED,
            motivation,
            timezone.now(),
        )
        existing.stage = Stage.NEW
        existing.save()
        StageChange.objects.create(application=existing, from_stage=previous, to_stage=Stage.NEW)
        return existing
    try:
        with transaction.atomic():
            application = Application.objects.create(
                vacancy=vacancy, candidate=candidate, motivation=motivation, applied_at=timezone.now()
            )
    except IntegrityError as exc:  # a double submit racing the first
        raise ApplicationRefused(_("You have already applied for this vacancy.")) from exc
    StageChange.objects.create(application=application, to_stage=Stage.NEW)
    return application


@transaction.atomic
def withdraw(application: Application) -> Application:
    if application.is_final:
        raise ApplicationRefused(_("This application is already closed."))
    move_to_stage([application], Stage.WITHDRAWN, by=None)
    application.refresh_from_db()
    return application


@transaction.atomic
def move_to_stage(applications: Iterable[Application], stage: str, *, by) -> int:
    """Move applications to a stage, recording who and when.

    The applicant hears of it once the stage has settled: the email is queued on commit to run after the undo
    window (``STAGE_EMAIL_DELAY_SECONDS``), and then sent only if this is still the latest change and news to
    them (``StageChange.objects.due``).
    """
    if stage not in Stage.values:
        raise ApplicationRefused(f"Unknown stage {stage!r}.")
    moved = defaultdict(list)  # vacancy id -> candidate ids, for the audit trail
    changes = []
    for application in applications:
        if application.stage == stage:
            continue
        changes.append(
            StageChange.objects.create(
                application=application, from_stage=application.stage, to_stage=stage, changed_by=by
            ).pk
        )
        Application.objects.filter(pk=application.pk).update(stage=stage, updated_at=timezone.now())
        application.stage = stage
        moved[application.vacancy_id].append(application.candidate_id)
    for change_id in StageChange.objects.to_email().filter(pk__in=changes).values_list("pk", flat=True):
        # A second more than the window, so that the change has settled when the task looks at it.
        countdown = settings.STAGE_EMAIL_DELAY_SECONDS + 1
        transaction.on_commit(partial(_queue, "notify_stage_change", change_id, countdown=countdown))
    # Staff moving someone is audited; an applicant's own withdrawal (by=None) is in the stage history.
    if by is not None:
        for vacancy_id, candidate_ids in moved.items():
            record_many(by, AuditEntry.Action.MOVED, vacancy_id=vacancy_id, candidate_ids=candidate_ids,
                        detail=stage)  # fmt: skip
    return sum(len(candidate_ids) for candidate_ids in moved.values())


def _queue(task_name: str, stage_change_id: int, *, countdown: int = 0) -> None:
    from . import tasks

    try:
        getattr(tasks, task_name).apply_async([stage_change_id], countdown=countdown)
    except BrokerUnreachable as error:
        # The change is committed and the page must still answer; only the email is missed (the sweep
        # sends a missed stage email; a missed receipt stays unsent, its change without notified_at).
        log.warning(
            "broker unreachable (%s): %s for stage change %s not sent", error, task_name, stage_change_id
        )


def add_to_pipeline(vacancy: Vacancy, candidates: Iterable[Candidate], *, by) -> list[Application]:
    """Applications for matched candidates a recruiter wants to track, created when missing."""
    applications = []
    for candidate in candidates:
        application, created = Application.objects.get_or_create(
            vacancy=vacancy, candidate=candidate, defaults={"source": Application.Source.SOURCED}
        )
        if created:
            StageChange.objects.create(application=application, to_stage=Stage.NEW, changed_by=by)
        applications.append(application)
    return applications
