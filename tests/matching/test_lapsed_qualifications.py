"""A skill stated as expired or lapsed is no evidence that the person holds it."""

import json
from datetime import date

import pytest

from candidates.import_lines import read_line
from matching.scoring import prepare_profile, prepare_vacancy, score_many
from reference.concepts import lapsed
from reference.data import DEFAULT_REFERENCE

NOTICE = {
    "degree": {"level": "secondary"},
    "min_years_experience": 3,
    "languages": {"rule": "none"},
    "nationality_restricted": True,
    "essential": ["A current CISSP or CISM certification"],
    "desirable": [],
    "accountabilities": ["Run the security office"],
}


def _essential(skill: str) -> tuple[str, str]:
    line = {"id": "c1", "nationality": "Norway", "education": [{"level": "secondary"}], "skills": [skill],
            "experience": [{"title": "Security officer", "start": "2012-01", "end": None}]}  # fmt: skip
    profile = prepare_profile(read_line(json.dumps(line), DEFAULT_REFERENCE), DEFAULT_REFERENCE)
    [(_, result)] = score_many(
        prepare_vacancy(NOTICE, reference=DEFAULT_REFERENCE), [profile], date(2026, 12, 1)
    )
    [essential] = [e for e in result.essentials if "CISSP" in e.text]
    return essential.status, essential.evidence


def test_a_held_certification_meets_the_line_and_is_quoted():
    assert _essential("CISSP (ISC)², renewed 2025") == ("met", "Skill: CISSP (ISC)², renewed 2025")


@pytest.mark.parametrize(
    "skill", ["CISSP (expired 2019)", "CISSP - lapsed", "CISSP (abgelaufen)", "CISSP expiré"]
)
def test_a_lapsed_one_is_no_evidence(skill):
    status, evidence = _essential(skill)
    assert status == "to_assess"
    assert "CISSP" not in evidence


@pytest.mark.parametrize(
    ("text", "is_lapsed"),
    [("CISSP (expires 2027)", False), ("valid until 2028", False), ("PMP (not renewed)", True),
     ("Ersthelfer, abgelaufen", True), ("PRINCE2 (no longer valid)", True)],
)  # fmt: skip
def test_what_reads_as_lapsed(text, is_lapsed):
    assert lapsed(text) is is_lapsed
