"""Line breaks written in a vacancy's description or an experience's description are kept on the pages that
show them (issue 17, point 6). Checked with inner_text, the text as shown: Playwright's text assertions
make every white space one space."""

import pytest
from playwright.sync_api import expect

from tests.factories import VacancyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONTRACT = "Definite duration contract of three years.\nRenewable once for three years."
DUTIES = "Drafted the PARP assessments.\nChaired the partner working group."


def test_alice_sees_the_line_breaks_of_a_notice_and_of_her_posts(alice, page_for):
    vacancy = VacancyFactory(title="Programme Officer", contract=CONTRACT)
    alice.candidate.experience.update(description=DUTIES)
    page = page_for(alice)

    page.goto(f"/me/vacancies/{vacancy.pk}/")
    contract = page.locator("dt", has_text="Contract").locator("xpath=following-sibling::dd[1]")
    expect(contract).to_contain_text("Renewable once")
    assert CONTRACT in contract.inner_text()

    page.goto("/profile/")
    post = page.locator("#experience .row-text")
    expect(post).to_contain_text("Chaired")
    assert DUTIES in post.inner_text()

    page.goto("/profile/preview/")
    expect(page.locator("main")).to_contain_text("Chaired")
    assert DUTIES in page.locator("main").inner_text()
