"""Rows of the profile (education, experience, languages, competencies): add, edit, delete, validate, scope."""

import datetime as dt

import pytest
import time_machine

from candidates.models import CompetencyAssessment, Education, Experience, LanguageSkill

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
# "Today" in these tests, so that "future" means the same thing every day they run.
TODAY = dt.datetime(2025, 6, 15, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _frozen_today():
    with time_machine.travel(TODAY, tick=False):
        yield


def add(client, section, htmx=True, **fields):
    data = {f"{section}-new-{key}": value for key, value in fields.items()}
    return client.post(f"/profile/{section}/add/", data, **(HX if htmx else {}))


def errors_of(response, section, field, prefix="new"):
    """The error text tied to the field (the element its aria-describedby names)."""
    content = response.content.decode()
    marker = f'id="id_{section}-{prefix}-{field}-errors" class="field-error">'
    assert marker in content, f"no error on {field}"
    assert f'aria-describedby="id_{section}-{prefix}-{field}-errors"' in content
    return content.split(marker, 1)[1].split("</small>", 1)[0]


# Adding


def test_it_adds_an_education_entry_and_answers_with_the_row_and_a_fresh_form(bob, client_for):
    version = bob.candidate.profile_version
    response = add(
        client_for(bob), "education", level="master", field="Law", institution="Leiden", year="2015"
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    row = Education.objects.get(candidate__user=bob)
    assert (row.level, row.field, row.institution, row.year) == ("master", "Law", "Leiden", 2015)
    assert f'id="education-{row.pk}"' in content
    assert 'hx-swap-oob="beforeend:#education-rows"' in content
    assert 'id="education-new"' in content and 'value="Leiden"' not in content
    assert "profile-changed" in response["HX-Trigger"]
    bob.candidate.refresh_from_db()
    assert bob.candidate.profile_version == version + 1


def test_it_adds_a_row_without_javascript_and_redirects_to_the_section(bob, client_for):
    response = add(client_for(bob), "languages", htmx=False, language="german", level="III")
    assert response.status_code == 302
    assert response["Location"] == "/profile/#languages"
    assert LanguageSkill.objects.get(candidate__user=bob).language_name == "German"


def test_it_shows_a_full_page_for_an_invalid_row_without_javascript(bob, client_for):
    response = add(client_for(bob), "experience", htmx=False, title="", start="2020-01")
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" in content
    assert "Give the job title." in content


def test_it_adds_an_experience_with_an_open_end(bob, client_for):
    add(client_for(bob), "experience", title="Analyst", organisation="NCIA", start="2021-09", end="")
    row = Experience.objects.get(candidate__user=bob)
    assert row.start == dt.date(2021, 9, 1)
    assert row.end is None


def test_it_adds_a_competency_chosen_by_its_rung_text(bob, client_for):
    response = add(
        client_for(bob), "competencies", name="Teamwork", rung="3", evidence="Ran a working group."
    )
    row = CompetencyAssessment.objects.get(candidate__user=bob)
    assert (row.name, row.rung, row.evidence) == ("Teamwork", 3, "Ran a working group.")
    assert "Solicits inputs" in response.content.decode()


def test_it_loads_the_rung_texts_of_the_chosen_competency(bob, client_for):
    response = client_for(bob).get(
        "/profile/rungs/", {"prefix": "competencies-new", "competencies-new-name": "Initiative"}, **HX
    )
    content = response.content.decode()
    assert "<html" not in content
    assert 'id="competencies-new-rung-field"' in content
    assert '<option value="3">Is decisive in a time-sensitive situation</option>' in content
    assert "Solicits inputs" not in content


def test_it_keeps_the_prefix_of_the_form_asking_for_rungs(bob, client_for):
    response = client_for(bob).get(
        "/profile/rungs/", {"prefix": "competencies-42", "competencies-42-name": "Teamwork"}, **HX
    )
    assert 'name="competencies-42-rung"' in response.content.decode()


def test_it_offers_rung_texts_after_a_save_without_javascript(bob, client_for):
    response = add(client_for(bob), "competencies", htmx=False, name="Flexibility", rung="")
    content = response.content.decode()
    assert "Adapts to unforeseen situations" in content
    assert not CompetencyAssessment.objects.filter(candidate__user=bob).exists()


# Validation, one rule per test


def test_it_refuses_an_end_before_the_start(bob, client_for):
    response = add(client_for(bob), "experience", title="Analyst", start="2020-05", end="2019-01")
    assert "The end month is before the start month." in errors_of(response, "experience", "end")
    assert not Experience.objects.filter(candidate__user=bob).exists()


def test_it_refuses_a_start_in_the_future(bob, client_for):
    response = add(client_for(bob), "experience", title="Analyst", start="2025-07")
    assert "This month is in the future." in errors_of(response, "experience", "start")


def test_it_accepts_the_current_month(bob, client_for):
    add(client_for(bob), "experience", title="Analyst", start="2025-06", end="2025-06")
    assert Experience.objects.filter(candidate__user=bob).exists()


def test_it_refuses_an_end_in_the_future(bob, client_for):
    response = add(client_for(bob), "experience", title="Analyst", start="2020-01", end="2026-01")
    assert "This month is in the future." in errors_of(response, "experience", "end")


def test_it_refuses_a_month_that_is_not_a_month(bob, client_for):
    response = add(client_for(bob), "experience", title="Analyst", start="2020-13")
    assert "Enter a month as YYYY-MM" in errors_of(response, "experience", "start")


def test_it_refuses_an_experience_without_a_title(bob, client_for):
    response = add(client_for(bob), "experience", title="  ", start="2020-01")
    assert "Give the job title." in errors_of(response, "experience", "title")


def test_it_refuses_an_unknown_language_level(bob, client_for):
    response = add(client_for(bob), "languages", language="English", level="VII")
    assert "VII is not a NATO level (I to VI)." in errors_of(response, "languages", "level")


def test_it_refuses_a_duplicate_language(alice, client_for):
    response = add(client_for(alice), "languages", language=" english ", level="III")
    assert "You have already given a level for English." in errors_of(response, "languages", "language")
    assert alice.candidate.languages.count() == 2


def test_it_refuses_a_malformed_stanag_profile(bob, client_for):
    response = add(client_for(bob), "languages", language="English", level="IV", stanag="3x33")
    assert "is not an SLP profile" in errors_of(response, "languages", "stanag")


def test_it_refuses_a_year_in_the_future(bob, client_for):
    response = add(client_for(bob), "education", level="master", year="2026")
    assert "The year cannot be in the future." in errors_of(response, "education", "year")


def test_it_refuses_a_year_before_1940(bob, client_for):
    response = add(client_for(bob), "education", level="master", year="1939")
    assert "The year must be 1940 or later." in errors_of(response, "education", "year")


def test_it_refuses_an_unknown_education_level(bob, client_for):
    response = add(client_for(bob), "education", level="kindergarten")
    assert "Select a valid choice" in errors_of(response, "education", "level")


def test_it_refuses_a_competency_without_a_rung(bob, client_for):
    response = add(client_for(bob), "competencies", name="Teamwork", rung="")
    assert "This field is required." in errors_of(response, "competencies", "rung")


def test_it_refuses_a_rung_above_the_ladder(bob, client_for):
    response = add(client_for(bob), "competencies", name="Teamwork", rung="6")
    assert "Select a valid choice" in errors_of(response, "competencies", "rung")


def test_it_refuses_an_unknown_competency(bob, client_for):
    response = add(client_for(bob), "competencies", name="Juggling", rung="1")
    assert "Select a valid choice" in errors_of(response, "competencies", "name")


def test_it_refuses_a_competency_assessed_twice(bob, client_for):
    CompetencyAssessment.objects.create(candidate=bob.candidate, name="Teamwork", rung=2)
    response = add(client_for(bob), "competencies", name="Teamwork", rung="3")
    assert "You have already assessed Teamwork" in errors_of(response, "competencies", "name")


def test_it_marks_invalid_fields_for_assistive_technology(bob, client_for):
    response = add(client_for(bob), "experience", title="Analyst", start="2020-05", end="2019-01")
    assert 'aria-invalid="true"' in response.content.decode()


def test_it_does_not_bump_the_version_for_an_invalid_row(bob, client_for):
    version = bob.candidate.profile_version
    add(client_for(bob), "experience", title="", start="2020-05")
    bob.candidate.refresh_from_db()
    assert bob.candidate.profile_version == version


# Editing and deleting


@pytest.fixture
def alices_rows(alice):
    candidate = alice.candidate
    return {
        "education": candidate.education.get(),
        "experience": candidate.experience.get(),
        "languages": candidate.languages.get(language="English"),
        "competencies": CompetencyAssessment.objects.create(candidate=candidate, name="Teamwork", rung=2),
    }


@pytest.mark.parametrize("section", ["education", "experience", "languages", "competencies"])
def test_it_swaps_a_row_for_its_form(alices_rows, alice, client_for, section):
    row = alices_rows[section]
    response = client_for(alice).get(f"/profile/{section}/{row.pk}/edit/", **HX)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    assert f'<form id="{section}-{row.pk}"' in content


@pytest.mark.parametrize("section", ["education", "experience", "languages", "competencies"])
def test_it_shows_the_edit_form_as_a_page_without_javascript(alices_rows, alice, client_for, section):
    row = alices_rows[section]
    content = client_for(alice).get(f"/profile/{section}/{row.pk}/edit/").content.decode()
    assert "<html" in content
    assert "Back to my profile" in content


def test_it_returns_the_row_on_cancel(alices_rows, alice, client_for):
    row = alices_rows["experience"]
    content = client_for(alice).get(f"/profile/experience/{row.pk}/", **HX).content.decode()
    assert f'<article class="row" id="experience-{row.pk}">' in content


def test_it_edits_a_row_and_answers_with_the_row(alices_rows, alice, client_for):
    row = alices_rows["experience"]
    version = alice.candidate.profile_version
    prefix = f"experience-{row.pk}"
    response = client_for(alice).post(
        f"/profile/experience/{row.pk}/edit/",
        {
            f"{prefix}-title": "Senior Policy Officer",
            f"{prefix}-start": "2018-01",
            f"{prefix}-end": "2024-12",
        },
        **HX,
    )
    content = response.content.decode()
    row.refresh_from_db()
    assert row.title == "Senior Policy Officer" and row.end == dt.date(2024, 12, 1)
    assert f'<article class="row" id="experience-{row.pk}">' in content
    assert "profile-changed" in response["HX-Trigger"]
    alice.candidate.refresh_from_db()
    assert alice.candidate.profile_version == version + 1


def test_it_keeps_a_languages_own_name_when_editing_its_level(alices_rows, alice, client_for):
    row = alices_rows["languages"]
    prefix = f"languages-{row.pk}"
    client_for(alice).post(
        f"/profile/languages/{row.pk}/edit/", {f"{prefix}-language": "English", f"{prefix}-level": "VI"}, **HX
    )
    row.refresh_from_db()
    assert row.level == "VI"


def test_it_validates_an_edit(alices_rows, alice, client_for):
    row = alices_rows["experience"]
    prefix = f"experience-{row.pk}"
    response = client_for(alice).post(
        f"/profile/experience/{row.pk}/edit/",
        {f"{prefix}-title": "X", f"{prefix}-start": "2018-01", f"{prefix}-end": "2017-01"},
        **HX,
    )
    assert "The end month is before the start month." in errors_of(response, "experience", "end", str(row.pk))
    row.refresh_from_db()
    assert row.end is None


@pytest.mark.parametrize("section", ["education", "experience", "languages", "competencies"])
def test_it_deletes_a_row(alices_rows, alice, client_for, section):
    row = alices_rows[section]
    version = alice.candidate.profile_version
    response = client_for(alice).post(f"/profile/{section}/{row.pk}/delete/", **HX)
    assert response.status_code == 200
    assert response.content == b""
    assert "profile-changed" in response["HX-Trigger"]
    assert not type(row).objects.filter(pk=row.pk).exists()
    alice.candidate.refresh_from_db()
    assert alice.candidate.profile_version == version + 1


def test_it_deletes_without_javascript_and_redirects(alices_rows, alice, client_for):
    row = alices_rows["education"]
    response = client_for(alice).post(f"/profile/education/{row.pk}/delete/")
    assert response.status_code == 302
    assert response["Location"] == "/profile/#education"


def test_it_asks_before_deleting(alices_rows, alice, client_for):
    content = client_for(alice).get("/profile/").content.decode()
    assert 'hx-confirm="Delete' in content


def test_it_refuses_to_delete_with_a_get(alices_rows, alice, client_for):
    row = alices_rows["education"]
    assert client_for(alice).get(f"/profile/education/{row.pk}/delete/").status_code == 405
    assert Education.objects.filter(pk=row.pk).exists()


# Only one's own rows


@pytest.mark.parametrize("section", ["education", "experience", "languages", "competencies"])
@pytest.mark.parametrize(
    "method,path",
    [("get", "{}/{}/"), ("get", "{}/{}/edit/"), ("post", "{}/{}/edit/"), ("post", "{}/{}/delete/")],
)
@pytest.mark.parametrize("htmx", [True, False])
def test_it_answers_404_to_bob_for_alices_rows(alices_rows, bob, client_for, section, method, path, htmx):
    row = alices_rows[section]
    client = client_for(bob)
    url = "/profile/" + path.format(section, row.pk)
    response = getattr(client, method)(url, {f"{section}-{row.pk}-title": "Hacked"}, **(HX if htmx else {}))
    assert response.status_code == 404
    assert type(row).objects.filter(pk=row.pk).exists()
    row.refresh_from_db()
    assert getattr(row, "title", "") != "Hacked"


@pytest.mark.parametrize("section", ["education", "experience", "languages", "competencies"])
def test_it_lets_alice_reach_her_own_rows(alices_rows, alice, client_for, section):
    row = alices_rows[section]
    client = client_for(alice)
    assert client.get(f"/profile/{section}/{row.pk}/", **HX).status_code == 200
    assert client.get(f"/profile/{section}/{row.pk}/edit/").status_code == 200


def test_it_answers_404_for_an_unknown_section(alice, client_for):
    assert client_for(alice).get("/profile/hobbies/1/edit/").status_code == 404


@pytest.mark.parametrize("section", ["education", "experience", "languages", "competencies"])
def test_it_forbids_recruiters_alices_rows(alices_rows, rita, client_for, section):
    row = alices_rows[section]
    assert client_for(rita).get(f"/profile/{section}/{row.pk}/edit/").status_code == 403
    assert client_for(rita).post(f"/profile/{section}/{row.pk}/delete/").status_code == 403


def test_it_adds_bobs_row_to_bob_only(alice, bob, client_for):
    add(client_for(bob), "languages", language="Polish", level="II")
    assert not alice.candidate.languages.filter(language="Polish").exists()
    assert bob.candidate.languages.filter(language="Polish").exists()
