"""Forms for the recruiter's notice pages: the list filter, a new notice, and one form per field group."""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q

from documents.extraction import DocumentError, extract_text
from documents.uploads import check_upload
from reference.data import ROMAN_LEVELS
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
    q = forms.CharField(label="Search", required=False, max_length=200)
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Any status"), *Vacancy.Status.choices]
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
        label="Paste the notice",
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=settings.UPLOAD_MAX_TEXT_CHARS,
        error_messages={
            "max_length": f"A notice may hold at most {settings.UPLOAD_MAX_TEXT_CHARS:,} characters; "
            "paste the notice alone."
        },
    )
    file = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text=f"A .txt, .html, .pdf or .docx file, at most {settings.UPLOAD_MAX_BYTES / 1024 / 1024:g} MB.",
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
            raise ValidationError("Paste the text or upload a file, not both.")
        if not text and not upload:
            raise ValidationError("Paste the text of a notice or choose a file.")
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


class OrganisationForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["organisation"]


class LocationForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["location"]


class GradeForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["grade"]
        help_texts = {"grade": "As the notice writes it, e.g. A.2 / NATO Grade G15."}


class DeadlineForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["deadline"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


class ContractForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["contract"]
        widgets = {"contract": forms.Textarea(attrs={"rows": 4})}


class NationalityForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["nationality_restricted"]
        labels = {"nationality_restricted": "Open to nationals of NATO member states only"}


class ClearanceForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["clearance"]
        help_texts = {"clearance": "e.g. NATO SECRET"}


class DegreeForm(DescribedFieldsMixin, forms.ModelForm):
    degree_fields = LinesField(label="Preferred fields (one per line)", required=False)
    degree_alternatives = forms.MultipleChoiceField(
        label="Accepted instead of the degree",
        choices=DEGREE_ALTERNATIVES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Vacancy
        fields = ["degree_level", "degree_fields", "degree_alternatives"]
        labels = {"degree_level": "Level"}


class ExperienceForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = ["min_years_experience"]
        labels = {"min_years_experience": "Minimum years of experience"}

    def clean_min_years_experience(self):
        years = self.cleaned_data["min_years_experience"]
        if years is not None and years > 50:
            raise ValidationError("Enter a number of years between 0 and 50.")
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
                f"“{line}”: write “Language: level”, e.g. “Russian: IV” or “English: SLP 3333”."
            )
        slp = (match["slp"] or "").strip()
        if slp:
            try:
                slp = str(StanagProfile.parse(slp.replace(" ", "").replace("-", "")))
            except ValueError:
                raise ValidationError(
                    f"“{line}”: the level must be I to VI, or an SLP such as 3333 or 3+3+2+2."
                ) from None
        rows.append({"language": match["language"].strip()[:60], "level": match["level"] or "", "slp": slp})
    return rows


class LanguagesForm(DescribedFieldsMixin, forms.ModelForm):
    language_pair = forms.CharField(
        label="Official languages", required=False, help_text="Usually “English, French”.", max_length=120
    )
    other_languages = LinesField(
        label="Other languages and STANAG profiles (one per line)",
        required=False,
        help_text="“Russian: IV” or “English: SLP 3333”.",
    )

    class Meta:
        model = Vacancy
        fields = ["language_rule", "language_high", "language_low", "language_pair"]
        labels = {"language_rule": "Rule", "language_high": "Higher level", "language_low": "Lower level"}

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
            raise ValidationError("Name two languages, e.g. “English, French”.")
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
                self.add_error("language_high", "This rule needs a higher and a lower level.")
            elif ROMAN_LEVELS.index(high) < ROMAN_LEVELS.index(low):
                self.add_error("language_low", "The lower level cannot be above the higher one.")
        return cleaned


COMPETENCY_LINE = re.compile(r"^(?P<name>[^:|]+?)\s*:\s*(?P<text>[^|]*?)\s*(?:\|\s*(?P<rung>\S*)\s*)?$")


def parse_competency_lines(lines: list[str]) -> list[dict]:
    """'Name: behavioural text | rung', the rung optional.

    >>> parse_competency_lines(["Teamwork: Solicits inputs | 3", "Initiative: Is decisive"])
    [{'name': 'Teamwork', 'level_text': 'Solicits inputs', 'rung': 3}, {'name': 'Initiative', 'level_text': 'Is decisive', 'rung': None}]
    """
    rows = []
    for line in lines:
        match = COMPETENCY_LINE.match(line)
        if not match:
            raise ValidationError(
                f"“{line}”: write “Name: behaviour | rung”, e.g. “Teamwork: Solicits inputs | 3”."
            )
        rung = match["rung"]
        if rung and not (rung.isdigit() and 1 <= int(rung) <= 9):
            raise ValidationError(f"“{line}”: the rung must be a number from 1 to 9.")
        rows.append(
            {
                "name": match["name"][:100],
                "level_text": match["text"][:300],
                "rung": int(rung) if rung else None,
            }
        )
    return rows


class CompetenciesForm(DescribedFieldsMixin, forms.Form):
    competencies = LinesField(
        label="Competencies (one per line)",
        required=False,
        help_text="“Name: behaviour | rung”, e.g. “Teamwork: Solicits inputs | 3”; the rung is optional.",
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    def __init__(self, *args, instance: Vacancy, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance = instance
        if not self.is_bound:
            self.initial["competencies"] = [
                f"{c.name}: {c.level_text}" + (f" | {c.rung}" if c.rung else "")
                for c in instance.competency_requirements.all()
            ]

    def clean_competencies(self) -> list[dict]:
        return parse_competency_lines(self.cleaned_data["competencies"])


class EssentialForm(DescribedFieldsMixin, forms.ModelForm):
    essential = LinesField(label="Essential requirements (one per line)", required=False)

    class Meta:
        model = Vacancy
        fields = ["essential"]


class DesirableForm(DescribedFieldsMixin, forms.ModelForm):
    desirable = LinesField(label="Desirable qualifications (one per line)", required=False)

    class Meta:
        model = Vacancy
        fields = ["desirable"]


class AccountabilitiesForm(DescribedFieldsMixin, forms.ModelForm):
    accountabilities = LinesField(label="Main accountabilities (one per line)", required=False)

    class Meta:
        model = Vacancy
        fields = ["accountabilities"]


def changes_from(form: forms.Form) -> dict:
    """The form's values under the names ``update_vacancy_requirements`` takes."""
    changes = dict(form.cleaned_data)
    if "other_languages" in changes:
        changes["language_requirements"] = changes.pop("other_languages")
    return changes
