"""Nationalities and languages are stored as codes from one list in reference/, read and shown as names."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection

from candidates.models import Candidate, LanguageSkill
from reference.data import DEFAULT_REFERENCE, MEMBER_NATIONS, ReferenceData
from reference.languages import LANGUAGE_NAMES, language_key, language_name, stored_language
from reference.nations import MEMBER_NATION_CODES, nation_code, nation_name, stored_nationality
from tests.factories import CandidateFactory

CODES_MIGRATION = import_module("candidates.migrations.0003_nationality_and_language_codes")


def test_every_member_nation_has_a_code_and_reads_back_under_its_own_name():
    assert tuple(MEMBER_NATION_CODES.values()) == MEMBER_NATIONS
    for code, name in MEMBER_NATION_CODES.items():
        assert nation_code(name) == code
        assert nation_name(code) == name


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Turkey", "TR"),
        ("türkiye", "TR"),
        ("UK", "GB"),
        ("usa", "US"),
        ("  United   Kingdom ", "GB"),
        ("TR", "TR"),
    ],
)
def test_aliases_of_member_nations_give_their_code(written, code):
    assert nation_code(written) == code


def test_other_countries_keep_a_code_but_only_when_written_as_cldr_names_them():
    assert stored_nationality("Switzerland") == "CH"
    assert nation_name("CH") == "Switzerland"
    # Shown as written: "switzerland" and "Swiss" name no country exactly, so they are kept, not guessed.
    assert stored_nationality("switzerland") == "switzerland"
    assert stored_nationality("Swiss") == "Swiss"
    assert stored_nationality("Other") == "Other"
    assert nation_name("Swiss") == "Swiss"


def test_names_in_french_come_from_cldr():
    assert nation_name("TR", "fr") == "Turquie"
    assert language_name("english", "fr") == "anglais"
    # No CLDR name: the English one rather than nothing.
    assert language_name("montenegrin", "fr") == "Montenegrin"


def test_a_nation_added_in_the_admin_is_recognised_by_name():
    reference = ReferenceData(member_nations=(*MEMBER_NATIONS, "Ireland"))
    assert nation_code("Ireland", reference) == "IE"
    assert nation_code("ireland", reference) == "IE"
    assert nation_code("ireland", DEFAULT_REFERENCE) is None


def test_languages_have_one_key_per_name_and_read_back_as_written():
    for name in LANGUAGE_NAMES:
        assert language_key(name.upper()) == name.lower()
        assert language_name(name.lower()) == name
    assert stored_language("Klingon") == "Klingon"
    assert language_name("Klingon") == "Klingon"


@pytest.mark.django_db
def test_rows_store_codes_whichever_way_they_are_written_and_forms_start_from_names():
    candidate = Candidate.objects.create(name="Ana", nationality="Turkey")
    LanguageSkill.objects.bulk_create([LanguageSkill(candidate=candidate, language="FRENCH", level="IV")])
    assert candidate.nationality == "TR"
    assert Candidate.objects.filter(nationality="türkiye").get() == candidate
    Candidate.objects.filter(pk=candidate.pk).update(nationality="UK")
    candidate.refresh_from_db()
    assert (candidate.nationality, candidate.nationality_name) == ("GB", "United Kingdom")
    skill = LanguageSkill.objects.get()
    assert (skill.language, skill.language_name, str(skill)) == ("french", "French", "French IV")
    assert Candidate._meta.get_field("nationality").value_from_object(candidate) == "United Kingdom"
    assert candidate.profile_json()["nationality"] == "United Kingdom"
    assert candidate.profile_json()["languages"] == [{"language": "French", "level": "IV"}]


@pytest.mark.django_db
def test_the_migration_turns_names_into_codes_and_keeps_and_reports_what_it_cannot_read(capsys):
    ana = CandidateFactory(with_profile=False)
    rui = CandidateFactory(with_profile=False)
    eva = CandidateFactory(with_profile=False)
    with connection.cursor() as cursor:  # rows as they were before the codes, past the fields' conversion
        cursor.execute(
            "UPDATE candidates_candidate SET nationality = CASE id WHEN %s THEN 'turkey' WHEN %s THEN 'Swiss' "
            "ELSE 'Switzerland' END",
            [ana.pk, rui.pk],
        )
        for candidate, language in ((ana, "English"), (ana, "english"), (ana, "Klingon"), (rui, "French")):
            cursor.execute(
                "INSERT INTO candidates_languageskill (candidate_id, language, level, stanag) VALUES (%s, %s, 'V', '')",
                [candidate.pk, language],
            )

    CODES_MIGRATION.to_codes(apps, None)

    stored = dict(Candidate.objects.values_list("pk", "nationality"))
    assert stored == {ana.pk: "TR", rui.pk: "Swiss", eva.pk: "CH"}
    languages = sorted(LanguageSkill.objects.values_list("candidate_id", "language"))
    assert languages == sorted(
        [(ana.pk, "english"), (ana.pk, "English"), (ana.pk, "Klingon"), (rui.pk, "french")]
    )
    report = capsys.readouterr().out
    assert "Kept as written (3)" in report
    assert f"candidate {rui.pk}: nationality 'Swiss' names no country" in report
    assert f"candidate {ana.pk}: language 'Klingon' is not in reference.languages" in report
    assert f"candidate {ana.pk}: language 'English' is given twice" in report
