"""Rank candidates (bulk-import JSON lines) against one vacancy, without database or Celery.

    python manage.py rank --vacancy notice.pdf --candidates people.jsonl [--as-of 2025-12-01] [--json]

The vacancy is a notice in any format that documents.extraction reads, or a ``.json`` file in the
``parse_vacancy --json`` format (a JSON-lines file: its first line). A broken candidate line is
reported on stderr as "line N: reason" and skipped; the others are still ranked.

A large file is ranked by several processes (``--jobs``, by default one per usable core), forked once the
notice is read and the word lists loaded: each reads, prepares, scores and words its share of the lines,
and the parent merges the shares in rank order (``_Shares``). The output is the one process's, byte for byte.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import gc
import heapq
import itertools
import json
import os
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import get_language, gettext

from candidates.import_lines import read_line
from candidates.profile import CandidateProfile, ProfileError
from matching.forked import Forked, WorkerStopped
from matching.pool import EMPTY_POOL, TermPool, counts
from matching.reasons import describe
from matching.requirements import RequirementsError
from matching.scoring import (
    criterion_json,
    essential_json,
    prepare_profile,
    prepare_vacancy,
    rank,
    rank_key,
    score_many,
)
from matching.warmup import warm
from reference.data import DEFAULT_REFERENCE


class Command(BaseCommand):
    help = "Rank candidates from a JSON-lines file against one vacancy notice (no database needed)."
    # Django's system checks read the URLconf, so every view and what the views import (the exports'
    # spreadsheet library...): 0.15 s of its 2 s start, for a command that uses neither the database nor a
    # page. `manage.py check` runs them.
    requires_system_checks: list[str] = []

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
        parser.add_argument(
            "--jobs",
            type=_positive,
            default=None,
            help=f"Processes that rank (default: one per usable core, for files of {SPLIT_FROM:,} lines or more).",
        )

    def handle(self, *args, **options):
        # Every profile and result is kept to the end: a full collection each few thousand of them would
        # scan them all again and again (a third of the time at 100,000 candidates). Profiles and results
        # hold no cycles (a run over 20,000 candidates leaves 100 objects to collect), so the collector is
        # paused for the run: even collecting less often (thresholds 50,000, 20, 100) cost 2 of its 31 s.
        paused = gc.isenabled()
        gc.disable()
        try:
            self._rank(options)
        finally:
            if paused:
                gc.enable()

    def _rank(self, options) -> None:
        as_of = options["as_of"] or dt.date.today()
        vacancy = options["vacancy"]
        try:
            requirements = read_vacancy(Path(vacancy))
        except RequirementsError as error:
            raise CommandError(f"{vacancy}: {error}") from None
        path = Path(options["candidates"])
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: {error}") from None
        jobs = options["jobs"]
        if jobs is None:
            jobs = len(os.sched_getaffinity(0)) if len(lines) >= SPLIT_FROM else 1
        jobs = min(jobs, len(lines))
        if jobs > 1:
            self._rank_in_processes(requirements, vacancy, lines, jobs, as_of, options["json"])
            return
        profiles = [prepare_profile(p, DEFAULT_REFERENCE) for p in self._profiles(lines)]
        # The candidates ranked are the pool the notice's terms are weighed in (matching.pool).
        prepared = _prepared(requirements, vacancy, TermPool.of(profiles))
        names = {p.id: p.profile.name for p in profiles}
        ranked = rank(score_many(prepared, profiles, as_of))
        self._write(_rows(ranked, names, options["json"]), table=not options["json"])

    def _rank_in_processes(self, requirements, vacancy, lines, jobs, as_of, as_json) -> None:
        """``jobs`` processes, each with its share of the lines (``_Share``). Each reads its lines; the parent
        reports the broken and repeated ones in the lines' order, as one process does, and tells each share
        which it leaves out; the pool is counted in shares and summed; each share scores, ranks and words its
        candidates; the parent merges the shares in rank order and numbers the lines."""
        # Once, here, so that the processes start with what it loads (word lists, patterns; the notice's
        # related concepts, which a pool does not change). A failure is reported where one process reports it.
        with contextlib.suppress(Exception):
            warm()
            prepare_vacancy(requirements, reference=DEFAULT_REFERENCE, pool=EMPTY_POOL)
        size = -(-len(lines) // jobs)
        jobs = -(-len(lines) // size)
        # Each share's lines as one text, and the list emptied: a process that took its lines from the
        # parent's list would copy the memory page of every line it counts a reference to; a text is one
        # object. No line holds a "\n" (``str.splitlines``).
        shares = [
            (index * size, "\n".join(lines[index * size : (index + 1) * size])) for index in range(jobs)
        ]
        lines.clear()
        try:
            with Forked(jobs, lambda index: _Share(requirements, vacancy, *shares[index])) as workers:
                shares.clear()  # each process has its own (forked) copy; the parent needs none
                read = workers.ask("read", [()] * jobs)
                left_out = self._report(read)
                pool = TermPool.of_counts(workers.ask("count", [(numbers,) for numbers in left_out]))
                _prepared(requirements, vacancy, pool)  # its errors here, as one process reports them
                encoding = self._bytes_encoding() if as_json else None
                parts = workers.ask("rows", [(pool, as_of, as_json, encoding)] * jobs)
        except WorkerStopped:
            raise CommandError(gettext("a process ranking a share of the candidates stopped")) from None
        # By (key, row): the keys differ (each holds its candidate's id), so the rows are never compared.
        merged = heapq.merge(
            *(zip(keys, rows if encoding is None else _slices(*rows)) for keys, rows in parts)
        )
        rows = (row for _, row in merged)
        if encoding is not None:
            self._write_bytes(rows)
        else:
            self._write(rows, table=not as_json)

    def _bytes_encoding(self) -> tuple[str, str] | None:
        """(encoding, errors) of the stream under ``self.stdout`` when it writes UTF-8 and takes bytes: the
        shares then encode their lines, so that the parent neither decodes nor encodes them (about 1 s of the
        parent's CPU alone at 100,000 lines, 260 MB). None for a stream of text only (``call_command``'s StringIO)."""
        buffer, encoding = getattr(self.stdout, "buffer", None), getattr(self.stdout, "encoding", None)
        if buffer is None or not encoding or codecs.lookup(encoding).name != "utf-8":
            return None
        return encoding, getattr(self.stdout, "errors", None) or "strict"

    def _write_bytes(self, rows: Iterable[tuple[bytes, bytes]]) -> None:
        """``_write``'s JSON lines, of rows encoded: the same bytes, straight to the stream's buffer."""
        self.stdout.flush()
        buffer, batch = self.stdout.buffer, []
        for position, (before, after) in enumerate(rows, start=1):
            batch.append(b"%s%d%s" % (before, position, after))
            if len(batch) == LINES_A_WRITE:
                buffer.write(b"\n".join(batch) + b"\n")
                batch = []
        if batch:
            buffer.write(b"\n".join(batch) + b"\n")
        buffer.flush()

    def _report(self, read: list[tuple[tuple[list, list], list]]) -> list[list[int]]:
        """The broken lines and repeated ids of the shares read, reported in the lines' order; for each share,
        the numbers of its lines left out (an id already used on an earlier line)."""
        seen: dict[str, int] = {}
        left_out: list[list[int]] = []
        for (numbers, ids), broken in read:
            left_out.append([])
            found = heapq.merge(
                ((n, m, True) for n, m in broken), ((n, i, False) for n, i in zip(numbers, ids))
            )
            for number, value, is_broken in found:
                if is_broken:
                    self.stderr.write(value)
                elif value in seen:
                    self.stderr.write(_repeated(number, value, seen[value]))
                    left_out[-1].append(number)
                else:
                    seen[value] = number
        return left_out

    def _profiles(self, lines: list[str]) -> Iterator:
        seen: dict[str, int] = {}
        for number, found in _read(lines, 1):
            if isinstance(found, str):
                self.stderr.write(found)
                continue
            if found.id in seen:
                self.stderr.write(_repeated(number, found.id, seen[found.id]))
                continue
            seen[found.id] = number
            yield found

    def _write(self, rows: Iterable[tuple[str, str]], table: bool) -> None:
        """The rows in rank order, numbered: a row is what its line writes before its rank and after it."""
        if table:
            self.stdout.write(
                f"{'#':>4}  {'id':<14} {gettext('name'):<24} {gettext('verdict'):<13} {gettext('score'):>5}  "
                + gettext("first unmet / to assess")
            )
            for position, (_, after) in enumerate(rows, start=1):
                self.stdout.write(f"{position:>4}{after}")
            return
        # Written a batch of lines at a time: the same bytes, without the output wrapper's work per line.
        batch = []
        for position, (before, after) in enumerate(rows, start=1):
            batch.append(f"{before}{position}{after}")
            if len(batch) == LINES_A_WRITE:
                self.stdout.write("\n".join(batch))
                batch = []
        if batch:
            self.stdout.write("\n".join(batch))


class _Share:
    """A process's share of the lines (``Command._rank_in_processes``): ``text``, its lines joined by "\\n",
    from line ``start + 1``."""

    def __init__(self, requirements: dict, vacancy: str, start: int, text: str) -> None:
        self.requirements, self.vacancy, self.start, self.text = requirements, vacancy, start, text
        self.profiles: list = []

    def read(self) -> tuple[tuple[list[int], list[str]], list[tuple[int, str]]]:
        """The numbers and ids of the lines read, and (number, message) of each broken line."""
        numbers, ids, broken, self._read = [], [], [], []
        for number, found in _read(self.text.split("\n"), self.start + 1):
            if isinstance(found, str):
                broken.append((number, found))
            else:
                numbers.append(number)
                ids.append(found.id)
                self._read.append((number, found))
        self.text = ""
        return (numbers, ids), broken

    def count(self, left_out: list[int]) -> tuple:
        """The profiles prepared, but for the lines left out; their terms counted (``matching.pool.counts``)."""
        left_out = set(left_out)
        self.profiles = [
            prepare_profile(profile, DEFAULT_REFERENCE)
            for number, profile in self._read
            if number not in left_out
        ]
        self._read = []
        return counts(self.profiles)

    def rows(self, pool: TermPool, as_of: dt.date, as_json: bool, encoding: tuple[str, str] | None) -> tuple:
        """The share's candidates ranked: each one's place in rank order (``rank_key``) and its row (encoded
        when ``encoding``, (encoding, errors), is given)."""
        prepared = _prepared(self.requirements, self.vacancy, pool)
        names = {p.id: p.profile.name for p in self.profiles}
        ranked = rank(score_many(prepared, self.profiles, as_of))
        keys = [rank_key(pair) for pair in ranked]
        rows = _rows(ranked, names, as_json)
        if encoding is None:
            return keys, list(rows)
        # Encoded, as one text and the length of each piece (before and after each rank): one object to
        # send, not two a line (``_slices`` reads them back).
        pieces = [piece.encode(*encoding) for row in rows for piece in row]
        return keys, (b"".join(pieces), array("Q", map(len, pieces)))


def _read(lines: list[str], first: int) -> Iterator[tuple[int, CandidateProfile | str]]:
    """Each line that is not blank, numbered from ``first``: its profile, or the message saying why not."""
    for number, line in enumerate(lines, start=first):
        if not line.strip():
            continue
        try:
            yield number, read_line(line, DEFAULT_REFERENCE)
        except json.JSONDecodeError as error:
            yield (
                number,
                gettext("line %(number)d: not valid JSON (%(error)s at column %(column)d)")
                % {
                    "number": number,
                    "error": error.msg,
                    "column": error.colno,
                },
            )
        except ProfileError as error:
            yield number, gettext("line %(number)d: %(error)s") % {"number": number, "error": error}


def _repeated(number: int, candidate_id: str, first: int) -> str:
    return gettext("line %(number)d: id %(id)r already used on line %(first)d") % {
        "number": number,
        "id": candidate_id,
        "first": first,
    }


def _prepared(requirements: dict, vacancy: str, pool: TermPool):
    try:
        return prepare_vacancy(requirements, reference=DEFAULT_REFERENCE, pool=pool)
    except RequirementsError as error:
        raise CommandError(f"{vacancy}: {error}") from None


def _rows(ranked, names: dict[str, str], as_json: bool) -> Iterator[tuple[str, str]]:
    """Each ranked candidate's line as (what comes before its rank, what comes after it)."""
    if as_json:
        parts = _Lines().parts
        for candidate_id, result in ranked:
            yield parts(candidate_id, names[candidate_id], result)
        return
    verdicts = {True: gettext("eligible"), None: gettext("to assess"), False: gettext("not eligible")}
    for candidate_id, result in ranked:
        first = (result.unmet or result.to_assess)[:1]
        why = describe(first[0]) if first else ""
        yield (
            "",
            (
                f"  {candidate_id[:14]:<14} {names[candidate_id][:24]:<24} "
                f"{verdicts[result.eligible]:<13} {result.score:>5.1f}  {why}"
            ),
        )


def _slices(text: bytes, lengths: array) -> Iterator[tuple[memoryview, memoryview]]:
    """The rows of a share's encoded text (``_Share.rows``): (before, after) each rank, without copying."""
    view, ends = memoryview(text), itertools.accumulate(lengths)
    start = 0
    for middle, end in zip(ends, ends):
        yield view[start:middle], view[middle:end]
        start = end


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise ValueError(f"{text!r} is not a positive number")
    return number


class _Lines:
    """The JSON line of each ranked candidate: ``careful_line``'s, byte for byte, written faster.

    The line is its head (id to hints) encoded, then the breakdown and the essentials: the breakdown from
    each criterion's part encoded once per outcome (the engine shares an outcome, a ``CriterionScore``,
    between the pairs of its case; kept by identity, the entry holding the outcome so that its id is not
    reused), and ``json.dumps`` writes a dict's items in order, separated by ", ", so the pieces joined
    are the dict encoded whole (a test compares both on a varied pool).
    """

    def __init__(self) -> None:
        self.language = get_language()  # once: the breakdowns and reasons are worded in it
        self.describe_all = _Sentences(self.language).describe_all
        self._parts: dict[int, tuple] = {}  # id(CriterionScore) -> (it, name, '"name": {...}')
        self._items: dict[tuple, str] = {}  # an essential's (text, status, evidence) -> it encoded
        # First by the item itself: the engine makes one per distinct text, status and evidence of a vacancy
        # (matching.essentials.account), shared by the candidates (the entry holds it, so that its id is not
        # reused while kept).
        self._by_id: dict[int, tuple] = {}

    def line(self, position: int, candidate_id: str, name: str, result) -> str:
        before, after = self.parts(candidate_id, name, result)
        return f"{before}{position}{after}"

    def parts(self, candidate_id: str, name: str, result) -> tuple[str, str]:
        """The line without its rank: what comes before the rank's number and what comes after it."""
        describe_all = self.describe_all
        unmet, to_assess, hints = (
            describe_all(result.unmet),
            describe_all(result.to_assess),
            describe_all(result.hints),
        )
        score, eligible = result.score, result.eligible
        if (
            type(candidate_id) is str
            and type(name) is str
            and type(score) is float
            and -_FINITE < score < _FINITE
            and (eligible is None or type(eligible) is bool)
        ):
            # The head as the encoder writes it (separators ", " and ": "; a float as repr writes it, a
            # finite one: json.encoder.floatstr), without making the encoder the call makes each time.
            before = f'{{"id": {_string(candidate_id)}, "rank": '
            head = (
                f', "name": {_string(name)}, "eligible": {_LITERALS[eligible]}, "score": {score!r}, '
                f'"unmet": {_strings(unmet)}, "to_assess": {_strings(to_assess)}, "hints": {_strings(hints)}'
            )
        else:
            # json.dumps writes a dict's items in order, separated by ", ": the same as the dict whole.
            before = f'{{"id": {_dumps(candidate_id)}, "rank": '
            head = (
                ", "
                + _dumps(
                    {
                        "name": name,
                        "eligible": eligible,
                        "score": score,
                        "unmet": unmet,
                        "to_assess": to_assess,
                        "hints": hints,
                    }
                )[1:-1]
            )
        essentials = self._essentials(result.essentials_in(self.language))
        return before, f'{head}, "breakdown": {self._breakdown(result)}, "essentials": {essentials}}}'

    def _essentials(self, essentials) -> str:
        """The essentials encoded, each once per distinct one: the line's text is the notice's, its status
        one of a few, and many candidates share an evidence ("English VI, French V")."""
        known, by_id, pieces = self._items, self._by_id, []
        for essential in essentials:
            kept = by_id.get(id(essential))
            if kept is not None and kept[0] is essential:
                pieces.append(kept[1])
                continue
            key = (essential.text, essential.status, essential.evidence)
            piece = known.get(key)
            if piece is None:
                piece = _dumps(essential_json(essential))
                # Kept only when every value is a text: another value could equal a kept one and be
                # encoded otherwise (1 and True), a text equals only a text.
                if all(type(value) is str for value in key):
                    if len(known) >= ITEMS_KEPT:
                        known.clear()
                    known[key] = piece
            if len(by_id) >= ITEMS_KEPT:
                by_id.clear()
            by_id[id(essential)] = (essential, piece)
            pieces.append(piece)
        return f"[{', '.join(pieces)}]"

    def _breakdown(self, result) -> str:
        parts, pieces = self._parts, []
        for criterion, outcome in result.breakdown.items():
            kept = parts.get(id(outcome))
            if kept is None or kept[0] is not outcome or kept[1] != criterion:
                kept = self._part(criterion, outcome)
            pieces.append(kept[2])
        return "{" + ", ".join(pieces) + "}"

    def _part(self, criterion: str, outcome) -> tuple:
        """A criterion's part of the breakdown worded and encoded, kept (only the new parts of a breakdown
        are worded: one outcome new to the run, such as a relevance, leaves the other five as they were)."""
        kept = self._parts[id(outcome)] = (
            outcome,
            criterion,
            _dumps({criterion: criterion_json(outcome, self.language)})[1:-1],
        )
        return kept


def careful_line(position: int, candidate_id: str, name: str, result) -> str:
    """A ranked candidate's JSON line, each part worded and encoded afresh (``_Lines`` writes the same)."""
    return json.dumps(
        {
            "id": candidate_id,
            "rank": position,
            "name": name,
            "eligible": result.eligible,
            "score": result.score,
            "unmet": [describe(r) for r in result.unmet],
            "to_assess": [describe(r) for r in result.to_assess],
            "hints": [describe(r) for r in result.hints],
            "breakdown": result.breakdown_json(),
            "essentials": result.essentials_json(),
        },
        ensure_ascii=False,
    )


_dumps = json.JSONEncoder(ensure_ascii=False).encode
_string = json.encoder.encode_basestring  # a text as json.dumps(..., ensure_ascii=False) writes it
_LITERALS = {True: "true", False: "false", None: "null"}
_FINITE = float("inf")


def _strings(texts: list[str]) -> str:
    """A list of texts as ``_dumps`` writes it (a text that is not a str: by ``_dumps`` itself)."""
    if not texts:
        return "[]"
    if all(type(text) is str for text in texts):
        return f"[{', '.join(map(_string, texts))}]"
    return _dumps(texts)


ITEMS_KEPT = 100_000
LINES_A_WRITE = 1_000
# Fewer lines are ranked by one process unless --jobs says otherwise: starting the others would cost more than
# it saves.
SPLIT_FROM = 5_000


class _Sentences:
    """``describe`` once per distinct reason: many candidates share one (the engine makes one per distinct
    case, and equal ones across cases), and putting it into words costs more than finding it again.

    A reason holds a dict, so it is not hashable: the key is its criterion, kind and values made hashable;
    values that cannot be (none the engine makes) are simply described every time.
    """

    def __init__(self, language: str | None = None) -> None:
        self.language = language
        self._known: dict[tuple, str] = {}
        # First by the reason itself: the engine shares one between the pairs of its case (the entry holds
        # the reason, so that its id is not reused while kept).
        self._by_id: dict[int, tuple] = {}

    def describe_all(self, reasons) -> list[str]:
        if not reasons:
            return []  # most candidates have nothing to assess, many no hint
        known, by_id, texts = self._known, self._by_id, []
        for reason in reasons:
            kept = by_id.get(id(reason))
            if kept is not None and kept[0] is reason:
                texts.append(kept[1])
                continue
            try:
                key = (reason.criterion, reason.kind, _frozen(reason.values))
                text = known.get(key)
            except TypeError:
                key, text = None, None
            if text is None:
                text = describe(reason, self.language)
                if key is not None:
                    known[key] = text
            by_id[id(reason)] = (reason, text)
            texts.append(text)
        return texts


def _frozen(value):
    """A hashable stand-in for a reason's values, equal only for equal values of the same types."""
    if isinstance(value, Mapping):
        return (dict, tuple(sorted((key, _frozen(item)) for key, item in value.items())))
    if isinstance(value, list | tuple):
        return (type(value), tuple(_frozen(item) for item in value))
    hash(value)  # TypeError for anything else not hashable
    return (type(value), value)


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
                raise CommandError(
                    gettext("%(path)s: not a JSON vacancy (%(error)s)") % {"path": path, "error": error.msg}
                ) from None
        if not isinstance(vacancy, dict):
            raise CommandError(gettext("%(path)s: the JSON is not one vacancy object") % {"path": path})
        return vacancy
    try:
        from documents.extraction import DocumentError, extract_text
        from vacancies.parsing import parse_notice
    except ImportError as error:
        raise CommandError(
            gettext("reading notices needs the extraction and the parser (%(error)s); pass a .json vacancy")
            % {"error": error}
        ) from None
    try:
        text = extract_text(data, filename=path.name)
    except DocumentError as error:
        raise CommandError(f"{path}: {error}") from None
    parsed = parse_notice(text, reference=DEFAULT_REFERENCE).to_json()
    return json.loads(parsed) if isinstance(parsed, str) else parsed
