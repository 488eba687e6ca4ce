"""python manage.py parse_cv FILE [FILE ...] [--json]: the contract, and the same reading as the upload page."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from candidates.services import propose_from_cv
from tests.documents import hostile_files as files

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_KEYS = [
    "file", "name", "email", "phone", "nationality", "education", "military_staff_college", "experience",
    "languages", "competencies", "skills", "summary",
]  # fmt: skip

# Ana, a Portuguese officer, with every field a CV may state.
ANA_CV = """Ana LOPES
ana.lopes@example.pt | +351 912 345 678
Nationality: Portuguese

EXPERIENCE
Since 2019 | Defence Policy Adviser, Ministry of National Defence, Lisbon
2012 – 2018 | Staff Officer J5, Joint Force Command Naples

EDUCATION
Mestrado em Relações Internacionais, Universidade de Lisboa, 2012
Joint Command and Staff Course, Instituto Universitário Militar, 2017

LANGUAGES
Portuguese: mother tongue
English: C1
French: STANAG 6001 3-2-3-2

COMPETENCIES
Analytical Thinking: sees multiple relationships

SKILLS
Defence planning, NATO Defence Planning Process
"""


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("parse_cv", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


@pytest.fixture
def ana(tmp_path):
    path = tmp_path / "ana-lopes.txt"
    path.write_text(ANA_CV, encoding="utf-8")
    return path


@pytest.mark.django_db
def test_it_prints_one_json_object_per_file_with_the_contract_keys(ana, tmp_path):
    pdf = tmp_path / "ana.pdf"
    pdf.write_bytes(files.text_pdf(ANA_CV.replace("–", "-").splitlines()))  # the PDF font is Latin-1
    out, err, error = run(str(ana), str(pdf), "--json")
    assert error is None and err == ""
    first, second = (json.loads(line) for line in out.splitlines())
    assert list(first) == CONTRACT_KEYS
    assert first["file"] == str(ana) and second["file"] == str(pdf)
    assert (first["name"], first["email"], first["phone"], first["nationality"]) == (
        "Ana Lopes",
        "ana.lopes@example.pt",
        "+351 912 345 678",
        "Portugal",
    )
    assert first["education"] == [
        {
            "level": "master",
            "field": "Relações Internacionais",
            "institution": "Universidade de Lisboa",
            "year": 2012,
        }
    ]
    assert first["military_staff_college"] is True
    assert [(x["title"], x["organisation"], x["start"], x["end"]) for x in first["experience"]] == [
        ("Defence Policy Adviser", "Ministry of National Defence", "2019-01", None),
        ("Staff Officer J5", "Joint Force Command Naples", "2012-01", "2018-12"),
    ]
    assert first["languages"] == [
        {"language": "Portuguese", "level": None, "stanag": None},
        {"language": "English", "level": "V", "stanag": None},
        {"language": "French", "level": None, "stanag": "3232"},
    ]
    assert first["competencies"] == [
        {
            "name": "Analytical Thinking",
            "rung": 3,
            "evidence": "Analytical Thinking: sees multiple relationships",
        }
    ]
    assert first["skills"] == ["Defence planning", "NATO Defence Planning Process"]
    assert {k: v for k, v in second.items() if k != "file"} == {k: v for k, v in first.items() if k != "file"}


@pytest.mark.django_db
def test_it_reports_an_unreadable_file_and_still_reads_the_others(ana, tmp_path):
    program = tmp_path / "cv.pdf"
    program.write_bytes(files.windows_program())
    missing = tmp_path / "missing.docx"
    out, err, error = run(str(program), str(ana), str(missing), "--json")
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(ana)]
    assert f"parse_cv: {program}: " in err and "Windows program" in err
    assert f"parse_cv: {missing}: No such file or directory" in err
    assert str(error) == "2 of 3 file(s) could not be read"


def test_it_needs_no_database_and_exits_with_status_1_when_a_file_fails(ana, tmp_path):
    environment = {**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/no_such_database"}
    done = subprocess.run(
        [sys.executable, "manage.py", "parse_cv", str(ana), str(tmp_path / "missing.txt"), "--json"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["name"] == "Ana Lopes"
    assert "missing.txt" in done.stderr


@pytest.mark.django_db
def test_it_prints_a_readable_summary_without_json(ana):
    out, _, error = run(str(ana))
    assert error is None
    assert out.splitlines()[0] == f"{ana}: Ana Lopes"
    assert "French SLP 3232" in out and "Portuguese level not stated" in out


@pytest.mark.django_db
def test_the_upload_page_proposes_what_the_command_prints(ana):
    out, _, _ = run(str(ana), "--json")
    printed = json.loads(out)
    proposed = propose_from_cv(SimpleUploadedFile("ana-lopes.txt", ANA_CV.encode()))
    assert {"file": str(ana), **proposed} == printed


@pytest.mark.django_db
def test_a_line_of_separators_beside_a_period_is_no_post_and_breaks_nothing(tmp_path, capsys):
    # A post line of nothing but separators made the reader fail on the whole file.
    from candidates.cv.experience import _split_post

    assert _split_post(", ,") == ("", "")
    cv = tmp_path / "separators.txt"
    cv.write_text(
        "Rui Almeida\nrui@example.pt\n\nProfessional experience\n03/2019 – today\n, ,\n"
        "Policy Officer, Ministry of National Defence\n",
        encoding="utf-8",
    )
    call_command("parse_cv", str(cv), "--json")
    line = json.loads(capsys.readouterr().out.strip())
    assert line["email"] == "rui@example.pt"
