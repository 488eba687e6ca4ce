from collections.abc import Collection

from django import forms
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from applications.models import CLOSED_STAGES, OutcomeEmail, Stage
from matching.models import EssentialDecision
from matching.reasons import criterion_label
from reference.data import MEMBER_NATIONS
from reference.languages import COMMON_LANGUAGES as LANGUAGES
from reference.scales import CRITERIA, LEVEL_CHOICES

SORTS = [
    ("rank", _("Rank")),
    ("score", _("Score, high first")),
    ("-score", _("Score, low first")),
    ("name", _("Name")),
    *[
        (f"points:{c}", format_lazy(_("{criterion} points"), criterion=lazy(criterion_label, str)(c)))
        for c in CRITERIA[:4]
    ],
]
VERDICTS = [
    ("", _("All verdicts")),
    ("eligible", _("Eligible only")),
    ("eligible_or_assess", _("Eligible or to assess")),
]
STAGE_FILTERS = [("", _("Any stage")), *Stage.choices]
VIEWS = [("applicants", _("Applicants")), ("pool", _("Candidate pool"))]


class ShortlistFilterForm(forms.Form):
    """The shortlist's filters, sort and page: all in the query string, so a filtered view can be shared."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    verdict = forms.ChoiceField(label=_("Verdict"), choices=VERDICTS, required=False)
    min_score = forms.IntegerField(label=_("Minimum score"), required=False, min_value=0, max_value=100)
    stage = forms.ChoiceField(label=_("Stage"), choices=STAGE_FILTERS, required=False)
    language = forms.CharField(label=_("Language"), required=False, max_length=60)
    language_level = forms.ChoiceField(
        label=_("At least"), choices=[("", _("Any level")), *LEVEL_CHOICES], required=False
    )
    nationality = forms.CharField(label=_("Nationality"), required=False, max_length=100)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    # Whose rows: the vacancy's applicants (the default) or the pool of those who could be invited.
    view = forms.ChoiceField(choices=VIEWS, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, blind: bool = False, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["q"].widget.attrs.update(type="search", placeholder=_("Name, skill or job title"))
        self.fields["language"].widget.attrs.update(list="shortlist-languages", placeholder=_("e.g. French"))
        self.fields["nationality"].widget.attrs.update(list="shortlist-nations", placeholder=_("Any"))
        self.fields["min_score"].widget.attrs.update(placeholder="0-100", step=5)
        if self.data.get("view") == "pool":  # the pool has not applied: no stage to filter by
            del self.fields["stage"]
        if blind:  # who a candidate is stays hidden: no searching or filtering by it
            self.fields["q"].widget.attrs["placeholder"] = _("Skill or job title")
            del self.fields["nationality"]
        self.languages, self.nations = LANGUAGES, MEMBER_NATIONS

    @property
    def is_filtered(self) -> bool:
        return any(k not in ("sort", "page", "view") for k in self.values())

    @property
    def in_pool(self) -> bool:
        return self.values().get("view") == "pool"

    def values(self) -> dict:
        """The valid filters; an invalid one is left out (and shown as an error)."""
        self.is_valid()
        return {k: v for k, v in getattr(self, "cleaned_data", {}).items() if v not in (None, "")}


class StageForm(forms.Form):
    """One candidate's stage. A move that closes the application (Rejected) must be ``confirmed``: the page's
    dialog sets it; without JavaScript a confirmation page asks first (``needs_confirmation``)."""

    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    # The Undo button: back to the stage before the last move, whatever the dropdown shows.
    undo = forms.ChoiceField(choices=Stage.choices, required=False)
    confirmed = forms.BooleanField(required=False)

    @property
    def chosen_stage(self) -> str:
        return self.cleaned_data.get("undo") or self.cleaned_data["stage"]

    @property
    def needs_confirmation(self) -> bool:
        return self.chosen_stage in CLOSED_STAGES and not self.cleaned_data["confirmed"]


class BulkActionForm(forms.Form):
    ACTIONS = [("move", _("Move to stage")), ("compare", _("Compare")), ("invite", _("Invite to apply"))]

    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices, required=False)
    c = forms.TypedMultipleChoiceField(coerce=int, error_messages={"required": _("Select candidates first.")})
    confirmed = forms.BooleanField(required=False)

    def __init__(self, *args, candidate_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["c"].choices = [(str(pk), str(pk)) for pk in candidate_ids]

    @property
    def needs_confirmation(self) -> bool:
        """As ``StageForm``'s: moving the ticked candidates to a closing stage is confirmed first."""
        moving = self.cleaned_data["action"] == "move"
        return moving and self.cleaned_data["stage"] in CLOSED_STAGES and not self.cleaned_data["confirmed"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "move" and not cleaned.get("stage"):
            self.add_error("stage", _("Choose the stage to move them to."))
        chosen = len(set(cleaned.get("c") or ()))
        if cleaned.get("action") == "compare" and chosen and not 2 <= chosen <= 4:
            self.add_error(
                "c", _("Tick 2 to 4 candidates to compare them; you ticked %(chosen)d.") % {"chosen": chosen}
            )
        return cleaned


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Add a note"), max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))


def _stars(count: int) -> str:
    return ngettext("%(stars)d star", "%(stars)d stars", count) % {"stars": count}


class RatingForm(forms.Form):
    stars = forms.TypedChoiceField(
        label=_("Your rating"),
        coerce=int,
        choices=[(i, lazy(_stars, str)(i)) for i in range(1, 6)],
    )


class EssentialDecisionForm(forms.Form):
    """A recruiter settles an essential line "to be assessed": met or not met, with a short reason; or
    undoes their decision (no reason needed). ``lines``: the texts of the lines that may be decided."""

    UNDO = "undo"

    line = forms.CharField(widget=forms.HiddenInput, strip=False)
    outcome = forms.ChoiceField(
        label=_("Decision"),
        choices=[*EssentialDecision.Outcome.choices, (UNDO, _("Undo the decision"))],
        error_messages={"required": _("Choose met or not met.")},
    )
    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=EssentialDecision._meta.get_field("reason").max_length
    )

    def __init__(self, *args, lines: Collection[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.lines = lines

    def clean_line(self) -> str:
        # A browser sends a line break inside a field as CRLF: the line is matched as the engine wrote it.
        by_text = {line.replace("\r\n", "\n"): line for line in self.lines}
        line = by_text.get(self.cleaned_data["line"].replace("\r\n", "\n"))
        if line is None:
            raise forms.ValidationError(
                _(
                    "This line is no longer to be assessed: the notice or the profile changed. Reload the page."
                )
            )
        return line

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") in EssentialDecision.Outcome.values and not cleaned.get("reason"):
            self.add_error("reason", _("Say in a few words why."))
        return cleaned


class BlindReviewForm(forms.Form):
    blind_review = forms.BooleanField(label=_("Blind review"), required=False)
    reveal_stage = forms.ChoiceField(
        label=_("Reveal names from"),
        choices=[(s, label) for s, label in Stage.choices if s not in ("rejected", "withdrawn", "new")],
    )


class ApplicantEmailsForm(forms.ModelForm):
    """What a vacancy tells its applicants: its internal stages by name or as "Under review", and the
    outcome email of those not selected (its own, or the one for every vacancy)."""

    show_stages_to_applicants = forms.BooleanField(
        label=_("Show applicants the internal stages by name (Screened, Shortlisted, Interview)"),
        required=False,
        help_text=_("Otherwise they see them as “Under review”, and are emailed once when review starts."),
    )

    class Meta:
        model = OutcomeEmail
        fields = ["subject", "body"]
        labels = {"subject": _("Subject"), "body": _("Text")}
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)


class WeightsForm(forms.Form):
    """One integer weight (0-100) per criterion; the fields follow the reference's default weights."""

    def __init__(self, *args, defaults: dict[str, int], **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        # In the order the shortlist shows the criteria, not the reference's (alphabetical) order.
        order = {name: i for i, name in enumerate(CRITERIA)}
        for criterion, default in sorted(defaults.items(), key=lambda item: order.get(item[0], len(order))):
            self.fields[criterion] = forms.IntegerField(
                label=criterion_label(criterion),
                min_value=0,
                max_value=100,
                help_text=_("Default %(weight)s") % {"weight": default},
            )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not any(cleaned.values()):
            raise forms.ValidationError(_("At least one criterion needs a weight above 0."))
        return cleaned
