import secrets

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from accounts.demo import load_demo
from matching.rescoring import refresh_term_pool


class Command(BaseCommand):
    help = "Load the demo data: the seed notices, N synthetic candidates and five demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--candidates", type=int, default=300, help="synthetic candidates (default 300)")
        parser.add_argument("--password", help="password of every demo account (default: random, printed)")

    def handle(self, *args, candidates: int, password: str | None, **options):
        if candidates < 0:
            raise CommandError(gettext("--candidates must be 0 or more."))
        password = password or secrets.token_urlsafe(12)
        report = load_demo(candidates=candidates, password=password)
        # A new pool: its term counts weigh the relevance of every score (matching.pool).
        run = refresh_term_pool(force=True, reason="demo data loaded")
        for note in report.notes:
            self.stdout.write(gettext("note: %(note)s") % {"note": note})
        self.stdout.write(gettext("Vacancies: %(titles)s") % {"titles": "; ".join(report.vacancies)})
        self.stdout.write(
            gettext("Synthetic candidates: %(created)d new, %(updated)d updated.")
            % {"created": report.candidates_created, "updated": report.candidates_updated}
        )
        if run:
            self.stdout.write(
                gettext("Scoring %(pairs)d candidate-vacancy pairs (run %(run)d).")
                % {"pairs": run.total_pairs, "run": run.pk}
            )
        self.stdout.write(gettext("Demo accounts (password: %(password)s):") % {"password": password})
        for email in report.accounts:
            self.stdout.write(f"  {email}")
