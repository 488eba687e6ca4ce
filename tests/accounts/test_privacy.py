import datetime as dt
import json

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from accounts.models import User
from accounts.privacy import apply_retention, export_personal_data
from applications.models import Application, Note, Rating, Stage, StageChange
from applications.services import apply
from audit.models import AuditEntry
from candidates.models import Candidate, CompetencyAssessment, Education, Experience, LanguageSkill
from matching.models import EssentialDecision, MatchResult
from tests.factories import PASSWORD, CandidateFactory, VacancyFactory, as_stored
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


def a_match(vacancy, candidate, **fields):
    values = dict(verdict=2, score=70.0, breakdown={}, vacancy_version=1, profile_version=1, engine_version="t",
                  computed_at=timezone.now())  # fmt: skip
    values.update(fields)
    return MatchResult.objects.create(vacancy=vacancy, candidate=candidate, **as_stored(values))


def test_it_downloads_all_of_an_applicants_data_in_one_request(client_for, alice, vacancy):
    apply(alice.candidate, vacancy, motivation="I want this job")
    a_match(vacancy, alice.candidate)

    response = client_for(alice).get("/accounts/my-data/")

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "alice@example.org"
    assert data["profile"]["education"][0]["field"] == "International Relations"
    assert data["applications"][0]["motivation"] == "I want this job"
    assert data["matches"][0]["score"] == 70.0
    assert AuditEntry.objects.filter(action="data_exported", actor=alice).exists()


def test_the_download_holds_what_recruiters_wrote_the_audit_trail_and_the_log_ins(
    client_for, alice, bob, rita, vacancy
):
    for person in (alice, bob):  # both applied: the shortlist's export lists applicants
        apply(person.candidate, vacancy)
        a_match(vacancy, person.candidate)
    recruiter = client_for(rita)
    base = f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/"
    recruiter.get(base)
    recruiter.post(base + "notes/", {"text": "Strong on NATO planning"})
    recruiter.post(base + "rating/", {"stars": "4"})
    recruiter.get(f"/recruiting/{vacancy.pk}/export.csv")  # alice and bob in one file
    Note.objects.create(vacancy=vacancy, candidate=bob.candidate, author=rita, text="About bob only")
    client = Client(HTTP_USER_AGENT="Firefox/1")
    assert (
        client.post("/accounts/login/", {"username": "alice@example.org", "password": PASSWORD}).status_code
        == 302
    )
    Client(HTTP_USER_AGENT="Typo/1").post(
        "/accounts/login/", {"username": "ALICE@example.org", "password": "typo"}
    )

    response = client.get("/accounts/my-data/")

    data = json.loads(response.content)
    assert [(n["vacancy"], n["text"]) for n in data["recruiters_notes"]] == [
        (vacancy.title, "Strong on NATO planning")
    ]
    assert [(r["vacancy"], r["stars"]) for r in data["recruiters_ratings"]] == [(vacancy.title, 4)]
    trail = [(e["action"], e["by"], e["vacancy_id"], e["detail"]) for e in data["audit_trail"]]
    assert trail == [
        ("Viewed", "recruiter", vacancy.pk, ""), ("Added a note", "recruiter", vacancy.pk, ""),
        ("Rated", "recruiter", vacancy.pk, ""), ("Exported", "recruiter", vacancy.pk, "csv"),
    ]  # fmt: skip
    [log_in] = data["log_in_records"]["log_ins"]
    assert (log_in["user_agent"], log_in["ip_address"]) == ("Firefox/1", "127.0.0.1")
    [counter] = data["log_in_records"]["failure_counters"]
    assert (counter["user_agent"], counter["failures_since_start"]) == ("Typo/1", 1)
    # What recruiters wrote about someone else, and who the recruiters are, stay out.
    assert b"About bob only" not in response.content and b"rita" not in response.content.lower()


def decision_on(vacancy, candidate, rita, *, line="Experience of NDPP", reason="SECRET-REASON"):
    return EssentialDecision.objects.create(
        vacancy=vacancy, candidate=candidate, line=line, outcome="met", reason=reason, decided_by=rita,
        decided_at=timezone.now(),
    )  # fmt: skip


def test_the_download_holds_the_recruiters_decisions_on_essentials_with_their_reasons(
    client_for, alice, rita, vacancy
):
    apply(alice.candidate, vacancy)
    # The notice asks for a line alice's profile does not show: the engine leaves it to be assessed, rita
    # decides it. Her essentials are the engine's, worked out when read, with the decision laid over.
    Vacancy.objects.filter(pk=vacancy.pk).update(essential=["Experience of NDPP"])
    a_match(vacancy, alice.candidate)
    client_for(rita).post(
        f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/essentials/",
        {"line": "Experience of NDPP", "outcome": "not_met", "reason": "Two years at NDPP, not five"},
    )
    decision_on(
        vacancy, alice.candidate, rita, line="A line the notice no longer has", reason="Checked by phone"
    )

    response = client_for(alice).get("/accounts/my-data/")

    data = json.loads(response.content)
    assert data["matches"][0]["essentials"][0]["status"] == "not_met"
    decided = sorted((d["line"], d["decision"], d["reason"], d["by"]) for d in data["essential_decisions"])
    # The reason is the recruiter's assessment of alice: the right of access covers it, like a note.
    assert decided == [
        ("A line the notice no longer has", "met", "Checked by phone", "recruiter"),
        ("Experience of NDPP", "not_met", "Two years at NDPP, not five", "recruiter"),
    ]
    assert [(d["line"], d["applies"]) for d in data["essential_decisions"] if d["applies"]] == [
        ("Experience of NDPP", True)
    ]
    assert b"rita" not in response.content.lower()  # the recruiter by role, never by name


def test_the_download_holds_invitations_who_moved_the_application_and_the_sessions(
    client_for, alice, rita, vacancy, django_capture_on_commit_callbacks
):
    other = VacancyFactory(title="Logistics Officer", status=Vacancy.Status.PUBLISHED)
    other.recruiters.add(rita)
    a_match(other, alice.candidate)  # alice consents to be matched: she is in the pool of the other vacancy
    apply(alice.candidate, vacancy)
    a_match(vacancy, alice.candidate)
    recruiter = client_for(rita)
    with django_capture_on_commit_callbacks(execute=True):
        recruiter.post(f"/recruiting/{other.pk}/candidates/{alice.candidate.pk}/invite/")
        recruiter.post(
            f"/recruiting/{vacancy.pk}/candidates/{alice.candidate.pk}/stage/", {"stage": Stage.SHORTLISTED}
        )
    alices = client_for(alice)

    data = json.loads(alices.get("/accounts/my-data/").content)

    [invitation] = data["invitations"]
    assert (invitation["vacancy"], invitation["by"]) == ("Logistics Officer", "recruiter")
    assert invitation["invited_at"] and invitation["emailed_at"]
    [application] = data["applications"]
    assert [(h["from"], h["stage"], h["by"]) for h in application["history"]][0] == (
        Stage.NEW,
        Stage.SHORTLISTED,
        "recruiter",
    )
    assert [g["vacancy"] for g in data["application_grounds"]] == [vacancy.title]
    assert len(data["sessions"]) == 1 and data["sessions"][0]["expires_at"]
    assert all(n["by"] == "recruiter" for n in data["recruiters_notes"] + data["recruiters_ratings"])


# Every model that holds rows about a candidate or an account, and where the download has them (or why not).
HELD = {
    "candidates.Candidate": "profile", "candidates.Education": "profile", "candidates.Experience": "profile",
    "candidates.LanguageSkill": "profile", "candidates.CompetencyAssessment": "profile",
    "applications.Application": "applications", "applications.StageChange": "applications",
    "applications.ApplicationDocument": "applications", "applications.Note": "recruiters_notes",
    "applications.Rating": "recruiters_ratings", "applications.Invitation": "invitations",
    "matching.MatchResult": "matches", "matching.EssentialDecision": "essential_decisions",
    "matching.ApplicationGround": "application_grounds", "audit.AuditEntry": "audit_trail",
    "accounts.Session": "sessions", "board.JobAlert": "job_alerts",
    # Rows that only name someone as the one who acted on the app's own things, not data about them.
    "vacancies.Vacancy": None, "applications.OutcomeEmail": None,
    # The pipeline's working state while a profile is rescored (its results are in "matches").
    "matching.ScoringRun": None,
    # The same rows as MatchResult, as the back office lists them (a view of its table).
    "matching.MatchResultRecord": None,
}  # fmt: skip


def test_every_model_about_a_person_is_in_the_download(alice):
    def points_at_a_person(model) -> bool:
        return any(
            field.is_relation and field.related_model in (Candidate, User, Application)
            for field in model._meta.get_fields()
            if field.concrete or field.many_to_many
        )

    about_someone = {
        model._meta.label
        for model in apps.get_models()
        if model._meta.app_label not in {"admin", "auth", "contenttypes", "sessions", "axes"}
        and points_at_a_person(model)
    }
    # A new model about people must be added to "My data" (and here), or say here why it is not.
    assert about_someone == set(HELD), about_someone ^ set(HELD)
    assert {key for key in HELD.values() if key} <= set(export_personal_data(alice))


def test_it_erases_an_account_and_leaves_nothing_behind(client_for, alice, rita, vacancy, password):
    candidate = alice.candidate
    application = apply(candidate, vacancy, motivation="hello")
    a_match(vacancy, candidate)
    Note.objects.create(vacancy=vacancy, candidate=candidate, author=rita, text="note")
    Rating.objects.create(vacancy=vacancy, candidate=candidate, recruiter=rita, stars=4)
    CompetencyAssessment.objects.create(candidate=candidate, name="Teamwork", rung=3, evidence="x")
    decision_on(vacancy, candidate, rita)
    client = client_for(alice)

    response = client.post("/accounts/delete/", {"password": password})

    assert response.status_code == 302
    assert not User.objects.filter(email="alice@example.org").exists()
    for model in (Candidate, Education, Experience, LanguageSkill, CompetencyAssessment, MatchResult,
                  Application, Note, Rating, EssentialDecision):  # fmt: skip
        assert not model.objects.exists(), model  # alice was the only candidate
    assert not StageChange.objects.filter(application_id=application.pk).exists()
    entry = AuditEntry.objects.get(action="erased")
    assert entry.candidate_id == candidate.pk
    assert "alice" not in entry.detail and "Alice" not in entry.detail
    assert client.get("/accounts/my-data/").status_code == 302  # logged out


def test_it_refuses_to_erase_without_the_password(client_for, alice):
    response = client_for(alice).post("/accounts/delete/", {"password": "wrong"})
    assert response.status_code == 200
    assert b"That is not your password." in response.content
    assert User.objects.filter(pk=alice.pk).exists()


def test_it_forgets_imported_candidates_not_selected_after_the_retention_period(alice):
    vacancy = VacancyFactory()
    imported = CandidateFactory(external_id="x-1")
    chosen = CandidateFactory(external_id="x-2")
    a_match(vacancy, imported)
    a_match(vacancy, chosen)
    a_match(vacancy, alice.candidate)
    Application.objects.create(vacancy=vacancy, candidate=chosen, stage=Stage.OFFER)
    Application.objects.create(vacancy=vacancy, candidate=alice.candidate, motivation="letter")
    for candidate in (imported, chosen, alice.candidate):
        decision_on(vacancy, candidate, None)
    with time_machine.travel(dt.datetime(2026, 1, 10, tzinfo=dt.UTC)):
        vacancy.close()

    with time_machine.travel(dt.datetime(2026, 6, 1, tzinfo=dt.UTC)):  # 142 days later: kept
        assert apply_retention(days=180).deleted_candidates == 0
    assert Candidate.objects.filter(pk=imported.pk).exists()

    with time_machine.travel(dt.datetime(2026, 7, 15, tzinfo=dt.UTC)):  # 186 days later: forgotten
        report = apply_retention(days=180)

    assert report.deleted_candidates == 1 and report.anonymised_applications == 1
    assert not Candidate.objects.filter(pk=imported.pk).exists()
    assert Candidate.objects.filter(pk=chosen.pk).exists()
    assert Application.objects.get(candidate=alice.candidate).motivation == ""
    assert not MatchResult.objects.filter(candidate=alice.candidate).exists()
    assert Candidate.objects.filter(pk=alice.candidate.pk).exists()
    assert list(EssentialDecision.objects.values_list("candidate", flat=True)) == [chosen.pk]


def test_it_keeps_candidates_still_considered_for_an_open_vacancy():
    closed, still_open = VacancyFactory(), VacancyFactory()
    candidate = CandidateFactory(external_id="x-3")
    a_match(closed, candidate)
    a_match(still_open, candidate)
    with time_machine.travel(dt.datetime(2026, 1, 10, tzinfo=dt.UTC)):
        closed.close()
    with time_machine.travel(dt.datetime(2026, 12, 1, tzinfo=dt.UTC)):
        assert apply_retention(days=180).deleted_candidates == 0
    assert Vacancy.objects.filter(pk=still_open.pk).exists()


def test_the_retention_command_says_what_it_did(capsys):
    vacancy = VacancyFactory()
    a_match(vacancy, CandidateFactory(external_id="x-4"))
    with time_machine.travel(dt.datetime(2026, 1, 10, tzinfo=dt.UTC)):
        vacancy.close()
    with time_machine.travel(dt.datetime(2026, 9, 1, tzinfo=dt.UTC)):
        call_command("apply_retention", "--dry-run")
        assert "Would have: Deleted 1 imported candidate(s)" in capsys.readouterr().out
        call_command("apply_retention")
        assert "Deleted 1 imported candidate(s)" in capsys.readouterr().out
    assert not Candidate.objects.filter(external_id="x-4").exists()
