"""Times in the admin on the 24-hour clock, in English as in French, as the pages write them."""

import datetime as dt

import pytest
from django.utils import timezone

from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

AFTERNOON = timezone.make_aware(dt.datetime(2026, 3, 4, 16, 30))  # in settings.TIME_ZONE


@pytest.mark.parametrize("language", ["en-gb", "fr"])
def test_the_vacancy_list_shows_its_times_on_the_24_hour_clock(ada, vacancy, client_for, language):
    Vacancy.objects.filter(pk=vacancy.pk).update(updated_at=AFTERNOON)
    client = client_for(ada)
    client.cookies["django_language"] = language
    content = client.get("/admin/vacancies/vacancy/").content.decode()
    assert "16:30" in content
    assert "p.m." not in content and "4:30" not in content


def test_the_time_pickers_shortcuts_are_on_the_24_hour_clock(ada, client_for):
    client = client_for(ada)
    client.cookies["django_language"] = "en-gb"
    catalogue = client.get("/admin/jsi18n/").content.decode()
    assert '"6 p.m.": "18:00"' in catalogue and '"6 a.m.": "06:00"' in catalogue


@pytest.mark.parametrize(
    ("language", "written"), [("en-gb", "4 Mar 2026 16:30"), ("fr", "4 mars 2026 16:30")]
)
def test_the_pages_write_a_day_and_time_as_the_admin_does(ada, rita, vacancy, client_for, language, written):
    Vacancy.objects.filter(pk=vacancy.pk).update(updated_at=AFTERNOON)
    for user, page in ((ada, "/admin/vacancies/vacancy/"), (rita, "/vacancies/")):
        client = client_for(user)
        client.cookies["django_language"] = language
        assert written in client.get(page).content.decode(), page
