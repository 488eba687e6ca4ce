"""The domain's activities and subjects under the words candidates use (issue 14: fewer essentials left
to a person): national terms, synonyms and the names of systems. Pure: no database."""

from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from matching.text import requirement_terms
from reference.concepts import asked_concepts, concept_tags
from reference.disciplines import asked_disciplines, close_disciplines

AS_OF = date(2026, 6, 1)


def notice(line: str, conditions=(), years=3) -> dict:
    return {
        "title": "Officer",
        "degree": {"level": "none", "fields": [], "alternatives": []},
        "min_years_experience": years,
        "experience_conditions": list(conditions),
        "languages": {"rule": "none", "high": None, "low": None, "pair": ["English", "French"],
                      "requirements": [], "stanag": [], "raw": []},
        "nationality_restricted": False,
        "essential": [line],
        "desirable": [],
        "accountabilities": ["Analyse exercises"],
    }  # fmt: skip


def person(*posts: tuple[str, str, str]) -> dict:
    return {
        "id": "p", "name": "P", "nationality": "Belgium",
        "experience": [
            {"title": title, "organisation": organisation, "start": "2015-01", "end": None, "description": what}
            for title, organisation, what in posts
        ],
    }  # fmt: skip


def status(vacancy: dict, candidate: dict) -> str:
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return result.essentials[0].status


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # Performance audit is value-for-money audit (UK) and Wirtschaftlichkeitsprüfung (DE).
        ("value for money audit manager, national audit office", "~performance_audit"),
        ("wirtschaftlichkeitsprüfungen beim bmvg", "~performance_audit"),
        ("auditorias de resultados (desempenho) a programas de defesa", "~performance_audit"),
        ("enquêtes sur l'efficience et l'efficacité des programmes d'armement", "~performance_audit"),
        ("vanemaudiitor, riigikontroll", "~audit"),
        ("prüferin, bundesrechnungshof", "~audit"),
        ("rapporteur, cour des comptes", "~audit"),
        # Lessons learned under its other names.
        ("officier retex: retour d'expérience des opérations", "~lessons_learned"),
        ("analista de lições aprendidas", "~lessons_learned"),
        ("after-action reviews of brigade exercises", "~lessons_learned"),
        ("ofițer lecții învățate", "~lessons_learned"),
        # Interviews and surveys in member nations' languages.
        ("entrevistas e questionários no teatro", "~data_collection"),
        ("intervjuer med sjefer, spørreundersøkelser", "~data_collection"),
        ("anket ve mülakat tasarımı", "~data_collection"),
        # Integrated logistics support by its standards and national words.
        ("lsa reviews against s3000l", "~ils"),
        ("logistieke ondersteuningsanalyse volgens s3000l", "~ils"),
        ("product support manager", "~ils"),
        # Military aircraft and weapon systems by their names.
        ("projectteam ch-47f / nh90", "~military_aircraft"),
        ("eurofighter retrofits", "~military_aircraft"),
        # Host-nation support in other languages.
        ("referent gastlandunterstützung", "~host_nation_support"),
        ("podpora hostitelské země při průjezdu konvojů", "~host_nation_support"),
    ],
)
def test_an_activity_is_recognised_in_the_words_candidates_use(text, tag):
    assert tag in concept_tags(text)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("financial audit of the accounts", "~performance_audit"),
        ("controllo di regolarità contabile", "~performance_audit"),
        ("warehouse interviews for new staff of a bakery chain", "~lessons_learned"),
        ("boeing 737 line maintenance for a civil airline", "~military_aircraft"),
        ("logistics planning", "~ils"),
    ],
)
def test_a_neighbouring_activity_is_not_taken_for_it(text, tag):
    assert tag not in concept_tags(text)


def test_a_narrower_activity_asked_stands_for_itself_not_for_its_family():
    # "performance audit" is asked as itself: any audit does not meet it.
    assert [tag for tag, _ in asked_concepts("performance audit")] == ["~performance_audit"]
    # One task of ILS asked with its standards is not met by ILS in general.
    assert "~ils" not in requirement_terms(
        "Working knowledge of logistics support analysis according to S3000L"
    )


def test_years_in_an_activity_are_met_by_entries_in_national_words():
    line = "At least 4 years' experience in analysis, of which at least 2 years in lessons learned"
    vacancy = notice(line, years=4, conditions=[{"years": 2, "context": "lessons learned", "where": ""}])
    retex = person(
        ("Officier retex", "Centre de doctrine, Paris", "Retour d'expérience des opérations: analysis")
    )
    silent = person(("Officier", "Régiment d'infanterie", "Chef de section; analysis of readiness"))
    assert status(vacancy, retex) == MET
    assert status(vacancy, silent) == TO_ASSESS


def test_performance_audit_is_not_met_by_another_audit():
    line = "At least 3 years' experience in audit, of which at least 2 years of performance audit"
    vacancy = notice(line, conditions=[{"years": 2, "context": "performance audit", "where": ""}])
    german = person(("Prüferin", "Bundesrechnungshof, Bonn", "Wirtschaftlichkeitsprüfungen beim BMVg; audit"))
    regularity = person(("Revisore", "Corte dei conti, Roma", "Controllo di regolarità contabile; audit"))
    assert status(vacancy, german) == MET
    assert status(vacancy, regularity) == TO_ASSESS


def test_military_aircraft_are_known_by_their_names():
    line = (
        "At least 3 years' experience in logistics, of which at least 2 years on military aircraft programmes"
    )
    vacancy = notice(line, conditions=[{"years": 2, "context": "military aircraft programmes", "where": ""}])
    helicopters = person(
        ("ILS engineer", "Materiel organisation", "Logistics analysis for the NH90 and CH-47F")
    )
    airline = person(("Logistics engineer", "Civil airline", "Logistics for the Boeing 737 fleet"))
    assert status(vacancy, helicopters) == MET
    assert status(vacancy, airline) == TO_ASSESS


def test_training_to_an_audience_is_met_by_training_whoever_the_audience():
    # "to adult professionals" says to whom, not what the work was: a trainer of professionals meets it.
    line = "At least 3 years' experience in security, of which 2 years delivering training to adult professionals"
    vacancy = notice(
        line,
        conditions=[
            {"years": 3, "context": "security", "where": ""},
            {"years": 2, "context": "delivering training to adult professionals", "where": ""},
        ],
    )
    instructor = person(("Instructor", "Cyber Academy", "Teaches security incident response courses"))
    engineer = person(("Security engineer", "Telecom operator", "Firewall security administration"))
    assert status(vacancy, instructor) == MET
    assert status(vacancy, engineer) == TO_ASSESS


def test_a_defence_or_security_organisation_is_a_place():
    assert requirement_terms("analysis for a defence or security organisation") == ("analysis", "~military")
    line = "At least 3 years' experience in analysis for a defence or security organisation"
    army = person(("Operational research officer", "Army General Staff", "Statistical analysis of exercises"))
    bank = person(("Risk officer", "Retail bank", "Statistical analysis of loans"))
    assert status(notice(line), army) == MET
    assert status(notice(line), bank) == TO_ASSESS


def test_an_example_the_line_gives_shown_in_full_shows_the_line():
    line = "Practical use of quantitative or computational methods on open-source data (e.g. social network analysis, Python or R)"
    coder = person(("Analyst", "Armed Forces", "Monitoring of hostile narratives; scripts in Python"))
    graphs = person(("Researcher", "Institute", "Social network analysis of bot accounts"))
    # A word of an example is not the example: "analysis" and "social" alone show nothing.
    monitor = person(
        ("Communication advisor", "Defence Command", "Social media monitoring and analysis in Excel")
    )
    assert status(notice(line), coder) == MET
    assert status(notice(line), graphs) == MET
    assert status(notice(line), monitor) == TO_ASSESS


def test_how_the_work_was_done_is_no_key_term_of_a_line():
    line = "Experience of running competitive bidding procedures, for example open tenders, not only their review"
    (read,) = [found for found in prepare_vacancy(notice(line)).essential_lines if found.text == line]
    assert {"runn", "example", "only"}.isdisjoint(read.terms)
    # "competitive bidding" asks for procurement (reference.concepts), in whatever words a profile shows it.
    assert {"~procurement", "procedur"} <= set(read.terms)
    buyer = person(("Contracting officer", "Agency", "Competitive bidding procedures for fuel contracts"))
    assert status(notice(line), buyer) == MET


@pytest.mark.parametrize(
    "field",
    ["PhD Sociology", "Master în Sociologie", "Politikos mokslai (Political Science)", "MSc Psychology",
     "Master Sciences humaines et sociales"],
)  # fmt: skip
def test_the_social_sciences_hold_sociology_political_science_and_psychology(field):
    assert close_disciplines(field) & asked_disciplines("social sciences")
    assert not close_disciplines("MSc Mechanical Engineering") & asked_disciplines("social sciences")


@pytest.mark.parametrize(
    "field",
    ["Mestrado em Investigação Operacional", "Dottorato in Ricerca Operativa", "MSc Operational Research"],
)
def test_operational_research_is_known_under_its_names(field):
    assert close_disciplines(field) & asked_disciplines("operational research")


def test_national_work_does_not_show_work_involving_several_nations():
    line = "At least 3 years' experience in research, of which 2 years managing research involving several nations"
    vacancy = notice(
        line,
        conditions=[
            {"years": 3, "context": "research", "where": ""},
            {"years": 2, "context": "managing research involving several nations", "where": ""},
        ],
    )
    national = person(("Senior researcher", "Defence staff", "Managing national research studies"))
    several = person(("Programme manager", "Agency", "Managing research projects with several nations"))
    assert status(vacancy, national) == TO_ASSESS
    assert status(vacancy, several) == MET


@pytest.mark.parametrize(
    ("field", "asked"),
    [
        ("Master of Science in de ingenieurswetenschappen: werktuigkunde", "mechanical engineering"),
        ("Diplom Luft- und Raumfahrttechnik", "aeronautical engineering"),
        ("Mestrado Integrado em Engenharia Mecânica", "mechanical engineering"),
        ("Máster en Ingeniería Aeronáutica", "aeronautical engineering"),
        ("Mérnökinformatikus BSc", "computer science"),
        ("Bachelor i informasjonssikkerhet", "information security"),
    ],
)
def test_engineering_and_computing_degrees_are_read_in_member_languages(field, asked):
    assert close_disciplines(field) & asked_disciplines(asked)
