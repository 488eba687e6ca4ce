"""What this app tells the apps above it, which it must not import (README.md, "Layout")."""

from django.dispatch import Signal

# A vacancy's stored scores no longer count: it was published, a field the scorer reads changed (a
# correction, a re-parse, new weights), or an admin asks for them again. Sent with ``vacancy`` and
# ``reason``; matching.rescoring plans the rescoring (of a published vacancy only) and returns the run.
scores_stale = Signal()


def request_rescoring(vacancy, *, reason: str):
    """Send ``scores_stale``; returns the planned ``ScoringRun``, or None when there is nothing to score."""
    responses = scores_stale.send(sender=type(vacancy), vacancy=vacancy, reason=reason)
    return next((run for _, run in responses if run is not None), None)


# A draft was published (vacancies.services.publish_vacancy), sent with ``vacancy`` inside the transaction that
# publishes it: the job alerts (board) queue their emails once it commits.
published = Signal()
