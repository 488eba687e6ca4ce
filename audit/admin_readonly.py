"""Admin pages that only look: rows written by the app itself (scores, runs, history, the audit trail)."""


class ReadOnlyMixin:
    """Mixed into a ModelAdmin or an inline: nobody adds, changes or deletes rows through the admin."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
