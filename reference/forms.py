"""The ladder picker: a competency chosen from the ladders, then its rung by the ladder's own statement.

The applicant's profile (a competency they claim) and the recruiter's review page (a competency a notice
asks for) both use it. Choosing the competency loads the statements of its ladder into the rung select
(HTMX: a GET to ``rungs_url`` with the form's ``prefix``, answered with the rung field); without
JavaScript, the form comes back from the server with them.
"""

from __future__ import annotations

import json

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class LadderPicker:
    """A form mixin for a ``name`` ChoiceField and a ``rung`` TypedChoiceField. Subclasses set
    ``rungs_url_name`` (the view that renders the rung field) and may reword the prompts."""

    rungs_url_name: str
    name_prompt = _("Choose a competency")
    rung_prompt = _("Choose the statement that fits you")
    no_ladder_prompt = _("Choose a competency first")
    unladdered_prompt = _("No ladder for this competency")
    numbered = False  # "3: Sees multiple relationships" rather than the statement alone

    def setup_ladder_picker(self, ladders: dict[str, tuple[str, ...]], *, other_names=()) -> None:
        """Fills the two selects: every ladder's competency (and ``other_names``, names the row already
        holds that have no ladder), and the statements of the chosen one's ladder."""
        self.ladders = ladders
        names = sorted({*ladders, *(n for n in other_names if n)})
        self.fields["name"].choices = [("", self.name_prompt)] + [(n, n) for n in names]
        self.fields["name"].widget.attrs.update(
            {
                "hx-get": reverse(self.rungs_url_name),
                "hx-trigger": "change",
                "hx-target": f"#{self.rung_field_id}",
                "hx-swap": "outerHTML",
                "hx-vals": json.dumps({"prefix": self.prefix or ""}),
            }
        )
        self.fields["rung"].choices = self.rung_choices(self.chosen_competency())

    @property
    def rung_field_id(self) -> str:
        """The id of the element around the rung field, which a chosen competency replaces."""
        return f"{self.prefix or 'ladder'}-rung-field"

    def chosen_competency(self) -> str:
        if self.is_bound:
            return self.data.get(self.add_prefix("name"), "")
        instance = getattr(self, "instance", None)
        return self.initial.get("name") or getattr(instance, "name", "") or ""

    def rung_choices(self, name: str) -> list[tuple]:
        """Rung numbers with their statements, rung 1 first (numbered: "3: Sees multiple relationships")."""
        ladder = self.ladders.get(name)
        if not ladder:
            return [("", self.unladdered_prompt if name else self.no_ladder_prompt)]
        return [("", self.rung_prompt)] + [
            (i, f"{i}: {text}" if self.numbered else text) for i, text in enumerate(ladder, 1)
        ]

    def statement(self, name: str, rung: int | None) -> str:
        """The chosen rung's statement; "" for a competency without a ladder or a rung off it."""
        ladder = self.ladders.get(name, ())
        return ladder[rung - 1] if rung and 0 < rung <= len(ladder) else ""
