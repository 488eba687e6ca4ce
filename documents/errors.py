"""The one error of document reading: a refusal a person can read, in their language."""

from __future__ import annotations


def gettext_noop(message: str) -> str:
    """Marks a message for makemessages (Django's own needs settings, which the sandbox's child has not)."""
    return message


class DocumentError(ValueError):
    """A file refused, with a reason meant for the person who uploaded it.

    The reason is an English message with ``%(name)s`` values, marked with ``gettext_noop``; ``str()``
    words it in the active language once Django is set up (a page in French), in English where it is not
    (the sandbox's child process, which sends the message and its values back to the parent).

    >>> str(DocumentError("This PDF has %(pages)s pages; the limit is %(limit)s.", pages=1200, limit=500))
    'This PDF has 1,200 pages; the limit is 500.'
    """

    def __init__(self, message: str, **values: str | int | float) -> None:
        super().__init__(message)
        self.message = message
        self.values = values

    def __str__(self) -> str:
        words = {k: _number(v) if isinstance(v, int) else _translate(str(v)) for k, v in self.values.items()}
        return _translate(self.message) % words if words else _translate(self.message)


def _django_ready() -> bool:
    from django.apps import apps
    from django.conf import settings

    return settings.configured and apps.ready


def _translate(text: str) -> str:
    if not _django_ready():
        return text
    from django.utils.translation import gettext

    return gettext(text)


def _number(value: int) -> str:
    if not _django_ready():
        return f"{value:,}"
    from django.utils.formats import number_format

    return number_format(value, force_grouping=True)
