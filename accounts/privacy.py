"""Personal data: export it all, erase it everywhere, and apply the retention period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext

from applications.models import Application, ApplicationDocument, Invitation, Note, Rating, Stage
from audit.log import record, role_of
from audit.models import AuditEntry
from board.alerts import erase_alerts, export_alerts
from candidates.models import Candidate
from matching.models import ApplicationGround, EssentialDecision, MatchResult
from matching.reasons import describe_all
from vacancies.models import Vacancy

from .login_records import login_records_of


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _by(user) -> str | None:
    """Who did it, by role; None once their account is gone."""
    return role_of(user) if user is not None else None


def export_personal_data(user) -> dict:
    """Everything we hold about this person, as JSON-ready data: their account, profile, applications and
    scores, what recruiters wrote about them (notes, ratings, invitations: the right of access covers
    assessments; the recruiter is given by role, not named), recruiters' decisions on the essentials their
    profile did not show with their reasons, their job alerts, their audit trail, their sessions and their
    log-in records."""
    candidate = Candidate.objects.filter(user=user).prefetch_related(
        "education", "experience", "languages", "competencies"
    ).first()  # fmt: skip
    data = {
        "account": {
            "email": user.email, "full_name": user.full_name, "role": user.role,
            "date_joined": _iso(user.date_joined), "last_login": _iso(user.last_login),
            "email_verified_at": _iso(user.email_verified_at),
        },
        "profile": None, "applications": [], "matches": [], "essential_decisions": [],
        "recruiters_notes": [], "recruiters_ratings": [], "invitations": [], "application_grounds": [],
        "job_alerts": export_alerts(user),
        "audit_trail": _audit_trail(user, candidate), "log_in_records": login_records_of(user.email),
        "sessions": [{"expires_at": _iso(at)} for at in user.sessions.values_list("expire_date", flat=True)],
        "exported_at": timezone.now().isoformat(),
    }  # fmt: skip
    if candidate is None:
        return data
    profile = candidate.profile_json()
    profile.update(
        consent_at=_iso(candidate.consent_at), consent_version=candidate.consent_version,
        competencies=[{"name": c.name, "rung": c.rung, "evidence": c.evidence} for c in candidate.competencies.all()],
    )  # fmt: skip
    data["profile"] = profile
    for application in (
        Application.objects.filter(candidate=candidate)
        .select_related("vacancy")
        .prefetch_related("stage_changes__changed_by", "documents")
    ):
        data["applications"].append({
            "vacancy": application.vacancy.title, "stage": application.stage, "motivation": application.motivation,
            "applied_at": _iso(application.applied_at),
            "history": [{"stage": c.to_stage, "from": c.from_stage, "at": _iso(c.changed_at), "by": _by(c.changed_by)}
                        for c in application.stage_changes.all()],
            # What each file is; the files themselves are downloaded one by one from "Your data".
            "documents": [{"kind": d.get_kind_display(), "name": d.name, "type": d.file_type, "bytes": d.size,
                           "attached_at": _iso(d.uploaded_at)} for d in application.documents.all()],
        })  # fmt: skip
    applying = set()  # (vacancy, line) of the decisions that make a verdict now
    matches = list(MatchResult.objects.filter(candidate=candidate).select_related("vacancy"))
    MatchResult.explain_together(matches)
    for match in matches:
        applying |= {(match.vacancy_id, e.get("text")) for e in match.essentials if "decision" in e}
        data["matches"].append({
            "vacancy": match.vacancy.title, "eligible": match.eligible, "score": match.score,
            "unmet": describe_all(match.unmet_reasons), "breakdown": match.breakdown, "computed_at": _iso(match.computed_at),
            "essentials": [{"text": e.get("text"), "status": e.get("status"), "evidence": e.get("evidence")}
                           for e in match.essentials],
        })  # fmt: skip
    # The reason is the recruiter's assessment of the person, like a note: theirs to read.
    for decision in EssentialDecision.objects.filter(candidate=candidate).select_related(
        "vacancy", "decided_by"
    ):
        data["essential_decisions"].append({
            "vacancy": decision.vacancy.title, "line": decision.line, "decision": decision.outcome,
            "reason": decision.reason, "by": _by(decision.decided_by), "decided_at": _iso(decision.decided_at),
            "applies": (decision.vacancy_id, decision.line) in applying,
        })  # fmt: skip
    for note in (
        Note.objects.filter(candidate=candidate).select_related("vacancy", "author").order_by("created_at")
    ):
        data["recruiters_notes"].append({
            "vacancy": note.vacancy.title, "text": note.text, "by": _by(note.author),
            "written_at": _iso(note.created_at),
        })  # fmt: skip
    for rating in (
        Rating.objects.filter(candidate=candidate)
        .select_related("vacancy", "recruiter")
        .order_by("updated_at")
    ):
        data["recruiters_ratings"].append({
            "vacancy": rating.vacancy.title, "stars": rating.stars, "by": _by(rating.recruiter),
            "rated_at": _iso(rating.updated_at),
        })  # fmt: skip
    for invitation in Invitation.objects.filter(candidate=candidate).select_related("vacancy", "invited_by"):
        data["invitations"].append({
            "vacancy": invitation.vacancy.title, "by": _by(invitation.invited_by),
            "invited_at": _iso(invitation.invited_at), "emailed_at": _iso(invitation.sent_at),
        })  # fmt: skip
    for ground in ApplicationGround.objects.filter(candidate=candidate).select_related("vacancy"):
        # Why a vacancy you did not consent to be matched against scores you: you applied for it.
        data["application_grounds"].append({"vacancy": ground.vacancy.title, "since": _iso(ground.since)})
    return data


def _audit_trail(user, candidate) -> list[dict]:
    """What was done with the person's data and by whom (by role): their candidate's trail and their own acts."""
    entries = AuditEntry.objects.filter(actor=user)
    if candidate is not None:
        entries |= AuditEntry.objects.about_candidate(candidate.pk)
    return [
        {"at": _iso(entry.at), "action": entry.get_action_display(), "by": entry.actor_role,
         "vacancy_id": entry.vacancy_id, "detail": entry.detail}
        for entry in entries.order_by("at", "id")
    ]  # fmt: skip


@transaction.atomic
def erase_account(user, *, by=None) -> None:
    """Delete the account and every row about the person: profile, applications, matches, notes, sessions."""
    candidate_id = Candidate.objects.filter(user=user).values_list("pk", flat=True).first()
    # Cascades remove education, experience, languages, competencies, matches, applications, notes, ratings.
    Candidate.objects.filter(user=user).delete()
    erase_alerts(user)  # also those their address made before they had an account
    user_id = user.pk
    # Deleting the user deletes their sessions too (accounts.Session.user), found by its index.
    user.delete()
    record(by, AuditEntry.Action.ERASED, candidate_id=candidate_id, detail=f"user {user_id}")


@dataclass(frozen=True)
class RetentionReport:
    deleted_candidates: int
    anonymised_applications: int
    deleted_documents: int = 0

    def __str__(self) -> str:
        return gettext(
            "Deleted %(candidates)d imported candidate(s) and anonymised %(applications)d application(s) of "
            "applicants not selected (%(documents)d attached document(s) deleted)."
        ) % {
            "candidates": self.deleted_candidates,
            "applications": self.anonymised_applications,
            "documents": self.deleted_documents,
        }


@transaction.atomic
def apply_retention(*, days: int, today: dt.date | None = None, dry_run: bool = False) -> RetentionReport:
    """Forget candidates who were not selected, `days` after the vacancies they were considered for closed.

    Imported candidates (no account) whose every considered vacancy closed before the cut-off, and who
    reached no offer, are deleted. Applicants keep their account and profile (theirs to erase), but their
    applications to such vacancies lose the motivation letter and the attached documents (files included),
    and their match results and the recruiters' decisions on their essentials are deleted.
    """
    now = timezone.now() if today is None else timezone.make_aware(dt.datetime.combine(today, dt.time.min))
    cutoff = now - dt.timedelta(days=days)
    expired = Vacancy.objects.filter(status=Vacancy.Status.CLOSED, closed_at__lt=cutoff)
    still_relevant = Vacancy.objects.exclude(pk__in=expired)
    selected = Application.objects.filter(stage=Stage.OFFER).values("candidate_id")

    imported = (
        Candidate.objects.filter(user__isnull=True)
        .filter(matches__vacancy__in=expired)
        .exclude(matches__vacancy__in=still_relevant)
        .exclude(pk__in=selected)
        .distinct()
    )
    not_selected = Application.objects.filter(vacancy__in=expired, candidate__user__isnull=False).exclude(
        stage=Stage.OFFER
    )  # fmt: skip
    applications = not_selected.filter(
        Q(motivation__gt="") | Q(Exists(ApplicationDocument.objects.filter(application=OuterRef("pk"))))
    )
    documents = ApplicationDocument.objects.filter(application__in=not_selected)
    report = RetentionReport(imported.count(), applications.count(), documents.count())
    if dry_run:
        return report
    Candidate.objects.filter(pk__in=list(imported.values_list("pk", flat=True))).delete()
    not_selected.exclude(motivation="").update(motivation="")
    documents.delete()  # each row's file goes with it (applications.attachments)
    MatchResult.objects.filter(vacancy__in=expired, candidate__user__isnull=False).exclude(
        candidate__in=selected
    ).delete()  # fmt: skip
    # The recruiters' decisions on their essentials go with the scores they made.
    EssentialDecision.objects.filter(vacancy__in=expired, candidate__user__isnull=False).exclude(
        candidate__in=selected
    ).delete()  # fmt: skip
    record(None, AuditEntry.Action.RETAINED, count=report.deleted_candidates, detail=str(report)[:200])
    return report
