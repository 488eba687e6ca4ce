"""Stored compact, explained on read (matching.compact, matching.services.explain_results): the engine's words
worked out again for a stored result come with the very figures and statuses that were stored, for every pair
of a run, recruiters' decisions included."""

import pytest
from django.utils import timezone

from candidates.importing import import_profiles
from candidates.synthetic import synthetic_profiles
from matching import compact, decisions, rescoring
from matching.models import VERDICTS, EssentialDecision, MatchResult
from matching.reasons import ESSENTIAL_CRITERIA
from reference.scales import CRITERIA
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


def notice(i: int) -> Vacancy:
    """Notices with every sort of essential: criteria, evidence lines, an interview line, a rule stated in
    the remarks only (nationality), a condition on the experience and another language."""
    vacancy = Vacancy(raw_text="(test)", title=f"Notice {i}", status="published")
    vacancy.apply_parse({
        "title": f"Notice {i}",
        "degree": {"level": ["university", "master", "secondary"][i % 3], "fields": ["economics", "law"][: i % 3],
                   "alternatives": ["military_staff_college"] if i % 2 else ["equivalent_qualification"]},
        "min_years_experience": 2 + i,
        "languages": {"rule": "one_high_other_low", "high": "V", "low": ["I", "II", "III"][i % 3],
                      "pair": ["English", "French"], "requirements": [{"language": "Russian", "level": "IV"}] if i == 1 else [],
                      "stanag": [], "raw": []},
        "competencies": [{"name": "Teamwork", "level_text": "Solicits inputs", "rung": 3}],
        "nationality_restricted": i % 2 == 0,
        "essential": [f"have at least {2 + i} years' experience in defence planning and capability development",
                      "possess a good knowledge of NATO's methods and structures",
                      "advanced user of Microsoft Excel", "be able to communicate clearly",
                      "hold a university degree in economics or law"],
        "desirable": ["experience with the NATO Defence Planning Process", "knowledge of procurement policies"],
        "accountabilities": ["Contribute to the development of concepts, policies and procedures"],
    })  # fmt: skip
    return vacancy


def stored_figures(match: MatchResult) -> tuple:
    return (
        match.verdict, match.score, tuple(getattr(match, f"{c}_points") for c in CRITERIA), match.criteria,
        match.line_statuses, match.decided_lines,
    )  # fmt: skip


def explained_figures(match: MatchResult) -> tuple:
    figures = match.explanation.figures
    return (
        VERDICTS[figures.eligible], figures.score, figures.points, figures.criteria, figures.lines,
        figures.decided,
    )  # fmt: skip


def test_the_explanation_worked_out_again_matches_what_is_stored_for_every_pair_of_a_run(
    django_capture_on_commit_callbacks,
):
    import_profiles(synthetic_profiles(150, seed=18))
    for i in range(4):
        notice(i)
    with django_capture_on_commit_callbacks(execute=True):
        rescoring.rescore_everything(reason="test")
    # A recruiter decides two lines left to be assessed, one met and one not; their pairs are rescored.
    open_lines = [
        (match, line["text"])
        for match in MatchResult.objects.order_by("pk")
        for line in match.essentials
        if decisions.applies(line)
    ]
    assert len(open_lines) >= 2
    for (match, line), outcome in zip(open_lines[::7][:2], (decisions.MET, decisions.NOT_MET)):
        EssentialDecision.objects.create(
            vacancy_id=match.vacancy_id, candidate_id=match.candidate_id, line=line, outcome=outcome,
            reason="seen at interview", decided_at=timezone.now(),
        )  # fmt: skip
        with django_capture_on_commit_callbacks(execute=True):
            rescoring.rescore_pair(match.vacancy, match.candidate, reason="essential decided")

    matches = list(MatchResult.objects.order_by("pk"))
    assert len(matches) == 4 * 150
    MatchResult.explain_together(matches)
    for match in matches:
        assert stored_figures(match) == explained_figures(match), match
        # The words agree with the figures that lists sort and filter by.
        assert match.eligible == match.explanation.eligible
        for criterion in CRITERIA:
            assert match.points(criterion) == match.breakdown[criterion]["points"]
        for criterion in ESSENTIAL_CRITERIA:
            unmet = {reason.criterion for reason in match.unmet_reasons}
            to_assess = {reason.criterion for reason in match.to_assess_reasons}
            expected = "not_met" if criterion in unmet else "to_assess" if criterion in to_assess else "met"
            assert match.criterion_status(criterion) == expected
        statuses = compact.line_statuses(match.line_statuses, len(match.essentials))
        assert statuses == tuple(line["status"] for line in match.essentials)
    decided = [match for match in matches if match.decided_lines]
    assert len(decided) == 2
    assert {line.get("decision") for match in decided for line in match.essentials} >= {"met", "not_met"}


def test_a_result_is_explained_in_one_batch_of_queries_whatever_the_number_of_rows(
    django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    import_profiles(synthetic_profiles(40, seed=3))
    notice(0)
    with django_capture_on_commit_callbacks(execute=True):
        rescoring.rescore_everything(reason="test")
    matches = list(MatchResult.objects.all())
    MatchResult.explain_together(matches)
    with django_assert_max_num_queries(16):  # the reference data, the vacancies, the profiles, the decisions
        for match in matches:
            assert match.breakdown and match.essentials
