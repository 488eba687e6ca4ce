"""Who may open the applicant pages, CSRF on every form, and hostile vacancy text."""

import pytest
from django.test import Client

from applications.services import apply
from tests.factories import VacancyFactory


def below_level(language: str) -> dict:
    """A stored "Languages: <language> below II (not stated)" reason."""
    return {
        "criterion": "languages",
        "kind": "below_level",
        "values": {"language": language, "required": "II", "stated": None},
    }


pytestmark = pytest.mark.django_db

HOSTILE_TITLE = '<script>alert("title")</script>" onmouseover="alert(1)'
HOSTILE_NOTICE = (
    '<script>alert("notice")</script>\n<a href="javascript:alert(2)">click</a>\n" onmouseover="alert(3)'
)


@pytest.fixture
def urls(alice, vacancy):
    application = apply(alice.candidate, vacancy, motivation="")
    return {
        "matches": "/me/matches/",
        "vacancy": f"/me/vacancies/{vacancy.pk}/",
        "applications": "/me/applications/",
        "withdraw": f"/me/applications/{application.pk}/withdraw/",
        "verification": "/me/verify/",
    }


POSTS = {
    "apply": lambda urls: urls["vacancy"] + "apply/",
    "withdraw": lambda urls: urls["withdraw"],
    "resend": lambda urls: "/me/verify/resend/",
}


@pytest.mark.parametrize("name", ["matches", "vacancy", "applications", "withdraw", "verification"])
def test_anonymous_visitors_are_sent_to_log_in(client, urls, name):
    response = client.get(urls[name])
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("name", POSTS)
def test_anonymous_posts_are_sent_to_log_in(client, urls, name):
    response = client.post(POSTS[name](urls))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("persona", ["rita", "ada", "sam"])
@pytest.mark.parametrize("name", ["matches", "vacancy", "applications", "withdraw", "verification"])
def test_recruiters_and_admins_are_refused(client_for, urls, name, persona, request):
    assert client_for(request.getfixturevalue(persona)).get(urls[name]).status_code == 403


@pytest.mark.parametrize("persona", ["rita", "ada"])
@pytest.mark.parametrize("name", POSTS)
def test_recruiters_and_admins_cannot_post(client_for, urls, name, persona, request):
    assert client_for(request.getfixturevalue(persona)).post(POSTS[name](urls)).status_code == 403


def test_htmx_requests_make_the_same_checks(client, client_for, rita, urls):
    assert client_for(rita).get(urls["matches"], HTTP_HX_REQUEST="true").status_code == 403
    assert client.get(urls["matches"], HTTP_HX_REQUEST="true").status_code == 302


def test_sign_up_and_verification_links_are_public(client):
    assert client.get("/me/signup/").status_code == 200
    assert client.get("/me/verify/MQ/bad-token/").status_code == 400


@pytest.mark.parametrize("name", POSTS)
def test_every_post_needs_the_csrf_token(alice, urls, name):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.post(POSTS[name](urls), {"motivation": "x"}).status_code == 403


def test_sign_up_needs_the_csrf_token():
    response = Client(enforce_csrf_checks=True).post("/me/signup/", {"email": "x@example.org"})
    assert response.status_code == 403


def test_every_form_carries_the_csrf_token(client_for, client, verified, urls):
    assert b"csrfmiddlewaretoken" in client.get("/me/signup/").content
    for name in ("vacancy", "withdraw", "verification"):
        assert b'name="csrfmiddlewaretoken"' in client_for(verified).get(urls[name]).content, name


@pytest.fixture
def hostile(alice, make_match):
    vacancy = VacancyFactory(
        title=HOSTILE_TITLE,
        organisation="<img src=x onerror=alert(4)>",
        location='<b onmouseover="alert(5)">Mons</b>',
        cleaned_text=HOSTILE_NOTICE,
        essential=['<a href="javascript:alert(6)">hold a degree</a>'],
    )
    make_match(vacancy, alice.candidate, verdict=0,
               unmet=[below_level('<script>alert("unmet")</script>')],
               hints=[{"criterion": "languages", "kind": "text", "values": {"text": '<a href="javascript:alert(7)">Raise</a>'}}])  # fmt: skip
    apply(alice.candidate, vacancy, motivation="")
    return vacancy


def test_hostile_text_is_escaped_on_every_page(client_for, alice, hostile):
    client = client_for(alice)
    application = hostile.applications.get()
    for url in ["/me/matches/", f"/me/vacancies/{hostile.pk}/", "/me/applications/",
                f"/me/applications/{application.pk}/withdraw/"]:  # fmt: skip
        html = client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert 'href="javascript:' not in html, url
        assert (
            '" onmouseover="alert' not in html and "<img src=x" not in html and "<b onmouseover" not in html
        ), url
        assert "&lt;script&gt;alert(" in html, url


def test_hostile_text_is_escaped_in_the_htmx_fragment(client_for, alice, hostile):
    html = client_for(alice).get("/me/matches/", HTTP_HX_REQUEST="true").content.decode()
    assert "<script>alert" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;alert(&quot;title&quot;)" in html
