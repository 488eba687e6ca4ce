from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .admin_readonly import ReadOnlyMixin
from .exports import export_as_csv
from .models import AuditEntry


class TypedFilter(admin.SimpleListFilter):
    """A filter whose value is typed (an email, an id) rather than picked from a list of every value: the
    trail has too many actors and objects to list. Other filters, the search and the sorting are kept."""

    template = "admin/typed_filter.html"
    placeholder = ""

    def lookups(self, request, model_admin):
        return [("", "")]  # one row, so that the filter is shown; its value is typed

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "kept": [
                (name, value)
                for name, values in changelist.filter_params.items()
                if name != self.parameter_name
                for value in values
            ],
            "parameter_name": self.parameter_name,
            "value": self.value() or "",
            "placeholder": self.placeholder,
        }

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        return self.matching(queryset, value) if value else queryset


class ActorFilter(TypedFilter):
    title = _("actor")
    parameter_name = "actor"
    placeholder = _("Email or user id")

    def matching(self, queryset, value):
        if value.isdigit():
            return queryset.filter(actor_id=int(value))
        return queryset.filter(actor__email__icontains=value)


class VacancyFilter(TypedFilter):
    title = _("vacancy (id)")
    parameter_name = "vacancy"
    placeholder = _("Vacancy id")

    def matching(self, queryset, value):
        return queryset.filter(vacancy_id=int(value)) if value.isdigit() else queryset.none()


class CandidateFilter(TypedFilter):
    title = _("candidate (id)")
    parameter_name = "candidate"
    placeholder = _("Candidate id")

    def matching(self, queryset, value):
        # The entries about them alone and the bulk ones listing them (an export, a bulk move, a comparison).
        return queryset.about_candidate(int(value)) if value.isdigit() else queryset.none()


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyMixin, admin.ModelAdmin):  # the trail is read-only, for everyone
    list_display = [
        "at",
        "actor",
        "actor_role",
        "action",
        "vacancy_id",
        "candidate_id",
        "count",
        "short_detail",
    ]
    # By actor, action, object (a vacancy, a candidate) and date.
    list_filter = [ActorFilter, "actor_role", "action", VacancyFilter, CandidateFilter, "at"]
    search_fields = ["=vacancy_id", "actor__email"]
    search_help_text = _("A candidate's id finds their whole trail, bulk actions (exports) included.")
    date_hierarchy = "at"
    list_select_related = ["actor"]
    actions = [export_as_csv]

    @admin.display(description=_("detail"), ordering="detail")
    def short_detail(self, entry: AuditEntry) -> str:
        # A notice's whole line (up to 200 characters) made each decision's row many lines tall; the entry's
        # own page has it in full.
        return Truncator(entry.detail).chars(60)

    def get_search_results(self, request, queryset, search_term):
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip().isdigit():
            found |= queryset.about_candidate(int(search_term))
        return found, may_have_duplicates
