"""The essential lines' statuses as a stored result keeps them (``matching.essentials.account_statuses``,
issue 18 points 2-3): each line's answer kept by the bits ``covered`` reads, and an experience line read
only when the experience criterion is met, give the statuses worked out plainly (every line covered or not
over the whole mask, the months counted for every experience line): on the graded sets' notices and
candidates and a synthetic pool, for every pair, asked twice (the second time the statuses kept by what
decides them); the essentials accounted for, kept per distinct item, equal those of a vacancy prepared
afresh; and the points as stored are ``tenths``."""

import datetime as dt
import json
from pathlib import Path

from candidates.import_lines import read_line
from candidates.synthetic import synthetic_profiles
from matching.compact import tenths
from matching.essentials import account_statuses, covered, criterion_status, statuses
from matching.management.commands.rank import read_vacancy
from matching.pool import TermPool
from matching.scoring import prepare_profile, prepare_vacancy, score_many
from matching.text import _ACRONYM_PLURAL, _SPELLINGS, fold
from reference.data import DEFAULT_REFERENCE

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"


def plain_statuses(
    prepared, candidate, degree, experience, languages, nationality, months, text, on_exp, last
):
    """The statuses as the rule reads: every line with key terms covered or not (in its words, or in
    others by an entry: ``PreparedVacancy.same_work``), the months of every experience line counted."""
    lines_covered = 0
    for j, line in enumerate(line for line in prepared.essential_lines if line.weights):
        shown = covered(line, on_exp if line.on_experience else text) or (
            line.on_experience and line.criterion is None and prepared.shows_same_work(candidate, line)
        )
        if line.criterion == "experience":
            shown = (shown or prepared.in_other_words(line)) and (
                prepared.context_months(candidate, last) >= prepared.required_months
            )
        if shown:
            lines_covered |= 1 << j
    return statuses(
        prepared.essential_lines,
        criterion_status(degree[1], degree[2]),
        criterion_status(experience[1], experience[2]),
        languages,
        criterion_status(nationality[0], nationality[1]),
        lines_covered,
    )[0]


def pools():
    for candidates in sorted(DATA.glob("quality*/candidates/*.jsonl"))[::4]:
        notice = candidates.parent.parent / "notices" / f"{candidates.stem}.txt"
        yield notice, [line for line in candidates.read_text(encoding="utf-8").splitlines() if line.strip()]
    synthetic = [json.dumps(p, ensure_ascii=False) for p in synthetic_profiles(500, seed=5)]
    for notice in sorted((DATA / "quality").glob("notices/*.txt"))[:3]:
        yield notice, synthetic


def test_the_kept_statuses_are_the_statuses_worked_out_plainly():
    pairs = experience_lines = 0
    statuses_seen = set()
    for notice, lines in pools():
        profiles = [prepare_profile(read_line(line, DEFAULT_REFERENCE)) for line in lines]
        vacancy = prepare_vacancy(read_vacancy(notice), pool=TermPool.of(profiles))
        experience_lines += any(
            line.criterion == "experience" and line.weights for line in vacancy.essential_lines
        )
        for _ in range(2):  # the second time from the answers kept
            for _, result in score_many(vacancy, profiles, dt.date(2026, 12, 1)):
                source = result._essentials_source
                if source is None:
                    continue
                found = account_statuses(*source[:6], *source[7:])
                assert found == plain_statuses(*source), notice
                statuses_seen.update(found)
                pairs += 1
    assert pairs > 2000 and experience_lines >= 3
    assert statuses_seen == {"met", "not_met", "to_assess"}


def test_an_essential_kept_equals_one_accounted_for_afresh():
    lines = [json.dumps(p, ensure_ascii=False) for p in synthetic_profiles(300, seed=17)]
    profiles = [prepare_profile(read_line(line)) for line in lines]
    notice = DATA / "quality" / "notices" / "is-dpp-capability-targets-officer.txt"
    vacancy = prepare_vacancy(read_vacancy(notice), pool=TermPool.of(profiles))
    kept = [result.essentials_in("en") for _, result in score_many(vacancy, profiles, dt.date(2026, 12, 1))]
    for person, found in zip(profiles, kept, strict=True):
        afresh = prepare_vacancy(read_vacancy(notice), pool=TermPool.of(profiles))
        assert score_many(afresh, [person], dt.date(2026, 12, 1))[0][1].essentials_in("en") == found
        if person is profiles[30]:
            break
    shared = {id(item) for found in kept for item in found}
    assert len(shared) < len(kept) * len(kept[0]) / 4  # items shared between candidates


def test_the_points_as_stored_are_the_tenths_of_each_outcome():
    profiles = [prepare_profile(read_line(json.dumps(p))) for p in synthetic_profiles(200, seed=3)]
    notice = DATA / "quality" / "notices" / "is-dpp-capability-targets-officer.txt"
    vacancy = prepare_vacancy(read_vacancy(notice))
    for _, result in score_many(vacancy, profiles, dt.date(2026, 12, 1)):
        assert result.compact().points == tuple(tenths(c.points) for c in result.breakdown.values())


def test_folding_reads_an_acronym_plural_as_the_acronym():
    for text in [
        "Managed KPIs and SLAs; wrote SOPs", "KPIs", "xKPIs", "ABCDEFGHs", "NATO's HQs.", "the CISs",
        "Co-operation with NGOs, IOs and the EU’s defense agencies", "no acronym here", "",
    ]:  # fmt: skip
        assert fold(text) == fold_by_template(text), text
    assert fold("KPIs and SLAs") == "kpi and sla"


def fold_by_template(text: str) -> str:
    """``fold`` as it was, the acronym by the template r"\\1"."""
    folded = _ACRONYM_PLURAL.sub(r"\1", text).casefold()
    for old, new in _SPELLINGS:
        folded = folded.replace(old, new)
    return folded
