from celery import shared_task

from . import alerts


@shared_task(ignore_result=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_job_alerts(vacancy_id: int) -> int:
    return alerts.send_job_alerts(vacancy_id)


@shared_task(ignore_result=True)
def forget_unconfirmed_alerts() -> int:
    return alerts.forget_unconfirmed_alerts()
