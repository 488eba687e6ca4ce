import dataclasses

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_htmx.http import HttpResponseStopPolling

from access import answers
from access.decorators import applicant_required
from access.ratelimits import rate_limited
from applications.models import Application, Stage, StageChange
from applications.services import ApplicationRefused, withdraw
from candidates.models import Candidate
from candidates.services import PRIVACY_NOTICE_VERSION
from matching.models import MatchResult
from vacancies.models import Vacancy, shown_in_reader_language

from . import services
from .forms import ApplyForm, MatchFilterForm, SignUpForm


def _candidate(request) -> Candidate | None:
    return Candidate.objects.filter(user=request.user).first()


def _get_vacancy(pk: int) -> Vacancy:
    """A vacancy an applicant may read: open, or no longer taking applications (its page says since when, and
    the vacancy of each of their applications stays there to read); never a draft."""
    return get_object_or_404(Vacancy.objects.exclude(status=Vacancy.Status.DRAFT), pk=pk)


def _own_applications(request):
    """The applications this applicant made; a recruiter's own pipeline entries are not theirs to see."""
    return Application.objects.for_applicant(request.user).exclude(source=Application.Source.SOURCED)


def _with_history(applications):
    """Each application with the stage changes its applicant's history is made of (``applicant_timeline``)."""
    history = StageChange.objects.only(
        "application_id", "to_stage", "changed_at", "changed_by_id", "notified_at"
    ).order_by("changed_at", "id")
    return applications.select_related("vacancy").prefetch_related(
        Prefetch("stage_changes", queryset=history)
    )


def _get_own_application(request, pk: int) -> Application:
    return get_object_or_404(_own_applications(request).select_related("vacancy"), pk=pk)


# Sign-up and email verification


def _next_page(request) -> str:
    """The page to land on once signed up and logged in (the vacancy a visitor wanted to apply for): a path
    on this site only, else ""."""
    path = request.POST.get("next") or request.GET.get("next") or ""
    return path if url_has_allowed_host_and_scheme(path, allowed_hosts=None) and path.startswith("/") else ""


def _with_next(url: str, next_page: str) -> str:
    return f"{url}?{urlencode({'next': next_page})}" if next_page else url


@require_http_methods(["GET", "POST"])
@rate_limited("signup")
def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    next_page = _next_page(request)
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fields = {k: form.cleaned_data[k] for k in ("email", "full_name", "nationality", "consent")}
        # The same answer whether the address has an account or not: the email says which.
        services.register(
            **fields,
            password=form.cleaned_data["password1"],
            site_url=request.build_absolute_uri("/"),
            next_page=next_page,
        )
        return redirect(_with_next(reverse("applicants:signup_done"), next_page))
    context = {
        "form": form,
        "privacy_notice_version": PRIVACY_NOTICE_VERSION,
        "next": next_page,
        "login_url": _with_next(reverse("login"), next_page),
    }
    return TemplateResponse(request, "registration/signup.html", context)


@require_safe
def signup_done(request):
    return TemplateResponse(
        request,
        "registration/signup_done.html",
        {"login_url": _with_next(reverse("login"), _next_page(request))},
    )


@require_safe
@applicant_required
def verification(request):
    """ "Check your email": where sign-up lands, and where an unverified applicant can ask again."""
    return TemplateResponse(request, "registration/verification_sent.html", {})


@require_POST
@applicant_required
@rate_limited("resend_verification")
def resend_verification(request):
    if request.user.email_verified_at:
        messages.info(request, _("Your email address is already verified."))
    elif services.send_verification_email(request.user, site_url=request.build_absolute_uri("/")):
        messages.success(request, gettext("We sent a new link to %(email)s.") % {"email": request.user.email})
    else:
        messages.error(request, _("We could not send the email just now. Please try again in a few minutes."))
    return redirect("applicants:verification")


@require_safe
def verify_email(request, uidb64: str, token: str):
    user = services.verify_email(uidb64, token)
    if user is None:
        return TemplateResponse(request, "registration/verification_invalid.html", {}, status=400)
    next_page = _next_page(request) or reverse("applicants:matches")
    if request.user == user:
        messages.success(request, gettext("Thank you: your email address is verified. You can now apply."))
        return redirect(next_page)
    messages.success(request, gettext("Thank you: your email address is verified. Log in to apply."))
    return redirect_to_login(next_page)


# Matches


@require_safe
@applicant_required
def matches(request):
    """The open vacancies ranked for the applicant, kept whole per state of what they show
    (``services.matches_state``): served again without a result explained or a card rendered until any of it
    changes (issue 16, point 10)."""
    candidate = _candidate(request)
    state = services.matches_state(request.user, candidate)
    key = None
    if not len(messages.get_messages(request)):  # a message is shown once: such an answer is not kept
        key = answers.key(request, "matches", [state, request.htmx.history_restore_request])
        if (kept := answers.kept(key)) is not None:
            html, updating = kept
            return _matches_response(
                request, html.replace(answers.CSRF_PLACEHOLDER, get_token(request)), updating
            )
    open_vacancies = Vacancy.objects.open()
    form = MatchFilterForm(
        request.GET,
        locations=sorted(set(open_vacancies.exclude(location="").values_list("location", flat=True))),
        grades=sorted(set(open_vacancies.exclude(grade="").values_list("grade", flat=True))),
    )
    consented = candidate is not None and candidate.consent_at is not None
    updating = consented and services.matches_updating(candidate)
    cards = services.ranked_matches(candidate, form.filter(open_vacancies))
    shown = shown_in_reader_language(card.vacancy for card in cards)  # each notice in the reader's language
    cards = [dataclasses.replace(card, vacancy=vacancy) for card, vacancy in zip(cards, shown, strict=True)]
    # The vacancies already applied for, so the list says so instead of inviting a second look; an application
    # the applicant knows was not selected says that (a withdrawn one may apply again, so it is not listed).
    own = list(_with_history(_own_applications(request).exclude(stage=Stage.WITHDRAWN)))
    applied = {application.vacancy_id for application in own}
    not_selected = {application.vacancy_id for application in own if application.is_final}
    cards = _with_html(request, cards, state, consented=consented, applied=applied, not_selected=not_selected)
    context = {
        "form": form,
        "cards": cards,
        "consented": consented,
        "updating": updating,
        "applied": applied,
        "not_selected": not_selected,
    }
    template_name = "applicants/matches.html"
    if request.htmx and not request.htmx.history_restore_request:
        template_name += "#match-list"
    response = TemplateResponse(request, template_name, {**context, "csrf_token": answers.CSRF_PLACEHOLDER})
    html = response.render().content.decode()
    if key:
        answers.keep(key, (html, updating), services.KEEP_SECONDS)
    return _matches_response(request, html.replace(answers.CSRF_PLACEHOLDER, get_token(request)), updating)


def _with_html(request, cards, state: dict, *, consented: bool, applied: set, not_selected: set) -> list:
    """Each card with its HTML, kept per state of what it shows (its vacancy's row and notice texts, the
    result, the decisions on its lines, the profile's version, applied or not): the page and each filter
    reuse it, and a page rendered again after one result changed explains and renders that card only."""
    by_vacancy: dict[str, dict] = {name: {} for name in ("notices", "decisions")}
    for name, rows in by_vacancy.items():
        for row in state[name]:
            rows.setdefault(row[1], []).append(row)
    vacancies = {row[0]: row for row in state["vacancies"]}
    results = {row[0]: row for row in state["results"]}
    keys, found = {}, {}
    for card in cards:
        pk = card.vacancy.pk
        keys[pk] = answers.part_key("match-card", [
            state["candidate"], state["engine"], consented, vacancies.get(pk), by_vacancy["notices"].get(pk),
            results.get(pk), by_vacancy["decisions"].get(pk), pk in applied, pk in not_selected,
        ])  # fmt: skip
        if (html := answers.kept(keys[pk])) is not None:
            found[pk] = html
    # Only the cards not kept are explained, in one batch.
    MatchResult.explain_together(c.match for c in cards if c.match and c.vacancy.pk not in found)
    shown = []
    for card in cards:
        key = keys[card.vacancy.pk]
        if (html := found.get(card.vacancy.pk)) is None:
            context = {"card": card, "consented": consented, "applied": applied, "not_selected": not_selected}
            html = render_to_string("applicants/matches.html#match-card", context)
            answers.keep(key, html, services.KEEP_SECONDS)
        shown.append(dataclasses.replace(card, html=mark_safe(html)))  # noqa: S308 (rendered by our template)
    return shown


def _matches_response(request, html: str, updating: bool) -> HttpResponse:
    """My matches sent: HTMX's poll while scores are updated is told to stop (286) once they are fresh."""
    response = HttpResponse(html)
    if request.htmx.trigger == "match-list" and not updating:
        response = HttpResponseStopPolling(html)
    patch_vary_headers(response, ["HX-Request"])
    return response


# One vacancy, applying


def _vacancy_page(request, vacancy: Vacancy, form: ApplyForm, *, status: int = 200) -> TemplateResponse:
    candidate = _candidate(request)
    consented = candidate is not None and candidate.consent_at is not None
    application = _own_applications(request).filter(vacancy=vacancy).prefetch_related("stage_changes").first()
    # Without consent, a vacancy is compared with the profile only once they apply for it.
    match = None
    if candidate is not None and (consented or application is not None):
        match = MatchResult.objects.filter(vacancy=vacancy, candidate=candidate).first()
    context = {
        "vacancy": shown_in_reader_language([vacancy])[0],  # the notice in the reader's language
        "match": match,
        "comparisons": services.compare_with_profile(vacancy, candidate, match) if candidate else [],
        "application": application,
        "steps": application.applicant_timeline() if application else [],
        "refusal": services.refusal_before_applying(request.user, candidate),
        "has_profile": candidate is not None,
        "consented": consented,
        "form": form,
    }
    return TemplateResponse(request, "applicants/vacancy.html", context, status=status)


@require_safe
@applicant_required
def vacancy_detail(request, pk: int):
    return _vacancy_page(request, _get_vacancy(pk), ApplyForm())


@require_POST
@applicant_required
def apply(request, pk: int):
    # Not only open vacancies: applying to a closed one must say why, not answer "not found".
    vacancy = _get_vacancy(pk)
    form = ApplyForm(request.POST)
    if not form.is_valid():
        return _vacancy_page(request, vacancy, form, status=400)
    try:
        services.apply_for(request.user, vacancy, motivation=form.cleaned_data["motivation"])
    except ApplicationRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("applicants:vacancy", pk=pk)
    messages.success(
        request,
        gettext("You applied for %(title)s. You can follow your application here.")
        % {"title": vacancy.title},
    )
    return redirect("applicants:applications")


# Applications


@require_safe
@applicant_required
def applications(request):
    rows = list(
        _with_history(_own_applications(request)).prefetch_related("documents").order_by("-applied_at")
    )
    # What the applicant sees of each history: the stages as they know them, by day (applications.stages).
    context = {"applications": [(application, application.applicant_timeline()) for application in rows]}
    return TemplateResponse(request, "applicants/applications.html", context)


@require_http_methods(["GET", "POST"])
@applicant_required
def withdraw_application(request, pk: int):
    application = _get_own_application(request, pk)
    if application.is_final and request.method == "GET":  # nothing to confirm: say so where it is listed
        title = application.vacancy.title
        messages.info(
            request, gettext("Your application for %(title)s can no longer be withdrawn.") % {"title": title}
        )
        return redirect("applicants:applications")
    if request.method == "POST":
        try:
            withdraw(application)
        except ApplicationRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                gettext("You withdrew your application for %(title)s.")
                % {"title": application.vacancy.title},
            )
        return redirect("applicants:applications")
    return TemplateResponse(request, "applicants/withdraw.html", {"application": application})
