"""Reference data feeds every score: an admin's change to it rescores the open vacancies, marked stale meanwhile."""

import pytest

from matching.models import MatchResult, ScoringRun
from matching.rescoring import rescore_vacancy
from reference.models import DefaultWeight, MemberNation
from tests.factories import CandidateFactory, VacancyFactory

pytestmark = pytest.mark.django_db


def test_removing_a_member_nation_rescores_its_nationals(ada, client_for, django_capture_on_commit_callbacks):
    vacancy = VacancyFactory(nationality_restricted=True)
    closed = VacancyFactory(status="closed")
    norwegian = CandidateFactory(nationality="Norway")
    with django_capture_on_commit_callbacks(execute=True):
        rescore_vacancy(vacancy)
    assert not any(
        reason.criterion == "nationality"
        for reason in MatchResult.objects.get(candidate=norwegian).unmet_reasons
    )
    norway = MemberNation.objects.get(name="Norway")

    client = client_for(ada)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/reference/membernation/{norway.pk}/delete/", {"post": "yes"}, follow=True
        )

    assert "being scored again with the new reference data" in response.content.decode()
    run = ScoringRun.objects.get(reason="reference data changed")
    assert run.status == ScoringRun.Status.DONE
    vacancy.refresh_from_db()
    closed.refresh_from_db()
    assert (vacancy.requirements_version, closed.requirements_version) == (2, 1)  # only open vacancies
    result = MatchResult.objects.get(vacancy=vacancy, candidate=norwegian)
    assert result.vacancy_version == 2 and result.verdict == MatchResult.Verdict.NOT_ELIGIBLE
    assert any(reason.criterion == "nationality" for reason in result.unmet_reasons)


def test_a_list_edit_of_several_weights_plans_one_run(
    ada, vacancy, client_for, django_capture_on_commit_callbacks
):
    CandidateFactory()
    weights = list(DefaultWeight.objects.order_by("pk"))
    data = {"form-TOTAL_FORMS": len(weights), "form-INITIAL_FORMS": len(weights), "_save": "Save"}
    for i, weight in enumerate(weights):
        data |= {f"form-{i}-id": weight.pk, f"form-{i}-weight": weight.weight + 1}
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(ada).post("/admin/reference/defaultweight/", data)
    assert response.status_code == 302
    assert ScoringRun.objects.filter(reason="reference data changed").count() == 1
    assert MatchResult.objects.get(vacancy=vacancy).vacancy_version == 2


def test_looking_at_reference_data_changes_nothing(ada, vacancy, client_for):
    client_for(ada).get("/admin/reference/membernation/")
    vacancy.refresh_from_db()
    assert vacancy.requirements_version == 1 and not ScoringRun.objects.exists()
