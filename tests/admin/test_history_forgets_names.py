"""The admin's own history keeps who changed what; once a person is deleted, it no longer names them."""

import pytest
from django.contrib.admin.models import LogEntry

from tests.admin.support import change_form_data
from tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db


def history() -> str:
    return " ".join(LogEntry.objects.values_list("object_repr", flat=True))


def test_an_erased_applicant_is_no_longer_named_in_the_admin_history(ada, alice, client_for, password):
    admin = client_for(ada)
    url = f"/admin/candidates/candidate/{alice.candidate.pk}/change/"
    data = change_form_data(admin.get(url)) | {"summary": "Edited by the admin."}
    assert admin.post(url, data).status_code == 302
    assert "Alice Martin" in history()

    assert client_for(alice).post("/accounts/delete/", {"password": password}).status_code == 302

    assert "Alice" not in history() and "alice" not in history()
    entry = LogEntry.objects.get()
    assert entry.user == ada and entry.object_repr == f"candidate #{alice.candidate.pk} (deleted)"


def test_a_candidate_deleted_in_the_admin_is_recorded_by_id_only(ada, client_for):
    imported = CandidateFactory(name="Hanna Berg", external_id="hr-7")
    admin = client_for(ada)
    response = admin.post(f"/admin/candidates/candidate/{imported.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    deletion = LogEntry.objects.get(action_flag=3)  # DELETION
    assert deletion.user == ada and "Hanna" not in deletion.object_repr
    assert deletion.object_id == str(imported.pk)


def test_the_admin_history_names_applications_notes_and_scores_by_id(ada, alice, rita, vacancy, client_for):
    from applications.models import Application, Note

    application = Application.objects.create(vacancy=vacancy, candidate=alice.candidate)
    note = Note.objects.create(vacancy=vacancy, candidate=alice.candidate, author=rita, text="x")
    admin = client_for(ada)
    url = f"/admin/applications/application/{application.pk}/change/"
    assert admin.post(url, change_form_data(admin.get(url)) | {"stage": "screened"}).status_code == 302
    assert admin.post(f"/admin/applications/note/{note.pk}/delete/", {"post": "yes"}).status_code == 302

    assert sorted(LogEntry.objects.values_list("object_repr", flat=True)) == [
        f"Application #{application.pk}",
        f"Note #{note.pk}",
    ]


def test_the_migration_rewrites_history_written_before_by_id(ada, alice, vacancy):
    import importlib

    from django.apps import apps
    from django.contrib.admin.models import CHANGE
    from django.contrib.contenttypes.models import ContentType

    from applications.models import Application

    application = Application.objects.create(vacancy=vacancy, candidate=alice.candidate)
    LogEntry.objects.create(
        user=ada, content_type=ContentType.objects.get_for_model(Application), object_id=str(application.pk),
        object_repr="Alice Martin -> Policy Officer (screened)", action_flag=CHANGE,
    )  # fmt: skip
    migration = importlib.import_module("accounts.migrations.0005_admin_history_by_id")

    migration.name_by_id(apps, None)

    assert LogEntry.objects.get().object_repr == f"Application #{application.pk}"
