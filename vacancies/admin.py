from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from audit.exports import export_as_csv
from audit.log import record
from audit.models import AuditEntry

from .models import DEGREE_ALTERNATIVES, CompetencyRequirement, LanguageRequirement, Vacancy
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
from .views import FIELD_GROUPS, UNSURE_MESSAGES

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


def _field_label(name: str) -> str:
    """A parser key or a field name as the review page names it ("degree" -> "Education")."""
    if name in FIELD_GROUPS:
        return str(FIELD_GROUPS[name].label)
    try:
        return capfirst(Vacancy._meta.get_field(name).verbose_name)
    except Exception:  # a key of the parser's that is no field of ours
        return capfirst(name.replace("_", " "))


def _none_stated() -> SafeString:
    return format_html('<span class="muted">{}</span>', gettext("None stated"))


def _item_list(items, tag: str = "ul") -> SafeString:
    if not items:
        return _none_stated()
    rows = format_html_join("", "<li>{}</li>", ((item,) for item in items))
    return format_html('<{} class="parsed-list">{}</{}>', tag, rows, tag)


def _labelled_list(pairs) -> SafeString:
    if not pairs:
        return _none_stated()
    rows = format_html_join("", "<dt>{}</dt><dd>{}</dd>", pairs)
    return format_html('<dl class="parsed-list">{}</dl>', rows)


@admin.register(Vacancy)
class VacancyAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "organisation", "grade", "deadline", "parser_version", "updated_at"]
    list_filter = ["status", "parser_version", "nationality_restricted", "degree_level", "language_rule"]
    search_fields = ["title", "organisation", "location", "grade", "source_filename"]
    date_hierarchy = "created_at"
    # A plain multiple select, not filter_horizontal (see accounts.admin.UserAdmin).
    raw_id_fields = ["created_by"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and "weights" in form.base_fields:
            # The weights page asks for them one criterion at a time, with the defaults beside them.
            form.base_fields["weights"].help_text = format_html(
                '{} <a href="{}">{}</a>',
                gettext('Criterion -> weight, e.g. {"experience": 20}; empty = defaults.'),
                reverse("recruiting:weights", args=[obj.pk]),
                gettext("Set them on the weights page"),
            )
        return form

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
        "correct_on_review_page",
        "nationalities_shown",
        "degree_fields_shown",
        "degree_alternatives_shown",
        "experience_shown",
        "language_pair_shown",
        "language_raw_shown",
        "essential_shown",
        "desirable_shown",
        "accountabilities_shown",
        "sources_shown",
        "missing_shown",
        "unsure_shown",
        "corrections_shown",
    ]
    inlines = [LanguageRequirementInline, CompetencyRequirementInline]
    actions = ["reparse", "publish", "close", "rescore", export_as_csv]
    change_list_template = "vacancies/admin/change_list.html"
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["title", "organisation", "location", "grade", "deadline", "contract", "status"]}),
        # The lists the parser read are shown, not edited, here: a parse is corrected on the review page,
        # which checks each value, clears its "unsure" flag and records who corrected it.
        (_("Parsed requirements"), {"fields": ["correct_on_review_page", "essential_shown", "desirable_shown",
                                            "accountabilities_shown"]}),
        (_("Eligibility"), {"fields": ["nationality_restricted", "nationalities_shown", "clearance", "degree_level",
                                    "degree_fields_shown", "degree_fields_required", "degree_alternatives_shown",
                                    "min_years_experience", "experience_shown"]}),
        (_("Languages"), {"fields": ["language_rule", "language_high", "language_low", "language_pair_shown",
                                  "language_raw_shown"]}),
        (_("Matching"), {"fields": ["recruiters", "weights", "blind_review", "reveal_stage", "requirements_version"]}),
        (_("Source"), {"classes": ["collapse"], "fields": ["raw_text", "cleaned_text", "sources_shown", "missing_shown",
                                                        "unsure_shown", "corrections_shown", "parser_version",
                                                        "source_filename", "created_by"]}),
        (_("Dates"), {"classes": ["collapse"], "fields": ["created_at", "updated_at", "published_at", "closed_at"]}),
    ]  # fmt: skip

    @admin.display(description=_("Review page"))
    def correct_on_review_page(self, vacancy: Vacancy) -> SafeString:
        if vacancy.pk is None:
            return format_html('<span class="muted">{}</span>', gettext("Parsed once the notice is saved."))
        return format_html(
            '<a href="{}">{}</a>',
            reverse("vacancies:review", args=[vacancy.pk]),
            gettext("Correct the parse on the review page, beside the notice text"),
        )

    @admin.display(description=_("Essential"))
    def essential_shown(self, vacancy: Vacancy) -> SafeString:
        return _item_list(vacancy.essential, "ol")

    @admin.display(description=_("Desirable"))
    def desirable_shown(self, vacancy: Vacancy) -> SafeString:
        return _item_list(vacancy.desirable, "ol")

    @admin.display(description=_("Main accountabilities"))
    def accountabilities_shown(self, vacancy: Vacancy) -> SafeString:
        return _item_list(vacancy.accountabilities)

    @admin.display(description=_("Nationalities"))
    def nationalities_shown(self, vacancy: Vacancy) -> SafeString:
        return _item_list(vacancy.nationalities)

    @admin.display(description=_("Degree fields"))
    def degree_fields_shown(self, vacancy: Vacancy) -> SafeString:
        return _item_list(vacancy.degree_fields)

    @admin.display(description=_("Degree alternatives"))
    def degree_alternatives_shown(self, vacancy: Vacancy) -> SafeString:
        labels = dict(DEGREE_ALTERNATIVES)
        return _item_list([labels.get(code, code) for code in vacancy.degree_alternatives or []])

    @admin.display(description=_("Experience conditions"))
    def experience_shown(self, vacancy: Vacancy) -> SafeString:
        lines = []
        for condition in vacancy.experience_conditions or []:
            years = condition.get("years")
            line = ngettext("%(years)s year", "%(years)s years", years or 0) % {"years": years}
            if condition.get("context"):
                line += f": {condition['context']}"
            if condition.get("where"):
                line += " " + gettext("(in %(where)s)") % {"where": condition["where"]}
            lines.append(line)
        return _item_list(lines)

    @admin.display(description=_("Language pair"))
    def language_pair_shown(self, vacancy: Vacancy) -> SafeString:
        return _item_list(vacancy.language_pair)

    @admin.display(description=_("Language lines as written"))
    def language_raw_shown(self, vacancy: Vacancy) -> SafeString:
        return _item_list(vacancy.language_raw)

    @admin.display(description=_("Sources"))
    def sources_shown(self, vacancy: Vacancy) -> SafeString:
        return _labelled_list([(_field_label(name), text) for name, text in (vacancy.sources or {}).items()])

    @admin.display(description=_("Missing"))
    def missing_shown(self, vacancy: Vacancy) -> SafeString:
        return _item_list([_field_label(name) for name in vacancy.missing or []])

    @admin.display(description=_("Unsure"))
    def unsure_shown(self, vacancy: Vacancy) -> SafeString:
        return _labelled_list([
            (_field_label(name), UNSURE_MESSAGES.get(reason, reason)) for name, reason in (vacancy.unsure or {}).items()
        ])  # fmt: skip

    @admin.display(description=_("Corrections"))
    def corrections_shown(self, vacancy: Vacancy) -> SafeString:
        # Ids only, as stored: an erased account leaves no name behind (see Vacancy.corrections).
        pairs = []
        for name, correction in (vacancy.corrections or {}).items():
            at = parse_datetime(correction.get("at") or "")
            when = date_format(timezone.localtime(at), "DATETIME_FORMAT") if at else ""
            pairs.append((
                _field_label(name),
                gettext("by user #%(id)s, %(when)s") % {"id": correction.get("by"), "when": when},
            ))  # fmt: skip
        return _labelled_list(pairs)

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
