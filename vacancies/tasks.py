from celery import shared_task

from . import services


@shared_task(autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def close_expired_vacancies() -> int:
    return services.close_expired_vacancies()
