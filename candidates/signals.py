"""What this app tells the apps above it, which it must not import (README.md, "Layout")."""

from django.dispatch import Signal

from .models import Candidate

# One profile (or its consent) changed and its version was bumped. Sent with ``candidate``;
# matching.rescoring drops the candidate's scores without consent, and plans their rescoring otherwise.
profile_changed = Signal()

# These candidates' stored scores no longer count (an import, a new sign-up, an admin's request). Sent with
# ``candidate_ids``, ``reason`` and ``candidate`` (the one person concerned, or None); matching.rescoring
# plans their rescoring against every open vacancy and returns the run.
scores_stale = Signal()


def request_rescoring(candidate_ids, *, reason: str, candidate=None, imported: bool = False):
    """Send ``scores_stale``; returns the planned ``ScoringRun``, or None when there is nothing to score.
    ``imported``: the candidates came in bulk (the pool itself may have changed)."""
    responses = scores_stale.send(
        sender=Candidate, candidate_ids=candidate_ids, reason=reason, candidate=candidate, imported=imported
    )
    return next((run for _, run in responses if run is not None), None)
