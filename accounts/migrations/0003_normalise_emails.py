"""Stores every email address in its normalised spelling (trimmed, lower case), as log-in now looks it up.

Two accounts whose addresses differ only in case would make this fail loudly: merge them by hand first.
"""

from django.db import migrations


def normalise_emails(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.all().only("pk", "email").iterator():
        normalised = user.email.strip().lower()
        if normalised != user.email:
            User.objects.filter(pk=user.pk).update(email=normalised)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_user_email_verified_at")]

    operations = [migrations.RunPython(normalise_emails, migrations.RunPython.noop)]
