"""Erasing an account leaves the person's name and email in no table: a person who appears in every kind of
object (profile, log-ins, scores, an application moved by a recruiter and by an admin, notes, a rating, the
audit trail, the admin's history, job alerts) is erased, then every text column of every table is searched."""

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.db import connection
from django.test import Client

from applications.models import Application, Note
from board.models import JobAlert
from candidates.models import Candidate, CompetencyAssessment, Education, Experience, LanguageSkill
from matching.models import MatchResult
from matching.rescoring import rescore_candidate
from tests.admin.support import change_form_data
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

NAME, SURNAME, EMAIL = "Hanna Lindqvist", "Lindqvist", "hanna.lindqvist@example.org"
TEXT_TYPES = ("character varying", "text", "jsonb", "json", "character")


def tables_naming(*words: str) -> list[str]:
    """Every "table.column" of the database whose text holds any of the words, in any case."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = ANY(%s)",
            [list(TEXT_TYPES)],
        )
        columns = cursor.fetchall()
        found = []
        for table, column in columns:
            table_sql, column_sql = connection.ops.quote_name(table), connection.ops.quote_name(column)
            for word in words:
                query = f"SELECT 1 FROM {table_sql} WHERE {column_sql}::text ILIKE %s LIMIT 1"  # noqa: S608
                cursor.execute(query, [f"%{word}%"])
                if cursor.fetchone():
                    found.append(f"{table}.{column} ({word})")
    return found


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def hanna_everywhere(vacancy, rita, ada, client_for, django_capture_on_commit_callbacks):
    """hanna: an applicant who signed up, built a profile, logged in (after a typo), was scored, applied;
    rita viewed, noted, rated, moved and exported her; ada edited her account, profile and application in
    the admin and deleted a note about her. Returns hanna's logged-in client."""
    hanna = Client()
    signup = {"email": EMAIL.upper(), "full_name": NAME, "password1": PASSWORD, "password2": PASSWORD,
              "nationality": "Norway", "consent": "on"}  # fmt: skip
    assert hanna.post("/me/signup/", signup).status_code == 302
    Client().post("/accounts/login/", {"username": EMAIL, "password": "typo"})
    assert hanna.post("/accounts/login/", {"username": f" {EMAIL}", "password": PASSWORD}).status_code == 302
    candidate = Candidate.objects.get(email=EMAIL)
    Education.objects.create(candidate=candidate, level="master", field=f"Thesis supervised by {SURNAME}")
    Experience.objects.create(candidate=candidate, title="Policy Officer", organisation=f"{SURNAME} Consulting",
                              start="2015-01-01", description=f"Worked for {NAME}")  # fmt: skip
    LanguageSkill.objects.create(candidate=candidate, language="English", level="V")
    LanguageSkill.objects.create(candidate=candidate, language="French", level="II")
    CompetencyAssessment.objects.create(candidate=candidate, name="Teamwork", rung=3, evidence=f"Ask {EMAIL}")
    with django_capture_on_commit_callbacks(execute=True):
        rescore_candidate(candidate)
    assert MatchResult.objects.filter(candidate=candidate).exists()
    [link] = re.findall(r"http://testserver(/me/verify/\S+/)", mail.outbox[-1].body)
    assert hanna.get(link).status_code == 302
    assert (
        hanna.post(f"/me/vacancies/{vacancy.pk}/apply/", {"motivation": f"Regards, {NAME}"}).status_code
        == 302
    )
    application = Application.objects.get(candidate=candidate)
    # Her job alerts: one saved with her account, one her address saved and confirmed as a visitor.
    assert hanna.post("/jobs/alerts/new/", {"text": f"{SURNAME} policy"}).status_code == 302
    assert Client().post("/jobs/alerts/new/", {"email": EMAIL, "organisation": "NSPA"}).status_code == 200
    [confirm] = re.findall(r"http://[^/]+(/jobs/alerts/confirm/\S+/)", mail.outbox[-1].body)
    assert Client().get(confirm).status_code == 200
    assert JobAlert.objects.confirmed().count() == 2

    recruiter = client_for(rita)
    base = f"/recruiting/{vacancy.pk}/candidates/{candidate.pk}/"
    assert recruiter.get(base).status_code == 200
    assert recruiter.post(base + "notes/", {"text": f"{NAME} was great"}).status_code == 302
    assert recruiter.post(base + "notes/", {"text": "second note"}).status_code == 302
    assert recruiter.post(base + "rating/", {"stars": "4"}).status_code == 302
    assert recruiter.post(base + "stage/", {"stage": "screened"}).status_code == 302
    assert recruiter.get(f"/recruiting/{vacancy.pk}/export.csv").status_code == 200

    admin = client_for(ada)
    for url, change in [
        (f"/admin/accounts/user/{candidate.user_id}/change/", {"full_name": f"{NAME} (verified)"}),
        (f"/admin/candidates/candidate/{candidate.pk}/change/", {"summary": "Edited by the admin."}),
        (f"/admin/applications/application/{application.pk}/change/", {"stage": "shortlisted"}),
    ]:
        assert admin.post(url, change_form_data(admin.get(url)) | change).status_code == 302, url
    note = Note.objects.get(text="second note")
    assert admin.post(f"/admin/applications/note/{note.pk}/delete/", {"post": "yes"}).status_code == 302
    assert LogEntry.objects.count() == 4
    assert tables_naming(SURNAME, EMAIL)  # the search finds her while she is here
    return hanna


def test_after_erasure_no_table_holds_the_name_or_the_email(hanna_everywhere):
    assert hanna_everywhere.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert tables_naming(SURNAME, EMAIL, EMAIL.split("@")[0]) == []
    assert LogEntry.objects.count() == 4  # the admin's history stays, by id


def test_after_a_recruiters_erasure_no_table_holds_their_name_or_email(hanna_everywhere, rita, client_for):
    assert tables_naming("Rita Recruiter", "rita@example.org")
    assert client_for(rita).post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert tables_naming("Rita Recruiter", "rita@example.org") == []
