from django.contrib import admin

from .models import CompetencyLadder, CompetencyRung, DefaultWeight, LanguageLevel, MemberNation


@admin.register(LanguageLevel)
class LanguageLevelAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "cefr", "rank"]


class CompetencyRungInline(admin.TabularInline):
    model = CompetencyRung
    extra = 0


@admin.register(CompetencyLadder)
class CompetencyLadderAdmin(admin.ModelAdmin):
    list_display = ["name", "verified", "rung_count"]
    list_filter = ["verified"]
    search_fields = ["name", "aliases"]
    inlines = [CompetencyRungInline]

    @admin.display(description="rungs")
    def rung_count(self, obj):
        return obj.rungs.count()


@admin.register(MemberNation)
class MemberNationAdmin(admin.ModelAdmin):
    list_display = ["name", "aliases"]
    search_fields = ["name", "aliases"]


@admin.register(DefaultWeight)
class DefaultWeightAdmin(admin.ModelAdmin):
    list_display = ["criterion", "weight"]
    list_editable = ["weight"]
