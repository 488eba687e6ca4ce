"""import_vacancies DIR: each file a draft or an error line, a summary, a failing exit when any file failed."""

import io
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

NOTICES = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"


def run(directory) -> str:
    out = io.StringIO()
    call_command("import_vacancies", str(directory), stdout=out)
    return out.getvalue()


def test_it_imports_every_seed_notice_as_a_draft(tmp_path):
    for path in NOTICES.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    output = run(tmp_path)
    vacancies = Vacancy.objects.order_by("source_filename")
    assert [v.source_filename for v in vacancies] == sorted(p.name for p in NOTICES.glob("*.txt"))
    assert all(v.status == Vacancy.Status.DRAFT and v.parser_version for v in vacancies)
    for vacancy in vacancies:
        assert f"ok: {vacancy.source_filename} -> vacancy #{vacancy.pk} '{vacancy.title}'" in output
    assert f"{len(vacancies)} imported, 0 failed" in output


def test_it_reports_each_bad_file_saves_nothing_for_it_and_fails(tmp_path, settings):
    seed = sorted(NOTICES.glob("*.txt"))[0]
    shutil.copy(seed, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "program.pdf").write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(512))
    (tmp_path / "shopping.txt").write_text("Shopping list\nmilk\neggs\nbread\n")
    (tmp_path / "huge.txt").write_bytes(b"a " * settings.UPLOAD_MAX_BYTES)
    (tmp_path / ".hidden").write_text("ignored")
    (tmp_path / "folder").mkdir()
    out = io.StringIO()
    with pytest.raises(CommandError, match="4 of 5 files"):
        call_command("import_vacancies", str(tmp_path), stdout=out)
    output = out.getvalue()
    vacancy = Vacancy.objects.get()
    assert vacancy.source_filename == "good.txt"
    assert f"ok: good.txt -> vacancy #{vacancy.pk} '{vacancy.title}'" in output
    for name in ["empty.txt", "program.pdf", "shopping.txt", "huge.txt"]:
        assert f"error: {name}: " in output
    assert "error: empty.txt: This file is empty." in output
    assert "1 imported, 4 failed, 5 files." in output
    assert ".hidden" not in output and "folder" not in output


def test_it_refuses_a_folder_that_does_not_exist(tmp_path):
    with pytest.raises(CommandError, match="is not a folder"):
        run(tmp_path / "nowhere")
