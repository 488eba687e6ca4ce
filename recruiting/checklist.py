"""The essentials checklist of one candidate for one vacancy, as the recruiter's pages show it: each line
of the notice with its status and evidence, the decisions that settle lines "to be assessed" (who, when,
why), and the earlier decisions that no longer apply (matching.decisions)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from matching.decisions import MET, NOT_MET, TO_ASSESS, applies
from matching.models import EssentialDecision, MatchResult

from .forms import EssentialDecisionForm

INTERVIEW = "interview"
STATUS_LABELS = {
    MET: gettext_lazy("Met"),
    NOT_MET: gettext_lazy("Not met"),
    TO_ASSESS: gettext_lazy("To be assessed"),
    INTERVIEW: gettext_lazy("At interview"),
}


@dataclass(frozen=True)
class ChecklistLine:
    text: str
    status: str  # met, not_met, to_assess
    evidence: str
    checkable: bool  # False: assessed at interview or test, not part of the verdict
    decidable: bool  # a recruiter may settle it (or has)
    decision: EssentialDecision | None = None  # the decision that settles it now
    form: EssentialDecisionForm | None = None  # this line's form, as posted, when it had errors

    @property
    def shown_as(self) -> str:
        """met, not_met, to_assess, or interview for a line assessed at interview whatever the engine found."""
        return self.status if self.checkable else INTERVIEW

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.shown_as, self.status)

    @property
    def chosen(self) -> str:
        """The outcome the line's form shows chosen: as posted, else the decision's."""
        if self.form is not None:
            return self.form.data.get("outcome", "")
        return self.decision.outcome if self.decision else ""

    @property
    def reason(self) -> str:
        """The reason the line's form shows: as posted, else the decision's."""
        if self.form is not None:
            return self.form.data.get("reason", "")
        return self.decision.reason if self.decision else ""


@dataclass(frozen=True)
class PastDecision:
    """A decision kept for the record that no longer applies, and why."""

    decision: EssentialDecision
    why: str


@dataclass(frozen=True)
class Checklist:
    lines: list[ChecklistLine] = field(default_factory=list)
    past: list[PastDecision] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # of a decision posted on a line that is not here now

    @property
    def open_count(self) -> int:
        return sum(1 for line in self.lines if line.decidable and line.decision is None)


def checklist_of(
    match: MatchResult, *, form: EssentialDecisionForm | None = None, blind: bool = False
) -> Checklist:
    """The match's checklist; ``form``: a decision just posted with errors, shown beside its line; ``blind``:
    under blind review, the evidence keeps back what the page hides (nationality, places of study)."""
    stored = {
        decision.line: decision
        for decision in EssentialDecision.objects.filter(
            vacancy_id=match.vacancy_id, candidate_id=match.candidate_id
        ).select_related("decided_by")
    }
    posted = form.data.get("line", "") if form is not None and form.errors else None
    lines = []
    for essential in match.essentials:
        text, decidable = essential.get("text", ""), applies(essential)
        decision = stored.pop(text, None) if "decision" in essential else None
        lines.append(
            ChecklistLine(
                text=text,
                status=essential.get("status", TO_ASSESS),
                evidence=_blinded(essential, match) if blind else essential.get("evidence", ""),
                checkable=bool(essential.get("checkable", True)),
                decidable=decidable,
                decision=decision,
                form=form if decidable and posted == text else None,
            )
        )
    by_text = {essential.get("text"): essential for essential in match.essentials}
    past = [PastDecision(decision, _why_past(by_text.get(decision.line))) for decision in stored.values()]
    placed = any(line.form is not None for line in lines)
    errors = [] if posted is None or placed else [e for errors in form.errors.values() for e in errors]
    return Checklist(lines, past, errors)


def _blinded(essential: dict, match: MatchResult) -> str:
    if essential.get("criterion") == "nationality":
        return _("Hidden during blind review.")
    evidence = essential.get("evidence", "")
    for education in match.candidate.education.all():
        if education.institution:
            evidence = evidence.replace(education.institution, "…")
    return evidence


def _why_past(essential: dict | None) -> str:
    if essential is None:
        return _("The notice no longer has this line.")
    if not essential.get("checkable", True):
        return _("The line is now assessed at interview or test.")
    if not applies(essential):
        status = STATUS_LABELS.get(essential.get("status"), "")
        return _("The profile now settles it: %(status)s by the engine.") % {"status": status.lower()}
    return _("Being applied: the verdict is being updated.")
