from django.contrib import admin

from config.admin_actions import export_as_csv

from .models import CompetencyLadder, CompetencyRung, DefaultWeight, LanguageLevel, MemberNation


@admin.register(LanguageLevel)
class LanguageLevelAdmin(admin.ModelAdmin):
    actions = [export_as_csv]
    list_display = ["code", "name", "cefr", "rank"]


class CompetencyRungInline(admin.TabularInline):
    model = CompetencyRung
    extra = 0


@admin.register(CompetencyLadder)
class CompetencyLadderAdmin(admin.ModelAdmin):
    actions = [export_as_csv]
    list_display = ["name", "verified", "rung_count"]
    list_filter = ["verified"]
    search_fields = ["name", "aliases"]
    inlines = [CompetencyRungInline]

    @admin.display(description="rungs")
    def rung_count(self, obj):
        return obj.rungs.count()


@admin.register(MemberNation)
class MemberNationAdmin(admin.ModelAdmin):
    actions = [export_as_csv]
    list_display = ["name", "aliases"]
    search_fields = ["name", "aliases"]


@admin.register(DefaultWeight)
class DefaultWeightAdmin(admin.ModelAdmin):
    actions = [export_as_csv]
    list_display = ["criterion", "weight"]
    list_editable = ["weight"]
