"""Adding the entries kept from a CV is one transaction: a failure midway leaves the profile as it was."""

import datetime as dt

import pytest
from django.db import IntegrityError

from candidates.models import Candidate
from candidates.services import CvChoices, add_cv_entries
from tests.factories import CandidateFactory

# Committed transactions: the test's own transaction would otherwise hide a missing one in the service.
pytestmark = pytest.mark.django_db(transaction=True)


def rows(candidate: Candidate) -> dict:
    candidate.refresh_from_db()
    return {
        "education": list(candidate.education.values_list("level", "field")),
        "experience": list(candidate.experience.values_list("title", "start")),
        "languages": list(candidate.languages.values_list("language", "level")),
        "skills": candidate.skills,
        "nationality": candidate.nationality,
        "profile_version": candidate.profile_version,
    }


def choices(**overrides) -> CvChoices:
    values = {
        "education": [{"level": "doctorate", "field": "Law", "institution": "Leiden", "year": 2015}],
        "experience": [{"title": "Legal Adviser", "organisation": "NATO", "start": dt.date(2016, 1, 1), "end": None,
                        "description": ""}],
        "languages": [{"language": "German", "level": "III"}],
        "skills": ["treaty law"],
        "nationality": "Netherlands",
    }  # fmt: skip
    return CvChoices(**(values | overrides))


def test_it_adds_every_kept_entry():
    candidate = CandidateFactory()
    before = rows(candidate)
    assert add_cv_entries(candidate, choices=choices()) == 4
    after = rows(candidate)
    assert len(after["education"]) == len(before["education"]) + 1
    assert ("german", "III") in after["languages"]  # stored by its key (reference.languages)
    assert "treaty law" in after["skills"]


def test_a_failure_midway_leaves_no_rows():
    candidate = CandidateFactory()
    before = rows(candidate)
    # The second German breaks the one-level-per-language rule after education and experience were written.
    twice = [{"language": "German", "level": "III"}, {"language": "German", "level": "IV"}]
    with pytest.raises(IntegrityError):
        add_cv_entries(candidate, choices=choices(languages=twice))
    assert rows(Candidate.objects.get(pk=candidate.pk)) == before
