"""Forms for the applicant's profile, its CV upload and review."""

from __future__ import annotations

import re
from datetime import date

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from candidates.models import (
    EDUCATION_LEVELS,
    Candidate,
    CompetencyAssessment,
    Education,
    Experience,
    LanguageSkill,
)
from candidates.services import CvChoices, find_post
from documents.uploads import CV_READ_EXTENSIONS, check_cv_upload
from reference.data import LANGUAGE_LEVELS, ROMAN_LEVELS, ReferenceData
from reference.forms import LadderPicker
from reference.languages import displayed_language, stored_language
from reference.loading import current_reference
from reference.nations import displayed_nation, stored_nationality
from reference.stanag import StanagProfile

OTHER_NATION = "other"
EARLIEST_YEAR = 1940
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def _level_choice(code: str) -> str:
    """A level as the profile's choice lists it: "V: Advanced (C1)", "V : Avancé (C1)" in French."""
    name, cefr = LANGUAGE_LEVELS[code]
    return pgettext("level choice", "%(level)s: %(name)s (%(cefr)s)") % {
        "level": code,
        "name": gettext(name),
        "cefr": cefr,
    }


def this_month() -> date:
    return timezone.localdate().replace(day=1)


def split_skills(text: str) -> list[str]:
    """'planning, PARP\\nnegotiation' -> ['planning', 'PARP', 'negotiation'], first spelling of each kept."""
    skills: dict[str, str] = {}
    for part in re.split(r"[,;\n]", text):
        skill = " ".join(part.split())
        if skill:
            skills.setdefault(skill.casefold(), skill)
    return list(skills.values())


class MonthInput(forms.TextInput):
    input_type = "month"

    def format_value(self, value):
        return value.strftime("%Y-%m") if isinstance(value, date) else super().format_value(value)


class MonthField(forms.Field):
    """A YYYY-MM month, stored as the first day of that month."""

    widget = MonthInput(attrs={"placeholder": "YYYY-MM", "pattern": r"\d{4}-\d{2}"})
    default_error_messages = {"invalid": _("Enter a month as YYYY-MM, for example 2021-09.")}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, date):
            return value.replace(day=1)
        match = _MONTH.match(str(value))
        if not match or not 1 <= int(match[2]) <= 12:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return date(int(match[1]), int(match[2]), 1)


class DescribedErrorsMixin:
    """Ties each field to its error or help text (rendered by _field.html with this id) for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if self.auto_id:
                field.widget.attrs.setdefault(
                    "aria-describedby", f"{self.auto_id % self.add_prefix(name)}-errors"
                )

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-invalid"] = "true"


class CandidateRowForm(DescribedErrorsMixin, forms.ModelForm):
    """A row of the applicant's own profile; ``candidate`` is the owner, used by the duplicate checks."""

    def __init__(self, *args, candidate: Candidate, reference: ReferenceData | None = None, **kwargs):
        self.candidate = candidate
        self.reference = reference or current_reference()
        super().__init__(*args, **kwargs)
        self.instance.candidate = candidate


class EducationForm(CandidateRowForm):
    level = forms.ChoiceField(label=_("Level"), choices=[("", _("Choose a level")), *EDUCATION_LEVELS])
    year = forms.IntegerField(label=_("Year completed"), required=False)

    class Meta:
        model = Education
        fields = ["level", "field", "institution", "year"]
        labels = {"field": _("Field of study"), "institution": _("Institution")}

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year is not None and year > timezone.localdate().year:
            raise forms.ValidationError(_("The year cannot be in the future."), code="future")
        if year is not None and year < EARLIEST_YEAR:
            raise forms.ValidationError(
                _("The year must be %(year)s or later.") % {"year": EARLIEST_YEAR}, code="too_early"
            )
        return year


class ExperienceForm(CandidateRowForm):
    start = MonthField(label=_("From (month)"))
    end = MonthField(
        label=_("To (month)"), required=False, help_text=_("Leave empty if this is your current post.")
    )

    class Meta:
        model = Experience
        fields = ["title", "organisation", "start", "end", "description"]
        labels = {"title": _("Job title"), "organisation": _("Organisation"), "description": _("Description")}
        error_messages = {"title": {"required": _("Give the job title.")}}
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def _not_future(self, name: str) -> date | None:
        month = self.cleaned_data[name]
        if month is not None and month > this_month():
            raise forms.ValidationError(_("This month is in the future."), code="future")
        return month

    def clean_start(self):
        return self._not_future("start")

    def clean_end(self):
        return self._not_future("end")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error(
                "end", forms.ValidationError(_("The end month is before the start month."), code="order")
            )
        return cleaned


class LanguageForm(CandidateRowForm):
    level = forms.ChoiceField(
        label=_("NATO level"),
        choices=[("", _("Choose a level"))]
        + [(code, lazy(_level_choice, str)(code)) for code in ROMAN_LEVELS],
        error_messages={"invalid_choice": _("%(value)s is not a NATO level (I to VI).")},
    )

    class Meta:
        model = LanguageSkill
        fields = ["language", "level", "stanag"]
        labels = {"language": _("Language"), "stanag": _("STANAG 6001 profile")}
        help_texts = {"stanag": _("Optional, for example 3333 or 3+3+2+2.")}

    def __init__(self, *args, allow_existing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.allow_existing = allow_existing

    def clean_language(self):
        language = stored_language(" ".join(self.cleaned_data["language"].split()).title())
        others = self.candidate.languages.filter(language=language).exclude(pk=self.instance.pk)
        if not self.allow_existing and self.candidate.pk and others.exists():
            raise forms.ValidationError(
                gettext("You have already given a level for %(language)s.")
                % {"language": displayed_language(language)},
                code="duplicate",
            )
        return language

    def clean_stanag(self):
        stanag = self.cleaned_data["stanag"].strip()
        if not stanag:
            return ""
        try:
            return str(StanagProfile.parse(stanag))
        except ValueError as error:
            raise forms.ValidationError(str(error), code="invalid") from None


class CompetencyForm(LadderPicker, CandidateRowForm):
    """The rung is chosen by its behavioural text, from the ladder of the chosen competency
    (``reference.forms.LadderPicker``, shared with the recruiter's review page)."""

    rungs_url_name = "applicants:rungs"
    name = forms.ChoiceField(label=_("Competency"))
    rung = forms.TypedChoiceField(label=_("What describes you best"), coerce=int)

    class Meta:
        model = CompetencyAssessment
        fields = ["name", "rung", "evidence"]
        labels = {"evidence": _("Evidence, in your own words")}
        help_texts = {
            "evidence": _(
                "One or two sentences on what you did that shows this level: the situation, what you did, the "
                "result (for example: “Led the cell that planned the 2023 exercise with 12 nations”). A level "
                "with evidence counts in full in matching; without it, for less."
            )
        }
        widgets = {"evidence": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_ladder_picker(self.reference.competency_ladders)

    def clean_name(self):
        name = self.cleaned_data["name"]
        others = self.candidate.competencies.filter(name=name).exclude(pk=self.instance.pk)
        if self.candidate.pk and others.exists():
            raise forms.ValidationError(
                gettext("You have already assessed %(name)s; edit that entry.") % {"name": name},
                code="duplicate",
            )
        return name


class PersonalForm(DescribedErrorsMixin, forms.ModelForm):
    field_order = [
        "name",
        "nationality",
        "nationality_other",
        "military_staff_college",
        "summary",
        "skills_text",
    ]
    nationality = forms.ChoiceField(label=_("Nationality"), required=False)
    nationality_other = forms.CharField(
        label=_("Other nationality"),
        required=False,
        max_length=100,
        help_text=_("Only if not a member nation."),
    )
    skills_text = forms.CharField(
        label=_("Skills"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Separate skills with commas or new lines."),
    )

    class Meta:
        model = Candidate
        fields = ["name", "nationality", "military_staff_college", "summary"]
        labels = {
            "name": _("Full name"),
            "military_staff_college": _("I attended a NATO or national military staff college"),
            "summary": _("Summary"),
        }
        widgets = {"summary": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, reference: ReferenceData | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.reference = reference or current_reference()
        nations = self.reference.member_nations
        self.fields["nationality"].choices = (
            [("", _("Choose your nationality"))]
            + [(n, displayed_nation(n)) for n in nations]
            + [(OTHER_NATION, _("Other (not a member nation)"))]
        )
        current = self.instance.nationality_name
        if current and current not in nations:
            self.initial.update(nationality=OTHER_NATION, nationality_other=current)
        self.initial["skills_text"] = ", ".join(self.instance.skills)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("nationality") == OTHER_NATION:
            other = " ".join(cleaned.get("nationality_other", "").split())
            if not other:
                self.add_error("nationality_other", gettext("Write your nationality."))
            cleaned["nationality"] = self.reference.canonical_nation(other) or other
        return cleaned

    def save(self, commit: bool = True) -> Candidate:
        self.instance.nationality = stored_nationality(self.cleaned_data["nationality"], self.reference)
        self.instance.skills = split_skills(self.cleaned_data["skills_text"])
        return super().save(commit)


class ConsentForm(DescribedErrorsMixin, forms.Form):
    consent = forms.BooleanField(
        label=_(
            "Match me against every open vacancy: show me my matches, and let recruiters find me and invite me to apply"
        ),
        required=False,
    )


class CvUploadForm(DescribedErrorsMixin, forms.Form):
    file = forms.FileField(
        label=_("Your CV (PDF, Word .docx, plain text, JSON Resume or Europass XML)"),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(CV_READ_EXTENSIONS)}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_cv_upload(
            self, "file", upload, max_bytes=settings.UPLOAD_MAX_BYTES, extensions=CV_READ_EXTENSIONS
        )
        return upload


class CvIncludeMixin(forms.Form):
    include = forms.BooleanField(label=_("Add this"), required=False, initial=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A CV usually repeats what the profile holds: "same" entries are proposed unticked; an "update"
        # (same post or language, new details) stays ticked and replaces the row (services.add_cv_entries).
        self.in_profile = self._in_profile(self.initial) if self.initial and self.candidate.pk else ""
        if self.in_profile == "same":
            self.fields["include"].initial = False

    def _in_profile(self, entry: dict) -> str:
        return ""

    def included(self) -> bool:
        return bool(self.data.get(self.add_prefix("include"))) if self.is_bound else True


def _text(entry: dict, key: str) -> str:
    return " ".join(str(entry.get(key) or "").split()).casefold()


class CvEducationForm(CvIncludeMixin, EducationForm):
    def _in_profile(self, entry: dict) -> str:
        rows = self.candidate.education.filter(level=entry.get("level", ""))
        return "same" if any(_text(vars(row), "field") == _text(entry, "field") for row in rows) else ""


class CvExperienceForm(CvIncludeMixin, ExperienceForm):
    def _in_profile(self, entry: dict) -> str:
        row = find_post(self.candidate, title=entry.get("title") or "", start=str(entry.get("start") or ""))
        if row is None:
            return ""
        end = f"{row.end:%Y-%m}" if row.end else ""
        same = end == (entry.get("end") or "") and _text(vars(row), "organisation") == _text(
            entry, "organisation"
        )
        return "same" if same else "update"


class CvLanguageForm(CvIncludeMixin, LanguageForm):
    def _in_profile(self, entry: dict) -> str:
        row = self.candidate.languages.filter(language=stored_language(entry.get("language") or "")).first()
        if row is None:
            return ""
        return "same" if row.level == entry.get("level") else "update"


class CvCompetencyForm(CvIncludeMixin, CompetencyForm):
    """A competency the CV names, with its line as the evidence; one already in the profile is updated."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The CV's words matched no rung: the applicant chooses, seeing what the CV says.
        level_text = "" if self.initial.get("rung") else str(self.initial.get("level_text") or "")
        note = _("Your CV says: “%(text)s”. Choose the statement that fits you.")
        self.cv_note = note % {"text": level_text} if level_text else ""

    def _in_profile(self, entry: dict) -> str:
        row = self.candidate.competencies.filter(name=entry.get("name") or "").first()
        if row is None:
            return ""
        return "same" if row.rung == entry.get("rung") and row.evidence else "update"

    def clean_name(self):
        return self.cleaned_data["name"]  # one already in the profile is updated (services.add_cv_entries)


class CvPersonalForm(DescribedErrorsMixin, forms.Form):
    nationality = forms.CharField(max_length=100, required=False)
    include_nationality = forms.BooleanField(label=_("Use this nationality"), required=False, initial=True)
    military_staff_college = forms.BooleanField(
        label=_("I attended a military staff college"), required=False
    )
    skills = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, skills: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skills"].choices = [(s, s) for s in skills]


# The field that names an entry of each kind, in the summary of entries to correct.
_ENTRY_NAMES = {
    "education": ("field", "level"),
    "experience": ("title", "organisation"),
    "languages": ("language",),
    "competencies": ("name",),
}


class CvReview:
    """The review step of a CV upload: one form per proposed entry, each with an "Add this" box.

    Only the ticked entries are validated and kept; nothing is saved here (see services.add_cv_entries).
    """

    def __init__(self, proposal: dict, *, candidate: Candidate, data=None):
        self.candidate, self.data = candidate, data
        self.education = self._forms(CvEducationForm, "cv-education", proposal.get("education"))
        self.experience = self._forms(CvExperienceForm, "cv-experience", proposal.get("experience"))
        self.languages = self._forms(
            CvLanguageForm, "cv-languages", proposal.get("languages"), allow_existing=True
        )
        self.competencies = self._forms(CvCompetencyForm, "cv-competencies", proposal.get("competencies"))
        self.personal = CvPersonalForm(
            data,
            prefix="cv",
            skills=list(proposal.get("skills") or []),
            initial={
                "nationality": proposal.get("nationality") or "",
                "include_nationality": bool(proposal.get("nationality")),
                "military_staff_college": bool(proposal.get("military_staff_college")),
                "skills": list(proposal.get("skills") or []),
            },
        )

    def _forms(self, form_class, prefix: str, entries, **kwargs) -> list:
        return [
            form_class(self.data, initial=entry, candidate=self.candidate, prefix=f"{prefix}-{i}", **kwargs)
            for i, entry in enumerate(entries or [])
            if isinstance(entry, dict)
        ]

    def chosen(self, name: str) -> list:
        return [form for form in getattr(self, name) if form.included()]

    @property
    def empty(self) -> bool:
        return not (
            self.education
            or self.experience
            or self.languages
            or self.competencies
            or self.personal.fields["skills"].choices
        )

    def is_valid(self) -> bool:
        valid = self.personal.is_valid()
        for name in ("education", "experience", "languages", "competencies"):
            for form in self.chosen(name):
                valid &= form.is_valid()  # every form, so that every error shows
        seen = set()
        for form in self.chosen("languages"):
            language = form.cleaned_data.get("language", "").casefold()
            if language in seen:
                form.add_error("language", gettext("This language is proposed twice; keep one."))
                valid = False
            seen.add(language)
        return valid

    def to_correct(self) -> list[tuple[str, str]]:
        """(what it is, its anchor) of each ticked entry that needs a correction, in the page's order: the
        page says so at its top, since the first one may be far down a long review."""
        found = []
        for name, what in (
            ("education", _("Education")),
            ("experience", _("Experience")),
            ("languages", _("Languages")),
            ("competencies", _("Competencies")),
        ):
            for form in self.chosen(name):
                if form.errors:
                    shown = next((str(v) for v in (form[f].value() for f in _ENTRY_NAMES[name]) if v), "")
                    found.append((f"{what}: {shown}" if shown else str(what), form.prefix))
        if self.personal.errors:
            found.append((str(_("Personal details")), "cv-personal"))
        return found

    def choices(self) -> CvChoices:
        def rows(name: str) -> list[dict]:
            return [{key: form.cleaned_data[key] for key in form._meta.fields} for form in self.chosen(name)]

        personal = self.personal.cleaned_data
        return CvChoices(
            education=rows("education"),
            experience=rows("experience"),
            languages=rows("languages"),
            competencies=rows("competencies"),
            skills=personal["skills"],
            nationality=personal["nationality"] if personal["include_nationality"] else "",
            military_staff_college=personal["military_staff_college"],
        )
