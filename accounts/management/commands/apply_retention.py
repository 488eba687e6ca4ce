from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext

from accounts.privacy import apply_retention


class Command(BaseCommand):
    help = "Delete or anonymise candidates not selected, RETENTION_DAYS after their vacancies closed."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="default: settings.RETENTION_DAYS (180)")
        parser.add_argument("--dry-run", action="store_true", help="say what would be done, change nothing")

    def handle(self, *args, days: int | None, dry_run: bool, **options):
        days = settings.RETENTION_DAYS if days is None else days
        report = apply_retention(days=days, dry_run=dry_run)
        message = (
            gettext("Would have: %(report)s (retention: %(days)d days after closing)")
            if dry_run
            else gettext("%(report)s (retention: %(days)d days after closing)")
        )
        self.stdout.write(message % {"report": report, "days": days})
