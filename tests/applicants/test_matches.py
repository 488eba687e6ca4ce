import datetime as dt

import pytest
from django.utils import timezone

from applications.models import Stage
from applications.services import apply, move_to_stage
from matching.models import EssentialDecision, ScoringRun
from tests.factories import VacancyFactory
from vacancies.models import Vacancy


def below_level(language: str) -> dict:
    """A stored "Languages: <language> below II (not stated)" reason."""
    return {
        "criterion": "languages",
        "kind": "below_level",
        "values": {"language": language, "required": "II", "stated": None},
    }


pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [card.vacancy.title for card in response.context["cards"]]


@pytest.fixture
def three(alice, make_match):
    """Three scored vacancies for alice, created in the wrong order, and one not scored yet."""
    candidate = alice.candidate
    # Their words are the engine's for alice's profile, worked out when read: French III and 15 years are
    # more than she has; nothing in her profile speaks to logistics.
    low = VacancyFactory(
        title="Archivist", location="Mons, Belgium", grade="B.4", language_low="III", min_years_experience=15
    )
    eligible = VacancyFactory(title="Policy Officer", grade="A.2")
    assess = VacancyFactory(
        title="Analyst", location="Norfolk, United States", grade="A.2",
        essential=["Experience in logistics planning for deployed forces"],
    )  # fmt: skip
    make_match(low, candidate, verdict=0, score=40.5)
    make_match(eligible, candidate, verdict=2, score=90.2)
    make_match(assess, candidate, verdict=1, score=95.0)
    VacancyFactory(title="Translator", location="Mons, Belgium")
    return low, eligible, assess


def test_it_ranks_eligible_first_then_to_assess_then_not_then_unscored(client_for, alice, three):
    response = client_for(alice).get("/me/matches/")
    assert titles(response) == ["Policy Officer", "Analyst", "Archivist", "Translator"]


def test_it_explains_each_match_in_plain_words(client_for, alice, three):
    html = client_for(alice).get("/me/matches/").content.decode()
    assert "Master&#x27;s in International Relations meets &#x27;university degree&#x27;" in html
    assert "Languages: French below III (II stated)" in html and "at least 15 years required" in html
    assert "Raise your French to level III" in html
    assert "A recruiter must assess" in html
    assert 'Your profile does not show: "Experience in logistics planning for deployed forces"' in html
    assert "Not scored yet" in html
    # A criterion the notice gives nothing to score against is not something alice "meets".
    assert "The notice lists no competencies" not in html


def test_it_shows_only_open_vacancies(client_for, alice, make_match):
    closed = VacancyFactory(title="Closed post", status=Vacancy.Status.CLOSED)
    past = VacancyFactory(title="Past post", deadline=timezone.localdate() - dt.timedelta(days=1))
    draft = VacancyFactory(title="Draft post", status=Vacancy.Status.DRAFT)
    for vacancy in (closed, past, draft):
        make_match(vacancy, alice.candidate)
    assert titles(client_for(alice).get("/me/matches/")) == []


def test_it_shows_nothing_of_another_applicants_matches(client_for, alice, bob, make_match):
    vacancy = VacancyFactory(title="Policy Officer")
    make_match(vacancy, alice.candidate, verdict=0, unmet=[below_level("alice-only secret line")])
    response = client_for(bob).get("/me/matches/")
    assert [card.match for card in response.context["cards"]] == [None]
    assert b"alice-only secret line" not in response.content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("location=Mons", ["Archivist", "Translator"]),
        ("grade=A.2", ["Policy Officer", "Analyst"]),
        ("location=Mons&grade=B.4", ["Archivist"]),
    ],
)
def test_it_filters_by_location_and_grade(client_for, alice, three, query, expected):
    assert titles(client_for(alice).get(f"/me/matches/?{query}")) == expected


def test_it_filters_by_deadline(client_for, alice, three):
    soon = VacancyFactory(title="Soon", deadline=timezone.localdate() + dt.timedelta(days=3))
    day = soon.deadline.isoformat()
    assert titles(client_for(alice).get(f"/me/matches/?deadline_before={day}")) == ["Soon"]


def test_it_offers_the_locations_and_grades_of_open_vacancies(client_for, alice, three):
    VacancyFactory(location="Secretland", status=Vacancy.Status.DRAFT)
    VacancyFactory(title="Clerk", location="Mons")  # the same place, spelt shorter: one choice
    client = client_for(alice)
    form = client.get("/me/matches/").context["form"]
    assert form.fields["location"].choices == [
        ("", "Any location"),
        ("Brussels", "Brussels, Belgium"),
        ("Mons", "Mons, Belgium"),
        ("Norfolk", "Norfolk, United States"),
    ]
    assert titles(client.get("/me/matches/?location=Mons")) == ["Archivist", "Translator", "Clerk"]
    assert [v for v, _ in form.fields["grade"].choices] == ["", "A.2", "B.4"]


def test_it_ignores_an_invalid_filter_and_says_so(client_for, alice, three):
    response = client_for(alice).get("/me/matches/?deadline_before=not-a-date&grade=A.2")
    assert titles(response) == ["Policy Officer", "Analyst"]
    assert b'id="id_deadline_before_error"' in response.content


def test_it_filters_without_javascript_and_with_htmx(client_for, alice, three):
    html = client_for(alice).get("/me/matches/").content.decode()
    assert 'method="get" action="/me/matches/"' in html and 'hx-push-url="true"' in html
    assert 'hx-target="#match-list"' in html and '<button type="submit">Filter</button>' in html


def test_it_answers_htmx_with_the_list_only(client_for, alice, three):
    response = client_for(alice).get("/me/matches/?grade=A.2", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and html.lstrip().startswith('<section id="match-list"')
    assert "Policy Officer" in html and "Archivist" not in html
    assert "HX-Request" in response["Vary"]


def test_it_answers_a_history_restore_with_the_full_page(client_for, alice, three):
    response = client_for(alice).get(
        "/me/matches/", HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )
    assert b"<html" in response.content


def test_it_is_quiet_when_the_scores_are_fresh(client_for, alice, three):
    html = client_for(alice).get("/me/matches/").content.decode()
    assert "being updated" not in html and "every 2s" not in html


def test_it_polls_while_the_profile_is_newer_than_the_scores(client_for, alice, three):
    alice.candidate.bump_profile_version()
    html = client_for(alice).get("/me/matches/").content.decode()
    assert "Your matches are being updated…" in html
    assert 'hx-trigger="every 2s"' in html and 'hx-get="/me/matches/"' in html


def test_it_polls_while_a_scoring_run_is_under_way(client_for, alice, three):
    ScoringRun.objects.create(reason="profile changed", candidate=alice.candidate)
    response = client_for(alice).get(
        "/me/matches/?grade=A.2", HTTP_HX_REQUEST="true", HTTP_HX_TRIGGER="match-list"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "being updated" in html and 'hx-get="/me/matches/?grade=A.2"' in html


def test_it_ignores_stale_scores_of_vacancies_that_closed(client_for, alice, make_match):
    closed = VacancyFactory(status=Vacancy.Status.CLOSED)
    make_match(closed, alice.candidate, profile_version=alice.candidate.profile_version - 1 or 0)
    alice.candidate.bump_profile_version()
    assert b"being updated" not in client_for(alice).get("/me/matches/").content


def test_it_stops_polling_and_swaps_in_the_fresh_list_when_done(client_for, alice, three):
    ScoringRun.objects.create(
        reason="profile changed", candidate=alice.candidate, status=ScoringRun.Status.DONE
    )
    response = client_for(alice).get("/me/matches/", HTTP_HX_REQUEST="true", HTTP_HX_TRIGGER="match-list")
    assert response.status_code == 286
    html = response.content.decode()
    assert "<html" not in html and "Policy Officer" in html and "every 2s" not in html


def test_it_does_not_answer_a_filter_with_stop_polling(client_for, alice, three):
    response = client_for(alice).get("/me/matches/", HTTP_HX_REQUEST="true", HTTP_HX_TRIGGER="match-filters")
    assert response.status_code == 200


def test_without_consent_it_lists_the_open_vacancies_without_any_score(client_for, alice, three):
    """Issue 17, point 7: the score made for an application belongs to it, not to a list of matches."""
    low, eligible, assess = three
    alice.candidate.consent_at = None
    alice.candidate.save()
    apply(alice.candidate, eligible)
    response = client_for(alice).get("/me/matches/")
    html = response.content.decode()
    assert "The open vacancies, without your matches" in html and "/profile/#consent" in html
    assert sorted(titles(response)) == ["Analyst", "Archivist", "Policy Officer", "Translator"]
    assert all(card.match is None for card in response.context["cards"])
    assert "Eligible" not in html and "/100" not in html and "You meet" not in html
    assert "Not scored yet" not in html and "We have not compared" not in html
    assert ">Applied</a>" in html


def test_it_lists_the_open_vacancies_to_an_applicant_without_a_profile(client_for, alice, three):
    alice.candidate.delete()
    response = client_for(alice).get("/me/matches/")
    assert b"The open vacancies, without your matches" in response.content and len(titles(response)) == 4


def test_it_says_when_there_is_nothing_open(client_for, alice):
    assert b"There are no open vacancies at the moment" in client_for(alice).get("/me/matches/").content


def test_it_says_which_essential_lines_the_profile_does_not_show(client_for, alice, make_match):
    # To be assessed with no reason of a criterion: an essential line that the profile's words do not show.
    line = "proven experience in logistics planning for deployed forces"
    interview = "be able to communicate clearly"
    vacancy = VacancyFactory(title="Logistics Planner", essential=[line, interview])
    make_match(vacancy, alice.candidate, verdict=1)
    html = client_for(alice).get("/me/matches/").content.decode()
    assert "A recruiter must assess" in html
    assert f'Your profile does not show: "{line}"' in html
    assert interview not in html  # assessed at interview: not something the profile could show


def test_it_says_what_a_recruiter_decided_and_links_to_the_checklist(client_for, alice, make_match):
    line = "proven experience in logistics planning for deployed forces"
    vacancy = VacancyFactory(title="Logistics Planner", essential=[line])
    make_match(vacancy, alice.candidate, verdict=0)
    EssentialDecision.objects.create(
        vacancy=vacancy, candidate=alice.candidate, line=line, outcome="not_met", reason="No deployment",
        decided_at=timezone.now(),
    )  # fmt: skip
    html = client_for(alice).get("/me/matches/").content.decode()
    assert f'A recruiter assessed "{line}": you do not meet it' in html
    assert "A recruiter must assess" not in html  # nothing is open any more
    assert f'href="/me/vacancies/{vacancy.pk}/#essentials"' in html


def test_an_application_the_applicant_knows_was_not_selected_says_so(
    client_for, alice, rita, three, settings
):
    # Found trying the app again: a rejected application's vacancy stood first in My matches as "Applied".
    low, eligible, assess = three
    applications = [apply(alice.candidate, vacancy) for vacancy in (eligible, assess)]
    settings.STAGE_EMAIL_DELAY_SECONDS = 120
    move_to_stage(applications, Stage.REJECTED, by=rita)
    client = client_for(alice)
    html = client.get("/me/matches/").content.decode()
    assert html.count(">Applied</a>") == 2 and "Not selected" not in html  # rita may still undo it
    settings.STAGE_EMAIL_DELAY_SECONDS = 0
    html = client.get("/me/matches/").content.decode()
    assert html.count(">Not selected</a>") == 2 and ">Applied</a>" not in html
