from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectConfig(AppConfig):
    """The project itself: start-up checks that need settings but must not run when settings are imported."""

    name = "config"
    verbose_name = _("Vacancy Matcher")

    def ready(self) -> None:
        from .celery import run_tasks_in_process_without_redis

        run_tasks_in_process_without_redis()
