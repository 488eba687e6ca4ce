"""What the security tests share: the personas, stored scores, clients with a CSRF token, the database state."""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.test import Client
from django.utils import timezone

from accounts.models import Session
from applications.models import Application, Stage, StageChange
from config.models import RateLimitCounter
from matching.models import MatchResult
from matching.scoring import ENGINE_VERSION
from tests.factories import as_stored
from vacancies.models import Vacancy

PERSONAS = ("anonymous", "alice", "bob", "rita", "sam", "ada")
WEIGHTS = {
    "degree": 15,
    "experience": 25,
    "languages": 20,
    "competencies": 15,
    "desirable": 15,
    "relevance": 10,
}


def scored(
    vacancy: Vacancy, candidate, *, score: float = 80.0, applied: bool = False, **fields
) -> MatchResult:
    """A stored score of the candidate for the vacancy, as the scorer would write it; ``applied`` (by
    default: no) makes the candidate an applicant at New, as if they had applied (stages are for applicants)."""
    if applied:
        application, _ = Application.objects.get_or_create(
            vacancy=vacancy, candidate=candidate, defaults={"applied_at": timezone.now()}
        )
        StageChange.objects.get_or_create(application=application, to_stage=Stage.NEW, changed_by=None)
    breakdown = {c: {"points": round(w * score / 100, 1), "weight": w, "reason": f"{c}: meets the notice"}
                 for c, w in WEIGHTS.items()}  # fmt: skip
    values = {
        "breakdown": breakdown,
        "vacancy_version": vacancy.requirements_version,
        "profile_version": candidate.profile_version,
        "engine_version": ENGINE_VERSION,
        "computed_at": timezone.now(),
        **fields,
    }
    values.setdefault("verdict", 2)
    return MatchResult.objects.create(vacancy=vacancy, candidate=candidate, score=score, **as_stored(values))


def client_as(user, *, enforce_csrf_checks: bool = False) -> Client:
    client = Client(enforce_csrf_checks=enforce_csrf_checks)
    if user is not None:
        client.force_login(user)
    return client


def with_csrf_token(client: Client) -> dict:
    """Gives the client a CSRF cookie, as any page with a form would, and returns the header that matches it."""
    request = HttpRequest()
    token = get_token(request)
    client.cookies[settings.CSRF_COOKIE_NAME] = request.META["CSRF_COOKIE"]
    return {"HTTP_X_CSRFTOKEN": token}


def database_state() -> dict:
    """Every row of every table, sessions included: a refused request must leave all of it as it was. Rate-limit
    counters are left out: they are a cache of how many requests came (tests/security/test_rate_limits.py)."""
    state = {}
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed or model is RateLimitCounter:
            continue
        rows = model._base_manager.order_by("pk").values_list()
        state[model._meta.label] = sorted(rows) if model is Session else list(rows)
    return state


def changed_tables(before: dict, after: dict) -> list[str]:
    return sorted(label for label in before if before[label] != after[label])
