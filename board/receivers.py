"""A published vacancy's job alerts, queued once the publishing transaction commits."""

from django.dispatch import receiver

from vacancies.signals import published

from .tasks import send_job_alerts


@receiver(published)
def _queue_job_alerts(sender, *, vacancy, **kwargs) -> None:
    send_job_alerts.delay_on_commit(vacancy.pk)
