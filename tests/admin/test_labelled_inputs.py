"""Every input of the admin's pages has a label a screen reader reads (issue 17, point 11): the inputs of a
tabular inline's rows, the date and time of a date-time field, a list's editable cells. The browser test
(tests/test_accessibility.py) runs axe over the same pages; this one says which input lost its label, fast."""

from html.parser import HTMLParser

import pytest
from django.contrib import admin

from tests.admin.support import changelist_url, registered_models

pytestmark = pytest.mark.django_db


class Inputs(HTMLParser):
    """The ids of the form controls a person fills in, and the ids the page's labels are for."""

    def __init__(self):
        super().__init__()
        self.controls, self.labelled, self.unnamed, self.in_label = [], set(), [], 0

    def handle_endtag(self, tag):
        if tag == "label":
            self.in_label -= 1

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label":
            self.in_label += 1
            if attrs.get("for"):
                self.labelled.add(attrs["for"])
        if tag in {"input", "select", "textarea"} and attrs.get("type") not in {"hidden", "submit", "button"}:
            if attrs.get("aria-label") or attrs.get("aria-labelledby") or self.in_label:
                return
            if attrs.get("id") and "__prefix__" not in attrs["id"]:
                self.controls.append(attrs["id"])
            elif not attrs.get("id"):
                self.unnamed.append(attrs.get("name"))


def unlabelled(html: str) -> list[str]:
    page = Inputs()
    page.feed(html)
    return [control for control in page.controls if control not in page.labelled] + page.unnamed


@pytest.mark.parametrize("model", registered_models(), ids=lambda model: model._meta.label)
def test_every_input_of_its_list_and_change_pages_has_a_label(back_office, ada, client_for, model):
    client = client_for(ada)
    pk = model._base_manager.order_by("pk").values_list("pk", flat=True).first()
    for url in [changelist_url(model), f"{changelist_url(model)}{pk}/change/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert unlabelled(response.content.decode()) == [], url


def test_the_candidate_page_labels_its_rows_and_dates(back_office, ada, client_for):
    html = (
        client_for(ada)
        .get(f"/admin/candidates/candidate/{back_office.alice.candidate.pk}/change/")
        .content.decode()
    )
    assert '<label for="id_education-0-level" class="visually-hidden">Level</label>' in html
    assert (
        '<label for="id_consent_at_0">Date:</label>' in html
        and '<label for="id_consent_at_1">Time:</label>' in html
    )
    assert 'class="selector"' not in html and admin.site.is_registered(type(back_office.alice))
