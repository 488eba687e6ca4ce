"""Recruiters' decisions on essentials through the real scoring pipeline: the stored verdict follows them,
they survive rescoring, and they stop applying once the notice rewords the line or the profile settles it."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from candidates.models import Experience
from candidates.services import profile_changed
from matching import rescoring
from matching.models import EssentialDecision, MatchResult, ScoringRun
from matching.services import score_pairs
from recruiting.services import decide_essential
from tests.factories import CandidateFactory, VacancyFactory
from vacancies.services import update_vacancy_requirements

pytestmark = pytest.mark.django_db

LOGISTICS = "Experience in logistics planning for deployed forces"
ESSENTIALS = ["hold a university degree", "have at least 2 years' experience", LOGISTICS]


@pytest.fixture
def vacancy(rita):
    """rita's published notice: a degree, 2 years, English V / French I, and logistics planning."""
    vacancy = VacancyFactory(title="Logistics Planner", essential=ESSENTIALS)
    vacancy.recruiters.add(rita)
    return vacancy


@pytest.fixture
def scored(vacancy, django_capture_on_commit_callbacks):
    """Kai and Mia, policy officers whose profiles say nothing of logistics, scored by the pipeline."""
    kai, mia = CandidateFactory(name="Kai Lind"), CandidateFactory(name="Mia Roth")
    rescore(vacancy, django_capture_on_commit_callbacks)
    return kai, mia


def rescore(vacancy, capture) -> None:
    with capture(execute=True):
        rescoring.rescore_vacancy(vacancy)


def result(vacancy, candidate) -> MatchResult:
    return MatchResult.objects.get(vacancy=vacancy, candidate=candidate)


def line(match: MatchResult, text: str = LOGISTICS) -> dict:
    return next(e for e in match.essentials if e["text"] == text)


def decide(vacancy, candidate, outcome, capture, *, by, reason="Ran logistics for KFOR", text=LOGISTICS):
    with capture(execute=True):
        decide_essential(vacancy, result(vacancy, candidate), text, outcome, reason, by=by)


def test_the_engine_leaves_the_logistics_line_to_be_assessed(vacancy, scored):
    kai, _ = scored
    match = result(vacancy, kai)
    assert match.verdict == MatchResult.Verdict.TO_ASSESS
    assert line(match)["status"] == "to_assess" and line(match)["checkable"] is True
    assert line(match)["criterion"] == ""
    assert line(match, "hold a university degree")["criterion"] == "degree"


def test_a_line_decided_met_makes_the_candidate_eligible(
    vacancy, scored, rita, django_capture_on_commit_callbacks
):
    kai, mia = scored
    decide(vacancy, kai, "met", django_capture_on_commit_callbacks, by=rita)

    match = result(vacancy, kai)
    assert match.verdict == MatchResult.Verdict.ELIGIBLE
    decided = line(match)
    assert (decided["status"], decided["decision"], decided["engine_status"]) == ("met", "met", "to_assess")
    assert decided["decided_by"] == rita.pk and decided["decided_at"]
    assert {"text", "status", "evidence", "checkable"} <= decided.keys()
    # Only that pair: Mia's line is still open.
    assert result(vacancy, mia).verdict == MatchResult.Verdict.TO_ASSESS
    # The pipeline rescored the pair: its run is done and the stored result is its own.
    run = ScoringRun.objects.get(reason="essential decided")
    assert (run.vacancy, run.candidate, run.total_pairs, run.status) == (
        vacancy,
        kai,
        1,
        ScoringRun.Status.DONE,
    )
    assert match.computed_at >= run.created_at


def test_a_line_decided_not_met_makes_the_candidate_not_eligible(
    vacancy, scored, rita, django_capture_on_commit_callbacks
):
    kai, _ = scored
    decide(vacancy, kai, "not_met", django_capture_on_commit_callbacks, by=rita, reason="Never deployed")
    match = result(vacancy, kai)
    assert match.verdict == MatchResult.Verdict.NOT_ELIGIBLE
    assert line(match)["status"] == "not_met" and match.essentials_decided_not_met == [LOGISTICS]
    assert match.unmet == []  # the engine's reasons stay the engine's


def test_the_eligible_only_filter_and_the_ranking_follow_the_decision(
    vacancy, scored, rita, django_capture_on_commit_callbacks
):
    kai, mia = scored
    decide(vacancy, mia, "met", django_capture_on_commit_callbacks, by=rita)
    ranked = list(MatchResult.objects.filter(vacancy=vacancy).ranked().values_list("candidate", flat=True))
    assert ranked[0] == mia.pk
    assert list(
        MatchResult.objects.filter(vacancy=vacancy, verdict=2).values_list("candidate", flat=True)
    ) == [mia.pk]


def test_the_decision_survives_rescoring(vacancy, scored, rita, django_capture_on_commit_callbacks):
    kai, _ = scored
    decide(vacancy, kai, "met", django_capture_on_commit_callbacks, by=rita)
    before = result(vacancy, kai).computed_at

    rescore(vacancy, django_capture_on_commit_callbacks)  # the whole vacancy, as after new weights
    match = result(vacancy, kai)
    assert match.computed_at > before
    assert match.verdict == MatchResult.Verdict.ELIGIBLE and line(match)["decision"] == "met"


def test_an_undone_decision_gives_the_engine_its_verdict_back(
    vacancy, scored, rita, django_capture_on_commit_callbacks
):
    kai, _ = scored
    decide(vacancy, kai, "met", django_capture_on_commit_callbacks, by=rita)
    decide(vacancy, kai, "undo", django_capture_on_commit_callbacks, by=rita, reason="")
    match = result(vacancy, kai)
    assert match.verdict == MatchResult.Verdict.TO_ASSESS and "decision" not in line(match)
    assert not EssentialDecision.objects.exists()


def test_a_changed_decision_replaces_the_first(
    vacancy, scored, rita, sam, django_capture_on_commit_callbacks
):
    kai, _ = scored
    decide(vacancy, kai, "met", django_capture_on_commit_callbacks, by=rita)
    decide(
        vacancy, kai, "not_met", django_capture_on_commit_callbacks, by=sam, reason="KFOR was not logistics"
    )
    decision = EssentialDecision.objects.get()
    assert (decision.outcome, decision.decided_by, decision.reason) == (
        "not_met",
        sam,
        "KFOR was not logistics",
    )
    assert result(vacancy, kai).verdict == MatchResult.Verdict.NOT_ELIGIBLE


def test_a_reworded_line_is_assessed_afresh(vacancy, scored, rita, django_capture_on_commit_callbacks):
    kai, _ = scored
    decide(vacancy, kai, "met", django_capture_on_commit_callbacks, by=rita)
    reworded = "Experience in logistics planning for deployed operations"
    with django_capture_on_commit_callbacks(execute=True):
        update_vacancy_requirements(vacancy, {"essential": [*ESSENTIALS[:2], reworded]}, by=rita)

    match = result(vacancy, kai)
    assert match.vacancy_version == 2
    assert match.verdict == MatchResult.Verdict.TO_ASSESS
    assert line(match, reworded)["status"] == "to_assess" and "decision" not in line(match, reworded)
    assert EssentialDecision.objects.filter(line=LOGISTICS).exists()  # kept for the record


def test_once_the_profile_settles_the_line_the_engine_status_wins(
    vacancy, scored, rita, django_capture_on_commit_callbacks
):
    kai, _ = scored
    decide(vacancy, kai, "not_met", django_capture_on_commit_callbacks, by=rita, reason="Nothing in the CV")
    assert result(vacancy, kai).verdict == MatchResult.Verdict.NOT_ELIGIBLE

    Experience.objects.create(
        candidate=kai, title="Logistics Planning Officer", organisation="Joint Force Command",
        description="Logistics planning for deployed forces in Kosovo and Afghanistan.",
        start=dt.date(2015, 1, 1), end=dt.date(2017, 12, 31),
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        profile_changed(kai)

    match = result(vacancy, kai)
    assert line(match)["status"] == "met" and "decision" not in line(match)
    assert match.verdict == MatchResult.Verdict.ELIGIBLE
    assert EssentialDecision.objects.filter(candidate=kai).exists()  # kept for the record


def test_the_pipeline_reads_a_chunks_decisions_in_one_query(vacancy, scored, rita):
    kai, mia = scored
    for candidate in (kai, mia):
        EssentialDecision.objects.create(
            vacancy=vacancy, candidate=candidate, line=LOGISTICS, outcome="met", reason="r", decided_by=rita,
            decided_at=timezone.now(),
        )  # fmt: skip
    others = [CandidateFactory() for _ in range(3)]
    ids = [kai.pk, mia.pk, *(c.pk for c in others)]
    with CaptureQueriesContext(connection) as queries:
        rows = score_pairs([vacancy.pk], ids)
    table = EssentialDecision._meta.db_table
    assert sum(table in query["sql"] for query in queries.captured_queries) == 1
    verdicts = {row.candidate_id: row.verdict for row in rows}
    assert verdicts[kai.pk] == verdicts[mia.pk] == MatchResult.Verdict.ELIGIBLE
    assert {verdicts[c.pk] for c in others} == {MatchResult.Verdict.TO_ASSESS}


def test_decisions_go_with_the_candidate(vacancy, scored, rita, django_capture_on_commit_callbacks):
    kai, _ = scored
    decide(vacancy, kai, "met", django_capture_on_commit_callbacks, by=rita)
    kai.delete()
    assert not EssentialDecision.objects.exists()


def test_a_decision_outlives_the_recruiter_who_made_it(
    vacancy, scored, rita, django_capture_on_commit_callbacks
):
    kai, _ = scored
    decide(vacancy, kai, "met", django_capture_on_commit_callbacks, by=rita)
    rita.delete()
    decision = EssentialDecision.objects.get()
    assert decision.decided_by is None and decision.decided_by_name == ""
    rescore(vacancy, django_capture_on_commit_callbacks)
    assert result(vacancy, kai).verdict == MatchResult.Verdict.ELIGIBLE
