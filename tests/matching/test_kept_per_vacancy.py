"""What the rank command's sixth round keeps (issue 18, point 4) gives what is worked out afresh: a condition's
reasons kept per vacancy by its months (``prepared.condition_outcome``), what a source weighs on an essential
line kept per line and mask and the words quoting a skill, a field of study or the summary kept per vacancy
(``essentials._best_source``), and a nationality's facts kept per nationality (``prepared._nationality``):
on graded notices with a condition of experience and a synthetic pool, each candidate's result from a vacancy
that has ranked the whole pool equals the result from a vacancy prepared afresh for that candidate alone."""

import datetime as dt
import json
from pathlib import Path

from candidates.import_lines import read_line
from candidates.synthetic import synthetic_profiles
from matching.management.commands.rank import read_vacancy
from matching.pool import TermPool
from matching.prepared import _nationality, nationality_outcome
from matching.scoring import prepare_profile, prepare_vacancy, score_many
from reference.data import DEFAULT_REFERENCE

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
AS_OF = dt.date(2026, 12, 1)


def seen(result) -> tuple:
    return (
        result.eligible,
        result.score,
        result.unmet,
        result.to_assess,
        result.hints,
        dict(result.breakdown),
        result.essentials_in("en"),
    )


def test_a_result_from_the_kept_values_equals_one_worked_out_afresh():
    lines = [json.dumps(p, ensure_ascii=False) for p in synthetic_profiles(400, seed=23)]
    profiles = [prepare_profile(read_line(line)) for line in lines]
    pool = TermPool.of(profiles)
    conditions = quoted = 0
    for notice in sorted((DATA / "quality").glob("notices/*.txt"))[:5]:
        vacancy = prepare_vacancy(read_vacancy(notice), pool=pool)
        conditions += bool(vacancy.conditions)
        kept = [seen(result) for _, result in score_many(vacancy, profiles, AS_OF)]
        for person, found in list(zip(profiles, kept, strict=True))[::10]:
            afresh = prepare_vacancy(read_vacancy(notice), pool=pool)
            assert seen(score_many(afresh, [person], AS_OF)[0][1]) == found, (notice.name, person.id)
        quoted += sum(e.evidence.startswith(("Skill: ", "Studies: ", "Summary")) for r in kept for e in r[-1])
    assert conditions >= 1 and quoted > 50


def test_a_nationality_kept_equals_one_read_afresh():
    for nationality in ["Belgium", "belgian", "Ukraine", "Switzerland", "", "Türkiye", "turkey", "Atlantis"]:
        member, outcome, _code = _nationality(nationality, DEFAULT_REFERENCE)
        expected = (
            (
                nationality in DEFAULT_REFERENCE.member_nations
                or DEFAULT_REFERENCE.canonical_nation(nationality) is not None
            )
            if nationality
            else None
        )
        assert member == expected, nationality
        assert outcome == nationality_outcome(nationality, expected)
        assert _nationality(nationality, DEFAULT_REFERENCE)[1] is outcome  # kept: one per nationality
