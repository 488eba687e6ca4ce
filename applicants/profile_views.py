"""The applicant's own profile: sections of rows edited in place, completeness, consent, preview, CV upload.

Every row endpoint fetches its row through ``_get_row`` (scoped to the signed-in user), so another
applicant's row id answers 404.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_htmx.http import trigger_client_event

from access.decorators import applicant_required
from access.ratelimits import rate_limited
from candidates.models import Candidate, CompetencyAssessment, Education, Experience, LanguageSkill
from candidates.services import (
    add_cv_entries,
    candidate_for_applicant,
    profile_changed,
    profile_completeness,
    propose_from_cv,
    set_consent,
    total_experience_months,
)
from documents.extraction import DocumentError
from matching.claims import is_evidence
from reference.loading import current_reference

from . import profile_forms as forms

CV_SESSION_KEY = "cv_proposal"
PROFILE_CHANGED = "profile-changed"
# The competency forms that ask for rungs: a profile row's, a new one's and a CV review entry's.
_RUNG_FORM_PREFIX = re.compile(r"(cv-competencies-\d+|competencies-(new|\d+))")


@dataclass(frozen=True)
class Section:
    name: str  # URL segment and element id
    title: str
    noun: str  # with its article: "an education entry"
    hint: str
    model: type
    form_class: type


SECTIONS = {
    s.name: s
    for s in (
        Section(
            "education",
            _("Education"),
            _("an education entry"),
            _("Degrees and diplomas, highest first."),
            Education,
            forms.EducationForm,
        ),
        Section(
            "experience",
            _("Experience"),
            _("a post"),
            _("Each post you held, with the months it started and ended."),
            Experience,
            forms.ExperienceForm,
        ),
        Section(
            "languages",
            _("Languages"),
            _("a language"),
            _("Your level on NATO's scale, from I (Beginner) to VI (Proficiency)."),
            LanguageSkill,
            forms.LanguageForm,
        ),
        Section(
            "competencies",
            _("Competencies"),
            _("a competency"),
            _("Choose a competency, then the statement that describes you best, and give an example."),
            CompetencyAssessment,
            forms.CompetencyForm,
        ),
    )
}


def _get_row(request, section: Section, pk: int):
    return get_object_or_404(section.model.objects.filter(candidate__user=request.user), pk=pk)


def _describe(section: Section, rows, reference) -> list:
    """Adds the words a row is shown with: a language level's name, a competency rung's text."""
    for row in rows:
        if section.name == "languages":
            name = reference.language_levels.get(row.level, ("", ""))[0]
            row.level_name = gettext(name) if name else ""  # "Advanced", "Avancé" in French
        elif section.name == "competencies":
            ladder = reference.competency_ladders.get(row.name, ())
            row.rung_text = ladder[row.rung - 1] if 0 < row.rung <= len(ladder) else ""
            row.evidence_counts = is_evidence(row.evidence, row.name, reference.competency_ladders)
    return list(rows)


def _row_form(section: Section, candidate: Candidate, row=None, data=None):
    prefix = f"{section.name}-{row.pk if row else 'new'}"
    return section.form_class(data, instance=row, candidate=candidate, prefix=prefix)


def _profile_context(request, candidate: Candidate, **overrides) -> dict:
    reference = current_reference()
    sections = [
        {
            "section": section,
            "rows": _describe(section, getattr(candidate, section.name).all(), reference),
            "form": _row_form(section, candidate),
        }
        for section in SECTIONS.values()
    ]
    return {
        "candidate": candidate,
        "sections": sections,
        "personal_form": forms.PersonalForm(instance=candidate, reference=reference),
        "consent_form": forms.ConsentForm(initial={"consent": candidate.consent_at is not None}),
        "completeness": profile_completeness(candidate),
        **overrides,
    }


def _changed(response):
    return trigger_client_event(response, PROFILE_CHANGED)


def _back_to(section_name: str):
    return redirect(f"{reverse('applicants:profile')}#{section_name}")


@applicant_required
@require_safe
def profile(request):
    candidate = candidate_for_applicant(request.user)
    return TemplateResponse(request, "applicants/profile/profile.html", _profile_context(request, candidate))


@applicant_required
@require_safe
def meter(request):
    if not request.htmx:
        return redirect("applicants:profile")
    candidate = candidate_for_applicant(request.user)
    context = {"completeness": profile_completeness(candidate)}
    return TemplateResponse(request, "applicants/profile/profile.html#meter", context)


@applicant_required
@require_POST
def personal(request):
    candidate = candidate_for_applicant(request.user)
    form = forms.PersonalForm(request.POST, instance=candidate)
    if form.is_valid():
        form.save()
        profile_changed(candidate)
        if not request.htmx:
            messages.success(request, _("Your personal details are saved."))
            return _back_to("personal")
        context = {"personal_form": forms.PersonalForm(instance=candidate), "saved": True}
        return _changed(TemplateResponse(request, "applicants/profile/profile.html#personal", context))
    if request.htmx:
        return TemplateResponse(request, "applicants/profile/profile.html#personal", {"personal_form": form})
    context = _profile_context(request, candidate, personal_form=form)
    return TemplateResponse(request, "applicants/profile/profile.html", context)


@applicant_required
@require_POST
def consent(request):
    candidate = candidate_for_applicant(request.user)
    form = forms.ConsentForm(request.POST)
    form.is_valid()
    set_consent(candidate, given=form.cleaned_data["consent"])
    if not request.htmx:
        return _back_to("consent")
    context = {"candidate": candidate, "consent_form": forms.ConsentForm(initial=form.cleaned_data)}
    return _changed(TemplateResponse(request, "applicants/profile/profile.html#consent", context))


@applicant_required
@require_http_methods(["GET", "POST"])
def row_add(request, section: Section):
    candidate = candidate_for_applicant(request.user)
    form = _row_form(section, candidate, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        row = form.save()
        profile_changed(candidate)
        if not request.htmx:
            messages.success(request, _("Added %(noun)s.") % {"noun": section.noun})
            return _back_to(section.name)
        context = {"section": section, "row": _describe(section, [row], form.reference)[0]}
        context["form"] = _row_form(section, candidate)
        return _changed(TemplateResponse(request, "applicants/profile/_row_added.html", context))
    template_name = (
        "applicants/profile/_row_form.html" if request.htmx else "applicants/profile/row_form.html"
    )
    return TemplateResponse(request, template_name, {"section": section, "form": form})


@applicant_required
@require_safe
def row_detail(request, section: Section, pk: int):
    row = _get_row(request, section, pk)
    if not request.htmx:
        return _back_to(section.name)
    context = {"section": section, "row": _describe(section, [row], current_reference())[0]}
    return TemplateResponse(request, "applicants/profile/_row.html", context)


@applicant_required
@require_http_methods(["GET", "POST"])
def row_edit(request, section: Section, pk: int):
    row = _get_row(request, section, pk)
    form = _row_form(section, row.candidate, row, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        row = form.save()
        profile_changed(row.candidate)
        if not request.htmx:
            messages.success(request, _("Saved."))
            return _back_to(section.name)
        context = {"section": section, "row": _describe(section, [row], form.reference)[0]}
        return _changed(TemplateResponse(request, "applicants/profile/_row.html", context))
    template_name = (
        "applicants/profile/_row_form.html" if request.htmx else "applicants/profile/row_form.html"
    )
    return TemplateResponse(request, template_name, {"section": section, "form": form, "row": row})


@applicant_required
@require_POST
def row_delete(request, section: Section, pk: int):
    row = _get_row(request, section, pk)
    row.delete()
    profile_changed(row.candidate)
    if not request.htmx:
        messages.success(request, _("Deleted."))
        return _back_to(section.name)
    return _changed(HttpResponse(""))


@applicant_required
@require_safe
def rungs(request):
    """The rung select of a competency form, for the competency just chosen (``prefix`` names the form)."""
    prefix = request.GET.get("prefix", "")
    if not _RUNG_FORM_PREFIX.fullmatch(prefix):
        prefix = "competencies-new"
    candidate = candidate_for_applicant(request.user)
    form = forms.CompetencyForm(candidate=candidate, prefix=prefix)
    form.fields["rung"].choices = form.rung_choices(request.GET.get(f"{prefix}-name", ""))
    return TemplateResponse(
        request, "applicants/profile/_row_form.html#rung-field", {"form": form, "field": form["rung"]}
    )


@applicant_required
@require_safe
def preview(request):
    candidate = candidate_for_applicant(request.user)
    reference = current_reference()
    months = total_experience_months(candidate, as_of=timezone.localdate())
    context = {
        "candidate": candidate,
        "years": months // 12,
        "months": months % 12,
        "education": candidate.education.all(),
        "experience": candidate.experience.all(),
        "languages": _describe(SECTIONS["languages"], candidate.languages.all(), reference),
        "competencies": _describe(SECTIONS["competencies"], candidate.competencies.all(), reference),
        "completeness": profile_completeness(candidate),
    }
    return TemplateResponse(request, "applicants/profile/preview.html", context)


@applicant_required
@require_http_methods(["GET", "POST"])
@rate_limited("cv_upload")
def cv_upload(request):
    form = forms.CvUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            request.session[CV_SESSION_KEY] = propose_from_cv(form.cleaned_data["file"])
        except DocumentError as error:  # its message is meant for the applicant
            form.add_error("file", str(error))
        else:
            return redirect("applicants:cv-review")
    return TemplateResponse(request, "applicants/profile/cv_upload.html", {"form": form})


@applicant_required
@require_http_methods(["GET", "POST"])
def cv_review(request):
    proposal = request.session.get(CV_SESSION_KEY)
    if proposal is None or "discard" in request.POST:
        request.session.pop(CV_SESSION_KEY, None)
        return redirect("applicants:cv-upload" if proposal is None else "applicants:profile")
    candidate = candidate_for_applicant(request.user)
    review = forms.CvReview(proposal, candidate=candidate, data=request.POST or None)
    if request.method == "POST" and review.is_valid():
        written = add_cv_entries(candidate, choices=review.choices())
        del request.session[CV_SESSION_KEY]
        messages.success(
            request,
            ngettext(
                "%(count)d entry from your CV is added to your profile.",
                "%(count)d entries from your CV are added to your profile.",
                written,
            )
            % {"count": written},
        )
        return redirect("applicants:profile")
    return TemplateResponse(request, "applicants/profile/cv_review.html", {"review": review})
