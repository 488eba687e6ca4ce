"""Default weights after issue 14: relevance to the duties weighs more, total experience less (README,
"Measured quality"). Only a deployment still on the old defaults is moved; weights an admin chose stay."""

from django.db import migrations

OLD = {"degree": 15, "experience": 25, "languages": 20, "competencies": 15, "desirable": 15, "relevance": 10}
NEW = {"degree": 10, "experience": 15, "languages": 15, "competencies": 10, "desirable": 15, "relevance": 35}


def move(apps, schema_editor, before=OLD, after=NEW):
    DefaultWeight = apps.get_model("reference", "DefaultWeight")
    stored = dict(DefaultWeight.objects.values_list("criterion", "weight"))
    if stored != before:
        return
    for criterion, weight in after.items():
        DefaultWeight.objects.filter(criterion=criterion).update(weight=weight)


def move_back(apps, schema_editor):
    move(apps, schema_editor, before=NEW, after=OLD)


class Migration(migrations.Migration):
    dependencies = [("reference", "0002_seed_reference_data")]
    operations = [migrations.RunPython(move, move_back)]
