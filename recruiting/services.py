"""What a recruiter changes from the shortlist: stages, notes, ratings, decisions on essentials, blind review,
weights."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.translation import ngettext

from applications.invitations import invite_to_apply  # noqa: F401  (the shortlist's invite)
from applications.models import Application, Note, OutcomeEmail, Rating
from applications.services import move_to_stage
from audit.log import record
from audit.models import AuditEntry
from matching import signals as matching_signals
from matching.models import EssentialDecision, MatchResult
from vacancies.models import Vacancy
from vacancies.signals import request_rescoring


class NotApplicants(Exception):
    """Stages are for applicants: some of the candidates to move have not applied for the vacancy."""

    def __init__(self, candidate_ids: list[int]):
        self.candidate_ids = candidate_ids
        super().__init__(
            ngettext(
                "%(n)d of them has not applied for this vacancy: stages are for applicants only. "
                "Invite them to apply from the candidate pool.",
                "%(n)d of them have not applied for this vacancy: stages are for applicants only. "
                "Invite them to apply from the candidate pool.",
                len(candidate_ids),
            )
            % {"n": len(candidate_ids)}
        )


@transaction.atomic
def move_candidates(vacancy: Vacancy, candidate_ids: Sequence[int], stage: str, *, by) -> int:
    """Move applicants of the vacancy to a stage; returns how many changed stage.

    Raises ``NotApplicants`` (moving nobody) when one of them has not applied: a candidate of the pool is
    invited to apply, never put into the pipeline by a recruiter.
    """
    applications = (
        Application.objects.applied()
        .filter(vacancy=vacancy, candidate_id__in=candidate_ids)
        .select_related("candidate")
        .select_for_update(of=("self",))
    )
    if missing := sorted(set(candidate_ids) - {a.candidate_id for a in applications}):
        raise NotApplicants(missing)
    return move_to_stage(applications, stage, by=by)


@transaction.atomic
def add_note(vacancy: Vacancy, candidate_id: int, text: str, *, by) -> Note:
    note = Note.objects.create(vacancy=vacancy, candidate_id=candidate_id, author=by, text=text)
    # The trail says that a note was written, never what it says.
    record(by, AuditEntry.Action.NOTED, vacancy_id=vacancy.pk, candidate_id=candidate_id)
    return note


@transaction.atomic
def rate(vacancy: Vacancy, candidate_id: int, stars: int, *, by) -> Rating:
    rating, _ = Rating.objects.update_or_create(
        vacancy=vacancy, candidate_id=candidate_id, recruiter=by, defaults={"stars": stars}
    )
    record(by, AuditEntry.Action.RATED, vacancy_id=vacancy.pk, candidate_id=candidate_id)
    return rating


@transaction.atomic
def decide_essential(
    vacancy: Vacancy, match: MatchResult, line: str, outcome: str, reason: str = "", *, by
) -> None:
    """Settle an essential line "to be assessed" for the match's candidate (``outcome`` met or not_met, with
    the reason), or undo the decision (``outcome`` "undo"). The stored verdict follows at once, and the pair
    is rescored so that the pipeline's result says the same (matching.decisions)."""
    pair = {"vacancy_id": vacancy.pk, "candidate_id": match.candidate_id}
    if outcome in EssentialDecision.Outcome.values:
        EssentialDecision.objects.update_or_create(
            **pair, line=line,
            defaults={"outcome": outcome, "reason": reason, "decided_by": by, "decided_at": timezone.now()},
        )  # fmt: skip
    elif not EssentialDecision.objects.filter(**pair, line=line).delete()[0]:
        return
    # The trail names the notice's line, never the reason (the recruiter's words about the candidate).
    record(by, AuditEntry.Action.DECIDED, **pair, detail=f"{outcome}: {line}")
    match.apply_decisions()
    matching_signals.request_rescoring(vacancy, match.candidate)


def set_blind_review(vacancy: Vacancy, *, blind_review: bool, reveal_stage: str) -> None:
    vacancy.blind_review, vacancy.reveal_stage = blind_review, reveal_stage
    vacancy.save(update_fields=["blind_review", "reveal_stage", "updated_at"])


@transaction.atomic
def set_applicant_emails(vacancy: Vacancy, *, show_stages: bool, subject: str, body: str, by) -> None:
    """Whether applicants see the internal stages by name, and the vacancy's outcome email: its own when it
    differs from the one for every vacancy, else none (so that an admin's later change to that one applies)."""
    vacancy.show_stages_to_applicants = show_stages
    vacancy.save(update_fields=["show_stages_to_applicants", "updated_at"])
    default = OutcomeEmail.objects.filter(vacancy__isnull=True).first() or OutcomeEmail()
    if (subject, body.replace("\r\n", "\n")) == (default.subject, default.body.replace("\r\n", "\n")):
        OutcomeEmail.objects.filter(vacancy=vacancy).delete()
        return
    OutcomeEmail.objects.update_or_create(
        vacancy=vacancy, defaults={"subject": subject, "body": body, "updated_by": by}
    )


def reset_outcome_email(vacancy: Vacancy) -> None:
    """Back to the outcome email for every vacancy."""
    OutcomeEmail.objects.filter(vacancy=vacancy).delete()


@transaction.atomic
def change_weights(vacancy: Vacancy, weights: dict[str, int], *, by) -> bool:
    """Store new weights and rescore the vacancy; False when nothing changed (no rescoring then)."""
    if {k: int(v) for k, v in (vacancy.weights or {}).items()} == weights:
        return False
    vacancy.weights = weights
    vacancy.save(update_fields=["weights", "updated_at"])
    vacancy.bump_requirements_version()
    run = request_rescoring(vacancy, reason=f"weights changed by user #{by.pk}")
    if run is not None:
        record(by, AuditEntry.Action.RESCORED, vacancy_id=vacancy.pk, count=run.total_pairs, detail="weights")
    return True
