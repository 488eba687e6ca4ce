"""Exports of people's data: the cell guard every export uses, and the admin action every one of our
ModelAdmins lists, export the selected rows as CSV, audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import label_for_field, lookup_field
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited
from django_ratelimit.exceptions import Ratelimited

from .log import record
from .models import AuditEntry

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The model whose rows are people, each with their own trail (``AuditEntry.candidate_id``): named, not
# imported, as audit sits below every app (README.md, "Layout").
CANDIDATE_MODEL = "candidates.Candidate"
# Every export of people's data, on the shortlist (GET) or in the admin (POST), counts against one limit per
# person, RATE_LIMITS["export"] (django-ratelimit keys its counter by the methods counted).
EXPORTS_COUNTED = ALL


def defuse(value):
    """A cell a spreadsheet will not run as a formula (OWASP's CSV injection advice).

    >>> defuse("=HYPERLINK(\\"http://x\\")"), defuse("-3"), defuse(-3), defuse("Ada")
    ('\\'=HYPERLINK("http://x")', "'-3", -3, 'Ada')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(field, value):
    """A changelist value as a spreadsheet cell: choice labels, yes/no, local times, no formulas."""
    if field is not None and getattr(field, "flatchoices", None):
        value = dict(field.flatchoices).get(value, value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return defuse(str(value))


def _candidate_ids(queryset) -> list[int]:
    """The candidates whose data the rows carry, for each one's audit trail; [] for other models."""
    candidate = apps.get_model(CANDIDATE_MODEL)
    if queryset.model is candidate:
        return list(queryset.values_list("pk", flat=True))
    fields = queryset.model._meta.concrete_fields
    link = next((f for f in fields if f.is_relation and f.related_model is candidate), None)
    if link is None:
        return []
    return sorted(set(queryset.values_list(link.attname, flat=True)) - {None})


@admin.action(description=_("Export selected as CSV"), permissions=["view"])
def export_as_csv(modeladmin, request, queryset):
    """The changelist's own columns, so an admin gets what they saw on screen."""
    rate = settings.RATE_LIMITS["export"]
    if is_ratelimited(
        request, group="export", key="user_or_ip", rate=rate, method=EXPORTS_COUNTED, increment=True
    ):
        raise Ratelimited  # answered 429 by the rate-limit middleware, like the shortlist's exports
    opts = modeladmin.model._meta
    columns = [name for name in modeladmin.get_list_display(request) if name != "action_checkbox"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [defuse(capfirst(label_for_field(name, modeladmin.model, modeladmin))) for name in columns]
    )
    rows = 0
    for obj in queryset:
        cells = []
        for name in columns:
            field, __, value = lookup_field(name, obj, modeladmin)
            cells.append(_cell(field, value))
        writer.writerow(cells)
        rows += 1
    # One entry, listing the people whose data the rows carry: "who exported this candidate?" has an answer.
    record(
        request.user, AuditEntry.Action.EXPORTED, candidate_ids=_candidate_ids(queryset), count=rows,
        detail=f"csv {opts.label_lower}",
    )  # fmt: skip
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"{opts.model_name}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
