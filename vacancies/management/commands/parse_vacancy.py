"""python manage.py parse_vacancy FILE [FILE ...] [--json]: parse notice files, one result per file."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from documents.extraction import DocumentError, extract_text
from vacancies.parsing import NotANoticeError, parse_notice


def _reference():
    try:
        from reference.loading import current_reference
    except ImportError:
        from reference.data import DEFAULT_REFERENCE

        return DEFAULT_REFERENCE
    return current_reference()


class Command(BaseCommand):
    help = "Parse vacancy notice files (.txt, .html, .pdf, .docx); --json prints one JSON object per line."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="one JSON object per file per line")

    def handle(self, *args, files: list[str], json: bool = False, **options):
        reference = _reference()
        failed = 0
        for name in files:
            try:
                data = Path(name).read_bytes()
                notice = parse_notice(extract_text(data, filename=name), reference)
            except OSError as error:
                failed += 1
                self.stderr.write(f"parse_vacancy: {name}: {error.strerror or error}")
                continue
            except (DocumentError, NotANoticeError) as error:
                failed += 1
                self.stderr.write(f"parse_vacancy: {name}: {error}")
                continue
            if json:
                self.stdout.write(_dumps({"file": name, **notice.to_json()}))
            else:
                self.stdout.write(_summary(name, notice))
        if failed:
            raise CommandError(
                gettext("%(failed)d of %(files)d file(s) could not be parsed")
                % {"failed": failed, "files": len(files)}
            )


def _dumps(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False)


def _summary(name: str, notice) -> str:
    languages = notice.languages
    if languages.rule == "one_high_other_low":
        rule = gettext("%(high)s in one, %(low)s in the other") % {
            "high": languages.high,
            "low": languages.low,
        }
    elif languages.rule == "each":
        rule = ", ".join(f"{r.language} {r.level}" for r in languages.requirements)
    else:
        rule = gettext("no level rule")
    lines = [
        f"{name}: {notice.title or gettext('(no title)')}",
        "  "
        + gettext(
            "organisation: %(organisation)s; location: %(location)s; grade: %(grade)s; deadline: %(deadline)s"
        )
        % {
            "organisation": notice.organisation or "-",
            "location": notice.location or "-",
            "grade": notice.grade or "-",
            "deadline": notice.deadline or "-",
        },
        "  "
        + gettext("degree: %(degree)s; experience: %(years)s; languages: %(rule)s")
        % {"degree": notice.degree.level, "years": _years(notice.min_years_experience), "rule": rule},
        "  "
        + gettext("%(essential)d essential, %(desirable)d desirable, %(competencies)d competencies")
        % {
            "essential": len(notice.essential),
            "desirable": len(notice.desirable),
            "competencies": len(notice.competencies),
        },
    ]
    if notice.missing:
        lines.append("  " + gettext("not found: %(fields)s") % {"fields": ", ".join(notice.missing)})
    return "\n".join(lines)


def _years(years: int | None) -> str:
    return gettext("not stated") if years is None else gettext("%(years)d year(s)") % {"years": years}
