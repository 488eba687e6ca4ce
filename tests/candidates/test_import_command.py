"""python manage.py import_candidates FILE.jsonl"""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from candidates.models import Candidate

pytestmark = pytest.mark.django_db

GOOD = {"id": "hr-1", "name": "Ana Silva", "languages": [{"language": "English", "level": "V"}]}


def run(path):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_candidates", str(path), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def test_it_imports_a_file_and_says_how_many(tmp_path):
    path = tmp_path / "candidates.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps({**GOOD, "id": "hr-2"}) + "\n", encoding="utf-8")
    out, err, error = run(path)
    assert out.strip() == "imported 2 new, updated 0, 0 lines with errors"
    assert err == ""
    assert error is None
    assert Candidate.objects.count() == 2


def test_it_reports_each_broken_line_and_fails_but_keeps_the_good_ones(tmp_path):
    bad_month = {**GOOD, "id": "hr-2", "experience": [{"title": "X", "start": "2020-13"}]}
    path = tmp_path / "candidates.jsonl"
    path.write_text("\n".join([json.dumps(GOOD), json.dumps(bad_month), "{", ""]), encoding="utf-8")
    out, err, error = run(path)
    assert "imported 1 new, updated 0, 2 lines with errors" in out
    assert "line 2: experience[0].start: '2020-13' is not a YYYY-MM month" in err
    assert "line 3: not valid JSON" in err
    assert error is not None
    assert Candidate.objects.filter(external_id="hr-1").exists()


def test_it_exits_non_zero_when_a_line_fails(tmp_path):
    import subprocess
    import sys

    from django.conf import settings

    path = tmp_path / "candidates.jsonl"
    path.write_text("oops\n", encoding="utf-8")
    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("the subprocess needs PostgreSQL")
    from tests.conftest import database_url_for_subprocesses

    result = subprocess.run(
        [sys.executable, "manage.py", "import_candidates", str(path)],
        env={**__import__("os").environ, "DATABASE_URL": database_url_for_subprocesses()},
        capture_output=True,
        text=True,
        cwd=str(settings.BASE_DIR),
    )
    assert result.returncode == 1
    assert "imported 0 new, updated 0, 1 lines with errors" in result.stdout
    assert "line 1: not valid JSON" in result.stderr


def test_it_updates_on_a_second_run(tmp_path):
    path = tmp_path / "candidates.jsonl"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    run(path)
    path.write_text(json.dumps({**GOOD, "name": "Ana M. Silva"}), encoding="utf-8")
    out, _, _ = run(path)
    assert out.strip() == "imported 0 new, updated 1, 0 lines with errors"
    assert Candidate.objects.get().name == "Ana M. Silva"


def test_it_says_when_the_file_cannot_be_read(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("import_candidates", str(tmp_path / "missing.jsonl"))
