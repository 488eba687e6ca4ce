"""The outcome email for every vacancy, ready to edit in the admin; and each application made so far recorded
as the ground to assess its applicant for its vacancy (matching.ApplicationGround), so that withdrawing
consent keeps those scores."""

from django.db import migrations

from applications.outcome import DEFAULT_BODY, DEFAULT_SUBJECT


def forwards(apps, schema_editor):
    OutcomeEmail = apps.get_model("applications", "OutcomeEmail")
    Application = apps.get_model("applications", "Application")
    ApplicationGround = apps.get_model("matching", "ApplicationGround")
    if not OutcomeEmail.objects.filter(vacancy__isnull=True).exists():
        OutcomeEmail.objects.create(subject=DEFAULT_SUBJECT, body=DEFAULT_BODY)
    pairs = Application.objects.filter(source="applied").values_list("vacancy_id", "candidate_id")
    ApplicationGround.objects.bulk_create(
        [ApplicationGround(vacancy_id=v, candidate_id=c) for v, c in pairs.iterator()], ignore_conflicts=True
    )


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0003_outcomeemail"),
        ("matching", "0008_applicationground"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
