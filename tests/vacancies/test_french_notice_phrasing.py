"""French notices as NATO's French notices are phrased (issue 19, point 4): each test is one way of writing a
field in French, in a notice of my own (no bench notice copied), read as the English phrasing is."""

import pytest

from reference.bodies import body_name_in
from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import colon_labels
from vacancies.parsing.experience import experience_conditions
from vacancies.parsing.languages import parse_languages
from vacancies.parsing.tables import linearise_tables

REQUIREMENTS = """
Qualifications et expérience essentielles
Le/La titulaire doit :
- être titulaire d'un diplôme universitaire en logistique ;
- avoir au moins six années d'expérience en gestion de la chaîne d'approvisionnement ;
- avoir au minimum le niveau de compétence suivant dans les langues officielles de l'OTAN (anglais/français) : V (« Avancé ») dans l'une ; II (« Élémentaire ») dans l'autre.
Qualifications et expérience souhaitables
- une expérience des opérations de l'OTAN.
Compétences
- Travail en équipe : sollicite les contributions.
"""


def notice(header: str) -> dict:
    return parse_notice(header.strip() + "\n" + REQUIREMENTS).to_json()


def test_a_body_named_by_its_acronym_is_given_by_its_french_name_in_a_french_notice():
    fr = notice(
        """
JWC – Avis de vacance 2027/011
Intitulé du poste : Planificateur/Planificatrice d'exercices
Lieu d'affectation : Stavanger (Norvège)
Grade : A-2
Date limite de dépôt des candidatures : 3 avril 2027
"""
    )
    assert fr["language"] == "fr"
    assert fr["organisation"] == "Centre de guerre interarmées"
    assert (fr["location"], fr["place"]) == ("Stavanger, Norvège", "Stavanger, Norway")


def test_a_body_written_in_capitals_in_french_is_given_as_its_name_is_written():
    fr = notice(
        """
CENTRE D'ENTRAÎNEMENT DE FORCES INTERARMÉES (JFTC)
Avis de vacance JFTC 07/27
Poste : Formateur/Formatrice (Systèmes d'information)
Lieu d'affectation : Bydgoszcz (Pologne)
Grade : B-5
Date limite de dépôt des candidatures : 30 avril 2027
"""
    )
    assert fr["organisation"] == "Centre d'entraînement de forces interarmées"
    assert (fr["location"], fr["place"]) == ("Bydgoszcz, Pologne", "Bydgoszcz, Poland")


def test_the_city_is_kept_as_the_french_notice_writes_it_and_the_country_named_in_french():
    fr = notice(
        """
AVIS DE VACANCE
Intitulé du poste : Juriste (Marchés publics)
Organisme : Agence OTAN d'information et de communication (NCI Agency)
Lieu d'affectation : La Haye (Pays-Bas)
Grade : A-2
Date limite de dépôt des candidatures : 9 avril 2027
"""
    )
    assert (fr["location"], fr["place"]) == ("La Haye, Pays-Bas", "The Hague, Netherlands")
    assert fr["organisation"] == "Agence OTAN d'information et de communication"


def test_a_division_whose_name_lists_its_parts_is_not_cut_at_its_comma():
    fr = notice(
        """
SECRÉTARIAT INTERNATIONAL DE L'OTAN
Intitulé du poste : Administrateur/Administratrice (Partenariats)
Division : Division Affaires politiques, sécurité et partenariats (PASP)
Lieu d'affectation : Bruxelles (Belgique)
Grade : A-2
Date limite de dépôt des candidatures : 12 mai 2027
"""
    )
    assert fr["organisation"] == "Division Affaires politiques, sécurité et partenariats"
    assert fr["location"] == "Bruxelles, Belgique"


def test_a_heading_in_capitals_that_opens_with_a_field_name_is_no_field():
    assert colon_labels(
        ["ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD", "Organisation NATO Support Agency"]
    ) == [
        "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD",
        "Organisation: NATO Support Agency",
    ]


def test_a_table_of_french_field_names_reads_as_fields():
    rows = [
        "Intitulé du poste | Traducteur/Traductrice",
        "Lieu d'affectation | Mons (Belgique)",
        "Date limite de dépôt des candidatures | 14/05/2027",
    ]
    assert linearise_tables(rows) == [
        "Intitulé du poste: Traducteur/Traductrice",
        "Lieu d'affectation: Mons (Belgique)",
        "Date limite de dépôt des candidatures: 14/05/2027",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("avoir une connaissance de l'allemand correspondant au moins au niveau IV (« Intermédiaire supérieur »)",
         ("German", "IV")),
        ("posséder une maîtrise de l'espagnol équivalant au minimum au niveau III", ("Spanish", "III")),
    ],
)  # fmt: skip
def test_another_language_at_a_level_is_read_from_the_french_sentence(sentence, expected):
    assert [(r.language, r.level) for r in parse_languages([sentence]).requirements] == [expected]


def test_the_field_of_experience_keeps_its_adjective_and_drops_its_preposition():
    assert experience_conditions(
        [
            "avoir au moins huit années d'expérience dans le domaine financier, dont deux dans le domaine des audits."
        ]
    ) == ((8, "le domaine financier", ""), (2, "audits", ""))


def test_a_second_requirement_after_the_field_of_study_is_no_field():
    fr = parse_notice(
        "AVIS DE VACANCE\nIntitulé du poste : Conseiller juridique\nGrade : A-3\n"
        + REQUIREMENTS.replace(
            "en logistique ;", "en droit et être inscrit(e) au barreau de l'un des pays membres ;"
        )
    )
    assert fr.degree.fields == ("droit",)


def test_an_english_notice_keeps_the_english_names():
    assert body_name_in("JWC", "en") == "JWC"
    en = parse_notice(
        "JWC - Vacancy Notice 2027/011\nPost title: Exercise Planner\nLocation: Stavanger (Norway)\nGrade: A-2\n"
        "Closing date: 3 April 2027\nEssential qualifications\n- a university degree in logistics;\n"
        "- at least six years of experience in supply chain management;\n"
        "Desirable\n- experience of NATO operations.\n"
    ).to_json()
    assert (en["organisation"], en["location"], en["place"]) == (
        "Joint Warfare Centre",
        "Stavanger, Norway",
        "Stavanger, Norway",
    )
