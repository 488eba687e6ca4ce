"""Rank candidates (bulk-import JSON lines) against one vacancy, without database or Celery.

    python manage.py rank --vacancy notice.pdf --candidates people.jsonl [--as-of 2025-12-01] [--json]

The vacancy is a notice in any format that documents.extraction reads, or a ``.json`` file in the
``parse_vacancy --json`` format (a JSON-lines file: its first line). A broken candidate line is
reported on stderr as "line N: reason" and skipped; the others are still ranked.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from candidates.profile import ProfileError, profile_from_import_json
from matching.reasons import describe, describe_all
from matching.requirements import RequirementsError
from matching.scoring import prepare_profile, prepare_vacancy, rank, score_many
from reference.data import DEFAULT_REFERENCE


class Command(BaseCommand):
    help = "Rank candidates from a JSON-lines file against one vacancy notice (no database needed)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--vacancy", required=True, help="A notice file, or a .json parse_vacancy result."
        )
        parser.add_argument(
            "--candidates", required=True, help="Candidates in the bulk-import format, one per line."
        )
        parser.add_argument(
            "--as-of", type=_date, default=None, help="YYYY-MM-DD; experience counts up to then."
        )
        parser.add_argument("--json", action="store_true", help="One JSON line per candidate, in rank order.")

    def handle(self, *args, **options):
        as_of = options["as_of"] or dt.date.today()
        try:
            prepared = prepare_vacancy(read_vacancy(Path(options["vacancy"])), reference=DEFAULT_REFERENCE)
        except RequirementsError as error:
            raise CommandError(f"{options['vacancy']}: {error}") from None
        profiles = [
            prepare_profile(p, DEFAULT_REFERENCE) for p in self._profiles(Path(options["candidates"]))
        ]
        names = {p.id: p.profile.name for p in profiles}
        ranked = rank(score_many(prepared, profiles, as_of))
        if options["json"]:
            for position, (candidate_id, result) in enumerate(ranked, start=1):
                line = {
                    "id": candidate_id,
                    "rank": position,
                    "name": names[candidate_id],
                    "eligible": result.eligible,
                    "score": result.score,
                    "unmet": describe_all(result.unmet),
                    "to_assess": describe_all(result.to_assess),
                    "hints": describe_all(result.hints),
                    "breakdown": result.breakdown_json(),
                    "essentials": result.essentials_json(),
                }
                self.stdout.write(json.dumps(line, ensure_ascii=False))
        else:
            self._table(ranked, names)

    def _profiles(self, path: Path):
        seen: dict[str, int] = {}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: {error}") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                profile = profile_from_import_json(json.loads(line), DEFAULT_REFERENCE)
            except json.JSONDecodeError as error:
                self.stderr.write(f"line {number}: not valid JSON ({error.msg} at column {error.colno})")
                continue
            except ProfileError as error:
                self.stderr.write(f"line {number}: {error}")
                continue
            if profile.id in seen:
                self.stderr.write(f"line {number}: id {profile.id!r} already used on line {seen[profile.id]}")
                continue
            seen[profile.id] = number
            yield profile

    def _table(self, ranked, names) -> None:
        verdicts = {True: "eligible", None: "to assess", False: "not eligible"}
        self.stdout.write(
            f"{'#':>4}  {'id':<14} {'name':<24} {'verdict':<13} {'score':>5}  first unmet / to assess"
        )
        for position, (candidate_id, result) in enumerate(ranked, start=1):
            first = (result.unmet or result.to_assess)[:1]
            why = describe(first[0]) if first else ""
            self.stdout.write(
                f"{position:>4}  {candidate_id[:14]:<14} {names[candidate_id][:24]:<24} "
                f"{verdicts[result.eligible]:<13} {result.score:>5.1f}  {why}"
            )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a YYYY-MM-DD date") from None


def read_vacancy(path: Path) -> dict:
    """The vacancy in the parse_vacancy --json format: read as JSON, or extracted and parsed."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CommandError(f"{path}: {error}") from None
    if path.suffix.lower() in {".json", ".jsonl"}:
        text = data.decode("utf-8-sig", errors="replace")
        try:
            vacancy = json.loads(text)
        except json.JSONDecodeError:
            first = next((line for line in text.splitlines() if line.strip()), "")
            try:
                vacancy = json.loads(first)
            except json.JSONDecodeError as error:
                raise CommandError(f"{path}: not a JSON vacancy ({error.msg})") from None
        if not isinstance(vacancy, dict):
            raise CommandError(f"{path}: the JSON is not one vacancy object")
        return vacancy
    try:
        from documents.extraction import DocumentError, extract_text
        from vacancies.parsing import parse_notice
    except ImportError as error:
        raise CommandError(
            f"reading notices needs the extraction and the parser ({error}); pass a .json vacancy"
        ) from None
    try:
        text = extract_text(data, filename=path.name)
    except DocumentError as error:
        raise CommandError(f"{path}: {error}") from None
    parsed = parse_notice(text, reference=DEFAULT_REFERENCE).to_json()
    return json.loads(parsed) if isinstance(parsed, str) else parsed
