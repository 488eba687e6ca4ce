from django.contrib import admin
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audit.exports import export_as_csv

from .models import CompetencyLadder, CompetencyRung, DefaultWeight, LanguageLevel, MemberNation
from .scales import CRITERION_NAMES
from .signals import reference_changed


class RescoresOnChange:
    """Parser and matcher read this data: a change marks every open vacancy's scores stale and scores them
    again, once per request however many rows it saved or deleted (a list edit saves several)."""

    def _changed(self, request) -> None:
        if getattr(request, "reference_changed", False):
            return
        request.reference_changed = True
        transaction.on_commit(lambda: reference_changed.send(sender=self.model))
        self.message_user(request, "The open vacancies are being scored again with the new reference data.")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        self._changed(request)

    def save_related(self, request, form, formsets, change):  # the rungs of a ladder
        super().save_related(request, form, formsets, change)
        self._changed(request)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        self._changed(request)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        self._changed(request)


@admin.register(LanguageLevel)
class LanguageLevelAdmin(RescoresOnChange, admin.ModelAdmin):
    actions = [export_as_csv]
    list_display = ["code", "name", "cefr", "rank"]


class CompetencyRungInline(admin.TabularInline):
    model = CompetencyRung
    extra = 0


@admin.register(CompetencyLadder)
class CompetencyLadderAdmin(RescoresOnChange, admin.ModelAdmin):
    actions = [export_as_csv]
    list_display = ["name", "verified", "rung_count"]
    list_filter = ["verified"]
    search_fields = ["name", "aliases"]
    inlines = [CompetencyRungInline]

    @admin.display(description=_("rungs"))
    def rung_count(self, obj):
        return obj.rungs.count()


@admin.register(MemberNation)
class MemberNationAdmin(RescoresOnChange, admin.ModelAdmin):
    actions = [export_as_csv]
    list_display = ["name", "aliases"]
    search_fields = ["name", "aliases"]


@admin.register(DefaultWeight)
class DefaultWeightAdmin(RescoresOnChange, admin.ModelAdmin):
    actions = [export_as_csv]
    list_display = ["criterion", "weight"]
    list_editable = ["weight"]

    def get_changelist_form(self, request, **kwargs):
        form = super().get_changelist_form(request, **kwargs)

        class WeightForm(form):
            """Each row's weight input is named after its criterion (the list gives inputs no label)."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["weight"].widget.attrs["aria-label"] = gettext("Weight of %(criterion)s") % {
                    "criterion": gettext(
                        CRITERION_NAMES.get(self.instance.criterion, self.instance.criterion)
                    )
                }

        return WeightForm
