from django.apps import AppConfig


class RecruitingConfig(AppConfig):
    name = "recruiting"

    def ready(self) -> None:
        from . import generations  # noqa: F401  (connects the receivers that bump shortlist generations)
