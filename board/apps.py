from django.apps import AppConfig


class BoardConfig(AppConfig):
    name = "board"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (queues the job alerts of a vacancy once it is published)
