from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from audit.exports import export_as_csv
from audit.log import record
from audit.models import AuditEntry

from .models import CompetencyRequirement, LanguageRequirement, Vacancy
from .services import (
    SCORED_FIELDS,
    VacancyStateError,
    close_vacancy,
    import_notice_files,
    publish_vacancy,
    reparse_vacancy,
    requirements_corrected,
)
from .signals import request_rescoring

# Weights are not parsed from a notice, but the scorer reads them: an edit here makes scores stale too.
RESCORED_ON = SCORED_FIELDS | {"weights"}


class LanguageRequirementInline(admin.TabularInline):
    model = LanguageRequirement
    extra = 0


class CompetencyRequirementInline(admin.TabularInline):
    model = CompetencyRequirement
    extra = 0
    fields = ["order", "name", "level_text", "rung"]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.pdf,.docx"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        return (
            [single(item, initial) for item in data]
            if isinstance(data, list | tuple)
            else [single(data, initial)]
        )


class NoticeImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Notice files"), help_text=_("Text, HTML, PDF or .docx; each becomes a draft vacancy.")
    )


@admin.register(Vacancy)
class VacancyAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "organisation", "grade", "deadline", "parser_version", "updated_at"]
    list_filter = ["status", "parser_version", "nationality_restricted", "degree_level", "language_rule"]
    search_fields = ["title", "organisation", "location", "grade", "source_filename"]
    date_hierarchy = "created_at"
    # A plain multiple select, not filter_horizontal (see accounts.admin.UserAdmin).
    raw_id_fields = ["created_by"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "recruiters":  # applicants never; admins see every vacancy anyway
            users = db_field.related_model  # accounts.User, which this app must not import
            kwargs["queryset"] = users.objects.filter(role=users.Role.RECRUITER).order_by("email")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    # Status changes go through the actions, which run the publish and close workflows.
    readonly_fields = [
        "status",
        "requirements_version",
        "parser_version",
        "created_at",
        "updated_at",
        "published_at",
        "closed_at",
        "corrections",
    ]
    inlines = [LanguageRequirementInline, CompetencyRequirementInline]
    actions = ["reparse", "publish", "close", "rescore", export_as_csv]
    change_list_template = "vacancies/admin/change_list.html"
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["title", "organisation", "location", "grade", "deadline", "contract", "status"]}),
        (_("Eligibility"), {"fields": ["nationality_restricted", "nationalities", "clearance", "degree_level",
                                    "degree_fields", "degree_fields_required", "degree_alternatives",
                                    "min_years_experience", "experience_conditions"]}),
        (_("Languages"), {"fields": ["language_rule", "language_high", "language_low", "language_pair", "language_raw"]}),
        (_("Requirements"), {"fields": ["essential", "desirable", "accountabilities"]}),
        (_("Matching"), {"fields": ["recruiters", "weights", "blind_review", "reveal_stage", "requirements_version"]}),
        (_("Source"), {"classes": ["collapse"], "fields": ["raw_text", "cleaned_text", "sources", "missing", "unsure",
                                                        "corrections", "parser_version", "source_filename", "created_by"]}),
        (_("Dates"), {"classes": ["collapse"], "fields": ["created_at", "updated_at", "published_at", "closed_at"]}),
    ]  # fmt: skip

    @admin.action(description=_("Re-parse from the raw text (replaces corrections)"))
    def reparse(self, request, queryset):
        failed = []
        for vacancy in queryset:
            try:
                reparse_vacancy(vacancy)
            except ValueError as error:
                failed.append(f"{vacancy.title}: {error}")
        done = queryset.count() - len(failed)
        self.message_user(
            request,
            ngettext("Re-parsed %(count)d vacancy.", "Re-parsed %(count)d vacancies.", done)
            % {"count": done},
            messages.SUCCESS,
        )
        for line in failed:
            self.message_user(request, line, messages.ERROR)

    @admin.action(description=_("Publish the selected drafts"))
    def publish(self, request, queryset):
        self._apply(request, queryset, publish_vacancy, _("Published"))

    @admin.action(description=_("Close the selected published vacancies"))
    def close(self, request, queryset):
        self._apply(request, queryset, close_vacancy, _("Closed"))

    @admin.action(description=_("Rescore the selected published vacancies"))
    def rescore(self, request, queryset):
        done, skipped = 0, 0
        for vacancy in queryset:
            run = request_rescoring(vacancy, reason="rescored in the admin")
            if run is None:
                skipped += 1
                continue
            record(request.user, AuditEntry.Action.RESCORED, vacancy_id=vacancy.pk, count=run.total_pairs,
                   detail="admin")  # fmt: skip
            done += 1
        message = ngettext("Rescoring %(count)d vacancy.", "Rescoring %(count)d vacancies.", done) % {
            "count": done
        }
        if skipped:
            message += " " + gettext("Skipped %(count)d not published or with no candidate to score.") % {
                "count": skipped
            }
        self.message_user(request, message, messages.WARNING if skipped else messages.SUCCESS)

    def _apply(self, request, queryset, step, verb: str) -> None:
        done, refused = 0, []
        for vacancy in queryset:
            try:
                step(vacancy, by=request.user)
                done += 1
            except VacancyStateError as error:
                refused.append(f"“{vacancy.title}”: {error}")
        skipped = len(refused)
        message = (
            gettext("%(verb)s %(done)d; skipped %(skipped)d.")
            % {"verb": verb, "done": done, "skipped": skipped}
            + " "
            + " ".join(refused[:5])
            if refused
            else gettext("%(verb)s %(done)d.") % {"verb": verb, "done": done}
        )
        self.message_user(request, message, messages.WARNING if skipped else messages.SUCCESS)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        changed = sorted(RESCORED_ON.intersection(form.changed_data))
        changed += [
            str(formset.model._meta.verbose_name_plural) for formset in formsets if formset.has_changed()
        ]
        if change and changed:
            requirements_corrected(form.instance, by=request.user, what=", ".join(changed))

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="vacancies_vacancy_import"), *super().get_urls()]

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = NoticeImportForm(request.POST or None, request.FILES or None)
        outcomes = None
        if request.method == "POST" and form.is_valid():
            files = [(upload.name, upload.read()) for upload in form.cleaned_data["files"]]
            outcomes = import_notice_files(files, created_by=request.user)
            failed = sum(1 for outcome in outcomes if outcome.error)
            summary = gettext("Imported %(done)d of %(count)d files as drafts.") % {
                "done": len(outcomes) - failed,
                "count": len(outcomes),
            }
            self.message_user(request, summary, messages.WARNING if failed else messages.SUCCESS)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import vacancy notices"),
            "form": form,
            "outcomes": outcomes,
        }
        return TemplateResponse(request, "vacancies/admin/import.html", context)
