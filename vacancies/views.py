"""The recruiter's notice pages: the list, a new notice, and the review page with its inline corrections.

Every view that takes a vacancy id fetches it through ``_get_vacancy_for_recruiter``, so a vacancy the
user may not see answers 404 on the page and on each of its partial endpoints alike.
"""

from __future__ import annotations

import copy
import datetime
import re
from dataclasses import dataclass

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from access.decorators import recruiter_required
from access.ratelimits import rate_limited
from reference.data import OFFICIAL_LANGUAGES
from reference.languages import displayed_language
from reference.loading import current_reference

from . import forms
from .models import DEGREE_ALTERNATIVES, Vacancy
from .parsing import NotANoticeError
from .services import (
    VacancyStateError,
    close_vacancy,
    notice_comparison,
    publish_vacancy,
    submit_notice,
    update_vacancy_requirements,
)

PER_PAGE = 50


@dataclass(frozen=True)
class FieldGroup:
    name: str  # URL segment, element id, and the parser's key in Vacancy.sources and Vacancy.missing
    label: str
    form_class: type[django_forms.Form]


FIELD_GROUPS = {
    group.name: group
    for group in (
        FieldGroup("title", _("Title"), forms.TitleForm),
        FieldGroup("organisation", _("Organisation"), forms.OrganisationForm),
        FieldGroup("location", _("Location"), forms.LocationForm),
        FieldGroup("grade", _("Grade"), forms.GradeForm),
        FieldGroup("deadline", _("Deadline"), forms.DeadlineForm),
        FieldGroup("contract", _("Contract"), forms.ContractForm),
        FieldGroup("nationality_restricted", _("Nationality"), forms.NationalityForm),
        FieldGroup("clearance", _("Security clearance"), forms.ClearanceForm),
        FieldGroup("degree", _("Education"), forms.DegreeForm),
        FieldGroup("min_years_experience", _("Experience"), forms.ExperienceForm),
        FieldGroup("languages", _("Languages"), forms.LanguagesForm),
        FieldGroup("competencies", _("Competencies"), forms.CompetenciesForm),
        FieldGroup("essential", _("Essential"), forms.EssentialForm),
        FieldGroup("desirable", _("Desirable"), forms.DesirableForm),
        FieldGroup("accountabilities", _("Main accountabilities"), forms.AccountabilitiesForm),
    )
}


# What the review page says of a field the parser is not sure of (vacancies.parsing.UNSURE_REASONS).
UNSURE_MESSAGES = {
    "cut_from_text": _("Read out of a longer line or a sentence: check where it starts and ends."),
    "no_job_word": _("A heading-like line naming no job was taken as the title: check it."),
    "day_month_order": _("Read day first (European order); the notice's date could also be month first."),
    "outside_requirements": _("Read from the introduction, not from a list of requirements: check it."),
    "no_list_heading": _(
        "No heading announced these requirements: they were read from the text. Check them."
    ),
    "not_on_ladder": _("A behaviour is no rung of its competency's ladder: set the rung with Edit."),
    "levels_from_words": _("No level I-VI is written: the levels were inferred from words. Check them."),
    "implied_by_body": _(
        "The notice says nothing about nationality: NATO posts are open to nationals of member states "
        "only, so this was assumed. Check it."
    ),
    "parent_body": _(
        "Only the larger body was found, not the division, office or agency offering the post: check it."
    ),
    "not_a_body": _(
        "What was read as the organisation names no known NATO body, division or office: check it."
    ),
    "none_found": _(
        "No essential requirement was found in this notice, so every applicant would meet the essentials. "
        "Add them with Edit from the notice text."
    ),
    "years_not_read": _(
        "The notice asks for years of experience that were not read into the requirements: set the "
        "experience and check the essential list with Edit before anyone is called eligible."
    ),
    "not_delimited": _(
        "Where the essential requirements start and end could not be told: check the essential and "
        "desirable lists with Edit before anyone is called eligible."
    ),
}


@dataclass(frozen=True)
class FieldView:
    """A field group as the review page shows it: its value, or its edit form."""

    name: str
    label: str
    missing: bool
    anchor: str  # id of the highlighted source sentence, "" if the notice gave none
    unsure: str = ""  # why the parser is not sure of the value, "" when it is
    value: object = None
    form: django_forms.Form | None = None
    saved: bool = False
    corrected_by: str = (
        ""  # who corrected it by hand on this page ("a former user" once erased), "" if nobody
    )
    corrected_at: datetime.datetime | None = None


def _get_vacancy_for_recruiter(request, pk: int) -> Vacancy:
    return get_object_or_404(Vacancy.objects.for_recruiter(request.user), pk=pk)


def _get_group(name: str) -> FieldGroup:
    if name not in FIELD_GROUPS:
        raise Http404(_("No such field."))
    return FIELD_GROUPS[name]


def _group_form(group: FieldGroup, vacancy: Vacancy, data=None) -> django_forms.Form:
    # A copy: a ModelForm writes its values into its instance while validating, and the service
    # must still see the old values to know what changed.
    return group.form_class(data, instance=copy.copy(vacancy))


def highlight_sources(text: str, sources: dict[str, str]) -> tuple[SafeString, dict[str, str]]:
    """The escaped text with each source sentence in a <mark>, and each field's anchor id.

    Two fields quoting the same (or an overlapping) sentence share the first one's mark.

    >>> highlight_sources("Grade A.2. Apply by 5 May.", {"grade": "Grade A.2.", "title": "elsewhere"})
    ('<mark class="field-source" id="src-grade">Grade A.2.</mark> Apply by 5 May.', {'grade': 'src-grade'})
    """
    spans = []  # (start, end, field)
    for field, sentence in (sources or {}).items():
        start = text.find(sentence) if sentence else -1
        if start >= 0:
            spans.append((start, start + len(sentence), field))
    anchors, parts, position, last_mark = {}, [], 0, None
    for start, end, field in sorted(spans):
        if last_mark and start < last_mark[1]:
            anchors[field] = last_mark[2]
            continue
        anchor = f"src-{field}"
        parts += [
            escape(text[position:start]),
            f'<mark class="field-source" id="{escape(anchor)}">',
            escape(text[start:end]),
            "</mark>",
        ]
        anchors[field], position, last_mark = anchor, end, (start, end, anchor)
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts)), anchors  # noqa: S308 - every piece of text is escaped above


def _level_name(code: str, reference) -> str:
    name = reference.language_levels.get(code, ("", ""))[0]
    return gettext("%(level)s (%(name)s)") % {"level": code, "name": gettext(name)} if name else code


def _display_value(vacancy: Vacancy, group: FieldGroup, reference):
    """What the review page shows for a group: the field itself, or a few words for the compound ones."""
    if group.name == "degree":
        alternatives = dict(DEGREE_ALTERNATIVES)
        return {
            "level": vacancy.get_degree_level_display(),
            "fields": vacancy.degree_fields,
            "fields_required": vacancy.degree_fields_required,
            "alternatives": [alternatives.get(code, code) for code in vacancy.degree_alternatives],
        }
    if group.name == "languages":
        others = [
            f"{displayed_language(r.language)}: {_level_name(r.level, reference)}"
            if r.level
            else f"{displayed_language(r.language)}: STANAG 6001 SLP {r.slp}"
            for r in vacancy.language_requirements.all()
        ]
        return {
            "rule": vacancy.language_rule,
            "high": _level_name(vacancy.language_high, reference),
            "low": _level_name(vacancy.language_low, reference),
            "pair": vacancy.language_pair or list(OFFICIAL_LANGUAGES),
            "others": others,
        }
    if group.name == "competencies":
        return list(vacancy.competency_requirements.all())
    return getattr(vacancy, group.name)


def _correctors(vacancy: Vacancy) -> dict[int, str]:
    """The names of the people who corrected the vacancy's fields, by user id (one query)."""
    ids = {c.get("by") for c in (vacancy.corrections or {}).values()} - {None}
    users = get_user_model().objects.filter(pk__in=ids) if ids else []
    return {user.pk: user.get_full_name() or user.email for user in users}


def _field_view(
    vacancy: Vacancy, group: FieldGroup, anchors: dict[str, str], reference, correctors: dict, **kwargs
) -> FieldView:
    reason = (vacancy.unsure or {}).get(group.name)
    correction = (vacancy.corrections or {}).get(group.name)
    if correction:
        kwargs.setdefault("corrected_by", correctors.get(correction.get("by")) or str(_("a former user")))
        kwargs.setdefault("corrected_at", parse_datetime(correction.get("at") or ""))
    return FieldView(
        group.name,
        group.label,
        missing=group.name in vacancy.missing,
        anchor=anchors.get(group.name, ""),
        unsure=str(UNSURE_MESSAGES.get(reason, _("Check this value against the notice."))) if reason else "",
        value=_display_value(vacancy, group, reference),
        **kwargs,
    )


def _review_context(vacancy: Vacancy, *, editing: FieldView | None = None) -> dict:
    source_text, anchors = highlight_sources(vacancy.cleaned_text or vacancy.raw_text, vacancy.sources)
    reference, correctors = current_reference(), _correctors(vacancy)
    groups = [_field_view(vacancy, group, anchors, reference, correctors) for group in FIELD_GROUPS.values()]
    if editing:
        groups = [editing if group.name == editing.name else group for group in groups]
    return {
        "vacancy": vacancy,
        "groups": groups,
        "source_text": source_text,
        "notice_languages": notice_comparison(vacancy),
    }


def _field_response(request, vacancy: Vacancy, group: FieldGroup, **kwargs) -> TemplateResponse:
    """The group's partial for HTMX; without JS, the whole review page with the group in place."""
    __, anchors = highlight_sources(vacancy.cleaned_text or vacancy.raw_text, vacancy.sources)
    field = _field_view(vacancy, group, anchors, current_reference(), _correctors(vacancy), **kwargs)
    if request.htmx:
        return TemplateResponse(request, "vacancies/review.html#field", {"vacancy": vacancy, "group": field})
    return TemplateResponse(request, "vacancies/review.html", _review_context(vacancy, editing=field))


def _review_url(vacancy: Vacancy, anchor: str = "") -> str:
    return reverse("vacancies:review", args=[vacancy.pk]) + (f"#{anchor}" if anchor else "")


@recruiter_required
@require_safe
def vacancy_list(request):
    filters = forms.VacancyFilterForm(request.GET)
    vacancies = filters.filter(Vacancy.objects.for_recruiter(request.user)).order_by("-updated_at")
    page = Paginator(vacancies, PER_PAGE).get_page(request.GET.get("page"))
    template_name = "vacancies/list.html"
    if request.htmx:
        template_name += "#results"
    return TemplateResponse(request, template_name, {"filters": filters, "page": page})


@recruiter_required
@require_http_methods(["GET", "POST"])
@rate_limited("notice_upload")
def vacancy_new(request):
    form = forms.NoticeForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        text, filename = form.cleaned_data["notice_text"], form.cleaned_data["source_filename"]
        try:
            vacancy = submit_notice(text, by=request.user, source_filename=filename)
        except NotANoticeError as error:
            form.add_error(None, str(error) or _("This does not look like a vacancy notice."))
        else:
            attached = getattr(vacancy, "attached_notice", None)
            if attached is not None:
                messages.success(
                    request,
                    _(
                        "This notice is “%(title)s” in another language: it is kept with that vacancy, "
                        "which has one set of requirements and one shortlist. Both notices are shown below."
                    )
                    % {"title": vacancy.title},
                )
                return redirect(_review_url(vacancy, "notice-languages"))
            messages.success(
                request, _("The notice is parsed. Check each field against the text, then publish.")
            )
            return redirect(_review_url(vacancy))
    return TemplateResponse(request, "vacancies/new.html", {"form": form})


@recruiter_required
@require_safe
def vacancy_review(request, pk: int):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    context = _review_context(vacancy)
    if vacancy.status == Vacancy.Status.DRAFT:  # pasted twice? say so before it is published twice
        context["duplicates"] = (
            Vacancy.objects.for_recruiter(request.user).look_alikes(vacancy).order_by("-created_at")[:5]
        )
    return TemplateResponse(request, "vacancies/review.html", context)


@recruiter_required
@require_safe
def field_display(request, pk: int, name: str):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    group = _get_group(name)
    if not request.htmx:
        return redirect(_review_url(vacancy, f"field-{group.name}"))
    return _field_response(request, vacancy, group)


# The prefix of a competency row on the review page (vacancies.forms.CompetenciesForm).
_COMPETENCY_ROW = re.compile(r"competencies-\d{1,2}")


@recruiter_required
@require_safe
def rungs(request):
    """The rung select of a competency row for the competency just chosen (``prefix`` names the row)."""
    prefix = request.GET.get("prefix", "")
    if not _COMPETENCY_ROW.fullmatch(prefix):
        prefix = "competencies-0"
    form = forms.CompetencyRowForm(prefix=prefix, ladders=current_reference().competency_ladders)
    form.fields["rung"].choices = form.rung_choices(request.GET.get(f"{prefix}-name", ""))
    return TemplateResponse(request, "vacancies/_competency_rows.html#rung-field", {"form": form})


@recruiter_required
@require_http_methods(["GET", "POST"])
def field_edit(request, pk: int, name: str):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    group = _get_group(name)
    form = _group_form(group, vacancy, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        changed = update_vacancy_requirements(
            vacancy, forms.changes_from(form), by=request.user, checked=group.name
        )
        if not request.htmx:
            messages.success(
                request,
                (gettext("%(field)s saved.") if changed else gettext("%(field)s: nothing changed."))
                % {"field": group.label},
            )
            return redirect(_review_url(vacancy, f"field-{group.name}"))
        return _field_response(request, vacancy, group, saved=bool(changed))
    return _field_response(request, vacancy, group, form=form)


@recruiter_required
@require_POST
def vacancy_publish(request, pk: int):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    try:
        publish_vacancy(vacancy, by=request.user)
    except VacancyStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            gettext("“%(title)s” is published: candidates are being matched to it.")
            % {"title": vacancy.title},
        )
    return redirect(_review_url(vacancy))


@recruiter_required
@require_POST
def vacancy_close(request, pk: int):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    try:
        close_vacancy(vacancy, by=request.user)
    except VacancyStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            gettext("“%(title)s” is closed: it no longer takes applications.") % {"title": vacancy.title},
        )
    return redirect(_review_url(vacancy))
