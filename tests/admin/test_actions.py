"""The admin's actions: rescore a vacancy or candidates, export selected rows, close, re-parse."""

from pathlib import Path

import pytest
from django.utils import timezone

from audit.models import AuditEntry
from candidates.models import Candidate
from matching.models import MatchResult, MatchResultRecord, ScoringRun
from tests.admin.support import act, assert_no_personal_data, csv_rows
from tests.factories import CandidateFactory, VacancyFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

NOTICES = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"


def test_rescoring_a_vacancy_scores_every_candidate_and_is_audited(
    ada, alice, vacancy, client_for, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        content = act(client_for(ada), Vacancy, "rescore", vacancy).content.decode()
    assert "Rescoring 1 vacancy." in content
    run = ScoringRun.objects.get(vacancy=vacancy)
    assert run.status == ScoringRun.Status.DONE
    assert MatchResult.objects.filter(vacancy=vacancy, candidate=alice.candidate).exists()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.RESCORED)
    assert (entry.actor, entry.actor_role, entry.vacancy_id, entry.count) == (ada, "admin", vacancy.pk, 1)


def test_rescoring_skips_a_draft(ada, alice, client_for):
    draft = VacancyFactory(status=Vacancy.Status.DRAFT, published_at=None)
    content = act(client_for(ada), Vacancy, "rescore", draft).content.decode()
    assert "Rescoring 0 vacancies. Skipped 1 not published" in content
    assert not ScoringRun.objects.exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.RESCORED).exists()


def test_rescoring_candidates_scores_the_selected_ones_who_consented(
    ada, alice, bob, vacancy, client_for, django_capture_on_commit_callbacks
):
    withdrawn = CandidateFactory(name="No Consent", consent_at=None)
    not_selected = CandidateFactory(name="Not Selected")
    selected = [alice.candidate, withdrawn]
    with django_capture_on_commit_callbacks(execute=True):
        content = act(client_for(ada), Candidate, "rescore", *selected).content.decode()
    assert (
        "Rescoring 1 candidate against every open vacancy. Skipped 1 without consent to be matched."
        in content
    )
    run = ScoringRun.objects.get()
    assert run.chunks.get().candidate_ids == [alice.candidate.pk]
    assert set(MatchResult.objects.values_list("candidate", flat=True)) == {alice.candidate.pk}
    entries = AuditEntry.objects.filter(action=AuditEntry.Action.RESCORED)
    assert list(entries.values_list("actor", "candidate_id")) == [(ada.pk, alice.candidate.pk)]
    assert not_selected.pk not in entries.values_list("candidate_id", flat=True)


def test_rescoring_candidates_without_an_open_vacancy_says_so(ada, alice, client_for):
    content = act(client_for(ada), Candidate, "rescore", alice.candidate).content.decode()
    assert "Nothing to rescore" in content
    assert not ScoringRun.objects.exists()


def test_export_returns_the_selected_rows_with_formulas_neutralised(ada, client_for):
    attacker = CandidateFactory(name="=cmd|' /C calc'!A0", nationality="+Belgium", external_id="@x")
    plain = CandidateFactory(name="Ana Silva", nationality="Portugal")
    left_out = CandidateFactory(name="Left Out")
    response = act(client_for(ada), Candidate, "export_as_csv", attacker, plain, follow=False)
    header, *rows = csv_rows(response)
    assert header[:3] == ["Name", "Nationality", "External id"]
    by_name = {row[0]: row for row in rows}
    assert set(by_name) == {"'=cmd|' /C calc'!A0", "Ana Silva"}
    assert by_name["'=cmd|' /C calc'!A0"][1:3] == ["'+Belgium", "'@x"]
    assert by_name["Ana Silva"][1:] == ["Portugal", "", "1", "yes", by_name["Ana Silva"][-1]]
    assert "Left Out" not in response.content.decode()
    # One entry for the export, listing the people in it.
    entry = AuditEntry.objects.get(action=AuditEntry.Action.EXPORTED)
    assert (entry.actor, entry.count, entry.detail) == (ada, 2, "csv candidates.candidate")
    assert entry.candidate_ids == sorted([attacker.pk, plain.pk])
    assert not AuditEntry.objects.about_candidate(left_out.pk).exists()
    assert_no_personal_data(attacker.name, attacker.email, plain.name, plain.email)


def test_export_shows_choice_labels_and_keeps_numbers(ada, vacancy, alice, client_for):
    from tests.security.support import scored

    match = scored(vacancy, alice.candidate, score=-3.25)
    record = MatchResultRecord.objects.get(vacancy=vacancy, candidate=alice.candidate)
    header, row = csv_rows(act(client_for(ada), MatchResultRecord, "export_as_csv", record, follow=False))
    assert header == ["Vacancy", "Candidate", "Verdict", "Score", "Computed at", "Fresh"]
    computed_at = timezone.localtime(match.computed_at).isoformat(timespec="seconds")
    assert row == [vacancy.title, "Alice Martin", "Eligible", "-3.2", computed_at, "yes"]
    # Rows of a candidate's data are on that candidate's trail too.
    assert AuditEntry.objects.about_candidate(alice.candidate.pk).filter(action="exported").exists()


def test_export_of_results_has_the_rows_ticked_and_only_those(ada, vacancy, alice, client_for):
    # A result's id in the back office is its pair, vacancy-candidate: the rows are found by the two.
    from tests.security.support import scored

    other = VacancyFactory(title="Other post")
    hanna, omar = CandidateFactory(name="Hanna Berg"), CandidateFactory(name="Omar Haddad")
    for where, who in [(vacancy, alice.candidate), (vacancy, hanna), (other, hanna), (other, omar)]:
        scored(where, who)
    ticked = [
        MatchResultRecord.objects.get(vacancy=vacancy, candidate=hanna),
        MatchResultRecord.objects.get(vacancy=other, candidate=omar),
    ]
    assert [record.pk for record in ticked] == [f"{vacancy.pk}-{hanna.pk}", f"{other.pk}-{omar.pk}"]
    header, *rows = csv_rows(act(client_for(ada), MatchResultRecord, "export_as_csv", *ticked, follow=False))
    assert sorted((row[0], row[1]) for row in rows) == [
        ("Other post", "Omar Haddad"),
        (vacancy.title, "Hanna Berg"),
    ]


def test_close_closes_published_vacancies_only(ada, vacancy, client_for):
    draft = VacancyFactory(status=Vacancy.Status.DRAFT, published_at=None)
    content = act(client_for(ada), Vacancy, "close", vacancy, draft).content.decode()
    assert "Closed 1; skipped 1." in content and "Only a published vacancy can be closed" in content
    vacancy.refresh_from_db(), draft.refresh_from_db()
    assert (vacancy.status, draft.status) == (Vacancy.Status.CLOSED, Vacancy.Status.DRAFT)
    assert vacancy.closed_at is not None


def test_reparse_of_a_published_vacancy_rescores_it(
    ada, alice, client_for, django_capture_on_commit_callbacks
):
    text = sorted(NOTICES.glob("*.txt"))[0].read_text(encoding="utf-8")
    vacancy = VacancyFactory(title="Wrong title", raw_text=text)
    with django_capture_on_commit_callbacks(execute=True):
        content = act(client_for(ada), Vacancy, "reparse", vacancy).content.decode()
    assert "Re-parsed 1 vacancy" in content
    vacancy.refresh_from_db()
    assert vacancy.title != "Wrong title"
    run = ScoringRun.objects.get(vacancy=vacancy)
    assert run.reason == "re-parsed from the raw text"
    match = MatchResult.objects.get(vacancy=vacancy, candidate=alice.candidate)
    assert match.vacancy_version == vacancy.requirements_version
