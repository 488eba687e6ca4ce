"""python manage.py parse_vacancy FILE [FILE ...] [--json]: parse notice files, one result per file."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

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
            raise CommandError(f"{failed} of {len(files)} file(s) could not be parsed")


def _dumps(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False)


def _summary(name: str, notice) -> str:
    languages = notice.languages
    if languages.rule == "one_high_other_low":
        rule = f"{languages.high} in one, {languages.low} in the other"
    elif languages.rule == "each":
        rule = ", ".join(f"{r.language} {r.level}" for r in languages.requirements)
    else:
        rule = "no level rule"
    lines = [
        f"{name}: {notice.title or '(no title)'}",
        f"  organisation: {notice.organisation or '-'}; location: {notice.location or '-'}; "
        f"grade: {notice.grade or '-'}; deadline: {notice.deadline or '-'}",
        f"  degree: {notice.degree.level}; experience: {_years(notice.min_years_experience)}; languages: {rule}",
        f"  {len(notice.essential)} essential, {len(notice.desirable)} desirable, "
        f"{len(notice.competencies)} competencies",
    ]
    if notice.missing:
        lines.append(f"  not found: {', '.join(notice.missing)}")
    return "\n".join(lines)


def _years(years: int | None) -> str:
    return "not stated" if years is None else f"{years} year(s)"
