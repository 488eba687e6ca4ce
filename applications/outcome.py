"""The outcome email an applicant receives when they are not selected: its default wording and its
placeholders. Plain Python: the texts are stored in ``OutcomeEmail`` (one for every vacancy, edited in the
admin, and a vacancy's own, edited by its recruiters).

A text is filled by replacing a fixed set of placeholders, never by a template engine: a recruiter's text
cannot reach anything but the values listed here.
"""

from __future__ import annotations

import re


def gettext_noop(message: str) -> str:
    """Marks a text for makemessages; it is translated where it is used (``OutcomeEmail.render``, the admin)."""
    return message


PLACEHOLDERS = {
    "name": gettext_noop("the applicant's name"),
    "title": gettext_noop("the vacancy's title"),
    "organisation": gettext_noop("the vacancy's organisation"),
    "url": gettext_noop("the link to the applicant's applications"),
}
_PLACEHOLDER = re.compile(r"\{(\w*)\}")

# The built-in wording, in English; sent in the applicant's language while a text is still this one.
DEFAULT_SUBJECT = gettext_noop("Your application for {title}")
DEFAULT_BODY = gettext_noop("""Dear {name},

Thank you for your interest in the post of {title} and for the time you gave to your application.

After careful consideration, we regret that your application has not been selected to go further in this \
selection. We received many strong applications, and this decision is no judgement of your professional \
qualities.

We encourage you to keep your profile up to date and to apply for other vacancies that suit your \
experience. You can see your applications at {url}.

With our best wishes for the future,
The recruitment team
""")


def unknown_placeholders(text: str) -> list[str]:
    """The ``{...}`` in a text that are not placeholders, as written.

    >>> unknown_placeholders("Dear {name}, {nmae} {}")
    ['{nmae}', '{}']
    """
    return [match.group(0) for match in _PLACEHOLDER.finditer(text) if match.group(1) not in PLACEHOLDERS]


def fill(text: str, values: dict[str, str]) -> str:
    """The text with each placeholder replaced by its value; anything else is left as written.

    >>> fill("Dear {name}, about {title}: {other}", {"name": "Ada", "title": "Officer"})
    'Dear Ada, about Officer: {other}'
    """
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)
