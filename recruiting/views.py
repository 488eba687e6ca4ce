"""The recruiter's workspace: their vacancies, a vacancy's shortlist, a candidate's detail, compare, export.

Every view fetches the vacancy through ``queries.get_vacancy_for_recruiter`` (404 for a vacancy the
user may not see) and every candidate through the vacancy's matches (404 for one not matched to it);
the HTMX partials go through the very same views.
"""

import time
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_htmx.http import (
    HttpResponseClientRedirect,
    HttpResponseStopPolling,
    reswap,
    retarget,
    trigger_client_event,
)

from access.answers import CSRF_PLACEHOLDER
from access.decorators import recruiter_required
from access.ratelimits import rate_limited
from applications.attachments import serve
from applications.models import CLOSED_STAGES, OutcomeEmail, Stage
from applications.outcome import PLACEHOLDERS
from applications.stages import applicant_label
from audit.exports import EXPORTS_COUNTED
from audit.log import record, record_many
from audit.models import AuditEntry
from matching.reasons import criterion_label
from matching.services import competency_lines, run_progress
from reference.loading import current_reference

from . import charts, exports, generations, queries, refreshing, services
from .checklist import checklist_of
from .forms import (
    ApplicantEmailsForm,
    BlindReviewForm,
    BulkActionForm,
    EssentialDecisionForm,
    NoteForm,
    RatingForm,
    ShortlistFilterForm,
    StageForm,
    WeightsForm,
)

PAGE_SIZE = 50


def _get_vacancy_for_recruiter(request, pk: int):
    return queries.get_vacancy_for_recruiter(request.user, pk)


def _shortlist_as_left(request, vacancy) -> str:
    """This vacancy's shortlist with the recruiter's filters, taken from a form's ``next`` or the page that
    linked here when that is this shortlist on this site; the bare shortlist otherwise."""
    home = reverse("recruiting:shortlist", args=[vacancy.pk])
    for target in (request.POST.get("next"), request.GET.get("next"), request.headers.get("referer")):
        if target and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            parts = urlsplit(target)
            if parts.path == home:
                return home + (f"?{parts.query}" if parts.query else "")
    return home


def _back(request, vacancy):
    """Where a form without JavaScript returns to: the shortlist as the recruiter left it."""
    return redirect(_shortlist_as_left(request, vacancy))


def _email_window() -> str:
    """The undo window of a stage email in words: "2 minutes", "90 seconds"."""
    seconds = settings.STAGE_EMAIL_DELAY_SECONDS
    if seconds and seconds % 60 == 0:
        return ngettext("%(n)d minute", "%(n)d minutes", seconds // 60) % {"n": seconds // 60}
    return ngettext("%(n)d second", "%(n)d seconds", seconds) % {"n": seconds}


def _stage_context(**context) -> dict:
    """What every template that changes a stage needs: the stages, which close an application (confirmed
    first) and the email's undo window."""
    return {
        "stages": Stage.choices,
        "closing_stages": CLOSED_STAGES,
        "email_window": _email_window(),
        **context,
    }


def _confirm_move(
    request, vacancy, *, who: str, stage: str, fields: list[tuple[str, object]], told: bool = True
):
    """Asks before a move that closes applications, when the page's dialog did not (no JavaScript).
    ``told``: whether the move is emailed (one candidate with no account is not; several may be)."""
    context = {
        "vacancy": vacancy, "who": who, "stage_label": Stage(stage).label, "email_window": _email_window(),
        "told": told,
        "action": request.path, "fields": [*fields, ("stage", stage)],
        "back": _shortlist_as_left(request, vacancy),
    }  # fmt: skip
    if not request.htmx:
        return TemplateResponse(request, "recruiting/confirm_move.html", context)
    response = TemplateResponse(request, "recruiting/confirm_move.html#confirm", context)
    return reswap(retarget(response, "#main"), "innerHTML show:window:top")


# My vacancies


@require_safe
@recruiter_required
def vacancies(request):
    template_name = "recruiting/vacancies.html"
    if request.htmx:
        template_name += "#vacancy-table"
    # Kept per state of the recruiter's vacancies: their rows, generations and whether a run rescores them
    # (one small query; issue 16, point 10). While a run runs, their generations change every few seconds.
    state = generations.vacancies_state(request.user)
    key = None
    if not len(messages.get_messages(request)):
        key = generations.page_key(request, "my-vacancies", state)
        if (html := generations.kept(key)) is not None:
            return HttpResponse(html.replace(_CSRF_PLACEHOLDER, get_token(request)))
    vacancies = queries.vacancies_overview(
        request.user, {pk: generation for pk, generation, *_ in state["vacancies"]}
    )
    context = {"vacancies": vacancies, "stages": Stage.choices, "csrf_token": _CSRF_PLACEHOLDER}
    return _kept(
        TemplateResponse(request, template_name, context), None, (key, None), generations.KEEP_SECONDS
    )


@require_safe
@recruiter_required
def progress(request, pk: int):
    """The rescoring progress bar; polled every 2 s, it stops polling (286) and says "refresh" once done."""
    vacancy = _get_vacancy_for_recruiter(request, pk)
    figures = run_progress(queries.running_runs(vacancy))
    response = TemplateResponse(
        request, "recruiting/_progress.html", {"vacancy": vacancy, "progress": figures}
    )
    if figures["running"]:
        return response
    response = HttpResponseStopPolling(response.rendered_content)
    return trigger_client_event(response, "scores-updated")


# A vacancy's shortlist

_SHORTLIST = "recruiting/shortlist.html"  # the page, and its table and chart as partials


@require_safe
@recruiter_required
def shortlist(request, pk: int):
    # Who may see it, before anything is served; with its generation, read before what it keys.
    vacancy = queries.get_vacancy_for_recruiter(request.user, pk, with_generation=True)
    generation = generations.of(vacancy)
    if request.htmx.target == "score-chart":
        context = _chart_context(request, vacancy, generation)
        return TemplateResponse(request, _SHORTLIST + "#score-chart", context)
    form = ShortlistFilterForm(request.GET, blind=vacancy.blind_review)
    if request.htmx and not request.htmx.history_restore_request:
        return _shortlist_table(request, vacancy, form, generation)
    # The whole page is kept too, per recruiter (it names them) and whether a rescoring runs (its banner then
    # shows the progress as rendered, and polls for more; while it runs the generation changes every few s).
    # The answer before (``kept_or_previous``) may be one rendered with no run: the same part, whatever runs.
    running = vacancy.rescoring
    part = f"page:{request.user.pk}:{request.user.email}"
    key, latest = _keys_unless_messages(request, vacancy, generation, f"{part}:{running}", part)
    shown = partial(refreshing.during_the_run, request=request, vacancy=vacancy)
    if key:
        html, claim = generations.kept_or_previous(vacancy, key, latest, shown)
        if html is not None:
            html = html.replace(_CSRF_PLACEHOLDER, get_token(request))
            if claim:  # the answer before now, this generation's page once it is sent
                page = partial(_shortlist_page, request, vacancy, form, generation, (key, latest))
                return generations.render_after(html, vacancy, claim, page)
            return HttpResponse(html)
    return _shortlist_page(request, vacancy, form, generation, (key, latest))


def _shortlist_page(request, vacancy, form, generation: int, keys: tuple) -> TemplateResponse:
    """The whole shortlist page rendered afresh for this generation, and kept under ``keys``."""
    progress = run_progress(queries.running_runs(vacancy)) if vacancy.rescoring else {"running": False}
    # This generation's table, not the one before: the page is kept for this generation.
    table = _shortlist_table(request, vacancy, form, generation, previous=False)
    context = _stage_context(vacancy=vacancy, form=form, table=mark_safe(table.kept_html))  # noqa: S308
    context.update(getattr(table, "context_data", None) or {})
    context.update(_chart_context(request, vacancy, generation), blind_form=_blind_form(vacancy))
    context["view_counts"] = queries.view_counts(request.user, vacancy, generation=generation)
    context.update(progress=progress, progress_slot=refreshing.PROGRESS_SLOT, csrf_token=_CSRF_PLACEHOLDER)
    seconds = max(1, int(table.keep_until - time.time()))  # no longer than the table it shows
    return _kept(TemplateResponse(request, _SHORTLIST, context), vacancy, keys, seconds)


# Stands for the request's CSRF token in a kept table, which every recruiter's request is served from.
_CSRF_PLACEHOLDER = CSRF_PLACEHOLDER


def _shortlist_table(request, vacancy, form, generation: int, *, previous: bool = True) -> HttpResponse:
    """The shortlist's table (the HTMX answer to a filter, a page, a sort; part of the full page), kept in
    the cache per generation of the vacancy (recruiting.generations) and query string: a recruiter's click
    through filters is then served without a query over the results (issue 18, point 5). ``previous``: while
    a run rescores the vacancy, the answer before may be served (``generations.kept_or_previous``)."""
    key, latest = _keys_unless_messages(request, vacancy, generation, "table")
    shown = _table_during_the_run(request, vacancy) if previous else None
    if key:
        kept, claim = generations.kept_or_previous(vacancy, key, latest, shown)
        if kept is not None:
            html, keep_until = kept
            sent = html.replace(_CSRF_PLACEHOLDER, get_token(request))
            if claim:  # the answer before now, this generation's table once it is sent
                table = partial(_render_table, request, vacancy, form, (key, latest))
                response = generations.render_after(sent, vacancy, claim, table)
            else:
                response = HttpResponse(sent)
            response.kept_html, response.keep_until = html, keep_until
            return response
    return _render_table(request, vacancy, form, (key, latest))


def _render_table(request, vacancy, form, keys: tuple) -> TemplateResponse:
    """The shortlist's table rendered afresh, and kept under ``keys``."""
    filters = form.values()
    candidate_ids = queries.shortlist(request.user, vacancy, filters).values_list("candidate_id", flat=True)
    page = Paginator(candidate_ids, PAGE_SIZE).get_page(filters.get("page"))
    rows = queries.for_display(queries.with_details(request.user, vacancy, list(page.object_list)), vacancy)
    context = _stage_context(vacancy=vacancy, form=form, page=page, rows=rows, csrf_token=_CSRF_PLACEHOLDER)
    # While a run rescores the vacancy, its new scores show every few seconds: the table says when it was read;
    # otherwise it marks when, should a run begin while it is kept (recruiting.refreshing).
    read_at = timezone.localtime()
    if vacancy.rescoring:
        context["read_at"] = read_at
    else:
        context["read_at_slot"] = refreshing.read_at_slot(read_at)
    response = TemplateResponse(request, _SHORTLIST + "#shortlist-table", context)
    seconds = generations.keep_for(row.email_at for row in rows)  # until a pending email's window ends
    response.keep_until = time.time() + seconds
    return _kept(response, vacancy, keys, seconds, keep_until=response.keep_until)


def _table_during_the_run(request, vacancy):
    """How a kept table (its HTML, when it is kept until) is shown while a run rescores the vacancy."""

    def shown(kept: tuple[str, float]) -> tuple[str, float]:
        return refreshing.during_the_run(kept[0], request, vacancy), kept[1]

    return shown


def _keys_unless_messages(
    request, vacancy, generation: int, part: str, latest_part: str | None = None
) -> tuple[str | None, str | None]:
    """The cache key of this answer and of the latest one kept of its kind, ``latest_part`` if it differs
    (``generations.kept_or_previous``); None when a message waits to be shown (once: such an answer is not
    kept)."""
    if len(messages.get_messages(request)):
        return None, None
    latest = generations.cache_key(request, vacancy, "latest", latest_part or part)
    return generations.cache_key(request, vacancy, generation, part), latest


def _kept(response: TemplateResponse, vacancy, keys: tuple, seconds: int, **extra) -> TemplateResponse:
    """The response rendered, kept under its ``keys`` with the CSRF placeholder, sent with the request's
    token."""
    html = response.kept_html = response.render().content.decode()
    value = (html, *extra.values()) if extra else html
    if keys[0] and keys[1]:  # a shortlist's answer: the latest of its kind too (``kept_or_previous``)
        generations.keep_with_previous(vacancy, *keys, value, seconds)
    elif keys[0]:
        generations.keep(keys[0], value, seconds)
    response.content = html.replace(_CSRF_PLACEHOLDER, get_token(request=response._request))
    return response


def _chart_context(request, vacancy, generation: int | None = None) -> dict:
    picture = queries.shortlist_picture(request.user, vacancy, generation=generation)
    figures = picture.distribution
    total = sum(sum(b) for b in figures.bins)
    return {
        "vacancy": vacancy,
        "counts": picture.counts,
        "histogram": charts.score_histogram(
            figures.bins,
            title=ngettext("Scores of %(total)d candidate", "Scores of %(total)d candidates", total)
            % {"total": total},
        ),
        "missed": charts.missed_essentials(
            [(criterion_label(criterion), n) for criterion, n in figures.missed],
            total=total,
            title=_("Candidates missing each essential requirement"),
        ),
    }


def _blind_form(vacancy) -> BlindReviewForm:
    return BlindReviewForm(
        initial={"blind_review": vacancy.blind_review, "reveal_stage": vacancy.reveal_stage}
    )


@require_safe
@recruiter_required
def candidate(request, pk: int, candidate_id: int):
    """A scored candidate in full; expanded in place under the row, or as a page of its own."""
    vacancy = _get_vacancy_for_recruiter(request, pk)
    match = queries.get_match_for_recruiter(request.user, vacancy, candidate_id)
    template_name = "recruiting/candidate.html"
    if request.htmx:
        template_name += "#detail-slot" if "close" in request.GET else "#row-detail"
    if "close" not in request.GET:  # collapsing the row shows nothing
        record(request.user, AuditEntry.Action.VIEWED, vacancy_id=vacancy.pk, candidate_id=candidate_id)
    return TemplateResponse(request, template_name, _candidate_context(request, vacancy, match))


def _candidate_context(request, vacancy, match, *, decision_form=None) -> dict:
    [match] = queries.for_display([match], vacancy)
    return {
        **_stage_context(), "vacancy": vacancy, "row": match,
        "application": queries.application_of(vacancy, match.candidate_id),
        "documents_hidden": queries.documents_hidden(request.user, vacancy, match.stage),
        "notes": queries.notes_of(vacancy, match.candidate_id),
        "ratings": queries.ratings_of(request.user, vacancy, match.candidate_id),
        "checklist": checklist_of(match, form=decision_form, blind=match.blind),
        "note_form": NoteForm(), "rating_form": RatingForm(),
    }  # fmt: skip


@require_safe
@recruiter_required
def document(request, pk: int, candidate_id: int, document_id: int):
    """A document the applicant attached to their application, as a download; opening it is a view."""
    vacancy = _get_vacancy_for_recruiter(request, pk)
    document = queries.get_document_for_recruiter(request.user, vacancy, candidate_id, document_id)
    record(request.user, AuditEntry.Action.VIEWED, vacancy_id=vacancy.pk, candidate_id=candidate_id,
           detail=f"document #{document.pk}")  # fmt: skip
    return serve(document)


@require_POST
@recruiter_required
def stage(request, pk: int, candidate_id: int):
    """Move one candidate: the row's Save or Undo button, or the candidate page's form."""
    vacancy = _get_vacancy_for_recruiter(request, pk)
    [row] = queries.for_display(
        [queries.get_match_for_recruiter(request.user, vacancy, candidate_id)], vacancy
    )
    form = StageForm(request.POST)
    rank = request.POST.get("rank", "")
    if form.is_valid() and form.needs_confirmation:
        fields = [("next", request.POST.get("next", "")), ("rank", rank)]
        return _confirm_move(
            request, vacancy, who=row.label, stage=form.chosen_stage, fields=fields, told=row.told_of_stages
        )
    refusal = None
    if form.is_valid():
        try:
            services.move_candidates(vacancy, [candidate_id], form.chosen_stage, by=request.user)
        except services.NotApplicants:
            refusal = _("%(who)s has not applied for this vacancy: stages are for applicants only.") % {
                "who": row.label
            }
    if not request.htmx:
        if refusal:
            messages.error(request, refusal)
        return _back(request, vacancy)
    [row] = queries.for_display(
        [queries.get_match_for_recruiter(request.user, vacancy, candidate_id)], vacancy
    )
    context = _stage_context(vacancy=vacancy, row=row, rank=rank, row_error=refusal)
    return TemplateResponse(request, "recruiting/shortlist.html#shortlist-row", context)


@require_POST
@recruiter_required
def bulk(request, pk: int):
    """The bulk bar: move the ticked candidates to a stage, or compare them."""
    vacancy = _get_vacancy_for_recruiter(request, pk)
    ids = [int(v) for v in request.POST.getlist("c") if v.isdigit()]
    form = BulkActionForm(
        request.POST, candidate_ids=queries.matched_candidate_ids(request.user, vacancy, ids)
    )
    if form.is_valid() and form.cleaned_data["action"] == "compare":
        url = (
            reverse("recruiting:compare", args=[vacancy.pk])
            + "?"
            + urlencode({"c": form.cleaned_data["c"]}, True)
        )
        return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
    if form.is_valid() and form.cleaned_data["action"] == "invite":
        _say_invited(request, services.invite_to_apply(vacancy, form.cleaned_data["c"], by=request.user))
    elif form.is_valid() and form.needs_confirmation:
        chosen = form.cleaned_data["c"]
        who = ngettext("%(n)d candidate", "%(n)d candidates", len(chosen)) % {"n": len(chosen)}
        fields = [("action", "move"), ("next", request.POST.get("next", "")), *(("c", pk) for pk in chosen)]
        return _confirm_move(request, vacancy, who=who, stage=form.cleaned_data["stage"], fields=fields)
    elif form.is_valid():
        try:
            moved = services.move_candidates(
                vacancy, form.cleaned_data["c"], form.cleaned_data["stage"], by=request.user
            )
        except services.NotApplicants as refusal:
            messages.error(request, _("Nobody was moved: %(why)s") % {"why": refusal})
            return _after_bulk(request, vacancy)
        messages.success(
            request,
            ngettext("Moved %(n)d candidate to %(stage)s.", "Moved %(n)d candidates to %(stage)s.", moved)
            % {"n": moved, "stage": Stage(form.cleaned_data["stage"]).label},
        )
        if emailed := queries.pending_emails(vacancy, form.cleaned_data["c"]):
            messages.info(request, ngettext(
                "%(n)d applicant is emailed about it in %(window)s, unless moved back before then.",
                "%(n)d applicants are emailed about it in %(window)s, unless moved back before then.",
                emailed,
            ) % {"n": emailed, "window": _email_window()})  # fmt: skip
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return _after_bulk(request, vacancy)


def _after_bulk(request, vacancy):
    if request.htmx:
        return trigger_client_event(HttpResponse(status=204), "shortlist-changed")
    return _back(request, vacancy)


def _say_invited(request, outcome) -> None:
    """Tells what inviting did: who was invited, who had been already (not emailed again), who could not be."""
    if outcome.invited:
        messages.success(request, ngettext(
            "Invited %(n)d candidate to apply: they are emailed a link to the vacancy.",
            "Invited %(n)d candidates to apply: they are emailed a link to the vacancy.",
            len(outcome.invited),
        ) % {"n": len(outcome.invited)})  # fmt: skip
    for invitation in outcome.already:
        messages.info(request, _(
            "Candidate #%(id)d was already invited by %(who)s on %(when)s; the invitation was not sent again."
        ) % {
            "id": invitation.candidate_id,
            "who": invitation.invited_by.get_full_name() if invitation.invited_by else _("a former recruiter"),
            "when": date_format(timezone.localtime(invitation.invited_at), "j F Y"),
        })  # fmt: skip
    if outcome.not_in_pool:
        messages.error(request, ngettext(
            "%(n)d candidate was not invited: they applied already or do not consent to be matched.",
            "%(n)d candidates were not invited: they applied already or do not consent to be matched.",
            len(outcome.not_in_pool),
        ) % {"n": len(outcome.not_in_pool)})  # fmt: skip


@require_POST
@recruiter_required
def invite(request, pk: int, candidate_id: int):
    """Invite one candidate of the pool to apply: the row's button, or the candidate page's."""
    vacancy = _get_vacancy_for_recruiter(request, pk)
    queries.get_match_for_recruiter(request.user, vacancy, candidate_id)
    outcome = services.invite_to_apply(vacancy, [candidate_id], by=request.user)
    if not request.htmx:
        _say_invited(request, outcome)
        if request.POST.get("from") == "candidate":
            return redirect("recruiting:candidate", vacancy.pk, candidate_id)
        return _back(request, vacancy)
    [row] = queries.for_display(
        [queries.get_match_for_recruiter(request.user, vacancy, candidate_id)], vacancy
    )
    row_error = None
    if outcome.not_in_pool:
        row_error = _("Not invited: they applied already or do not consent to be matched.")
    context = _stage_context(vacancy=vacancy, row=row, rank=request.POST.get("rank", ""), row_error=row_error)
    return TemplateResponse(request, "recruiting/shortlist.html#shortlist-row", context)


@require_POST
@recruiter_required
def note(request, pk: int, candidate_id: int):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    match = queries.get_match_for_recruiter(request.user, vacancy, candidate_id)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(vacancy, candidate_id, form.cleaned_data["text"], by=request.user)
    if not request.htmx:
        return redirect("recruiting:candidate", vacancy.pk, candidate_id)
    context = {
        **_candidate_context(request, vacancy, match),
        "note_form": NoteForm() if form.is_valid() else form,
    }
    return TemplateResponse(request, "recruiting/candidate.html#notes", context)


def _in_shortlist(request, vacancy) -> bool:
    """Whether an HTMX request comes from the vacancy's shortlist (whose row then takes the news too)."""
    return urlsplit(request.htmx.current_url or "").path == reverse("recruiting:shortlist", args=[vacancy.pk])


@require_POST
@recruiter_required
def essential(request, pk: int, candidate_id: int):
    """Settle an essential line "to be assessed" (met / not met, with a reason), or undo the decision: the
    checklist comes back, with the verdict in the detail's head and, on the shortlist, in the row."""
    vacancy = _get_vacancy_for_recruiter(request, pk)
    match = queries.get_match_for_recruiter(request.user, vacancy, candidate_id)
    form = EssentialDecisionForm(request.POST, lines=match.decidable_lines)
    if form.is_valid():
        services.decide_essential(vacancy, match, **form.cleaned_data, by=request.user)
        match = queries.get_match_for_recruiter(request.user, vacancy, candidate_id)
    elif not request.htmx:
        context = _candidate_context(request, vacancy, match, decision_form=form)
        return TemplateResponse(request, "recruiting/candidate.html", context, status=400)
    if not request.htmx:
        return redirect(
            reverse("recruiting:candidate", args=[vacancy.pk, candidate_id]) + f"#essentials-{candidate_id}"
        )
    context = _candidate_context(request, vacancy, match, decision_form=form)
    context["in_shortlist"] = _in_shortlist(request, vacancy)
    response = TemplateResponse(request, "recruiting/candidate.html#essentials-update", context)
    return trigger_client_event(response, "essentials-decided") if form.is_valid() else response


@require_POST
@recruiter_required
def rating(request, pk: int, candidate_id: int):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    match = queries.get_match_for_recruiter(request.user, vacancy, candidate_id)
    form = RatingForm(request.POST)
    if form.is_valid():
        services.rate(vacancy, candidate_id, form.cleaned_data["stars"], by=request.user)
        match = queries.get_match_for_recruiter(request.user, vacancy, candidate_id)  # its new average
    if not request.htmx:
        return redirect("recruiting:candidate", vacancy.pk, candidate_id)
    context = {**_candidate_context(request, vacancy, match), "in_shortlist": _in_shortlist(request, vacancy)}
    return TemplateResponse(request, "recruiting/candidate.html#rating-update", context)


@require_safe
@recruiter_required
def compare(request, pk: int):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    ids = list(dict.fromkeys(int(v) for v in request.GET.getlist("c") if v.isdigit()))
    rows = []
    if 2 <= len(ids) <= 4:
        rows = queries.for_display(queries.matches_for_compare(request.user, vacancy, ids), vacancy)
        standings = competency_lines(vacancy, [row.candidate_id for row in rows])
        for row in rows:
            row.competency_lines = standings.get(row.candidate_id, ())
        record_many(request.user, AuditEntry.Action.VIEWED, vacancy_id=vacancy.pk,
                    candidate_ids=[row.candidate_id for row in rows], detail="compare")  # fmt: skip
    context = {
        "vacancy": vacancy,
        "rows": rows,
        "chosen": len(ids),
        "criteria": exports.CRITERIA,
        "stages": Stage.choices,
    }
    return TemplateResponse(request, "recruiting/compare.html", context, status=200 if rows else 400)


@require_POST
@recruiter_required
def blind_review(request, pk: int):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    form = BlindReviewForm(request.POST)
    if form.is_valid():
        services.set_blind_review(vacancy, **form.cleaned_data)
    if not request.htmx:
        return _back(request, vacancy)
    response = TemplateResponse(
        request, "recruiting/shortlist.html#blind-review", {"vacancy": vacancy, "blind_form": form}
    )
    return trigger_client_event(response, "shortlist-changed")


@require_safe
@recruiter_required
@rate_limited("export", method=EXPORTS_COUNTED)
def export(request, pk: int, fmt: str):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    filters = ShortlistFilterForm(request.GET, blind=vacancy.blind_review).values()
    keys = list(queries.shortlist(request.user, vacancy, filters).values_list("candidate_id", flat=True))
    rows = queries.for_display(queries.with_details(request.user, vacancy, keys), vacancy)
    filename = f"shortlist-{vacancy.pk}-{slugify(vacancy.title)[:40]}"
    histories = queries.stage_histories(vacancy, [row.candidate_id for row in rows])
    if fmt == "csv":
        response = HttpResponse(exports.as_csv(rows, histories), content_type="text/csv; charset=utf-8")
    else:
        workbook = exports.as_xlsx(rows, title=vacancy.title, histories=histories)
        response = HttpResponse(workbook, content_type=exports.XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    # One entry listing the people in the file, so each candidate's trail shows who took their data away.
    record_many(request.user, AuditEntry.Action.EXPORTED, vacancy_id=vacancy.pk,
                candidate_ids=[row.candidate_id for row in rows], detail=fmt)  # fmt: skip
    return response


@require_http_methods(["GET", "POST"])
@recruiter_required
def weights(request, pk: int):
    vacancy = _get_vacancy_for_recruiter(request, pk)
    defaults = current_reference().default_weights
    form = WeightsForm(request.POST or None, defaults=defaults, initial=vacancy.effective_weights(defaults))
    back = _shortlist_as_left(request, vacancy)
    if request.method == "POST" and form.is_valid():
        if services.change_weights(vacancy, form.cleaned_data, by=request.user):
            messages.success(request, _("Weights saved. The candidates are being scored again."))
        return redirect(back)
    return TemplateResponse(
        request, "recruiting/weights.html", {"vacancy": vacancy, "form": form, "back": back}
    )


@require_http_methods(["GET", "POST"])
@recruiter_required
def applicant_emails(request, pk: int):
    """What the vacancy tells its applicants: stage names and the outcome email."""
    vacancy = _get_vacancy_for_recruiter(request, pk)
    current = OutcomeEmail.objects.for_vacancy(vacancy)
    own = current.vacancy_id == vacancy.pk
    back = _shortlist_as_left(request, vacancy)
    if request.method == "POST" and "reset" in request.POST:
        services.reset_outcome_email(vacancy)
        messages.success(request, _("The outcome email is the one for every vacancy again."))
        return redirect(request.path)
    form = ApplicantEmailsForm(
        request.POST or None,
        instance=OutcomeEmail(subject=current.subject, body=current.body),
        initial={"show_stages_to_applicants": vacancy.show_stages_to_applicants},
    )
    if request.method == "POST" and form.is_valid():
        services.set_applicant_emails(
            vacancy, show_stages=form.cleaned_data["show_stages_to_applicants"],
            subject=form.cleaned_data["subject"], body=form.cleaned_data["body"], by=request.user,
        )  # fmt: skip
        messages.success(request, _("Saved: applicants are told in these words from now on."))
        return redirect(back)
    stages = [
        (label, applicant_label(stage, show_internal=False), applicant_label(stage, show_internal=True))
        for stage, label in Stage.choices
    ]
    context = {"vacancy": vacancy, "form": form, "own": own, "back": back, "stages": stages,
               "placeholders": PLACEHOLDERS}  # fmt: skip
    return TemplateResponse(
        request, "recruiting/applicant_emails.html", context, status=400 if form.errors else 200
    )
