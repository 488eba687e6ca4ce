from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BoardConfig(AppConfig):
    name = "board"
    verbose_name = _("Job alerts")

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (queues the job alerts of a vacancy once it is published)
