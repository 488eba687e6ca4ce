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
