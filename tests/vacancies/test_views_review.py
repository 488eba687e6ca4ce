"""The review page: the parse beside the notice, inline corrections, publish and close, and who may do what."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.test import Client

from tests.factories import VacancyFactory
from vacancies.models import CompetencyRequirement, LanguageRequirement, Vacancy
from vacancies.services import create_vacancy_from_text

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
NOTICES = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"
HOSTILE = '<script>alert(1)</script>" onmouseover="alert(2)'


def review(vacancy) -> str:
    return f"/vacancies/{vacancy.pk}/"


def edit(vacancy, name: str) -> str:
    return f"/vacancies/{vacancy.pk}/fields/{name}/edit/"


def fragment(response) -> str:
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    return content


def block(content: str, name: str) -> str:
    """The HTML of one field group on the page."""
    start = content.index(f'id="field-{name}"')
    end = content.find('id="field-', start + 1)
    return content[start : end if end > 0 else None]


@pytest.fixture
def draft(rita):
    """A draft that rita recruits for, with one source sentence and one field the parser could not find."""
    vacancy = VacancyFactory(
        title="Programme Officer",
        status=Vacancy.Status.DRAFT,
        published_at=None,
        grade="",
        cleaned_text="Programme Officer\nLocation: Brussels, Belgium\nThe incumbent must hold a university degree.",
        sources={
            "location": "Location: Brussels, Belgium",
            "degree": "The incumbent must hold a university degree.",
        },
        missing=["grade"],
    )
    vacancy.recruiters.add(rita)
    LanguageRequirement.objects.create(vacancy=vacancy, language="Russian", level="IV")
    CompetencyRequirement.objects.create(
        vacancy=vacancy, name="Teamwork", level_text="Solicits inputs", rung=3
    )
    return vacancy


# Who may see and do what, on every URL (a partial never skips a check its page makes)


def urls_of(vacancy):
    return [
        ("get", review(vacancy), {}),
        ("get", f"/vacancies/{vacancy.pk}/fields/title/", {}),
        ("get", edit(vacancy, "title"), {}),
        ("post", edit(vacancy, "title"), {"title": "Changed"}),
        ("post", f"/vacancies/{vacancy.pk}/publish/", {}),
        ("post", f"/vacancies/{vacancy.pk}/close/", {}),
    ]


@pytest.mark.parametrize("htmx", [False, True])
def test_it_sends_anonymous_visitors_to_the_login_page(htmx, draft):
    for method, url, data in urls_of(draft):
        response = getattr(Client(), method)(url, data, **(HX if htmx else {}))
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/"), url


@pytest.mark.parametrize("htmx", [False, True])
def test_it_refuses_applicants(htmx, alice, draft, client_for):
    client = client_for(alice)
    for method, url, data in urls_of(draft):
        assert getattr(client, method)(url, data, **(HX if htmx else {})).status_code == 403, url


@pytest.mark.parametrize("htmx", [False, True])
def test_it_hides_the_vacancy_from_a_recruiter_not_assigned_to_it(htmx, sam, draft, client_for):
    client = client_for(sam)
    for method, url, data in urls_of(draft):
        assert getattr(client, method)(url, data, **(HX if htmx else {})).status_code == 404, url
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("Programme Officer", Vacancy.Status.DRAFT)


@pytest.mark.parametrize("persona", ["rita", "ada"])
def test_it_lets_the_assigned_recruiter_and_the_admin_in(persona, request, draft, client_for):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(review(draft)).status_code == 200
    assert client.get(review(draft), **HX).status_code == 200
    assert client.get(edit(draft, "title"), **HX).status_code == 200
    assert client.get(f"/vacancies/{draft.pk}/fields/title/", **HX).status_code == 200
    assert client.post(edit(draft, "title"), {"title": "Changed"}, **HX).status_code == 200
    assert client.post(f"/vacancies/{draft.pk}/publish/").status_code == 302
    assert client.post(f"/vacancies/{draft.pk}/close/").status_code == 302
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("Changed", Vacancy.Status.CLOSED)


def test_it_answers_404_for_an_unknown_field_or_vacancy(rita, draft, client_for):
    client = client_for(rita)
    assert client.get(edit(draft, "raw_text"), **HX).status_code == 404
    assert client.get("/vacancies/999999/").status_code == 404


def test_its_edit_endpoint_refuses_other_methods(rita, draft, client_for):
    assert client_for(rita).put(edit(draft, "title")).status_code == 405


def test_it_refuses_a_correction_without_the_csrf_token(rita, draft):
    client = Client(enforce_csrf_checks=True)
    client.force_login(rita)
    assert client.post(edit(draft, "title"), {"title": "Changed"}, **HX).status_code == 403
    assert client.post(f"/vacancies/{draft.pk}/publish/").status_code == 403
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("Programme Officer", Vacancy.Status.DRAFT)


# The page


def test_it_shows_the_fields_beside_the_notice_with_sources_highlighted(rita, draft, client_for):
    content = client_for(rita).get(review(draft)).content.decode()
    assert '<mark class="field-source" id="src-location">Location: Brussels, Belgium</mark>' in content
    assert '<mark class="field-source" id="src-degree">' in content
    assert 'href="#src-location"' in content
    assert "Russian: IV (Upper Intermediate)" in content
    assert "Teamwork" in content and "rung 3" in content and "Solicits inputs" in content
    assert "hold a university degree" in block(content, "essential")


def test_it_says_not_found_for_a_field_the_parser_missed_rather_than_guessing(rita, draft, client_for):
    content = client_for(rita).get(review(draft)).content.decode()
    assert "Not found in the notice" in block(content, "grade")
    assert "Not found in the notice" not in block(content, "location")


def test_it_asks_to_check_each_field_the_parser_is_not_sure_of(rita, draft, client_for):
    draft.unsure = {"location": "cut_from_text", "competencies": "not_on_ladder"}
    draft.save()
    CompetencyRequirement.objects.create(vacancy=draft, name="Initiative", level_text="Is nice", rung=None)
    content = client_for(rita).get(review(draft)).content.decode()
    assert "Read out of a longer line or a sentence" in block(content, "location")
    assert 'class="vfield vfield-unsure" id="field-location"' in content
    competencies = block(content, "competencies")
    assert "set the rung with Edit" in competencies and "not on the ladder" in competencies
    assert competencies.count("not on the ladder") == 1  # Teamwork has its rung 3
    assert "Check" not in block(content, "title")


@pytest.mark.parametrize("htmx", [False, True])
def test_saving_a_field_unchanged_confirms_it_and_clears_the_check(htmx, rita, draft, client_for):
    draft.unsure = {"title": "no_job_word", "location": "cut_from_text"}
    draft.save()
    response = client_for(rita).post(
        edit(draft, "title"), {"title": "Programme Officer"}, **(HX if htmx else {})
    )
    assert response.status_code == (200 if htmx else 302)
    draft.refresh_from_db()
    assert draft.unsure == {"location": "cut_from_text"}
    assert draft.title == "Programme Officer"


def test_correcting_a_field_clears_its_check(rita, draft, client_for):
    draft.unsure = {"location": "cut_from_text"}
    draft.save()
    client_for(rita).post(edit(draft, "location"), {"location": "Mons, Belgium"}, **HX)
    draft.refresh_from_db()
    assert (draft.location, draft.unsure) == ("Mons, Belgium", {})


def test_a_parsed_notice_stores_what_the_parser_is_not_sure_of(rita, client_for):
    vacancy = create_vacancy_from_text(
        "Officer, Resource Policy and Planning The Resource Policy and Planning Board (RPPB) is the senior "
        "advisory body to the North Atlantic Council on the management of NATO resources.\n"
        "Closing date: 2027-01-10\n\nESSENTIAL\nThe incumbent must:\n- possess a university degree;\n"
        "- have at least five years' experience in budgeting.\n",
        created_by=rita,
    )
    vacancy.recruiters.add(rita)
    assert vacancy.unsure == {"title": "cut_from_text", "nationality_restricted": "implied_by_body"}
    assert "Read out of a longer line" in block(
        client_for(rita).get(review(vacancy)).content.decode(), "title"
    )


def test_a_notice_with_no_essential_requirement_found_says_so_on_the_review_page(rita, client_for):
    vacancy = create_vacancy_from_text(
        "Budget Officer\nOrganisation: NATO Support and Procurement Agency\nClosing date: 2027-01-10\n\n"
        "Main duties\n- prepares the budget of the agency;\n- follows its execution month by month.\n\n"
        "Competencies\nTeamwork: Solicits inputs and encourages others\n",
        created_by=rita,
    )
    vacancy.recruiters.add(rita)
    assert vacancy.essential == [] and "essential" in vacancy.missing
    assert vacancy.unsure["essential"] == "none_found"
    essential = block(client_for(rita).get(review(vacancy)).content.decode(), "essential")
    assert "Not found in the notice" in essential
    assert "every applicant would meet the essentials" in essential


def test_a_notice_whose_years_were_not_read_says_so_on_the_review_page(rita, client_for):
    vacancy = create_vacancy_from_text(
        "Contracts Officer\nOrganisation: NATO Support and Procurement Agency\nClosing date: 2027-01-10\n\n"
        "About the role\nYou will bring at least six years' experience in public procurement.\n\n"
        "Essential\n- A university degree in law.\n- English: V (Advanced).\n",
        created_by=rita,
    )
    vacancy.recruiters.add(rita)
    assert vacancy.min_years_experience is None
    assert vacancy.unsure["min_years_experience"] == "years_not_read"
    experience = block(client_for(rita).get(review(vacancy)).content.decode(), "min_years_experience")
    assert "asks for years of experience that were not read" in experience


def test_an_organisation_that_names_no_body_says_so_on_the_review_page(rita, client_for):
    vacancy = create_vacancy_from_text(
        "Analyst (ISR Collection)\nOrganisation: Staff Officer (ISR Collection Management)\n"
        "Closing date: 2027-01-10\n\nEssential\n- A university degree.\n"
        "- At least 5 years' experience in intelligence.\n",
        created_by=rita,
    )
    vacancy.recruiters.add(rita)
    assert vacancy.unsure["organisation"] == "not_a_body"
    organisation = block(client_for(rita).get(review(vacancy)).content.decode(), "organisation")
    assert "names no known NATO body" in organisation


def test_it_shows_a_parsed_seed_notice_with_its_source_sentences(rita, client_for):
    text = (NOTICES / "nato-mcc-programme-officer.txt").read_text(encoding="utf-8")
    vacancy = create_vacancy_from_text(text, created_by=rita)
    vacancy.recruiters.add(rita)
    content = client_for(rita).get(review(vacancy)).content.decode()
    assert "field-source" in content
    for key in vacancy.missing:
        if f'id="field-{key}"' in content:
            # A mention without the value (the clearance: "subject to ... a security clearance") is not "not found".
            said = "Mentioned, but not stated" if key in vacancy.sources else "Not found in the notice"
            assert said in block(content, key)
    assert "Mentioned, but not stated" in block(content, "clearance")
    marked = [key for key, sentence in vacancy.sources.items() if sentence in vacancy.cleaned_text]
    assert marked
    assert all('href="#src-' in block(content, key) for key in marked if f'id="field-{key}"' in content)


def test_it_escapes_everything_taken_from_the_notice(rita, client_for):
    vacancy = VacancyFactory(
        title=HOSTILE,
        organisation=HOSTILE,
        raw_text=HOSTILE,
        cleaned_text=f"Intro\n{HOSTILE}\nEnd",
        sources={"title": HOSTILE},
        essential=[HOSTILE],
    )
    vacancy.recruiters.add(rita)
    CompetencyRequirement.objects.create(vacancy=vacancy, name=HOSTILE, level_text=HOSTILE)
    content = client_for(rita).get(review(vacancy)).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert '" onmouseover="' not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)" in content
    assert '<mark class="field-source" id="src-title">&lt;script&gt;' in content


# Inline corrections


def test_it_swaps_in_the_edit_form_for_htmx(rita, draft, client_for):
    content = fragment(client_for(rita).get(edit(draft, "title"), **HX))
    assert content.lstrip().startswith('<div class="vfield')
    assert f'hx-post="{edit(draft, "title")}"' in content
    assert 'value="Programme Officer"' in content
    assert 'name="csrfmiddlewaretoken"' in content


def test_it_shows_the_edit_form_in_the_whole_page_without_javascript(rita, draft, client_for):
    content = client_for(rita).get(edit(draft, "title")).content.decode()
    assert "<html" in content
    assert f'action="{edit(draft, "title")}"' in content
    assert 'id="src-location"' in content


def test_it_cancels_an_edit_back_to_the_value(rita, draft, client_for):
    client = client_for(rita)
    content = fragment(client.get(f"/vacancies/{draft.pk}/fields/title/", **HX))
    assert "Programme Officer" in content and "<form" not in content
    response = client.get(f"/vacancies/{draft.pk}/fields/title/")
    assert response["Location"] == f"/vacancies/{draft.pk}/#field-title"


def test_it_saves_a_correction_and_answers_with_the_value(rita, draft, client_for):
    version = draft.requirements_version
    content = fragment(
        client_for(rita).post(edit(draft, "title"), {"title": "Senior Programme Officer"}, **HX)
    )
    assert "Senior Programme Officer" in content and "<form" not in content
    assert "Saved" in content
    draft.refresh_from_db()
    assert draft.title == "Senior Programme Officer"
    assert draft.requirements_version == version + 1


def test_it_saves_without_javascript_and_redirects_to_the_field(rita, draft, client_for):
    response = client_for(rita).post(edit(draft, "organisation"), {"organisation": "Defence Investment"})
    assert response.status_code == 302
    assert response["Location"] == f"/vacancies/{draft.pk}/#field-organisation"
    draft.refresh_from_db()
    assert draft.organisation == "Defence Investment"


def test_a_field_filled_in_is_no_longer_reported_missing(rita, draft, client_for):
    version = draft.requirements_version
    content = fragment(client_for(rita).post(edit(draft, "grade"), {"grade": "A.2 / G15"}, **HX))
    assert "A.2 / G15" in content and "Not found in the notice" not in content
    draft.refresh_from_db()
    assert draft.missing == []
    assert draft.requirements_version == version  # the grade is not scored


def test_it_shows_errors_tied_to_the_field_and_saves_nothing(rita, draft, client_for):
    content = fragment(client_for(rita).post(edit(draft, "title"), {"title": ""}, **HX))
    assert 'id="id_title-note" class="field-error"' in content
    assert 'aria-describedby="id_title-note"' in content
    assert "This field is required." in content
    draft.refresh_from_db()
    assert draft.title == "Programme Officer"


def test_it_shows_errors_in_the_whole_page_without_javascript(rita, draft, client_for):
    response = client_for(rita).post(edit(draft, "deadline"), {"deadline": "next week"})
    content = response.content.decode()
    assert response.status_code == 200 and "<html" in content
    assert 'id="id_deadline-note" class="field-error"' in content


def test_it_edits_lists_one_item_per_line(rita, draft, client_for):
    data = {"essential": "- hold a university degree;\n\n• have five years' experience\n  speak English  "}
    fragment(client_for(rita).post(edit(draft, "essential"), data, **HX))
    draft.refresh_from_db()
    assert draft.essential == ["hold a university degree", "have five years' experience", "speak English"]


def test_it_corrects_the_degree(rita, draft, client_for):
    data = {
        "degree_level": "master",
        "degree_fields": "Economics\nPolitical Science",
        "degree_alternatives": ["military_staff_college"],
    }
    content = fragment(client_for(rita).post(edit(draft, "degree"), data, **HX))
    assert "Master&#x27;s degree" in content and "Economics, Political Science" in content
    draft.refresh_from_db()
    assert (draft.degree_level, draft.degree_fields, draft.degree_alternatives) == (
        "master", ["Economics", "Political Science"], ["military_staff_college"]
    )  # fmt: skip


def test_it_refuses_an_unknown_degree_level(rita, draft, client_for):
    content = fragment(client_for(rita).post(edit(draft, "degree"), {"degree_level": "phd"}, **HX))
    assert 'id="id_degree_level-note" class="field-error"' in content
    draft.refresh_from_db()
    assert draft.degree_level == "university"


def test_it_corrects_the_years_of_experience_and_refuses_nonsense(rita, draft, client_for):
    client = client_for(rita)
    content = fragment(client.post(edit(draft, "min_years_experience"), {"min_years_experience": "-3"}, **HX))
    assert "field-error" in content
    content = fragment(client.post(edit(draft, "min_years_experience"), {"min_years_experience": "5"}, **HX))
    assert "At least 5 years" in content
    draft.refresh_from_db()
    assert draft.min_years_experience == 5


def test_it_corrects_the_languages_with_other_languages_and_stanag_lines(rita, draft, client_for):
    version = draft.requirements_version
    data = {
        "language_rule": "one_high_other_low",
        "language_high": "IV",
        "language_low": "II",
        "language_pair": "English, French",
        "other_languages": "German: III\nEnglish: SLP 3-3-2+-2",
    }
    content = fragment(client_for(rita).post(edit(draft, "languages"), data, **HX))
    assert "IV (Upper Intermediate)" in content and "German: III" in content
    assert "STANAG 6001 SLP 332+2" in content
    draft.refresh_from_db()
    assert (draft.language_high, draft.language_low) == ("IV", "II")
    rows = [(r.language, r.level, r.slp) for r in draft.language_requirements.all()]
    assert rows == [("German", "III", ""), ("English", "", "332+2")]
    assert draft.requirements_version == version + 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"language_rule": "one_high_other_low", "language_high": "", "language_low": "I"},
            "higher and a lower",
        ),
        (
            {"language_rule": "one_high_other_low", "language_high": "II", "language_low": "V"},
            "cannot be above",
        ),
        ({"language_rule": "none", "other_languages": "Klingon level nine"}, "Language: level"),
        ({"language_rule": "none", "other_languages": "English: SLP 77"}, "SLP such as 3333"),
        ({"language_rule": "none", "language_pair": "English"}, "Name two languages"),
    ],
)
def test_it_refuses_invalid_language_input(data, message, rita, draft, client_for):
    content = fragment(client_for(rita).post(edit(draft, "languages"), data, **HX))
    assert message in content
    assert 'class="field-error"' in content
    assert [r.language for r in draft.language_requirements.all()] == ["Russian"]


def rows(draft) -> list[tuple]:
    return [(c.order, c.name, c.level_text, c.rung) for c in draft.competency_requirements.all()]


def competency_rows(*rows: dict, initial: int = 1, **extra) -> dict:
    """The competencies form as the page sends it: ``initial`` rows were shown from the vacancy."""
    data = {"competencies-TOTAL_FORMS": str(len(rows)), "competencies-INITIAL_FORMS": str(initial), **extra}
    for i, row in enumerate(rows):
        data.update({f"competencies-{i}-{key}": value for key, value in row.items()})
    return data


TEAMWORK = {"name": "Teamwork", "rung": "3", "level_text": "Solicits inputs"}  # the draft's row, as shown


def test_it_shows_each_competency_as_a_row_with_its_ladder(rita, draft, client_for):
    content = fragment(client_for(rita).get(edit(draft, "competencies"), **HX))
    assert 'name="competencies-TOTAL_FORMS" value="2"' in content  # Teamwork, and an empty row to add one
    assert '<option value="Teamwork" selected>Teamwork</option>' in content
    assert '<option value="3" selected>3: Solicits inputs</option>' in content
    assert 'name="competencies-0-level_text" value="Solicits inputs"' in content
    assert (
        'hx-get="/vacancies/rungs/"' in content
        and "&quot;prefix&quot;: &quot;competencies-1&quot;" in content
    )
    assert "Choose a competency first" in content  # the empty row's rung
    assert "Add a competency" in content and "Name: behaviour" not in content


def test_it_corrects_the_competencies_row_by_row(rita, draft, client_for):
    data = competency_rows(
        {"name": "Teamwork", "rung": "4", "level_text": "Solicits inputs"},
        {"name": "Analytical Thinking", "rung": "3", "level_text": ""},
        {"name": "", "rung": "", "level_text": ""},
        initial=1,
    )
    content = fragment(client_for(rita).post(edit(draft, "competencies"), data, **HX))
    assert "Saved" in content and "Analytical Thinking" in content and "rung 3" in content
    # A rung chosen anew takes the ladder's statement; the empty row adds nothing.
    assert rows(draft) == [
        (0, "Teamwork", "Encourages others", 4),
        (1, "Analytical Thinking", "Sees multiple relationships", 3),
    ]


def test_a_row_left_as_it_was_keeps_the_notices_words_and_a_removed_row_goes(rita, draft, client_for):
    CompetencyRequirement.objects.create(
        vacancy=draft, order=1, name="Initiative", level_text="Takes the lead when it matters", rung=3
    )
    data = competency_rows(
        {**TEAMWORK, "DELETE": "on"},
        {"name": "Initiative", "rung": "3", "level_text": "Takes the lead when it matters"},
        {"name": "Achievement", "rung": "1", "level_text": ""},
        initial=2,
    )
    client_for(rita).post(edit(draft, "competencies"), data, **HX)
    assert rows(draft) == [
        (0, "Initiative", "Takes the lead when it matters", 3),
        (1, "Achievement", "Wants to do the job well", 1),
    ]


def test_a_competency_without_a_ladder_keeps_its_name_and_words(rita, draft, client_for):
    CompetencyRequirement.objects.create(
        vacancy=draft, order=1, name="Negotiation", level_text="Closes deals"
    )
    content = fragment(client_for(rita).get(edit(draft, "competencies"), **HX))
    assert '<option value="Negotiation" selected>Negotiation</option>' in content
    assert "No ladder for this competency" in content
    assert "The notice says: “Closes deals”" in content
    data = competency_rows(
        TEAMWORK, {"name": "Negotiation", "rung": "", "level_text": "Closes deals"}, initial=2
    )
    client_for(rita).post(edit(draft, "competencies"), data, **HX)
    assert rows(draft)[1] == (1, "Negotiation", "Closes deals", None)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"name": "Initiative", "rung": "", "level_text": ""}, "Choose the statement the notice asks for."),
        ({"name": "", "rung": "2", "level_text": ""}, "Select a valid choice."),
        ({"name": "Teamwork", "rung": "2", "level_text": ""}, "Teamwork is listed twice"),
        ({"name": "Diplomacy", "rung": "", "level_text": ""}, "Select a valid choice."),
        ({"name": "Teamwork", "rung": "12", "level_text": ""}, "Select a valid choice."),
    ],
)
def test_it_refuses_a_row_it_cannot_store_and_saves_nothing(row, message, rita, draft, client_for):
    data = competency_rows(TEAMWORK, row, initial=1)
    content = fragment(client_for(rita).post(edit(draft, "competencies"), data, **HX))
    assert message in content
    assert 'name="competencies-1-name"' in content  # the rows come back as sent
    assert rows(draft) == [(0, "Teamwork", "Solicits inputs", 3)]


@pytest.mark.parametrize("htmx", [False, True])
def test_add_a_competency_shows_one_more_row_and_saves_nothing(htmx, rita, draft, client_for):
    data = competency_rows(TEAMWORK, {"name": "Initiative", "rung": "3", "level_text": ""}, add_row="1")
    response = client_for(rita).post(edit(draft, "competencies"), data, **(HX if htmx else {}))
    content = response.content.decode()
    assert response.status_code == 200
    assert 'name="competencies-TOTAL_FORMS" value="3"' in content
    assert '<option value="Initiative" selected>Initiative</option>' in content  # what was chosen stays
    assert re.search(r'<select name="competencies-2-name"[^>]*autofocus', content)  # the new row
    assert rows(draft) == [(0, "Teamwork", "Solicits inputs", 3)]


def test_the_rungs_of_a_chosen_competency_come_for_its_row(rita, client_for):
    content = fragment(
        client_for(rita).get(
            "/vacancies/rungs/", {"prefix": "competencies-4", "competencies-4-name": "Initiative"}
        )
    )
    assert content.lstrip().startswith('<div id="competencies-4-rung-field"')
    assert 'name="competencies-4-rung"' in content
    assert '<option value="2">2: Addresses current opportunities or problems</option>' in content
    odd = fragment(
        client_for(rita).get("/vacancies/rungs/", {"prefix": '"><script>', "competencies-0-name": "x"})
    )
    assert "<script>" not in odd and 'id="competencies-0-rung-field"' in odd and "No ladder" in odd


def test_a_field_corrected_by_hand_says_by_whom_instead_of_pointing_at_the_notice(rita, draft, client_for):
    client = client_for(rita)
    assert 'href="#src-location"' in block(client.get(review(draft)).content.decode(), "location")
    content = fragment(client.post(edit(draft, "location"), {"location": "Mons, Belgium"}, **HX))
    assert "Corrected by Rita Recruiter" in content and "In the notice" not in content
    page = client.get(review(draft)).content.decode()
    assert "Corrected by Rita Recruiter" in block(page, "location")
    assert "Corrected by" not in block(page, "degree") and 'href="#src-degree"' in block(page, "degree")
    draft.refresh_from_db()
    assert draft.corrections["location"]["by"] == rita.pk


def test_saving_a_field_unchanged_is_no_correction(rita, draft, client_for):
    client_for(rita).post(edit(draft, "location"), {"location": "Brussels, Belgium"}, **HX)
    draft.refresh_from_db()
    assert draft.corrections == {}


def test_a_correction_by_an_erased_account_names_nobody_and_a_reparse_forgets_it(
    rita, ada, draft, client_for
):
    from vacancies.services import reparse_vacancy, update_vacancy_requirements

    update_vacancy_requirements(draft, {"grade": "A.2"}, by=rita)
    rita.delete()
    content = client_for(ada).get(review(draft)).content.decode()
    assert "Corrected by a former user" in block(content, "grade")
    draft.raw_text = sorted(NOTICES.glob("*.txt"))[0].read_text(encoding="utf-8")
    reparse_vacancy(draft)
    assert draft.corrections == {}


def test_it_does_not_bump_the_version_when_nothing_changed(rita, draft, client_for):
    version = draft.requirements_version
    content = fragment(client_for(rita).post(edit(draft, "title"), {"title": "Programme Officer"}, **HX))
    assert "Saved" not in content
    draft.refresh_from_db()
    assert draft.requirements_version == version


def test_it_escapes_a_correction(rita, draft, client_for):
    client = client_for(rita)
    content = fragment(client.post(edit(draft, "title"), {"title": HOSTILE}, **HX))
    assert "<script>" not in content and '" onmouseover="' not in content
    content = fragment(client.get(edit(draft, "title"), **HX))
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)"' in content


# Publish and close


def test_it_publishes_a_draft_with_a_confirmation(rita, draft, client_for):
    client = client_for(rita)
    response = client.post(f"/vacancies/{draft.pk}/publish/", follow=True)
    draft.refresh_from_db()
    assert draft.status == Vacancy.Status.PUBLISHED and draft.published_at
    assert "is published" in response.content.decode()
    assert f'action="/vacancies/{draft.pk}/close/"' in response.content.decode()


def test_it_publishes_only_a_draft(rita, vacancy, client_for):
    vacancy.close()
    response = client_for(rita).post(f"/vacancies/{vacancy.pk}/publish/", follow=True)
    vacancy.refresh_from_db()
    assert vacancy.status == Vacancy.Status.CLOSED
    assert "Only a draft can be published" in response.content.decode()


def test_it_refuses_to_publish_a_notice_whose_deadline_has_passed(rita, draft, client_for):
    draft.deadline = dt.date(2025, 12, 31)
    draft.save(update_fields=["deadline"])
    client = client_for(rita)
    response = client.post(f"/vacancies/{draft.pk}/publish/", follow=True)
    draft.refresh_from_db()
    assert draft.status == Vacancy.Status.DRAFT
    assert "The deadline, 31 December 2025, has passed" in response.content.decode()

    draft.deadline = None  # corrected: no deadline stated
    draft.save(update_fields=["deadline"])
    client.post(f"/vacancies/{draft.pk}/publish/")
    draft.refresh_from_db()
    assert draft.status == Vacancy.Status.PUBLISHED


def test_it_closes_a_published_vacancy(rita, vacancy, client_for):
    response = client_for(rita).post(f"/vacancies/{vacancy.pk}/close/", follow=True)
    vacancy.refresh_from_db()
    assert vacancy.status == Vacancy.Status.CLOSED and vacancy.closed_at
    assert "is closed" in response.content.decode()


def test_it_does_not_close_a_draft(rita, draft, client_for):
    client_for(rita).post(f"/vacancies/{draft.pk}/close/")
    draft.refresh_from_db()
    assert draft.status == Vacancy.Status.DRAFT


def test_publishing_needs_a_post(rita, draft, client_for):
    assert client_for(rita).get(f"/vacancies/{draft.pk}/publish/").status_code == 405


def test_a_draft_pasted_again_is_flagged_before_publishing(rita, sam, client_for):
    seed = (
        Path(__file__).resolve().parents[2] / "vacancies/fixtures/notices/nato-mcc-programme-officer.txt"
    ).read_text()
    client = client_for(rita)
    first = client.post("/vacancies/new/", {"text": seed})
    assert "looks like one already here" not in client.get(first["Location"]).content.decode()
    second = client.post("/vacancies/new/", {"text": seed})
    page = client.get(second["Location"]).content.decode()
    assert "This notice looks like one already here" in page
    first_pk = first["Location"].rstrip("/").rsplit("/", 1)[-1]
    assert f'href="/vacancies/{first_pk}/"' in page
    # Only among what this recruiter may see: sam's own copy says nothing of rita's.
    sams = client_for(sam).post("/vacancies/new/", {"text": seed})
    assert "looks like one already here" not in client_for(sam).get(sams["Location"]).content.decode()
