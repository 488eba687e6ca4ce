from celery import shared_task

from . import services


@shared_task(autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=10)
def score_chunk(chunk_id: int) -> int:
    return services.score_chunk(chunk_id)


@shared_task
def reconcile_scoring_runs() -> int:
    return services.reconcile_runs()
