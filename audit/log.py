from collections.abc import Iterable

from .models import AuditEntry


def role_of(user) -> str:
    """Who acted, by role ("recruiter", "admin", "applicant", "system"): the trail and the person's own data
    download name roles, never people."""
    if user is None:
        return "system"
    return "admin" if user.is_staff else getattr(user, "role", "")


def record(
    actor,
    action: str,
    *,
    vacancy_id: int | None = None,
    candidate_id: int | None = None,
    candidate_ids: Iterable[int] = (),
    count: int | None = None,
    detail: str = "",
) -> AuditEntry:
    ids = sorted(set(candidate_ids))
    if len(ids) == 1 and candidate_id is None:  # one person: by the indexed id, like any single action
        candidate_id, ids = ids[0], []
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None, actor_role=role_of(actor),
        action=action, vacancy_id=vacancy_id, candidate_id=candidate_id, candidate_ids=ids, count=count,
        detail=detail[:200],
    )  # fmt: skip


def record_many(
    actor, action: str, *, vacancy_id: int | None, candidate_ids: Iterable[int], detail: str = ""
) -> AuditEntry | None:
    """One entry for an action on candidates, however many: the one candidate's id, or the list of them
    (``AuditEntry.objects.about_candidate`` finds it on each one's trail); none when there were none."""
    ids = set(candidate_ids)
    if not ids:
        return None
    return record(actor, action, vacancy_id=vacancy_id, candidate_ids=ids, count=len(ids), detail=detail)
