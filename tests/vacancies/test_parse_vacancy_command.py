"""python manage.py parse_vacancy FILE [FILE ...] [--json]."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

# The command reads the reference data from the database (falling back to the defaults).
pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("parse_vacancy", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


@pytest.fixture
def seeds(tmp_path):
    paths = []
    for name in ("nato-mcc-programme-officer.txt", "nato-dicb-country-coordinator.txt"):
        shutil.copy(SEEDS / name, tmp_path / name)
        paths.append(str(tmp_path / name))
    return paths


def test_it_prints_one_json_object_per_file(seeds):
    out, err, error = run(*seeds, "--json")
    assert error is None and err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    mcc, dicb = (json.loads(line) for line in lines)
    assert mcc["file"] == seeds[0]
    assert mcc["title"] == "Programme Officer, Multinational Capability Cooperation (MCC)"
    assert mcc["deadline"] == "2025-12-31"
    assert dicb["file"] == seeds[1]
    assert [c["rung"] for c in dicb["competencies"]] == [4, 3, 2, 5, 3, 4, 4]


def test_it_keeps_non_ascii_characters_in_the_json(tmp_path):
    notice = (SEEDS / "nato-mcc-programme-officer.txt").read_text(encoding="utf-8")
    path = tmp_path / "régulations.txt"
    path.write_text(notice, encoding="utf-8")
    out, _, error = run(str(path), "--json")
    assert error is None
    assert '"file": "' + str(path) + '"' in out


def test_it_reads_a_latin_1_file(tmp_path):
    notice = (SEEDS / "nato-mcc-programme-officer.txt").read_text(encoding="utf-8")
    path = tmp_path / "latin.txt"
    path.write_bytes(notice.encode("latin-1", errors="replace"))
    out, _, error = run(str(path), "--json")
    assert error is None
    assert json.loads(out)["min_years_experience"] == 2


def test_it_prints_a_summary_without_json(seeds):
    out, _, error = run(seeds[0])
    assert error is None
    assert "Programme Officer, Multinational Capability Cooperation (MCC)" in out
    assert "deadline: 2025-12-31" in out
    assert "8 essential, 3 desirable, 6 competencies" in out


def test_it_reports_a_missing_file_and_carries_on(seeds, tmp_path):
    missing = str(tmp_path / "nowhere.txt")
    out, err, error = run(missing, seeds[0], "--json")
    assert f"parse_vacancy: {missing}: " in err
    assert json.loads(out)["file"] == seeds[0]
    assert error is not None


def test_it_reports_an_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _, err, error = run(str(path))
    assert err.startswith(f"parse_vacancy: {path}: ")
    assert "empty" in err
    assert error is not None


def test_it_reports_a_text_that_is_not_a_notice(tmp_path):
    path = tmp_path / "recipe.txt"
    path.write_text("Pancakes\nIngredients:\n- 2 eggs\n- 250 g flour\nWhisk and fry.\n", encoding="utf-8")
    _, err, error = run(str(path), "--json")
    assert f"parse_vacancy: {path}: This text does not look like a vacancy notice" in err
    assert error is not None


def test_a_mix_prints_the_good_files_and_fails_at_the_end(seeds, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "program.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4)
    out, err, error = run(seeds[0], str(empty), str(binary), seeds[1], "--json")
    assert [json.loads(line)["file"] for line in out.splitlines()] == seeds
    assert err.count("parse_vacancy: ") == 2
    assert str(empty) in err and str(binary) in err
    assert "2 of 4" in str(error)


def test_its_json_adds_named_nations_required_fields_and_experience_conditions(tmp_path):
    path = tmp_path / "programme.txt"
    path.write_text(
        "Programme Engineer\n"
        "Only nationals of the participating nations (Belgium, Germany, Spain) may apply.\n"
        "The incumbent must:\n"
        "- hold a university degree in aeronautical engineering or a closely related discipline;\n"
        "- have at least five years' experience in airworthiness, with 2 years leading a team;\n"
        "- possess the following minimum levels of NATO's official languages (English/French): V in one; "
        "I in the other.\n",
        encoding="utf-8",
    )
    out, _, error = run(str(path), "--json")
    assert error is None
    data = json.loads(out)
    assert data["nationality_restricted"] is True
    assert data["nationalities"] == ["Belgium", "Germany", "Spain"]
    assert data["degree"]["fields"] == ["aeronautical engineering"]
    assert data["degree"]["fields_required"] is True
    assert data["experience_conditions"] == [
        {"years": 5, "context": "airworthiness", "where": ""},
        {"years": 2, "context": "leading a team", "where": ""},
    ]
