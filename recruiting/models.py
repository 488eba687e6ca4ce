from django.db import models


class ShortlistGeneration(models.Model):
    """How many times what a vacancy's shortlist shows has changed: ``scope`` is the vacancy's id, or 0 for
    a change to every vacancy's (recruiting.generations bumps them; the shortlist's cache is keyed on them).

    No foreign key: a row outlives nothing it could mislead (a deleted vacancy's shortlist is never served)."""

    scope = models.BigIntegerField(primary_key=True)
    generation = models.BigIntegerField(default=0)
    # A scoring run's chunks bump ``generation`` at most once per SHORTLIST_SCORES_REFRESH seconds: when it
    # last did, and whether results were written since without a bump (shown once that interval has passed).
    scores_bumped_at = models.DateTimeField(null=True, blank=True)
    scores_pending = models.BooleanField(default=False)
    # Bumps by anything but a run's chunks (people's writes, a run's end): while a run rescores the vacancy, an
    # answer rendered at the same count differs only by what the run wrote (``generations.kept_or_previous``).
    people = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.scope}: {self.generation}"
