import pytest
from django.utils import timezone

from applications.models import Application, Stage, StageChange
from candidates.models import CompetencyAssessment, LanguageSkill
from matching.models import MatchResult
from matching.reasons import Reason, reasons_json
from matching.scoring import ENGINE_VERSION
from tests.factories import CandidateFactory, as_stored

WEIGHTS = {
    "degree": 15,
    "experience": 25,
    "languages": 20,
    "competencies": 15,
    "desirable": 15,
    "relevance": 10,
}
REASONS = {
    "degree": "Master's in International Relations meets 'university degree'",
    "experience": "6 years 2 months of experience, 2 years required",
    "languages": "English V and French II meet 'V in one, I in the other'",
    "competencies": "4 of 5 competencies at the level asked",
    "desirable": "2 of 4 desirable criteria met",
    "relevance": "Duties overlap with 'Defence Policy Adviser' (62%)",
}
NOT_ELIGIBLE = {
    "unmet": reasons_json([
        Reason("languages", "below_level", {"language": "French", "required": "I", "stated": None}),
        Reason("experience", "below_minimum", {"months": 12, "required_months": 24}),
    ]),
    "hints": reasons_json([
        Reason("languages", "raise_level", {"language": "French", "required": "I"}),
        Reason("experience", "more_experience", {"months": 12}),
    ]),
}  # fmt: skip
TO_ASSESS = {"to_assess": reasons_json([Reason("nationality", "not_stated")])}


def breakdown_for(score: float) -> dict:
    """A breakdown whose points add up to about the score, each criterion at the same share."""
    share = score / 100
    return {c: {"points": round(w * share, 1), "weight": w, "reason": REASONS[c]} for c, w in WEIGHTS.items()}


def make_match(
    vacancy, candidate, *, verdict: int = 2, score: float = 80.0, applied: bool = True, **fields
) -> MatchResult:
    """A scored candidate; ``applied`` (the default) makes them an applicant, at New, as if they had applied."""
    if applied:
        application, _ = Application.objects.get_or_create(
            vacancy=vacancy, candidate=candidate, defaults={"applied_at": timezone.now()}
        )
        StageChange.objects.get_or_create(application=application, to_stage=Stage.NEW, changed_by=None)
    values = {
        "breakdown": breakdown_for(score),
        "vacancy_version": vacancy.requirements_version,
        "profile_version": candidate.profile_version,
        "engine_version": ENGINE_VERSION,
        "computed_at": timezone.now(),
        **({0: NOT_ELIGIBLE, 1: TO_ASSESS}.get(verdict, {})),
        **fields,
    }
    return MatchResult.objects.create(
        vacancy=vacancy, candidate=candidate, verdict=verdict, score=score, **as_stored(values)
    )


def scored_candidates(vacancy, n: int, *, start: int = 0) -> list:
    """n candidates with profiles, scored for the vacancy: every third not eligible, every fifth to assess."""
    candidates = []
    for i in range(start, start + n):
        candidate = CandidateFactory(name=f"Candidate {i:03d}", nationality="Belgium" if i % 2 else "Poland")
        verdict = 0 if i % 3 == 0 else 1 if i % 5 == 0 else 2
        make_match(vacancy, candidate, verdict=verdict, score=float(95 - i % 90))
        candidates.append(candidate)
    return candidates


@pytest.fixture
def candidates(vacancy):
    """Three scored candidates for rita's vacancy: Hanna (eligible, 88), Jonas (to assess, 64), Lena (not, 31)."""
    hanna = CandidateFactory(
        name="Hanna Berg", nationality="Norway", skills=["NATO Defence Planning Process"]
    )
    CompetencyAssessment.objects.create(
        candidate=hanna,
        name="Teamwork",
        rung=4,
        evidence="Led a 12-nation working group on <capability targets>",
    )
    jonas = CandidateFactory(name="Jonas Weber", nationality="", skills=["procurement"])
    LanguageSkill.objects.filter(candidate=jonas, language="French").update(level="V")
    lena = CandidateFactory(name="Lena Novak", nationality="Slovenia", with_profile=False)
    LanguageSkill.objects.create(candidate=lena, language="English", level="IV")
    make_match(vacancy, hanna, verdict=2, score=88.0)
    make_match(vacancy, jonas, verdict=1, score=64.0)
    make_match(vacancy, lena, verdict=0, score=31.0)
    return {"hanna": hanna, "jonas": jonas, "lena": lena}
