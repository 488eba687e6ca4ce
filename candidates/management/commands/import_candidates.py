"""python manage.py import_candidates FILE.jsonl (or - for standard input)."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from candidates.importing import import_jsonl
from candidates.signals import request_rescoring


class Command(BaseCommand):
    help = "Import candidates from a JSON Lines file (one profile per line); re-importing an id updates it."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .jsonl file, or - for standard input")

    def handle(self, *args, file: str, **options):
        try:
            stream = sys.stdin if file == "-" else open(file, encoding="utf-8-sig")  # noqa: SIM115
        except OSError as error:
            raise CommandError(
                gettext("cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}
            ) from None
        with stream:
            report = import_jsonl(stream)
        request_rescoring(
            report.changed_ids, reason=f"{len(report.changed_ids)} candidates imported", imported=True
        )
        self.stdout.write(report.summary())
        if report.unchanged:
            self.stdout.write(
                gettext("(%(count)d of the updated candidates were unchanged)") % {"count": report.unchanged}
            )
        for number, reason in report.errors:
            self.stderr.write(gettext("line %(number)d: %(reason)s") % {"number": number, "reason": reason})
        if report.errors:
            # The good lines stay imported; the status tells a script that some were not.
            raise CommandError(
                gettext("%(count)d lines could not be imported") % {"count": len(report.errors)}
            )
