"""A competency's evidence on the applicant's pages: written on the profile page, prefilled from a CV, shown
back escaped, limited in length, and counted by the matcher (issue 14, point 8)."""

import re

import pytest

from applicants.profile_views import CV_SESSION_KEY
from candidates.models import CompetencyAssessment
from candidates.profile import profile_from_import_json
from matching.scoring import prepare_profile

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
EVIDENCE = "Led the cell that planned the 2023 exercise with 12 nations."
HOSTILE = "<script>alert('x')</script> chaired the board"


def add_competency(client, **fields):
    data = {f"competencies-new-{key}": value for key, value in fields.items()}
    return client.post("/profile/competencies/add/", data, **HX)


def edit_competency(client, row, **fields):
    data = {f"competencies-{row.pk}-{key}": value for key, value in fields.items()}
    return client.post(f"/profile/competencies/{row.pk}/edit/", data, **HX)


def backed(candidate) -> dict:
    """What the matcher makes of the stored competencies: name -> rung backed by evidence."""
    return prepare_profile(profile_from_import_json(candidate.profile_json())).backed


# The profile page


def test_the_form_asks_for_evidence_and_says_what_good_evidence_is(bob, client_for):
    page = client_for(bob).get("/profile/").content.decode()
    assert 'name="competencies-new-evidence"' in page and 'maxlength="1000"' in page
    assert "what you did that shows this level" in page
    assert "A level with evidence counts in full in matching" in page


def test_evidence_written_on_the_profile_page_is_stored_shown_and_counted(bob, client_for):
    client = client_for(bob)
    page = add_competency(client, name="Teamwork", rung="3", evidence=EVIDENCE).content.decode()
    row = CompetencyAssessment.objects.get(candidate__user=bob)
    assert row.evidence == EVIDENCE
    assert EVIDENCE in page and "counts for less" not in page
    assert backed(bob.candidate) == {"Teamwork": 3}
    # And back into the form, to be edited.
    form = client.get(f"/profile/competencies/{row.pk}/edit/", **HX).content.decode()
    assert f">\n{EVIDENCE}</textarea>" in form


def test_editing_the_evidence_changes_what_the_matcher_counts(bob, client_for):
    client = client_for(bob)
    add_competency(client, name="Teamwork", rung="3", evidence=EVIDENCE)
    row = CompetencyAssessment.objects.get(candidate__user=bob)
    bob.candidate.refresh_from_db()
    version = bob.candidate.profile_version

    page = edit_competency(client, row, name="Teamwork", rung="3", evidence="").content.decode()

    row.refresh_from_db()
    bob.candidate.refresh_from_db()
    assert row.evidence == "" and bob.candidate.profile_version == version + 1
    assert "No evidence yet: unless your experience shows this level, it counts for less" in page
    assert backed(bob.candidate) == {}


def test_a_row_whose_evidence_only_repeats_the_level_says_so(bob, client_for):
    page = add_competency(
        client_for(bob), name="Teamwork", rung="3", evidence="Teamwork: solicits inputs"
    ).content.decode()
    assert "This repeats the level rather than showing it" in page
    assert backed(bob.candidate) == {}


def test_evidence_over_the_limit_is_refused_and_nothing_is_saved(bob, client_for):
    page = add_competency(client_for(bob), name="Teamwork", rung="3", evidence="x" * 1001).content.decode()
    assert "Ensure this value has at most 1000 characters (it has 1001)." in page
    assert "x" * 1001 in page  # what was typed is kept in the form
    assert not CompetencyAssessment.objects.filter(candidate__user=bob).exists()


def test_evidence_is_escaped_on_the_profile_and_the_preview(bob, client_for):
    client = client_for(bob)
    add_competency(client, name="Teamwork", rung="3", evidence=HOSTILE)
    for url in ("/profile/", "/profile/preview/"):
        page = client.get(url).content.decode()
        assert "<script>alert" not in page, url
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; chaired the board" in page, url


def test_the_preview_says_when_a_claim_has_no_evidence(bob, client_for):
    client = client_for(bob)
    add_competency(client, name="Teamwork", rung="3", evidence="")
    assert "No evidence given" in client.get("/profile/preview/").content.decode()


# The CV upload


PROPOSAL = {
    "education": [],
    "experience": [],
    "languages": [],
    "skills": [],
    "competencies": [
        {
            "name": "Teamwork",
            "rung": 3,
            "evidence": "Teamwork: solicits inputs from the 12 nations of the cell",
        },
        {"name": "Initiative", "level_text": "plans far ahead", "evidence": "Initiative: plans far ahead"},
    ],
}


def review(client, proposal=PROPOSAL):
    session = client.session
    session[CV_SESSION_KEY] = proposal
    session.save()
    return client.get("/profile/cv/review/").content.decode()


def test_the_review_proposes_each_competency_with_its_cv_line_as_evidence(bob, client_for):
    page = review(client_for(bob))
    assert "Add this competency" in page
    assert 'name="cv-competencies-0-evidence"' in page
    assert ">\nTeamwork: solicits inputs from the 12 nations of the cell</textarea>" in page
    assert '<option value="3" selected>Solicits inputs</option>' in page
    # A behaviour that matched no rung: the applicant chooses, seeing what the CV says.
    assert "Your CV says: “plans far ahead”. Choose the statement that fits you." in page
    assert 'hx-vals="{&quot;prefix&quot;: &quot;cv-competencies-1&quot;}"' in page
    assert 'id="cv-competencies-1-rung-field"' in page


def test_the_review_asks_for_rungs_under_its_own_prefix(bob, client_for):
    response = client_for(bob).get(
        "/profile/rungs/", {"prefix": "cv-competencies-1", "cv-competencies-1-name": "Initiative"}, **HX
    )
    content = response.content.decode()
    assert 'id="cv-competencies-1-rung-field"' in content and 'name="cv-competencies-1-rung"' in content


def test_confirming_the_review_saves_the_competencies_with_their_evidence(bob, client_for):
    client = client_for(bob)
    review(client)
    response = client.post(
        "/profile/cv/review/",
        {
            "cv-competencies-0-include": "on",
            "cv-competencies-0-name": "Teamwork",
            "cv-competencies-0-rung": "3",
            "cv-competencies-0-evidence": "Solicited the inputs of the 12 nations of the planning cell.",
            "cv-competencies-1-include": "on",
            "cv-competencies-1-name": "Initiative",
            "cv-competencies-1-rung": "5",
            "cv-competencies-1-evidence": "Initiative: plans far ahead",
        },
    )
    assert response.status_code == 302
    assert set(
        CompetencyAssessment.objects.filter(candidate__user=bob).values_list("name", "rung", "evidence")
    ) == {
        ("Teamwork", 3, "Solicited the inputs of the 12 nations of the planning cell."),
        ("Initiative", 5, "Initiative: plans far ahead"),
    }
    # The restated line is kept as written, but backs nothing.
    assert backed(bob.candidate) == {"Teamwork": 3}


def test_a_competency_without_a_chosen_rung_keeps_the_whole_review_unsaved(bob, client_for):
    client = client_for(bob)
    review(client)
    response = client.post(
        "/profile/cv/review/",
        {
            "cv-competencies-1-include": "on",
            "cv-competencies-1-name": "Initiative",
            "cv-competencies-1-rung": "",
            "cv-competencies-1-evidence": "Initiative: plans far ahead",
        },
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not CompetencyAssessment.objects.filter(candidate__user=bob).exists()


def test_a_competency_already_in_the_profile_is_updated_not_duplicated(bob, client_for):
    CompetencyAssessment.objects.create(candidate=bob.candidate, name="Teamwork", rung=2, evidence="")
    client = client_for(bob)
    page = review(client)
    assert "Updates the matching entry in your profile." in page
    client.post(
        "/profile/cv/review/",
        {
            "cv-competencies-0-include": "on",
            "cv-competencies-0-name": "Teamwork",
            "cv-competencies-0-rung": "3",
            "cv-competencies-0-evidence": EVIDENCE,
        },
    )
    assert list(CompetencyAssessment.objects.filter(candidate__user=bob).values_list("rung", "evidence")) == [
        (3, EVIDENCE)
    ]


def test_a_competency_the_profile_holds_with_evidence_at_the_same_rung_is_proposed_unticked(bob, client_for):
    CompetencyAssessment.objects.create(candidate=bob.candidate, name="Teamwork", rung=3, evidence=EVIDENCE)
    page = review(client_for(bob))
    assert "Already in your profile, so not ticked." in page
    assert 'name="cv-competencies-0-include"' in page
    assert not re.search(r'<input type="checkbox" name="cv-competencies-0-include"[^>]* checked>', page)
    assert re.search(r'<input type="checkbox" name="cv-competencies-1-include"[^>]* checked>', page)
