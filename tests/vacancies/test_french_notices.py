"""French notices (issue 19, point 4): a French notice parses into the same structure as its English twin;
the twin submitted later is kept with the vacancy already there (one vacancy, one set of requirements);
the review page shows both and where they disagree; readers see the notice in their language."""

import datetime as dt
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from vacancies.models import NoticeText, Vacancy
from vacancies.parsing import parse_notice
from vacancies.parsing.twins import COMPARED_FIELDS, compared, twin_disagreements
from vacancies.services import import_notice_files, submit_notice

NOTICES = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"
FRENCH = NOTICES / "fr"
# (English notice, French notice): the two seeds with my translations, and a pair written as twins.
PAIRS = [
    (NOTICES / "nato-mcc-programme-officer.txt", FRENCH / "nato-mcc-programme-officer.fr.txt"),
    (NOTICES / "nato-dicb-country-coordinator.txt", FRENCH / "nato-dicb-country-coordinator.fr.txt"),
    (FRENCH / "ncia-cyber-analyst.en.txt", FRENCH / "ncia-cyber-analyst.fr.txt"),
]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("english", "french"), PAIRS, ids=[p[1].stem for p in PAIRS])
def test_a_french_notice_parses_into_the_same_fields_as_its_english_twin(english, french):
    en, fr = parse_notice(read(english)).to_json(), parse_notice(read(french)).to_json()
    assert (en["language"], fr["language"]) == ("en", "fr")
    assert twin_disagreements(en, fr) == []
    assert all(compared(fr, name) == compared(en, name) for name in COMPARED_FIELDS)
    assert fr["title"] and fr["essential"] and fr["desirable"]
    # Fields of study and experience contexts stay in French, one per English one.
    assert len(fr["degree"]["fields"]) == len(en["degree"]["fields"])
    assert [c["years"] for c in fr["experience_conditions"]] == [
        c["years"] for c in en["experience_conditions"]
    ]


def test_the_french_wording_of_each_requirement_is_read():
    fr = parse_notice(read(FRENCH / "ncia-cyber-analyst.fr.txt"))
    assert fr.reference == "NCIA 45/26"
    assert fr.degree.level == "master"
    assert fr.degree.fields == ("informatique", "génie électrique")
    assert fr.degree.alternatives == ("equivalent_experience",)
    assert fr.degree.fields_required is True
    assert [(c.years, c.context) for c in fr.experience_conditions] == [
        (7, "cybersécurité"),
        (3, "un centre des opérations de sécurité"),
    ]
    assert fr.nationalities == ("Belgium", "Netherlands", "Norway", "Poland")
    assert [(c.name, c.rung) for c in fr.competencies] == [("Conceptual Thinking", 3), ("Self-Control", 3)]
    # The place as the notice writes it, and in English for the board's filter and the pairing.
    assert (fr.location, fr.place) == ("Mons, Belgique", "Mons, Belgium")
    assert (fr.organisation, parse_notice(read(FRENCH / "ncia-cyber-analyst.en.txt")).organisation) == (
        "Agence OTAN d'information et de communication",
        "NATO Communications and Information Agency",
    )
    assert (fr.place, fr.grade, fr.clearance, fr.deadline) == (
        "Mons, Belgium",
        "A.3",
        "NATO SECRET",
        dt.date(2026, 2, 28),
    )
    dicb = parse_notice(read(FRENCH / "nato-dicb-country-coordinator.fr.txt"))
    assert dicb.degree.fields == ("sciences politiques", "relations internationales", "études de sécurité")
    assert dicb.degree.alternatives == ("military_staff_college",)
    assert (
        dicb.experience_conditions[0].where
        == "une organisation internationale ou une administration nationale"
    )


def test_the_matching_concepts_read_french_contexts():
    from reference.concepts import concept_tags
    from reference.disciplines import close_disciplines

    assert concept_tags("affaires étrangères, de sécurité ou de défense") == concept_tags(
        "foreign/security/defence affairs"
    )
    assert "~cyber" in concept_tags("cybersécurité")
    assert "~io" not in concept_tags("un centre des opérations de sécurité")  # the article, not the UN
    assert close_disciplines("sciences politiques") == close_disciplines("political science")


@pytest.mark.django_db
def test_imported_twins_are_one_vacancy_with_both_notice_texts():
    outcomes = import_notice_files(
        [
            (p.name, p.read_bytes())
            for p in (FRENCH / "ncia-cyber-analyst.en.txt", FRENCH / "ncia-cyber-analyst.fr.txt")
        ]
    )
    assert [o.error for o in outcomes] == ["", ""]
    assert outcomes[0].vacancy.pk == outcomes[1].vacancy.pk
    vacancy = Vacancy.objects.get()
    assert vacancy.title == "Senior Cyber Defence Analyst"  # the requirements are the first notice's
    assert vacancy.degree_fields == ["computer science", "electrical engineering"]
    texts = {t.language: t for t in vacancy.notice_texts.all()}
    assert set(texts) == {"en", "fr"}
    assert texts["fr"].reference == "NCIA 45/26"
    assert texts["fr"].parsed["title"] == "Analyste principal(e) en cyberdéfense"


@pytest.mark.django_db
def test_a_twin_without_reference_is_recognised_by_its_requirements(rita):
    english = submit_notice(read(PAIRS[0][0]), by=rita)
    french = submit_notice(read(PAIRS[0][1]), by=rita)
    assert french.pk == english.pk
    assert sorted(english.notice_texts.values_list("language", flat=True)) == ["en", "fr"]
    # Another notice in French (different requirements) is a vacancy of its own.
    other = submit_notice(read(PAIRS[1][1]), by=rita)
    assert other.pk != english.pk
    assert list(other.notice_texts.values_list("language", flat=True)) == ["fr"]


@pytest.mark.django_db
def test_a_french_notice_alone_is_a_vacancy_like_an_english_one(rita, client_for):
    response = client_for(rita).post("/vacancies/new/", {"text": read(FRENCH / "ncia-cyber-analyst.fr.txt")})
    vacancy = Vacancy.objects.get()
    assert response.status_code == 302 and response.url == f"/vacancies/{vacancy.pk}/"
    assert (vacancy.degree_level, vacancy.min_years_experience, vacancy.nationalities) == (
        "master",
        7,
        ["Belgium", "Netherlands", "Norway", "Poland"],
    )
    assert [(c.name, c.rung) for c in vacancy.competency_requirements.all()] == [
        ("Conceptual Thinking", 3),
        ("Self-Control", 3),
    ]


@pytest.mark.django_db
def test_another_recruiters_twin_is_not_attached_to_ritas_vacancy(rita, sam):
    mine = submit_notice(read(FRENCH / "ncia-cyber-analyst.en.txt"), by=rita)
    theirs = submit_notice(read(FRENCH / "ncia-cyber-analyst.fr.txt"), by=sam)
    assert theirs.pk != mine.pk
    assert mine.notice_texts.count() == 1


@pytest.mark.django_db
def test_the_review_page_shows_both_notices_and_where_they_disagree(rita, client_for):
    client = client_for(rita)
    client.post("/vacancies/new/", {"text": read(FRENCH / "ncia-cyber-analyst.en.txt")})
    vacancy = Vacancy.objects.get()
    # The French notice says A.4 where the English says A.3: the same reference makes it the twin anyway.
    french = read(FRENCH / "ncia-cyber-analyst.fr.txt").replace("Grade : A.3", "Grade : A.4")
    response = client.post("/vacancies/new/", {"text": french}, follow=True)
    assert Vacancy.objects.count() == 1
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == f"/vacancies/{vacancy.pk}/#notice-languages"
    assert "is kept with that vacancy" in page
    assert "The notices disagree on: Grade." in page
    assert "Analyste principal(e) en cyberdéfense" in page and "Senior Cyber Defence Analyst" in page
    assert NoticeText.objects.filter(vacancy=vacancy).count() == 2
    vacancy.refresh_from_db()
    assert vacancy.grade == "A.3"  # the requirements did not change


def page_in(client, url: str, language: str) -> str:
    """A page as a reader whose browser asks for ``language`` gets it (the request picks the language)."""
    return client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()


@pytest.mark.django_db
def test_the_board_shows_the_notice_in_the_readers_language(client):
    import_notice_files(
        [
            (p.name, p.read_bytes())
            for p in (FRENCH / "ncia-cyber-analyst.en.txt", FRENCH / "ncia-cyber-analyst.fr.txt")
        ]
    )
    vacancy = Vacancy.objects.get()
    vacancy.deadline = timezone.localdate() + dt.timedelta(days=20)
    vacancy.status, vacancy.published_at = Vacancy.Status.PUBLISHED, timezone.now()
    vacancy.save()
    detail, listing = page_in(client, f"/jobs/{vacancy.pk}/", "fr"), page_in(client, "/jobs/", "fr")
    assert "Analyste principal(e) en cyberdéfense" in detail
    assert "au moins sept (7) années d&#x27;expérience en cybersécurité" in detail
    assert 'lang="fr"' in detail
    assert "Analyste principal(e) en cyberdéfense" in listing
    english = page_in(client, f"/jobs/{vacancy.pk}/", "en")
    assert "Senior Cyber Defence Analyst" in english and "Analyste principal" not in english
    # A reader of a language with no notice of its own reads the first one.
    assert "Senior Cyber Defence Analyst" in page_in(client, f"/jobs/{vacancy.pk}/", "de")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [1280, 390])
def test_rita_sees_both_notices_side_by_side_in_the_browser(width, rita, page_for):
    from playwright.sync_api import expect

    from tests.conftest import screenshot

    english = submit_notice(read(FRENCH / "ncia-cyber-analyst.en.txt"), by=rita)
    french = read(FRENCH / "ncia-cyber-analyst.fr.txt").replace("Grade : A.3", "Grade : A.4")
    assert submit_notice(french, by=rita).pk == english.pk

    page = page_for(rita, width=width)
    page.goto(f"/vacancies/{english.pk}/")
    section = page.locator("#notice-languages")
    expect(section.get_by_role("heading", name="The notice in each language")).to_be_visible()
    expect(section.get_by_role("status")).to_contain_text("The notices disagree on: Grade.")
    grade_row = section.locator("tr.differs")
    expect(grade_row).to_have_count(1)
    expect(grade_row).to_contain_text("A.3")
    expect(grade_row).to_contain_text("A.4")
    expect(section.get_by_role("columnheader", name="Français")).to_be_visible()
    # Each notice's text, the first one open; the French one opens on a click.
    french_text = section.locator("details[lang=fr]")
    french_text.locator("summary").click()
    expect(french_text).to_contain_text("Analyste principal(e) en cyberdéfense")
    screenshot(page, f"french-notice-review{'' if width > 1000 else '-narrow'}")


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Référence : IS 123/26", "IS 123/26"),
        ("Vacancy Notice No. NCIA-26-318", "NCIA-26-318"),
        ("Publiée le 4 décembre 2026 · Réf. IMS 26/0412", "IMS 26/0412"),
        ("Post number | SHJ ENG 0210", "SHJ ENG 0210"),
        ("Please quote the reference in your application", None),
    ],
)
def test_the_reference_number_is_read_in_either_language(line, reference):
    from vacancies.parsing.header import find_reference

    assert find_reference(["AVIS DE VACANCE", line])[0] == reference


def test_sentence_case_french_headings_open_the_lists():
    notice = parse_notice(
        "Analyste (Budget)\nLieu d'affectation : Brunssum (Pays-Bas)\n\n"
        "Qualifications et expérience essentielles\n"
        "Être titulaire d'un diplôme universitaire, de préférence en économie ou en gestion.\n"
        "Au moins trois années d'expérience en gestion financière, dont deux dans un\n"
        "quartier général militaire.\n"
        "Langues : anglais V (« Avancé ») ; français III (« Intermédiaire »).\n"
        "Qualifications et expérience souhaitables\n"
        "Connaissance de SAP.\n\n"
        "Habilitation de sécurité\nCOSMIC TRÈS SECRET\n"
    )
    assert notice.degree.level == "university" and notice.degree.fields == ("économie", "gestion")
    assert [(c.years, c.context) for c in notice.experience_conditions] == [
        (3, "gestion financière"),
        (2, "un quartier général militaire"),
    ]
    assert [(r.language, r.level) for r in notice.languages.requirements] == [
        ("English", "V"),
        ("French", "III"),
    ]
    assert notice.desirable == ("Connaissance de SAP",)
    assert notice.clearance == "COSMIC TOP SECRET"


@pytest.mark.django_db
def test_an_applicant_reads_the_notice_in_their_language(alice, client_for):
    import_notice_files(
        [
            (p.name, p.read_bytes())
            for p in (FRENCH / "ncia-cyber-analyst.en.txt", FRENCH / "ncia-cyber-analyst.fr.txt")
        ]
    )
    vacancy = Vacancy.objects.get()
    vacancy.deadline = timezone.localdate() + dt.timedelta(days=20)
    vacancy.status, vacancy.published_at = Vacancy.Status.PUBLISHED, timezone.now()
    vacancy.save()
    client = client_for(alice)
    page_url, matches_url = reverse("applicants:vacancy", args=[vacancy.pk]), reverse("applicants:matches")
    page, matches = page_in(client, page_url, "fr"), page_in(client, matches_url, "fr")
    assert "Analyste principal(e) en cyberdéfense" in page
    assert "Analyste principal(e) en cyberdéfense" in matches
    assert "Senior Cyber Defence Analyst" in page_in(client, matches_url, "en")
