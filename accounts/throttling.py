"""Login throttling (django-axes) counts failed log-ins per person and address: the person is the email
in the one spelling the log-in itself looks up, so "VICTIM@example.org" and " victim@example.org" are the
same person to both."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from .models import normalise_email


def login_identity(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """AXES_USERNAME_CALLABLE: the normalised email from the credentials, or from the posted form."""
    source = credentials if credentials else getattr(request, "POST", {})
    email = source.get(settings.AXES_USERNAME_FORM_FIELD)
    return normalise_email(email) if isinstance(email, str) else None
