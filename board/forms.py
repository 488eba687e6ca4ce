from django import forms
from django.utils.translation import gettext_lazy as _

from reference.places import displayed_place

from .search import VacancySearch


class BoardSearchForm(forms.Form):
    """The board's search and filters; the choices are the values found among the open vacancies."""

    text = forms.CharField(label=_("Search"), required=False, max_length=200)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    location = forms.ChoiceField(label=_("Location"), required=False)
    grade = forms.ChoiceField(label=_("Grade"), required=False)
    deadline_by = forms.DateField(
        label=_("Deadline by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, open_vacancies, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["text"].widget.input_type = "search"
        self.fields["text"].widget.attrs["placeholder"] = _("Title, organisation, words of the notice")
        for name, anything in (
            ("organisation", _("Any organisation")),
            ("location", _("Any location")),
            ("grade", _("Any grade")),
        ):
            values = sorted(set(open_vacancies.exclude(**{name: ""}).values_list(name, flat=True)))
            shown = displayed_place if name == "location" else str
            self.fields[name].choices = [("", anything), *[(value, shown(value)) for value in values]]

    def search(self) -> VacancySearch:
        """What the valid filters ask (an invalid one is ignored, and shown as an error), but the deadline."""
        self.is_valid()
        return VacancySearch.from_json(getattr(self, "cleaned_data", {}))

    def filter(self, vacancies):
        deadline_by = self.cleaned_data.get("deadline_by") if self.is_valid() else None
        search = self.search()
        return vacancies.search(
            text=search.text,
            organisation=search.organisation,
            location=search.location,
            grade=search.grade,
            deadline_by=deadline_by,
        )


class VisitorAlertForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("We email you a link to confirm it; the alert starts once you open it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
