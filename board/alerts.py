"""Job alerts: saving a search, confirming a visitor's address, sending one email per new vacancy, and
unsubscribing with a signed link that needs no log-in."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import asdict

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from candidates.models import Candidate
from matching.models import MatchResult
from matching.services import score_pairs
from vacancies.models import Vacancy

from .models import AlertEmail, JobAlert, address_key
from .search import VacancySearch

log = logging.getLogger(__name__)

CONFIRM_SALT = "board.alerts.confirm"
UNSUBSCRIBE_SALT = "board.alerts.unsubscribe"
CONFIRM_DAYS = 7
# What a consenting applicant's alert sends about: a vacancy they may apply to with a chance.
VERDICTS_ALERTED = {MatchResult.Verdict.ELIGIBLE, MatchResult.Verdict.TO_ASSESS}


class AlertRefused(Exception):
    """Why an alert cannot be saved, in words for the person."""


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


# Saving an alert


def save_applicant_alert(user, search: VacancySearch) -> JobAlert:
    """An applicant's alert, on at once: their address is the one they verified. The same search twice is
    one alert."""
    if not user.email_verified_at:
        raise AlertRefused(gettext("Verify your email address first: we send alerts to verified addresses."))
    existing = JobAlert.objects.filter(user=user, search=search.to_json()).first()
    if existing is not None:
        return existing
    return JobAlert.objects.create(
        user=user, email=user.email, search=search.to_json(), confirmed_at=timezone.now()
    )


def _current_language() -> str:
    """The language of the request being answered, as one of settings.LANGUAGES."""
    try:
        return translation.get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def request_visitor_alert(email: str, search: VacancySearch) -> bool:
    """A visitor's alert, off until the address confirms it with the link emailed now; False (logged) when
    the email could not be sent. The answer is the same whether the address has alerts or an account."""
    alert = JobAlert.objects.create(
        email=email.strip().lower(), search=search.to_json(), language=_current_language()
    )
    token = signing.dumps(alert.pk, salt=CONFIRM_SALT)
    context = {
        "search": search.describe(),
        "confirm_url": _absolute(reverse("board:alert_confirm", args=[token])),
        "valid_days": CONFIRM_DAYS,
    }
    with translation.override(alert.email_language):
        subject = render_to_string("board/alert_confirm_email_subject.txt", context).strip()
        body = render_to_string("board/alert_confirm_email.txt", context)
    try:
        EmailMessage(subject, body, to=[alert.email]).send()
    except OSError:
        log.exception("could not send the confirmation of job alert %s", alert.pk)
        return False
    return True


def confirm_alert(token: str) -> JobAlert | None:
    """Turn on the visitor's alert the link names; None for a bad or expired link (or a deleted alert)."""
    try:
        pk = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_DAYS * 86400)
    except signing.BadSignature:
        return None
    alert = JobAlert.objects.filter(pk=pk).first()
    if alert is not None and alert.confirmed_at is None:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])
    return alert


def forget_unconfirmed_alerts(*, now=None) -> int:
    """Delete the visitors' alerts whose confirmation link has expired unopened: an address nobody confirmed
    is not kept. Returns how many."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=CONFIRM_DAYS)
    deleted, _ = JobAlert.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()
    return deleted


# Unsubscribing


def unsubscribe_path(alert: JobAlert) -> str:
    """The link in every alert email: it works without logging in, for as long as the alert exists."""
    return reverse("board:unsubscribe", args=[signing.dumps(alert.pk, salt=UNSUBSCRIBE_SALT)])


def unsubscribe_url(alert: JobAlert) -> str:
    return _absolute(unsubscribe_path(alert))


def alert_of_unsubscribe_token(token: str) -> tuple[bool, JobAlert | None]:
    """(the link is ours, the alert it names if it still exists)."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return False, None
    return True, JobAlert.objects.filter(pk=pk).first()


def unsubscribe(alert: JobAlert) -> None:
    """Delete the alert: nothing more is sent for it."""
    alert.delete()


# Sending


def _finds(alert: JobAlert, vacancy: Vacancy) -> bool:
    """The board's own search (``VacancyQuerySet.search``), asked of this one vacancy."""
    return Vacancy.objects.filter(pk=vacancy.pk).search(**asdict(alert.vacancy_search)).exists()


def _assessed_out(alerts: list[JobAlert], vacancy: Vacancy) -> set[int]:
    """The users, among the alerts' applicants who consent to be matched, whom the engine finds not eligible
    for the vacancy: they are not alerted. Scored here, unsaved, so the answer needs no finished run."""
    consenting = dict(
        Candidate.objects.filter(
            user__in=[a.user_id for a in alerts if a.user_id], consent_at__isnull=False
        ).values_list("pk", "user_id")
    )
    if not consenting:
        return set()
    results = score_pairs([vacancy.pk], list(consenting))
    return {consenting[r.candidate_id] for r in results if r.verdict not in VERDICTS_ALERTED}


def send_job_alerts(vacancy_id: int) -> int:
    """One email to each address whose confirmed alert finds the newly published vacancy; returns how many
    were sent. Each is claimed first (``AlertEmail``): running this again, or two alerts of one address
    finding the vacancy, sends nothing more."""
    vacancy = Vacancy.objects.open().filter(pk=vacancy_id).first()
    if vacancy is None:  # closed or unpublished since
        return 0
    alerts = [a for a in JobAlert.objects.confirmed().order_by("pk") if _finds(a, vacancy)]
    assessed_out = _assessed_out(alerts, vacancy)
    sent = 0
    for alert in alerts:
        if alert.user_id in assessed_out:
            continue
        try:
            with transaction.atomic():
                claim = AlertEmail.objects.create(
                    alert=alert, address_key=address_key(alert.email), vacancy=vacancy
                )
        except IntegrityError:  # emailed already
            continue
        try:
            _send_alert_email(alert, vacancy)
        except OSError:
            claim.delete()  # the task retries it
            raise
        sent += 1
    return sent


def _send_alert_email(alert: JobAlert, vacancy: Vacancy) -> None:
    unsubscribe = unsubscribe_url(alert)
    context = {
        "vacancy": vacancy,
        "vacancy_url": _absolute(reverse("board:vacancy", args=[vacancy.pk])),
        "unsubscribe_url": unsubscribe,
    }
    with translation.override(alert.email_language):  # the reader's language, not the worker's
        context["search"] = alert.vacancy_search.describe()
        context["vacancy"] = vacancy.shown_in(alert.email_language)  # its notice in that language, if any
        subject = render_to_string("board/alert_email_subject.txt", context).strip()
        body = render_to_string("board/alert_email.txt", context)
    # One click in the mail client's own "Unsubscribe" opens the same page (RFC 2369).
    EmailMessage(subject, body, to=[alert.email], headers={"List-Unsubscribe": f"<{unsubscribe}>"}).send()


# Their data


def alerts_of(user):
    return JobAlert.objects.of(user)


def export_alerts(user) -> list[dict]:
    """The person's alerts for "My data"."""
    return [
        {
            "search": alert.search,
            "email": alert.email,
            "created_at": alert.created_at.isoformat(),
            "confirmed_at": alert.confirmed_at.isoformat() if alert.confirmed_at else None,
            "vacancies_emailed": list(alert.emails.values_list("vacancy__title", flat=True)),
        }
        for alert in alerts_of(user)
    ]


def erase_alerts(user) -> None:
    """Delete the person's alerts, their account's and those their address made as a visitor, and the record
    of what was sent to the address."""
    alerts_of(user).delete()
    AlertEmail.objects.filter(address_key=address_key(user.email)).delete()
