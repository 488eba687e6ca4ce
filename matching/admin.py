"""Scores and scoring runs, read-only: the scorer writes them, the admin only looks."""

import functools
import operator

from django.contrib import admin
from django.contrib.admin import helpers
from django.db.models import Q, Sum
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audit.admin_readonly import ReadOnlyMixin
from audit.exports import export_as_csv

from .models import (
    ApplicationGround,
    EssentialDecision,
    MatchResultRecord,
    ScoringChunk,
    ScoringRun,
    TermPoolSnapshot,
)
from .reasons import describe


class ReadOnlyAdmin(ReadOnlyMixin, admin.ModelAdmin):
    pass


class FreshnessFilter(admin.SimpleListFilter):
    title = _("freshness")
    parameter_name = "fresh"

    def lookups(self, request, model_admin):
        return [("yes", _("Fresh")), ("no", _("Stale"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.fresh()
        if self.value() == "no":
            return queryset.stale()
        return queryset


def _bullets(reasons) -> str:
    return format_html(
        "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((describe(reason),) for reason in reasons))
    )


def _pair(object_id) -> Q | None:
    """A result's row by its id in the back office, ``vacancy-candidate``; None if it is not one."""
    vacancy_id, __, candidate_id = str(object_id).partition("-")
    if vacancy_id.isdigit() and candidate_id.isdigit():
        return Q(vacancy_id=int(vacancy_id), candidate_id=int(candidate_id))
    return None


@admin.register(MatchResultRecord)
class MatchResultAdmin(ReadOnlyAdmin):
    """The results, through a view keyed ``vacancy-candidate`` (``MatchResultRecord``)."""

    list_display = ["vacancy", "candidate", "verdict", "score_shown", "computed_at", "fresh"]
    list_filter = ["verdict", FreshnessFilter, "vacancy"]
    search_fields = ["candidate__name", "=candidate__external_id", "vacancy__title"]
    list_select_related = ["vacancy", "candidate"]
    date_hierarchy = "computed_at"
    actions = [export_as_csv]
    list_per_page = 50
    fields = [
        "vacancy", "candidate", "verdict", "score_shown", "fresh", "breakdown_table", "unmet_list",
        "to_assess_list", "hints_list", "vacancy_version", "profile_version", "engine_version", "computed_at",
    ]  # fmt: skip
    readonly_fields = [
        "score_shown",
        "fresh",
        "breakdown_table",
        "unmet_list",
        "to_assess_list",
        "hints_list",
    ]

    # By the table's primary key, so a page of the list is read from its index.
    ordering = ["vacancy", "candidate"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_freshness()

    # The rows by the two columns of the table's key (indexed), not by the view's text made of them (which
    # PostgreSQL would work out for every row of the table).
    def get_object(self, request, object_id, from_field=None):
        pair = _pair(object_id)
        return self.get_queryset(request).filter(pair).first() if pair else None

    def response_action(self, request, queryset):
        if request.POST.get("select_across") != "1":  # the rows ticked, not all those the filters select
            pairs = [_pair(pk) for pk in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)]
            if pairs and all(pairs):
                queryset = queryset.filter(functools.reduce(operator.or_, pairs))
        return super().response_action(request, queryset)

    @admin.display(description=_("score"), ordering="score")
    def score_shown(self, match):
        return round(match.score, 1)

    @admin.display(description=_("fresh"), boolean=True)
    def fresh(self, match):
        return match.is_fresh

    @admin.display(description=_("breakdown"))
    def breakdown_table(self, match):
        rows = [
            (criterion, part.get("points", ""), part.get("weight", ""), part.get("reason", ""))
            if isinstance(part, dict)
            else (criterion, "", "", part)
            for criterion, part in (match.breakdown or {}).items()
        ]
        if not rows:
            return "-"
        return format_html(
            "<table><thead><tr><th>Criterion</th><th>Points</th><th>Weight</th><th>Reason</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", rows),
        )

    @admin.display(description=_("unmet essentials"))
    def unmet_list(self, match):
        return _bullets(match.unmet_reasons) if match.unmet else "-"

    @admin.display(description=_("to be assessed"))
    def to_assess_list(self, match):
        return _bullets(match.to_assess_reasons) if match.to_assess else "-"

    @admin.display(description=_("hints"))
    def hints_list(self, match):
        return _bullets(match.hint_reasons) if match.hints else "-"


class ScoringChunkInline(ReadOnlyMixin, admin.TabularInline):
    model = ScoringChunk
    fields = ["status", "pairs", "candidate_count", "attempts", "enqueued_at", "finished_at", "worker"]
    readonly_fields = fields
    extra = 0

    @admin.display(description=_("candidates"))
    def candidate_count(self, chunk):
        return len(chunk.candidate_ids)


@admin.register(ScoringRun)
class ScoringRunAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "status", "progress", "vacancy", "candidate", "created_at", "finished_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["reason", "vacancy__title", "candidate__name"]
    list_select_related = ["vacancy", "candidate"]
    fields = [
        "reason",
        "status",
        "progress",
        "total_pairs",
        "vacancy",
        "candidate",
        "created_at",
        "finished_at",
    ]
    readonly_fields = ["progress"]
    inlines = [ScoringChunkInline]
    actions = [export_as_csv]

    def get_queryset(self, request):
        done = Q(chunks__status=ScoringChunk.Status.DONE)
        return super().get_queryset(request).annotate(pairs_done=Sum("chunks__pairs", filter=done, default=0))

    @admin.display(description=_("progress"), ordering="pairs_done")
    def progress(self, run):
        percent = round(100 * run.pairs_done / run.total_pairs) if run.total_pairs else 100
        return gettext("%(done)s of %(total)s pairs (%(percent)s%%)") % {
            "done": run.pairs_done,
            "total": run.total_pairs,
            "percent": percent,
        }


@admin.register(EssentialDecision)
class EssentialDecisionAdmin(ReadOnlyAdmin):
    """Recruiters decide on the shortlist, where the decision is audited and the verdict follows."""

    list_display = ["vacancy", "candidate", "line_shown", "outcome", "decided_by", "decided_at"]
    list_filter = ["outcome", "vacancy"]
    search_fields = ["candidate__name", "=candidate__external_id", "vacancy__title", "line"]
    list_select_related = ["vacancy", "candidate", "decided_by"]
    date_hierarchy = "decided_at"
    actions = [export_as_csv]
    fields = ["vacancy", "candidate", "line", "outcome", "reason", "decided_by", "decided_at"]

    @admin.display(description=_("line"))
    def line_shown(self, decision):
        return decision.line[:80]


@admin.register(ApplicationGround)
class ApplicationGroundAdmin(ReadOnlyAdmin):
    """Who applied for which vacancy, as the scoring pipeline knows it: the ground to assess them for it."""

    list_display = ["vacancy", "candidate", "since"]
    list_filter = ["vacancy"]
    search_fields = ["candidate__name", "=candidate__external_id", "vacancy__title"]
    list_select_related = ["vacancy", "candidate"]
    actions = [export_as_csv]


@admin.register(TermPoolSnapshot)
class TermPoolSnapshotAdmin(ReadOnlyAdmin):
    """The term counts the relevance criterion weighs by (matching.pool); `manage.py refresh_term_pool`
    takes a new one."""

    list_display = ["taken_at", "candidates", "terms"]
    exclude = ["frequencies"]
    actions = [export_as_csv]
    readonly_fields = ["taken_at", "candidates", "terms"]

    @admin.display(description=_("terms kept"))
    def terms(self, snapshot: TermPoolSnapshot) -> int:
        return len(snapshot.frequencies)
