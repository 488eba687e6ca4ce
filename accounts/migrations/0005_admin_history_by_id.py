"""The admin's history kept the text of applications, notes and match results as it was, candidate's name and
recruiter's email included ("Hanna Berg -> Officer (screened)"): rewritten by id, as those texts now read."""

from django.db import migrations
from django.db.models import Value
from django.db.models.functions import Concat

# (app label, model): the prefix each one's __str__ now gives before its id.
BY_ID = {("applications", "application"): "Application #", ("applications", "note"): "Note #",
         ("matching", "matchresult"): "Match #"}  # fmt: skip


def name_by_id(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    LogEntry = apps.get_model("admin", "LogEntry")
    for (app_label, model), prefix in BY_ID.items():
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            LogEntry.objects.filter(content_type=content_type).update(
                object_repr=Concat(Value(prefix), "object_id")
            )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_session"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(name_by_id, migrations.RunPython.noop)]
