"""A visitor in Chromium: finds a vacancy on the public board, reads it, creates an account from it, verifies
the address, logs in and lands back on the vacancy to apply, in English and in French; then saves the search
as a job alert."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Application
from board.models import JobAlert
from tests.conftest import screenshot
from tests.factories import VacancyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-and-unusual-passphrase"
FRENCH_NOTICES = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices" / "fr"


@pytest.fixture
def board():
    """Three open vacancies of different organisations, places and grades."""
    today = timezone.localdate()
    VacancyFactory(title="Senior Interpreter (French)", organisation="SHAPE", location="Mons, Belgium",
                   grade="L.3", deadline=today + dt.timedelta(days=12))  # fmt: skip
    VacancyFactory(title="Cyber Security Analyst", organisation="NCIA", location="The Hague, Netherlands",
                   grade="A.3", deadline=today + dt.timedelta(days=25))  # fmt: skip
    return VacancyFactory(
        title="Policy Officer (Defence Policy and Planning)", organisation="Operations Division",
        location="Brussels, Belgium", grade="A.2", deadline=today + dt.timedelta(days=30),
        cleaned_text="Policy Officer (Defence Policy and Planning)\nThe incumbent drafts the capability targets.",
    )  # fmt: skip


def test_a_visitor_finds_reads_and_starts_an_application(board, page_for):
    page = page_for(None, height=1000)
    page.goto("/")
    page.get_by_role("link", name=re.compile("3 open vacancies")).click()
    expect(page.get_by_role("heading", name="Open vacancies", level=1)).to_be_visible()
    expect(page.locator(".board-card")).to_have_count(3)

    # Finding: the filters answer in place (HTMX) and the URL follows them.
    page.get_by_label("Location").select_option("Brussels, Belgium")
    expect(page.locator(".board-card")).to_have_count(1)
    expect(page).to_have_url(re.compile(r"location=Brussels"))
    page.get_by_role("searchbox", name="Search").fill("capability targets")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#results-heading")).to_have_text("1 open vacancy")
    screenshot(page, "readme-board", full_page=False)

    # Reading.
    page.get_by_role("link", name="Policy Officer (Defence Policy and Planning)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Policy Officer (Defence Policy and Planning)")
    expect(page.locator("body")).to_contain_text("hold a university degree")
    expect(page.locator("body")).to_contain_text("The incumbent drafts the capability targets.")
    screenshot(page, "board-vacancy")

    # Starting an application: an account, the email's link, the log-in, and back on the vacancy.
    page.get_by_role("button", name="Create an account to apply").click()
    page.get_by_label("Email address").fill("carla@example.org")
    page.get_by_label("Name").fill("Carla Rossi")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_label("Nationality").select_option("Italy")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    link = re.search(r"https?://[^/]+(/me/verify/\S+)", mail.outbox[-1].body)[1]
    page.goto(link)
    page.get_by_label("Email address").fill("carla@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(rf"/me/vacancies/{board.pk}/$"))
    page.get_by_label("Motivation letter (optional)").fill("I drafted capability targets for six years.")
    page.get_by_role("button", name="Apply for this vacancy").click()
    expect(page.locator(".messages")).to_contain_text("You applied for Policy Officer")
    assert Application.objects.get().vacancy == board


def test_a_visitor_saves_a_search_as_a_job_alert(board, page_for):
    page = page_for(None)
    page.goto("/jobs/?organisation=NCIA")
    page.get_by_role("link", name="Email me when a new vacancy matches this search").click()
    expect(page.locator("body")).to_contain_text("organisation: NCIA")
    page.get_by_label("Your email address").fill("vera@example.org")
    page.get_by_role("button", name="Save the alert").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    page.goto(re.search(r"https?://[^/]+(/jobs/alerts/confirm/\S+/)", mail.outbox[-1].body)[1])
    expect(page.get_by_role("heading", name="Your alert is on")).to_be_visible()
    assert JobAlert.objects.get().search == {"organisation": "NCIA"}
    page.get_by_role("link", name="Stop this alert").click()
    page.get_by_role("button", name="Stop this alert").click()
    expect(page.get_by_role("heading", name="The alert is stopped")).to_be_visible()
    assert not JobAlert.objects.exists()


def test_a_french_visitor_finds_reads_and_starts_an_application_in_french(page_for):
    """The same path in French: the switcher, a search in French words, the French notice of a vacancy
    published in both languages, the sign-up, the email and the log-in in French, and back on the vacancy."""
    from vacancies.models import Vacancy
    from vacancies.services import import_notice_files

    pair = [FRENCH_NOTICES / "ncia-cyber-analyst.en.txt", FRENCH_NOTICES / "ncia-cyber-analyst.fr.txt"]
    import_notice_files([(p.name, p.read_bytes()) for p in pair])
    vacancy = Vacancy.objects.get()
    Vacancy.objects.filter(pk=vacancy.pk).update(
        status=Vacancy.Status.PUBLISHED,
        published_at=timezone.now(),
        deadline=timezone.localdate() + dt.timedelta(days=20),
    )
    VacancyFactory(title="Budget Assistant", organisation="SHAPE", location="Mons, Belgium", grade="B.4")

    page = page_for(None, height=1000)
    page.goto("/jobs/")
    page.get_by_role("button", name="Français").click()
    expect(page.get_by_role("heading", name="Postes à pourvoir", level=1)).to_be_visible()
    expect(page.locator(".board-card")).to_have_count(2)
    # Finding, in French words the English notice does not hold.
    page.get_by_role("searchbox", name="Rechercher").fill("cyberdéfense")
    page.get_by_role("button", name="Rechercher").click()
    expect(page.locator(".board-card")).to_have_count(1)
    screenshot(page, "board-fr", full_page=False)

    # Reading: the French notice, its place as it writes it.
    page.get_by_role("link", name="Analyste principal(e) en cyberdéfense").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Analyste principal(e) en cyberdéfense")
    expect(page.locator("body")).to_contain_text("au moins sept (7) années d'expérience en cybersécurité")
    expect(page.locator("body")).to_contain_text("Mons, Belgique")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    screenshot(page, "board-vacancy-fr")

    # Starting an application in French: the account, the email (in French), the log-in, back on the vacancy.
    page.get_by_role("button", name="Créez un compte pour postuler").click()
    page.get_by_label("Adresse électronique").fill("lea@example.org")
    page.get_by_label("Nom", exact=True).fill("Léa Dubois")
    page.get_by_label("Mot de passe", exact=True).fill(PASSWORD)
    page.get_by_label("Confirmation du mot de passe").fill(PASSWORD)
    page.get_by_label("Nationalité").select_option("Belgium")
    page.get_by_role("button", name="Créer mon compte").click()
    expect(page.get_by_role("heading", name="Consultez votre messagerie")).to_be_visible()
    email = mail.outbox[-1]
    assert email.subject == "Vérifiez votre adresse électronique pour Vacancy Matcher"
    page.goto(re.search(r"https?://[^/]+(/me/verify/\S+)", email.body)[1])
    expect(page.get_by_role("heading", level=1)).to_have_text("Se connecter")
    page.get_by_label("Adresse électronique").fill("lea@example.org")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Se connecter").click()
    expect(page).to_have_url(re.compile(rf"/me/vacancies/{vacancy.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Analyste principal(e) en cyberdéfense")
    page.get_by_label("Lettre de motivation (facultative)").fill("J'analyse des menaces depuis sept ans.")
    page.get_by_role("button", name="Postuler à ce poste").click()
    expect(page.locator(".messages")).to_contain_text("Vous avez postulé")
    application = Application.objects.get()
    assert application.vacancy == vacancy and application.candidate.user.preferred_language == "fr"
