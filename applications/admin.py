from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audit.admin_readonly import ReadOnlyMixin
from audit.exports import export_as_csv

from .models import Application, ApplicationDocument, Note, OutcomeEmail, Rating, StageChange
from .outcome import PLACEHOLDERS
from .services import move_to_stage


class StageChangeInline(ReadOnlyMixin, admin.TabularInline):
    model = StageChange
    fields = ["changed_at", "from_stage", "to_stage", "changed_by", "notified_at"]
    readonly_fields = fields
    extra = 0


class DocumentInline(admin.TabularInline):
    """The documents the applicant attached: opened through the recruiters' download view (which lets admins
    in), deleted here if need be; never added or changed."""

    model = ApplicationDocument
    fields = ["kind", "download", "file_type", "file_size", "uploaded_at"]
    readonly_fields = fields
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("File"))
    def download(self, document):
        application = document.application
        url = reverse(
            "recruiting:document", args=[application.vacancy_id, application.candidate_id, document.pk]
        )
        return format_html('<a href="{}">{}</a>', url, document.name)

    @admin.display(description=_("Size"))
    def file_size(self, document):
        return filesizeformat(document.size)


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["candidate", "vacancy", "stage", "source", "applied_at", "updated_at"]
    list_filter = ["stage", "source", "vacancy"]
    search_fields = ["candidate__name", "=candidate__external_id", "vacancy__title"]
    list_select_related = ["candidate", "vacancy"]
    date_hierarchy = "created_at"
    fields = [
        "vacancy",
        "candidate",
        "stage",
        "source",
        "applied_at",
        "motivation",
        "created_at",
        "updated_at",
    ]
    readonly_fields = [
        "vacancy",
        "candidate",
        "source",
        "applied_at",
        "motivation",
        "created_at",
        "updated_at",
    ]
    inlines = [DocumentInline, StageChangeInline]
    actions = [export_as_csv]
    list_per_page = 50

    # Applications start from applying or from a recruiter's shortlist, which also begin the stage history.
    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        # A stage set here is a move like any other: history, audit entry and the applicant's email.
        stage = obj.stage
        if "stage" in form.changed_data:
            obj.stage = form.initial["stage"]
        super().save_model(request, obj, form, change)
        if obj.stage != stage:
            move_to_stage([obj], stage, by=request.user)


class WrittenOnTheShortlist(admin.ModelAdmin):
    """Notes and ratings are written on the shortlist, where they are audited; here they can be read,
    exported, and deleted (e.g. an inappropriate note)."""

    actions = [export_as_csv]
    list_select_related = ["vacancy", "candidate"]
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Note)
class NoteAdmin(WrittenOnTheShortlist):
    list_display = ["candidate", "vacancy", "author", "created_at"]
    list_filter = ["vacancy", "created_at"]
    search_fields = ["candidate__name", "=candidate__external_id", "vacancy__title", "author__email"]
    list_select_related = ["vacancy", "candidate", "author"]


@admin.register(Rating)
class RatingAdmin(WrittenOnTheShortlist):
    list_display = ["candidate", "vacancy", "recruiter", "stars", "updated_at"]
    list_filter = ["stars", "vacancy"]
    search_fields = ["candidate__name", "=candidate__external_id", "vacancy__title", "recruiter__email"]
    list_select_related = ["vacancy", "candidate", "recruiter"]


@admin.register(OutcomeEmail)
class OutcomeEmailAdmin(admin.ModelAdmin):
    """The outcome email for every vacancy (no vacancy), and the vacancies' own, which their recruiters edit
    from the shortlist ("Emails to applicants")."""

    list_display = ["__str__", "vacancy", "subject", "updated_at", "updated_by"]
    list_select_related = ["vacancy", "updated_by"]
    search_fields = ["subject", "vacancy__title"]
    fields = ["vacancy", "subject", "body", "updated_at", "updated_by"]
    readonly_fields = ["updated_at", "updated_by"]
    actions = [export_as_csv]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        names = ", ".join(f"{{{name}}} ({gettext(meaning)})" for name, meaning in PLACEHOLDERS.items())
        form.base_fields["body"].help_text = gettext("Placeholders: %(names)s.") % {"names": names}
        return form

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
