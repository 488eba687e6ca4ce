"""Only recruiters can be assigned to a vacancy in the admin."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_recruiters_offered_are_recruiters_only(ada, alice, rita, sam, vacancy, client_for):
    response = client_for(ada).get(f"/admin/vacancies/vacancy/{vacancy.pk}/change/")
    offered = set(
        response.context["adminform"].form.fields["recruiters"].queryset.values_list("email", flat=True)
    )
    assert offered == {"rita@example.org", "sam@example.org"}
