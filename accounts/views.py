from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views import i18n
from django.views.decorators.csrf import csrf_exempt, csrf_protect
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

    def form_valid(self, form):
        """The pages follow the language the person chose last, on whichever device they chose it; someone who
        never chose keeps the one they are reading now, and it becomes theirs (for their emails too)."""
        response = super().form_valid(form)
        user = self.request.user
        if user.preferred_language:
            _remember_in_cookie(response, user.preferred_language)
        else:
            user.preferred_language = translation.get_language_from_request(self.request)
            user.save(update_fields=["preferred_language"])
        return response


class RecipientLanguagePasswordResetForm(PasswordResetForm):
    """Django's, writing the reset email in the language its recipient chose rather than the requester's."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(context["user"].email_language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


def _remember_in_cookie(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


@csrf_exempt  # for visitors only: see below
@require_http_methods(["POST"])
def set_language(request):
    """The language switcher: Django's set_language (the choice goes in a cookie, and back to the page it was
    sent from); a signed-in person's choice is also saved on their account, for their emails.

    A signed-in person's POST must carry the CSRF token, as everywhere. A visitor's may not: the public
    board's pages hold no token so that they set no cookie and caches may share them (board.views), and
    all a forged POST could do to a visitor is change the language of their pages."""
    if request.user.is_authenticated:
        return _set_account_language(request)
    return i18n.set_language(request)


@csrf_protect
def _set_account_language(request):
    response = i18n.set_language(request)
    try:
        language = translation.get_supported_language_variant(request.POST.get("language", ""))
    except LookupError:
        return response  # Django's view changed nothing either
    request.user.preferred_language = language
    request.user.save(update_fields=["preferred_language"])
    return response


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
