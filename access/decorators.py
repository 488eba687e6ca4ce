"""Role checks for views, one copy for every app. Anonymous visitors never reach them: the login middleware
(``access.middleware``) sends them to log in first; a signed-in person of another role gets a 403."""

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _


def _role_required(allowed: Callable[[object], bool], refusal: str):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not allowed(request.user):
                raise PermissionDenied(refusal)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


# Applicants (not staff): their profile, matches and applications.
applicant_required = _role_required(lambda user: user.is_applicant, _("These pages are for applicants."))

# Recruiters and admins: notices and the recruiting workspace.
recruiter_required = _role_required(
    lambda user: user.is_recruiter or user.is_staff, _("These pages are for recruiters.")
)
