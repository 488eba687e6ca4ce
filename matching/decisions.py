"""Recruiters settle what the engine leaves "to be assessed": one rule for laying their decisions over a result.

Pure: no Django. The engine gives each essential line a status (``matching.essentials``); a recruiter may
decide a line that the engine says is *to be assessed* and that a profile could show (``checkable``): met
or not met, with a reason (``matching.models.EssentialDecision``). A decision is keyed to the line's text
and applies only while the engine still says "to be assessed" for that text: when the notice rewords the
line or the profile now settles it, the engine's status wins and the decision is history.

Applied, a decision makes the verdict:

- a line decided not met makes the candidate not eligible;
- when every checkable line is met (by the engine or by a decision), the candidate is eligible, unless the
  engine has a reason to assess that no line was open for (then no decision can settle it, and it stays
  "to be assessed");
- an engine "not eligible" (an unmet criterion) stays so.

The scoring pipeline applies them to every result it stores (``settle``); a decision made or undone is
applied at once to the stored result (``engine_result`` then ``settle``), and the pair is rescored.

>>> line = {"text": "Knowledge of NDPP", "status": "to_assess", "evidence": "", "checkable": True}
>>> eligible, lines = settle(None, [line], {"Knowledge of NDPP": Decision("met", 7, "2025-01-31T10:00:00")})
>>> eligible, lines[0]["status"], lines[0]["decision"], lines[0]["engine_status"]
(True, 'met', 'met', 'to_assess')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MET, NOT_MET, TO_ASSESS = "met", "not_met", "to_assess"
OUTCOMES = (MET, NOT_MET)
# The keys a decision adds to a stored essential line (the engine's own keys stay as they are, but status).
DECISION_KEYS = ("engine_status", "decision", "decided_by", "decided_at")


@dataclass(frozen=True, slots=True)
class Decision:
    """A recruiter's decision on one essential line of one candidate for one vacancy."""

    outcome: str  # MET or NOT_MET
    decided_by: int | None  # the recruiter's user id; None once their account is gone
    decided_at: str  # ISO 8601


def applies(line: Mapping[str, Any]) -> bool:
    """Whether a decision may settle this essential line: the engine says "to be assessed" and a profile
    could show it (a line assessed at interview does not decide the verdict, so it is not decided here)."""
    return line.get("engine_status", line.get("status")) == TO_ASSESS and bool(line.get("checkable", True))


def settle(
    eligible: bool | None,
    essentials: Sequence[Mapping[str, Any]],
    decisions: Mapping[str, Decision] | None,
    to_assess_criteria: Iterable[str] = (),
) -> tuple[bool | None, list[dict[str, Any]]]:
    """The verdict and the essential lines once the decisions that apply are laid over the engine's.

    ``eligible``, ``essentials``: the engine's (True, None or False; ``Essential.to_json()`` dicts, with
    the line's ``criterion`` when known); ``to_assess_criteria``: the criteria of the engine's reasons to
    assess. A decided line gets the decision's outcome as its status and the keys of ``DECISION_KEYS``.

    >>> open_ = {"text": "Experience of NDPP", "status": "to_assess", "evidence": "", "checkable": True}
    >>> no = {"Experience of NDPP": Decision("not_met", 7, "2025-01-31T10:00:00")}
    >>> settle(None, [open_], no)[0], settle(None, [open_], {})[0], settle(False, [open_], no)[0]
    (False, None, False)
    """
    if not decisions:
        return eligible, [dict(line) for line in essentials]
    lines, decided = [], False
    for line in essentials:
        decision = decisions.get(line["text"])
        if decision is not None and applies(line):
            line = {
                **line, "status": decision.outcome, "engine_status": TO_ASSESS, "decision": decision.outcome,
                "decided_by": decision.decided_by, "decided_at": decision.decided_at,
            }  # fmt: skip
            decided = True
        lines.append(dict(line))
    if not decided or eligible is False:
        return eligible, lines
    checked = [line["status"] for line in lines if line.get("checkable", True)]
    if NOT_MET in checked:
        return False, lines
    if TO_ASSESS in checked:
        return None, lines
    # A reason to assess is settled by deciding the line it made "to be assessed"; one that no line was
    # open for (the engine counted it against no line) cannot be, and keeps the verdict open.
    decided_criteria = {line.get("criterion") for line in lines if "decision" in line}
    if any(criterion not in decided_criteria for criterion in to_assess_criteria):
        return None, lines
    return True, lines


def engine_result(
    eligible: bool | None, unmet: bool, essentials: Sequence[Mapping[str, Any]]
) -> tuple[bool | None, list[dict[str, Any]]]:
    """The engine's own verdict and lines, from a stored result that decisions may have changed.

    ``unmet``: whether the result has unmet reasons. A decision applies only to a line the engine left to
    be assessed, so a decided result was "not eligible" (unmet reasons) or "to be assessed" by the engine.

    >>> decided = {"text": "t", "status": "met", "evidence": "", "checkable": True, "engine_status": "to_assess",
    ...            "decision": "met", "decided_by": 7, "decided_at": "2025-01-31T10:00:00"}
    >>> engine_result(True, False, [decided])
    (None, [{'text': 't', 'status': 'to_assess', 'evidence': '', 'checkable': True}])
    """
    lines, decided = [], False
    for line in essentials:
        if "decision" in line:
            decided = True
            line = {key: value for key, value in line.items() if key not in DECISION_KEYS}
            line["status"] = TO_ASSESS
        lines.append(dict(line))
    if decided:
        eligible = False if unmet else None
    return eligible, lines


def open_criteria(essentials: Sequence[Mapping[str, Any]]) -> set[str]:
    """The criteria with a checkable line still to be assessed (``criterion`` unknown counts as open)."""
    return {
        line.get("criterion") or "?"
        for line in essentials
        if line.get("status") == TO_ASSESS and line.get("checkable", True)
    }


def settled_criteria(essentials: Sequence[Mapping[str, Any]]) -> set[str]:
    """The criteria whose every line left to be assessed has been decided: their reasons to assess are
    answered (lines of no known criterion settle none)."""
    decided = {line.get("criterion") for line in essentials if "decision" in line}
    return {c for c in decided if c} - open_criteria(essentials)
