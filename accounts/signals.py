"""What must go when a person is deleted (erased, retention, an admin's delete), however that happens.

Django's admin history names what an admin touched ("Hanna Berg", "hanna@example.org"): their entries keep
only the id, like our audit trail. django-axes' log-in records name the email: they are deleted."""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete
from django.dispatch import receiver

from candidates.models import Candidate

from .login_records import forget_login_records
from .models import User


@receiver(post_delete, sender=Candidate)
@receiver(post_delete, sender=User)
def forget_name_in_admin_history(sender, instance, **kwargs) -> None:
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(sender), object_id=str(instance.pk)
    ).update(object_repr=f"{sender._meta.verbose_name} #{instance.pk} (deleted)")


@receiver(post_delete, sender=User)
def forget_login_records_of_a_deleted_account(sender, instance, **kwargs) -> None:
    # However the account goes (erasure, an admin's delete), its log-in records go with it.
    forget_login_records(instance.email)
