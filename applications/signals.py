"""What this app tells the apps above it, which it must not import (README.md, "Layout")."""

from django.dispatch import Signal

# Rows of these vacancies' applications changed by a write that sends no model signal (a ``bulk_create``,
# an ``update``). Sent with ``vacancy_ids`` after the write, in its transaction: recruiting.generations
# marks those shortlists changed.
written_in_bulk = Signal()


def written(vacancy_ids) -> None:
    written_in_bulk.send(sender=None, vacancy_ids=list(vacancy_ids))
