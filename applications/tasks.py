from celery import shared_task

from . import invitations, notifications


@shared_task(ignore_result=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def notify_stage_change(stage_change_id: int) -> bool:
    return notifications.send_stage_change_email(stage_change_id)


@shared_task(ignore_result=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def notify_application_received(stage_change_id: int) -> bool:
    return notifications.send_application_received_email(stage_change_id)


@shared_task(ignore_result=True)
def send_missed_stage_change_emails() -> int:
    return notifications.send_missed_stage_change_emails()


@shared_task(ignore_result=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_invitation(invitation_id: int) -> bool:
    return invitations.send_invitation_email(invitation_id)
