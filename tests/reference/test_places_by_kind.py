"""Places named by their kind, as notices ask for them ("for a public institution, an international organisation
or a news media organisation", "in a national security authority", "a military organisation, a defence ministry
or a NATO body"), and the bodies of member nations that are of each kind, as CVs name them (issue 14: such
lines were matched by their literal words, so a post at the AIVD, the RTBF or a Lithuanian brigade staff
spoke to none of them)."""

import pytest

from matching.text import fold
from reference.concepts import asked_concepts, class_words, concept_tags, places_shown


def asked(text: str) -> set[str]:
    return {tag for tag, _ in asked_concepts(fold(text))}


@pytest.mark.parametrize(
    ("phrase", "tag"),
    [
        ("for a public institution", "~government"),
        ("in a public-sector body", "~government"),
        ("a national government body", "~government"),
        ("a state authority", "~government"),
        ("in a national security authority", "~security_service"),
        ("an intelligence and security service", "~security_service"),
        ("a news media organisation", "~media"),
        ("a broadcaster or a press agency", "~media"),
        ("a defence ministry", "~military"),
        ("a NATO body", "~io"),
        ("a diplomatic environment", "~international"),
    ],
)
def test_a_place_asked_by_its_kind_is_read_as_that_place(phrase, tag):
    assert tag in asked(phrase)


def test_a_public_body_is_one_place_not_the_sector_and_a_leftover_word():
    assert asked_concepts("a public-sector body") == (("~government", (2, 20)),)


@pytest.mark.parametrize(
    "organisation",
    [
        "Algemene Inlichtingen- en Veiligheidsdienst (AIVD), Zoetermeer",
        "Bundesamt für Verfassungsschutz, Köln",
        "Służba Kontrwywiadu Wojskowego, Biuro Ochrony Informacji",
        "Ufficio Centrale per la Segretezza, Roma",
        "Národní bezpečnostní úřad, Praha",
        "Politiets sikkerhetstjeneste, Oslo",
        "Kaitsepolitseiamet, Tallinn",
    ],
)
def test_a_national_security_or_intelligence_service_is_one_and_a_public_body(organisation):
    assert {"~security_service", "~government"} <= places_shown(fold(organisation))


def test_an_intelligence_service_is_where_intelligence_work_is_done():
    assert "~intelligence" in concept_tags(
        fold("Analyst, Militaire Inlichtingen- en Veiligheidsdienst (MIVD)")
    )


@pytest.mark.parametrize(
    "organisation",
    ["Radio-Télévision belge (RTBF), Bruxelles", "Norsk rikskringkasting (NRK) radio", "Reuters"],
)
def test_a_broadcaster_or_news_agency_is_a_news_media_organisation(organisation):
    assert "~media" in places_shown(fold(organisation))


@pytest.mark.parametrize(
    "organisation",
    [
        "Lietuvos kariuomenė, Sausumos pajėgų štabas",
        "Statul Major al Forțelor Terestre, București",
        "Militaire Luchtvaart Autoriteit, Den Haag",
        "Führungsstab der Streitkräfte",
        "Sztab Generalny Wojska Polskiego",
    ],
)
def test_armed_forces_and_their_staffs_in_member_nations_languages_are_military(organisation):
    assert {"~military", "~government"} <= places_shown(fold(organisation))


@pytest.mark.parametrize(
    "text",
    ["militant group researcher", "stabilisation adviser", "a media studies degree", "public speaking"],
)
def test_words_that_only_look_like_a_place_are_none(text):
    assert not places_shown(fold(text)) - {"~international"}


def test_a_helicopter_type_is_a_helicopter_and_an_aircraft():
    assert set(class_words(concept_tags(fold("Type certification of the NH90 and CH-47F")))) == {
        "helicopter",
        "aircraft",
    }
    assert class_words(concept_tags(fold("Maintenance of the C-130J fleet"))) == ("aircraft",)
    assert class_words(concept_tags(fold("Apache Kafka pipelines"))) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Adviser, US Embassy Kyiv",
        "Conseiller, Tbilissi",
        "Doradca, Kiszyniów",
        "Programme officer for Armenia and Azerbaijan",
        "Berater, Ukraine",
        "Rådgiver, Georgia",
    ],
)
def test_a_partner_nation_is_shown_by_its_name_or_its_city_in_member_nations_languages(text):
    assert "~partner_country" in concept_tags(fold(text))


@pytest.mark.parametrize(
    "text", ["OSCE Secretariat, Vienna", "Ministry of Defence, Bucharest", "NATO HQ, Brussels"]
)
def test_a_member_nation_or_an_organisations_seat_is_no_partner_country(text):
    assert "~partner_country" not in concept_tags(fold(text))


def test_work_in_a_partner_country_is_asked_by_those_words():
    assert "~partner_country" in asked("experience in a partner country")
