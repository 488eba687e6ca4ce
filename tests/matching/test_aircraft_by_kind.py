"""Aircraft by kind, as notices ask ("of which 2 years on helicopters", "on large multi-engine aircraft") and
as CVs show them: by type or in the CV's language ("NH90", "Hubschrauber", "C-130J"), never by a word that is
also a rank, a grade or a program ("E-3", "P-3", "Apache Kafka"). Pure, no database (issue 14, point 3)."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from reference.concepts import concept_tags

AS_OF = date(2026, 6, 1)


def notice(kind: str) -> dict:
    line = f"At least 5 years' experience in aircraft maintenance, of which at least 2 years on {kind}"
    return {
        "title": "Airworthiness Engineer",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 5,
        "experience_conditions": [
            {"years": 5, "context": "aircraft maintenance"},
            {"years": 2, "context": kind},
        ],
        "essential": [line],
        "accountabilities": ["Oversee the continuing airworthiness of the fleet"],
    }


def status(kind: str, title: str, description: str) -> str:
    candidate = {
        "id": "p", "name": "P", "nationality": "Germany",
        "education": [{"level": "master", "field": "Aerospace engineering"}],
        "experience": [{"title": title, "organisation": "Air Force", "start": "2015-01", "end": None,
                        "description": description}],
    }  # fmt: skip
    vacancy = notice(kind)
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == vacancy["essential"][0])


def test_helicopters_are_shown_by_their_types_and_in_other_languages():
    assert (
        status("helicopters", "Maintenance engineer", "Aircraft maintenance of the NH90 and CH-47F fleet")
        == MET
    )
    assert status("helicopters", "Prüfingenieur", "Aircraft maintenance, Hubschrauber der Luftwaffe") == MET
    assert (
        status("helicopters", "Maintenance engineer", "Aircraft maintenance of the F-16 fleet") == TO_ASSESS
    )


def test_large_transport_aircraft_are_shown_by_their_types():
    kind = "large multi-engine aircraft (transport, tanker or maritime patrol types)"
    assert status(kind, "Maintenance engineer", "Aircraft maintenance of the C-130J and A400M") == MET
    assert status(kind, "Avionics technician", "Aircraft maintenance of the Eurofighter") == TO_ASSESS


def test_ranks_grades_and_programs_are_no_aircraft():
    for text in ("sergeant (e-7), platoon logistics", "un p-3 programme officer", "apache kafka pipelines"):
        assert {"~helicopter", "~transport_aircraft"}.isdisjoint(concept_tags(text)), text
