from celery import shared_task
from django.conf import settings

from . import login_records, privacy


@shared_task
def apply_retention() -> str:
    return str(privacy.apply_retention(days=settings.RETENTION_DAYS))


@shared_task
def expire_login_records() -> int:
    return login_records.expire_login_records(days=settings.LOGIN_RECORD_DAYS)
