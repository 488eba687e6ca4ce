from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"

    def ready(self) -> None:
        from . import rescoring  # noqa: F401  (connects the receivers of the rescoring triggers)
