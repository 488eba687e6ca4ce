"""The notice list: who may see it, which vacancies it shows, search and status filter with and without HTMX."""

import pytest

from tests.factories import VacancyFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
URL = "/vacancies/"


def test_it_sends_anonymous_visitors_to_the_login_page(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_refuses_applicants(alice, client_for):
    assert client_for(alice).get(URL).status_code == 403
    assert client_for(alice).get(URL, **HX).status_code == 403


def test_it_shows_a_recruiter_only_the_vacancies_they_recruit_for(rita, vacancy, client_for):
    other = VacancyFactory(title="Another team post")
    response = client_for(rita).get(URL)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" in content
    assert vacancy.title in content
    assert other.title not in content
    assert f'href="/vacancies/{vacancy.pk}/"' in content


def test_it_shows_sam_none_of_ritas_vacancies(sam, vacancy, client_for):
    response = client_for(sam).get(URL)
    assert response.status_code == 200
    assert vacancy.title not in response.content.decode()


def test_it_shows_the_admin_every_vacancy(ada, vacancy, client_for):
    other = VacancyFactory(title="Another team post")
    content = client_for(ada).get(URL).content.decode()
    assert vacancy.title in content and other.title in content


def test_it_shows_status_deadline_grade_and_location(rita, vacancy, client_for):
    # A version no page shows by chance ("1.4" can be part of any number on the page).
    Vacancy.objects.filter(pk=vacancy.pk).update(grade="A.2 / G15", parser_version="parser-9.87")
    content = client_for(rita).get(URL).content.decode()
    assert "Published" in content
    assert vacancy.deadline.strftime("%Y") in content
    assert "A.2 / G15" in content
    assert "Brussels, Belgium" in content
    assert "9.87" not in content  # the parser's version is for admins (in the admin), not recruiters


def test_it_searches_title_organisation_and_location(rita, client_for):
    titles = {
        "title": VacancyFactory(title="Cyber Security Officer", organisation="NCIA", location="Mons"),
        "organisation": VacancyFactory(
            title="Assistant", organisation="Defence Investment", location="Brussels"
        ),
        "location": VacancyFactory(title="Engineer", organisation="ACT", location="Norfolk, Virginia"),
    }
    for vacancy in titles.values():
        vacancy.recruiters.add(rita)
    client = client_for(rita)
    for query, expected in [("cyber", "title"), ("investment", "organisation"), ("norfolk", "location")]:
        content = client.get(URL, {"q": query}).content.decode()
        assert titles[expected].title in content
        assert all(v.title not in content for k, v in titles.items() if k != expected), query


def test_it_filters_by_status(rita, vacancy, client_for):
    draft = VacancyFactory(title="Draft post", status=Vacancy.Status.DRAFT)
    draft.recruiters.add(rita)
    content = client_for(rita).get(URL, {"status": "draft"}).content.decode()
    assert "Draft post" in content
    assert vacancy.title not in content


def test_it_answers_htmx_with_the_results_fragment_only(rita, vacancy, client_for):
    draft = VacancyFactory(title="Draft post", status=Vacancy.Status.DRAFT)
    draft.recruiters.add(rita)
    response = client_for(rita).get(URL, {"q": "draft", "status": "draft"}, **HX)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    assert content.lstrip().startswith('<div id="results"')
    assert "Draft post" in content and vacancy.title not in content


def test_its_filter_form_works_without_javascript_and_pushes_the_url_with_htmx(rita, client_for):
    content = client_for(rita).get(URL, {"q": "cyber"}).content.decode()
    assert 'method="get" action="/vacancies/"' in content
    assert 'hx-push-url="true"' in content
    assert 'value="cyber"' in content


def test_it_ignores_an_unknown_status(rita, vacancy, client_for):
    response = client_for(rita).get(URL, {"status": "nonsense"})
    assert response.status_code == 200
    assert vacancy.title in response.content.decode()


def test_it_escapes_titles(rita, client_for):
    VacancyFactory(title="<script>alert(1)</script>").recruiters.add(rita)
    content = client_for(rita).get(URL).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
