"""Forms for the recruiter's notice pages: the list filter, a new notice, and one form per field group."""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from documents.extraction import DocumentError, extract_text
from documents.uploads import check_upload
from reference.data import ROMAN_LEVELS
from reference.forms import LadderPicker
from reference.loading import current_reference
from reference.stanag import StanagProfile

from .models import DEGREE_ALTERNATIVES, Vacancy

LINE_BULLETS = " \t-*•·–;"


class DescribedFieldsMixin:
    """Points each input at the note under it (its error, else its help) for screen readers, and puts
    the focus in the first input (htmx honours ``autofocus`` on swapped-in content)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-note"
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.widget.attrs["autofocus"] = True


class VacancyFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Vacancy.Status.choices]
    )

    def filter(self, vacancies):
        if not self.is_valid():
            return vacancies
        if q := self.cleaned_data["q"].strip():
            vacancies = vacancies.filter(
                Q(title__icontains=q) | Q(organisation__icontains=q) | Q(location__icontains=q)
            )
        if status := self.cleaned_data["status"]:
            vacancies = vacancies.filter(status=status)
        return vacancies


class NoticeForm(DescribedFieldsMixin, forms.Form):
    """A notice pasted as text or uploaded as one file; ``clean`` leaves its plain text in ``notice_text``."""

    text = forms.CharField(
        label=_("Paste the notice"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=settings.UPLOAD_MAX_TEXT_CHARS,
        error_messages={
            "max_length": format_lazy(
                _("A notice may hold at most {limit} characters; paste the notice alone."),
                limit=lazy(number_format, str)(settings.UPLOAD_MAX_TEXT_CHARS, force_grouping=True),
            )
        },
    )
    file = forms.FileField(
        label=_("Or upload a file"),
        required=False,
        help_text=format_lazy(
            _("A .txt, .html, .pdf or .docx file, at most {megabytes} MB."),
            megabytes=f"{settings.UPLOAD_MAX_BYTES / 1024 / 1024:g}",
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.html,.htm,.pdf,.docx"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A browser cuts a longer paste short without a word; the server refuses it with a message instead.
        self.fields["text"].widget.attrs.pop("maxlength", None)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_upload(self, "file", upload, max_bytes=settings.UPLOAD_MAX_BYTES)
        return upload

    def clean(self):
        cleaned = super().clean()
        text, upload = (cleaned.get("text") or "").strip(), cleaned.get("file")
        if self.errors:
            return cleaned
        if text and upload:
            raise ValidationError(_("Paste the text or upload a file, not both."))
        if not text and not upload:
            raise ValidationError(_("Paste the text of a notice or choose a file."))
        if upload:
            try:
                text = extract_text(
                    upload.read(), filename=upload.name, max_bytes=settings.UPLOAD_MAX_BYTES,
                    max_chars=settings.UPLOAD_MAX_TEXT_CHARS,
                )  # fmt: skip
            except DocumentError as error:
                self.add_error("file", str(error))
                return cleaned
        cleaned["notice_text"] = text
        cleaned["source_filename"] = upload.name if upload else ""
        return cleaned


# Field groups on the review page


class LinesField(forms.CharField):
    """A list of strings edited one per line; bullets and blank lines are dropped."""

    widget = forms.Textarea(attrs={"rows": 8})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value) -> list[str]:
        text = super().to_python(value)
        return [line.strip(LINE_BULLETS) for line in text.splitlines() if line.strip(LINE_BULLETS)]


class TitleForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["title"]
        labels = {"title": _("Title")}


class OrganisationForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["organisation"]
        labels = {"organisation": _("Organisation")}


class LocationForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["location"]
        labels = {"location": _("Location")}


class GradeForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["grade"]
        labels = {"grade": _("Grade")}
        help_texts = {"grade": _("As the notice writes it, e.g. A.2 / NATO Grade G15.")}


class DeadlineForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["deadline"]
        labels = {"deadline": _("Deadline")}
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


class ContractForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["contract"]
        labels = {"contract": _("Contract")}
        widgets = {"contract": forms.Textarea(attrs={"rows": 4})}


class NationalityForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["nationality_restricted"]
        labels = {"nationality_restricted": _("Open to nationals of NATO member states only")}


class ClearanceForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["clearance"]
        labels = {"clearance": _("Security clearance")}
        help_texts = {"clearance": _("e.g. NATO SECRET")}


class DegreeForm(DescribedFieldsMixin, forms.ModelForm):
    degree_fields = LinesField(label=_("Preferred fields (one per line)"), required=False)
    degree_alternatives = forms.MultipleChoiceField(
        label=_("Accepted instead of the degree"),
        choices=DEGREE_ALTERNATIVES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Vacancy
        fields = ["degree_level", "degree_fields", "degree_alternatives"]
        labels = {"degree_level": _("Level")}


class ExperienceForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["min_years_experience"]
        labels = {"min_years_experience": _("Minimum years of experience")}

    def clean_min_years_experience(self):
        years = self.cleaned_data["min_years_experience"]
        if years is not None and years > 50:
            raise ValidationError(_("Enter a number of years between 0 and 50."))
        return years


LANGUAGE_LINE = re.compile(
    # A profile, "SLP" before it or not, is read by StanagProfile.parse (reference.scales.SLP_PROFILE).
    r"^(?P<language>[^:|]+?)\s*:\s*(?:(?P<level>I|II|III|IV|V|VI)|(?P<slp>.+))$"
)


def parse_language_lines(lines: list[str]) -> list[dict]:
    """'Russian: IV' -> a NATO level; 'English: SLP 3333' -> a STANAG 6001 profile.

    >>> parse_language_lines(["Russian: IV", "English: SLP 3+3+2+2"])
    [{'language': 'Russian', 'level': 'IV', 'slp': ''}, {'language': 'English', 'level': '', 'slp': '3+3+2+2'}]
    """
    rows = []
    for line in lines:
        match = LANGUAGE_LINE.match(line)
        if not match:
            raise ValidationError(
                gettext("“%(line)s”: write “Language: level”, e.g. “Russian: IV” or “English: SLP 3333”.")
                % {"line": line}
            )
        slp = (match["slp"] or "").strip()
        if slp:
            try:
                slp = str(StanagProfile.parse(slp.replace(" ", "").replace("-", "")))
            except ValueError:
                raise ValidationError(
                    gettext("“%(line)s”: the level must be I to VI, or an SLP such as 3333 or 3+3+2+2.")
                    % {"line": line}
                ) from None
        rows.append({"language": match["language"].strip()[:60], "level": match["level"] or "", "slp": slp})
    return rows


class LanguagesForm(DescribedFieldsMixin, forms.ModelForm):
    language_pair = forms.CharField(
        label=_("Official languages"),
        required=False,
        help_text=_("Usually “English, French”."),
        max_length=120,
    )
    other_languages = LinesField(
        label=_("Other languages and STANAG profiles (one per line)"),
        required=False,
        help_text=_("“Russian: IV” or “English: SLP 3333”."),
    )

    class Meta:
        model = Vacancy
        fields = ["language_rule", "language_high", "language_low", "language_pair"]
        labels = {
            "language_rule": _("Rule"),
            "language_high": _("Higher level"),
            "language_low": _("Lower level"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["language_pair"] = ", ".join(self.instance.language_pair)
            self.initial["other_languages"] = [
                f"{r.language}: {r.level or 'SLP ' + r.slp}"
                for r in self.instance.language_requirements.all()
            ]

    def clean_language_pair(self) -> list[str]:
        names = [
            name.strip()
            for name in re.split(r"[,/]| and ", self.cleaned_data["language_pair"])
            if name.strip()
        ]
        if names and len(names) != 2:
            raise ValidationError(_("Name two languages, e.g. “English, French”."))
        return names

    def clean_other_languages(self) -> list[dict]:
        return parse_language_lines(self.cleaned_data["other_languages"])

    def clean(self):
        cleaned = super().clean()
        rule, high, low = (
            cleaned.get("language_rule"),
            cleaned.get("language_high"),
            cleaned.get("language_low"),
        )
        if rule == "one_high_other_low":
            if not high or not low:
                self.add_error("language_high", gettext("This rule needs a higher and a lower level."))
            elif ROMAN_LEVELS.index(high) < ROMAN_LEVELS.index(low):
                self.add_error("language_low", gettext("The lower level cannot be above the higher one."))
        return cleaned


class CompetencyRowForm(LadderPicker, forms.Form):
    """One competency the notice asks for: chosen from the ladders, its rung by the ladder's statement
    (``reference.forms.LadderPicker``, as on the applicant's profile). ``level_text`` keeps the notice's
    own words while the competency and rung stay as they were; a changed one takes the ladder's statement."""

    rungs_url_name = "vacancies:rungs"
    rung_prompt = _("Choose the statement the notice asks for")
    numbered = True
    name = forms.ChoiceField(label=_("Competency"), required=False)
    rung = forms.TypedChoiceField(label=_("Level asked"), coerce=int, required=False, empty_value=None)
    level_text = forms.CharField(required=False, max_length=300, widget=forms.HiddenInput)

    def __init__(self, *args, ladders: dict, other_names=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_ladder_picker(ladders, other_names=other_names)
        for name in ("name", "rung"):
            self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}-note"
        if self.notice_words:
            self.fields["rung"].widget.attrs["aria-describedby"] += f" {self.prefix}-words"

    @property
    def notice_words(self) -> str:
        """What the notice wrote for this row, shown beside the picker while it is the stored text."""
        return (
            ""
            if self.statement(self.initial.get("name", ""), self.initial.get("rung"))
            else (self.initial.get("level_text") or "")
        )

    def clean(self):
        cleaned = super().clean()
        name, rung = cleaned.get("name"), cleaned.get("rung")
        if not name:  # an empty row adds nothing (its rung select offers no rung without a competency)
            return cleaned
        if name in self.ladders and not rung:
            self.add_error("rung", _("Choose the statement the notice asks for."))
        elif {"name", "rung"} & set(self.changed_data) or not cleaned.get("level_text"):
            cleaned["level_text"] = self.statement(name, rung) or cleaned.get("level_text", "")
        return cleaned


class BaseCompetencyRows(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        names = [f.cleaned_data["name"] for f in self.forms if self._kept(f)]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise ValidationError(
                _("%(names)s is listed twice: keep one row each.") % {"names": ", ".join(twice)}
            )

    def _kept(self, form) -> bool:
        return bool(form.cleaned_data.get("name")) and not self._should_delete_form(form)

    def rows(self) -> list[dict]:
        """The kept rows, in order, as ``update_vacancy_requirements`` takes them."""
        return [
            {
                "name": f.cleaned_data["name"][:100],
                "level_text": (f.cleaned_data.get("level_text") or "")[:300],
                "rung": f.cleaned_data.get("rung"),
            }
            for f in self.forms
            if self._kept(f)
        ]


CompetencyRows = forms.formset_factory(
    CompetencyRowForm, formset=BaseCompetencyRows, extra=1, can_delete=True, max_num=30, absolute_max=60
)
ADD_ROW = "add_row"  # the name of the "Add a competency" button: shows one more empty row, saves nothing


class CompetenciesForm:
    """The competencies as rows, one per competency, each with the ladder picker; an empty row to add one,
    "Remove" to drop one. Quacks like a form for the review page (``is_valid``, ``cleaned_data``)."""

    prefix = "competencies"

    def __init__(self, data=None, *, instance: Vacancy, reference=None):
        ladders = (reference or current_reference()).competency_ladders
        rows = list(instance.competency_requirements.all())
        initial = [{"name": c.name, "rung": c.rung, "level_text": c.level_text} for c in rows]
        if data is not None and ADD_ROW in data:
            data = data.copy()
            total = f"{self.prefix}-TOTAL_FORMS"
            data[total] = str(int(data.get(total) or 0) + 1)
        self.adding = data is not None and ADD_ROW in data
        self.formset = CompetencyRows(
            data, initial=initial, prefix=self.prefix,
            form_kwargs={"ladders": ladders, "other_names": [c.name for c in rows]},
        )  # fmt: skip
        # The focus goes to the first row when the form opens, to the new row once one is added.
        first = self.formset.forms[-1 if self.adding else 0]
        first.fields["name"].widget.attrs["autofocus"] = True

    def is_valid(self) -> bool:
        return not self.adding and self.formset.is_valid()

    @property
    def cleaned_data(self) -> dict:
        return {"competencies": self.formset.rows()}

    def non_field_errors(self):
        return self.formset.non_form_errors()


class EssentialForm(DescribedFieldsMixin, forms.ModelForm):
    essential = LinesField(label=_("Essential requirements (one per line)"), required=False)

    class Meta:
        model = Vacancy
        fields = ["essential"]


class DesirableForm(DescribedFieldsMixin, forms.ModelForm):
    desirable = LinesField(label=_("Desirable qualifications (one per line)"), required=False)

    class Meta:
        model = Vacancy
        fields = ["desirable"]


class AccountabilitiesForm(DescribedFieldsMixin, forms.ModelForm):
    accountabilities = LinesField(label=_("Main accountabilities (one per line)"), required=False)

    class Meta:
        model = Vacancy
        fields = ["accountabilities"]


def changes_from(form: forms.Form) -> dict:
    """The form's values under the names ``update_vacancy_requirements`` takes."""
    changes = dict(form.cleaned_data)
    if "other_languages" in changes:
        changes["language_requirements"] = changes.pop("other_languages")
    return changes
