from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import BaseUserCreationForm
from django.db.models import Q
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from candidates.services import PRIVACY_NOTICE_VERSION
from reference.data import MEMBER_NATIONS
from reference.nations import displayed_nation

# accounts.User, through the setting: applicants and accounts stay independent (README.md, "Layout").
User = get_user_model()

NATIONALITY_CHOICES = [
    ("", _("Not stated")),
    *[(nation, lazy(displayed_nation, str)(nation)) for nation in MEMBER_NATIONS],
    ("Other", _("Another country (not a NATO member state)")),
]
MOTIVATION_MAX_LENGTH = 5000


class SignUpForm(BaseUserCreationForm):
    nationality = forms.ChoiceField(label=_("Nationality"), choices=NATIONALITY_CHOICES, required=False)
    consent = forms.BooleanField(
        label=_("Match me against every open vacancy (optional)"),
        required=False,
    )

    class Meta:
        model = User
        fields = ("email", "full_name")
        labels = {"email": _("Email address"), "full_name": _("Name")}
        widgets = {"full_name": forms.TextInput(attrs={"autocomplete": "name"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["full_name"].required = True
        self.fields["email"].widget.attrs.update(autocomplete="email", autofocus=True)
        self.fields["nationality"].help_text = _(
            "Only nationals of NATO member states may apply to most posts. You can add it later."
        )
        self.fields["consent"].help_text = format_html(
            gettext(
                "Your matches then appear in My matches, and recruiters of open vacancies may find you and invite "
                "you to apply. Without it you can still apply: each application is assessed for its own vacancy. "
                'You can change this at any time in your profile. Privacy notice version {}. <a href="{}">Read the '
                "privacy notice</a>."
            ),
            PRIVACY_NOTICE_VERSION,
            reverse("privacy"),
        )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def validate_unique(self) -> None:
        # Never "this address already has an account": sign-up answers the same either way and emails the
        # address instead (applicants.services.register).
        pass


def city_of(location: str) -> str:
    """The place a location names first: "Brussels, Belgium" -> "Brussels".

    >>> city_of("Brussels, Belgium"), city_of(" Mons "), city_of("")
    ('Brussels', 'Mons', '')
    """
    return location.split(",", 1)[0].strip()


class MatchFilterForm(forms.Form):
    """Filters on "My matches"; the choices are the values found among the open vacancies."""

    location = forms.ChoiceField(required=False)
    grade = forms.ChoiceField(required=False)
    deadline_before = forms.DateField(
        label=_("Deadline by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, locations: list[str], grades: list[str], **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        # One choice per place, labelled with its fullest spelling ("Brussels" and "Brussels, Belgium").
        labels: dict[str, str] = {}
        for location in locations:
            if city := city_of(location):
                labels[city] = max(labels.get(city, ""), location.strip(), key=len)
        self.fields["location"].choices = [("", _("Any location")), *sorted(labels.items())]
        self.fields["grade"].choices = [("", _("Any grade")), *[(v, v) for v in grades]]

    def filter(self, vacancies):
        """The vacancies that pass the valid filters; an invalid one is ignored (and shown as an error)."""
        self.is_valid()
        values = getattr(self, "cleaned_data", {})
        if city := values.get("location"):  # "Brussels" and "Brussels, Belgium" are one place
            vacancies = vacancies.filter(Q(location__iexact=city) | Q(location__istartswith=f"{city},"))
        if values.get("grade"):
            vacancies = vacancies.filter(grade=values["grade"])
        if values.get("deadline_before"):
            vacancies = vacancies.filter(deadline__lte=values["deadline_before"])
        return vacancies


class ApplyForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)

    motivation = forms.CharField(
        label=_("Motivation letter (optional)"),
        required=False,
        max_length=MOTIVATION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=format_lazy(
            _("Why this post, and why you? At most {max_length} characters."),
            max_length=lazy(number_format, str)(MOTIVATION_MAX_LENGTH, force_grouping=True),  # 5,000 / 5 000
        ),
    )
