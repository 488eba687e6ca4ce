"""The scoring pipeline's way of reading profiles gives what each candidate's profile_json gives."""

import datetime as dt

import pytest

from candidates.importing import import_profiles
from candidates.models import Candidate, CompetencyAssessment, LanguageSkill
from candidates.synthetic import synthetic_profiles

pytestmark = pytest.mark.django_db


def test_profiles_json_matches_profile_json_for_every_candidate():
    import_profiles(synthetic_profiles(120, seed=18))
    # What synthetic profiles lack: a STANAG profile, an unlisted language, evidence beyond the limit,
    # no nationality, an applicant's own profile (no external id) with nothing in it.
    first = Candidate.objects.order_by("pk").first()
    LanguageSkill.objects.create(candidate=first, language="klingon", level="II", stanag="2+2+2+1")
    CompetencyAssessment.objects.filter(candidate=first).update(evidence="x" * 5000)
    Candidate.objects.filter(pk=first.pk).update(nationality="", skills=["SAP", "Python"])
    Candidate.objects.create(name="Own Profile", consent_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    slow = [
        (c.pk, c.profile_version, c.profile_json())
        for c in Candidate.objects.prefetch_related("education", "experience", "languages", "competencies")
    ]
    assert Candidate.objects.all().profiles_json() == slow
    some = [pk for pk, _, _ in slow[::7]]
    assert Candidate.objects.filter(pk__in=some).profiles_json() == [row for row in slow if row[0] in some]
    assert any(row[2]["languages"] and "stanag" in row[2]["languages"][-1] for row in slow)
