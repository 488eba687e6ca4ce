"""Issue 8: every model in the admin, for ada: its list (with search, filters and sorting), add and change
pages, and the CSV export. The models come from the admin's registry, so a new one is covered at once."""

import pytest
from django.contrib import admin
from django.test import RequestFactory

from tests.admin.support import act, changelist_url, csv_rows, registered_models

pytestmark = pytest.mark.django_db

ALL_MODELS = registered_models()
OUR_MODELS = registered_models(ours=True)


def label(model) -> str:
    return model._meta.label


def request_by(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return request


@pytest.mark.parametrize("model", ALL_MODELS, ids=label)
def test_its_list_loads_with_search_filters_and_sorting(back_office, ada, client_for, model):
    client = client_for(ada)
    url = changelist_url(model)
    response = client.get(url)
    assert response.status_code == 200
    changelist = response.context["cl"]
    assert changelist.result_count >= 1, f"add a {label(model)} row to the back_office fixture"
    if changelist.search_fields:
        assert client.get(url, {"q": "martin"}).status_code == 200
        assert client.get(url, {"q": "7"}).status_code == 200
    queries = [
        choice["query_string"] for spec in changelist.filter_specs for choice in spec.choices(changelist)
    ]
    queries += [f"?o={i}" for i in range(1, len(changelist.list_display))]
    failed = [query for query in queries if client.get(url + query).status_code != 200]
    assert not failed, f"{label(model)}: {failed}"


@pytest.mark.parametrize("model", ALL_MODELS, ids=label)
def test_its_add_and_change_pages_load(back_office, ada, client_for, model):
    client = client_for(ada)
    model_admin = admin.site._registry[model]
    add = client.get(f"{changelist_url(model)}add/")
    assert add.status_code == (200 if model_admin.has_add_permission(request_by(ada)) else 403)
    pk = model._base_manager.order_by("pk").values_list("pk", flat=True).first()
    assert pk is not None, f"add a {label(model)} row to the back_office fixture"
    response = client.get(f"{changelist_url(model)}{pk}/change/")
    assert response.status_code == 200
    assert response.context["original"].pk == pk


@pytest.mark.parametrize("model", OUR_MODELS, ids=label)
def test_its_selected_rows_export_as_csv(back_office, ada, client_for, model):
    objects = list(model._base_manager.order_by("pk")[:1])
    response = act(client_for(ada), model, "export_as_csv", *objects, follow=False)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(f'attachment; filename="{model._meta.model_name}-')
    header, *rows = csv_rows(response)
    assert len(rows) == 1 and len(rows[0]) == len(header)


@pytest.mark.parametrize("persona", ["alice", "rita", "sam"])
def test_applicants_and_recruiters_cannot_reach_it(back_office, client_for, persona):
    client = client_for(getattr(back_office, persona))
    for url in ["/admin/", *[changelist_url(model) for model in ALL_MODELS]]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url
    response = act(client, type(back_office.vacancy), "close", back_office.vacancy, follow=False)
    assert response.status_code == 302
    back_office.vacancy.refresh_from_db()
    assert back_office.vacancy.status == "published"


def test_anonymous_visitors_are_sent_to_log_in(client_for):
    response = client_for(None).get("/admin/vacancies/vacancy/")
    assert response.status_code == 302 and "login" in response["Location"]
