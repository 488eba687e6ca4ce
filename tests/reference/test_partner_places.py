"""The partner nations' places written out from CLDR are what CLDR gives, and they are read as the concept."""

from reference.concepts import places_shown
from reference.partners import partner_places, places_from_cldr


def test_the_written_out_places_are_cldrs():
    assert list(partner_places()) == places_from_cldr()


def test_a_partner_city_in_a_member_language_places_work_in_a_partner_country():
    assert "~partner_country" in places_shown("berater, nato-verbindungsbüro, tiflis")
    assert "~partner_country" in places_shown("doradca, ambasada rp, ukraina")
    assert "~partner_country" not in places_shown("adviser, ministry of defence, oslo")
