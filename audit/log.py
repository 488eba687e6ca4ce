from collections.abc import Iterable

from .models import AuditEntry


def _role(user) -> str:
    if user is None:
        return "system"
    return "admin" if user.is_staff else getattr(user, "role", "")


def record(
    actor,
    action: str,
    *,
    vacancy_id: int | None = None,
    candidate_id: int | None = None,
    count: int | None = None,
    detail: str = "",
) -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None, actor_role=_role(actor),
        action=action, vacancy_id=vacancy_id, candidate_id=candidate_id, count=count, detail=detail[:200],
    )  # fmt: skip


def record_many(
    actor, action: str, *, vacancy_id: int | None, candidate_ids: Iterable[int], detail: str = ""
) -> int:
    """One entry per candidate, so that a person's trail can be read by candidate id."""
    entries = [
        AuditEntry(actor=actor, actor_role=_role(actor), action=action, vacancy_id=vacancy_id,
                   candidate_id=candidate_id, detail=detail[:200])
        for candidate_id in candidate_ids
    ]  # fmt: skip
    AuditEntry.objects.bulk_create(entries, batch_size=1000)
    return len(entries)
