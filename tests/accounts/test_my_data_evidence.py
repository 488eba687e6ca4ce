"""My data carries each competency's evidence as written (issue 14, point 8)."""

import json

import pytest

from candidates.models import CompetencyAssessment

pytestmark = pytest.mark.django_db


def test_my_data_holds_each_competencys_evidence_in_full(client_for, alice):
    written = "Ran the <PARP> working group. " * 40  # over the 1,000 characters the matcher reads
    CompetencyAssessment.objects.create(candidate=alice.candidate, name="Teamwork", rung=3, evidence=written)
    CompetencyAssessment.objects.create(candidate=alice.candidate, name="Initiative", rung=2, evidence="")
    data = json.loads(client_for(alice).get("/accounts/my-data/").content)
    assert data["profile"]["competencies"] == [
        {"name": "Initiative", "rung": 2, "evidence": ""},
        {"name": "Teamwork", "rung": 3, "evidence": written},
    ]
