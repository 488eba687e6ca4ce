"""What the apps above tell the scoring pipeline about matching's own data (README.md, "Layout")."""

from django.dispatch import Signal

# A recruiter decided, changed or undid their decision on an essential line of a candidate for a vacancy
# (matching.models.EssentialDecision): the pair's verdict changes. Sent with ``vacancy`` and ``candidate``;
# matching.rescoring rescores the pair and returns the run.
decisions_changed = Signal()


def request_rescoring(vacancy, candidate):
    """Send ``decisions_changed``; returns the planned ``ScoringRun``, or None when there is nothing to score."""
    responses = decisions_changed.send(sender=type(vacancy), vacancy=vacancy, candidate=candidate)
    return next((run for _, run in responses if run is not None), None)


# A candidate applied for a vacancy (applications.services.apply): the application is the ground to assess
# them for that one vacancy even without their consent to be matched against every vacancy. Sent with
# ``vacancy`` and ``candidate``; matching.rescoring records the ground and scores the pair.
candidate_applied = Signal()


def record_application(vacancy, candidate):
    """Send ``candidate_applied``; returns the planned ``ScoringRun``, or None."""
    responses = candidate_applied.send(sender=type(vacancy), vacancy=vacancy, candidate=candidate)
    return next((run for _, run in responses if run is not None), None)


# Results of these vacancies were written without a model signal: a chunk's bulk upsert
# (matching.storage) or a decision laid over a stored result (``MatchResult.apply_decisions``). Sent with
# ``vacancy_ids`` after the write, inside its transaction, and ``by_run``: written by a scoring run's chunk
# (a machine's write, shown every few seconds) rather than for a person who waits to see it (shown at once):
# recruiting.generations marks the shortlists changed.
results_stored = Signal()


def stored(vacancy_ids, *, by_run: bool = False) -> None:
    """Send ``results_stored`` for these vacancies."""
    results_stored.send(sender=None, vacancy_ids=sorted(set(vacancy_ids)), by_run=by_run)


# A scoring run has just ended (its last chunk is stored). Sent with ``started_at`` (when it was planned),
# inside the transaction that marks it done: recruiting.generations shows what it wrote at once.
run_finished = Signal()


def finished(started_at) -> None:
    """Send ``run_finished``."""
    run_finished.send(sender=None, started_at=started_at)
