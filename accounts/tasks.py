from celery import shared_task
from django.conf import settings

from . import privacy


@shared_task
def apply_retention() -> str:
    return str(privacy.apply_retention(days=settings.RETENTION_DAYS))
