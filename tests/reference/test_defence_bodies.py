"""A defence ministry or armed force named in its own language is a military place, and so a government one
(issue 14: conditions such as "gained in a military organisation, a defence ministry or a NATO body" and lines
asking for a military environment are judged from an entry's organisation). The English names were known;
the word "defence" in member nations' languages, and ministries in Cyrillic and Greek script, were not."""

import pytest

from matching.text import fold
from reference.concepts import places_shown

MILITARY = [
    "Defensie Materieelorganisatie, Den Helder",
    "Bundesministerium der Verteidigung, Bonn",
    "Ministero della Difesa, Segretariato Generale",
    "Ministère des Armées, Direction des ressources humaines",
    "Ministerio de Defensa, Dirección General de Armamento",
    "Ministério da Defesa Nacional, Lisboa",
    "Ministerstwo Obrony Narodowej, Departament Kadr",
    "Ministerstvo obrany České republiky",
    "Ministerul Apărării Naționale, București",
    "Министерство на отбраната, София",
    "ΓΕΝΙΚΟ ΕΠΙΤΕΛΕΙΟ ΕΘΝΙΚΗΣ ΑΜΥΝΑΣ, Αθήνα",
    "Ministrstvo za obrambo Republike Slovenije",
    "Ministarstvo obrane Republike Hrvatske",
    "Krašto apsaugos ministerija, Vilnius",
    "Aizsardzības ministrija, Rīga",
    "Kaitseministeerium, Tallinn",
    "Ministria e Mbrojtjes, Tiranë",
    "Milli Savunma Bakanlığı, Ankara",
    "Velitelství podpory AČR, Praha",
]


@pytest.mark.parametrize("organisation", MILITARY)
def test_a_defence_ministry_or_force_in_its_own_language_is_military(organisation):
    assert {"~military", "~government"} <= places_shown(fold(organisation))


@pytest.mark.parametrize(
    "organisation",
    [
        "Министерство на външните работи, София",  # foreign affairs: a ministry, not defence
        "Υπουργείο Εξωτερικών, Αθήνα",
    ],
)
def test_a_ministry_in_cyrillic_or_greek_script_is_government_not_military(organisation):
    assert places_shown(fold(organisation)) == {"~government"}


@pytest.mark.parametrize(
    "organisation",
    [
        "Andmekaitse Inspektsioon, Tallinn",  # data protection, not defence
        "Savunma Sanayii Başkanlığı, Ankara",  # the defence industry's agency, no armed force
        "Defence Science and Technology Laboratory, Porton Down",
    ],
)
def test_the_word_alone_in_other_senses_is_not_military(organisation):
    assert "~military" not in places_shown(fold(organisation))
