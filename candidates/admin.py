from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from audit.exports import export_as_csv
from audit.log import record, record_many
from audit.models import AuditEntry
from reference.nations import nation_name

from .forms import CandidateImportForm
from .importing import import_jsonl
from .models import Candidate, CompetencyAssessment, Education, Experience, LanguageSkill
from .services import profile_changed
from .signals import request_rescoring


class EducationInline(admin.TabularInline):
    model = Education
    extra = 0


class ExperienceInline(admin.StackedInline):
    model = Experience
    extra = 0


class LanguageInline(admin.TabularInline):
    model = LanguageSkill
    extra = 0


class CompetencyInline(admin.TabularInline):
    model = CompetencyAssessment
    extra = 0


class NationalityFilter(admin.SimpleListFilter):
    title = "nationality"
    parameter_name = "nationality"

    def lookups(self, request, model_admin):
        stored = (
            model_admin.get_queryset(request).exclude(nationality="").values_list("nationality", flat=True)
        )
        return sorted({(value, nation_name(value)) for value in stored}, key=lambda pair: pair[1])

    def queryset(self, request, queryset):
        return queryset.filter(nationality=self.value()) if self.value() else queryset


class ConsentFilter(admin.SimpleListFilter):
    title = _("consent")
    parameter_name = "consent"

    def lookups(self, request, model_admin):
        return [("yes", _("Given")), ("import", _("Given by the importer")), ("no", _("Not given"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(consent_at__isnull=False)
        if self.value() == "import":
            return queryset.filter(consent_version="import")
        if self.value() == "no":
            return queryset.filter(consent_at__isnull=True)
        return queryset


class SourceFilter(admin.SimpleListFilter):
    title = _("source")
    parameter_name = "source"

    def lookups(self, request, model_admin):
        return [("account", _("Applicant account")), ("import", _("Imported"))]

    def queryset(self, request, queryset):
        if self.value() == "account":
            return queryset.filter(user__isnull=False)
        if self.value() == "import":
            return queryset.filter(external_id__isnull=False)
        return queryset


@admin.register(Candidate)
class CandidateAdmin(admin.ModelAdmin):
    list_display = ["name", "nationality_name", "external_id", "experience_count", "consent", "updated_at"]
    list_filter = [ConsentFilter, SourceFilter, "military_staff_college", NationalityFilter]
    search_fields = ["name", "email", "external_id", "user__email"]
    readonly_fields = ["profile_version", "created_at", "updated_at"]
    raw_id_fields = ["user"]
    inlines = [EducationInline, ExperienceInline, LanguageInline, CompetencyInline]
    change_list_template = "candidates/admin/change_list.html"
    list_per_page = 50
    actions = ["rescore", export_as_csv]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(experience_count=Count("experience"))

    @admin.display(description=_("nationality"), ordering="nationality")
    def nationality_name(self, candidate):
        return candidate.nationality_name

    @admin.display(description=_("# experience"), ordering="experience_count")
    def experience_count(self, candidate):
        return candidate.experience_count

    @admin.display(description=_("consent"), boolean=True, ordering="consent_at")
    def consent(self, candidate):
        return candidate.consent_at is not None

    @admin.action(description=_("Rescore the selected candidates against every open vacancy"))
    def rescore(self, request, queryset):
        # Matching decides which pairs it may score: a candidate without consent only for what they applied to.
        selected = list(queryset.values_list("pk", flat=True))
        run = request_rescoring(selected, reason=f"{len(selected)} candidates rescored in the admin")
        if run is None:
            self.message_user(
                request, _("Nothing to rescore: no open vacancy, or no selected candidate consented or applied."),
                messages.WARNING,
            )  # fmt: skip
            return
        ids = sorted({pk for chunk in run.chunks.all() for pk in chunk.candidate_ids})
        record_many(
            request.user, AuditEntry.Action.RESCORED, vacancy_id=None, candidate_ids=ids, detail="admin"
        )
        consenting = queryset.matchable().count()
        message = ngettext(
            "Rescoring %(count)d candidate against every open vacancy.",
            "Rescoring %(count)d candidates against every open vacancy.",
            consenting,
        ) % {"count": consenting}
        others, applied = queryset.count() - consenting, len(ids) - consenting
        if others and applied:
            message += " " + gettext(
                "%(others)d without consent to be matched: %(applied)d rescored only for the open vacancies "
                "they applied for, %(skipped)d skipped."
            ) % {"others": others, "applied": applied, "skipped": others - applied}
        elif others:
            message += " " + gettext("Skipped %(others)d without consent to be matched.") % {"others": others}
        self.message_user(request, message, messages.SUCCESS)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The same path as an applicant's own edit: stored scores go stale and are recomputed.
        if form.has_changed() or any(formset.has_changed() for formset in formsets):
            profile_changed(form.instance)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and response.status_code == 200 and object_id.isdigit():
            record(request.user, AuditEntry.Action.VIEWED, candidate_id=int(object_id), detail="admin")
        return response

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="candidates_candidate_import"), *super().get_urls()]

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = CandidateImportForm(request.POST or None, request.FILES or None)
        report = None
        if request.method == "POST" and form.is_valid():
            lines = (line.decode("utf-8-sig", errors="replace") for line in form.cleaned_data["file"])
            report = import_jsonl(lines)
            request_rescoring(
                report.changed_ids, reason=f"{len(report.changed_ids)} candidates imported", imported=True
            )
            level = messages.WARNING if report.errors else messages.SUCCESS
            self.message_user(request, report.summary(), level)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import candidates (JSONL)"),
            "form": form,
            "report": report,
        }
        return TemplateResponse(request, "candidates/admin/import.html", context)
