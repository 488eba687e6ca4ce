"""Build the pure ``ReferenceData`` from the editable rows in the database."""

from django.db import DatabaseError

from .data import DEFAULT_REFERENCE, ReferenceData
from .models import CompetencyLadder, DefaultWeight, LanguageLevel, MemberNation


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def reference_from_database() -> ReferenceData:
    levels = {lvl.code: (lvl.name, lvl.cefr) for lvl in LanguageLevel.objects.all()}
    ladders, aliases = {}, {}
    for ladder in CompetencyLadder.objects.prefetch_related("rungs"):
        ladders[ladder.name] = tuple(r.text for r in sorted(ladder.rungs.all(), key=lambda r: r.rung))
        aliases.update({alias.casefold(): ladder.name for alias in _lines(ladder.aliases)})
    nations, nation_aliases = [], {}
    for nation in MemberNation.objects.all():
        nations.append(nation.name)
        nation_aliases.update({alias.casefold(): nation.name for alias in _lines(nation.aliases)})
    weights = dict(DefaultWeight.objects.values_list("criterion", "weight"))
    if not (levels and ladders and nations):
        return DEFAULT_REFERENCE
    return ReferenceData(
        language_levels=levels,
        competency_ladders=ladders,
        competency_aliases=aliases,
        member_nations=tuple(nations),
        nation_aliases=nation_aliases,
        default_weights=weights or dict(DEFAULT_REFERENCE.default_weights),
    )


def current_reference() -> ReferenceData:
    """The database's reference data, or the built-in defaults where there is no database yet."""
    try:
        return reference_from_database()
    except DatabaseError:
        return DEFAULT_REFERENCE
