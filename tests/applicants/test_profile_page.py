"""The applicant's profile page: who may see it, personal details, consent, the completeness meter, preview."""

import pytest

from accounts.models import User
from candidates.models import Candidate, CompetencyAssessment, Education, Experience
from candidates.services import PRIVACY_NOTICE_VERSION
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

APPLICANT_PAGES = ["/profile/", "/profile/preview/", "/profile/cv/", "/profile/meter/", "/profile/rungs/"]


@pytest.mark.parametrize("url", APPLICANT_PAGES)
def test_it_sends_anonymous_visitors_to_the_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("url", APPLICANT_PAGES)
def test_it_forbids_recruiters(rita, client_for, url):
    assert client_for(rita).get(url).status_code == 403


@pytest.mark.parametrize("url", APPLICANT_PAGES)
def test_it_forbids_admins(ada, client_for, url):
    assert client_for(ada).get(url).status_code == 403


@pytest.mark.parametrize("url", ["/profile/personal/", "/profile/consent/", "/profile/education/add/"])
def test_it_forbids_recruiters_to_post(rita, client_for, url):
    assert client_for(rita).post(url, {}).status_code == 403


def test_it_shows_alice_her_profile(alice, client_for):
    response = client_for(alice).get("/profile/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "<html" in content
    assert "Alice Martin" in content
    assert "Policy Officer" in content
    assert 'hx-trigger="profile-changed from:body"' in content


def test_it_creates_a_candidate_on_an_applicants_first_visit(client_for):
    carol = UserFactory(email="carol@example.org", full_name="Carol Lee", role=User.Role.APPLICANT)
    response = client_for(carol).get("/profile/")
    assert response.status_code == 200
    candidate = Candidate.objects.get(user=carol)
    assert candidate.name == "Carol Lee"
    assert candidate.email == "carol@example.org"


def test_it_saves_personal_details_and_bumps_the_version(bob, client_for):
    version = bob.candidate.profile_version
    response = client_for(bob).post(
        "/profile/personal/",
        {
            "name": "Bob Jansen",
            "nationality": "Netherlands",
            "military_staff_college": "on",
            "summary": "Logistics officer.",
            "skills_text": "logistics, planning\nNATO logistics, planning",
        },
    )
    assert response.status_code == 302
    bob.candidate.refresh_from_db()
    assert bob.candidate.nationality_name == "Netherlands"
    assert bob.candidate.military_staff_college is True
    assert bob.candidate.skills == ["logistics", "planning", "NATO logistics"]
    assert bob.candidate.profile_version == version + 1


def test_it_takes_another_nationality_as_free_text(bob, client_for):
    client_for(bob).post(
        "/profile/personal/", {"name": "Bob", "nationality": "other", "nationality_other": "Switzerland"}
    )
    bob.candidate.refresh_from_db()
    assert (bob.candidate.nationality, bob.candidate.nationality_name) == ("CH", "Switzerland")


def test_it_reads_a_member_nation_written_as_other(bob, client_for):
    client_for(bob).post(
        "/profile/personal/", {"name": "Bob", "nationality": "other", "nationality_other": "turkey"}
    )
    bob.candidate.refresh_from_db()
    assert (bob.candidate.nationality, bob.candidate.nationality_name) == ("TR", "Türkiye")


def test_it_asks_which_other_nationality(bob, client_for):
    response = client_for(bob).post(
        "/profile/personal/", {"name": "Bob", "nationality": "other"}, HTTP_HX_REQUEST="true"
    )
    content = response.content.decode()
    assert "<html" not in content
    assert "Write your nationality." in content
    assert 'id="id_nationality_other-errors"' in content
    assert 'aria-describedby="id_nationality_other-errors"' in content


def test_it_answers_a_personal_save_with_the_section_and_an_event(bob, client_for):
    response = client_for(bob).post(
        "/profile/personal/", {"name": "Bob", "nationality": "Belgium"}, HTTP_HX_REQUEST="true"
    )
    content = response.content.decode()
    assert "<html" not in content
    assert 'id="personal"' in content
    assert "Saved" in content
    assert "profile-changed" in response["HX-Trigger"]


def test_it_records_consent_with_its_date_and_version(bob, client_for):
    bob.candidate.consent_at = None
    bob.candidate.save()
    response = client_for(bob).post("/profile/consent/", {"consent": "on"}, HTTP_HX_REQUEST="true")
    bob.candidate.refresh_from_db()
    assert bob.candidate.consent_at is not None
    assert bob.candidate.consent_version == PRIVACY_NOTICE_VERSION
    assert "You gave your consent on" in response.content.decode()
    assert "<html" not in response.content.decode()


def test_it_lets_consent_be_withdrawn(alice, client_for):
    version = alice.candidate.profile_version
    client_for(alice).post("/profile/consent/", {})
    alice.candidate.refresh_from_db()
    assert alice.candidate.consent_at is None
    assert alice.candidate.consent_version == ""
    assert alice.candidate.profile_version == version + 1


def test_it_lists_what_is_missing_for_matching(bob, client_for):
    bob.candidate.nationality = ""
    bob.candidate.consent_at = None
    bob.candidate.save()
    content = client_for(bob).get("/profile/").content.decode()
    for missing in (
        "your nationality",
        "at least one education entry",
        "at least one experience entry",
        "your English level",
        "your French level",
        "at least one competency",
        "your skills",
    ):
        assert missing in content
    assert "Profile 0% complete" in content
    # Consent to be matched against every vacancy is optional: a profile is complete without it (issue 17).
    assert "your consent to be matched" not in content


def test_it_counts_a_complete_profile_as_ready(alice, client_for):
    candidate = alice.candidate
    candidate.skills = ["policy analysis"]
    candidate.save()
    CompetencyAssessment.objects.create(candidate=candidate, name="Teamwork", rung=3)
    content = client_for(alice).get("/profile/meter/", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in content
    assert "Profile 100% complete" in content
    assert "Ready to be matched" in content


def test_it_sends_the_meter_without_htmx_back_to_the_profile(alice, client_for):
    response = client_for(alice).get("/profile/meter/")
    assert response.status_code == 302


def test_it_previews_the_profile_as_a_recruiter_sees_it(alice, client_for):
    candidate = alice.candidate
    Experience.objects.filter(candidate=candidate).delete()
    import datetime as dt

    Experience.objects.create(
        candidate=candidate, title="Analyst", start=dt.date(2019, 1, 1), end=dt.date(2020, 2, 1)
    )
    Education.objects.create(
        candidate=candidate, level="bachelor", field="Law", institution="Leuven", year=2012
    )
    CompetencyAssessment.objects.create(
        candidate=candidate, name="Teamwork", rung=3, evidence="Ran the group."
    )
    content = client_for(alice).get("/profile/preview/").content.decode()
    assert "1 year and 2 months" in content
    assert "Bachelor" in content and "Leuven" in content
    assert "English" in content and "Advanced" in content
    assert "Teamwork" in content and "Solicits inputs" in content and "Ran the group." in content


def test_it_never_shows_bob_alices_profile(alice, bob, client_for):
    content = client_for(bob).get("/profile/").content.decode()
    assert "Alice" not in content
    assert "Policy Officer" not in content
