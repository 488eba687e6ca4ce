"""The anonymous allow-list is the one list in access.middleware; the role decorators are shared by all
apps (every URL and persona is tried in tests/security/test_authorization_matrix.py)."""

import pytest
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import resolve

from access.decorators import applicant_required, recruiter_required
from access.middleware import ANONYMOUS_ALLOWED, LoginRequiredMiddleware


def anonymous_request(path: str):
    request = RequestFactory().get(path)
    request.user, request.resolver_match = AnonymousUser(), resolve(path)
    return request


def test_a_view_marked_login_not_required_but_not_listed_still_needs_a_login():
    @login_not_required
    def view(request):
        return HttpResponse("open?")

    middleware = LoginRequiredMiddleware(lambda request: HttpResponse())
    response = middleware.process_view(anonymous_request("/me/matches/"), view, (), {})
    assert response.status_code == 302 and response["Location"] == "/accounts/login/?next=/me/matches/"


def test_a_listed_page_is_open_to_anonymous_visitors():
    assert "applicants:signup" in ANONYMOUS_ALLOWED
    middleware = LoginRequiredMiddleware(lambda request: HttpResponse())
    assert middleware.process_view(anonymous_request("/me/signup/"), lambda r: None, (), {}) is None


@pytest.mark.django_db
def test_each_role_decorator_lets_its_roles_through(alice, rita, ada):
    @applicant_required
    def applicant_page(request):
        return HttpResponse("applicant")

    @recruiter_required
    def recruiter_page(request):
        return HttpResponse("recruiter")

    def answer(view, user) -> int:
        request = RequestFactory().get("/")
        request.user = user
        try:
            return view(request).status_code
        except PermissionDenied:
            return 403

    assert [answer(applicant_page, user) for user in (alice, rita, ada)] == [200, 403, 403]
    assert [answer(recruiter_page, user) for user in (alice, rita, ada)] == [403, 200, 200]
