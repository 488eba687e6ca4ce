from django.contrib import admin

from .admin_readonly import ReadOnlyMixin
from .exports import export_as_csv
from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyMixin, admin.ModelAdmin):  # the trail is read-only, for everyone
    list_display = ["at", "actor", "actor_role", "action", "vacancy_id", "candidate_id", "count", "detail"]
    list_filter = ["action", "actor_role", "at"]
    search_fields = ["=candidate_id", "=vacancy_id", "actor__email"]
    date_hierarchy = "at"
    list_select_related = ["actor"]
    actions = [export_as_csv]
