"""Applications, their stage history, notes and ratings in the admin."""

import pytest

from applications.models import Application, Note, Rating, StageChange
from audit.models import AuditEntry
from tests.admin.support import change_form_data

pytestmark = pytest.mark.django_db

APPLICATIONS = "/admin/applications/application/"


def test_it_lists_searches_and_filters_applications(back_office, ada, client_for):
    client = client_for(ada)

    def found(**params) -> list:
        return list(client.get(APPLICATIONS, params).context["cl"].result_list)

    assert found() == [back_office.application]
    assert found(q="alice") == [back_office.application]
    assert found(q="hanna") == []
    assert found(stage__exact="new") == [back_office.application]
    assert found(stage__exact="interview") == []
    assert found(vacancy__id__exact=back_office.vacancy.pk) == [back_office.application]


def test_its_stage_history_is_shown_read_only(back_office, ada, client_for):
    page = client_for(ada).get(f"{APPLICATIONS}{back_office.application.pk}/change/")
    [history] = [
        inline for inline in page.context["inline_admin_formsets"] if inline.formset.model is StageChange
    ]
    assert len(history.formset.forms) == 1
    assert not (history.has_add_permission or history.has_change_permission or history.has_delete_permission)


def test_a_stage_set_in_the_admin_is_a_recorded_move(back_office, ada, client_for):
    client = client_for(ada)
    url = f"{APPLICATIONS}{back_office.application.pk}/change/"
    data = change_form_data(client.get(url))
    data["stage"] = "shortlisted"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    back_office.application.refresh_from_db()
    assert back_office.application.stage == "shortlisted"
    change = StageChange.objects.filter(application=back_office.application).first()
    assert (change.from_stage, change.to_stage, change.changed_by) == ("new", "shortlisted", ada)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.MOVED)
    assert (entry.actor, entry.vacancy_id, entry.candidate_id, entry.detail) == (
        ada, back_office.vacancy.pk, back_office.alice.candidate.pk, "shortlisted",
    )  # fmt: skip


def test_the_motivation_letter_cannot_be_rewritten_here(back_office, ada, client_for):
    client = client_for(ada)
    url = f"{APPLICATIONS}{back_office.application.pk}/change/"
    data = change_form_data(client.get(url)) | {"motivation": "Something else."}
    client.post(url, data)
    assert Application.objects.get().motivation == "I know the job."
    assert not StageChange.objects.filter(to_stage="new", changed_by=ada).exists()


def test_notes_and_ratings_are_read_and_deleted_here_not_written(back_office, ada, client_for):
    client = client_for(ada)
    note, rating = back_office.note, back_office.rating
    assert client.get("/admin/applications/note/add/").status_code == 403
    response = client.post(f"/admin/applications/note/{note.pk}/change/", {"text": "rewritten"})
    assert response.status_code == 403
    assert Note.objects.get().text == "Strong drafting."
    assert "Strong drafting." in client.get(f"/admin/applications/note/{note.pk}/change/").content.decode()
    assert client.post(f"/admin/applications/rating/{rating.pk}/change/", {"stars": "1"}).status_code == 403
    assert Rating.objects.get().stars == 4
    client.post(f"/admin/applications/note/{note.pk}/delete/", {"post": "yes"})
    assert not Note.objects.exists()


OUTCOME_EMAILS = "/admin/applications/outcomeemail/"


def test_an_admin_edits_the_outcome_email_for_every_vacancy(back_office, ada, client_for):
    """Issue 17, point 8: the polite email of those not selected, kept globally in the admin."""
    from applications.models import OutcomeEmail

    client = client_for(ada)
    default = OutcomeEmail.objects.get(vacancy=None)
    url = f"{OUTCOME_EMAILS}{default.pk}/change/"
    page = client.get(url)
    assert "{name} (the applicant's name)" in page.content.decode()
    data = change_form_data(page)
    data.update(subject="About {title}", body="Dear {name},\r\nthank you. {nmae}")
    refused = client.post(url, data)
    assert refused.status_code == 200 and "Unknown placeholder {nmae}" in refused.content.decode()
    data["body"] = "Dear {name},\r\nthank you."
    assert client.post(url, data).status_code == 302
    default.refresh_from_db()
    assert (default.subject, default.updated_by) == ("About {title}", ada)
    assert OutcomeEmail.objects.for_vacancy(back_office.vacancy) == default


def test_there_is_one_outcome_email_for_every_vacancy(back_office, ada, client_for):
    from applications.models import OutcomeEmail

    client = client_for(ada)
    data = change_form_data(client.get(f"{OUTCOME_EMAILS}add/"))
    data.update(vacancy="", subject="Another default", body="Dear {name}")
    response = client.post(f"{OUTCOME_EMAILS}add/", data)
    assert response.status_code == 200 and "There is already an outcome email" in response.content.decode()
    assert OutcomeEmail.objects.filter(vacancy=None).count() == 1
