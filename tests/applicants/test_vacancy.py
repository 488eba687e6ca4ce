import datetime as dt

import pytest
from django.utils import timezone

from applications.services import apply
from candidates.models import CompetencyAssessment
from tests.factories import VacancyFactory
from vacancies.models import CompetencyRequirement, Vacancy

pytestmark = pytest.mark.django_db


def url(vacancy) -> str:
    return f"/me/vacancies/{vacancy.pk}/"


def test_it_never_shows_a_draft(client_for, alice):
    assert client_for(alice).get(url(VacancyFactory(status=Vacancy.Status.DRAFT))).status_code == 404


@pytest.mark.parametrize(
    ("fields", "closed_on"),
    [
        ({"status": Vacancy.Status.CLOSED, "deadline": dt.date(2020, 1, 31), "closed_at": None}, "31 January 2020"),
        ({"status": Vacancy.Status.CLOSED, "deadline": dt.date(2020, 1, 31),
          "closed_at": dt.datetime(2020, 1, 10, 12, tzinfo=dt.UTC)}, "10 January 2020"),  # closed early
        ({"status": Vacancy.Status.CLOSED, "deadline": dt.date(2020, 1, 31),
          "closed_at": dt.datetime(2020, 2, 1, 3, tzinfo=dt.UTC)}, "31 January 2020"),  # by the nightly task
        ({"deadline": dt.date(2020, 1, 31)}, "31 January 2020"),  # not closed by the nightly task yet
    ],
    ids=["closed", "closed-early", "closed-after-its-deadline", "past-deadline"],
)  # fmt: skip
def test_it_shows_a_vacancy_that_no_longer_takes_applications_as_closed(
    client_for, verified, fields, closed_on
):
    """Issue 17, point 9: an old link (a match, an application, an invitation) never ends in "not found"."""
    vacancy = VacancyFactory(**fields)
    response = client_for(verified).get(url(vacancy))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"This vacancy closed on {closed_on}: it no longer takes applications." in html
    assert "/apply/" not in html


def test_it_answers_404_for_a_vacancy_that_does_not_exist(client_for, alice):
    assert client_for(alice).get("/me/vacancies/999999/").status_code == 404


def test_it_shows_the_cleaned_notice_with_its_line_breaks(client_for, alice, vacancy):
    vacancy.raw_text = "Loading ...\nView: 130\nPolicy Officer"
    vacancy.cleaned_text = "Policy Officer\nThe incumbent must:\n\nhold a degree"
    vacancy.save()
    html = client_for(alice).get(url(vacancy)).content.decode()
    assert "Policy Officer<br>The incumbent must:" in html and "<p>hold a degree</p>" in html
    assert "View: 130" not in html


def test_it_compares_the_requirements_with_the_profile(client_for, alice, vacancy, make_match):
    # The statuses are the engine's for alice's profile: 15 years and French III are more than she has.
    vacancy.min_years_experience, vacancy.language_low = 15, "III"
    vacancy.save()
    make_match(vacancy, alice.candidate, verdict=0)
    response = client_for(alice).get(url(vacancy))
    rows = {row.criterion: row for row in response.context["comparisons"]}
    assert rows["Degree"].requirement == "University degree (any cycle)"
    assert rows["Degree"].yours == "Master's in International Relations"
    assert rows["Degree"].status == "met"
    assert rows["Experience"].requirement == "At least 15 years"
    assert rows["Experience"].yours == "Policy Officer, Ministry of Defence (Jan 2018 to now)"
    assert rows["Experience"].status == "not_met"
    assert rows["Languages"].requirement == "V in English or French, III in the other"
    assert rows["Languages"].yours == "English V, French II"
    assert rows["Languages"].status == "not_met"
    html = response.content.decode()
    assert '<th scope="col">Your profile</th>' in html and "Raise your French to level III" in html


def test_it_judges_competencies_and_desirables_by_their_points(client_for, alice, vacancy, make_match):
    vacancy.desirable = ["experience of NATO"]
    vacancy.save()
    CompetencyRequirement.objects.create(
        vacancy=vacancy, name="Teamwork", level_text="Solicits inputs", rung=3
    )
    CompetencyAssessment.objects.create(candidate=alice.candidate, name="Teamwork", rung=2)
    make_match(vacancy, alice.candidate, breakdown={
        "competencies": {"points": 10.0, "weight": 15, "reason": "0 of 1 competencies at the level asked"},
        "desirable": {"points": 15.0, "weight": 15, "reason": "1 of 1 desirable criteria met"},
    })  # fmt: skip
    rows = {row.criterion: row for row in client_for(alice).get(url(vacancy)).context["comparisons"]}
    assert (rows["Competencies"].requirement, rows["Competencies"].yours) == (
        "Teamwork: Solicits inputs",
        "Teamwork 2",
    )
    assert rows["Competencies"].status == "partly"
    assert rows["Desirable criteria"].status == "met"


def test_it_says_when_the_vacancy_is_not_scored_yet(client_for, alice, vacancy):
    response = client_for(alice).get(url(vacancy))
    assert {row.status for row in response.context["comparisons"]} == {"not_scored"}
    assert b"Not scored yet" in response.content


def test_it_offers_the_apply_form_to_a_verified_applicant(client_for, verified, vacancy):
    html = client_for(verified).get(url(vacancy)).content.decode()
    assert f'action="/me/vacancies/{vacancy.pk}/apply/"' in html
    assert '<label for="id_motivation">Motivation letter (optional)' in html
    assert 'maxlength="5000"' in html


def test_it_asks_an_unverified_applicant_to_verify_first(client_for, alice, vacancy):
    html = client_for(alice).get(url(vacancy)).content.decode()
    assert "Verify your email address before applying" in html
    assert 'action="/me/verify/resend/"' in html and "/apply/" not in html


def test_it_lets_an_applicant_without_consent_apply_and_says_when_they_are_compared(
    client_for, verified, vacancy, make_match
):
    verified.candidate.consent_at = None
    verified.candidate.save()
    make_match(vacancy, verified.candidate)  # left from before consent was withdrawn: not shown
    response = client_for(verified).get(url(vacancy))
    html = response.content.decode()
    assert f'action="/me/vacancies/{vacancy.pk}/apply/"' in html
    assert "we compare your profile with a vacancy once you apply for it" in html
    assert response.context["match"] is None and "Eligible" not in html


def test_it_shows_an_applicant_without_consent_how_they_compare_once_they_applied(
    client_for, verified, vacancy, make_match
):
    verified.candidate.consent_at = None
    verified.candidate.save()
    apply(verified.candidate, vacancy, motivation="")
    make_match(vacancy, verified.candidate)
    response = client_for(verified).get(url(vacancy))
    assert response.context["match"] is not None and b"Eligible" in response.content


def test_it_tells_an_applicant_who_applied_where_it_stands(client_for, alice, vacancy):
    apply(alice.candidate, vacancy, motivation="")
    html = client_for(alice).get(url(vacancy)).content.decode()
    assert "You applied on" in html and "/apply/" not in html


def test_it_says_a_vacancy_whose_deadline_passed_since_is_closed(client_for, verified, vacancy):
    deadline = timezone.localdate() - dt.timedelta(days=1)
    Vacancy.objects.filter(pk=vacancy.pk).update(deadline=deadline)
    response = client_for(verified).get(url(vacancy))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"This vacancy closed on {deadline.day} {deadline:%B %Y}" in html
    assert "Applications are closed." in html and "/apply/" not in html and "Apply by" not in html


# Each essential requirement against the profile, in plain words (issue 14).
LOGISTICS = "Experience in logistics planning for deployed forces"
NDPP = "Knowledge of IPSAS accounting standards"
CHECKLIST = [
    "Hold a university degree", "Knowledge of the French language at level III", NDPP, LOGISTICS,
    "Be able to communicate clearly",
]  # fmt: skip


def test_it_lists_each_essential_requirement_in_plain_words(client_for, alice, rita, vacancy, make_match):
    from matching.models import EssentialDecision

    # Each line's status and evidence are the engine's for alice's profile, worked out when read.
    vacancy.essential, vacancy.language_low = CHECKLIST, "III"
    vacancy.save()
    make_match(vacancy, alice.candidate, verdict=0)
    EssentialDecision.objects.create(
        vacancy=vacancy, candidate=alice.candidate, line=LOGISTICS, outcome="met", decided_by=rita,
        reason="Her KFOR posting was logistics; told me so at the fair", decided_at=timezone.now(),
    )  # fmt: skip
    html = client_for(alice).get(url(vacancy)).content.decode()
    section = html[html.index('<section id="essentials"') :]
    section = section[: section.index("</section>")]
    assert "Your profile shows it: Master&#x27;s in International Relations" in section
    assert "Your profile does not meet it: Languages: French below III (II stated)." in section
    assert (
        f"{NDPP}</p>" in section
        and "Your profile does not show it (Nothing in the profile speaks to it): a recruiter will assess it."
        in section
    )
    assert "Your profile did not show it, so a recruiter assessed it: you meet it." in section
    assert "Assessed at interview or in a test, not from your profile." in section
    assert [
        chip in section for chip in ('chip-ok">Met', 'chip-bad">Not met', 'chip-warn">To be assessed')
    ] == [True] * 3
    # What recruiters wrote for each other, and who they are, stay with them.
    assert "KFOR" not in html and "Rita" not in html


def test_the_comparison_counts_a_recruiters_decision(client_for, alice, vacancy, make_match):
    decided = {"text": "Be a national of a NATO member state", "status": "met", "evidence": "", "checkable": True,
               "criterion": "nationality", "engine_status": "to_assess", "decision": "met", "decided_by": 1,
               "decided_at": "2025-03-01T09:30:00+00:00"}  # fmt: skip
    vacancy.nationality_restricted = True
    vacancy.save()
    make_match(
        vacancy, alice.candidate, verdict=2, essentials=[decided],
        to_assess=[{"criterion": "nationality", "kind": "not_stated", "values": {}}],
    )  # fmt: skip
    rows = {row.criterion: row for row in client_for(alice).get(url(vacancy)).context["comparisons"]}
    assert rows["Nationality"].status == "met"


def test_there_is_no_checklist_before_the_match_is_scored(client_for, alice, vacancy):
    assert 'id="essentials"' not in client_for(alice).get(url(vacancy)).content.decode()
