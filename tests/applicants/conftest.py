import pytest
from django.utils import timezone

from matching.models import MatchResult
from matching.reasons import Reason, reasons_json
from matching.scoring import ENGINE_VERSION
from tests.factories import as_stored

# What the scorer wrote for alice against the factory's vacancy (verdict 2, score 90.2).
ELIGIBLE_BREAKDOWN = {
    "degree": {
        "points": 13.1,
        "weight": 15,
        "reason": "Master's in International Relations meets 'university degree'",
    },
    "experience": {
        "points": 25.0,
        "weight": 25,
        "reason": "8 years 11 months of experience, 2 years required",
    },
    "languages": {
        "points": 16.0,
        "weight": 20,
        "reason": "English V and French II meet 'V in one, I in the other'",
    },
    "competencies": {"points": 0.0, "weight": 0, "reason": "The notice lists no competencies"},
    "desirable": {"points": 0.0, "weight": 0, "reason": "The notice lists no desirable criteria"},
    "relevance": {"points": 0.0, "weight": 0, "reason": "The notice lists no duties to compare with"},
}
NOT_ELIGIBLE_BREAKDOWN = {
    **ELIGIBLE_BREAKDOWN,
    "languages": {
        "points": 9.3,
        "weight": 20,
        "reason": "English V and French not stated do not meet 'V in one, II in the other'",
    },
    "experience": {"points": 8.8, "weight": 25, "reason": "1 year of experience, at least 4 years required"},
}


@pytest.fixture
def verified(alice):
    """alice, with her email address verified."""
    alice.email_verified_at = timezone.now()
    alice.save(update_fields=["email_verified_at"])
    return alice


@pytest.fixture
def make_match():
    def make(vacancy, candidate, *, verdict=2, score=90.2, **fields) -> MatchResult:
        defaults = {
            2: {"breakdown": ELIGIBLE_BREAKDOWN},
            1: {
                "breakdown": ELIGIBLE_BREAKDOWN,
                "to_assess": reasons_json(
                    [
                        Reason(
                            "degree",
                            "equivalent_to_assess",
                            {
                                "required": "university",
                                "highest": "secondary",
                                "equivalents": ["equivalent_qualification"],
                            },
                        ),
                    ]
                ),
                "hints": reasons_json(
                    [Reason("degree", "add_equivalent", {"equivalents": ["equivalent_qualification"]})]
                ),
            },
            0: {
                "breakdown": NOT_ELIGIBLE_BREAKDOWN,
                "unmet": reasons_json(
                    [
                        Reason(
                            "languages",
                            "below_level",
                            {"language": "French", "required": "II", "stated": None},
                        ),
                        Reason("experience", "below_minimum", {"months": 12, "required_months": 48}),
                    ]
                ),
                "hints": reasons_json(
                    [
                        Reason("languages", "raise_level", {"language": "French", "required": "II"}),
                        Reason("experience", "more_experience", {"months": 36}),
                    ]
                ),
            },
        }[verdict]
        values = {
            "vacancy_version": vacancy.requirements_version,
            "profile_version": candidate.profile_version,
            "engine_version": ENGINE_VERSION,
            "computed_at": timezone.now(),
            **defaults,
            **fields,
        }
        return MatchResult.objects.create(
            vacancy=vacancy, candidate=candidate, verdict=verdict, score=score, **as_stored(values)
        )

    return make
