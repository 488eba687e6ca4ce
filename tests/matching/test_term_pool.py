"""The term pool snapshot: how common each term is among the candidates, which weighs relevance (matching.pool)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from candidates.profile import profile_from_import_json
from matching import rescoring, scoring, services
from matching.models import MatchResult, ScoringRun, TermPoolSnapshot
from matching.pool import TermPool
from matching.text import terms
from tests.factories import CandidateFactory, VacancyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def vacancy(rita):
    vacancy = VacancyFactory(
        accountabilities=["Budget planning and execution", "Capability targets apportionment"]
    )
    vacancy.recruiters.add(rita)
    return vacancy


@pytest.fixture
def candidates():
    """Four policy officers: three have planned budgets, one has apportioned capability targets."""
    people = [CandidateFactory() for _ in range(4)]
    for person, work in zip(people, ["Budget planning"] * 3 + ["Capability targets apportionment"]):
        person.experience.update(description=work)
    return people


def test_a_snapshot_counts_each_candidates_terms_once_and_keeps_none_only_one_person_uses(candidates):
    person = candidates[0]
    person.experience.update(description="Unrepeatable zanzibarian apportionment")
    snapshot = services.take_term_pool()

    assert snapshot.candidates == 4
    pool = TermPool.of(
        scoring.prepare_profile(profile_from_import_json(c.profile_json())) for c in candidates
    )
    assert snapshot.frequencies == dict(pool.frequencies)
    assert all(n >= 2 for n in snapshot.frequencies.values())
    assert not set(terms("zanzibarian")) & set(snapshot.frequencies)
    # Older snapshots go: one is in use.
    services.take_term_pool()
    assert TermPoolSnapshot.objects.count() == 1


def test_refreshing_the_pool_rescores_every_open_vacancy_with_it(
    vacancy, candidates, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        rescoring.rescore_vacancy(vacancy)
    before = vacancy.requirements_version

    with django_capture_on_commit_callbacks(execute=True):
        run = rescoring.refresh_term_pool(force=True)

    vacancy.refresh_from_db()
    run.refresh_from_db()
    assert vacancy.requirements_version == before + 1
    assert run.status == ScoringRun.Status.DONE and run.reason == "term pool refreshed"
    # Every stored score is the engine's with the snapshot's weights, and fresh.
    pool = services.current_pool()[1]
    assert pool.candidates == 4
    prepared = scoring.prepare_vacancy(vacancy.requirements_json(), pool=pool)
    for candidate in candidates:
        stored = MatchResult.objects.with_freshness().get(vacancy=vacancy, candidate=candidate)
        expected = scoring.score(
            prepared, profile_from_import_json(candidate.profile_json()), timezone.localdate()
        )
        assert stored.is_fresh
        assert stored.score == expected.score
        assert stored.breakdown["relevance"] == expected.breakdown_json()["relevance"]
    # What few have done weighs more than what most have done.
    relevance = {c.pk: MatchResult.objects.get(vacancy=vacancy, candidate=c).breakdown["relevance"]["points"]
                 for c in candidates}  # fmt: skip
    assert relevance[candidates[3].pk] > relevance[candidates[0].pk] > 0


def test_a_stored_result_is_explained_with_the_snapshot_it_was_scored_with(
    vacancy, candidates, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        rescoring.refresh_term_pool(force=True)
    matches = list(MatchResult.objects.filter(vacancy=vacancy))
    services.explain_results(matches)
    for match in matches:
        assert match.explanation.score == match.score


def test_a_snapshot_is_due_only_once_the_pool_has_changed_enough(settings, candidates):
    settings.TERM_POOL_REFRESH_SHARE = 0.5
    assert rescoring.term_pool_due()  # none taken yet
    services.take_term_pool()
    assert not rescoring.term_pool_due()
    CandidateFactory()
    assert not rescoring.term_pool_due()  # 5 against 4
    CandidateFactory()
    assert rescoring.term_pool_due()  # 6 against 4


def test_the_command_takes_a_snapshot_only_when_due_or_forced(candidates, django_capture_on_commit_callbacks):
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("refresh_term_pool", stdout=out)
    assert "4 candidates" in out.getvalue()
    first = TermPoolSnapshot.objects.get()

    out = StringIO()
    call_command("refresh_term_pool", stdout=out)
    assert "nothing to do" in out.getvalue()
    assert TermPoolSnapshot.objects.get() == first

    with django_capture_on_commit_callbacks(execute=True):
        call_command("refresh_term_pool", "--force", stdout=StringIO())
    assert TermPoolSnapshot.objects.get().pk > first.pk


def test_an_import_that_changes_the_pool_enough_takes_a_new_snapshot(
    tmp_path, vacancy, candidates, django_capture_on_commit_callbacks
):
    import json

    services.take_term_pool()  # 4 candidates
    lines = [{"id": f"imp-{n}", "name": f"Person {n}", "nationality": "Belgium",
              "experience": [{"title": "Budget officer", "start": "2015-01", "description": "Budget planning"}]}
             for n in range(3)]  # fmt: skip
    path = tmp_path / "people.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_candidates", str(path), stdout=StringIO())
    assert TermPoolSnapshot.objects.get().candidates == 7  # 3 more than 4: over 20%

    path.write_text(json.dumps({**lines[0], "id": "imp-9"}), encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_candidates", str(path), stdout=StringIO())
    assert TermPoolSnapshot.objects.get().candidates == 7  # 1 more than 7: not due
