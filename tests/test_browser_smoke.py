import pytest

from tests.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_it_renders_the_home_page_in_chromium(page_for, alice):
    page = page_for(alice)
    page.goto("/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert "alice@example.org" in page.content()
    screenshot(page, "home-alice")
