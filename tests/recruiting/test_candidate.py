"""A candidate's row expanded: breakdown, profile, history; stage changes, notes and ratings."""

import pytest

from applications.models import Application, Note, Rating, StageChange
from candidates.models import Candidate, CompetencyAssessment, Education

pytestmark = pytest.mark.django_db


def url(vacancy, candidate, suffix=""):
    return f"/recruiting/{vacancy.pk}/candidates/{candidate.pk}/{suffix}"


def test_the_detail_is_a_page_of_its_own(client_for, rita, vacancy, candidates):
    page = client_for(rita).get(url(vacancy, candidates["lena"])).content.decode()
    assert "<html" in page and "Lena Novak" in page
    assert "Languages: French below I (not stated)" in page  # unmet
    assert "No experience, at least 2 years required" in page  # a reason of the breakdown
    assert 'action="/recruiting/' in page and "Set stage" in page  # the stage form without JS


def test_the_detail_expands_in_place_with_htmx(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(url(vacancy, candidates["hanna"]), HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "<html" not in page and page.lstrip().startswith(
        f'<tr id="detail-{candidates["hanna"].pk}" class="detail-row">'
    )
    assert "Master&#x27;s in International Relations" in page
    assert "Policy Officer</strong>, Ministry of Defence" in page and "Jan 2018 – now" in page
    assert "English V" in page and "Teamwork: rung 4" in page
    assert "Led a 12-nation working group on &lt;capability targets&gt;" in page  # evidence, escaped
    assert "NATO Defence Planning Process" in page  # a skill
    assert "Close" in page


def test_closing_the_detail_leaves_an_empty_slot(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(url(vacancy, candidates["hanna"]) + "?close=1", HTTP_HX_REQUEST="true")
    assert (
        response.content.decode().strip()
        == f'<tr id="detail-{candidates["hanna"].pk}" class="detail-slot"></tr>'
    )


def test_moving_an_applicant_records_who(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    response = client.post(
        url(vacancy, candidates["jonas"], "stage/"),
        {"stage": "screened", "rank": "2"},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert page.lstrip().startswith(f'<tr id="row-{candidates["jonas"].pk}"') and "<html" not in page
    assert '<option value="screened" selected>' in page and '<td class="num">2</td>' in page
    application = Application.objects.get(vacancy=vacancy, candidate=candidates["jonas"])
    assert application.stage == "screened" and application.source == "applied"
    assert [(c.from_stage, c.to_stage, c.changed_by) for c in application.stage_changes.order_by("id")] == [
        ("", "new", None),
        ("new", "screened", rita),
    ]
    history = client.get(url(vacancy, candidates["jonas"]), HTTP_HX_REQUEST="true").content.decode()
    assert "New → Screened" in history and "by Rita Recruiter" in history


def test_without_javascript_the_stage_form_returns_to_the_filtered_shortlist(
    client_for, rita, vacancy, candidates
):
    next_url = f"/recruiting/{vacancy.pk}/?verdict=eligible"
    response = client_for(rita).post(
        url(vacancy, candidates["hanna"], "stage/"), {"stage": "interview", "next": next_url}
    )
    assert response.status_code == 302 and response["Location"] == next_url


def test_next_may_not_leave_the_vacancy(client_for, rita, vacancy, candidates):
    response = client_for(rita).post(
        url(vacancy, candidates["hanna"], "stage/"), {"stage": "offer", "next": "https://evil.example/"}
    )
    assert response["Location"] == f"/recruiting/{vacancy.pk}/"


def test_an_unknown_stage_changes_nothing(client_for, rita, vacancy, candidates):
    client_for(rita).post(url(vacancy, candidates["hanna"], "stage/"), {"stage": "hired"})
    assert not StageChange.objects.exclude(to_stage="new").exists()


def test_notes_are_added_and_listed_with_author_and_time(client_for, rita, ada, vacancy, candidates):
    client_for(ada).post(url(vacancy, candidates["hanna"], "notes/"), {"text": "Call before Friday"})
    response = client_for(rita).post(
        url(vacancy, candidates["hanna"], "notes/"),
        {"text": "<b>Strong</b> on planning"},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert page.lstrip().startswith(f'<div id="notes-{candidates["hanna"].pk}"')
    assert "&lt;b&gt;Strong&lt;/b&gt; on planning" in page and "Rita Recruiter" in page
    assert page.index("Strong") < page.index("Call before Friday")  # newest first
    assert Note.objects.filter(vacancy=vacancy, candidate=candidates["hanna"]).count() == 2


def test_an_empty_note_is_refused(client_for, rita, vacancy, candidates):
    response = client_for(rita).post(
        url(vacancy, candidates["hanna"], "notes/"), {"text": ""}, HTTP_HX_REQUEST="true"
    )
    assert "This field is required." in response.content.decode()
    assert not Note.objects.exists()


def test_each_recruiter_has_their_own_rating_and_sees_the_average(client_for, rita, ada, vacancy, candidates):
    client_for(ada).post(url(vacancy, candidates["hanna"], "rating/"), {"stars": "5"})
    client = client_for(rita)
    client.post(url(vacancy, candidates["hanna"], "rating/"), {"stars": "2"})
    response = client.post(
        url(vacancy, candidates["hanna"], "rating/"), {"stars": "4"}, HTTP_HX_REQUEST="true"
    )
    page = response.content.decode()
    assert '<option value="4" selected>' in page and "Average 4.5★ from 2 recruiters" in page
    assert Rating.objects.get(recruiter=rita).stars == 4
    assert "4.5★" in client.get(f"/recruiting/{vacancy.pk}/").content.decode()


@pytest.mark.parametrize("stars", ["0", "6", "x"])
def test_ratings_stay_between_1_and_5(client_for, rita, vacancy, candidates, stars):
    client_for(rita).post(url(vacancy, candidates["hanna"], "rating/"), {"stars": stars})
    assert not Rating.objects.exists()


def test_hostile_text_is_escaped_in_the_detail(client_for, rita, vacancy, candidates):
    Candidate.objects.filter(pk=candidates["hanna"].pk).update(
        name="<script>alert(1)</script>", skills=["<i>x</i>"]
    )
    CompetencyAssessment.objects.filter(candidate=candidates["hanna"]).update(
        evidence="<script>alert(3)</script>"
    )
    # Her field of study comes back in the degree's reason, in the engine's words worked out when read.
    Education.objects.filter(candidate=candidates["hanna"]).update(field="<script>alert(4)</script>")
    page = client_for(rita).get(url(vacancy, candidates["hanna"])).content.decode()
    assert "<script>alert" not in page and "<i>x</i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;script&gt;alert(3)" in page
    assert "&lt;script&gt;alert(4)" in page


def test_the_motivation_letter_shows_unless_the_review_is_blind(client_for, rita, vacancy, candidates):
    Application.objects.filter(vacancy=vacancy, candidate=candidates["hanna"]).update(
        motivation="I am Hanna.\nI <love> planning."
    )
    page = client_for(rita).get(url(vacancy, candidates["hanna"]), HTTP_HX_REQUEST="true").content.decode()
    assert "Motivation letter" in page and "I am Hanna.<br>I &lt;love&gt; planning." in page

    vacancy.blind_review = True
    vacancy.save(update_fields=["blind_review"])
    page = client_for(rita).get(url(vacancy, candidates["hanna"]), HTTP_HX_REQUEST="true").content.decode()
    assert "I am Hanna" not in page and "Hidden during blind review" in page


def test_each_competency_shows_its_evidence_or_that_there_is_none(client_for, rita, vacancy, candidates):
    hanna = candidates["hanna"]
    CompetencyAssessment.objects.create(candidate=hanna, name="Initiative", rung=3, evidence="")
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):  # the page, and the row expanded in the shortlist
        page = client_for(rita).get(url(vacancy, hanna), **headers).content.decode()
        assert 'Initiative: rung 3 <small class="muted">(no evidence given)</small>' in page
        assert "Evidence: Led a 12-nation working group on &lt;capability targets&gt;" in page
