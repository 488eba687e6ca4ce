from django.core.management.base import BaseCommand
from django.utils.translation import gettext

from matching.models import TermPoolSnapshot
from matching.rescoring import refresh_term_pool, term_pool_due


class Command(BaseCommand):
    help = (
        "Count how many candidates use each term (the relevance criterion's weights) into a new snapshot and "
        "rescore every open vacancy with it, when the pool has changed enough since the last one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="take a new snapshot even if none is due")

    def handle(self, *args, force: bool, **options):
        if not (force or term_pool_due()):
            self.stdout.write(
                gettext("The term pool snapshot is current: nothing to do (--force to take one).")
            )
            return
        run = refresh_term_pool(force=True)
        snapshot = TermPoolSnapshot.objects.latest()
        self.stdout.write(
            gettext("Term pool snapshot %(id)d taken: %(candidates)d candidates, %(terms)d terms kept.")
            % {"id": snapshot.pk, "candidates": snapshot.candidates, "terms": len(snapshot.frequencies)}
        )
        if run:
            self.stdout.write(
                gettext("Rescoring %(pairs)d candidate-vacancy pairs (run %(run)d).")
                % {"pairs": run.total_pairs, "run": run.pk}
            )
