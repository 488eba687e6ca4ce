from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe

from applications.models import ApplicationDocument
from audit.log import record
from audit.models import AuditEntry
from candidates.services import PRIVACY_NOTICE_VERSION
from vacancies.models import Vacancy

from . import privacy
from .context_processors import home_url
from .forms import DeleteAccountForm


class LoginView(auth_views.LoginView):
    """Django's log-in page, landing on the role's home page (My matches, My vacancies, the admin) unless
    it was given a ``next`` page."""

    def get_default_redirect_url(self):
        return home_url(self.request.user)


@require_safe
def home(request):
    return TemplateResponse(request, "home.html", {"open_vacancies": Vacancy.objects.open().count()})


@require_safe
def my_data(request):
    """All of the signed-in person's data as one JSON download."""
    response = JsonResponse(privacy.export_personal_data(request.user), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = 'attachment; filename="my-vacancy-matcher-data.json"'
    record(request.user, AuditEntry.Action.DATA_EXPORTED)
    return response


@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        privacy.erase_account(user, by=None)
        messages.success(request, _("Your account and all your data have been deleted."))
        return redirect("home")
    return TemplateResponse(request, "accounts/delete_account.html", {"form": form})


@require_safe
def privacy_page(request):
    context = {
        "login_record_days": settings.LOGIN_RECORD_DAYS,
        "privacy_notice_version": PRIVACY_NOTICE_VERSION,
    }
    if request.user.is_authenticated:  # the files they attached to applications, each to download
        context["documents"] = ApplicationDocument.objects.filter(
            application__candidate__user=request.user
        ).select_related("application__vacancy")
    return TemplateResponse(request, "accounts/privacy.html", context)
