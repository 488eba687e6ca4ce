"""Seed the editable reference data with the values of the domain reference (reference/data.py)."""

from django.db import migrations

from reference import data

UNVERIFIED = {"Customer Service Orientation", "Developing Others", "Empathy", "Organisational Commitment", "Self-Control"}


def seed(apps, schema_editor):
    LanguageLevel = apps.get_model("reference", "LanguageLevel")
    CompetencyLadder = apps.get_model("reference", "CompetencyLadder")
    CompetencyRung = apps.get_model("reference", "CompetencyRung")
    MemberNation = apps.get_model("reference", "MemberNation")
    DefaultWeight = apps.get_model("reference", "DefaultWeight")

    for rank, code in enumerate(data.ROMAN_LEVELS, start=1):
        name, cefr = data.LANGUAGE_LEVELS[code]
        LanguageLevel.objects.update_or_create(code=code, defaults={"rank": rank, "name": name, "cefr": cefr})
    for name, rungs in data.COMPETENCY_LADDERS.items():
        aliases = sorted(alias for alias, canonical in data.COMPETENCY_ALIASES.items() if canonical == name)
        ladder, _ = CompetencyLadder.objects.update_or_create(
            name=name, defaults={"aliases": "\n".join(aliases), "verified": name not in UNVERIFIED}
        )
        for number, text in enumerate(rungs, start=1):
            CompetencyRung.objects.update_or_create(ladder=ladder, rung=number, defaults={"text": text})
    for name in data.MEMBER_NATIONS:
        aliases = sorted(alias for alias, canonical in data.NATION_ALIASES.items() if canonical == name)
        MemberNation.objects.update_or_create(name=name, defaults={"aliases": "\n".join(aliases)})
    for criterion, weight in data.DEFAULT_WEIGHTS.items():
        DefaultWeight.objects.update_or_create(criterion=criterion, defaults={"weight": weight})


class Migration(migrations.Migration):
    dependencies = [("reference", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
