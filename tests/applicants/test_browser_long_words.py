"""A word longer than the screen is wide (a URL, a string pasted without spaces) in what a person wrote breaks
where it must: no page that shows it scrolls sideways, on a desktop or a phone, for the applicant who wrote
it or the recruiter who reads it."""

import pytest

from applications.services import apply
from matching import rescoring
from tests.factories import VacancyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG_TITLE = "Senior" + "x" * 190
LONG_WORD = "https://example.org/" + "a" * 280


def sideways(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.fixture
def long_alice(alice):
    alice.candidate.experience.update(title=LONG_TITLE, description=f"Portfolio at {LONG_WORD} and more.")
    return alice


@pytest.mark.parametrize("width,height", [(1366, 900), (390, 844)])
def test_the_applicant_s_pages_do_not_scroll_sideways(page_for, long_alice, width, height):
    vacancy = VacancyFactory(title="Programme Officer")
    rescoring.rescore_candidate(long_alice.candidate)
    page = page_for(long_alice, width=width, height=height)
    for url in ("/profile/", "/profile/preview/", f"/me/vacancies/{vacancy.pk}/", "/me/matches/"):
        page.goto(url)
        assert sideways(page) <= 0, f"{url} at {width}px scrolls sideways by {sideways(page)}px"


@pytest.mark.parametrize("width,height", [(1366, 900), (390, 844)])
def test_the_recruiter_s_pages_do_not_scroll_sideways(page_for, long_alice, rita, width, height):
    vacancy = VacancyFactory(title="Programme Officer")
    vacancy.recruiters.add(rita)
    apply(long_alice.candidate, vacancy)
    rescoring.rescore_candidate(long_alice.candidate)
    page = page_for(rita, width=width, height=height)
    page.goto(f"/recruiting/{vacancy.pk}/candidates/{long_alice.candidate.pk}/")
    assert sideways(page) <= 0, f"candidate page at {width}px scrolls sideways by {sideways(page)}px"
    # The shortlist, alice's row open: its checklist is not cut off at the table's right edge.
    page.goto(f"/recruiting/{vacancy.pk}/")
    page.locator(
        f"#row-{long_alice.candidate.pk} .who a, tr:has-text('{long_alice.candidate.name}') .who a"
    ).first.click()
    detail = page.locator(f"#detail-{long_alice.candidate.pk}")
    detail.locator("li.essential").first.wait_for()
    assert sideways(page) <= 0, f"shortlist at {width}px scrolls sideways by {sideways(page)}px"
    cut = page.evaluate(
        "() => [...document.querySelectorAll('.table-wrap')].map(w => w.scrollWidth - w.clientWidth)"
    )
    assert max(cut, default=0) <= 0, f"the shortlist's table scrolls sideways by {cut}px at {width}px"
