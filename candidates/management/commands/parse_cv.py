"""python manage.py parse_cv FILE [FILE ...] [--json]: read CV files, one proposal per file."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from candidates.cv import CvProposal, read_cv
from documents.extraction import DocumentError


def _reference():
    """The database's reference data when there is a database, the built-in defaults otherwise."""
    from reference.loading import current_reference

    return current_reference()


class Command(BaseCommand):
    help = "Read CV files (.pdf, .docx, .txt); --json prints one JSON object per file per line."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="one JSON object per file per line")

    def handle(self, *args, files: list[str], json: bool = False, **options):
        reference = _reference()
        failed = 0
        for name in files:
            try:
                proposal = read_cv(Path(name).read_bytes(), filename=name, reference=reference)
            except OSError as error:
                failed += 1
                self.stderr.write(f"parse_cv: {name}: {error.strerror or error}")
                continue
            except DocumentError as error:
                failed += 1
                self.stderr.write(f"parse_cv: {name}: {error}")
                continue

            if json:
                self.stdout.write(_dumps({"file": name, **proposal.to_json()}))
            else:
                self.stdout.write(_summary(name, proposal))
        if failed:
            raise CommandError(
                gettext("%(failed)d of %(files)d file(s) could not be read")
                % {"failed": failed, "files": len(files)}
            )


def _dumps(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False)


def _summary(name: str, proposal: CvProposal) -> str:
    languages = ", ".join(
        f"{x.language} {x.level or (f'SLP {x.stanag}' if x.stanag else gettext('level not stated'))}"
        for x in proposal.languages
    )
    lines = [
        f"{name}: {proposal.name or gettext('(no name found)')}",
        "  "
        + gettext("e-mail: %(email)s; phone: %(phone)s; nationality: %(nationality)s")
        % {
            "email": proposal.email or "-",
            "phone": proposal.phone or "-",
            "nationality": proposal.nationality or "-",
        },
        "  "
        + gettext(
            "%(education)d education, %(experience)d experience, %(competencies)d competencies, %(skills)d skills; "
            "staff college: %(college)s"
        )
        % {
            "education": len(proposal.education),
            "experience": len(proposal.experience),
            "competencies": len(proposal.competencies),
            "skills": len(proposal.skills),
            "college": gettext("yes") if proposal.military_staff_college else gettext("no"),
        },
        "  " + gettext("languages: %(languages)s") % {"languages": languages or "-"},
    ]
    return "\n".join(lines)
