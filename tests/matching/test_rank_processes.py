"""The rank command split over several processes (``--jobs``, ``matching.forked``) writes what one process
writes, byte for byte, stdout and stderr (issue 18 point 4): on graded notices with their candidates, and on a
synthetic pool with broken lines, blank lines and an id repeated in another process's share; in English and
French, as JSON lines and as the table. No database."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from candidates.synthetic import synthetic_profiles
from matching.forked import Forked, WorkerStopped

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
NOTICE = DATA / "quality" / "notices" / "is-dpp-capability-targets-officer.txt"


def ranked(notice: Path, people: Path, jobs: int, *extra: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("rank", "--vacancy", str(notice), "--candidates", str(people), "--as-of", "2025-12-01",
                 "--jobs", str(jobs), *extra, stdout=out, stderr=err)  # fmt: skip
    return out.getvalue(), err.getvalue()


def graded():
    for people in sorted(DATA.glob("quality*/candidates/*.jsonl"))[::9]:
        notice = people.parent.parent / "notices" / f"{people.stem}.txt"
        if notice.exists():
            yield notice, people


def test_graded_notices_ranked_in_processes_are_ranked_as_in_one():
    checked = 0
    for notice, people in graded():
        one = ranked(notice, people, 1, "--json")
        assert ranked(notice, people, 3, "--json") == one
        checked += one[0].count("\n")
    assert checked > 100


@pytest.fixture
def pool(tmp_path) -> Path:
    profiles = [json.dumps(p, ensure_ascii=False) for p in synthetic_profiles(900, seed=5)]
    lines = profiles[:10] + ["{not json"] + profiles[10:400] + ["", "   "] + profiles[400:]
    lines.insert(700, profiles[3])  # the same id again, in the third share of three
    lines.insert(500, '{"id": "x", "languages": [{"language": "English", "level": "VII"}]}')
    people = tmp_path / "people.jsonl"
    people.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return people


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("output", [("--json",), ()])
def test_a_pool_ranked_in_processes_is_ranked_as_in_one(pool, language, output):
    with translation.override(language):
        out, err = ranked(NOTICE, pool, 1, *output)
        assert ranked(NOTICE, pool, 2, *output) == (out, err)
        assert ranked(NOTICE, pool, 3, *output) == (out, err)
    assert out.count("\n") > 890
    # The broken line, the level out of range, and the id used on line 4 again on line 702.
    assert [line.split()[1].strip(":") for line in err.splitlines()] == ["11", "501", "702"]


def test_lines_written_as_bytes_by_the_processes_are_the_lines_of_one(pool):
    """Run as a user runs it: stdout is a file, so the processes encode their lines and the parent writes
    bytes (``Command._write_bytes``)."""
    root = Path(__file__).resolve().parents[2]

    def written(jobs: int) -> tuple[bytes, bytes]:
        done = subprocess.run(
            [sys.executable, "manage.py", "rank", "--vacancy", str(NOTICE), "--candidates", str(pool),
             "--as-of", "2025-12-01", "--json", "--jobs", str(jobs)],
            cwd=root, capture_output=True, check=True, env={**os.environ, "LOG_LEVEL": "WARNING"},
        )  # fmt: skip
        return done.stdout, done.stderr

    one = written(1)
    assert written(2) == one
    assert one[0].count(b"\n") > 890 and not one[0].isascii()


def test_a_notice_that_cannot_be_prepared_is_reported_as_in_one_process(pool, tmp_path):
    vacancy = tmp_path / "vacancy.json"
    vacancy.write_text(json.dumps({"title": "T", "min_years_experience": "many"}), encoding="utf-8")
    errors = []
    for jobs in (1, 2):
        with pytest.raises(CommandError) as raised:
            ranked(vacancy, pool, jobs, "--json")
        errors.append(str(raised.value))
    assert errors[0] == errors[1]


class _Share:
    def __init__(self, index: int) -> None:
        self.index = index

    def square(self, number: int) -> tuple[int, int]:
        return self.index, number * number

    def fail(self) -> None:
        if self.index == 1:
            raise ValueError("share 1 cannot")

    def stop(self) -> None:
        if self.index == 0:
            os._exit(3)


def test_each_process_answers_with_its_own_state():
    with Forked(3, _Share) as shares:
        assert shares.ask("square", [(2,), (3,), (4,)]) == [(0, 4), (1, 9), (2, 16)]
        assert shares.ask("square", [(5,), (6,), (7,)]) == [(0, 25), (1, 36), (2, 49)]


def test_an_exception_in_a_process_is_raised_in_the_parent():
    with pytest.raises(ValueError, match="share 1 cannot"), Forked(2, _Share) as shares:
        shares.ask("fail", [(), ()])


def test_a_process_that_stops_is_reported():
    with pytest.raises(WorkerStopped), Forked(2, _Share) as shares:
        shares.ask("stop", [(), ()])
