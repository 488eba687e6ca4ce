"""Issue 8: who viewed, exported, rescored or moved which candidate, recorded by ids and visible to admins;
no entry keeps a name, an email address or what a note says."""

import datetime as dt

import pytest

from audit.models import AuditEntry
from tests.factories import CandidateFactory
from tests.security.support import scored

from .support import assert_no_personal_data

pytestmark = pytest.mark.django_db

NOTE = "Seemed unsure about the French interview"


@pytest.fixture
def hanna(vacancy):
    """hanna: another candidate scored for rita's vacancy."""
    candidate = CandidateFactory(name="Hanna Berg", email="hanna@example.org")
    scored(vacancy, candidate, score=64.0, applied=True)
    return candidate


@pytest.fixture
def shortlist(vacancy, alice, hanna):
    scored(vacancy, alice.candidate, score=88.0, applied=True)
    return f"/recruiting/{vacancy.pk}"


def entries(action: str) -> list[tuple]:
    rows = AuditEntry.objects.filter(action=action).order_by("candidate_id")
    return list(rows.values_list("actor__email", "actor_role", "vacancy_id", "candidate_id", "detail"))


def test_opening_a_candidate_is_recorded_but_closing_the_row_is_not(
    client_for, rita, vacancy, alice, shortlist
):
    client, pk = client_for(rita), alice.candidate.pk
    client.get(f"{shortlist}/candidates/{pk}/")
    client.get(f"{shortlist}/candidates/{pk}/", HTTP_HX_REQUEST="true")
    client.get(f"{shortlist}/candidates/{pk}/", {"close": "1"}, HTTP_HX_REQUEST="true")
    assert entries("viewed") == [("rita@example.org", "recruiter", vacancy.pk, pk, "")] * 2


def test_a_recruiter_refused_a_candidate_leaves_no_view(client_for, sam, alice, shortlist):
    assert client_for(sam).get(f"{shortlist}/candidates/{alice.candidate.pk}/").status_code == 404
    assert not AuditEntry.objects.exists()


def test_comparing_candidates_records_one_view_of_them_all(
    client_for, rita, vacancy, alice, hanna, shortlist
):
    response = client_for(rita).get(f"{shortlist}/compare/", {"c": [alice.candidate.pk, hanna.pk]})
    assert response.status_code == 200
    assert entries("viewed") == [("rita@example.org", "recruiter", vacancy.pk, None, "compare")]
    for pk in (alice.candidate.pk, hanna.pk):
        assert AuditEntry.objects.about_candidate(pk).get().action == "viewed"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_of_many_is_one_entry_listing_them(client_for, rita, vacancy, alice, hanna, shortlist, fmt):
    more = [CandidateFactory() for _ in range(3)]
    for candidate in more:
        scored(vacancy, candidate, score=50.0, applied=True)
    response = client_for(rita).get(f"{shortlist}/export.{fmt}")
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="exported")
    everyone = sorted([alice.candidate.pk, hanna.pk, *(c.pk for c in more)])
    assert (entry.actor, entry.vacancy_id, entry.count, entry.detail) == (rita, vacancy.pk, 5, fmt)
    assert entry.candidate_ids == everyone
    for pk in everyone:  # on each one's trail
        assert list(AuditEntry.objects.about_candidate(pk)) == [entry]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_records_each_candidate_in_it(client_for, rita, vacancy, alice, hanna, shortlist, fmt):
    response = client_for(rita).get(f"{shortlist}/export.{fmt}", {"min_score": 80})
    assert response.status_code == 200
    assert entries("exported") == [("rita@example.org", "recruiter", vacancy.pk, alice.candidate.pk, fmt)]


def test_a_trail_finds_a_listed_id_not_its_digits():
    from audit.log import record_many

    entry = record_many(None, "exported", vacancy_id=None, candidate_ids=[12, 21, 120])
    assert [list(AuditEntry.objects.about_candidate(pk)) for pk in (1, 2, 12, 21, 120, 1200)] == [
        [],
        [],
        [entry],
        [entry],
        [entry],
        [],
    ]


def test_moving_one_candidate_records_the_stage(client_for, rita, vacancy, alice, shortlist):
    client_for(rita).post(f"{shortlist}/candidates/{alice.candidate.pk}/stage/", {"stage": "screened"})
    assert entries("moved") == [("rita@example.org", "recruiter", vacancy.pk, alice.candidate.pk, "screened")]


def test_a_bulk_move_records_each_candidate_moved(client_for, rita, vacancy, alice, hanna, shortlist):
    ids = [alice.candidate.pk, hanna.pk]
    client = client_for(rita)
    client.post(f"{shortlist}/candidates/{hanna.pk}/stage/", {"stage": "interview"})
    client.post(f"{shortlist}/bulk/", {"action": "move", "stage": "interview", "c": ids})
    # hanna was already at the interview stage: the bulk move did not move her again.
    assert entries("moved") == [
        ("rita@example.org", "recruiter", vacancy.pk, pk, "interview") for pk in sorted(ids)
    ]
    bulk = CandidateFactory()
    scored(vacancy, bulk, score=50.0, applied=True)
    client.post(f"{shortlist}/bulk/", {"action": "move", "stage": "screened", "c": [hanna.pk, bulk.pk]})
    entry = AuditEntry.objects.get(action="moved", detail="screened")
    assert (entry.candidate_id, entry.candidate_ids, entry.count) == (None, sorted([hanna.pk, bulk.pk]), 2)


def test_an_applicants_own_withdrawal_is_not_a_staff_move(alice, vacancy):
    from applications.services import apply, withdraw

    withdraw(apply(alice.candidate, vacancy))
    assert entries("moved") == []


def test_notes_and_ratings_are_recorded_without_their_content(client_for, rita, vacancy, alice, shortlist):
    client, pk = client_for(rita), alice.candidate.pk
    client.post(f"{shortlist}/candidates/{pk}/notes/", {"text": NOTE})
    client.post(f"{shortlist}/candidates/{pk}/rating/", {"stars": "2"})
    assert entries("noted") == [("rita@example.org", "recruiter", vacancy.pk, pk, "")]
    assert entries("rated") == [("rita@example.org", "recruiter", vacancy.pk, pk, "")]


def test_changing_the_weights_records_the_rescore(client_for, rita, vacancy, alice, shortlist):
    weights = {"degree": 50, "experience": 10, "languages": 10, "competencies": 10, "desirable": 10,
               "relevance": 10}  # fmt: skip
    client_for(rita).post(f"{shortlist}/weights/", weights)
    [entry] = AuditEntry.objects.filter(action="rescored")
    assert (entry.actor, entry.vacancy_id, entry.count, entry.detail) == (rita, vacancy.pk, 2, "weights")


def test_no_entry_keeps_personal_data_and_admins_can_read_them(
    client_for, rita, ada, vacancy, alice, hanna, shortlist
):
    client, pk = client_for(rita), alice.candidate.pk
    client.get(f"{shortlist}/candidates/{pk}/")
    client.get(f"{shortlist}/export.csv")
    client.post(f"{shortlist}/candidates/{pk}/stage/", {"stage": "screened"})
    client.post(f"{shortlist}/candidates/{pk}/notes/", {"text": NOTE})
    client.post(f"{shortlist}/candidates/{pk}/rating/", {"stars": "5"})
    admin = client_for(ada)
    admin.get(f"/admin/candidates/candidate/{pk}/change/")
    admin.post(
        "/admin/candidates/candidate/", {"action": "export_as_csv", "_selected_action": [pk, hanna.pk]}
    )
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert actions == {"viewed", "exported", "moved", "noted", "rated"}
    assert_no_personal_data(
        alice.candidate.name, alice.email, hanna.name, hanna.email, NOTE, "seemed", rita.full_name, rita.email,
        ada.email, ada.full_name,
    )  # fmt: skip
    page = admin.get("/admin/audit/auditentry/", {"q": str(pk)})  # the whole trail, exports included
    assert page.status_code == 200
    assert page.context["cl"].result_count == AuditEntry.objects.about_candidate(pk).count() == 7
    assert client.get("/admin/audit/auditentry/").status_code == 302


def test_admins_filter_the_trail_by_actor_action_object_and_date(
    client_for, rita, sam, ada, vacancy, alice, hanna
):
    """Issue 17, point 13: by actor (email or id), action, object (a vacancy, a candidate, bulk entries listing
    them included) and date; the other filters and the search are kept by each typed filter's form."""
    import datetime as dt

    from django.utils import timezone

    from audit.log import record, record_many

    viewed = record(rita, "viewed", vacancy_id=vacancy.pk, candidate_id=alice.candidate.pk)
    exported = record_many(
        rita, "exported", vacancy_id=vacancy.pk, candidate_ids=[alice.candidate.pk, hanna.pk]
    )
    others = record(sam, "viewed", vacancy_id=vacancy.pk + 1, candidate_id=hanna.pk)
    old = record(rita, "viewed", vacancy_id=vacancy.pk, candidate_id=hanna.pk)
    AuditEntry.objects.filter(pk=old.pk).update(at=timezone.now() - dt.timedelta(days=40))
    client = client_for(ada)

    def found(**query) -> set[int]:
        response = client.get("/admin/audit/auditentry/", query)
        assert response.status_code == 200
        return {entry.pk for entry in response.context["cl"].result_list}

    assert found(actor="rita@") == {viewed.pk, exported.pk, old.pk}
    assert found(actor=str(sam.pk)) == {others.pk}
    assert found(action="exported") == {exported.pk}
    assert found(vacancy=str(vacancy.pk)) == {viewed.pk, exported.pk, old.pk}
    assert found(candidate=str(alice.candidate.pk)) == {viewed.pk, exported.pk}  # the export lists her
    assert found(candidate="not an id") == set()
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    assert found(**{"at__gte": str(midnight - dt.timedelta(days=7))}) == {  # "Past 7 days"
        viewed.pk, exported.pk, others.pk,
    }  # fmt: skip
    assert found(actor="rita", action="viewed", candidate=str(hanna.pk)) == {old.pk}
    page = client.get("/admin/audit/auditentry/", {"action": "viewed", "actor": "rita"}).content.decode()
    # The candidate filter's form keeps the other filters; its label names it for screen readers.
    assert '<input type="hidden" name="action" value="viewed">' in page
    assert '<input type="hidden" name="actor" value="rita">' in page
    assert '<label for="typed-filter-candidate" class="visually-hidden">Candidate (id)</label>' in page


def test_an_entry_is_named_in_local_time_like_the_list_beside_it(client_for, ada, rita, settings):
    # Found trying the admin again: the list said 9:03 a.m. (Brussels), the entry's own page "08:03 3 exported".
    settings.TIME_ZONE = "Europe/Brussels"
    entry = AuditEntry.objects.create(actor=rita, action=AuditEntry.Action.EXPORTED, count=7, detail="csv")
    AuditEntry.objects.filter(pk=entry.pk).update(at=dt.datetime(2026, 12, 6, 8, 3, tzinfo=dt.UTC))
    entry.refresh_from_db()
    assert str(entry) == f"2026-12-06 09:03 Exported by user #{rita.pk}"
    page = client_for(ada).get(f"/admin/audit/auditentry/{entry.pk}/change/").content.decode()
    assert f"2026-12-06 09:03 Exported by user #{rita.pk}" in page


def test_the_list_shortens_a_long_detail_and_the_entry_keeps_it_whole(client_for, ada, rita):
    line = "possess a good knowledge of NATO's methods and structures to develop requirements " * 2
    entry = AuditEntry.objects.create(
        actor=rita, action=AuditEntry.Action.DECIDED, detail=f"met: {line}"[:200]
    )
    client = client_for(ada)
    listed = client.get("/admin/audit/auditentry/").content.decode()
    assert "met: possess a good knowledge of NATO&#x27;s methods and structu…" in listed
    assert "develop requirements possess" not in listed
    assert (
        "develop requirements possess"
        in client.get(f"/admin/audit/auditentry/{entry.pk}/change/").content.decode()
    )
