from django.contrib import admin

from .admin_readonly import ReadOnlyMixin
from .exports import export_as_csv
from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyMixin, admin.ModelAdmin):  # the trail is read-only, for everyone
    list_display = ["at", "actor", "actor_role", "action", "vacancy_id", "candidate_id", "count", "detail"]
    list_filter = ["action", "actor_role", "at"]
    search_fields = ["=vacancy_id", "actor__email"]
    search_help_text = "A candidate's id finds their whole trail, bulk actions (exports) included."
    date_hierarchy = "at"
    list_select_related = ["actor"]
    actions = [export_as_csv]

    def get_search_results(self, request, queryset, search_term):
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip().isdigit():
            found |= queryset.about_candidate(int(search_term))
        return found, may_have_duplicates
