"""What an applicant does: sign up, verify their email, read their matches, apply."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet, TextField
from django.db.models.functions import MD5, Cast, Concat, TruncDate
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes, force_str
from django.utils.formats import date_format
from django.utils.http import urlencode, urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from access.answers import read_together
from applications.models import Application, StageChange, stage_email_delay
from applications.services import ApplicationRefused, apply
from candidates.models import Candidate
from candidates.services import PRIVACY_NOTICE_VERSION
from candidates.signals import request_rescoring
from matching.models import EssentialDecision, MatchResult, ScoringRun
from matching.reasons import ESSENTIAL_CRITERIA
from matching.scoring import CRITERIA as SCORED_CRITERIA
from matching.scoring import ENGINE_VERSION
from reference.languages import displayed_language
from vacancies.models import DEGREE_ALTERNATIVES, NoticeText, Vacancy

from .tokens import email_verification_token

# accounts.User, through the setting: applicants and accounts stay independent (README.md, "Layout").
User = get_user_model()

log = logging.getLogger(__name__)
KEEP_SECONDS = 600  # how long a page is kept at most; a new state makes it unreachable at once

CRITERION_LABELS = {
    "degree": _("Degree"),
    "experience": _("Experience"),
    "languages": _("Languages"),
    "nationality": _("Nationality"),
    "competencies": _("Competencies"),
    "desirable": _("Desirable criteria"),
    "relevance": _("Relevance of your experience"),
}


# Accounts


@transaction.atomic
def sign_up(*, email: str, full_name: str, password: str, consent: bool, nationality: str = "") -> User:
    """An applicant account and its candidate row; ``consent``: to be matched against every open vacancy
    (recorded with the current privacy notice's version), which is optional: applying needs none.

    A consenting candidate is scored against the open vacancies once the account is committed, so that
    "My matches" fills in while they build their profile.
    """
    # Their emails are in the language they signed up in, until they choose another.
    user = User.objects.create_user(
        email, password, full_name=full_name, role=User.Role.APPLICANT, preferred_language=_current_language()
    )
    candidate = Candidate.objects.create(
        user=user,
        name=full_name,
        email=user.email,
        nationality=nationality,
        consent_at=timezone.now() if consent else None,
        consent_version=PRIVACY_NOTICE_VERSION if consent else "",
    )
    request_rescoring([candidate.pk], reason="signed up", candidate=candidate)
    return user


def register(
    *,
    email: str,
    full_name: str,
    password: str,
    consent: bool,
    nationality: str = "",
    site_url: str = "",
    next_page: str = "",
) -> None:
    """Sign-up, answering the same whether the address has an account or not, so that it tells nobody who
    has one: a new address gets an account and its verification link; an address that has one gets an email
    saying that someone tried, with where to log in or reset the password. Both do the same work (hash the
    password, send one email), so the time taken does not tell them apart either."""
    owner = User.objects.filter(email=email).first()
    if owner is None:
        try:
            user = sign_up(
                email=email, full_name=full_name, password=password, consent=consent, nationality=nationality
            )
        except IntegrityError:  # the same address signed up a moment ago, in another request
            owner = User.objects.get(email=email)
        else:
            send_verification_email(user, site_url=site_url, next_page=next_page)
            return
    make_password(password)  # the work creating an account does
    _send_email(
        owner, "registration/signup_attempt_email", {"site_url": (site_url or settings.SITE_URL).rstrip("/")}
    )


def _current_language() -> str:
    """The language being written in (the request's, in a request), as one of settings.LANGUAGES."""
    try:
        return translation.get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return ""


def _send_email(user: User, template: str, context: dict) -> bool:
    """One email to the user from ``template``_subject.txt and .txt; False (logged) when the server fails."""
    context = {"user": user, **context}
    with translation.override(user.email_language):  # the language they chose, not the sender's
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    try:
        send_mail(subject, body, None, [user.email])
    except OSError:  # smtplib's errors are OSErrors; the applicant can ask for the link again
        log.exception("could not send %s to user %s", template, user.pk)
        return False
    return True


def send_verification_email(user: User, *, site_url: str = "", next_page: str = "") -> bool:
    """Email a one-use verification link; returns False (and logs) when the mail server fails. ``next_page``
    (a path: the vacancy a visitor wanted to apply for) is where the link lands once they log in."""
    path = reverse(
        "applicants:verify_email",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": email_verification_token.make_token(user),
        },
    )
    if next_page:
        path += "?" + urlencode({"next": next_page})
    context = {
        "verify_url": (site_url or settings.SITE_URL).rstrip("/") + path,
        "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
    }
    return _send_email(user, "registration/verification_email", context)


def verify_email(uidb64: str, token: str) -> User | None:
    """Mark the address verified when the link is good; None for a bad, expired or used link."""
    try:
        user = User.objects.get(pk=int(force_str(urlsafe_base64_decode(uidb64))))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        return None
    if not email_verification_token.check_token(user, token):
        return None
    user.email_verified_at = timezone.now()
    user.save(update_fields=["email_verified_at"])
    return user


# Matches


@dataclass(frozen=True)
class MatchCard:
    """An open vacancy as one applicant sees it: the vacancy and their stored match, if scored yet."""

    vacancy: Vacancy
    match: MatchResult | None
    html: str = ""  # the card as rendered (``applicants.views``), kept per state of what it shows

    @property
    def met(self) -> list[str]:
        """The scorer's reasons for the criteria met in full; an unmet essential is never "met"."""
        return [reason for reason, status in self._reasons() if status == "met"]

    @property
    def stronger(self) -> list[str]:
        """Criteria that earned some of their points: where the applicant could score higher."""
        return [reason for reason, status in self._reasons() if status == "partly"]

    def _reasons(self) -> list[tuple[str, str]]:
        if self.match is None:
            return []
        reasons = []
        for name, part in self.match.breakdown.items():
            if not part.get("weight") or not part.get("reason"):
                continue
            if name in ESSENTIAL_CRITERIA:
                # An essential met counts as met even when a better level would earn more points.
                if _essential_status(name, self.match) == "met":
                    reasons.append((part["reason"], "met"))
            elif part.get("points", 0) > 0:
                reasons.append((part["reason"], _points_status(part)))
        return reasons

    @property
    def sort_key(self) -> tuple:
        if self.match is None:
            return (1, 0, 0.0, self.vacancy.deadline or dt.date.max, self.vacancy.pk)
        return (
            0,
            -self.match.verdict,
            -self.match.score,
            self.vacancy.deadline or dt.date.max,
            self.vacancy.pk,
        )


def ranked_matches(candidate: Candidate | None, vacancies: QuerySet[Vacancy]) -> list[MatchCard]:
    """The vacancies ranked for this candidate: eligible, to assess, not eligible (each by score), then
    the vacancies not scored yet.

    Without consent to be matched, every vacancy is unscored (by deadline): the scores made for the
    vacancies they applied for belong to those applications, not to a list of matches.
    """
    matches = {}
    if candidate is not None and candidate.consent_at is not None:
        found = list(MatchResult.objects.filter(candidate=candidate, vacancy__in=vacancies))
        MatchResult.explain_together(found)  # their words, in one batch when the page first reads one
        matches = {m.vacancy_id: m for m in found}
    cards = [MatchCard(vacancy, matches.get(vacancy.pk)) for vacancy in vacancies]
    return sorted(cards, key=lambda card: card.sort_key)


def matches_updating(candidate: Candidate) -> bool:
    """True while some of the candidate's scores are not fresh (``MatchResult.objects.stale``: an older
    profile, vacancy or engine) or a rescoring run is under way.

    Only open vacancies count: a closed one is never rescored, so its old score would stay behind forever.
    """
    stale = MatchResult.objects.filter(candidate=candidate, vacancy__in=Vacancy.objects.open()).stale()
    running = ScoringRun.objects.filter(candidate=candidate, status=ScoringRun.Status.RUNNING)
    return stale.exists() or running.exists()


def matches_state(user: User, candidate: Candidate | None) -> dict:
    """What "My matches" shows depends on, read in one round trip to the database (``answers.read_together``;
    no result explained): the answer is kept whole per this state (``applicants.views.matches``), so a change
    to any of it is a new page.

    The candidate's row (consent, profile version: every profile change bumps it); each open vacancy's row
    (what a card shows, its requirements version: a correction, new weights or reference data bump it) and
    its notice texts (the reader's language); the candidate's results for them (each one's figures, versions
    and the day it was computed: the explanation is worked out from them, as of that day), the recruiters'
    decisions on their essential lines, the scoring runs under way for them; their applications with their
    stage changes (whether each says "Applied" or "Not selected"); the engine's version. What time changes
    without a write is in it too: the day (a deadline passing) is in the page's key, each stage change says
    whether it has left its undo window."""
    open_vacancies = Vacancy.objects.open().order_by("pk")
    settled = ExpressionWrapper(
        Q(changed_at__lte=timezone.now() - stage_email_delay()), output_field=BooleanField()
    )
    parts = {
        "vacancies": open_vacancies.values_list(
            "pk", "updated_at", "requirements_version", "status", "deadline", "show_stages_to_applicants"
        ),
        "notices": NoticeText.objects.filter(vacancy__in=open_vacancies)
        .order_by("pk")
        .values_list("pk", "vacancy_id", "language", MD5(Concat("raw_text", Cast("parsed", TextField())))),
        "applications": _own_applications(user)
        .order_by("pk")
        .values_list("pk", "vacancy_id", "stage", "source", "updated_at"),
        # Each change with whether it has left its undo window (``Application.applicant_timeline``): the page
        # changes when one does, without a write.
        "stage_changes": StageChange.objects.filter(application__in=_own_applications(user))
        .order_by("pk")
        .values_list(
            "application_id", "application__vacancy_id", "pk", "to_stage", "changed_by_id", "changed_at",
            "notified_at", settled,
        ),
    }  # fmt: skip
    if candidate is not None:
        parts.update(
            # Keyed by what a card shows, not by when its result was computed: the day it is explained as of
            # (in the reader's time zone). A rescoring that gives the same result leaves the page as kept.
            results=MatchResult.objects.filter(candidate=candidate, vacancy__in=open_vacancies)
            .order_by("vacancy_id")
            .values_list(
                "vacancy_id", TruncDate("computed_at"), "verdict", "score", "vacancy_version", "profile_version",
                "engine_version", "line_statuses", "decided_lines", "criteria",
                *(f"{criterion}_points" for criterion in SCORED_CRITERIA),
            ),
            decisions=EssentialDecision.objects.filter(candidate=candidate)
            .order_by("pk")
            .values_list("pk", "vacancy_id", MD5("line"), "outcome", "decided_at"),
            running=ScoringRun.objects.filter(candidate=candidate, status=ScoringRun.Status.RUNNING)
            .order_by("pk")
            .values_list("pk"),
        )  # fmt: skip
    return {
        "candidate": candidate
        and (candidate.pk, candidate.consent_at, candidate.profile_version, candidate.updated_at),
        "results": [],
        "decisions": [],
        "running": [],
        **read_together(parts),
        "engine": ENGINE_VERSION,
    }


def _own_applications(user: User) -> QuerySet[Application]:
    """The applications this applicant made; a recruiter's own pipeline entries are not theirs to see."""
    return Application.objects.for_applicant(user).exclude(source=Application.Source.SOURCED)


# One vacancy


@dataclass(frozen=True)
class Comparison:
    """One line of "requirement | your profile | met?"."""

    criterion: str
    requirement: str
    yours: str
    status: str  # met, partly, to_assess, not_met, not_scored
    reason: str = ""


def _essential_status(name: str, match: MatchResult) -> str:
    return match.essential_status(name)


def _points_status(part: dict) -> str:
    if part["points"] >= part["weight"]:
        return "met"
    return "partly" if part["points"] > 0 else "not_met"


def _language_requirement(vacancy: Vacancy) -> str:
    names = [displayed_language(name) for name in vacancy.language_pair]
    pair = gettext(" or ").join(names) or gettext("one official language")
    wanted = []
    if vacancy.language_rule == "one_high_other_low" and vacancy.language_high:
        wanted.append(
            gettext("%(high)s in %(pair)s, %(low)s in the other")
            % {"high": vacancy.language_high, "pair": pair, "low": vacancy.language_low or "I"}
        )
    elif vacancy.language_rule == "each" and vacancy.language_high:
        wanted.append(
            gettext("%(high)s in each of %(pair)s")
            % {"high": vacancy.language_high, "pair": gettext(" and ").join(names)}
        )
    for row in vacancy.language_requirements.all():
        language = displayed_language(row.language)
        wanted.append(f"{language} {row.level}" if row.level else f"{language} SLP {row.slp}")
    return "; ".join(wanted) or gettext("No level stated")


def _degree_requirement(vacancy: Vacancy) -> str:
    text = vacancy.get_degree_level_display()
    if vacancy.degree_fields:
        text = gettext("%(degree)s, preferably in %(fields)s") % {
            "degree": text,
            "fields": ", ".join(vacancy.degree_fields),
        }
    alternatives = dict(DEGREE_ALTERNATIVES)
    named = [
        str(alternatives[a])[0].lower() + str(alternatives[a])[1:]
        for a in vacancy.degree_alternatives
        if a in alternatives
    ]
    for alternative in named:
        text = gettext("%(degree)s; or %(alternative)s") % {"degree": text, "alternative": alternative}
    return text


def _education_line(entry) -> str:
    level = entry.get_level_display()
    text = (
        gettext("%(level)s in %(field)s") % {"level": level, "field": entry.field} if entry.field else level
    )
    return f"{text} ({entry.year})" if entry.year else text


def _experience_line(entry) -> str:
    until = date_format(entry.end, "M Y") if entry.end else gettext("now")
    where = f", {entry.organisation}" if entry.organisation else ""
    start = date_format(entry.start, "M Y")
    return gettext("%(post)s (%(start)s to %(until)s)") % {
        "post": f"{entry.title}{where}",
        "start": start,
        "until": until,
    }


def compare_with_profile(
    vacancy: Vacancy, candidate: Candidate, match: MatchResult | None
) -> list[Comparison]:
    """The vacancy's requirements next to the candidate's profile, judged by the stored match.

    An essential (degree, experience, languages, nationality) is "not_met" when the match lists it as
    unmet (or a recruiter decided a line of it not met), "to_assess" when a person must still judge it,
    else "met"; the other criteria are judged by their
    points: all of them "met", some "partly". Without a match every line is "not_scored".
    """
    education = [_education_line(e) for e in candidate.education.all()]
    if candidate.military_staff_college:
        education.append(gettext("NATO or national military staff college"))
    experience = [_experience_line(x) for x in candidate.experience.all()]
    languages = [f"{lang.language_display} {lang.level}" for lang in candidate.languages.all()]
    competencies = [str(c) for c in candidate.competencies.all()]
    rows = {
        "degree": (_degree_requirement(vacancy), "; ".join(education) or gettext("No education stated")),
        "experience": (
            ngettext("At least %(years)d year", "At least %(years)d years", vacancy.min_years_experience)
            % {"years": vacancy.min_years_experience}
            if vacancy.min_years_experience
            else gettext("No minimum stated"),
            "; ".join(experience[:3])
            + (
                gettext("; and %(count)d more") % {"count": len(experience) - 3}
                if len(experience) > 3
                else ""
            )
            or gettext("No experience stated"),
        ),
        "languages": (_language_requirement(vacancy), ", ".join(languages) or gettext("No languages stated")),
    }
    if vacancy.nationality_restricted:
        rows["nationality"] = (
            gettext("A national of a NATO member state"),
            candidate.nationality_display or gettext("Not stated"),
        )
    required_competencies = [f"{c.name}: {c.level_text}" for c in vacancy.competency_requirements.all()]
    if required_competencies:
        rows["competencies"] = (
            "; ".join(required_competencies),
            ", ".join(competencies) or gettext("None stated"),
        )
    if vacancy.desirable:
        rows["desirable"] = (
            "; ".join(vacancy.desirable),
            ", ".join(candidate.skills) or gettext("No skills stated"),
        )
    comparisons = []
    for name, (requirement, yours) in rows.items():
        part = (match.breakdown.get(name) if match else None) or {}
        if match is None:
            status = "not_scored"
        elif name in ESSENTIAL_CRITERIA:
            status = _essential_status(name, match)
        else:
            status = _points_status(part) if part.get("weight") else "not_scored"
        comparisons.append(
            Comparison(CRITERION_LABELS[name], requirement, yours, status, part.get("reason", ""))
        )
    return comparisons


# Applying


def refusal_before_applying(user: User, candidate: Candidate | None) -> str:
    """Why this applicant may not apply to anything yet, or "" when they may. Consent to be matched against
    every vacancy is not needed: an application is its own ground to assess them for that vacancy."""
    if candidate is None:
        return gettext("Start your profile before applying: recruiters assess you on it.")
    if user.email_verified_at is None:
        return gettext("Verify your email address before applying: follow the link we sent to %(email)s.") % {
            "email": user.email
        }
    return ""


def apply_for(user: User, vacancy: Vacancy, *, motivation: str) -> Application:
    """Apply on the applicant's behalf; raises ApplicationRefused with the reason in plain words."""
    candidate = Candidate.objects.filter(user=user).first()
    refusal = refusal_before_applying(user, candidate)
    if refusal:
        raise ApplicationRefused(refusal)
    return apply(candidate, vacancy, motivation=motivation)
