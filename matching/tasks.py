from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import services

# A database or broker that is away for a moment: try again later rather than fail the chunk.
TRANSIENT = (ConnectionError, OperationalError, InterfaceError)


@shared_task(bind=True, ignore_result=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=10)
def score_chunk(self, chunk_id: int) -> int:
    return services.score_chunk(chunk_id, worker=self.request.hostname or "")


@shared_task
def reconcile_scoring_runs() -> int:
    return services.reconcile_runs()
