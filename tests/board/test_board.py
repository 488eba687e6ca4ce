"""The public vacancy board: what a visitor (not logged in) finds, reads, and what search engines read."""

import datetime as dt
import json
import re

import pytest
from django.utils import timezone

from tests.factories import VacancyFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def vacancies():
    """Two open vacancies of different organisations, places and grades; a draft, a closed one and one past
    its deadline that the hourly job has not closed yet: none of those three is public."""
    today = timezone.localdate()
    return {
        "policy": VacancyFactory(title="Policy Officer", organisation="Operations Division",
                                 location="Brussels, Belgium", grade="A-2", deadline=today + dt.timedelta(days=20),
                                 cleaned_text="Policy Officer\nDefence planning in the Operations Division."),
        "logistics": VacancyFactory(title="Logistics Assistant", organisation="NSPA", location="Capellen, Luxembourg",
                                    grade="B-4", deadline=today + dt.timedelta(days=40),
                                    cleaned_text="Logistics Assistant\nWarehouse and supply chain."),
        "draft": VacancyFactory(title="Draft Adviser", status=Vacancy.Status.DRAFT, published_at=None),
        "closed": VacancyFactory(title="Closed Analyst", status=Vacancy.Status.CLOSED, closed_at=timezone.now()),
        "lapsed": VacancyFactory(title="Lapsed Engineer", deadline=today - dt.timedelta(days=1)),
    }  # fmt: skip


def titles(response) -> list[str]:
    return re.findall(r'<h3 id="vacancy-\d+"><a href="/jobs/\d+/">([^<]+)</a>', response.content.decode())


def test_it_lists_the_open_vacancies_by_deadline(client, vacancies):
    response = client.get("/jobs/")
    assert response.status_code == 200
    assert titles(response) == ["Policy Officer", "Logistics Assistant"]
    assert "2 open vacancies" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"text": "warehouse"}, ["Logistics Assistant"]),  # a word of the notice
        ({"text": "policy planning"}, ["Policy Officer"]),  # every word, anywhere
        ({"text": "policy warehouse"}, []),
        ({"organisation": "NSPA"}, ["Logistics Assistant"]),
        ({"location": "Brussels, Belgium"}, ["Policy Officer"]),
        ({"grade": "A-2"}, ["Policy Officer"]),
        ({"deadline_by": "__30_days__"}, ["Policy Officer"]),
        ({"text": "adviser"}, []),  # the draft's title
    ],
)
def test_it_searches_and_filters(client, vacancies, query, expected):
    if query.get("deadline_by") == "__30_days__":
        query = {"deadline_by": (timezone.localdate() + dt.timedelta(days=30)).isoformat()}
    assert titles(client.get("/jobs/", query)) == expected


def test_its_filters_offer_only_what_the_open_vacancies_have(client, vacancies):
    html = client.get("/jobs/").content.decode()
    assert '<option value="NSPA">NSPA</option>' in html
    assert "Draft Adviser" not in html and "Closed Analyst" not in html and "Lapsed Engineer" not in html


def test_its_places_are_named_in_the_readers_language(client, vacancies):
    french = client.get("/jobs/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<option value="Brussels, Belgium">Bruxelles, Belgique</option>' in french
    assert '<option value="Capellen, Luxembourg">Capellen, Luxembourg</option>' in french
    assert "<span>Bruxelles, Belgique</span>" in french  # each vacancy's facts too
    english = client.get("/jobs/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<option value="Brussels, Belgium">Brussels, Belgium</option>' in english


def test_an_unknown_filter_value_is_shown_as_an_error_and_ignored(client, vacancies):
    response = client.get("/jobs/", {"grade": "Z-9"})
    assert titles(response) == ["Policy Officer", "Logistics Assistant"]
    assert "Select a valid choice" in response.content.decode()


def test_htmx_gets_the_results_alone(client, vacancies):
    response = client.get("/jobs/", {"grade": "B-4"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and html.lstrip().startswith('<section id="results"')
    assert titles(response) == ["Logistics Assistant"]


def test_a_vacancy_shows_its_notice_and_requirements(client, vacancies):
    response = client.get(f"/jobs/{vacancies['policy'].pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Policy Officer · Vacancy Matcher</title>" in html
    assert "hold a university degree" in html and "Defence planning in the Operations Division." in html


@pytest.mark.parametrize("which", ["draft", "closed", "lapsed"])
def test_closed_and_draft_vacancies_are_not_public(client, client_for, alice, vacancies, which):
    assert client.get(f"/jobs/{vacancies[which].pk}/").status_code == 404
    assert client_for(alice).get(f"/jobs/{vacancies[which].pk}/").status_code == 404


def test_a_visitor_is_asked_to_sign_in_or_sign_up_and_comes_back_to_the_vacancy(client, vacancies):
    pk = vacancies["policy"].pk
    html = client.get(f"/jobs/{pk}/").content.decode()
    assert f'href="/accounts/login/?next=%2Fme%2Fvacancies%2F{pk}%2F" role="button">Sign in to apply' in html
    assert (
        f'href="/me/signup/?next=%2Fme%2Fvacancies%2F{pk}%2F" role="button" class="secondary">Create an account'
        in html
    )


def test_an_applicant_goes_straight_to_applying(client_for, alice, vacancies):
    pk = vacancies["policy"].pk
    html = client_for(alice).get(f"/jobs/{pk}/").content.decode()
    assert f'href="/me/vacancies/{pk}/" role="button">See how you compare, and apply' in html


# Indexable


def job_posting(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found[1])


def test_a_vacancy_has_a_description_and_job_posting_data(client, vacancies):
    vacancy = vacancies["policy"]
    html = client.get(f"/jobs/{vacancy.pk}/").content.decode()
    deadline = vacancy.deadline.isoformat()
    assert (
        f'<meta name="description" content="Policy Officer at Operations Division, Brussels, Belgium. Grade A-2. '
        f'Apply by {deadline}.">'
    ) in html
    assert f'<link rel="canonical" href="http://testserver/jobs/{vacancy.pk}/">' in html
    posting = job_posting(html)
    assert posting["@type"] == "JobPosting" and posting["title"] == "Policy Officer"
    assert posting["hiringOrganization"] == {"@type": "Organization", "name": "Operations Division"}
    assert posting["jobLocation"]["address"] == {
        "@type": "PostalAddress", "addressLocality": "Brussels", "addressCountry": "Belgium"
    }  # fmt: skip
    assert posting["validThrough"] == f"{deadline}T23:59:59"
    assert posting["datePosted"] == timezone.localdate(vacancy.published_at).isoformat()
    assert "Defence planning" in posting["description"]


def test_a_notice_cannot_close_the_structured_data_script(client, vacancies):
    vacancy = vacancies["policy"]
    Vacancy.objects.filter(pk=vacancy.pk).update(cleaned_text='Tasks</script><script>alert("x")</script>')
    html = client.get(f"/jobs/{vacancy.pk}/").content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    assert "<" not in script and "\\u003Cp\\u003E" in script
    assert 'Tasks</script><script>alert("x")' not in html
    # The description is HTML, as schema.org asks: the notice's text in it is escaped as on the page.
    assert (
        job_posting(html)["description"]
        == "<p>Tasks&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>"
    )


def test_the_sitemap_lists_the_board_and_the_open_vacancies_only(client, vacancies):
    response = client.get("/sitemap.xml")
    xml = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert locations == [
        "http://testserver/jobs/",
        *sorted(f"http://testserver/jobs/{vacancies[k].pk}/" for k in ("policy", "logistics")),
    ]


def test_robots_txt_points_at_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Allow: /jobs/" in text and "Sitemap: http://testserver/sitemap.xml" in text


# Cacheable


@pytest.mark.parametrize("path", ["/jobs/", "/jobs/?grade=A-2", "policy"])
def test_a_visitors_page_is_public_and_sets_no_cookie(client, vacancies, path):
    if path == "policy":
        path = f"/jobs/{vacancies['policy'].pk}/"
    response = client.get(path)
    assert response["Cache-Control"] == "public, max-age=300"
    assert "Cookie" in response["Vary"] and "HX-Request" in response["Vary"]
    assert not response.cookies  # no CSRF token, no session: every visitor gets the same bytes
    assert b"csrf" not in response.content.lower()


def test_a_signed_in_persons_page_is_theirs_alone(client_for, alice, vacancies):
    response = client_for(alice).get(f"/jobs/{vacancies['policy'].pk}/")
    assert response["Cache-Control"] == "private, max-age=0"


def test_the_board_takes_a_few_queries_whatever_the_number_of_vacancies(
    client, vacancies, django_assert_max_num_queries
):
    VacancyFactory.create_batch(30)
    # the three filters' choices, the count, the page, the page's notice texts (one query for the page)
    with django_assert_max_num_queries(6):
        response = client.get("/jobs/")
    assert len(titles(response)) == 20  # a page
    with django_assert_max_num_queries(3):  # the vacancy, its competencies, its notice texts
        client.get(f"/jobs/{vacancies['policy'].pk}/")


def test_a_page_showing_a_message_to_one_visitor_is_theirs_alone(client, alice, password, vacancies):
    client.force_login(alice)
    assert client.post("/accounts/delete/", {"password": password}).status_code == 302  # logged out
    response = client.get("/jobs/")
    assert "Your account and all your data have been deleted." in response.content.decode()
    assert response["Cache-Control"] == "private, max-age=0"
    assert client.get("/jobs/")["Cache-Control"] == "public, max-age=300"  # once read, the page is anyone's


def test_a_reader_who_has_the_page_gets_not_modified(client, vacancies):
    for path in ("/jobs/", f"/jobs/{vacancies['policy'].pk}/"):
        etag = client.get(path)["ETag"]
        assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    etag = client.get("/jobs/")["ETag"]
    Vacancy.objects.filter(pk=vacancies["policy"].pk).update(title="Senior Policy Officer")
    assert client.get("/jobs/", headers={"If-None-Match": etag}).status_code == 200
