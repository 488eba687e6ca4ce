import secrets

from django.core.management.base import BaseCommand, CommandError

from accounts.demo import load_demo
from matching.rescoring import rescore_everything


class Command(BaseCommand):
    help = "Load the demo data: the seed notices, N synthetic candidates and five demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--candidates", type=int, default=300, help="synthetic candidates (default 300)")
        parser.add_argument("--password", help="password of every demo account (default: random, printed)")

    def handle(self, *args, candidates: int, password: str | None, **options):
        if candidates < 0:
            raise CommandError("--candidates must be 0 or more.")
        password = password or secrets.token_urlsafe(12)
        report = load_demo(candidates=candidates, password=password)
        run = rescore_everything(reason="demo data loaded")
        for note in report.notes:
            self.stdout.write(f"note: {note}")
        self.stdout.write(f"Vacancies: {'; '.join(report.vacancies)}")
        self.stdout.write(
            f"Synthetic candidates: {report.candidates_created} new, {report.candidates_updated} updated."
        )
        if run:
            self.stdout.write(f"Scoring {run.total_pairs} candidate-vacancy pairs (run {run.pk}).")
        self.stdout.write(f"Demo accounts (password: {password}):")
        for email in report.accounts:
            self.stdout.write(f"  {email}")
