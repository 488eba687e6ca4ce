"""The vacancy admin for ada: list, change page with its requirement rows, actions and the notice import."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import VacancyFactory
from vacancies.models import CompetencyRequirement, LanguageRequirement, Vacancy

pytestmark = pytest.mark.django_db

NOTICES = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"
CHANGELIST = "/admin/vacancies/vacancy/"


def act(client, action: str, *vacancies):
    data = {"action": action, "_selected_action": [v.pk for v in vacancies]}
    return client.post(CHANGELIST, data, follow=True)


def test_it_lists_searches_and_filters_vacancies(ada, vacancy, client_for):
    draft = VacancyFactory(title="Cyber Security Officer", status=Vacancy.Status.DRAFT)
    client = client_for(ada)
    content = client.get(CHANGELIST).content.decode()
    assert vacancy.title in content and draft.title in content
    assert "Import notice files" in content
    content = client.get(CHANGELIST, {"q": "cyber"}).content.decode()
    assert draft.title in content and vacancy.title not in content
    content = client.get(CHANGELIST, {"status__exact": "published"}).content.decode()
    assert vacancy.title in content and draft.title not in content


def test_it_shows_the_change_page_with_language_and_competency_rows(ada, vacancy, client_for):
    LanguageRequirement.objects.create(vacancy=vacancy, language="Russian", level="IV")
    CompetencyRequirement.objects.create(vacancy=vacancy, name="Teamwork", level_text="Co-operates", rung=1)
    response = client_for(ada).get(f"{CHANGELIST}{vacancy.pk}/change/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Russian" in content and "Teamwork" in content


def test_it_shows_the_parsed_requirements_as_lists_and_sends_corrections_to_the_review_page(
    ada, vacancy, client_for
):
    vacancy.desirable = ["Knowledge of French <b>"]
    vacancy.experience_conditions = [
        {"years": 5, "context": "defence planning", "where": "a national administration"}
    ]
    vacancy.unsure = {"degree": "cut_from_text"}
    vacancy.degree_alternatives = ["military_staff_college"]
    vacancy.save()
    client = client_for(ada)
    response = client.get(f"{CHANGELIST}{vacancy.pk}/change/")
    content = response.content.decode()
    form = response.context["adminform"].form
    # No JSON to read or write: the parsed lists are not fields of the form.
    assert not {"essential", "desirable", "experience_conditions", "sources", "unsure"} & set(form.fields)
    assert '<ol class="parsed-list"><li>hold a university degree</li>' in content
    assert "<li>Knowledge of French &lt;b&gt;</li>" in content
    assert "<li>5 years: defence planning (in a national administration)</li>" in content
    assert "<li>Attendance of a NATO or national military staff college</li>" in content
    assert "<dt>Education</dt><dd>Read out of a longer line or a sentence" in content
    assert f'<a href="/recruiting/{vacancy.pk}/weights/">Set them on the weights page</a>' in content
    review = f"/vacancies/{vacancy.pk}/"
    assert f'href="{review}"' in content
    assert client.get(review).status_code == 200


def test_it_is_closed_to_recruiters(rita, client_for):
    assert client_for(rita).get(CHANGELIST).status_code == 302


def test_its_publish_and_close_actions_respect_the_status(ada, vacancy, client_for):
    draft = VacancyFactory(status=Vacancy.Status.DRAFT, published_at=None)
    client = client_for(ada)
    content = act(client, "publish", draft, vacancy).content.decode()
    assert "Published 1; skipped 1" in content
    draft.refresh_from_db()
    assert draft.status == Vacancy.Status.PUBLISHED
    act(client, "close", draft, vacancy)
    assert set(Vacancy.objects.values_list("status", flat=True)) == {Vacancy.Status.CLOSED}


def test_its_reparse_action_parses_the_raw_text_again(ada, client_for):
    text = sorted(NOTICES.glob("*.txt"))[0].read_text(encoding="utf-8")
    vacancy = VacancyFactory(title="Wrong title", raw_text=text, parser_version="")
    version = vacancy.requirements_version
    content = act(client_for(ada), "reparse", vacancy).content.decode()
    assert "Re-parsed 1 vacancy" in content
    vacancy.refresh_from_db()
    assert vacancy.title != "Wrong title" and vacancy.parser_version
    assert vacancy.requirements_version == version + 1


def test_its_reparse_action_reports_a_text_that_no_longer_parses(ada, client_for):
    vacancy = VacancyFactory(title="Kept", raw_text="Shopping list\nmilk\neggs\n")
    content = act(client_for(ada), "reparse", vacancy).content.decode()
    assert "Re-parsed 0 vacancies" in content and "Kept: " in content
    vacancy.refresh_from_db()
    assert vacancy.title == "Kept"


def test_an_edit_to_a_scored_field_in_the_admin_bumps_the_requirements_version(ada, vacancy, client_for):
    client = client_for(ada)
    url = f"{CHANGELIST}{vacancy.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        title=vacancy.title, min_years_experience="7", degree_fields="[]", degree_alternatives="[]",
        language_pair='["English", "French"]', language_raw="[]", essential='["a degree"]', desirable="[]",
        accountabilities="[]", sources="{}", missing="[]", weights="{}", recruiters=[],
        deadline=vacancy.deadline.isoformat(), created_by="",
        **{f"language_requirements-{k}": v for k, v in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()},
        **{f"competency_requirements-{k}": v for k, v in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()},
    )  # fmt: skip
    version = vacancy.requirements_version
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    vacancy.refresh_from_db()
    assert vacancy.min_years_experience == 7
    assert vacancy.requirements_version == version + 1


def test_it_imports_notice_files_with_a_report_per_file(ada, client_for):
    seed = sorted(NOTICES.glob("*.txt"))[0]
    files = [
        SimpleUploadedFile(seed.name, seed.read_bytes()),
        SimpleUploadedFile("program.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(256)),
        SimpleUploadedFile("shopping.txt", b"Shopping list\nmilk\neggs\n"),
    ]
    client = client_for(ada)
    assert client.get(f"{CHANGELIST}import/").status_code == 200
    response = client.post(f"{CHANGELIST}import/", {"files": files})
    content = response.content.decode()
    vacancy = Vacancy.objects.get()
    assert (vacancy.status, vacancy.created_by, vacancy.source_filename) == (
        Vacancy.Status.DRAFT,
        ada,
        seed.name,
    )
    assert "Imported 1 of 3 files as drafts." in content
    assert f"Draft #{vacancy.pk}" in content
    assert content.count("<strong>Error:</strong>") == 2
    assert "program" in content


def test_its_import_page_is_closed_to_recruiters(rita, client_for):
    assert client_for(rita).get(f"{CHANGELIST}import/").status_code == 302
