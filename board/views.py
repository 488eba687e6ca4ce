from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.html import linebreaks
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.views.decorators.http import conditional_page, require_http_methods, require_safe

from access.decorators import applicant_required
from access.ratelimits import rate_limited
from vacancies.models import Vacancy, shown_in_reader_language

from . import alerts as job_alerts
from . import structured_data
from .forms import BoardSearchForm, VisitorAlertForm
from .search import VacancySearch

PAGE_SIZE = 20


def _cacheable_for_visitors(request, response):
    """A visitor's page is the same for every visitor (it sets no cookie): shared caches may keep it a few
    minutes. A signed-in person's page names them, and a page showing a message was meant for one reader:
    theirs alone."""
    if request.user.is_authenticated or len(messages.get_messages(request)):
        patch_cache_control(response, private=True, max_age=0)
    else:
        patch_cache_control(response, public=True, max_age=settings.BOARD_CACHE_SECONDS)
    patch_vary_headers(response, ["Cookie", "HX-Request"])
    return response


@require_safe
@conditional_page  # an ETag of the page: a reader or cache that has it gets 304 Not Modified
def vacancy_list(request):
    open_vacancies = Vacancy.objects.open()
    form = BoardSearchForm(request.GET or None, open_vacancies=open_vacancies)
    found = form.filter(open_vacancies) if form.is_bound else open_vacancies
    found = found.order_by(F("deadline").asc(nulls_last=True), "title", "pk")
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = shown_in_reader_language(page.object_list)  # the notice in the reader's language
    query = {k: v for k, v in request.GET.items() if k != "page" and v}
    search = form.search() if form.is_bound else VacancySearch()
    context = {
        "form": form,
        "page": page,
        "query": urlencode(query),
        "alert_url": reverse("board:alert_new")
        + (f"?{urlencode(search.to_json())}" if not search.is_empty() else ""),
    }
    template_name = "board/list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template_name += "#results"
    return _cacheable_for_visitors(request, TemplateResponse(request, template_name, context))


@require_safe
@conditional_page
def vacancy_detail(request, pk: int):
    vacancy = get_object_or_404(Vacancy.objects.open().prefetch_related("competency_requirements"), pk=pk)
    vacancy = shown_in_reader_language([vacancy])[0]  # the notice in the reader's language, else the other
    url = request.build_absolute_uri(reverse("board:vacancy", args=[vacancy.pk]))
    facts = {
        "title": vacancy.title,
        "organisation": vacancy.organisation,
        "location": vacancy.location,
        "grade": vacancy.grade,
        "deadline": vacancy.deadline,
    }
    posting = structured_data.job_posting(
        **facts,
        description_html=linebreaks(vacancy.cleaned_text or vacancy.title, autoescape=True),
        date_posted=timezone.localdate(vacancy.published_at or vacancy.created_at),
        url=url,
        identifier=str(vacancy.pk),
    )
    apply_path = reverse("applicants:vacancy", args=[vacancy.pk])
    context = {
        "vacancy": vacancy,
        "canonical_url": url,
        "description": structured_data.meta_description(**facts),
        "job_posting": structured_data.as_script(posting),
        "apply_path": apply_path,
        "login_url": f"{reverse('login')}?{urlencode({'next': apply_path})}",
        "signup_url": f"{reverse('applicants:signup')}?{urlencode({'next': apply_path})}",
    }
    return _cacheable_for_visitors(request, TemplateResponse(request, "board/vacancy.html", context))


# Job alerts


def _search_asked(request) -> VacancySearch:
    return VacancySearch.from_json(request.GET if request.method == "GET" else request.POST)


@require_http_methods(["GET", "POST"])
@rate_limited("job_alert")
def alert_new(request):
    """Save the search as an alert: an applicant's at once, a visitor's once their address confirms it."""
    if request.user.is_authenticated and not request.user.is_applicant:
        raise PermissionDenied(gettext("Job alerts are for applicants and visitors."))
    search = _search_asked(request)
    form = None if request.user.is_authenticated else VisitorAlertForm(request.POST or None)
    if request.method == "POST":
        if request.user.is_authenticated:
            try:
                job_alerts.save_applicant_alert(request.user, search)
            except job_alerts.AlertRefused as refusal:
                messages.error(request, str(refusal))
                return redirect("board:alerts")
            messages.success(request, gettext("Your alert is saved: we email you each new vacancy it finds."))
            return redirect("board:alerts")
        if form.is_valid():
            job_alerts.request_visitor_alert(form.cleaned_data["email"], search)
            context = {"search": search, "email": form.cleaned_data["email"]}
            return TemplateResponse(request, "board/alert_requested.html", context)
    context = {"search": search, "form": form, "fields": search.to_json()}
    return TemplateResponse(
        request, "board/alert_new.html", context, status=400 if form and form.errors else 200
    )


@require_safe
def alert_confirm(request, token: str):
    alert = job_alerts.confirm_alert(token)
    if alert is None:
        return TemplateResponse(request, "board/alert_link_invalid.html", {}, status=400)
    context = {"alert": alert, "unsubscribe_url": job_alerts.unsubscribe_path(alert)}
    return TemplateResponse(request, "board/alert_confirmed.html", context)


@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """The link in every alert email: no log-in, the signed token is the proof. GET asks, so that a mail
    scanner opening links unsubscribes nobody; POST deletes the alert."""
    ours, alert = job_alerts.alert_of_unsubscribe_token(token)
    if not ours:
        return TemplateResponse(request, "board/alert_link_invalid.html", {}, status=400)
    if request.method == "POST" and alert is not None:
        job_alerts.unsubscribe(alert)
        alert = None
    return TemplateResponse(request, "board/unsubscribe.html", {"alert": alert, "done": alert is None})


@require_safe
@applicant_required
def alerts(request):
    rows = [(alert, job_alerts.unsubscribe_path(alert)) for alert in job_alerts.alerts_of(request.user)]
    return TemplateResponse(request, "board/alerts.html", {"alerts": rows})
