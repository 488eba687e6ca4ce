from django.db import models


class ShortlistGeneration(models.Model):
    """How many times what a vacancy's shortlist shows has changed: ``scope`` is the vacancy's id, or 0 for
    a change to every vacancy's (recruiting.generations bumps them; the shortlist's cache is keyed on them).

    No foreign key: a row outlives nothing it could mislead (a deleted vacancy's shortlist is never served)."""

    scope = models.BigIntegerField(primary_key=True)
    generation = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.scope}: {self.generation}"
