"""An applicant reads who may apply as the public board says it: a post open to named nations names them."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("nationalities", "expected"),
    [
        (["Belgium", "Denmark"], "Open to nationals of Belgium, Denmark only"),
        ([], "Open to nationals of NATO member states only"),
    ],
)
def test_the_applicant_reads_the_nations_a_post_is_open_to(
    alice, vacancy, client_for, nationalities, expected
):
    vacancy.nationality_restricted, vacancy.nationalities = True, nationalities
    vacancy.save(update_fields=["nationality_restricted", "nationalities"])
    page = client_for(alice).get(reverse("applicants:vacancy", args=[vacancy.pk])).content.decode()
    assert expected in page
    assert page.count("Open to nationals") == 1
