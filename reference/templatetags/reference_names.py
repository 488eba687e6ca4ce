"""Names the reference data keeps in English, as a reader of the active language reads them:
``{{ vacancy.nationalities|nations }}`` -> "Belgique, Pays-Bas" and ``{{ c.name|competency }}`` -> "Pensée
conceptuelle" on a French page; unchanged in English."""

from django import template
from django.utils.translation import get_language

from reference.ladders_fr import COMPETENCY_NAMES_FR
from reference.nations import displayed_nation
from reference.places import displayed_place

register = template.Library()

# Canonical (English) competency name -> its first French name in ``COMPETENCY_NAMES_FR``.
_FRENCH_COMPETENCY = {}
for french, canonical in COMPETENCY_NAMES_FR.items():
    _FRENCH_COMPETENCY.setdefault(canonical, french[:1].upper() + french[1:])


@register.filter
def nations(values) -> str:
    """English country names (or codes), each named in the active language, joined by commas."""
    return ", ".join(displayed_nation(value) for value in values or ())


@register.filter
def competency(name: str) -> str:
    """A ladder's canonical name in the active language (French: as NATO's French notices name it)."""
    if (get_language() or "en").startswith("fr"):
        return _FRENCH_COMPETENCY.get(name, name)
    return name


@register.filter
def place(value: str) -> str:
    """A place stored in English ("Brussels, Belgium") in the active language ("Bruxelles, Belgique")."""
    return displayed_place(value) if value else ""
