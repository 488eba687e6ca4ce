from django.db import models


class RateLimitCounter(models.Model):
    """The table of the "ratelimit" cache (Django's database cache backend, see settings.CACHES): declared
    as a model so that ``migrate`` creates it and a test's database flush empties it. Only the cache reads
    and writes it."""

    cache_key = models.CharField(max_length=255, primary_key=True)
    value = models.TextField()
    expires = models.DateTimeField(db_index=True)

    class Meta:
        db_table = "ratelimit_cache"

    def __str__(self) -> str:
        return self.cache_key
