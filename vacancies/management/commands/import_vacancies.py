"""Load every notice file in a folder as a draft vacancy, one report line per file."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from vacancies.services import import_notice_files


def _notice_files(folder: Path):
    """(name, content) of each visible file; a file over the limit is read just past it, to be refused."""
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            with path.open("rb") as stream:
                yield path.name, stream.read(settings.UPLOAD_MAX_BYTES + 1)


class Command(BaseCommand):
    help = "Import every notice file (txt, html, pdf, docx) in DIR as a draft vacancy."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, metavar="DIR")

    def handle(self, *args, directory: Path, **options):
        if not directory.is_dir():
            raise CommandError(gettext("%(directory)s is not a folder.") % {"directory": directory})
        outcomes = import_notice_files(_notice_files(directory))
        for outcome in outcomes:
            style = self.style.ERROR if outcome.error else self.style.SUCCESS
            self.stdout.write(style(str(outcome)))
        failed = sum(1 for outcome in outcomes if outcome.error)
        counts = {"imported": len(outcomes) - failed, "failed": failed, "files": len(outcomes)}
        self.stdout.write(gettext("%(imported)d imported, %(failed)d failed, %(files)d files.") % counts)
        if failed:
            raise CommandError(gettext("%(failed)d of %(files)d files could not be imported.") % counts)
