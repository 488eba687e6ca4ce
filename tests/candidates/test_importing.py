"""Bulk import of candidates from JSON Lines."""

import datetime as dt
import json

import pytest

from candidates import importing
from candidates.importing import import_jsonl, import_profiles
from candidates.models import Candidate, CompetencyAssessment, Education, Experience, LanguageSkill
from candidates.profile import profile_from_import_json

pytestmark = pytest.mark.django_db


def profile(id="hr-1", **fields):
    base = {
        "id": id,
        "name": "Ana Silva",
        "email": "ana@example.net",
        "nationality": "portugal",
        "education": [{"level": "master", "field": "Law", "institution": "Lisbon", "year": 2015}],
        "military_staff_college": True,
        "experience": [
            {
                "title": "Legal Adviser",
                "organisation": "MoD",
                "start": "2016-01",
                "end": "2019-06",
                "description": "Contracts.",
            },
            {
                "title": "Senior Adviser",
                "organisation": "NSPA",
                "start": "2019-07",
                "end": None,
                "description": "",
            },
        ],  # fmt: skip
        "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "III"}],
        "competencies": [{"name": "Teamwork", "rung": 3}],
        "skills": ["contract law", "procurement"],
        "summary": "Lawyer.",
    }
    base.update(fields)
    return base


def lines(*profiles):
    return [json.dumps(p) for p in profiles]


def test_it_imports_a_good_file():
    report = import_jsonl(lines(profile("hr-1"), profile("hr-2", name="Rui Lopes")))
    assert (report.created, report.updated, report.errors) == (2, 0, [])
    ana = Candidate.objects.get(external_id="hr-1")
    assert ana.name == "Ana Silva"
    assert (ana.nationality, ana.nationality_name) == ("PT", "Portugal")
    assert ana.military_staff_college is True
    assert ana.skills == ["contract law", "procurement"]
    assert ana.user is None
    assert ana.education.get().institution == "Lisbon"
    assert [(x.title, x.start, x.end) for x in ana.experience.order_by("start")] == [
        ("Legal Adviser", dt.date(2016, 1, 1), dt.date(2019, 6, 1)),
        ("Senior Adviser", dt.date(2019, 7, 1), None),
    ]
    assert {(s.language_name, s.level) for s in ana.languages.all()} == {("English", "V"), ("French", "III")}
    assert ana.competencies.get().rung == 3


def test_it_round_trips_profile_json():
    import_jsonl(lines(profile("hr-1")))
    stored = profile_from_import_json(Candidate.objects.get(external_id="hr-1").profile_json())
    given = profile_from_import_json(profile("hr-1"))
    assert sorted(stored.experience, key=repr) == sorted(given.experience, key=repr)
    assert stored.languages == given.languages
    assert (stored.name, stored.nationality, stored.skills, stored.education) == (
        given.name, given.nationality, given.skills, given.education,
    )  # fmt: skip


def test_the_scorer_still_reads_evidence_stored_before_its_length_was_limited():
    import_jsonl(lines(profile("hr-1")))
    CompetencyAssessment.objects.update(evidence="Ran the PARP working group. " * 60)  # 1,680 characters
    stored = profile_from_import_json(Candidate.objects.get(external_id="hr-1").profile_json())
    assert len(stored.competencies[0].evidence) == 1000
    assert len(CompetencyAssessment.objects.get().evidence) == 1680  # the row keeps it all


def test_it_marks_imported_candidates_as_consented_by_the_importer():
    import_jsonl(lines(profile("hr-1")))
    candidate = Candidate.objects.get(external_id="hr-1")
    assert candidate.consent_at is not None
    assert candidate.consent_version == "import"
    assert Candidate.objects.matchable().filter(pk=candidate.pk).exists()


def test_it_reports_broken_lines_with_their_numbers_and_imports_the_rest():
    report = import_jsonl(
        [
            json.dumps(profile("ok-1")),
            "{not json",
            json.dumps(profile("bad-month", experience=[{"title": "X", "start": "2020-13"}])),
            json.dumps({"name": "No Id"}),
            json.dumps(profile("bad-level", languages=[{"language": "English", "level": "VII"}])),
            json.dumps(
                profile("backwards", experience=[{"title": "X", "start": "2020-05", "end": "2019-01"}])
            ),
            json.dumps(profile("no-name", name="")),
            json.dumps(profile("ok-2")),
            json.dumps(["a", "list"]),
        ]
    )
    assert report.created == 2
    assert Candidate.objects.filter(external_id__in=["ok-1", "ok-2"]).count() == 2
    assert Candidate.objects.count() == 2
    assert report.errors == [
        (2, "not valid JSON: Expecting property name enclosed in double quotes (column 2)"),
        (3, "experience[0].start: '2020-13' is not a YYYY-MM month"),
        (4, "id: missing"),
        (5, "languages[0].level: 'VII' is not one of I..VI"),
        (6, "experience[0]: end 2019-01 is before start 2020-05"),
        (7, "name: missing"),
        (9, "the line is not a JSON object but list"),
    ]


def test_it_skips_blank_lines_silently():
    report = import_jsonl(["", json.dumps(profile("hr-1")), "   ", "\n", json.dumps(profile("hr-2"))])
    assert (report.created, report.errors) == (2, [])


def test_it_numbers_lines_counting_blank_ones():
    report = import_jsonl(["", json.dumps(profile("hr-1")), "", "oops"])
    assert [number for number, _ in report.errors] == [4]


def test_it_updates_on_reimport_without_duplicating():
    import_jsonl(lines(profile("hr-1"), profile("hr-2")))
    changed = profile("hr-1", name="Ana M. Silva", languages=[{"language": "English", "level": "VI"}])
    report = import_jsonl(lines(changed, profile("hr-2")))
    assert (report.created, report.updated, report.unchanged) == (0, 2, 1)
    assert Candidate.objects.count() == 2
    ana = Candidate.objects.get(external_id="hr-1")
    assert ana.name == "Ana M. Silva"
    assert [(s.language_name, s.level) for s in ana.languages.all()] == [("English", "VI")]
    assert LanguageSkill.objects.count() == 1 + 2
    assert Education.objects.count() == 2
    assert Experience.objects.count() == 4


def test_it_bumps_the_version_only_of_changed_profiles():
    import_jsonl(lines(profile("hr-1"), profile("hr-2")))
    versions = dict(Candidate.objects.values_list("external_id", "profile_version"))
    import_jsonl(lines(profile("hr-1", skills=["negotiation"]), profile("hr-2")))
    after = dict(Candidate.objects.values_list("external_id", "profile_version"))
    assert after["hr-1"] == versions["hr-1"] + 1
    assert after["hr-2"] == versions["hr-2"]


def test_it_leaves_unchanged_rows_alone():
    import_jsonl(lines(profile("hr-1")))
    ids = set(Experience.objects.values_list("id", flat=True))
    import_jsonl(lines(profile("hr-1")))
    assert set(Experience.objects.values_list("id", flat=True)) == ids


def test_it_keeps_the_first_consent_date_on_reimport():
    import_jsonl(lines(profile("hr-1")))
    first = Candidate.objects.get().consent_at
    import_jsonl(lines(profile("hr-1", summary="Changed.")))
    assert Candidate.objects.get().consent_at == first


def test_it_lets_a_later_line_update_an_earlier_one_with_the_same_id():
    report = import_jsonl(lines(profile("hr-1", name="First"), profile("hr-1", name="Second")))
    assert (report.created, report.updated) == (1, 1)
    assert Candidate.objects.get().name == "Second"


def test_it_keeps_an_unknown_competency_given_with_a_rung():
    report = import_jsonl(lines(profile("hr-1", competencies=[{"name": "Juggling", "rung": 2}])))
    assert report.errors == []
    assert CompetencyAssessment.objects.get().name == "Juggling"


def test_it_reports_an_unknown_competency_given_by_text():
    report = import_jsonl(
        lines(profile("hr-1", competencies=[{"name": "Juggling", "level_text": "Three balls"}]))
    )
    assert report.errors == [
        (1, "competencies[0].name: 'Juggling' is not a known competency, so level_text cannot be read")
    ]
    assert not Candidate.objects.exists()


def test_it_resolves_a_level_text_to_its_rung():
    competencies = [
        {"name": "Achievement Orientation", "level_text": "Creates own measures of excellence"},
        {"name": "Initiative", "level_text": "decisive in a time-sensitive situation"},
    ]
    import_jsonl(lines(profile("hr-1", competencies=competencies)))
    assert dict(CompetencyAssessment.objects.values_list("name", "rung")) == {
        "Achievement": 3,
        "Initiative": 3,
    }


def test_it_reports_a_level_text_that_matches_no_rung():
    competencies = [{"name": "Teamwork", "level_text": "Quantum chromodynamics"}]
    report = import_jsonl(lines(profile("hr-1", competencies=competencies)))
    assert report.errors == [
        (1, "competencies[0].level_text: 'Quantum chromodynamics' matches no rung of Teamwork")
    ]


def test_it_reports_a_competency_listed_twice():
    competencies = [{"name": "Teamwork", "rung": 2}, {"name": "Teamwork and Co-operation", "rung": 3}]
    report = import_jsonl(lines(profile("hr-1", competencies=competencies)))
    assert report.errors == [(1, "competencies[1]: Teamwork is listed twice")]


def test_it_stores_a_competencys_evidence_and_none_for_a_bare_claim():
    competencies = [
        {"name": "Teamwork", "rung": 3, "evidence": "Ran the PARP working group of 9 nations."},
        {"name": "Initiative", "level_text": "Acts up to 2 months ahead"},
    ]
    report = import_jsonl(lines(profile("hr-1", competencies=competencies)))
    assert report.errors == []
    # The behaviour a rung is given by is not evidence of it.
    assert set(CompetencyAssessment.objects.values_list("name", "rung", "evidence")) == {
        ("Teamwork", 3, "Ran the PARP working group of 9 nations."),
        ("Initiative", 4, ""),
    }
    candidate = Candidate.objects.get(external_id="hr-1")
    assert [c.evidence for c in profile_from_import_json(candidate.profile_json()).competencies] == [
        "",
        "Ran the PARP working group of 9 nations.",
    ]


def test_it_reports_a_broken_evidence_with_its_line_and_imports_the_rest():
    report = import_jsonl(
        lines(
            profile("hr-1"),
            profile("hr-2", competencies=[{"name": "Teamwork", "rung": 3, "evidence": 42}]),
            profile("hr-3", competencies=[{"name": "Teamwork", "rung": 3, "evidence": "y" * 1001}]),
        )
    )
    assert report.errors == [
        (2, "competencies[0].evidence: 42 is not text"),
        (3, "competencies[0].evidence: longer than 1000 characters"),
    ]
    assert list(Candidate.objects.values_list("external_id", flat=True)) == ["hr-1"]


def test_it_updates_a_changed_evidence_and_leaves_the_same_one_alone():
    given = [{"name": "Teamwork", "rung": 3, "evidence": "Ran the PARP working group of 9 nations."}]
    import_jsonl(lines(profile("hr-1", competencies=given)))
    again = import_jsonl(lines(profile("hr-1", competencies=given)))
    assert again.unchanged == 1
    changed = [{**given[0], "evidence": "Chaired the working group through the 2024 PARP cycle."}]
    report = import_jsonl(lines(profile("hr-1", competencies=changed)))
    assert (report.unchanged, len(report.changed_ids)) == (0, 1)
    candidate = Candidate.objects.get(external_id="hr-1")
    assert candidate.profile_version == 2
    assert candidate.competencies.get().evidence == "Chaired the working group through the 2024 PARP cycle."


def test_it_reports_text_too_long_for_the_database():
    report = import_jsonl(lines(profile("hr-1", name="x" * 201), profile("hr-2")))
    assert report.errors == [(1, "name: longer than 200 characters")]
    assert report.created == 1


def test_it_imports_in_batches(monkeypatch):
    monkeypatch.setattr(importing, "BATCH_SIZE", 3)
    report = import_jsonl(lines(*[profile(f"hr-{i}") for i in range(10)]))
    assert report.created == 10
    assert Experience.objects.count() == 20


def test_it_imports_profiles_given_as_dicts():
    report = import_profiles([profile("hr-1"), {"id": "hr-2"}])
    assert report.created == 1
    assert report.errors == [(2, "name: missing")]


def test_it_imports_profiles_given_as_dataclasses():
    report = import_profiles([profile_from_import_json(profile("hr-1"))])
    assert report.created == 1


def test_it_keeps_the_rest_of_a_batch_when_the_database_refuses_a_line(monkeypatch):
    real = importing._write_batch

    def refuse_hr_2(profiles):
        if any(p.id == "hr-2" for p in profiles):
            from django.db import DataError

            raise DataError("refused")
        return real(profiles)

    monkeypatch.setattr(importing, "_write_batch", refuse_hr_2)
    report = import_jsonl(lines(profile("hr-1"), profile("hr-2"), profile("hr-3")))
    assert report.created == 2
    assert report.errors == [(2, "the database refused candidate 'hr-2'")]


def test_it_summarises_the_report():
    report = import_jsonl([*lines(profile("hr-1")), "oops"])
    assert report.summary() == "imported 1 new, updated 0, 1 lines with errors"
