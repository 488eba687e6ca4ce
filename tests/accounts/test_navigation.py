import pytest

pytestmark = pytest.mark.django_db


def nav_labels(response) -> list[str]:
    return [label for label, _url in response.context["nav_links"]]


def test_it_shows_applicants_their_own_navigation(client_for, alice):
    labels = nav_labels(client_for(alice).get("/"))
    assert "My profile" in labels or "My matches" in labels
    assert "Admin" not in labels and "My vacancies" not in labels


def test_it_shows_recruiters_their_vacancies(client_for, rita):
    labels = nav_labels(client_for(rita).get("/"))
    assert "My vacancies" in labels or "Notices" in labels
    assert "Admin" not in labels and "My profile" not in labels


def test_it_shows_admins_the_admin(client_for, ada):
    response = client_for(ada).get("/")
    assert "Admin" in nav_labels(response)
    assert b'href="/admin/"' in response.content


def test_it_gives_the_three_roles_different_navigation(client_for, alice, rita, ada):
    seen = {tuple(nav_labels(client_for(user).get("/"))) for user in (alice, rita, ada)}
    assert len(seen) == 3


def test_it_serves_the_home_page_to_anonymous_visitors(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Log in" in response.content


@pytest.mark.parametrize("url", ["/accounts/password_change/", "/admin/"])
def test_it_sends_anonymous_visitors_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_it_logs_in_by_email(client, alice, password):
    response = client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    assert response.status_code == 302
    assert client.get("/").context["user"] == alice


@pytest.mark.parametrize(
    ("persona", "home"),
    [("alice", "/me/matches/"), ("rita", "/recruiting/"), ("sam", "/recruiting/"), ("ada", "/admin/")],
)
def test_logging_in_lands_on_the_roles_home_page(persona, home, request, client, password):
    user = request.getfixturevalue(persona)
    response = client.post("/accounts/login/", {"username": user.email, "password": password})
    assert response["Location"] == home
    assert client.get(home).status_code == 200


def test_logging_in_goes_back_to_the_page_asked_for_and_never_to_another_site(client, rita, password):
    data = {"username": rita.email, "password": password}
    assert client.post("/accounts/login/?next=/vacancies/", data)["Location"] == "/vacancies/"
    client.logout()
    assert client.post("/accounts/login/?next=https://evil.example/", data)["Location"] == "/recruiting/"


def test_it_sends_the_csrf_token_with_every_htmx_request(client_for, alice):
    html = client_for(alice).get("/").content.decode()
    assert 'hx-headers=\'{"X-CSRFToken": "' in html
    assert "htmx" in html


def test_it_locks_out_password_guessing(client, alice, password):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "alice@example.org", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    assert response.status_code == 429
    assert b"Too many failed log-in attempts" in response.content


def test_it_sends_a_content_security_policy_allowing_only_our_own_files(client):
    policy = client.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "unsafe-eval" not in policy and "http" not in policy
