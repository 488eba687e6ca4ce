"""What a scoring process loads once (word frequencies, the concepts' patterns, the ladders),
loaded when a worker starts (``config.celery``) rather than by the first chunk it scores: that chunk may be the
one a person waits for (a profile saved, My matches refreshing), and it took about twice a warm chunk's time.

A worker's pool processes are forked from the process that warmed up, so they start warm too."""

from __future__ import annotations

import datetime as dt
import logging
import time

from candidates.profile import profile_from_import_json
from candidates.synthetic import synthetic_profiles
from reference.data import DEFAULT_REFERENCE

from .pool import TermPool
from .scoring import prepare_profile, prepare_vacancy, score_all

log = logging.getLogger(__name__)

# A notice as ``parse_vacancy --json`` gives it, asking for what most notices ask.
SAMPLE_VACANCY = {
    "title": "Policy Officer",
    "degree": {"level": "university", "fields": ["political science", "economics"], "fields_required": False},
    "min_years_experience": 5,
    "languages": {"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"]},
    "competencies": [{"name": "Analytical Thinking", "level_text": "Sees multiple relationships", "rung": 3}],
    "essential": [
        "at least 5 years' experience in defence planning, including 2 in an international organisation",
        "good knowledge of NATO's structures and of project management methods (e.g. PRINCE2)",
        "be willing to travel",
    ],
    "desirable": ["experience with the NATO Defence Planning Process", "knowledge of procurement policies"],
    "accountabilities": ["Contribute to the development of concepts, policies and procedures"],
}


def warm_up() -> None:
    """``warm``, timed and logged. A failure is logged, never raised: the first chunk then loads it."""
    started = time.perf_counter()
    try:
        warm()
    except Exception:
        log.exception("warming up the scorer failed; the first chunk will load what it needs")
    else:
        log.info("scorer warmed up in %.1f s", time.perf_counter() - started)


def warm() -> None:
    """Score a few synthetic candidates against a sample notice, in memory (no database: a worker starts
    whether or not the database is up)."""
    profiles = [
        prepare_profile(profile_from_import_json(found, DEFAULT_REFERENCE), DEFAULT_REFERENCE)
        for found in synthetic_profiles(20)
    ]
    vacancy = prepare_vacancy(SAMPLE_VACANCY, reference=DEFAULT_REFERENCE, pool=TermPool.of(profiles))
    for result in score_all([vacancy], profiles, dt.date.today())[0]:
        result.compact()
