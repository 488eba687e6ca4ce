from django.contrib import admin

from config.admin_actions import export_as_csv

from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "actor_role", "action", "vacancy_id", "candidate_id", "count", "detail"]
    list_filter = ["action", "actor_role", "at"]
    search_fields = ["=candidate_id", "=vacancy_id", "actor__email"]
    date_hierarchy = "at"
    list_select_related = ["actor"]
    actions = [export_as_csv]

    # The trail is read-only, for everyone.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
